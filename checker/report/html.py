"""HTML report (report.html): summary, findings, and each figure's chart over time.

The file is self-contained: inline CSS, inline SVG charts, no
script, no external resources, and a Content-Security-Policy that forbids
them, so it opens offline and cannot phone home. Every piece of corpus text
goes through :func:`html.escape`; a headline containing markup shows as text.

Each topic's chart comes from :mod:`checker.report.chart` (hand-written SVG).
"""

from __future__ import annotations

import hashlib
from html import escape
from importlib import metadata
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np
import pandas as pd

from checker.atomic import write_atomic
from checker.columns import SEVERITIES, TIMELINE_COLUMNS, require_columns
from checker.report.csv import format_cell, format_column, is_blank, is_true
from checker.report.chart import (
    chart_points,
    chart_svg,
    format_number,
    range_texts,
    units_of,
    value_texts,
)
from checker.report.summary import count_run

HTML_FILE = "report.html"
TITLE = "numcheck report"

# Blocks scripts, fonts, frames and any network fetch; inline styles only.
CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

# At most this many topic panels (chart + table); the others are listed as a
# count with a pointer to timeline.csv, which keeps a huge corpus's page usable.
MAX_TOPIC_PANELS = 300
#: Finding columns the page reads (the others are optional).
FINDINGS_NEED = ("finding_id", "rule_id", "severity", "topic", "message", "claim_ids", "suppressed")

# Severity order for sorting findings (unknown severities last).
_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}

STYLE = """
:root { color-scheme: light; --ink:#1d232b; --muted:#5c6670; --line:#d9dee3; --band:#f5f7f9; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 10px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 0 0 2px; }
a { color: #0b5cad; }
.lede, .meta { color: var(--muted); margin: 0 0 8px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 110px; }
.card b { display: block; font-size: 22px; }
.card span { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card.error b { color: #b3261e; } .card.warning b { color: #9a6700; } .card.info b { color: #0b5cad; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 4px; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--band); font-weight: 600; white-space: nowrap; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.nowrap { white-space: nowrap; }
tr.suppressed td { color: var(--muted); }
tr.flagged td:first-child { box-shadow: inset 3px 0 0 #b3261e; }
.badge { display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: 12px; font-weight: 600;
         color: #fff; }
.badge.error { background: #b3261e; } .badge.warning { background: #9a6700; }
.badge.info { background: #0b5cad; } .badge.suppressed { background: #8a939b; }
.topic { border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin: 14px 0 22px; }
figure { margin: 8px 0; }
figure svg { width: 100%; max-width: 900px; height: auto; display: block; }
td.where { overflow-wrap: anywhere; min-width: 9em; }
td.id { overflow-wrap: anywhere; font-size: 12px; min-width: 7em; }
.scroll { overflow-x: auto; }
svg text { font: 11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; fill: #3d4650; }
svg .grid { stroke: #e6e9ed; } svg .axis { stroke: #8a939b; }
svg .bar { stroke-width: 1.5; } svg .open { stroke-dasharray: 3 3; }
svg .series { fill: none; stroke-width: 1.2; opacity: .55; }
svg .pt:hover .mark { stroke-width: 3; }
nav ul { columns: 2; margin: 4px 0; padding-left: 18px; }
nav summary { cursor: pointer; color: #555; margin: 6px 0; }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
"""


def render_html(
    documents: pd.DataFrame,
    claims: pd.DataFrame,
    findings: pd.DataFrame,
    timeline: pd.DataFrame,
    rules: Sequence[Mapping[str, Any]] | None = None,
) -> str:
    """report.html text: a self-contained, deterministic page (no scripts, no links out)."""
    require_columns(findings, FINDINGS_NEED, "HTML report")
    require_columns(timeline, TIMELINE_COLUMNS, "HTML report")
    findings = findings.reset_index(drop=True)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(TITLE)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        _summary_section(documents, claims, findings, timeline),
        _findings_section(findings),
        _topics_section(timeline, findings, claims),
        _rules_section(rules, findings),
        _documents_section(documents),
        _footer(),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def write_html(
    out_dir: Path,
    *,
    documents: pd.DataFrame,
    claims: pd.DataFrame,
    findings: pd.DataFrame,
    timeline: pd.DataFrame,
    rules: Sequence[Mapping[str, Any]] | None = None,
) -> list[Path]:
    """Write report.html into ``out_dir`` atomically."""
    path = Path(out_dir) / HTML_FILE
    write_atomic(path, render_html(documents, claims, findings, timeline, rules))
    return [path]


