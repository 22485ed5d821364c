"""summary.md: the run in Markdown for CI job pages and pull-request comments."""

from __future__ import annotations

import pandas as pd

from checker.report.markdown import MAX_ROWS, cell, markdown_summary, write_markdown


def test_counts_then_findings_most_severe_first(frames):
    text = markdown_summary(frames["documents"], frames["claims"], frames["findings"], frames["timeline"])
    lines = text.splitlines()
    assert lines[0] == "## numcheck"
    # 5 documents, one unreadable; suppressed f3 counted, not listed.
    assert "5 documents (4 read)" in lines[2]
    assert "1 error, 1 warning, 1 info (1 suppressed by the baseline)" in lines[2]
    assert "1 document could not be read" in text
    rows = [line for line in lines if line.startswith("| ") and not line.startswith("| severity")]
    assert [row.split(" | ")[1] for row in rows] == ["`projection-jumps`", "`asserted-count-disagrees`",
                                                      "`single-source-figure`"]
    assert rows[0].startswith("| **error** |")
    assert "`fixtures/seeds/001_0e4e2480f77082a7.txt:11`" in rows[0]
    assert "North Korean troops in Russia" in rows[0]
    assert "Kyiv updated" not in text


def test_cells_cannot_break_the_table(frames):
    text = markdown_summary(frames["documents"], frames["claims"], frames["findings"])
    # f4's message holds markup: escaped, so it shows as text.
    assert r"\<b\>unconfirmed\</b\>" in text
    assert cell("a | b\nc_d") == r"a \| b c\_d"
    assert cell("aid~dollar~rishi-sunak costs $5 &lt;b&gt;") == r"aid\~dollar\~rishi-sunak costs \$5 \&lt;b\&gt;"
    for line in text.splitlines():
        if line.startswith("| "):
            assert line.count(" | ") == 4


def test_long_runs_are_cut_with_a_pointer_to_the_csv(frames):
    many = pd.concat([frames["findings"].iloc[[1]]] * (MAX_ROWS + 7), ignore_index=True)
    text = markdown_summary(frames["documents"], frames["claims"], many)
    assert f"... and 7 more: see `discrepancies.csv`." in text
    assert sum(line.startswith("| **error**") for line in text.splitlines()) == MAX_ROWS


def test_written_atomically_and_deterministically(frames, tmp_path):
    first = write_markdown(tmp_path, **frames)[0].read_bytes()
    second = write_markdown(tmp_path, **frames)[0].read_bytes()
    assert first == second and first.decode("utf-8").endswith("\n")
    assert [p.name for p in tmp_path.iterdir()] == ["summary.md"]


def test_passed_over_files_are_not_failures(frames):
    documents = frames["documents"].copy()
    documents.loc[len(documents)] = documents.iloc[0]
    documents.loc[len(documents) - 1, "status"] = "skipped: unsupported file type '.png'"
    text = markdown_summary(documents, frames["claims"], frames["findings"])
    assert "1 document could not be read" in text
    assert "1 file empty or not a corpus format" in text


def test_info_has_no_plural(frames):
    findings = frames["findings"].copy()
    findings["severity"], findings["suppressed"] = "info", False
    assert f"0 errors, 0 warnings, {len(findings)} info." in markdown_summary(frames["documents"], frames["claims"],
                                                                             findings)
