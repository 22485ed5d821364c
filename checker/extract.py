"""Numeric claims in a news text: value, interval, unit, what is counted, direction.

:func:`extract_quantities` is the first stage of numcheck. It scans the text
once with compiled regexes (figures, spelled numbers, vague quantities), drops
numbers that are not claims (dates, times, years, ids, ordinals, phone
numbers), then reads the words around each figure: currency and magnitude,
unit, qualifier cue, range partner, direction of change and the noun phrase of
what is counted. quantulum3 is consulted only for unit-looking tokens our own
lexicon does not know. Vocabularies live in ``checker/data/*.yaml``.

Interval conventions (``low``/``high``, NaN = unbounded):

- exact: low = high = value
- approx ("about", "around", "nearly"...): value +- ``approx_slack`` (10 %)
- at_least ("more than", "over"...): low = value, high = NaN
- at_most ("up to", "as many as"...): low = NaN, high = value
- range ("between 3 and 4 million", "$10 to $15 billion", "10-15%"): the two
  ends, the magnitude of the second applied to the first; value = midpoint
- vague ("thousands of troops"): the interval set in ``qualifiers.yaml``
  (twice the magnitude up to the next named scale); value = low
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from checker import entities, numbers, units
from checker.text import sentence_spans
from checker.vocab import load_vocab

#: Columns of :func:`extract_quantities`' frame, in order.
QUANTITY_COLUMNS = (
    "start", "end", "surface", "value", "low", "high", "qualifier", "unit", "entity",
    "entity_phrase", "direction", "hedge", "sentence_start", "sentence_end", "sentence",
)

NAN = float("nan")


def _words(words: list[str]) -> str:
    """Alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@lru_cache(maxsize=1)
def _qualifiers() -> dict:
    return load_vocab("qualifiers")


@lru_cache(maxsize=1)
def _non_claims() -> dict:
    return load_vocab("non_claims")


# --- the candidate scanner ---------------------------------------------------

#: A minus sign that belongs to the figure: not after a word or a closing
#: bracket ("-1.3%", but not "2-2" or "COVID-19").
SIGN = r"(?<![\w)\]/.,-])[-−](?=\d)"

#: Magnitude words and abbreviations after a figure ("3.5 million", "$5bn",
#: "25k"); whether a one-letter form counts is decided in code (money only).
MAGNITUDE_AFTER = re.compile(
    r"[ \u00a0-]?(?P<mag>(?i:(?:hundred[ \u00a0]+)?(?:thousand|million|billion|trillion)|hundred|mln|mil|mn|bln|bn|tn|trn|crore|lakh)"
    r"|[kmbKMBT])(?![A-Za-z0-9])"
)

#: What makes a lower-case "m" after a figure "million" without money:
#: "35m of its devices", "1.2m tons" (but "a 20m fall" is metres).
MILLION_CONTEXT = re.compile(r"[ \u00a0]+(?:of[ \u00a0]|[a-z]+s\b)")


@lru_cache(maxsize=1)
def vague_pattern() -> str:
    """Regex source for a vague quantity ("thousands", "tens of thousands", "dozens"), lower case."""
    keys = list(_qualifiers()["vague"])
    return rf"\b(?:{_words(keys)})\b"


#: What may follow "half" when it is a share: "half the condos", "half of its staff".
_HALF_FOLLOWER = r"(?=[ \u00a0]+(?:of[ \u00a0]+)?(?:the|a|an|its|their|all|his|her|our|those|these|them|which)\b)"


@lru_cache(maxsize=1)
def share_pattern() -> str:
    """Regex source for a spelled share: "a third", "two-thirds", "half the ...", lower case."""
    vocab = numbers.number_words()
    numerators = _words(list(vocab["numerators"]))
    denominators = _words(list(vocab["denominators"]))
    return (
        rf"\b(?P<share_num>{numerators})[ \u00a0-]+(?P<share_den>{denominators})\b(?![ \u00a0-]dozen)"
        rf"|\b(?P<share_half>half){_HALF_FOLLOWER}"
    )


#: Scientific notation: "1.99×10−30", "2.998 x 10^8" (mantissa, exponent).
SCIENTIFIC = r"(?P<mantissa>\d+(?:\.\d+)?)[ \u00a0]?[×x][ \u00a0]?10[ \u00a0]?\^?(?P<exponent>[−-]?\d{1,3})(?!\d)"


#: A fraction with a slash before a noun or "of": "1/2 pound", "1⁄32 of a quart".
SLASH_FRACTION = r"(?<![\d/.,])(?P<fnum>\d{1,2})[ \u00a0]?[/⁄][ \u00a0]?(?P<fden>\d{1,3})(?=[ \u00a0](?:of[ \u00a0]|[a-zA-Z]))"


@lru_cache(maxsize=1)
def figure_scanner() -> re.Pattern[str]:
    """Regex for figures written with digits, run on the text as given.

    A currency-led figure ("US$9.2", "GBP 20", "RM1.2") or a signed or plain
    figure. The leading look-ahead lets the regex engine skip every position
    that cannot start one (most of a text), which keeps the scan fast.
    """
    currency = units.currency_before_pattern()
    return re.compile(
        r"(?=[\d$€£¥₹₩₪₽₺₦₱₿]|[.+−-]\d|[A-Z][A-Za-z.$]{0,4}[ \u00a0]?[$\d])"
        rf"(?:(?P<cur>{currency})(?P<cnum>{numbers.DIGITS_PATTERN})"
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
             *_qualifiers()["vague"]]
    # Only word starts whose first letter can open a quantity are tried.
    initials = "".join(sorted({w[0] for w in words}))
    return re.compile(
        rf"\b(?=[{initials}])(?:(?P<vague>{vague_pattern()})|(?P<share>{share_pattern()})|(?P<spelled>{spelled}\b))"
    )


