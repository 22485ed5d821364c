"""Precision of the findings, on findings someone checked by hand.

``fixtures/judged/findings.tsv`` holds one row per finding a person judged by
reading its claims' sentences in the articles: the corpus, the finding's key
(its documents and surfaces, see :func:`finding_key`), the rule and severity it
had, the verdict (``right``: a real discrepancy a fact-checker would want to see;
``wrong``: the figures are about different things, times or scopes, or one was
misread; ``unclear``), a note saying why, and the message as it read then.

The script runs the whole pipeline (``checker.pipeline.run``, default rules, no
configuration) on each corpus of the file, matches today's findings to the
judgements by key, and prints per corpus and severity: findings, judged, right,
wrong, unclear and precision = right / (right + wrong). Findings judged once but
no longer given are counted as ``gone`` (a fix, or a lost catch: ``--show gone``
lists them); findings nobody judged are counted as ``new`` (``--draft FILE``
writes them as rows to judge, verdict blank).

The key leaves out the topic id and the rule: a code change that renames a
figure (a place added to its id) or moves a pair to another rule keeps the
judgement, which is about the two claims, not about how they were grouped.

Run: ``python bench/precision.py [--data ../shared/data] [--corpus basil,quake,allsides]
[--judged FILE] [--draft FILE] [--show new|gone|wrong]``.
The AllSides run reads 58 MB and takes a few minutes.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "fixtures" / "judged" / "findings.tsv"
COLUMNS = ("corpus", "key", "rule_id", "severity", "verdict", "note", "message")
VERDICTS = ("right", "wrong", "unclear")
SEVERITIES = ("error", "warning", "info")


def corpus_paths(data: Path) -> dict[str, Path]:
    """The corpora a judgement may name, by name."""
    return {"seeds": ROOT / "fixtures" / "seeds", "basil": data / "basil", "quake": data / "quake-rss",
            "allsides": data / "allsides" / "articles.jsonl.gz"}


def _doc_part(doc_id: str) -> str:
    """A document id without the corpus path before it: "articles.jsonl.gz#abc" -> "abc"."""
    doc_id = doc_id.strip()
    return doc_id.rsplit("#", 1)[1] if "#" in doc_id else Path(doc_id).name


def finding_key(doc_ids: str, surfaces: str) -> str:
    """The documents (without their path) and surfaces of a finding's claims, in claim order."""
    docs = [_doc_part(d) for d in str(doc_ids).split(";")]
    return "|".join(docs) + " :: " + str(surfaces)


def load_judged(path: Path) -> pd.DataFrame:
    """The judged findings (tab-separated, no quoting); a bad verdict is an error naming the line."""
    if not path.exists():
        return pd.DataFrame(columns=list(COLUMNS))
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for line, row in enumerate(rows, start=2):
        if row.get("verdict") not in VERDICTS:
            raise SystemExit(f"{path}:{line}: verdict must be one of {', '.join(VERDICTS)}, "
                             f"not {row.get('verdict')!r}")
    return pd.DataFrame(rows, columns=list(COLUMNS))


def run_corpus(path: Path) -> pd.DataFrame:
    """Today's findings on one corpus, with their keys."""
    from checker.pipeline import run

    findings = run([path]).findings
    findings = findings.assign(key=[finding_key(d, s) for d, s in zip(findings["doc_ids"], findings["surfaces"])])
    return findings


def score(findings: pd.DataFrame, judged: pd.DataFrame, corpus: str) -> list[dict[str, object]]:
    """Per severity: findings, judged, right, wrong, unclear, precision, new; and the corpus's gone."""
    mine = judged[judged["corpus"] == corpus].drop_duplicates("key", keep="last").set_index("key")
    verdicts = findings["key"].map(mine["verdict"]) if len(mine) else pd.Series(pd.NA, index=findings.index)
    rows = []
    for severity in SEVERITIES:
        of = verdicts[findings["severity"] == severity]
        right, wrong = int((of == "right").sum()), int((of == "wrong").sum())
        rows.append({"corpus": corpus, "severity": severity, "findings": len(of), "judged": int(of.notna().sum()),
                     "right": right, "wrong": wrong, "unclear": int((of == "unclear").sum()),
                     "precision": f"{100 * right / (right + wrong):.0f}%" if right + wrong else "-",
                     "new": int(of.isna().sum())})
    gone = len(set(mine.index) - set(findings["key"]))
    rows.append({"corpus": corpus, "severity": "(gone)", "findings": gone, "judged": gone, "right": "",
                 "wrong": "", "unclear": "", "precision": "", "new": ""})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--judged", type=Path, default=JUDGED)
    parser.add_argument("--corpus", default="", help="comma-separated corpora (default: those judged)")
    parser.add_argument("--draft", type=Path, help="write today's unjudged findings here, to judge")
    parser.add_argument("--show", choices=["new", "gone", "wrong"], help="list these findings")
    args = parser.parse_args(argv)

    judged = load_judged(args.judged)
    paths = corpus_paths(args.data)
    names = [c for c in args.corpus.split(",") if c] or sorted(set(judged["corpus"])) or ["basil", "quake"]
    unknown = [n for n in names if n not in paths]
    if unknown:
        parser.error(f"unknown corpus {', '.join(unknown)} (known: {', '.join(paths)})")
    table, drafts = [], []
    for name in names:
        findings = run_corpus(paths[name])
        table += score(findings, judged, name)
        known = set(judged.loc[judged["corpus"] == name, "key"])
        new = findings[~findings["key"].isin(known)]
        drafts += [{"corpus": name, "key": r.key, "rule_id": r.rule_id, "severity": r.severity, "verdict": "",
                    "note": "", "message": r.message} for r in new.itertuples()]
        if args.show == "new":
            for r in new.itertuples():
                print(f"new  {name} {r.severity} {r.rule_id} | {r.message}")
        elif args.show == "gone":
            for r in judged[(judged["corpus"] == name) & ~judged["key"].isin(set(findings["key"]))].itertuples():
                print(f"gone {name} {r.verdict} {r.rule_id} | {r.message}")
        elif args.show == "wrong":
            wrong = set(judged.loc[(judged["corpus"] == name) & (judged["verdict"] == "wrong"), "key"])
            for r in findings[findings["key"].isin(wrong)].itertuples():
                print(f"wrong {name} {r.severity} {r.rule_id} | {r.message}")
    print(pd.DataFrame(table).to_string(index=False))
    if args.draft:
        with open(args.draft, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(COLUMNS), delimiter="\t", quoting=csv.QUOTE_NONE,
                                    escapechar="\\", lineterminator="\n")
            writer.writeheader()
            for row in drafts:
                writer.writerow({k: str(v).replace("\t", " ").replace("\n", " ") for k, v in row.items()})
        print(f"{len(drafts)} unjudged findings written to {args.draft}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
