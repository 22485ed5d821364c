"""JUnit XML report (findings.xml) so CI test dashboards show findings.

One ``testsuite`` per rule (every rule given, even one that found nothing).
Inside it, one ``testcase`` per finding: a ``failure`` for errors and
warnings, ``skipped`` for findings a baseline suppresses, and a passing case
carrying the message in ``system-out`` for info findings. Each topic of the
corpus the rule checks (its ``topic``, refinements such as ``deaths@syria``
included, or every topic for ``*``) and found nothing on is a passing
testcase too, so a clean run shows green tests rather than an empty report. The output validates against
the Apache Surefire ``junit-10.xsd``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd

from checker.atomic import write_atomic
from checker.columns import require_columns
from checker.report.csv import format_cell, is_blank, is_true
from checker.topics import topic_base

JUNIT_FILE = "findings.xml"
SUITES_NAME = "numcheck"
# Severities that fail a testcase; info findings pass with their message shown.
FAILING_SEVERITIES = ("error", "warning")
# A rule's ``topic`` when it checks every topic.
ALL_TOPICS = "*"
# Name of the single passing testcase of a rule when the corpus has no topics.
NO_TOPIC_CASE = "no findings"
# Topic shown for findings that belong to no topic.
NO_TOPIC = "(no topic)"

# Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF, CR;
# lone surrogates; U+FFFE/U+FFFF). Corpus text can contain them; they are dropped.
XML_ILLEGAL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

FINDINGS_NEED = ("finding_id", "rule_id", "severity", "topic", "message", "suppressed")


def xml_safe(text: Any) -> str:
    """``text`` as a string XML 1.0 can hold (illegal control characters removed)."""
    return XML_ILLEGAL_CHARS.sub("", format_cell(text))


def junit_tree(
    findings: pd.DataFrame,
    claims: pd.DataFrame,
    rules: Sequence[Mapping[str, Any]] | None = None,
) -> ET.Element:
    """The ``testsuites`` element for ``findings`` (topics come from ``claims``)."""
    require_columns(findings, FINDINGS_NEED, "JUnit report")
    topics = sorted({str(t) for t in claims.get("topic", pd.Series(dtype=object)).dropna() if str(t)})
    rule_ids = list(dict.fromkeys([str(rule["id"]) for rule in rules or ()]
                                  + sorted(findings["rule_id"].astype(str).unique())))
    targets = {str(rule["id"]): format_cell(rule.get("topic")) or ALL_TOPICS for rule in rules or ()}
    records = findings.to_dict("records")
    root = ET.Element("testsuites", {"name": SUITES_NAME})
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for rule_id in rule_ids:
        target = targets.get(rule_id, ALL_TOPICS)
        checked = [t for t in topics if target == ALL_TOPICS or topic_base(t) == target or t == target]
        suite = _suite(rule_id, [f for f in records if str(f["rule_id"]) == rule_id], checked)
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    root.set("tests", str(totals["tests"]))
    root.set("failures", str(totals["failures"]))
    root.set("errors", "0")
    root.set("time", "0")
    return root


def render_junit(
    findings: pd.DataFrame,
    claims: pd.DataFrame,
    rules: Sequence[Mapping[str, Any]] | None = None,
) -> str:
    """findings.xml text: an indented UTF-8 document (deterministic)."""
    root = junit_tree(findings, claims, rules)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_junit(
    out_dir: Path,
    *,
    documents: pd.DataFrame,
    claims: pd.DataFrame,
    findings: pd.DataFrame,
    timeline: pd.DataFrame,
    rules: Sequence[Mapping[str, Any]] | None = None,
) -> list[Path]:
    """Write findings.xml into ``out_dir`` atomically."""
    path = Path(out_dir) / JUNIT_FILE
    write_atomic(path, render_junit(findings, claims, rules))
    return [path]


def _suite(rule_id: str, findings: list[Mapping[str, Any]], topics: list[str]) -> ET.Element:
    suite = ET.Element("testsuite", {"name": xml_safe(rule_id)})
    failures = skipped = 0
    flagged_topics = set()
    for finding in findings:
        topic = "" if is_blank(finding.get("topic")) else str(finding["topic"])
        if not is_true(finding.get("suppressed")):
            flagged_topics.add(topic)
        case = ET.SubElement(suite, "testcase", {
            "name": xml_safe(f"{topic or NO_TOPIC} [{format_cell(finding['finding_id'])}]"),
            "classname": xml_safe(f"{SUITES_NAME}.{rule_id}"),
            "time": "0",
        })
        message = xml_safe(finding.get("message"))
        severity = xml_safe(finding.get("severity"))
        if is_true(finding.get("suppressed")):
            reason = xml_safe(finding.get("suppression_reason"))
            ET.SubElement(case, "skipped", {"message": f"suppressed by baseline: {reason}" if reason
                                            else "suppressed by baseline"})
            skipped += 1
        elif severity in FAILING_SEVERITIES:
            failure = ET.SubElement(case, "failure", {"type": severity, "message": message})
            failure.text = _details(finding)
            failures += 1
        else:
            out = ET.SubElement(case, "system-out")
            out.text = f"{severity}: {message}\n{_details(finding)}"
    for topic in topics:
        if topic not in flagged_topics:
            ET.SubElement(suite, "testcase", {
                "name": xml_safe(topic),
                "classname": xml_safe(f"{SUITES_NAME}.{rule_id}"),
                "time": "0",
            })
    if len(suite) == 0:
        ET.SubElement(suite, "testcase", {
            "name": NO_TOPIC_CASE, "classname": xml_safe(f"{SUITES_NAME}.{rule_id}"), "time": "0",
        })
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", str(skipped))
    suite.set("time", "0")
    return suite


def _details(finding: Mapping[str, Any]) -> str:
    """The finding's place and claims, one ``label: value`` line each."""
    place = xml_safe(finding.get("file"))
    if place and not is_blank(finding.get("line")):
        place += f":{xml_safe(finding.get('line'))}"
    lines = [
        ("at", place),
        ("finding", xml_safe(finding.get("finding_id"))),
        ("claims", xml_safe(finding.get("claim_ids"))),
        ("values", xml_safe(finding.get("values"))),
        ("surfaces", xml_safe(finding.get("surfaces"))),
        ("dates", xml_safe(finding.get("dates"))),
        ("speakers", xml_safe(finding.get("speakers"))),
        ("outlets", xml_safe(finding.get("outlets"))),
        ("fingerprint", xml_safe(finding.get("fingerprint"))),
    ]
    return "\n".join(f"{label}: {value}" for label, value in lines if value) + "\n"
