"""Numbers that are not claims: dates, clock times, years, ids, names, scores.

Shapes (dates, times, ids, phone numbers...) are matched in windows around
digit figures on the lower-cased text; the rest are rules on the words around
a figure (an id noun before it, an ordinal suffix, a product name after it).
Vocabularies live in ``checker/data/non_claims.yaml``.
"""

from __future__ import annotations

import bisect
import re
import string
from functools import lru_cache

from checker import entities, figures, qualifiers, units
from checker.patterns import phrase_alternation
from checker.text import title_case

# --- spans that are never claims ---------------------------------------------

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|urday|sday)?"
#: A month or weekday name: capitalised, yet no product name ("March 40" is not "Watch 5").
CALENDAR_WORD = re.compile(rf"(?:{_MONTH}|{_WEEKDAY})", re.I)
# A day of the month, 1 to 31: "In March 40 people died" names no 40th of March.
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"

#: Dates, clock times, ids, phone numbers and fractions-of-a-counter whose
#: digits are not claims. Each alternative is one shape, named for the test.
EXCLUDED_SHAPES = {
    # "20 Nov. 2024", "1 September 2019", "5th of May"
    "day_month": rf"(?<![\d.,])\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?(?![A-Za-z])",
    # "November 5, 2024", "Oct. 31", "March 29", "February 2022"
    "month_day": rf"\b(?=[adfjmnos]){_MONTH}\s+(?:the\s+)?(?:{_DAY}|\d{{4}})(?:st|nd|rd|th)?(?:[-–]\d{{1,2}})?(?:,?\s+\d{{4}})?(?![\d,.]\d)",
    # "Wednesday (13)", "Friday 13th": a bare "On Friday 12 people died" is a count
    "weekday_day": rf"\b(?=[fmstw]){_WEEKDAY}\s+(?:\({_DAY}\)|{_DAY}(?:st|nd|rd|th))(?![\d%]|[.,]\d)",
    # "2019-09-01T10:38:07.190Z", "20/11/2024", "11.20.2024"
    "numeric_date": r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:t[\d:.]+z?)?\b",
    # "15:57", "9:35 PM", "1:36.6" (a lap time), "8 p.m.", "11 a.m."
    "clock_time": r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*[ap]\.?m\.?)?|\b\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\.|[ap]m\b|gmt\b|utc\b|bst\b|cet\b|edt\b|est\b|local time\b)",
    # "KN-23", "COVID-19", "F-16s", "MH17", "PS5", "S23", "G7": letters joined to digits
    # ("sub-7 nanometre", "minus-5 yards", "mid-2000s" are figures, not ids)
    "letter_id": r"\b(?=[a-z]++[-‑]?\d)(?!(?:sub|minus|mid|over|under|pre|post|top|about|around|some|nearly|almost|hundred|thousand|million|billion|trillion|bn|mn|percent|cent|to|and|or)-)[a-z]+[-‑]?\d+[a-z]*\b(?<![0-9]s)(?![/:]\d)|\b[a-z]+-\d+s\b",
    # "the 2014-15 season", "2019/20": a span of years
    "year_span": r"\b(?:1[6-9]|20)\d{2}[-–/]\d{2}\b(?![-–/]\d)",
    # "the 90049 ZIP code", "heading 0401": a leading zero makes a code (not the "000" of
    # "3 000", a group after a digit and a space)
    "leading_zero": r"(?<![\d.,])(?<!\d[ \u00a0\u202f\u2009])0\d+\b(?![.,]\d)",
    # "Dak Prescott (4) celebrates": a number in brackets is a label
    "bracket_label": r"(?<=[a-z] )\(\d{1,3}\)",
    # "(0/250자)", "24/7", "9/11": slash pairs are counters or dates
    "slash_pair": r"(?<![\d.,])\d+\s?/\s?\d+(?![\d.,]?\d)",
    # "+1 555 123 4567", "(212) 555-1234", "555-123-4567"
    "phone": r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b",
    # "#5", "No. 1": a rank or id
    "rank": r"(?:#|\bno\.\s?)\d+",
    # "the 1990s", "'90s": decades are periods, not figures
    # "in their 70s": an age bracket, not a count
    "decade": r"\b(?:1\d|20)?\d0['’]?s\b|['’]\d0s\b",
    # "10-60754-1133" (a part number), "9-1-1", "2-1-1": three or more runs of digits joined by
    # hyphens are a code (dates of this shape are numeric_date's; "10-15 years" has two runs)
    "digit_code": r"(?<![\d.,-])\d+(?:[-‑]\d+){2,}(?![\d.,-]?\d)",
    # "737s", "three 302s" (FBI forms), "737 MAX 8s", "1911s": a number pluralised is a
    # model's or a form's name; one ending in 0 is a decade or an age bracket (above)
    "name_plural": r"(?<![\d.,])\d*[1-9]s\b",
    # "211.org", "1800flowers.com": a web domain
    "domain": r"(?<![\w.])\d[\w-]*\.(?:com|org|net|gov|edu|info|io|co|us|uk|ca|au)\b",
    # "2-2", "3-1" scores: a hyphen between small integers where the second is not larger
}

