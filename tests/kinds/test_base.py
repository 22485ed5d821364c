"""Shared helpers of the kinds: parameter syntax, pair generation, pair reduction."""

import math

import numpy as np
import pytest

from checker.kinds.base import (
    COMPLEMENT_AFTER, COMPLEMENT_BEFORE, DURATION, RATE, SITE_AFTER, SITE_BEFORE, SITE_WHICH, TOLERANCE_PERCENT, at_site,
    best_pair_per_documents, complements, format_factor, is_part, parse_duration, parse_rate,
    parse_tolerance, window_pairs,
)


@pytest.mark.parametrize("text, days", [("2d", 2), ("7 days", 7), ("1w", 7), ("12h", 0.5), (3, 3)])
def test_parse_duration(text, days):
    assert parse_duration(text) == pytest.approx(days)


@pytest.mark.parametrize("text", ["2x", "d2", "", "two days", True])
def test_bad_durations(text):
    with pytest.raises(ValueError):
        parse_duration(text)


@pytest.mark.parametrize("pattern, text, matches", [
    (DURATION, "2d", True), (DURATION, "2 x", False), (TOLERANCE_PERCENT, "15%", True),
    (TOLERANCE_PERCENT, "15", False), (RATE, "x3", True), (RATE, "×3", True), (RATE, "3x", True),
    (RATE, "three", False),
])
def test_patterns(pattern, text, matches):
    assert bool(pattern.match(text)) is matches


@pytest.mark.parametrize("text, parsed", [("15%", ("rel", 0.15)), (500, ("abs", 500.0)), ("500", ("abs", 500.0))])
def test_parse_tolerance(text, parsed):
    assert parse_tolerance(text) == parsed


@pytest.mark.parametrize("text, factor", [(3, 3.0), ("x3", 3.0), ("×2.5", 2.5)])
def test_parse_rate(text, factor):
    assert parse_rate(text) == factor


@pytest.mark.parametrize("factor, text", [(3.67, "×3.7"), (3.0, "×3"), (12.5, "×12.5"), (430, "×430"),
                                          (math.inf, "×∞")])
def test_format_factor(factor, text):
    assert format_factor(factor) == text


def all_pairs(days, window, groups=None, chunk=3):
    found = set()
    for first, second in window_pairs(np.array(days, dtype=float), window, chunk=chunk, groups=groups):
        found.update(tuple(sorted(p)) for p in zip(first.tolist(), second.tolist()))
    return found


def test_window_pairs_match_brute_force():
    rng = np.random.default_rng(1)
    days = rng.integers(0, 10, 40).astype(float)
    groups = rng.integers(0, 4, 40)
    for window in (0, 1, 2.5, None):
        brute = {(i, j) for i in range(40) for j in range(i + 1, 40)
                 if window is None or abs(days[i] - days[j]) <= window}
        assert all_pairs(days, window) == brute
        same_group = {(i, j) for i, j in brute if groups[i] == groups[j]}
        assert all_pairs(days, window, groups) == same_group


def test_undated_claims_pair_only_with_each_other():
    assert all_pairs([0.0, np.nan, np.nan, 0.5], 1) == {(0, 3), (1, 2)}


def test_best_pair_per_documents_keeps_the_widest_gap():
    docs = np.array(["a", "a", "b", "b"])
    first, second = np.array([0, 1, 0]), np.array([2, 3, 3])
    kept = best_pair_per_documents(docs, first, second, np.array([1.5, 3.0, 2.0]))
    assert kept.tolist() == [1]


@pytest.mark.parametrize("days, text", [(6, "6 days"), (1, "1 day"), (0.2, "5 hours"), (0.01, "the same day"),
                                        (math.nan, "an unknown time")])
def test_format_days(days, text):
    from checker.kinds.base import format_days
    assert format_days(days) == text


