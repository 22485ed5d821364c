"""Numeric claims in a news text: value, interval, unit, what is counted, direction.

:func:`extract_quantities` is the first stage of numcheck. It scans the text
once with compiled regexes (:mod:`checker.figures`: figures, spelled numbers,
shares, vague quantities), drops numbers that are not claims
(:mod:`checker.nonclaims`: dates, times, years, ids, ordinals, phone numbers),
then reads the words around each figure: currency and magnitude, unit
(:mod:`checker.units`), qualifier cue, range partner and direction of change
(:mod:`checker.qualifiers`), and the noun phrase of what is counted
(:mod:`checker.entities`). quantulum3 is consulted only for unit-looking
tokens our own lexicon does not know. Vocabularies live in
``checker/data/*.yaml``.

Interval conventions (``low``/``high``, NaN = unbounded):

- exact: low = high = value
- approx ("about", "around", "nearly"...): value +- ``approx_slack`` (10 %)
- at_least ("more than", "over"...): low = value, high = NaN
- at_most ("up to", "as many as"...): low = NaN, high = value
- range ("between 3 and 4 million", "$10 to $15 billion", "10-15%"): the two
  ends, the magnitude of the second applied to the first; value = midpoint
- vague ("thousands of troops"): the interval set in ``qualifiers.yaml``
  (twice the magnitude up to the next named scale); value = low
- change ("the death toll rose from 1,541 to 2,300"): a change word before
  "from X to Y" makes one claim of Y (value, qualifier and interval of Y,
  direction of the word or of Y - X) with ``change_from`` = X; X has no row
  of its own. ``change_from`` is NaN on every other row. Without a change
  word "from X to Y" is a range.
"""

from __future__ import annotations

import bisect
import re
import string
from functools import lru_cache

import pandas as pd

from checker import entities, figures, nonclaims, qualifiers, units
from checker.frames import shallow_copy, typed_frame
from checker.patterns import phrase_alternation
from checker.text import sentence_spans, lower_keeping_offsets
from checker.vocab import load_vocab

#: Columns of :func:`extract_quantities`' frame, in order.
QUANTITY_COLUMNS = (
    "start", "end", "surface", "value", "low", "high", "qualifier", "unit", "entity",
    "entity_phrase", "direction", "hedge", "sentence_start", "sentence_end", "sentence", "change_from",
    "concept_phrases",
)


@lru_cache(maxsize=1)
def unit_classes() -> dict[str, frozenset[str]]:
    """Classes of unit names from ``unit_classes.yaml`` (time, age, not_shared, speed, market_move), as sets."""
    return {name: frozenset(units) for name, units in load_vocab("unit_classes").items()}


@lru_cache(maxsize=1)
def _time_unit_gap() -> re.Pattern[str]:
    # One adjective between a figure and a unit of time (phrase_words.yaml).
    words = phrase_alternation(load_vocab("phrase_words")["time_unit_gap"])
    return re.compile(rf"[ \u00a0]+(?:{words})(?=[ \u00a0])")


#: "of" between a vague quantity and its unit: "hundreds of km2".
VAGUE_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+")


