"""self-contradiction: one document, one topic and date, two incompatible values."""

import pytest

from checker.kinds import KINDS

KIND = KINDS["self-contradiction"]


def run(claims, **params):
    return KIND.func(claims, None, **KIND.parse_params(params))


def test_shells_given_twice_approximately_agree(claims_of):
    # Seed 001: "approximately 3.5 million artillery shells" ... "around 3.5 million".
    shell = {"doc_id": "001", "value": 3.5e6, "low": 3.15e6, "high": 3.85e6, "qualifier": "approx",
             "claim_date": "2024-11-01"}
    assert run(claims_of([shell, shell])) == []


@pytest.mark.parametrize("second, fires", [
    (11000, True),     # the headline's 11,000 dead against the body's 8,754 (Guardian live, 8 Feb 2023)
    (8800, False),     # within 5% and rounding
    (30000, False),    # more than ×3: a part and a whole (or a magnitude slip, another kind's job)
])
def test_two_values_in_one_article(claims_of, second, fires):
    claims = claims_of([
        {"doc_id": "g", "value": 8754, "claim_date": "2023-02-08", "sentence_start": 10},
        {"doc_id": "g", "value": second, "claim_date": "2023-02-08", "sentence_start": 900},
        {"doc_id": "other", "value": 20000, "claim_date": "2023-02-08"},
    ])
    assert [f.rows for f in run(claims)] == ([(0, 1)] if fires else [])


def test_reported_change_in_one_sentence_is_not_a_contradiction(claims_of):
    # "the death toll rose from 1,500 to 4,300": both in one sentence, a change.
    rows = [{"doc_id": "q", "value": v, "claim_date": "2023-02-06", "sentence_start": 0,
             "direction": "increase"} for v in (1500, 4300)]
    assert run(claims_of(rows)) == []


def test_an_article_quoting_two_speakers_is_not_contradicting_itself(claims_of):
    # BASIL (NYT, 2 Jan 2019): Trump rejected "$2.5 billion"; Senator Alexander suggested "$1.6 billion".
    claims = claims_of([
        {"doc_id": "nyt", "value": 2.5e9, "claim_date": "2019-01-02", "speaker": "Donald Trump"},
        {"doc_id": "nyt", "value": 1.6e9, "claim_date": "2019-01-02", "speaker": "Lamar Alexander"},
    ])
    assert run(claims) == []
    assert len(run(claims.assign(speaker="Donald Trump"))) == 1


def test_a_breakdown_in_one_sentence_is_not_a_contradiction(claims_of):
    # Quake RSS (Guardian, 6 Feb 2023): "23 people died in the province of Malatya, 17 in Urfa, ..."
    rows = [{"doc_id": "g", "value": v, "claim_date": "2023-02-06", "sentence_start": 0} for v in (23, 17)]
    assert run(claims_of(rows)) == []


@pytest.mark.parametrize("starts, lead_only, fires", [
    ((0, 900), True, True),        # the lead (headline) against the body
    ((900, 1500), True, False),    # the first figures start too deep to be a lead
    ((900, 1500), False, True),
])
def test_lead_figures(claims_of, starts, lead_only, fires):
    # Figures 900 and 1,300 (x1.4): compared when one leads the article.
    rows = [{"doc_id": "bbc", "value": v, "claim_date": "2017-10-02", "sentence_start": s}
            for v, s in zip((900, 1300), starts)]
    assert bool(run(claims_of(rows), lead_only=lead_only)) is fires


# --- round 2: series, live stories, anecdotes (sentences from documents the rules did not come from)

from types import SimpleNamespace  # noqa: E402

from checker.kinds.self_contradiction import periods_of  # noqa: E402


@pytest.mark.parametrize("sentence, periods", [
    # AllSides jobs reports.
    ("Businesses added 223,000 jobs in May, up from 159,000 in April", {"may", "april"}),
    ("BLS estimated that the American economy added 257,000 jobs in January", {"january"}),
    ("But employers added 162,000 jobs last month, coming in below economists' expectations", {"last month"}),
    ("It was the fourth crash involving a US Navy ship in a year, and the second in the past two months",
     {"past two months"}),
    ("Construction added 16,000 jobs", set()),
    ("Death toll may rise", set()),          # "may" the modal is no month
])
def test_periods_of(sentence, periods):
    assert periods_of(sentence) == periods


