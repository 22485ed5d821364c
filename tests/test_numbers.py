"""Reading figures: digits with separators, magnitudes, spelled numbers, fractions."""

import re

import pytest

from checker import numbers


@pytest.mark.parametrize(
    "surface, value",
    [
        ("3,000", 3000.0),
        ("1,234,567.5", 1234567.5),
        ("3 000", 3000.0),
        ("15\u00a0000", 15000.0),
        ("12.000", 12000.0),  # European grouping: a decimal never ends in exactly three zeros here
        ("1.234.567", 1234567.0),
        ("3.5", 3.5),
        ("0.03", 0.03),
        (".5", 0.5),
        ("2024", 2024.0),
    ],
)
def test_parse_digits(surface, value):
    assert numbers.parse_digits(surface) == pytest.approx(value)


@pytest.mark.parametrize(
    "text, found",
    [
        ("about 3,000 North Korean troops", ["3,000"]),
        ("15 000 troops", ["15 000"]),
        ("in 2019 300 people", ["2019", "300"]),  # a space group never follows another figure
        ("Boeing delivered 12 777s", ["12", "777"]),  # nor ends in a plural's "s": twelve Boeing 777s
        ("bought 3 747s", ["3", "747"]),
        ("rose 0.3% in June", ["0.3"]),
        ("a 1.5 litre engine", ["1.5"]),
        ("1,463.87 points", ["1,463.87"]),
    ],
)
def test_digits_regex(text, found):
    assert [m.group() for m in numbers.DIGITS.finditer(text)] == found


@pytest.mark.parametrize(
    "surface, value",
    [
        ("twenty-nine", 29.0),
        ("six", 6.0),
        ("a dozen", 12.0),
        ("a half-dozen", 6.0),
        ("two and a half", 2.5),
        ("one and a half million", 1.5e6),
        ("a million", 1e6),
        ("one hundred and five", 105.0),
        ("three billion", 3e9),
        ("twenty-eight thousand six hundred forty-two", 28642.0),
        ("Two hundred", 200.0),
    ],
)
def test_parse_spelled(surface, value):
    assert numbers.parse_spelled(surface) == pytest.approx(value)


def test_parse_spelled_rejects_other_words():
    assert numbers.parse_spelled("several") is None


@pytest.mark.parametrize(
    "text, found",
    [
        ("the last two and a half years", ["two and a half"]),
        ("between two and three", ["two", "three"]),  # "and" joins only after a scale
        ("a dozen villages", ["a dozen"]),
        ("a village", []),  # "a" alone is not one
        ("Ukraine fired six ATACMS missiles", ["six"]),
        ("one and a half million shells", ["one and a half million"]),
    ],
)
def test_spelled_number_regex(text, found):
    assert [m.group() for m in numbers.spelled_number().finditer(text)] == found


@pytest.mark.parametrize(
    "word, money, factor",
    [
        ("million", False, 1e6),
        ("bn", False, 1e9),
        ("tn", False, 1e12),
        ("m", True, 1e6),  # "$20m"
        ("m", False, None),  # "20m" is twenty metres
        ("k", True, 1e3),
        ("hundred million", False, 1e8),
        ("millions", False, None),  # vague, not a magnitude
    ],
)
def test_magnitude_of(word, money, factor):
    assert numbers.magnitude_of(word, money=money) == factor


@pytest.mark.parametrize("surface, value", [("1/2", 0.5), ("3/4", 0.75), ("24/7", None), ("0/250", None)])
def test_parse_fraction(surface, value):
    assert numbers.parse_fraction(surface) == value


def test_slash_fraction_regex_is_whole_string():
    assert numbers.SLASH_FRACTION.match("1/2") and not numbers.SLASH_FRACTION.match("1/2 cup")


@pytest.mark.parametrize("surface, grouped", [("12.000", True), ("1.234.567", True), ("1.5", False), ("12.500", False)])
def test_dot_grouped_regex(surface, grouped):
    assert bool(numbers.DOT_GROUPED.match(surface)) is grouped


@pytest.mark.parametrize("surface, parts", [("twenty-nine", ["twenty", "nine"]), ("two  hundred", ["two", "hundred"])])
def test_word_split_regex(surface, parts):
    assert numbers.WORD_SPLIT.split(surface) == parts


def test_group_separator_regex():
    assert re.sub(numbers.GROUP_SEPARATOR, "", "1,234\u202f567") == "1234567"


@pytest.mark.parametrize("surface", ["one two three", "twenty thirty", "nineteen ninety"])
def test_parse_spelled_rejects_runs_that_are_no_number(surface):
    assert numbers.parse_spelled(surface) is None


@pytest.mark.parametrize(
    "text, found",
    [("twenty-nine days", "twenty-nine"), ("one and a half million", "one and a half million"),
     ("a dozen eggs", "a dozen"), ("a day", None)],
)
def test_spelled_number_pattern_source(text, found):
    import re

    from checker import numbers

    match = re.compile(rf"\b(?:{numbers.spelled_number_pattern()})\b").search(text)
    assert (match.group() if match else None) == found
