"""Markdown summary (summary.md) for CI job pages and pull-request comments.

GitHub Actions shows Markdown appended to ``$GITHUB_STEP_SUMMARY`` on the run
page, and GitLab/GitHub render it in merge-request comments; a reviewer sees
what numcheck found without downloading artifacts. The file holds the run's
counts, then the unsuppressed findings, most severe first (the same order as
``discrepancies.csv``), each with its rule, figure (its label), message and where its first
claim stands. Long runs are cut at :data:`MAX_ROWS` findings with a pointer to
the CSV. Suppressed findings are counted, not listed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd

from checker.atomic import write_atomic
from checker.columns import SEVERITIES, require_columns
from checker.report.csv import format_cell, is_true

MARKDOWN_FILE = "summary.md"

#: Findings listed before "... and N more": a summary, not the report.
MAX_ROWS = 50

#: Characters that would end a Markdown table cell or start markup inside it
#: (GitHub: "~" strikes through, "$" opens math, "&" an entity).
CELL_SPECIALS = re.compile(r"([|\\`*_\[\]<>~$&])")

#: Severity markers: text a screen reader and a plain terminal read too.
SEVERITY_LABELS = {"error": "**error**", "warning": "warning", "info": "info"}

#: Document statuses of files passed over rather than failed (corpus.py writes them).
PASSED_OVER = ("empty", "skipped")

FINDINGS_NEED = ("rule_id", "severity", "topic", "message", "suppressed")


def cell(value: Any) -> str:
    """``value`` as one Markdown table cell: escaped, on one line."""
    text = format_cell(value).replace("\r", " ").replace("\n", " ")
    return CELL_SPECIALS.sub(r"\\\1", text)


def code(value: Any) -> str:
    """``value`` as a code span in a table cell (file paths, rule ids: no Markdown inside)."""
    text = " ".join(format_cell(value).replace("`", "'").replace("|", "\\|").split())
    return f"`{text}`"


def markdown_summary(documents: pd.DataFrame, claims: pd.DataFrame, findings: pd.DataFrame,
                     timeline: pd.DataFrame | None = None) -> str:
    """The summary as Markdown text (deterministic for the same frames); figures by their labels."""
    require_columns(findings, FINDINGS_NEED, "Markdown summary")
    suppressed = findings["suppressed"].map(is_true) if len(findings) else pd.Series([], dtype=bool)
    active = findings[~suppressed] if len(findings) else findings
    counts = {severity: int((active["severity"] == severity).sum()) for severity in SEVERITIES}
    ok = int((documents["status"] == "ok").sum()) if "status" in documents.columns else len(documents)
    topics = claims["topic"].map(format_cell) if "topic" in claims.columns else pd.Series([], dtype=str)
    figures = topics[topics != ""].nunique()
    lines = [
        "## numcheck",
        "",
        f"{len(documents)} documents ({ok} read), {len(claims)} claims in {figures} figures: "
        + ", ".join(f"{counts[s]} {s}{'s' if counts[s] != 1 and s != 'info' else ''}" for s in SEVERITIES)
        + (f" ({int(suppressed.sum())} suppressed by the baseline)" if int(suppressed.sum()) else "") + ".",
        "",
    ]
    status = documents["status"].map(format_cell) if "status" in documents.columns else pd.Series([], dtype=str)
    # Empty files and files of other types are passed over, not failures.
    passed = int(status.str.startswith(PASSED_OVER).sum())
    unread = int((status != "ok").sum()) - passed
    if unread:
        lines += [f"{unread} document{'s' if unread != 1 else ''} could not be read: see `documents.csv`.", ""]
    if passed:
        lines += [f"{passed} file{'s' if passed != 1 else ''} empty or not a corpus format: see `documents.csv`.", ""]
    if active.empty:
        lines.append("No findings.")
        return "\n".join(lines) + "\n"
    labels: dict[str, str] = {}
    for frame in (claims, timeline):  # the timeline carries the rule packs' labels
        if frame is not None and {"topic", "topic_label"} <= set(frame.columns):
            pairs = zip(frame["topic"].map(format_cell), frame["topic_label"].map(format_cell))
            labels.update((topic, label) for topic, label in pairs if topic and label)
    order = {severity: rank for rank, severity in enumerate(SEVERITIES)}
    ranked = active.assign(_rank=active["severity"].map(order).fillna(len(SEVERITIES)))
    ranked = ranked.sort_values(["_rank"], kind="stable")
    lines += ["| severity | rule | figure | finding | where |", "|---|---|---|---|---|"]
    for finding in ranked.head(MAX_ROWS).to_dict("records"):
        where = format_cell(finding.get("file"))
        if where and format_cell(finding.get("line")):
            where += f":{format_cell(finding.get('line'))}"
        lines.append("| " + " | ".join([
            SEVERITY_LABELS.get(str(finding["severity"]), cell(finding["severity"])),
            code(finding["rule_id"]),
            cell(labels.get(str(finding["topic"])) or finding["topic"]),
            cell(finding["message"]),
            code(where) if where else "",
        ]) + " |")
    if len(ranked) > MAX_ROWS:
        lines += ["", f"... and {len(ranked) - MAX_ROWS} more: see `discrepancies.csv`."]
    return "\n".join(lines) + "\n"


def write_markdown(out_dir: str | Path, *, documents: pd.DataFrame, claims: pd.DataFrame,
                   findings: pd.DataFrame, timeline: pd.DataFrame | None = None,
                   rules: Sequence[Mapping[str, Any]] | None = None) -> list[Path]:
    """Write ``summary.md`` atomically; return its path."""
    path = Path(out_dir) / MARKDOWN_FILE
    write_atomic(path, markdown_summary(documents, claims, findings, timeline))
    return [path]
