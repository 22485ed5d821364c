"""Saved web pages: the article's text, its metadata, and where each line came from.

Fact-checkers keep the pages they check. A page is markup around an article:
numcheck reads the article's text (the longest top-level ``<article>`` when the
page has one, else ``<main>``, else the body), skipping scripts, styles,
navigation, asides and the page's masthead, with block elements (paragraphs,
headings, list items, table rows) on lines of their own so that sentences end
where paragraphs end, table cells kept apart, and a single ``<br>`` read as a
space (two in a row break the line). Metadata comes from ``<meta>`` tags, then
JSON-LD, then ``<time datetime>`` and ``<title>``.

Pages are often not well-formed, so elements are closed the way a browser
closes them: an end tag closes every element opened inside it, ``<body>`` (or
the first body element) closes an unclosed ``<head>``, and a stray end tag is
ignored. Work is linear in the page's size.

Claims point back into the file: every run of text remembers the source line it
came from (``source_lines``), so a claim's line is the page's line, not the
extracted text's. Only the standard library's tokenizer and JSON reader are
used; nothing in a page is executed or fetched. The element lists live in
``checker/data/html.yaml``.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any

from checker.vocab import load_vocab

#: The charset a page declares in its first bytes: <meta charset="iso-8859-2"> or
#: <meta http-equiv="Content-Type" content="text/html; charset=windows-1251">.
DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)

#: Bytes of a page searched for its charset declaration (HTML puts it early).
CHARSET_SNIFF_BYTES = 4096

#: Runs of spaces and tabs inside a text node (line breaks are handled apart).
INLINE_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")

#: Elements that may stand in <head>; any other start tag closes an unclosed head.
HEAD_CONTENT = frozenset({"title", "meta", "link", "script", "style", "base", "noscript", "template"})


class PageError(ValueError):
    """Markup the tokenizer cannot read; ``line`` is the page line where it stopped."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class Page:
    """What numcheck reads from one HTML page."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)
    #: ``(text offset, file line)`` pairs, sorted: the text from each offset on came from that line.
    source_lines: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class _Vocab:
    skipped: frozenset[str]
    content_roots: frozenset[str]
    blocks: frozenset[str]
    cells: frozenset[str]
    cell_separator: str
    void: frozenset[str]
    meta_fields: dict[str, tuple[str, ...]]
    json_ld_fields: dict[str, tuple[str, ...]]
    json_ld_types: frozenset[str]
    title_separators: tuple[str, ...]
    charset_aliases: dict[str, str]
    charset_families: tuple[str, ...]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    raw = load_vocab("html")
    return _Vocab(
        skipped=frozenset(raw["skipped"]), content_roots=frozenset(raw["content_roots"]),
        blocks=frozenset(raw["blocks"]), cells=frozenset(raw["cells"]), cell_separator=raw["cell_separator"],
        void=frozenset(raw["void"]),
        meta_fields={k: tuple(v) for k, v in raw["meta_fields"].items()},
        json_ld_fields={k: tuple(v) for k, v in raw["json_ld_fields"].items()},
        json_ld_types=frozenset(raw["json_ld_types"]), title_separators=tuple(raw["title_separators"]),
        charset_aliases=dict(raw["charset_aliases"]), charset_families=tuple(raw["charset_families"]),
    )


def declared_charset(data: bytes) -> str | None:
    """The Python codec of the charset a page declares, read as browsers read labels, or None.

    "iso-8859-1" and "us-ascii" mean Windows-1252 on the web; labels that are
    not text encodings a page can use ("unicode-escape", "rot13") are ignored.
    """
    import codecs

    match = DECLARED_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    if not match:
        return None
    vocab = _vocab()
    label = match.group(1).decode("ascii").lower()
    label = vocab.charset_aliases.get(label, label)
    if not label.startswith(vocab.charset_families):
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def source_line(source_lines: tuple[tuple[int, int], ...], offset: int) -> int:
    """The file line of the character at ``offset`` of a page's text (1 when unknown)."""
    if not source_lines:
        return 1
    index = bisect.bisect_right(source_lines, (offset, float("inf"))) - 1
    return source_lines[max(index, 0)][1]


