"""SARIF 2.1.0 report (findings.sarif) for code-scanning UIs and CI annotations.

One result per finding: its rule, level, message, the first claim as the
location (file, line, column and the figure's text as snippet), the other
claims as related locations, the baseline fingerprint as a partial
fingerprint, and a ``suppressions`` entry when a baseline suppresses it.
Columns count Unicode code points (``columnKind``), as Python offsets do.
"""

from __future__ import annotations

import json
import re
from importlib import metadata
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Mapping, Sequence
from urllib.parse import quote

import pandas as pd

from checker.atomic import write_atomic
from checker.columns import require_columns
from checker.report.csv import is_blank, is_true

SARIF_FILE = "findings.sarif"
SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
TOOL_NAME = "numcheck"
#: Key under partialFingerprints; versioned so a new fingerprint scheme can coexist.
FINGERPRINT_KEY = "numcheckFingerprint/v1"

#: numcheck severity -> SARIF result level.
SARIF_LEVELS: Mapping[str, str] = {"error": "error", "warning": "warning", "info": "note"}
# Level of a severity SARIF has no word for: shown, but never fails a build alone.
_UNKNOWN_LEVEL = "note"

# Characters kept as-is in a relative URI path (RFC 3986 pchar plus "/").
_URI_SAFE = "/!$&'()*+,;=:@-._~"

# "C:\\" or "C:/" at the start of a path: a Windows absolute path.
WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")

FINDINGS_NEED = ("finding_id", "rule_id", "severity", "message", "claim_ids")


def path_to_uri(path: str) -> str:
    """A SARIF ``artifactLocation.uri`` for a path: relative paths stay relative."""
    if WINDOWS_DRIVE.match(path):
        return PureWindowsPath(path).as_uri()
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        return PurePosixPath(posix).as_uri()
    return quote(posix, safe=_URI_SAFE)


def claim_locations(claims: pd.DataFrame, documents: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """claim_id -> SARIF physicalLocation (file, line, column and snippet when known).

    Columns come from the document text; rows of tabular files (``is_row``)
    and HTML pages (``source_lines``) get no column because the claim's offset
    is inside a field or the page's text, not the file.
    """
    texts: dict[str, tuple[str, bool]] = {}
    if {"doc_id", "text"} <= set(documents.columns):
        is_row = documents["is_row"] if "is_row" in documents.columns else pd.Series(False, index=documents.index)
        # HTML pages: the text was read out of the markup, so a text column is
        # not a column of the file; like rows, they get a line and no column.
        mapped = documents["source_lines"] if "source_lines" in documents.columns \
            else pd.Series([()] * len(documents), index=documents.index, dtype=object)
        for doc_id, text, row, lines in zip(documents["doc_id"], documents["text"], is_row, mapped):
            has_map = isinstance(lines, (tuple, list)) and len(lines) > 0
            texts[str(doc_id)] = ("" if is_blank(text) else str(text), is_true(row) or has_map)
    locations: dict[str, dict[str, Any]] = {}
    wanted = [c for c in ("claim_id", "doc_id", "file", "line", "start", "end", "surface") if c in claims.columns]
    for claim in claims[wanted].to_dict("records"):
        file = claim.get("file")
        if is_blank(file):
            file = claim.get("doc_id")
        if is_blank(file) or is_blank(claim.get("claim_id")):
            continue
        region: dict[str, Any] = {}
        line = _int_or_none(claim.get("line"))
        if line is not None and line >= 1:
            region["startLine"] = line
            text, is_row = texts.get(str(claim.get("doc_id")), ("", True))
            start, end = _int_or_none(claim.get("start")), _int_or_none(claim.get("end"))
            if text and not is_row and start is not None and 0 <= start <= len(text):
                column = start - (text.rfind("\n", 0, start) + 1) + 1
                region["startColumn"] = column
                if end is not None and start < end <= len(text) and "\n" not in text[start:end]:
                    region["endColumn"] = column + (end - start)
            if not is_blank(claim.get("surface")):
                region["snippet"] = {"text": str(claim["surface"])}
        location: dict[str, Any] = {"artifactLocation": {"uri": path_to_uri(str(file))}}
        if region:
            location["region"] = region
        locations[str(claim["claim_id"])] = location
    return locations


def rule_descriptors(
    findings: pd.DataFrame, rules: Sequence[Mapping[str, Any]] | None
) -> list[dict[str, Any]]:
    """tool.driver.rules: the given rules in order, then any rule id only findings name."""
    descriptors: list[dict[str, Any]] = []
    known: set[str] = set()
    for rule in rules or ():
        rule_id = str(rule["id"])
        if rule_id in known:
            continue
        known.add(rule_id)
        descriptor: dict[str, Any] = {"id": rule_id}
        if rule.get("description"):
            descriptor["shortDescription"] = {"text": str(rule["description"])}
        if rule.get("severity"):
            level = SARIF_LEVELS.get(str(rule["severity"]), _UNKNOWN_LEVEL)
            descriptor["defaultConfiguration"] = {"level": level}
        properties = {key: str(rule[key]) for key in ("kind", "topic") if rule.get(key)}
        if properties:
            descriptor["properties"] = properties
        descriptors.append(descriptor)
    kinds = findings["kind"] if "kind" in findings.columns else pd.Series("", index=findings.index)
    for rule_id, kind in sorted(set(zip(findings["rule_id"].astype(str), kinds.fillna("").astype(str)))):
        if rule_id in known:
            continue
        known.add(rule_id)
        descriptor = {"id": rule_id}
        if kind:
            descriptor["properties"] = {"kind": kind}
        descriptors.append(descriptor)
    return descriptors


def sarif_log(
    findings: pd.DataFrame,
    claims: pd.DataFrame,
    documents: pd.DataFrame,
    rules: Sequence[Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """The SARIF log object (one run) for ``findings``."""
    require_columns(findings, FINDINGS_NEED, "SARIF report")
    descriptors = rule_descriptors(findings, rules)
    rule_index = {d["id"]: i for i, d in enumerate(descriptors)}
    # Only the claims findings name need a location (claims tables can be large).
    named = {c for ids in findings["claim_ids"] for c in _split(ids)}
    named_claims = claims[claims["claim_id"].astype(str).isin(named)]
    locations = claim_locations(named_claims, documents)
    labels = claim_labels(named_claims)
    results = [_result(f, locations, labels, rule_index) for f in findings.to_dict("records")]
    driver: dict[str, Any] = {"name": TOOL_NAME}
    version = _tool_version()
    if version:
        driver["version"] = version
    driver["rules"] = descriptors
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}],
    }


