"""Units and currencies around a figure.

Our own lexicon (``checker/data/units.yaml``, ``currencies.yaml``) decides
first; quantulum3 is asked only about short, unit-looking tokens the lexicon
does not know ("mmBTU"), on a short window, and its answer is cached by window
text. It is overridden where it is known to be wrong: a money magnitude
("$5bn" is not 'dollar barn newton') or a plain count ("six ATACMS missiles"
is not 'ampere-turn acre millisecond').
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from typing import NamedTuple

from checker.patterns import phrase_alternation
from checker.vocab import load_vocab


class UnitMatch(NamedTuple):
    """A unit found next to a figure: its normalised name and where it ends."""

    name: str
    end: int
    currency: bool


def _is_case_sensitive(surface: str) -> bool:
    # Short forms and forms with capitals are exact ("GB" is not "gb", "m" is
    # not "M"); lower-case words match any case ("Miles", "PERCENT").
    return len(surface) <= 2 or any(c.isupper() for c in surface) or not surface[0].isalpha()


def _surface_tries(surfaces: list[str], *, flexible_space: bool = True) -> tuple[str, str]:
    """Prefix-tree regex sources of the exact surfaces and of the case-folded ones."""
    exact = [s for s in surfaces if _is_case_sensitive(s)]
    folded = [s for s in surfaces if not _is_case_sensitive(s)]
    return (phrase_alternation(exact, flexible_space=flexible_space),
            phrase_alternation(folded, flexible_space=flexible_space))


@lru_cache(maxsize=1)
def _after_lexicon() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """Surface -> normalised name, for exact and case-folded surfaces, plus currency names."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    currency_names: set[str] = set()
    currencies = load_vocab("currencies")
    entries: list[tuple[str, str, bool]] = []
    for name, surfaces in currencies["after"].items():
        currency_names.add(name)
        entries.extend((s, name, True) for s in surfaces)
    for name, surfaces in currencies["before"].items():
        currency_names.add(name)
    for name, surfaces in load_vocab("units").items():
        entries.extend((s, name, False) for s in surfaces)
    for surface, name, _ in entries:
        key = " ".join(surface.split())
        if _is_case_sensitive(surface):
            exact.setdefault(key, name)
        else:
            folded.setdefault(key.lower(), name)
    return exact, folded, frozenset(currency_names)