class _PageParser(HTMLParser):
    """Collects a page's visible text with source lines, root spans and metadata in one pass."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.vocab = _vocab()
        self.parts: list[str] = []
        self.lines: list[tuple[int, int]] = []
        self.length = 0
        self.pending_space = False
        self.after_br = False
        # Open elements: (name, skips its content); counts make "is X open" O(1).
        self.stack: list[tuple[str, bool]] = []
        self.open = Counter()
        self.skipping = Counter()
        self.content_depth = 0
        # Top-level <article>/<main> elements: their text spans, by root kind.
        self.roots: dict[str, list[list[tuple[int, int]]]] = {"article": [], "main": []}
        self.current_root: dict[str, int | None] = {"article": None, "main": None}
        self.root_level: dict[str, int] = {}
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.in_json_ld = False
        self.json_ld_parts: list[str] = []
        self.title_parts: list[str] = []
        self.in_title = False
        self.title_done = False
        self.canonical = ""
        self.time_datetime = ""
        self.h1: tuple[int, int] | None = None  # (start offset, source line) of the first visible h1
        self.h1_text = ""
        self.h1_line = 0

    # --- state ---------------------------------------------------------------
    def _skips(self) -> bool:
        return sum(self.skipping.values()) > 0

    def _only_head_skips(self) -> bool:
        return sum(self.skipping.values()) == self.skipping["head"]

    # --- text ----------------------------------------------------------------
    def _append(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def _newline(self) -> None:
        if self.parts and self.parts[-1] == " ":
            self.parts.pop()
            self.length -= 1
        if self.parts and not self.parts[-1].endswith("\n"):
            self._append("\n")
        self.pending_space = False
        self.after_br = False

    def _emit(self, piece: str, line: int) -> None:
        if self.pending_space and self.parts and not self.parts[-1].endswith((" ", "\n")):
            self._append(" ")
        start = self.length
        self.lines.append((start, line))
        self._append(piece)
        for kind, index in self.current_root.items():
            if index is not None:
                self.roots[kind][index].append((start, self.length))

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.in_json_ld:
            self.json_ld_parts.append(data)
            return
        if self._skips():
            return
        line = self.getpos()[0]
        for number, raw in enumerate(data.split("\n")):
            if number:
                self.pending_space = True  # a line break in a text node is a space
            piece = INLINE_SPACE.sub(" ", raw)
            if not piece.strip():
                self.pending_space = self.pending_space or bool(piece)
                continue
            if piece[0] == " ":
                self.pending_space = True
            trailing = piece[-1] == " "
            self._emit(piece.strip(" "), line + number)
            self.pending_space = trailing
            self.after_br = False

    # --- tags ----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        vocab = self.vocab
        if self.open["head"] and (tag == "body" or (tag not in HEAD_CONTENT and tag != "head")):
            self._close("head")  # a browser ends the head here even without </head>
        if tag == "html":
            if values.get("lang"):
                self.meta.setdefault("content-language", values["lang"].strip())
            return
        if tag == "meta":
            self._meta(values)
            return
        if tag == "link":
            if "canonical" in values.get("rel", "").lower().split() and self._only_head_skips():
                self.canonical = self.canonical or values.get("href", "").strip()
            return
        if tag in vocab.void:
            if self._skips():
                return
            if tag == "br":
                if self.after_br:
                    self._newline()  # <br><br>: a paragraph break
                else:
                    self.pending_space = True
                    self.after_br = True
            elif tag in vocab.blocks:
                self._newline()
            return
        skipping_before = self._skips()
        skip = tag in vocab.skipped and not (tag == "header" and self.content_depth)
        self.stack.append((tag, skip))
        self.open[tag] += 1
        if skip:
            self.skipping[tag] += 1
        if tag in vocab.content_roots:
            self.content_depth += 1
        if tag == "title" and not self.open["svg"] and not self.title_done:
            self.in_title = True
        elif tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self.in_json_ld = True
        if skipping_before:
            return
        if tag == "time" and values.get("datetime") and not self.time_datetime:
            self.time_datetime = values["datetime"].strip()
        if tag in self.roots and self.current_root[tag] is None:
            self.current_root[tag] = len(self.roots[tag])
            self.root_level[tag] = len(self.stack)
            self.roots[tag].append([])
        if tag in vocab.blocks:
            self._newline()
        if tag in vocab.cells and self.parts and not self.parts[-1].endswith("\n"):
            self.pending_space = False
            self._append(vocab.cell_separator)
        if tag == "h1" and self.h1 is None and not skip:
            self.h1 = (self.length, self.getpos()[0])

    def handle_endtag(self, tag: str) -> None:
        if not self.open[tag]:
            return  # a stray end tag: browsers ignore it
        self._close(tag)

    def _close(self, tag: str) -> None:
        """Close ``tag`` and every element opened inside it (as a browser does)."""
        while self.stack:
            name, skip = self.stack.pop()
            self.open[name] -= 1
            if skip:
                self.skipping[name] -= 1
            if name in self.vocab.content_roots:
                self.content_depth -= 1
            if name in self.roots and self.current_root[name] is not None \
                    and len(self.stack) < self.root_level[name]:
                self.current_root[name] = None
            if name == "title" and self.in_title:
                self.in_title = False
                self.title_done = True
            elif name == "script" and self.in_json_ld:
                self.in_json_ld = False
                self.json_ld.append("".join(self.json_ld_parts))
                self.json_ld_parts = []
            elif name == "h1" and self.h1 is not None and not self.h1_text:
                start, line = self.h1
                self.h1_text = "".join(self.parts)[start:].strip()
                self.h1_line = line
            if name in self.vocab.blocks and not self._skips():
                self._newline()
            if name == tag:
                break

    def _meta(self, values: dict[str, str]) -> None:
        # <meta> in the head, or in the body's visible content (itemprop markup);
        # never from an aside's related story.
        if not self._only_head_skips():
            return
        key = (values.get("property") or values.get("name") or values.get("itemprop")
               or values.get("http-equiv") or "").lower()
        if key and values.get("content") and key not in self.meta:
            self.meta[key] = values["content"].strip()


def read_page(markup: str) -> Page:
    """The article text of an HTML page, its metadata and the source line of each run of text.

    Raises :class:`PageError` (with the page line) for markup the tokenizer
    cannot read at all.
    """
    parser = _PageParser()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError, RecursionError) as exc:  # the tokenizer's own errors
        raise PageError(parser.getpos()[0], f"unreadable markup: {exc}") from None
    full = "".join(parser.parts)
    spans = _main_root(parser)
    if spans is not None:
        text, lines = _keep(full, parser.lines, spans)
    else:
        text, lines = full, list(parser.lines)
    if parser.h1_text and parser.h1_text not in text:
        # The headline stands above the article element (a common layout).
        heading = " ".join(parser.h1_text.split())
        lines = [(0, parser.h1_line)] + [(offset + len(heading) + 1, line) for offset, line in lines]
        text = heading + "\n" + text
    meta = _metadata(parser)
    stripped = text.strip("\n ")
    shift = len(text) - len(text.lstrip("\n "))
    lines = [(max(offset - shift, 0), line) for offset, line in lines if offset - shift < len(stripped)]
    return Page(text=stripped + "\n" if stripped else "", meta=meta, source_lines=_dedupe(lines))


def _main_root(parser: _PageParser) -> list[tuple[int, int]] | None:
    """Spans of the article: the longest top-level <article> (comments and teasers are
    articles too), else the longest <main>, else None (the whole body)."""
    for kind in ("article", "main"):
        candidates = [spans for spans in parser.roots[kind] if spans]
        if candidates:
            return max(candidates, key=lambda spans: sum(end - start for start, end in spans))
    return None


def _keep(full: str, lines: list[tuple[int, int]], spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The text of ``spans`` only (article text), with its source lines re-based."""
    pieces: list[str] = []
    kept: list[tuple[int, int]] = []
    length = 0
    starts = [offset for offset, _ in lines]
    previous_end = None
    for start, end in spans:
        if previous_end is not None:
            gap = full[previous_end:start]
            joiner = "\n" if "\n" in gap else gap if gap.strip(" |") == "" else " "
            pieces.append(joiner)
            length += len(joiner)
        index = bisect.bisect_right(starts, start) - 1
        kept.append((length, lines[max(index, 0)][1]))
        pieces.append(full[start:end])
        length += end - start
        previous_end = end
    return "".join(pieces), kept


