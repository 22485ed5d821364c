"""jump: consecutive asserted figures changing faster than max_rate per period."""

import pytest

from checker.kinds import KINDS

JUMP = KINDS["jump"]

# The seeds' troop figures: IANS 3,000 (Nov 1), DayFR 11,000 (Nov 7), RFI around 11,000
# (Nov 13), JoongAng 11,000 (Nov 20).
SEEDS = [
    {"value": 3000, "claim_date": "2024-11-01", "outlet": "IANS", "speaker": "Volodymyr Zelensky"},
    {"value": 11000, "claim_date": "2024-11-07", "outlet": "DayFR Euro", "speaker": "Volodymyr Zelensky"},
    {"value": 11000, "low": 9900, "high": 12100, "qualifier": "approx", "claim_date": "2024-11-13",
     "outlet": "RFI"},
    {"value": 11000, "claim_date": "2024-11-20", "outlet": "Korea JoongAng Daily"},
]


def run(claims, **params):
    return JUMP.func(claims, None, **JUMP.parse_params(params))


@pytest.fixture
def claims_of(claims_of):
    """Each row its own document unless it names one (one article's two figures are no jump)."""
    return lambda rows: claims_of([{"doc_id": f"doc{n}", **row} for n, row in enumerate(rows)])


def test_seeds_give_one_jump_with_its_rate(claims_of):
    flags = run(claims_of(SEEDS))
    assert [(f.rows, f.gap) for f in flags] == [((0, 1), "×3.7 in 6 days")]
    assert flags[0].detail == "jump, max ×3 per 7 days"


@pytest.mark.parametrize("second, fires", [
    (11000, True),    # ×3.7 in 6 days
    (8000, False),    # ×2.7: within ×3 per week
    (1000, False),    # ÷3 exactly is not faster than ×3
    (900, True),      # ÷3.3
])
def test_rate_threshold(claims_of, second, fires):
    claims = claims_of([SEEDS[0], {**SEEDS[1], "value": second}])
    assert bool(run(claims)) is fires


def test_slower_over_longer_periods_is_compounded(claims_of):
    # ×3.7 over 14 days is under ×3 per 7 days compounded (×9).
    claims = claims_of([SEEDS[0], {**SEEDS[1], "claim_date": "2024-11-15"}])
    assert run(claims) == []


def test_projections_and_vague_figures_are_skipped(claims_of):
    claims = claims_of([
        SEEDS[0],
        {"value": 12000, "claim_date": "2024-11-01", "modality": "projected"},
        {"value": 2000, "low": 2000, "high": 1e6, "qualifier": "vague", "claim_date": "2024-11-02"},
    ])
    assert run(claims) == []


@pytest.mark.parametrize("second_date, fires", [
    ("2013-03-08", False),   # AllSides: 24,000 and 236,000 jobs the same day differ, they do not change
    ("2013-03-10", True),
])
def test_a_rate_needs_time(claims_of, second_date, fires):
    claims = claims_of([{"value": 24000, "claim_date": "2013-03-08"},
                        {"value": 236000 / 2.5, "claim_date": second_date}])
    assert bool(run(claims)) is fires


# AllSides (Reuters, Sep 2017): one article's nightly crowds. Its two figures are told
# as a change by the article itself; another outlet's 1,000 two days later is a jump.
ST_LOUIS_SATURDAY = {"value": 100, "claim_date": "2017-09-16", "doc_id": "reuters",
                     "sentence": "Violence flared anew on Saturday night when about 100 protesters, "
                                 "some holding bats or hammers, shattered windows"}
ST_LOUIS_SUNDAY = {"value": 1000, "claim_date": "2017-09-18", "doc_id": "reuters",
                   "sentence": "Sunday's gathering was the largest of the three nights with more 1,000 protesters."}


@pytest.mark.parametrize("second_doc, fires", [
    ("reuters", False),   # the same article: it reports the change itself
    ("other", True),      # another outlet's figure: ×10 in 2 days
])
def test_one_articles_figures_are_no_jump(claims_of, second_doc, fires):
    claims = claims_of([ST_LOUIS_SATURDAY, {**ST_LOUIS_SUNDAY, "doc_id": second_doc}])
    assert bool(run(claims, max_ratio=20)) is fires


# A group within the figure is no new value of it (AllSides, Jan 2016): the sailors Iran held a day, then the
# embassy hostages of 1979 told in another outlet's commentary.
SAILORS = {"value": 10, "claim_date": "2016-01-12", "doc_id": "washington-times", "entity": "sailor",
           "sentence": "The Obama administration rushed Wednesday to portray the swift return of 10 U.S. sailors taken "
                       "captive a day earlier by Iran as a vindication of the president's diplomatic outreach."}
HOSTAGES = {"value": 66, "claim_date": "2016-01-17", "doc_id": "usa-today", "entity": "hostage",
            "sentence": "When Muslim students stormed the United States embassy in Tehran and took 66 hostages, "
                        "President Carter froze $400 million in Iranian funds."}


@pytest.mark.parametrize("first_entity, fires", [
    ("sailor", False),   # sailors are a group (concepts.yaml subgroup_entities): no jump to the hostages
    ("hostage", True),   # the same noun: ×6.6 in 5 days
])
def test_a_group_within_the_figure_is_no_jump(claims_of, first_entity, fires):
    claims = claims_of([{**SAILORS, "entity": first_entity}, HOSTAGES])
    assert bool(run(claims)) is fires
