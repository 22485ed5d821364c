"""Assigning claims to figures (topics).

A claim joins the first topic of the rule set it matches (topics defined in
packs first, in order), else a built-in concept from ``checker/data/concepts.yaml``
("deaths", "troops", "aid-dollar", ...). Concept figures are then refined:
by place for concepts marked ``by_place`` ("deaths@syria" is not the combined
toll), and by event when the corpus holds several stories (documents linked
by shared places and names within a few days), so that deaths in two
unrelated stories are two figures.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Mapping

import numpy as np
import pandas as pd

from checker.columns import require_columns
from checker.patterns import phrase_alternation, whole_words
from checker.places import add_places, gazetteer, is_state, place_mentions, rise_tail
from checker.ruleset import RuleSet, Topic
from checker.text import UPPER_LETTERS
from checker.vocab import load_vocab

#: Columns a claim's topic match reads (match_topic, _countable, _change_or_part).
MATCH_COLUMNS = ("sentence", "surface", "unit", "entity", "entity_phrase", "value", "modality",
                 "qualifier", "_offset")

#: Columns assign_topics needs.
NEEDS = ("claim_id", "doc_id", "sentence", "surface", "unit", "entity", "value")

#: Days within which an unplaced figure repeating a placed figure's precise value is
#: that place's figure ("5.3 million homeless in Syria alone", then "5.3 million").
SHARED_VALUE_DAYS = 7

# A decimal in a figure as written: "5.3 million" (a thousands comma is none).
DECIMAL_SURFACE = re.compile(r"\d\.\d")

#: Days within which two documents sharing a place or two names can be one story
#: (on the same day, one shared name is enough: "Obama" in three reports of one shooting).
EVENT_WINDOW_DAYS = 3

#: Names two undated documents must share (with a place) to be one story.
UNDATED_SHARED_NAMES = 4

#: Documents compared with each document holding the same name or place (the next
#: ones in date order): stories chain through them, so all pairs are not needed.
LINK_LOOKAHEAD = 8

#: A figure dated this long before its article is a past event's ("the 1999 quake
#: killed 17,000"), a figure of its own.
PAST_DAYS = 60

#: A name or place held by claims of more stories than this is common currency
#: ("Obama", "United States" in a year of US news): sharing it says nothing about two
#: claims being about one thing. Within one story (a quake corpus: "Turkey" in every
#: item) it stays a key.
GENERIC_KEY_STORIES = 3

#: A common key held by more than this share of the corpus's documents is everywhere
#: ("Obama" in 285 of 986 AllSides articles, "@Russia" in 95 in the summer of 2014): two
#: claims sharing only such keys share nothing. Marked "~~".
UBIQUITOUS_KEY_SHARE = 0.05

#: ... unless the claim's story holds this many times its share of the corpus's documents
#: among the key's ("Boston" in the marathon bombing's story: 92% of its documents, the
#: story 39% of the corpus): there the key names the story.
CONCENTRATION_LIFT = 2.0

#: A story runs longer: documents up to this far apart sharing a place AND two
#: names (the seeds: North Korea, Russia, Zelensky over three weeks) are one story too.
STORY_WINDOW_DAYS = 10

#: The longest a story may run from its first dated document to its last. Links
#: chain (each pair days apart), and without a cap daily politics chains 2001 to
#: 2013 into one story; the quake corpus's toll runs a month (6 Feb - 9 Mar 2023).
STORY_SPAN_DAYS = 45

# A year named in a figure's sentence ("the 2007 Virginia Tech massacre, in which a
# gunman killed 32"); not after "since", which opens a span up to now.
SENTENCE_YEAR = re.compile(r"(?<!since )(?<!since the )\b(?:19|20)\d{2}\b")

# What may stand before a past event's name that makes it a comparison, not the figure's
# event: "the deadliest since World War II", "more than the Vietnam War".
HISTORY_COMPARED = r"(?<!since )(?<!since the )(?<!than )(?<!than the )(?<!after )(?<!after the )(?<!before )(?<!before the )"


@lru_cache(maxsize=1)
def historical_events() -> tuple[re.Pattern[str], dict[str, int]]:
    """Past events named without a year (concepts.yaml ``historical_events``) and the year each ended."""
    years = {str(name): int(year) for name, year in load_vocab("concepts")["historical_events"].items()}
    names = phrase_alternation(list(years), flexible_space=False)
    return re.compile(rf"{HISTORY_COMPARED}(?<![\w-])(?:{names})(?![\w-])"), years


# A capitalised word that may name a person, place or organisation (event context).
NAME_WORD = re.compile(rf"\b[{UPPER_LETTERS}][^\W\d_]{{2,}}(?:[’'-][^\W\d_]+)*\b")

# What ends a clause: a cue beyond it labels another figure. Punctuation, a
# conjunction after a comma, or a speech verb opening a new statement
# ("death toll of 47,000 ... and WHO says 26 million people need assistance").
CLAUSE_PUNCTUATION = r"[;:()\[\]—]"
CLAUSE_CONJUNCTION = r",\s(?:while|but|and|although|though|whereas)\s"
# An age in apposition, "Noah Nathan, 47, lives nearby": a person's age, never a figure.
AGE_NAME = r"[A-Z][\w’'.-]+"
AGE_APPOSITION_BEFORE = re.compile(rf"{AGE_NAME},\s*$")
AGE_APPOSITION_AFTER = re.compile(r"^\s*(?:,|\)|years? old\b)")
# An age in a "when" clause, "she was 14 when she went missing", or after "aged":
# the person's age at the time, never a count of the figure the clause names.
AGE_WHEN_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been)\s+(?:just\s+|only\s+)?$", re.IGNORECASE)
AGE_WHEN_AFTER = re.compile(r"^\s*(?:years?\s+old\s+)?(?:when|at\s+the\s+time)\b", re.IGNORECASE)
AGED_BEFORE = re.compile(r"\b(?:aged|age|at\s+the\s+age\s+of|(?:dead|died|dies)\s+at)\s+$", re.IGNORECASE)

# A counted noun fit to name a figure: one or two lower-case words ("page", "executive action").
COUNTED_NOUN = re.compile(r"^[a-z][a-z-]{2,}(?: [a-z][a-z-]{2,})?$")

#: Characters searched beyond a cue window, so that a cue starting inside it is matched whole.
CUE_OVERHANG = 40

# What a cue may not cross to label a vague figure: a list's next item or a
# coordinated clause ("bury the dead and provide for millions of survivors",
# "affecting millions and killing tens of thousands").
VAGUE_BREAK = re.compile(r",|\b(?:and|or)\b", re.IGNORECASE)

# What a cue may not cross to label a figure counting a noun no concept knows: a list's
# next item ("left about 150 missing and destroyed 1,500 homes"), or a preposition
# making the cue what the noun is about ("2,000 calls to 911 for rescues").
UNKNOWN_NOUN_BREAK = re.compile(r",|\b(?:and|or|for|about|against)\b", re.IGNORECASE)

# Characters beside a figure within which its noun phrase counts as its own
# ("5,000 people", "hundreds of bodies", "two other schoolgirls", "the death
# toll of 5,000"); farther, or past another figure, the noun was taken from
# elsewhere in the sentence.
BORROWED_SLACK = 26

# Another figure between a cue and a money figure takes the cue (money concepts only:
# "killed 5,894 in Turkey and 1,932 in Syria" shares its verb, amounts rarely do).
ANOTHER_FIGURE = re.compile(r"\d")

# What may stand between "by" / "a rise of" and the figure: "by a combined 74,000",
# "by another 500", "by more than 2,000".
CHANGE_FILLER = r"(?:(?:a|an|another|some|about|around|nearly|almost|more than|over|combined|further|additional|estimated)\s+)*"

# The last words of every change lead-in ("by", "of", "extra", "additional", "further"):
# a cheap test before the full pattern.
CHANGE_HINT = re.compile(r"\b(?:by|of|extra|additional|further)\b", re.IGNORECASE)

# Up to eight words between a change verb and its "by": "rose sharply last month by".
CHANGE_VERB_GAP = r"(?:\s+[\w’'-]+){0,8}?"
# At most one word (not "or") between a figure and a difference word: "49,000 fewer".
DIFFERENCE_GAP = r"(?:(?!or\b)[a-z-]+\s+)?"
# Up to three words after a figure before what qualifies it: "226,000 jobs added each month".
WORDS_AFTER_FIGURE = r"(?:\s+[\w-]+){0,3}?"
# A comma between words, not inside a number ("100,000").
COMMA_BREAK = re.compile(r",(?!\d)")
# "per" right before a figure: the figure is a rate's base ("3 per 100,000 residents"), no value.
PER_BEFORE = re.compile(r"\bper\s+$", re.IGNORECASE)
# The number after "per" in a per-capita rate: "per 100,000", "per 1,000".
PER_NUMBER = r"\d[\d,]*\d(?![\d,])|\d\b"
# A figure as an average: "183,000 jobs on average".
AVERAGE_AFTER = re.compile(rf"^{WORDS_AFTER_FIGURE}\s+on\s+average\b", re.IGNORECASE)

# What a topic id's words are joined by: "North Korea" -> "north-korea".
SLUG_SEPARATOR = re.compile(r"[^a-z0-9]+")
# The marks refining a topic id: "~" a split or unit, "@" a place, "#" a story or a past year.
REFINEMENT_MARK = re.compile(r"[~@#]")

# A figure followed by "of <number>" is a part of that number ("25 of 31 deaths",
# "nine out of 10"), not the figure itself.
PART_OF = re.compile(r"^\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?\d")
# A figure followed by "of the <group>" is a part of that group ("100 of the injured
# released", "5,000 of those displaced"): the group's cue next to it labels the whole.
# "of them" stays a figure of its own ("five people were shot, three of them fatally").
PART_OF_GROUP = re.compile(r"^\s+of\s+(?:all\s+)?(?:the|those|these)\s+(?!\d)[a-z]", re.IGNORECASE)

# What may stand between a part lead-in ("including", "among them") and the figure.
PART_FILLER = r"(?:(?:about|around|roughly|nearly|almost|some|more than|over|at least|an estimated|estimated|approximately|another)\s+)*"

# "to <figure> from" before a figure: the figure is the earlier value of a change
# ("raised its forecast to 3.5% from 3.1%", "corrects the number ... to 174 from 174,000").
TO_FIGURE_FROM = re.compile(rf"\bto\s+{PART_FILLER}\$?\d[\d,.]*(?:\s*(?:%|percent|per\s+cent|million|billion))?\s+from\s+$",
                            re.IGNORECASE)
# Earlier items of a list a cue governs, between the cue and a later item: in "the conflict
# that has already killed 1,030 Palestinians, 43 Israeli soldiers and three civilians"
# (AllSides, Jul 2014) "killed" is 43's too. Each item a figure and up to three words.
LIST_ITEM = rf"{PART_FILLER}\d[\d,.]*(?:\s+[\w’'-]+){{1,3}}"
FIGURE_LIST = re.compile(rf"^\s+(?:{LIST_ITEM},\s+)*{LIST_ITEM}(?:,\s+(?:and\s+)?|\s+and\s+){PART_FILLER}$",
                         re.IGNORECASE)
# A cue right before another figure labels that figure: in "infecting 186 people and
# killing 38" (AllSides, Apr 2020) "killing" is 38's, not 186's. Not a figure of time
# ("died 2 days later").
CUE_OWNED_AFTER = re.compile(
    rf"\s+{PART_FILLER}\d[\d,.]*(?!\d)(?!\s+(?:days?|weeks?|months?|years?|hours?)\b)", re.IGNORECASE)
# A cue after a conjunction and a new subject is that clause's: in "155 people were still
# missing, although 45 others had been found and some of those unaccounted for may be
# due to confusion" (AllSides, Oct 2017) "unaccounted for" is not the 45's. Not a verb
# after the conjunction ("killed 5 and injured 12": both clauses share the subject).
CUE_AFTER_NEW_SUBJECT = re.compile(
    r"\b(?:and|but|while|whereas)\s+(?:some|many|most|all|none|several|few|the|those|these|they|others?)"
    r"(?:\s+of\s+(?:the|those|these|them))?\s*$", re.IGNORECASE)
# A cue right after another figure and at most three of its modifiers is that figure's noun:
# in "600 to 800 National Guard troops from other states will reinforce the 1,200-member
# D.C. National Guard" (AllSides, Jun 2020) "troops" counts 600 to 800, not 1,200. The
# modifiers are no function words ("killed 1,500 people and injured 8,000": "and" opens
# another phrase) and the figure no year ("the 2020 death toll").
# Only a cue that is a plural noun ("troops", "deaths") can be another figure's noun, and
# only for a figure with a noun of its own: in "23 people died in Malatya, 17 in Urfa" the
# verb is shared, and in "23 deaths in Malatya, 17 in Urfa" so is the noun.
# The modifiers: names and hyphenated words ("National Guard", "active-duty"), then at most
# one other word, no function word ("7.8 magnitude earthquake kills", "killed 1,500 and").
OWNER_DIGITS = r"(?<![\w,.’'-])(?!(?:19|20)\d\d\b)\d(?:[\d,.]*\d)?"  # not "COVID-19"
# Spelled numbers own their nouns too ("from zero deaths to over 1,900"); not "one" (a pronoun).
OWNER_WORDS = phrase_alternation([w for key in ("units", "tens") for w in load_vocab("number_words")[key]
                                  if w != "one"], flexible_space=False)
OWNER_FIGURE = rf"(?:{OWNER_DIGITS}|\b(?i:{OWNER_WORDS}))"
OWNER_NAME = r"(?:[A-Z][\w.’'-]*|[\w.’']+-[\w.’'-]+)"
# (The function words are concepts.yaml owner_function_words.)
OWNER_MODIFIER = (rf"(?!(?:{phrase_alternation(load_vocab('concepts')['owner_function_words'], flexible_space=False)})\b)"
                  r"[\w.’'-]+")
CUE_OWNED_BEFORE = re.compile(rf"{OWNER_FIGURE}\s+(?:{OWNER_NAME}\s+){{0,3}}(?:{OWNER_MODIFIER}\s+)?$")
# A month name (or its abbreviation, date_words.yaml months) right before a number: the number is a day.
OWNER_MONTH = re.compile(
    rf"\b(?:{phrase_alternation(load_vocab('date_words')['months'], flexible_space=False)})\.?\s+$")
# A cue ending the clause before a conjunction and the figure is the earlier conjunct's:
# "Fourteen students and three educators were killed and 15 other people were wounded"
# (AllSides, Feb 2018): the 15 were wounded; "155 people were still missing, although 45
# others had been found" (AllSides, Oct 2017): the 45 are not missing.
CUE_BEFORE_CONJUNCT = re.compile(rf"^,?\s+(?:and|but|while|whereas|although|though|yet)\s+{PART_FILLER}$", re.IGNORECASE)
#: Characters before a cue searched for the figure owning it (three modifiers and the figure).
OWNER_REACH = 60

# A whole named first, then the part after a comma: "of the 34 troops diagnosed with
# brain injuries, 17 have returned to duty" (AllSides, Jan 2020), "Of the 66 people
# hospitalized, 12 are in critical condition". The figure after the comma is a part,
# not a second value of the whole. Parts: the whole (a figure in digits), its noun
# phrase up to the comma, then the part's own filler ("about", "more than").
FRONTED_WHOLE_NUMBER = r"\d[\d,.]*\d|\d"
FRONTED_WHOLE_PHRASE = r"[^,;:()\d]{1,60}"
FRONTED_WHOLE = re.compile(
    rf"\bof\s+(?:all\s+)?(?:the|those|these)\s+(?:{FRONTED_WHOLE_NUMBER})\s+{FRONTED_WHOLE_PHRASE},\s+"
    rf"{PART_FILLER}$", re.IGNORECASE)

# A span of several periods in a figure's clause: "4.4 million jobs over the past 28
# months", "2.6 million jobs since June 2009". The figure totals the span, another
# statistic than one month's figure or another span's. Plural units only: "in the
# past month" is the report's own period.
SPAN_LEAD = r"(?:over|in|during|for|within|across)"
SPAN_TRAILING = r"(?:past|last|previous|recent)"  # all mean "up to now": one key
SPAN_COUNT = r"(?P<count>(?:first\s+)?(?!the\b)[\w-]+\s+)?"
SPAN_UNIT = r"(?P<unit>months|years|quarters|weeks|decades)"
SPAN = re.compile(
    rf"\b{SPAN_LEAD}\s+(?:the\s+)?(?:{SPAN_TRAILING}\s+)?{SPAN_COUNT}{SPAN_UNIT}\b"
    rf"|\bsince\s+(?P<since>(?:[A-Z][a-z]+\s+)?\d{{4}})\b", re.IGNORECASE)

# The speech verbs come from concepts.yaml (`speech_verbs`).
CLAUSE_BREAK = re.compile(
    rf"{CLAUSE_PUNCTUATION}|{CLAUSE_CONJUNCTION}|"
    rf"\b(?:{phrase_alternation(load_vocab('concepts')['speech_verbs'], flexible_space=False)})\b",
    re.IGNORECASE)


def slug(text: str) -> str:
    """'North Korea' -> 'north-korea' (topic id parts are kebab-case)."""
    return SLUG_SEPARATOR.sub("-", text.lower()).strip("-")


#: What stands between a figure and its own noun: "23 states", "dozens of cities".
NOUN_GAP_AFTER = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+(?:the[ \u00a0]+)?)?")


def _noun_follows(sentence: str, end: int, phrase: str) -> bool:
    """Is ``phrase`` the figure's own noun right after it ("23 states"), not one before it
    ("rocked the region killing thousands")? Only then does a place noun say what is counted."""
    gap = NOUN_GAP_AFTER.match(sentence, end)
    return bool(phrase) and gap is not None and sentence[gap.end():gap.end() + len(phrase)].lower() == phrase


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    data = load_vocab("concepts")
    return {
        "generic": frozenset(str(w).lower() for w in data["generic_entities"]),
        "stand_in": frozenset(str(w).lower() for w in data["stand_in_entities"]),
        "batch_splits": frozenset(str(w).lower() for w in data["batch_splits"]),
        "window": int(data["cue_window"]),
        "near_window": int(data["near_cue_window"]),
        "subject_window": int(data["subject_window"]),
        "money": frozenset(data["money_units"]),
        "people": frozenset(str(w).lower() for w in data["people_entities"]),
        "places": frozenset(str(w).lower() for w in data["place_entities"]),
        "casualties": frozenset(data["casualty_concepts"]),
        "events": frozenset(str(w).lower() for w in data["event_entities"]),
        "stop": frozenset(data["stop_names"]),
        "splits": {concept: {name: _phrase_pattern(tuple(cues)) for name, cues in spec.items()}
                   for concept, spec in (data.get("split_cues") or {}).items()},
        "by_cue": {name: frozenset(str(w).lower() for w in weak or [])
                   for name, weak in (data.get("split_by_cue") or {}).items()},
        # "increased by 302,000", "a rise of 90,000", "an extra 30,000".
        "change": re.compile(
            rf"(?:\b(?:{_words(data['change_verbs'])})\b{CHANGE_VERB_GAP}\s+by"
            rf"|\b(?:a|an)\s+(?:{_words(data['change_nouns'])})\s+of"
            rf"|\b(?:{_words(data['increment_words'])}))"
            rf"\s+{CHANGE_FILLER}$", re.IGNORECASE),
        # "49,000 fewer jobs": right after the figure, at most one word between.
        "difference": re.compile(rf"^\s+{DIFFERENCE_GAP}(?:{_words(data['difference_words'])})\b",
                                 re.IGNORECASE),
        # "... jobs added each month", "250,000 a month", "3 million/year".
        "rate_after": re.compile(
            rf"^{WORDS_AFTER_FIGURE}\s*(?:\b(?:{_words(data['rate_openers'])})\s+|/)"
            rf"(?:{_words(data['rate_periods'])})\b", re.IGNORECASE),
        # "5 firearm killings per 100,000 people", "400 tests per million": a per-capita rate.
        "per_capita": re.compile(
            rf"\bper\s+(?:{PER_NUMBER}(?:\s+(?:thousand|million))?|(?:{_words(data['per_capita_words'])})\b)",
            re.IGNORECASE),
        # "one conviction for every 286,543 refugees": the ratio's base (a qualifier may stand between), no value
        # of the figure, as "per 100,000"; and its numerator ("6 for every 10,000 residents"), a rate.
        "ratio_before": re.compile(rf"\b(?:{_words(data['ratio_openers'])})\s+{CHANGE_FILLER}$", re.IGNORECASE),
        "ratio_after": re.compile(rf"^{WORDS_AFTER_FIGURE}\s+(?:{_words(data['ratio_openers'])})\b", re.IGNORECASE),
        # "183,000 jobs on average".
        "average_after": AVERAGE_AFTER,
        "average_before": re.compile(rf"\b(?:{_words(data['average_words'])})\s+{CHANGE_FILLER}$",
                                     re.IGNORECASE),
        # "including roughly 450,000 to Jordan": a part of the figure just given.
        "part_lead": re.compile(rf"\b(?:{_words(data['part_lead_words'])})\s+{PART_FILLER}$", re.IGNORECASE),
        # "up from 67,000 in the previous three months": the value compared against.
        "comparison_lead": re.compile(rf"\b(?:{_words(data['comparison_lead_words'])})\s+{PART_FILLER}$",
                                      re.IGNORECASE),
        # "Forty of the 200 people brought to the field hospital died": 200 is the whole.
        "whole_lead": re.compile(
            rf"(?:\d|\b(?:{_words(list(_spelled_numbers()) + data['part_quantifiers'])}))\s+(?:out\s+)?of\s+"
            rf"(?:the|all|all\s+the)\s+$", re.IGNORECASE),
        # "who were still hospitalized": a state at one moment, not a running total.
        "current": re.compile(rf"\b(?:{_words(data['current_words'])})\b", re.IGNORECASE),
        "own_counts": frozenset(data.get("own_count_concepts") or ()),
        # "claimed 5,000 lives": nouns naming their concept only beside one of these words.
        "entity_cues": {str(noun).lower(): _phrase_pattern(tuple(map(str, words)))
                        for noun, words in (data.get("entity_cues") or {}).items()},
    }


@lru_cache(maxsize=1)
def _spelled_numbers() -> dict[str, int]:
    """Spelled numbers up to ninety ("forty"): a part of a whole is often spelled out."""
    data = load_vocab("number_words")
    return {**data["units"], **data["tens"]}


def _words(words: list[str]) -> str:
    """An alternation of ``words`` as written (a prefix tree: longer words first, as longest-first)."""
    return phrase_alternation((str(w) for w in words), flexible_space=False)


@lru_cache(maxsize=256)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Whole-word alternation of ``phrases`` as a prefix tree, case-insensitive (None when empty).

    Spaces stay literal: a cue is matched as written.
    """
    if not phrases:
        return None
    return re.compile(whole_words(phrases, flexible_space=False), re.IGNORECASE)


