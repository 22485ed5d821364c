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


def extract_corpus_parallel(
    documents: pd.DataFrame,
    *,
    aliases: Any = None,
    workers: int = 2,
    scheduler: str | None = None,
    partition_size: int = DOCUMENTS_PER_PARTITION,
) -> pd.DataFrame:
    """Same result as :func:`checker.pipeline.extract_corpus`, computed by Dask.

    ``scheduler`` is None (local processes, ``workers`` of them) or the address
    of a ``dask.distributed`` scheduler ("tcp://host:8786").
    """
    try:
        import dask
    except ImportError as exc:
        raise InputError("--workers needs Dask: pip install 'numcheck[dask]'") from exc
    from checker.pipeline import extract_corpus

    tasks = [dask.delayed(extract_corpus)(part, aliases=aliases) for part in partitions(documents, partition_size)]
    if scheduler:
        from dask.distributed import Client

        with Client(scheduler) as client:
            frames = client.compute(tasks, sync=True)
    else:
        frames = dask.compute(*tasks, scheduler="processes", num_workers=workers)
    frames = [frame for frame in frames if len(frame)]
    if not frames:
        return extract_corpus(documents.iloc[0:0], aliases=aliases)
    return pd.concat(frames, ignore_index=True)
