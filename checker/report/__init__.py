"""Report writers: one module per format, all reading the same frames.

:func:`write_reports` is what the pipeline calls. Each format's ``write_*``
function takes the output directory and the four frames (documents, claims,
findings, timeline) plus the rule list, writes its files atomically
(:mod:`checker.atomic`) and returns their paths. docs/reports.md describes the
files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import pandas as pd

from checker.report.csv import write_csv
from checker.report.html import write_html
from checker.report.json import write_json
from checker.report.junit import write_junit
from checker.report.markdown import write_markdown
from checker.report.sarif import write_sarif

Writer = Callable[..., list[Path]]

#: Report format name -> writer. Read-only: formats are fixed, not plugins.
REPORT_WRITERS: Mapping[str, Writer] = {
    "csv": write_csv,
    "sarif": write_sarif,
    "junit": write_junit,
    "html": write_html,
    "json": write_json,
    "markdown": write_markdown,
}

#: Every format, in the order reports are written by default.
REPORT_FORMATS: tuple[str, ...] = tuple(REPORT_WRITERS)


def write_reports(
    out_dir: str | Path,
    *,
    documents: pd.DataFrame,
    claims: pd.DataFrame,
    findings: pd.DataFrame,
    timeline: pd.DataFrame,
    formats: Iterable[str] = REPORT_FORMATS,
    rules: Sequence[Mapping[str, Any]] | None = None,
) -> list[Path]:
    """Write the requested report formats into ``out_dir``; return the paths written.

    ``out_dir`` is created if needed. Unknown format names raise ``ValueError``
    listing the known ones before anything is written. ``rules`` is a list of
    dicts with ``id``, ``kind``, ``severity`` and ``description`` (used by
    SARIF, JUnit and HTML to list rules that found nothing too). Every file is
    replaced atomically, and the same frames always give the same bytes.
    """
    wanted = list(dict.fromkeys(formats))
    unknown = [name for name in wanted if name not in REPORT_WRITERS]
    if unknown:
        raise ValueError(
            f"unknown report format(s) {', '.join(map(repr, unknown))}; "
            f"choose from {', '.join(REPORT_FORMATS)}"
        )
    directory = Path(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name in wanted:
        written.extend(
            REPORT_WRITERS[name](
                directory,
                documents=documents,
                claims=claims,
                findings=findings,
                timeline=timeline,
                rules=rules,
            )
        )
    return written
