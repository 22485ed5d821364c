"""findings.json and claims.jsonl: typed values, contract field order."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from checker.columns import CLAIM_COLUMNS, FINDING_COLUMNS
from checker.report.json import json_column, json_value, render_claims_jsonl, render_findings_json, write_json


@pytest.mark.parametrize(
    "value, expected",
    [(3000.0, 3000), (3.5, 3.5), (np.float64(100000.0), 100000), (np.int64(7), 7), (float("nan"), None),
     (None, None), (pd.NA, None), (True, True), (np.bool_(False), False), (float("inf"), None),
     ("c01;c04", "c01;c04"), (2.0**60, 2.0**60)],
)
def test_json_value(value, expected):
    result = json_value(value)
    assert result == expected and type(result) is type(expected)


@pytest.mark.parametrize(
    "values",
    [[3000.0, 3.5, float("nan"), float("inf"), 2.0**60, -0.0], [True, False], [1, 11000],
     ["c01", None, float("nan")], ["11,000", 3.5, None, True], [None, None]],
)
def test_json_column_matches_json_value(values):
    column = pd.Series(values)
    result = json_column(column)
    expected = [json_value(v) for v in column]
    assert result == expected and [type(v) for v in result] == [type(v) for v in expected]


def test_findings_json_is_a_list_in_contract_order(frames):
    findings = json.loads(render_findings_json(frames["findings"]))
    assert [f["finding_id"] for f in findings] == ["f1", "f2", "f3", "f4"]
    assert list(findings[0])[: len(FINDING_COLUMNS)] == list(FINDING_COLUMNS)
    assert findings[2]["suppressed"] is True and findings[0]["suppressed"] is False
    assert findings[1]["line"] == 11 and findings[1]["claim_ids"] == "c02;c07"


def test_claims_jsonl_one_typed_object_per_line(frames):
    lines = render_claims_jsonl(frames["claims"]).splitlines()
    assert len(lines) == 8
    claims = [json.loads(line) for line in lines]
    assert list(claims[0]) == list(CLAIM_COLUMNS)
    by_id = {c["claim_id"]: c for c in claims}
    assert (by_id["c07"]["value"], by_id["c07"]["low"], by_id["c07"]["high"]) == (100000, None, 100000)
    assert by_id["c03"]["surface"] == "approximately 3.5 million"


def test_written_files_identical_across_runs(frames, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = write_json(tmp_path / "a", **frames)
    second = write_json(tmp_path / "b", **frames)
    assert [p.name for p in first] == ["findings.json", "claims.jsonl"]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert json.loads(first[0].read_text(encoding="utf-8"))[0]["outlets"] == "IANS;DayFR Euro"
