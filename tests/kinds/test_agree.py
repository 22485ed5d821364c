"""agree: figures of one topic, same modality, within a window must overlap."""

import math

import pytest

from checker.kinds import KINDS

AGREE = KINDS["agree"]


def run(claims, **params):
    return AGREE.func(claims, None, **AGREE.parse_params(params))


# BASIL, 2019-02-15: NYT "$1.375 billion for about 55 miles of fencing", Fox "$1.4 billion
# for border security": the same money, rounded.
WALL = [
    {"doc_id": "nyt", "value": 1.375e9, "unit": "dollar", "claim_date": "2019-02-15",
     "surface": "$1.375 billion"},
    {"doc_id": "fox", "value": 1.4e9, "unit": "dollar", "claim_date": "2019-02-15",
     "surface": "$1.4 billion"},
]


def test_rounding_is_not_a_disagreement(claims_of):
    assert run(claims_of(WALL)) == []


@pytest.mark.parametrize("other, fires", [
    (1.4e9, False),
    (1.6e9, True),      # beyond rounding and 10%
    (1.5e9, False),     # 1.45 and 1.35 widened by 10% overlap
    (5.7e9, True),
])
def test_disjoint_intervals_fire(claims_of, other, fires):
    claims = claims_of([WALL[0], {**WALL[1], "value": other}])
    assert bool(run(claims)) is fires


@pytest.mark.parametrize("window, fires", [("2d", False), ("7d", True), (6, True)])
def test_window(claims_of, window, fires):
    # Seeds: Zelensky's 3,000 (IANS, Nov 1) and 11,000 (DayFR Euro, Nov 7).
    claims = claims_of([
        {"doc_id": "001", "value": 3000, "claim_date": "2024-11-01"},
        {"doc_id": "003", "value": 11000, "claim_date": "2024-11-07"},
    ])
    assert bool(run(claims, window=window)) is fires


def test_qualifier_bounds_are_respected(claims_of):
    # "more than 7,000 garbage balloons" agrees with 7,500 but not with 5,000.
    at_least = {"doc_id": "003", "value": 7000, "qualifier": "at_least", "high": math.nan,
                "claim_date": "2024-11-07"}
    assert run(claims_of([at_least, {"doc_id": "x", "value": 7500, "claim_date": "2024-11-07"}])) == []
    assert run(claims_of([at_least, {"doc_id": "x", "value": 5000, "claim_date": "2024-11-07"}]))


def test_one_finding_per_pair_of_documents(claims_of):
    # 001 gives 3.5 million shells twice; 999 says 1 million twice: one disagreement, one flag.
    rows = [{"doc_id": "001", "value": 3.5e6, "claim_date": "2024-11-01"}] * 2 + \
           [{"doc_id": "999", "value": 1e6, "claim_date": "2024-11-01"}] * 2
    assert len(run(claims_of(rows))) == 1


def test_different_speakers_left_to_sources_disagree(claims_of):
    claims = claims_of([
        {"doc_id": "a", "value": 3000, "claim_date": "2024-11-01", "speaker": "Volodymyr Zelensky"},
        {"doc_id": "b", "value": 8000, "claim_date": "2024-11-01", "speaker": "Pentagon"},
    ])
    assert run(claims, different_speakers=False) == []
    assert len(run(claims)) == 1


def test_figures_an_order_apart_are_different_quantities(claims_of):
    # BASIL (NYT, 20 Dec 2018): "1.3 million active-duty troops" and "2,000 American troops" in Syria.
    claims = claims_of([{"doc_id": "a", "value": 1.3e6, "claim_date": "2018-12-20"},
                        {"doc_id": "b", "value": 2000, "claim_date": "2018-12-20"}])
    assert run(claims) == []
    assert len(run(claims, max_ratio=1000)) == 1


@pytest.mark.parametrize("min_value, fires", [(0, True), (10, False)])
def test_small_counts_can_be_left_out(claims_of, min_value, fires):
    # Quake RSS: "3 Men Rescued in Turkey" and "9 People Rescued in Turkey", hours apart: two rescues.
    claims = claims_of([{"doc_id": "a", "value": 3, "claim_date": "2023-02-14"},
                        {"doc_id": "b", "value": 9, "claim_date": "2023-02-14"}])
    assert bool(run(claims, min_value=min_value)) is fires


