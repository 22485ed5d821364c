"""findings.sarif: valid SARIF 2.1.0 with locations, fingerprints and suppressions."""

from __future__ import annotations

import json

import jsonschema
import pytest

from checker.report.sarif import (
    FINGERPRINT_KEY,
    WINDOWS_DRIVE,
    path_to_uri,
    render_sarif,
    sarif_log,
    write_sarif,
)


def results_by_id(log):
    return {r["properties"]["findingId"]: r for r in log["runs"][0]["results"]}


def test_valid_against_sarif_schema(frames, rules, schemas):
    schema = json.loads((schemas / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    for given in (rules, None):
        log = json.loads(render_sarif(frames["findings"], frames["claims"], frames["documents"], given))
        jsonschema.Draft4Validator(schema).validate(log)


def test_empty_findings_valid_and_empty(frames, rules, schemas):
    schema = json.loads((schemas / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    log = sarif_log(frames["findings"].iloc[0:0], frames["claims"], frames["documents"], rules)
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["runs"][0]["results"] == []
    assert len(log["runs"][0]["tool"]["driver"]["rules"]) == 4


def test_one_result_per_finding_with_levels(frames, rules):
    log = sarif_log(frames["findings"], frames["claims"], frames["documents"], rules)
    results = results_by_id(log)
    assert list(results) == ["f1", "f2", "f3", "f4"]
    assert {k: r["level"] for k, r in results.items()} == {
        "f1": "warning", "f2": "error", "f3": "warning", "f4": "note"}
    assert results["f2"]["ruleId"] == "projection-jumps"
    assert results["f2"]["message"]["text"].endswith("8.3x larger.")


def test_location_is_first_claim_with_line_and_column(frames, rules):
    results = results_by_id(sarif_log(frames["findings"], frames["claims"], frames["documents"], rules))
    location = results["f1"]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "fixtures/seeds/001_0e4e2480f77082a7.txt"
    region = location["region"]
    # "He added, “Those ... We have information that 3,000 North Korean troops ..."
    text = frames["documents"].loc[0, "text"]
    line = text.split("\n")[region["startLine"] - 1]
    assert line[region["startColumn"] - 1: region["endColumn"] - 1] == "3,000"
    assert region["snippet"]["text"] == "3,000"
    # The headline of the JoongAng article is line 3: "As many as 100,000 ..." at column 1.
    f4 = results["f4"]["locations"][0]["physicalLocation"]["region"]
    assert (f4["startLine"], f4["startColumn"]) == (3, 1)


def test_other_claims_are_related_locations(frames, rules):
    results = results_by_id(sarif_log(frames["findings"], frames["claims"], frames["documents"], rules))
    related = results["f2"]["relatedLocations"]
    assert len(related) == 1
    assert related[0]["physicalLocation"]["artifactLocation"]["uri"].endswith("002_b241c34fbdefa81a.txt")
    assert related[0]["physicalLocation"]["region"]["snippet"]["text"] == "As many as 100,000"
    assert related[0]["message"]["text"] == (
        "“As many as 100,000” (Volodymyr Zelensky, Korea JoongAng Daily, 2024-11-19)")


def test_fingerprints_and_suppressions(frames, rules):
    findings = frames["findings"]
    results = results_by_id(sarif_log(findings, frames["claims"], frames["documents"], rules))
    assert results["f1"]["partialFingerprints"] == {FINGERPRINT_KEY: findings.loc[0, "fingerprint"]}
    assert "suppressions" not in results["f1"]
    assert results["f3"]["suppressions"] == [{
        "kind": "external", "status": "accepted",
        "justification": "Kyiv updated its count between the two reports"}]


def test_rules_from_rule_list_and_rule_index(frames, rules):
    log = sarif_log(frames["findings"], frames["claims"], frames["documents"], rules)
    driver_rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in driver_rules] == [r["id"] for r in rules]
    assert driver_rules[1] == {
        "id": "projection-jumps",
        "shortDescription": {"text": "A projection is more than 5x the previous projection of the figure."},
        "defaultConfiguration": {"level": "error"},
        "properties": {"kind": "magnitude"},
    }
    for result in log["runs"][0]["results"]:
        assert driver_rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_rules_derived_from_findings_when_not_given(frames):
    log = sarif_log(frames["findings"], frames["claims"], frames["documents"])
    assert [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]] == [
        "asserted-count-disagrees", "projection-jumps", "single-source-figure"]


def test_rows_of_tabular_files_get_line_but_no_column(frames, rules):
    frames["documents"]["is_row"] = True
    results = results_by_id(sarif_log(frames["findings"], frames["claims"], frames["documents"], rules))
    region = results["f1"]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 11 and "startColumn" not in region


def test_finding_without_known_claims_falls_back_to_its_file_and_line(frames, rules):
    claims = frames["claims"].iloc[0:0]
    results = results_by_id(sarif_log(frames["findings"], claims, frames["documents"], rules))
    assert results["f2"]["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "fixtures/seeds/001_0e4e2480f77082a7.txt"},
        "region": {"startLine": 11}}


def test_same_frames_same_bytes(frames, rules, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    [a] = write_sarif(tmp_path / "a", **frames, rules=rules)
    [b] = write_sarif(tmp_path / "b", **frames, rules=rules)
    assert a.name == "findings.sarif" and a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize(
    "path, uri",
    [
        ("fixtures/seeds/001.txt", "fixtures/seeds/001.txt"),
        ("corpus/AP news #3.txt", "corpus/AP%20news%20%233.txt"),
        ("corpus\\win\\a.txt", "corpus/win/a.txt"),
        ("/data/news/a.jsonl", "file:///data/news/a.jsonl"),
        ("C:\\news\\a.txt", "file:///C:/news/a.txt"),
        ("dir/été.txt", "dir/%C3%A9t%C3%A9.txt"),
    ],
)
def test_path_to_uri(path, uri):
    assert path_to_uri(path) == uri


@pytest.mark.parametrize("path, drive", [("C:\\x", True), ("c:/x", True), ("C:x", False), ("/c:/x", False)])
def test_windows_drive_pattern(path, drive):
    assert bool(WINDOWS_DRIVE.match(path)) == drive


def test_schema_check_is_strict_enough_to_catch_a_bad_level(frames, schemas):
    """Guards the validation tests above: a wrong level must not validate."""
    schema = json.loads((schemas / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    log = sarif_log(frames["findings"], frames["claims"], frames["documents"])
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate(log)


def test_rule_topic_kept_in_descriptor(frames, rules):
    rules[1]["topic"] = "nk-troops-russia"
    log = sarif_log(frames["findings"], frames["claims"], frames["documents"], rules)
    assert log["runs"][0]["tool"]["driver"]["rules"][1]["properties"] == {
        "kind": "magnitude", "topic": "nk-troops-russia"}
