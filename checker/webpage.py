"""Saved web pages: the article's text, its metadata, and where each line came from.

Fact-checkers keep the pages they check. A page is markup around an article:
numcheck reads the article's text (the ``<article>`` element when the page has
one, else the ``<body>``), skipping scripts, styles, navigation, asides and
forms, with block elements (paragraphs, headings, list items, table rows) on
lines of their own so that sentences end where paragraphs end. The page's
``<meta>`` tags give the title, outlet, publication date and URL.

Claims point back into the file: every run of text remembers the source line it
came from (``source_lines``), so a claim's line is the page's line, not the
extracted text's. Only the standard library's tokenizer is used; nothing in a
page is executed or fetched.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

#: Elements whose content is never article text.
SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
                     "button", "select", "iframe", "figure", "head"})

#: Elements that start a new line (paragraph-like blocks).
BLOCKS = frozenset({"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
                    "ol", "tr", "table", "blockquote", "pre", "dd", "dt", "dl", "hr", "br", "figcaption", "address"})

#: Void elements: no end tag follows, so they never open a skipped region.
VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "base", "col", "embed"})

#: <meta> names/properties, in order of preference, for each document field.
META_FIELDS: dict[str, tuple[str, ...]] = {
    "published": ("article:published_time", "datepublished", "date", "pubdate", "publish-date", "dc.date",
                  "dc.date.issued", "sailthru.date", "parsely-pub-date", "og:published_time"),
    "outlet": ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"),
    "title": ("og:title", "twitter:title", "dc.title", "headline"),
    "url": ("og:url",),
    "language": ("og:locale", "language", "content-language", "dc.language"),
}

#: The charset a page declares in its first bytes: <meta charset="iso-8859-2"> or
#: <meta http-equiv="Content-Type" content="text/html; charset=windows-1251">.
DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)

#: Bytes of a page searched for its charset declaration (HTML puts it early).
CHARSET_SNIFF_BYTES = 4096

#: Runs of spaces and tabs inside a text node (line breaks are handled apart).
INLINE_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass
class Page:
    """What numcheck reads from one HTML page."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)
    #: ``(text offset, file line)`` pairs, sorted: the text from each offset on came from that line.
    source_lines: tuple[tuple[int, int], ...] = ()


def declared_charset(data: bytes) -> str | None:
    """The Python codec name of the charset a page declares, or None (undeclared or unknown)."""
    import codecs

    match = DECLARED_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def source_line(source_lines: tuple[tuple[int, int], ...], offset: int) -> int:
    """The file line of the character at ``offset`` of a page's text (1 when unknown)."""
    if not source_lines:
        return 1
    index = bisect.bisect_right(source_lines, (offset, float("inf"))) - 1
    return source_lines[max(index, 0)][1]


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.lines: list[tuple[int, int]] = []
        self.length = 0
        self.skip_depth = 0
        self.skip_stack: list[str] = []
        self.article_depth = 0
        self.article_parts: list[tuple[int, int]] = []  # (start, end) offsets of article text
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.in_title = False
        self.canonical = ""
        self.time_datetime = ""

    # --- text ---------------------------------------------------------------
    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")
            self.length += 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        # The line a text node starts on; wrapped lines inside it count on, so
        # each piece is emitted with its own line.
        line = self.getpos()[0]
        for number, piece in enumerate(data.split("\n")):
            piece = INLINE_SPACE.sub(" ", piece)
            if number and self.parts and not self.parts[-1].endswith((" ", "\n")) and piece.strip():
                self.parts.append(" ")
                self.length += 1
            if not piece.strip():
                continue
            if not self.parts or self.parts[-1].endswith((" ", "\n")):
                piece = piece.lstrip()
            self.lines.append((self.length, line + number))
            self.parts.append(piece)
            start = self.length
            self.length += len(piece)
            if self.article_depth:
                self.article_parts.append((start, self.length))

    # --- tags ---------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop")
                   or values.get("http-equiv") or "").lower()
            if key and values.get("content") and key not in self.meta:
                self.meta[key] = values["content"].strip()
            return
        if tag == "html" and values.get("lang"):
            self.meta.setdefault("content-language", values["lang"].strip())
            return
        if tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = values.get("href", "").strip()
            return
        if tag == "time" and values.get("datetime") and not self.time_datetime:
            self.time_datetime = values["datetime"].strip()
        if tag == "title":
            self.in_title = True
            return
        if tag in VOID:
            if tag in BLOCKS and not self.skip_depth:
                self._newline()
            return
        # A page's <header> is its masthead and menu; an article's <header>
        # holds the headline, which often states the figure.
        skipped = tag in SKIPPED and not (tag == "header" and self.article_depth)
        if skipped or self.skip_depth:
            self.skip_depth += 1
            self.skip_stack.append(tag)
            return
        if tag == "article":
            self.article_depth += 1
        if tag in BLOCKS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if self.skip_depth:
            # Close the innermost open skipped element with this name (pages
            # leave tags unclosed; an unmatched end tag is ignored).
            if tag in self.skip_stack:
                while self.skip_stack:
                    self.skip_depth -= 1
                    if self.skip_stack.pop() == tag:
                        break
            return
        if tag == "article" and self.article_depth:
            self.article_depth -= 1
        if tag in BLOCKS:
            self._newline()


