"""The rule-kind registry and the helpers kinds share.

A kind is a small function ``(claims, topic, **params) -> list[Flag]``: it gets
the claims of ONE topic (already prepared by :func:`checker.rules.prepare_claims`
with ``when``, ``lo``, ``hi`` columns) and returns the groups of claims it
flags. The engine (:mod:`checker.rules`) turns flags into finding rows and
messages. Kinds are registered by decorator at import time and only read
afterwards; registering a name twice is an error.
"""

from __future__ import annotations

import inspect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterator, Mapping

import numpy as np
import pandas as pd

from checker.patterns import phrase_alternation
from checker.vocab import load_vocab

# --- parameter syntax -----------------------------------------------------

# A duration: a number and a unit, "2d", "7 days", "1w", "12h". Days are the
# unit numcheck compares in; hours are kept for same-day RSS updates.
DURATION_NUMBER = r"(?P<number>\d+(?:\.\d+)?)"
DURATION_UNIT = r"(?P<unit>h|hours?|d|days?|w|weeks?|m|months?|y|years?)"
DURATION = re.compile(rf"^\s*{DURATION_NUMBER}\s*{DURATION_UNIT}\s*$", re.IGNORECASE)
DAYS_PER_UNIT = {"h": 1 / 24, "d": 1.0, "w": 7.0, "m": 30.0, "y": 365.0}

# A tolerance: relative ("15%") or absolute (a plain number, "500").
TOLERANCE_PERCENT = re.compile(r"^\s*(?P<percent>\d+(?:\.\d+)?)\s*%\s*$")

# A rate such as "x3", "×3" or "3x": a factor.
RATE = re.compile(r"^\s*[x×]?\s*(?P<factor>\d+(?:\.\d+)?)\s*[x×]?\s*$", re.IGNORECASE)


def parse_duration(text: Any) -> float:
    """Days in a duration ("2d", "1w", "12h", or a number of days); ValueError if bad."""
    if isinstance(text, bool):
        raise ValueError(f"bad duration {text!r}")
    if isinstance(text, (int, float)):
        return float(text)
    match = DURATION.match(str(text))
    if not match:
        raise ValueError(
            f"bad duration {text!r}: expected a number and a unit, e.g. '2d', '7 days', '1w', '12h'"
        )
    return float(match["number"]) * DAYS_PER_UNIT[match["unit"][0].lower()]


def parse_tolerance(text: Any) -> tuple[str, float]:
    """("rel", 0.15) for "15%", ("abs", 500.0) for 500; ValueError if bad."""
    if isinstance(text, bool):
        raise ValueError(f"bad tolerance {text!r}")
    if isinstance(text, (int, float)):
        return "abs", float(text)
    match = TOLERANCE_PERCENT.match(str(text))
    if match:
        return "rel", float(match["percent"]) / 100
    try:
        return "abs", float(str(text))
    except ValueError:
        raise ValueError(f"bad tolerance {text!r}: expected a percentage ('15%') or a number") from None


def parse_rate(text: Any) -> float:
    """A factor from 3, "x3", "×3" or "3x"; ValueError if bad or not > 1."""
    if isinstance(text, bool):
        raise ValueError(f"bad rate {text!r}")
    if isinstance(text, (int, float)):
        factor = float(text)
    else:
        match = RATE.match(str(text))
        if not match:
            raise ValueError(f"bad rate {text!r}: expected a factor such as 3 or 'x3'")
        factor = float(match["factor"])
    if factor <= 1:
        raise ValueError(f"bad rate {text!r}: a factor must be greater than 1")
    return factor


# --- registry -------------------------------------------------------------


@dataclass(frozen=True)
class Flag:
    """Claims a kind flags (positions in the topic frame, in message order) and the gap.

    ``score`` ranks flags of one rule and topic (the widest gap first) when the
    engine keeps only the first few. ``days`` (days since 1970, one per row) are
    the times the kind placed the claims at when it measured the gap, if not the
    claims' own ``day`` (monotonic compares running totals as printed): the
    message shows those dates, so that "after 12 days" reads from the dates beside it.
    """

    rows: tuple[int, ...]
    gap: str
    detail: str = ""
    score: float = 0.0
    days: tuple[float, ...] = ()


