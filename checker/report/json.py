"""JSON reports: findings.json (an array of finding objects) and claims.jsonl.

Field names and order are those of the CSV tables (contract columns first);
values keep their JSON type: numbers as numbers (``3000``, ``3.5``), flags as
``true``/``false``, blanks as ``null``. The ``;``-joined columns
(``claim_ids``, ``values``, ...) stay strings exactly as in discrepancies.csv,
so a finding reads the same in every format. claims.jsonl has one claim per
line for streaming tools (``jq``, ``pandas.read_json(lines=True)``).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from numbers import Integral, Real
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np
import pandas as pd

from checker.atomic import write_atomic
from checker.columns import CLAIM_COLUMNS, FINDING_COLUMNS
from checker.report.csv import contract_frame, is_blank

FINDINGS_JSON_FILE = "findings.json"
CLAIMS_JSONL_FILE = "claims.jsonl"

# Integers beyond this lose precision as a double; such floats stay floats.
_EXACT_INT_LIMIT = 2.0**53


def json_value(value: Any) -> Any:
    """A cell as a JSON value: null for blanks and infinities, int for whole floats."""
    if is_blank(value):
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, Integral):
        return int(value)
    if isinstance(value, Real):
        number = float(value)
        if not math.isfinite(number):
            return None  # JSON has no NaN or infinity
        if number.is_integer() and abs(number) < _EXACT_INT_LIMIT:
            return int(number)
        return number
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date)):
        return value.isoformat()
    return str(value)


def json_column(column: pd.Series) -> list[Any]:
    """:func:`json_value` over a column, vectorised for numeric, boolean and text dtypes."""
    if pd.api.types.is_bool_dtype(column) and not column.isna().any():
        return [bool(v) for v in column]
    if pd.api.types.is_integer_dtype(column) and not column.isna().any():
        return column.astype("int64").tolist()
    if pd.api.types.is_float_dtype(column):
        values = column.to_numpy(dtype=float, na_value=np.nan)
        whole = np.isfinite(values) & (np.abs(values) < _EXACT_INT_LIMIT)
        whole[whole] = values[whole] == np.floor(values[whole])
        out: list[Any] = values.tolist()
        for i in np.flatnonzero(whole):
            out[i] = int(values[i])
        for i in np.flatnonzero(~np.isfinite(values)):
            out[i] = None
        return out
    if pd.api.types.infer_dtype(column, skipna=True) in ("string", "empty"):
        return column.astype(object).where(column.notna(), None).tolist()
    return [json_value(v) for v in column]


def records(frame: pd.DataFrame, columns: Mapping[str, str]) -> list[dict[str, Any]]:
    """Rows of ``frame`` as JSON-ready dicts, contract columns first."""
    table = contract_frame(frame, columns)
    names = list(table.columns)
    values = [json_column(table[name]) for name in names]
    return [dict(zip(names, row)) for row in zip(*values)] if names else []


def render_findings_json(findings: pd.DataFrame) -> str:
    """findings.json text: an indented array of finding objects."""
    data = records(findings, FINDING_COLUMNS)
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def render_claims_jsonl(claims: pd.DataFrame) -> str:
    """claims.jsonl text: one compact claim object per line."""
    return "".join(
        json.dumps(row, ensure_ascii=False, allow_nan=False) + "\n"
        for row in records(claims, CLAIM_COLUMNS)
    )


def write_json(
    out_dir: Path,
    *,
    documents: pd.DataFrame,
    claims: pd.DataFrame,
    findings: pd.DataFrame,
    timeline: pd.DataFrame,
    rules: Sequence[Mapping[str, Any]] | None = None,
) -> list[Path]:
    """Write findings.json and claims.jsonl into ``out_dir`` atomically."""
    findings_path = Path(out_dir) / FINDINGS_JSON_FILE
    claims_path = Path(out_dir) / CLAIMS_JSONL_FILE
    write_atomic(findings_path, render_findings_json(findings))
    write_atomic(claims_path, render_claims_jsonl(claims))
    return [findings_path, claims_path]
