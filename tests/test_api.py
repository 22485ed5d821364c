"""The Python API mirrors the CLI: load_corpus, extract, extract_corpus, check, run."""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path

import pandas as pd
import pytest

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


def test_check_on_extract_corpus_finds_what_run_finds():
    # The documented chain: extract_corpus leaves topic blank; check must assign topics.
    documents = checker.load_corpus([SEEDS])
    chained = checker.check(checker.extract_corpus(documents), None)
    assert sorted(chained["finding_id"]) == sorted(checker.run([SEEDS]).findings["finding_id"])
    assert len(chained) >= 2


def test_a_document_that_breaks_a_stage_is_reported_not_fatal(tmp_path, monkeypatch):
    import checker.pipeline as pipeline

    (tmp_path / "a.txt").write_text("Officials said 40 people died.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Rescuers pulled 12 survivors from the rubble.", encoding="utf-8")
    real = pipeline.claim_columns

    def flaky(text, published, aliases):
        if "Rescuers" in text:
            raise ValueError("year -2976 is out of range")
        return real(text, published, aliases)

    monkeypatch.setattr(pipeline, "claim_columns", flaky)
    result = checker.run([tmp_path])
    statuses = dict(zip(result.documents["doc_id"].map(lambda d: Path(d).name), result.documents["status"]))
    assert statuses["a.txt"] == "ok"
    assert statuses["b.txt"] == "error: extraction failed: ValueError: year -2976 is out of range"
    assert result.claims["value"].tolist() == [40]


def test_the_report_directory_inside_the_corpus_is_not_read_back(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said 40 people died.", encoding="utf-8")
    first = checker.run([tmp_path], out=tmp_path / "numcheck-report")
    second = checker.run([tmp_path], out=tmp_path / "numcheck-report")
    assert len(first.documents) == len(second.documents) == 1
    assert second.claims["claim_id"].tolist() == first.claims["claim_id"].tolist()


@pytest.mark.parametrize("published", [
    "2024-11-20", "20 Nov. 2024", "Nov 20, 2024", dt.date(2024, 11, 20), pd.Timestamp("2024-11-20"),
])
def test_publication_date_in_any_common_form_anchors_weekdays(published):
    claims = checker.extract("Officials said on Tuesday that 3,000 troops had arrived.", published=published)
    assert claims.loc[0, ["published", "claim_date"]].tolist() == ["2024-11-20", "2024-11-19"]


def test_publication_date_from_the_text_when_not_given():
    text = "Published: 20 Nov. 2024, 15:57\nZelensky said on Tuesday that 11,000 troops were in Kursk."
    assert checker.extract(text).loc[0, ["published", "claim_date"]].tolist() == ["2024-11-20", "2024-11-19"]


def test_impossible_publication_date_is_a_clear_error():
    with pytest.raises(ValueError, match="2024-02-30"):
        checker.extract("3,000 troops arrived.", published="2024-02-30")


def test_extract_corpus_normalises_hand_built_frames():
    documents = pd.DataFrame({"doc_id": ["a", "b"], "file": "x", "status": "ok", "outlet": "", "line_base": 1,
                              "is_row": True, "published": [pd.Timestamp("2024-11-20"), "not a date"],
                              "text": ["On Tuesday 3,000 troops arrived."] * 2})
    claims = checker.extract_corpus(documents)
    assert claims[["doc_id", "published", "claim_date"]].values.tolist() == [
        ["a", "2024-11-20", "2024-11-19"], ["b", "", ""]]


def test_extract_and_extract_corpus_agree_on_dates_and_dtypes():
    texts = ["Published: 20 Nov. 2024, 15:57\nZelensky said on Tuesday that 11,000 troops were in Kursk.",
             "No figure here.", "Officials said 40 people died."]
    documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "file": "x", "status": "ok", "outlet": "", "line_base": 1,
                              "is_row": True, "published": [float("nan"), "", "2024-11-20"], "text": texts})
    corpus = checker.extract_corpus(documents)
    one_by_one = pd.concat([checker.extract(t, published=p or None, doc_id=d, file="x")
                            for t, p, d in zip(texts, ["", "", "2024-11-20"], ["a", "b", "c"])], ignore_index=True)
    assert corpus[["doc_id", "published", "claim_date"]].values.tolist() == \
        one_by_one[["doc_id", "published", "claim_date"]].values.tolist() == \
        [["a", "2024-11-20", "2024-11-19"], ["c", "2024-11-20", "2024-11-20"]]
    # An empty text's frame has the same dtypes, so concatenation keeps numbers numbers.
    assert one_by_one["value"].dtype == "float64" and one_by_one["line"].dtype == "int64"
    assert (checker.extract("No figure here.").dtypes == corpus.dtypes).all()


def test_run_marks_running_totals_in_the_timeline(tmp_path):
    # Deaths are cumulative in the built-in lexicon; troops deployed are not.
    (tmp_path / "a.txt").write_text("Published: 7 Feb 2023\n\nThe death toll in Turkey rose to 5,000, "
                                    "officials said. Some 2,000 soldiers were sent to the region.",
                                    encoding="utf-8")
    timeline = checker.run([tmp_path]).timeline
    flags = dict(zip(timeline["value"], timeline["cumulative"]))
    assert flags == {5000.0: True, 2000.0: False}