def _candidates(text: str) -> list[tuple[int, int, dict]]:
    """(start, end, groups) of every figure candidate, in text order, without overlaps."""
    found = [(m.start(), m.end(), m.groupdict()) for m in figure_scanner().finditer(text)]
    lowered = text.lower()
    if len(lowered) == len(text):  # lower() kept every offset (true but for rare letters)
        found += [(m.start(), m.end(), m.groupdict()) for m in word_scanner().finditer(lowered)]
    found.sort(key=lambda item: (item[0], -item[1]))
    kept: list[tuple[int, int, dict]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
    return kept


# --- spans that are never claims ---------------------------------------------

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|urday|sday)?"

#: Dates, clock times, ids, phone numbers and fractions-of-a-counter whose
#: digits are not claims. Each alternative is one shape, named for the test.
EXCLUDED_SHAPES = {
    # "20 Nov. 2024", "1 September 2019", "5th of May"
    "day_month": rf"(?<![\d.,])\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?(?![A-Za-z])",
    # "November 5, 2024", "Oct. 31", "March 29", "February 2022"
    "month_day": rf"\b(?=[adfjmnos]){_MONTH}\s+\d{{1,4}}(?:st|nd|rd|th)?(?:[-–]\d{{1,2}})?(?:,?\s+\d{{4}})?(?![\d,.]\d)",
    # "Wednesday (13)", "Friday 13"
    "weekday_day": rf"\b(?=[fmstw]){_WEEKDAY}\s+\(?\d{{1,2}}\)?(?![\d%])",
    # "2019-09-01T10:38:07.190Z", "20/11/2024", "11.20.2024"
    "numeric_date": r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:t[\d:.]+z?)?\b",
    # "15:57", "9:35 PM", "1:36.6" (a lap time), "8 p.m.", "11 a.m."
    "clock_time": r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)",
    # "KN-23", "COVID-19", "F-16s", "MH17", "PS5", "S23", "G7": letters joined to digits
    # ("sub-7 nanometre", "minus-5 yards", "mid-2000s" are figures, not ids)
    "letter_id": r"\b(?!(?:sub|minus|mid|over|under|pre|post|top|about|around|some|nearly|almost)-)[a-z]+[-‑]?\d+[a-z]*\b(?<![0-9]s)(?![/:]\d)|\b[a-z]+-\d+s\b",
    # "the 2014-15 season", "2019/20": a span of years
    "year_span": r"\b(?:1[6-9]|20)\d{2}[-–/]\d{2}\b(?![-–/]\d)",
    # "the 90049 ZIP code", "heading 0401": a leading zero makes a code
    "leading_zero": r"(?<![\d.,])0\d+\b(?![.,]\d)",
    # "Dak Prescott (4) celebrates": a number in brackets is a label
    "bracket_label": r"(?<=[a-z] )\(\d{1,3}\)",
    # "(0/250자)", "24/7", "9/11": slash pairs are counters or dates
    "slash_pair": r"(?<![\d.,])\d+\s?/\s?\d+(?![\d.,]?\d)",
    # "+1 555 123 4567", "(212) 555-1234", "555-123-4567"
    "phone": r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b",
    # "#5", "No. 1": a rank or id
    "rank": r"(?:#|\bno\.\s?)\d+",
    # "the 1990s", "'90s": decades are periods, not figures
    # "in their 70s": an age bracket, not a count
    "decade": r"\b(?:1\d|20)?\d0['’]?s\b|['’]\d0s\b",
    # "2-2", "3-1" scores: a hyphen between small integers where the second is not larger
    "url_or_email": r"\b(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@\S+",
}

#: The union of :data:`EXCLUDED_SHAPES`, matched on the lower-cased text
#: (case-sensitive matching of lower case is several times faster).
EXCLUDED = re.compile("|".join(f"(?:{p})" for p in EXCLUDED_SHAPES.values()))

#: A street address, matched on the text as given (its capitals matter):
#: "575 Wilbraham Road", "9 E 71st St".
ADDRESS = re.compile(
    r"\b\d{1,5}[ \u00a0]+(?:[NSEW]\.?[ \u00a0]+)?(?:[A-Z0-9][A-Za-z0-9]*[ \u00a0]+){1,3}"
    r"(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Dr|Way|Place|Square|Court|Terrace|Highway)\b"
)

#: A score or result: "2-2", "3–1" (the second number not larger than the first).
SCORE = re.compile(r"(?<![\d.,])(\d{1,3})(?:[-–]|-to-)(\d{1,3})(?![\d%]|[.,]\d|[ \u00a0]?(?:%|per|percent))")

#: An ordinal suffix glued to a figure: "22nd", "10th", "1st".
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _id_prefix() -> re.Pattern[str]:
    # A noun naming an id right before the figure: "Section 427", "Boeing 737".
    return re.compile(rf"(?i:\b(?:{_words(_non_claims()['id_prefixes'])}))[ \u00a0]$")


