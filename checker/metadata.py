"""Document metadata: front matter, publication timestamps, and what the text gives.

Metadata comes, by priority, from a directory's ``manifest.csv``, YAML front
matter, the fields of a tabular row, and finally from the text itself: a
"Published:" line or dateline, a credit line naming the outlet ("(IANS)",
"With AFP"), and a first line that looks like a headline.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from numbers import Real
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

import numpy as np

from checker.errors import ConfigError
from checker.patterns import phrase_alternation
from checker.vocab import load_vocab
from checker.yamlsafe import load_yaml_text

#: Front matter: a first line of exactly "---", YAML, and a closing "---" line.
FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(?P<body>.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)

FRONT_MATTER_KEYS = ("title", "outlet", "published", "url", "language")

#: Values a front matter may hold: a handful of keys, never thousands.
FRONT_MATTER_MAX_NODES = 1000

#: Earliest and latest years accepted as publication dates; anything outside is
#: a typo ("0224-11-20") rather than news.
YEAR_RANGE = (1800, 2200)


class MetadataError(ValueError):
    """Metadata that cannot be used; ``line`` is 1-based within the file (0 = unknown)."""

    def __init__(self, message: str, line: int = 0):
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class FrontMatter:
    """Parsed front matter and the character span it occupies in the file."""

    fields: dict[str, Any]
    end: int  # offset just after the closing '---' line
    lines: int  # number of lines it spans


def parse_front_matter(text: str) -> FrontMatter | None:
    """Return the YAML front matter of ``text``, or None when it has none.

    Raises :class:`MetadataError` with the file line for YAML errors or a
    front matter that is not a mapping.
    """
    match = FRONT_MATTER.match(text)
    if not match:
        return None
    body = match.group("body")
    # Corpus files are untrusted: the project's loader bounds aliases and size
    # ("billion laughs"), and any value the safe constructor rejects
    # ("published: 2024-13-01" is read as a date) is a located metadata error.
    try:
        fields = load_yaml_text(body, "front matter", max_nodes=FRONT_MATTER_MAX_NODES).data if body.strip() else {}
    except ConfigError as exc:
        problem = exc.problems[0]
        line = problem.line + 1 if problem.line else 1  # +1 for the opening ---
        raise MetadataError(f"front matter is not valid YAML: {problem.message}", line) from None
    except ValueError as exc:
        raise MetadataError(f"front matter has an impossible value: {exc}", 1) from None
    if not isinstance(fields, dict):
        raise MetadataError("front matter must be a mapping of keys (title, outlet, published, url, language)", 2)
    return FrontMatter(
        fields={str(k): v for k, v in fields.items()},
        end=match.end(),
        lines=text.count("\n", 0, match.end()),
    )


#: Every character but a line break (front matter is blanked to spaces, lines kept).
NOT_LINE_BREAK = re.compile(r"[^\n]")

#: A digit: free text without one names no date dateparser should be asked about.
ANY_DIGIT = re.compile(r"\d")


def blank_out(text: str, end: int) -> str:
    """Replace ``text[:end]`` by spaces, keeping line breaks.

    Front matter is metadata, not prose; blanking it keeps every later offset
    and line number identical to the file's.
    """
    head = NOT_LINE_BREAK.sub(" ", text[:end])
    return head + text[end:]


def normalise_timestamp(value: Any) -> str:
    """Normalise a publication date to ISO 8601: ``YYYY-MM-DD`` or, with a time,
    ``YYYY-MM-DDTHH:MM:SS`` (converted to UTC and suffixed ``Z`` when the value
    carries a zone). Blank in, blank out. Raises :class:`MetadataError` for
    impossible or unreadable dates ("2024-02-30").
    """
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, dt.datetime):
        return _format_datetime(value)
    if isinstance(value, dt.date):
        return _check_year(value).isoformat()
    if isinstance(value, Real) and not isinstance(value, (bool, np.bool_)):
        # JSON and pandas hold Unix times as int, float or NumPy numbers.
        number = float(value)
        if number != number:
            return ""
        if number >= 0 and EPOCH_TIME.match(str(int(number))):
            return _format_datetime(_from_unix(number))
        # Anything else is read as text: 20230208 is a compact date; 45000.5 (a
        # spreadsheet serial) or 2023 is no date and is refused below.
        value = str(int(number)) if number.is_integer() else str(number)
    text = str(value).strip()
    if not text:
        return ""
    epoch = EPOCH_TIME.match(text)
    if epoch:
        return _format_datetime(_from_unix(float(epoch.group(0))))
    parsed = _parse_iso(text)
    if parsed is None:
        parsed = _parse_free(text)
    if parsed is None:
        raise MetadataError(f"unreadable or impossible date {text!r} (expected e.g. 2024-11-20 or 2024-11-20T15:57:00Z)")
    if isinstance(parsed, dt.datetime):
        return _format_datetime(parsed)
    return _check_year(parsed).isoformat()


#: A Unix time in seconds (10 digits, 2001-2286), milliseconds (13) or
#: microseconds (16), as JSON dumps and feeds store them, optionally with a
#: fraction; read in UTC so that every machine agrees (dateparser would use the
#: machine's time zone).
EPOCH_TIME = re.compile(r"^(?:\d{10}|\d{13}|\d{16})(?:\.\d+)?$")

#: Unix times above these are milliseconds, then microseconds (seconds reach 1e10 in 2286).
MILLISECONDS_FROM, MICROSECONDS_FROM = 1e11, 1e14


def _from_unix(number: float) -> dt.datetime:
    if number >= MICROSECONDS_FROM:
        number /= 1e6
    elif number >= MILLISECONDS_FROM:
        number /= 1e3
    try:
        return dt.datetime.fromtimestamp(number, tz=dt.timezone.utc)
    except (OverflowError, OSError, ValueError):
        raise MetadataError(f"impossible Unix time {number!r}") from None


#: Dates written with only digits and separators, read strictly (no guessing).
ISO_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _parse_iso(text: str) -> dt.date | dt.datetime | None:
    if ISO_DATE_ONLY.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise MetadataError(f"impossible date {text!r}") from None
    candidate = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        return dt.datetime.fromisoformat(candidate)
    except ValueError:
        return None


def _parse_free(text: str) -> dt.datetime | None:
    import dateparser  # imported lazily: it costs ~0.5 s at import

    if not ANY_DIGIT.search(text):
        return None
    return dateparser.parse(
        text,
        languages=["en"],
        # Absolute dates only: "2 days ago" resolved against the clock would make the
        # same input give different output on different days.
        # Unix times are read above, in UTC: dateparser's "timestamp" parser
        # would read them in the machine's time zone.
        settings={"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"],
                  "PARSERS": ["absolute-time"], "DATE_ORDER": "DMY"},
    )


def _format_datetime(value: dt.datetime) -> str:
    _check_year(value)
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        suffix = "Z"
    else:
        suffix = ""
    if value.time() == dt.time(0, 0) and not suffix:
        return value.date().isoformat()
    return value.replace(microsecond=0).isoformat() + suffix


def _check_year(value: dt.date) -> dt.date:
    if not YEAR_RANGE[0] <= value.year <= YEAR_RANGE[1]:
        raise MetadataError(f"implausible year {value.year} in date {value.isoformat()}")
    return value


def outlet_from_url(value: str) -> str:
    """A feed or article URL names its outlet by host: "https://www.bbc.co.uk/x" -> "bbc.co.uk"."""
    host = urlparse(value).netloc.lower() if "://" in value else ""
    if not host:
        return value.strip()
    for prefix in ("www.", "feeds.", "rss.", "m."):
        if host.startswith(prefix):
            host = host[len(prefix):]
    return host


# --- inference from the text -------------------------------------------------

@lru_cache(maxsize=1)
def _outlet_forms() -> list[tuple[str, str]]:
    """(form, canonical name), longest form first so "Associated Press" wins over "AP"."""
    pairs = [(form, entry["name"]) for entry in load_vocab("outlets")["outlets"] for form in entry["forms"]]
    return sorted(pairs, key=lambda p: -len(p[0]))


def _alternation() -> str:
    return phrase_alternation((form for form, _ in _outlet_forms()), flexible_space=False)


@lru_cache(maxsize=1)
def _credit_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    names = _alternation()
    # "(IANS)" or "(RFI)" standing alone, or a dateline's "(Reuters) -".
    parenthesised = re.compile(rf"\((?P<outlet>{names})\)")
    # A closing credit line: "With AFP", "with the Korea JoongAng Daily", "— AP".
    closing = re.compile(rf"^\s*(?:with|—|-|–|source:)\s+(?:the\s+)?(?P<outlet>{names})\s*\.?\s*$", re.I | re.M)
    # A line that is nothing but an outlet name (first or last line of a page dump).
    alone = re.compile(rf"^\s*(?P<outlet>{names})\s*$", re.M)
    return parenthesised, closing, alone


def _canonical_outlet(form: str) -> str:
    for known, name in _outlet_forms():
        if known.lower() == form.lower():
            return name
    return form


def infer_outlet(text: str) -> str:
    """The outlet named by a credit in the text, or "".

    A parenthesised credit ("(IANS)", "(RFI)") names the publisher; a closing
    "With AFP" line names an agency the publisher drew on and is used only
    when nothing else names the outlet.
    """
    parenthesised, closing, alone = _credit_patterns()
    match = parenthesised.search(text)
    if match:
        return _canonical_outlet(match.group("outlet"))
    lines = [line for line in text.splitlines() if line.strip()]
    edges = "\n".join(lines[:1] + lines[-3:])
    match = alone.search(edges)
    if match:
        return _canonical_outlet(match.group("outlet"))
    matches = list(closing.finditer(text))
    if matches:
        return _canonical_outlet(matches[-1].group("outlet"))
    return ""


#: A first line that reads like a headline: no sentence-final full stop and
#: not a metadata line ("Published: ...", "By ...").
HEADLINE_LINE = re.compile(r"^(?!\s*(?:published|updated|by)\b)[^\n]{12,250}(?<![.:;!?\"”’'])$", re.I)

#: Minimum words in a headline; shorter first lines are section names or outlet banners.
HEADLINE_MIN_WORDS = 4


def infer_title(text: str) -> str:
    """The first non-blank line when it looks like a headline, else "".

    A short first line (an outlet banner or section name such as "World news")
    is passed over once, so the headline under it is found.
    """
    lines = [line.strip() for line in text.splitlines()[:6] if line.strip()][:2]
    for index, candidate in enumerate(lines):
        if len(candidate.split()) < HEADLINE_MIN_WORDS:
            if index == 0 and not candidate.endswith((".", "?", "!")):
                continue
            return ""
        return candidate if HEADLINE_LINE.match(candidate) else ""
    return ""
