"""Figure candidates: the digit and word scanners and their named regexes."""

import pytest

from checker import figures, numbers


@pytest.mark.parametrize(
    "text, mag",
    [(" million", "million"), ("bn", "bn"), (" hundred million", "hundred million"), ("m", "m"), ("mph", None)],
)
def test_magnitude_after_regex(text, mag):
    found = figures.MAGNITUDE_AFTER.match(text)
    assert (found.group("mag") if found else None) == mag


#: The words of MAGNITUDE_AFTER, in both cases where they are case-insensitive.
_MAGNITUDE_WORDS = ["hundred", "thousand", "million", "billion", "trillion", "mln", "mil", "mn", "bln", "bn", "tn",
                    "trn", "crore", "lakh", "k", "m", "b", "K", "M", "B", "T"]


@pytest.mark.parametrize("separator", ["", " ", "\u00a0", "-"])
def test_may_have_magnitude_passes_every_match(separator):
    # Any first character (Latin, Greek, Cyrillic, and the Kelvin sign and long s, which fold to
    # ASCII letters) before the rest of each word: a match always passes the test.
    chars = [chr(c) for c in range(0x500)] + ["\u212a", "\u017f", "\u0130", "\u0131"]
    for char in chars:
        for word in _MAGNITUDE_WORDS:
            for rest in (word[1:], word[1:].upper()):
                text = "5" + separator + char + rest + " of"
                if figures.MAGNITUDE_AFTER.match(text, 1):
                    assert figures.may_have_magnitude(text, 1), text


@pytest.mark.parametrize("text, may", [("5 million", True), ("5bn", True), ("5 people", False), ("5-year", False),
                                       ("5", False), ("5 ", False), ("5-m", True)])
def test_may_have_magnitude(text, may):
    assert figures.may_have_magnitude(text, 1) is may



@pytest.mark.parametrize(
    "text, found",
    [("US$9.2 billion", [("US$", "9.2")]), ("GBP 20m", [("GBP ", "20")]), ("RM79 a month", [("RM", "79")]),
     ("FARM 5", [(None, "5")]), ("COVID-19", [(None, "19")])],  # ids are dropped later, by EXCLUDED
)
def test_figure_scanner(text, found):
    matches = [(m.group("cur"), m.group("cnum") or m.group("num")) for m in figures.figure_scanner().finditer(text)]
    assert matches == found



@pytest.mark.parametrize(
    "text, kind",
    [("thousands of troops", "vague"), ("two-thirds of sales", "share"), ("twenty-nine days", "spelled"),
     ("someone", None), ("half the condos", "share"), ("a half-dozen senators", "spelled")],
)
def test_word_scanner(text, kind):
    found = figures.word_scanner().search(text)
    assert (found.lastgroup if found else None) in (kind, "share_den", "share_half") if kind == "share" else (
        (found.lastgroup if found else None) == kind)


@pytest.mark.parametrize(
    "pattern, text, matches",
    [
        (figures.FRACTION_FOLLOWER, " of a pint", True),
        (figures.FRACTION_FOLLOWER, " march", False),
    ],
)
def test_fraction_follower_regex(pattern, text, matches):
    assert bool(pattern.match(text)) is matches


@pytest.mark.parametrize("text, signed", [("fell -1.3%", True), ("2-2", False), ("3.5%-4%", False), ("COVID-19", False)])
def test_sign_regex(text, signed):
    import re

    assert bool(re.search(figures.SIGN, text)) is signed


# Real sentences (AllSides, quake RSS, BASIL) and odd spacing: the digit-led
# search gives exactly what running the scanner over the whole text gives.
SCANNER_TEXTS = [
    "Revenue rose to US$9.2 billion, or $1.12 a share, from U.S. $7.4 billion.",
    "The death toll from the earthquake in Turkey and Syria has risen to 1,541, with 2,834 injured.",
    "Tesla has a market value of about $375bn, against GM's -$2.1bn swing; 3/4 of a pint, 2.998 x 10^8 m/s.",
    "FARM 5 and COVID-19, F-16s, the 2014-15 season, RM1.2bn, GBP 20m and .5 of a point",
    "AU $5 and EUR 40 and Mex$ 12, -3.5% and −0.4%",
    "no digits at all",
    "",
]