#: The word right before a figure (to test capitals and year cues).
WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'’&-]*)[ \u00a0]+$")

#: A possessive after a figure: "Apple One's", "Windows 10's" (a name).
POSSESSIVE_AFTER = re.compile(r"['’]s\b")

#: A spelled number hyphenated to a noun: "three-bed", "five-year" (a modifier).
SPELLED_COMPOUND = re.compile(r"-[a-z]")

#: "minus" before a figure: "minus-5 yards", "minus 1.4 degrees".
MINUS_BEFORE = re.compile(r"(?i:\bminus)[ \u00a0-]?$")

#: The word right after a figure.
WORD_AFTER = re.compile(r"[ \u00a0]*([A-Za-z][A-Za-z'’-]*)")

#: A time-zone or clock word after a figure: "8 GMT", "at 10 o'clock".
TIME_AFTER = re.compile(r"[ \u00a0]*(?i:[ap]\.m\.?|[ap]m\b|gmt\b|utc\b|o'clock\b|hrs\b|h\b)")

#: A figure (not itself a year) and a range word right before another
#: figure: "from 1000 to " (but "between 1600 and " leads to a year).
RANGE_END_BEFORE = re.compile(r"(?<![\d,.])(?!(?:1[6-9]|20)\d\d\b)\d[\d,.]*[ \u00a0]*(?:to|-|–|and)[ \u00a0]*$")

#: An era mark around a year: "A.D. 1000", "500 BC".
ERA_BEFORE = re.compile(r"(?i:\ba\.?d\.?)[ \u00a0]$")
ERA_AFTER = re.compile(r"[ \u00a0]*(?i:b\.?c\.?e?\.?|c\.?e\.?|a\.?d\.?)(?![A-Za-z])")


# --- qualifiers, ranges, direction -------------------------------------------

@lru_cache(maxsize=1)
def hedge_before() -> re.Pattern[str]:
    """Regex for a qualifier cue ending right before a figure ("more than ", "about $")."""
    q = _qualifiers()
    groups = []
    for kind in ("approx", "at_least", "at_most"):
        groups.append(rf"(?P<{kind}>{_words(q[kind])})")
    # Lower-case words, matched on lower-cased windows; the look-ahead lets the
    # engine skip positions that start no word.
    return re.compile(rf"(?<![a-z])(?=[a-z~])(?:{'|'.join(groups)})[ \u00a0]*$")


@lru_cache(maxsize=1)
def hedge_after() -> re.Pattern[str]:
    """Regex for a qualifier cue right after a figure ("or more", "-plus")."""
    q = _qualifiers()
    return re.compile(
        rf"[ \u00a0-]?(?i:(?P<at_least>{_words(q['at_least_after'])})|(?P<at_most>{_words(q['at_most_after'])}))(?![A-Za-z])"
    )


#: The gap between a figure and its restatement: "100 km (60 miles)",
#: "lost 190 points, or 0.6%".
CONVERSION_GAP = re.compile(r"^(?:[ \u00a0]*\([ \u00a0]*(?:or[ \u00a0]+|about[ \u00a0]+)?|,[ \u00a0]+or[ \u00a0]+)$")

#: "between" before a figure that opens a range "between X and Y".
BETWEEN_BEFORE = re.compile(r"(?i:\bbetween)[ \u00a0]+$")

#: "by" before a figure: "rose by 3 to 5 per cent" (a change).
BY_BEFORE = re.compile(r"(?i:\bby)[ \u00a0]+$")

#: "from" before a figure that opens a range "from X to Y".
FROM_BEFORE = re.compile(r"(?i:\bfrom)[ \u00a0]+$")

#: What joins the two ends of a range: "3 to 4", "10-15", "1 and 2" (after "between").
RANGE_JOINER = re.compile(r"^[ \u00a0]*(?:(?P<dash>[-–])|(?P<word>to|and|or))[ \u00a0]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def direction_before() -> re.Pattern[str]:
    """Regex for a change verb ending right before a figure ("rose ", "cut by ", "up ")."""
    q = _qualifiers()
    gap = _words(q["direction_gap"])
    return re.compile(
        rf"(?<![a-z])(?=[a-z])(?:(?P<increase>{_words(q['increase'])})|(?P<decrease>{_words(q['decrease'])}))"
        rf"(?:(?:[ \u00a0]+(?:{gap}))*|(?:[ \u00a0]+[a-z’']+){{1,3}}?[ \u00a0]+by)[ \u00a0]+(?:[$€£¥]|us\$)?$"
    )


@lru_cache(maxsize=1)
def _phrasal_up() -> re.Pattern[str]:
    return re.compile(rf"\b(?=[a-z])(?:{_words(_qualifiers()['phrasal_up'])})[ \u00a0]*$")


class _PhrasalUp:
    """Lazy access to the compiled "gave up" pattern (vocabulary loads on first use)."""

    def search(self, text: str) -> re.Match[str] | None:
        return _phrasal_up().search(text)


#: A verb before "up" that makes it a phrasal verb ("gave up", "picked up").
PHRASAL_UP = _PhrasalUp()


@dataclass
class _Figure:
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


#: How far around a figure the never-a-claim shapes are looked for: the
#: longest shape reaches this far ("November 5, 2024", "+1 555 123 4567").
EXCLUSION_REACH = 20


def _excluded_spans(text: str, lowered: str, candidates: list[tuple[int, int, dict]]) -> list[tuple[int, int]]:
    """Spans of :data:`EXCLUDED` shapes and scores near digit candidates, merged.

    Only windows around figures are scanned: the shapes are long alternations,
    and scanning whole texts with them would cost more than everything else.
    """
    windows = _merged_spans(
        [(max(0, s - EXCLUSION_REACH), e + EXCLUSION_REACH) for s, e, g in candidates if not g.get("vague") and not g.get("spelled") and not g.get("share")]
    )
    spans: list[tuple[int, int]] = []
    for w_start, w_end in windows:
        spans.extend((m.start(), m.end()) for m in EXCLUDED.finditer(lowered, w_start, w_end))
        spans.extend((m.start(), m.end()) for m in ADDRESS.finditer(text, w_start, w_end))
        # "2-1", "89-89": results, where the second number is not larger.
        spans.extend(
            (m.start(), m.end()) for m in SCORE.finditer(text, w_start, w_end) if int(m.group(2)) <= int(m.group(1))
        )
    return _merged_spans(spans)


def _merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping union of ``spans`` (so a bisect finds the enclosing one)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int, after: int | None = None) -> bool:
    """True when ``[start, end)`` overlaps a span (one that starts at ``after`` or later, if given)."""
    i = bisect.bisect_right(starts, start) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1]:
            if after is None or spans[j][0] >= after:
                return True
    return False


