"""The tables numcheck passes between stages, defined in one place.

Data flows one way: documents -> claims -> findings -> reports. Every stage is
a plain function that takes one of these frames and returns a new one; it
states the columns it needs with :func:`require_columns` on entry.

The column names listed under "contract" are never renamed; more columns may be
added after them. Reports write the contract columns first, in this order.
"""

from __future__ import annotations

from typing import Iterable, Mapping

import pandas as pd

#: One row per input document (a file, or one row of a JSONL/JSON/CSV file).
DOCUMENT_COLUMNS: Mapping[str, str] = {
    "doc_id": "FILE for text files, FILE#ID or FILE#ROW (1-based) for rows",
    "file": "path of the input file, as given on the command line",
    "row": "1-based row number for tabular inputs, blank for text files",
    "title": "title from metadata, front matter or the first line",
    "outlet": "the publication",
    "published": "ISO 8601 publication date (time in UTC when known), or blank",
    "url": "source URL when known",
    "language": "language code when known",
    "status": "'ok', or why the document could not be read",
    "line_base": "1-based line in the file where the document's text starts",
    "is_row": "True when the document is a row of a tabular file",
    "n_chars": "length of the text in characters",
    "metadata_source": "where outlet/published came from (manifest, front matter, text, field)",
    "encoding": "how the bytes were decoded (utf-8, utf-16, cp1252)",
    "warning": "metadata that could not be used (with file line), the document still processed",
    "text": "the text as read (for HTML pages, the article text); claim offsets index into it (not written to CSV)",
    "source_lines": "HTML pages only: (text offset, file line) pairs mapping the text back to the page (not written to CSV)",
}

#: One row per numeric claim.
CLAIM_COLUMNS: Mapping[str, str] = {
    # --- contract (issue #2) ---
    "claim_id": "stable id: same input, same id",
    "doc_id": "document the claim comes from",
    "outlet": "publication of the document",
    "published": "ISO publication date of the document",
    "claim_date": ("ISO date the figure was stated or refers to (a span counted back from now, '25 years' in '25 "
                   "years ago', is of its statement's day; what happened then is of that year)"),
    "speaker": "canonical name of who states the figure; blank when the outlet does",
    "value": "the figure as a number (for ranges the midpoint, for vague the lower bound)",
    "low": "lower bound of the interval the wording allows; blank = unbounded",
    "high": "upper bound of the interval the wording allows; blank = unbounded",
    "qualifier": "exact | approx | at_least | at_most | range | vague",
    "unit": "count for plain counts, else a normalised unit name (dollar, percentage, ...)",
    "entity": "what is counted: head noun, singular, lower case ('troop')",
    "topic": "the figure (topic) the claim belongs to, or blank",
    "modality": ("asserted | projected (about the future or a possibility: 'could', 'expected to', a plan or "
                 "forecast, a requirement's 'must' / 'need to', an amount spread over 'the next two years') | negated "
                 "('denied that', 'have not deployed'; a figure replaced: 'revised down from', 'the earlier toll of')"),
    "surface": "the figure's exact text: text[start:end] == surface",
    "sentence": "the sentence containing the figure",
    "line": "1-based line in the file",
    "start": "character offset of the figure in the document text",
    "end": "end offset (exclusive) of the figure in the document text",
    # --- additions ---
    "file": "input file of the document",
    "entity_phrase": "the noun phrase of what is counted ('North Korean troops')",
    "direction": "increase | decrease | blank: a change the sentence reports",
    "change_from": "for a change 'from X to Y' (value Y), the earlier figure X; blank otherwise",
    "concept_phrases": "what the figure is about besides what it counts ('; '-separated phrases)",
    "speaker_type": "person | organisation | government | anonymous | blank (the outlet)",
    "speaker_cue": ("the words the speaker was read from ('Zelensky said', 'according to the ministry', 'he added': "
                    "a pronoun's cue shows the pronoun, speaker whom it stands for); blank when the outlet states it"),
    "date_precision": "day | week | month | year: how precisely claim_date is known",
    "date_cue": "the words that set claim_date, blank when it defaults to publication",
    "hedge": "cue words that set the qualifier and modality",
    "place": "place the figure is about (country), when the sentence names one",
    "topic_label": "human-readable label of the topic",
    "event": "the story (event) the claim was linked to, when topics are refined by event",
    "context_keys": "names and countries in the claim's sentence and its neighbours, '|'-joined ('~' marks common "
                    "ones, '~~' ones found everywhere); two documents' figures are compared only when they share one",
    "sentence_start": "offset of the sentence in the document text",
    "sentence_end": "end offset of the sentence",
}

