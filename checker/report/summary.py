"""The few lines the CLI prints after a run, and the counts behind them.

The same counts head the HTML report, so the terminal and the report never
disagree about how many documents, claims, topics and findings a run had.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from checker.columns import SEVERITIES
from checker.report.csv import is_blank, is_true

# How many unreadable documents the summary names before "... and N more".
MAX_LISTED_PROBLEMS = 5
# Status of a document that was read.
STATUS_OK = "ok"


@dataclass(frozen=True)
class RunCounts:
    """Counts of one run. ``by_severity`` counts unsuppressed findings only."""

    documents: int
    documents_ok: int
    problems: tuple[tuple[str, str], ...]  # (doc_id, status) of unreadable documents
    claims: int
    topics: int
    by_severity: Mapping[str, int] = field(default_factory=dict)
    suppressed: int = 0

    @property
    def findings(self) -> int:
        """Unsuppressed findings of every severity."""
        return sum(self.by_severity.values())


def count_run(documents: pd.DataFrame, claims: pd.DataFrame, findings: pd.DataFrame) -> RunCounts:
    """Count documents (ok / not), claims, topics and findings by severity."""
    statuses = documents["status"].fillna("").astype(str) if "status" in documents.columns \
        else pd.Series(STATUS_OK, index=documents.index)
    ok = statuses == STATUS_OK
    ids = documents["doc_id"] if "doc_id" in documents.columns else documents.index.to_series()
    problems = tuple((str(d), s or "unreadable") for d, s in zip(ids[~ok], statuses[~ok]))
    topics = claims["topic"].dropna().astype(str) if "topic" in claims.columns else pd.Series([], dtype=str)
    suppressed = findings["suppressed"].map(is_true) if "suppressed" in findings.columns \
        else pd.Series(False, index=findings.index)
    severities = findings.loc[~suppressed.astype(bool), "severity"].astype(str) \
        if "severity" in findings.columns else pd.Series([], dtype=str)
    by_severity = {s: int((severities == s).sum()) for s in SEVERITIES}
    for other in sorted(set(severities) - set(SEVERITIES)):
        by_severity[other] = int((severities == other).sum())
    return RunCounts(
        documents=len(documents),
        documents_ok=int(ok.sum()),
        problems=problems,
        claims=len(claims),
        topics=int(topics[topics != ""].nunique()),
        by_severity=by_severity,
        suppressed=int(suppressed.astype(bool).sum()),
    )


def failing_findings(counts: RunCounts, fail_on: str) -> int:
    """Unsuppressed findings at or above ``fail_on`` (0 when it names no severity)."""
    if fail_on not in SEVERITIES:
        return 0
    worst = SEVERITIES[: SEVERITIES.index(fail_on) + 1]
    return sum(counts.by_severity.get(s, 0) for s in worst)


def format_summary(
    documents: pd.DataFrame,
    claims: pd.DataFrame,
    findings: pd.DataFrame,
    *,
    fail_on: str,
    exit_code: int,
    written: Iterable[str | Path] = (),
) -> str:
    """The lines the CLI prints: documents, claims and topics, findings, exit reason, files.

    Suppressed findings are counted apart from the severities. ``fail_on`` is
    the severity threshold the CLI used and ``exit_code`` its decision; the
    summary explains it and does not recompute it. ``written`` lists the report
    files (optional). No trailing newline.
    """
    counts = count_run(documents, claims, findings)
    bad = counts.documents - counts.documents_ok
    lines = [f"documents: {counts.documents} read, {counts.documents_ok} ok, "
             f"{bad} with errors"]
    for doc_id, status in counts.problems[:MAX_LISTED_PROBLEMS]:
        lines.append(f"  {doc_id}: {status}")
    if len(counts.problems) > MAX_LISTED_PROBLEMS:
        lines.append(f"  ... and {len(counts.problems) - MAX_LISTED_PROBLEMS} more")
    lines.append(f"claims: {counts.claims} in {_plural(counts.topics, 'topic')}")
    parts = [_severity_count(n, s) for s, n in counts.by_severity.items()]
    lines.append(f"findings: {', '.join(parts)}"
                 + (f" (+{counts.suppressed} suppressed)" if counts.suppressed else ""))
    lines.append(_exit_line(counts, fail_on, exit_code))
    paths = [Path(p) for p in written]
    if paths:
        folders = {p.parent for p in paths}
        if len(folders) == 1:  # the usual case: name the directory once
            names = ", ".join(p.name for p in paths)
            lines.append(f"wrote {_plural(len(paths), 'file')} to {folders.pop()}: {names}")
        else:
            lines.append(f"wrote {_plural(len(paths), 'file')}: {', '.join(map(str, paths))}")
    return "\n".join(lines)


def _exit_line(counts: RunCounts, fail_on: str, exit_code: int) -> str:
    if fail_on not in SEVERITIES:
        return f"exit {exit_code} (--fail-on {fail_on})"
    failing = failing_findings(counts, fail_on)
    threshold = f"at or above {fail_on} (--fail-on {fail_on})"
    if exit_code == 0 and failing == 0:
        return f"exit 0: no unsuppressed findings {threshold}"
    if exit_code == 1:
        return f"exit 1: {_plural(failing, 'unsuppressed finding')} {threshold}"
    return f"exit {exit_code}"


def _severity_count(count: int, severity: str) -> str:
    # "info" is a mass noun: "2 info", but "2 warnings".
    if severity == "info" or is_blank(severity):
        return f"{count} {severity}"
    return _plural(count, severity)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
