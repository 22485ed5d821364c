"""SVG charts of a figure over time, and the number formatting they share with the page.

Hand-written SVG rather than matplotlib: matplotlib's SVG output embeds
generated ids and a date, which breaks byte-identical reports, and it is a
heavy dependency for a few hundred lines of plain SVG.

x is the claim date (the publication date when a claim has none); y the value,
on a log scale when the values span more than two orders of magnitude.
Asserted, projected and negated claims have their own markers; low/high
bounds are error bars, an open side a short dashed arrow; each point has a
hover title with speaker, outlet and the figure's text. All text is escaped.
"""

from __future__ import annotations

import math
import statistics
from html import escape
from typing import Any, Mapping, Sequence

import numpy as np
import pandas as pd

from checker.report.csv import format_cell, format_column, is_blank, is_true

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

# Numbers from a million up read as words, largest first.
_LARGE_NUMBER_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))

# Compact tick labels: (threshold, divisor, suffix), largest first.
_COMPACT_UNITS = ((1e12, 1e12, "T"), (1e9, 1e9, "B"), (1e6, 1e6, "M"), (1e3, 1e3, "k"))

# Candidate tick steps for date axes: days, then months.
_DAY_STEPS = (1, 2, 7, 14)
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200)


def format_number(value: Any) -> str:
    """A value for people: ``3,000``, ``3.5``, ``3.5 million``; blank when missing."""
    if is_blank(value):
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(number):
        return format_cell(number)
    for threshold, word in _LARGE_NUMBER_WORDS:
        if abs(number) >= threshold:
            # News writes "$1.375 billion"; ten-digit numbers are hard to read.
            return f"{number / threshold:,.9g} {word}"
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


def range_text(row: Mapping[str, Any]) -> str:
    """``9,900 – 12,100``, ``… – 100,000`` for an open side; blank when there is no interval."""
    low, high = row.get("low"), row.get("high")
    if is_blank(low) and is_blank(high):
        return ""
    if not is_blank(low) and not is_blank(high) and float(low) == float(high):
        return ""
    return f"{format_number(low) or '…'} – {format_number(high) or '…'}"


def value_texts(rows: pd.DataFrame) -> pd.Series:
    """``≈ 11,000`` / ``≤ 100,000`` / ``3.5 percentage``: sign, number, unit other than count."""
    signs = format_column(rows["qualifier"]).map(lambda q: QUALIFIER_SIGNS.get(q, ""))
    numbers = rows["value"].map(format_number)
    units = format_column(rows["unit"])
    suffix = units.where(~units.isin(["", "count"]), "").map(lambda u: f" {u}" if u else "")
    return (signs + numbers + suffix).astype(object)


def range_texts(rows: pd.DataFrame) -> pd.Series:
    """:func:`range_text` of every row."""
    return pd.Series([range_text({"low": lo, "high": hi}) for lo, hi in zip(rows["low"], rows["high"])],
                     index=rows.index, dtype=object)


def units_of(rows: pd.DataFrame) -> list[str]:
    """The distinct non-blank units of the rows, sorted."""
    return sorted({u for u in format_column(rows["unit"]) if u})


def render_chart(rows: pd.DataFrame, *, title: str = "") -> str:
    """Inline SVG of one topic's timeline rows, or a note when fewer than 2 dated values.

    x = claim date (publication date when missing); y = value, on a log scale
    when all bounds are positive and span more than ``LOG_SCALE_SPAN``.
    """
    return chart_svg(chart_points(rows), units_of(rows), title)