def _attach_unit(text: str, figure: figures.Figure, limit: int) -> None:
    """Unit after the figure: lexicon first, then quantulum3 for unit-looking tokens."""
    pos = figure.end
    if figure.vague:
        # "hundreds of km2", "tens of thousands of dollars"
        of = VAGUE_OF.match(text, pos)
        if of:
            found = units.match_unit_after(text, of.end())
            if found and found.end <= limit:
                figure.unit = found.name
                figure.end = found.end
        return
    found = units.match_unit_after(text, pos)
    if found is None and figure.extra.get("fraction"):
        # "1/16 of a US pint": the unit follows "of a".
        of = FRACTION_OF.match(text, pos)
        if of:
            found = units.match_unit_after(text, of.end())
    if found and found.end <= limit:
        if figure.money and found.currency:
            # "$10.5 million Australian dollars": the word names the currency.
            figure.unit = found.name
            figure.end = found.end
            return
        if figure.money:
            _attach_rate(text, figure, limit)
            return
        figure.unit = found.name
        figure.money = found.currency
        figure.end = found.end
        before = UNIT_BEFORE.search(text, max(0, figure.start - 12), figure.start) if found.name == "year" else None
        if before and before.group("age") is not None:
            figure.unit = "year of age"  # "under the age of 5 years"
        if found.name == "pound sterling" and not figure.has_magnitude and text[pos:found.end].strip().lower() in ("pound", "pounds"):
            # "208 pounds" is a weight; money in pounds comes with "£" or a magnitude.
            figure.unit, figure.money = "pound-mass", False
        _attach_rate(text, figure, limit)
        # "5 percent a year", "$10 per gram": a rate keeps its base unit.
        return
    if figure.money:
        _attach_rate(text, figure, limit)
        return
    gap = _time_unit_gap().match(text, pos)
    if gap:
        # "50 previous years", "three more days": a time unit after one adjective.
        timed = units.match_unit_after(text, gap.end())
        if timed and timed.name in unit_classes()["time"] and timed.end <= limit:
            figure.unit, figure.end = timed.name, timed.end
            return
    # (The window ends at the figure's closing comma: without one there is no apposition to try.)
    age = (
        AGE_APPOSITION.match(text, max(0, figure.start - 30), figure.end + 1)
        if figure.plain_integer and text[figure.end : figure.end + 1] == "," else None
    )
    if age and 0 < figure.value < 120:
        # "Pence, 57, was sworn in": an age after a name, which is what it is about.
        figure.unit = "year of age"
        figure.extra["age_of"] = entities.Phrase(age.group("name"), age.group("name").lower(), age.start("name"), age.end("name"))
        return
    window_start = max(0, figure.start - 12)
    before = UNIT_BEFORE.search(text, window_start, figure.start) if _may_end_with_unit_word(text[window_start : figure.start]) else None
    if before:
        figure.unit = "year of age" if before.group("age") is not None else before.group("unit").lower()
        figure.extra["unit_before"] = True  # shared with a range partner: "aged 18 to 34"
        return
    quant = units.quantulum_unit_after(text, pos, figure.start)
    if quant and quant.end <= limit:
        figure.unit = quant.name
        figure.end = quant.end


#: A name, then an age between commas: "Pence, 57, was sworn in" (matched
#: on a window ending just after the figure's closing comma).
AGE_APPOSITION = re.compile(r".*\b(?P<name>[A-Z][a-z]+),[ \u00a0]\d{1,3},$", re.DOTALL)

#: "of a" (and a country mark) between a fraction and its unit: "1/16 of a US pint".
FRACTION_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:an?[ \u00a0]+)?(?:US[ \u00a0]+|U\.S\.[ \u00a0]+|imperial[ \u00a0]+)?")

#: A unit written before its figure: "a magnitude 7.8 earthquake", "magnitude-6.4",
#: "at age 19", "aged 76", "under the age of 5", "turns 40" (years of age).
UNIT_BEFORE = re.compile(r"\b(?P<unit>(?i:magnitude)|(?i:aged?|age[ \u00a0]+of|turn(?:s|ed|ing)?)(?P<age>))[ \u00a0-]+$")

#: The last words :data:`UNIT_BEFORE` can end with, lower case.
UNIT_BEFORE_WORDS = frozenset({"magnitude", "age", "aged", "of", "turn", "turns", "turned", "turning"})


def _may_end_with_unit_word(window: str) -> bool:
    """False only when ``UNIT_BEFORE.search`` cannot match ``window``: no space or hyphen ends it, or the last word is none of UNIT_BEFORE_WORDS.

    Most figures follow a word that names no unit; the search would try its
    case-insensitive alternation at each of the window's characters. A
    window with other than ASCII characters, or ending in a line break
    (where "$" also matches before it), is left to the search.
    """
    if not window.isascii() or window.endswith("\n"):
        return True
    body = window.rstrip(" -")
    if len(body) == len(window):
        return False
    lower = body.lower()
    return lower[len(lower.rstrip(string.ascii_lowercase)):] in UNIT_BEFORE_WORDS


def _attach_rate(text: str, figure: figures.Figure, limit: int) -> None:
    """"$58.24 per barrel" -> "dollar per barrel", "5 percent a year" -> "percentage per year"."""
    if not figure.unit or " per " in figure.unit:
        return
    rate = units.rate_after(text, figure.end)
    if rate is not None and rate[1] <= limit:
        figure.unit = f"{figure.unit} per {rate[0]}"
        figure.end = rate[1]


#: A preposition (and article) right before a phrase: "in the quarter".
PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|for|at|on|from|with|during|over|across)[ \u00a0]+(?:(?:the|a|an|its|their)[ \u00a0]+)?$")

#: An article (and up to two lower-case words) right before a figure: the
#: figure and its unit modify the noun after them even when that noun is a
#: name ("a turbocharged 1.6 liter EcoBoost engine", "a $5 million Pentagon contract").
PREMODIFIER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|its|their|his|her)[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}$")

