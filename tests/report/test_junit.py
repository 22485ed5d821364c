"""findings.xml: valid JUnit, failures for errors/warnings, green when clean."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from checker.report.junit import XML_ILLEGAL_CHARS, render_junit, write_junit, xml_safe


def parse(frames, rules=None):
    return ET.fromstring(render_junit(frames["findings"], frames["claims"], rules).encode("utf-8"))


def suites(root):
    return {s.get("name"): s for s in root.iter("testsuite")}


def test_valid_against_junit_xsd(frames, rules, schemas):
    xmlschema = pytest.importorskip("xmlschema", reason="xmlschema is in the test extra")
    schema = xmlschema.XMLSchema(str(schemas / "junit-10.xsd"))
    schema.validate(render_junit(frames["findings"], frames["claims"], rules))
    schema.validate(render_junit(frames["findings"].iloc[0:0], frames["claims"].iloc[0:0], rules))
    with pytest.raises(xmlschema.XMLSchemaValidationError):  # the check itself bites
        schema.validate("<testsuites><testsuite name='x'/></testsuites>")


def test_one_suite_per_rule_including_rules_without_findings(frames, rules):
    root = parse(frames, rules)
    assert list(suites(root)) == [r["id"] for r in rules]
    quiet = suites(root)["date-after-publication"]
    assert [c.get("name") for c in quiet.iter("testcase")] == ["nk-artillery-shells", "nk-troops-russia"]
    assert quiet.get("failures") == "0" and quiet.find(".//failure") is None


def test_failures_for_warnings_and_errors_skipped_when_suppressed(frames, rules):
    disagree = suites(parse(frames, rules))["asserted-count-disagrees"]
    cases = {c.get("name"): c for c in disagree.iter("testcase")}
    assert set(cases) == {"nk-troops-russia [f1]", "nk-troops-russia [f3]", "nk-artillery-shells"}
    failure = cases["nk-troops-russia [f1]"].find("failure")
    assert failure.get("type") == "warning"
    assert failure.get("message").startswith("IANS (Volodymyr Zelensky, 2024-11-01) says 3,000")
    assert "at: fixtures/seeds/001_0e4e2480f77082a7.txt:11" in failure.text
    assert "values: 3000;11000" in failure.text
    skipped = cases["nk-troops-russia [f3]"].find("skipped")
    assert skipped.get("message") == "suppressed by baseline: Kyiv updated its count between the two reports"
    assert (disagree.get("tests"), disagree.get("failures"), disagree.get("skipped")) == ("3", "1", "1")


def test_info_findings_pass_with_message(frames, rules):
    single = suites(parse(frames, rules))["single-source-figure"]
    case = single.find("testcase")
    assert case.find("failure") is None
    assert case.find("system-out").text.startswith("info: Only Volodymyr Zelensky gives")


def test_totals(frames, rules):
    root = parse(frames, rules)
    # 3 + 2 (f2 and the shells topic) + 2 (f4 and shells) + 2 (both topics pass).
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("9", "2", "0")


def test_clean_run_is_green_with_rules(frames, rules):
    root = ET.fromstring(render_junit(frames["findings"].iloc[0:0], frames["claims"], rules))
    assert root.get("failures") == "0" and int(root.get("tests")) == 8
    no_topics = ET.fromstring(render_junit(frames["findings"].iloc[0:0], frames["claims"].iloc[0:0], rules))
    assert [c.get("name") for c in no_topics.iter("testcase")] == ["no findings"] * 4


def test_control_characters_from_corpus_dropped(frames, rules):
    frames["findings"].loc[0, "message"] = "3,000\x0b troops\x00 <&>"
    root = parse(frames, rules)
    failure = next(f for f in root.iter("failure") if "troops" in f.get("message"))
    assert failure.get("message") == "3,000 troops <&>"


def test_same_frames_same_bytes(frames, rules, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    [a] = write_junit(tmp_path / "a", **frames, rules=rules)
    [b] = write_junit(tmp_path / "b", **frames, rules=rules)
    assert a.name == "findings.xml" and a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize(
    "text, cleaned",
    [("tab\tand\nnewline\r", "tab\tand\nnewline\r"), ("bell\x07", "bell"), ("vt\x0bff\x0c", "vtff"),
     ("\ufffe\uffff", ""), ("“11,000”", "“11,000”"), ("lone \ud800 surrogate", "lone  surrogate")],
)
def test_xml_illegal_chars(text, cleaned):
    assert XML_ILLEGAL_CHARS.sub("", text) == cleaned
    assert xml_safe(text) == cleaned


def test_rule_on_one_topic_passes_only_that_topic(frames, rules):
    rules[3]["topic"] = "nk-troops-russia"  # date-after-publication, no findings
    frames["claims"].loc[frames["claims"]["claim_id"] == "c04", "topic"] = "nk-troops-russia@kursk"
    quiet = suites(parse(frames, rules))["date-after-publication"]
    assert [c.get("name") for c in quiet.iter("testcase")] == ["nk-troops-russia", "nk-troops-russia@kursk"]
