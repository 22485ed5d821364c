"""Metadata helpers: timestamps, credit lines, headlines, front matter."""

from __future__ import annotations

import time

import numpy as np
import pytest

from checker.metadata import (
    EPOCH_TIME,
    FRONT_MATTER,
    HEADLINE_LINE,
    MetadataError,
    infer_outlet,
    infer_title,
    normalise_timestamp,
    outlet_from_url,
    parse_front_matter,
)


@pytest.mark.parametrize(
    "raw, iso",
    [
        ("2024-11-20", "2024-11-20"),
        ("2023-02-06 01:34:46+00:00", "2023-02-06T01:34:46Z"),
        ("2023-02-08T10:00:00+03:00", "2023-02-08T07:00:00Z"),
        ("2024-11-20T15:57:00", "2024-11-20T15:57:00"),
        ("20 Nov. 2024, 15:57", "2024-11-20T15:57:00"),
        ("November 1, 2024", "2024-11-01"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalise_timestamp(raw, iso):
    assert normalise_timestamp(raw) == iso


@pytest.mark.parametrize("raw", ["2024-02-30", "2023-13-01", "0001-11-30", "yesterday-ish", "2 days ago", "last Tuesday"])
def test_impossible_dates_are_refused(raw):
    with pytest.raises(MetadataError):
        normalise_timestamp(raw)


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("Kyiv: Zelenskyy said 3,000 troops are in a camp.\n(IANS)\n", "IANS"),
        ("KYIV, Nov 1 (Reuters) - Ukraine said on Friday that 11,000 troops were in Kursk.", "Reuters"),
        ("The attack lasted two hours.\nWith AFP\n", "AFP"),
        ("Lavrov said so.\nBY WOO JI-WON\nwith the Korea JoongAng Daily\n", "Korea JoongAng Daily"),
        ("The Associated Press contributed. Officials said 40 died.", ""),
        ("No credit in this text at all: 5 people.", ""),
    ],
)
def test_infer_outlet_from_credit_lines(text, outlet):
    assert infer_outlet(text) == outlet


@pytest.mark.parametrize(
    "text, title",
    [
        ("100,000 North Korean troops could be deployed to Russia, Zelensky tells EU\nPublished: 20 Nov. 2024\n",
         "100,000 North Korean troops could be deployed to Russia, Zelensky tells EU"),
        ("World news\n\nDeath toll in Turkey quake passes 20,000\n\nRescuers...", "Death toll in Turkey quake passes 20,000"),
        ("Ukrainian President Volodymyr Zelensky on Friday accused his allies of passivity.\nMore.", ""),
        ("Published: 20 Nov. 2024, 15:57\nBody", ""),
    ],
)
def test_infer_title(text, title):
    assert infer_title(text) == title


@pytest.mark.parametrize("line, ok", [("Quake death toll tops 20,000", True), ("He said so.", False),
                                      ("By Jane Doe, Reuters reporter", False), ("“silence is striking.”", False)])
def test_headline_line_pattern(line, ok):
    assert bool(HEADLINE_LINE.match(line)) is ok


def test_front_matter_pattern_needs_opening_line():
    assert FRONT_MATTER.match("---\ntitle: x\n---\nbody") is not None
    assert FRONT_MATTER.match("Intro\n---\ntitle: x\n---\n") is None


def test_front_matter_error_line_is_file_line():
    with pytest.raises(MetadataError) as error:
        parse_front_matter("---\ntitle: ok\noutlet: [a\npublished: 2024-01-01\n---\ntext")
    assert error.value.line >= 3


@pytest.mark.parametrize("url, outlet", [("https://www.bloomberg.com/politics/feeds/site.xml", "bloomberg.com"),
                                         ("https://feeds.bbci.co.uk/news/world/rss.xml", "bbci.co.uk"),
                                         ("Fox News", "Fox News")])
def test_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


def test_front_matter_with_an_impossible_date_value_is_a_located_error():
    with pytest.raises(MetadataError, match="impossible value"):
        parse_front_matter("---\npublished: 2024-13-01\n---\ntext")


def test_billion_laughs_front_matter_is_refused_quickly():
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for name, previous in zip("bcdefgh", "abcdefg"):
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    with pytest.raises(MetadataError, match="billion laughs"):
        parse_front_matter("---\n" + "\n".join(levels) + "\n---\ntext")


@pytest.mark.parametrize("pattern, text, found", [
    ("NOT_LINE_BREAK", "a\nb", ["a", "b"]),
    ("ANY_DIGIT", "Nov. 5", ["5"]),
    ("ANY_DIGIT", "yesterday", []),
])
def test_named_patterns(pattern, text, found):
    import checker.metadata as metadata

    assert getattr(metadata, pattern).findall(text) == found


@pytest.mark.parametrize("value, iso", [
    (1675843200, "2023-02-08T08:00:00Z"),            # Unix seconds, as JSON dumps store them
    ("1675843200", "2023-02-08T08:00:00Z"),
    (1675843200000, "2023-02-08T08:00:00Z"),         # milliseconds
    (1675843200.75, "2023-02-08T08:00:00Z"),
    ("20230208", "2023-02-08"),                       # compact date, not a Unix time
    (20230208, "2023-02-08"),
    (1732147200000.0, "2024-11-21T00:00:00Z"),        # float milliseconds (JSON 1.7321472e12)
    ("1732147200000000", "2024-11-21T00:00:00Z"),     # microseconds
    (np.float64(1732147200.0), "2024-11-21T00:00:00Z"),
    (np.int64(1732147200), "2024-11-21T00:00:00Z"),
    (float("nan"), ""),
])
def test_unix_times_are_read_in_utc(value, iso, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")  # the machine's zone must not matter
    time.tzset()
    try:
        assert normalise_timestamp(value) == iso
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize("value", [45000.5, 2023])
def test_numbers_that_are_no_dates_are_refused(value):
    with pytest.raises(MetadataError):
        normalise_timestamp(value)


@pytest.mark.parametrize("text, matches", [("1675843200", True), ("1675843200000", True), ("1675843200.5", True),
                                           ("1732147200000000", True), ("20230208", False), ("167584320", False),
                                           ("2023", False)])
def test_epoch_time_pattern(text, matches):
    assert bool(EPOCH_TIME.match(text)) is matches
