"""report.html: self-contained, escaped, with summary, findings and a chart per topic."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pandas as pd
import pytest

from checker.columns import MissingColumnsError
import checker.report.html as html
from checker.report.html import render_html, write_html
from checker.timeline import build_timeline

SVG = "{http://www.w3.org/2000/svg}"
SVG_BLOCK = re.compile(r"<svg .*?</svg>", re.S)
# Tags report.html may contain; anything else (script, img, iframe, ...) is a leak.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "div", "b",
    "span", "section", "table", "thead", "tbody", "tr", "th", "td", "a", "br", "small", "nav",
    "ul", "li", "article", "figure", "footer", "svg", "line", "text", "g", "circle", "path",
    "polyline", "details", "summary",
}


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


def test_topic_panels_capped_with_pointer_to_timeline_csv(frames, monkeypatch):
    monkeypatch.setattr(html, "MAX_TOPIC_PANELS", 1)
    page = render_html(**frames)
    # The troops topic has findings, so it is the one drawn; shells is summarised.
    assert page.count('<article class="topic"') == 1
    assert "North Korean troops in Russia</h3>" in page
    assert "Not drawn here: 1 more topic (1 claim); timeline.csv has every claim." in page


def test_topics_with_a_single_claim_are_folded_below_the_others(frames):
    page = render_html(**frames)
    nav = page[page.index("<nav>"):page.index("</nav>")]
    main, folded = nav.split("<details>")
    # Troops (6 claims) are listed first; the shells' one claim is folded away.
    assert "North Korean troops in Russia" in main and "Artillery shells" not in main
    assert "1 more topic with a single claim" in folded and "Artillery shells from North Korea" in folded


def test_month_precise_dates_are_printed_as_months():
    from checker.report.html import date_texts

    rows = pd.DataFrame({"claim_date": ["2023-02-01", "2023-02-10", "1999-01-01", "2023-01-30", ""],
                         "as_of": ["2023-02-28", "2023-02-10", "1999-12-31", "2023-02-05", "2023-02-11"],
                         "date_precision": ["month", "day", "year", "week", "day"]})
    assert date_texts(rows).tolist() == ["2023-02", "2023-02-10", "1999", "week of 2023-01-30", "2023-02-11"]


def test_speaker_and_figure_cells_show_the_cue_and_the_sentence_on_hover(frames):
    # A reader checks a figure's speaker by the words it was read from, and the figure by its sentence.
    claims = frames["claims"].copy()
    claims["speaker_cue"] = claims["claim_id"].map({"c05": "according to Kiev"}).fillna("")
    page = render_html(frames["documents"], claims, frames["findings"], frames["timeline"])
    assert '<td title="according to Kiev">Kyiv</td>' in page
    sentence = claims.loc[claims["claim_id"] == "c07", "sentence"].item()
    assert sentence and f'<td title="{html.escape(sentence)}">As many as 100,000</td>' in page
    # without the claims' reading columns, the cells carry no title
    bare = render_html(frames["documents"], claims.drop(columns=["speaker_cue", "sentence"]), frames["findings"],
                       frames["timeline"])
    assert "<td title=" not in bare
