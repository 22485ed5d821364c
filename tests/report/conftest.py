"""Frames for the report tests: the seeds' North Korean troops figures.

Documents are the real seed articles in fixtures/seeds; each claim's offsets
and line are found in the text, so file:line:col in the reports is checkable.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from checker.columns import CLAIM_COLUMNS, DOCUMENT_COLUMNS, FINDING_COLUMNS
from checker.text import line_of, line_starts
from checker.timeline import build_timeline

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "fixtures" / "seeds"
SHARED = REPO.parent / "shared"
SCHEMAS = SHARED / "schemas"

TROOPS = "nk-troops-russia"
SHELLS = "nk-artillery-shells"
TOPIC_LABELS = {TROOPS: "North Korean troops in Russia", SHELLS: "Artillery shells from North Korea"}

# file, outlet, published
SEED_DOCUMENTS = [
    ("001_0e4e2480f77082a7.txt", "IANS", "2024-11-01"),
    ("002_b241c34fbdefa81a.txt", "Korea JoongAng Daily", "2024-11-20"),
    ("003_50f94abe81825be2.txt", "DayFR Euro", "2024-11-07"),
    ("004_fa6052cc0d604a9b.txt", "RFI (with AFP)", "2024-11-13"),
]

# claim_id, file, text to find (context), surface inside it, claim_date, speaker,
# value, low, high, qualifier, topic, modality
SEED_CLAIMS = [
    ("c01", "001_0e4e2480f77082a7.txt", "information that 3,000 North", "3,000", "2024-11-01",
     "Volodymyr Zelensky", 3000.0, 3000.0, 3000.0, "exact", TROOPS, "asserted"),
    ("c02", "001_0e4e2480f77082a7.txt", "rise to 12,000 soldiers", "12,000", "2024-11-01",
     "Volodymyr Zelensky", 12000.0, 12000.0, 12000.0, "exact", TROOPS, "projected"),
    ("c03", "001_0e4e2480f77082a7.txt", "approximately 3.5 million", "approximately 3.5 million",
     "2024-11-01", "Volodymyr Zelensky", 3500000.0, 3150000.0, 3850000.0, "approx", SHELLS, "asserted"),
    ("c04", "003_50f94abe81825be2.txt", "Zelensky, 11,000 North", "11,000", "2024-11-07",
     "Volodymyr Zelensky", 11000.0, 11000.0, 11000.0, "exact", TROOPS, "asserted"),
    ("c05", "004_fa6052cc0d604a9b.txt", "around 11,000 North", "around 11,000", "2024-11-13",
     "Kyiv", 11000.0, 9900.0, 12100.0, "approx", TROOPS, "asserted"),
    ("c06", "002_b241c34fbdefa81a.txt", "brought 11,000 North", "11,000", "2024-11-19",
     "Volodymyr Zelensky", 11000.0, 11000.0, 11000.0, "exact", TROOPS, "asserted"),
    ("c07", "002_b241c34fbdefa81a.txt", "As many as 100,000", "As many as 100,000", "2024-11-19",
     "Volodymyr Zelensky", 100000.0, None, 100000.0, "at_most", TROOPS, "projected"),
    ("c08", "001_0e4e2480f77082a7.txt", "reach 1,000 days", "1,000 days", "2024-11-01",
     "Volodymyr Zelensky", 1000.0, 1000.0, 1000.0, "exact", "", "asserted"),
]


def seed_documents() -> pd.DataFrame:
    rows = []
    for file, outlet, published in SEED_DOCUMENTS:
        text = (SEEDS / file).read_text(encoding="utf-8")
        rows.append({
            "doc_id": f"fixtures/seeds/{file}", "file": f"fixtures/seeds/{file}", "row": None,
            "title": text.splitlines()[0][:80], "outlet": outlet, "published": published,
            "url": "", "language": "en", "status": "ok", "line_base": 1, "is_row": False,
            "n_chars": len(text), "metadata_source": "manifest", "text": text,
        })
    rows.append({
        "doc_id": "fixtures/seeds/broken.txt", "file": "fixtures/seeds/broken.txt", "row": None,
        "title": "", "outlet": "", "published": "", "url": "", "language": "",
        "status": "not UTF-8 at byte 17", "line_base": 1, "is_row": False, "n_chars": 0,
        "metadata_source": "", "text": "",
    })
    return pd.DataFrame(rows, columns=list(DOCUMENT_COLUMNS))


def seed_claims(documents: pd.DataFrame) -> pd.DataFrame:
    texts = dict(zip(documents["doc_id"], documents["text"]))
    outlets = dict(zip(documents["doc_id"], documents["outlet"]))
    published = dict(zip(documents["doc_id"], documents["published"]))
    rows = []
    for (claim_id, file, context, surface, claim_date, speaker, value, low, high, qualifier,
         topic, modality) in SEED_CLAIMS:
        doc_id = f"fixtures/seeds/{file}"
        text = texts[doc_id]
        start = text.index(context) + context.index(surface)
        end = start + len(surface)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        rows.append({
            "claim_id": claim_id, "doc_id": doc_id, "outlet": outlets[doc_id],
            "published": published[doc_id], "claim_date": claim_date, "speaker": speaker,
            "value": value, "low": low, "high": high, "qualifier": qualifier, "unit": "count",
            "entity": "shell" if topic == SHELLS else "troop", "topic": topic, "modality": modality,
            "surface": text[start:end], "sentence": text[line_start:line_end],
            "line": line_of(line_starts(text), start), "start": start, "end": end, "file": doc_id,
        })
    return pd.DataFrame(rows).reindex(columns=list(CLAIM_COLUMNS))


def seed_findings(claims: pd.DataFrame) -> pd.DataFrame:
    by_id = claims.set_index("claim_id")

    def finding(fid, rule_id, severity, kind, ids, message, suppressed=False, reason=""):
        rows = by_id.loc[list(ids)]
        return {
            "finding_id": fid, "rule_id": rule_id, "severity": severity, "topic": TROOPS,
            "kind": kind, "message": message, "claim_ids": ";".join(ids),
            "doc_ids": ";".join(rows["doc_id"]),
            "values": ";".join(f"{v:g}" for v in rows["value"]),
            "dates": ";".join(rows["claim_date"]), "speakers": ";".join(rows["speaker"]),
            "outlets": ";".join(rows["outlet"]), "suppressed": suppressed,
            "file": rows["file"].iloc[0], "line": int(rows["line"].iloc[0]),
            "surfaces": ";".join(rows["surface"]), "fingerprint": hashlib.sha1(fid.encode()).hexdigest()[:16],
            "suppression_reason": reason,
        }

    return pd.DataFrame([
        finding("f1", "asserted-count-disagrees", "warning", "agree", ["c01", "c04"],
                "IANS (Volodymyr Zelensky, 2024-11-01) says 3,000 troops; DayFR Euro "
                "(Volodymyr Zelensky, 2024-11-07) says 11,000: 3.7x apart."),
        finding("f2", "projection-jumps", "error", "magnitude", ["c02", "c07"],
                "IANS projects 12,000 troops on 2024-11-01; Korea JoongAng Daily projects "
                "as many as 100,000 on 2024-11-19: 8.3x larger."),
        finding("f3", "asserted-count-disagrees", "warning", "agree", ["c01", "c05"],
                "IANS says 3,000 troops; RFI (with AFP) says around 11,000.", True,
                "Kyiv updated its count between the two reports"),
        finding("f4", "single-source-figure", "info", "sources", ["c07"],
                "Only Volodymyr Zelensky gives the 100,000 projection <b>unconfirmed</b>."),
    ]).reindex(columns=list(FINDING_COLUMNS))


RULES = [
    {"id": "asserted-count-disagrees", "kind": "agree", "severity": "warning",
     "description": "Two asserted counts of the same figure at about the same time disagree."},
    {"id": "projection-jumps", "kind": "magnitude", "severity": "error",
     "description": "A projection is more than 5x the previous projection of the figure."},
    {"id": "single-source-figure", "kind": "sources", "severity": "info",
     "description": "A figure is given by one speaker only."},
    {"id": "date-after-publication", "kind": "dates", "severity": "warning",
     "description": "A claim is dated after its article was published."},
]


# Death tolls of the Feb 2023 Turkey-Syria earthquake from the quake-rss headlines
# (date, outlet, value, low, high, qualifier, modality, surface).
QUAKE_TOLLS = [
    ("2023-02-06", "The Guardian", 10.0, 10.0, None, "at_least", "asserted", "at least 10 dead"),
    ("2023-02-06", "ABC News", 175.0, 175.0, None, "at_least", "asserted", "At least 175 dead"),
    ("2023-02-06", "The New York Times", 1300.0, 1300.0, None, "at_least", "asserted",
     "Kills More Than 1,300"),
    ("2023-02-07", "The Guardian", 4800.0, 4800.0, None, "at_least", "asserted", "passes 4,800"),
    ("2023-02-07", "The Guardian", 20000.0, 20000.0, None, "at_least", "projected",
     "could pass 20,000"),
    ("2023-02-15", "The Washington Post", 41000.0, 41000.0, None, "at_least", "asserted",
     "deaths exceed 41,000"),
    ("2023-02-25", "Al Jazeera", 50000.0, 50000.0, None, "at_least", "asserted", "above 50,000"),
]


@pytest.fixture
def quake_timeline() -> pd.DataFrame:
    """Timeline of the quake death toll: 10 to 50,000 in three weeks (log-scale material)."""
    claims = pd.DataFrame(
        [
            {"claim_id": f"q{i}", "doc_id": f"quake#{i}", "outlet": outlet, "published": date,
             "claim_date": date, "speaker": "", "value": value, "low": low, "high": high,
             "qualifier": qualifier, "unit": "count", "topic": "quake-deaths", "modality": modality,
             "surface": surface, "start": 0}
            for i, (date, outlet, value, low, high, qualifier, modality, surface) in enumerate(QUAKE_TOLLS)
        ]
    )
    return build_timeline(claims, {"quake-deaths": "Turkey-Syria earthquake death toll"})


@pytest.fixture
def frames() -> dict[str, pd.DataFrame]:
    """documents, claims, findings and timeline of the seeds story."""
    documents = seed_documents()
    claims = seed_claims(documents)
    return {
        "documents": documents,
        "claims": claims,
        "findings": seed_findings(claims),
        "timeline": build_timeline(claims, TOPIC_LABELS),
    }


@pytest.fixture
def rules() -> list[dict[str, str]]:
    return [dict(rule) for rule in RULES]


@pytest.fixture
def schemas() -> Path:
    """The shared schema directory; tests skip when ../shared is not checked out."""
    if not SCHEMAS.is_dir():
        pytest.skip(f"validation schemas need the shared material at {SCHEMAS}")
    return SCHEMAS
