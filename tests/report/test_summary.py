"""format_summary: the lines the CLI prints after a run."""

from __future__ import annotations

import pandas as pd
import pytest

from checker.report.summary import count_run, format_summary


def test_summary_of_seed_run(frames):
    text = format_summary(frames["documents"], frames["claims"], frames["findings"],
                          fail_on="warning", exit_code=1, written=["out/report.html", "out/findings.sarif"])
    assert text == (
        "documents: 5 read, 4 ok, 1 with errors\n"
        "  fixtures/seeds/broken.txt: not UTF-8 at byte 17\n"
        "claims: 8 in 2 topics\n"
        "findings: 1 error, 1 warning, 1 info (+1 suppressed)\n"
        "exit 1: 2 unsuppressed findings at or above warning (--fail-on warning)\n"
        "wrote 2 files to out: report.html, findings.sarif"
    )


@pytest.mark.parametrize(
    "fail_on, exit_code, line",
    [
        ("error", 1, "exit 1: 1 unsuppressed finding at or above error (--fail-on error)"),
        ("info", 1, "exit 1: 3 unsuppressed findings at or above info (--fail-on info)"),
        ("never", 0, "exit 0 (--fail-on never)"),
    ],
)
def test_exit_line_explains_threshold(frames, fail_on, exit_code, line):
    text = format_summary(frames["documents"], frames["claims"], frames["findings"],
                          fail_on=fail_on, exit_code=exit_code)
    assert text.splitlines()[-1] == line


def test_clean_run(frames):
    findings = frames["findings"][frames["findings"]["suppressed"]]
    documents = frames["documents"].iloc[:4]
    text = format_summary(documents, frames["claims"], findings, fail_on="warning", exit_code=0)
    assert text.splitlines() == [
        "documents: 4 read, 4 ok, 0 with errors",
        "claims: 8 in 2 topics",
        "findings: 0 errors, 0 warnings, 0 info (+1 suppressed)",
        "exit 0: no unsuppressed findings at or above warning (--fail-on warning)",
    ]


def test_many_unreadable_documents_are_cut_short(frames):
    documents = pd.concat([frames["documents"]] * 2, ignore_index=True)
    documents["doc_id"] = list("abcdefghij")
    documents["status"] = "empty file"
    text = format_summary(documents, frames["claims"], frames["findings"], fail_on="error", exit_code=1)
    assert text.startswith("documents: 10 read, 0 ok, 10 with errors\n  a: empty file\n")
    assert "  e: empty file\n  ... and 5 more\n" in text


def test_suppressed_read_back_as_text(frames):
    findings = frames["findings"].assign(suppressed=["False", "False", "True", "False"])
    counts = count_run(frames["documents"], frames["claims"], findings)
    assert counts.suppressed == 1 and counts.findings == 3


def test_files_in_several_directories_listed_in_full(frames):
    text = format_summary(frames["documents"], frames["claims"], frames["findings"], fail_on="error",
                          exit_code=1, written=["out/report.html", "ci/findings.sarif"])
    assert text.endswith("\nwrote 2 files: out/report.html, ci/findings.sarif")