def test_sole_values_across_documents(claims_of):
    # BASIL (Gorsuch, March 2017): one article counts 51 and 60 votes (two thresholds), another
    # counts 41: not a disagreement. Two outlets each giving one count of one thing are compared.
    rows = [{"doc_id": "nyt", "value": 60, "claim_date": "2017-03-23"},
            {"doc_id": "nyt", "value": 51, "claim_date": "2017-03-23"},
            {"doc_id": "hpo", "value": 41, "claim_date": "2017-03-24"}]
    assert run(claims_of(rows), across_documents=True, sole_values=True, max_ratio=1.5) == []
    single = [rows[1], rows[2]]
    assert len(run(claims_of(single), across_documents=True, sole_values=True, max_ratio=1.5)) == 1


# --- round 2: shared values, countries (AllSides sentences the rules did not come from)

MAY_APRIL = [
    # Doc a: "Businesses added 223,000 jobs in May, up from 159,000 in April"; doc b gives 159,000.
    {"doc_id": "a", "value": 223000, "claim_date": "2019-06-07"},
    {"doc_id": "a", "value": 159000, "claim_date": "2019-06-07"},
    {"doc_id": "b", "value": 159000, "claim_date": "2019-06-07"},
]


@pytest.mark.parametrize("rows, shared_values, fires", [
    (MAY_APRIL, True, False),        # a also states b's figure: two quantities, not a dispute
    (MAY_APRIL, False, True),
    ([MAY_APRIL[0], MAY_APRIL[2]], True, True),   # a gives only 223,000: they disagree
])
def test_documents_sharing_a_value_are_not_disagreeing(claims_of, rows, shared_values, fires):
    assert len(run(claims_of(rows), shared_values=shared_values)) == (1 if fires else 0)


@pytest.mark.parametrize("second, fires", [
    ("France has 2,281 cases", False),          # another country's count
    ("Germany now has 2,281 cases", True),      # (a variant) the same country's, differing
])
def test_same_countries(claims_of, second, fires):
    rows = [{"doc_id": "a", "value": 1622, "claim_date": "2020-03-13",
             "sentence": "Germany had 1,622 confirmed cases, making it the seventh-highest"},
            {"doc_id": "b", "value": 2281, "claim_date": "2020-03-13", "sentence": second}]
    found = run(claims_of(rows), same_countries=True, tolerance="5%", max_ratio=1.5)
    assert len(found) == (1 if fires else 0)


@pytest.mark.parametrize("first, second, fires", [
    # AllSides (articles 1,001-2,000): two months' payrolls are a series.
    ("Businesses added 223,000 jobs in May", "the economy added 80,000 jobs in June", False),
    ("Businesses added 223,000 jobs in May", "the economy added 80,000 jobs in May", True),
    ("Businesses added 223,000 jobs in May", "the economy added 80,000 jobs", True),   # one names none
])
def test_figures_of_different_periods_do_not_disagree(claims_of, first, second, fires):
    rows = [{"doc_id": d, "value": v, "claim_date": "2012-06-01", "sentence": s}
            for d, v, s in (("a", 223000, first), ("b", 80000, second))]
    assert len(run(claims_of(rows))) == (1 if fires else 0)


@pytest.mark.parametrize("precision, claim_date, other_date, fires", [
    # AllSides: "the economy added 146,000 jobs in November" in an article of Dec 7, 2012,
    # against "economy adds 171,000 jobs" (the October report) of Nov 2.
    ("month", "2012-11-01", "2012-11-02", False),   # as of November, not "within 2 days" of Nov 2
    # A day the sentence names (Nov 1, in a Dec 7 article) is that moment: another day's
    # figure is another moment's, even within 2 days (crowds on Monday and on Wednesday).
    ("day", "2012-11-01", "2012-11-02", False),
    ("day", "2012-11-02", "2012-11-02", True),      # the same named day is compared
    ("month", "2012-12-01", "2012-12-07", True),    # the article's own month: as of publication
])
def test_claims_dated_only_to_another_month(claims_of, precision, claim_date, other_date, fires):
    rows = [{"doc_id": "politico", "value": 146000, "published": "2012-12-07", "claim_date": claim_date,
             "date_precision": precision},
            {"doc_id": "fox", "value": 171000, "published": other_date, "claim_date": other_date,
             "date_precision": "day"}]
    assert len(run(claims_of(rows))) == (1 if fires else 0)


def test_a_far_away_value_is_no_rival_version(claims_of):
    # BASIL (Benghazi e-mails, May 2013): HuffPost gives "the 100 pages of emails" and, in a
    # quote, "25,000 pages of documents"; an outlet giving 180 pages of e-mails disagrees with
    # the 100, and the 25,000 (x250 away) does not make HuffPost's count ambiguous.
    rows = [{"doc_id": "hpo", "value": 100, "claim_date": "2013-05-15"},
            {"doc_id": "hpo", "value": 25000, "claim_date": "2013-05-15"},
            {"doc_id": "nyt", "value": 180, "claim_date": "2013-05-15"}]
    flags = run(claims_of(rows), across_documents=True, sole_values=True, max_ratio=2)
    assert [sorted(flag.rows) for flag in flags] == [[0, 2]]


