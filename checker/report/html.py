"""HTML report (report.html): summary, findings, and each figure's chart over time.

The file is self-contained: inline CSS, inline SVG charts generated here, no
script, no external resources, and a Content-Security-Policy that forbids
them, so it opens offline and cannot phone home. Every piece of corpus text
goes through :func:`html.escape`; a headline containing markup shows as text.

Charts are hand-written SVG rather than matplotlib (docs/reports.md says
why: byte-identical output, no heavy dependency): x is the claim date, y the value (log scale when the values
span more than two orders of magnitude), asserted / projected / negated claims
have their own markers, low/high bounds are error bars (an open end is a
short dashed arrow), and each point has a hover title with
speaker, outlet and the figure's text.
"""

from __future__ import annotations

import hashlib
import math
from html import escape
from importlib import metadata
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np
import pandas as pd

from checker.atomic import write_atomic
from checker.columns import SEVERITIES, TIMELINE_COLUMNS, require_columns
from checker.report.csv import format_cell, format_column, is_blank, is_true
from checker.report.summary import count_run

HTML_FILE = "report.html"
TITLE = "numcheck report"

# Blocks scripts, fonts, frames and any network fetch; inline styles only.
CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

# --- chart geometry (SVG user units = CSS px) ---
CHART_WIDTH = 760
CHART_HEIGHT = 300
MARGIN_LEFT = 72
MARGIN_RIGHT = 24
MARGIN_TOP = 34
MARGIN_BOTTOM = 44
# Points on the same day are spread sideways this far apart so none hides another.
SAME_DAY_SPREAD = 9
# ... and take at most this share of one day's width on the x axis.
SAME_DAY_SHARE = 0.8
# Values spanning more than this factor get a log-scale y axis.
LOG_SCALE_SPAN = 100.0
# Length of the dashed arrow drawn on the open side of a bound ("at least 10").
OPEN_BOUND_LENGTH = 18
# At most this many topic panels (chart + table); the others are listed as a
# count with a pointer to timeline.csv, which keeps a huge corpus's page usable.
MAX_TOPIC_PANELS = 300
# At most this many tick labels on either axis.
MAX_TICKS = 7
# Fraction of the date span left empty at both ends of the x axis.
X_PADDING = 0.05

#: Marker colour per modality (colour-blind-safe Okabe-Ito hues).
MODALITY_COLOURS: Mapping[str, str] = {
    "asserted": "#0072B2",
    "projected": "#D55E00",
    "negated": "#6b6b6b",
}
_OTHER_COLOUR = "#009E73"

#: Short sign shown before a value for each qualifier.
QUALIFIER_SIGNS: Mapping[str, str] = {
    "exact": "",
    "approx": "≈ ",
    "at_least": "≥ ",
    "at_most": "≤ ",
    "range": "",
    "vague": "~ ",
}

#: Finding columns the page reads (the others are optional).
FINDINGS_NEED = ("finding_id", "rule_id", "severity", "topic", "message", "claim_ids", "suppressed")

# Severity order for sorting findings (unknown severities last).
_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}

# Compact tick labels: (threshold, divisor, suffix), largest first.
_COMPACT_UNITS = ((1e12, 1e12, "T"), (1e9, 1e9, "B"), (1e6, 1e6, "M"), (1e3, 1e3, "k"))

# Candidate tick steps for date axes: days, then months.
_DAY_STEPS = (1, 2, 7, 14)
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200)

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
        _topics_section(timeline, findings),
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


def format_number(value: Any) -> str:
    """A value for people: ``3,000``, ``3.5``, ``3,500,000``; blank when missing."""
    if is_blank(value):
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(number):
        return format_cell(number)
    if number.is_integer() and abs(number) < 2.0**53:
        return f"{int(number):,}"
    if abs(number) >= 1:
        return f"{number:,.4f}".rstrip("0").rstrip(".")
    return f"{number:.4g}"