@lru_cache(maxsize=1)
def unit_surfaces() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes for a unit surface at a position: the exact surfaces, and the case-folded ones.

    Each is a prefix tree (longest surface first); :func:`match_unit_after`
    takes the longer of the two matches. A unit never runs into letters or
    digits ("5 miles" yes, "5 milestones" no).
    """
    currencies = load_vocab("currencies")
    surfaces = [s for forms in currencies["after"].values() for s in forms]
    surfaces += [s for forms in load_vocab("units").values() for s in forms]
    exact, folded = _surface_tries(surfaces)
    return (
        re.compile(rf"(?:{exact}){UNIT_END}"),
        re.compile(rf"(?i:{folded}){UNIT_END}"),
    )


#: What may not follow a unit: a letter or digit ("5 milestones" has no miles), nor, after a
#: capital, a hyphen and a digit: "20 F-16s", "12 F-35 jets", "10 C-17s" count a model's name,
#: not degrees ("3.5%-4%", "5 km-10 km" and "£5m-6m" keep their units).
UNIT_END = r"(?![A-Za-z0-9²³]|(?<=[A-Z])[-‑]\d)"

#: Characters that may join a figure and its unit: "5 km", "a 6.1-inch display",
#: "a 1.8 billion-mile journey" (tried first, then the unit right at the figure).
UNIT_JOINERS = " \u00a0-"


@lru_cache(maxsize=1)
def currency_before_pattern() -> str:
    """Regex source for a currency symbol or code standing before a figure ("US$", "GBP ")."""
    surfaces = [s for forms in load_vocab("currencies")["before"].values() for s in forms]
    # Codes made of letters need a space or nothing after them but never a
    # letter before them ("RM1.2bn", "GBP 20m"; not "FARM 5").
    # A space inside a code is one space ("US $5"): a code and its figure on
    # two lines are not one figure, and the scanner may rely on a currency
    # reaching at most :func:`currency_reach` characters before the digits.
    exact, folded = _surface_tries(surfaces, flexible_space=False)
    return rf"(?<![A-Za-z])(?:{exact}|(?i:{folded}))[ \u00a0]?"


@lru_cache(maxsize=1)
def shaped_only_currencies() -> frozenset[str]:
    """Currency codes read as money only on a figure with a magnitude, separator or decimals ("PS")."""
    return frozenset(load_vocab("currencies").get("shaped_only") or ())


@lru_cache(maxsize=1)
def currency_reach() -> int:
    """How far (characters) before its first digit a currency-led figure can start.

    The longest currency written before a figure ("U.S. $"), the space after
    it and a minus sign ("$-50.8bn"): what :func:`currency_before_pattern`
    and a sign can span.
    """
    return max(len(s) for forms in load_vocab("currencies")["before"].values() for s in forms) + 2


@lru_cache(maxsize=1)
def _currency_before_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for name, surfaces in load_vocab("currencies")["before"].items():
        for surface in surfaces:
            lookup.setdefault(" ".join(surface.split()), name)
    return lookup


def currency_name(symbol: str) -> str:
    """Normalised currency of a symbol or code written before a figure ("£" -> "pound sterling")."""
    key = " ".join(symbol.split())
    return _currency_before_lookup().get(key, "dollar" if key.endswith("$") else key.lower())


def is_currency(name: str) -> bool:
    """True when ``name`` is a normalised currency name."""
    return name in _after_lexicon()[2]


def match_unit_after(text: str, pos: int) -> UnitMatch | None:
    """The lexicon unit starting at ``pos`` (after an optional space), or None."""
    match = None
    if text[pos : pos + 1] in UNIT_JOINERS and pos < len(text):
        match = _longest_unit_at(text, pos + 1)
    if match is None:
        match = _longest_unit_at(text, pos)
    if match is None:
        return None
    surface = " ".join(match.group().split())
    exact, folded, currency_names = _after_lexicon()
    name = exact.get(surface) or folded.get(surface.lower())
    if name is None:
        return None
    return UnitMatch(name, match.end(), name in currency_names)


@lru_cache(maxsize=1)
def unit_openings() -> frozenset[str]:
    """ASCII characters a unit surface opens with (both cases for case-folded surfaces).

    No other ASCII character opens a match of :func:`unit_surfaces`: a space,
    a digit or most punctuation after a figure is passed over without the
    two prefix-tree matches (the second try of :func:`match_unit_after`, right
    at the figure, mostly starts at a space).
    """
    currencies = load_vocab("currencies")
    surfaces = [s for forms in currencies["after"].values() for s in forms]
    surfaces += [s for forms in load_vocab("units").values() for s in forms]
    openings: set[str] = set()
    for surface in surfaces:
        first = surface[0]
        if first.isspace():
            openings.update(c for c in map(chr, range(128)) if c.isspace())  # a flexible space
        elif _is_case_sensitive(surface):
            openings.add(first)
        else:
            openings.update((first.lower(), first.upper()))
    return frozenset(c for c in openings if c < "\x80")


def _longest_unit_at(text: str, pos: int) -> re.Match[str] | None:
    """The longer of the exact and the case-folded unit surfaces matching at ``pos``."""
    opening = text[pos : pos + 1]
    if opening < "\x80" and opening not in unit_openings():
        return None  # no surface opens with this ASCII character (or the text ends)
    exact, folded = unit_surfaces()
    first = exact.match(text, pos)
    second = folded.match(text, pos)
    if first is None or second is not None and second.end() > first.end():
        return second
    return first


#: A token that may be a unit quantulum3 knows and our lexicon does not:
#: short, letters with an optional slash, not an all-capital acronym
#: ("mmBTU", "kN", "mSv"; not "ATACMS", "NATO", "troops"), nor letters a hyphen joins to
#: digits: "24 MiG-29s" counts a model's name (quantulum3 read "mile gauss").
UNIT_LIKE_TOKEN = re.compile(r"[ \u00a0]?([A-Za-zµ°Ω][A-Za-zµ°Ω/²³.-]{0,5})(?![A-Za-z0-9]|[-‑]\d)")

#: Lower-case letters only: an ordinary word, never worth asking quantulum3.
PLAIN_WORD = re.compile(r"^[a-z]+$")

#: Capitals only: an acronym (a weapon, an agency), not a unit; with a
#: plural "s" too ("2 TDs").
ACRONYM = re.compile(r"^[A-Z]{2,}$")

#: A capitalised word of three letters or more: a name ("Kenyan", "Max"), not a unit.
TITLE_WORD = re.compile(r"^[A-Z][a-z]{2,}\.?$")

#: quantulum3 unit names that are never a right reading of a news token.
_QUANTULUM_REJECT = ("dimensionless", "unknown", "acre millisecond", "barn")


@lru_cache(maxsize=4096)
def quantulum_unit(window: str) -> tuple[str, int] | None:
    """quantulum3's unit for the figure opening ``window``: (name, chars of surface).

    ``window`` is a short text such as ``"2.24 mmBTU"``. Results are memoised by
    window text (a pure function of it, no run state).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        try:
            quantities = parser.parse(window)
        except Exception:  # quantulum3 raises on odd input; its answer is optional
            return None
    if not quantities:
        return None
    first = quantities[0]
    name = first.unit.name
    if any(bad in name for bad in _QUANTULUM_REJECT) or first.span[0] > 1:
        return None
    return name, first.span[1]


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(load_vocab("phrase_words")["stop"])


