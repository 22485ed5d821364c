"""The timeline stage: each figure's claims in date order, with the change between them.

A reader of a story that runs for weeks wants to see how a figure moved: 3,000
troops on 1 November, 11,000 a week later, "as many as 100,000" projected on the
20th. This stage lays the claims of every topic out in that order and computes
each claim's change from the previous claim of the same topic *and* modality,
so that a projection ("could reach 100,000") is compared with the previous
projection, never with a count of what has already happened.
"""

from __future__ import annotations

from typing import Collection, Mapping

import numpy as np
import pandas as pd

from checker.columns import TIMELINE_COLUMNS, empty_frame, require_columns

#: Claim columns the timeline reads.
TIMELINE_NEEDS = (
    "claim_id",
    "doc_id",
    "outlet",
    "published",
    "claim_date",
    "speaker",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "topic",
    "modality",
    "surface",
    "start",
)

# Numeric columns: claims read back from CSV carry them as text.
_NUMERIC = ("value", "low", "high")

#: The last day of a claim-date period, from its first day (how checker.dates writes a
#: week, month or year: the Monday, the 1st, 1 January).
_PERIOD_END = {
    "week": lambda first: first + pd.Timedelta(days=6),
    "month": lambda first: first + pd.offsets.MonthEnd(0),
    "year": lambda first: first + pd.offsets.YearEnd(0),
}


def as_of_days(claim_date: pd.Series, published: pd.Series, precision: pd.Series) -> pd.Series:
    """The day each figure stands for on a timeline, as "YYYY-MM-DD" ("" when neither date parses).

    A day-precise claim date is its own day. A week, month or year is a span:
    the figure is placed at the publication day clipped into that span, so
    "44,000 lives earlier this month" written on 28 February sits on the 28th
    (the toll as known then, not on the 1st, before the earthquake), "in March
    2019" on 31 March 2019 (the period's end: a total by then), and "in May"
    written in March on 1 May (a projection: the period's start). A blank
    claim date is the publication day.
    """
    day = pd.to_datetime(claim_date.str.slice(0, 10), errors="coerce", format="%Y-%m-%d")
    printed = pd.to_datetime(published.str.slice(0, 10), errors="coerce", format="%Y-%m-%d")
    placed = day.copy()
    for name, end_of in _PERIOD_END.items():
        coarse = (precision == name).to_numpy() & day.notna().to_numpy()
        if coarse.any():
            first = day[coarse]
            placed[coarse] = printed[coarse].clip(lower=first, upper=end_of(first)).fillna(end_of(first))
    placed = placed.fillna(printed)
    return placed.dt.strftime("%Y-%m-%d").fillna("")


def _running_total_days(rows: pd.DataFrame) -> pd.Series:
    """``as_of`` with each running total dated by an event's day a week or more before its article moved to the
    article's day: "The 7.8-magnitude earthquake on February 6 killed more than 45,000" (printed March 3) is the
    toll as of March 3, not on February 6 (the monotonic rule's reading, ``keeps_own_date``)."""
    from checker.kinds.monotonic import OWN_DATE_DAYS, keeps_own_date

    day = pd.to_datetime(rows["as_of"], errors="coerce", format="%Y-%m-%d")
    printed = pd.to_datetime(rows["published"].str.slice(0, 10), errors="coerce", format="%Y-%m-%d")
    early = np.flatnonzero((rows["cumulative"] & (day < printed - pd.Timedelta(days=OWN_DATE_DAYS))).to_numpy())
    as_of = rows["as_of"].copy()
    if len(early):
        moved = early[~keeps_own_date(rows, early)]
        as_of.iloc[moved] = printed.iloc[moved].dt.strftime("%Y-%m-%d")
    return as_of


def build_timeline(
    claims: pd.DataFrame, topic_labels: Mapping[str, str] | None = None,
    cumulative: Collection[str] = (),
) -> pd.DataFrame:
    """Return the TIMELINE_COLUMNS frame: every topic's claims in date order.

    Claims without a topic are left out. Within a topic, claims are ordered by
    ``as_of`` (:func:`as_of_days`: the claim date, a coarse one placed within
    its period; a running total dated by its event's day a week or more before
    its article is placed on the article's day), then ``published``, ``doc_id``
    and ``start``; ties keep their input order. ``date_precision`` is read when the claims have it (else every
    date counts as a day); ``cumulative`` names the topics that are running
    totals (the report draws their daily highest value).
    Topics come in sorted order. ``change`` is the value minus the previous
    value of the same topic and modality (blank for the first one),
    ``change_ratio`` the value divided by it (blank when that is zero).
    ``topic_label`` comes from ``topic_labels``, else the topic itself.
    The input frame is not modified.
    """
    require_columns(claims, TIMELINE_NEEDS, "build_timeline")
    topics = claims["topic"].fillna("").astype(str)
    # Positional mask and a fresh index: frames concatenated from partitions
    # (Dask, several corpora) repeat index labels.
    rows = claims.loc[(topics != "").to_numpy()].reset_index(drop=True)
    if rows.empty:
        return empty_frame(TIMELINE_COLUMNS)

    rows["topic"] = rows["topic"].astype(str)
    for column in _NUMERIC:
        rows[column] = pd.to_numeric(rows[column], errors="coerce").astype(float)
    text_columns = ("claim_date", "published", "doc_id", "modality", "speaker", "outlet")
    for column in text_columns:
        rows[column] = rows[column].fillna("").astype(str)
    if "date_precision" in rows.columns:
        rows["date_precision"] = rows["date_precision"].astype(object).fillna("").astype(str)
    else:
        rows["date_precision"] = "day"
    rows["as_of"] = as_of_days(rows["claim_date"], rows["published"], rows["date_precision"])
    rows["cumulative"] = rows["topic"].isin(set(cumulative))
    if rows["cumulative"].any() and "sentence" in rows.columns:
        rows["as_of"] = _running_total_days(rows)

    # Sort keys live in their own columns so the output keeps the input text.
    rows["_date_key"] = rows["as_of"].where(rows["as_of"] != "", rows["published"])
    rows["_start_key"] = pd.to_numeric(rows["start"], errors="coerce")
    rows["_input_order"] = np.arange(len(rows))
    rows = rows.sort_values(
        ["topic", "_date_key", "published", "doc_id", "_start_key", "_input_order"],
        kind="mergesort",
        na_position="last",
    )

    # Previous value of the same topic and modality, skipping claims without a
    # value: shifting first and then forward-filling within the group gives the
    # last known value strictly before each row.
    by_series = [rows["topic"], rows["modality"]]
    previous = rows["value"].groupby(by_series, sort=False).shift(1)
    previous = previous.groupby(by_series, sort=False).ffill()
    rows["change"] = rows["value"] - previous
    rows["change_ratio"] = (rows["value"] / previous.where(previous != 0)).replace(
        [np.inf, -np.inf], np.nan
    )

    labels = dict(topic_labels or {})
    rows["topic_label"] = [labels.get(topic) or topic for topic in rows["topic"]]
    return rows[list(TIMELINE_COLUMNS)].reset_index(drop=True)