@lru_cache(maxsize=256)
def _long_words_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """_phrase_pattern of the ``words`` longer than three letters ("troop" in "troops", not "aid" in "said")."""
    return _phrase_pattern(tuple(w for w in words if len(w) > 3))


def _cue_distance(topic: Topic, sentence: str, start: int, end: int, window: int,
                  comma_breaks: bool = False, breaks: re.Pattern[str] | None = None,
                  comma_breaks_before: bool = False, own_noun: bool = False) -> float:
    """Characters between the figure and the nearest cue of ``topic`` in its clause (inf: none).

    A cue that is the subject of a rise verb ending right before the figure
    ("The death toll from the earthquakes in Turkey and Syria climbed to more
    than 7,900") counts as adjacent however long the subject is. ``breaks``
    adds gaps a cue may not cross; ``comma_breaks_before`` lets a comma
    separate only a cue that stands before the figure. A cue another figure
    owns (``CUE_OWNED_AFTER``; ``CUE_OWNED_BEFORE`` when ``own_noun``: the figure
    counts a noun of its own) is no cue of this one.
    """
    pattern = _phrase_pattern(topic.cues)
    if pattern is None:
        return np.inf
    best = np.inf
    reach = max(window, _lexicon()["subject_window"])
    for match in pattern.finditer(sentence, max(0, start - reach), start):
        gap_text = sentence[match.end():start]
        if match.end() <= start and rise_tail().search(gap_text) and not CLAUSE_BREAK.search(gap_text) \
                and (breaks is None or not breaks.search(gap_text)):
            best = 1.0
    # Search past the window's edge so that a cue starting inside it is whole.
    lo, hi = max(0, start - window - CUE_OVERHANG), min(len(sentence), end + window + CUE_OVERHANG)
    for match in pattern.finditer(sentence, lo, hi):
        if match.start() >= end:
            gap_text, distance = sentence[end:match.start()], match.start() - end
        elif match.end() <= start:
            gap_text, distance = sentence[match.end():start], start - match.end()
        else:
            continue
        if distance > window:
            continue
        if CLAUSE_BREAK.search(gap_text) or (comma_breaks and "," in gap_text):
            continue
        if breaks is not None and breaks.search(gap_text):
            continue
        if comma_breaks_before and match.end() <= start and "," in gap_text and not FIGURE_LIST.match(gap_text):
            continue  # "47,000 people dead, thousands of others missing": a list's other item
        if topic.unit == "money" and ANOTHER_FIGURE.search(gap_text):
            continue  # "$5.7 billion he demanded ... $1.375 billion for the wall": the cue is the nearer figure's
        if _owned_by_another(sentence, match, start, end, own_noun):
            continue  # "infecting 186 people and killing 38": the cue is 38's
        best = min(best, distance)
    return best