#: The first three letters of every month and weekday name in :data:`_MONTH`
#: and :data:`_WEEKDAY` (a word that opens neither cannot start a date).
_CALENDAR_OPENINGS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"

#: Where an excluded shape can start: a digit, "+", "(", "#", an apostrophe
#: ("'90s"), or a word that is a month or weekday, "no." or letters run into
#: digits (an id: "kn-23"). Tested first, it lets the engine pass over most
#: words and spaces without trying the thirteen shapes at each. (The
#: possessive "++" gives back no letters: an id's digits follow the whole run.)
#: A digit right after a digit opens no shape (each digit-led shape needs a
#: word boundary or no digit before it), so the inside of "1,234,567" or
#: "20241105" is passed over too: the windows the union scans are mostly digits.
EXCLUDED_START = rf"(?=(?<!\d)\d|[+(#'’]|\b(?:{_CALENDAR_OPENINGS}|no\.|[a-z]++[-‑]?\d))"

#: The union of :data:`EXCLUDED_SHAPES`, matched on the lower-cased text
#: (case-sensitive matching of lower case is several times faster).
EXCLUDED = re.compile(EXCLUDED_START + "(?:" + "|".join(f"(?:{p})" for p in EXCLUDED_SHAPES.values()) + ")")

#: A house number (or a range of them: "16-18 Industrial Avenue"), a compass
#: letter and up to three name words before a street type (see :func:`address_pattern`).
#: The number opens at a word boundary: its first digit is read first, then
#: tested behind (a digit, "\d", with no word character before it), so that
#: the pattern opens with a character class of ASCII digits and of all
#: non-ASCII characters (two ranges, cheaper to test than the Unicode digit
#: category) and the engine skips every other character ("\b\d{1,5}" tried
#: the pattern at each character of a window).
ADDRESS_HEAD = (
    r"[0-9\u0080-\U0010ffff](?<=\d)(?<!\w\d)\d{0,4}(?:[-–]\d{1,5})?[ \u00a0]+(?:[NSEW]\.?[ \u00a0]+)?"
    r"(?:[A-Z0-9][A-Za-z0-9]*[ \u00a0]+){1,3}"
)


@lru_cache(maxsize=1)
def address_pattern() -> re.Pattern[str]:
    """Regex for a street address, matched on the text as given (its capitals
    matter): "575 Wilbraham Road", "9 E 71st St" (street types in non_claims.yaml)."""
    streets = phrase_alternation(figures.non_claim_vocab()["street_types"])
    return re.compile(rf"{ADDRESS_HEAD}(?:{streets})\b")

#: A score or result: "2-2", "3–1" (the second number not larger than the first).
SCORE = re.compile(r"(?<![\d.,])(\d{1,3})(?:[-–]|-to-)(\d{1,3})(?![\d%]|[.,]\d|[ \u00a0]?(?:%|per|percent))")

#: An ordinal suffix glued to a figure: "22nd", "10th", "1st".
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _id_prefix() -> re.Pattern[str]:
    # A noun naming an id right before the figure: "Section 427", "Boeing 737".
    return re.compile(rf"(?i:\b(?:{phrase_alternation(figures.non_claim_vocab()['id_prefixes'])}))[ \u00a0]$")


@lru_cache(maxsize=1)
def _id_prefix_endings() -> tuple[frozenset[str], frozenset[str]]:
    return qualifiers.phrase_endings(figures.non_claim_vocab()["id_prefixes"])


def _ends_with_id_prefix(before: str) -> bool:
    """``_id_prefix().search(before)``, skipped when the word before the figure ends no id noun.

    The case-insensitive alternation, tried at every position of the window,
    costs more than the rest of the figure's non-claim tests together.
    """
    return qualifiers.may_end_with(before, _id_prefix_endings()) and _id_prefix().search(before) is not None


