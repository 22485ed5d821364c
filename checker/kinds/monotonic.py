"""Kind ``monotonic``: a cumulative figure must not fall over time."""

from __future__ import annotations

import numpy as np
import pandas as pd

from checker.kinds.base import Flag, parse_duration, format_days, format_factor, parse_tolerance, register_kind


@register_kind(
    "monotonic",
    params={
        "tolerance": {"type": ["string", "number"]},
        "min_gap": {"type": ["string", "number"]},
    },
    defaults={"tolerance": "5%", "min_gap": "12h"},
    parsers={"tolerance": parse_tolerance,
             "min_gap": parse_duration},
    applies_to="cumulative",
)
def monotonic(claims: pd.DataFrame, topic: object, *, tolerance: tuple[str, float],
              min_gap: float) -> list[Flag]:
    """A cumulative figure (death toll, total aid, days of war) reported lower than before.

    What it flags: an asserted claim whose upper bound lies below the highest
    lower bound asserted at least ``min_gap`` earlier, beyond ``tolerance``.
    It names the earlier, higher claim and the later, lower one.
    Why: a running total cannot go down; a lower figure later is a stale
    report, a different scope (one country of two) or an error.
    Example: "the death toll rose to 7,900" (Feb 7) then "more than 5,000
    killed" (Feb 9) → flagged, ÷1.6 after 2 days; "at least 5,000" then "7,900"
    → not flagged.
    Params: tolerance (default 5%), min_gap (default 12h: RSS items of the same
    morning often lag each other by a few hours).
    """
    keep = (claims["modality"] == "asserted").to_numpy()
    positions = np.flatnonzero(keep)
    subset = claims[keep]
    if len(subset) < 2:
        return []
    how, amount = tolerance
    order = np.lexsort((np.arange(len(subset)), subset["day"].to_numpy(float)))
    days = subset["day"].to_numpy(float)[order]
    lows = subset["lo"].to_numpy(float)[order]
    highs = subset["hi"].to_numpy(float)[order]
    values = subset["value"].to_numpy(float)[order]
    flags = []
    best = -1  # index (in order) of the highest lower bound seen min_gap before
    pending = 0
    for k in range(len(order)):
        while pending < k and days[pending] <= days[k] - min_gap:
            if not np.isnan(lows[pending]) and (best < 0 or lows[pending] > lows[best]):
                best = pending
            pending += 1
        if best < 0 or np.isnan(highs[k]):
            continue
        limit = lows[best] * (1 - amount) if how == "rel" else lows[best] - amount
        if highs[k] < limit:
            factor = values[best] / values[k] if values[k] else np.inf
            gap = f"÷{format_factor(factor)[1:]} after {format_days(days[k] - days[best])}"
            flags.append(Flag((int(positions[order[best]]), int(positions[order[k]])), gap,
                              "monotonic: a cumulative figure fell"))
    return flags