#: "of" right before a figure: "at a depth of 10 km" names the measure itself.
OF_BEFORE = re.compile(r"\bof[ \u00a0]+$")

#: A noun hyphened to a figure: "47-page", "30-round" (what the figure counts).
HYPHENED_NOUN = re.compile(r"-([a-z]{3,})\b")


#: "in" and a lower-case noun after money: "$1 billion in gains", "$10 million
#: in aid" (not "in the", "in 2019" or "in London").
MONEY_IN = re.compile(r"[ \u00a0]+in[ \u00a0]+(?=(?!the\b|a\b|an\b|its\b|their\b|this\b|that\b)[a-z])")

#: "for" (and an article) after money: "$1.375 billion for the wall".
MONEY_FOR = re.compile(r"[ \u00a0]+(?:for|toward|towards)[ \u00a0]+(?:(?:the|a|an|its|their|his|her)[ \u00a0]+)?(?=[a-z])")

#: "of the", "of its" after a figure: the noun phrase of a part or a share.
PARTITIVE_OF = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their|his|her|our|these|those|all)[ \u00a0]+)?(?:(?:most|least)[ \u00a0]+)?"
)


def _attach_entity(text: str, figure: figures.Figure, sentence: tuple[int, int], previous: figures.Figure | None) -> None:
    """What the figure counts: the phrase after it, or the phrase it is linked to."""
    s_start, s_end = sentence
    counted = figure.unit in ("", "count", "fraction")
    phrase = figure.extra.get("age_of")
    if phrase is not None:
        pass
    elif (
        counted
        and text[figure.end : figure.end + 1] == "-"
        and HYPHENED_NOUN.match(text, figure.end)
        and not entities.is_modifier(HYPHENED_NOUN.match(text, figure.end).group(1))
    ):
        # "the 47-page indictment": the noun joined by the hyphen is what is counted.
        word = HYPHENED_NOUN.match(text, figure.end).group(1)
        phrase = entities.Phrase(word, entities.singular(word), figure.end + 1, figure.end + 1 + len(word))
    elif counted:
        # "four or more victims": the noun follows the cue after the figure;
        # "a 5,000-strong force": it follows the hyphened modifier.
        hyphened = HYPHENED_NOUN.match(text, figure.end)
        start = hyphened.end() if hyphened else figure.extra.get("hedge_end", figure.end)
        phrase = entities.phrase_after(text, start, s_end, skip_of=bool(figure.vague))
        if phrase is None:
            # "at least 1,200 dead", "641 were killed"
            phrase = entities.casualty_after(text, figure.end, s_end)
        figure.extra["bare"] = phrase is None and not figure.vague and PARTITIVE_OF.match(text, figure.end) is None
        if phrase is None and not figure.vague:
            # "the death toll has risen to 1,541", "the number of demonstrators at 18,000"
            phrase = entities.total_before(text, s_start, figure.start)
        if phrase is None:
            # "one of the people", "two of its missiles": the part names its whole.
            of = PARTITIVE_OF.match(text, figure.end)
            if of:
                phrase = entities.phrase_after(text, of.end(), s_end)
    elif phrase is None:
        # "10 percent of the platform's turnover": the share's base.
        of = PARTITIVE_OF.match(text, figure.end)
        if of:
            phrase = entities.phrase_after(text, of.end(), s_end)
        elif figure.money and MONEY_IN.match(text, figure.end):
            # "$10 million in humanitarian assistance", "$1 billion in gains"
            phrase = entities.phrase_after(text, MONEY_IN.match(text, figure.end).end(), s_end)
        elif figure.money and MONEY_FOR.match(text, figure.end):
            # "$1.375 billion for the wall", "$1.4 billion for border security": its purpose.
            phrase = entities.phrase_after(text, MONEY_FOR.match(text, figure.end).end(), s_end)
        elif text[figure.end : figure.end + 1] in (" ", "-") and (
            text[figure.end + 1 : figure.end + 2].islower() or figure.unit in unit_classes()["age"]
            or text[figure.end + 1 : figure.end + 2].isupper()
            and PREMODIFIER_BEFORE.search(text, max(s_start, figure.start - 40), figure.start)
        ):
            # "a 7.8 magnitude earthquake", "a 5.2 litre V10 engine": the unit modifies a
            # noun; an age modifies a person ("the 68-year-old Washington").
            phrase = entities.phrase_after(text, figure.end + 1, s_end)
    if (
        phrase is None
        and figure.extra.get("bare")
        and previous is not None
        and previous.entity
        and previous.unit == "count"
        and previous.start >= s_start
    ):
        # "435 homes by open sale and 187 by tender", "killed 14 people and
        # injured 21": a bare count counts what the count before it counted.
        figure.entity, figure.entity_phrase = previous.entity, previous.entity_phrase
        return
    if phrase is None:
        hedge_start = figure.start
        if figure.hedge:
            cue = qualifiers.hedge_cue_before(text[max(s_start, figure.start - 40) : figure.start].lower())
            if cue:
                hedge_start = figure.start - (len(text[max(s_start, figure.start - 40) : figure.start]) - cue.start())
        elif text[figure.start - 1 : figure.start] == "+" and figure.start > s_start:
            hedge_start = figure.start - 1  # market lines: "Nasdaq +0.8%"
        if counted and figure.extra.get("bare") and entities.agent_verb_before(text, s_start, hedge_start):
            return  # "Dylan Klebold killed 15", "killed more than 15": the subject is the killer, not the counted
        phrase = entities.phrase_before(text, s_start, hedge_start)
        if hedge_start == figure.start:
            figure.extra["linked"] = phrase  # read again for concept_phrases
        if phrase is not None and phrase.end > figure.start:
            phrase = None
        if (
            phrase is not None
            and not counted
            and PREPOSITION_BEFORE.search(text, max(s_start, phrase.start - 12), phrase.start)
            and not OF_BEFORE.search(text, max(s_start, hedge_start - 4), hedge_start)
        ):
            # "Revenue in the quarter rose to $7.36 billion": the phrase sits in a
            # prepositional phrase; the clause's subject is what was measured.
            # The subject of the phrase's own clause: "In the 90049 ZIP Code, ...,
            # the median sales price for homes in May was $3.1 million".
            subject = entities.sentence_subject(text, _clause_start(text, s_start, phrase.start), phrase.start)
            if subject is not None:
                phrase = subject
    if phrase is None:
        phrase = entities.label_before(text, s_start, figure.start)
    if phrase is None and not counted:
        # "The debris field stretched for some seven miles": the clause's
        # subject (after a dateline or label colon, if any).
        near = max(s_start, figure.start - SUBJECT_REACH)
        colon = max(text.rfind(": ", near, figure.start), text.rfind("; ", near, figure.start))
        # After an introductory phrase ("In Royal Oak, ...") when a subject follows it.
        intro = _intro_phrase().match(text, s_start, figure.start) if colon < 0 else None
        phrase = entities.sentence_subject(text, intro.end(), figure.start) if intro else None
        if phrase is None:
            phrase = entities.sentence_subject(text, colon + 2 if colon >= 0 else s_start, figure.start)
    if phrase is None and previous is not None and previous.entity and counted and previous.start >= s_start:
        # "millions of artillery shells—around 3.5 million—": the noun stood before.
        figure.entity, figure.entity_phrase = previous.entity, previous.entity_phrase
        if previous.extra.get("entity_before"):
            figure.extra["entity_before"] = True  # "Pluristem rose 8.15% to 3.65"
        return
    if phrase is not None:
        figure.entity = phrase.entity
        figure.entity_phrase = phrase.text
        if phrase.start >= figure.end:
            figure.extra["entity_end"] = phrase.end  # concept_phrases reads on from here
        elif phrase.end <= figure.start:
            figure.extra["entity_before"] = True