def _dedupe(lines: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for offset, line in sorted(lines):
        if out and out[-1][0] == offset:
            out[-1] = (offset, line)
        elif not out or out[-1][1] != line:
            out.append((offset, line))
    return tuple(out)


def _metadata(parser: _PageParser) -> dict[str, str]:
    vocab = parser.vocab
    meta: dict[str, str] = {}
    for field_name, keys in vocab.meta_fields.items():
        for key in keys:
            if parser.meta.get(key):
                meta[field_name] = parser.meta[key]
                break
    linked = _json_ld_fields(parser.json_ld, vocab)
    if "url" not in meta and parser.canonical:
        meta["url"] = parser.canonical
    for field_name, value in linked.items():
        meta.setdefault(field_name, value)
    if "published" not in meta and parser.time_datetime:
        meta["published"] = parser.time_datetime
    if "title" not in meta:
        title = INLINE_SPACE.sub(" ", " ".join(parser.title_parts)).strip()
        if title:
            meta["title"] = title
    if meta.get("outlet", "").startswith("@"):  # twitter:site "@Reuters"
        meta["outlet"] = meta["outlet"][1:]
    # "Death toll tops 11,000 | Example News": the outlet is not part of the headline.
    if meta.get("title") and meta.get("outlet"):
        for separator in vocab.title_separators:
            suffix = separator + meta["outlet"]
            if meta["title"].endswith(suffix) and len(meta["title"]) > len(suffix):
                meta["title"] = meta["title"][: -len(suffix)].rstrip()
    if "language" in meta:
        meta["language"] = meta["language"].replace("_", "-").split("-")[0].lower()
    return meta


def _json_ld_fields(blocks: list[str], vocab: _Vocab) -> dict[str, str]:
    """Fields of the first article object in the page's JSON-LD blocks (data only, never run)."""
    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        for item in _json_ld_objects(data):
            types = item.get("@type")
            types = set(types) if isinstance(types, list) else {types}
            if not types & vocab.json_ld_types:
                continue
            found: dict[str, str] = {}
            for field_name, keys in vocab.json_ld_fields.items():
                for key in keys:
                    value = _json_ld_value(item.get(key))
                    if value:
                        found[field_name] = value
                        break
            return found
    return {}


def _json_ld_objects(data: Any) -> list[dict[str, Any]]:
    """The objects of a JSON-LD document: itself, a list's items, an ``@graph``'s nodes."""
    if isinstance(data, list):
        return [item for element in data for item in _json_ld_objects(element)]
    if isinstance(data, dict):
        return [data] + [item for element in data.get("@graph", []) if isinstance(data.get("@graph"), list)
                         for item in _json_ld_objects(element)]
    return []


def _json_ld_value(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id") or value.get("url")
    return value.strip() if isinstance(value, str) else ""
