"""Kind ``projection-outlier``: a projection far from the latest asserted value."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

import numpy as np
import pandas as pd

from checker.kinds.base import (
    Flag, figure_contexts, format_days, format_factor, parse_duration, parse_rate, register_kind, related_pairs,
)
from checker.patterns import phrase_alternation
from checker.vocab import load_vocab


#: Characters before a projected figure read for its level cue ("the final death toll may be as many as").
LEVEL_REACH = 80


@lru_cache(maxsize=1)
def level_lead() -> re.Pattern[str]:
    """Words before a projected figure giving it as the figure's future level (concepts.yaml
    ``level_verbs``, ``level_fillers``, ``final_words``): "may grow to", "the final toll may be"."""
    data = load_vocab("concepts")
    verbs = phrase_alternation([str(w) for w in data["level_verbs"]], flexible_space=False)
    fillers = phrase_alternation([str(w) for w in data["level_fillers"]], flexible_space=False)
    final = phrase_alternation([str(w) for w in data["final_words"]], flexible_space=False)
    return re.compile(rf"\b(?:{verbs})\b(?:\s+(?:{fillers})\b)*\s*$|\b(?:{final})\b", re.IGNORECASE)


@register_kind(
    "projection-outlier",
    params={"factor": {"type": ["string", "number"]},
            "min_value": {"type": "number", "minimum": 0},
            "max_ratio": {"type": ["string", "number"]},
            "window": {"type": ["string", "number", "null"]},
            "levels_only": {"type": "boolean"}},
    defaults={"factor": 5, "min_value": 10, "max_ratio": 100, "window": None, "levels_only": True},
    parsers={"factor": parse_rate, "max_ratio": parse_rate,
             "window": lambda w: None if w is None else parse_duration(w)},
)
def projection_outlier(claims: pd.DataFrame, topic: object, *, factor: float,
                       min_value: float, max_ratio: float, window: float | None,
                       levels_only: bool) -> list[Flag]:
    """A projected figure more than ``factor`` times away from the latest asserted value.

    What it flags: "could", "may grow to", "expected to reach" figures compared
    with the latest asserted figure of the topic on or before their date (the
    earliest later one when none precedes).
    Why: projections are kept out of contradictions, but a projection ten times
    the current figure is worth a note so readers do not take it as a fact.
    Example: "may grow to 100,000" (JoongAng, 2024-11-20) while the latest
    asserted figure is 11,000 → ×9.1 (info).
    Params: factor (default 5), min_value (default 10: figures below it on either
    side are anecdotes, not the figure), max_ratio (default 100: further apart,
    the two are not one quantity: "1.3 million active-duty troops" against
    "plans to pull all 2,000 troops out of Syria"). Vague projections ("could reach the
    thousands") are skipped, and so are projected changes (a ``direction``: "could lose
    11,000 soldiers"). The reference is the latest asserted figure that
    could be about the same thing (``related_pairs``: not placed in another
    country, sharing a name with the projection's context); with none, no note.
    window (default none; the default pack 30d): an asserted figure further from
    the projection than this is another moment of the story, no reference (a
    2013 projection of 10,000 dead against a toll from 2000).
    levels_only (default true): only a projection the text gives as the figure's
    own future level, a level verb before it ("may grow to 100,000", "could rise
    to", "is expected to reach") or the final count named ("the final toll may be
    as many as 10,000", ``level_lead``). Other projected figures are mostly other
    quantities of the story: a plan to send 450 more troops against the 3,000
    there, a model's scenario, a bill's amount (on AllSides 45 of 47 notes without
    this were about different things).
    """
    large = claims["value"].astype(float) >= max(min_value, 1e-9)
    precise = (claims["qualifier"] != "vague") & claims["day"].notna()  # undated: no "latest"
    asserted = claims[(claims["modality"] == "asserted") & precise & large]
    # A projected change ("the base could lose 11,000 soldiers", "will cut 2,500 jobs") is a
    # difference, not a level the figure may reach: nothing to compare with the figure.
    level = claims["direction"].fillna("").astype(str) == "" if "direction" in claims else True
    projected_at = np.flatnonzero(((claims["modality"] == "projected") & precise & large & level).to_numpy())
    if asserted.empty or len(projected_at) == 0:
        return []
    if levels_only:
        pattern = level_lead()
        projected_at = np.array([p for p, (before, _) in zip(projected_at, figure_contexts(claims, projected_at))
                                 if pattern.search(before[-LEVEL_REACH:])], dtype=int)
        if len(projected_at) == 0:
            return []
    asserted_at = np.flatnonzero(claims.index.isin(asserted.index))
    a_days = claims["day"].to_numpy(float)[asserted_at]
    values = claims["value"].to_numpy(float)
    days = claims["day"].to_numpy(float)
    flags = []
    doc_ids = claims["doc_id"].astype(str).to_numpy()
    seen: set[tuple[str, float]] = set()
    related = related_pairs(claims)
    for p in projected_at:
        if (doc_ids[p], values[p]) in seen:
            continue  # a headline repeating the body's projection is one note, not two
        seen.add((doc_ids[p], values[p]))
        # Latest first among those on or before its date, then the earliest later ones.
        near = asserted_at if window is None else asserted_at[np.abs(a_days - days[p]) <= window]
        near_days = days[near]
        before = near[near_days <= days[p]]
        after = near[near_days > days[p]]
        candidates = np.concatenate([before[np.lexsort((before, days[before]))[::-1]],
                                     after[np.lexsort((after, days[after]))]])
        ref = _first_related(related, candidates, p)
        if ref < 0:
            continue  # nothing asserted about the same thing: no reference
        gap_factor = max(values[p], values[ref]) / min(values[p], values[ref])
        if factor < gap_factor <= max_ratio:
            elapsed = abs(days[p] - days[ref])
            when = "the same day" if elapsed < 1 else (
                f"{format_days(elapsed)} apart" if np.isfinite(elapsed) else "undated")
            flags.append(Flag((int(ref), int(p)), f"{format_factor(gap_factor)} ({when})",
                              f"projection-outlier, more than {format_factor(factor)}"))
    return flags


#: Candidates asked about at once: the nearest one is mostly related, and a big topic
#: (a quake's thousands of tolls) must not ask about every pair.
RELATED_CHUNK = 16


def _first_related(related: Callable[[np.ndarray, np.ndarray], np.ndarray], candidates: np.ndarray,
                   projection: int) -> int:
    """The first of ``candidates`` (positions, in preference order) related to ``projection`` (-1: none)."""
    for start in range(0, len(candidates), RELATED_CHUNK):
        chunk = candidates[start:start + RELATED_CHUNK]
        hits = np.flatnonzero(related(chunk, np.full(len(chunk), projection)))
        if len(hits):
            return int(chunk[hits[0]])
    return -1
