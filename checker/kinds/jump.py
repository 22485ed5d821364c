"""Kind ``jump``: consecutive figures changing faster than a plausible rate."""

from __future__ import annotations

import numpy as np
import pandas as pd

from checker.kinds.base import (
    Flag, format_days, format_factor, is_part, parse_duration, parse_rate, register_kind, related_pairs,
)


@register_kind(
    "jump",
    params={
        "max_rate": {"type": ["string", "number"]},
        "per": {"type": ["string", "number"]},
        "min_value": {"type": "number", "minimum": 0},
        "max_ratio": {"type": ["string", "number"]},
        "min_gap": {"type": ["string", "number"]},
    },
    defaults={"max_rate": 3, "per": "7d", "min_value": 10, "max_ratio": 10, "min_gap": "1d"},
    parsers={"max_rate": parse_rate, "per": parse_duration, "max_ratio": parse_rate,
             "min_gap": parse_duration},
    applies_to="levels",
)
def jump(claims: pd.DataFrame, topic: object, *, max_rate: float, per: float,
         min_value: float, max_ratio: float, min_gap: float) -> list[Flag]:
    """Consecutive asserted values of a topic changing faster than ``max_rate`` per ``per``.

    What it flags: in date order, a figure more than ``max_rate`` times (or less
    than 1/``max_rate`` of) the previous different figure, when they are at
    most ``per`` apart; further apart, the rate is compounded (×9 over 14 days
    is ×3 per 7 days).
    Why: a real quantity rarely triples in a week; either it did (news worth a
    note) or one figure is about something else. A warning, with the rate.
    Example: Zelensky (IANS, 2024-11-01) says 3,000 North Korean troops are in
    Russia; DayFR Euro (2024-11-07) says 11,000 → ×3.7 in 6 days (max ×3 per
    7 days).
    Params: max_rate (factor, default 3), per (duration, default 7d), min_value
    (default 10: "one servicemember" next to "72 personnel" is an anecdote, not
    a rate), max_ratio (default 10: a change beyond it is a different quantity,
    not a rate: "1.5 million refugees" then "10"), min_gap (default 1d: two
    figures of one day differ, they do not change: a rate needs time between
    them, and same-day differences are the agree kind's). Vague figures and
    projections are skipped, and so are figures of other documents placed in
    another country or sharing no name with the previous one (``related_pairs``),
    and a lower figure that counts a group within the higher one ("10 U.S. sailors"
    among "66 hostages", ``is_part`` as in monotonic).
    Two figures of one article are never a jump: the article tells the change
    itself ("about 100 protesters" on Saturday night, "more than 1,000" at
    Sunday's gathering; an adviser's 500,000 immigrants and an economist's 1.6
    million job seekers); the later one becomes the reference.
    """
    keep = ((claims["modality"] == "asserted") & (claims["qualifier"] != "vague")
            & (claims["value"].astype(float) >= max(min_value, 1e-9))).to_numpy()
    positions = np.flatnonzero(keep)
    subset = claims[keep]
    if len(subset) < 2:
        return []
    order = np.lexsort((np.arange(len(subset)), subset["day"].to_numpy(float)))
    days = subset["day"].to_numpy(float)[order]
    values = subset["value"].to_numpy(float)[order]
    lows = subset["lo"].to_numpy(float)[order]
    highs = subset["hi"].to_numpy(float)[order]
    at = positions[order]  # positions in ``claims``, in date order
    related = related_pairs(claims)
    docs = claims["doc_id"].astype(str).to_numpy()
    flags = []
    previous = 0
    for k in range(1, len(order)):
        if not (highs[k] < lows[previous] or lows[k] > highs[previous]):
            continue  # the same figure, within its slack: not a new value
        elapsed = days[k] - days[previous]
        if not np.isfinite(elapsed):
            continue  # undated: no rate
        factor = max(values[k], values[previous]) / min(values[k], values[previous])
        # In logs: years between two figures overflow max_rate ** (elapsed / per) as a float.
        allowed = np.exp(min(np.log(max_rate) * max(1.0, elapsed / per), 700.0)) if per > 0 else max_rate
        if factor > max_ratio:
            continue  # not the same quantity: keep the previous value as the reference
        if docs[at[previous]] == docs[at[k]]:
            previous = k  # one article's two figures: it reports the change itself
            continue
        if not related(at[[previous]], at[[k]])[0]:
            continue  # another place or nothing named in common: another quantity
        lower, higher = (k, previous) if values[k] < values[previous] else (previous, k)
        if is_part(claims, at[[lower]], at[[higher]])[0]:
            previous = higher  # "10 U.S. sailors" among "66 hostages": a group within the figure, no new value
            continue
        if factor > allowed and elapsed >= min_gap:
            sign = "×" if values[k] > values[previous] else "÷"
            gap = f"{sign}{format_factor(factor)[1:]} in {format_days(elapsed)}"
            detail = f"jump, max {format_factor(max_rate)} per {format_days(per)}"
            flags.append(Flag((int(positions[order[previous]]), int(positions[order[k]])), gap, detail))
        previous = k
    return flags
