"""write_reports: every format into one directory, atomically, with a clear error for bad names."""

from __future__ import annotations

import pytest

from checker.report import REPORT_FORMATS, write_reports

ALL_FILES = ["claims.csv", "discrepancies.csv", "timeline.csv", "documents.csv", "findings.sarif",
             "findings.xml", "report.html", "findings.json", "claims.jsonl"]


def test_all_formats_written_into_new_directory(frames, rules, tmp_path):
    out = tmp_path / "reports" / "run1"
    paths = write_reports(out, **frames, rules=rules)
    assert [p.name for p in paths] == ALL_FILES
    assert sorted(p.name for p in out.iterdir()) == sorted(ALL_FILES)  # no temp files left
    assert REPORT_FORMATS == ("csv", "sarif", "junit", "html", "json")


def test_selected_formats_only(frames, tmp_path):
    paths = write_reports(str(tmp_path), **frames, formats=["sarif", "csv", "sarif"])
    assert [p.name for p in paths] == ["findings.sarif", "claims.csv", "discrepancies.csv",
                                       "timeline.csv", "documents.csv"]


def test_unknown_format_rejected_before_writing(frames, tmp_path):
    with pytest.raises(ValueError, match=r"unknown report format\(s\) 'pdf'; choose from csv, sarif, "
                                         r"junit, html, json"):
        write_reports(tmp_path / "out", **frames, formats=["csv", "pdf"])
    assert not (tmp_path / "out").exists()
