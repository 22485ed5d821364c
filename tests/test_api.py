"""The Python API mirrors the CLI: load_corpus, extract, extract_corpus, check, run."""

from __future__ import annotations

import importlib
from pathlib import Path

import pandas as pd

import checker
from checker.columns import CLAIM_COLUMNS, FINDING_COLUMNS

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def test_extract_is_the_function_even_after_the_stage_module_is_imported():
    importlib.import_module("checker.extract")
    importlib.import_module("checker.pipeline")
    assert callable(checker.extract)


def test_extract_one_text_has_the_claim_columns_and_resolves_the_weekday():
    claims = checker.extract("Police put the number of demonstrators at 18,000 on Tuesday.",
                             published="2019-03-07", outlet="AP", doc_id="d1")
    assert list(claims.columns[: len(CLAIM_COLUMNS)]) == list(CLAIM_COLUMNS)
    (claim,) = claims.itertuples()
    assert (claim.value, claim.unit, claim.outlet, claim.doc_id) == (18000, "count", "AP", "d1")
    assert claim.speaker == "police" or "olice" in claim.speaker
    assert claim.claim_date == "2019-03-05"


def test_corpus_claims_findings_chain():
    documents = checker.load_corpus([SEEDS])
    claims = checker.extract_corpus(documents)
    assert set(claims["doc_id"]) == set(documents["doc_id"])
    findings = checker.check(claims, None)
    assert list(findings.columns[: len(FINDING_COLUMNS)]) == list(FINDING_COLUMNS)
    assert not (findings["severity"] == "error").any()


def test_run_without_out_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = checker.run([SEEDS])
    assert result.written == [] and list(tmp_path.iterdir()) == []
    assert isinstance(result.claims, pd.DataFrame) and result.exit_code == 0