#: The word right before a figure (to test capitals and year cues).
#: (Only where no letter stands before: a start inside a word reaches the
#: same end as the word's first letter, so the search skips it.)
WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z][A-Za-z.'’&-]*+)[ \u00a0]+$")

#: The characters of a :data:`WORD_BEFORE` word.
_WORD_BEFORE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.'’&-"


def find_word_before(before: str) -> re.Match[str] | None:
    """``WORD_BEFORE.search(before)``, searched only from where the window's last word can start.

    The word and the spaces after it run to the window's end, so no match
    starts before the last run of word characters: searching from there
    (the look-behind still sees the character before) gives the same match
    at a fraction of the cost. A window ending in a line break (``$`` also
    matches before one) is searched whole.
    """
    if before.endswith("\n"):
        return WORD_BEFORE.search(before)
    body = before.rstrip(" \u00a0")
    if len(body) == len(before):
        return None  # no space before the figure
    return WORD_BEFORE.search(before, len(body.rstrip(_WORD_BEFORE_CHARS)))

#: A possessive after a figure: "Apple One's", "Windows 10's" (a name).
POSSESSIVE_AFTER = re.compile(r"['’]s\b")

#: A spelled number hyphenated to a noun: "three-bed", "five-year" (a modifier).
SPELLED_COMPOUND = re.compile(r"-[a-z]")

#: The word right after a figure.
WORD_AFTER = re.compile(r"[ \u00a0]*([A-Za-z][A-Za-z'’-]*)")

#: A time-zone or clock word after a figure: "8 GMT", "at 10 o'clock".
TIME_AFTER = re.compile(r"[ \u00a0]*(?i:[ap]\.m\.?|[ap]m\b|gmt\b|utc\b|o'clock\b|hrs\b|h\b)")

#: A figure (not itself a year) and a range word right before another
#: figure: "from 1000 to " (but "between 1600 and " leads to a year).
RANGE_END_BEFORE = re.compile(r"(?<![\d,.])(?!(?:1[6-9]|20)\d\d\b)\d[\d,.]*[ \u00a0]*(?:to|-|–|and)[ \u00a0]*$")

#: A range word and a whole figure of the same order (not a year) right after
#: a figure: "2000 - 2500 calories" (but "in 2018 to 3.9 million" is a year).
RANGE_START_AFTER = re.compile(
    r"[ \u00a0]*(?:-|–|to)[ \u00a0]*(?!(?:1[6-9]|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d{4,})(?![\d.])"
)

#: An era mark around a year: "A.D. 1000", "500 BC".
ERA_BEFORE = re.compile(r"(?i:\ba\.?d\.?)[ \u00a0]$")

#: The longest :data:`ERA_BEFORE` match ("a.d. "), and one more character for
#: a final line break ``$`` matches before: a search of a window's last
#: ``ERA_BEFORE_REACH`` characters finds what a search of all of it finds.
ERA_BEFORE_REACH = 6
ERA_AFTER = re.compile(r"[ \u00a0]*(?i:b\.?c\.?e?\.?|c\.?e\.?|a\.?d\.?)(?![A-Za-z])")


#: How far around a figure the never-a-claim shapes are looked for: the
#: longest shape reaches this far ("November 5, 2024", "+1 555 123 4567").
EXCLUSION_REACH = 20


def excluded_spans(text: str, lowered: str, candidates: list[tuple[int, int, dict]]) -> list[tuple[int, int]]:
    """Spans of :data:`EXCLUDED` shapes and scores near digit candidates, merged.

    Only windows around figures are scanned: the shapes are long alternations,
    and scanning whole texts with them would cost more than everything else.
    """
    windows = merged_spans(
        [(max(0, s - EXCLUSION_REACH), e + EXCLUSION_REACH) for s, e, g in candidates if not g.get("vague") and not g.get("spelled") and not g.get("share")]
    )
    spans: list[tuple[int, int]] = []
    addresses = address_pattern().finditer
    for w_start, w_end in windows:
        spans.extend(shape_spans(lowered, w_start, w_end))
        spans.extend([m.span() for m in addresses(text, w_start, w_end)])
        # "2-1", "89-89": results, where the second number is not larger
        # (a score needs a dash, so most windows are passed by a plain search).
        if text.find("-", w_start, w_end) >= 0 or text.find("–", w_start, w_end) >= 0:
            spans.extend(
                (m.start(), m.end()) for m in SCORE.finditer(text, w_start, w_end) if int(m.group(2)) <= int(m.group(1))
            )
    return merged_spans(spans)


#: A digit or a mark that opens a shape (+ ( # ' ’), with the digits after it:
#: one hit per run of digits. Opening with a character class lets the engine
#: pass over every other character without trying the pattern there.
SHAPE_MARK = re.compile(r"[\d+(#'’]\d*")

#: The opening letters of a month or weekday name, or "no." (what a word that
#: opens a date or a rank starts with). Every branch opens with a letter, so
#: the engine passes over letters that open none without trying the pattern.
CALENDAR_OPENING = re.compile(phrase_alternation([*_CALENDAR_OPENINGS.split("|"), "no."]))

#: ASCII lower-case letters (``[a-z]``, what an id's letters are).
_LOWER = frozenset(string.ascii_lowercase)


def shape_spans(lowered: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of ``EXCLUDED.finditer(lowered, start, end)``, found by trying the pattern only where a shape can start.

    :data:`EXCLUDED_START` lets a shape start only at the first of a run of
    digits, at one of + ( # ' ’, at a word opening like a month, a weekday or
    "no.", or at the first letter of letters run into digits ("kn-23"). The
    first two are found with :data:`SHAPE_MARK`, the third with
    :data:`CALENDAR_OPENING`, the fourth from the digits; the pattern is
    matched at each of those places in order, as ``finditer`` would reach
    them (trying it at every character of a window cost four times as much).
    """
    found: set[int] = set()
    for mark in SHAPE_MARK.finditer(lowered, start, end):
        at = mark.start()
        found.add(at)
        if lowered[at] in "+(#'’":
            if mark.end() > at + 1:
                found.add(at + 1)  # the digits after the mark open a run too
            continue
        # Letters run into the digits, perhaps through a hyphen: the id opens at their first letter.
        letters_end = at - 1 if at - 2 >= start and lowered[at - 1] in "-‑" else at
        first = letters_end
        while first > start and lowered[first - 1] in _LOWER:
            first -= 1
        if first < letters_end:
            found.add(first)
    for word in CALENDAR_OPENING.finditer(lowered, start, end):
        found.add(word.start())
    spans: list[tuple[int, int]] = []
    reached = start
    match = EXCLUDED.match
    for at in sorted(found):
        if at < reached:
            continue  # inside the last shape, where finditer does not look
        shape = match(lowered, at, end)
        if shape is not None:
            spans.append(shape.span())
            reached = shape.end()
    return spans


def merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping union of ``spans`` (so a bisect finds the enclosing one)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int, after: int | None = None) -> bool:
    """True when ``[start, end)`` overlaps a span (one that starts at ``after`` or later, if given)."""
    i = bisect.bisect_right(starts, start) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1]:
            if after is None or spans[j][0] >= after:
                return True
    return False


def _is_sentence_initial(text: str, pos: int, sentence_start: int) -> bool:
    # Sentence spans start at their first non-space character.
    return pos <= sentence_start


#: A token that is a link, an address or markup, not prose: "http://...",
#: "www.", "name@host", 'width="620"', "/2015/11/".
LINK_OR_MARKUP = re.compile(r"://|www\.|@|=[\"']\d|/\d+/|\.(?:png|jpe?g|gif|html?|pdf)\b", re.IGNORECASE)


def _in_link_or_markup(text: str, start: int, end: int) -> bool:
    """True when the whitespace-delimited token around ``[start, end)`` is a link or markup."""
    left = max(text.rfind(" ", max(0, start - 200), start), text.rfind("\n", max(0, start - 200), start)) + 1
    right_space = text.find(" ", end, end + 200)
    right = right_space if right_space >= 0 else min(len(text), end + 200)
    return LINK_OR_MARKUP.search(text, left, right) is not None


#: The characters the matches of :data:`ORDINAL_SUFFIX` and
#: :data:`POSSESSIVE_AFTER` open with, and those :data:`TIME_AFTER` and
#: :data:`ERA_AFTER` open with after their spaces (case-insensitive letters,
#: "ſ" for "s"): most figures are followed by none of them, and their
#: matches are skipped.
ORDINAL_FIRSTS = frozenset("sSſnNrRtT")
POSSESSIVE_FIRSTS = frozenset("'’")
TIME_FIRSTS = frozenset("aApPgGuUoOhH")
ERA_FIRSTS = frozenset("bBcCaA")


@lru_cache(maxsize=1)
def media_count() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Page furniture counting media, "Slideshow (19 Images)": the label and bracket before the
    number, the noun and bracket after it (``media_labels``, ``media_nouns`` in non_claims.yaml).
    No word boundary before the label: scraped pages run it into a stray "n" ("nSlideshow")."""
    vocab = figures.non_claim_vocab()
    before = re.compile(rf"(?i:{phrase_alternation(vocab['media_labels'])})[ \u00a0]*\([ \u00a0]*$")
    after = re.compile(rf"[ \u00a0]+(?i:{phrase_alternation(vocab['media_nouns'])})[ \u00a0]*\)")
    return before, after


@lru_cache(maxsize=1)
def gallery_counter() -> re.Pattern[str]:
    """A gallery's counter before a figure, "Hide Caption 50 of " (of 61 Photos) or "Photo " (3 of 12): the
    page's furniture, no claim (``gallery_labels`` in non_claims.yaml)."""
    labels = phrase_alternation(figures.non_claim_vocab()["gallery_labels"])
    return re.compile(rf"\b(?:{labels})[ \u00a0]+(?:\d+[ \u00a0]+of[ \u00a0]+)?$")


@lru_cache(maxsize=1)
def _gallery_endings() -> tuple[frozenset[str], frozenset[str]]:
    # How a window :func:`gallery_counter` matches in ends: a label or "of", then spaces (most windows
    # end in another word, and the search would try the labels at each of their words).
    return qualifiers.phrase_endings([*figures.non_claim_vocab()["gallery_labels"], "of"])


#: A capitalised noun and "of" before a capitalised spelled number: a name ("the Gang of Eight", "the Group of
#: Seven"), 228 times in AllSides, not a count of gangs.
NAME_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \u00a0]+of[ \u00a0]+$")

#: A counter's "N of M" after its first number: " of 61".
COUNTER_OF_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+\d")


#: A reference mark's opening bracket, run onto the word or mark before it: "had seven children.[2]", "[1][2][3]"
#: (Wikipedia-style pages in AllSides: 165 marks in 4 articles, each read as a count). The closing bracket follows
#: the digits (see :func:`is_non_claim`).
FOOTNOTE_OPEN = re.compile(r"\S\[\Z")


def is_non_claim(text: str, figure: figures.Figure, groups: dict, sentence_start: int) -> bool:
    """Years, ordinals, times, ids and names: numbers that state no quantity."""
    if figure.vague:
        return False
    after = text[figure.number_end : figure.number_end + 12]
    before = text[max(0, figure.start - 40) : figure.start]
    head = after[:1]
    if head == "]" and figure.plain_integer and figure.value < 1000 and FOOTNOTE_OPEN.search(before):
        return True  # "seven children.[2]": a reference mark
    if before.endswith("(") and figure.plain_integer:
        media_before, media_after = media_count()
        if media_before.search(before) and media_after.match(text, figure.number_end):
            return True  # "Slideshow (19 Images)": the page's furniture
    if figure.plain_integer and not figure.spelled and qualifiers.may_end_with(before, _gallery_endings()) and \
            gallery_counter().search(before) and (
            before.rstrip(" \u00a0").endswith("of") or COUNTER_OF_AFTER.match(text, figure.number_end)):
        return True  # "Hide Caption 50 of 61 Photos": a gallery's counter
    if figure.spelled and text[figure.start:figure.start + 1].isupper() and NAME_OF_BEFORE.search(before) and \
            not title_case(text[sentence_start:figure.end + 60].split()):
        return True  # "the Gang of Eight": a name (not in a Title Case headline: "Death Toll of Seven")
    if not figure.spelled:
        if head in ORDINAL_FIRSTS and ORDINAL_SUFFIX.match(after):
            return True
        lead = after.lstrip(" \u00a0")[:1]
        if lead in TIME_FIRSTS and TIME_AFTER.match(after) and figure.plain_integer and figure.value <= 24:
            return True
        if figure.plain_integer and _ends_with_id_prefix(before):
            return True
        if (figure.plain_integer and ERA_BEFORE.search(before, max(0, len(before) - ERA_BEFORE_REACH))
                or lead in ERA_FIRSTS and ERA_AFTER.match(after)):
            return True
    if head in POSSESSIVE_FIRSTS and POSSESSIVE_AFTER.match(after):
        return True  # "Apple One's plan": a name
    if not figure.spelled and _in_link_or_markup(text, figure.start, figure.number_end):
        return True  # a URL, an e-mail or an HTML attribute ('width="620"')
    if (groups.get("share_num") or "").lower() == "a" and _ordinal_before_noun(text, figure.end):
        return True  # "a third term", "a fourth warship": an ordinal, not a share
    if groups.get("share_half"):
        prev = find_word_before(before)
        return bool(prev and prev.group(1).lower() in figures.non_claim_vocab()["part_ordinals"])  # "the second half of"
    suffix = WORD_AFTER.match(after)
    if suffix and suffix.group(1) in figures.non_claim_vocab()["id_suffixes"] and (figure.plain_integer or figure.spelled):
        return True  # "iPhone 11 Pro", "737 Max jets": a product name
    # (Read only by the tests below of spelled numbers and plain integers: a decimal or a grouped figure
    # skips the search.)
    word_before = find_word_before(before) if figure.plain_integer or figure.spelled else None
    if figure.spelled and SPELLED_COMPOUND.match(text, figure.end) and units.match_unit_after(text, figure.end) is None:
        return True  # "a three-bed apartment": a modifier ("a five-year journey" keeps its years)
    if figure.spelled:
        lower = text[figure.start : figure.number_end].lower()
        if lower == "one":
            prev = word_before.group(1).lower() if word_before else ""
            nxt = WORD_AFTER.match(after)
            vocab = figures.non_claim_vocab()
            if prev in vocab["pronoun_one_before"] or (
                nxt and nxt.group(1).lower() in vocab["pronoun_one_set_phrases"]
            ) or (nxt and nxt.group(1).lower() in vocab["pronoun_one_next"]):
                return True
    # A capitalised word right before a small integer names it ("Apple Watch 5",
    # "Euro 2020", "Planet 9"), unless a unit follows.
    if (
        word_before
        and (figure.plain_integer or figure.spelled)
        and word_before.group(1)[:1].isupper()
        and not CALENDAR_WORD.fullmatch(word_before.group(1))
        and not _is_sentence_initial(text, figure.start - len(word_before.group()), sentence_start)
        and units.match_unit_after(text, figure.end) is None
        and not qualifiers.hedge_cue_before(before.lower())
    ):
        return True
    return False


@lru_cache(maxsize=1)
def _year_cues() -> frozenset[str]:
    return frozenset(figures.non_claim_vocab()["year_cues"])


#: A hyphen and a lower-case word right after a spelled number: "-party".
HYPHENED_WORD = re.compile(r"-[a-z]")


def _ordinal_before_noun(text: str, end: int) -> bool:
    """True when "a third"/"a fourth" ending at ``end`` modifies the word after it.

    A share stands before "of", a unit ("a quarter century") or a verb or
    function word ("a third said", "a quarter were", "a third more"); an
    ordinal before a noun or adjective ("a third term", "a fourth straight
    weekend", "A third person was arrested") or hyphened to one ("a
    third-party evaluation", "a fourth-quarter loss").
    """
    if HYPHENED_WORD.match(text, end) and units.match_unit_after(text, end) is None:
        return True
    nxt = WORD_AFTER.match(text, end)
    if nxt is None or not nxt.group(1).islower() or units.match_unit_after(text, end) is not None:
        return False
    word = nxt.group(1)
    return word not in entities.stop_words() and not entities.VERB_LIKE.search(word)


def is_year(text: str, figure: figures.Figure, sentence_start: int) -> bool:
    """A bare four-digit number from 1600 to 2100 read as a year."""
    if not figure.plain_integer or figure.money or figure.has_magnitude:
        return False
    if not (1600 <= figure.value <= 2150) or figure.number_end - figure.start != 4:
        return False
    before = text[max(0, figure.start - 40) : figure.start]
    hedged = qualifiers.hedge_cue_before(before.lower()) is not None
    if units.match_unit_after(text, figure.end) is not None:
        return False
    if RANGE_END_BEFORE.search(before):
        return False  # "from 1000 to 2000 hires": the end of a range of counts
    if RANGE_START_AFTER.match(text, figure.end):
        return False  # "2000 - 2500 calories": the start of a range of counts
    nxt = WORD_AFTER.match(text, figure.end)
    if 1950 <= figure.value <= 2050:
        # News writes counts from 1,000 with a comma; a bare 1950-2050 is a
        # year even before a plural ("Possible 2016 contenders"), and after a
        # cue that is also a preposition ("over 2018 amnesty"), unless a
        # plural follows ("more than 2000 troops").
        return not (hedged and nxt is not None and entities.is_plural(nxt.group(1)))
    if hedged:
        return False
    word = find_word_before(before)
    cue = word.group(1).lower() if word else ""
    strong = cue in _year_cues()
    if not strong and nxt and entities.is_plural(nxt.group(1)):
        return False
    return True
