"""numcheck test-rules: the shipped fixture cases pass; a wrong expectation fails."""

from pathlib import Path

import pytest

from checker.errors import ConfigError
from checker.ruletests import find_cases, load_case, run_rule_tests

ROOT = Path(__file__).resolve().parent.parent
CASES = find_cases(ROOT / "fixtures" / "rules")


def test_every_case_is_found_and_valid():
    assert {c.name for c in CASES} >= {"seeds-nk-pack", "seeds-default", "quake-toll", "jobs-magnitude"}
    for case in CASES:
        assert load_case(case)["expect"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_shipped_cases_pass(case):
    pytest.importorskip("checker.pipeline")
    results = run_rule_tests(case)
    failed = results[~results["passed"]]
    assert failed.empty, failed.to_string()


def test_bad_case_file_is_located(tmp_path):
    (tmp_path / "case.yaml").write_text("expect:\n  - {rule: x, expect: fires}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="expect must be 'fire' or 'ok'"):
        load_case(tmp_path)
