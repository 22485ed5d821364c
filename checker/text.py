"""Sentence spans and line numbers over a document's text.

Offsets everywhere in numcheck index into the text exactly as read, so these
helpers return spans and never rewrite the text.
"""

from __future__ import annotations

import bisect
import operator
import re
import string
from functools import lru_cache
from typing import Iterable

from checker.vocab import load_vocab

#: Capital letters that may open a name: ASCII plus the Latin-1 and Latin Extended
#: capitals ("Özgür Özel", "Émile", "Şanlıurfa"), for regex character classes.
#: Generated, not typed, so no capital is forgotten; İ is left out (its lower case
#: is two characters) but its name still matches from the second letter on.
UPPER_LETTERS = "A-Z" + "".join(
    c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and len(c.lower()) == 1 and c not in "×")

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) and
# whitespace, or at a line break: news dumps put headlines, bylines and
# datelines on lines of their own without final punctuation.
# Written to open with one character class (the engine then skips plain text
# fast): the same matches as "[.!?]+[closers]*(?=\s)|\n", 2.6x faster.
#: Scraped texts often lost the space (and paragraph break) after a stop: "…nuclear weapon."And if
#: Iran …", "…against Iran.Richard Haass, the president …". A stop after two lower-case letters, with
#: closing quotes, right before a capitalised word ends a sentence too; not before an e-mail address
#: or a domain ("Rebecca.Ballhaus@wsj.com"), and not after an abbreviation ("Gov.Cuomo", tested below).
SENTENCE_END = re.compile(r"""[.!?\n](?:(?<=\n)|[.!?]*["'”’)\]]*(?=\s)|(?<=[a-z]{2}[.!?])["”’]*(?=[A-Z][a-z]*\b(?![@.]\w)))""")

#: A stop followed, on its line, by a lower-case word ends no sentence: "Sen. Jim Inhofe (R-Okla.) said …", "“Why?” he
#: asked", "the U.S. and its allies". News sentences open with a capital; a state's abbreviation in a party tag alone
#: split 770 sentences in 385 AllSides articles, each cutting the speaker off from the figures it states. A link or a
#: handle after the stop ("… the details. pic.twitter.com/91NoZLoJ1G") is no word of the sentence.
LOWER_WORD_AFTER_STOP = re.compile(r"[ \t\u00a0]+[a-z][a-z'’\-]*(?![\w.@/]|:/)")

# No sentence runs longer than this: text without stops (tables, lists of
# figures, scraped dumps) is cut at spaces so that every claim row carries a
# sentence of readable size (and memory stays linear in the text).
MAX_SENTENCE = 1000

# A line break, where the next line starts.
LINE_BREAK = re.compile("\n")

# The word before a full stop, to tell "Mr. Yoon" and "Nov. 20" from a real end.
# (The reference for :func:`word_before_dot`, which finds the same word without a regex.)
WORD_BEFORE_DOT = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")

#: The characters of a :data:`WORD_BEFORE_DOT` word.
_WORD_BEFORE_DOT_CHARS = string.ascii_letters + "."


def word_before_dot(text: str, start: int, dot: int) -> str | None:
    """``WORD_BEFORE_DOT.search(text, start, dot + 1).group(1)`` for the full stop at ``dot``, or None.

    The leftmost match opens at the first letter of the run of letters and
    full stops that ends at the dot, so stripping that run off the window
    finds it. The search tried the pattern at each of the window's 30
    characters, each running on to the end of its word: half of what
    splitting a news text into sentences cost.
    """
    window = text[start:dot]
    return window[len(window.rstrip(_WORD_BEFORE_DOT_CHARS)):].lstrip(".") or None


# The capitalised word after a full stop and spaces: "the U.S. According to", "Mr. Yoon".
NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in load_vocab("abbreviations")["abbreviations"])


@lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    return frozenset(load_vocab("abbreviations")["sentence_openers"])


#: Share of a headline's words capitalised in Title Case ("Saudi Arabia Announces $5 Billion Help").
TITLE_CASE_SHARE = 0.8
#: Fewest words that tell Title Case.
TITLE_CASE_MIN_WORDS = 3


