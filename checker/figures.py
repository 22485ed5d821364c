"""Figure candidates: where numbers stand in a text and what they read as.

The first step of :mod:`checker.extract`: two compiled scanners find every
figure written with digits (with its currency, sign or scientific notation)
and every worded quantity (spelled numbers, shares, vague quantities) in one
pass each; :func:`read_candidate` turns a match into a :class:`Figure` with its
value and magnitude. Whether a figure is a claim is :mod:`checker.nonclaims`'
job; its qualifier is :mod:`checker.qualifiers`'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from checker import numbers, units
from checker.patterns import phrase_alternation
from checker.text import lower_keeping_offsets
from checker.vocab import load_vocab

NAN = float("nan")


@lru_cache(maxsize=1)
def qualifier_vocab() -> dict:
    """The ``qualifiers`` vocabulary: cue words, slack, vague intervals (cached; do not mutate)."""
    return load_vocab("qualifiers")


@lru_cache(maxsize=1)
def non_claim_vocab() -> dict:
    """The ``non_claims`` vocabulary: months, id nouns, product suffixes (cached; do not mutate)."""
    return load_vocab("non_claims")


# --- the candidate scanner ---------------------------------------------------

#: A minus sign that belongs to the figure: not after a word, a closing
#: bracket or a unit ("-1.3%", but not "2-2", "COVID-19" or "3.5%-4%").
SIGN = r"(?<![\w)\]/.,%$€£-])[-−](?=\d)"

#: Magnitude words and abbreviations after a figure ("3.5 million", "$5bn",
#: "25k"); whether a one-letter form counts is decided in code (money only).
MAGNITUDE_AFTER = re.compile(
    r"[ \u00a0-]?(?P<mag>(?i:(?:hundred[ \u00a0]+)?(?:thousand|million|billion|trillion)|hundred|mln|mil|mn|bln|bn|tn|trn|crore|lakh)"
    r"|[kmbKMBT])(?![A-Za-z0-9])"
)

#: The characters a :data:`MAGNITUDE_AFTER` match opens with after its
#: optional separator: the first letters of its words, in either case (none
#: of them has another case-insensitive form), and its one-letter forms.
#: Most figures are followed by some other word ("5 people", "3.1% in"):
#: their match is not tried.
MAGNITUDE_FIRSTS = frozenset("hHtTmMbBcClLkK")

#: The separators :data:`MAGNITUDE_AFTER` allows before its word.
MAGNITUDE_SEPARATORS = frozenset(" \u00a0-")


def may_have_magnitude(text: str, pos: int) -> bool:
    """False only when ``MAGNITUDE_AFTER.match(text, pos)`` cannot match: the character that would open its word is none of :data:`MAGNITUDE_FIRSTS`."""
    first = text[pos : pos + 1]
    if first in MAGNITUDE_SEPARATORS:
        first = text[pos + 1 : pos + 2]
    return first in MAGNITUDE_FIRSTS


#: What makes a lower-case "m" after a figure "million" without money:
#: "35m of its devices", "1.2m tons" (but "a 20m fall" is metres).
MILLION_CONTEXT = re.compile(r"[ \u00a0]+(?:of[ \u00a0]|[a-z]+s\b)")


@lru_cache(maxsize=1)
def vague_pattern() -> str:
    """Regex source for a vague quantity ("thousands", "tens of thousands", "dozens"), lower case."""
    keys = list(qualifier_vocab()["vague"])
    return rf"\b(?:{phrase_alternation(keys)})\b"


#: What may follow "half" when it is a share: "half the condos", "half of its staff".
_HALF_FOLLOWER = r"(?=[ \u00a0]+(?:of[ \u00a0]+)?(?:the|a|an|its|their|all|his|her|our|those|these|them|which)\b)"


@lru_cache(maxsize=1)
def share_pattern() -> str:
    """Regex source for a spelled share: "a third", "two-thirds", "half the ...", lower case."""
    vocab = numbers.number_words()
    numerators = phrase_alternation(vocab["numerators"])
    denominators = phrase_alternation(vocab["denominators"])
    return (
        rf"\b(?P<share_num>{numerators})[ \u00a0-]+(?P<share_den>{denominators})\b"
        rf"(?![ \u00a0-]+(?:dozen|hundred|thousand|million|billion|trillion)\b)"
        rf"|\b(?P<share_half>half)(?![ \u00a0]+an?[ \u00a0]+(?:million|billion|thousand|trillion|hundred|dozen)\b){_HALF_FOLLOWER}"
    )


#: Scientific notation: "1.99×10−30", "2.998 x 10^8" (mantissa, exponent).
SCIENTIFIC = r"(?P<mantissa>\d+(?:\.\d+)?)[ \u00a0]?[×x][ \u00a0]?10[ \u00a0]?\^?(?P<exponent>[−-]?\d{1,3})(?!\d)"


#: A fraction with a slash before a noun or "of": "1/2 pound", "1⁄32 of a quart".
SLASH_FRACTION = r"(?<![\d/.,])(?P<fnum>\d{1,2})[ \u00a0]?[/⁄][ \u00a0]?(?P<fden>\d{1,3})(?=[ \u00a0](?:of[ \u00a0]|[a-zA-Z]))"


#: What follows a slash fraction that is a share: "1/16 of a pint".
FRACTION_FOLLOWER = re.compile(r"[ \u00a0]+of[ \u00a0]")


@lru_cache(maxsize=1)
def figure_scanner() -> re.Pattern[str]:
    """Regex for figures written with digits, run on the text as given.

    A currency-led figure ("US$9.2", "GBP 20", "RM1.2") or a signed or plain
    figure. The leading look-ahead lets the regex engine skip every position
    that cannot start one (most of a text), which keeps the scan fast.
    """
    currency = units.currency_before_pattern()
    return re.compile(
        r"(?=[\d$€£¥₹₩₪₽₺₦₱₿]|[.+−-]\d|[A-Z][A-Za-z.$=]{0,4}[ \u00a0]?[$\d])"
        rf"(?:(?P<cur>{currency})(?P<csign>[-−])?(?P<cnum>{numbers.DIGITS_PATTERN})"
        rf"|(?P<sci>{SCIENTIFIC})"
        rf"|(?P<frac>{SLASH_FRACTION})"
        rf"|(?P<sign>{SIGN})?(?<![\w.,])(?P<num>{numbers.DIGITS_PATTERN}))"
    )


@lru_cache(maxsize=1)
def word_scanner() -> re.Pattern[str]:
    """Regex for worded quantities, run on the lower-cased text.

    Tried in this order at each word: a vague quantity ("thousands"), a share
    ("two-thirds"), a spelled number ("twenty-nine", "a dozen"). Matching
    lower-cased text case-sensitively is several times faster than IGNORECASE.
    """
    spelled = numbers.spelled_number_pattern()
    vocab = numbers.number_words()
    words = [*vocab["units"], *vocab["tens"], *vocab["scales"], *vocab["numerators"], "half", "an",
             *qualifier_vocab()["vague"]]
    # Only word starts whose first three letters can open a quantity are tried
    # (a fast look-ahead: most words fail it at once; "the", "that" and
    # "this" pass two letters, as "three" and "thirty" do, but not three).
    openings = phrase_alternation(sorted({w[:3] for w in words if len(w) >= 2} | {"a "}))
    return re.compile(
        rf"\b(?=(?:{openings}))(?:(?P<vague>{vague_pattern()})|(?P<share>{share_pattern()})|(?P<spelled>{spelled}\b))"
    )


@lru_cache(maxsize=1)
def _word_after_mark() -> re.Pattern[str]:
    """:func:`word_scanner` right after a character that is no ASCII letter or digit (group 1 is the quantity).

    A worded quantity opens a word, so the character before it is no word
    character; leading with a plain character class lets the engine skip
    over letters and digits without trying the scanner's look-ahead at each
    (the scanner's own word boundary still rejects an accented letter before).
    """
    return re.compile(f"[^A-Za-z0-9]({word_scanner().pattern})")


def word_matches(lowered: str) -> list[tuple[int, int, dict]]:
    """(start, end, groups) of :func:`word_scanner`'s matches on ``lowered``, as ``finditer`` gives them.

    The text's first word is tried on its own; every other match is found
    with the character before it (:func:`_word_after_mark`). A match ends in
    a letter, so the character after it is never needed by the next match.
    """
    found: list[tuple[int, int, dict]] = []
    pos = 0
    first = word_scanner().match(lowered)
    if first is not None:
        found.append((first.start(), first.end(), first.groupdict()))
        pos = first.end()
    found += [(m.start(1), m.end(1), m.groupdict()) for m in _word_after_mark().finditer(lowered, pos)]
    return found


#: Every figure the digit scanner finds holds a digit (a currency code, a
#: sign or a leading "." stands at most :func:`checker.units.currency_reach`
#: characters before it).
DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _figure_near_digit() -> re.Pattern[str]:
    """:func:`figure_scanner` at the leftmost of the next few positions (group 1 is the figure).

    A lazy run of at most ``currency_reach()`` characters before the figure:
    one call finds the first figure that can hold a given digit.
    """
    return re.compile(rf"(?s:.{{0,{units.currency_reach()}}}?)({figure_scanner().pattern})")


def figure_matches(text: str) -> list[tuple[int, int, dict]]:
    """(start, end, groups) of :func:`figure_scanner`'s matches, as ``finditer`` gives them.

    The scanner itself is tried only just before each digit (found by a
    plain character search, several times faster than testing the scanner's
    opening at every position of a text that is mostly words). A figure
    starts at most ``currency_reach()`` characters before its first digit, so
    no match is missed and the leftmost one is found first.
    """
    near_digit = _figure_near_digit()
    reach = units.currency_reach()
    found: list[tuple[int, int, dict]] = []
    pos = 0
    while True:
        digit = DIGIT.search(text, pos)
        if digit is None:
            return found
        match = near_digit.match(text, max(pos, digit.start() - reach))
        if match is None:
            pos = digit.start() + 1
            continue
        found.append((match.start(1), match.end(1), match.groupdict()))
        pos = match.end(1)


def candidates(text: str, lowered: str | None = None) -> list[tuple[int, int, dict]]:
    """(start, end, groups) of every figure candidate, in text order, without overlaps.

    ``lowered`` is :func:`checker.text.lower_keeping_offsets` of ``text`` when
    the caller has it already.
    """
    found = figure_matches(text)
    if lowered is None:
        lowered = lower_keeping_offsets(text)
    worded = word_matches(lowered)
    if not found or not worded:
        # One scanner's matches alone are in order and never overlap (most RSS items).
        return found or worded
    found += worded
    found.sort(key=lambda item: (item[0], -item[1]))
    kept: list[tuple[int, int, dict]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
    return kept

#: What marks digits as an amount rather than a model or flight number: a
#: thousands separator or decimals ("21,700", "2.7").
FIGURE_SHAPE = re.compile(r"[,.]\d")

#: "minus" before a figure: "minus-5 yards", "minus 1.4 degrees".
MINUS_BEFORE = re.compile(r"(?i:\bminus)[ \u00a0-]?$")


@dataclass
class Figure:
    """A figure being read; becomes one row."""

    start: int
    end: int
    value: float
    money: bool = False
    unit: str = ""
    magnitude: float = 1.0
    has_magnitude: bool = False
    spelled: bool = False
    plain_integer: bool = False
    vague: str = ""
    low: float = NAN
    high: float = NAN
    qualifier: str = "exact"
    hedge: str = ""
    direction: str = ""
    entity: str = ""
    entity_phrase: str = ""
    number_end: int = 0
    extra: dict = field(default_factory=dict)


def read_candidate(text: str, start: int, end: int, groups: dict) -> Figure | None:
    """Value, currency and magnitude of one scanner match."""
    if groups.get("vague"):
        key = " ".join(groups.get("vague").lower().split())
        interval = qualifier_vocab()["vague"][key]
        low, high = float(interval["low"]), float(interval["high"])
        figure = Figure(start, end, low, vague=key, low=low, high=high, qualifier="vague")
        figure.number_end = end
        return figure
    if groups.get("share"):
        vocab = numbers.number_words()
        if groups.get("share_half"):
            value = 0.5
        else:
            value = vocab["numerators"][groups.get("share_num").lower()] / vocab["denominators"][
                groups.get("share_den").lower()
            ]
        figure = Figure(start, end, value, unit="fraction")
        figure.number_end = end
        return figure
    if groups.get("cnum"):
        value = numbers.parse_digits(groups.get("cnum"))
        if groups.get("csign"):
            value = -value  # "$-50.8bn"
        figure = Figure(start, end, value, money=True)
        figure.unit = units.currency_name(groups.get("cur"))
        figure.plain_integer = False
    elif groups.get("frac"):
        numerator, denominator = int(groups["fnum"]), int(groups["fden"])
        if denominator not in numbers.number_words()["slash_denominators"] or numerator >= denominator:
            return None  # "9/11 attacks": a date
        if not FRACTION_FOLLOWER.match(text, end) and units.match_unit_after(text, end) is None:
            return None  # "the 9/12 march": a date; a fraction takes "of" or a unit
        figure = Figure(start, end, numerator / denominator)
        figure.extra["fraction"] = True
    elif groups.get("sci"):
        exponent = int(groups["exponent"].replace("−", "-"))
        figure = Figure(start, end, float(groups["mantissa"]) * 10.0**exponent)
    elif groups.get("num"):
        surface = groups.get("num")
        value = numbers.parse_digits(surface)
        if groups.get("sign") or MINUS_BEFORE.search(text, max(0, start - 7), start):
            value = -value
        figure = Figure(start, end, value)
        figure.plain_integer = surface.isdigit()
    else:
        spelled = groups.get("spelled")
        value = numbers.parse_spelled(spelled)
        if value is None or spelled.lower() in numbers.number_words()["scales"]:
            return None  # a lone "billion" ("billion-dollar aid") is no figure
        figure = Figure(start, end, value, spelled=True)
        last = spelled.lower().split()[-1]
        scales = numbers.number_words()["scales"]
        if last in scales and scales[last] > 100 and value > scales[last]:
            # "five thousand": the scale is the magnitude a range shares ("four to five thousand").
            figure.has_magnitude, figure.magnitude = True, float(scales[last])
        elif last in scales and scales[last] > 100:
            figure.has_magnitude, figure.magnitude = True, float(scales[last])
    figure.number_end = figure.end
    # Magnitude: "3.5 million", "$5bn"; one-letter forms only after money.
    mag = MAGNITUDE_AFTER.match(text, figure.end) if may_have_magnitude(text, figure.end) else None
    if mag and not figure.spelled:
        word = mag.group("mag")
        as_money = (
            figure.money
            or word in ("k", "K", "M", "B")
            or word == "m" and MILLION_CONTEXT.match(text, mag.end()) is not None
        )
        factor = numbers.magnitude_of(word, money=as_money)
        if factor is not None:
            figure.value *= factor
            figure.magnitude = factor
            figure.has_magnitude = True
            figure.end = mag.end()
            figure.plain_integer = False
    elif mag and figure.spelled and mag.group("mag").lower() in ("mn", "bn", "mln", "bln", "tn"):
        factor = numbers.magnitude_of(mag.group("mag"))
        if factor:
            figure.value *= factor
            figure.has_magnitude = True
            figure.end = mag.end()
    if figure.money and groups.get("cur") and not figure.has_magnitude and groups["cur"].strip() in units.shaped_only_currencies():
        if not FIGURE_SHAPE.search(groups["cnum"]):
            return None  # "PS5", "flight PS752": a name or an id, no money
    return figure
