"""Recall of the rules, by planting contradictions in real corpora.

Usage::

    python bench/recall.py                      # BASIL and quake RSS, every perturbation
    python bench/recall.py --corpus basil --show 10
    python bench/recall.py --check              # exit 1 when a recall is below its bound

Precision can be judged by reading what numcheck flags; recall needs
contradictions whose place is known. This bench makes them: it finds figures
that two outlets restate alike (one topic, both asserted, the same value,
dated within a day of each other: "50 people were killed" in the Times and in
the Post), rewrites the figure in one of the two articles, runs the
default pack on the whole corpus again and asks whether a finding now names
the rewritten claim. Each restated figure is planted three ways, one per
class of contradiction the issue names:

- ``slip``: the value times ten, as a slipped zero ("5,200" → "52,000"): the
  ``magnitude`` rule's case, an error whatever the window;
- ``disagree``: the value 30% higher ("50" → "65"), two outlets giving
  incompatible values for one figure on one day (``agree``, ``sources-disagree``),
  planted only in figures that are no running total (a death toll really rises
  30% between two reports of one day);
- ``fall``: for a running total (deaths, injured, arrested...), the later of
  the two lowered by 40%: a cumulative figure going down (``monotonic``); not
  in a lower bound ("more than 21,000" after 35,000 is still true).

A plant is found when a finding that was not there before names the rewritten
claim; a new finding elsewhere is counted as a side effect. Misses are printed
with the figure and the article's sentence, to read why. Only the rewritten
article is extracted again; topics and rules run on the whole corpus, as in a
real run, so that story context counts.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CORPORA = {"basil": DATA / "basil" / "basil_articles.jsonl", "quake": DATA / "quake-rss" / "entries.jsonl"}

#: The figure's digits inside its surface: "5,200", "1.375" in "$1.375 billion".
DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")

#: Perturbations: name -> (factor, which topics (None: any, True: running totals only, False:
#: others only), the later claim of the pair). A running total really differs by 30% between
#: two reports of one day (a death toll rises by the hour), so "disagree" plants only in
#: figures that do not run.
PLANTS = {"slip": (10.0, None, False), "disagree": (1.3, False, False), "fall": (0.6, True, True)}

#: CI bounds (found / planted), a margin under what the default pack reaches (21 Nov 2026,
#: evening: quake slip 23/25, fall 18/23, disagree 3/5; BASIL slip 7/10, disagree 3/6, fall 1/2). Precision work
#: on the rules tends to cost recall without anyone noticing: these make it noticed.
BOUNDS: dict[str, float] = {"quake:slip": 0.8, "quake:fall": 0.65, "basil:slip": 0.5, "basil:disagree": 0.3}


@dataclass
class Plant:
    kind: str
    doc_id: str
    start: int
    end: int
    surface: str
    new_surface: str
    new_value: float
    topic: str
    sentence: str


def rewrite_number(surface: str, factor: float) -> tuple[str, float] | None:
    """``surface`` with its number times ``factor``, written the same way ("5,200" → "52,000"),
    and the factor actually applied once rounded to the written decimals."""
    match = DIGITS.search(surface)
    if match is None:
        return None
    digits = match.group()
    value = float(digits.replace(",", ""))
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    new = round(value * factor, decimals)
    if new == value or new <= 0:
        return None
    text = f"{new:,.{decimals}f}" if "," in digits else f"{new:.{decimals}f}"
    return surface[: match.start()] + text + surface[match.end():], new / value


def _within_rounding(value: float, new: float) -> bool:
    """True when ``new`` is what ``value`` may stand for, written rounded ("100 pages" for 130):
    no contradiction to plant (the rules give a round figure its rounding as slack)."""
    import pandas as pd

    from checker.rules import rounding_slack

    slack = float(rounding_slack(pd.Series([value])).iloc[0])
    return abs(new - value) <= slack


def restated_pairs(claims, cumulative: set[str]) -> list[tuple[dict, dict]]:
    """Pairs of claims, two outlets, one topic, both asserted, same value, within a day."""
    import pandas as pd

    usable = claims[(claims["topic"].fillna("") != "") & (claims["modality"] == "asserted")
                    & claims["qualifier"].isin(["exact", "approx", "at_least"])
                    & (pd.to_numeric(claims["value"], errors="coerce") >= 10)
                    & claims["surface"].str.contains(DIGITS)].copy()  # written in digits, not spelled
    usable["day"] = pd.to_datetime(usable["claim_date"].str.slice(0, 10), errors="coerce")
    pairs = []
    for _, group in usable.groupby("topic", sort=True):
        rows = group.sort_values(["day", "doc_id", "start"]).to_dict("records")
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                if a["outlet"] == b["outlet"] or a["doc_id"] == b["doc_id"] or a["value"] != b["value"]:
                    continue
                if pd.isna(a["day"]) or pd.isna(b["day"]) or abs((b["day"] - a["day"]).days) > 1:
                    continue
                pairs.append((a, b))
    return pairs


def plants_for(pairs: list[tuple[dict, dict]], cumulative: set[str], limit: int, seed: int,
               kinds: list[str] | None = None) -> list[Plant]:
    """Up to ``limit`` plants of each kind, one per restated figure, in a seeded order."""
    rng = random.Random(seed)
    order = list(pairs)
    rng.shuffle(order)
    plants: list[Plant] = []
    for kind, (factor, running, later) in PLANTS.items():
        if kinds and kind not in kinds:
            continue
        seen: set[tuple[str, float]] = set()
        made = 0
        for a, b in order:
            if made >= limit:
                break
            if running is not None and (a["topic"] in cumulative) is not running:
                continue
            key = (a["topic"], a["value"])
            if key in seen:
                continue
            target = b if later else a
            if factor < 1 and target["qualifier"] == "at_least":
                continue  # "more than 21,000" after 35,000 is still true: no contradiction planted
            rewritten = rewrite_number(target["surface"], factor)
            if rewritten is None:
                continue
            new_surface, applied = rewritten
            new_value = float(target["value"]) * applied
            if _within_rounding(float(target["value"]), new_value):
                continue
            seen.add(key)
            made += 1
            plants.append(Plant(kind, target["doc_id"], int(target["start"]), int(target["end"]), target["surface"],
                                new_surface, new_value, a["topic"], target["sentence"]))
    return plants


def run_plant(plant: Plant, documents, claims, ruleset, baseline: set[str]) -> tuple[bool, int, str]:
    """(found, new findings elsewhere, the rewritten claim's new topic) for one plant."""
    import pandas as pd

    from checker.pipeline import extract
    from checker.rules import check as check_rules
    from checker.topics import assign_topics

    doc = documents[documents["doc_id"] == plant.doc_id].iloc[0]
    text = doc["text"]
    new_text = text[: plant.start] + plant.new_surface + text[plant.end:]
    fresh = extract(new_text, published=doc["published"] or None, outlet=doc["outlet"], doc_id=plant.doc_id,
                    file=doc["file"], line_base=int(doc["line_base"]), is_row=bool(doc["is_row"]))
    others = claims[claims["doc_id"] != plant.doc_id]
    base_columns = [c for c in fresh.columns if c in others.columns]
    combined = pd.concat([others[base_columns], fresh[base_columns]], ignore_index=True)
    combined = combined.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)
    topical = assign_topics(combined, ruleset)
    findings = check_rules(topical, ruleset)
    planted = topical[(topical["doc_id"] == plant.doc_id) & (topical["start"] == plant.start)]
    planted_ids = set(planted["claim_id"])
    new_topic = str(planted["topic"].iloc[0]) if len(planted) else "(not extracted)"
    found, elsewhere = False, 0
    for row in findings.itertuples():
        if row.fingerprint in baseline:
            continue
        if planted_ids & set(str(row.claim_ids).split(";")):
            found = True
        else:
            elsewhere += 1
    return found, elsewhere, new_topic


