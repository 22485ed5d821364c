"""Alternations built from vocabularies (checker.patterns)."""

import re

import pytest

from checker.patterns import both_cases, phrase_alternation, whole_words


@pytest.mark.parametrize(
    "words, text, found",
    [
        (["said", "says", "say"], "officials say 3,000 died", "say"),
        (["said", "says", "say"], "he says 40", "says"),
        (["death toll", "death"], "the death\n toll rose", "death\n toll"),
        (["U.S.", "UK"], "U.S. officials", "U.S."),
        (["a+b", "(x)"], "value (x) here", "(x)"),
    ],
)
def test_phrase_alternation_finds_the_longest_word(words, text, found):
    assert re.search(phrase_alternation(words), text).group() == found


def test_phrase_alternation_backtracks_to_a_shorter_word_when_context_needs_it():
    pattern = re.compile(rf"(?:{phrase_alternation(['estimate', 'estimated'])})d? figure")
    assert pattern.search("an estimated figure").group() == "estimated figure"


def test_exact_spaces_when_asked():
    assert re.search(phrase_alternation(["death toll"], flexible_space=False), "death  toll") is None
    assert re.search(phrase_alternation(["death toll"]), "death  toll")


def test_empty_vocabulary_never_matches():
    assert re.search(phrase_alternation([]), "anything") is None
    assert re.search(whole_words([]), "anything") is None


@pytest.mark.parametrize(
    "text, found",
    [
        ("Troops could arrive", ["could"]),
        ("the couldron", []),                 # not inside a word
        ("they can't say", ["n't"]),          # attaches to its verb
        ("we'll see", ["'ll"]),
        ("it may well rise", ["may"]),
    ],
)
def test_whole_words(text, found):
    pattern = re.compile(whole_words(["could", "may", "n't", "'ll"]))
    assert [m.group() for m in pattern.finditer(text)] == found


def test_both_cases():
    assert both_cases(["said", "according to"]) == ["said", "Said", "according to", "According to"]
