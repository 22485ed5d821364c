"""Numbers as written in news: digits with separators, magnitudes, spelled numbers.

This module only reads a figure's digits or words into a float; deciding
whether a number is a claim, and what it counts, is :mod:`checker.extract`'s
job. Vocabularies (number words, magnitudes) live in
``checker/data/number_words.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.patterns import phrase_alternation
from checker.vocab import load_vocab

# Thousands separators: a comma, or a (thin / no-break) space between groups
# of exactly three digits: "3,000", "3 000", "1,234,567.5". A space group
# never follows another figure ("in 2019 300 people" is two numbers), nor ends
# in a plural's "s" ("12 777s" is twelve Boeing 777s, not 12,777).
_COMMA_GROUPED = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
_SPACE_GROUPED = r"(?<![\d,.] )\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.]?\d|s\b)"
# European grouping with full stops is read only where it cannot be a decimal:
# two or more groups ("1.234.567") or a single group of zeros ("12.000").
_DOT_GROUPED = r"\d{1,3}(?:\.\d{3}){2,}(?![\d,])|\d{1,3}\.000(?![\d,.])"
_PLAIN = r"\d+(?:\.\d+)?|\.\d+"

#: A figure written with digits: grouped forms first so "3,000" is one match.
DIGITS = re.compile(
    rf"(?:{_COMMA_GROUPED}|{_DOT_GROUPED}|{_SPACE_GROUPED}|{_PLAIN})"
)
DIGITS_PATTERN = DIGITS.pattern

#: The grouping separators that are stripped before reading the digits.
GROUP_SEPARATOR = re.compile(r"[, \u00a0\u202f\u2009]")

#: A European dot-grouped figure ("12.000", "1.234.567"), told apart from a decimal.
DOT_GROUPED = re.compile(rf"^(?:{_DOT_GROUPED})$")

#: A simple fraction written with a slash ("1/2", "3/4").
SLASH_FRACTION = re.compile(r"^(\d{1,2})/(\d{1,2})$")


@lru_cache(maxsize=1)
def number_words() -> dict:
    """The ``number_words`` vocabulary (cached; do not mutate)."""
    return load_vocab("number_words")


@lru_cache(maxsize=1)
def spelled_number_pattern() -> str:
    """Regex source for a spelled number ("twenty-nine", "two and a half million").

    Built from the vocabulary: a run of number words joined by spaces, hyphens
    and "and", optionally led by "a"/"an" when a scale or collective follows
    ("a dozen", "a million", but never "a" alone).
    """
    vocab = number_words()
    # Number words are single words: a space in one is a literal space.
    small = phrase_alternation([*vocab["units"], *vocab["tens"]], flexible_space=False)
    scale = phrase_alternation(vocab["scales"], flexible_space=False)
    collective = phrase_alternation(vocab["collectives"], flexible_space=False)
    fraction = phrase_alternation(vocab["fractions"], flexible_space=False)
    # "twenty-nine", "twenty nine", "one hundred and five", "two and a half"
    word = rf"(?:{small}|{scale})"
    # "and" joins only after a scale ("one hundred and five"); "between two
    # and three" is two numbers.
    after_scale = "|".join(rf"(?<={w})" for w in vocab["scales"])
    joined = rf"{word}(?:(?:[\s-]+|(?:{after_scale})\s+and\s+){word})*"
    half = rf"(?:\s+and\s+a\s+(?:{fraction}))"
    # "two dozen", "three and a half million"
    with_fraction = rf"{joined}{half}?(?:\s+(?:{scale}))*(?:\s+(?:{collective}))?"
    article_led = rf"an?\s+(?:(?:{collective})|(?:{scale})(?:\s+(?:{scale}))*)"
    fraction_led = rf"(?:(?:a|one)\s+(?:and\s+a\s+)?(?:{fraction})\s+(?:{scale})|(?:{fraction})\s+an?\s+(?:{scale}|{collective}))"
    # A leading "a"/"one" and a fraction before a scale: "a half million";
    # "half a million", "half a dozen"; "one and a half million" is covered
    # by `with_fraction`.
    return rf"(?:{fraction_led}|{article_led}|{with_fraction})"


@lru_cache(maxsize=1)
def spelled_number() -> re.Pattern[str]:
    """Compiled :func:`spelled_number_pattern`, whole words, any case."""
    return re.compile(rf"\b{spelled_number_pattern()}\b", re.IGNORECASE)


#: Splits a spelled number into its words ("twenty-nine" -> twenty, nine).
WORD_SPLIT = re.compile(r"[\s-]+")


@lru_cache(maxsize=4096)
def parse_digits(surface: str) -> float:
    """Read a figure written with digits: ``"3,000"`` -> 3000.0, ``"12.000"`` -> 12000.0.

    Commas and thin/no-break spaces group thousands; a full stop groups
    thousands only in the unambiguous European forms ("1.234.567", "12.000").
    Memoised by surface (a pure function): news repeats its small figures.
    """
    text = surface.strip()
    if DOT_GROUPED.match(text):
        return float(text.replace(".", ""))
    return float(GROUP_SEPARATOR.sub("", text))


@lru_cache(maxsize=4096)
def parse_spelled(surface: str) -> float | None:
    """Read a spelled number: ``"twenty-nine"`` -> 29.0, ``"two and a half"`` -> 2.5.

    ``"a dozen"`` -> 12.0, ``"one and a half million"`` -> 1.5e6. Returns None
    when a word is not a number word. Memoised by surface (a pure function):
    the few spelled numbers of news ("one", "two", "a dozen") recur, and each
    reading merged two vocabularies anew.
    """
    vocab = number_words()
    small = {**vocab["units"], **vocab["tens"]}
    scales = vocab["scales"]
    collectives = vocab["collectives"]
    fractions = vocab["fractions"]
    total = 0.0
    current = 0.0
    seen = False
    previous = ""  # "unit" | "tens" | "": "one two" or "twenty thirty" is no number
    words = [w for w in WORD_SPLIT.split(surface.lower()) if w]
    i = 0
    while i < len(words):
        word = words[i]
        if word in small:
            kind = "tens" if word in vocab["tens"] else "unit"
            if previous == "unit" or previous == "tens" and kind == "tens":
                return None
            previous = kind
            current += small[word]
            seen = True
            i += 1
            continue
        previous = ""
        if word in ("a", "an"):
            # "a dozen", "a million", "and a half": the article stands for one.
            if i + 1 < len(words) and words[i + 1] in fractions:
                pass
            elif current == 0:
                current = 1
                seen = True
        elif word == "and":
            pass
        elif word in fractions:
            current += fractions[word]
            seen = True
        elif word in collectives:
            current = (current or 1) * collectives[word]
            seen = True
        elif word in scales:
            factor = scales[word]
            current = current or 1
            if factor == 100:
                current *= 100
            else:
                total += current * factor
                current = 0.0
            seen = True
        else:
            return None
        i += 1
    if not seen:
        return None
    return total + current


def magnitude_of(word: str, *, money: bool = False) -> float | None:
    """The factor of a magnitude word after a figure ("million" -> 1e6, "bn" -> 1e9).

    The one-letter forms ("m", "k", "b") count only after money (``money=True``):
    "$20m" is twenty million dollars, "20m" twenty metres.
    """
    vocab = number_words()
    key = " ".join(word.lower().rstrip(".").split())
    if " " in key:
        # "hundred million": the factors multiply.
        factor = 1.0
        for part in key.split(" "):
            part_factor = vocab["magnitudes"].get(part) or vocab["scales"].get(part)
            if part_factor is None:
                return None
            factor *= part_factor
        return factor
    if key == "hundred":
        return 100.0
    if key in vocab["magnitudes"]:
        return float(vocab["magnitudes"][key])
    if key.endswith("s") and key[:-1] in vocab["scales"]:
        return None  # "millions" is a vague quantity, not a magnitude
    if money and key in vocab["money_magnitudes"]:
        return float(vocab["money_magnitudes"][key])
    return None


def parse_fraction(surface: str) -> float | None:
    """Read a slash fraction with a small denominator: ``"3/4"`` -> 0.75; else None."""
    match = SLASH_FRACTION.match(surface.strip())
    if not match:
        return None
    numerator, denominator = int(match.group(1)), int(match.group(2))
    if denominator < 2 or numerator >= denominator:
        return None
    return numerator / denominator
