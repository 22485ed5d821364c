"""report.html: self-contained, escaped, charts that show the figure over time."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pandas as pd
import pytest

from checker.report.html import (
    _date_ticks,
    _linear_ticks,
    _log_ticks,
    format_compact,
    format_number,
    render_chart,
    render_html,
    write_html,
)
from checker.columns import MissingColumnsError
from checker.timeline import build_timeline

SVG = "{http://www.w3.org/2000/svg}"
SVG_BLOCK = re.compile(r"<svg .*?</svg>", re.S)
# Tags report.html may contain; anything else (script, img, iframe, ...) is a leak.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "div", "b",
    "span", "section", "table", "thead", "tbody", "tr", "th", "td", "a", "br", "small", "nav",
    "ul", "li", "article", "figure", "footer", "svg", "line", "text", "g", "circle", "path",
    "polyline",
}

# Death tolls of the Feb 2023 Turkey-Syria earthquake from the quake-rss headlines
# (date, outlet, value, low, high, qualifier, modality, surface).
QUAKE_TOLLS = [
    ("2023-02-06", "The Guardian", 10.0, 10.0, None, "at_least", "asserted", "at least 10 dead"),
    ("2023-02-06", "ABC News", 175.0, 175.0, None, "at_least", "asserted", "At least 175 dead"),
    ("2023-02-06", "The New York Times", 1300.0, 1300.0, None, "at_least", "asserted",
     "Kills More Than 1,300"),
    ("2023-02-07", "The Guardian", 4800.0, 4800.0, None, "at_least", "asserted", "passes 4,800"),
    ("2023-02-07", "The Guardian", 20000.0, 20000.0, None, "at_least", "projected",
     "could pass 20,000"),
    ("2023-02-15", "The Washington Post", 41000.0, 41000.0, None, "at_least", "asserted",
     "deaths exceed 41,000"),
    ("2023-02-25", "Al Jazeera", 50000.0, 50000.0, None, "at_least", "asserted", "above 50,000"),
]


def quake_timeline() -> pd.DataFrame:
    claims = pd.DataFrame(
        [
            {"claim_id": f"q{i}", "doc_id": f"quake#{i}", "outlet": outlet, "published": date,
             "claim_date": date, "speaker": "", "value": value, "low": low, "high": high,
             "qualifier": qualifier, "unit": "count", "topic": "quake-deaths", "modality": modality,
             "surface": surface, "start": 0}
            for i, (date, outlet, value, low, high, qualifier, modality, surface) in enumerate(QUAKE_TOLLS)
        ]
    )
    return build_timeline(claims, {"quake-deaths": "Turkey-Syria earthquake death toll"})


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            if name in ("href", "src", "xlink:href", "action"):
                self.links.append(value)


def charts(page: str) -> list[ET.Element]:
    return [ET.fromstring(block) for block in SVG_BLOCK.findall(page)]


def marks(svg: ET.Element) -> list[ET.Element]:
    return [e for e in svg.iter() if e.get("class") == "mark"]


def test_page_is_self_contained(frames, rules):
    page = render_html(**frames, rules=rules)
    collector = TagCollector()
    collector.feed(page)
    assert collector.tags <= ALLOWED_TAGS
    assert all(link.startswith("#") for link in collector.links)
    assert "url(" not in page and "@import" not in page
    assert "default-src 'none'" in page


def test_corpus_text_cannot_inject_markup(frames, rules):
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    frames["claims"].loc[0, "speaker"] = attack
    frames["claims"].loc[0, "surface"] = attack
    frames["documents"].loc[0, "outlet"] = attack
    frames["documents"].loc[4, "status"] = attack
    frames["findings"].loc[0, "message"] = attack
    frames["findings"].loc[2, "suppression_reason"] = '"><script>x</script>'
    frames["findings"].loc[0, "topic"] = attack
    rules[0]["description"] = attack
    frames["timeline"] = build_timeline(frames["claims"], {"nk-troops-russia": attack})
    page = render_html(**frames, rules=rules)
    collector = TagCollector()
    collector.feed(page)
    assert collector.tags <= ALLOWED_TAGS
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    for svg in charts(page):  # charts stay well-formed XML with the hostile text inside
        assert svg.tag == f"{SVG}svg"


def test_finding_with_markup_shows_as_text(frames):
    page = render_html(**frames)
    assert "projection &lt;b&gt;unconfirmed&lt;/b&gt;." in page


def test_summary_counts_and_findings_order(frames):
    page = render_html(**frames)
    assert "5 documents (1 could not be read), 8 numeric claims in 2 topics; 3 findings and 1 " \
           "suppressed by the baseline." in page
    order = [page.index(m) for m in ("8.3x larger", "3.7x apart", "unconfirmed", "RFI (with AFP) says")]
    assert order == sorted(order)  # error, warning, info, then the suppressed one
    assert "suppressed: Kyiv updated its count between the two reports" in page
    assert "not UTF-8 at byte 17" in page


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


def test_quake_death_toll_uses_log_scale():
    svg = ET.fromstring(SVG_BLOCK.search(render_chart(quake_timeline(), title="toll")).group())
    labels = [t.text for t in svg.iter(f"{SVG}text")]
    assert "count (log scale)" in labels
    assert {"10", "100", "1k", "10k", "100k"} <= set(labels)
    ys = {m.get("cy") for m in marks(svg) if m.tag == f"{SVG}circle"}
    assert len(ys) == 6  # six asserted tolls at six heights
    assert "Feb 2023" not in labels and "2023-02-06" in labels


def test_same_frames_same_bytes(frames, rules, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    [a] = write_html(tmp_path / "a", **frames, rules=rules)
    [b] = write_html(tmp_path / "b", **frames, rules=rules)
    assert a.name == "report.html" and a.read_bytes() == b.read_bytes()


def test_empty_run_renders(frames):
    empty = {name: frame.iloc[0:0] for name, frame in frames.items()}
    page = render_html(**empty)
    assert "No rule found a contradiction." in page
    assert "No claim was assigned to a topic." in page


@pytest.mark.parametrize("frame, column", [("findings", "claim_ids"), ("timeline", "change")])
def test_missing_columns_named(frames, frame, column):
    frames[frame] = frames[frame].drop(columns=[column])
    with pytest.raises(MissingColumnsError, match=f"HTML report needs columns \\['{column}'\\]"):
        render_html(**frames)


@pytest.mark.parametrize(
    "value, text",
    [(3000.0, "3,000"), (3.5, "3.5"), (3500000, "3,500,000"), (None, ""), (0.125, "0.125"),
     (1234.5678, "1,234.5678"), (float("nan"), "")],
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
    result, low, high = _linear_ticks(pd.Series(values, dtype=float).to_numpy())
    assert result == pytest.approx(ticks)
    assert low <= min(values) and high >= max(values)
    assert len(result) >= 2


@pytest.mark.parametrize(
    "low, high, ticks",
    [(10, 50000, [10, 100, 1000, 10000, 100000]), (3, 7, [1, 10]), (1, 1e12, [1, 100, 1e4, 1e6, 1e8, 1e10, 1e12])],
)
def test_log_ticks_at_powers_of_ten(low, high, ticks):
    result, first, last = _log_ticks(pd.Series([low, high], dtype=float).to_numpy())
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
    assert [label for _, label in _date_ticks(*days)] == labels


def test_crowded_day_stays_within_its_day(frames):
    """Forty same-day figures must not spill onto the neighbouring days."""
    timeline = quake_timeline()
    crowd = pd.concat([timeline.iloc[[0]]] * 40, ignore_index=True)
    rows = pd.concat([crowd, timeline.iloc[1:]], ignore_index=True)
    svg = ET.fromstring(SVG_BLOCK.search(render_chart(rows)).group())
    xs = sorted(float(m.get("cx")) for m in marks(svg) if m.get("cy") == max(
        (m.get("cy") for m in marks(svg) if m.tag == f"{SVG}circle"), key=float))
    assert len(xs) == 40
    day_width = (760 - 72 - 24) / (19 * 1.1)  # 19 days plus 5% padding each side
    assert xs[-1] - xs[0] <= 0.8 * day_width + 0.5


def test_series_line_joins_daily_medians(frames):
    [svg] = charts(render_html(**frames))
    lines = {line.get("stroke"): line.get("points").split() for line in svg.iter(f"{SVG}polyline")}
    # Asserted: 1, 7, 13 and 19 Nov (one point a day); projected: 1 and 19 Nov.
    assert len(lines["#0072B2"]) == 4 and len(lines["#D55E00"]) == 2
    quake = quake_timeline()
    crowd = pd.concat([quake.iloc[[0, 1, 2]], quake.iloc[[3, 5]]], ignore_index=True)
    svg = ET.fromstring(SVG_BLOCK.search(render_chart(crowd)).group())
    [line] = svg.iter(f"{SVG}polyline")
    y_of_value = {g.find(f"{SVG}title").text.split(" (")[0]: g.find(f"{SVG}circle").get("cy")
                  for g in svg.iter(f"{SVG}g")}
    first_y = line.get("points").split()[0].split(",")[1]
    # 6 Feb: 10, 175 and 1,300 -> the line starts at the median, 175.
    assert first_y == y_of_value["2023-02-06: ≥ 175"] != y_of_value["2023-02-06: ≥ 10"]
    assert len(line.get("points").split()) == 3