def chart_points(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows with a finite value and a date: day number, bounds, modality, hover title.

    The day is the timeline's ``as_of`` when the rows have it (a month-precise
    figure placed within its month), else the claim date.
    """
    dates = rows["as_of" if "as_of" in rows.columns else "claim_date"].fillna("").astype(str)
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
    ranges = range_texts(rows)
    titles = (
        date_text + ": " + value_texts(rows) + " (" + modality + ", "
        + format_column(rows["qualifier"]) + ")"
        + ranges.map(lambda r: f"\nbounds: {r}" if r else "")
        + "\n" + speaker + " — " + format_column(rows["outlet"])
        + "\n“" + format_column(rows["surface"]) + "”"
    )
    return pd.DataFrame({
        "topic": rows["topic"].to_numpy() if "topic" in rows.columns else "",
        "day": ((parsed - pd.Timestamp("1970-01-01")).dt.days).to_numpy(dtype=float),
        "value": values[keep].to_numpy(),
        "low": _finite_or_nan(rows["low"]),
        "high": _finite_or_nan(rows["high"]),
        "modality": modality.to_numpy(),
        "title": titles.to_numpy(),
        "cumulative": (rows["cumulative"].map(is_true).to_numpy(dtype=bool) if "cumulative" in rows.columns
                       else np.zeros(len(rows), dtype=bool)),
    })


def _finite_or_nan(column: pd.Series) -> np.ndarray:
    # An infinite bound is an open one: drawn as an arrow, never scaled to.
    values = pd.to_numeric(column, errors="coerce").astype(float).to_numpy()
    return np.where(np.isfinite(values), values, np.nan)


def chart_svg(points: pd.DataFrame, units: Sequence[str], title: str) -> str:
    """The ``<figure>`` with the SVG of :func:`chart_points` rows (a note when fewer than 2)."""
    if len(points) < 2:
        return '<p class="empty">Too few dated values to chart.</p>'
    values, lows, highs = points["value"].to_numpy(), points["low"].to_numpy(), points["high"].to_numpy()
    bounds = np.concatenate([values, lows[~np.isnan(lows)], highs[~np.isnan(highs)]])
    log_scale = bool((bounds > 0).all() and bounds.max() / bounds.min() > LOG_SCALE_SPAN)
    y_ticks, y_low, y_high = (log_ticks if log_scale else linear_ticks)(bounds)
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
    for day, label in date_ticks(x_first, x_last):
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
    running = bool(points["cumulative"].all()) if "cumulative" in points.columns else False
    lines = _series_lines(modalities, days, values, x_of, y_of, running)
    svg.extend(_legend(modalities, plot_left, running if lines else None))
    svg.extend(lines)
    for x, y, low, high, value, modality, hover in zip(
        xs, ys, lows, highs, values, modalities, points["title"]
    ):
        svg.append(_point(x, y, low, high, value, modality, hover, y_of, plot_top, plot_bottom, log_scale))
    svg.append("</svg>")
    return "<figure>" + "".join(svg) + "</figure>"


def linear_ticks(bounds: np.ndarray) -> tuple[list[float], float, float]:
    """(ticks, axis low, axis high): steps of 1, 2, 2.5 or 5 x 10^k, the axis including 0."""
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


def log_ticks(bounds: np.ndarray) -> tuple[list[float], float, float]:
    """(ticks, axis low, axis high): powers of ten around positive ``bounds``."""
    low_exp = math.floor(math.log10(bounds.min()))
    high_exp = math.ceil(math.log10(bounds.max()))
    if high_exp == low_exp:
        high_exp += 1
    decades = high_exp - low_exp
    stride = max(1, math.ceil((decades + 1) / MAX_TICKS))
    ticks = [10.0**e for e in range(low_exp, high_exp + 1, stride)]
    return ticks, 10.0**low_exp, 10.0**high_exp


def date_ticks(x_first: float, x_last: float) -> list[tuple[int, str]]:
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


def _legend(modalities: Sequence[str], left: int, running: bool | None = False) -> list[str]:
    """Markers by modality, then what the line (``running``; None: no line drawn) and bars mean."""
    present = [m for m in MODALITY_COLOURS if m in modalities]
    present += sorted(set(modalities) - set(MODALITY_COLOURS))
    items, x = [], left
    for modality in present:
        items.append(_marker(modality, x + 6, 14, role="key"))
        items.append(f'<text x="{x + 16}" y="14" dy="0.32em">{escape(modality)}</text>')
        x += 30 + 7 * len(modality)
    line = {None: "", True: "line: daily highest (a running total); ", False: "line: daily median; "}[running]
    items.append(f'<text x="{x + 8}" y="14" dy="0.32em">{line}bars: bounds the wording allows '
                 "(dashed: open-ended)</text>")
    return items


def _series_lines(
    modalities: Sequence[str], days: Sequence[float], values: Sequence[float],
    x_of: Any, y_of: Any, running: bool = False,
) -> list[str]:
    """A thin line per modality through each day's median value, in date order.

    Joining every point zig-zags when outlets report different parts of a
    figure on the same day; the daily median shows where the figure went. A
    running total (``running``: a death toll) follows each day's highest
    value instead: smaller figures of the same day are partial counts (one
    town, one hospital, an early report), and the highest is the toll as
    known that day.
    """
    summary = max if running else statistics.median
    lines = []
    for modality in sorted(set(modalities)):
        by_day: dict[float, list[float]] = {}
        for m, day, value in zip(modalities, days, values):
            if m == modality:
                by_day.setdefault(float(day), []).append(float(value))
        if len(by_day) < 2:
            continue
        colour = MODALITY_COLOURS.get(modality, _OTHER_COLOUR)
        path = " ".join(f"{_fmt(x_of(day))},{_fmt(y_of(summary(by_day[day])))}"
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
