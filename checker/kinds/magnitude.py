"""Kind ``magnitude``: two figures a power of ten apart (a slipped zero or unit)."""

from __future__ import annotations

from typing import Callable

import numpy as np
import pandas as pd

from checker.kinds.base import (
    FLAG_LIMIT, Flag, best_pair_per_documents, format_factor, is_part, one_window, parse_duration, register_kind,
    related_pairs, significant_digits,
)


@register_kind(
    "magnitude",
    params={
        "powers": {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 12}},
        "closeness": {"type": "number", "exclusiveMinimum": 0, "maximum": 0.5},
        "modality": {"enum": ["asserted", "projected", "same"]},
        "cumulative_window": {"type": ["string", "number"]},
        "min_digits": {"type": "integer", "minimum": 1},
        "same_digits": {"type": "boolean"},
        "window": {"type": ["string", "number", "null"]},
        "across_documents": {"type": "boolean"},
    },
    defaults={"powers": [1, 2, 3, 6], "closeness": 0.01, "modality": "same",
              "cumulative_window": "1d", "min_digits": 2, "same_digits": True, "window": None,
              "across_documents": False},
    parsers={"cumulative_window": parse_duration,
             "window": lambda w: None if w is None else parse_duration(w)},
)
def magnitude(claims: pd.DataFrame, topic: object, *, powers: list[int], closeness: float,
              modality: str, cumulative_window: float, min_digits: int, same_digits: bool,
              window: float | None, across_documents: bool) -> list[Flag]:
    """Two figures of one topic whose ratio is within ``closeness`` of a power of ten.

    What it flags: 4,500 against 45,000 jobs; $1.2 million against $1.2 billion;
    the same digits at a different order of magnitude, whatever the dates.
    Why: a dropped zero or a "million" written for "billion" is an error, never
    an honest difference of estimate.
    Example: "4,500 jobs will go" and "45,000 jobs will go" → error, ×10.
    Params: powers (the exponents to test, default [1, 2, 3, 6]), closeness
    (relative distance from 10^k, default 0.01), modality (asserted, projected,
    or same: any two claims of one modality, the default).
    On cumulative topics (a death toll that really grows tenfold in a day or a
    week, and whose parts, one province's or one country's, are a tenth of it)
    a pair is a slip only when the larger figure stands alone against a
    consensus: no other document within ``cumulative_window`` (default 1d)
    states a figure near it (within ``CONSENSUS_BAND``), while at least
    ``CONSENSUS_DOCUMENTS`` documents within that window state the smaller one.
    "More than 150,000 killed" among a day's reports of 14,000 to 17,000 is a
    slip; 1,500 dead reported by many against one province's 15 is not.
    Vague figures ("thousands") and ranges (their midpoint's digits were never
    written) are skipped, and so are figures with fewer than
    ``min_digits`` significant digits (default 2): $10 million and $100 million
    are as likely two different pledges as a slip, while 4,500 and 45,000 share
    their digits. same_digits (default true): the two must be written with the same
    significant digits (4,500 and 45,000; $21 million and $21 billion), not merely
    about ten times apart (12,000 and 119,000 jobs are two months, 139 and 1,400
    two counts). window (default none: any dates): figures of two documents
    further apart than this are not compared (a slip is made about one event;
    the default pack uses 2d); figures of one document always are. Figures of
    two documents placed in two countries or sharing no name (``related_pairs``:
    "$1.6 billion in border wall spending" in a budget story against a Guard
    deployment's "$160 million") are two things, and a smaller figure counting a
    group within the larger ("The 14 foreign travelers killed" against "at least
    140 people", ``is_part``) is a part, not a slip; nor is a sum over a trailing
    window against a figure of one period ("over the past year … gained about
    320,000 jobs" against a month's "gained 32,000", ``one_window``). across_documents (default
    false): only figures of two documents (one article counting "120 Knesset
    seats" and a party's "12 seats" tells of two things).
    """
    values_all = claims["value"].astype(float)
    wanted = claims["modality"].isin(["asserted", "projected"]) if modality == "same" else (
        claims["modality"] == modality)
    # A range's value is its midpoint, digits nobody wrote ("between 10 and 12 million" is 11
    # million, no slip of "1.1 million"): ranges are left out, like vague figures.
    running = bool(getattr(topic, "cumulative", False))
    # A running total's consensus (below) tells a slip from two pledges, whatever its digits:
    # "50,000 dead" against a day's 5,000s is a slip; $10 million against $100 million may not be.
    digits_needed = 1 if running else min_digits
    keep = (wanted & ~claims["qualifier"].isin(["vague", "range"])
            & (values_all > 0) & (significant_digits(values_all) >= digits_needed)).to_numpy()
    positions = np.flatnonzero(keep)
    subset = claims[keep]
    if len(subset) < 2:
        return []
    values = subset["value"].to_numpy(float)
    days = subset["day"].to_numpy(float)
    modalities = subset["modality"].to_numpy()
    logs = np.log10(values)
    slack = np.log10(1 + closeness)
    # For each power of ten, the figures whose log lies power ± slack above another's:
    # found by binary search on sorted logs, never by comparing all pairs.
    order = np.argsort(logs, kind="stable")
    sorted_logs = logs[order]
    firsts, seconds = [], []
    for power in powers:
        lo_at = np.searchsorted(sorted_logs, sorted_logs + power - slack, side="left")
        hi_at = np.searchsorted(sorted_logs, sorted_logs + power + slack, side="right")
        counts = np.maximum(hi_at - lo_at, 0)
        firsts.append(np.repeat(np.arange(len(order)), counts))
        seconds.append(np.repeat(lo_at, counts) + np.arange(counts.sum())
                       - np.repeat(np.cumsum(counts) - counts, counts))
    first, second = order[np.concatenate(firsts)], order[np.concatenate(seconds)]
    ok = modalities[first] == modalities[second]  # "will cut 4,500" against "will cut 45,000"
    # Undated claims of two documents may be two stories nothing links: same document only.
    doc_codes = pd.factorize(subset["doc_id"].astype(str))[0]
    ok &= ~((np.isnan(days[first]) | np.isnan(days[second])) & (doc_codes[first] != doc_codes[second]))
    if window is not None:
        ok &= (doc_codes[first] == doc_codes[second]) | (np.abs(days[first] - days[second]) <= window + 1e-9)
    if across_documents:
        ok &= doc_codes[first] != doc_codes[second]
    if same_digits:
        mantissas = _mantissas(values)
        ok &= mantissas[first] == mantissas[second]
    first, second = first[ok], second[ok]
    if len(first):
        smaller = np.where(values[first] <= values[second], first, second)
        larger = np.where(values[first] <= values[second], second, first)
        kept = related_pairs(claims)(positions[first], positions[second])
        first, second, smaller, larger = first[kept], second[kept], smaller[kept], larger[kept]
        kept = ~is_part(claims, positions[smaller], positions[larger])
        first, second, smaller, larger = first[kept], second[kept], smaller[kept], larger[kept]
        # A sum over a trailing window against one period's figure (a year's jobs against a month's).
        kept = ~one_window(claims)(positions[first], positions[second])
        first, second, smaller, larger = first[kept], second[kept], smaller[kept], larger[kept]
    if len(first) and running:
        timed = subset["timed"].to_numpy(bool) if "timed" in subset else np.zeros(len(subset), dtype=bool)
        support = _consensus(values, days, doc_codes, cumulative_window, timed)
        digits = significant_digits(pd.Series(values)).to_numpy()
        kept = np.array([_running_total_slip(int(small), int(big), values, days, doc_codes, digits, min_digits, support)
                         for small, big in zip(smaller, larger)], dtype=bool)
        first, second = first[kept], second[kept]
    if len(first) == 0:
        return []
    docs = subset["doc_id"].astype(str).to_numpy()
    scores = np.abs(logs[first] - logs[second])
    flags = []
    for k in best_pair_per_documents(docs, first, second, scores, FLAG_LIMIT):
        i, j = int(first[k]), int(second[k])
        a, b = (i, j) if (days[i], i) <= (days[j], j) else (j, i)
        factor = max(values[a], values[b]) / min(values[a], values[b])
        flags.append(Flag((int(positions[a]), int(positions[b])),
                          f"{format_factor(factor)}, a power of ten apart", "magnitude", float(scores[k])))
    return flags


