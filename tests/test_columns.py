"""The column contract: checks on entry, and the generated reference stays in step."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from checker.columns import CLAIM_COLUMNS, MissingColumnsError, columns_markdown, ordered, require_columns

ROOT = Path(__file__).resolve().parent.parent


def test_require_columns_names_the_stage_and_what_is_missing():
    with pytest.raises(MissingColumnsError, match=r"check needs columns \['value'\]"):
        require_columns(pd.DataFrame({"claim_id": ["c1"]}), ["claim_id", "value"], "check")


def test_ordered_puts_contract_columns_first_in_contract_order():
    frame = pd.DataFrame({"extra": [1], "value": [3000.0], "claim_id": ["c1"]})
    assert list(ordered(frame, CLAIM_COLUMNS).columns) == ["claim_id", "value", "extra"]


def test_docs_columns_md_is_generated_from_the_definitions():
    assert (ROOT / "docs" / "columns.md").read_text(encoding="utf-8") == columns_markdown(), \
        "regenerate with: python -m checker.columns > docs/columns.md"
