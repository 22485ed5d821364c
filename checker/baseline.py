"""Baselines: accept today's findings so CI fails only on new ones.

``numcheck baseline create`` writes every current finding's fingerprint (rule
id, topic, the claims' documents, normalised values and surfaces; never line
numbers) to a YAML file; ``--baseline FILE`` marks matching findings
``suppressed=True``. Entries may carry a ``reason`` and an ``expires`` date:
expired entries no longer suppress, and entries matching nothing are stale;
both are reported as notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from checker.errors import ConfigError, Problem
from checker.yamlsafe import load_yaml_file

#: Keys a baseline entry may have.
ENTRY_KEYS = ("fingerprint", "rule_id", "topic", "message", "reason", "expires")


@dataclass(frozen=True)
class BaselineEntry:
    """One accepted finding."""

    fingerprint: str
    rule_id: str = ""
    topic: str = ""
    message: str = ""
    reason: str = ""
    expires: dt.date | None = None
    line: int = 0


@dataclass(frozen=True)
class Baseline:
    """Entries of a baseline file."""

    file: str
    entries: tuple[BaselineEntry, ...]


def create_baseline(findings: pd.DataFrame) -> str:
    """YAML text listing every finding's fingerprint, rule, topic and message.

    Add ``reason:`` and ``expires: YYYY-MM-DD`` by hand to document why a finding
    is accepted and until when.
    """
    entries = []
    seen = set()
    ordered = findings.sort_values(["rule_id", "topic", "fingerprint"], kind="stable") \
        if not findings.empty else findings
    for row in ordered.itertuples(index=False):
        if row.fingerprint in seen:
            continue
        seen.add(row.fingerprint)
        entries.append({"fingerprint": str(row.fingerprint), "rule_id": str(row.rule_id),
                        "topic": str(row.topic), "message": str(row.message)})
    header = ("# numcheck baseline: findings listed here are suppressed by --baseline.\n"
              "# Optional per entry: reason: why it is accepted; expires: YYYY-MM-DD.\n")
    body = yaml.safe_dump({"version": 1, "findings": entries}, sort_keys=False, allow_unicode=True,
                          width=100)
    return header + body


def load_baseline(path: str | Path) -> Baseline:
    """Read and validate a baseline file; ConfigError with file:line:col for bad entries."""
    document = load_yaml_file(path)
    data = document.data
    problems: list[Problem] = []
    if not isinstance(data, dict) or not isinstance(data.get("findings", []), list):
        raise ConfigError([document.problem((), "a baseline is a mapping with a 'findings' list")])
    for key in data:
        if key not in ("version", "findings"):
            problems.append(document.problem((key,), f"unknown key {key!r} in baseline (known: "
                                             "version, findings)", key=True))
    entries = []
    for index, entry in enumerate(data.get("findings") or []):
        where = ("findings", index)
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            problems.append(document.problem(where, "baseline entry needs a 'fingerprint' string"))
            continue
        for key in entry:
            if key not in ENTRY_KEYS:
                problems.append(document.problem(where + (key,), (
                    f"unknown key {key!r} in baseline entry (known: {', '.join(ENTRY_KEYS)})"),
                    key=True))
        expires = entry.get("expires")
        if expires is not None and not isinstance(expires, dt.date):
            try:
                expires = dt.date.fromisoformat(str(expires))
            except ValueError:
                problems.append(document.problem(where + ("expires",), (
                    f"bad expires date {expires!r}: expected YYYY-MM-DD")))
                continue
        if isinstance(expires, dt.datetime):
            expires = expires.date()
        entries.append(BaselineEntry(
            fingerprint=entry["fingerprint"], rule_id=str(entry.get("rule_id", "")),
            topic=str(entry.get("topic", "")), message=str(entry.get("message", "")),
            reason=str(entry.get("reason") or ""), expires=expires,
            line=document.where(where)[0]))
    if problems:
        raise ConfigError(problems)
    return Baseline(document.file, tuple(entries))


def apply_baseline(findings: pd.DataFrame, baseline: Baseline,
                   today: dt.date) -> tuple[pd.DataFrame, list[str]]:
    """Mark findings whose fingerprint the baseline lists as suppressed.

    Returns the findings (a copy; all rows kept, ``suppressed`` and
    ``suppression_reason`` set) and notes on expired entries (which no longer
    suppress) and stale entries (which match no finding).
    """
    result = findings.copy()
    if "suppression_reason" not in result.columns:
        result["suppression_reason"] = ""
    result["suppressed"] = result["suppressed"].astype(bool) if len(result) else result["suppressed"]
    notes = []
    active: dict[str, BaselineEntry] = {}
    present = set(result["fingerprint"].astype(str)) if len(result) else set()
    for entry in baseline.entries:
        where = f"{baseline.file}:{entry.line}"
        if entry.expires is not None and entry.expires < today:
            notes.append(f"{where}: baseline entry {entry.fingerprint} ({entry.rule_id}) expired on "
                         f"{entry.expires.isoformat()}; its finding is reported again")
            continue
        if entry.fingerprint not in present:
            notes.append(f"{where}: stale baseline entry {entry.fingerprint} ({entry.rule_id}): "
                         "no current finding matches it; remove it")
            continue
        active[entry.fingerprint] = entry
    if len(result):
        hit = result["fingerprint"].astype(str).isin(active)
        result["suppressed"] = hit
        reasons = result["fingerprint"].astype(str).map(
            lambda f: (active[f].reason or "in baseline") if f in active else "")
        result["suppression_reason"] = reasons.where(hit, result["suppression_reason"].fillna(""))
    return result, notes
