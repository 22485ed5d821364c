"""Dask scale-out gives exactly the single-process claims."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from checker.corpus import load_corpus
from checker.pipeline import extract_corpus
from checker.scale import extract_corpus_parallel, partitions

pytest.importorskip("dask")

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def test_partitions_keep_order_and_cover_everything():
    frame = pd.DataFrame({"doc_id": [f"d{i}" for i in range(7)]})
    parts = partitions(frame, 3)
    assert [len(p) for p in parts] == [3, 3, 1]
    assert pd.concat(parts)["doc_id"].tolist() == frame["doc_id"].tolist()


def test_parallel_extraction_equals_sequential():
    documents = load_corpus([SEEDS])
    sequential = extract_corpus(documents)
    parallel = extract_corpus_parallel(documents, workers=2, partition_size=2)
    pd.testing.assert_frame_equal(parallel, sequential)


def test_a_failing_document_is_reported_not_fatal_in_parallel():
    documents = load_corpus([SEEDS])
    broken = documents.iloc[:1].copy()
    broken["doc_id"], broken["text"] = "broken", 12345       # not a text: the stages raise on it
    documents = pd.concat([broken, documents], ignore_index=True)
    sequential_failures: list = []
    sequential = extract_corpus(documents, failures=sequential_failures)
    parallel_failures: list = []
    parallel = extract_corpus_parallel(documents, workers=2, partition_size=2, failures=parallel_failures)
    assert [doc for doc, _ in parallel_failures] == ["broken"]
    assert parallel_failures == sequential_failures
    pd.testing.assert_frame_equal(parallel, sequential)
