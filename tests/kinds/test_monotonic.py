"""monotonic: a cumulative figure must not fall over time."""

import math

import pytest

from checker.kinds import KINDS

KIND = KINDS["monotonic"]


def run(claims, **params):
    return KIND.func(claims, None, **KIND.parse_params(params))


# Quake RSS: "death toll climbs to over 7,900" (Feb 7, two outlets), then a Feb 9 item "killed 5,000 people".
TOLL_7900 = [
    {"doc_id": "a", "value": 7900, "qualifier": "at_least", "high": math.nan,
     "published": "2023-02-07T10:00:00+00:00"},
    {"doc_id": "a2", "value": 7900, "qualifier": "at_least", "high": math.nan,
     "published": "2023-02-07T11:00:00+00:00"},
]


def test_stale_lower_toll_is_flagged(claims_of):
    claims = claims_of(TOLL_7900 + [{"doc_id": "b", "value": 5000,
                                     "published": "2023-02-09T10:00:00+00:00"}])
    flags = run(claims)
    assert [(f.rows, f.gap) for f in flags] == [((1, 2), "÷1.6 after 2 days")]


def test_one_stray_figure_does_not_set_the_total(claims_of):
    # A misread "26 million people" in one item must not make every later toll a fall.
    stray = {"doc_id": "who", "value": 26e6, "published": "2023-02-06T12:00:00+00:00"}
    later = {"doc_id": "c", "value": 9000, "published": "2023-02-08T10:00:00+00:00"}
    assert run(claims_of([stray] + TOLL_7900 + [later])) == []
    assert run(claims_of([stray] + TOLL_7900 + [later]), confirm=1) == []  # ÷2,900 > max_drop


@pytest.mark.parametrize("value, fires", [(5000, True), (1900, False), (7600, False)])
def test_parts_and_rounding_are_not_falls(claims_of, value, fires):
    # 1,900 (Syria's own toll that day) is under a quarter of 7,900: a part (one country, one town); 7,600 within 5%.
    claims = claims_of(TOLL_7900 + [{"doc_id": "b", "value": value, "published": "2023-02-09T10:00:00+00:00"}])
    assert bool(run(claims)) is fires


def test_rising_toll_and_lower_bounds_pass(claims_of):
    claims = claims_of([
        {"doc_id": "a", "value": 5000, "qualifier": "at_least", "high": math.nan,
         "published": "2023-02-07T06:00:00+00:00"},
        {"doc_id": "b", "value": 7900, "published": "2023-02-07T20:00:00+00:00"},
        {"doc_id": "c", "value": 5000, "qualifier": "at_least", "high": math.nan,
         "published": "2023-02-08T20:00:00+00:00"},
    ])
    assert run(claims, confirm=1) == []


def test_items_hours_apart_are_not_compared(claims_of):
    claims = claims_of([
        {"doc_id": "a", "value": 2300, "published": "2023-02-06T10:00:00+00:00"},
        {"doc_id": "b", "value": 1500, "published": "2023-02-06T14:00:00+00:00"},
    ])
    assert run(claims, confirm=1) == []
    assert len(run(claims, confirm=1, min_gap="1h")) == 1


def test_misdated_outliers_do_not_confirm_each_other(claims_of):
    # "more than 22,000 people in total have died" dated to the quake day (Feb 6), and a
    # month-old "more than 44,000 lives": two stray figures, far apart, confirm nothing.
    claims = claims_of([
        {"doc_id": "cnn", "value": 44000, "published": "2023-02-01T12:00:00+00:00"},
        {"doc_id": "gamespot", "value": 22000, "published": "2023-02-06T12:00:00+00:00"},
        {"doc_id": "msn", "value": 7000, "published": "2023-02-07T12:00:00+00:00"},
        {"doc_id": "nyt", "value": 7700, "published": "2023-02-07T13:00:00+00:00"},
        {"doc_id": "ft", "value": 8000, "published": "2023-02-08T12:00:00+00:00"},
    ])
    assert run(claims) == []


# AllSides (articles 1,001-2,000): a school shooting's toll, then its children alone.
NEWTOWN = [
    {"doc_id": "cnn", "value": 27, "entity": "people", "published": "2013-01-08T10:00:00+00:00"},
    {"doc_id": "cnn2", "value": 27, "entity": "people", "published": "2013-01-08T11:00:00+00:00"},
]


@pytest.mark.parametrize("entity, fires", [("child", False), ("student", False), ("people", True),
                                           ("", True),
                                           # bodies are counted as they are found (a part)
                                           ("body", False),
                                           # a kind of personnel ("He was one of 11 airmen killed", Daily Signal)
                                           ("airmen", False), ("sailor", False)])
def test_a_group_within_the_toll_is_no_fall(claims_of, entity, fires):
    claims = claims_of(NEWTOWN + [{"doc_id": "politico", "value": 20, "entity": entity,
                                   "published": "2013-01-10T10:00:00+00:00"}])
    assert bool(run(claims)) is fires