#: Where a clause opens inside a sentence: after a comma, semicolon, colon or
#: dash, and a conjunction ("JD Sports, down 1.95 p", "; and Bonia climbed"),
#: "and", "as" or "but" before a capital ("to RM2.05 and Dutch Lady gained",
#: "to Y=28,030 as Sony lost"), a contrasting conjunction ("while
#: Florida came in second with 1,385,710"), or "as the" ("as the US trade
#: deficit hit ..."; not "such as the", "as well as the", "the same as the").
#: Every opener starts with its mark or space, consumed first: a pattern that
#: opens with a character class lets the engine pass over every other
#: character (letters, most of a sentence) without trying the pattern there.
#: What follows is tried in the order the alternatives above are named, with
#: a look-behind telling a mark from a space, and the "such as" look-behinds
#: reaching over the space already read.
CLAUSE_OPENER = re.compile(
    r"[,;: \u00a0](?:(?<=[,;:])[ \u00a0]+(?:(?:and|but|while|with)[ \u00a0]+)?"
    r"|(?<=[ \u00a0])(?:[-–—][ \u00a0]+(?:(?:and|but|while|with)[ \u00a0]+)?"
    r"|(?:and|as|but)[ \u00a0]+(?=[A-Z])|(?:while|whereas|although)[ \u00a0]+"
    r"|(?=as[ \u00a0])(?<!such.)(?<!well.)(?<!same.)(?<!\bso.)as[ \u00a0]+(?=the[ \u00a0])))"
)


