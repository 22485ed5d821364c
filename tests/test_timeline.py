"""build_timeline on the seeds' North Korean troops figures (values as the articles state them)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from checker.columns import TIMELINE_COLUMNS, MissingColumnsError
from checker.timeline import build_timeline

TROOPS = "nk-troops-russia"
SHELLS = "nk-artillery-shells"

# (claim_id, doc_id, outlet, published, claim_date, speaker, value, low, high,
#  qualifier, topic, modality, surface, start), deliberately not in date order.
SEED_CLAIMS = [
    ("c-jad-100k", "002.txt", "Korea JoongAng Daily", "2024-11-20", "2024-11-19", "Volodymyr Zelensky",
     100000.0, None, 100000.0, "at_most", TROOPS, "projected", "As many as 100,000", 107),
    ("c-jad-11k", "002.txt", "Korea JoongAng Daily", "2024-11-20", "2024-11-19", "Volodymyr Zelensky",
     11000.0, 11000.0, 11000.0, "exact", TROOPS, "asserted", "11,000", 354),
    ("c-ians-12k", "001.txt", "IANS", "2024-11-01", "2024-11-01", "Volodymyr Zelensky",
     12000.0, 12000.0, 12000.0, "exact", TROOPS, "projected", "12,000", 1996),
    ("c-ians-3k", "001.txt", "IANS", "2024-11-01", "2024-11-01", "Volodymyr Zelensky",
     3000.0, 3000.0, 3000.0, "exact", TROOPS, "asserted", "3,000", 1920),
    ("c-rfi-11k", "004.txt", "RFI (with AFP)", "2024-11-13", "2024-11-13", "Kyiv",
     11000.0, 9900.0, 12100.0, "approx", TROOPS, "asserted", "around 11,000", 620),
    ("c-dayfr-11k", "003.txt", "DayFR Euro", "2024-11-07", "2024-11-07", "Volodymyr Zelensky",
     11000.0, 11000.0, 11000.0, "exact", TROOPS, "asserted", "11,000", 1180),
    ("c-ians-shells", "001.txt", "IANS", "2024-11-01", "2024-11-01", "Volodymyr Zelensky",
     3500000.0, 3150000.0, 3850000.0, "approx", SHELLS, "asserted", "approximately 3.5 million", 700),
    ("c-ians-days", "001.txt", "IANS", "2024-11-01", "2024-11-01", "Volodymyr Zelensky",
     1000.0, 1000.0, 1000.0, "exact", "", "asserted", "1,000 days", 1210),
]
FIELDS = ("claim_id", "doc_id", "outlet", "published", "claim_date", "speaker", "value", "low",
          "high", "qualifier", "topic", "modality", "surface", "start")


def seed_claims() -> pd.DataFrame:
    """The claims frame, object dtype as the extractor hands it over."""
    claims = pd.DataFrame(SEED_CLAIMS, columns=FIELDS, dtype=object)
    claims["unit"] = "count"
    return claims


def test_columns_are_the_contract_in_order():
    timeline = build_timeline(seed_claims())
    assert list(timeline.columns) == list(TIMELINE_COLUMNS)


def test_topics_sorted_and_claims_in_date_order_without_untopical_claims():
    timeline = build_timeline(seed_claims())
    assert timeline["claim_id"].tolist() == [
        "c-ians-shells",
        # 1 Nov: the IANS interview, in text order (3,000 before 12,000).
        "c-ians-3k", "c-ians-12k", "c-dayfr-11k", "c-rfi-11k",
        # Same doc and date: the headline figure (offset 107) before 11,000 (354).
        "c-jad-100k", "c-jad-11k",
    ]


@pytest.mark.parametrize(
    "claim_id, change, ratio",
    [
        ("c-ians-3k", None, None),             # first asserted troop count
        ("c-ians-12k", None, None),            # first projection: not compared with 3,000
        ("c-dayfr-11k", 8000.0, 11000 / 3000),  # asserted 3,000 -> 11,000
        ("c-rfi-11k", 0.0, 1.0),
        ("c-jad-100k", 88000.0, 100000 / 12000),  # projection 12,000 -> 100,000
        ("c-jad-11k", 0.0, 1.0),
        ("c-ians-shells", None, None),
    ],
)
def test_change_is_from_previous_claim_of_same_topic_and_modality(claim_id, change, ratio):
    timeline = build_timeline(seed_claims()).set_index("claim_id")
    row = timeline.loc[claim_id]
    if change is None:
        assert math.isnan(row["change"]) and math.isnan(row["change_ratio"])
    else:
        assert row["change"] == pytest.approx(change)
        assert row["change_ratio"] == pytest.approx(ratio)


def test_topic_labels_applied_with_topic_as_fallback():
    timeline = build_timeline(seed_claims(), {TROOPS: "North Korean troops in Russia"})
    labels = dict(zip(timeline["topic"], timeline["topic_label"]))
    assert labels == {TROOPS: "North Korean troops in Russia", SHELLS: SHELLS}


def test_values_read_back_as_text_are_numeric_and_input_untouched():
    claims = seed_claims().astype(str).replace({"None": ""})
    before = claims.copy()
    timeline = build_timeline(claims)
    assert timeline.loc[timeline["claim_id"] == "c-dayfr-11k", "change"].item() == 8000.0
    assert math.isnan(timeline.loc[timeline["claim_id"] == "c-jad-100k", "low"].item())
    pd.testing.assert_frame_equal(claims, before)


def test_claim_without_value_is_skipped_when_finding_previous():
    claims = seed_claims()
    claims.loc[claims["claim_id"] == "c-dayfr-11k", "value"] = None
    timeline = build_timeline(claims).set_index("claim_id")
    # RFI's 11,000 is compared with IANS's 3,000, the last known asserted value.
    assert timeline.loc["c-rfi-11k", "change"] == 8000.0


def test_zero_previous_value_gives_blank_ratio():
    claims = seed_claims()
    claims.loc[claims["claim_id"] == "c-ians-3k", "value"] = 0.0
    timeline = build_timeline(claims).set_index("claim_id")
    assert timeline.loc["c-dayfr-11k", "change"] == 11000.0
    assert math.isnan(timeline.loc["c-dayfr-11k", "change_ratio"])


def test_missing_claim_date_sorts_by_publication_date():
    claims = seed_claims()
    claims.loc[claims["claim_id"] == "c-rfi-11k", "claim_date"] = ""
    claims.loc[claims["claim_id"] == "c-rfi-11k", "published"] = "2024-11-05"
    order = build_timeline(claims)["claim_id"].tolist()
    assert order.index("c-rfi-11k") < order.index("c-dayfr-11k")
    assert build_timeline(claims).set_index("claim_id").loc["c-rfi-11k", "claim_date"] == ""


def test_no_topical_claims_gives_empty_contract_frame():
    claims = seed_claims()
    claims["topic"] = ""
    timeline = build_timeline(claims)
    assert timeline.empty and list(timeline.columns) == list(TIMELINE_COLUMNS)


def test_missing_columns_named():
    with pytest.raises(MissingColumnsError, match="modality"):
        build_timeline(seed_claims().drop(columns=["modality"]))


def test_repeated_index_labels_from_partitions():
    claims = seed_claims()
    partitions = pd.concat([claims.iloc[:4], claims.iloc[4:]])  # both partitions indexed from 0
    partitions.index = list(range(4)) + list(range(4))
    timeline = build_timeline(partitions)
    assert timeline.set_index("claim_id").loc["c-dayfr-11k", "change"] == 8000.0
    assert timeline.index.tolist() == list(range(7))


# --- as_of: where a week-, month- or year-precise figure stands on the timeline -------------

from checker.timeline import as_of_days  # noqa: E402


@pytest.mark.parametrize("claim_date, published, precision, expected", [
    ("2023-02-01", "2023-02-28T16:08:44Z", "month", "2023-02-28"),  # "earlier this month": as known then
    ("2019-03-01", "2023-02-20", "month", "2019-03-31"),            # "in March 2019": the month's end
    ("2023-05-01", "2023-03-01", "month", "2023-05-01"),            # "in May", written in March: its start
    ("2023-02-06", "2023-02-08", "week", "2023-02-08"),             # "this week"
    ("2023-01-30", "2023-02-08", "week", "2023-02-05"),             # "last week": its Sunday
    ("1999-01-01", "2023-02-06", "year", "1999-12-31"),             # "in 1999"
    ("2024-11-05", "2024-11-07", "day", "2024-11-05"),              # a day is its own day
    ("", "2024-11-07", "day", "2024-11-07"),                        # no claim date: the publication's
    ("2023-02-01", "", "month", "2023-02-28"),                      # no publication date: the period's end
])
def test_as_of_places_a_coarse_date_within_its_period(claim_date, published, precision, expected):
    got = as_of_days(pd.Series([claim_date]), pd.Series([published]), pd.Series([precision]))
    assert got.tolist() == [expected]


def test_a_toll_dated_earlier_this_month_follows_the_tolls_before_it():
    # Real wording from two quake reports: the later one dates its figure only to the month.
    import checker

    early = checker.extract("The death toll from the earthquake in Turkey and Syria rose to 21,000 on Friday.",
                            published="2023-02-10", doc_id="early")
    late = checker.extract("The Red Crescent was criticised after the massive earthquake that claimed more "
                           "than 44,000 lives earlier this month.", published="2023-02-28", doc_id="late")
    claims = pd.concat([late, early], ignore_index=True).assign(topic="deaths")
    assert late["date_precision"].tolist() == ["month"]
    timeline = build_timeline(claims, cumulative={"deaths"})
    assert timeline["value"].tolist() == [21000.0, 44000.0]
    assert timeline["as_of"].tolist() == ["2023-02-10", "2023-02-28"]
    assert timeline["cumulative"].tolist() == [True, True]
    assert timeline["change"].tolist()[1] == 23000.0


def test_without_date_precision_every_claim_date_is_a_day():
    timeline = build_timeline(seed_claims())
    assert (timeline["as_of"] == timeline["claim_date"]).all()
    assert set(timeline["date_precision"]) == {"day"} and not timeline["cumulative"].any()


# Running totals dated by their event's day well before the article (quake RSS, printed Mar 3, 2023; AllSides,
# printed June 22, 2020).
TOLLS = [
    {"claim_id": "event-day", "published": "2023-03-03", "claim_date": "2023-02-06", "date_cue": "February 6",
     "sentence": "The 7.8-magnitude earthquake on February 6 killed more than 45,000 people",
     "surface": "45,000", "value": 45000.0},
    {"claim_id": "past-when", "published": "2020-06-22", "claim_date": "2020-05-15", "date_cue": "mid-May",
     "sentence": "In mid-May, when America’s coronavirus death toll was around 85,000, the curve had flattened.",
     "surface": "85,000", "value": 85000.0},
]


@pytest.mark.parametrize("cumulative, as_of", [
    (True, {"event-day": "2023-03-03", "past-when": "2020-05-15"}),   # the article's toll; a past "when" keeps its day
    (False, {"event-day": "2023-02-06", "past-when": "2020-05-15"}),  # a level that is no running total: its date
])
def test_running_total_dated_by_its_event_sits_on_its_article_day(cumulative, as_of):
    rows = pd.DataFrame([{**{f: "" for f in FIELDS}, "doc_id": t["claim_id"], "outlet": "o", "speaker": "",
                          "low": t["value"], "high": t["value"], "qualifier": "exact", "topic": "deaths",
                          "modality": "asserted", "start": 0, "unit": "count", **t} for t in TOLLS])
    rows["start"] = [row.sentence.index(row.surface) for row in rows.itertuples()]
    rows["sentence_start"] = 0
    timeline = build_timeline(rows, cumulative={"deaths"} if cumulative else ())
    assert dict(zip(timeline["claim_id"], timeline["as_of"])) == as_of