# --------------------------------------------------------------------------- text


def esc(value: Any) -> str:
    """Escaped text of a cell (blank for missing values); quotes escaped too."""
    return escape(format_cell(value), quote=True)


def anchor(prefix: str, key: Any) -> str:
    """A stable HTML id for any text (topic names may hold spaces or markup)."""
    return f"{prefix}-{hashlib.sha1(format_cell(key).encode('utf-8')).hexdigest()[:12]}"


# ----------------------------------------------------------------------- sections


def _summary_section(
    documents: pd.DataFrame, claims: pd.DataFrame, findings: pd.DataFrame, timeline: pd.DataFrame
) -> str:
    counts = count_run(documents, claims, findings)
    cards = [
        ("", counts.documents_ok, f"documents ok of {counts.documents}"),
        ("", counts.claims, "claims"),
        ("", counts.topics, "topics"),
    ]
    cards += [(s, counts.by_severity.get(s, 0), s if s == "info" else f"{s}s") for s in SEVERITIES]
    cards.append(("", counts.suppressed, "suppressed"))
    html_cards = "".join(
        f'<div class="card {cls}"><b>{number:,}</b><span>{escape(label)}</span></div>'
        for cls, number, label in cards
    )
    bad = counts.documents - counts.documents_ok
    lede = (f"{_plural(counts.documents, 'document')} ({bad:,} could not be read), "
            f"{_plural(counts.claims, 'numeric claim')} in {_plural(counts.topics, 'topic')}; "
            f"{_plural(counts.findings, 'finding')}"
            + (f" and {counts.suppressed:,} suppressed by the baseline." if counts.suppressed else "."))
    return (f'<header><h1>{escape(TITLE)}</h1><p class="lede">{escape(lede)}</p>'
            f'<div class="cards">{html_cards}</div></header>')


def _findings_section(findings: pd.DataFrame) -> str:
    head = '<section id="findings"><h2>Findings</h2>'
    if findings.empty:
        return head + '<p class="empty">No rule found a contradiction.</p></section>'
    rows = []
    for finding in _sorted_findings(findings):
        suppressed = is_true(finding.get("suppressed"))
        severity = format_cell(finding.get("severity"))
        badge = (f'<span class="badge suppressed" title="{esc(finding.get("suppression_reason"))}">'
                 f"suppressed</span> " if suppressed else "")
        badge += f'<span class="badge {escape(severity if severity in SEVERITIES else "info")}">{escape(severity)}</span>'
        where = esc(finding.get("file"))
        if where and not is_blank(finding.get("line")):
            where += f":{esc(finding.get('line'))}"
        topic = format_cell(finding.get("topic"))
        topic_link = f'<a href="#{anchor("topic", topic)}">{escape(topic)}</a>' if topic else ""
        reason = ""
        if suppressed and format_cell(finding.get("suppression_reason")):
            reason = f'<br><small>suppressed: {esc(finding.get("suppression_reason"))}</small>'
        row_class = ' class="suppressed"' if suppressed else ""
        rows.append(
            f'<tr id="{anchor("finding", finding.get("finding_id"))}"{row_class}>'
            f'<td class="nowrap">{badge}</td>'
            f"<td>{esc(finding.get('rule_id'))}</td>"
            f"<td>{topic_link}</td>"
            f"<td>{esc(finding.get('message'))}{reason}</td>"
            f"<td>{_joined(finding.get('surfaces'))}</td>"
            f"<td>{_joined(finding.get('outlets'))}</td>"
            f'<td class="nowrap">{_joined(finding.get("dates"))}</td>'
            f'<td class="where">{where}</td>'
            "</tr>"
        )
    return (head + "<table><thead><tr><th>Severity</th><th>Rule</th><th>Topic</th><th>Finding</th>"
            "<th>Figures</th><th>Outlets</th><th>Dates</th><th>Where</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table></section>")


