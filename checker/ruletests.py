"""``numcheck test-rules DIR``: fixture cases for rule packs, like semgrep's ``ruleid:``/``ok:``.

A case is a directory holding ``case.yaml`` and a mini corpus::

    # fixtures/rules/seeds-nk-pack/case.yaml
    corpus: ../../seeds          # files/directories, relative to the case (default: corpus/)
    rules: [../../../rules/nk-troops.yaml]   # default: the shipped default pack
    expect:
      - {rule: nk-troops-jump, doc: 001_0e4e2480f77082a7.txt, line: 11, expect: fire}
      - {rule: nk-troops-magnitude, expect: ok}          # must not fire anywhere
      - {rule: nk-shells-self-contradiction, doc: 001_0e4e2480f77082a7.txt, expect: ok}

``fire`` passes when a finding of that rule names the document (any of its
claims' documents, by file name) at that line (the line of the finding's first
claim) when given; ``ok`` passes when no such finding exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

import pandas as pd

from checker.errors import ConfigError, Problem
from checker.yamlsafe import load_yaml_file

#: Columns of run_rule_tests' result.
RESULT_COLUMNS = ("case", "rule_id", "doc", "line", "expected", "passed", "detail")

#: Keys of a case file and of one expectation.
CASE_KEYS = ("corpus", "rules", "expect", "description")
EXPECT_KEYS = ("rule", "doc", "line", "expect")


def find_cases(directory: str | Path) -> list[Path]:
    """Case directories under ``directory`` (itself or any subdirectory with case.yaml), sorted."""
    root = Path(directory)
    if (root / "case.yaml").is_file():
        return [root]
    return sorted(p.parent for p in root.rglob("case.yaml"))


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def load_case(case_dir: Path) -> dict[str, Any]:
    """Read and validate ``case.yaml``; ConfigError with file:line:col on bad files."""
    document = load_yaml_file(case_dir / "case.yaml")
    data = document.data
    problems: list[Problem] = []
    if not isinstance(data, dict) or not isinstance(data.get("expect"), list):
        raise ConfigError([document.problem((), "a case file is a mapping with an 'expect' list")])
    for key in data:
        if key not in CASE_KEYS:
            problems.append(document.problem((key,), f"unknown key {key!r} in case (known: "
                                             f"{', '.join(CASE_KEYS)})", key=True))
    expectations = []
    for index, item in enumerate(data["expect"]):
        where = ("expect", index)
        if not isinstance(item, dict) or not isinstance(item.get("rule"), str):
            problems.append(document.problem(where, "an expectation needs a 'rule' id"))
            continue
        for key in item:
            if key not in EXPECT_KEYS:
                problems.append(document.problem(where + (key,), (
                    f"unknown key {key!r} in expectation (known: {', '.join(EXPECT_KEYS)})"), key=True))
        if item.get("expect", "fire") not in ("fire", "ok"):
            problems.append(document.problem(where + ("expect",), "expect must be 'fire' or 'ok'"))
        expectations.append(item)
    if problems:
        raise ConfigError(problems)
    corpus = [case_dir / str(p) for p in _as_list(data.get("corpus"))] or [case_dir / "corpus"]
    rules = [case_dir / str(p) for p in _as_list(data.get("rules"))] or None
    return {"corpus": corpus, "rules": rules, "expect": expectations}


def _matches(finding: Mapping[str, Any], item: Mapping[str, Any]) -> bool:
    if finding["rule_id"] != item["rule"]:
        return False
    doc = item.get("doc")
    if doc and not any(Path(d).name == str(doc) or d == str(doc)
                       for d in str(finding["doc_ids"]).split(";")):
        return False
    line = item.get("line")
    return not line or str(finding.get("line")) == str(line)


def run_rule_tests(directory: str | Path) -> pd.DataFrame:
    """Run every case under ``directory``: one row per expectation (see RESULT_COLUMNS).

    Bad case files or packs raise ConfigError (all problems at once).
    """
    from checker.pipeline import run  # the pipeline imports rule modules: import late

    rows = []
    problems: list[Problem] = []
    for case_dir in find_cases(directory):
        try:
            case = load_case(case_dir)
            result = run(case["corpus"], rules=case["rules"], out=None)
        except ConfigError as exc:
            problems.extend(exc.problems)
            continue
        findings = result.findings.to_dict("records")
        for item in case["expect"]:
            expected = item.get("expect", "fire")
            hits = [f for f in findings if _matches(f, item)]
            passed = bool(hits) if expected == "fire" else not hits
            if expected == "fire":
                same_rule = [f"{Path(str(f['doc_ids']).split(';')[0]).name}:{f['line']}"
                             for f in findings if f["rule_id"] == item["rule"]]
                detail = hits[0]["message"] if hits else (
                    f"no finding; {item['rule']} fired at {', '.join(same_rule)}" if same_rule
                    else f"no finding of {item['rule']}")
            else:
                detail = "" if passed else f"unexpected: {hits[0]['message']}"
            rows.append({"case": case_dir.name, "rule_id": item["rule"], "doc": item.get("doc", ""),
                         "line": item.get("line", ""), "expected": expected, "passed": passed,
                         "detail": detail})
    if problems:
        raise ConfigError(problems)
    return pd.DataFrame(rows, columns=list(RESULT_COLUMNS))