@lru_cache(maxsize=1)
def _intro_phrase() -> re.Pattern[str]:
    """Regex for a sentence's introductory prepositional phrase and its comma: "In Royal Oak, " (phrase_words.yaml)."""
    words = phrase_alternation(load_vocab("phrase_words")["intro_prepositions"])
    return re.compile(rf"(?:{words})[ \u00a0][^,;:.]{{1,{INTRO_REACH}}},[ \u00a0]+")


#: How long (characters) an introductory phrase before its comma may be.
INTRO_REACH = 60


def _clause_start(text: str, s_start: int, pos: int) -> int:
    """Where the clause holding ``pos`` opens: after the last :data:`CLAUSE_OPENER` before it, else the sentence start."""
    start = s_start
    for opener in CLAUSE_OPENER.finditer(text, max(s_start, pos - SUBJECT_REACH), pos):
        start = opener.end()
    return start


#: A relative pronoun opening a clause: "Moscow, which has 40,000 troops"
#: (the clause is about the noun before the comma).
RELATIVE_PRONOUN = re.compile(r"(?:which|who|whose|that)\b")


def _name_tail(phrase: entities.Phrase | None) -> entities.Phrase | None:
    """A phrase ending in a name keeps only the name: "mollify Moscow" -> "Moscow"."""
    if phrase is None or not phrase.text[-1:].isalpha() or not phrase.text.split()[-1][:1].isupper():
        return phrase
    words = phrase.text.split()
    i = len(words)
    while i > 0 and words[i - 1][:1].isupper():
        i -= 1
    if i == 0:
        return phrase
    name = " ".join(words[i:])
    return entities.Phrase(name, name.lower(), phrase.end - len(name), phrase.end)


@lru_cache(maxsize=1)
def _change_word_opening() -> re.Pattern[str]:
    """Regex for a change word opening a clause: ", down 68 p", ", up 5pc" (qualifiers.yaml)."""
    q = figures.qualifier_vocab()
    return re.compile(rf"(?:{phrase_alternation(q['increase'] + q['decrease'])})(?![a-z])", re.IGNORECASE)


#: How far back (characters) the phrase a figure is linked to is read for
#: concept_phrases: six skipped words and a four-word phrase fit in it.
LINK_REACH = 70

#: What follows a figure (and its counted noun) to name what it is about: a
#: restatement in brackets, a participle ("students studying at Heidelberg
#: University", "troops stationed in Poland") or "worth" ("$1.2 billion worth
#: of weapons"), then "of", "in", "for", "at" or
#: "from" ("shooting 47.6% from the field") and perhaps another
#: figure with its unit: "8 miles (13 kilometers) of new tunnels", "450 Nm
#: of torque", "$35,538 for an 8.5 kW system", "50mL of 30% fuming sulfuric
#: acid", "1.5 million in the Los Angeles region".
PHRASE_AFTER_FIGURE = re.compile(
    r"(?:[ \u00a0]*\([^()]{1,40}\))?(?:[ \u00a0]+(?:[a-z]{3,}(?:ing|ed)|worth))?[ \u00a0]+(?:of|in|for|at|from)[ \u00a0]+(?:(?:the|a|an|its|their|his|her)[ \u00a0]+)?"
    r"(?:[\d.,]+[ \u00a0-]*(?:%|[A-Za-z]{1,3})[ \u00a0]+)?"
)

#: How many clause openers back a figure looks for its clause's subject: list
#: items ("3 years, 2 months, 14 days") have none of their own.
CLAUSE_REACH = 2


def _subject_after(text: str, start: int, pos: int, known: dict[int, tuple[entities.Phrase | None, int]]) -> entities.Phrase | None:
    """``entities.sentence_subject(text, start, pos)``, reusing an answer for ``start`` that a later ``pos`` cannot change.

    Figures of one clause ask for the subject after the same opener with
    ever later ``pos``. A subject followed by more words before the earlier
    ``pos`` ended where it did whatever comes later, and no subject in a
    whole scan stays none; ``known`` (one dict per text) keeps those answers.
    Figures never start inside a word, so ``pos`` cuts no word short.
    """
    hit = known.get(start)
    if hit is not None and pos >= hit[1]:
        return hit[0]
    subject = entities.sentence_subject(text, start, pos)
    if subject is None:
        if pos >= start + entities.SUBJECT_SCAN:
            known[start] = (None, pos)
    elif text[subject.end : pos].strip():
        known[start] = (subject, pos)
    return subject


