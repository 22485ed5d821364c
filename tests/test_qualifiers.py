"""Qualifier, range and direction cues: their named regexes."""


import pytest

from checker import qualifiers


@pytest.mark.parametrize(
    "before, kind, hedge",
    [("killed more than ", "at_least", "more than"), ("as many as ", "at_most", "as many as"),
     ("some ", "approx", "some"), ("around $", None, None), ("handsome ", None, None)],
)
def test_hedge_before_regex(before, kind, hedge):
    found = qualifiers.hedge_before().search(before)
    assert (found.lastgroup if found else None) == kind
    if found:
        assert found.group(kind) == hedge



@pytest.mark.parametrize("after, kind", [(" or more", "at_least"), ("-plus", "at_least"), (" or less", "at_most"), (" more", None)])
def test_hedge_after_regex(after, kind):
    found = qualifiers.hedge_after().match(after)
    assert (found.lastgroup if found else None) == kind



@pytest.mark.parametrize(
    "before, kind",
    [("rose ", "increase"), ("cut jobs by ", "decrease"), ("cut by ", "decrease"), ("was up $", "increase"),
     ("rose to ", None), ("fell sharply by ", "decrease"), ("setup ", None)],
)
def test_direction_before_regex(before, kind):
    found = qualifiers.direction_before().search(before)
    assert (found.lastgroup if found else None) == kind



@pytest.mark.parametrize("text, matches", [(" in ", True), (" out of ", True), (" in every ", True), (" to ", False)])
def test_ratio_joiner_regex(text, matches):
    assert bool(qualifiers.RATIO_JOINER.match(text)) is matches


@pytest.mark.parametrize("before, matches", [("a defense that gave ", True), ("shares were ", False)])
def test_phrasal_up_regex(before, matches):
    assert bool(qualifiers.phrasal_up().search(before)) is matches


@pytest.mark.parametrize(
    "before, kind",
    [("the death toll jumped from ", "increase"), ("dropped from about ", "decrease"), ("apple is hiring more people, going from ", "either"),
     ("slashed its policy rate by 50 basis points from ", "decrease"), ("an increase from $", "increase"),
     ("mileage has been creeping upward, from ", "increase"),
     ("prices range from $", None), ("homes from $", None), ("came from ", None)],
)
def test_change_before_from_regex(before, kind):
    found = qualifiers.change_before_from().search(before)
    assert (found.lastgroup if found else None) == kind


@pytest.mark.parametrize(
    "before, kind",
    [("turkey’s death toll has risen to ", "increase"), ("weekly volume narrowed to ", "decrease"),
     ("cut to nearly ", "decrease"), ("is expected to ", None), ("death toll from turkey, syria earthquake tops ", None)],
)
def test_change_before_to_regex(before, kind):
    found = qualifiers.change_before_to().search(before)
    assert (found.lastgroup if found else None) == kind


@pytest.mark.parametrize(
    "gap, cue",
    [(" to ", ""), (" at 10.45pm last night to ", ""), (" combined to ", ""), (" to nearly ", "nearly "),
     (" to more than ", "more than "), (", and to ", None), (" (about ", None)],
)
def test_change_joiner_regex(gap, cue):
    found = qualifiers.CHANGE_JOINER.match(gap)
    assert (found.group("cue") if found else None) == cue


@pytest.mark.parametrize("gap, matches", [(" from ", True), (" overnight, from ", True), (" lots from ", True), (" to ", False), ("; from ", False)])
def test_change_from_after_regex(gap, matches):
    assert bool(qualifiers.CHANGE_FROM_AFTER.match(gap)) is matches


@pytest.mark.parametrize("after, matches", [("-35 billion euros", True), (" to $4 million", True), (" on Monday", False), (" to reach", False)])
def test_range_continues_regex(after, matches):
    # Matched at an offset, as the extractor calls it (after "from 24.2 to 33").
    text = "to increase from 24.2 to 33" + after
    assert bool(qualifiers.RANGE_CONTINUES.match(text, len(text) - len(after))) is matches


@pytest.mark.parametrize(
    "gap, matches",
    [(" or ", True), (", or ", True), (" positions or ", True), (" new jobs, or ", True), (" to ", False), (" points and ", False)],
)
def test_restatement_gap_regex(gap, matches):
    assert bool(qualifiers.RESTATEMENT_GAP.match(gap)) is matches


@pytest.mark.parametrize(
    "before, kind",
    [
        # AllSides: "payrolls were revised upward by 59,000"; NewsQuant: "revised upward by Y=40 billion".
        ("payrolls were revised upward by ", "increase"),
        ("revised downward by ", "decrease"),
        # AllSides: "employers added 312,000 jobs", "The Nasdaq (COMP) added 67 points".
        ("employers added ", "increase"),
        ("the nasdaq (comp) added ", "increase"),
        ("he added that ", None),
    ],
)
def test_direction_words_of_revisions_and_additions(before, kind):
    found = qualifiers.direction_before().search(before)
    assert (found.lastgroup if found else None) == kind