def render_sarif(
    findings: pd.DataFrame,
    claims: pd.DataFrame,
    documents: pd.DataFrame,
    rules: Sequence[Mapping[str, Any]] | None = None,
) -> str:
    """findings.sarif text: the log as indented UTF-8 JSON (deterministic)."""
    log = sarif_log(findings, claims, documents, rules)
    return json.dumps(log, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def write_sarif(
    out_dir: Path,
    *,
    documents: pd.DataFrame,
    claims: pd.DataFrame,
    findings: pd.DataFrame,
    timeline: pd.DataFrame,
    rules: Sequence[Mapping[str, Any]] | None = None,
) -> list[Path]:
    """Write findings.sarif into ``out_dir`` atomically."""
    path = Path(out_dir) / SARIF_FILE
    write_atomic(path, render_sarif(findings, claims, documents, rules))
    return [path]


def claim_labels(claims: pd.DataFrame) -> dict[str, str]:
    """claim_id -> ``“11,000” (DayFR Euro, 2024-11-07)``: how a related location is described."""
    labels = {}
    for claim in claims.to_dict("records"):
        where = ", ".join(_text(claim.get(c)) for c in ("speaker", "outlet", "claim_date") if _text(claim.get(c)))
        label = f"“{_text(claim.get('surface'))}”" if _text(claim.get("surface")) else f"claim {claim['claim_id']}"
        labels[str(claim["claim_id"])] = f"{label} ({where})" if where else label
    return labels


def _result(
    finding: Mapping[str, Any],
    locations: Mapping[str, dict[str, Any]],
    labels: Mapping[str, str],
    rule_index: Mapping[str, int],
) -> dict[str, Any]:
    rule_id = str(finding["rule_id"])
    claim_ids = _split(finding.get("claim_ids"))
    result: dict[str, Any] = {
        "ruleId": rule_id,
        "ruleIndex": rule_index[rule_id],
        "level": SARIF_LEVELS.get(str(finding["severity"]), _UNKNOWN_LEVEL),
        "message": {"text": _text(finding.get("message")) or rule_id},
    }
    claim_locations_ = [locations[c] for c in claim_ids if c in locations]
    if claim_locations_:
        result["locations"] = [{"physicalLocation": claim_locations_[0]}]
    elif not is_blank(finding.get("file")):
        # The claims are not in the claims frame: fall back to the finding's own place.
        location: dict[str, Any] = {"artifactLocation": {"uri": path_to_uri(str(finding["file"]))}}
        line = _int_or_none(finding.get("line"))
        if line is not None and line >= 1:
            location["region"] = {"startLine": line}
        result["locations"] = [{"physicalLocation": location}]
    related = []
    for number, claim_id in enumerate(claim_ids[1:], start=1):
        if claim_id in locations:
            related.append({
                "id": number,
                "physicalLocation": locations[claim_id],
                "message": {"text": labels.get(claim_id, f"claim {claim_id}")},
            })
    if related:
        result["relatedLocations"] = related
    if not is_blank(finding.get("fingerprint")):
        result["partialFingerprints"] = {FINGERPRINT_KEY: str(finding["fingerprint"])}
    if is_true(finding.get("suppressed")):
        suppression: dict[str, Any] = {"kind": "external", "status": "accepted"}
        reason = _text(finding.get("suppression_reason"))
        if reason:
            suppression["justification"] = reason
        result["suppressions"] = [suppression]
    properties = {"findingId": str(finding["finding_id"])}
    for column, key in (("topic", "topic"), ("kind", "kind")):
        if _text(finding.get(column)):
            properties[key] = _text(finding.get(column))
    for column, key in (("claim_ids", "claimIds"), ("values", "values"), ("dates", "dates"),
                        ("speakers", "speakers"), ("outlets", "outlets")):
        if _text(finding.get(column)):
            properties[key] = _split(finding.get(column))
    result["properties"] = properties
    return result


def _split(value: Any) -> list[str]:
    return [] if is_blank(value) else str(value).split(";")


def _text(value: Any) -> str:
    return "" if is_blank(value) else str(value)


def _int_or_none(value: Any) -> int | None:
    if is_blank(value):
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def _tool_version() -> str:
    try:
        return metadata.version("numcheck")
    except metadata.PackageNotFoundError:
        return ""
