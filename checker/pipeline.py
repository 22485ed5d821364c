"""The numcheck pipeline: documents -> claims -> findings -> reports.

Each stage lives in its own module as a plain function over DataFrames; this
module only composes them, so the same stages run from Python, from the CLI,
and on a Dask partition (:mod:`checker.scale`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

import pandas as pd

from checker.aliases import Aliases, load_aliases
from checker.attribute import speaker_values
from checker.columns import CLAIM_COLUMNS, SEVERITIES, require_columns
from checker.corpus import CorpusOptions, load_corpus
from checker.dates import date_values
from checker.extract import quantity_values
from checker.frames import shallow_copy, typed_frame
from checker.modality import modality_values
from checker.text import lines_of

#: Claim columns holding numbers, with their dtype (the rest are strings).
NUMERIC_CLAIM_COLUMNS = {"value": "float64", "low": "float64", "high": "float64", "change_from": "float64",
                         "line": "int64", "start": "int64", "end": "int64",
                         "sentence_start": "int64", "sentence_end": "int64"}

#: What ``--fail-on`` accepts, most to least strict.
FAIL_ON_CHOICES = ("info", "warning", "error", "never")


def claim_ids(doc_ids: Iterable[str], starts: Iterable[int], ends: Iterable[int], surfaces: Iterable[str]) -> list[str]:
    """Stable claim ids: a hash of document, offsets and surface (same input, same id)."""
    return [
        "c" + hashlib.sha1(f"{d}\x1f{s}\x1f{e}\x1f{t}".encode("utf-8")).hexdigest()[:12]
        for d, s, e, t in zip(doc_ids, starts, ends, surfaces)
    ]


def claim_columns(text: str, published: str | None, aliases: Aliases | None) -> dict[str, list[Any]]:
    """The text-level stages on one text: quantities, then speaker, claim date and modality.

    Works on plain lists: the stages' ``*_values`` cores are the same code their
    DataFrame functions run, and one frame per corpus is built from these lists.
    """
    columns = quantity_values(text)
    if not columns["start"]:
        return {}
    columns.update(speaker_values(columns, text, aliases=aliases))
    columns.update(date_values(columns, text, published or None))
    columns.update(modality_values(columns, text, published or None))
    return columns


def _file_lines(text: str, starts: Iterable[int], line_base: int, is_row: bool,
                source_lines: Sequence[tuple[int, int]] = ()) -> list[int]:
    if source_lines:
        # HTML pages: the text was read out of markup; each run of it knows its page line.
        from checker.webpage import source_line

        return [source_line(tuple(source_lines), start) for start in starts]
    if is_row:
        # Rows of JSONL/CSV files: the text's own line breaks are not file lines.
        return [line_base for _ in starts]
    return [line_base - 1 + line for line in lines_of(text, starts)]


@lru_cache(maxsize=1)
def _empty_claims() -> pd.DataFrame:
    # Typed like a frame with claims, so that per-document frames concatenate
    # without turning every column into objects.
    return typed_frame({name: [] for name in CLAIM_COLUMNS}, NUMERIC_CLAIM_COLUMNS)


def _claims_frame(columns: dict[str, list[Any]]) -> pd.DataFrame:
    """One claims frame from the accumulated lists; ids; contract columns first.

    The dict is put in contract order and completed before the one DataFrame
    call: per-document callers (``checker.extract`` on RSS items of 300 bytes)
    spent most of their time in pandas adding and reordering columns.
    """
    if not columns.get("start"):
        # A shallow copy: a frame without rows has no values to share, and its axes are
        # views, so the cached frame cannot be changed through it (a deep copy of 34
        # columns is a tenth of an RSS item's time; most RSS items have no figure).
        return shallow_copy(_empty_claims())
    n = len(columns["start"])
    data: dict[str, list[Any]] = {
        "claim_id": claim_ids(columns["doc_id"], columns["start"], columns["end"], columns["surface"])}
    for name in CLAIM_COLUMNS:
        if name != "claim_id":
            data[name] = columns.get(name, [""] * n)
    for name, values in columns.items():
        data.setdefault(name, values)
    return typed_frame(data, NUMERIC_CLAIM_COLUMNS)


def _accumulate(total: dict[str, list[Any]], columns: dict[str, list[Any]], document: dict[str, Any]) -> None:
    n = len(columns["start"])
    for name, value in document.items():
        columns[name] = [value] * n
    for name, values in columns.items():
        total.setdefault(name, []).extend(values)


def extract(
    text: str,
    *,
    published: str | dt.date | None = None,
    outlet: str | None = None,
    doc_id: str | None = None,
    aliases: Aliases | None = None,
    file: str | None = None,
    line_base: int = 1,
    is_row: bool = False,
) -> pd.DataFrame:
    """The claims table of one text (``CLAIM_COLUMNS``).

    ``published`` anchors relative dates ("on Tuesday"): an ISO string, a
    date/datetime/Timestamp or a written date ("20 Nov. 2024"), normalised to
    ISO; when it is not given, a "Published:" line or dateline in the text is
    used. ``outlet`` and ``doc_id`` are copied onto every claim. Offsets index
    into ``text``. An unreadable ``published`` is a ValueError.
    """
    doc_id = doc_id if doc_id is not None else "<text>"
    published = publication_date(published, text)
    columns = claim_columns(text, published, aliases)
    if columns:
        columns["line"] = _file_lines(text, columns["start"], line_base, is_row)
        # What _accumulate gives for one document, without copying its lists into a corpus's.
        n = len(columns["start"])
        for name, value in (("doc_id", doc_id), ("file", file if file is not None else doc_id),
                            ("outlet", outlet or ""), ("published", published or "")):
            columns[name] = [value] * n
    return _claims_frame(columns)


def publication_date(published: Any, text: str = "") -> str:
    """``published`` as an ISO string (``""`` when unknown), else the date the text states.

    Raises ValueError for a date that cannot be read or cannot exist ("2024-02-30").
    """
    from checker.metadata import MetadataError, normalise_timestamp

    try:
        iso = _normalised_string(published) if type(published) is str else normalise_timestamp(published)
    except MetadataError as exc:
        raise ValueError(f"published: {exc}") from None
    if iso or not text:
        return iso
    from checker.corpus import publication_date_in_text

    return publication_date_in_text(text)


@lru_cache(maxsize=256)
def _normalised_string(published: str) -> str:
    """:func:`checker.metadata.normalise_timestamp` of a date string, memoised: a corpus's documents share a
    few dates, and ``checker.extract`` called per document with one ``published`` read it anew each time (its
    patterns cost as much as a document without figures). Errors are not cached; they raise each time."""
    from checker.metadata import normalise_timestamp

    return normalise_timestamp(published)


def _corpus_date(value: Any, text: str, cache: dict[Any, str]) -> str:
    """A document's publication date as ``extract`` reads it, but never an exception.

    Frames built by hand may hold Timestamps, NaN or "Nov 20, 2024" (the
    loader's are ISO already): each distinct value is normalised once. A blank
    date is read from the text, as ``extract`` does; an unreadable one is
    blank (the loader has already warned about it in ``documents.warning``).
    """
    if value is None or value is pd.NaT or value == "" or (isinstance(value, float) and pd.isna(value)):
        return publication_date(None, text)  # blank: read from the text, never cached
    try:
        return cache[value]
    except (KeyError, TypeError):
        pass
    try:
        iso = publication_date(value)
    except ValueError:
        iso = ""
    try:
        cache[value] = iso
    except TypeError:  # an unhashable value: not cached
        pass
    return iso


def extract_corpus(documents: pd.DataFrame, *, aliases: Aliases | None = None,
                   failures: list[tuple[str, str]] | None = None) -> pd.DataFrame:
    """Claims of every readable document, in document order then text order.

    A document whose text makes a stage fail gives no claims; when ``failures``
    is a list, ``(doc_id, reason)`` is appended to it so that the caller can
    report the document instead of losing the run.
    """
    require_columns(documents, ("doc_id", "file", "text", "status", "published", "outlet", "line_base", "is_row"),
                    "extract_corpus")
    readable = documents[documents["status"] == "ok"]
    iso_dates: dict[Any, str] = {}
    total: dict[str, list[Any]] = {}
    for row in readable.itertuples(index=False):
        try:
            published = _corpus_date(row.published, row.text, iso_dates)
            columns = claim_columns(row.text, published or None, aliases)
        except Exception as exc:  # a bug on one text must not lose the corpus
            if failures is None:
                raise
            failures.append((row.doc_id, f"error: extraction failed: {type(exc).__name__}: {exc}"))
            continue
        if not columns:
            continue
        columns["line"] = _file_lines(row.text, columns["start"], int(row.line_base), bool(row.is_row),
                                      _source_lines(row))
        _accumulate(total, columns, {"doc_id": row.doc_id, "file": row.file, "outlet": row.outlet,
                                     "published": published})
    return _claims_frame(total)


def _source_lines(row: Any) -> tuple[tuple[int, int], ...]:
    """A document's text-to-file line map (HTML pages), or () when its text lines are the file's."""
    value = getattr(row, "source_lines", ())
    return tuple(value) if isinstance(value, (tuple, list)) else ()


def load_ruleset(rules: Any = None) -> Any:
    """A RuleSet from paths (files/directories), an existing RuleSet, or None (the default pack)."""
    from checker.ruleset import RuleSet, load_rules

    if isinstance(rules, RuleSet):
        return rules
    if rules is None:
        return load_rules(None)
    if isinstance(rules, (str, Path)):
        rules = [rules]
    return load_rules(list(rules))


def check(claims: pd.DataFrame, rules: Any = None) -> pd.DataFrame:
    """Findings of the rules (paths, a RuleSet, or None for the default pack) on ``claims``."""
    from checker.rules import check as check_rules
    from checker.topics import assign_topics

    ruleset = load_ruleset(rules)
    # extract_corpus leaves topic blank: the figures are found here, with the
    # rule pack's topics, as run() does.
    if "topic" not in claims.columns or not (claims["topic"].fillna("").astype(str) != "").any():
        claims = assign_topics(claims, ruleset)
    return check_rules(claims, ruleset)


def exit_code(findings: pd.DataFrame, fail_on: str = "error") -> int:
    """1 when an unsuppressed finding is at or above ``fail_on``, else 0."""
    if fail_on not in FAIL_ON_CHOICES:
        raise ValueError(f"fail_on must be one of {FAIL_ON_CHOICES}, not {fail_on!r}")
    if fail_on == "never" or findings.empty:
        return 0
    failing = SEVERITIES[: SEVERITIES.index(fail_on) + 1]
    active = findings[~findings["suppressed"].astype(bool)]
    return int(active["severity"].isin(failing).any())


@dataclass
class RunResult:
    """Everything one run produced; ``written`` lists the report files."""

    documents: pd.DataFrame
    claims: pd.DataFrame
    findings: pd.DataFrame
    timeline: pd.DataFrame
    exit_code: int
    ruleset: Any = None
    written: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def run(
    paths: Iterable[str | Path],
    rules: Any = None,
    out: str | Path | None = None,
    *,
    baseline: str | Path | None = None,
    fail_on: str = "error",
    formats: Sequence[str] | None = None,
    aliases: Sequence[str | Path] = (),
    corpus_options: CorpusOptions | None = None,
    today: dt.date | None = None,
    workers: int = 1,
    scheduler: str | None = None,
) -> RunResult:
    """Check a corpus end to end; write reports to ``out`` when given.

    Configuration (rules, aliases, baseline) is loaded and validated before the
    corpus is read, so a broken rule pack fails fast.
    """
    from checker.baseline import apply_baseline, load_baseline
    from checker.rules import check as check_rules
    from checker.timeline import build_timeline
    from checker.topics import assign_topics

    ruleset = load_ruleset(rules)
    alias_table = load_aliases(list(aliases))
    baseline_entries = load_baseline(baseline) if baseline else None

    documents = load_corpus(paths, corpus_options, exclude=[out] if out is not None else [])
    failures: list[tuple[str, str]] = []
    if workers > 1 or scheduler:
        from checker.scale import extract_corpus_parallel

        claims = extract_corpus_parallel(documents, aliases=alias_table, workers=workers, scheduler=scheduler,
                                         failures=failures)
    else:
        claims = extract_corpus(documents, aliases=alias_table, failures=failures)
    if failures:
        documents = documents.copy()
        reasons = dict(failures)
        failed = documents["doc_id"].isin(list(reasons))
        documents.loc[failed, "status"] = documents.loc[failed, "doc_id"].map(reasons)
    claims = assign_topics(claims, ruleset)
    findings = check_rules(claims, ruleset)
    notes: list[str] = []
    if baseline_entries is not None:
        findings, notes = apply_baseline(findings, baseline_entries, today or dt.date.today())
    timeline = build_timeline(claims, topic_labels(claims, ruleset), cumulative_topics(claims, ruleset))
    code = exit_code(findings, fail_on)
    result = RunResult(documents, claims, findings, timeline, code, ruleset=ruleset, notes=notes)
    if out is not None:
        from checker.report import write_reports

        from checker.report import REPORT_FORMATS

        result.written = write_reports(out, documents=documents, claims=claims, findings=findings,
                                       timeline=timeline, formats=formats or REPORT_FORMATS,
                                       rules=rule_descriptions(ruleset))
    return result


def topic_labels(claims: pd.DataFrame, ruleset: Any) -> dict[str, str]:
    """Labels of the topics: the rule packs' own, then those assign_topics gave refined ids
    ("deaths@syria", "aid~dollar~rishi-sunak")."""
    labels = {topic_id: getattr(topic, "label", topic_id) for topic_id, topic in ruleset.topics.items()}
    if "topic_label" in claims.columns:
        named = claims[(claims["topic"] != "") & (claims["topic_label"] != "")]
        for topic_id, label in zip(named["topic"], named["topic_label"]):
            labels.setdefault(topic_id, label)
    return labels


def cumulative_topics(claims: pd.DataFrame, ruleset: Any) -> set[str]:
    """The topic ids of ``claims`` whose definition is a running total (``cumulative: true``)."""
    from checker.topics import topic_for

    found = set()
    for topic_id in claims["topic"].dropna().astype(str).unique():
        topic = topic_for(ruleset, topic_id) if topic_id else None
        if topic is not None and topic.cumulative:
            found.add(topic_id)
    return found


def rule_descriptions(ruleset: Any) -> list[dict[str, Any]]:
    """Rule metadata for reports (SARIF tool.driver.rules)."""
    rows = []
    for rule in ruleset.rules:
        rows.append({"id": rule.id, "kind": rule.kind, "severity": rule.severity,
                     "topic": getattr(rule, "topic", "*"),
                     "description": getattr(rule, "description", "") or f"{rule.kind} rule on topic {getattr(rule, 'topic', '*')}"})
    return rows
