"""magnitude: figures a power of ten apart."""

from types import SimpleNamespace

import pytest

from checker.kinds import KINDS

KIND = KINDS["magnitude"]


def run(claims, topic=None, **params):
    return KIND.func(claims, topic, **KIND.parse_params(params))


@pytest.mark.parametrize("a, b, fires", [
    (4500, 45000, True),        # jobs: a dropped zero
    (1.2e6, 1.2e9, True),       # million for billion
    (3.5e6, 3.5e6, False),
    (3000, 11000, False),       # ×3.7 is not a power of ten
    (1.375e9, 1.4e8, False),    # ×9.8: not the same digits
    (10e6, 100e6, False),       # $10 million and $100 million: two pledges as likely as a slip
])
def test_power_of_ten(claims_of, a, b, fires):
    claims = claims_of([{"doc_id": "a", "value": a, "claim_date": "2024-11-01"},
                        {"doc_id": "b", "value": b, "claim_date": "2024-12-20"}])
    assert bool(run(claims)) is fires


def test_growing_death_toll_is_not_a_slip(claims_of):
    # Quake: "1,500 dead" (Feb 6) and "death toll tops 15,000" (Feb 9).
    claims = claims_of([{"doc_id": "a", "value": 1500, "claim_date": "2023-02-06"},
                        {"doc_id": "b", "value": 15000, "claim_date": "2023-02-09"}])
    assert run(claims, SimpleNamespace(cumulative=True)) == []
    assert run(claims, SimpleNamespace(cumulative=False))


def _toll(doc, value, published):
    return {"doc_id": doc, "value": value, "published": published, "claim_date": published[:10]}


RUNNING = SimpleNamespace(cumulative=True)


@pytest.mark.parametrize("day, slip, fires", [
    ([15000, 14000, 17000], 150000, True),  # "more than 150,000 killed" among a day's 14,000-17,000 (quake RSS)
    ([5000, 4800, 5400], 50000, True),      # one significant digit: a running total's consensus still tells
    ([15000, 14000, 17000], 16000, False),  # in line with the others
])
def test_a_running_total_that_stands_alone_a_power_of_ten_up_is_a_slip(claims_of, day, slip, fires):
    claims = claims_of([_toll("a", day[0], "2023-02-09T08:00:00Z"), _toll("b", day[1], "2023-02-09T10:30:00Z"),
                        _toll("slip", slip, "2023-02-09T12:00:00Z"), _toll("c", day[2], "2023-02-09T18:00:00Z")])
    assert bool(run(claims, RUNNING)) is fires


def test_a_toll_growing_a_hundredfold_in_a_morning_is_no_slip(claims_of):
    # 15 dead at dawn from two outlets, 1,500 by midday from one: no later report of 15.
    claims = claims_of([_toll("a", 15, "2023-02-06T04:10:00Z"), _toll("b", 15, "2023-02-06T04:40:00Z"),
                        _toll("c", 1500, "2023-02-06T13:00:00Z")])
    assert run(claims, RUNNING) == []
    # The same figures with a later report still at 15: the 1,500 stands alone.
    later = claims_of([_toll("a", 15, "2023-02-06T04:10:00Z"), _toll("b", 15, "2023-02-06T14:40:00Z"),
                       _toll("c", 1500, "2023-02-06T13:00:00Z")])
    flags = run(later, RUNNING)
    assert flags and all(2 in flag.rows for flag in flags)


def test_a_running_total_confirmed_elsewhere_is_no_stray(claims_of):
    # 12,000 reported by two outlets against Syria's 1,200 (a part, also reported twice).
    claims = claims_of([_toll("a", 1200, "2023-02-08T14:00:00Z"), _toll("b", 1200, "2023-02-08T19:00:00Z"),
                        _toll("c", 12000, "2023-02-08T18:00:00Z"), _toll("d", 12000, "2023-02-08T20:00:00Z")])
    assert run(claims, RUNNING) == []


def test_reports_of_one_day_without_an_hour_are_not_ordered(claims_of):
    # BASIL (Orlando, 12 June 2016): two outlets' "50 people killed", dated by day only, and
    # a third article (printed the next day) giving a planted 500 "on Sunday".
    claims = claims_of([_toll("nyt", 50, "2016-06-12"), _toll("hpo", 50, "2016-06-12"),
                        {"doc_id": "fox", "value": 500, "published": "2016-06-13", "claim_date": "2016-06-12"}])
    assert claims["timed"].tolist() == [False, False, False]
    assert run(claims, RUNNING)


def test_anecdotes_make_no_consensus(claims_of):
    # "three Australians" reported twice are no total a "300 bodies" could slip from.
    claims = claims_of([_toll("a", 3, "2023-02-10T23:00:00Z"), _toll("b", 3, "2023-02-11T01:00:00Z"),
                        _toll("c", 300, "2023-02-10T08:00:00Z")])
    assert run(claims, RUNNING) == []


