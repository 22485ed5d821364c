"""Qualifiers, ranges and direction of change around a figure.

Cue words before or after a figure set its qualifier and interval ("more than
7,000", "as many as 100,000", "about 3.5 million"); two figures joined by "to",
"and" or a dash become a range, or a share ("1 in 10"); a change verb before a
figure sets its direction ("rose 3.1%", "cut by 2,500"). Cue words live in
``checker/data/qualifiers.yaml``.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from checker import figures
from checker.patterns import phrase_alternation
from checker.vocab import load_vocab

# --- qualifiers, ranges, direction -------------------------------------------

@lru_cache(maxsize=None)
def _unit_class(name: str) -> frozenset[str]:
    """One class of unit names from ``unit_classes.yaml`` ("speed", "market_move")."""
    return frozenset(load_vocab("unit_classes")[name])


@lru_cache(maxsize=1)
def hedge_before() -> re.Pattern[str]:
    """Regex for a qualifier cue ending right before a figure ("more than ", "about $")."""
    q = figures.qualifier_vocab()
    groups = []
    for kind in ("approx", "at_least", "at_most"):
        groups.append(rf"(?P<{kind}>{phrase_alternation(q[kind])})")
    # Lower-case words, matched on lower-cased windows; the look-ahead lets the
    # engine skip positions that start no word.
    return re.compile(rf"(?<![a-z])(?=[a-z~])(?:{'|'.join(groups)})[ \u00a0]*$")


#: The letters whose trailing run :func:`may_end_with` compares.
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"


def phrase_endings(phrases: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """How text ending in one of ``phrases`` ends, lower case: (last letter runs, last non-letters).

    A phrase ending in letters a-z gives its trailing run of them ("than" for
    "more than", "to" for "up-to"); any other phrase gives its last character
    ("~", "." for "approx.").
    """
    runs, chars = set(), set()
    for phrase in phrases:
        lower = phrase.lower()
        head = lower.rstrip(_ASCII_LOWER)
        if len(head) < len(lower):
            runs.add(lower[len(head):])
        else:
            chars.add(lower[-1:])
    return frozenset(runs), frozenset(chars)


def may_end_with(window: str, endings: tuple[frozenset[str], frozenset[str]]) -> bool:
    """False only when ``window``, less trailing spaces, cannot end with a phrase of ``endings``.

    A cheap test before an end-anchored search ("...(?:cues)[ ]*$") that would
    try its alternation at every position of the window: a cue that ends the
    window ends its trailing run of letters (a cue opens after a non-letter
    and its words are split by spaces), so that run must be a cue's last run.
    Lower-cases ASCII itself (what ``(?i:...)`` does there); a window with
    other characters, or ending in a line break (where ``$`` also matches
    before it), is left to the regex.
    """
    if not window.isascii() or window.endswith("\n"):
        return True
    body = window.rstrip(" ").lower()
    head = body.rstrip(_ASCII_LOWER)
    if len(head) < len(body):
        return body[len(head):] in endings[0]
    return body[-1:] in endings[1]


@lru_cache(maxsize=1)
def _hedge_endings() -> tuple[frozenset[str], frozenset[str]]:
    q = figures.qualifier_vocab()
    return phrase_endings([*q["approx"], *q["at_least"], *q["at_most"]])


def hedge_cue_before(window: str) -> re.Match[str] | None:
    """``hedge_before().search(window)`` on a lower-cased window, skipped when no cue can end it.

    Most figures follow a word that ends no cue ("the", "killed"), and the
    search tries three alternations at every word of the window.
    """
    if not may_end_with(window, _hedge_endings()):
        return None
    return hedge_before().search(window)


@lru_cache(maxsize=1)
def hedge_after() -> re.Pattern[str]:
    """Regex for a qualifier cue right after a figure ("or more", "-plus")."""
    q = figures.qualifier_vocab()
    return re.compile(
        rf"[ \u00a0-]?(?i:(?P<at_least>{phrase_alternation(q['at_least_after'])})|(?P<at_most>{phrase_alternation(q['at_most_after'])}))(?![A-Za-z])"
    )


#: The gap between a figure and its restatement: "100 km (60 miles)",
#: "lost 190 points, or 0.6%", "(224 kW / 300 PS)" (a slash between
#: figures of two units; "24/7" and "3/4" never reach here as figures).
CONVERSION_GAP = re.compile(
    r"^(?:[ \u00a0]*\([ \u00a0]*(?:or[ \u00a0]+|about[ \u00a0]+)?|,[ \u00a0]+or[ \u00a0]+|[ \u00a0]*/[ \u00a0]*)$"
)

#: The gap before a figure of a gapped clause that leaves out its verb:
#: "were down 2.3%, Burlington by 2.6%", "rose 5% and Sony by 3%" (the
#: figure moves as the one before it did).
GAPPED_BY = re.compile(
    r"^,?[ \u00a0]+(?:and[ \u00a0]+)?[A-Z][\w&.'’-]*(?:[ \u00a0][A-Z][\w&.'’-]*){0,3}[ \u00a0]+by[ \u00a0]+$"
)

#: The gap between a figure and a percentage restating it: "grew by 125,600
#: positions or 2.2 per cent" (the restatement shares the direction).
RESTATEMENT_GAP = re.compile(r"^(?:[ \u00a0]+[a-z]+){0,2},?[ \u00a0]+or[ \u00a0]+$")

#: "between" before a figure that opens a range "between X and Y".
BETWEEN_BEFORE = re.compile(r"(?i:\bbetween)[ \u00a0]+$")

#: "by" before a figure: "rose by 3 to 5 per cent" (a change).
BY_BEFORE = re.compile(r"(?i:\bby)[ \u00a0]+$")

#: "from" before a figure that opens a range "from X to Y".
FROM_BEFORE = re.compile(r"(?i:\bfrom)[ \u00a0]+$")

#: What joins the two ends of a range: "3 to 4", "10-15", "0-to-60", "1 and 2"
#: (after "between"), "up to" (after "from").
RANGE_JOINER = re.compile(
    r"^[ \u00a0]*(?:(?P<dash>[-–])|-?(?P<word>to|and|or|up[ \u00a0]+to)-?)[ \u00a0]*$", re.IGNORECASE
)


@lru_cache(maxsize=1)
def direction_before() -> re.Pattern[str]:
    """Regex for a change verb ending right before a figure ("rose ", "cut by ", "up ")."""
    q = figures.qualifier_vocab()
    gap = phrase_alternation(q["direction_gap"])
    return re.compile(
        rf"(?<![a-z])(?=[a-z])(?:(?P<increase>{phrase_alternation(q['increase'])})|(?P<decrease>{phrase_alternation(q['decrease'])}))"
        rf"(?:(?:[ \u00a0]+(?:{gap}))*|(?:[ \u00a0]+[a-z’']+){{1,3}}?[ \u00a0]+by)[ \u00a0]+(?:[$€£¥]|us\$)?$"
    )


@lru_cache(maxsize=1)
def _direction_endings() -> tuple[frozenset[str], frozenset[str]]:
    # A change word, a gap word or "by" ends the window, or a "$" after them ("rose $", "up us$").
    q = figures.qualifier_vocab()
    runs, chars = phrase_endings([*q["increase"], *q["decrease"], *q["direction_gap"], "by"])
    return runs, chars | {"$"}


def direction_cue_before(window: str) -> re.Match[str] | None:
    """``direction_before().search(window)`` on a lower-cased window, skipped when no change word can end it."""
    if not may_end_with(window, _direction_endings()):
        return None
    return direction_before().search(window)


@lru_cache(maxsize=1)
def phrasal_up() -> re.Pattern[str]:
    """Regex for a verb right before "up" that makes it a phrasal verb ("gave up", "picked up")."""
    return re.compile(rf"\b(?=[a-z])(?:{phrase_alternation(figures.qualifier_vocab()['phrasal_up'])})[ \u00a0]*$")


def attach_qualifier(text: str, figure: figures.Figure, sentence_start: int) -> None:
    """Qualifier cue before (or after) the figure, and its interval."""
    if figure.vague:
        return
    before = text[max(sentence_start, figure.start - 40) : figure.start]
    # (Only a negative figure has a sign word to look past: the others skip the search.)
    minus = figures.MINUS_BEFORE.search(before) if figure.value < 0 else None
    if minus:
        before = before[: minus.start()]  # "about minus 387 Fahrenheit": the cue is before the sign word
    cue = hedge_cue_before(before.lower())
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


def set_interval(figure: figures.Figure) -> None:
    """Set ``low``/``high`` from the qualifier (see :mod:`checker.extract` for the conventions)."""
    value = figure.value
    if figure.qualifier == "exact":
        figure.low = figure.high = value
    elif figure.qualifier == "approx":
        slack = abs(value) * float(figures.qualifier_vocab()["approx_slack"])
        figure.low, figure.high = value - slack, value + slack
    elif figure.qualifier == "at_least":
        figure.low, figure.high = value, figures.NAN
    elif figure.qualifier == "at_most":
        figure.low, figure.high = figures.NAN, value


#: What joins the two numbers of a ratio: "1 in 10", "one out of three", "one in every five".
RATIO_JOINER = re.compile(r"^[ \u00a0]+(?:in|out[ \u00a0]+of)(?:[ \u00a0]+every)?[ \u00a0]+$", re.IGNORECASE)


def merge_ratio(text: str, first: figures.Figure, second: figures.Figure) -> figures.Figure | None:
    """One share from "1 in 10 crimes", "one out of three Germans" (value 0.1, 1/3), or None."""
    if first.vague or second.vague or first.unit or second.unit or first.qualifier == "range":
        return None
    if not RATIO_JOINER.match(text[first.end : second.start]) or not 0 < first.value < second.value <= 1000:
        return None
    ratio = figures.Figure(first.start, second.end, first.value / second.value, unit="fraction")
    ratio.number_end = second.number_end
    return ratio


def merge_range(text: str, first: figures.Figure, second: figures.Figure, sentence_start: int) -> figures.Figure | None:
    """One range figure from two adjacent figures ("3 to 4 million"), or None."""
    if first.vague or second.vague or "change_from" in first.extra:
        return None  # "rose from $160 to $180 to $200": a change takes no range end
    joiner = RANGE_JOINER.match(text[first.end : second.start])
    if not joiner:
        return None
    before = text[max(sentence_start, first.start - 12) : first.start]
    word = " ".join((joiner.group("word") or "").lower().split())
    if word == "up to":
        if not FROM_BEFORE.search(before):
            return None  # "up to" alone is a cue, not a range
        word = "to"  # "from 450 sq ft up to 900 sq ft"
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
    if first.unit and not second.unit and not opened_by_from and not first.extra.get("unit_before"):
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
    merged = figures.Figure(first.start, second.end, (low + high) / 2)
    merged.low, merged.high = low, high
    merged.qualifier = "range"
    merged.hedge = "between" if word == "and" else ("from" if FROM_BEFORE.search(before) else "")
    cue = hedge_cue_before(text[max(sentence_start, first.start - 40) : first.start].lower())
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


def _change_word_before(preposition: str) -> str:
    """Regex source: a change word, up to eight words, then ``preposition`` and up to two cue words, at the end."""
    words = figures.qualifier_vocab()["change_from"]
    kinds = "|".join(rf"(?P<{kind}>{phrase_alternation(words[kind])})" for kind in ("increase", "decrease", "either"))
    return (
        rf"(?<![a-z])(?=[a-z])(?:{kinds})(?![a-z’'-]),?(?:[ \u00a0]+{CHANGE_GAP_WORD}){{0,8}}?"
        rf"[ \u00a0]+{preposition}[ \u00a0]+(?:[a-z]+[ \u00a0]+){{0,2}}?(?:[$€£¥]|us\$)?$"
    )


@lru_cache(maxsize=1)
def change_before_from() -> re.Pattern[str]:
    """Regex for a change word governing "from" right before a figure ("rose from ", "an increase from about $").

    Up to eight words may stand between the change word and "from" ("climbed
    sharply from", "slashed its policy rate by 50 basis points from"); up to
    two cue words between "from" and the figure ("from about", "from up to").
    Matched on lower-cased windows.
    """
    return re.compile(_change_word_before("from"))


@lru_cache(maxsize=1)
def change_before_to() -> re.Pattern[str]:
    """Regex for a change word governing "to" right before a figure ("has risen to ", "narrowed to ").

    The first half of a change written new figure first: "has risen to 12,873
    overnight, from 12,391". Matched on lower-cased windows.
    """
    return re.compile(_change_word_before("to"))


#: One word between a change word and "from": letters, or a figure ("rose 5%
#: from"), perhaps closing a clause with a comma ("jumped 103 percent, from").
CHANGE_GAP_WORD = r"[a-z0-9’'.%$-]+,?"

#: Text between the new and the old figure of a change written new first:
#: " from ", " lots from ", " overnight, from " (then at most two cue words).
CHANGE_FROM_AFTER = re.compile(
    r"^(?:[ \u00a0]+[^;:()\[\]\n]{0,30}?)?,?[ \u00a0]+from[ \u00a0]+(?P<cue>(?:[a-z]+[ \u00a0]+){0,2})(?:[$€£¥]|us\$)?$",
    re.IGNORECASE,
)

#: Text between the old and the new figure of a change: " to ", or a short
#: time or label first (" at 10.45pm last night to ", " in 2008 to ",
#: " combined to "), then at most two cue words ("to nearly", "to more than").
CHANGE_JOINER = re.compile(
    r"^(?:[ \u00a0]+[^,;:()\[\]\n]{0,40}?)?[ \u00a0]+to[ \u00a0]+(?P<cue>(?:[a-z]+[ \u00a0]+){0,2})(?:[$€£¥]|us\$)?$",
    re.IGNORECASE,
)

#: A figure right after the new one that makes it a range's end: "to 33-35 billion".
RANGE_CONTINUES = re.compile(r"[ \u00a0]*(?:[-–]|to[ \u00a0]+)[$€£¥]?\d")  # used with match(text, pos): no "^"



def _merge_change_new_first(text: str, new: figures.Figure, old: figures.Figure, sentence_start: int) -> figures.Figure | None:
    """A change written "rose to Y from X" ("has risen to 12,873 overnight, from 12,391"), or None."""
    after = CHANGE_FROM_AFTER.match(text[new.end : old.start])
    if not after or (after.group("cue").strip() and not hedge_cue_before(after.group("cue").lower())):
        return None
    verb = change_before_to().search(text[max(sentence_start, new.start - 80) : new.start].lower())
    if not verb or (new.unit and old.unit and new.unit != old.unit):
        return None
    if RANGE_CONTINUES.match(text, old.end):
        return None
    attach_qualifier(text, new, sentence_start)
    set_interval(new)
    change = figures.Figure(new.start, old.end, new.value)
    for name in ("money", "magnitude", "has_magnitude", "spelled", "plain_integer", "low", "high", "qualifier", "hedge", "number_end"):
        setattr(change, name, getattr(new, name))
    change.unit = new.unit or old.unit
    change.money = new.money or old.money
    change.number_end = new.number_end
    previous = _same_scale(old.value, new.value, new.magnitude if new.has_magnitude and not old.has_magnitude else 1.0)
    change.extra = dict(new.extra, change_from=previous)
    change.direction = _change_direction(verb.lastgroup, previous, new.value)
    return change


def _change_direction(kind: str, old: float, new: float) -> str:
    """The change word's direction; for "went", "changed" the sign of new - old."""
    if kind == "either":
        return "increase" if new > old else ("decrease" if new < old else "")
    return kind


def _same_scale(old: float, new: float, magnitude: float) -> float:
    """The old figure with the new one's magnitude when that brings the two closer ("from 24.2 to 33 billion")."""
    if magnitude <= 1 or old <= 0 or new <= 0:
        return old
    scaled = old * magnitude
    return scaled if abs(math.log(scaled / new)) < abs(math.log(old / new)) else old


def merge_change(text: str, first: figures.Figure, second: figures.Figure, sentence_start: int) -> figures.Figure | None:
    """The new figure of a change "rose from X to Y", with ``extra["change_from"]`` = X, or None.

    The result spans "X to Y", holds Y's value, qualifier and interval, its
    unit (or X's when Y has none: "from 21 mpg combined to 23"), and the
    direction of the change word (or of Y - X for "went", "changed").
    """
    if first.vague or second.vague or first.qualifier == "range" or "change_from" in first.extra:
        return None
    joiner = CHANGE_JOINER.match(text[first.end : second.start])
    if not joiner:
        return _merge_change_new_first(text, first, second, sentence_start)
    cue = joiner.group("cue")
    if cue.strip() and not hedge_cue_before(cue.lower()):
        return None  # "from 3 percent last year to reach 5": "to" opens a verb
    window = text[max(sentence_start, first.start - 80) : first.start].lower()
    verb = change_before_from().search(window)
    if not verb:
        return None
    if RANGE_CONTINUES.match(text, second.end):
        return None  # "to 33-35 billion euros": the new figure is itself a range
    if first.unit and second.unit and first.unit != second.unit:
        return None
    unit = second.unit or first.unit
    if unit in _unit_class("speed") and first.value == 0:
        return None  # "from 0 to 62 mph in 7.2 seconds": an acceleration
    old = _same_scale(first.value, second.value, second.magnitude if second.has_magnitude and not first.has_magnitude else 1.0)
    attach_qualifier(text, second, second.start - len(cue))
    set_interval(second)
    change = figures.Figure(first.start, second.end, second.value)
    for name in ("money", "magnitude", "has_magnitude", "spelled", "plain_integer", "low", "high", "qualifier", "hedge", "number_end"):
        setattr(change, name, getattr(second, name))
    change.unit = unit
    change.money = first.money or second.money
    change.extra = dict(second.extra, change_from=old)
    change.direction = _change_direction(verb.lastgroup, old, second.value)
    return change


def attach_direction(text: str, figure: figures.Figure, sentence_start: int) -> None:
    """Direction of change from a verb before the figure ("rose 3.1%") or its sign ("+0.2%")."""
    before = text[max(sentence_start, figure.start - 60) : figure.start]
    if figure.hedge and figure.extra.get("hedge_end") is None:
        cue = hedge_cue_before(before.lower())
        if cue:
            before = before[: cue.start()]
    found = direction_cue_before(before.lower())
    if found:
        if found.group().split()[0].lower() == "up" and phrasal_up().search(before[: found.start()].lower()):
            return  # "gave up 517 yards": a phrasal verb
        figure.direction = found.lastgroup
        return
    if figure.unit in _unit_class("market_move"):
        # Market lines: "Dow +0.2%", "FTSE -0.6%".
        if figure.value < 0:
            figure.direction = "decrease"
        elif text[figure.start - 1 : figure.start] == "+":
            figure.direction = "increase"