def _clause_subject(
    text: str, figure: figures.Figure, s_start: int, previous: figures.Figure | None,
    known: dict[int, tuple[entities.Phrase | None, int]],
) -> entities.Phrase | None:
    """The subject of the figure's clause, or what the clause is about; None when the sentence's subject is."""
    openers = list(CLAUSE_OPENER.finditer(text, max(s_start, figure.start - SUBJECT_REACH), figure.start))
    for opener in reversed(openers[-CLAUSE_REACH:]):
        if RELATIVE_PRONOUN.match(text, opener.end()) or _change_word_opening().match(text, opener.end()):
            # "Gerald Celente, who has 36,000 followers", "JD Sports, down 1.95 p":
            # the clause is about the phrase before the comma, or the figure
            # before it ("$3.1 million, down 9.2%").
            # A figure after the change's own amount ("Unite Group, down 68 p at
            # 1112 p") is about the name before the comma as well.
            if previous is not None and opener.start() - 1 <= previous.end <= opener.start() and previous.entity_phrase:
                return entities.Phrase(previous.entity_phrase, previous.entity, previous.start, previous.end)
            return _name_tail(entities.phrase_before(text, s_start, opener.start()))
        subject = _subject_after(text, opener.end(), figure.start, known)
        if subject is not None:
            return subject
    return None


def _concept_phrases(
    text: str,
    figure: figures.Figure,
    sentence: tuple[int, int],
    previous: figures.Figure | None,
    previous_concepts: str,
    subjects: dict[int, entities.Phrase | None],
    clause_subjects: dict[int, tuple[entities.Phrase | None, int]],
) -> str:
    """What the figure is about besides what it counts, as "; "-separated noun phrases.

    The phrase the figure is linked to ("Revenue in the quarter rose to"), the
    subject of its clause ("Hextar Technologies added 15 sen to RM2.70"), the
    noun a relative clause is about ("Moscow, which has 40,000 troops") and
    its sentence's subject: NewsQuant's "referred concepts" name the measured
    thing or its owner, which for counts is rarely the counted noun. A
    conversion ("1.356 billion ($1.762bn)") is about what the figure it
    restates is about. Phrases equal to ``entity_phrase`` are left out,
    except for a bare count linked to a phrase before it (what it is about).
    ``subjects`` holds the sentence subjects found so far in this text (the
    first noun phrase of a sentence is the same for each of its figures).
    """
    s_start = sentence[0]
    linked = figure.extra["linked"] if "linked" in figure.extra else entities.phrase_before(text, max(s_start, figure.start - LINK_REACH), figure.start)
    subject = subjects.get(s_start)
    if subject is None or subject.end > figure.start:
        subject = subjects[s_start] = entities.sentence_subject(text, s_start, figure.start)
    found = [linked, _clause_subject(text, figure, s_start, previous, clause_subjects), subject]
    after = PHRASE_AFTER_FIGURE.match(text, figure.extra.get("entity_end", figure.end))
    if after:
        found.append(entities.phrase_after(text, after.end(), sentence[1]))
    phrases: list[str] = []
    if previous is not None and qualifiers.CONVERSION_GAP.match(text[previous.end : figure.start]):
        phrases = [p for p in [previous.entity_phrase, *previous_concepts.split("; ")] if p]
    for phrase in found:
        if phrase is not None and phrase.text not in phrases:
            phrases.append(phrase.text)
    if figure.unit == "count" and figure.extra.get("entity_before"):
        # "Pluristem rose 8.15% to 3.65", "Horsepower jumped from 240 to 273": a
        # bare figure counts nothing after it; the phrase it is linked to is
        # what it is about, so it is a concept too.
        if figure.entity_phrase not in phrases:
            phrases.insert(0, figure.entity_phrase)
        return "; ".join(phrases)
    return "; ".join(p for p in phrases if p != figure.entity_phrase)



#: What joins a bare figure to the next one it shares a unit with: "8 or $9",
#: "a 7- or 8-inch screen".
SHARED_UNIT_JOINER = re.compile(r"^-?[ \u00a0]*(?:or|to|and|-|–)[ \u00a0]*$")


