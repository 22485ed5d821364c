"""projection-outlier: projections far from the latest asserted value."""

import pytest

from checker.kinds import KINDS

KIND = KINDS["projection-outlier"]


def run(claims, **params):
    return KIND.func(claims, None, **KIND.parse_params(params))


GROW = "This contingent may grow to 100,000, he said."
RISE = "That number is expected to rise to 12,000 soldiers and officers soon."


def level(sentence, surface):
    """A projected claim's sentence and surface (levels_only reads the words before the figure)."""
    return {"sentence": sentence, "surface": surface, "start": sentence.index(surface), "sentence_start": 0,
            "modality": "projected"}


# Seeds: IANS Nov 1 3,000 asserted and 12,000 projected; JoongAng Nov 20 11,000 asserted
# and "may grow to 100,000" projected.
SEEDS = [
    {"doc_id": "001", "value": 3000, "claim_date": "2024-11-01"},
    {"doc_id": "001", "value": 12000, "claim_date": "2024-11-01", **level(RISE, "12,000")},
    {"doc_id": "003", "value": 11000, "claim_date": "2024-11-07"},
    {"doc_id": "002", "value": 100000, "claim_date": "2024-11-20", **level(GROW, "100,000")},
]


def test_hundred_thousand_against_eleven_thousand(claims_of):
    flags = run(claims_of(SEEDS))
    assert [(f.rows, f.gap) for f in flags] == [((2, 3), "×9.1 (13 days apart)")]


@pytest.mark.parametrize("factor, count", [(3, 2), (5, 1), (10, 0)])
def test_factor(claims_of, factor, count):
    assert len(run(claims_of(SEEDS), factor=factor)) == count


def test_vague_and_tiny_figures_are_skipped(claims_of):
    # Quake, Feb 6: "five people" asserted, "deaths could be in the hundreds" projected.
    claims = claims_of([
        {"doc_id": "sky", "value": 5, "claim_date": "2023-02-06"},
        {"doc_id": "lemonde", "value": 200, "low": 200, "high": 1000, "qualifier": "vague",
         "claim_date": "2023-02-06", "modality": "projected"},
        {"doc_id": "who", "value": 20000, "claim_date": "2023-02-06", "modality": "projected"},
    ])
    assert run(claims) == []


def test_the_reference_is_a_related_figure(claims_of):
    # A projection is compared with the latest asserted figure about the same thing: one
    # placed in another country, naming nothing in common, is no reference.
    base = {"claim_date": "2023-02-08", "context_keys": "@Turkey|Erdogan"}
    claims = claims_of([
        {**base, "doc_id": "a", "value": 5000},
        {"doc_id": "b", "value": 800, "claim_date": "2023-02-09", "place": "Peru", "context_keys": "@Peru|Lima"},
        {**base, "doc_id": "c", "value": 40000, "claim_date": "2023-02-10",
         **level("The death toll could rise to 40,000, the WHO said.", "40,000")},
    ])
    assert [(f.rows, f.gap) for f in run(claims)] == [((0, 2), "×8 (2 days apart)")]


@pytest.mark.parametrize("asserted_on, window, fires", [
    ("2024-11-19", "30d", True),       # the same day
    ("2024-10-01", "30d", False),      # seven weeks before: another moment of the story
    ("2024-10-01", None, True),        # no window: any earlier figure
])
def test_window(claims_of, asserted_on, window, fires):
    # Seeds: "may grow to 100,000" (JoongAng, 2024-11-19) against an asserted 11,000.
    rows = [{"doc_id": "a", "value": 11000, "claim_date": asserted_on, "published": asserted_on},
            {"doc_id": "b", "value": 100000, "claim_date": "2024-11-19",
             "published": "2024-11-19", **level(GROW, "100,000")}]
    assert len(run(claims_of(rows), window=window)) == (1 if fires else 0)


@pytest.mark.parametrize("direction, fires", [("", True), ("decrease", False), ("increase", False)])
def test_a_projected_change_is_no_level(claims_of, direction, fires):
    # AllSides, Apr 2015: "the base could lose 11,000 soldiers" beside 2,000 troops deployed.
    rows = [{"doc_id": "a", "value": 1000, "claim_date": "2015-04-21"},
            {"doc_id": "b", "value": 11000, "modality": "projected", "direction": direction,
             "claim_date": "2015-04-21"}]
    assert len(run(claims_of(rows), levels_only=False)) == (1 if fires else 0)


@pytest.mark.parametrize("sentence, surface, fires", [
    # The figure's own future level (quake and AllSides sentences).
    ("This contingent may grow to 100,000, he said.", "100,000", True),
    ("They said they fear the final toll may be as many as 10,000.", "10,000", True),
    ("The death toll is expected to exceed 100,000 in Turkey and Syria.", "100,000", True),
    # Another quantity that is projected: a plan, an increment, a model's scenario (AllSides).
    ("Obama has authorized the Pentagon to send up to 450 more troops.", "450", False),
    ("The Imperial College study estimated 2.2 million could die.", "2.2 million", False),
    ("Missouri's governor promised to deploy more than 2,200 National Guard troops.", "2,200", False),
])
def test_levels_only(claims_of, sentence, surface, fires):
    rows = [{"doc_id": "a", "value": 1000, "claim_date": "2020-04-01"},
            {"doc_id": "b", "value": 100000, "claim_date": "2020-04-01", **level(sentence, surface)}]
    assert bool(run(claims_of(rows))) is fires
    assert run(claims_of(rows), levels_only=False)  # without it, every projection is compared


def test_level_lead_pattern():
    from checker.kinds.projection_outlier import level_lead
    assert level_lead().search("the number of North Korean soldiers could rise to more than")
    assert level_lead().search("officials fear the final death toll will be ")
    assert not level_lead().search("plans to send another ")