def _is_sentence_initial(text: str, pos: int, sentence_start: int) -> bool:
    return text[sentence_start:pos].strip() == ""


def _read_candidate(text: str, start: int, end: int, groups: dict) -> _Figure | None:
    """Value, currency and magnitude of one scanner match."""
    if groups.get("vague"):
        key = " ".join(groups.get("vague").lower().split())
        interval = _qualifiers()["vague"][key]
        low, high = float(interval["low"]), float(interval["high"])
        figure = _Figure(start, end, low, vague=key, low=low, high=high, qualifier="vague")
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
        figure = _Figure(start, end, value, unit="fraction")
        figure.number_end = end
        return figure
    if groups.get("cnum"):
        value = numbers.parse_digits(groups.get("cnum"))
        figure = _Figure(start, end, value, money=True)
        figure.unit = units.currency_name(groups.get("cur"))
        figure.plain_integer = False
    elif groups.get("frac"):
        numerator, denominator = int(groups["fnum"]), int(groups["fden"])
        if denominator not in numbers.number_words()["slash_denominators"] or numerator >= denominator:
            return None  # "9/11 attacks": a date
        figure = _Figure(start, end, numerator / denominator)
        figure.extra["fraction"] = True
    elif groups.get("sci"):
        exponent = int(groups["exponent"].replace("−", "-"))
        figure = _Figure(start, end, float(groups["mantissa"]) * 10.0**exponent)
    elif groups.get("num"):
        surface = groups.get("num")
        value = numbers.parse_digits(surface)
        if groups.get("sign") or MINUS_BEFORE.search(text, max(0, start - 7), start):
            value = -value
        figure = _Figure(start, end, value)
        figure.plain_integer = surface.isdigit()
    else:
        spelled = groups.get("spelled")
        value = numbers.parse_spelled(spelled)
        if value is None or spelled.lower() in numbers.number_words()["scales"]:
            return None  # a lone "billion" ("billion-dollar aid") is no figure
        figure = _Figure(start, end, value, spelled=True)
        last = spelled.lower().split()[-1]
        scales = numbers.number_words()["scales"]
        if last in scales and scales[last] > 100 and value > scales[last]:
            # "five thousand": the scale is the magnitude a range shares ("four to five thousand").
            figure.has_magnitude, figure.magnitude = True, float(scales[last])
        elif last in scales and scales[last] > 100:
            figure.has_magnitude, figure.magnitude = True, float(scales[last])
    figure.number_end = figure.end
    # Magnitude: "3.5 million", "$5bn"; one-letter forms only after money.
    mag = MAGNITUDE_AFTER.match(text, figure.end)
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
    return figure


def _is_non_claim(text: str, figure: _Figure, groups: dict, sentence_start: int) -> bool:
    """Years, ordinals, times, ids and names: numbers that state no quantity."""
    if figure.vague:
        return False
    after = text[figure.number_end : figure.number_end + 12]
    before = text[max(0, figure.start - 40) : figure.start]
    if not figure.spelled:
        if ORDINAL_SUFFIX.match(after):
            return True
        if TIME_AFTER.match(after) and figure.plain_integer and figure.value <= 24:
            return True
        if figure.plain_integer and _id_prefix().search(before):
            return True
        if figure.plain_integer and ERA_BEFORE.search(before) or ERA_AFTER.match(after):
            return True
    if POSSESSIVE_AFTER.match(after):
        return True  # "Apple One's plan": a name
    if groups.get("share_half"):
        prev = WORD_BEFORE.search(before)
        return bool(prev and prev.group(1).lower() in _non_claims()["part_ordinals"])  # "the second half of"
    suffix = WORD_AFTER.match(after)
    if suffix and suffix.group(1) in _non_claims()["id_suffixes"] and (figure.plain_integer or figure.spelled):
        return True  # "iPhone 11 Pro", "737 Max jets": a product name
    word_before = WORD_BEFORE.search(before)
    if figure.spelled and SPELLED_COMPOUND.match(text, figure.end):
        return True  # "a three-bed apartment", "its three-year forecast": a modifier
    if figure.spelled:
        lower = text[figure.start : figure.number_end].lower()
        if lower == "one":
            prev = word_before.group(1).lower() if word_before else ""
            nxt = WORD_AFTER.match(after)
            if prev in ("no", "any", "every", "each", "the", "this", "that", "which") or (
                nxt and nxt.group(1).lower() in ("another", "day", "way", "thing", "side")
            ):
                return True
    # A capitalised word right before a small integer names it ("Apple Watch 5",
    # "Euro 2020", "Planet 9"), unless a unit follows.
    if (
        word_before
        and (figure.plain_integer or figure.spelled)
        and word_before.group(1)[:1].isupper()
        and not _is_sentence_initial(text, figure.start - len(word_before.group()), sentence_start)
        and units.match_unit_after(text, figure.end) is None
        and not hedge_before().search(before.lower())
    ):
        return True
    return False


