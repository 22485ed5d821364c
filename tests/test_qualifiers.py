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
