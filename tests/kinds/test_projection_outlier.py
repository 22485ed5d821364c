"""projection-outlier: projections far from the latest asserted value."""

import pytest

from checker.kinds import KINDS

KIND = KINDS["projection-outlier"]


def run(claims, **params):
    return KIND.func(claims, None, **KIND.parse_params(params))


# Seeds: IANS Nov 1 3,000 asserted and 12,000 projected; JoongAng Nov 20 11,000 asserted
# and "may grow to 100,000" projected.
SEEDS = [
    {"doc_id": "001", "value": 3000, "claim_date": "2024-11-01"},
    {"doc_id": "001", "value": 12000, "claim_date": "2024-11-01", "modality": "projected"},
    {"doc_id": "003", "value": 11000, "claim_date": "2024-11-07"},
    {"doc_id": "002", "value": 100000, "claim_date": "2024-11-20", "modality": "projected"},
]


def test_hundred_thousand_against_eleven_thousand(claims_of):
    flags = run(claims_of(SEEDS))
    assert [(f.rows, f.gap) for f in flags] == [((2, 3), "×9.1 (13 days apart)")]


@pytest.mark.parametrize("factor, count", [(3, 2), (5, 1), (10, 0)])
def test_factor(claims_of, factor, count):
    assert len(run(claims_of(SEEDS), factor=factor)) == count
