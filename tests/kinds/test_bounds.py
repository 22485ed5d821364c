"""bounds: figures outside [min, max]."""

import pytest

from checker.kinds import KINDS

KIND = KINDS["bounds"]


@pytest.mark.parametrize("value, fires", [(11000, False), (100, False), (250000, True), (6, True)])
def test_bounds(claims_of, value, fires):
    claims = claims_of([{"value": value}])
    flags = KIND.func(claims, None, **KIND.parse_params({"min": 100, "max": 200000}))
    assert bool(flags) is fires


def test_projections_ignored_by_default(claims_of):
    claims = claims_of([{"value": 1e6, "modality": "projected"}])
    assert KIND.func(claims, None, **KIND.parse_params({"max": 200000})) == []