def _owned_by_another(sentence: str, cue: re.Match[str], start: int, end: int, own_noun: bool) -> bool:
    """Is ``cue`` another figure's: right before a figure after ours, or (a plural noun, when
    ours has a noun of its own) right after a figure before ours?

    A plural noun right after a later figure ("sickened more than 800,000 people and resulted
    in 39,000 deaths") is left a cue of ours: tried in round 7, it took wrong high figures out of
    monotonic's running total and so let world tolls fall to U.S. ones (7 warnings on AllSides
    9,001-9,902, up from 1).
    """
    if cue.start() >= end:
        return bool(CUE_OWNED_AFTER.match(sentence, cue.end())) or bool(
            CUE_AFTER_NEW_SUBJECT.search(sentence, end, cue.start()))
    if CUE_BEFORE_CONJUNCT.match(sentence[cue.end():start]):
        return True  # "were killed and 15 other people were wounded": the cue is the earlier conjunct's
    if not own_noun or _singular(cue.group().lower()) not in _counted_nouns():
        return False
    owner = CUE_OWNED_BEFORE.search(sentence, max(0, cue.start() - OWNER_REACH), cue.start())
    # A day of a month owns nothing: "the Oct. 1 shooting deaths of 58 people".
    return bool(owner) and not OWNER_MONTH.search(sentence, 0, owner.start())