#: How far back (characters) a clause boundary or subject is looked for, so
#: that long sentences (tables, lists of numbers) stay linear.
SUBJECT_REACH = 200

#: How many figures back a bare figure looks for a unit to share.
SHARE_REACH = 6


def _share_units(text: str, claims: list[tuple[figures.Figure, tuple[int, int]]]) -> None:
    """A bare figure takes the unit of its neighbour in the sentence.

    "The highest forecast is 84.75 cents, while the lowest is 74.07", "lost
    162.31 points ... to fall to 7,425.81", "8 or $9": the unit is written once.
    The next figure counts when joined by "or"/"to"; else the previous one does.
    Units in ``unit_classes.yaml``'s ``not_shared`` are never shared.
    """
    not_shared = unit_classes()["not_shared"]
    for i, (figure, sentence) in enumerate(claims):
        if figure.unit != "count" or not figure.extra.get("bare"):
            continue
        donor = None
        if i + 1 < len(claims) and claims[i + 1][1] == sentence:
            following = claims[i + 1][0]
            if SHARED_UNIT_JOINER.match(text[figure.end : following.start]):
                donor = following
        if donor is None and not figure.spelled:
            # The nearest earlier figure of the sentence with a measure, past
            # any percentages ("rose 0.65 per cent to 27,349.19" is no percentage).
            # At most SHARE_REACH figures back, so a list of bare numbers stays linear.
            for j in range(i - 1, max(-1, i - 1 - SHARE_REACH), -1):
                earlier, earlier_sentence = claims[j]
                if earlier_sentence != sentence:
                    break
                if earlier.unit not in not_shared:
                    donor = earlier
                    break
        if donor is not None and donor.unit not in not_shared:
            figure.unit = donor.unit


#: Between the amount of a change and its "from X to Y": " from ".
CHANGE_AMOUNT_GAP = re.compile(r"^[ \u00a0]+from[ \u00a0]+$")


#: dtypes of the frame's columns (what an empty frame carries too).
_COLUMN_DTYPES = {
    "start": "int64", "end": "int64", "value": "float64", "low": "float64", "high": "float64",
    "sentence_start": "int64", "sentence_end": "int64", "change_from": "float64",
}


@lru_cache(maxsize=1)
def _empty_frame() -> pd.DataFrame:
    """The typed empty result, built once; callers get a shallow copy.

    Building it costs ~4x a deep copy, and a shallow copy ~2/3 of a deep one
    (most quake RSS items have no figure). Under pandas' copy-on-write (the
    only mode of pandas 3) a write to the copy never reaches this frame.
    """
    return pd.DataFrame({c: pd.Series([], dtype=_COLUMN_DTYPES.get(c, "str")) for c in QUANTITY_COLUMNS})


def extract_quantities(text: str) -> pd.DataFrame:
    """One row per numeric claim in ``text``, sorted by ``start``.

    Columns: start, end, surface (``text[start:end]``), value, low, high
    (NaN = unbounded), qualifier (exact | approx | at_least | at_most | range |
    vague), unit ("count" for plain counts), entity (head noun, singular),
    entity_phrase, direction (increase | decrease | ""), hedge (the cue words),
    sentence_start, sentence_end, sentence, change_from (the earlier figure X
    of a change "from X to Y" whose row holds Y; NaN otherwise), concept_phrases
    (what the figure is about besides what it counts: the phrase it is linked
    to, its clause's and sentence's subjects, "; "-separated). See the module docstring for the
    interval conventions.
    """
    rows = quantity_values(text)
    if not rows["start"]:
        return shallow_copy(_empty_frame())
    return quantity_frame(rows)


def quantity_frame(rows: dict[str, list]) -> pd.DataFrame:
    """The frame of :func:`quantity_values`' lists, equal to ``pd.DataFrame(rows)``.

    Built by :func:`checker.frames.typed_frame` with the dtypes known, so
    pandas infers nothing: on a short text the frame used to cost more than
    the extraction (quake RSS items: about two thirds of the stage).
    """
    return typed_frame({name: rows[name] for name in QUANTITY_COLUMNS}, _COLUMN_DTYPES)


