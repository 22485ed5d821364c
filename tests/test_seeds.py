"""The demo corpus end to end: the figures the foundation issue (#2) lists, right in every column."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import checker

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
ZELENSKY = "Volodymyr Zelensky"


@pytest.fixture(scope="module")
def result():
    return checker.run([SEEDS])


@pytest.fixture(scope="module")
def claims(result) -> pd.DataFrame:
    return result.claims


def claims_in(claims: pd.DataFrame, doc: str) -> pd.DataFrame:
    return claims[claims["doc_id"].str.contains(f"/{doc}_")]


def one(claims: pd.DataFrame, doc: str, words: str) -> pd.Series:
    """The one claim of ``doc`` whose figure, with the words around it, reads ``words``.

    ``surface`` is the figure with its unit ("3.5 million", "US$9.2 billion");
    cue words such as "approximately" stand just before it in the text.
    """
    rows = claims_in(claims, doc)
    keep = [words in sentence[max(0, start - sentence_start - 30): end - sentence_start + 30]
            and surface in words or words in surface
            for sentence, start, end, sentence_start, surface in
            zip(rows["sentence"], rows["start"], rows["end"], rows["sentence_start"], rows["surface"])]
    rows = rows[keep]
    assert len(rows) == 1, f"{doc}: expected one claim reading {words!r}, got {rows['surface'].tolist()}"
    return rows.iloc[0]


# (doc, the figure's words, value, entity, speaker, qualifier, modality, unit)
EXPECTED = [
    ("001", "3,000", 3000, "troop", ZELENSKY, "exact", "asserted", "count"),
    ("001", "12,000", 12000, "soldier", ZELENSKY, "exact", "projected", "count"),
    ("001", "approximately 3.5 million", 3.5e6, "artillery shell", ZELENSKY, "approx", "asserted", "count"),
    ("001", "around 3.5 million", 3.5e6, "artillery shell", ZELENSKY, "approx", "asserted", "count"),
    ("002", "As many as 100,000", 100000, "troop", ZELENSKY, "at_most", "projected", "count"),
    ("002", "11,000", 11000, "troop", ZELENSKY, "exact", "asserted", "count"),
    ("003", "11,000", 11000, "soldier", ZELENSKY, "exact", "asserted", "count"),
    ("003", "more than 7,000", 7000, "garbage balloon", "Yoon Suk Yeol", "at_least", "asserted", "count"),
    ("004", "around 11,000", 11000, "troop", None, "approx", "asserted", "count"),
    ("004", "US$9.2 billion", 9.2e9, None, None, "exact", None, "dollar"),
    ("000", "thousands", None, "troop", None, "vague", None, "count"),
    ("000", "hundreds of missiles", None, "missile", None, "vague", None, "count"),
]


@pytest.mark.parametrize("doc, words, value, entity, speaker, qualifier, modality, unit", EXPECTED)
def test_seed_claims(claims, doc, words, value, entity, speaker, qualifier, modality, unit):
    claim = one(claims, doc, words)
    if value is not None:
        assert claim["value"] == pytest.approx(value)
    if entity is not None:
        assert claim["entity"] == entity
    if speaker is not None:
        assert claim["speaker"] == speaker
    assert claim["qualifier"] == qualifier
    if modality is not None:
        assert claim["modality"] == modality
    assert claim["unit"] == unit


def test_vague_figures_have_an_order_of_magnitude_interval(claims):
    thousands = one(claims, "000", "thousands")
    assert 1000 <= thousands["low"] < thousands["high"] <= 1e6


def test_interval_bounds_follow_the_qualifier(claims):
    at_most = one(claims, "002", "As many as 100,000")
    assert pd.isna(at_most["low"]) and at_most["high"] == 100000
    at_least = one(claims, "003", "more than 7,000")
    assert at_least["low"] == 7000 and pd.isna(at_least["high"])
    around = one(claims, "004", "around 11,000")
    assert around["low"] < 11000 < around["high"]
    assert "around" in around["hedge"]


def test_projections_in_002(claims):
    grow = claims_in(claims, "002")
    grow = grow[grow["sentence"].str.contains("may grow to") & (grow["value"] == 100000)]
    assert len(grow) == 1 and grow.iloc[0]["modality"] == "projected"
    assert grow.iloc[0]["speaker"] == ZELENSKY


def test_six_atacms_missiles_is_a_count_attributed_to_the_defense_ministry(claims):
    missiles = one(claims, "002", "six ATACMS")
    assert (missiles["value"], missiles["unit"], missiles["entity"]) == (6, "count", "missile")
    assert "Defense Ministry" in missiles["speaker"]


def test_the_1000_days_and_73_days(claims):
    for doc in ("001", "002"):
        days = one(claims, doc, "1,000 days")
        assert (days["value"], days["unit"]) == (1000, "day")
    assert one(claims, "004", "73 days")["unit"] == "day"


@pytest.mark.parametrize("text", ["February 2022", "20 Nov. 2024", "15:57", "November 5, 2024", "8 p.m.",
                                  "0/250", "Wednesday (13)", "KN-23"])
def test_dates_times_and_names_are_not_claims(claims, text):
    for row in claims.itertuples():
        assert text not in row.surface and row.surface not in text, f"{row.doc_id}: {row.surface!r}"


def test_claim_offsets_index_the_file_text(result):
    texts = dict(zip(result.documents["doc_id"], result.documents["text"]))
    for row in result.claims.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.surface
        file_lines = Path(row.file).read_text("utf-8").split("\n")
        assert row.surface in file_lines[row.line - 1]


def test_publication_date_and_tuesday(result):
    claims = result.claims
    assert (claims_in(claims, "002")["published"] == "2024-11-20").all()
    eleven = one(claims, "002", "brought 11,000")
    assert eleven["claim_date"] == "2024-11-19"  # "on Tuesday", before 2024-11-20


def test_troops_timeline_tells_one_story(result):
    timeline = result.timeline
    troops = timeline[timeline["topic"].str.contains("troop") & (timeline["unit"] == "count")]
    asserted = troops[troops["modality"] == "asserted"]["value"].tolist()
    projected = troops[troops["modality"] == "projected"]["value"].tolist()
    assert asserted[0] == 3000 and 11000 in asserted
    assert projected[:1] == [12000] and 100000 in projected
    assert result.exit_code == 0
    assert not (result.findings["severity"] == "error").any()


def test_same_input_same_ids(result):
    again = checker.run([SEEDS])
    assert again.claims["claim_id"].tolist() == result.claims["claim_id"].tolist()
    assert again.findings["finding_id"].tolist() == result.findings["finding_id"].tolist()