def test_across_documents_leaves_one_articles_two_counts_alone(claims_of):
    # AllSides (WSJ, 2015): "19 of 120 Knesset seats" and a party that "controls 12 seats".
    claims = claims_of([{"doc_id": "wsj", "value": 120, "claim_date": "2015-01-02"},
                        {"doc_id": "wsj", "value": 12, "claim_date": "2015-01-02"},
                        {"doc_id": "ap", "value": 1200, "claim_date": "2015-01-02"}])
    flags = run(claims, across_documents=True)
    assert flags and all({flag.rows[0], flag.rows[1]} != {0, 1} for flag in flags)
    assert any({flag.rows[0], flag.rows[1]} == {0, 1} for flag in run(claims))


def test_message_gap(claims_of):
    claims = claims_of([{"doc_id": "a", "value": 4500, "claim_date": "2024-03-05"},
                        {"doc_id": "b", "value": 45000, "claim_date": "2024-03-09"}])
    assert run(claims)[0].gap == "×10, a power of ten apart"


def test_undated_figures_of_two_documents_are_not_compared(claims_of):
    # With no dates nothing says two articles tell one story; within one article, still a slip.
    claims = claims_of([{"doc_id": "a", "value": 4500}, {"doc_id": "b", "value": 45000}])
    assert run(claims) == []
    assert len(run(claims.assign(doc_id="a"))) == 1


# AllSides jobs and war reports (articles 1,001-2,000, not the ones the rule came from).
@pytest.mark.parametrize("a, b, same_digits, fires", [
    (12000, 119000, True, False),     # two months' jobs figures, ×9.9
    (139, 1400, True, False),         # 139 dead against 1,400 people: other counts
    (845e9, 85e9, True, False),       # a deficit against spending cuts, ×9.9
    (12000, 119000, False, True),     # without the rule: within 1% of ×10
    (21e9, 21e6, True, True),         # "$21 billion" against "$21 million": the slip
])
def test_a_slip_keeps_its_digits(claims_of, a, b, same_digits, fires):
    claims = claims_of([{"doc_id": "a", "value": a, "claim_date": "2013-03-08"},
                        {"doc_id": "b", "value": b, "claim_date": "2013-03-08"}])
    assert bool(run(claims, same_digits=same_digits)) is fires


@pytest.mark.parametrize("docs, dates, fires", [
    (("a", "b"), ("2012-06-01", "2013-03-08"), False),   # two outlets nine months apart: two events
    (("a", "b"), ("2013-03-07", "2013-03-08"), True),
    (("a", "a"), ("2012-06-01", "2013-03-08"), True),    # one article: always compared
])
def test_window_between_documents(claims_of, docs, dates, fires):
    claims = claims_of([{"doc_id": d, "value": v, "claim_date": t}
                        for d, v, t in zip(docs, (4500, 45000), dates)])
    assert bool(run(claims, window="2d")) is fires


@pytest.mark.parametrize("qualifier, fires", [("range", False), ("exact", True)])
def test_a_range_midpoint_is_no_slip(claims_of, qualifier, fires):
    # "between 10 and 12 million" is stored as 11 million, digits nobody wrote; against
    # "1.1 million" elsewhere in the article it is no dropped zero.
    claims = claims_of([{"doc_id": "a", "value": 11_000_000, "low": 10_000_000, "high": 12_000_000,
                         "qualifier": qualifier},
                        {"doc_id": "a", "value": 1_100_000}])
    assert bool(run(claims)) is fires


@pytest.mark.parametrize("entity, keys, fires", [
    ("people", "@Turkey|Istanbul", True),      # 14 against 140 people killed: a slip
    ("traveler", "@Turkey|Istanbul", False),   # "The 14 foreign travelers killed": a group within
    ("people", "@Chile|Santiago", False),      # another story's 14: nothing named in common
])
def test_parts_and_unrelated_figures_are_no_slip(claims_of, entity, keys, fires):
    # AllSides, June 2016: the Istanbul airport attack.
    claims = claims_of([
        {"doc_id": "a", "value": 140, "entity": "people", "claim_date": "2016-06-29",
         "context_keys": "@Turkey|Istanbul"},
        {"doc_id": "b", "value": 14, "entity": entity, "claim_date": "2016-06-29", "context_keys": keys},
    ])
    assert bool(run(claims)) is fires


@pytest.mark.parametrize("first, second, fires", [
    # AllSides (NPR, jobs report): a month's gain against the past year's sum.
    ("Transportation and warehousing added 19,000 jobs, and the retail sector gained 32,000.",
     "Over the past year, construction and retail have collectively gained about 320,000 jobs.", False),
    ("The retail sector gained 32,000 in the past 12 months.",
     "Retailers have added 320,000 jobs over the last 12 months.", True),   # both over one window: compared
    ("The retail sector gained 32,000.", "Retailers gained 320,000 last year.", True),  # "last year" is one period
])
def test_a_window_sum_against_one_periods_figure_is_no_slip(claims_of, first, second, fires):
    claims = claims_of([{"doc_id": "a", "value": 32000, "claim_date": "2015-03-06", "sentence": first},
                        {"doc_id": "a", "value": 320000, "claim_date": "2015-03-06", "sentence": second}])
    assert bool(run(claims)) is fires
