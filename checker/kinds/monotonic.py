"""Kind ``monotonic``: a cumulative figure must not fall over time."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from checker.kinds.base import (
    Flag, format_days, format_factor, parse_duration, parse_rate, parse_tolerance, register_kind,
    complements, figure_contexts, is_part, related_pairs,
)


#: Documents confirm one another's running total when their figures are this close.
CONFIRM_BAND = 0.25

#: Days a claim must be dated before its article for a past-time clause to date it.
OWN_DATE_DAYS = 7

# A figure in a clause set in the past: "In mid-May, when America's coronavirus death
# toll was around 85,000" (printed June 22; AllSides, 2020) is that time's total, dated by
# its claim date. A date alone does not do: "The earthquake that struck Turkey and Syria
# [on Feb. 6] killed nearly 45,000" dates the event, and its toll is the article's.
PAST_WHEN_SUBJECT = r"(?:[\w’'-]+\s+){1,6}"
PAST_WHEN_VERB = r"(?:was|were|stood|had\s+(?:reached|passed|hit|topped)|still\s+stood)"
PAST_WHEN = re.compile(rf"\b(?:when|back\s+when)\s+{PAST_WHEN_SUBJECT}{PAST_WHEN_VERB}\s+"
                       rf"(?:(?:at|around|about|roughly|nearly|almost|some|only|just|over|under|more\s+than|"
                       rf"fewer\s+than|less\s+than)\s+)*$", re.IGNORECASE)

# A figure dated "as of" a past time is that time's total, however late it is printed:
# "As of late April, of the 37,308 deaths recorded by the Centers for Disease Control"
# (printed May 6, 2020; AllSides) is no fall from "72,400" printed May 5. The date cue
# (the dates stage's ``date_cue``) says so; its claim date keeps it in its place.
AS_OF_CUE = re.compile(r"^\W*as\s+(?:of|at)\b", re.IGNORECASE)


def keeps_own_date(claims: pd.DataFrame, positions: np.ndarray) -> np.ndarray:
    """Whether each running total at ``positions``, dated well before its article, keeps that date.

    It does when dated "as of" a past time (``AS_OF_CUE`` on ``date_cue``) or told in a past "when" clause
    (``PAST_WHEN``: "In mid-May, when the toll was around 85,000"); otherwise the date is the event's ("The
    7.8-magnitude earthquake on February 6 killed more than 45,000", printed March 3) and the total is the
    article's, as of its printing. The timeline places running totals by the same rule.
    """
    positions = np.asarray(positions, dtype=int)
    cues = (claims["date_cue"].fillna("").astype(str).to_numpy()[positions] if "date_cue" in claims
            else [""] * len(positions))
    return np.array([bool(AS_OF_CUE.match(cue)) or bool(PAST_WHEN.search(before))
                     for (before, _), cue in zip(figure_contexts(claims, positions), cues)], dtype=bool)


def _confirmed(best_by_doc: dict[str, int], lows: np.ndarray, days: np.ndarray, confirm: int) -> list[int]:
    """Every document's figure confirming the highest figure that ``confirm`` documents stated
    alike, the reference first (empty: none).

    Of the documents agreeing on it, the one stating the lowest figure is the
    reference, so the total compared with is one every confirming source reached.
    """
    ranked = sorted(best_by_doc.values(), key=lambda i: (-lows[i], days[i], i))
    for position, top in enumerate(ranked):
        group = [i for i in ranked[position:] if lows[i] >= lows[top] * (1 - CONFIRM_BAND)]
        if len(group) >= confirm:
            reference = group[confirm - 1]
            return [reference] + [i for i in group if i != reference]
    return []


def _below(high: float, total: float, tolerance: tuple[str, float]) -> bool:
    """Whether an upper bound lies below a running total beyond ``tolerance``."""
    how, amount = tolerance
    return bool(high < (total * (1 - amount) if how == "rel" else total - amount))


@register_kind(
    "monotonic",
    params={
        "tolerance": {"type": ["string", "number"]},
        "min_gap": {"type": ["string", "number"]},
        "confirm": {"type": "integer", "minimum": 1},
        "max_drop": {"type": ["string", "number"]},
        "min_value": {"type": "number", "minimum": 0},
        "date": {"enum": ["published", "claim"]},
        "window": {"type": ["string", "number", "null"]},
    },
    defaults={"tolerance": "5%", "min_gap": "12h", "confirm": 2, "max_drop": 4, "min_value": 10,
              "date": "published", "window": None},
    parsers={"tolerance": parse_tolerance,
             "min_gap": parse_duration, "max_drop": parse_rate,
             "window": lambda w: None if w is None else parse_duration(w)},
    applies_to="cumulative",
)
def monotonic(claims: pd.DataFrame, topic: object, *, tolerance: tuple[str, float],
              min_gap: float, confirm: int, max_drop: float, min_value: float,
              date: str, window: float | None) -> list[Flag]:
    """A cumulative figure (death toll, total aid, days of war) reported lower than before.

    What it flags: an asserted claim whose upper bound lies below the running
    total reached at least ``min_gap`` earlier, beyond ``tolerance``. The running
    total is the highest figure that ``confirm`` documents stated alike (within
    ``CONFIRM_BAND`` of each other), so one stray or misdated figure (a 1999 toll,
    a misread "26 million people") cannot set it. It names the earlier, higher
    claim (the first confirming document that could be about the same thing as
    the lower one, ``related_pairs``, and does not count it as a part) and the later, lower one.
    Why: a running total cannot go down; a lower figure later is a stale
    report, a figure for one country of two, or an error.
    Example: "the death toll climbed to more than 7,900" (Feb 7, two outlets)
    then "the earthquake killed 5,000 people" (Feb 9) → flagged, ÷1.6 after 2
    days; "at least 5,000" then "7,900" → not flagged.
    Params: tolerance (default 5%), min_gap (default 12h: RSS items of one
    morning lag each other by hours), confirm (documents needed to set the
    running total, default 2), max_drop (default 4: a figure below a quarter
    of the total is read as a part of it, one town or one family, not the total).
    min_value (default 10: "a family of five" is an anecdote, not a total),
    date (published, the default: a running total is what was known when it was
    printed, and a weekday in "Your Friday Briefing: 20,000 dead" must not date
    it days earlier, nor the event's date in "the earthquake that struck
    on Feb. 6 killed nearly 45,000" date the toll; a claim in a past "when"
    clause dated more than ``OWN_DATE_DAYS`` before its article keeps its own
    date, ``PAST_WHEN``: "In mid-May, when the toll was around 85,000", and so
    does one dated "as of" a past time, ``AS_OF_CUE``; or claim).
    window (default none; the default pack 14d): a running total set longer ago
    than this is not compared (the same place's next story is not a stale report).
    A lower figure counting a group within the total ("20 children" after "27
    people" killed, concepts.yaml `subgroup_entities`) or one site of the event
    ("where 89 attack victims died" after 129 killed in Paris) is a part, not a
    fall (``is_part``); a craft's whole complement ("killed all 224 aboard",
    "All 66 people on board") is its crash's toll, never a fall of another total
    (``complements``: "killing all 298 people on board" of flight MH17 after
    1,100 killed in three months of fighting in Ukraine).
    Vague figures ("tens of thousands") are skipped, and so is a lower figure of
    another document placed in another country or sharing no name with the total
    (``related_pairs``: "298 people on board" of a downed plane after "1,100
    killed" in three months of fighting).
    """
    keep = ((claims["modality"] == "asserted") & (claims["qualifier"] != "vague")
            & (claims["value"].astype(float) >= min_value)).to_numpy()
    positions = np.flatnonzero(keep)
    subset = claims[keep]
    if len(subset) < 2:
        return []
    when = subset["day"].to_numpy(float)
    if date == "published" and "published_day" in subset:
        printed = subset["published_day"].to_numpy(float)
        past = np.flatnonzero(when < printed - OWN_DATE_DAYS)
        own = np.zeros(len(when), dtype=bool)
        if len(past):  # few claims are dated a week before their article: read only those
            own[past] = keeps_own_date(claims, positions[past])
        when = np.where(own, when, printed)
    order = np.lexsort((np.arange(len(subset)), when))
    days = when[order]
    lows = subset["lo"].to_numpy(float)[order]
    highs = subset["hi"].to_numpy(float)[order]
    values = subset["value"].to_numpy(float)[order]
    docs = subset["doc_id"].astype(str).to_numpy()[order]
    at = positions[order]  # positions in ``claims``, in date order
    related = related_pairs(claims)
    flags = []
    best_by_doc: dict[str, int] = {}  # each document's highest lower bound so far (index in order)
    pending = 0
    confirmed_at, confirming = -1, []
    for k in range(len(order)):
        while pending < k and days[pending] <= days[k] - min_gap:
            doc = docs[pending]
            if not np.isnan(lows[pending]) and (doc not in best_by_doc
                                                or lows[pending] > lows[best_by_doc[doc]]):
                best_by_doc[doc] = pending
            pending += 1
        if len(best_by_doc) < confirm or np.isnan(highs[k]) or values[k] <= 0 or np.isnan(days[k]):
            continue  # an undated claim cannot come after anything
        if pending != confirmed_at:  # new earlier claims: the running total may have moved
            confirming, confirmed_at = _confirmed(best_by_doc, lows, days, confirm), pending
        if not confirming:
            continue
        reference = confirming[0]
        if window is not None and days[k] - days[reference] > window:
            continue  # an old total: the story may be another one
        if _below(highs[k], lows[reference], tolerance) and values[reference] / values[k] <= max_drop \
                and not complements(claims, at[[k]])[0]:
            # The total stands if any document confirming it could be about the same thing as
            # the lower figure: the first such one is named ("Your Friday Briefing: 12,000 Dead
            # in Turkey and Syria" against a live page's 15,000 naming nothing, confirmed by
            # Fox News' 15,000 "in Turkey and Syria").
            named = next((c for c in confirming
                          if _below(highs[k], lows[c], tolerance)
                          and (window is None or days[k] - days[c] <= window)
                          and values[c] / values[k] <= max_drop
                          and related(at[[c]], at[[k]])[0]
                          and not is_part(claims, at[[k]], at[[c]])[0]), -1)
            if named < 0:
                continue
            factor = values[named] / values[k]
            gap = f"÷{format_factor(factor)[1:]} after {format_days(days[k] - days[named])}"
            flags.append(Flag((int(positions[order[named]]), int(positions[order[k]])), gap,
                              "monotonic: a cumulative figure fell", days=(float(days[named]), float(days[k]))))
    return flags
