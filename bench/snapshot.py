"""Does a change alter what numcheck extracts? A snapshot of every claim column, and a diff.

Usage::

    python bench/snapshot.py --out /tmp/before.tsv        # before the change
    python bench/snapshot.py --compare /tmp/before.tsv    # after it: prints differing claims, exit 1 if any
    python bench/snapshot.py --compare /tmp/before.tsv --columns speaker,speaker_type
                                                          # only these columns (others may change meanwhile)

Speed work promises "same output"; this is how it is checked. The texts are
the throughput bench's (the first ~300 KB of AllSides articles and every quake
RSS item) plus NewsQuant's 590 sentences, so that a speed-up is verified on
the text it is measured on and on the accuracy benchmark. Each text goes
through ``checker.extract`` with a fixed publication date; every column of
every claim is written, one claim per line, in a stable order. ``--columns``
compares only some columns (with the claim's place and surface): several
people change different stages of one tree at once.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from throughput import DATA, PUBLISHED, allsides_texts, quake_texts  # noqa: E402


def corpora(limit_bytes: int) -> dict[str, list[str]]:
    """The texts snapshotted, by corpus name."""
    with open(DATA / "newsquant" / "NewsQuant.json", encoding="utf-8") as handle:
        newsquant = [item["text"] for item in json.load(handle)]
    return {"allsides": allsides_texts(limit_bytes), "quake-rss": quake_texts(), "newsquant": newsquant}


def snapshot_lines(limit_bytes: int = 300_000) -> list[str]:
    """One tab-separated line per claim: corpus, text index, then every claim column."""
    import pandas as pd

    from checker.pipeline import extract

    lines: list[str] = []
    header: list[str] | None = None
    for name, texts in corpora(limit_bytes).items():
        for index, text in enumerate(texts):
            claims = extract(text, published=PUBLISHED, doc_id=f"{name}-{index}")
            if header is None and len(claims.columns):
                header = list(claims.columns)
                lines.append("\t".join(["corpus", "text"] + header))
            for row in claims.itertuples(index=False):
                cells = ["" if (not isinstance(v, str) and pd.isna(v)) else str(v) for v in row]
                lines.append("\t".join([name, str(index)] + [c.replace("\t", " ").replace("\n", " ")
                                                               for c in cells]))
    return lines


#: What names a claim whatever columns are compared.
KEY_COLUMNS = ("corpus", "text", "start", "end", "surface")


def _only(lines: list[str], columns: list[str]) -> list[str]:
    """The snapshot lines cut down to the key columns and ``columns``; an unknown column is an error."""
    header = lines[0].split("\t")
    missing = [c for c in columns if c not in header]
    if missing:
        raise SystemExit(f"snapshot.py: no column {', '.join(missing)} (columns: {', '.join(header)})")
    keep = [header.index(c) for c in (*KEY_COLUMNS, *columns)]
    return ["\t".join(line.split("\t")[i] for i in keep) for line in lines]


def main(argv: list[str] | None = None) -> int:
    """Write a snapshot, or compare against one; exit 1 when claims differ."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", type=Path, help="write the snapshot here")
    group.add_argument("--compare", type=Path, help="compare with this snapshot")
    parser.add_argument("--bytes", type=int, default=300_000, help="AllSides text to read")
    parser.add_argument("--columns", type=lambda text: [c for c in text.split(",") if c],
                        help="compare only these columns (comma-separated)")
    parser.add_argument("--show", type=int, default=20, help="differing lines to print")
    args = parser.parse_args(argv)
    lines = snapshot_lines(args.bytes)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines) - 1} claims written to {args.out}")
        return 0
    before = args.compare.read_text(encoding="utf-8").splitlines()
    gone = sorted(set(before) - set(lines))
    new = sorted(set(lines) - set(before))
    print(f"{len(before) - 1} claims before, {len(lines) - 1} now; {len(gone)} lines gone, {len(new)} new")
    if args.columns:
        before, lines = _only(before, args.columns), _only(lines, args.columns)
    gone = sorted(set(before) - set(lines))
    new = sorted(set(lines) - set(before))
    if args.columns:
        print(f"compared on {', '.join(args.columns)}: {len(gone)} lines gone, {len(new)} new")
    for line in gone[:args.show]:
        print("- " + line)
    for line in new[:args.show]:
        print("+ " + line)
    return 1 if gone or new else 0


if __name__ == "__main__":
    sys.exit(main())
