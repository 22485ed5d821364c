"""How often two people labelling the same figures agree, column by column.

The bar for the speaker, date and modality stages (issue #4) is an accuracy
against one person's labels; what that accuracy can mean depends on how often
two careful labellers, reading the same text under the same conventions
(``docs/columns.md``), agree. ``fixtures/agreement/`` holds second labellings
made without seeing the first: ``NAME.second.tsv`` labels the same rows as
``fixtures/labelled/NAME.tsv``.

Agreement is scored as :mod:`bench.attribution` scores the stages, symmetrised:
speakers agree when their alternatives share a name (by canonical alias) or
both allow anonymous; types when their alternatives overlap; claim dates at the
coarser of the two precisions; precision and modality when equal.

Run: ``python bench/agreement.py [--show]`` (``--show`` lists each disagreement).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import attribution  # noqa: E402  (the labelled files' reader and its comparisons)

COLUMNS = ("speaker", "speaker_type", "claim_date", "date_precision", "modality")
PRECISIONS = ("day", "week", "month", "year")
AGREEMENT = ROOT / "fixtures" / "agreement"


def _names(value: str) -> set[str]:
    return {attribution._speaker_key(name) for name in value.split("|")}


def agree(column: str, first: dict[str, str], second: dict[str, str]) -> bool:
    """Whether two labels of one figure agree in ``column``."""
    if column == "speaker":
        if "anonymous" in first["speaker_type"].split("|") and "anonymous" in second["speaker_type"].split("|"):
            return True
        return bool(_names(first["speaker"]) & _names(second["speaker"]))
    if column == "speaker_type":
        return bool(set(first[column].split("|")) & set(second[column].split("|")))
    if column == "claim_date":
        coarser = max(first["date_precision"], second["date_precision"],
                      key=lambda p: PRECISIONS.index(p) if p in PRECISIONS else 0)
        return attribution._same_period(first["claim_date"], second["claim_date"], coarser)
    return first[column] == second[column]


def pairs() -> list[tuple[str, dict[str, str], dict[str, str]]]:
    """``(sample, first label, second label)`` of every figure labelled twice."""
    found = []
    for second_path in sorted(AGREEMENT.glob("*.second.tsv")):
        name = second_path.name.removesuffix(".second.tsv")
        first = {row["id"]: row for row in attribution.load_labels(attribution.LABELS.parent / f"{name}.tsv")}
        for row in attribution.load_labels(second_path):
            found.append((name, first[row["id"]], row))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list each disagreement")
    args = parser.parse_args(argv)
    labelled = pairs()
    if not labelled:
        print(f"no second labellings in {AGREEMENT}")
        return 1
    counts = {column: sum(agree(column, a, b) for _, a, b in labelled) for column in COLUMNS}
    print(f"figures labelled twice: {len(labelled)} ({', '.join(sorted({n for n, _, _ in labelled}))})")
    for column in COLUMNS:
        print(f"{column:16s} {counts[column]:3d}/{len(labelled)}  {100 * counts[column] / len(labelled):5.1f}%")
    if args.show:
        for name, first, second in labelled:
            wrong = [c for c in COLUMNS if not agree(c, first, second)]
            if wrong:
                print(f"{name} {first['id']}: " + "; ".join(f"{c} {first[c]!r} / {second[c]!r}" for c in wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
