"""Reading a corpus: files and directories in, one documents frame out.

Every input document is accounted for: a file or row that cannot be read
becomes a row whose ``status`` says why (with the file line where it helps),
never an exception that loses the rest of the corpus. Only a path that does not
exist, or a bad option, stops the run (:class:`~checker.errors.InputError`).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import pandas as pd

from checker.columns import DOCUMENT_COLUMNS
from checker.errors import InputError
from checker.vocab import load_vocab
from checker.metadata import (
    MetadataError,
    blank_out,
    infer_outlet,
    infer_title,
    normalise_timestamp,
    outlet_from_url,
    parse_front_matter,
)

TEXT_SUFFIXES = (".txt", ".md")
#: Saved web pages: the article text is read from the markup (checker.webpage).
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
ROW_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv")
MANIFEST_NAME = "manifest.csv"

#: Bytes sniffed for NUL bytes to tell binary files from text.
SNIFF_BYTES = 8192


def _default_fields(kind: str) -> tuple[str, ...]:
    """Default field names of one kind, from checker/data/corpus_fields.yaml."""
    return tuple(load_vocab("corpus_fields")[kind])


@dataclass(frozen=True)
class CorpusOptions:
    """Where tabular inputs keep their fields, and size limits.

    Each field option is a list of candidate column names, tried in order; the
    defaults (checker/data/corpus_fields.yaml) cover common dumps: RSS exports, AllSides, BASIL,
    NewsAPI, news-please, GDELT, Kaggle news sets.
    """

    text_fields: Sequence[str] = field(default_factory=lambda: _default_fields("text"))
    date_fields: Sequence[str] = field(default_factory=lambda: _default_fields("date"))
    outlet_fields: Sequence[str] = field(default_factory=lambda: _default_fields("outlet"))
    title_fields: Sequence[str] = field(default_factory=lambda: _default_fields("title"))
    id_fields: Sequence[str] = field(default_factory=lambda: _default_fields("id"))
    url_fields: Sequence[str] = field(default_factory=lambda: _default_fields("url"))
    #: A single text document larger than this is refused (the row formats stream).
    max_document_bytes: int = 20_000_000
    extra_manifest: dict[str, dict[str, Any]] = field(default_factory=dict)


def load_corpus(paths: Iterable[str | Path], options: CorpusOptions | None = None, *,
                exclude: Iterable[str | Path] = ()) -> pd.DataFrame:
    """Read files and directories into a documents frame (``DOCUMENT_COLUMNS``).

    Directories are walked recursively in sorted order, skipping hidden files
    and directories; a ``manifest.csv`` in a directory adds or overrides the
    metadata of the files it lists. Documents keep input order. Directories in
    ``exclude`` (numcheck's own report directory) are not read.
    """
    options = options or CorpusOptions()
    excluded = [Path(e).resolve() for e in exclude]
    records: list[dict[str, Any]] = []
    for path, manifest in _input_files(paths):
        if excluded and any(_is_within(path, directory) for directory in excluded):
            continue
        try:
            records.extend(_read_path(path, manifest, options))
        except Exception as exc:  # one unreadable document must not lose the others
            records.append(_error(path, f"could not be read: {type(exc).__name__}: {exc}"))
    frame = pd.DataFrame.from_records(records, columns=list(DOCUMENT_COLUMNS))
    # Row ids from the data may repeat (two items with one link): keep doc_id
    # unique by appending the row number to the later ones.
    repeated = frame["doc_id"].duplicated(keep="first")
    if repeated.any():
        frame.loc[repeated, "doc_id"] = frame.loc[repeated, "doc_id"] + "@" + frame.loc[repeated, "row"].astype(str)
    frame["row"] = frame["row"].astype("Int64")
    frame["line_base"] = frame["line_base"].astype("int64")
    frame["n_chars"] = frame["n_chars"].astype("int64")
    frame["is_row"] = frame["is_row"].astype(bool)
    for column in ("title", "outlet", "published", "url", "language", "metadata_source", "encoding", "warning", "text"):
        frame[column] = frame[column].fillna("").astype(str)
    return frame


# --- walking ------------------------------------------------------------------

def _is_within(path: Path, directory: Path) -> bool:
    try:
        path.resolve().relative_to(directory)
    except ValueError:
        return False
    return True


def _input_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, dict[str, dict[str, Any]]]]:
    """Yield (file, manifest entries of its directory) in a stable order."""
    manifests: dict[Path, dict[str, dict[str, Any]]] = {}
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{raw}: no such file or directory")
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name == MANIFEST_NAME:
                        continue
                    file = Path(root) / name
                    yield file, _manifest_for(file.parent, manifests)
        else:
            if path.name == MANIFEST_NAME:
                continue
            yield path, _manifest_for(path.parent, manifests)


def _manifest_for(directory: Path, cache: dict[Path, dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    if directory not in cache:
        manifest = directory / MANIFEST_NAME
        cache[directory] = read_manifest(manifest) if manifest.is_file() else {}
    return cache[directory]


def read_manifest(path: Path) -> dict[str, dict[str, Any]]:
    """Read a ``manifest.csv`` (columns ``file,outlet,published``, optional ``title,url``).

    Returns metadata by file name; each entry keeps ``_line`` (its line in the
    manifest) so that a bad value can be reported there. A manifest without a
    ``file`` column is an :class:`InputError`.
    """
    text, _ = _decode(path.read_bytes())
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "file" not in reader.fieldnames:
        raise InputError(f"{path}:1: manifest needs a 'file' column (columns: file,outlet,published[,title,url])")
    entries: dict[str, dict[str, Any]] = {}
    for record in reader:
        name = (record.get("file") or "").strip()
        if name:
            entry = {k: (v or "").strip() for k, v in record.items() if k in ("outlet", "published", "title", "url", "language")}
            entry["_line"] = reader.line_num
            entry["_file"] = str(path)
            entries[name] = entry
    return entries


# --- reading ------------------------------------------------------------------

def _document(file: Path, **values: Any) -> dict[str, Any]:
    record: dict[str, Any] = {c: "" for c in DOCUMENT_COLUMNS}
    record.update(doc_id=str(file), file=str(file), row=None, status="ok", line_base=1, is_row=False,
                  n_chars=0, encoding="", warning="", source_lines=())
    record.update(values)
    record["n_chars"] = len(record.get("text") or "")
    return record


def _error(file: Path, reason: str, **values: Any) -> dict[str, Any]:
    return _document(file, status=f"error: {reason}", text="", **values)


def _read_path(file: Path, manifest: dict[str, dict[str, Any]], options: CorpusOptions) -> list[dict[str, Any]]:
    name = file.name.lower()
    stem = name[:-3] if name.endswith(".gz") else name
    suffix = os.path.splitext(stem)[1]
    try:
        if suffix in TEXT_SUFFIXES:
            return [_read_text_document(file, manifest.get(file.name), options)]
        if suffix in HTML_SUFFIXES:
            return [_read_html_document(file, manifest.get(file.name), options)]
        if suffix in ROW_SUFFIXES:
            return list(_read_rows(file, suffix, options))
    except OSError as exc:
        return [_error(file, f"cannot read file: {exc.strerror or exc}")]
    return [_document(file, status=f"skipped: unsupported file type '{suffix or file.name}' "
                      f"(numcheck reads {', '.join(TEXT_SUFFIXES + HTML_SUFFIXES + ROW_SUFFIXES)}, "
                      "optionally .gz)")]


def _open_bytes(file: Path, limit: int | None = None) -> bytes:
    opener = gzip.open if file.name.lower().endswith(".gz") else open
    with opener(file, "rb") as handle:
        return handle.read() if limit is None else handle.read(limit + 1)


class DecodeError(ValueError):
    """The bytes are not text numcheck can read."""


def _decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM-aware), UTF-16 with a BOM, the ``declared`` encoding, or Windows-1252.

    Returns (text, encoding). Windows-1252 is the usual encoding of legacy news
    exports; latin-1 is not tried because it accepts any bytes and would turn a
    binary file into nonsense silently.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:SNIFF_BYTES]:
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if declared and declared not in ("utf-8", "utf-16"):
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        line = data[: utf8_error.start].count(b"\n") + 1
        raise DecodeError(f"line {line}: not UTF-8 or Windows-1252 text (byte 0x{data[utf8_error.start]:02x})") from None


def _read_file_text(file: Path, options: CorpusOptions, declared: Any = None) -> tuple[str, str, bytes] | dict[str, Any]:
    """(text, encoding, bytes) of a one-document file, or the error row saying why it cannot be read.

    ``declared`` (bytes -> codec name or None) reads the encoding a format
    declares (an HTML page's <meta charset>); it is used when the bytes are not UTF-8.
    """
    data = _open_bytes(file, options.max_document_bytes)
    if len(data) > options.max_document_bytes:
        return _error(file, f"file larger than {options.max_document_bytes:,} bytes; split it or raise the limit")
    try:
        text, encoding = _decode(data, declared(data) if declared else None)
    except DecodeError as exc:
        return _error(file, str(exc))
    # Normalise line ends so offsets count one character per line break.
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding, data


def _read_text_document(file: Path, manifest_entry: dict[str, Any] | None, options: CorpusOptions) -> dict[str, Any]:
    read = _read_file_text(file, options)
    if isinstance(read, dict):
        return read
    text, encoding, data = read
    if not text.strip():
        return _document(file, status="empty: no text", text="", encoding=encoding)

    values: dict[str, Any] = {}
    sources: list[str] = []
    warnings: list[str] = []
    try:
        front = parse_front_matter(text)
    except MetadataError as exc:
        return _error(file, f"line {exc.line}: {exc}", encoding=encoding)
    if front is not None:
        text = blank_out(text, front.end)
        for key, value in front.fields.items():
            if key in ("title", "outlet", "url", "language") and value is not None:
                values[key] = str(value)
            elif key == "published":
                try:
                    values["published"] = normalise_timestamp(value)
                except MetadataError as exc:
                    line = _front_matter_line(text_lines=front.lines, key=key, raw=data)
                    warnings.append(f"line {line}: published: {exc}; publication date left blank")
        sources.append("front matter")

    if manifest_entry:
        _apply_manifest(manifest_entry, values, warnings)
        sources.append("manifest")

    inferred = []
    if not values.get("title"):
        values["title"] = infer_title(text)
    if not values.get("outlet"):
        values["outlet"] = infer_outlet(text)
        if values["outlet"]:
            inferred.append("outlet")
    if not values.get("published"):
        found = publication_date_in_text(text)
        if found:
            values["published"] = found
            inferred.append("published")
    if inferred:
        sources.append("text (" + ", ".join(inferred) + ")")
    return _document(file, text=text, encoding=encoding, metadata_source="; ".join(sources),
                     warning="; ".join(warnings), **values)


def _read_html_document(file: Path, manifest_entry: dict[str, Any] | None, options: CorpusOptions) -> dict[str, Any]:
    """A saved web page: its article text (checker.webpage), metadata from its <meta> tags, then the manifest."""
    from checker.webpage import PageError, declared_charset, read_page

    read = _read_file_text(file, options, declared_charset)
    if isinstance(read, dict):
        return read
    markup, encoding, _ = read
    try:
        page = read_page(markup)
    except PageError as exc:
        return _error(file, f"line {exc.line}: {exc}", encoding=encoding)
    if not page.text.strip():
        return _document(file, status="empty: no article text in the page", text="", encoding=encoding)
    values: dict[str, Any] = {}
    warnings: list[str] = []
    sources: list[str] = []
    for key in ("title", "outlet", "url", "language"):
        if page.meta.get(key):
            values[key] = page.meta[key]
    if page.meta.get("published"):
        try:
            values["published"] = normalise_timestamp(page.meta["published"])
        except MetadataError as exc:
            warnings.append(f"line {_markup_line(markup, page.meta['published'])}: published: {exc}; "
                            "publication date left blank")
    if values:
        sources.append("html meta")
    if manifest_entry:
        _apply_manifest(manifest_entry, values, warnings)
        sources.append("manifest")
    if not values.get("outlet") and values.get("url"):
        values["outlet"] = outlet_from_url(values["url"])
    if not values.get("published"):
        found = publication_date_in_text(page.text)
        if found:
            values["published"] = found
            sources.append("text (published)")
    if not values.get("title"):
        values["title"] = infer_title(page.text)
    return _document(file, text=page.text, encoding=encoding, metadata_source="; ".join(sources),
                     warning="; ".join(warnings), source_lines=page.source_lines, **values)


def _markup_line(markup: str, value: str) -> int:
    """The line of the page where ``value`` first appears (for warnings), else 1."""
    at = markup.find(value)
    return markup.count("\n", 0, at) + 1 if at >= 0 else 1


def _apply_manifest(entry: dict[str, Any], values: dict[str, Any], warnings: list[str]) -> None:
    """The manifest's metadata over what the file itself says; a bad date is a warning naming the manifest line."""
    for key in ("title", "outlet", "url", "language"):
        if entry.get(key):
            values[key] = entry[key]
    if entry.get("published"):
        try:
            values["published"] = normalise_timestamp(entry["published"])
        except MetadataError as exc:
            warnings.append(f"{entry['_file']}:{entry['_line']}: published: {exc}; publication date left blank")


def _front_matter_line(text_lines: int, key: str, raw: bytes) -> int:
    for number, line in enumerate(raw.decode("utf-8", "replace").splitlines()[: text_lines + 1], start=1):
        if line.lstrip().startswith(f"{key}:"):
            return number
    return 1


def publication_date_in_text(text: str) -> str:
    """Publication date stated in the text ("Published: 20 Nov. 2024, 15:57", a dateline), ISO, or ""."""
    try:
        from checker.dates import find_publication_date
    except ImportError:  # the dates stage is optional for corpus loading
        return ""
    found = find_publication_date(text)
    if not found:
        return ""
    try:
        return normalise_timestamp(found[0])
    except MetadataError:
        return ""


# --- tabular inputs -----------------------------------------------------------

def _read_rows(file: Path, suffix: str, options: CorpusOptions) -> Iterator[dict[str, Any]]:
    try:
        head = _open_bytes(file, SNIFF_BYTES)
        if suffix in (".jsonl", ".ndjson") and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            # JSON Lines stream: a dump of any size is read a line at a time.
            if b"\x00" in head:
                yield _error(file, "binary file (NUL bytes), not text")
                return
            rows = _jsonl_stream(file)
            encoding = "utf-8"
        else:
            text, encoding = _decode(_open_bytes(file))
            if not text.strip():
                yield _document(file, status="empty: no rows", text="")
                return
            rows = _json_rows(text) if suffix == ".json" else _jsonl_rows(text) if suffix in (".jsonl", ".ndjson") \
                else _csv_rows(text)
    except DecodeError as exc:
        yield _error(file, str(exc))
        return
    except (OSError, EOFError) as exc:
        yield _error(file, f"cannot read file: {exc}")
        return
    seen = False
    for number, line, record, problem in rows:
        seen = True
        doc_id = f"{file}#{number}"
        if problem:
            yield _error(file, f"line {line}: {problem}", doc_id=doc_id, row=number, line_base=line, is_row=True)
            continue
        yield _row_document(file, number, line, record, options, encoding)
    if not seen:
        yield _document(file, status="empty: no rows", text="")


def _jsonl_stream(file: Path) -> Iterator[tuple[int, int, dict[str, Any], str]]:
    """Rows of a JSON Lines file read line by line (gzip-aware); bad lines become problems."""
    opener = gzip.open if file.name.lower().endswith(".gz") else open
    number = 0
    with opener(file, "rb") as handle:
        for line_no, raw in enumerate(handle, start=1):
            if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            number += 1
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    line = raw.decode("cp1252")
                except UnicodeDecodeError as exc:
                    yield number, line_no, {}, f"not UTF-8 or Windows-1252 text (byte 0x{raw[exc.start]:02x})"
                    continue
            yield from _jsonl_record(number, line_no, line)


def _jsonl_rows(text: str) -> Iterator[tuple[int, int, dict[str, Any], str]]:
    number = 0
    for line_no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        number += 1
        yield from _jsonl_record(number, line_no, line)


def _jsonl_record(number: int, line_no: int, line: str) -> Iterator[tuple[int, int, dict[str, Any], str]]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        yield number, line_no, {}, f"invalid JSON: {exc.msg} (column {exc.colno})"
        return
    except RecursionError:  # nesting deeper than Python's stack: this line only
        yield number, line_no, {}, "invalid JSON: nested too deeply"
        return
    if not isinstance(record, dict):
        yield number, line_no, {}, "each JSON line must be an object"
        return
    yield number, line_no, record, ""


def _json_rows(text: str) -> Iterator[tuple[int, int, dict[str, Any], str]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield 1, exc.lineno, {}, f"invalid JSON: {exc.msg} (column {exc.colno})"
        return
    except RecursionError:
        yield 1, 1, {}, "invalid JSON: nested too deeply"
        return
    if isinstance(data, dict):
        # A wrapper object ({"articles": [...]}, NewsAPI's {"status": ..., "articles": [...]})
        # holds its one list of objects; any other object is one article (news-please
        # writes one per file, with an "authors" list of names).
        lists = [v for v in data.values() if isinstance(v, list) and v and all(isinstance(i, dict) for i in v)]
        data = lists[0] if len(lists) == 1 else [data]
    if not isinstance(data, list):
        yield 1, 1, {}, "a .json corpus must be a list of objects"
        return
    for number, record in enumerate(data, start=1):
        if isinstance(record, dict):
            yield number, 1, record, ""
        else:
            yield number, 1, {}, f"item {number} is not an object"


def _csv_rows(text: str) -> Iterator[tuple[int, int, dict[str, Any], str]]:
    csv.field_size_limit(max(csv.field_size_limit(), 50_000_000))
    reader = csv.DictReader(io.StringIO(text))
    line = 2
    try:
        for number, record in enumerate(reader, start=1):
            if None in record:
                yield number, line, {}, f"row has {len(reader.fieldnames or [])+len(record[None])} fields, header has {len(reader.fieldnames or [])}"
            else:
                yield number, line, record, ""
            line = reader.line_num + 1
    except csv.Error as exc:
        yield reader.line_num, reader.line_num, {}, f"malformed CSV: {exc}"


#: The note an API leaves where it cut an article short (NewsAPI: "… [+2345 chars]"):
#: not part of the text, and its number is no claim.
TRUNCATION_MARKER = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")

#: Keys of an object value that name it (NewsAPI's {"id": "bbc-news", "name": "BBC News"}).
OBJECT_NAME_KEYS = ("name", "title", "id")


def _first(record: dict[str, Any], names: Sequence[str]) -> tuple[str, Any]:
    """The first of ``names`` the record has a value for: (name, value), else ("", None).

    Names match case-insensitively and ignore padding (" Title "); a name is
    tried as a literal key first (a flattened "source.name" column), then as a
    path into nested objects; an object value stands for its name/title/id.
    """
    keys = {str(k).strip().lower(): k for k in record}
    for name in names:
        literal = keys.get(name.lower())
        value = _scalar(record[literal]) if literal is not None else _scalar(_walk(record, name.split(".")))
        if value not in (None, ""):
            return name, value
    return "", None


def _walk(value: Any, path: list[str]) -> Any:
    """The value at a dotted path of nested objects (keys compared case-insensitively), or None."""
    for part in path:
        if not isinstance(value, dict):
            return None
        found = value.get(part)
        if found is None:
            lowered = part.lower()
            found = next((v for k, v in value.items() if str(k).strip().lower() == lowered), None)
        value = found
    return value


def _scalar(value: Any) -> Any:
    """A field value usable as text: an object stands for its name; lists and objects without one are None."""
    if isinstance(value, dict):
        value = next((value[k] for k in OBJECT_NAME_KEYS if value.get(k) not in (None, "")), None)
    return None if isinstance(value, (list, dict)) else value


def _row_document(file: Path, number: int, line: int, record: dict[str, Any], options: CorpusOptions,
                  encoding: str) -> dict[str, Any]:
    _, body = _first(record, options.text_fields)
    _, title = _first(record, options.title_fields)
    _, ident = _first(record, options.id_fields)
    doc_id = f"{file}#{ident}" if ident not in (None, "") else f"{file}#{number}"
    base = dict(doc_id=doc_id, row=number, line_base=line, is_row=True, encoding=encoding)
    if body in (None, "") and title in (None, ""):
        fields = ", ".join(options.text_fields)
        return _error(file, f"line {line}: no text field (looked for {fields}; use --text-field)", **base)
    body = TRUNCATION_MARKER.sub("", str(body or "").replace("\r\n", "\n"))
    title = str(title or "").strip()
    text = f"{title}\n\n{body}" if title and body else (title or body)
    date_field, date_value = _first(record, options.date_fields)
    warning = ""
    try:
        published = normalise_timestamp(date_value)
    except MetadataError as exc:
        # Dumps carry junk dates ("0001-11-30"); the text is still worth reading.
        published, warning = "", f"line {line}: {date_field}: {exc}; publication date left blank"
    _, outlet = _first(record, options.outlet_fields)
    _, url = _first(record, options.url_fields)
    outlet = outlet_from_url(str(outlet)) if outlet else infer_outlet(text)
    return _document(file, text=text, title=title, outlet=outlet, published=published, url=str(url or ""),
                     language=str(record.get("language") or ""), metadata_source="fields", warning=warning, **base)
