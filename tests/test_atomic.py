"""write_atomic: complete files only, no leftovers, permissions as open() would give."""

from __future__ import annotations

import os
import stat

import pytest

import checker.atomic as atomic
from checker.atomic import write_atomic

LINE = "“We have information that 3,000 North Korean troops are currently in a training camp”\n"


def test_text_written_as_utf8_unchanged(tmp_path):
    target = tmp_path / "report.csv"
    write_atomic(target, LINE + "\r\nsecond")
    assert target.read_bytes() == (LINE + "\r\nsecond").encode("utf-8")


def test_bytes_replace_existing_file_and_keep_its_mode(tmp_path):
    target = tmp_path / "findings.sarif"
    target.write_text("old")
    os.chmod(target, 0o640)
    write_atomic(str(target), b"{}")
    assert target.read_bytes() == b"{}"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_file_gets_umask_mode_not_private_temp_mode(tmp_path):
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "a.html", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.html").stat().st_mode) == 0o640


def test_failure_midway_leaves_old_content_and_no_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "claims.csv"
    target.write_text("old complete file")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, "new")
    assert target.read_text() == "old complete file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv"]


def test_missing_directory_raises_and_creates_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "absent" / "x.csv", "a")
    assert list(tmp_path.iterdir()) == []