# AllSides 3,001-4,000: figures of one chained story of August 2014 that are about
# different things, and a pair that is about one.
@pytest.mark.parametrize("first, second, related", [
    # Places in two countries: "1,000 Russian troops in Ukraine" against "100 Special
    # Operations forces operating across Somalia".
    ({"place": "Ukraine", "context_keys": "NATO"}, {"place": "Somalia", "context_keys": "NATO"}, False),
    # Distinctive names on both sides, none shared: "killed 828 Palestinians ... said Ashraf
    # al-Kidra" against "since flight MH17 was shot down ... killing all 298".
    ({"context_keys": "Ashraf|Kidra|~Gaza"}, {"context_keys": "MH17|~Western"}, False),
    # Only common names, none shared: nothing says they are one figure.
    ({"context_keys": "~Obama"}, {"context_keys": "~Iraq"}, False),
    # A shared distinctive name: "Ron Johnson said 31 people had been arrested" / "who
    # arrested 47 people, said Missouri State Highway Patrol Capt. Ron Johnson".
    ({"context_keys": "Ferguson|Ron|~Johnson"}, {"context_keys": "Missouri|Ron|~Johnson"}, True),
    # Each names its own people, a common name shared: one story's articles (Boston, April
    # 2013: a "Deadly" heading against an "INVESTIGATION" one, both about the marathon).
    ({"context_keys": "Deadly|~Boston|~Marathon"}, {"context_keys": "INVESTIGATION|~Boston|~FBI"}, True),
    # Only common names, one shared.
    ({"context_keys": "~Obama|~Syria"}, {"context_keys": "~Syria"}, True),
    # Only a ubiquitous one shared (AllSides 1,001-2,000): "The Virginia Tech shooter,
    # Seung-Hui Cho, who killed 32" against Sandy Hook's 26, both near "Obama".
    ({"context_keys": "Cho|Tech|~~Obama"}, {"context_keys": "~Hook|~Sandy|~~Obama"}, False),
    # A sentence naming nothing cannot tell ("House passes $694 million border bill").
    ({"context_keys": "Lawmakers|Scalise"}, {"context_keys": ""}, True),
    # One place set, the other not: the place tells nothing against.
    ({"place": "Ukraine", "context_keys": "NATO"}, {"place": "", "context_keys": "NATO"}, True),
    # ... unless the other's context names countries, not that one: "140,000-some troops in
    # Iraq" against "Some 20,000 troops are on border" (Russia, Britain, the US named).
    ({"place": "Iraq", "context_keys": "~@Iraq|~@United States"},
     {"place": "", "context_keys": "~@Russia|~@United Kingdom|~@United States"}, False),
    ({"place": "Ukraine", "context_keys": "NATO|~@Ukraine"},
     {"place": "", "context_keys": "NATO|~@Russia|~@Ukraine"}, True),
    # A shared distinctive name outweighs the place: the seeds' 3,000 North Korean troops
    # (North Korea named) and 11,000 placed in Russia are one figure.
    ({"place": "", "context_keys": "@North Korea|Korean|Zelenskyy"},
     {"place": "Russia", "context_keys": "@North Korea|@Russia|Korean|Kursk"}, True),
])
def test_related_pairs(first, second, related):
    import pandas as pd
    from checker.kinds.base import related_pairs
    claims = pd.DataFrame([{"doc_id": "a", "place": "", **first}, {"doc_id": "b", "place": "", **second}])
    mask = related_pairs(claims)(np.array([0]), np.array([1]))
    assert mask.tolist() == [related]


def test_related_pairs_one_document_always():
    import pandas as pd
    from checker.kinds.base import related_pairs
    claims = pd.DataFrame([{"doc_id": "a", "place": "Iraq", "context_keys": "Baghdad"},
                           {"doc_id": "a", "place": "Egypt", "context_keys": "Cairo"}])
    assert related_pairs(claims)(np.array([0]), np.array([1])).tolist() == [True]


# --- parts of a figure: AllSides sentences outside the slices the rules came from ---

@pytest.mark.parametrize("pattern, text, matches", [
    (SITE_BEFORE, "the loss of the Malaysian airliner over Ukraine, where ", True),
    (SITE_BEFORE, "in New York, where more than ", True),
    (SITE_BEFORE, "the attacks killed ", False),
    (SITE_WHICH, "and the earlier blasts at Zaventem Airport, which killed ", True),
    (SITE_WHICH, "the attack at the Maelbeek Metro station, which killed at least ", True),
    (SITE_WHICH, "the attacks in Paris, which killed ", False),     # the city: the whole event
    (SITE_WHICH, "the attack at the airport, which killed ", False),  # no site named
    # Other AllSides sentences: a single-site event reads as a site too, which costs nothing
    # while the whole names the same site ("at Virginia Tech" both times: neither is a part).
    (SITE_WHICH, "over the blast at Erawan shrine, which killed ", True),
    (SITE_WHICH, "the 2007 massacre at Virginia Tech, which left ", True),
    (SITE_AFTER, " people killed there — 13 of them today.", True),
    (SITE_AFTER, " people were killed in the attack.", False),
    (SITE_AFTER, " people were killed, and there were 200 injured", False),
    (COMPLEMENT_BEFORE, "crash on Sunday killed all ", True),
    (COMPLEMENT_BEFORE, "killed ", False),
    (COMPLEMENT_AFTER, " people on board.", True),
    (COMPLEMENT_AFTER, " on board were killed.", True),
    (COMPLEMENT_AFTER, " passengers and six crew members on board", False),
])
def test_part_patterns(pattern, text, matches):
    assert bool(pattern.search(text)) is matches


