"""CSV reports: claims.csv, discrepancies.csv, timeline.csv, documents.csv.

discrepancies.csv is the file most users read, so every table is written the
same predictable way: contract columns first in the order of
:mod:`checker.columns` (missing ones as blank columns, so the header never
depends on the run), numbers without a spurious ``.0``, blanks for missing
values, ``true``/``false`` for booleans, ``\\n`` line ends, UTF-8 without BOM.
The same frames always give byte-identical files.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
from numbers import Integral, Real
from pathlib import Path
from typing import Any, Mapping

import numpy as np
import pandas as pd

from checker.atomic import write_atomic
from checker.columns import (
    CLAIM_COLUMNS,
    DOCUMENT_COLUMNS,
    FINDING_COLUMNS,
    TIMELINE_COLUMNS,
)

#: The files this writer produces, in the order they are written.
CSV_FILES = ("claims.csv", "discrepancies.csv", "timeline.csv", "documents.csv")

# Columns kept out of documents.csv: the full text belongs in the corpus, not a report.
DOCUMENT_COLUMNS_NOT_WRITTEN = ("text", "source_lines")

# Spreadsheets run a cell that starts with one of these as a formula (CWE-1236,
# "CSV injection"); corpus text is untrusted, so such text cells get a leading
# apostrophe. Plain numbers such as "-3" are left alone.
FORMULA_START = re.compile(r"^[=+\-@\t\r]")

# Text a flag column may hold when a frame was read back from CSV.
TRUE_WORDS = frozenset({"true", "1", "yes"})

# Floats whose integer part is exact in a double print as integers ("3000").
_EXACT_INT_LIMIT = 2.0**53


def is_blank(value: Any) -> bool:
    """True for None, NaN, NaT, pd.NA and the empty string."""
    if value is None:
        return True
    if isinstance(value, str):
        return value == ""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # arrays and other containers are not blank
        return False


def is_true(value: Any) -> bool:
    """Truth of a flag such as ``suppressed``; text from a CSV read back counts too."""
    if is_blank(value):
        return False
    if isinstance(value, str):
        return value.strip().lower() in TRUE_WORDS
    return bool(value)


def format_cell(value: Any) -> str:
    """Text of one cell: ``3000`` not ``3000.0``, ``3.5``, blank for NaN, ``true``/``false``."""
    if is_blank(value):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, Integral):
        return str(int(value))
    if isinstance(value, Real):
        return _format_float(float(value))
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date)):
        return value.isoformat()
    return str(value)


def _format_float(number: float) -> str:
    if math.isinf(number):
        return "inf" if number > 0 else "-inf"
    if number.is_integer() and abs(number) < _EXACT_INT_LIMIT:
        return str(int(number))
    return repr(number)  # the shortest text that reads back as the same float


def format_column(column: pd.Series) -> pd.Series:
    """:func:`format_cell` over a column, vectorised for numeric and boolean dtypes."""
    if pd.api.types.is_bool_dtype(column) and not column.isna().any():
        return column.map({True: "true", False: "false"}).astype(object)
    if pd.api.types.is_integer_dtype(column) and not column.isna().any():
        return column.astype("int64").astype(str).astype(object)
    if pd.api.types.is_float_dtype(column):
        values = column.to_numpy(dtype=float, na_value=np.nan)
        exact = np.isfinite(values) & (np.abs(values) < _EXACT_INT_LIMIT)
        exact[exact] = values[exact] == np.floor(values[exact])
        text = pd.Series([""] * len(values), index=column.index, dtype=object)
        text[exact] = values[exact].astype(np.int64).astype(str)
        rest = ~exact & ~np.isnan(values)
        text[rest] = [_format_float(float(v)) for v in values[rest]]
        return text
    # Text columns (most of a claims table) need no per-cell type dispatch.
    kind = pd.api.types.infer_dtype(column, skipna=True)
    if kind in ("string", "empty"):
        return column.astype(object).where(column.notna(), "")
    if kind in ("floating", "integer", "mixed-integer-float"):
        return format_column(pd.to_numeric(column, errors="coerce").astype(float))
    return column.map(format_cell).astype(object)


def neutralise_formulas(column: pd.Series) -> pd.Series:
    """Prefix ``'`` to text cells a spreadsheet would run as a formula (not to numbers)."""
    text = column.astype(object).astype(str)
    risky = text.str.match(FORMULA_START).fillna(False).astype(bool)
    if risky.any():
        # Only the few cells that look risky are tested for being plain numbers.
        risky[risky] = pd.to_numeric(text[risky], errors="coerce").isna()
        text = text.where(~risky, "'" + text)
    return text.astype(object)


def contract_frame(frame: pd.DataFrame, columns: Mapping[str, str]) -> pd.DataFrame:
    """Contract columns first in contract order (absent ones blank), then the extras."""
    head = list(columns)
    tail = [c for c in frame.columns if c not in columns]
    out = frame.reindex(columns=head + tail)
    return out


def frame_to_csv(frame: pd.DataFrame, columns: Mapping[str, str]) -> str:
    """The CSV text of ``frame`` with the contract ``columns`` first, formatted as above."""
    table = contract_frame(frame, columns)
    cells = pd.DataFrame(
        {name: neutralise_formulas(format_column(table[name])) for name in table.columns},
        index=table.index,
        columns=table.columns,
    )
    return cells.to_csv(index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)


def claims_csv(claims: pd.DataFrame) -> str:
    """claims.csv text on its own (``numcheck extract`` prints it)."""
    return frame_to_csv(claims, CLAIM_COLUMNS)


def csv_tables(
    *,
    documents: pd.DataFrame,
    claims: pd.DataFrame,
    findings: pd.DataFrame,
    timeline: pd.DataFrame,
) -> dict[str, str]:
    """File name -> CSV text for the four tables (documents without their text)."""
    document_columns = {
        name: doc for name, doc in DOCUMENT_COLUMNS.items() if name not in DOCUMENT_COLUMNS_NOT_WRITTEN
    }
    documents = documents.drop(columns=list(DOCUMENT_COLUMNS_NOT_WRITTEN), errors="ignore")
    return {
        "claims.csv": claims_csv(claims),
        "discrepancies.csv": frame_to_csv(findings, FINDING_COLUMNS),
        "timeline.csv": frame_to_csv(timeline, TIMELINE_COLUMNS),
        "documents.csv": frame_to_csv(documents, document_columns),
    }


def write_csv(
    out_dir: Path,
    *,
    documents: pd.DataFrame,
    claims: pd.DataFrame,
    findings: pd.DataFrame,
    timeline: pd.DataFrame,
    rules: list[Mapping[str, Any]] | None = None,
) -> list[Path]:
    """Write the four CSV tables into ``out_dir`` atomically; return their paths."""
    tables = csv_tables(documents=documents, claims=claims, findings=findings, timeline=timeline)
    paths = []
    for name in CSV_FILES:
        path = Path(out_dir) / name
        write_atomic(path, tables[name])
        paths.append(path)
    return paths