def _topics_section(timeline: pd.DataFrame, findings: pd.DataFrame, claims: pd.DataFrame | None = None) -> str:
    head = '<section id="topics"><h2>Figures over time</h2>'
    if timeline.empty:
        return head + '<p class="empty">No claim was assigned to a topic.</p></section>'
    timeline = _with_reading(timeline.reset_index(drop=True), claims)
    flagged = _claims_in_findings(findings)
    order = _topic_order(timeline, findings)
    positions = {str(t): p for t, p in timeline.groupby(timeline["topic"].astype(str), sort=False).indices.items()}
    labels = {t: format_cell(timeline.at[int(p[0]), "topic_label"]) or t for t, p in positions.items()}
    shown, rest = order[:MAX_TOPIC_PANELS], order[MAX_TOPIC_PANELS:]
    items = {topic: f'<li><a href="#{anchor("topic", topic)}">{escape(labels[topic])}</a> '
                    f'({len(positions[topic]):,})</li>' for topic in shown}
    # A corpus gives hundreds of one-claim topics (the fallback "count of X" figures):
    # listed after the figures a reader came for, folded away.
    with_findings = flagged_topics(findings)
    single = [t for t in shown if len(positions[t]) == 1 and t not in with_findings]
    main = [t for t in shown if len(positions[t]) > 1 or t in with_findings]
    nav = "<ul>" + "".join(items[t] for t in main) + "</ul>"
    if single:
        nav += (f"<details><summary>{_plural(len(single), 'more topic')} with a single claim</summary>"
                "<ul>" + "".join(items[t] for t in single) + "</ul></details>")
    # Cells and chart points are computed once for the rows of the shown
    # topics (linear cost), then each panel takes its rows by position.
    shown_rows = timeline.iloc[np.concatenate([positions[t] for t in shown])].reset_index(drop=True)
    shown_positions = {str(t): p for t, p in
                       shown_rows.groupby(shown_rows["topic"].astype(str), sort=False).indices.items()}
    rows_html = _timeline_rows_html(shown_rows, flagged)
    points = chart_points(shown_rows)
    point_rows = {str(t): p for t, p in points.groupby(points["topic"].astype(str), sort=False).indices.items()}
    articles = []
    for topic in shown:
        rows = shown_rows.iloc[shown_positions[topic]]
        n_findings = len({f for c in rows["claim_id"] for f in flagged.get(format_cell(c), [])})
        chart = chart_svg(points.iloc[point_rows.get(topic, [])], units_of(rows), labels[topic])
        articles.append(_topic_article(topic, labels[topic], rows, rows_html.iloc[shown_positions[topic]],
                                       n_findings, chart))
    tail = ""
    if rest:
        hidden = sum(len(positions[t]) for t in rest)
        tail = (f'<p class="empty">Not drawn here: {_plural(len(rest), "more topic")} '
                f'({_plural(hidden, "claim")}); timeline.csv has every claim.</p>')
    return head + f"<nav>{nav}</nav>" + "".join(articles) + tail + "</section>"


def flagged_topics(findings: pd.DataFrame) -> set[str]:
    """Topics with at least one finding."""
    if findings.empty or "topic" not in findings.columns:
        return set()
    return set(findings["topic"].astype(str))


def _topic_article(
    topic: str, label: str, rows: pd.DataFrame, rows_html: pd.Series, n_findings: int, chart: str
) -> str:
    units = units_of(rows)
    meta = f"{topic} · {_plural(len(rows), 'claim')} · unit: {', '.join(units) or 'none'}"
    if n_findings:
        meta += f" · {_plural(n_findings, 'finding')}"
    table = ('<div class="scroll"><table><thead><tr><th>Date</th><th>Modality</th><th>Value</th><th>Range</th>'
             "<th>Change</th><th>Ratio</th><th>Speaker</th><th>Outlet</th><th>Text</th>"
             "<th>Claim</th><th>Findings</th></tr></thead><tbody>" + "".join(rows_html)
             + "</tbody></table></div>")
    return (f'<article class="topic" id="{anchor("topic", topic)}"><h3>{escape(label)}</h3>'
            f'<p class="meta">{escape(meta)}</p>{chart}{table}</article>')