def measure(corpus: str, limit: int, seed: int, show: int, kinds: list[str] | None = None) -> dict[str, tuple[int, int]]:
    """Plant, rerun, and print recall per kind for one corpus; returns {kind: (found, planted)}."""
    import checker
    from checker.pipeline import cumulative_topics, load_ruleset
    from checker.rules import check as check_rules
    from checker.topics import assign_topics

    documents = checker.load_corpus([CORPORA[corpus]])
    documents = documents[documents["status"] == "ok"].reset_index(drop=True)
    ruleset = load_ruleset(None)
    claims = checker.extract_corpus(documents)
    topical = assign_topics(claims, ruleset)
    baseline = set(check_rules(topical, ruleset)["fingerprint"])
    cumulative = cumulative_topics(topical, ruleset)
    pairs = restated_pairs(topical, cumulative)
    plants = plants_for(pairs, cumulative, limit, seed, kinds)
    results: dict[str, tuple[int, int]] = {}
    misses: list[str] = []
    side = 0
    for plant in plants:
        found, elsewhere, new_topic = run_plant(plant, documents, claims, ruleset, baseline)
        side += elsewhere
        hit, total = results.get(plant.kind, (0, 0))
        results[plant.kind] = (hit + found, total + 1)
        if not found:
            misses.append(f"  {plant.kind:<8} {plant.surface!r} -> {plant.new_surface!r} [{plant.topic} -> {new_topic}]"
                          f" {plant.sentence[:150]!r}")
    print(f"\n{corpus}: {len(documents)} documents, {len(claims)} claims, {len(pairs)} restated pairs "
          f"(two outlets, one topic and value, within a day)")
    print(f"{'plant':<10} {'found':>6} {'planted':>8} {'recall':>7}")
    for kind in [k for k in PLANTS if not kinds or k in kinds]:
        hit, total = results.get(kind, (0, 0))
        print(f"{kind:<10} {hit:>6} {total:>8} {hit / total if total else float('nan'):>7.0%}")
    print(f"new findings not naming the plant: {side}")
    if misses and show:
        print("misses:")
        print("\n".join(misses[:show]))
    return results


def main(argv: list[str] | None = None) -> int:
    """Print recall per corpus and kind of plant; --check enforces BOUNDS."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), action="append", help="corpus (repeatable; default both)")
    parser.add_argument("--limit", type=int, default=25, help="plants per kind and corpus")
    parser.add_argument("--seed", type=int, default=1, help="order in which restated figures are planted")
    parser.add_argument("--show", type=int, default=15, help="misses to print per corpus")
    parser.add_argument("--plant", choices=sorted(PLANTS), action="append", help="kind of plant (repeatable; default all)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a recall is below its bound")
    args = parser.parse_args(argv)
    failed = []
    for corpus in args.corpus or sorted(CORPORA):
        for kind, (hit, total) in measure(corpus, args.limit, args.seed, args.show, args.plant).items():
            bound = BOUNDS.get(f"{corpus}:{kind}")
            if bound is not None and total and hit / total < bound:
                failed.append(f"{corpus} {kind}: {hit}/{total} < {bound:.0%}")
    if args.check and failed:
        print("FAILED: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