@pytest.mark.parametrize("text", SCANNER_TEXTS)
def test_figure_matches_equal_a_whole_text_scan(text):
    whole = [(m.start(), m.end(), m.groupdict()) for m in figures.figure_scanner().finditer(text)]
    assert figures.figure_matches(text) == whole


@pytest.mark.parametrize("text", SCANNER_TEXTS)
def test_figure_matches_are_found_near_their_first_digit(text):
    from checker import units

    for start, end, _ in figures.figure_matches(text):
        first_digit = figures.DIGIT.search(text, start).start()
        assert first_digit - start <= units.currency_reach()


@pytest.mark.parametrize(
    "text, found",
    [
        # quake RSS: "three" opens a quantity, "the" and "this" do not.
        ("the toll rose to three thousand this week", [("spelled", "three thousand")]),
        ("thousands of people were left homeless", [("vague", "thousands")]),
        ("a third of the buildings", [("share", "a third")]),
        ("then there were those who stayed", []),
    ],
)
def test_word_scanner_openings(text, found):
    assert [(m.lastgroup if m.lastgroup in ("vague", "spelled") else "share", m.group())
            for m in figures.word_scanner().finditer(text)] == found


@pytest.mark.parametrize(
    "source, text, found",
    [
        (figures.vague_pattern, "tens of thousands of people", "tens of thousands"),
        (figures.vague_pattern, "thousandsfold", None),
        (figures.share_pattern, "two-thirds of sales", "two-thirds"),
        (figures.share_pattern, "half the condos", "half"),
        (figures.share_pattern, "half a million", None),
    ],
)
def test_vague_and_share_sources(source, text, found):
    import re

    match = re.compile(source()).search(text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize("text, pos, figure", [("paid US$9.2 billion", 0, "US$9.2"), ("revenue of 5", 0, None),
                                                ("GBP 20m", 0, "GBP 20")])
def test_figure_near_digit_regex(text, pos, figure):
    match = figures._figure_near_digit().match(text, pos)
    assert (match.group(1) if match else None) == figure


def test_worded_quantities_end_in_a_letter():
    # word_matches relies on it: the character after a match is never part of the next one.
    vocab = numbers.number_words()
    words = [*vocab["units"], *vocab["tens"], *vocab["scales"], *vocab["collectives"], *vocab["fractions"],
             *vocab["numerators"], *vocab["denominators"], *figures.qualifier_vocab()["vague"]]
    assert all(word[-1:].isascii() and word[-1:].isalpha() for word in words)


@pytest.mark.parametrize(
    "text",
    [
        # Quake RSS, BASIL and AllSides lines, lower-cased as candidates() reads them.
        "three people were killed and two-thirds of the town was destroyed",
        "thousands of troops—around 3.5 million—and “two dozen” tanks; (one) more",
        "héone éthree dozens\nfive hundred\tsix-year-old a third of half the vote",
        "",
        "a",
    ],
)
def test_word_matches_is_finditer(text):
    expected = [(m.start(), m.end(), m.groupdict()) for m in figures.word_scanner().finditer(text)]
    assert figures.word_matches(text) == expected


@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("Turkey death toll rises to 12,873; 62,914 injured", ["12,873", "62,914"]),  # digits only
        ("Three people died and dozens were hurt", ["Three", "dozens"]),  # words only
        ("Two quakes killed 5,000; thousands fled", ["Two", "5,000", "thousands"]),  # both, in text order
    ],
)
def test_candidates_in_text_order(text, surfaces):
    assert [text[s:e] for s, e, _ in figures.candidates(text)] == surfaces