def quantity_values(text: str) -> dict[str, list]:
    """The columns of :func:`extract_quantities` as lists (empty lists when none).

    The pipeline calls this core in its per-document loop and builds one frame
    per corpus: on short texts a frame per text costs more than the extraction.
    """
    rows: dict[str, list] = {c: [] for c in QUANTITY_COLUMNS}
    if not text:
        return rows
    lowered = lower_keeping_offsets(text)
    candidates = figures.candidates(text, lowered)
    if not candidates:
        return rows
    excluded = nonclaims.excluded_spans(text, lowered, candidates)
    excluded_starts = [s for s, _ in excluded]
    spans = sentence_spans(text)
    span_starts = [s for s, _ in spans]

    read: list[tuple[figures.Figure, tuple[int, int]]] = []
    for start, end, groups in candidates:
        figure = figures.read_candidate(text, start, end, groups)
        if figure is None:
            continue
        i = bisect.bisect_right(span_starts, figure.start) - 1
        sentence = spans[i] if i >= 0 else (0, len(text))
        # Money keeps its currency letters ("RM79" is no id like "PS5").
        number_start = start + len(groups["cur"]) if groups.get("cur") else figure.start
        if not figure.vague and not groups.get("frac") and nonclaims.overlaps(excluded, excluded_starts, number_start, figure.number_end, after=number_start if groups.get("cur") else None):
            continue
        if nonclaims.is_non_claim(text, figure, groups, sentence[0]) or nonclaims.is_year(text, figure, sentence[0]):
            continue
        if read and read[-1][0].end > figure.start:
            continue  # inside the previous figure's unit or magnitude
        limit = sentence[1] if sentence[1] > figure.start else len(text)
        _attach_unit(text, figure, limit)
        read.append((figure, sentence))

    merged: list[tuple[figures.Figure, tuple[int, int]]] = []
    for figure, sentence in read:
        if merged and merged[-1][1] == sentence:
            joined = (
                qualifiers.merge_ratio(text, merged[-1][0], figure)
                or qualifiers.merge_change(text, merged[-1][0], figure, sentence[0])
                or qualifiers.merge_range(text, merged[-1][0], figure, sentence[0])
            )
            if joined is not None:
                merged[-1] = (joined, sentence)
                continue
        merged.append((figure, sentence))

    previous: figures.Figure | None = None
    for figure, sentence in merged:
        # The text between the previous figure and this one, read by several rules.
        gap = text[previous.end : figure.start] if previous is not None else ""
        converted = previous is not None and qualifiers.CONVERSION_GAP.match(gap)
        if figure.qualifier != "range" and not figure.vague and "change_from" not in figure.extra:
            qualifiers.attach_qualifier(text, figure, sentence[0])
            if converted and figure.qualifier == "exact" and previous.qualifier in ("approx", "at_least", "at_most"):
                # "more than 100 kilometers (60 miles)": the conversion shares the cue.
                figure.qualifier, figure.hedge = previous.qualifier, previous.hedge
            qualifiers.set_interval(figure)
        if not figure.unit:
            figure.unit = "count"
        qualifiers.attach_direction(text, figure, sentence[0])
        if not figure.direction and previous is not None and (
            converted
            or (figure.unit == "percentage" and qualifiers.RESTATEMENT_GAP.match(gap))
            or (previous.start >= sentence[0] and qualifiers.GAPPED_BY.match(gap))
        ):
            figure.direction = previous.direction
        _attach_entity(text, figure, sentence, previous if previous and previous.start >= sentence[0] else None)
        if "change_from" in figure.extra and previous is not None and previous.entity and CHANGE_AMOUNT_GAP.match(gap):
            # "cut its policy rate by 50 basis points from 9% to 8.5%": the amount and the change measure one thing.
            figure.entity, figure.entity_phrase = previous.entity, previous.entity_phrase
        previous = figure
    _share_units(text, merged)
    previous, concepts = None, ""
    subjects: dict[int, entities.Phrase | None] = {}
    clause_subjects: dict[int, tuple[entities.Phrase | None, int]] = {}
    records = []
    for figure, sentence in merged:
        in_sentence = previous if previous is not None and previous.start >= sentence[0] else None
        concepts = _concept_phrases(text, figure, sentence, in_sentence, concepts, subjects, clause_subjects)
        # One tuple per claim, in QUANTITY_COLUMNS order; columns are made once at the end.
        records.append((
            figure.start, figure.end, text[figure.start : figure.end], float(figure.value), float(figure.low),
            float(figure.high), figure.qualifier, figure.unit, figure.entity, figure.entity_phrase, figure.direction,
            figure.hedge, sentence[0], sentence[1], text[sentence[0] : sentence[1]],
            float(figure.extra.get("change_from", figures.NAN)), concepts,
        ))
        previous = figure
    if records:
        rows = {name: list(column) for name, column in zip(QUANTITY_COLUMNS, zip(*records))}
    return rows