def _is_year(text: str, figure: _Figure, sentence_start: int) -> bool:
    """A bare four-digit number from 1600 to 2100 read as a year."""
    if not figure.plain_integer or figure.money or figure.has_magnitude:
        return False
    if not (1600 <= figure.value <= 2150) or figure.number_end - figure.start != 4:
        return False
    before = text[max(0, figure.start - 40) : figure.start]
    if hedge_before().search(before.lower()):
        return False
    if units.match_unit_after(text, figure.end) is not None:
        return False
    if RANGE_END_BEFORE.search(before):
        return False  # "from 1000 to 2000 hires": the end of a range of counts
    if 1950 <= figure.value <= 2050:
        # News writes counts from 1,000 with a comma; a bare 1950-2050 is a
        # year even before a plural ("Possible 2016 contenders").
        return True
    word = WORD_BEFORE.search(before)
    cue = word.group(1).lower() if word else ""
    strong = cue in ("in", "since", "until", "till", "during", "before", "after", "through", "early",
                     "late", "mid", "fiscal", "circa", "year", "spring", "summer", "autumn", "winter")
    nxt = WORD_AFTER.match(text, figure.end)
    if not strong and nxt and entities.is_plural(nxt.group(1)):
        return False
    return True


def _attach_unit(text: str, figure: _Figure, limit: int) -> None:
    """Unit after the figure: lexicon first, then quantulum3 for unit-looking tokens."""
    pos = figure.end
    if figure.vague:
        # "hundreds of km2", "tens of thousands of dollars"
        of = re.match(r"[ \u00a0]+of[ \u00a0]+", text[pos : pos + 6])
        if of:
            found = units.match_unit_after(text, pos + of.end())
            if found and found.end <= limit:
                figure.unit = found.name
                figure.end = found.end
        return
    found = units.match_unit_after(text, pos)
    if found is None and figure.extra.get("fraction"):
        # "1/16 of a US pint": the unit follows "of a".
        of = FRACTION_OF.match(text, pos)
        if of:
            found = units.match_unit_after(text, of.end())
    if found and found.end <= limit:
        if figure.money and found.currency:
            # "$10.5 million Australian dollars": the word names the currency.
            figure.unit = found.name
            figure.end = found.end
            return
        if figure.money:
            _attach_rate(text, figure, limit)
            return
        figure.unit = found.name
        figure.money = found.currency
        figure.end = found.end
        if found.name == "pound sterling" and not figure.has_magnitude and text[pos:found.end].strip().lower() in ("pound", "pounds"):
            # "208 pounds" is a weight; money in pounds comes with "£" or a magnitude.
            figure.unit, figure.money = "pound-mass", False
        _attach_rate(text, figure, limit)
        # "5 percent a year", "$10 per gram": a rate keeps its base unit.
        return
    if figure.money:
        _attach_rate(text, figure, limit)
        return
    if figure.plain_integer and 0 < figure.value < 120 and AGE_APPOSITION.match(text, max(0, figure.start - 30), figure.end + 1):
        # "Pence, 57, was sworn in": an age after a name.
        figure.unit = "year of age"
        return
    before = UNIT_BEFORE.search(text, max(0, figure.start - 12), figure.start)
    if before:
        figure.unit = before.group("unit").lower()
        return
    quant = units.quantulum_unit_after(text, pos, figure.start)
    if quant and quant.end <= limit:
        figure.unit = quant.name
        figure.end = quant.end


#: A name, then an age between commas: "Pence, 57, was sworn in" (matched
#: on a window ending just after the figure's closing comma).
AGE_APPOSITION = re.compile(r".*\b[A-Z][a-z]+,[ \u00a0]\d{1,3},$", re.DOTALL)

#: "of a" (and a country mark) between a fraction and its unit: "1/16 of a US pint".
FRACTION_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:an?[ \u00a0]+)?(?:US[ \u00a0]+|U\.S\.[ \u00a0]+|imperial[ \u00a0]+)?")

#: A unit written before its figure: "a magnitude 7.8 earthquake", "magnitude-6.4".
UNIT_BEFORE = re.compile(r"\b(?P<unit>(?i:magnitude))[ \u00a0-]+$")


def _attach_rate(text: str, figure: _Figure, limit: int) -> None:
    """"$58.24 per barrel" -> "dollar per barrel", "5 percent a year" -> "percentage per year"."""
    if not figure.unit or " per " in figure.unit:
        return
    rate = units.rate_after(text, figure.end)
    if rate is not None and rate[1] <= limit:
        figure.unit = f"{figure.unit} per {rate[0]}"
        figure.end = rate[1]