def format_compact(value: float) -> str:
    """A tick label: ``100k``, ``3.5M``, ``250``."""
    for threshold, divisor, suffix in _COMPACT_UNITS:
        if abs(value) >= threshold:
            return f"{value / divisor:.3g}{suffix}"
    return f"{value:.3g}"


def anchor(prefix: str, key: Any) -> str:
    """A stable HTML id for any text (topic names may hold spaces or markup)."""
    return f"{prefix}-{hashlib.sha1(format_cell(key).encode('utf-8')).hexdigest()[:12]}"


def _range_text(row: Mapping[str, Any]) -> str:
    low, high = row.get("low"), row.get("high")
    if is_blank(low) and is_blank(high):
        return ""
    if not is_blank(low) and not is_blank(high) and float(low) == float(high):
        return ""
    return f"{format_number(low) or '…'} – {format_number(high) or '…'}"


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


def _topics_section(timeline: pd.DataFrame, findings: pd.DataFrame) -> str:
    head = '<section id="topics"><h2>Figures over time</h2>'
    if timeline.empty:
        return head + '<p class="empty">No claim was assigned to a topic.</p></section>'
    timeline = timeline.reset_index(drop=True)
    flagged = _claims_in_findings(findings)
    order = _topic_order(timeline, findings)
    positions = {str(t): p for t, p in timeline.groupby(timeline["topic"].astype(str), sort=False).indices.items()}
    labels = {t: format_cell(timeline.at[int(p[0]), "topic_label"]) or t for t, p in positions.items()}
    shown, rest = order[:MAX_TOPIC_PANELS], order[MAX_TOPIC_PANELS:]
    nav = "".join(
        f'<li><a href="#{anchor("topic", topic)}">{escape(labels[topic])}</a> ({len(positions[topic]):,})</li>'
        for topic in shown
    )
    # Cells and chart points are computed once for the whole timeline (linear
    # cost), then each panel takes its rows by position.
    rows_html = _timeline_rows_html(timeline, flagged)
    points = _chart_points(timeline)
    point_rows = {str(t): p for t, p in points.groupby(points["topic"].astype(str), sort=False).indices.items()}
    articles = []
    for topic in shown:
        rows = timeline.iloc[positions[topic]]
        n_findings = len({f for c in rows["claim_id"] for f in flagged.get(format_cell(c), [])})
        chart = _chart_svg(points.iloc[point_rows.get(topic, [])], _units(rows), labels[topic])
        articles.append(_topic_article(topic, labels[topic], rows, rows_html.iloc[positions[topic]],
                                       n_findings, chart))
    tail = ""
    if rest:
        tail = (f'<p class="empty">{len(rest):,} more topics ({sum(len(positions[t]) for t in rest):,} '
                "claims) are not drawn here; timeline.csv has every claim.</p>")
    return head + f"<nav><ul>{nav}</ul></nav>" + "".join(articles) + tail + "</section>"


def _topic_article(
    topic: str, label: str, rows: pd.DataFrame, rows_html: pd.Series, n_findings: int, chart: str
) -> str:
    units = _units(rows)
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
        + '<td class="nowrap">' + cell("claim_date") + "</td>"
        + "<td>" + cell("modality") + "</td>"
        + '<td class="num">' + _value_texts(timeline).map(escape) + "</td>"
        + '<td class="num">' + _range_texts(timeline).map(escape) + "</td>"
        + '<td class="num">' + timeline["change"].map(_signed).map(escape) + "</td>"
        + '<td class="num">' + timeline["change_ratio"].map(_ratio).map(escape) + "</td>"
        + "<td>" + cell("speaker") + "</td>"
        + "<td>" + cell("outlet") + "</td>"
        + "<td>" + cell("surface") + "</td>"
        + '<td class="id">' + claim_ids.map(escape) + "</td>"
        + '<td class="id">' + links + "</td></tr>"
    )