@pytest.mark.parametrize("first, second, fires", [
    # AllSides: two months' jobs figures in one article are a series.
    ("American employers added 175,000 jobs in May", "the American economy added 257,000 jobs in January", False),
    # ... the same month given twice with different figures is not.
    ("American employers added 175,000 jobs in May", "Employers added 257,000 jobs in May", True),
    # One side names no period: still compared.
    ("American employers added 175,000 jobs in May", "Businesses added 257,000 jobs", True),
])
def test_figures_of_different_periods_are_a_series(claims_of, first, second, fires):
    rows = [{"doc_id": "a", "value": float(s.split(" added ")[1].split()[0].replace(",", "")),
             "sentence": s, "sentence_start": k * 500} for k, s in enumerate((first, second))]
    assert len(run(claims_of(rows))) == (1 if fires else 0)


NICE_LIVE = [  # AllSides (live blog of the Nice attack, July 2016): the toll as it rose.
    {"doc_id": "live", "value": 84, "sentence": "#BREAKING: Nice truck attack death toll rises to 84",
     "surface": "84", "sentence_start": 0},
    {"doc_id": "live", "value": 73, "sentence": "According to the outlet Le Figaro, the current death toll stands at 73",
     "surface": "73", "sentence_start": 900},
]


@pytest.mark.parametrize("cumulative, fires", [(True, False), (False, True)])
def test_running_totals_of_a_live_story_are_its_timeline(claims_of, cumulative, fires):
    found = KIND.func(claims_of(NICE_LIVE), SimpleNamespace(cumulative=cumulative), **KIND.parse_params({}))
    assert len(found) == (1 if fires else 0)


def test_a_running_total_against_a_plain_figure_is_still_compared(claims_of):
    rows = [NICE_LIVE[0], {**NICE_LIVE[1], "sentence": "The attack killed 73 people", "surface": "73"}]
    found = KIND.func(claims_of(rows), SimpleNamespace(cumulative=True), **KIND.parse_params({}))
    assert len(found) == 1


@pytest.mark.parametrize("min_value, fires", [(0, True), (10, False)])
def test_small_counts_are_anecdotes(claims_of, min_value, fires):
    # AllSides (BBC, Nov 2019): "six children" killed against "two of whom were babies".
    rows = [{"doc_id": "bbc", "value": 6, "sentence_start": 0}, {"doc_id": "bbc", "value": 2, "sentence_start": 700}]
    assert len(run(claims_of(rows), min_value=min_value)) == (1 if fires else 0)


# AllSides (Ethiopian Airlines crash, March 2019; not the slices the rule came from): the
# headline's toll against a subgroup of it in the body.
@pytest.mark.parametrize("entity, fires", [
    ("citizen", False),   # "19 citizens of UN agencies": a group within the 157 dead
    ("staffer", False),   # a charity's staffers among the dead of a bombed hospital (AllSides, Oct 2015)
    ("patient", False),
    ("people", True),     # "19 people" dead against 157: one article, two tolls
])
def test_a_subgroup_is_a_part_of_the_articles_toll(claims_of, entity, fires):
    claims = claims_of([
        {"doc_id": "a", "value": 157, "entity": "people", "claim_date": "2019-03-10", "sentence_start": 0,
         "sentence": "The crash on Sunday killed all 157 people on board."},
        {"doc_id": "a", "value": 19, "entity": entity, "claim_date": "2019-03-10", "sentence_start": 500,
         "sentence": f"The dead included 19 {entity}."},
    ])
    assert bool(run(claims, max_ratio=10)) is fires


@pytest.mark.parametrize("first, fires", [
    # AllSides, Mar 2019: a story on Ethiopian Airlines' crash recalls Lion Air's.
    ("All 189 people onboard are killed.", False),     # two complements: two crafts
    ("The crash killed 189 people.", True),            # one complement: may be the same crash
])
def test_two_crafts_complements_are_two_crashes(claims_of, first, fires):
    second = ("US plane maker Boeing is facing questions after an Ethiopian Airlines 737 crash on Sunday killed "
              "all 157 people on board.")
    claims = claims_of([
        {"doc_id": "a", "value": 189, "claim_date": "2019-03-11", "sentence": first, "surface": "189",
         "start": first.index("189"), "sentence_start": 0},
        {"doc_id": "a", "value": 157, "claim_date": "2019-03-11", "sentence": second, "surface": "157",
         "start": 300 + second.index("157"), "sentence_start": 300},
    ])
    assert bool(run(claims, lead_only=False)) is fires
