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
])
def test_power_of_ten(claims_of, a, b, fires):
    claims = claims_of([{"doc_id": "a", "value": a, "claim_date": "2024-11-01"},
                        {"doc_id": "b", "value": b, "claim_date": "2024-12-20"}])
    assert bool(run(claims)) is fires


def test_growing_death_toll_is_not_a_slip(claims_of):
    # Quake: "more than 1,000 dead" (Feb 6) and "death toll tops 10,000" (Feb 8).
    claims = claims_of([{"doc_id": "a", "value": 1000, "claim_date": "2023-02-06"},
                        {"doc_id": "b", "value": 10000, "claim_date": "2023-02-08"}])
    assert run(claims, SimpleNamespace(cumulative=True)) == []
    assert run(claims, SimpleNamespace(cumulative=False))


def test_message_gap(claims_of):
    claims = claims_of([{"doc_id": "a", "value": 4500}, {"doc_id": "b", "value": 45000}])
    assert run(claims)[0].gap == "×10, a power of ten apart"