@pytest.mark.parametrize(
    "gap, matches",
    [(", Burlington by ", True), (" and Sony by ", True), (", Foot Locker by ", True), (" by ", False),
     (", and the firm by ", False), (". Burlington by ", False), (", Burlington rose by ", False)],
)
def test_gapped_by_regex(gap, matches):
    assert bool(qualifiers.GAPPED_BY.match(gap)) is matches


@pytest.mark.parametrize("gap, matches", [(" / ", True), ("/", True), (" (", True), (" per ", False), (" / month ", False)])
def test_conversion_gap_regex(gap, matches):
    assert bool(qualifiers.CONVERSION_GAP.match(gap)) is matches


@pytest.mark.parametrize("word, matches", [("sharply", True), ("5%", True), ("percent,", True), ("(", False), ("", False)])
def test_change_gap_word_regex(word, matches):
    import re

    assert bool(re.fullmatch(qualifiers.CHANGE_GAP_WORD, word)) is matches


@pytest.mark.parametrize(
    "text, surface, direction",
    [
        # AllSides: a verb and an article before a figure name a thing, not a change.
        ("He raised it to 20 percent and then he added a 3.8 percent investment surtax.", "3.8 percent", ""),
        # NewsQuant.
        ("Hosmer entered the game averaging 15.9 degrees and added a 30 degree homer to tie the game.", "30 degree", ""),
        # quake RSS style: the cue words still count.
        ("The toll rose by an estimated 2,000 overnight.", "2,000", "increase"),
    ],
)
def test_no_direction_through_a_bare_article(text, surface, direction):
    from checker.extract import extract_quantities

    found = extract_quantities(text)
    assert found.loc[found["surface"].str.startswith(surface), "direction"].tolist() == [direction]


@pytest.mark.parametrize(
    "phrases, runs, chars",
    [(["more than", "up-to", "approx.", "~", "sub-"], {"than", "to"}, {".", "~", "-"}),
     (["Section", "Boeing"], {"section", "boeing"}, set())],
)
def test_phrase_endings(phrases, runs, chars):
    assert qualifiers.phrase_endings(phrases) == (frozenset(runs), frozenset(chars))


@pytest.mark.parametrize(
    "window, may",
    [
        # AllSides / quake RSS windows before a figure (lower-cased as the callers pass them).
        ("the death toll from the quake killed ", False),  # "killed" ends no cue
        ("the death toll from the quake rose to ", True),  # "to" ends "up to"
        ("were arrested, but police said some ", True),
        ("have killed more than   ", True),  # trailing spaces
        ("s arrest, some\n", True),  # a final line break: left to the regex
        ("imported about\u00a0", True),  # not ASCII: left to the regex
        ("estimated at ~", True),
        ("a handsome ", False),  # the run is "handsome", not "some"
    ],
)
def test_may_end_with(window, may):
    assert qualifiers.may_end_with(window, qualifiers._hedge_endings()) is may


@pytest.mark.parametrize(
    "window",
    [
        "killed more than ", "as many as ", "a handsome ", "rose by nearly ", "sub-", "approx. ", "upwards of ",
        "the total of 1,541 people, with at least ", "which left some\n", "of almost\u00a0", "the 5about ",
        "of the two, up to ", "wounded", "",
    ],
)
def test_hedge_cue_before_is_the_search(window):
    # The filter only skips windows the search cannot match: same match, same span.
    expected = qualifiers.hedge_before().search(window)
    found = qualifiers.hedge_cue_before(window)
    assert (found.span() if found else None) == (expected.span() if expected else None)


@pytest.mark.parametrize(
    "window",
    ["shares rose ", "the toll climbed to ", "fell by nearly ", "cut its rate by ", "jumped $", "was up us$", "gave up ",
     "rose\u00a0", "prices dropped\n", "the killed ", "",],
)
def test_direction_cue_before_is_the_search(window):
    expected = qualifiers.direction_before().search(window)
    found = qualifiers.direction_cue_before(window)
    assert (found.span() if found else None) == (expected.span() if expected else None)


@pytest.mark.parametrize(
    "search, cue_before, reach",
    [(lambda: qualifiers.hedge_before(), qualifiers.hedge_cue_before, 40),
     (lambda: qualifiers.direction_before(), qualifiers.direction_cue_before, 60)],
)
def test_cue_before_is_the_search_on_quake_windows(search, cue_before, reach):
    # Every window before a digit of 400 quake RSS items: the filter skips only what cannot match.
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "shared" / "data" / "quake-rss" / "entries.jsonl"
    if not path.exists():
        pytest.skip("needs ../shared/data/quake-rss")
    windows = set()
    with open(path, encoding="utf-8") as handle:
        for line in list(handle)[:400]:
            text = (json.loads(line).get("description") or "").lower()
            windows.update(text[max(0, i - reach) : i] for i, c in enumerate(text) if c.isdigit())
    pattern = search()
    for window in windows:
        expected = pattern.search(window)
        found = cue_before(window)
        assert (found.span() if found else None) == (expected.span() if expected else None), window
