"""Per-column accuracy of the attribution, dating and modality stages on the labelled sample.

The sample (``fixtures/labelled/attribution.tsv``) labels figures in real news
text the rules were not written from: RSS items of the 2023 Turkey-Syria
earthquake and BASIL articles (``../shared/data``). Each label names its
document, an anchor (a few words at or before the figure) and the figure's
surface; the figure's span is taken from the label, so this measures the
attribution stages only. ``--extractor`` instead takes the span of the
extractor's claim at that place (when ``checker.extract`` exists).

``--draw N --seed S`` prints N figures for a new sample, drawn at random from the
extractor's claims over documents no labelled sample uses (AllSides, BASIL and
quake-rss, 3:1:1), each with its anchor, surface and context, so they can be
labelled by reading before any stage runs on them (the stages are not run).

``--throughput`` also times the three stages on every BASIL article and on the
first ``--allsides N`` (default 300) AllSides articles, with the extractor's
claims as input, and prints MB/s of text through the stages. As in the
pipeline, the document's sentences are split (memoised by ``checker.text``)
before the stages run, so the split is not charged to them.

Run: ``python bench/attribution.py [--data ../shared/data] [--labels FILE] [--show-errors] [--extractor]
[--throughput [--allsides N]]
[--draw N --seed S]``
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import gzip
import json
import random
import sys
import time
from functools import lru_cache
from pathlib import Path

import pandas as pd

from checker.aliases import Aliases, alias_key, load_aliases
from checker.attribute import attribute_speakers
from checker.dates import date_claims
from checker.modality import classify_modality
from checker.text import sentence_spans

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "fixtures" / "labelled" / "attribution.tsv"
COLUMNS = ("speaker", "speaker_type", "claim_date", "date_precision", "modality")


def load_labels(path: Path = LABELS) -> list[dict[str, str]]:
    """The labelled rows (tab-separated, no quoting)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_documents(data: Path, allsides_ids: set[str] | frozenset[str] = frozenset()) -> dict[tuple[str, str], tuple[str, str]]:
    """``(corpus, doc key) -> (text, published)`` for the corpora the labels use.

    Quake-rss items are keyed by link, BASIL articles by "source|title", AllSides
    articles (only those in ``allsides_ids``; the file is large) by their ID.
    """
    documents: dict[tuple[str, str], tuple[str, str]] = {}
    if allsides_ids:
        with gzip.open(data / "allsides" / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if row["ID"] in allsides_ids:
                    text = (row["title"] or "") + "\n\n" + (row["content_original"] or "")
                    documents[("allsides", row["ID"])] = (text, row["date"] or "")
    with open(data / "quake-rss" / "entries.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            published = row["date_published"].replace(" ", "T")
            documents.setdefault(("quake", row["link"]), (row["title"] + "\n" + row["description"], published))
    with open(data / "basil" / "basil_articles.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            key = ("basil", row["source"].lower() + "|" + row["title"])
            documents.setdefault(key, (row["title"] + "\n\n" + row["body"], row["date"]))
    return documents


def label_claim(text: str, anchor: str, surface: str) -> dict[str, object]:
    """A one-row claim for the labelled figure: offsets and sentence from the text."""
    start = text.index(surface, text.index(anchor))
    spans = sentence_spans(text)
    s_start, s_end = spans[bisect.bisect_right([s for s, _ in spans], start) - 1]
    return {"start": start, "end": start + len(surface), "surface": surface, "sentence_start": s_start,
            "sentence_end": s_end, "sentence": text[s_start:s_end], "hedge": ""}


def extractor_claim(text: str, anchor: str, surface: str) -> dict[str, object] | None:
    """The extractor's claim overlapping the labelled figure, or None if it found none there."""
    from checker.extract import extract_quantities  # optional: another engineer's stage

    start = text.index(surface, text.index(anchor))
    claims = extract_quantities(text)
    hit = claims[(claims["start"] < start + len(surface)) & (claims["end"] > start)]
    return hit.iloc[0].to_dict() if len(hit) else None


def same(column: str, expected: str, got: str, label: dict[str, str], predicted_type: str = "") -> bool:
    """Whether a predicted value matches the label (alternatives separated by '|')."""
    if column == "speaker":
        if label["speaker_type"] == "anonymous" or (
                "anonymous" in label["speaker_type"].split("|") and predicted_type == "anonymous"):
            return True  # anonymous sources are judged by speaker_type alone
        return _speaker_key(got) in {_speaker_key(e) for e in expected.split("|")} if expected else got == ""
    if column == "speaker_type":
        return got in expected.split("|") if expected else got == ""
    if column == "claim_date":
        return _same_period(expected, got, label["date_precision"])
    return got == expected


@lru_cache(maxsize=1)
def _aliases() -> Aliases:
    return load_aliases()


def _speaker_key(name: str) -> str:
    """A speaker compared by its canonical name: "North Korea" and "North Korean government" are one."""
    return alias_key(_aliases().canonical(name) or name) if name else ""


def _same_period(expected: str, got: str, precision: str) -> bool:
    """Dates compared at the label's precision: same day, ISO week, month or year."""
    if not got:
        return False
    want, have = dt.date.fromisoformat(expected[:10]), dt.date.fromisoformat(got[:10])
    if precision == "week":
        return want.isocalendar()[:2] == have.isocalendar()[:2]
    if precision == "month":
        return (want.year, want.month) == (have.year, have.month)
    if precision == "year":
        return want.year == have.year
    return want == have


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--show-errors", action="store_true", help="print every wrong value")
    parser.add_argument("--extractor", action="store_true", help="take figure spans from checker.extract")
    parser.add_argument("--throughput", action="store_true", help="time the stages on all BASIL articles")
    parser.add_argument("--allsides", type=int, default=300, help="AllSides articles --throughput also times")
    parser.add_argument("--draw", type=int, default=0, help="print this many unlabelled figures for a new sample")
    parser.add_argument("--seed", type=int, default=0, help="random seed of --draw")
    args = parser.parse_args(argv)
    if args.draw:
        draw(args.data, args.draw, args.seed)
        return 0
    labels = load_labels(args.labels)
    documents = load_documents(args.data, {label["doc"] for label in labels if label["corpus"] == "allsides"})
    correct = {c: 0 for c in COLUMNS}
    missed = 0
    elapsed = 0.0
    for label in labels:
        text, published = documents[(label["corpus"], label["doc"])]
        row = (extractor_claim if args.extractor else label_claim)(text, label["anchor"], label["surface"])
        if row is None:
            missed += 1
            continue
        began = time.perf_counter()
        claims = pd.DataFrame([row])
        claims = attribute_speakers(claims, text)
        claims = date_claims(claims, text, published)
        claims = classify_modality(claims, text)
        elapsed += time.perf_counter() - began
        got = claims.iloc[0]
        for column in COLUMNS:
            if same(column, label[column], str(got[column]), label, str(got["speaker_type"])):
                correct[column] += 1
            elif args.show_errors:
                print(f"{label['id']} {column}: expected {label[column]!r}, got {got[column]!r}"
                      f"  [{label['surface']}] {str(got['sentence'])[:140]!r}")
    total = len(labels)
    counts = ", ".join(f"{sum(1 for label in labels if label['corpus'] == corpus)} {corpus}"
                       for corpus in ("quake", "basil", "allsides") if any(l["corpus"] == corpus for l in labels))
    print(f"labelled figures: {total} ({counts})" + (f"; extractor missed {missed}" if missed else ""))
    for column in COLUMNS:
        print(f"{column:15s} {correct[column]:3d}/{total}  {correct[column] / total:6.1%}")
    print(f"time in the three stages: {elapsed * 1000:.0f} ms ({elapsed / total * 1000:.2f} ms per one-claim document)")
    if args.throughput:
        throughput(args.data, args.allsides)
    return 0


def used_documents() -> set[tuple[str, str]]:
    """``(corpus, doc)`` of every document a labelled sample already uses."""
    return {(label["corpus"], label["doc"]) for path in sorted(LABELS.parent.glob("*.tsv"))
            for label in load_labels(path)}


def _allsides_dated(data: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """Every dated AllSides article, keyed as :func:`load_documents` keys them."""
    documents: dict[tuple[str, str], tuple[str, str]] = {}
    with gzip.open(data / "allsides" / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["date"] and row["content_original"]:
                documents[("allsides", row["ID"])] = ((row["title"] or "") + "\n\n" + row["content_original"],
                                                      row["date"])
    return documents


def _anchor(text: str, start: int, surface: str) -> str | None:
    """The shortest run of words before ``start`` (on its line) that :func:`label_claim` finds it by."""
    line_start = text.rfind("\n", 0, start) + 1
    for size in (12, 20, 30, 45, 60):
        anchor = text[max(line_start, start - size):start].lstrip()
        anchor = anchor if anchor else surface
        if "\t" not in anchor and text.index(surface, text.index(anchor)) == start:
            return anchor
    return None


def draw(data: Path, count: int, seed: int) -> None:
    """Print ``count`` figures for a new labelled sample (TSV skeleton rows, each after its context).

    Documents are drawn without replacement from those no sample uses, AllSides,
    BASIL and quake-rss in turn 3:1:1; one claim of each, at random.
    """
    from checker.extract import extract_quantities

    used = used_documents()
    documents = {key: value for key, value in load_documents(data).items() if key not in used}
    documents.update((key, value) for key, value in _allsides_dated(data).items() if key not in used)
    rng = random.Random(seed)
    pools = {corpus: sorted(key for key in documents if key[0] == corpus) for corpus in ("allsides", "basil", "quake")}
    for pool in pools.values():
        rng.shuffle(pool)
    order = ["allsides", "allsides", "allsides", "basil", "quake"]
    drawn = 0
    turn = 0
    while drawn < count and any(pools.values()):
        corpus = order[turn % len(order)]
        turn += 1
        if not pools[corpus]:
            continue
        key = pools[corpus].pop()
        text, published = documents[key]
        claims = extract_quantities(text)
        if not len(claims):
            continue
        claim = claims.iloc[rng.randrange(len(claims))]
        start, surface = int(claim["start"]), str(claim["surface"])
        anchor = _anchor(text, start, surface)
        if anchor is None:
            continue
        drawn += 1
        s_start = int(claim["sentence_start"])
        context = text[max(0, s_start - 400):s_start] + "[[" + text[s_start:start] + ">>" + surface + "<<" + \
            text[int(claim["end"]):int(claim["sentence_end"])] + "]]"
        print(f"# {drawn} published {published}; title: {text.splitlines()[0][:120]}")
        print("# " + " ".join(context.split()))
        print("\t".join((corpus, key[1], anchor, surface)))
        print()


def throughput(data: Path, allsides: int = 300) -> None:
    """Print MB/s of the three stages over the BASIL articles and ``allsides`` AllSides articles."""
    from checker.extract import extract_quantities

    basil = [text for (corpus, _), (text, _) in load_documents(data).items() if corpus == "basil"]
    corpora = {"BASIL": [(text, "") for text in basil]}
    if allsides:
        articles = []
        with gzip.open(data / "allsides" / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if row["content_original"] and row["date"]:
                    articles.append(((row["title"] or "") + "\n\n" + row["content_original"], row["date"]))
                if len(articles) >= allsides:
                    break
        corpora["AllSides"] = articles
    published = {text: day for (corpus, _), (text, day) in load_documents(data).items() if corpus == "basil"}
    for name, documents in corpora.items():
        inputs = [(text, published.get(text) or day, extract_quantities(text)) for text, day in documents]
        _time_stages(name, inputs)


def _time_stages(name: str, inputs: list[tuple[str, str, pd.DataFrame]]) -> None:
    """Print the MB/s of each stage over ``inputs`` (best of three rounds of CPU time)."""
    size = sum(len(text.encode("utf-8")) for text, _, _ in inputs)
    claims_total = sum(len(claims) for _, _, claims in inputs)
    # Best of three rounds of CPU time: other work on the machine does not count.
    timings = {"attribute_speakers": float("inf"), "date_claims": float("inf"), "classify_modality": float("inf")}
    for _ in range(3):
        spent = dict.fromkeys(timings, 0.0)
        for text, published, claims in inputs:
            sentence_spans(text)  # split by the extractor just before, in the pipeline
            began = time.process_time()
            claims = attribute_speakers(claims, text)
            middle = time.process_time()
            claims = date_claims(claims, text, published)
            late = time.process_time()
            classify_modality(claims, text)
            spent["attribute_speakers"] += middle - began
            spent["date_claims"] += late - middle
            spent["classify_modality"] += time.process_time() - late
        timings = {stage: min(timings[stage], spent[stage]) for stage in timings}
    print(f"throughput on {len(inputs)} {name} articles ({size / 1e6:.2f} MB, {claims_total} extracted claims; "
          "CPU time, best of 3):")
    for stage, seconds in timings.items():
        print(f"  {stage:20s} {size / seconds / 1e6:6.2f} MB/s")
    total = sum(timings.values())
    print(f"  {'all three':20s} {size / total / 1e6:6.2f} MB/s")


if __name__ == "__main__":
    sys.exit(main())
