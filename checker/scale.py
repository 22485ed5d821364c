"""Scale-out: the extraction stage on Dask partitions.

Extraction is the only stage whose cost grows with the text; it is
embarrassingly parallel by document. This module cuts the documents frame into
partitions and runs the very same :func:`checker.pipeline.extract_corpus` on
each, through Dask. Rules, topics and reports stay on the driver: they need
the whole corpus and are cheap beside extraction.

Dask is imported here only, so numcheck needs it only when this path is used
(``pip install 'numcheck[dask]'``). With ``scheduler`` set to a
``dask.distributed`` address the same code runs on a cluster.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from checker.errors import InputError

#: Documents per partition: big enough to amortise task overhead (a few ms per
#: task), small enough to balance the work across workers.
DOCUMENTS_PER_PARTITION = 200


def partitions(documents: pd.DataFrame, size: int = DOCUMENTS_PER_PARTITION) -> list[pd.DataFrame]:
    """Split ``documents`` into consecutive partitions of at most ``size`` rows (order kept)."""
    return [documents.iloc[i:i + size] for i in range(0, len(documents), size)] or [documents]


def _extract_partition(part: pd.DataFrame, aliases: Any) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """One task: the partition's claims and the documents that failed (as on one machine)."""
    from checker.pipeline import extract_corpus

    failures: list[tuple[str, str]] = []
    return extract_corpus(part, aliases=aliases, failures=failures), failures


def extract_corpus_parallel(
    documents: pd.DataFrame,
    *,
    aliases: Any = None,
    workers: int = 2,
    scheduler: str | None = None,
    partition_size: int = DOCUMENTS_PER_PARTITION,
    failures: list[tuple[str, str]] | None = None,
) -> pd.DataFrame:
    """Same result as :func:`checker.pipeline.extract_corpus`, computed by Dask.

    ``scheduler`` is None (local processes, ``workers`` of them) or the address
    of a ``dask.distributed`` scheduler ("tcp://host:8786"). A document whose
    text makes a stage fail is reported in ``failures`` as on one machine (when
    ``failures`` is None, the first such error is raised).
    """
    try:
        import dask
    except ImportError as exc:
        raise InputError("--workers needs Dask: pip install 'numcheck[dask]'") from exc
    from checker.pipeline import extract_corpus

    tasks = [dask.delayed(_extract_partition)(part, aliases) for part in partitions(documents, partition_size)]
    if scheduler:
        from dask.distributed import Client

        with Client(scheduler) as client:
            results = client.compute(tasks, sync=True)
    else:
        with dask.config.set({"multiprocessing.context": _process_context()}):
            results = dask.compute(*tasks, scheduler="processes", num_workers=workers)
    failed = [failure for _, part_failures in results for failure in part_failures]
    if failed:
        if failures is None:
            doc_id, reason = failed[0]
            raise RuntimeError(f"{doc_id}: {reason}")
        failures.extend(failed)
    frames = [frame for frame, _ in results if len(frame)]
    if not frames:
        return extract_corpus(documents.iloc[0:0], aliases=aliases)
    return pd.concat(frames, ignore_index=True)


def _process_context() -> str:
    """How local worker processes start: forked where the platform allows it.

    A spawned worker imports pandas, numcheck and its vocabularies again (a few
    seconds each, which ate most of the gain on a 10 MB corpus); a forked one
    starts with the parent's modules and compiled patterns already loaded.
    macOS and Windows keep spawn, the safe default there.
    """
    import multiprocessing
    import sys

    return "fork" if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods() \
        else "spawn"
