"""Scale benchmark: the whole pipeline on the AllSides corpus (58 MB of articles).

Prints, for a slice of the corpus (``--mb``, default 5 MB of text), the time and
throughput of each stage (load, extract, topics + rules, timeline, reports),
the claims per MB, and the peak memory; with ``--workers N`` also the Dask
extraction beside the sequential one and their ratio.

    python bench/scale.py --mb 5 --workers 2
    python bench/scale.py --mb 58            # the whole corpus

``--check`` exits 1 when Dask with 2 workers is not at least 1.3x faster than
one process (a ratio, never an absolute time), on 20 MB or more: each worker
process pays ~4 s of one-time warm-up (imports, quantulum3 and dateparser
tables), so smaller slices cannot tell (10 MB on 2 idle cores: x1.23).
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"


def write_slice(megabytes: float, directory: Path) -> Path:
    """The first ``megabytes`` of article text from AllSides as a JSONL file."""
    target = directory / "allsides-slice.jsonl"
    budget = megabytes * 1_000_000
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as source, target.open("w", encoding="utf-8") as sink:
        for line in source:
            record = json.loads(line)
            budget -= len(record.get("content_original") or "")
            sink.write(line)
            if budget <= 0:
                break
    return target


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of article text to process")
    parser.add_argument("--workers", type=int, default=0, help="also run Dask extraction with this many processes")
    parser.add_argument("--check", action="store_true", help="exit 1 if Dask(2) is not >= 1.3x one process")
    args = parser.parse_args(argv)
    if not ALLSIDES.exists():
        print(f"bench/scale.py: {ALLSIDES} not found; skipped")
        return 0
    if args.check and not args.workers:
        args.workers = 2

    from checker.corpus import load_corpus
    from checker.pipeline import extract_corpus, load_ruleset, topic_labels
    from checker.report import write_reports
    from checker.rules import check
    from checker.timeline import build_timeline
    from checker.topics import assign_topics

    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_slice(args.mb, Path(tmp))
        timings: list[tuple[str, float]] = []

        start = time.perf_counter()
        documents = load_corpus([corpus])
        timings.append(("load", time.perf_counter() - start))
        megabytes = documents["n_chars"].sum() / 1e6

        start = time.perf_counter()
        claims = extract_corpus(documents)
        sequential = time.perf_counter() - start
        timings.append(("extract (1 process)", sequential))

        ruleset = load_ruleset(None)
        start = time.perf_counter()
        claims = assign_topics(claims, ruleset)
        findings = check(claims, ruleset)
        timings.append(("topics + rules", time.perf_counter() - start))

        start = time.perf_counter()
        timeline = build_timeline(claims, topic_labels(claims, ruleset))
        timings.append(("timeline", time.perf_counter() - start))

        start = time.perf_counter()
        write_reports(Path(tmp) / "report", documents=documents, claims=claims, findings=findings, timeline=timeline)
        timings.append(("reports", time.perf_counter() - start))

        parallel = None
        if args.workers:
            from checker.scale import extract_corpus_parallel

            start = time.perf_counter()
            extract_corpus_parallel(documents, workers=args.workers)
            parallel = time.perf_counter() - start
            timings.append((f"extract (Dask, {args.workers} processes)", parallel))

    print(f"corpus: {len(documents):,} documents, {megabytes:.2f} MB of text, {len(claims):,} claims "
          f"({len(claims) / max(megabytes, 1e-9):,.0f} per MB), {len(findings):,} findings")
    print(f"{'stage':<32}{'seconds':>10}{'MB/s':>10}")
    for name, seconds in timings:
        print(f"{name:<32}{seconds:>10.2f}{megabytes / max(seconds, 1e-9):>10.2f}")
    print(f"peak memory: {peak_rss_mb():,.0f} MB")
    if parallel is not None:
        ratio = sequential / parallel
        print(f"Dask speed-up with {args.workers} processes: x{ratio:.2f}")
        if args.check and megabytes >= 20 and ratio < 1.3:
            print("FAIL: Dask extraction is not at least 1.3x faster than one process", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