def _timeline_rows_html(timeline: pd.DataFrame, flagged: Mapping[str, list[str]]) -> pd.Series:
    """One ``<tr>`` per timeline row, built column-wise."""
    def cell(name: str) -> pd.Series:
        return format_column(timeline[name]).map(escape)

    claim_ids = format_column(timeline["claim_id"])
    links = claim_ids.map(lambda c: " ".join(
        f'<a href="#{anchor("finding", fid)}">{escape(fid)}</a>' for fid in flagged.get(c, [])))
    row_open = links.map(lambda html: '<tr class="flagged">' if html else "<tr>")
    return (
        row_open
        + '<td class="nowrap">' + date_texts(timeline).map(escape) + "</td>"
        + "<td>" + cell("modality") + "</td>"
        + '<td class="num">' + value_texts(timeline).map(escape) + "</td>"
        + '<td class="num">' + range_texts(timeline).map(escape) + "</td>"
        + '<td class="num">' + timeline["change"].map(_signed).map(escape) + "</td>"
        + '<td class="num">' + timeline["change_ratio"].map(_ratio).map(escape) + "</td>"
        + "<td" + _title(timeline, "speaker_cue") + ">" + cell("speaker") + "</td>"
        + "<td>" + cell("outlet") + "</td>"
        + "<td" + _title(timeline, "sentence") + ">" + cell("surface") + "</td>"
        + '<td class="id">' + claim_ids.map(escape) + "</td>"
        + '<td class="id">' + links + "</td></tr>"
    )


#: Claim columns a reader checks a timeline row by, shown on hover: the words the speaker was read from, and the
#: sentence the figure stands in (the page has no scripts, so a ``title`` attribute is the way to show them).
READING_COLUMNS = ("speaker_cue", "sentence")


def _with_reading(timeline: pd.DataFrame, claims: pd.DataFrame | None) -> pd.DataFrame:
    """``timeline`` with READING_COLUMNS from ``claims`` (by claim id), when the claims have them."""
    if claims is None or "claim_id" not in claims.columns:
        return timeline
    columns = [c for c in READING_COLUMNS if c in claims.columns and c not in timeline.columns]
    if not columns:
        return timeline
    unique = claims.drop_duplicates("claim_id")
    ids = format_column(unique["claim_id"])
    keys = format_column(timeline["claim_id"])
    return timeline.assign(**{c: keys.map(pd.Series(format_column(unique[c]).to_numpy(), index=ids)).fillna("")
                              for c in columns})


def _title(timeline: pd.DataFrame, column: str) -> pd.Series | str:
    """A ``title`` attribute per row from ``column`` ('' when blank or absent)."""
    if column not in timeline.columns:
        return ""
    text = format_column(timeline[column])
    return text.map(lambda value: f' title="{escape(value)}"' if value else "")


def date_texts(timeline: pd.DataFrame) -> pd.Series:
    """The date a reader sees: a day as "2023-02-10", coarser dates as what is known.

    "2023-02" for a month, "2019" for a year, "week of 2023-01-30" for a
    week: printing a month-precise date as its first day would claim a day
    the article never gave. A blank claim date shows the ``as_of`` day.
    """
    dates = format_column(timeline["claim_date"])
    if "as_of" in timeline.columns:
        dates = dates.where(dates != "", format_column(timeline["as_of"]))
    if "date_precision" not in timeline.columns:
        return dates
    precision = format_column(timeline["date_precision"])
    return (dates.where(precision != "month", dates.str.slice(0, 7))
            .where(precision != "year", dates.str.slice(0, 4))
            .where(precision != "week", "week of " + dates.str.slice(0, 10)))