def quantulum_unit_after(text: str, number_end: int, window_start: int) -> UnitMatch | None:
    """Ask quantulum3 about a unit-looking token right after a figure, or None.

    Only tokens that look like unit abbreviations are sent (see
    :data:`UNIT_LIKE_TOKEN`); plain words and acronyms are counted nouns.
    """
    token = UNIT_LIKE_TOKEN.match(text, number_end)
    if not token:
        return None
    word = token.group(1).rstrip(".-")
    if len(word) >= 4 and PLAIN_WORD.match(word) or ACRONYM.match(word) or ACRONYM.match(word[:-1]) and word[-1] == "s":
        return None  # a word or an acronym ("FA Cup", "EV models"): a counted noun
    if PLAIN_WORD.match(word) and (len(word) >= 3 or word in _function_words()):
        return None
    if "." in word:
        return None  # "10 U.S. Navy sailors": an abbreviation, not atomic mass units
    if len(word) == 1 and (word.isupper() or word == "s"):
        return None  # "8 B people", "the 60s": an initial, an article or a decade
    if TITLE_WORD.match(word):
        return None  # "32 Kenyan runners", "737 Max": a name, not a unit
    window = text[window_start : token.end()]
    found = quantulum_unit(window)
    if found is None:
        return None
    name, surface_end = found
    end = window_start + surface_end
    if end <= number_end:
        return None
    return UnitMatch(name, end, False)


#: A rate after a unit: "per barrel", "a month", "/cm2" (not "a year ago").
PER = re.compile(r"[ \u00a0]*(?:(?P<per>per(?=[ \u00a0])|/)|(?P<article>an?)(?=[ \u00a0-]))[ \u00a0-]*(?=\S)")

#: A singular noun after "per": "per share", "per person".
PER_NOUN = re.compile(r"([a-z]{3,})\b")

#: What makes "a year" a date, not a rate: "a year ago", "a year earlier".
NOT_RATE = re.compile(r"[ \u00a0]+(?:ago|earlier|later|before|after|from)\b")


def rate_after(text: str, pos: int) -> tuple[str, int] | None:
    """The base of a rate right after a unit at ``pos``: ("barrel", end) for "per barrel".

    "per" and "/" take a lexicon unit or a noun ("per share"); "a"/"an" only a
    lexicon unit ("$3,500 a month"), and never a date ("a year ago").
    """
    match = PER.match(text, pos)
    if not match:
        return None
    found = match_unit_after(text, match.end())
    if found is not None and not found.currency:
        if match.group("article") and NOT_RATE.match(text, found.end):
            return None
        return found.name, found.end
    if match.group("per") == "per":
        noun = PER_NOUN.match(text, match.end())
        if noun and noun.group(1) not in _function_words():
            from checker.entities import singular

            return singular(noun.group(1)), noun.end()
    return None