def title_case(words: list[str]) -> bool:
    """Whether ``words`` (a headline's, as the caller counts them) are Title Case: at least
    ``TITLE_CASE_MIN_WORDS`` of them, and ``TITLE_CASE_SHARE`` of them capitalised."""
    return len(words) >= TITLE_CASE_MIN_WORDS and \
        sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences of ``text``.

    Spans cover the text without leading/trailing whitespace; blank lines give no
    span. A full stop after a known abbreviation ("Mr.", "Nov.", "U.S.") or an
    initial ("J.") does not end a sentence.

    Every text-level stage (extraction, speakers, dates, modality) needs the
    sentences of the same document one after another, so the last few results
    are kept (a pure memo, bounded in count and size, safe across threads and
    forked workers): each stage gets its own copy of the spans.
    """
    if len(text) > MEMO_MAX_CHARS:
        return list(_split_sentences(text))
    return list(_memoised_spans(text))


#: Texts longer than this are split afresh by each stage rather than kept in
#: the memo: the memo holds its texts, and a few 20 MB dumps held after the
#: run would cost more memory than splitting them again costs time.
MEMO_MAX_CHARS = 1_000_000


@lru_cache(maxsize=4)
def _memoised_spans(text: str) -> tuple[tuple[int, int], ...]:
    return _split_sentences(text)


def _split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    abbreviations = _abbreviations()
    spans: list[tuple[int, int]] = []
    append = spans.append
    start = 0
    for match in SENTENCE_END.finditer(text):
        stop, end = match.span()
        if stop == start and text[stop] == "\n":
            # A line break right after the last end (a blank line, a stop ending its line): an empty
            # piece, half of a news text's matches; nothing to trim or keep.
            start = end
            continue
        if text[stop] != "\n" and LOWER_WORD_AFTER_STOP.match(text, end):
            continue
        if text[stop] == ".":
            # :func:`word_before_dot`, written out (a call per full stop was a sixth of the split).
            window = text[max(start, stop - 30) : stop]
            word = window[len(window.rstrip(_WORD_BEFORE_DOT_CHARS)):].lstrip(".")
            if word:
                token = word.lower()
                if (token in abbreviations or len(token) == 1 or (
                    "." in token and len(token.replace(".", "")) <= 3
                )) and not _opens_sentence(text, end):
                    continue
        # :func:`_add_span`, written out: a call per sentence was a fifth of the split.
        first, last = start, end
        while first < last and text[first].isspace():
            first += 1
        while last > first and text[last - 1].isspace():
            last -= 1
        if last > first:
            append((first, last))
        start = end
    _add_span(text, start, len(text), spans)
    # The longest span, its lengths taken in C (map over the two columns), not a generator per span.
    if spans and max(map(operator.sub, *_columns(spans))) > MAX_SENTENCE:
        spans = [piece for span in spans for piece in _split_long(text, *span)]
    return tuple(spans)


def _columns(spans: list[tuple[int, int]]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    # (ends, starts) of ``spans``: operator.sub over them gives each span's length.
    starts, ends = zip(*spans)
    return ends, starts


def _opens_sentence(text: str, pos: int) -> bool:
    """True when the word after ``pos`` can only open a sentence ("... in the U.S. According to")."""
    word = NEXT_WORD.match(text, pos)
    return word is not None and word.group(1) in _sentence_openers()


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span longer than :data:`MAX_SENTENCE` at spaces (tables, lists, run-on dumps)."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        _add_span(text, start, cut, pieces)
        start = cut
    _add_span(text, start, end, pieces)
    return pieces


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def line_starts(text: str) -> list[int]:
    """Offsets at which each line of ``text`` starts (first is 0)."""
    starts = [0]
    starts.extend(m.end() for m in LINE_BREAK.finditer(text))
    return starts


def line_of(starts: list[int], offset: int) -> int:
    """1-based line number of ``offset`` given :func:`line_starts`."""
    return bisect.bisect_right(starts, offset)


def lines_of(text: str, offsets: Iterable[int]) -> list[int]:
    """``[line_of(line_starts(text), offset) for offset in offsets]``, counting line breaks only up to the offsets.

    A document's claims are a few offsets in text order: counting the breaks
    between one and the next (in C) costs a fraction of making a list of
    every line's start (a match object per line) to bisect.
    """
    lines: list[int] = []
    last, line = 0, 1  # the line of offset 0
    for offset in offsets:
        if offset < 0:
            lines.append(0)  # before line 1's start, as the bisect finds
            continue
        if offset < last:
            last, line = 0, 1
        line += text.count("\n", last, offset)
        last = offset
        lines.append(line)
    return lines


def lower_keeping_offsets(text: str) -> str:
    """``text`` lower-cased character by character, never changing its length.

    ``str.lower`` turns a few letters into two characters (Turkish "İ" becomes
    "i̇"), which would shift every later offset; those letters are kept as they
    are, so offsets found in the lower-cased text index the original.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low) == 1 else char for char, low in ((c, c.lower()) for c in text))