def _value_texts(rows: pd.DataFrame) -> pd.Series:
    """``≈ 11,000`` / ``≤ 100,000`` / ``3.5 percentage``: sign, number, unit other than count."""
    signs = format_column(rows["qualifier"]).map(lambda q: QUALIFIER_SIGNS.get(q, ""))
    numbers = rows["value"].map(format_number)
    units = format_column(rows["unit"])
    suffix = units.where(~units.isin(["", "count"]), "").map(lambda u: f" {u}" if u else "")
    return (signs + numbers + suffix).astype(object)


def _range_texts(rows: pd.DataFrame) -> pd.Series:
    return pd.Series([_range_text({"low": lo, "high": hi}) for lo, hi in zip(rows["low"], rows["high"])],
                     index=rows.index, dtype=object)


def _units(rows: pd.DataFrame) -> list[str]:
    return sorted({u for u in format_column(rows["unit"]) if u})


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
            f"<tr><td>{esc(rule_id)}</td><td>{esc(rule.get('kind'))}</td>"
            f"<td>{esc(rule.get('severity'))}</td><td>{esc(rule.get('description'))}</td>"
            f'<td class="num">{escape(count)}</td></tr>'
        )
    return ('<section id="rules"><h2>Rules</h2><table><thead><tr><th>Rule</th><th>Kind</th>'
            "<th>Severity</th><th>What it flags</th><th>Findings</th></tr></thead><tbody>"
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


# -------------------------------------------------------------------------- chart


def render_chart(rows: pd.DataFrame, *, title: str = "") -> str:
    """Inline SVG of one topic's timeline rows, or a note when fewer than 2 dated values.

    x = claim date (publication date when missing); y = value, on a log scale
    when all bounds are positive and span more than ``LOG_SCALE_SPAN``.
    """
    return _chart_svg(_chart_points(rows), _units(rows), title)


def _chart_points(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows with a finite value and a date: day number, bounds, modality, hover title."""
    dates = rows["claim_date"].fillna("").astype(str)
    if "published" in rows.columns:
        dates = dates.where(dates != "", rows["published"].fillna("").astype(str))
    parsed = pd.to_datetime(dates.str.slice(0, 10), errors="coerce", format="%Y-%m-%d")
    # Month- or year-precision dates ("2024-11", "2024") sit at the period's start.
    parsed = parsed.fillna(pd.to_datetime(dates.str.slice(0, 7), errors="coerce", format="%Y-%m"))
    parsed = parsed.fillna(pd.to_datetime(dates.str.slice(0, 4), errors="coerce", format="%Y"))
    values = pd.to_numeric(rows["value"], errors="coerce").astype(float)
    keep = (parsed.notna() & np.isfinite(values)).to_numpy()
    rows, parsed = rows[keep], parsed[keep]
    date_text = parsed.dt.strftime("%Y-%m-%d")
    modality = format_column(rows["modality"])
    speaker = format_column(rows["speaker"]).replace("", "(the outlet)")
    ranges = _range_texts(rows)
    titles = (
        date_text + ": " + _value_texts(rows) + " (" + modality + ", "
        + format_column(rows["qualifier"]) + ")"
        + ranges.map(lambda r: f"\nbounds: {r}" if r else "")
        + "\n" + speaker + " — " + format_column(rows["outlet"])
        + "\n“" + format_column(rows["surface"]) + "”"
    )
    return pd.DataFrame({
        "topic": rows["topic"].to_numpy() if "topic" in rows.columns else "",
        "day": ((parsed - pd.Timestamp("1970-01-01")).dt.days).to_numpy(dtype=float),
        "value": values[keep].to_numpy(),
        "low": pd.to_numeric(rows["low"], errors="coerce").astype(float).to_numpy(),
        "high": pd.to_numeric(rows["high"], errors="coerce").astype(float).to_numpy(),
        "modality": modality.to_numpy(),
        "title": titles.to_numpy(),
    })


def _chart_svg(points: pd.DataFrame, units: Sequence[str], title: str) -> str:
    if len(points) < 2:
        return '<p class="empty">Too few dated values to chart.</p>'
    values, lows, highs = points["value"].to_numpy(), points["low"].to_numpy(), points["high"].to_numpy()
    bounds = np.concatenate([values, lows[~np.isnan(lows)], highs[~np.isnan(highs)]])
    log_scale = bool((bounds > 0).all() and bounds.max() / bounds.min() > LOG_SCALE_SPAN)
    y_ticks, y_low, y_high = (_log_ticks if log_scale else _linear_ticks)(bounds)
    plot_left, plot_right = MARGIN_LEFT, CHART_WIDTH - MARGIN_RIGHT
    plot_top, plot_bottom = MARGIN_TOP, CHART_HEIGHT - MARGIN_BOTTOM

    def y_of(value: float) -> float:
        if log_scale:
            fraction = (math.log10(value) - math.log10(y_low)) / (math.log10(y_high) - math.log10(y_low))
        else:
            fraction = (value - y_low) / (y_high - y_low)
        return plot_bottom - fraction * (plot_bottom - plot_top)

    days = points["day"].to_numpy()
    day_first, day_last = float(days.min()), float(days.max())
    span = max(day_last - day_first, 1.0)
    pad = span * X_PADDING + (0.5 if day_first == day_last else 0.0)
    x_first, x_last = day_first - pad, day_last + pad

    def x_of(day: float) -> float:
        return plot_left + (day - x_first) / (x_last - x_first) * (plot_right - plot_left)

    # Spread points of the same day sideways, centred on the day, but within
    # most of a day's width so a crowded day never overlaps its neighbours.
    day_width = (plot_right - plot_left) / (x_last - x_first)
    per_day: dict[float, int] = {}
    for day in days:
        per_day[day] = per_day.get(day, 0) + 1
    seen: dict[float, int] = {}
    xs = []
    for day in days:
        slot = seen.get(day, 0)
        seen[day] = slot + 1
        count = per_day[day]
        spread = min(SAME_DAY_SPREAD, SAME_DAY_SHARE * day_width / (count - 1)) if count > 1 else 0.0
        xs.append(x_of(day) + (slot - (count - 1) / 2) * spread)
    ys = [y_of(v) for v in values]
    modalities = [str(m) for m in points["modality"]]

    svg = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" '
        f'width="{CHART_WIDTH}" height="{CHART_HEIGHT}" role="img" aria-label="{escape(title)}: value over time">',
        f"<title>{escape(title)}</title>",
    ]
    for value in y_ticks:
        y = _fmt(y_of(value))
        svg.append(f'<line class="grid" x1="{plot_left}" x2="{plot_right}" y1="{y}" y2="{y}"/>')
        svg.append(f'<text x="{plot_left - 6}" y="{y}" dy="0.32em" text-anchor="end">'
                   f"{escape(format_compact(value))}</text>")
    for day, label in _date_ticks(x_first, x_last):
        x = _fmt(x_of(day))
        svg.append(f'<line class="axis" x1="{x}" x2="{x}" y1="{plot_bottom}" y2="{plot_bottom + 4}"/>')
        svg.append(f'<text x="{x}" y="{plot_bottom + 16}" text-anchor="middle">{escape(label)}</text>')
    svg.append(f'<line class="axis" x1="{plot_left}" x2="{plot_right}" y1="{plot_bottom}" y2="{plot_bottom}"/>')
    svg.append(f'<line class="axis" x1="{plot_left}" x2="{plot_left}" y1="{plot_top}" y2="{plot_bottom}"/>')
    y_label = (", ".join(units) or "value") + (" (log scale)" if log_scale else "")
    middle = _fmt((plot_top + plot_bottom) / 2)
    svg.append(f'<text x="14" y="{middle}" text-anchor="middle" transform="rotate(-90 14 {middle})">'
               f"{escape(y_label)}</text>")
    svg.append(f'<text x="{_fmt((plot_left + plot_right) / 2)}" y="{CHART_HEIGHT - 6}" '
               'text-anchor="middle">claim date</text>')
    svg.extend(_legend(modalities, plot_left))
    svg.extend(_series_lines(modalities, days, values, x_of, y_of))
    for x, y, low, high, value, modality, hover in zip(
        xs, ys, lows, highs, values, modalities, points["title"]
    ):
        svg.append(_point(x, y, low, high, value, modality, hover, y_of, plot_top, plot_bottom, log_scale))
    svg.append("</svg>")
    return "<figure>" + "".join(svg) + "</figure>"


def _linear_ticks(bounds: np.ndarray) -> tuple[list[float], float, float]:
    low, high = float(min(bounds.min(), 0.0)), float(max(bounds.max(), 0.0))
    if high == low:
        high = low + 1.0
    raw_step = (high - low) / (MAX_TICKS - 2)
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw_step)
    first = math.floor(low / step) * step
    last = math.ceil(high / step) * step
    count = int(round((last - first) / step))
    return [first + i * step for i in range(count + 1)], first, last


def _log_ticks(bounds: np.ndarray) -> tuple[list[float], float, float]:
    low_exp = math.floor(math.log10(bounds.min()))
    high_exp = math.ceil(math.log10(bounds.max()))
    if high_exp == low_exp:
        high_exp += 1
    decades = high_exp - low_exp
    stride = max(1, math.ceil((decades + 1) / MAX_TICKS))
    ticks = [10.0**e for e in range(low_exp, high_exp + 1, stride)]
    return ticks, 10.0**low_exp, 10.0**high_exp


def _date_ticks(x_first: float, x_last: float) -> list[tuple[int, str]]:
    """(day, label) ticks inside the axis: whole days, weeks, or month starts."""
    first, last = math.ceil(x_first), math.floor(x_last)
    for step in _DAY_STEPS:
        if (last - first) / step < MAX_TICKS:
            return [(d, _day_label(d)) for d in range(first, last + 1, step)]
    epoch = pd.Timestamp("1970-01-01")
    start, end = epoch + pd.Timedelta(days=first), epoch + pd.Timedelta(days=last)
    months = (end.year - start.year) * 12 + end.month - start.month
    # Beyond the listed steps (decades of dates), whole years sized to fit.
    step = next((s for s in _MONTH_STEPS if months / s < MAX_TICKS),
                12 * math.ceil(months / 12 / (MAX_TICKS - 1)))
    # Month starts on multiples of the step (Jan, Apr, Jul, Oct for quarters).
    index = start.year * 12 + start.month - 1
    index += -index % step
    ticks = []
    while True:
        month_start = pd.Timestamp(year=index // 12, month=index % 12 + 1, day=1)
        if month_start > end:
            break
        if month_start >= start:
            label = month_start.strftime("%Y" if step >= 12 else "%b %Y")
            ticks.append(((month_start - epoch).days, label))
        index += step
    return ticks


def _day_label(day: int) -> str:
    return (pd.Timestamp("1970-01-01") + pd.Timedelta(days=day)).strftime("%Y-%m-%d")


def _legend(modalities: Sequence[str], left: int) -> list[str]:
    present = [m for m in MODALITY_COLOURS if m in modalities]
    present += sorted(set(modalities) - set(MODALITY_COLOURS))
    items, x = [], left
    for modality in present:
        items.append(_marker(modality, x + 6, 14, role="key"))
        items.append(f'<text x="{x + 16}" y="14" dy="0.32em">{escape(modality)}</text>')
        x += 30 + 7 * len(modality)
    items.append(f'<text x="{x + 8}" y="14" dy="0.32em">bars: bounds the wording allows; '
                 "dashed arrow = open-ended</text>")
    return items


def _series_lines(
    modalities: Sequence[str], days: Sequence[float], values: Sequence[float],
    x_of: Any, y_of: Any,
) -> list[str]:
    """A thin line per modality through the median value of each day, in date order.

    Joining every point zig-zags when outlets report different parts of a
    figure on the same day; the daily median shows where the figure went.
    """
    lines = []
    for modality in sorted(set(modalities)):
        by_day: dict[float, list[float]] = {}
        for m, day, value in zip(modalities, days, values):
            if m == modality:
                by_day.setdefault(float(day), []).append(float(value))
        if len(by_day) < 2:
            continue
        colour = MODALITY_COLOURS.get(modality, _OTHER_COLOUR)
        path = " ".join(f"{_fmt(x_of(day))},{_fmt(y_of(float(np.median(by_day[day]))))}"
                        for day in sorted(by_day))
        dash = ' stroke-dasharray="5 4"' if modality == "projected" else ""
        lines.append(f'<polyline class="series" stroke="{colour}"{dash} points="{path}"/>')
    return lines


def _point(
    x: float, y: float, low: float, high: float, value: float, modality: str, hover: str,
    y_of: Any, top: float, bottom: float, log_scale: bool,
) -> str:
    """One claim: hover title, bound bars (dashed where open) and the marker."""
    colour = MODALITY_COLOURS.get(modality, _OTHER_COLOUR)
    parts = [f"<title>{escape(hover)}</title>"]
    has_low = not math.isnan(low) and (not log_scale or low > 0)
    has_high = not math.isnan(high)
    if (has_low or has_high) and not (has_low and has_high and low == value == high):
        # An open side is a short dashed arrow, not a line to the plot's edge:
        # "at least 10 dead" must not look like a claim of up to 100,000.
        y_low = y_of(low) if has_low else min(y + OPEN_BOUND_LENGTH, bottom)
        y_high = y_of(high) if has_high else max(y - OPEN_BOUND_LENGTH, top)
        for end_y, is_open, towards in ((y_low, not has_low, 1), (y_high, not has_high, -1)):
            cls = "bar open" if is_open else "bar"
            parts.append(f'<line class="{cls}" stroke="{colour}" x1="{_fmt(x)}" x2="{_fmt(x)}" '
                         f'y1="{_fmt(y)}" y2="{_fmt(end_y)}"/>')
            if is_open:
                tip = end_y - towards * 4  # chevron pointing away from the value
                parts.append(f'<path class="bar open-tip" stroke="{colour}" fill="none" '
                             f'd="M{_fmt(x - 3.5)},{_fmt(tip)} L{_fmt(x)},{_fmt(end_y)} '
                             f'L{_fmt(x + 3.5)},{_fmt(tip)}"/>')
            else:
                parts.append(f'<line class="bar" stroke="{colour}" x1="{_fmt(x - 4)}" x2="{_fmt(x + 4)}" '
                             f'y1="{_fmt(end_y)}" y2="{_fmt(end_y)}"/>')
    parts.append(_marker(modality, x, y))
    return '<g class="pt">' + "".join(parts) + "</g>"


def _marker(modality: str, x: float, y: float, role: str = "mark") -> str:
    """A modality's marker; ``role`` is its CSS class (``mark`` on points, ``key`` in the legend)."""
    colour = MODALITY_COLOURS.get(modality, _OTHER_COLOUR)
    if modality == "projected":  # hollow diamond: a figure that has not happened
        d = 6
        return (f'<path class="{role}" fill="#fff" stroke="{colour}" stroke-width="2" '
                f'd="M{_fmt(x)},{_fmt(y - d)} L{_fmt(x + d)},{_fmt(y)} L{_fmt(x)},{_fmt(y + d)} '
                f'L{_fmt(x - d)},{_fmt(y)} Z"/>')
    if modality == "negated":  # a cross: a figure someone denies
        d = 4.5
        return (f'<path class="{role}" stroke="{colour}" stroke-width="2" fill="none" '
                f'd="M{_fmt(x - d)},{_fmt(y - d)} L{_fmt(x + d)},{_fmt(y + d)} '
                f'M{_fmt(x - d)},{_fmt(y + d)} L{_fmt(x + d)},{_fmt(y - d)}"/>')
    return (f'<circle class="{role}" fill="{colour}" stroke="#fff" stroke-width="1" '
            f'cx="{_fmt(x)}" cy="{_fmt(y)}" r="5"/>')


def _fmt(number: float) -> str:
    """Coordinates with one decimal: short, and identical across runs."""
    text = f"{number:.1f}"
    return text[:-2] if text.endswith(".0") else text
