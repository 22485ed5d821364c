"""SVG charts: markers per modality, bounds, log scale, ticks, hover titles."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from checker.report.chart import (
    date_ticks,
    format_compact,
    format_number,
    linear_ticks,
    log_ticks,
    render_chart,
)
from checker.report.html import render_html

SVG = "{http://www.w3.org/2000/svg}"
SVG_BLOCK = re.compile(r"<svg .*?</svg>", re.S)


def charts(page: str) -> list[ET.Element]:
    return [ET.fromstring(block) for block in SVG_BLOCK.findall(page)]


def marks(svg: ET.Element) -> list[ET.Element]:
    return [e for e in svg.iter() if e.get("class") == "mark"]


def test_troops_chart_linear_with_markers_per_modality(frames):
    page = render_html(**frames)
    [svg] = charts(page)  # the shells topic has one claim: no chart
    assert "Too few dated values to chart." in page
    shapes = [m.tag for m in marks(svg)]
    assert shapes.count(f"{SVG}circle") == 4  # asserted: 3,000 and three times 11,000
    assert shapes.count(f"{SVG}path") == 2  # projected: 12,000 and 100,000
    labels = [t.text for t in svg.iter(f"{SVG}text")]
    assert "100k" in labels and "0" in labels
    assert not any("log scale" in (label or "") for label in labels)
    assert {"2024-11-01", "2024-11-08", "2024-11-15"} <= set(labels)


def test_hover_titles_name_speaker_outlet_and_text(frames):
    [svg] = charts(render_html(**frames))
    titles = [g.find(f"{SVG}title").text for g in svg.iter(f"{SVG}g")]
    assert ("2024-11-01: 3,000 (asserted, exact)\nVolodymyr Zelensky — IANS\n“3,000”") in titles
    assert any(t.startswith("2024-11-13: ≈ 11,000 (asserted, approx)\nbounds: 9,900 – 12,100\nKyiv")
               for t in titles)


def test_bounds_drawn_as_bars_open_end_dashed(frames):
    [svg] = charts(render_html(**frames))
    groups = {g.find(f"{SVG}title").text.split("\n")[0]: g for g in svg.iter(f"{SVG}g")}
    rfi = [e.get("class") for e in groups["2024-11-13: ≈ 11,000 (asserted, approx)"]]
    assert rfi.count("bar") == 4  # two half-bars and two caps
    at_most = [e.get("class") for e in groups["2024-11-19: ≤ 100,000 (projected, at_most)"]]
    assert "bar open" in at_most  # "as many as": no lower bound
    exact = [e.get("class") for e in groups["2024-11-01: 3,000 (asserted, exact)"]]
    assert "bar" not in exact and "bar open" not in exact


def test_quake_death_toll_uses_log_scale(quake_timeline):
    svg = ET.fromstring(SVG_BLOCK.search(render_chart(quake_timeline, title="toll")).group())
    labels = [t.text for t in svg.iter(f"{SVG}text")]
    assert "count (log scale)" in labels
    assert {"10", "100", "1k", "10k", "100k"} <= set(labels)
    ys = {m.get("cy") for m in marks(svg) if m.tag == f"{SVG}circle"}
    assert len(ys) == 6  # six asserted tolls at six heights
    assert "Feb 2023" not in labels and "2023-02-06" in labels


@pytest.mark.parametrize(
    "value, text",
    [(3000.0, "3,000"), (3.5, "3.5"), (3500000, "3.5 million"), (None, ""), (0.125, "0.125"),
     (1234.5678, "1,234.5678"), (float("nan"), ""), (1.375e9, "1.375 billion"),
     (-6.625e9, "-6.625 billion"), (12345678.0, "12.345678 million"), (999999.0, "999,999"),
     (2.5e15, "2,500 trillion"), (1.1e9, "1.1 billion")],
)
def test_format_number(value, text):
    assert format_number(value) == text


@pytest.mark.parametrize(
    "value, text", [(100000.0, "100k"), (3500000.0, "3.5M"), (250.0, "250"), (0.0, "0"), (9.2e9, "9.2B")]
)
def test_format_compact(value, text):
    assert format_compact(value) == text


@pytest.mark.parametrize(
    "values, ticks",
    [
        ([3000, 100000], [0, 20000, 40000, 60000, 80000, 100000]),
        ([9900, 12100], [0, 2500, 5000, 7500, 10000, 12500]),
        ([-5, 5], [-6, -4, -2, 0, 2, 4, 6]),
        ([7, 7], [0, 2, 4, 6, 8]),
        ([0.25, 0.75], [0, 0.2, 0.4, 0.6, 0.8]),
    ],
)
def test_linear_ticks_cover_values(values, ticks):
    result, low, high = linear_ticks(pd.Series(values, dtype=float).to_numpy())
    assert result == pytest.approx(ticks)
    assert low <= min(values) and high >= max(values)
    assert len(result) >= 2


@pytest.mark.parametrize(
    "low, high, ticks",
    [(10, 50000, [10, 100, 1000, 10000, 100000]), (3, 7, [1, 10]), (1, 1e12, [1, 100, 1e4, 1e6, 1e8, 1e10, 1e12])],
)
def test_log_ticks_at_powers_of_ten(low, high, ticks):
    result, first, last = log_ticks(pd.Series([low, high], dtype=float).to_numpy())
    assert result == pytest.approx(ticks) and first <= low and last >= high


@pytest.mark.parametrize(
    "first, last, labels",
    [
        ("2024-11-01", "2024-11-04", ["2024-11-01", "2024-11-02", "2024-11-03", "2024-11-04"]),
        ("2024-11-01", "2024-11-20", ["2024-11-01", "2024-11-08", "2024-11-15"]),
        ("2023-01-15", "2023-12-20", ["Mar 2023", "May 2023", "Jul 2023", "Sep 2023", "Nov 2023"]),
        ("2010-03-01", "2019-06-01", ["2012", "2014", "2016", "2018"]),
        ("1950-01-01", "2024-11-20", ["1960", "1980", "2000", "2020"]),
    ],
)
def test_date_ticks(first, last, labels):
    epoch = pd.Timestamp("1970-01-01")
    days = [(pd.Timestamp(d) - epoch).days for d in (first, last)]
    assert [label for _, label in date_ticks(*days)] == labels


def test_crowded_day_stays_within_its_day(quake_timeline):
    """Forty same-day figures must not spill onto the neighbouring days."""
    timeline = quake_timeline
    crowd = pd.concat([timeline.iloc[[0]]] * 40, ignore_index=True)
    rows = pd.concat([crowd, timeline.iloc[1:]], ignore_index=True)
    svg = ET.fromstring(SVG_BLOCK.search(render_chart(rows)).group())
    xs = sorted(float(m.get("cx")) for m in marks(svg) if m.get("cy") == max(
        (m.get("cy") for m in marks(svg) if m.tag == f"{SVG}circle"), key=float))
    assert len(xs) == 40
    day_width = (760 - 72 - 24) / (19 * 1.1)  # 19 days plus 5% padding each side
    assert xs[-1] - xs[0] <= 0.8 * day_width + 0.5


def test_series_line_joins_daily_medians(frames, quake_timeline):
    [svg] = charts(render_html(**frames))
    lines = {line.get("stroke"): line.get("points").split() for line in svg.iter(f"{SVG}polyline")}
    # Asserted: 1, 7, 13 and 19 Nov (one point a day); projected: 1 and 19 Nov.
    assert len(lines["#0072B2"]) == 4 and len(lines["#D55E00"]) == 2
    quake = quake_timeline
    crowd = pd.concat([quake.iloc[[0, 1, 2]], quake.iloc[[3, 5]]], ignore_index=True)
    svg = ET.fromstring(SVG_BLOCK.search(render_chart(crowd)).group())
    [line] = svg.iter(f"{SVG}polyline")
    y_of_value = {g.find(f"{SVG}title").text.split(" (")[0]: g.find(f"{SVG}circle").get("cy")
                  for g in svg.iter(f"{SVG}g")}
    first_y = line.get("points").split()[0].split(",")[1]
    # 6 Feb: 10, 175 and 1,300 -> the line starts at the median, 175.
    assert first_y == y_of_value["2023-02-06: ≥ 175"] != y_of_value["2023-02-06: ≥ 10"]
    assert len(line.get("points").split()) == 3


def test_infinite_bound_is_drawn_open(quake_timeline):
    rows = quake_timeline.assign(high=float("inf"))
    svg = ET.fromstring(SVG_BLOCK.search(render_chart(rows)).group())
    classes = [e.get("class") for e in svg.iter()]
    assert classes.count("bar open") == 7 and "100k" in [t.text for t in svg.iter(f"{SVG}text")]


def test_running_total_line_follows_each_days_highest(quake_timeline):
    crowd = pd.concat([quake_timeline.iloc[[0, 1, 2]], quake_timeline.iloc[[3, 5]]], ignore_index=True)
    svg = ET.fromstring(SVG_BLOCK.search(render_chart(crowd.assign(cumulative=True))).group())
    [line] = svg.iter(f"{SVG}polyline")
    y_of_value = {g.find(f"{SVG}title").text.split(" (")[0]: g.find(f"{SVG}circle").get("cy")
                  for g in svg.iter(f"{SVG}g")}
    # 6 Feb: 10, 175 and 1,300 -> a death toll is the highest known that day, 1,300.
    assert line.get("points").split()[0].split(",")[1] == y_of_value["2023-02-06: ≥ 1,300"]
    assert "daily highest" in "".join(t.text or "" for t in svg.iter(f"{SVG}text"))