@pytest.mark.parametrize("published, window, fires", [
    ("2023-02-09T10:00:00+00:00", "14d", True),
    ("2023-05-09T10:00:00+00:00", "14d", False),   # three months on: another story's total
    ("2023-05-09T10:00:00+00:00", None, True),
])
def test_window(claims_of, published, window, fires):
    claims = claims_of(TOLL_7900 + [{"doc_id": "b", "value": 5000, "published": published}])
    assert bool(run(claims, window=window)) is fires


@pytest.mark.parametrize("text, matches", [
    ("In mid-May, when America’s coronavirus death toll was around ", True),
    # AllSides, Jun 2020 (another article).
    ("the number of new deaths has plummeted since April 26, when the seven-day average of daily deaths was ", True),
    ("The earthquake that struck Turkey and Syria killed nearly ", False),
    ("when the quake struck, it killed ", False),
])
def test_past_when_pattern(text, matches):
    from checker.kinds.monotonic import PAST_WHEN
    assert bool(PAST_WHEN.search(text)) is matches


@pytest.mark.parametrize("sentence, claim_date, fires", [
    # A total in a past "when" clause dated weeks before its article is that time's.
    ("In mid-January, when the toll was around 5,000, officials asked for help.", "2023-01-15", False),
    # A date alone names the event: the toll is the article's ("struck on Jan. 20", printed Feb. 9).
    ("The earthquake that struck on Jan. 20 killed 5,000 people.", "2023-01-20", True),
])
def test_a_past_when_clause_dates_the_total(claims_of, sentence, claim_date, fires):
    later = {"doc_id": "b", "value": 5000, "published": "2023-02-09T10:00:00+00:00", "claim_date": claim_date,
             "sentence": sentence, "surface": "5,000", "start": sentence.find("5,000"), "sentence_start": 0}
    assert bool(run(claims_of(TOLL_7900 + [later]))) is fires


def test_a_crafts_complement_is_no_fall_of_another_total(claims_of):
    # AllSides, Jul 2014: the UN's 1,100 killed in three months of fighting in Ukraine (two
    # outlets), then "killing all 298 people on board" of flight MH17: another event's toll.
    war = [{"doc_id": d, "value": 1100, "qualifier": "at_least", "high": math.nan,
            "published": "2014-07-28T10:00:00+00:00"} for d in ("a", "a2")]
    sentence = "Flight MH17 was shot down on July 17, killing all 298 people on board."
    crash = {"doc_id": "b", "value": 298, "published": "2014-07-30T10:00:00+00:00", "sentence": sentence,
             "surface": "298", "start": sentence.find("298"), "sentence_start": 0}
    assert run(claims_of(war + [crash])) == []
    plain = dict(crash, sentence="The toll stood at 298.", start=16)
    assert len(run(claims_of(war + [plain]))) == 1


def test_the_total_is_named_by_a_confirming_report_about_the_same_thing(claims_of):
    # Quake RSS, Feb 9: a live page's "15,000" names nothing, Fox News' "15,000 lives" in
    # Turkey and Syria confirms it; a later "12,000 Dead in Turkey and Syria" falls from the
    # Fox figure, which the message names. Without a related report there is no fall to tell.
    # (The live page is the later of the two: the one a total of equal figures is quoted by.)
    fox = {"doc_id": "fox", "value": 15000, "published": "2023-02-09T06:33:00+00:00",
           "context_keys": "Turkey|Syria"}
    live = {"doc_id": "live", "value": 15000, "published": "2023-02-09T08:02:00+00:00",
            "context_keys": "~Ankara"}
    later = {"doc_id": "nyt", "value": 12000, "published": "2023-02-09T21:21:00+00:00",
             "context_keys": "Turkey|Syria"}
    flags = run(claims_of([fox, live, later]))
    assert [f.rows for f in flags] == [(0, 2)]
    assert run(claims_of([dict(fox, context_keys="~Ankara"), live, later])) == []


@pytest.mark.parametrize("cue, matches", [
    ("As of late April", True),
    ("as of early March 2019", True),   # AllSides, another article
    ("as at June 30", True),
    ("April 29", False),
    ("last week", False),
])
def test_as_of_cue_pattern(cue, matches):
    from checker.kinds.monotonic import AS_OF_CUE
    assert bool(AS_OF_CUE.match(cue)) is matches


@pytest.mark.parametrize("date_cue, fires", [
    # "As of March 14th, the United States has 2,195 reported COVID-19 cases" (AllSides), printed
    # weeks later: that day's total, no fall from a higher total printed before.
    ("As of March 14th", False),
    # The same date without "as of" is the day a thing happened: the figure is the article's.
    ("March 14th", True),
])
def test_a_figure_dated_as_of_a_past_time_keeps_its_date(claims_of, date_cue, fires):
    sentence = "As of March 14th, the United States has 2,195 reported COVID-19 cases."
    totals = [{"doc_id": d, "value": 5000, "published": "2020-03-25T10:00:00+00:00"} for d in ("a", "a2")]
    later = {"doc_id": "b", "value": 2195, "published": "2020-04-09T10:00:00+00:00", "claim_date": "2020-03-14",
             "date_cue": date_cue, "sentence": sentence, "surface": "2,195",
             "start": sentence.find("2,195"), "sentence_start": 0}
    assert bool(run(claims_of(totals + [later]))) is fires