def _singular(word: str) -> str:
    """A plural noun's singular, by its ending ("fatalities" -> "fatality", "troops" -> "troop"); else ""."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else ""


@lru_cache(maxsize=1)
def _counted_nouns() -> frozenset[str]:
    """The nouns the concepts count and the groups of people (concepts.yaml), singular."""
    data = load_vocab("concepts")
    nouns = {str(w).lower() for spec in data["concepts"].values() for w in spec.get("entity") or ()}
    return frozenset(nouns | {str(w).lower() for w in data["people_entities"]})


def _unit_fits(topic: Topic, unit: str) -> bool:
    if not topic.unit:
        return True
    if topic.unit == "money":
        return unit in _lexicon()["money"]
    return unit == topic.unit


def _entity_fits(topic: Topic, entity: str, phrase: str) -> bool:
    """Does the claim count the topic's noun: its entity, or its phrase's head (last word)?

    A topic's noun modifying another ("185 rescue requests were still pending",
    "troop levels") names another thing: only the head counts.
    """
    if entity in topic.entity:
        return True
    pattern = _long_words_pattern(topic.entity)
    return bool(pattern and phrase and any(not phrase[m.end():].strip() for m in pattern.finditer(phrase)))


def _entity_cue_missing(entity: str, sentence: str, start: int, end: int, phrase: str) -> bool:
    """Is ``entity`` a noun that names its concept only beside a cue (concepts.yaml ``entity_cues``), with none?

    "claimed more than 5,000 lives" and "lives lost" are deaths; "affected
    millions of lives" and "saved 100 lives" are not.
    """
    pattern = _lexicon()["entity_cues"].get(entity)
    if pattern is None:
        return False
    reach = _lexicon()["window"]
    lo, hi = max(0, start - reach), min(len(sentence), end + len(phrase) + len(" of ") + reach)
    return pattern.search(sentence, lo, hi) is None


def match_topic(topic: Topic, claim: Mapping[str, object], context_text: str,
                known_entities: frozenset[str] = frozenset()) -> float:
    """How well ``claim`` fits ``topic``: 0 best, larger worse, inf = no match.

    The entity (what is counted) is the strongest evidence, except that a
    casualty cue right next to a counted group ("2,400 soldiers have died",
    "50 protesters were arrested") makes it a casualty figure. A generic or missing
    entity, or a place name, lets a cue next to the figure decide (the nearest
    cue wins); an entity no concept knows (often a verb the extractor took for
    the noun: "could pass 20,000") only lets a cue right next to it decide; an
    entity another concept claims ("soldier") never does.
    """
    unit = str(claim.get("unit") or "")
    if not _unit_fits(topic, unit):
        return np.inf
    value = float(claim.get("value") or 0)
    if topic.unit == "count" and (value < 1 or not value.is_integer()):
        return np.inf  # people are counted in whole numbers: "7.8" next to "killed" is a magnitude
    sentence = str(claim.get("sentence") or "")
    offset = int(claim["_offset"])
    surface_end = offset + len(str(claim.get("surface") or ""))
    # "_age" is set by assign_topics, which tests each claim once, not once per topic.
    if claim["_age"] if "_age" in claim else is_age(sentence, offset, surface_end):
        return np.inf
    if topic.pattern and not re.search(topic.pattern, sentence):
        return np.inf
    if topic.context:
        pattern = _phrase_pattern(topic.context)
        if pattern is None or not pattern.search(context_text):
            return np.inf
    entity = str(claim.get("entity") or "").lower()
    phrase = str(claim.get("entity_phrase") or "").lower()
    start, end = int(claim["_offset"]), int(claim["_offset"]) + len(str(claim.get("surface") or ""))
    lexicon = _lexicon()
    # "_borrowed" is set by assign_topics once per claim, like "_age".
    borrowed = claim["_borrowed"] if "_borrowed" in claim else _borrowed(phrase, sentence, start, end)
    fits = bool(topic.entity) and _entity_fits(topic, entity, phrase) \
        and not _entity_cue_missing(entity, sentence, start, end, phrase)
    if fits and not borrowed:
        return 0.0
    if entity in lexicon["places"] and not fits and str(claim.get("unit") or "") == "count" \
            and _noun_follows(sentence, end, phrase):
        return np.inf  # "deployed in 23 states": a count of places, whatever cue stands near
    # A noun standing elsewhere in the sentence ("death toll rises to 8,700 as
    # hundreds of thousands left homeless") is weaker evidence: a cue right next
    # to the figure (another concept's "homeless") outweighs it.
    borrowed_score = 1.0 + lexicon["near_window"] + 0.5 if fits else np.inf
    if topic.entity and not topic.cues:
        return borrowed_score
    # A vague figure ("millions", "hundreds of thousands") is a casualty count only
    # when its cue is right next to it: "killing hundreds", "thousands dead", not
    # "bury the dead and provide for millions of survivors".
    vague = str(claim.get("qualifier") or "") == "vague"
    breaks = VAGUE_BREAK if vague else None
    # Set by assign_topics when no cue of any concept stands near the figure: every
    # cue distance would be inf, and searching each concept's cues costs most of the time.
    cue_free = bool(claim.get("_cue_free"))
    # A noun taken from elsewhere in the sentence says nothing of this figure: as generic.
    generic = (entity in lexicon["generic"] or topic.unit == "money"
               or entity in gazetteer().country_of or borrowed)
    # A vague figure's cue stands right next to it or to its "of" phrase
    # ("thousands of people are feared dead").
    window = lexicon["near_window"] + len(phrase) + len(" of ") if vague else lexicon["window"]
    if topic.entity and not generic:
        if topic.id in lexicon["casualties"] and entity in lexicon["people"]:
            # "2,400 American soldiers have died": a casualty figure of a counted group.
            reach = lexicon["near_window"] + len(phrase) + 1  # past "American soldiers"
            distance = np.inf if cue_free else _cue_distance(topic, sentence, start, end, reach, breaks=breaks,
                                                              own_noun=True,
                                                              comma_breaks_before=True)
            return -1.0 + distance / 1000 if np.isfinite(distance) else np.inf
        if entity in known_entities or _claimed_by_phrase(phrase, known_entities):
            return np.inf
        # A noun no concept knows with the cue past a comma names another thing:
        # "Israel flew more than 1,500 airstrikes, killing 161" (the cue is 161's).
        return np.inf if cue_free else _near_cue_score(topic, sentence, start, end)
    distance = np.inf if cue_free else _cue_distance(topic, sentence, start, end, window, breaks=breaks,
                                                      own_noun=entity not in lexicon["stand_in"] and not borrowed)
    if np.isfinite(distance):
        return min(1.0 + distance, borrowed_score)
    return borrowed_score if fits else (np.inf if topic.cues or topic.entity else 0.5)


def _cue_near(pattern: re.Pattern[str] | None, claim: Mapping[str, object]) -> bool:
    """Could any cue of ``pattern`` (all concepts' cues) be within reach of the claim's figure?

    The region is the widest any cue search of match_topic reads: the rise-verb
    subject before the figure, and the cue window (or a counted group's phrase)
    on both sides with its overhang.
    """
    if pattern is None:
        return False
    lexicon = _lexicon()
    sentence = str(claim.get("sentence") or "")
    start = int(claim["_offset"])
    end = start + len(str(claim.get("surface") or ""))
    phrase = str(claim.get("entity_phrase") or "")
    window = max(lexicon["window"], lexicon["near_window"] + len(phrase) + 1)
    lo = max(0, start - max(lexicon["subject_window"], window + CUE_OVERHANG))
    hi = min(len(sentence), end + window + CUE_OVERHANG)
    return pattern.search(sentence, lo, hi) is not None


def _borrowed(phrase: str, sentence: str, start: int, end: int) -> bool:
    """Does the figure's noun phrase stand away from it (taken from elsewhere in the sentence)?

    Adjacent: right after the figure ("5,000 people", "hundreds of bodies",
    "dozens dead") or right before it ("the death toll of 5,000", "death toll:
    5,000", "deaths could be in the hundreds" within a few words).
    """
    if not phrase:
        return False
    lowered = sentence.lower()
    after = lowered[end:end + len(phrase) + BORROWED_SLACK]
    at = after.find(phrase)
    if at >= 0 and not ANOTHER_FIGURE.search(after, 0, at):
        return False
    before = lowered[max(0, start - len(phrase) - BORROWED_SLACK):start]
    at = before.rfind(phrase)
    # Before the figure with another figure between ("death toll rises to 8,700 as
    # hundreds of thousands left homeless"): the noun is the other figure's.
    return at < 0 or bool(ANOTHER_FIGURE.search(before, at + len(phrase)))


def _near_cue_score(topic: Topic, sentence: str, start: int, end: int) -> float:
    """match_topic's score for a figure counting a noun no concept knows: a cue right next to it only."""
    distance = _cue_distance(topic, sentence, start, end, _lexicon()["near_window"], comma_breaks=True,
                             breaks=UNKNOWN_NOUN_BREAK, own_noun=True)
    return 1.0 + distance if np.isfinite(distance) else np.inf


def _claimed_by_phrase(phrase: str, known_entities: frozenset[str]) -> bool:
    pattern = _known_pattern(known_entities)
    return bool(pattern and phrase and pattern.search(phrase))


@lru_cache(maxsize=8)
def _known_pattern(known_entities: frozenset[str]) -> re.Pattern[str] | None:
    """Whole-word pattern of the concepts' longer entity words (built once per lexicon)."""
    return _phrase_pattern(tuple(sorted(w for w in known_entities if len(w) > 3)))


def _offsets(claims: pd.DataFrame) -> pd.Series:
    sentences = claims["sentence"].fillna("").astype(str)
    if "sentence_start" in claims.columns:
        offsets = (pd.to_numeric(claims["start"], errors="coerce")
                   - pd.to_numeric(claims["sentence_start"], errors="coerce"))
        found = [s.find(str(f)) for s, f in zip(sentences.tolist(), claims["surface"].tolist())]
        return pd.Series(np.where(offsets.notna() & (offsets >= 0), offsets, found),
                         index=claims.index).clip(lower=0).astype(int)
    return pd.Series([max(0, s.find(str(f))) for s, f in zip(sentences.tolist(), claims["surface"].tolist())],
                     index=claims.index)


def _context_texts(claims: pd.DataFrame) -> list[str]:
    """Each claim's sentence with the sentences of the claims before and after it in its document."""
    order = claims.assign(_pos=np.arange(len(claims)))
    sort_cols = ["doc_id"] + (["sentence_start"] if "sentence_start" in claims.columns else [])
    order = order.sort_values(sort_cols + ["_pos"], kind="stable")
    sentences = order["sentence"].fillna("").astype(str).tolist()
    docs = order["doc_id"].astype(str).tolist()
    texts = [""] * len(claims)
    for k, pos in enumerate(order["_pos"]):
        parts = [sentences[k]]
        if k > 0 and docs[k - 1] == docs[k]:
            parts.insert(0, sentences[k - 1])
        if k + 1 < len(sentences) and docs[k + 1] == docs[k]:
            parts.append(sentences[k + 1])
        texts[pos] = " ".join(dict.fromkeys(parts))
    return texts


def _named_in(sentences: pd.Series, mentions: Mapping[str, list[tuple[int, int, str]]] | None = None
              ) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """For each distinct sentence, the names (capitalised words, not stop words) and countries it names.

    ``mentions``: :func:`checker.places.place_mentions` of the sentences, when the caller has them.
    """
    stop = _lexicon()["stop"]
    return {sentence: (frozenset(w for w in NAME_WORD.findall(sentence) if w not in stop),
                       frozenset(c for _, _, c in (mentions[sentence] if mentions is not None
                                                   else place_mentions(sentence))))
            for sentence in pd.unique(sentences)}


def _events(claims: pd.DataFrame,
            named: dict[str, tuple[frozenset[str], frozenset[str]]] | None = None) -> pd.Series:
    """An event key per claim: documents linked by shared places/names within a few days.

    ``named``: :func:`_named_in` of the claims' sentences, when the caller has it.
    """
    if named is None:
        named = _named_in(claims["sentence"].fillna("").astype(str))
    names: dict[str, set[str]] = {}
    places: dict[str, set[str]] = {}
    days: dict[str, float] = {}
    published = claims.groupby("doc_id", sort=True)["published"].first() if "published" in claims \
        else pd.Series(dtype=object)
    stamps = pd.to_datetime(published.astype(str), errors="coerce", utc=True, format="mixed")
    epoch_days = (stamps - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds() / 86400
    # Each document's distinct claim sentences, in order (plain dicts: no per-group pandas cost).
    sentences_of: dict[str, dict[str, None]] = {}
    for doc_id, sentence in zip(claims["doc_id"].astype(str).tolist(),
                                claims["sentence"].fillna("").astype(str).tolist()):
        sentences_of.setdefault(doc_id, {})[sentence] = None
    for doc_id in sorted(sentences_of):
        # Names and places never span two sentences: each sentence is read once (_named_in).
        found = [named[sentence] for sentence in sentences_of[doc_id]]
        names[doc_id] = set().union(*(n for n, _ in found))
        places[doc_id] = set().union(*(p for _, p in found))
        day = epoch_days.get(doc_id, np.nan)
        days[doc_id] = float(day) if pd.notna(day) else np.nan
    ids = list(names)
    parent = {d: d for d in ids}
    # Each story's first and last dated day (kept at its root), to cap its span.
    first_day = {d: days[d] for d in ids}
    last_day = {d: days[d] for d in ids}

    def root(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    # Link documents through each name and place they share, in date order: each
    # document is compared with the next ones holding the same key, not with all.
    sort_day = {d: (days[d] if not np.isnan(days[d]) else -1e12) for d in ids}
    holders: dict[tuple[str, str], list[str]] = {}
    for d in ids:
        for name in sorted(names[d]):
            holders.setdefault(("name", name), []).append(d)
        for place in sorted(places[d]):
            holders.setdefault(("place", place), []).append(d)
    # Links are gathered first and joined closest first: with a cap on a story's
    # span, the order of joining decides the stories, and it must not depend on
    # the order sets iterate in.
    links: list[tuple[float, float, str, str]] = []
    # What two documents share, met again through each of their shared keys: worked out once.
    common: dict[tuple[str, str], tuple[bool, int]] = {}
    for (what, _), holding in sorted(holders.items()):
        holding.sort(key=lambda d: (sort_day[d], d))
        for i, a in enumerate(holding):
            for b in holding[i + 1:i + 1 + LINK_LOOKAHEAD]:
                undated = days[a] != days[a] or days[b] != days[b]  # NaN: undated
                gap = 0.0 if undated else days[b] - days[a]
                if gap > STORY_WINDOW_DAYS:
                    break
                if not undated and what == "name" and gap <= 1:
                    links.append((gap, sort_day[a], a, b))  # one name the same day links
                    continue
                if (a, b) not in common:
                    common[(a, b)] = (bool(places[a] & places[b]), len(names[a] & names[b]))
                any_place, shared = common[(a, b)]
                shared_place = what == "place" or any_place
                if undated:
                    # Without dates, only much in common makes one story ("Trump" is in half of them).
                    linked = shared_place and shared >= UNDATED_SHARED_NAMES
                else:
                    linked = (what == "name" and gap <= 1) or (shared_place and shared >= 2) or (
                        gap <= EVENT_WINDOW_DAYS and (shared_place or shared >= 2))
                if linked:
                    links.append((gap, sort_day[a], a, b))
    for _, _, a, b in sorted(set(links)):
        ra, rb = root(a), root(b)
        if ra == rb:
            continue
        lo = np.fmin(first_day[ra], first_day[rb])  # fmin/fmax: an undated story has NaN
        hi = np.fmax(last_day[ra], last_day[rb])
        if not hi - lo > STORY_SPAN_DAYS:
            parent[rb] = ra
            first_day[ra], last_day[ra] = lo, hi
    keys = {}
    for d in ids:
        r = root(d)
        keys[d] = r
    members: dict[str, list[str]] = {}
    for d, r in keys.items():
        members.setdefault(r, []).append(d)
    labels = {}
    for r, group_ids in members.items():
        first = min(group_ids, key=lambda d: (days[d] if not np.isnan(days[d]) else 1e12, d))
        counts: dict[str, int] = {}
        for d in group_ids:
            for w in places[d] or names[d]:
                counts[w] = counts.get(w, 0) + 1
        name = min(counts, key=lambda w: (-counts[w], w)) if counts else "story"
        date = "" if np.isnan(days[first]) else str(pd.Timestamp(days[first] * 86400e9).date())
        labels[r] = slug(f"{date} {name}")
    # A document naming nothing can't be placed in a story: "" (it joins the topic's main story).
    return claims["doc_id"].astype(str).map(lambda d: labels[keys[d]] if names[d] or places[d]
                                or len(members[keys[d]]) > 1 else "")


def _sentence_keys(names: frozenset[str], countries: frozenset[str]) -> frozenset[str]:
    """A sentence's keys: its names but spelled numbers, and its countries as "@Russia"."""
    spelled = _spelled_numbers()
    # "Forty-six people were killed": a spelled number opening a sentence names nothing.
    return frozenset({w for w in names if not all(part in spelled for part in w.lower().split("-"))}
                     | {"@" + country for country in countries})


def _context_keys(claims: pd.DataFrame, stories: pd.Series,
                  named: dict[str, tuple[frozenset[str], frozenset[str]]] | None = None) -> pd.Series:
    """Each claim's keys: the names and countries of its sentence and its neighbours' (else its document's).

    The pairwise kinds compare two documents' claims only when their keys tell
    they could be about one thing (``checker.kinds.base.related_pairs``): "828
    Palestinians killed" and "298 people on board" of MH17 fall in one chained
    story of a busy month, and share no name. Keys held by claims of more than
    GENERIC_KEY_STORIES stories ("Obama", "@United States") are common: marked
    with a leading "~", and "~~" (ubiquitous) when also held by more than
    UBIQUITOUS_KEY_SHARE of the documents without being concentrated in the
    claim's story (CONCENTRATION_LIFT). "|"-joined, sorted.
    """
    sentences = claims["sentence"].fillna("").astype(str)
    if named is None:
        named = _named_in(sentences)
    keys_of = {s: _sentence_keys(*named[s]) for s in pd.unique(sentences)}
    own = sentences.map(keys_of)
    # How many stories hold each key (a document with no story counts as its own).
    story = stories.fillna("").astype(str).where(stories.fillna("") != "", "doc:" + claims["doc_id"].astype(str))
    holders: dict[str, set[str]] = {}
    for keys, key_story in zip(own.tolist(), story.tolist()):
        for key in keys:
            holders.setdefault(key, set()).add(key_story)
    generic = {k for k, held in holders.items() if len(held) > GENERIC_KEY_STORIES}
    holding: dict[str, set[str]] = {}  # the documents holding each common key
    for keys, doc in zip(own.tolist(), claims["doc_id"].astype(str).tolist()):
        for key in keys & generic:
            holding.setdefault(key, set()).add(doc)
    documents = claims["doc_id"].nunique()
    widespread = {k for k, docs_of in holding.items() if len(docs_of) > UBIQUITOUS_KEY_SHARE * documents}
    # A widespread key is ubiquitous in a story unless the story holds far more of its
    # documents than of all documents ("Boston" in the marathon bombing's story: 79 of its
    # 86 documents; "Obama": 89 of 252, no more than the story's share of the corpus).
    story_of = dict(zip(claims["doc_id"].astype(str).tolist(), story.tolist()))
    story_documents: dict[str, int] = {}
    for doc_story in story_of.values():
        story_documents[doc_story] = story_documents.get(doc_story, 0) + 1
    ubiquitous_in: dict[str, set[str]] = {}  # story -> its ubiquitous keys
    for key in widespread:
        in_story: dict[str, int] = {}
        for doc in holding[key]:
            in_story[story_of[doc]] = in_story.get(story_of[doc], 0) + 1
        for doc_story, size in story_documents.items():
            lift = (in_story.get(doc_story, 0) / len(holding[key])) / (size / documents)
            if lift < CONCENTRATION_LIFT:
                ubiquitous_in.setdefault(doc_story, set()).add(key)
    # Neighbours: the claim sentences before and after in the document.
    order = claims.assign(_pos=np.arange(len(claims)))
    sort_cols = ["doc_id"] + (["sentence_start"] if "sentence_start" in claims.columns else [])
    order = order.sort_values(sort_cols + ["_pos"], kind="stable")
    docs = order["doc_id"].astype(str).to_numpy()
    ordered_keys = own.iloc[order["_pos"].to_numpy()].tolist()
    # A claim whose sentences name nothing ("One day, one gun, 26 lives lost in four
    # minutes.") takes its document's keys: the article names its story somewhere.
    of_document: dict[str, set[str]] = {}
    for doc, keys in zip(docs, ordered_keys):
        of_document.setdefault(doc, set()).update(keys)
    result = [""] * len(claims)
    ordered_sentences = sentences.iloc[order["_pos"].to_numpy()].tolist()
    # Claims of one sentence mostly have the same neighbours: each context is written once.
    written: dict[tuple[str, str, str, str], str] = {}
    for k, pos in enumerate(order["_pos"].to_numpy()):
        before = ordered_sentences[k - 1] if k > 0 and docs[k - 1] == docs[k] else None
        after = ordered_sentences[k + 1] if k + 1 < len(docs) and docs[k + 1] == docs[k] else None
        context = (docs[k], before, ordered_sentences[k], after)
        if context not in written:
            keys = set(ordered_keys[k])
            if before is not None:
                keys |= ordered_keys[k - 1]
            if after is not None:
                keys |= ordered_keys[k + 1]
            keys = keys or of_document[docs[k]]
            ubiquitous = ubiquitous_in.get(story_of[docs[k]], set())
            written[context] = "|".join(sorted(("~~" + key) if key in ubiquitous else ("~" + key)
                                               if key in generic else key for key in keys))
        result[pos] = written[context]
    return pd.Series(result, index=claims.index, dtype=object)


def _is_past(claims: pd.DataFrame) -> pd.Series:
    """Claims dated more than PAST_DAYS before their article (a past event's figure)."""
    if "claim_date" not in claims.columns or "published" not in claims.columns:
        return pd.Series(False, index=claims.index)
    claimed = pd.to_datetime(claims["claim_date"].astype(str).str[:10], errors="coerce", format="%Y-%m-%d")
    published = pd.to_datetime(claims["published"].astype(str).str[:10], errors="coerce", format="%Y-%m-%d")
    return ((published - claimed).dt.days > PAST_DAYS).fillna(False)


def _past_sentence_years(claims: pd.DataFrame) -> pd.Series:
    """The latest year a claim's sentence names when every year it names ended PAST_DAYS before the article.

    "He was shot in the 2007 Virginia Tech massacre, in which a gunman killed 32
    people" (2013) is a past event's figure even when the claim is dated to the
    article; so is one in a sentence naming a past event without its year
    ("During World War II, 407,317 Americans died": ``historical_events``). ""
    otherwise (no year, or a recent one).
    """
    published = pd.to_datetime(claims["published"].astype(str).str[:10], errors="coerce", format="%Y-%m-%d") \
        if "published" in claims.columns else pd.Series(pd.NaT, index=claims.index)
    sentences = claims["sentence"].fillna("").astype(str)
    latest = sentences.str.findall(SENTENCE_YEAR).map(lambda years: max(map(int, years)) if years else np.nan)
    pattern, event_years = historical_events()
    named = sentences.str.findall(pattern).map(lambda names: max(event_years[n] for n in names) if names else np.nan)
    latest = np.fmax(latest, named)  # the later of the two; NaN only when neither is named
    year_end = pd.to_datetime(latest.astype("Int64").astype(str) + "-12-31", errors="coerce", format="%Y-%m-%d")
    past = ((published - year_end).dt.days > PAST_DAYS).fillna(False)
    return pd.Series(np.where(past, latest.astype("Int64").astype(str), ""), index=claims.index)


def _countable(claim: Mapping[str, object], known: frozenset[str]) -> bool:
    """A count of a named thing ("19 executive actions") for the fallback figure.

    Whole numbers of at least 10 (smaller counts are mostly anecdotes), whose
    counted noun is a plain word that no concept and no generic list holds.
    """
    lexicon = _lexicon()
    entity = str(claim.get("entity") or "").lower()
    value = float(claim.get("value") or 0)
    if str(claim.get("unit") or "") != "count" or claim.get("qualifier") == "vague":
        return False
    if value < 10 or not value.is_integer() or not COUNTED_NOUN.match(entity):
        return False
    if entity in lexicon["generic"] or entity in known or entity in gazetteer().country_of:
        return False
    sentence = str(claim.get("sentence") or "")
    offset = int(claim["_offset"])
    return not is_age(sentence, offset, offset + len(str(claim.get("surface") or "")))


def is_age(sentence: str, start: int, end: int) -> bool:
    """True when the figure at ``sentence[start:end]`` is a person's age.

    "Noah Nathan, 47, lives nearby", "she was 14 when she went missing", "aged 14":
    the missing, dead or hurt are counted elsewhere, never by an age.
    """
    before, after = sentence[:start], sentence[end:]
    if AGE_APPOSITION_BEFORE.search(before) and AGE_APPOSITION_AFTER.match(after):
        return True
    return bool(AGED_BEFORE.search(before[-16:])
                or (AGE_WHEN_BEFORE.search(before[-20:]) and AGE_WHEN_AFTER.match(after)))


# A share of a whole restated as a count: "represent 93% of all fatalities, or 63,187 deaths"
# (eight states' part of the U.S. toll), "3 percent of Americans, or nearly 10 million people"
# (AllSides, 2020): the count is the share's, a part, never the whole's value.
SHARE_NUMBER = r"\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)"
SHARE_OR = re.compile(rf"{SHARE_NUMBER}\s+of\s+[^,;:\d]{{1,60}}?\s*,?\s+or\s+(?:about\s+|nearly\s+|roughly\s+|"
                      rf"some\s+|almost\s+|around\s+|approximately\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)


def _change_or_part(claim: Mapping[str, object]) -> bool:
    """True for a difference ("increased by 302,000", "a rise of 90,000"), a part ("25 of 31",
    "93% of all fatalities, or 63,187 deaths") or a ratio's base ("for every 286,543 refugees").

    Neither is a value of the figure: comparing them with its values finds
    contradictions that are not there.
    """
    sentence = str(claim.get("sentence") or "")
    offset = int(claim["_offset"])
    after = sentence[offset + len(str(claim.get("surface") or "")):]
    lexicon = _lexicon()
    lead = sentence[max(0, offset - 120):offset]
    # Every change lead-in ends in "by", "of" or an increment word: skip the search without one.
    return bool(CHANGE_HINT.search(lead[-40:]) and lexicon["change"].search(lead)) \
        or bool(PART_OF.match(after)) or bool(PART_OF_GROUP.match(after)) \
        or bool(lexicon["difference"].match(after)) or bool(lexicon["part_lead"].search(lead[-60:])) \
        or bool(lexicon["comparison_lead"].search(lead[-60:])) or bool(lexicon["whole_lead"].search(lead[-30:])) \
        or bool(FRONTED_WHOLE.search(lead)) or bool(PER_BEFORE.search(lead[-12:])) \
        or bool(lexicon["ratio_before"].search(lead[-30:])) \
        or bool(TO_FIGURE_FROM.search(lead[-60:])) or ("or" in lead[-20:] and bool(SHARE_OR.search(lead)))


@lru_cache(maxsize=1)
def _figure_word() -> re.Pattern[str]:
    """A figure in digits or a vague number word ("thousands", "dozens"): where another claim begins."""
    from checker.figures import vague_pattern

    return re.compile(rf"{ANOTHER_FIGURE.pattern}|{vague_pattern()}", re.IGNORECASE)


def _current_state(claim: Mapping[str, object]) -> bool:
    """True when the figure's clause marks it a state at one moment ("still hospitalized").

    Only for cumulative concepts: "66 people who were still hospitalized" is not
    the running injured total, and a fall from 176 to it is no contradiction.
    """
    sentence = str(claim.get("sentence") or "")
    offset = int(claim["_offset"])
    end = offset + len(str(claim.get("surface") or ""))
    window = _lexicon()["window"]
    before = CLAUSE_BREAK.split(sentence[max(0, offset - window):offset])[-1]
    after = CLAUSE_BREAK.split(sentence[end:end + window])[0]
    # Up to the next figure only: in "Of the 239 people wounded, 128 remained hospitalized"
    # the state is 128's, and in "climbed to 312, with thousands still missing" thousands'.
    figure = _figure_word()
    before = figure.split(before)[-1]
    after = figure.split(after)[0]
    current = _lexicon()["current"]
    return bool(current.search(before) or current.search(after))


def _split_names(claims: pd.DataFrame, base: list[str]) -> list[str]:
    """The split of each claim's concept its clause names ("added"), or "" (split_cues)."""
    lexicon = _lexicon()
    splits, window, by_cue = lexicon["splits"], lexicon["window"], lexicon["by_cue"]
    names = [""] * len(claims)
    for k, (topic_id, sentence, offset, surface) in enumerate(zip(
            base, claims["sentence"].fillna("").astype(str).tolist(), claims["_offset"].tolist(),
            claims["surface"].fillna("").astype(str).tolist())):
        end = offset + len(surface)
        after_clause = CLAUSE_BREAK.split(sentence[end:end + window])[0]
        if topic_id and (lexicon["rate_after"].match(after_clause) or lexicon["average_after"].match(after_clause)
                         or lexicon["average_before"].search(sentence[max(0, offset - window):offset])):
            names[k] = "rate"  # "226,000 jobs added each month": a rate, not a count
            continue
        if topic_id and lexicon["ratio_after"].match(after_clause):
            names[k] = "ratio"  # "6 for every 10,000 residents": a rate, not a count (the base has no topic)
            continue
        if topic_id and _per_capita(sentence, offset, end, window):
            names[k] = "per-capita"  # "5 firearm killings per 100,000 people": a rate, not a count
            continue
        span = _span_key(sentence, offset, end, window) if topic_id else ""
        if span:
            names[k] = f"span-{span}"  # "4.4 million jobs over the past 28 months"
            continue
        if topic_id not in splits:
            continue
        # Reach past the window's edge so that a long cue ending inside it is whole
        # ('"Professional and business services" firms added 73,000').
        # ... and past it after the figure, so that a long cue starting inside it is whole
        # ("51,000 new jobs last month in professional and business services").
        lo = max(0, offset - window - CUE_OVERHANG)
        before, after = sentence[lo:offset], sentence[end:end + window + CUE_OVERHANG]
        before = CLAUSE_BREAK.split(before)[-1]
        after = CLAUSE_BREAK.split(after)[0]
        edge = len(before) - window  # a cue must end past this point of ``before``
        for name, pattern in splits[topic_id].items():
            if pattern is None:
                continue
            # A cue past another figure is that figure's ("75,000 positive cases - including more
            # than 9,000 new cases": the new cases are the 9,000).
            found = [m for m in pattern.finditer(before) if m.end() > edge
                     and not ANOTHER_FIGURE.search(before, m.end())][::-1] + \
                [m for m in pattern.finditer(after) if m.start() < window
                 and not ANOTHER_FIGURE.search(after, 0, m.start())]
            if found:
                names[k] = name if name not in by_cue else f"{name}-{_nearest_cue(found, by_cue[name])}"
                break
    return names


def _per_capita(sentence: str, start: int, end: int, window: int) -> bool:
    """Is the figure at ``start:end`` a rate per head: "per 100,000" in its clause, before it
    ("the number of positive cases per 100,000 to 174") or after it, no comma between?"""
    pattern = _lexicon()["per_capita"]
    before = COMMA_BREAK.split(CLAUSE_BREAK.split(sentence[max(0, start - window):start])[-1])[-1]
    after = COMMA_BREAK.split(CLAUSE_BREAK.split(sentence[end:end + window])[0], maxsplit=1)[0]
    return bool(pattern.search(after) or pattern.search(before))


def _span_key(sentence: str, start: int, end: int, window: int) -> str:
    """The span of periods named in the figure's clause, as a key ("28-months", "since-june-2009"), or ""."""
    before = CLAUSE_BREAK.split(sentence[max(0, start - window):start])[-1]
    after = CLAUSE_BREAK.split(sentence[end:end + window])[0]
    for text in (after, before):
        match = SPAN.search(text)
        if match:
            if match.group("since"):
                return "since-" + slug(match.group("since"))
            return slug(f"{match.group('count') or ''} {match.group('unit')}")
    return ""


def _nearest_cue(found: list[re.Match[str]], weak: frozenset[str]) -> str:
    """The slug of the nearest cue in ``found`` (nearest first), a ``weak`` one only if alone."""
    strong = [m for m in found if m.group().lower() not in weak]
    return slug((strong or found)[0].group())


def _shared_value_places(claims: pd.DataFrame, base: list[str], ruleset: RuleSet) -> pd.Series:
    """``place``, with unplaced figures that repeat a placed figure's precise value taking its place.

    "5.3 million people homeless in Syria alone, the UN warned" (Feb 11), then
    "Speed of aid deliveries to Syria criticised as 5.3 million are left homeless"
    (Feb 16): a precise figure (three significant digits, or a decimal: not "over
    19,000", which any toll of the day rounds to), of the same concept,
    within SHARED_VALUE_DAYS, is the same figure, Syria's. Only when the figure's
    sentence names that country and no other, no combined scope ("Total Death Toll
    Passes 16,000"), and one place alone gives that value.
    """
    places = claims["place"].fillna("").astype(str)
    by_place = np.array([bool(t) and ruleset.topics[t].builtin and ruleset.topics[t].by_place
                         for t in base], dtype=bool)
    if not by_place.any():
        return places
    values = pd.to_numeric(claims["value"], errors="coerce")
    placed_mask = by_place & (places != "").to_numpy()
    # Only unplaced figures whose value some placed figure has: usually a handful.
    wanted = by_place & (places == "").to_numpy() & values.isin(set(values[placed_mask])).to_numpy()
    if not wanted.any():
        return places
    subset = claims[wanted]
    # A figure written with its digits (12,391; 5.3 million) names one statistic; a round
    # thousand ("over 19,000") is anyone's.
    digits = _significant_digits(values[wanted])
    decimal = subset["surface"].fillna("").astype(str).str.contains(DECIMAL_SURFACE)
    precise = (subset.get("qualifier", pd.Series("", index=subset.index)) != "vague") \
        & ((digits >= 3) | ((digits >= 2) & decimal))
    base_of = np.asarray(base, dtype=object)
    unplaced = pd.DataFrame({"base": base_of[wanted], "value": values[wanted]}, index=subset.index)[precise]
    placed = pd.DataFrame({"base": base_of[placed_mask], "value": values[placed_mask],
                           "place": places[placed_mask]})
    if unplaced.empty:
        return places
    sources = placed.groupby(["base", "value"])["place"].agg(lambda p: frozenset(p))
    candidates = unplaced.reset_index().merge(placed.reset_index(), on=["base", "value"],
                                              suffixes=("", "_placed"))
    if candidates.empty:
        return places
    # Publication days only for the few candidate pairs.
    days = _published_days(claims.loc[pd.unique(pd.concat([candidates["index"], candidates["index_placed"]]))])
    gap = (candidates["index"].map(days) - candidates["index_placed"].map(days)).abs()
    candidates = candidates[gap.fillna(np.inf).to_numpy() <= SHARED_VALUE_DAYS]
    result = places.copy()
    for row in candidates.drop_duplicates("index").itertuples(index=False):
        owners = sources.get((row.base, row.value), frozenset())
        if len(owners) != 1:
            continue  # two places give this value: whose it is stays open
        owner = next(iter(owners))
        sentence = str(claims.at[row.index, "sentence"])
        named = {c for _, _, c in place_mentions(sentence)}
        if named == {owner} and not gazetteer().combined.search(sentence):
            result.at[row.index] = owner
    return result


def _significant_digits(values: pd.Series) -> pd.Series:
    """Significant digits of each value as written: 5,300,000 -> 2, 12,391 -> 5, 0/NaN -> 0."""
    def count(value: float) -> int:
        if not np.isfinite(value) or value == 0:
            return 0
        return len(f"{abs(value):.12e}".split("e")[0].replace(".", "").rstrip("0"))
    return values.astype(float).map(count)


def _published_days(claims: pd.DataFrame) -> pd.Series:
    """Days since 1970 of each claim's publication (NaN when undated)."""
    if "published" not in claims:
        return pd.Series(np.nan, index=claims.index)
    stamps = pd.to_datetime(claims["published"].astype(str), errors="coerce", utc=True, format="mixed")
    return (stamps - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds() / 86400


def _sources(claims: pd.DataFrame) -> list[str]:
    """Whose figure each claim is: its speaker ("" when the outlet states it)."""
    if "speaker" not in claims:
        return [""] * len(claims)
    return claims["speaker"].fillna("").astype(str).tolist()


def assign_topics(claims: pd.DataFrame, ruleset: RuleSet) -> pd.DataFrame:
    """Return ``claims`` with ``topic`` (id or ""), ``topic_label``, ``place`` and ``event``.

    Works on the whole corpus's claims: the event context (which documents tell
    one story) needs all of them. Needs the columns in ``NEEDS``.
    """
    require_columns(claims, NEEDS, "assign_topics")
    # Each sentence's places, found once for the place column and for the stories.
    mentions = {s: place_mentions(s) for s in pd.unique(claims["sentence"].fillna("").astype(str))}
    result = add_places(claims.reset_index(drop=True), mentions)
    if result.empty:
        for column in ("topic", "topic_label", "event"):
            result[column] = pd.Series([], dtype="object")
        return result
    result["_offset"] = _offsets(result)
    user = [t for t in ruleset.topics.values() if not t.builtin]
    # Neighbouring sentences are read only by topics with a ``context`` (packs' own).
    contexts = _context_texts(result) if any(t.context for t in ruleset.topics.values()) \
        else [""] * len(result)
    builtin = [t for t in ruleset.topics.values() if t.builtin and not t.fallback]
    fallback = next((t for t in ruleset.topics.values() if t.fallback), None)
    known = frozenset(w for t in builtin for w in t.entity)
    base: list[str] = []
    # The built-in concepts a unit can belong to: the others score inf for it anyway
    # (match_topic's first test), and a claim's unit rules out most of the 13.
    fitting: dict[str, list[Topic]] = {}
    any_cue = _phrase_pattern(tuple(sorted({c for t in builtin for c in t.cues})))
    # Only the columns topic matching reads: records of the whole frame cost more than the matching.
    read = [c for c in MATCH_COLUMNS if c in result.columns]
    # Rows as dicts from column lists: to_dict("records") walks Arrow-backed strings slowly.
    columns = [result[c].tolist() for c in read]
    for values, context in zip(zip(*columns), contexts):
        claim = dict(zip(read, values))
        chosen = ""
        sentence = str(claim.get("sentence") or "")
        offset = int(claim["_offset"])
        end = offset + len(str(claim.get("surface") or ""))
        claim["_age"] = is_age(sentence, offset, end)
        claim["_borrowed"] = _borrowed(str(claim.get("entity_phrase") or "").lower(), sentence, offset, end)
        if claim["_age"]:
            base.append("")  # a person's age is no figure of any topic
            continue
        for topic in user:
            if np.isfinite(match_topic(topic, claim, context)):
                chosen = topic.id
                break
        # A count of events ("170 protests") is no concept's figure.
        counts_events = str(claim.get("entity") or "").lower() in _lexicon()["events"]
        if not chosen and claim.get("modality", "") != "negated":
            unit = str(claim.get("unit") or "")
            if unit not in fitting:
                fitting[unit] = [t for t in builtin if _unit_fits(t, unit)]
            claim["_cue_free"] = not _cue_near(any_cue, claim)
            candidates = fitting[unit]
            if claim["_cue_free"]:
                # With no cue near, only a concept counting the claim's noun (or one with
                # neither nouns nor cues) can score: match_topic gives the others inf.
                entity = str(claim.get("entity") or "").lower()
                phrase = str(claim.get("entity_phrase") or "").lower()
                candidates = [t for t in candidates if not (t.cues or t.entity)
                              or (t.entity and _entity_fits(t, entity, phrase))]
            if counts_events:
                candidates = []
            scores = [(match_topic(t, claim, context, known), t.id) for t in candidates]
            score, topic_id = min(scores, default=(np.inf, ""))
            chosen = topic_id if np.isfinite(score) else ""
            if not chosen and fallback is not None and _countable(claim, known):
                chosen = fallback.id
            if chosen and _change_or_part(claim):
                chosen = ""  # a difference or a part is no value of the figure
            if chosen and ruleset.topics[chosen].cumulative and _current_state(claim):
                chosen = ""  # a state at one moment is no value of a running total
        base.append(chosen)
    result["place"] = _shared_value_places(result, base, ruleset)
    splits = _split_names(result, base)
    sentence_names = _named_in(result["sentence"].fillna("").astype(str), mentions)
    result["event"] = _events(result, sentence_names)
    stories = result["event"].copy()  # before orphans join their topic's main story
    topic_ids, labels = [], []
    donors = _sources(result)
    own_counts = _lexicon()["own_counts"]
    entity_of = dict(enumerate(result["entity"].fillna("").astype(str).str.lower()))
    for topic_id, place, unit, donor in zip(base, result["place"].tolist(), result["unit"].fillna("").tolist(),
                                            donors):
        topic = ruleset.topics.get(topic_id)
        if topic is None:
            topic_ids.append("")
            labels.append("")
            continue
        full, label = topic_id, topic.label
        split = splits[len(topic_ids)]
        if split:
            full, label = f"{full}~{split}", f"{label} ({split})"
        if topic.fallback:
            noun = str(entity_of.get(len(topic_ids), "")) or "thing"
            full, label = f"{full}~{slug(noun)}", f"{noun} (count)"
        if topic.builtin and topic.unit == "money":
            full, label = f"{full}~{slug(str(unit))}", f"{label} ({unit})"
        # A state's figure is a part of any concept's national figure ("California lost nearly
        # 100,000 jobs" against the 701,000 the U.S. cut): always a figure of its own, but for
        # fallback counts (one per noun and story).
        if topic.builtin and (topic.by_place or (is_state(place) and not topic.fallback)) and place:
            full, label = f"{full}@{slug(place)}", f"{label} in {place}"
        if topic.builtin and topic.by_speaker:
            if not donor:
                topic_ids.append("")
                labels.append("")
                continue  # whose figure it is decides which figure it is
            full, label = f"{full}~{slug(donor)}", f"{label} from {donor}"
        elif topic.builtin and donor and topic.id in own_counts:
            # Each agency counts its own operations ("1,200 boat rescues", the Coast Guard
            # said; "1,500 high-water rescues", the sheriff wrote): a named source's figure is
            # its own, figures no one is credited with stay one.
            full, label = f"{full}~{slug(donor)}", f"{label} by {donor}"
        topic_ids.append(full)
        labels.append(label)
    result["topic"] = topic_ids
    result["topic_label"] = labels
    # Split a built-in figure by story only when the corpus tells several stories about it.
    # A claim that lost its topic (a by-speaker figure with no speaker) joins no story either.
    is_builtin = pd.Series([bool(t) and ruleset.topics[t].builtin for t in base], index=result.index)
    is_builtin &= result["topic"] != ""
    named = is_builtin & (result["event"] != "")
    main_event = _main_events(result[named])
    orphan = is_builtin & (result["event"] == "")
    result.loc[orphan, "event"] = result.loc[orphan, "topic"].map(main_event.astype(object)).astype(object).fillna("")
    events_per_topic = result[is_builtin & (result["event"] != "")].groupby("topic")["event"].nunique()
    split = result["topic"].map(events_per_topic).fillna(1) > 1
    split &= is_builtin
    result.loc[split, "topic"] = result.loc[split, "topic"] + "#" + result.loc[split, "event"]
    past_year = pd.Series("", index=result.index)
    if is_builtin.any():
        past_year = _past_sentence_years(result).where(is_builtin, "")
        dated_past = is_builtin & _is_past(result)
        if dated_past.any():  # _is_past is all False without claim_date
            past_year = past_year.where(~dated_past, result["claim_date"].astype(str).str[:4])
    past = past_year != ""
    if past.any():
        result.loc[past, "topic"] = result.loc[past, "topic"] + "#past-" + past_year[past]
        result.loc[past, "topic_label"] = result.loc[past, "topic_label"] + " (" + past_year[past] + ")"
    result.loc[split, "topic_label"] = (result.loc[split, "topic_label"] + " ("
                                        + result.loc[split, "event"] + ")")
    result["context_keys"] = _context_keys(result, stories, sentence_names)
    return result.drop(columns=["_offset"])


def _main_events(claims: pd.DataFrame) -> pd.Series:
    """Each topic's most frequent event (ties: the one met first), indexed by topic."""
    if claims.empty:
        return pd.Series(dtype=object)
    counts = pd.DataFrame({"topic": claims["topic"].to_numpy(), "event": claims["event"].to_numpy(),
                           "position": np.arange(len(claims))})
    counts = counts.groupby(["topic", "event"], sort=False).agg(n=("position", "size"),
                                                                first=("position", "min")).reset_index()
    counts = counts.sort_values(["topic", "n", "first"], ascending=[True, False, True], kind="stable")
    return counts.drop_duplicates("topic").set_index("topic")["event"]


def topic_base(topic_id: str) -> str:
    """The topic a refined id comes from: 'deaths@syria#2023-02-06-turkey' -> 'deaths'."""
    return REFINEMENT_MARK.split(topic_id, maxsplit=1)[0]


#: The split part of a refined topic id: "deaths~rate@syria#..." -> "rate".
SPLIT_PART = re.compile(r"~([^@#]*)")


def topic_for(ruleset: RuleSet, topic_id: str) -> Topic | None:
    """The Topic behind a (possibly refined) topic id.

    A split of a running total is another statistic, no running total itself: a
    rate ("2,000 deaths a day"), a span ("over the past 28 months"), the day's
    new cases, the cases active now. Its Topic says ``cumulative: false``, so that
    monotonic leaves a falling daily count alone. A total "since" a date stays one.
    A split counted per day (concepts.yaml ``batch_splits``: the day's new cases)
    is counted in batches: two days' counts are two figures, never a jump.
    """
    topic = ruleset.topics.get(topic_id)
    if topic is not None:
        return topic
    topic = ruleset.topics.get(topic_base(topic_id))
    split = SPLIT_PART.search(topic_id)
    if topic is not None and split and split.group(1) in _lexicon()["batch_splits"]:
        return replace(topic, cumulative=False, batches=True)
    if topic is not None and topic.cumulative and split and not split.group(1).startswith("span-since-"):
        return replace(topic, cumulative=False)
    return topic