def read_page(markup: str) -> Page:
    """The article text of an HTML page, its metadata and the source line of each run of text.

    When the page has ``<article>`` elements, only their text is kept (menus,
    related stories and comments around it carry figures that are not the
    article's); the page title, when the article has no heading, stays as the
    first line.
    """
    parser = _PageParser()
    parser.feed(markup)
    parser.close()
    full = "".join(parser.parts)
    if parser.article_parts:
        text, lines = _keep(full, parser.lines, parser.article_parts)
    else:
        text, lines = full, parser.lines
    meta = _metadata(parser)
    stripped = text.strip("\n ")
    shift = len(text) - len(text.lstrip("\n "))
    lines = [(max(offset - shift, 0), line) for offset, line in lines if offset - shift < len(stripped)]
    return Page(text=stripped + "\n" if stripped else "", meta=meta, source_lines=_dedupe(lines))


def _keep(full: str, lines: list[tuple[int, int]], spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The text of ``spans`` only (article text), with its source lines re-based."""
    pieces: list[str] = []
    kept: list[tuple[int, int]] = []
    length = 0
    starts = [offset for offset, _ in lines]
    previous_end = None
    for start, end in spans:
        if previous_end is not None and "\n" in full[previous_end:start]:
            pieces.append("\n")
            length += 1
        elif previous_end is not None and full[previous_end:start]:
            pieces.append(" ")
            length += 1
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
    meta: dict[str, str] = {}
    for field_name, keys in META_FIELDS.items():
        for key in keys:
            if parser.meta.get(key):
                meta[field_name] = parser.meta[key]
                break
    if "published" not in meta and parser.time_datetime:
        meta["published"] = parser.time_datetime
    if "title" not in meta:
        title = INLINE_SPACE.sub(" ", " ".join(parser.title_parts)).strip()
        if title:
            meta["title"] = title
    if "url" not in meta and parser.canonical:
        meta["url"] = parser.canonical
    if meta.get("outlet", "").startswith("@"):  # twitter:site "@Reuters"
        meta["outlet"] = meta["outlet"][1:]
    # "Death toll tops 11,000 | Example News": the outlet is not part of the headline.
    if meta.get("title") and meta.get("outlet"):
        for separator in (" | ", " - ", " – ", " — "):
            suffix = separator + meta["outlet"]
            if meta["title"].endswith(suffix) and len(meta["title"]) > len(suffix):
                meta["title"] = meta["title"][: -len(suffix)].rstrip()
    if "language" in meta:
        meta["language"] = meta["language"].replace("_", "-").split("-")[0].lower()
    return meta
