"""Baselines: create, load, suppress; expired and stale entries reported."""

import datetime as dt

import pytest

from checker.baseline import apply_baseline, create_baseline, load_baseline
from checker.errors import ConfigError
from checker.rules import check
from checker.ruleset import load_rules
from test_rules import SEEDS


@pytest.fixture(scope="module")
def findings():
    return check(SEEDS, load_rules(None))


def test_round_trip_suppresses_everything(findings, tmp_path):
    path = tmp_path / "baseline.yaml"
    path.write_text(create_baseline(findings), encoding="utf-8")
    result, notes = apply_baseline(findings, load_baseline(path), dt.date(2024, 12, 1))
    assert result["suppressed"].all() and len(result) == len(findings) and notes == []
    assert set(result["suppression_reason"]) == {"in baseline"}
    assert not findings["suppressed"].any()  # the input is not modified


def test_edits_elsewhere_keep_suppression(findings, tmp_path):
    path = tmp_path / "baseline.yaml"
    path.write_text(create_baseline(findings), encoding="utf-8")
    edited = check(SEEDS.assign(line=SEEDS["line"] + 3, start=SEEDS["start"] + 57), load_rules(None))
    result, _ = apply_baseline(edited, load_baseline(path), dt.date(2024, 12, 1))
    assert result["suppressed"].all()


def test_reason_expiry_and_stale_entries(findings, tmp_path):
    jump = findings[findings["kind"] == "jump"].iloc[0]
    path = tmp_path / "baseline.yaml"
    path.write_text(
        "version: 1\nfindings:\n"
        f"  - fingerprint: {jump['fingerprint']}\n    rule_id: figure-jumps\n"
        "    reason: Zelensky's figure was updated, not contradicted\n    expires: 2025-01-31\n"
        "  - fingerprint: '0000000000000000'\n    rule_id: magnitude-slip\n", encoding="utf-8")
    baseline = load_baseline(path)
    result, notes = apply_baseline(findings, baseline, dt.date(2024, 12, 1))
    suppressed = result[result["suppressed"]]
    assert list(suppressed["kind"]) == ["jump"]
    assert suppressed["suppression_reason"].iloc[0] == "Zelensky's figure was updated, not contradicted"
    assert notes == [f"{path}:7: stale baseline entry 0000000000000000 (magnitude-slip): no current "
                     "finding matches it; remove it"]
    later, notes = apply_baseline(findings, baseline, dt.date(2025, 2, 1))
    assert not later["suppressed"].any()
    assert notes[0].startswith(f"{path}:3: baseline entry {jump['fingerprint']} (figure-jumps) expired on 2025-01-31")


@pytest.mark.parametrize("text, message, line", [
    ("findings:\n  - fingerprint: abc\n    reasn: typo\n", "unknown key 'reasn'", 3),
    ("findings:\n  - fingerprint: abc\n    expires: next week\n", "bad expires date", 3),
    ("findings:\n  - rule_id: x\n", "needs a 'fingerprint'", 2),
])
def test_bad_baseline_is_located(tmp_path, text, message, line):
    path = tmp_path / "b.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_baseline(path)
    problem = caught.value.problems[0]
    assert message in problem.message and problem.line == line


@pytest.mark.parametrize("doc_id, portable", [
    ("/work/main/fixtures/seeds/001_0e4e2480f77082a7.txt", "001_0e4e2480f77082a7.txt"),
    ("fixtures/seeds/001_0e4e2480f77082a7.txt", "001_0e4e2480f77082a7.txt"),
    ("../shared/data/quake-rss/entries.jsonl#https://www.bbc.co.uk/news/world-64540696",
     "entries.jsonl#https://www.bbc.co.uk/news/world-64540696"),
])
def test_fingerprints_do_not_depend_on_where_the_corpus_lies(doc_id, portable):
    from checker.rules import portable_doc_id
    assert portable_doc_id(doc_id) == portable
    moved = SEEDS.assign(doc_id="/elsewhere/" + SEEDS["doc_id"])
    assert list(check(moved, load_rules(None))["fingerprint"]) == \
        list(check(SEEDS, load_rules(None))["fingerprint"])