def _attach_qualifier(text: str, figure: _Figure, sentence_start: int) -> None:
    """Qualifier cue before (or after) the figure, and its interval."""
    if figure.vague:
        return
    before = text[max(sentence_start, figure.start - 40) : figure.start]
    cue = hedge_before().search(before.lower())
    if cue:
        kind = cue.lastgroup
        figure.qualifier = kind
        figure.hedge = " ".join(cue.group(kind).split()).lower()
    else:
        after = hedge_after().match(text, figure.end)
        if after:
            figure.qualifier = after.lastgroup
            figure.hedge = " ".join(after.group(after.lastgroup).split()).lower()
            figure.extra["hedge_end"] = after.end()


def _set_interval(figure: _Figure) -> None:
    value = figure.value
    if figure.qualifier == "exact":
        figure.low = figure.high = value
    elif figure.qualifier == "approx":
        slack = abs(value) * float(_qualifiers()["approx_slack"])
        figure.low, figure.high = value - slack, value + slack
    elif figure.qualifier == "at_least":
        figure.low, figure.high = value, NAN
    elif figure.qualifier == "at_most":
        figure.low, figure.high = NAN, value


#: What joins the two numbers of a ratio: "1 in 10", "one out of three", "one in every five".
RATIO_JOINER = re.compile(r"^[ \u00a0]+(?:in|out[ \u00a0]+of)(?:[ \u00a0]+every)?[ \u00a0]+$", re.IGNORECASE)


def _merge_ratio(text: str, first: _Figure, second: _Figure) -> _Figure | None:
    """One share from "1 in 10 crimes", "one out of three Germans" (value 0.1, 1/3), or None."""
    if first.vague or second.vague or first.unit or second.unit or first.qualifier == "range":
        return None
    if not RATIO_JOINER.match(text[first.end : second.start]) or not 0 < first.value < second.value <= 1000:
        return None
    ratio = _Figure(first.start, second.end, first.value / second.value, unit="fraction")
    ratio.number_end = second.number_end
    return ratio


def _merge_range(text: str, first: _Figure, second: _Figure, sentence_start: int) -> _Figure | None:
    """One range figure from two adjacent figures ("3 to 4 million"), or None."""
    if first.vague or second.vague:
        return None
    joiner = RANGE_JOINER.match(text[first.end : second.start])
    if not joiner:
        return None
    before = text[max(sentence_start, first.start - 12) : first.start]
    word = (joiner.group("word") or "").lower()
    if word == "and" and not BETWEEN_BEFORE.search(before):
        return None
    if word == "or" or first.qualifier == "range":
        return None
    opened_by_from = FROM_BEFORE.search(before) is not None
    complete = first.unit not in ("", "count") or first.has_magnitude
    if word == "to" and complete and BY_BEFORE.search(before):
        return None  # "increased by $43.6 billion to $419.2 billion": a change and a level
    if first.unit and second.unit and first.unit != second.unit and not second.unit.startswith(first.unit + " per "):
        return None
    if first.unit and not second.unit and not opened_by_from:
        return None  # "fell 0.4 per cent to 13176": a change and a level
    low, high = first.value, second.value
    if second.has_magnitude and not first.has_magnitude and second.magnitude > 1:
        # "3 to 4 million", "$10 to $15 billion": the magnitude applies to both ends.
        if low <= second.value / second.magnitude:
            low *= second.magnitude
    if opened_by_from and word == "to" and high < low:
        # "fell from $2,415 to $2,315": the span the figure moved across.
        low, high = high, low
    if not high > low:
        return None
    if joiner.group("dash") and (first.spelled or second.spelled):
        return None
    merged = _Figure(first.start, second.end, (low + high) / 2)
    merged.low, merged.high = low, high
    merged.qualifier = "range"
    merged.hedge = "between" if word == "and" else ("from" if FROM_BEFORE.search(before) else "")
    cue = hedge_before().search(text[max(sentence_start, first.start - 40) : first.start].lower())
    if cue and cue.lastgroup == "approx":
        # "about 2000 - 2500 calories": still a range, the cue is kept.
        merged.hedge = " ".join(cue.group("approx").split())
    merged.unit = second.unit or first.unit
    merged.spelled = first.spelled and second.spelled
    merged.money = first.money or second.money
    merged.number_end = second.number_end
    merged.has_magnitude = second.has_magnitude
    merged.magnitude = second.magnitude
    return merged


def _attach_direction(text: str, figure: _Figure, sentence_start: int) -> None:
    before = text[max(sentence_start, figure.start - 60) : figure.start]
    if figure.hedge and figure.extra.get("hedge_end") is None:
        cue = hedge_before().search(before.lower())
        if cue:
            before = before[: cue.start()]
    found = direction_before().search(before.lower())
    if found:
        if found.group().split()[0].lower() == "up" and PHRASAL_UP.search(before[: found.start()].lower()):
            return  # "gave up 517 yards": a phrasal verb
        figure.direction = found.lastgroup
        return
    if figure.unit in ("percentage", "point", "percentage point", "basis point"):
        # Market lines: "Dow +0.2%", "FTSE -0.6%".
        if figure.value < 0:
            figure.direction = "decrease"
        elif text[figure.start - 1 : figure.start] == "+":
            figure.direction = "increase"