def _rules_section(rules: Sequence[Mapping[str, Any]] | None, findings: pd.DataFrame) -> str:
    if not rules:
        return ""
    live: dict[str, int] = {}
    suppressed: dict[str, int] = {}
    for finding in findings.to_dict("records"):
        tally = suppressed if is_true(finding.get("suppressed")) else live
        rule_id = format_cell(finding.get("rule_id"))
        tally[rule_id] = tally.get(rule_id, 0) + 1
    rows = []
    for rule in rules:
        rule_id = format_cell(rule.get("id"))
        count = f"{live.get(rule_id, 0):,}"
        if suppressed.get(rule_id):
            count += f" (+{suppressed[rule_id]:,} suppressed)"
        rows.append(
            f"<tr><td>{esc(rule_id)}</td><td>{esc(rule.get('kind'))}</td><td>{esc(rule.get('topic'))}</td>"
            f"<td>{esc(rule.get('severity'))}</td><td>{esc(rule.get('description'))}</td>"
            f'<td class="num">{escape(count)}</td></tr>'
        )
    return ('<section id="rules"><h2>Rules</h2><table><thead><tr><th>Rule</th><th>Kind</th>'
            "<th>Topic</th><th>Severity</th><th>What it flags</th><th>Findings</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table></section>")


def _documents_section(documents: pd.DataFrame) -> str:
    if documents.empty or "status" not in documents.columns:
        return ""
    statuses = documents["status"].fillna("").astype(str)
    bad = documents[statuses != "ok"]
    if bad.empty:
        return ""
    rows = "".join(
        f"<tr><td>{esc(doc.get('doc_id'))}</td><td>{esc(doc.get('status'))}</td></tr>"
        for doc in bad.to_dict("records")
    )
    return ('<section id="documents"><h2>Documents that could not be read</h2><table><thead>'
            "<tr><th>Document</th><th>Problem</th></tr></thead><tbody>" + rows
            + "</tbody></table></section>")


def _footer() -> str:
    try:
        version = f" {metadata.version('numcheck')}"
    except metadata.PackageNotFoundError:
        version = ""
    return f"<footer>Generated by numcheck{escape(version)}.</footer>"


def _sorted_findings(findings: pd.DataFrame) -> list[dict[str, Any]]:
    """Unsuppressed first, then by severity, keeping the rules' order otherwise."""
    rows = findings.to_dict("records")
    return sorted(
        rows,
        key=lambda f: (
            is_true(f.get("suppressed")),
            _SEVERITY_RANK.get(format_cell(f.get("severity")), len(SEVERITIES)),
        ),
    )


def _claims_in_findings(findings: pd.DataFrame) -> dict[str, list[str]]:
    """claim_id -> ids of the unsuppressed findings that name it."""
    flagged: dict[str, list[str]] = {}
    if findings.empty:
        return flagged
    for finding in findings.to_dict("records"):
        if is_true(finding.get("suppressed")):
            continue
        for claim_id in format_cell(finding.get("claim_ids")).split(";"):
            if claim_id:
                flagged.setdefault(claim_id, []).append(format_cell(finding.get("finding_id")))
    return flagged


def _topic_order(timeline: pd.DataFrame, findings: pd.DataFrame) -> list[str]:
    """Topics with unsuppressed findings first (most first), then by claim count, then name."""
    sizes = timeline["topic"].value_counts()
    finding_counts: dict[str, int] = {}
    if not findings.empty and "topic" in findings.columns:
        live = findings[~findings["suppressed"].map(is_true)] if "suppressed" in findings.columns else findings
        finding_counts = live["topic"].astype(str).value_counts().to_dict()
    topics = list(dict.fromkeys(timeline["topic"].astype(str)))
    return sorted(topics, key=lambda t: (-finding_counts.get(t, 0), -int(sizes.get(t, 0)), t))


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def _joined(value: Any) -> str:
    return "<br>".join(escape(part) for part in format_cell(value).split(";") if part)


def _signed(value: Any) -> str:
    if is_blank(value):
        return ""
    text = format_number(value)
    return text if float(value) <= 0 else f"+{text}"


def _ratio(value: Any) -> str:
    if is_blank(value):
        return ""
    return f"×{float(value):.3g}"
