"""Kind ``self-contradiction``: one document gives two incompatible values."""

from __future__ import annotations

import pandas as pd

from checker.kinds.agree import compare_pairs
from checker.kinds.base import Flag, parse_rate, parse_tolerance, register_kind


#: Claims of one article this close in date describe the same moment.
SAME_TIME_DAYS = 1.0


@register_kind(
    "self-contradiction",
    params={"tolerance": {"type": ["string", "number"]},
            "modality": {"enum": ["asserted", "projected"]},
            "max_ratio": {"type": ["string", "number"]}},
    defaults={"tolerance": "5%", "modality": "asserted", "max_ratio": 3},
    parsers={"tolerance": parse_tolerance, "max_ratio": parse_rate},
)
def self_contradiction(claims: pd.DataFrame, topic: object, *, tolerance: tuple[str, float],
                       modality: str, max_ratio: float) -> list[Flag]:
    """One document asserts two incompatible values for the same topic and date.

    What it flags: two claims of one document, same topic and modality, dated
    within a day of each other, whose intervals (widened by ``tolerance``) do not overlap, unless
    they share a sentence (a breakdown, "23 died in Malatya, 17 in Urfa", or a
    change, "rose from 1,500 to 4,300") or two named speakers give them (an article quoting both sides is not contradicting itself).
    Why: an article contradicting itself is an editing error readers notice.
    Example: "3,000 soldiers arrived" and later in the same article "the 30,000
    soldiers who arrived" → flagged; "approximately 3.5 million artillery
    shells" and "around 3.5 million" → not flagged.
    Params: tolerance (default 5%), modality (asserted), max_ratio (default 3:
    figures further apart in one article are a part and a whole, "six people"
    in one town against "42" in all, not a contradiction).
    """
    # One pass over the topic, pairs within a document only. "killed 45 people on
    # Wednesday" and "the 38 people killed" (dated by the article, a day later) are
    # the same time: within a day counts as one date.
    return [Flag(flag.rows, flag.gap.split(" within")[0], flag.detail, flag.score)
            for flag in compare_pairs(claims, window=SAME_TIME_DAYS, tolerance=tolerance,
                                      modality=modality, speakers="same-or-outlet",
                                      label="self-contradiction", max_ratio=max_ratio,
                                      within_documents=True, skip_same_sentence=True)]
