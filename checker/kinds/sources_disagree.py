"""Kind ``sources-disagree``: two different sources give incompatible figures."""

from __future__ import annotations

import pandas as pd

from checker.kinds.agree import compare_pairs, period_mask
from checker.kinds.base import Flag, batch_window, parse_duration, parse_rate, parse_tolerance, register_kind


@register_kind(
    "sources-disagree",
    params={
        "window": {"type": ["string", "number"]},
        "tolerance": {"type": ["string", "number"]},
        "modality": {"enum": ["asserted", "projected"]},
        "by": {"enum": ["speaker", "speaker_type"]},
        "max_ratio": {"type": ["string", "number"]},
        "min_value": {"type": "number", "minimum": 0},
        "same_period": {"type": "boolean"},
        "shared_values": {"type": "boolean"},
        "across_documents": {"type": "boolean"},
    },
    defaults={"window": "2d", "tolerance": "10%", "modality": "asserted", "by": "speaker",
              "max_ratio": 10, "min_value": 0, "same_period": True,
              "shared_values": True, "across_documents": False},
    parsers={"window": parse_duration, "tolerance": parse_tolerance, "max_ratio": parse_rate},
    applies_to="non-cumulative",
)
def sources_disagree(claims: pd.DataFrame, topic: object, *, window: float,
                     tolerance: tuple[str, float], modality: str, by: str,
                     max_ratio: float, min_value: float, same_period: bool,
                     shared_values: bool, across_documents: bool) -> list[Flag]:
    """Two different named speakers (or speaker types) give incompatible figures for one topic and time.

    What it flags: a pair of claims of the same topic and modality, within
    ``window``, from two different speakers (``by: speaker``) or two kinds of
    source (``by: speaker_type``: police against organisers, a government against
    an organisation), whose intervals widened by ``tolerance`` do not overlap.
    Why: both may be honest estimates (crowd counts, casualty figures), so it is
    usually a warning that tells the reader the figure is disputed.
    Example: "Police put the number of demonstrators at 18,000" against "the
    organisers said 60,000 people marched" the same day → flagged.
    Params: window (default 2d), tolerance (default 10%), modality (asserted),
    by (speaker | speaker_type), max_ratio (default 10: figures further apart are
    about different things), min_value (default 0: leave out smaller figures),
    same_period (default true: sentences naming different periods, "in May" and
    "in January", give a series, not a dispute), shared_values (default true:
    two articles one of which also gives the other's figure are not disputing:
    "69,000 jobs in May, well below expectations of 150,000" beside "69,000").
    across_documents (default false; the default pack true): only two documents'
    figures. An article quoting two sources reports their dispute itself, and on
    AllSides such pairs were mostly two quantities ("the 5,500 troops
    post-drawdown" against "the current force of 9,800").
    A topic counted in ``batches`` compares one day's figures only (``batch_window``).
    """
    return compare_pairs(claims, window=batch_window(topic, window), tolerance=tolerance, modality=modality,
                         speakers="different", label="sources disagree", speaker_column=by,
                         max_ratio=max_ratio, min_value=min_value,
                         keep_pairs=period_mask(claims) if same_period else None,
                         skip_shared=shared_values, across_documents=across_documents)