#: A preposition (and article) right before a phrase: "in the quarter".
PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|for|at|on|from|with|during|over|across)[ \u00a0]+(?:(?:the|a|an|its|their)[ \u00a0]+)?$")

#: "of" right before a figure: "at a depth of 10 km" names the measure itself.
OF_BEFORE = re.compile(r"\bof[ \u00a0]+$")

#: "of the", "of its" after a figure: the noun phrase of a part or a share.
PARTITIVE_OF = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their|his|her|our|these|those|all)[ \u00a0]+)?(?:(?:most|least)[ \u00a0]+)?"
)


def _attach_entity(text: str, figure: _Figure, sentence: tuple[int, int], previous: _Figure | None) -> None:
    """What the figure counts: the phrase after it, or the phrase it is linked to."""
    s_start, s_end = sentence
    counted = figure.unit in ("", "count", "fraction")
    phrase = None
    if counted:
        phrase = entities.phrase_after(text, figure.end, s_end, skip_of=bool(figure.vague))
        if phrase is None:
            # "at least 1,200 dead", "641 were killed"
            phrase = entities.casualty_after(text, figure.end, s_end)
        figure.extra["bare"] = phrase is None and not figure.vague and PARTITIVE_OF.match(text, figure.end) is None
        if phrase is None and not figure.vague:
            # "the death toll has risen to 1,541", "the number of demonstrators at 18,000"
            phrase = entities.total_before(text, s_start, figure.start)
        if phrase is None:
            # "one of the people", "two of its missiles": the part names its whole.
            of = PARTITIVE_OF.match(text, figure.end)
            if of:
                phrase = entities.phrase_after(text, of.end(), s_end)
    else:
        # "10 percent of the platform's turnover": the share's base.
        of = PARTITIVE_OF.match(text, figure.end)
        if of:
            phrase = entities.phrase_after(text, of.end(), s_end)
        elif text[figure.end : figure.end + 1] in (" ", "-") and text[figure.end + 1 : figure.end + 2].islower():
            # "a 7.8 magnitude earthquake", "a 5.2 litre V10 engine": the unit modifies a noun.
            phrase = entities.phrase_after(text, figure.end + 1, s_end)
    if phrase is None:
        hedge_start = figure.start
        if figure.hedge:
            cue = hedge_before().search(text[max(s_start, figure.start - 40) : figure.start].lower())
            if cue:
                hedge_start = figure.start - (len(text[max(s_start, figure.start - 40) : figure.start]) - cue.start())
        phrase = entities.phrase_before(text, s_start, hedge_start)
        if phrase is not None and phrase.end > figure.start:
            phrase = None
        if (
            phrase is not None
            and not counted
            and PREPOSITION_BEFORE.search(text, max(s_start, phrase.start - 12), phrase.start)
            and not OF_BEFORE.search(text, max(s_start, hedge_start - 4), hedge_start)
        ):
            # "Revenue in the quarter rose to $7.36 billion": the phrase sits in a
            # prepositional phrase; the clause's subject is what was measured.
            subject = entities.sentence_subject(text, s_start, phrase.start)
            if subject is not None:
                phrase = subject
    if phrase is None:
        phrase = entities.label_before(text, s_start, figure.start)
    if phrase is None and not counted:
        # "The debris field stretched for some seven miles": the clause's
        # subject (after a dateline or label colon, if any).
        colon = max(text.rfind(": ", s_start, figure.start), text.rfind("; ", s_start, figure.start))
        phrase = entities.sentence_subject(text, colon + 2 if colon >= 0 else s_start, figure.start)
    if phrase is None and previous is not None and previous.entity and counted and previous.start >= s_start:
        # "millions of artillery shells—around 3.5 million—": the noun stood before.
        figure.entity, figure.entity_phrase = previous.entity, previous.entity_phrase
        return
    if phrase is not None:
        figure.entity = phrase.entity
        figure.entity_phrase = phrase.text


#: Units a bare figure never takes from a neighbour: counts, shares, ages,
#: spans of time ("in 2 years ... 5" are rarely the same measure) and
#: percentages (a level follows a change: "rose 0.7 percent to 6,327.80").
NOT_SHARED_UNITS = frozenset({
    "count", "fraction", "year of age", "month of age", "year", "month", "week", "day", "hour",
    "minute", "second", "decade", "century", "magnitude", "percentage", "percentage point", "basis point",
})

#: What joins a bare figure to the next one it shares a unit with: "8 or $9",
#: "a 7- or 8-inch screen".
SHARED_UNIT_JOINER = re.compile(r"^-?[ \u00a0]*(?:or|to|and|-|–)[ \u00a0]*$")


def _share_units(text: str, figures: list[tuple[_Figure, tuple[int, int]]]) -> None:
    """A bare figure takes the unit of its neighbour in the sentence.

    "The highest forecast is 84.75 cents, while the lowest is 74.07", "lost
    162.31 points ... to fall to 7,425.81", "8 or $9": the unit is written once.
    The next figure counts when joined by "or"/"to"; else the previous one does.
    """
    for i, (figure, sentence) in enumerate(figures):
        if figure.unit != "count" or not figure.extra.get("bare"):
            continue
        donor = None
        if i + 1 < len(figures) and figures[i + 1][1] == sentence:
            following = figures[i + 1][0]
            if SHARED_UNIT_JOINER.match(text[figure.end : following.start]):
                donor = following
        if donor is None and not figure.spelled:
            # The nearest earlier figure of the sentence with a measure, past
            # any percentages ("rose 0.65 per cent to 27,349.19" is no percentage).
            for earlier, earlier_sentence in reversed(figures[:i]):
                if earlier_sentence != sentence:
                    break
                if earlier.unit not in NOT_SHARED_UNITS:
                    donor = earlier
                    break
        if donor is not None and donor.unit not in NOT_SHARED_UNITS:
            figure.unit = donor.unit