# Round 7: a toll at a named place right after the figure is one site's (AllSides, 2012-2013).
@pytest.mark.parametrize("after, matches", [
    (" people were killed at St. Jude's", True),
    (" who died on Mount Everest in a massive avalanche", True),
    (" people were killed on Tuesday, bringing the total", False),   # a day, not a site
    (" people killed on July 20, 2012, when a man", False),
    (" people were killed in the attack", False),
    (" people on board were killed", False),
])
def test_named_site_pattern(after, matches):
    from checker.kinds.base import SITE_NAMED
    assert bool(SITE_NAMED.match(after)) is matches


SITE_ROWS = [
    {"value": 298, "sentence": "That does not include the loss of the Malaysian airliner over Ukraine, "
                               "where 298 people died.", "surface": "298", "entity": "people"},
    {"value": 152, "sentence": "Gaza officials say that over the past week, there have been 152 people "
                               "killed there.", "surface": "152", "entity": "people"},
    {"value": 157, "sentence": "Authorities in Ethiopia said all 157 people on board were killed in the crash.",
     "surface": "157", "entity": "people"},
    {"value": 14, "sentence": "The 14 foreign travelers killed included six Saudis.", "surface": "14",
     "entity": "traveler"},
]


def test_sites_and_complements(claims_of):
    claims = claims_of(SITE_ROWS)
    assert at_site(claims, np.arange(4)).tolist() == [True, True, False, False]
    assert complements(claims, np.arange(4)).tolist() == [False, False, True, False]


def test_parts_are_subgroups_or_sites_the_whole_is_not(claims_of):
    claims = claims_of(SITE_ROWS)
    # a site's toll within a whole; a subgroup within people; a whole is no part of a site
    assert is_part(claims, np.array([0, 3, 2]), np.array([2, 2, 0])).tolist() == [True, True, False]


# Round 7: a group narrowed by its origin counts that group (AllSides, Jan 2020 and 2017).
@pytest.mark.parametrize("after, origin", [
    (" more troops from the 82nd Airborne Division to the region", "82nd airborne"),
    (" soldiers from the 173rd Airborne Brigade Combat Team based in Vicenza", "173rd airborne"),
    (" National Guard troops from other states will reinforce", "other states"),
    (" rescuers from Britain", "britain"),
    (" jobs from March", ""),            # a period, not an origin
    (" workers from Sept. 1", ""),       # an abbreviated month is one too
    (" buses from Monday", ""),
    (" people from the quake zone", ""),  # no name, no "other"
    (" troops in Syria", ""),
])
def test_origin_pattern(after, origin):
    from checker.kinds.base import ORIGIN_AFTER
    match = ORIGIN_AFTER.match(after)
    assert (match["origin"].lower() if match else "") == origin


@pytest.mark.parametrize("before, total", [("The combined ", True), ("a total of ", True), ("some ", False)])
def test_total_pattern(before, total):
    from checker.kinds.base import TOTAL_BEFORE
    assert bool(TOTAL_BEFORE.search(before)) is total


@pytest.mark.parametrize("first, second, related", [
    # Two origins: two groups of one deployment (AllSides, Jan 2020 and Jun 2017).
    ("Pentagon officials announced Friday that they would be sending nearly 3,000 more troops from the 82nd "
     "Airborne Division to the region.",
     "First, about 150 soldiers from the 173rd Airborne Brigade Combat Team are arriving in the region.", False),
    # One origin against a total of groups.
    ("Pentagon officials announced Friday that they would be sending nearly 3,000 more troops from the 82nd "
     "Airborne Division to the region.", "The combined 4,000 troops remain in the region.", False),
    # One origin against a figure naming none: could be one figure.
    ("Pentagon officials announced Friday that they would be sending nearly 3,000 more troops from the 82nd "
     "Airborne Division to the region.", "About 3,500 troops were sent to the region.", True),
])
def test_related_pairs_of_groups(first, second, related):
    import re

    import pandas as pd
    from checker.kinds.base import related_pairs
    rows = []
    for doc, sentence in (("a", first), ("b", second)):
        figure = re.search(r"\d[\d,]*", sentence)
        rows.append({"doc_id": doc, "place": "", "context_keys": "Pentagon", "sentence": sentence,
                     "surface": figure.group(), "start": figure.start(), "sentence_start": 0})
    mask = related_pairs(pd.DataFrame(rows))(np.array([0]), np.array([1]))
    assert mask.tolist() == [related]


@pytest.mark.parametrize("sentence, windowed", [
    ("Over the past year, construction and retail have collectively gained about 320,000 jobs.", True),
    ("Employers added 2.6 million jobs in the last 12 months.", True),
    ("Sales are up 4% so far this year.", True),
    ("The economy added 32,000 jobs last month.", False),   # one period, no window
    ("Retailers gained 320,000 last year.", False),
])
def test_window_span_regex(sentence, windowed):
    from checker.kinds.base import WINDOW_SPAN

    assert bool(WINDOW_SPAN.search(sentence)) is windowed