#: Running totals: reports this close to a figure (relative) state it alike, and this many
#: documents make a consensus that a figure a power of ten away contradicts.
CONSENSUS_BAND = 0.25
CONSENSUS_DOCUMENTS = 2
#: Smaller figures are anecdotes, not a total ("three Australians" among a quake's dead).
CONSENSUS_MIN_VALUE = 10


def _running_total_slip(small: int, big: int, values: np.ndarray, days: np.ndarray, docs: np.ndarray,
                        digits: np.ndarray, min_digits: int, support: Callable[..., int]) -> bool:
    """Whether a running total's pair (``small``, ``big``: positions in ``values``) is a slip.

    One article's own two figures of one day are compared as for any topic (with
    ``min_digits``); an undated article's are not: a worldwide toll and one country's
    ("more than 4,900 have died" worldwide, the US's "49 confirmed fatalities"). Across
    articles, the larger figure is a slip when it stands alone (``support``: no other
    document near it) against a consensus on the smaller one, still reported after it.
    """
    if docs[small] == docs[big]:
        return bool(digits[small] >= min_digits and days[small] == days[big])
    return bool(values[small] >= CONSENSUS_MIN_VALUE and support(big, big) == 0
                and support(small, big) >= CONSENSUS_DOCUMENTS and support(small, big, later=True) >= 1)


def _consensus(values: np.ndarray, days: np.ndarray, docs: np.ndarray, window: float,
               timed: np.ndarray) -> Callable[..., int]:
    """``support(i, around)``: documents stating a figure near ``values[i]`` within ``window`` of claim ``around``.

    For the larger figure of a pair (``i == around``) its own document is not
    counted: support from others is what makes it no stray. For the smaller one,
    every document counts, its own included; ``later`` counts only reports
    not earlier than claim ``around``: a total still reported a tenth as large after the
    larger figure appeared shows the larger one wrong, where a total growing
    tenfold in a morning (an earthquake's first day) leaves no such report.
    """
    def support(i: int, around: int, later: bool = False) -> int:
        near = (np.abs(values - values[i]) <= CONSENSUS_BAND * values[i]) & (np.abs(days - days[around]) <= window + 1e-9)
        if i == around:
            near &= docs != docs[i]
        if later:
            # Not earlier; reports of one day without an hour (either of the two) cannot be
            # ordered within it, and count as not earlier.
            same_day = np.floor(days) == np.floor(days[around])
            near &= (days >= days[around]) | (same_day & ~(timed & timed[around]))
        return len(set(docs[near].tolist()))
    return support


def _mantissas(values: np.ndarray) -> np.ndarray:
    """The significant digits of each value as a string: 4500 -> "45", 45.5e9 -> "455"."""
    return np.array([f"{abs(v):.9e}".split("e")[0].replace(".", "").rstrip("0") for v in values])
