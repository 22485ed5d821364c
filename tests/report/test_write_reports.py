"""write_reports: every format into one directory, atomically, with a clear error for bad names."""

from __future__ import annotations

import json

import jsonschema
import pytest

from checker.columns import CLAIM_COLUMNS, DOCUMENT_COLUMNS, FINDING_COLUMNS, TIMELINE_COLUMNS, empty_frame
from checker.report import REPORT_FORMATS, write_reports

ALL_FILES = ["claims.csv", "discrepancies.csv", "timeline.csv", "documents.csv", "findings.sarif",
             "findings.xml", "report.html", "findings.json", "claims.jsonl", "summary.md"]


def test_all_formats_written_into_new_directory(frames, rules, tmp_path):
    out = tmp_path / "reports" / "run1"
    paths = write_reports(out, **frames, rules=rules)
    assert [p.name for p in paths] == ALL_FILES
    assert sorted(p.name for p in out.iterdir()) == sorted(ALL_FILES)  # no temp files left
    assert REPORT_FORMATS == ("csv", "sarif", "junit", "html", "json", "markdown")


def test_selected_formats_only(frames, tmp_path):
    paths = write_reports(str(tmp_path), **frames, formats=["sarif", "csv", "sarif"])
    assert [p.name for p in paths] == ["findings.sarif", "claims.csv", "discrepancies.csv",
                                       "timeline.csv", "documents.csv"]


def test_unknown_format_rejected_before_writing(frames, tmp_path):
    with pytest.raises(ValueError, match=r"unknown report format\(s\) 'pdf'; choose from csv, sarif, "
                                         r"junit, html, json, markdown"):
        write_reports(tmp_path / "out", **frames, formats=["csv", "pdf"])
    assert not (tmp_path / "out").exists()


def test_empty_corpus_writes_valid_reports(tmp_path, schemas):
    """A run over no documents still writes every file, and CI formats stay valid."""
    xmlschema = pytest.importorskip("xmlschema", reason="xmlschema is in the test extra")
    paths = write_reports(tmp_path, documents=empty_frame(DOCUMENT_COLUMNS), claims=empty_frame(CLAIM_COLUMNS),
                          findings=empty_frame(FINDING_COLUMNS), timeline=empty_frame(TIMELINE_COLUMNS))
    assert [p.name for p in paths] == ALL_FILES
    assert (tmp_path / "discrepancies.csv").read_text() == ",".join(FINDING_COLUMNS) + "\n"
    assert json.loads((tmp_path / "findings.json").read_text()) == []
    assert (tmp_path / "claims.jsonl").read_text() == ""
    sarif_schema = json.loads((schemas / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(sarif_schema).validate(json.loads((tmp_path / "findings.sarif").read_text()))
    xmlschema.XMLSchema(str(schemas / "junit-10.xsd")).validate(str(tmp_path / "findings.xml"))
    assert "No rule found a contradiction." in (tmp_path / "report.html").read_text()
    assert "No findings." in (tmp_path / "summary.md").read_text()


def test_cli_offers_every_report_format():
    from checker.cli import FORMATS

    assert FORMATS == REPORT_FORMATS
