"""CSV reports: contract column order, number and blank formatting, determinism."""

from __future__ import annotations

import io
import math

import numpy as np
import pandas as pd
import pytest

from checker.columns import CLAIM_COLUMNS, DOCUMENT_COLUMNS, FINDING_COLUMNS, TIMELINE_COLUMNS
from checker.report.csv import (
    CSV_FILES,
    FORMULA_START,
    claims_csv,
    csv_tables,
    format_cell,
    format_column,
    frame_to_csv,
    neutralise_formulas,
    write_csv,
)


@pytest.mark.parametrize(
    "value, text",
    [
        (3000.0, "3000"),
        (3.5, "3.5"),
        (3500000.0, "3500000"),
        (9.2e9, "9200000000"),
        (0.1, "0.1"),
        (-0.0, "0"),
        (float("nan"), ""),
        (None, ""),
        (pd.NA, ""),
        (pd.NaT, ""),
        (np.float64(12000.0), "12000"),
        (np.int64(11000), "11000"),
        (True, "true"),
        (np.bool_(False), "false"),
        (float("inf"), "inf"),
        ("around 11,000", "around 11,000"),
        (pd.Timestamp("2024-11-20 15:57"), "2024-11-20T15:57:00"),
    ],
)
def test_format_cell(value, text):
    assert format_cell(value) == text


@pytest.mark.parametrize(
    "values",
    [
        [3000.0, 3.5, float("nan"), 1e-05, 9.2e9, -11000.0, float("-inf")],
        [True, False, True],
        [1, 2, 11000],
        ["11,000", None, 3.5, 3000.0, True],
    ],
)
def test_format_column_matches_format_cell(values):
    column = pd.Series(values)
    assert format_column(column).tolist() == [format_cell(v) for v in column]


@pytest.mark.parametrize(
    "text, risky",
    [
        ("=HYPERLINK(\"http://x\")", True),
        ("+11,000 troops", True),
        ("@SUM(A1)", True),
        ("-", True),
        ("\tcmd", True),
        ("-3000", False),  # a plain number
        ("around 11,000", False),
        ("", False),
    ],
)
def test_formula_start_pattern_and_neutralising(text, risky):
    assert bool(FORMULA_START.match(text)) == (risky or text == "-3000")
    cell = neutralise_formulas(pd.Series([text])).item()
    assert cell == ("'" + text if risky else text)


def test_contract_columns_first_in_order_and_no_document_text(frames):
    tables = csv_tables(**frames)
    headers = {name: pd.read_csv(io.StringIO(text), dtype=str).columns.tolist()
               for name, text in tables.items()}
    assert headers["claims.csv"][: len(CLAIM_COLUMNS)] == list(CLAIM_COLUMNS)
    assert headers["discrepancies.csv"][: len(FINDING_COLUMNS)] == list(FINDING_COLUMNS)
    assert headers["timeline.csv"] == list(TIMELINE_COLUMNS)
    assert headers["documents.csv"] == [c for c in DOCUMENT_COLUMNS if c not in ("text", "source_lines")]
    assert "training camp" not in tables["documents.csv"]


def test_claims_values_without_spurious_decimals(frames):
    claims = pd.read_csv(io.StringIO(csv_tables(**frames)["claims.csv"]), dtype=str,
                         keep_default_na=False).set_index("claim_id")
    assert claims.loc["c01", ["value", "low", "high"]].tolist() == ["3000", "3000", "3000"]
    # "As many as 100,000": no lower bound -> blank, not "nan".
    assert claims.loc["c07", ["value", "low", "high"]].tolist() == ["100000", "", "100000"]
    assert claims.loc["c03", "value"] == "3500000"
    assert claims.loc["c02", "line"] == "11"


def test_discrepancies_keep_finding_text_and_booleans(frames):
    text = csv_tables(**frames)["discrepancies.csv"]
    findings = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert findings["suppressed"].tolist() == ["false", "false", "true", "false"]
    assert findings.loc[0, "claim_ids"] == "c01;c04"
    assert findings.loc[2, "suppression_reason"] == "Kyiv updated its count between the two reports"
    assert text.count("\r") == 0


def test_timeline_change_printed_as_integer_and_ratio_as_float(frames):
    timeline = pd.read_csv(io.StringIO(csv_tables(**frames)["timeline.csv"]), dtype=str,
                           keep_default_na=False).set_index("claim_id")
    assert timeline.loc["c04", "change"] == "8000"
    assert float(timeline.loc["c04", "change_ratio"]) == pytest.approx(11000 / 3000)
    assert timeline.loc["c01", "change"] == ""


def test_same_frames_give_byte_identical_files(frames, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = write_csv(tmp_path / "a", **frames)
    second = write_csv(tmp_path / "b", **frames)
    assert [p.name for p in first] == list(CSV_FILES)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


@pytest.mark.parametrize("name", ["claims.csv", "discrepancies.csv", "timeline.csv"])
def test_tables_read_back_as_text_print_the_same(frames, name):
    """A table read back from a previous run (all text) is written unchanged."""
    text = csv_tables(**frames)[name]
    read_back = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    columns = {"claims.csv": CLAIM_COLUMNS, "discrepancies.csv": FINDING_COLUMNS,
               "timeline.csv": TIMELINE_COLUMNS}[name]
    assert frame_to_csv(read_back, columns) == text


def test_empty_findings_still_give_a_header(frames):
    frames["findings"] = frames["findings"].iloc[0:0]
    text = csv_tables(**frames)["discrepancies.csv"]
    assert text == ",".join(FINDING_COLUMNS) + "\n"


def test_numbers_read_back_equal(frames):
    claims = pd.read_csv(io.StringIO(csv_tables(**frames)["claims.csv"]))
    assert claims["value"].tolist() == frames["claims"]["value"].tolist()
    assert math.isnan(claims.loc[claims["claim_id"] == "c07", "low"].item())


def test_claims_csv_is_the_claims_table(frames):
    assert claims_csv(frames["claims"]) == csv_tables(**frames)["claims.csv"]
