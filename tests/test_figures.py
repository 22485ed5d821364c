"""Figure candidates: the digit and word scanners and their named regexes."""

import pytest

from checker import figures


@pytest.mark.parametrize(
    "text, mag",
    [(" million", "million"), ("bn", "bn"), (" hundred million", "hundred million"), ("m", "m"), ("mph", None)],
)
def test_magnitude_after_regex(text, mag):
    found = figures.MAGNITUDE_AFTER.match(text)
    assert (found.group("mag") if found else None) == mag



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