@dataclass(frozen=True)
class Kind:
    """A registered rule kind: its function, parameter schema, defaults and docs."""

    name: str
    func: Callable[..., list[Flag]]
    params: Mapping[str, Mapping[str, Any]]
    defaults: Mapping[str, Any]
    parsers: Mapping[str, Callable[[Any], Any]] = field(default_factory=dict)
    applies_to: str = "any"
    min_claims: int = 2

    @property
    def doc(self) -> str:
        """The kind's docstring: what it flags, why, an example, its params."""
        return inspect.cleandoc(self.func.__doc__ or "")

    def parse_params(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        """Defaults overlaid with ``raw``, each parsed (ValueError on bad values)."""
        params = dict(self.defaults)
        params.update(raw)
        return {k: self.parsers.get(k, _identity)(v) for k, v in params.items()}


def _identity(value: Any) -> Any:
    return value


KINDS: dict[str, Kind] = {}


def register_kind(
    name: str,
    *,
    params: Mapping[str, Mapping[str, Any]],
    defaults: Mapping[str, Any],
    parsers: Mapping[str, Callable[[Any], Any]] | None = None,
    applies_to: str = "any",
    min_claims: int = 2,
) -> Callable[[Callable[..., list[Flag]]], Callable[..., list[Flag]]]:
    """Register a kind function under ``name`` (a second registration is an error).

    ``params`` maps each keyword parameter to a JSON Schema for its YAML value;
    ``parsers`` turn YAML values into what the function gets (durations to days).
    ``applies_to`` is the default for the rule key of that name (any, cumulative,
    non-cumulative, levels: non-cumulative topics that are not ``batches``). ``min_claims``: the fewest claims a topic needs for the kind
    to flag anything (2 for kinds comparing claims); the engine does not call the
    kind on smaller topics, most of a corpus's.
    """

    def decorate(func: Callable[..., list[Flag]]) -> Callable[..., list[Flag]]:
        if name in KINDS:
            raise ValueError(f"rule kind {name!r} is already registered")
        KINDS[name] = Kind(name, func, dict(params), dict(defaults), dict(parsers or {}), applies_to,
                           min_claims)
        return func

    return decorate


# --- shared computations --------------------------------------------------

#: Qualifiers whose value is an order of magnitude, not a figure ("thousands").
VAGUE = "vague"


def widen(lo: np.ndarray, hi: np.ndarray, tolerance: tuple[str, float]) -> tuple[np.ndarray, np.ndarray]:
    """Interval bounds widened by half a tolerance each (NaN stays unbounded).

    Both figures of a pair are widened, so two figures agree when they are
    within about ``tolerance`` of each other ("10%": 1.375 and 1.5 billion agree).
    """
    how, amount = tolerance[0], tolerance[1] / 2
    if how == "rel":
        return lo * (1 - amount), hi * (1 + amount)
    return lo - amount, hi + amount


def disjoint(lo_a: Any, hi_a: Any, lo_b: Any, hi_b: Any) -> Any:
    """True where intervals [lo_a, hi_a] and [lo_b, hi_b] cannot overlap (NaN = unbounded)."""
    a_below = np.asarray(hi_a) < np.asarray(lo_b)
    b_below = np.asarray(hi_b) < np.asarray(lo_a)
    return a_below | b_below  # comparisons with NaN are False: unbounded sides overlap


def ratio(a: float, b: float) -> float:
    """max/min of two positive values (inf when one is 0)."""
    small, big = sorted((abs(a), abs(b)))
    return math.inf if small == 0 else big / small


def format_factor(factor: float) -> str:
    """×3.7, ×12, ×1,000: a factor as people read it."""
    if math.isinf(factor):
        return "×∞"
    if factor >= 100:
        return f"×{factor:,.0f}"
    if factor >= 10:
        return f"×{factor:.0f}" if abs(factor - round(factor)) < 0.05 else f"×{factor:.1f}".rstrip("0").rstrip(".")
    return "×" + f"{factor:.1f}".rstrip("0").rstrip(".")


def format_days(days: float) -> str:
    """'6 days', '1 day', 'the same day', '5 hours'; 'an unknown time' for undated claims."""
    if not math.isfinite(days):
        return "an unknown time"
    if days < 1:
        hours = round(days * 24)
        return "the same day" if hours < 1 else f"{hours} hour{'s' if hours != 1 else ''}"
    whole = round(days)
    return f"{whole} day{'s' if whole != 1 else ''}"


#: Most flags a pairwise kind returns for one topic, the widest gaps first: a figure
#: contested by hundreds of documents is one problem, not a million findings.
FLAG_LIMIT = 200

#: Most candidate pairs handled at once (memory stays bounded on big topics).
PAIR_CHUNK = 2_000_000


#: How far apart a ``batches`` topic's figures may be and still be one figure: the same
#: day. Two days' arrests are two nights' batches ("47 people arrested overnight" the day
#: after "78 arrested since the protests began"), not one figure told two ways.
BATCH_WINDOW = 0.0


def batch_window(topic: object, window: float | None) -> float | None:
    """``window``, narrowed to :data:`BATCH_WINDOW` for a topic counted in batches."""
    if not getattr(topic, "batches", False):
        return window
    return BATCH_WINDOW if window is None else min(window, BATCH_WINDOW)


def window_pairs(days: np.ndarray, window: float | None, chunk: int = PAIR_CHUNK,
                 groups: np.ndarray | None = None) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Blocks of index pairs (i, j), i != j, with ``|days[i] - days[j]| <= window`` (None: all).

    Claims are sorted by day and each is paired with the following ones inside
    the window only, so a month of daily figures costs pairs per day, not n²;
    pairs come in blocks of about ``chunk`` so memory stays bounded. With
    ``groups`` (integer codes, e.g. documents), only pairs inside one group.
    """
    n = len(days)
    days = np.asarray(days, dtype=float)
    if n and np.isnan(days).any():
        # Undated claims form one moment of their own, apart from every dated one.
        finite = days[~np.isnan(days)]
        floor = (finite.min() if len(finite) else 0.0) - 10 * ((window or 0) + 1)
        days = np.where(np.isnan(days), floor, days)
    group_of = np.zeros(n, dtype=np.int64) if groups is None else np.asarray(groups, dtype=np.int64)
    order = np.lexsort((days, group_of))
    sorted_groups = group_of[order]
    # Days made increasing across groups, so one binary search serves every group.
    span = (np.nanmax(days) - np.nanmin(days) + (window or 0) + 1) if n else 1
    sorted_days = days[order] - np.nanmin(days) + sorted_groups * span if n else days
    group_end = np.searchsorted(sorted_groups, sorted_groups, side="right")
    if window is None:
        ends = group_end
    else:
        ends = np.minimum(np.searchsorted(sorted_days, sorted_days + window + 1e-9, side="right"),
                          group_end)
    starts = np.arange(1, n + 1)
    counts = np.maximum(ends - starts, 0)
    block_start = 0
    while block_start < n:
        total = np.cumsum(counts[block_start:])
        block_end = block_start + max(1, int(np.searchsorted(total, chunk, side="right")))
        block_counts = counts[block_start:block_end]
        firsts = np.repeat(np.arange(block_start, block_end), block_counts)
        offsets = np.arange(block_counts.sum()) - np.repeat(np.cumsum(block_counts) - block_counts,
                                                           block_counts)
        seconds = np.repeat(starts[block_start:block_end], block_counts) + offsets
        yield order[firsts], order[seconds]
        block_start = block_end


def best_pair_per_documents(docs: np.ndarray, first: np.ndarray, second: np.ndarray,
                            score: np.ndarray, limit: int | None = None) -> np.ndarray:
    """Positions (into the pair arrays) of the widest-gap pair for each pair of documents.

    A story repeated in three paragraphs would otherwise give nine findings for
    one disagreement between two articles. With ``limit``, only that many pairs,
    the widest gaps. Returned in (first, second) order.
    """
    if len(first) == 0:
        return np.array([], dtype=int)
    codes = docs if np.issubdtype(docs.dtype, np.integer) else pd.factorize(docs)[0]
    a, b = codes[first].astype(np.int64), codes[second].astype(np.int64)
    key = np.minimum(a, b) * (int(codes.max()) + 1) + np.maximum(a, b)
    # Sort by document pair, then widest gap (stable: pairs come in a fixed order);
    # keep each document pair's first.
    order = np.lexsort((-score, key))
    _, firsts = np.unique(key[order], return_index=True)
    kept = order[firsts]
    if limit is not None and len(kept) > limit:
        kept = kept[np.lexsort((second[kept], first[kept], -score[kept]))][:limit]
    return kept[np.lexsort((second[kept], first[kept]))]


def significant_digits(values: pd.Series) -> pd.Series:
    """Significant digits of each value as written: 4500 -> 2, 45000 -> 2, 1.375e9 -> 4, 10e6 -> 1."""
    def count(value: float) -> int:
        if not math.isfinite(value) or value == 0:
            return 0
        mantissa = f"{abs(value):.12e}".split("e")[0].replace(".", "").rstrip("0")
        return len(mantissa)
    return values.astype(float).map(count)


# --- parts of a figure -------------------------------------------------------


@lru_cache(maxsize=1)
def subgroup_entities() -> frozenset[str]:
    """Nouns of groups within a total (concepts.yaml ``subgroup_entities``): "20 children" of 27 killed."""
    return frozenset(str(w).lower() for w in load_vocab("concepts")["subgroup_entities"])


# A figure right after "where": the toll at one site of an event ("the Bataclan concert
# hall in eastern Paris where 89 attack victims died"; "at Zaventem Airport, where 11
# people were reportedly killed"), a part of the event's toll.
SITE_BEFORE = re.compile(r"\bwhere\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# ... or a site named after "at" that a relative clause gives the figure of: "the attack at
# the Maelbeek Metro station, which killed 20, and the earlier blasts at Zaventem Airport,
# which killed 11" (AllSides, Mar 2016: the day's toll was 31).
SITE_WHICH = re.compile(
    r"\bat\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3},\s+(?:which|that)\s+(?:killed|left|claimed)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+)?$")
# ... or one its clause places "there": "to honor the 89 people who were killed there".
SITE_CASUALTY = r"(?:killed|died|dead|wounded|injured|hurt|shot|trapped)"
SITE_AFTER = re.compile(rf"^[^,;:.]{{0,40}}?\b{SITE_CASUALTY}\s+there\b", re.IGNORECASE)
# ... or at a named place right after the figure's noun or verb: "avalanches that killed at
# least 18 people at a Mount Everest base camp", "one of 18 who died on Mount Everest"
# (AllSides, Apr 2015: the Nepal quake's toll was 180 at one tower and thousands in all).
# A weekday or month is a time ("killed 5 people on Monday").
#: Months, weekdays and holidays as date_words.yaml writes them ("on Monday", "on Christmas Day").
_CALENDAR = load_vocab("date_words")
SITE_PERIOD = rf"(?:{phrase_alternation(sorted({*_CALENDAR['months'], *_CALENDAR['weekdays'], *_CALENDAR['holidays']}))})\b"
SITE_NAMED = re.compile(rf"^(?:\s+[\w-]+){{0,3}}?\s+(?:at|on)\s+(?:(?:a|an|the)\s+)?(?!{SITE_PERIOD})[A-Z][a-z]")

# A craft's whole complement: "killed all 224 aboard", "All 66 people on board were
# killed". Two different complements are two crafts, never a toll revised.
COMPLEMENT_BEFORE = re.compile(r"\ball\s+(?:the\s+)?$", re.IGNORECASE)
COMPLEMENT_AFTER = re.compile(r"^(?:\s+[\w-]+){0,2}?\s+(?:aboard|on\s+board|onboard)\b", re.IGNORECASE)


def figure_contexts(claims: pd.DataFrame, positions: np.ndarray) -> list[tuple[str, str]]:
    """For each position, the sentence text before the claim's figure and after it."""
    sentences, surfaces = claims["sentence"], claims["surface"] if "surface" in claims else None
    offsets = None
    if "start" in claims.columns and "sentence_start" in claims.columns:
        offsets = (claims["start"], claims["sentence_start"])
    out = []
    for k in np.asarray(positions, dtype=int):
        sentence = sentences.iat[k]
        sentence = "" if not isinstance(sentence, str) else sentence
        surface = "" if surfaces is None or not isinstance(surfaces.iat[k], str) else surfaces.iat[k]
        at = -1
        if offsets is not None:
            try:
                at = int(float(offsets[0].iat[k]) - float(offsets[1].iat[k]))
            except (TypeError, ValueError):
                at = -1
            if not (0 <= at <= len(sentence) and sentence.startswith(surface, at)):
                at = -1
        if at < 0:
            at = sentence.find(surface)
        out.append(("", "") if at < 0 else (sentence[:at], sentence[at + len(surface):]))
    return out


def at_site(claims: pd.DataFrame, positions: np.ndarray) -> np.ndarray:
    """True for claims counting the casualties at one site of an event (``SITE_BEFORE``, ``SITE_WHICH``,
    ``SITE_AFTER``, ``SITE_NAMED``)."""
    return np.array([bool(SITE_BEFORE.search(before) or SITE_WHICH.search(before) or SITE_AFTER.search(after)
                          or SITE_NAMED.match(after))
                     for before, after in figure_contexts(claims, positions)], dtype=bool)


def complements(claims: pd.DataFrame, positions: np.ndarray) -> np.ndarray:
    """True for claims giving a craft's whole complement ("all 224 aboard")."""
    return np.array([bool(COMPLEMENT_BEFORE.search(before) and COMPLEMENT_AFTER.search(after))
                     for before, after in figure_contexts(claims, positions)], dtype=bool)


def is_part(claims: pd.DataFrame, part: np.ndarray, whole: np.ndarray) -> np.ndarray:
    """A pair mask over positions in ``claims``: True where ``part`` is a part of ``whole``'s figure.

    The part's counted noun is a subgroup ("children", "foreign travelers") that
    the whole does not count ("The 14 foreign travelers killed" against "At
    least 140 people have been killed"), or the part counts one site of the
    event (``at_site``: "where 89 attack victims died") and the whole does not.
    """
    part, whole = np.asarray(part, dtype=int), np.asarray(whole, dtype=int)
    if len(part) == 0:
        return np.zeros(0, dtype=bool)
    found = np.zeros(len(part), dtype=bool)
    if "entity" in claims:
        entities = claims["entity"].fillna("").astype(str).str.lower().to_numpy()
        groups = subgroup_entities()
        # The head noun counts too: "12 government soldiers" are soldiers.
        in_group = np.array([entities[k] in groups or entities[k].rsplit(" ", 1)[-1] in groups for k in part],
                            dtype=bool)
        found |= in_group & (entities[part] != entities[whole])
    if "sentence" in claims:
        ask = np.flatnonzero(~found)
        if len(ask):
            found[ask] = at_site(claims, part[ask]) & ~at_site(claims, whole[ask])
    return found


# --- periods ---------------------------------------------------------------

# A year a figure is tied to ("in the 2017 fiscal year").
PERIOD_YEAR = r"\b(?:19|20)\d{2}\b"


@lru_cache(maxsize=1)
def period_pattern() -> re.Pattern[str]:
    """Periods a sentence ties its figures to: month names, years, "the last three months".

    Month names are matched capitalised and whole (date_words.yaml: "May" the month,
    not the modal); a span is an opener ("last", "past"), at most one word, and a
    unit ("month", "quarters") from concepts.yaml.
    """
    months = [m for m in load_vocab("date_words")["months"] if len(m) > 3 or m == "May"]
    data = load_vocab("concepts")
    openers = "|".join(sorted(map(re.escape, data["period_openers"]), key=len, reverse=True))
    units = "|".join(sorted(map(re.escape, data["period_units"]), key=len, reverse=True))
    month = r"\b(?:" + "|".join(sorted(map(re.escape, months), key=len, reverse=True)) + r")\b"
    span = rf"(?i:\b(?:{openers})\s+(?:[a-z]+\s+)?(?:{units})\b)"
    return re.compile(rf"{month}|{PERIOD_YEAR}|{span}")


def periods_of(sentence: str) -> frozenset[str]:
    """The periods ``sentence`` names, lower-cased: {"december"}, {"last three months"}."""
    return frozenset(" ".join(m.group().lower().split()) for m in period_pattern().finditer(sentence))


#: A trailing window a figure accumulates over: "over the past year", "in the last 12 months", "the past
#: three quarters", "so far this year", "year to date". (Not "last year" or "last month": one period.)
WINDOW_SPAN = re.compile(r"(?i:\bpast\s+(?:year|month|quarter|week|decade)\b"
                         r"|\b(?:last|past|previous)\s+[a-z0-9-]+\s+(?:years|months|quarters|weeks|decades)\b"
                         r"|\bso\s+far\s+this\s+(?:year|month|quarter|week)\b|\byear[\s-]to[\s-]date\b)")


def _sentence_reading(claims: pd.DataFrame, read: Callable[[str], Any]) -> Callable[[int], Any]:
    """``read`` of claim ``k``'s sentence ("" when the frame has none), each sentence read once and only when
    asked: most topics have no candidate pair, so their sentences are never read."""
    cache: dict[int, Any] = {}
    has_sentence = "sentence" in claims

    def reading(k: int) -> Any:
        if k not in cache:
            cache[k] = read(str(claims["sentence"].iat[k] or "") if has_sentence else "")
        return cache[k]

    return reading


def one_window(claims: pd.DataFrame) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """A pair mask over positions in ``claims``: True where one sentence names a trailing window
    (:data:`WINDOW_SPAN`) and the other names none.

    A sum over a year is about ten times a month's figure: "the retail sector gained 32,000" (last
    month) against "Over the past year, construction and retail have collectively gained about 320,000
    jobs" (AllSides, NPR's jobs report) is no slipped zero.
    """
    windowed = _sentence_reading(claims, lambda sentence: bool(WINDOW_SPAN.search(sentence)))
    return lambda first, second: np.array([windowed(int(a)) != windowed(int(b)) for a, b in zip(first, second)],
                                          dtype=bool)


def different_periods(claims: pd.DataFrame) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """A pair mask over positions in ``claims``: True where both sentences name periods, none shared.

    "added 175,000 jobs in May" and "257,000 jobs in January" are two months'
    figures, not two versions of one.
    """
    periods = _sentence_reading(claims, periods_of)
    return lambda first, second: np.array(
        [bool(periods(int(a))) and bool(periods(int(b))) and not (periods(int(a)) & periods(int(b)))
         for a, b in zip(first, second)], dtype=bool)


# --- relatedness -----------------------------------------------------------

# A group narrowed by where it comes from, right after its noun: "600 to 800 National Guard
# troops from other states", "some 200 troops from the 82nd Airborne Division" (AllSides,
# Jun 2020), "76 rescuers from Britain". Such a figure counts that group: another origin's
# figure counts another group. The origin: "other"/"several"/an ordinal and a word, or a
# capitalised name that is no month or weekday ("jobs from March" is a period).
ORIGIN_NOUN = r"(?:\s+[\w.’'-]+){0,4}?"
# (Month and weekday names from date_words.yaml, as SITE_PERIOD: "Sept", "Dec" too.)
ORIGIN_PERIOD = rf"(?:{phrase_alternation(sorted({*_CALENDAR['months'], *_CALENDAR['weekdays']}))})\b"
ORIGIN_NAME = rf"(?!{ORIGIN_PERIOD})[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
ORIGIN_AFTER = re.compile(
    rf"^{ORIGIN_NOUN}\s+from\s+(?:the\s+)?(?P<origin>(?:other|several|\d+(?:st|nd|rd|th))\s+[\w-]+|{ORIGIN_NAME})")
# A figure totalling several groups: "The combined 1,600 troops", "a total of 1,600".
TOTAL_BEFORE = re.compile(r"\b(?:combined|total\s+of|in\s+all|altogether)\s+$", re.IGNORECASE)


def group_origins(claims: pd.DataFrame, positions: np.ndarray) -> list[tuple[str, bool]]:
    """For each position, the origin narrowing its group ("other states", "" for none) and
    whether the figure is a total of groups ("The combined 1,600 troops")."""
    return [(match["origin"].lower() if (match := ORIGIN_AFTER.match(after)) else "",
             bool(TOTAL_BEFORE.search(before)))
            for before, after in figure_contexts(claims, positions)]


def other_groups(first: tuple[str, bool], second: tuple[str, bool]) -> bool:
    """True when two figures count different groups: two origins ("from other states", "from
    the 82nd Airborne Division"), or a group of one origin and a total of groups."""
    (origin_a, total_a), (origin_b, total_b) = first, second
    if origin_a and origin_b:
        return origin_a != origin_b
    return bool(origin_a and total_b) or bool(origin_b and total_a)


def related_pairs(claims: pd.DataFrame) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """A pair mask over positions in ``claims``: could the two claims be about one thing?

    Claims of one document always could. Claims of two documents could not when
    they are placed in two different countries ("1,000 Russian troops in Ukraine",
    "100 Special Operations forces across Somalia"), when they share no
    distinctive name and one is placed in a country the other's context does not
    name though it names others ("140,000 troops in Iraq" against 20,000 on the
    border in a context of Russia and Britain), or when their contexts
    (``context_keys`` from :func:`checker.topics.assign_topics`: the names and
    countries of the sentence and its neighbours, "~" marking common ones, "~~"
    ubiquitous ones) share no key but ubiquitous ones ("Obama" links the Virginia
    Tech shooting's 32 dead to nothing). "killed 828 Palestinians" and "killing
    all 298 people on board" of flight MH17 fall in one chained story of a busy
    month, and are two events. Nor could two groups of different origins, or a
    group of one origin and a total of groups (``other_groups``: "600 to 800
    National Guard troops from other states" against "The combined 1,600 troops").
    A context naming nothing cannot tell, and neither can a frame without the
    columns: such pairs could.
    """
    columns: dict[str, Any] = {}  # read on the first question: most topics never ask
    cache: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
    groups: dict[int, tuple[str, bool]] = {}
    has_keys = "context_keys" in claims

    def column(name: str) -> np.ndarray:
        if name not in columns:
            if name == "doc_id":
                columns[name] = pd.factorize(claims["doc_id"].astype(str))[0]
            elif name in claims:
                columns[name] = np.array(["" if pd.isna(v) else str(v) for v in claims[name]],
                                         dtype=object)
            else:
                columns[name] = np.full(len(claims), "", dtype=object)
        return columns[name]

    def keys_of(k: int) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """A claim's distinctive keys, the keys worth sharing (not "~~"), and all its keys."""
        # Read lazily: most topics have no candidate pair at all.
        if k not in cache:
            named = [key for key in column("context_keys")[k].split("|") if key]
            cache[k] = (frozenset(key for key in named if not key.startswith("~")),
                        frozenset(key.lstrip("~") for key in named if not key.startswith("~~")),
                        frozenset(key.lstrip("~") for key in named))
        return cache[k]

    def elsewhere(a: int, b: int) -> bool:
        """Claim ``a`` is placed in a country ``b``'s context does not name, though it names others."""
        place = column("place")[a]
        countries = {key for key in keys_of(b)[2] if key.startswith("@")}
        return bool(place) and bool(countries) and "@" + place not in countries

    def group_of(k: int) -> tuple[str, bool]:
        if k not in groups:
            groups[k] = group_origins(claims, np.array([k]))[0] if "sentence" in claims else ("", False)
        return groups[k]

    def could_share(a: int, b: int) -> bool:
        if other_groups(group_of(a), group_of(b)):
            return False  # "troops from other states" against "troops from the 82nd Airborne Division"
        (own_a, shared_a, all_a), (own_b, shared_b, all_b) = keys_of(a), keys_of(b)
        if not all_a or not all_b or own_a & own_b:
            return True
        if elsewhere(a, b) or elsewhere(b, a):
            return False  # "140,000 troops in Iraq" against a context of Russia and Britain
        # Each article of a big story names its own witnesses and headings ("Deadly",
        # "INVESTIGATION"): what counts is a key both name, "~~" ones (Obama, the US) aside.
        return bool(shared_a & shared_b)

    def related(first: np.ndarray, second: np.ndarray) -> np.ndarray:
        first, second = np.asarray(first, dtype=int), np.asarray(second, dtype=int)
        docs, places = column("doc_id"), column("place")
        same_doc = docs[first] == docs[second]
        conflict = (places[first] != "") & (places[second] != "") & (places[first] != places[second])
        ok = same_doc | ~conflict
        if has_keys:
            ask = np.flatnonzero(ok & ~same_doc)
            ok[ask] = [could_share(int(first[k]), int(second[k])) for k in ask]
        return ok

    return related