#: One row per finding of a rule.
FINDING_COLUMNS: Mapping[str, str] = {
    # --- contract (issue #2) ---
    "finding_id": "stable id of the finding",
    "rule_id": "id of the rule that fired",
    "severity": "error | warning | info",
    "topic": "the figure the claims belong to",
    "kind": "the rule kind (agree, magnitude, ...)",
    "message": "one sentence naming both figures, their sources and the gap",
    "claim_ids": "';'-separated claim ids",
    "doc_ids": "';'-separated document ids",
    "values": "';'-separated values of the claims",
    "dates": "';'-separated claim dates",
    "speakers": "';'-separated speakers",
    "outlets": "';'-separated outlets",
    "suppressed": "True when a baseline entry suppresses the finding",
    # --- additions ---
    "file": "input file of the first claim",
    "line": "line of the first claim",
    "surfaces": "';'-separated surfaces of the claims",
    "fingerprint": "baseline fingerprint: survives edits elsewhere in the articles",
    "suppression_reason": "reason from the baseline entry, if suppressed",
}

#: One row per claim of a topic, in date order.
TIMELINE_COLUMNS: Mapping[str, str] = {
    "topic": "the figure",
    "topic_label": "human-readable label of the figure",
    "claim_date": "ISO date the figure refers to",
    "date_precision": "day | week | month | year: how precisely claim_date is known",
    "as_of": "the day the timeline places the figure: claim_date, or for a week, month or year the period's last day (the publication day when that comes first)",
    "published": "publication date",
    "modality": "asserted | projected | negated",
    "cumulative": "true when the figure is a running total (a death toll): it may only rise",
    "value": "the figure",
    "low": "lower bound",
    "high": "upper bound",
    "qualifier": "qualifier of the figure",
    "unit": "unit",
    "change": "value minus the previous value of the same topic and modality",
    "change_ratio": "value divided by that previous value",
    "speaker": "who states it",
    "outlet": "publication",
    "doc_id": "document",
    "claim_id": "claim",
    "surface": "the figure's text",
}

QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range", "vague")
MODALITIES = ("asserted", "projected", "negated")
SEVERITIES = ("error", "warning", "info")
SPEAKER_TYPES = ("person", "organisation", "government", "anonymous", "")
DATE_PRECISIONS = ("day", "week", "month", "year")


class MissingColumnsError(ValueError):
    """A stage was given a frame without the columns it needs."""


def require_columns(frame: pd.DataFrame, columns: Iterable[str], stage: str) -> None:
    """Raise :class:`MissingColumnsError` naming the stage and the missing columns."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise MissingColumnsError(
            f"{stage} needs columns {missing}; the frame has {list(frame.columns)}"
        )


def empty_frame(columns: Mapping[str, str] | Iterable[str]) -> pd.DataFrame:
    """An empty frame with the given columns (object dtype)."""
    return pd.DataFrame({c: pd.Series([], dtype="object") for c in columns})


def ordered(frame: pd.DataFrame, columns: Mapping[str, str]) -> pd.DataFrame:
    """Contract columns first, in contract order, then any extra columns."""
    head = [c for c in columns if c in frame.columns]
    tail = [c for c in frame.columns if c not in columns]
    return frame[head + tail]


def columns_markdown() -> str:
    """The column reference (docs/columns.md), generated from the definitions above."""
    sections = [
        ("documents.csv", "one row per input document", DOCUMENT_COLUMNS),
        ("claims.csv", "one row per numeric claim", CLAIM_COLUMNS),
        ("discrepancies.csv", "one row per finding", FINDING_COLUMNS),
        ("timeline.csv", "one row per claim of a figure, in date order", TIMELINE_COLUMNS),
    ]
    lines = ["# Columns", "",
             "Generated from `checker/columns.py` (`python -m checker.columns > docs/columns.md`). "
             "Contract columns come first and are never renamed; later ones may be added.", ""]
    for name, what, columns in sections:
        lines += [f"## `{name}`: {what}", "", "| column | meaning |", "|---|---|"]
        lines += [f"| `{column}` | {meaning.replace('|', '/')} |" for column, meaning in columns.items()]
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    print(columns_markdown(), end="")
