"""Claim frames for rule-kind tests: real figures from the seeds, quake and BASIL corpora."""

from __future__ import annotations

import math
from typing import Any, Callable

import pandas as pd
import pytest

from checker.rules import prepare_claims

#: Defaults of a claim row: an exact, asserted count with no speaker.
CLAIM_DEFAULTS: dict[str, Any] = {
    "doc_id": "doc", "outlet": "", "published": "", "claim_date": "", "speaker": "",
    "speaker_type": "", "qualifier": "exact", "unit": "count", "entity": "", "entity_phrase": "",
    "modality": "asserted", "direction": "", "sentence": "", "file": "", "line": 1,
}


def build_claims(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A prepared claims frame: ``low``/``high`` default to the value, ids to c0, c1, ..."""
    records = []
    for number, row in enumerate(rows):
        record = {**CLAIM_DEFAULTS, **row}
        record.setdefault("claim_id", f"c{number}")
        record.setdefault("surface", f"{record['value']:,g}")
        record.setdefault("sentence", record["surface"])
        record.setdefault("low", record["value"] if record["qualifier"] not in ("at_most",) else math.nan)
        record.setdefault("high", record["value"] if record["qualifier"] not in ("at_least",) else math.nan)
        record.setdefault("sentence_start", number)
        records.append(record)
    return prepare_claims(pd.DataFrame(records))


@pytest.fixture
def claims_of() -> Callable[[list[dict[str, Any]]], pd.DataFrame]:
    """Factory fixture: ``claims_of([{...}, ...])`` -> prepared claims."""
    return build_claims