# BASIL, June 2016 (Orlando): a running total told two ways by two date-only reports of
# one day; the quake RSS (Feb 2023): a toll rising through timed items of one day.
@pytest.mark.parametrize("first_published, second_published, fires", [
    ("2016-06-13", "2016-06-13", True),                        # date-only: cannot be ordered
    ("2023-02-06T04:10:00Z", "2023-02-06T12:00:00Z", False),   # timed: monotonic's to order
    ("2016-06-13", "2016-06-13T12:00:00Z", False),             # one timed: left alone
])
def test_untimed_compares_only_reports_without_a_time(claims_of, first_published, second_published, fires):
    rows = [{"doc_id": "a", "value": 49, "published": first_published, "claim_date": first_published[:10],
             "entity": "people", "sentence": "At least 49 people were killed in the shooting."},
            {"doc_id": "b", "value": 30, "published": second_published, "claim_date": second_published[:10],
             "entity": "people", "sentence": "The gunman killed 30 people."}]
    found = run(claims_of(rows), untimed=True, window="0d", max_ratio=2)
    assert len(found) == (1 if fires else 0)


def test_untimed_leaves_a_part_of_the_total_alone(claims_of):
    # AllSides, Feb 2018: "14 students" of the 17 killed at a school are a part, not a version.
    rows = [{"doc_id": "a", "value": 17, "published": "2018-02-15", "claim_date": "2018-02-15",
             "entity": "people", "sentence": "A former student killed 17 people at the school."},
            {"doc_id": "b", "value": 14, "published": "2018-02-15", "claim_date": "2018-02-15",
             "entity": "student", "sentence": "Fourteen students were among those killed."}]
    assert run(claims_of(rows), untimed=True, window="0d", max_ratio=2) == []


@pytest.mark.parametrize("batches, second_day, fires", [
    (False, "2014-08-20", True),   # a level told two ways a day apart
    (True, "2014-08-20", False),   # two nights' arrests: two batches
    (True, "2014-08-19", True),    # one night's arrests told two ways
])
def test_batches_are_compared_within_one_day(claims_of, batches, second_day, fires):
    from checker.ruleset import Topic
    topic = Topic(id="arrested", label="Arrested", cumulative=False, batches=batches)
    claims = claims_of([
        {"doc_id": "a", "value": 78, "claim_date": "2014-08-19", "surface": "78"},
        {"doc_id": "b", "value": 47, "claim_date": second_day, "surface": "47"},
    ])
    assert bool(AGREE.func(claims, topic, **AGREE.parse_params({}))) is fires


@pytest.mark.parametrize("first, second, fires", [
    # Two outlets on one thing say something alike next to the figure (quake RSS; BASIL).
    (("Quake-hit Turkey issues 113 building arrest warrants", "113", "building arrest warrants"),
     ("Police in quake-hit Turkey issue 131 arrest warrants for contractors", "131", "arrest warrants"), True),
    (("Chief Justice John Roberts administered the 38-word oath at 12:00 p.m.", "38", "word"),
     ("Mr. Trump took the 35-word oath administered by Chief Justice John G. Roberts Jr.", "35", "word"), True),
    # One plain noun counting two things of a story (AllSides, Feb 2013).
    (("The margin was historically close, with 58 senators supporting him and 41 opposing in the end.", "58",
      "senators"),
     ("Hagel had met with 77 senators over his long confirmation process.", "77", "senators"), False),
])
def test_same_context(claims_of, first, second, fires):
    def row(doc, spec):
        sentence, surface, phrase = spec
        return {"doc_id": doc, "value": float(surface), "claim_date": "2017-01-20", "sentence": sentence,
                "surface": surface, "start": sentence.index(surface), "sentence_start": 0,
                "entity_phrase": phrase, "entity": phrase.split()[-1].rstrip("s")}
    claims = claims_of([row("a", first), row("b", second)])
    assert bool(run(claims, same_context=True, max_ratio=2, tolerance="5%")) is fires
    assert run(claims, max_ratio=2, tolerance="5%")  # without it, every pair is compared


def test_context_words():
    from checker.kinds.agree import context_words
    sentence = "Police in quake-hit Turkey issue 131 arrest warrants for contractors"
    start = sentence.index("131")
    assert context_words(sentence, start, start + 3, "arrest warrants") == {"quake-hit", "turkey", "issue", "contractor"}
