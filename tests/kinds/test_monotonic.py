"""monotonic: a cumulative figure must not fall over time."""

import math

from checker.kinds import KINDS

KIND = KINDS["monotonic"]


def run(claims, **params):
    return KIND.func(claims, None, **KIND.parse_params(params))


def test_stale_lower_toll_is_flagged(claims_of):
    # Quake RSS: "death toll climbs to over 7,900" (Feb 7), then a Feb 9 item "more than 5,000 killed".
    claims = claims_of([
        {"doc_id": "a", "value": 7900, "qualifier": "at_least", "high": math.nan,
         "published": "2023-02-07T10:00:00+00:00"},
        {"doc_id": "b", "value": 5000, "qualifier": "exact", "published": "2023-02-09T10:00:00+00:00"},
    ])
    flags = run(claims)
    assert [(f.rows, f.gap) for f in flags] == [((0, 1), "÷1.6 after 2 days")]


def test_rising_toll_and_lower_bounds_pass(claims_of):
    # "at least 5,000" then 7,900: consistent. "more than 5,000" later than 7,900: a lower
    # bound, not a lower figure.
    claims = claims_of([
        {"doc_id": "a", "value": 5000, "qualifier": "at_least", "high": math.nan,
         "published": "2023-02-07T06:00:00+00:00"},
        {"doc_id": "b", "value": 7900, "published": "2023-02-07T20:00:00+00:00"},
        {"doc_id": "c", "value": 5000, "qualifier": "at_least", "high": math.nan,
         "published": "2023-02-08T20:00:00+00:00"},
    ])
    assert run(claims) == []


def test_items_hours_apart_are_not_compared(claims_of):
    claims = claims_of([
        {"doc_id": "a", "value": 2300, "published": "2023-02-06T10:00:00+00:00"},
        {"doc_id": "b", "value": 1500, "published": "2023-02-06T14:00:00+00:00"},
    ])
    assert run(claims) == []
    assert len(run(claims, min_gap="1h")) == 1
