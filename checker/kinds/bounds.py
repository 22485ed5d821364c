"""Kind ``bounds``: a figure outside the range the topic allows."""

from __future__ import annotations

import numpy as np
import pandas as pd

from checker.kinds.base import Flag, register_kind


@register_kind(
    "bounds",
    params={"min": {"type": "number"}, "max": {"type": "number"},
            "modality": {"enum": ["asserted", "projected", "any"]}},
    defaults={"min": None, "max": None, "modality": "asserted"},
    min_claims=1,
)
def bounds(claims: pd.DataFrame, topic: object, *, min: float | None, max: float | None,
           modality: str) -> list[Flag]:
    """A figure outside [``min``, ``max``] for its topic.

    What it flags: one claim whose value is below ``min`` or above ``max``.
    Why: some figures have known limits (a percentage above 100, more troops
    than an army has, a negative count); a value beyond them is an extraction
    or reporting error.
    Example: with max 100 for a turnout percentage, "turnout reached 112%" → flagged.
    Params: min, max (numbers; either may be left out), modality (asserted |
    projected | any).
    """
    values = claims["value"].to_numpy(float)
    keep = np.ones(len(claims), dtype=bool) if modality == "any" else (
        claims["modality"] == modality).to_numpy()
    flags = []
    for i in np.flatnonzero(keep):
        if min is not None and values[i] < min:
            flags.append(Flag((int(i),), f"below the minimum {min:,g}", "bounds"))
        elif max is not None and values[i] > max:
            flags.append(Flag((int(i),), f"above the maximum {max:,g}", "bounds"))
    return flags
