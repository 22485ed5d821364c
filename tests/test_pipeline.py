"""The pipeline's claims frame: the one frame per text or corpus that later stages read."""

from __future__ import annotations

import pandas as pd

import checker
from checker.columns import CLAIM_COLUMNS
from checker.pipeline import NUMERIC_CLAIM_COLUMNS

# A quake RSS item (title and description), as bench/throughput.py reads them.
QUAKE_ITEM = ("Turkey earthquake: Death toll climbs to more than 5,000\n"
              "More than 5,000 people have been killed and 20,000 injured, officials said on Tuesday.")


def test_a_text_without_figures_gives_an_empty_frame_that_later_calls_do_not_see_changed():
    first = checker.extract("Rescuers searched the rubble through the night.")
    first["topic"] = "deaths"
    first["note"] = "added"
    first.columns.name = "claims"
    second = checker.extract("Aid convoys crossed into Syria.")
    assert second.empty and list(second.columns) == list(CLAIM_COLUMNS)
    assert "note" not in second.columns and second.columns.name is None


def test_an_empty_frame_has_the_dtypes_of_a_full_one():
    empty = checker.extract("Aid convoys crossed into Syria.")
    full = checker.extract(QUAKE_ITEM, published="2023-02-07")
    assert (empty.dtypes == full[list(CLAIM_COLUMNS)].dtypes).all()


def test_claims_frame_equals_what_pandas_infers_from_its_lists():
    claims = checker.extract(QUAKE_ITEM, published="2023-02-07", outlet="BBC", doc_id="bbc-1")
    assert claims["value"].tolist() == [5000.0, 5000.0, 20000.0]
    assert claims["doc_id"].tolist() == ["bbc-1"] * 3 and claims["outlet"].tolist() == ["BBC"] * 3
    assert claims["claim_date"].tolist() == ["2023-02-07"] * 3
    assert claims["line"].tolist() == [1, 2, 2]
    inferred = pd.DataFrame({name: claims[name].tolist() for name in claims.columns})
    for name, dtype in NUMERIC_CLAIM_COLUMNS.items():
        inferred[name] = inferred[name].astype(dtype)
    pd.testing.assert_frame_equal(claims, inferred)