#: dtypes of the frame's columns (what an empty frame carries too).
_COLUMN_DTYPES = {
    "start": "int64", "end": "int64", "value": "float64", "low": "float64", "high": "float64",
    "sentence_start": "int64", "sentence_end": "int64",
}


@lru_cache(maxsize=1)
def _empty_frame() -> pd.DataFrame:
    """The typed empty result, built once; callers get a copy (copying is ~4x cheaper)."""
    return pd.DataFrame({c: pd.Series([], dtype=_COLUMN_DTYPES.get(c, "str")) for c in QUANTITY_COLUMNS})


def extract_quantities(text: str) -> pd.DataFrame:
    """One row per numeric claim in ``text``, sorted by ``start``.

    Columns: start, end, surface (``text[start:end]``), value, low, high
    (NaN = unbounded), qualifier (exact | approx | at_least | at_most | range |
    vague), unit ("count" for plain counts), entity (head noun, singular),
    entity_phrase, direction (increase | decrease | ""), hedge (the cue words),
    sentence_start, sentence_end, sentence. See the module docstring for the
    interval conventions.
    """
    rows: dict[str, list] = {c: [] for c in QUANTITY_COLUMNS}
    if not text:
        return _empty_frame().copy()
    candidates = _candidates(text)
    if not candidates:
        return _empty_frame().copy()
    lowered = text.lower()
    excluded = _excluded_spans(text, lowered if len(lowered) == len(text) else text, candidates)
    excluded_starts = [s for s, _ in excluded]
    spans = sentence_spans(text)
    span_starts = [s for s, _ in spans]

    figures: list[tuple[_Figure, tuple[int, int]]] = []
    for start, end, groups in candidates:
        figure = _read_candidate(text, start, end, groups)
        if figure is None:
            continue
        i = bisect.bisect_right(span_starts, figure.start) - 1
        sentence = spans[i] if i >= 0 else (0, len(text))
        # Money keeps its currency letters ("RM79" is no id like "PS5").
        number_start = start + len(groups["cur"]) if groups.get("cur") else figure.start
        if not figure.vague and not groups.get("frac") and _overlaps(excluded, excluded_starts, number_start, figure.number_end, after=number_start if groups.get("cur") else None):
            continue
        if _is_non_claim(text, figure, groups, sentence[0]) or _is_year(text, figure, sentence[0]):
            continue
        if figures and figures[-1][0].end > figure.start:
            continue  # inside the previous figure's unit or magnitude
        limit = sentence[1] if sentence[1] > figure.start else len(text)
        _attach_unit(text, figure, limit)
        figures.append((figure, sentence))

    merged: list[tuple[_Figure, tuple[int, int]]] = []
    for figure, sentence in figures:
        if merged and merged[-1][1] == sentence:
            joined = _merge_ratio(text, merged[-1][0], figure) or _merge_range(text, merged[-1][0], figure, sentence[0])
            if joined is not None:
                merged[-1] = (joined, sentence)
                continue
        merged.append((figure, sentence))

    previous: _Figure | None = None
    for figure, sentence in merged:
        if figure.qualifier != "range" and not figure.vague:
            _attach_qualifier(text, figure, sentence[0])
            converted = previous is not None and CONVERSION_GAP.match(text[previous.end : figure.start])
            if converted and figure.qualifier == "exact" and previous.qualifier in ("approx", "at_least", "at_most"):
                # "more than 100 kilometers (60 miles)": the conversion shares the cue.
                figure.qualifier, figure.hedge = previous.qualifier, previous.hedge
            _set_interval(figure)
        if not figure.unit:
            figure.unit = "count"
        _attach_direction(text, figure, sentence[0])
        if not figure.direction and previous is not None and CONVERSION_GAP.match(text[previous.end : figure.start]):
            figure.direction = previous.direction
        _attach_entity(text, figure, sentence, previous if previous and previous.start >= sentence[0] else None)
        previous = figure
    _share_units(text, merged)
    for figure, sentence in merged:
        rows["start"].append(figure.start)
        rows["end"].append(figure.end)
        rows["surface"].append(text[figure.start : figure.end])
        rows["value"].append(float(figure.value))
        rows["low"].append(float(figure.low))
        rows["high"].append(float(figure.high))
        rows["qualifier"].append(figure.qualifier)
        rows["unit"].append(figure.unit)
        rows["entity"].append(figure.entity)
        rows["entity_phrase"].append(figure.entity_phrase)
        rows["direction"].append(figure.direction)
        rows["hedge"].append(figure.hedge)
        rows["sentence_start"].append(sentence[0])
        rows["sentence_end"].append(sentence[1])
        rows["sentence"].append(text[sentence[0] : sentence[1]])
    if not rows["start"]:
        return _empty_frame().copy()
    return pd.DataFrame(rows)
