"""How sure the text is of each figure: the modality stage (``modality``, ``hedge``).

A figure is *projected* when a cue of the future or of a possibility governs
it ("could be deployed", "is expected to rise to 12,000", "may grow to"),
*negated* when a negation or denial does ("have not deployed 10,000", "No,
not $2.5 billion"), else *asserted*. A cue governs a figure when it stands in
the figure's clause: before the figure, or after it without an "and" between
("100,000 troops could be deployed", but not "rose past 11,000 and is expected
to climb"). A condition ("If … can't achieve 60 votes") governs a negation
inside it; a wh-clause ("not able to identify what the three objects were") and
a hyphenated attribute ("the 12-nation deal") keep their figure asserted. A
clause naming a year after publication ("savings of $700 billion from 2013 to
2022") makes the figure projected too; the publication year is read from
``claim_date`` when the dates stage defaulted it. Forecast words ("economists
had expected 90,000", "expectations of 150,000") project only a figure after
them; a directive ("ordered the Pentagon to deploy 3,000") projects its verb's
object; a negated modal ("wouldn't", "will not") projects rather than negates.
A figure a revision replaced ("revised down to 138,000 from 196,000", "the
196,000 first reported") is negated: it is no longer claimed. A verb of threat,
request or attempt projects the figure it takes as object ("a pandemic threatening
millions of lives", "called for adding 20,000 agents"); a cue after a verb of
saying is the reported clause's ("44 percent said the U.S. should get out" stays
asserted). A figure in the subject of a mandative clause is projected ("has
ordered that children under age 5 be reunited"); "has been the target of two
attacks" names a victim, not a goal, and "protesters not wearing masks" a
participle describing the noun, not a negation. A modal's clause ends at a later
finite verb with a subject of its own ("The advice that Trump should steer clear
of Mueller is generally based on three premises", "could create … as we have
known it for 30 or so years"), unless a conjunction of time or condition the modal
governs opens that clause ("will keep … until unemployment has fallen to 6.5
percent"). The cue words are appended to ``hedge`` so a reader sees why.

Round 10: a forecast with "that" ("modeling that predicts that …, the toll … can be
reduced to … 240,000") governs its clause to a contrast; a modal reaches over commas
into a segment that continues its verb phrase (", ultimately up to 200,000", ", by
25%", ", requiring 67 senators", a list's items ", $100 billion more for hospitals",
", and lower deficits by $197 billion"); "will tell … that" is the saying's modal; a
figure that is the subject of a verb of opinion ("50% think they should") and an
amount that exists ("could affect the $1.5 billion in U.S. aid") are asserted; a
relative clause in the past ("the earthquake … that killed more than 11,000") and a
clause of time or cause after a negation ("has not erupted since 1914") are their
own; a capitalised modal in a Title Case headline ("Deaths May Be") is a modal.

Round 11: an amount after a preposition and "the"/"its" with a place or part after its noun ("in the five
months of negotiations"), or after a preposition and "all" ("in favor of all four bills"), exists whatever the
projection cue; "All three of those countries seem likely" is a definite noun phrase.

Round 12 (issue #4, fresh text). Conventions: a requirement ("must", "need to") projects the act it requires
and that act's figure ("at least five Republicans must back it", "need to develop about 200 billion barrels"),
as a directive does; "had to", "needed to" and "have to" are no cue. A past point or period ("15 years ago", "in
the last 20 years", not "the last two years of his presidency") and the length of a negated state ("hasn't
worked for 18 months") are facts; "from now" and "in two weeks' time" project. A negation denies neither a share
that holds a negated view after it ("75% of those surveyed are not confident"), nor a definite amount ("had not
identified the two men"; but "22 cents, not the 23 that we thought" corrects), nor a figure after "no" and its
noun's verb or preposition ("no casualties had resulted from the 16 missiles"); "not counting", "doesn't
include", "not guilty" deny nothing. An adjective of possibility before a noun ("13 possible ways") qualifies the
noun; a cue does not reach over "and" with a finite verb, into a factive or past clause ("do not know that 15 of
the 19 came", "after officials counted"), nor past a relative clause's modal; a word or two in quotation marks is
a name ("“fast-track” authority"), no clause break, and a cue inside one is named, not said ("67 “no” votes");
"between/among the two" names parties or members that exist. Amounts that exist whatever the cue: a part or the
whole of a set ("one of its two restaurants", "none of the five", "to all 100 senators"; a direct object "pull all
2,000 troops" stays the act's), a place's population ("the country's 11 million undocumented immigrants"), an
event that happened ("areas hit by two earthquakes", "two earthquakes that rocked the region"). A partial quotation
and a word or two in parentheses are no clause breaks ("expects to produce “millions of doses” by October");
habits ("would often") and comparisons ("more likely than") project nothing.

Round 13 (issue #4, fresh text): a period to come after an amount in its clause projects it when no word of the
clause does ("pledged as much as €1.5 billion ($1.6 billion) … over the next two years", "a streaming deal that is
worth $1.5 billion over the next five years"), a short parenthesis between; so does "the next" before a time figure
("within the next two weeks"). Not in a clause told in the past ("fell sharply … over the next 15 years"), unless its
verb is a commitment ("pledged", "announced"): ``coming_period_words``, ``commitment_verbs`` in hedges.yaml. An
earlier statement of a figure named as such is replaced, like a revised one ("which dramatically raised the earlier
death toll of 235", "down from an earlier estimate of 148,000"); a previous record stands.

Round 16 (issue #4, fresh text): a figure joined by a hyphen to its noun after "a"/"an" describes a thing its clause
introduces and is as sure as the clause ("may demand a 60-vote threshold", "a 400-pound guy in a basement may have
been to blame"); after "the" it still describes one that exists ("the 12-nation Pacific trade deal"). The figure after
"instead of" is an alternative that stands ("lowered the permit age to 19 instead of 21", "not to keep 8-10,000
troops there, instead of the 3,000 now on the ground"), asserted whatever the cue; it is a replaced figure only when
the sentence tells of a revision or names its earlier report ("better than first thought, with 219,000 jobs added
instead of 196,000", "instead of $978.7 billion as reported last month"). A figure opening its clause is the subject
of a modal after a relative clause or a participle phrase on its noun ("One upscale tower that fell may have had a
design flaw", "1,200 soldiers who had trained in Russia would soon enter battle"), not of a relative clause's own
modal ("five men who might be responsible") nor of one after another subject or a verb of saying. A negation does not
deny a member of a set that exists ("didn't sneak into the FBI during one of the country's biggest holiday weekends"),
as it does not deny a definite amount; "not a single one of these concerns" still does. An adverb may stand between a
modal and its "not" ("would probably not prefer that tens of thousands of Americans die"). A figure right after "the"
with a modal right after it is the modal's subject, those it counts ("the two will discuss"), not a definite amount
that exists ("its 29 electoral votes could swing"). "in two months’ time" lets a sentence with no other cue word through
the prefilter. A figure with a capital letter glued after it is a name ("5G technology", "3D printing"), asserted.
A comma-separated "with" phrase with no verb of its own continues the forecast before it ("projected a total of 60,308
deaths, with an estimate range of 34,063 to 140,381"). After a preposition a possessive before the figure makes the
amount one that exists with no place after its noun ("would cancel classes for its 50,000 students").
The figure after "the" that a verb of forecasting takes as object after its noun is the forecast a real figure is set
against ("more than the 140,000 jobs economists expected", "below the 185,000 that economists expected"), projected;
"the 3% rise was higher than expected" is not.
A figure in a parenthesis right after another takes that one's modality when the other is no claim of the frame
("could see up to 12in (30cm) of further rain": the unit glued to "12in"), read from the text.
"can" and a verb of reaching before a count of votes is a possibility ("a compromise that can garner 60 votes");
"can" alone stays no cue ("can now conduct 3 million tests a week").

Round 17 (issue #4, dev_r16a/b): "one" opening its sentence before a modal and a verb of thought or saying is the
generic pronoun, no count, asserted ("One can't help wondering if …", "One can only hope", "One might say";
``generic_one_verbs`` in hedges.yaml); "One would conform to … requirements" (one of two bills) keeps its modal.

Round 18 (issue #4, dev_r16a/b and dev_r18a/b): an "if" whose subject is the figure and whose verb is a present verb
of being or opinion, in a sentence with no other cue, states a premise or a standing rule, not a hypothesis ("if 82
percent of Democrats think all semiautomatics should be banned, then why …", "guidance to close a school if more than
30% of students are ill"): asserted; a cue or modal elsewhere ("…, a million would die"), "only if", or another verb
("if you deny me the right to buy another one") keeps the condition's projection. A figure that is the subject of a
verb of opinion holds the view, and a modal after that verb is the view's ("Sixty-six percent believe government
should ensure …"), as round 10 read a modal before it. A verb of refusal right before a figure takes it as object,
a count of what was refused, asserted ("The FBI denied 72,659 attempted gun buys", "rejected 1.3 million claims");
"denied 20 soldiers were killed" still denies. A short aside between two dashes with no verb, figure or cue of its
own does not end the clause of a figure a few words after it ("will stop issuing permanent residency visas — commonly
known as green cards — for 60 days"). "and" and a subject of "the" and up to five words before a finite verb open a
clause of their own ("expected to distribute cash to 150,000 people and the maximum amount awarded per household is
$1,000"). The subject of a relative clause told in the past may be an abbreviation with dots ("a sarin gas attack that
the U.S. said killed 1,429 people" after "vow to punish"). "the", a noun of a violent death and "of" before a figure
count the victims of an event that happened, asserted whatever the cue ("how likely is it the deaths of 12 adults at a
Navy base change the result", "vowed to seek revenge for the massacre of hundreds of soldiers"; ``death_event_nouns``);
"could result in the loss of thousands of jobs" keeps its cue. "near" after an amount's noun names a place as "at"
does ("about the two explosions Monday near the finish line"). A gerund of a plan's act opening a short sentence with
no verb of its own, right before its figure, names an item of a plan's list ("Hiring 10,000 Immigration and Customs
Enforcement agents and officers"; ``plan_item_gerunds``): projected. An attribution between commas after the
figure's noun does not end its clause nor make its modal a reported one ("But one solution, Western diplomats say, would
be for an interim accord"). "first" and "in" before a length of time tell a past span, asserted ("would ultimately
deliver Democrats their first majority in the House in eight years"). A verb of proposing or forecasting in the past
after the figure's noun, with an object of its own, tells what the figure's people did ("two influential senators last
week proposed a compromise"; ``proposer_verbs``): asserted. "if" after a verb of asking, knowing or checking opens an
indirect question, no condition of a figure before it ("I asked one of them if we were allowed to leave";
``whether_verbs``). A ratio's words between a figure and "likely" measure a risk, asserted ("men are four times more
likely to negotiate their pay", "31 percent more likely to be pulled over"), as round 12's comparisons project nothing.
A noun and "to" may stand between a verb of refusal and its figure ("denied entry to 109 travelers"), and a passive of
one after the figure counts what was refused too ("only 2,352 had been denied"). A conjunction of cause between a cue
and the figure opens a reason's clause the cue does not govern ("That could restrain growth because consumer spending
drives 70 percent of economic activity"; ``cause_conjunctions``), and one after the figure ends its clause ("closed for
nearly six months because the FBI uncovered no evidence"). A noun of a law, an order or a plan with a participle of a
change sets a goal, the figure after its "to" ("pass legislation raising the national minimum wage to $10.10";
``measure_nouns``, ``change_participles``): projected.

Round 19 (issue #4, dev_r20a/b): a noun of a goal right after a share or an amount is the level aimed at, projected
("below the central bank's 2 percent goal", "the Fed's 2% inflation target"; ``goal_nouns``); not after a count ("struck
30 targets") nor past "of" ("21.8 percent of target shooters"). "later" and a point of a day, week or year not over yet
("later on Monday", "later this month"; ``later_points``) places the event of a clause not told in the past still to
come ("Trump departs later on Monday for Hanoi to participate in two days of meetings"), unless the figure ends a
definite noun phrase. A verb of a plan under consideration projects its object ("are eyeing a $1 trillion measure",
"is considering a 25 percent excise tax"; ``consideration_verbs``), not "considering" as a preposition. A cue inside a
quotation does not reach a participle after its attribution ("… whatever we must to keep our people safe,” Trump said,
speaking to hundreds of family members"), and a verb of request projects an object after "a", a noun and "of"
("calling for a nominal height of 30 feet"). The cue prefilters of rounds 18 and 19 start with a literal letter, so
``re`` skips ahead to it: the stage costs less than before round 19, with the same output.

Speed: cues are matched on the lower-cased document (no ``re.IGNORECASE``), and a
sentence without any cue word or year (most sentences with figures) is asserted
without the clause analysis.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Mapping, Sequence

import pandas as pd

from checker.columns import require_columns
from checker.dates import frame_with
from checker.patterns import phrase_alternation, whole_words
from checker.text import lower_keeping_offsets, title_case
from checker.vocab import load_vocab

#: Columns this stage needs and adds (``hedge`` is extended, or created).
REQUIRES = ("start", "end", "sentence_start", "sentence_end")
ADDS = ("modality", "hedge")

_HEDGES = load_vocab("hedges")
_SAYING = load_vocab("speaker_verbs")


class WordStart:
    """A compiled pattern that opens with "\\b" before a word, searched as ``re`` would but faster.

    ``re`` cannot skip ahead to a pattern that opens with "\\b": it tries the whole pattern at every character. Without
    the "\\b" the pattern opens with its words' first letters, and ``re`` skips to those; each match found is then kept
    only where "\\b" holds at its start (read as ``re`` reads it: the characters before ``pos`` count, the end at
    ``endpos`` is no word character), else the search goes on from the next character. ``search`` so returns the same
    match as the pattern's own; every other attribute is the pattern's (``match``, ``finditer``, ``pattern``).
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if not pattern.pattern.startswith(r"\b"):
            raise ValueError(f"not a pattern opening with \\b: {pattern.pattern[:40]!r}")
        rest = pattern.pattern[2:]
        # The "\b" is made to stand before all of the pattern ("\bfoo|bar" would guard "foo" only): the
        # pattern searched is "\b(?:rest)", which is the caller's wherever its "\b" already did.
        self.compiled = re.compile(rf"\b(?:{rest})", pattern.flags)
        self.rest = re.compile(rest, pattern.flags)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match of the pattern in ``string[pos:endpos]``, as ``self.compiled.search`` finds it."""
        stop = len(string) if endpos is None else max(0, min(endpos, len(string)))
        found = self.rest.search(string, pos, stop)
        while found is not None:
            at = found.start()
            before = at > 0 and _is_word_character(string[at - 1])
            after = at < stop and _is_word_character(string[at])
            if before != after:
                return found
            found = self.rest.search(string, at + 1, stop)
        return None


def _is_word_character(character: str) -> bool:
    """Whether ``re`` counts ``character`` as a word character ("\\w" in a ``str`` pattern)."""
    return character.isalnum() or character == "_"


def _literal_led_words(words: list[str]) -> str:
    """:func:`_lower_words`' pattern with every branch opening with a literal (speed round 24), which ``re`` skips
    ahead to: the whole words one branch per first letter, their "\\b" a look-behind after it; the phrases that
    open with punctuation or "n't" as :func:`whole_words` writes them, after those. At each character the branches
    that can match are tried in :func:`_lower_words`' order, so the matches are its own."""
    lowered = {w.lower() for w in words if w}
    plain = {w for w in lowered if w[0].isalnum() and w[-1].isalnum() and not w.startswith(("n'", "n’"))}
    others = lowered - plain
    if any(w[0].isalnum() and not w.startswith(("n'", "n’")) for w in others):
        raise ValueError(f"a phrase opening with a word boundary: {sorted(others)}")
    branches = []
    for first in sorted({w[0] for w in plain}):
        rests = {w[1:] for w in plain if w[0] == first}
        if "" in rests:
            raise ValueError(f"a one-letter word: {first!r}")
        branches.append(rf"{re.escape(first)}(?<=\b{re.escape(first)})(?:{phrase_alternation(rests)})\b")
    return "|".join(branches + ([whole_words(others)] if others else []))


def _lower_words(words: list[str]) -> str:
    """Whole-word alternation of lower-cased phrases, for patterns run on the lower-cased text.

    Python's ``re`` is three to four times slower with ``re.IGNORECASE``; the
    stage lower-cases each document once (keeping offsets) and matches these
    case-sensitively instead.
    """
    return whole_words(w.lower() for w in words)


# The patterns marked "lower-cased" run on ``lower_keeping_offsets(text)``: same offsets, no IGNORECASE.

# Cues of the future or of a possibility ("could", "expected to", "forecast"). Lower-cased.
PROJECTED_CUE = re.compile(_lower_words(_HEDGES["projected"]))

# Cues of a forecast that govern only a figure after them ("had expected 90,000", "expectations of").
# Lower-cased.
PROJECTED_BEFORE_CUE = re.compile(_lower_words(_HEDGES["projected_before"]))

# A verb or participle of saying between a figure and a later cue: the cue is in the reported clause
# ("with one alleging a military team was not given permission"). Lower-cased.
REPORTING_BETWEEN = re.compile(_lower_words(_SAYING["verbs"] + _SAYING["participles"] + _HEDGES["reporting_participles"]))

# Verbs that put their object at risk, request or attempt it ("threatens hundreds of thousands of lives",
# "called for hiring 5,000"). Lower-cased.
OBJECT_CUE = re.compile(_lower_words(_HEDGES["object_projections"]))

# Words such an object figure may have before it: "threatened the 300 jobs", "a push to include $150 billion".
OBJECT_WORDS = 2
# Round 19: or "a"/"an", a noun of an amount or a level (a modifier before it allowed; ``level_nouns``) and "of"
# between them: the figure is the level asked for ("calling for a nominal height of 30 feet", "called for an increase
# of 180,000"), not the members of a thing asked for ("a peer-review of three SEAL officers"). Lower-cased, matched from
# the verb's end to the figure.
OBJECT_MEASURE_OF = re.compile(
    rf"[ \t]+(?:a|an)[ \t]+(?:[a-z-]+[ \t]+)?(?:{_lower_words(_HEDGES['level_nouns'])})[ \t]+of[ \t]+(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})[ \t]+)?"
    r"(?:[$€£¥][ \t]*)?")
# "that" between such a verb and the figure opens a clause of its own. Lower-cased.
THAT_WORD = re.compile(r"\bthat\b")

# The modals of the negated modals ("would" of "would not").
MODAL_WORDS_BEFORE_NOT = frozenset(w.split()[0].lower() for w in _HEDGES["negated_modals"] if w.endswith(" not"))
# A negated modal ("wouldn't", "will not"): the negation is of a forecast, so the figure is projected. Round 16: an
# adverb may stand between the modal and "not" ("many of them would probably not prefer that tens of thousands of
# Americans die", "will likely not"). Lower-cased.
NEGATED_MODAL = re.compile(_lower_words(_HEDGES["negated_modals"]) + r"|\b(?:"
                           + "|".join(sorted(MODAL_WORDS_BEFORE_NOT)) + r")\s+[a-z]+ly\s+not\b")

# Negations and denials ("not", "n't", "denied"). Lower-cased.
NEGATED_CUE_PLAIN = re.compile(_lower_words(_HEDGES["negated"]))
# (speed round 24: the same matches, with branches opening with their first letters, "d", "n" and "r", which ``re``
# skips ahead to: twice as fast as the plain form, which tries its "\b" at every character)
NEGATED_CUE = re.compile(_literal_led_words(_HEDGES["negated"]))

# Negation words that only bound a number ("no more than") or state a fact ("than expected").
# Lower-cased.
FALSE_CUE = re.compile(_lower_words(_HEDGES["not_negations"] + _HEDGES["not_projections"]))

# Round 18: a short aside between two dashes, with no comma, quotation or parenthesis in it ("visas — commonly known as
# green cards — for 60 days", "on defense — 4 percent — than"): when it has no verb of its own (MAIN_CLAUSE) and at
# most ASIDE_WORDS words, the clause runs on through it. Lower-cased.
DASH = re.compile(r"—|–|--|\s-\s")
# Every dash DASH matches holds one of these characters: a sentence without any has no dash, and skips the regex
# (which, opening with "\s", ``re`` tries at every space).
DASH_CHARACTERS = ("-", "—", "–")
DASH_ASIDE = re.compile(r"(?:—|–|--|\s-\s)(?P<aside>[^—–,;:()“”\"-]{1,60}?)(?:—|–|--|\s-\s)")
ASIDE_WORDS = 6
# ... for a figure at most this many words after the aside, in the phrase the aside interrupts ("— for 60 days",
# "--within 10 days"); farther on, the dash may have hidden a lost sentence break.
ASIDE_REACH = 4

# Round 18: an attribution between commas after the figure's noun ("But one solution, Western diplomats say, would be
# for an interim accord", "One challenge, Rouphael said, will be to find"): the clause runs on through it to the
# figure's verb. Lower-cased.
COMMA_ATTRIBUTION = re.compile(rf",[ \t]+(?:[\w.'’-]+[ \t]+){{1,4}}?(?:{_lower_words(_SAYING['verbs'])})[ \t]*,")

# Where a clause ends: punctuation (not a thousands comma: "from 70,000 to 85,000"), quotation marks, or a
# contrasting conjunction.
# A run of spaces is a lost sentence break in RSS descriptions ("rehomed  More than 17,000").
# Lower-cased.
CLAUSE_BREAK_PLAIN = re.compile(r",(?!\d{3})|[;:—–()“”\"]|\s-\s|--| {2,}|\b(?:but|while|whereas|although|though|however)\b")
# Speed round 24: the same pattern with every branch opening with a literal character, which ``re`` skips ahead to
# (CLAUSE_BREAK_PLAIN's "\s", " {2,}" and "\b" make it try every branch at every character): one branch per
# character "\s" matches (WHITESPACE), two spaces and more as "  +", and each conjunction's "\b" as a look-behind after
# its first letter. At each character the branches that can match are tried in CLAUSE_BREAK_PLAIN's order, so the
# matches are its own.
WHITESPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200b))) + \
    "\u2028\u2029\u202f\u205f\u3000"
CLAUSE_BREAK = re.compile("|".join(
    [r",(?!\d{3})"] + [re.escape(mark) for mark in ";:—–()“”\""]
    + [re.escape(space) + r"-\s" for space in WHITESPACE] + ["--", "  +"]
    + [r"b(?<=\bb)ut\b", r"w(?<=\bw)(?:hile|hereas)\b", r"a(?<=\ba)lthough\b", r"t(?<=\bt)hough\b",
       r"h(?<=\bh)owever\b"]))

# After the figure, a new verb phrase or clause: "rose past 11,000 and is expected to",
# "64 percent think it would be wrong" (a new subject), "… documents they may have had".
COORDINATION = re.compile(r"\b(?:and|or|with|it|they|he|she|we|I|you|that|which|who)\b(?!\s+[\d$€£¥])")

# Words a figure's noun phrase may have before its verb ("11,000 North Korean soldiers have").
MAX_WORDS_TO_VERB = 5

# Modal verbs among the projection cues: their clause is closed by a later finite verb (_finite_verb_after).
MODALS = frozenset(w.lower() for w in _HEDGES["modals"])
# The projection cues that are modal verbs. Lower-cased.
MODAL_CUE = re.compile(_lower_words(sorted(MODALS & {w.lower() for w in _HEDGES["projected"]})))

# A finite verb of the present or past ("is", "have", "was"): the verb of a clause of its own. Lower-cased.
FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|am|does|did)\b")

# Words before such a verb that make it the modal's own ("could have", "will only have", "could have had"):
# modals, auxiliaries and adverbs (words in "-ly" are adverbs too).
NOT_A_SUBJECT = frozenset(w.lower() for w in _HEDGES["modals"] + _HEDGES["modal_companions"])

# A conjunction of time or condition between a modal and a finite verb: the modal governs that clause too
# ("will keep the rate near zero until unemployment has fallen to 6.5 percent"). Lower-cased.
GOVERNED_CLAUSE = re.compile(_lower_words(_HEDGES["governed_conjunctions"]))

# A wh-word opening an embedded clause between a cue and the figure. Lower-cased.
WH_CLAUSE = re.compile(r"\b(?:what|how|whether|why|where|which|who|when)\b")

# "that" and a verb in the past between a cue and the figure: a relative clause told in the past ("did not
# mention the earthquake in Turkey and Syria that killed more than 11,000 people"), whose figure the cue does
# not govern. Lower-cased.
_PAST_VERB = rf"(?:[a-z]+(?<!hundr)(?<!e)ed|{_lower_words(_HEDGES['irregular_past_verbs'])})(?!['’]t)"  # not "won't"
RELATIVE_PAST = re.compile(rf"\bthat\s+(?:[a-z]+ly\s+)?{_PAST_VERB}\b")
# The same with the relative clause's subject between ("attacks that a classified American report circulated last
# year said were directed at more than 3,000 American companies", round 18: "an Aug. 21 sarin gas attack that the U.S.
# said killed 1,429 people", an abbreviation's dots in the subject): no modal, "to" or "be" there (a verb phrase of
# the cue's own: "that will be deployed"), and not "that" after a verb of saying, hearing or thinking, whose
# clause is what the cue forecasts ("economists expect to hear that the jobless rate rose to 7.3 percent").
# Lower-cased.
RELATIVE_PAST_SUBJECT = re.compile(
    r"(?P<before>[a-z]+)\s+that\s+(?:(?!(?:will|would|could|can|may|might|should|must|shall|be|been|being|to|not|is"
    rf"|are)\b)[\w'’.-]+\s+){{1,4}}?(?:[a-z]+ly\s+)?{_PAST_VERB}\b")
COMPLEMENT_VERBS = frozenset(w.lower() for w in _SAYING["verbs"] + _SAYING["participles"] + _HEDGES["opinion_verbs"]
                             + _HEDGES["reporting_bare_verbs"] + _HEDGES["complement_verbs"])

# A verb of saying or opinion right after a figure (a noun or "of" phrase between): the figure is its subject,
# the share of a poll holding a view ("and 50% think they should not be allowed", "20 percent of voters say").
# A projection cue before the figure is an earlier clause's, but for a condition ("if 60% say yes"). Lower-cased.
OPINION_SUBJECT = re.compile(rf"(?:[ \t]+(?:of[ \t]+)?[a-z]+){{0,3}}?[ \t]+(?:{_lower_words(_HEDGES['opinion_verbs'])})")

# A figure joined to a noun by a hyphen ("12-nation", "7.8-magnitude"): an attribute of an entity.
ATTRIBUTIVE_FIGURE = re.compile(r"-[A-Za-z]")
# Round 16: "a"/"an" before such a figure (up to two modifiers between): the clause introduces the thing it describes,
# which is as sure as its clause ("plan to ensure that any of the firearms proposals require a 60-vote threshold", "a
# 400-pound guy in a basement may have been to blame"); "the 12-nation Pacific trade deal" is one that exists.
INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?\s+(?:[a-z]+\s+){0,2}$")
# Round 16: a figure with a capital letter glued after it, a letter alone: a name ("to bar Huawei from 5G technology",
# "3D printing", "Proposition 1A"), nothing claimed of it; not a unit of two letters or more ("6GW").
GLUED_NAME_AFTER = re.compile(r"[A-Z](?![A-Za-z])")
# Round 17: "one" opening its sentence before a modal and a verb of thought or saying is the generic pronoun ("One
# can't help wondering if …", "One can only hope that …", "One might say …"), no count: asserted, nothing claimed of
# it. Not "One would conform to federal REAL ID requirements" (one of two bills) nor "One may have been on the
# sidewalk": their verbs are no thought. Matched at the figure's end, on the lowered text.
GENERIC_ONE_AFTER = re.compile(
    r"\s+(?:can(?:not|n['’]t|['’]t)?|could|might|may|would|must|should)\s+(?:(?:only|not|well|hardly|also|but)\s+)?"
    + _lower_words(_HEDGES["generic_one_verbs"]))
# What may stand before a sentence's first word: spaces, quotation marks, a dash or a parenthesis.
SENTENCE_OPENING = re.compile(r"[\s\"'“‘(—–-]*")

# A definite noun phrase up to the figure ("this"/"that" left out: "this month 2 million people will"; "all" is
# the whole of a set: "All three of those countries seem likely to struggle"):
# "Equifax's $700 million settlement could", "the current toll of
# 28,000 … could double", "its 29 electoral votes could swing". The figure names something that exists,
# so a modal after it is about what that thing may do, not about the figure.
DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]hese|[Tt]hose|[Aa]ll)|\w['’]s)"
    # up to three modifiers, none a verb or plural ("Istanbul's mayor warns 90,000 buildings are at risk") nor
    # a conjunction ("the border and deporting millions could": a new phrase)
    r"(?:\s+(?!(?:of|that|and|or)\b)[a-z][\w\-]*(?<!s)){0,3}(?:\s+of)*\s+(?:[$€£¥]\s*)?$")

# Round 16: "the" before the figure and a verb of forecasting after its noun, with its subject or "that" between: the
# figure is what was forecast, the object of a reduced relative clause ("lower than the 5.9% growth expected", "more
# than the 140,000 jobs economists expected", "below the 185,000 that economists expected", "exceeding the $1.03
# profit projected by analysts"), the forecast a real figure is set against. Not "than expected" after the figure's
# verb ("the 3% rise was higher than expected"). Lower-cased.
THE_BEFORE_FIGURE = re.compile(rf"\bthe\s+(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})\s+)?(?:[$€£¥]\s*)?$")
_NOT_A_NOUN = r"(?!(?:is|are|was|were|be|been|than|as|and|or|but|not|to|of|in|on|at|for|by|with|from)\b)"
FORECAST_OBJECT_AFTER = re.compile(
    rf"(?:[ \t]+{_NOT_A_NOUN}[a-z][\w-]*){{0,2}}?(?:[ \t]+(?:that|which))?(?:[ \t]+{_NOT_A_NOUN}[a-z]+)?"
    rf"(?:[ \t]+(?:had|have|has|were|was|is|are))?[ \t]+(?P<cue>{_lower_words(_HEDGES['forecast_participles'])})\b")

# Round 16: "can" and a verb of reaching before a count of votes: whether the count can be reached, a possibility ("a
# compromise that can garner 60 votes in the chamber", "something that can get to 218 votes", "the only person who can
# get 100 votes in the Senate"); "can" alone is no cue ("can now conduct 3 million tests a week" is a capacity).
# Lower-cased.
CAN_REACH_BEFORE = re.compile(
    rf"\b(?:can|cannot|can['’]t)[ \t]+(?:[a-z]+ly[ \t]+)?(?:{_lower_words(_HEDGES['reaching_verbs'])})[ \t]+(?:to[ \t]+)?"
    rf"(?:the[ \t]+)?(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})[ \t]+)?$")
VOTES_AFTER = re.compile(rf"(?:-|[ \t]+)(?:[a-z]+[ \t]+)?(?:{_lower_words(_HEDGES['vote_nouns'])})\b")

# Round 16: "the" right before a figure that a modal follows with no noun between: the figure stands for those it counts
# and is the modal's subject ("The White House says the two will discuss …", "The nine will face trial on Tuesday"),
# projected as an indefinite subject is; "its 29 electoral votes could swing" names a thing that exists. Lower-cased.
THE_RIGHT_BEFORE = re.compile(r"\bthe\s+$")
HEAD_FIGURE_MODAL = re.compile(rf"[ \t]+(?:{_lower_words(sorted(MODALS & {w.lower() for w in _HEDGES['projected']}))})\b")

# "the" right before a figure (a qualifier between) and "in"/"of"/"at" right after its noun: an amount that
# exists, the object of what a modal says may happen ("it could affect the $1.5 billion in U.S. aid to Egypt",
# "will retaliate against the roughly 5,000 US troops in Iraq"); the figure itself is asserted. Not "the next
# six months", "the 60 votes needed to", a modifier before the figure or no place after it. Lower-cased.
EXISTING_AMOUNT_BEFORE = re.compile(
    rf"\bthe\s+(?:(?:{_lower_words(_HEDGES['existing_amount_qualifiers'])})\s+)?(?:[$€£¥]\s*)?$")
# A relative word after the noun tells of the amount as it is too ("insurance for the 1.4 million Americans whose
# benefits were cut off"). Round 18: "near" names a place as "at" does ("updating with the latest news about the two
# explosions Monday near the finish line").
EXISTING_AMOUNT_AFTER = re.compile(r"(?:[ \t]+[a-z.]+){0,3}?[ \t]+(?:in|of|at|near|who|whose|which)\b")
# The same after a preposition, for any projection cue: "in the five months of negotiations", "of its two seats in
# the Commons"; "all" after the preposition names the whole of a set that exists, with no place needed after it
# ("is expected to vote in favor of all four bills, meaning …"), but not "all of its 2,000 forces": "of" there
# is the whole amount's, the object of the act. Lower-cased.
PREPOSITIONAL_AMOUNT_BEFORE = re.compile(
    rf"(?<!\ball\s)(?:{_lower_words(_HEDGES['existing_amount_prepositions'])})\s+(?P<all>all\s+)?"
    rf"(?P<determiner>{_lower_words(_HEDGES['existing_amount_determiners'])}\s+)?"
    rf"(?:(?:{_lower_words(_HEDGES['existing_amount_qualifiers'])})\s+)?(?:[$€£¥]\s*)?$")

# Round 16: a possessive determiner after such a preposition makes the amount the possessor's, one that exists, with
# no place needed after its noun ("said it would cancel classes for its 50,000 students"); "the" still needs one ("the
# 60 votes needed to" is the act's amount).
POSSESSIVE_DETERMINERS = frozenset(w.lower() for w in _HEDGES["existing_amount_determiners"]) - {"the"}

# "between"/"among" and a determiner before the figure (a qualifier between): the parties of a relation or the
# members of a set, named before ("expects a “robust discussion” between the two leaders", "one or two deaths among
# the more than 700 souls"), which exist whatever the cue. Lower-cased.
BETWEEN_THE = re.compile(rf"(?:{_lower_words(_HEDGES['set_prepositions'])})\s+"
                         rf"(?:{_lower_words(_HEDGES['existing_amount_determiners'])})\s+"
                         rf"(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})\s+)?(?:[$€£¥]\s*)?$")
# "to" or "across" and "all" right before the figure: the whole of a set that exists, where an act goes ("should expand
# “work-sharing” programs to all 50 states"); a direct object is the whole amount the act takes ("plans to pull all
# 2,000 troops out of Syria", "will withdraw all of its 2,000 forces"). Lower-cased.
ALL_BEFORE = re.compile(rf"\b(?:to|into|across|throughout)\s+all\s+(?:the\s+)?"
                        rf"(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})\s+)?(?:[$€£¥]\s*)?$")
# A place's possessive right before the figure: its population or stock, which exists ("to expel all of the country's
# roughly 11 million undocumented immigrants"). Lower-cased.
POPULATION_BEFORE = re.compile(rf"(?:{_lower_words(_HEDGES['population_possessors'])})['’]s\s+"
                               rf"(?:(?:{_lower_words(_HEDGES['figure_qualifiers'] + _HEDGES['existing_amount_qualifiers'])})\s+)?"
                               r"(?:[$€£¥]\s*)?$")
# A part of a set named by a possessive or "the" ("avoid laying off any of their five employees"). Lower-cased.
PARTITIVE_BEFORE = re.compile(rf"(?:{_lower_words(_HEDGES['partitive_words'])})\s+of\s+"
                              rf"(?:{_lower_words(_HEDGES['existing_amount_determiners'])})\s+"
                              rf"(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})\s+)?(?:[$€£¥]\s*)?$")
# A relative clause told in the past after the figure's noun: the figure names what there was ("Thousands of people are
# feared dead … following two earthquakes that rocked the region on Monday"); not "who": people an act would reach
# ("could give a deportation reprieve to thousands of illegal immigrants who came to the U.S. as children"). Lower-cased.
PAST_RELATIVE_AFTER = re.compile(rf"(?:[ \t]+[\w-]+){{0,3}}?[ \t]+(?:that|which)[ \t]+(?:[a-z]+ly[ \t]+)?{_PAST_VERB}\b")
# A participle of an event and "by" before the figure: the figure is what did it ("areas hit by two deadly earthquakes").
# Lower-cased.
AGENT_BEFORE = re.compile(rf"(?:{_lower_words(_HEDGES['agent_participles'])})\s+by\s+"
                          rf"(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})\s+)?$")
# "until" after a figure a negation in the past governs: the negation dates the event ("Unemployment didn't fall
# below 5 percent until early 2016"); not a modal's ("Why can't we have thousands of soldiers here until …").
# Lower-cased.
UNTIL_AFTER = re.compile(r"(?:[ \t]+[\w'’.-]+){0,3}?[ \t]+until\b")
PAST_AUXILIARY_BEFORE = re.compile(r"\b(?:did|had|was|were)\s*$")
# Projection cues that are nouns: right after the figure ("three plans on coronavirus") they are what it counts.
NOUN_CUES = frozenset(w.lower() for w in _HEDGES["noun_cues"])
# A determiner right before the figure (a qualifier between): a definite amount, presupposed to exist, which a
# negation before it does not deny ("Another reason not to compare the two viruses", "did not pay its $5,000
# fine"), unless right after it ("163,000 jobs added, not the 148,000 it originally reported" corrects); "the only
# one" is no such amount. Lower-cased.
DEFINITE_RIGHT_BEFORE = re.compile(rf"(?:{_lower_words(_HEDGES['existing_amount_determiners'])})\s+"
                                   rf"(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})\s+)?(?:[$€£¥]\s*)?$")
# A factive verb and "that" between a cue and the figure: the clause is taken as true ("would be surprised to learn
# that three-quarters of immigrants are here legally"). Lower-cased.
FACTIVE_THAT = re.compile(_lower_words(_HEDGES["factive_that"]))

# A verb of having right before "no" after a figure: the negation is of the object ("millions of
# unemployed Americans have no prospect for work"), not of the figure. Lower-cased.
HAVE_BEFORE_NO = re.compile(r"\b(?:have|has|had|having|with|see|saw|sees|show|shows|showed)\s+$")

# "not" and a participle after a figure's noun, with no auxiliary before it: a reduced relative clause
# describing the noun ("scores of protesters not wearing face masks stood shoulder-to-shoulder"), no
# negation of the figure. "are not wearing" keeps its auxiliary and stays a negation. Lower-cased.
PARTICIPLE_AFTER_NOT = re.compile(r"[ \t]+[a-z]{2,}ing\b")
AUXILIARY_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|am|do|does|did|have|has|had|will|would|could|can|should|may|might|must"
    r"|shall)|['’]s|['’]re)\s+$")

# A verb of requiring and "that" before the figure ("has ordered that children under age 5 be reunited"),
# with a bare "be" after it: the mandative subjunctive, a required act. Lower-cased.
MANDATIVE_THAT = re.compile(rf"(?:{_lower_words(_HEDGES['mandative_verbs'])})\s+that\b")
SUBJUNCTIVE_BE = re.compile(r"(?P<before>[\w'’]+)\s+be\b")
NOT_SUBJUNCTIVE_BEFORE = frozenset(w.lower() for w in _HEDGES["not_subjunctive_before"])

# "did not release … until": the negation dates the event, it does not deny it; "did not hear back from him
# before the president called me again two weeks later": a clause of time of its own. Lower-cased.
NOT_UNTIL = re.compile(_lower_words(_HEDGES["negation_clause_ends"]))

# A directive before the figure: "ordered the Pentagon to deploy 3,000", "has been directed to hire
# an additional 5,000". The figure is what someone was told to do, not yet done. "asked to be
# released from 30 reports" directs no act on the figure.
DIRECTIVE = re.compile(
    rf"(?:{whole_words(_HEDGES['directives'])})(?:\s+(?!to\b)[\w.'’-]+){{0,4}}?\s+to\s+(?!be\b)[a-z]+\b")

# Words a directed verb may have before its figure: "to send up to 450", "to hire an additional 5,000".
DIRECTIVE_OBJECT_WORDS = 3

# Phrases that mark an old figure as replaced ("previously reported", "first reported"). Lower-cased.
SUPERSEDED_MARK = _lower_words(_HEDGES["superseded_marks"])

# Words a revision verb may have before "from": "revised down to 138,000 from", "revised the death toll
# down from"; farther on, "from" starts a period ("revisions show … per month from July").
REVISION_WORDS = 6

# A figure a revision replaced, by what stands right before it: "revised down to 138,000 from 196,000",
# "revised up from the previous estimate of 350,000", "better than the initially reported 96,000".
# Lower-cased.
SUPERSEDED_BEFORE = re.compile(
    rf"(?:\b(?P<revision>revis(?:ed|es|ing))\b(?:\s+\S+){{0,{REVISION_WORDS}}}?\s+from\s+(?:the\s+|an?\s+)?"
    r"(?:(?:previous|earlier|initial|original|first|prior)(?:ly)?\s+)?"
    r"(?:(?:reported|estimated|announced|estimate\s+of|figure\s+of|reading\s+of)\s+)?"
    rf"|(?:{SUPERSEDED_MARK})\s+"
    # round 13: "raised the earlier death toll of 235", "from an earlier estimate of 235"
    rf"|\b(?:the|an?|its|their)\s+(?:{_lower_words(_HEDGES['superseded_figure_words'])})\s+"
    rf"(?:{_lower_words(_HEDGES['superseded_figure_nouns'])})\s+of\s+(?:about\s+|some\s+|around\s+)?)(?:[$€£¥]\s*)?$")

# Round 13: a figure the sentence gives from reports it names as the first ones ("Early reports placed the number
# of dead at 13, with as many as 81 wounded"), unless a contrast or "later" stands between (", although the death
# toll was later revised downward to 11" is the new figure). Lower-cased.
EARLY_REPORT = re.compile(
    rf"\b(?:{_lower_words(_HEDGES['early_report_words'])})\s+(?:{_lower_words(_HEDGES['early_report_nouns'])})\s+"
    rf"(?:{_lower_words(_HEDGES['early_report_verbs'])})\b")
LATER_WORD = re.compile(r"\b(?:later|since|now|subsequently)\b")

# How far before a figure "revised … from" is looked for.
REVISION_REACH = 100

# ... or by what follows it: "from the 130,000 previously reported", "instead of the 196,000 first reported".
# A preposition between them is no noun of the figure: "lowered to 119,000 from an initially estimated
# 157,000" marks 157,000, not 119,000. Lower-cased.
SUPERSEDED_AFTER = re.compile(rf"(?:\s+(?!(?:from|to|than|of|an?|the)\b)[a-z]+){{0,2}}?\s+(?:{SUPERSEDED_MARK})")

# Round 16: "instead of" right before the figure (a qualifier between). The figure is the alternative a sentence
# sets against another: one that stands ("lowered Missouri's concealed-gun permit age to 19 instead of 21", "not to
# keep between 8-10,000 troops there, instead of the 3,000 now on the ground"), asserted whatever the cue; or an
# earlier report of the same count that a new one replaces (:data:`EARLIER_REPORT_AFTER`,
# :data:`REPLACEMENT_CONTEXT`), negated. Lower-cased.
INSTEAD_OF_BEFORE = re.compile(rf"\binstead\s+of\s+(?:the\s+)?(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})\s+)?"
                               r"(?:[$€£¥]\s*)?$")
# An earlier report named after that figure: "instead of $978.7 billion as reported last month", "instead of the $100
# it originally offered". Lower-cased.
EARLIER_REPORT_AFTER = re.compile(
    rf"(?:[ \t]+[\w.%-]+){{0,3}}?[ \t]+(?:{_lower_words(_HEDGES['earlier_report_marks'] + _HEDGES['superseded_marks'])})")
# A revision or a correction the sentence tells of before the figure: "December hiring was a little better than first
# thought, with 219,000 jobs added instead of 196,000", "This story corrects paragraph 18 to say … instead of 80%".
# Lower-cased.
REPLACEMENT_CONTEXT = re.compile(_lower_words(_HEDGES["replacement_context"]))

# Round 16: the figure opening its clause (after "that", a verb of saying or a conjunction opening a clause, a qualifier
# between, or at the clause's start), then a relative clause with its own verb or a participle phrase on its noun, then the main verb's modal: "One
# upscale tower that fell may have had a design flaw", "One of the Chechen terrorists who carried out the Boston
# Marathon bombings could have been deported", "tens of thousands of people hoping to request asylum in the U.S. may
# now be stuck". The figure is the modal's subject, which the clause break at "who"/"that" hides from the cue after
# the figure. Not a relative clause's own modal ("five men who might be responsible", "one that would require"): a
# verb must stand between. Lower-cased.
SUBJECT_OPENING = re.compile(
    rf"[\s“\"‘]*(?:[^,;:]*?(?:\bthat|{_lower_words(_SAYING['verbs'] + _HEDGES['subject_clause_openers'])})\s+)?"
    rf"(?:(?:but|and|so|yet)\s+)?(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})\s+)?(?:[$€£¥]\s*)?")
_NOUN_WORD = r"[ \t]+(?!(?:is|are|was|were|has|have|had|be|been|do|does|did)\b)[\w’'.-]+"
RELATIVE_THEN_MODAL = re.compile(
    rf"(?:(?:{_NOUN_WORD}){{0,5}}?[ \t]+(?:who|that|which)[ \t]+(?:[a-z]+ly[ \t]+)?(?:{_PAST_VERB}|is|are|was|were|has|have"
    # a participle after a noun of the figure's ("thousands of immigrants awaiting hearings will"); right after the
    # figure an "-ing" word is its noun ("the Dec. 14 shooting")
    rf"|had)|(?:{_NOUN_WORD}){{1,5}}?(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bmost)(?<!\bmore)(?<!\bvery)(?<!\bless)"
    # (an "-ing" word after a determiner or a degree word is an adjective: "One of the most compelling reasons")
    rf"[ \t]+(?!(?:{_lower_words(_HEDGES['not_continuation_participles'])}))[a-z]{{3,}}ing)"
    rf"\b(?P<between>[^,;:—–()“”\"]{{0,120}}?)[ \t]"
    rf"(?P<modal>{_lower_words(sorted(MODALS & {w.lower() for w in _HEDGES['projected']}))})\b")
# Speed round 24: those modals' letters anywhere (no word bounds: each branch opens with a letter, which ``re`` skips
# ahead to). A match of RELATIVE_THEN_MODAL holds one, so text after the figure without any skips the pattern, which
# backtracks over every word. Lower-cased.
MODAL_LETTERS = re.compile("|".join(sorted(MODALS & {w.lower() for w in _HEDGES["projected"]})))
# In that stretch, a subject of a clause of its own or a verb of saying (REPORTING_BETWEEN) or opinion makes the modal
# another clause's ("At least one GOP insider who had direct contact with Steele told the Washington Post that the
# chairman would", "Nearly three-quarters of voters say companies receiving bailout money should"). Lower-cased.
OPINION_VERB = re.compile(_lower_words(_HEDGES["opinion_verbs"]))
OTHER_SUBJECT_BETWEEN = re.compile(_lower_words(_HEDGES["other_clause_openers"]))
# ... or a finite verb not coordinated with the relative clause's ("At least 40 US citizens who were already showing
# symptoms prior to the evacuation were not allowed on the planes and would be treated"; but "who were born in China and
# are accused of stealing … could flee"). Lower-cased.
MAIN_VERB_BETWEEN = re.compile(r"(?<!\band)(?<!\bor)[ \t]+(?:is|are|was|were|has|have|had|do|does|did)\b")

# Conditions: they govern the whole clause, negations inside it included (matched on a cue's words).
CONDITIONAL = re.compile(r"if|unless", re.IGNORECASE)

# Round 18: a present-tense verb of an "if" clause (``present_condition_verbs``): a condition about the present, a
# premise or a standing rule ("if 82 percent of Democrats think", "if more than 30% of students are ill"). Lower-cased.
PRESENT_CONDITION_VERB = re.compile(_lower_words(_HEDGES["present_condition_verbs"]))
# Round 18: between "if" and a figure that is the condition's subject, only a qualifier ("if more than 30% of
# students"). Lower-cased.
CONDITION_SUBJECT_BEFORE = re.compile(rf"[ \t]+(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})[ \t]+)?(?:[$€£¥][ \t]*)?")
# ... and its verb a few words after it ("82 percent of Democrats think", "thousands of Hondurans in a caravan are
# deemed"). Lower-cased.
CONDITION_VERB_AFTER = re.compile(rf"(?:[ \t]+[\w'’.-]+){{0,5}}?[ \t]+(?P<verb>{PRESENT_CONDITION_VERB.pattern})")
# Any modal, "can" and "must" with the rest: one in an "if" clause before its verb makes it a hypothesis ("if you
# can get 20%"), and one outside it a hypothesis's consequence ("we must hunker down"). Lower-cased.
ANY_MODAL = re.compile(_lower_words(sorted(MODALS)) + "|" + NEGATED_MODAL.pattern)
# "only if": a requirement's condition ("only then if we've secured our borders"), no premise. Lower-cased.
ONLY_BEFORE = re.compile(r"\bonly\s+$")

# Round 18: a verb of refusal right before the figure (``refusal_verbs``; a qualifier between): the figure counts what
# was refused, which stands ("The FBI denied 72,659 attempted gun buys", "rejected 1.3 million claims"). Lower-cased.
# A noun and "to" may stand between: who was refused something ("The United States denied entry to 109 travelers").
REFUSAL_OBJECT = re.compile(rf"(?:{_lower_words(_HEDGES['refusal_verbs'])})[ \t]+(?:[a-z]+[ \t]+to[ \t]+)?"
                            rf"(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})[ \t]+)?(?:[$€£¥][ \t]*)?")

# Round 18: "the", a noun of a violent death and "of" right before the figure (``death_event_nouns``; a qualifier
# between): the figure counts the victims of an event that happened ("responsible for the deaths of 176 people",
# "possible motive in the killings of 22 people"), asserted whatever the cue. Lower-cased.
DEATH_EVENT_BEFORE = WordStart(re.compile(rf"\bthe\s+(?:{_lower_words(_HEDGES['death_event_nouns'])})\s+of\s+"
                                rf"(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})\s+)?$"))

# Round 18: a gerund of a plan's act opening its sentence right before the figure (``plan_item_gerunds``; a qualifier
# between): "Hiring 10,000 Immigration and Customs Enforcement agents and officers", an item of a plan's list, when the
# sentence is short (PLAN_ITEM_WORDS) and has no verb of its own after the figure (PLAN_ITEM_VERB). Lower-cased.
PLAN_ITEM = re.compile(rf"[\s\"'“‘(•*·-]*(?P<gerund>{_lower_words(_HEDGES['plan_item_gerunds'])})[ \t]+"
                       rf"(?:(?:{_lower_words(_HEDGES['figure_qualifiers'] + _HEDGES['list_item_qualifiers'])})[ \t]+)?"
                       rf"(?:[$€£¥][ \t]*)?")
PLAN_ITEM_VERB = re.compile(rf"{FINITE_VERB.pattern}|\b[a-z]+(?<!hundr)ed\b|{_lower_words(sorted(MODALS))}")
PLAN_ITEM_WORDS = 15

# Round 18: verbs of proposing or forecasting in the past (``proposer_verbs``), and what opens an object of theirs
# right after them: after a figure they tell what its people did ("two influential senators last week proposed a
# compromise"), no projection of the figure. Lower-cased.
PROPOSER_VERBS = frozenset(w.lower() for w in _HEDGES["proposer_verbs"])
OBJECT_OPENER = re.compile(r"[ \t]+(?:an?|the|that|new)\b")

# Round 18: a verb of asking, knowing, seeing or checking (``whether_verbs``) a few words before "if", with no
# punctuation between: the "if" opens an indirect question ("asked one of them if", "to check if"), no condition of
# the figure before it. Lower-cased.
WHETHER_BEFORE = re.compile(rf"\b(?:{_lower_words(_HEDGES['whether_verbs'])})(?:[ \t]+[^\s,;:—–()]+){{0,6}}?[ \t]+$")

# Round 18: between a figure and "likely", a ratio's words ("five times more likely to be homeless", "40 percent
# less likely", "two times as likely"): the figure measures a risk as studies found it, asserted, as "more likely
# than" projects nothing (round 12). Lower-cased.
RATIO_BEFORE_LIKELY = re.compile(r"(?:[ \t]+(?:times|percent|per cent|percentage points|points))?[ \t]*"
                                 r"(?:more|less|as)[ \t]+")

# Round 18: a conjunction of cause (``cause_conjunctions``) between a cue and the figure: a reason's clause, which the
# cue does not govern ("might be fooled about this because one of the company's board members … joined"). Lower-cased.
# Not "because of" ("may fall because of one such reaction"): a cause inside the cue's own clause.
CAUSE_CLAUSE = WordStart(re.compile(_lower_words(_HEDGES["cause_conjunctions"]) + r"(?![ \t]+of\b)"))
# The first word of each such conjunction: a clause without any has no cause's clause, and skips the regex (which opens
# with "\b", so that ``re`` tries it at every character).
CAUSE_FIRST_WORDS = tuple(dict.fromkeys(w.lower().split()[0] for w in _HEDGES["cause_conjunctions"]))

# Round 18: the refusal verbs as words, and a passive's auxiliary right before one after the figure: the figure counts
# what was refused ("only 2,352 had been denied", "18 of those cases were dismissed"). Lower-cased.
REFUSAL_VERBS = frozenset(w.lower() for w in _HEDGES["refusal_verbs"])
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|being|is|are|got|get)[ \t]+(?:[a-z]+ly[ \t]+)?$")

# Any word that can start a cue of any kind, or a year: a sentence without one holds only asserted
# figures, so the stage skips the clause analysis for it (about 70% of news sentences with figures).
# Run on the text as written, each phrase as written, capitalised and in capitals, so that only the
# sentences that pass are lower-cased. Three patterns, each scanned fast: words (a boundary before
# them), endings that attach to the word before ("n't", "'ll"), years. Open on the right ("no" also
# finds "now"): a prefilter may find too much, never too little.
def _case_forms(word: str) -> tuple[str, str, str]:
    """A cue word lower-cased, capitalised and in capitals: the forms the prefilters match as written."""
    return word.lower(), word[:1].upper() + word[1:].lower(), word.upper()


_CUE_STARTS = [form for word in _HEDGES["projected"] + _HEDGES["projected_before"] + _HEDGES["object_projections"]
               + _HEDGES["negated"] + _HEDGES["negated_modals"] + _HEDGES["directives"]
               + _HEDGES["superseded_marks"] + _HEDGES["revision_words"] + _HEDGES["mandative_verbs"]
               + _HEDGES["forecast_clauses"] + _HEDGES["consideration_verbs"]
               # round 16: "in two months’ time" projects a sentence with no other cue word; so does "can get 60 votes"
               + _HEDGES["time_hence_marks"]
               + [f"{modal} {verb}" for modal in ("can", "cannot", "can't", "can’t") for verb in _HEDGES["reaching_verbs"]]
               # "the earlier death toll of": the whole phrase, so that "earlier" alone lets no sentence through
               + [f"{word} {noun}" for word in _HEDGES["superseded_figure_words"]
                  for noun in _HEDGES["superseded_figure_nouns"]]
               + [f"{word} {noun}" for word in _HEDGES["early_report_words"] for noun in _HEDGES["early_report_nouns"]]
               for form in _case_forms(word)]
CUE_PREFILTER_WORDS = re.compile(
    r"\b(?:" + phrase_alternation(w for w in _CUE_STARTS if w[0].isalnum() and not w.lower().startswith(("n'", "n’")))
    + ")")
CUE_PREFILTER_ENDINGS = re.compile(
    phrase_alternation(w for w in _CUE_STARTS if not w[0].isalnum() or w.lower().startswith(("n'", "n’"))))
CUE_PREFILTER_YEAR = re.compile(r"(?:19|20)\d\d")
# A period to come ("over the next two years", "in the coming months"): its two words together, not "next" alone.
_COMING_FORMS = [form for word in _HEDGES["coming_period_words"] for form in _case_forms(word)]
_COMING_TAIL = (r"\s+(?:[\w.,-]+\s+)?(?:" + "|".join(form for unit in _HEDGES["time_units"]
                                                   for form in (unit, unit.capitalize())) + r")\b")
CUE_PREFILTER_COMING = WordStart(re.compile(r"\b(?:" + "|".join(_COMING_FORMS) + ")" + _COMING_TAIL))
# Round 19: "later" (a point of a day, week or year not over yet: "later this month", "later on Monday";
# ``later_points``) and a noun of a goal ("the 2 percent goal"; ``goal_nouns``). Loose on purpose: the words alone, with
# no leading "\b", so that ``re`` skips ahead to their first letters; what follows "later" is read in the clause.
_LATER_GOAL_FORMS = ["later", "Later"] + [form for word in _HEDGES["goal_nouns"] for form in _case_forms(word)[:2]]
CUE_PREFILTER_LATER_GOAL = re.compile(
    "(?:" + phrase_alternation(_LATER_GOAL_FORMS, flexible_space=False) + r")\b")  # (a prefix tree: fewer branches tried at each letter)
# Round 19: the same words lower-cased, where the clause analysis reads them. "later" and a point to come
# (``later_points``): the figure's event is still to come when its clause is not told in the past.
LATER_POINT = WordStart(re.compile(rf"\blater[ \t]+(?:{_lower_words(_HEDGES['later_points'])})"))
# Round 19: a noun of a goal right after a share or an amount, one word of what it measures allowed between ("the
# Fed's 2% inflation target", "below the central bank's 2 percent goal"). Lower-cased, matched at the figure's end.
GOAL_AFTER = re.compile(rf"(?:[ \t]+(?!{_lower_words(_HEDGES['goal_non_modifiers'])})[a-z]+)?[ \t]+"
                        rf"(?P<goal>{_lower_words(_HEDGES['goal_nouns'])})")
# A figure of money, glued to its currency sign: with a share (:data:`SHARE`) the figures a goal may follow.
MONEY_FIGURE = re.compile(r"[$€£¥]")
# Round 19: a verb of a plan under consideration right before the figure, an article or a qualifier between ("are
# eyeing a $1 trillion measure", "is considering a 25 percent excise tax"; ``consideration_verbs``); not "considering"
# as a preposition, after a comma or an adverb ("especially considering 40 percent …"). Lower-cased, ends at the figure.
CONSIDERATION_BEFORE = re.compile(
    rf"(?P<verb>{_lower_words(_HEDGES['consideration_verbs'])})[ \t]+"
    rf"(?:(?:{_lower_words(_HEDGES['consideration_articles'])})[ \t]+)?"
    rf"(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})[ \t]+)?(?:[$€£¥][ \t]*)?$")
# The word or comma before such a verb that makes "considering" a preposition. Lower-cased, ends at the verb.
PREPOSITION_CONSIDERING = re.compile(
    rf"(?:,|\b(?:{_lower_words(_HEDGES['preposition_considering_before'][1:])}))[ \t]*$")
# Spaces and opening marks: with nothing else before such a verb in its sentence, it has no subject and is a
# preposition too ("Considering 40 percent of voters stayed home, …").
OPENING_MARKS = " \t\n“\"‘'(["
# Round 18: a noun of a law, an order or a plan, a participle of a change right after it, and "to" before the figure
# (``measure_nouns``, ``change_participles``; a qualifier between): the level the measure sets is its goal ("pass
# legislation raising the national minimum wage to $10.10", "an executive order raising the minimum wage to $10.10").
# Lower-cased. The prefilter takes the participle alone (round 19: a superset, three times cheaper than the two words
# together, which ``re`` tries at every word start; the clause analysis reads the noun).
_MEASURE_CHANGE = (rf"(?:{_lower_words(_HEDGES['measure_nouns'])})[ \t]+"
                   rf"(?P<change>{_lower_words(_HEDGES['change_participles'])})")
MEASURE_CHANGE_BEFORE = re.compile(rf"{_MEASURE_CHANGE}[^,;:—–()]{{0,60}}?[ \t]to[ \t]+"
                                   rf"(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})[ \t]+)?(?:[$€£¥][ \t]*)?$")
CUE_PREFILTER_MEASURE = re.compile(r"[ \t](?:" + "|".join(_HEDGES["change_participles"]) + r")\b")
# Round 18: a plan's item opens its sentence with a capitalised gerund ("Hiring 10,000 … agents"); "adding" inside a
# sentence lets nothing through. No leading "\b" (round 19): with a literal first letter ``re`` skips ahead to the
# capitals, five times faster; "REHIRING" letting a sentence through costs one analysis.
_PLAN_ITEM_FORMS = [form for word in _HEDGES["plan_item_gerunds"] for form in _case_forms(word)[1:]]
CUE_PREFILTER_PLAN_ITEM = re.compile("(?:" + phrase_alternation(_PLAN_ITEM_FORMS, flexible_space=False)
                                     + r")\b")  # (a prefix tree)
# (The words first: they let most sentences with a cue through, so ``any`` stops at the first pattern for those.)
CUE_PREFILTERS = (CUE_PREFILTER_WORDS, CUE_PREFILTER_ENDINGS, CUE_PREFILTER_YEAR, CUE_PREFILTER_COMING,
                  CUE_PREFILTER_PLAN_ITEM, CUE_PREFILTER_MEASURE, CUE_PREFILTER_LATER_GOAL)


def _by_first_character(words: list[str], *, flexible_space: bool = True, word_start: bool = False,
                        tail: str = "") -> list[str]:
    """Branches matching ``words`` (then ``tail``), one per first character, each opening with that character as a
    literal; ``word_start`` puts "\\b" before the word as a look-behind after that character."""
    branches = []
    for first in sorted({word[0] for word in words}):
        rests = {word[1:] for word in words if word[0] == first}
        if "" in rests:
            raise ValueError(f"a one-character word: {first!r}")
        branches.append(re.escape(first) + (rf"(?<=\b{re.escape(first)})" if word_start else "")
                        + "(?:" + phrase_alternation(rests, flexible_space=flexible_space) + ")" + tail)
    return branches


# Speed round 24: the prefilters after the words but CUE_PREFILTER_MEASURE as one pattern, for ``re`` one scan
# instead of five: every branch opens with a literal character (the words of CUE_PREFILTER_COMING take their "\b" as
# a look-behind after it), so ``re`` skips to the characters that can start one. Only whether a match exists is
# asked: one does where any of the five matches, and only there.
CUE_PREFILTER_OTHERS = re.compile("|".join(
    _by_first_character([w for w in _CUE_STARTS if not w[0].isalnum() or w.lower().startswith(("n'", "n’"))])
    + [r"19\d\d", r"20\d\d"]
    + _by_first_character(_COMING_FORMS, word_start=True, tail=_COMING_TAIL)
    + _by_first_character(_PLAN_ITEM_FORMS, flexible_space=False, tail=r"\b")
    + _by_first_character(_LATER_GOAL_FORMS, flexible_space=False, tail=r"\b")))
# CUE_PREFILTER_MEASURE opens with a space, a sixth of the text, and so is read at the participle's last letter, "g"
# (rare), with the space and the word before as a look-behind. That may read a space before the scan's start, so a
# match here is confirmed with CUE_PREFILTER_MEASURE itself.
if not all(word.endswith("g") for word in _HEDGES["change_participles"]):
    raise ValueError("CUE_PREFILTER_MEASURE_AT_G needs participles in '-ing'")
CUE_PREFILTER_MEASURE_AT_G = re.compile(
    "g(?:" + "|".join(rf"(?<=[ \t]{re.escape(word)})" for word in _HEDGES["change_participles"]) + r")\b")


def _first_words(*vocabularies: list[str], lower: bool = True) -> re.Pattern[str]:
    """The first words of phrases, anywhere (no word bounds: a prefix tree ``re`` skips ahead in). A pattern built from
    these phrases (each first word read as written) matches only where one of these is found inside the match."""
    return re.compile(phrase_alternation({(phrase.lower() if lower else phrase).split()[0]
                                          for vocabulary in vocabularies for phrase in vocabulary},
                                         flexible_space=False))


# Speed round 24: the words one of which every match of a rarely matching pattern holds, as gates: where the window
# the pattern is searched in holds none, the pattern (opening with "\b" or ending with "$", which ``re`` tries at every
# character) is not tried. Lower-cased, but DIRECTIVE_WORDS, matched in the text as written (DIRECTIVE is).
DIRECTIVE_WORDS = _first_words(_HEDGES["directives"], lower=False)
OBJECT_CUE_WORDS = _first_words(_HEDGES["object_projections"])
CONSIDERATION_WORDS = _first_words(_HEDGES["consideration_verbs"])
# SUPERSEDED_BEFORE's three branches: "revised … from", a superseded mark, an earlier figure's noun ("toll of").
SUPERSEDED_BEFORE_WORDS = _first_words(["revis"], _HEDGES["superseded_marks"], _HEDGES["superseded_figure_nouns"])
EARLY_REPORT_WORDS = _first_words(_HEDGES["early_report_nouns"])
PROJECTED_BEFORE_WORDS = _first_words(_HEDGES["projected_before"])
DEATH_EVENT_WORDS = _first_words(_HEDGES["death_event_nouns"])
# Every negated modal holds "not" or "n't" ("would not", "won’t", "could hardly not").
NOT_LETTERS = re.compile(r"not|n't|n’t")
# Every forecast clause's and factive verb's phrase ends with "that", and every cause conjunction holds "because" or
# "that" ("given that").
if not all(phrase.endswith(" that") for phrase in _HEDGES["forecast_clauses"] + _HEDGES["factive_that"]) or not all(
        "because" in phrase or "that" in phrase for phrase in _HEDGES["cause_conjunctions"]):
    raise ValueError("the 'that'/'because' gates of FORECAST_CLAUSE and CAUSE_CLAUSE no longer hold")
# The cue words after the non-word character before them: "\b" before a word's first letter, which
# CUE_PREFILTER_WORDS would try at every character (the scan's first character is read with CUE_PREFILTER_WORDS).
CUE_PREFILTER_WORD_AFTER = re.compile(r"\W" + CUE_PREFILTER_WORDS.pattern[len(r"\b"):])


def has_cue_word(text: str, start: int, end: int) -> bool:
    """``any(pattern.search(text, start, end) for pattern in CUE_PREFILTERS)``, in fast scans: the cue words at
    ``start`` and after a non-word character (:data:`CUE_PREFILTER_WORD_AFTER`), :data:`CUE_PREFILTER_OTHERS`, then
    :data:`CUE_PREFILTER_MEASURE_AT_G` (confirmed by :data:`CUE_PREFILTER_MEASURE`)."""
    return cue_word_span(text, start, end) is not None


def cue_word_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a match :func:`has_cue_word` finds in ``text[start:end]`` (a cue word's without the character
    before it), or None when it finds none."""
    found = CUE_PREFILTER_WORDS.match(text, start, end)
    if found is not None:
        return found.span()
    found = CUE_PREFILTER_WORD_AFTER.search(text, start, end)
    if found is not None:
        return found.start() + 1, found.end()
    found = CUE_PREFILTER_OTHERS.search(text, start, end)
    if found is None and CUE_PREFILTER_MEASURE_AT_G.search(text, start, end) is not None:
        found = CUE_PREFILTER_MEASURE.search(text, start, end)
    return found.span() if found is not None else None


def _cue_in_window(text: str, start: int, end: int, sentence_cue: tuple[int, int] | None) -> bool:
    """:func:`has_cue_word` for a part of a sentence, told without a scan when the match the sentence's scan found
    (``sentence_cue``) lies inside the part and ends before its end: it matches there with the part's bounds too (what
    the patterns read before a match is read in the text all the same, and none reads a character from ``end`` on)."""
    if sentence_cue is not None and start <= sentence_cue[0] and sentence_cue[1] < end:
        return True
    return has_cue_word(text, start, end)

# How far around a sentence the cue patterns may read the lower-cased text (``_is_false`` looks 12
# characters before a cue and 16 after it).
LOWERED_MARGIN = 16

# A verb of forecasting with "that" ("predicts that", "expected that"): it governs the clause it opens to the
# sentence's end, over commas and verbs of its own, up to a contrast ("but", "while", ";"). Lower-cased.
FORECAST_CLAUSE = re.compile(_lower_words(_HEDGES["forecast_clauses"]))
CONTRAST_BREAK = re.compile(r"[;:]|\b(?:but|while|whereas|although|though|however)\b")

# A bare verb of saying and "that" after a modal: "will tell the Senate panel that": the modal is the
# saying's, the reported clause keeps its own modality. Lower-cased.
# Only "will": "would say that" is as often a forecast of what a report will say ("economists thought BLS would
# say that 140,000 to 150,000 jobs were added").
SAYING_MODALS = frozenset(w.lower() for w in _HEDGES["saying_modals"])
REPORTED_THAT = re.compile(rf"(?:{_lower_words(_HEDGES['reporting_bare_verbs'])})(?:\s+[\w.'’-]+){{0,5}}?\s+that\b")

# A word that makes the figure's comma-separated segment a clause of its own: a finite verb, a subject
# pronoun, a relative word, or a word in "-ed" (not "hundred"). A modal before such a segment does not reach
# over it. Lower-cased.
OWN_CLAUSE = re.compile(rf"{_lower_words(_HEDGES['own_clause_words'] + _HEDGES['own_clause_relatives'])}"
                        r"|\b[a-z]+(?<!hundr)ed\b")
# The same for a segment between the modal's and the figure's: a finite verb or a subject pronoun (a relative
# there describes a list item's noun). Lower-cased.
MAIN_CLAUSE = re.compile(_lower_words(_HEDGES["own_clause_words"]))

# A figure opening its segment (after "and", a qualifier): an item of a list whose first item a modal governs
# (", $100 billion more for hospitals, $150 billion for state and local governments and a 15% increase").
# Read only when the segment before holds a figure too (:data:`DIGIT`): ", one of the top mass murderers" is
# an apposition. Lower-cased.
LIST_ITEM_OPENER = re.compile(rf"\s*(?:(?:and|or)\s+)?(?:(?:{_lower_words(_HEDGES['list_item_qualifiers'])})\s+)?"
                              r"[$€£¥]?\d")
DIGIT = re.compile(r"\d")

# A word opening a comma-separated segment that continues the verb phrase before it (", ultimately up to
# 200,000 a year", ", by 25%", ", from the current cap of 70,000 to 85,000"), or a participle (", requiring
# 67 senators"; not "according to", an attribution, nor "including"). Lower-cased.
PARTICIPLE_OPENER = rf"(?P<participle>(?!{_lower_words(_HEDGES['not_continuation_participles'])})[a-z]{{2,}}ing\b)"
# A bare verb of a list of acts (", allocate $175 billion to rent", ", and lower deficits by $197 billion"): read
# as a participle is, with a modal.
LIST_VERB_OPENER = rf"(?:(?:and|or)\s+)?(?P<list_verb>{_lower_words(_HEDGES['list_verbs'])})"
CONTINUATION_OPENER = re.compile(
    rf"\s*(?:{_lower_words(_HEDGES['continuation_openers'])}|{PARTICIPLE_OPENER}|{LIST_VERB_OPENER})")

# Quotation marks: inside a comma-separated segment they quote a name, no clause of its own.
QUOTE_MARKS = frozenset('“”"')
# Round 19: punctuation that ends a quotation right before its closing mark (',” Trump said'), and how many words the
# attribution after it may hold ("Senate Majority Leader Mitch McConnell said on Tuesday").
QUOTATION_ENDS = frozenset(",.!?")
ATTRIBUTION_WORDS = 8
# One word or two in quotation marks: a name or a term ("“fast-track” authority", "a “deportation force”"), no
# quotation ("“without unnecessary delay”" is one), so no clause break. Matched at an opening mark, or ending at a
# closing one.
_QUOTED_WORDS = r"[“\"][\w'’-]+(?:[ \t]+[\w'’-]+)?[”\"]"
QUOTED_NAME = re.compile(_QUOTED_WORDS)
QUOTED_NAME_END = re.compile(_QUOTED_WORDS + "$")
# Three words in quotation marks: a cue opening them names a thing ("a “no fighting zone”"). Lower-cased.
QUOTED_PHRASE = re.compile(r"[“\"][\w'’-]+(?:[ \t]+[\w'’-]+){2}[”\"]")
# A partial quotation inside the sentence: after a word and before one, with no punctuation of its own ("the company
# expects to produce “millions of doses” by October"); the sentence's clause runs through it. Lower-cased.
_PARTIAL_QUOTE = r"[“\"][^“”\".,;:!?()]{1,60}[”\"]"
PARTIAL_QUOTE = re.compile(rf"(?<=[a-z] ){_PARTIAL_QUOTE}(?= [a-z])")
PARTIAL_QUOTE_END = re.compile(rf"(?<=[a-z] ){_PARTIAL_QUOTE}$")
WORD_AFTER = re.compile(r" [a-z]")
# A word or two in parentheses, without a figure: an acronym or an aside ("the University of Washington’s Institute
# for Health Metrics and Evaluation (IHME) is for more than 147,000 deaths"), no clause break. A figure in parentheses
# keeps its own: a poll's share ("fewer say they expect the future reuse (38 percent)"), a list's number ("(2)").
# Lower-cased.
SHORT_PARENTHESIS = re.compile(r"\([a-z.&'’-]+(?: [a-z.&'’-]+)?\)")
SHORT_PARENTHESIS_END = re.compile(r"\([a-z.&'’-]+(?: [a-z.&'’-]+)?\)$")
PARENTHESES = frozenset("()")
# Round 13: between a figure (its noun or unit words after it) and a figure opening a parenthesis right after:
# "260,342 total hospital beds (38,849 for ICU)", "€1.5 billion ($1.6 billion)". The parenthesis restates or splits
# that figure. Not a parenthesis after another word ("expect the future reuse (38 percent)"). Matched with
# match(text, end of the first figure, start of the second).
RESTATED_IN_PARENTHESES = re.compile(r"(?:[ \t]+[A-Za-z][\w-]*){0,3}[ \t]*\([ \t]*(?:[A-Z]{0,3}[$€£¥])?\Z")
# Round 16: the same read from the text, for a figure before the parenthesis that is no claim of the frame (a unit
# glued to it, "could see up to 12in (30cm) of further rain", or a frame of chosen claims): that figure, up to three
# words, the parenthesis opening right before the claim.
FIGURE_BEFORE_PARENTHESIS = re.compile(
    r"(?<![\w.,])(?P<figure>[$€£¥]?\d(?:[\d,.]*\d)?(?:[ \t]*(?:million|billion|trillion|[A-Za-z]{1,3}\b))?)"
    + RESTATED_IN_PARENTHESES.pattern)
NAME_MARKS = QUOTE_MARKS | PARENTHESES

# The start of a change, before its "to": "from the current cap of 70,000" (to 85,000). Lower-cased.
START_POINT = re.compile(r"\s*from\b(?!.*\bto\b)")

# Comma-separated segments a modal's verb phrase may run over to reach a figure: "would be able to come in
# for jobs in construction, long-term care and other industries, ultimately up to 200,000 a year".
REACH_SEGMENTS = 4

# A word of four letters or more; a sentence whose such words are mostly capitalised is a Title Case
# headline, where a capitalised modal is a modal ("Fauci Says U.S. Coronavirus Deaths May Be 'More Like
# 60,000'"), not a name or a month.
TITLE_WORD = re.compile(r"\b[A-Za-z][a-z'’]{3,}")
# The word after a capitalised cue in a headline: another capitalised word ("May Be"), not a figure ("In
# May 2,000 Died") nor the headline's end ("By The End Of May").
CAPITALISED_NEXT = re.compile(r"\s+[‘'\"“]?[A-Z][a-z]")

# A finite verb right after a capitalised cue: the cue is a name, the verb's subject ("May has served as prime minister
# for nearly three years"); a modal takes a bare verb ("May be"). Lower-cased.
NAME_VERB_AFTER = re.compile(r"\s+(?:has|is|was|had|said|says|told|added)\b")

# A year after a time preposition: "to 2022", "by 2030".
YEAR_REFERENCE = re.compile(r"\b(?:by|to|until|through|in|from|before|after)\s+(?P<year>(?:19|20)\d{2})\b")

# Round 12. A unit of time, whole-word. Lower-cased.
_TIME_UNIT = _lower_words(_HEDGES["time_units"])
# A figure of time that ends with its unit ("18 months") or has it right after ("18 more months"). Lower-cased.
TIME_UNIT_END = re.compile(rf"(?:{_TIME_UNIT})$")
TIME_UNIT_AFTER = re.compile(rf"(?:[ \t]+(?:more|full|long|whole|straight))?[ \t]+(?:{_TIME_UNIT})")
# A past point or period: "15 years ago", "two weeks earlier" (after the figure, its unit between or in the surface);
# "in the last 20 years", "over the past two decades" (before it, with "the": "his last two years in office" are
# his final ones). The figure dates or measures the past, a fact.
# Lower-cased.
PAST_TIME_AFTER = re.compile(
    rf"(?:(?:[ \t]+(?:more|full|long|whole))?[ \t]+(?:{_TIME_UNIT}))?[ \t]+(?:{_lower_words(_HEDGES['past_time_marks'])})")
# A time to come: "a year from now" (its unit between or in the surface); "in two weeks' time" after "in" (with
# a qualifier between: "in about three months’ time"). Lower-cased.
FUTURE_TIME_AFTER = re.compile(rf"(?:[ \t]+(?:{_TIME_UNIT}))?[ \t]+(?:{_lower_words(_HEDGES['future_time_marks'])})")
TIME_HENCE_AFTER = re.compile(
    rf"(?:[ \t]+(?:{_TIME_UNIT}))?(?:{'|'.join(map(re.escape, _HEDGES['time_hence_marks']))})")
IN_BEFORE = re.compile(rf"\bin\s+(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})\s+)?$")
PAST_PERIOD_BEFORE = re.compile(rf"\bthe\s+(?:{_lower_words(_HEDGES['past_period_words'])})\s+$")
# Round 18: "first" and "in" before a length of time: the span since the last such event, up to the time told of, a
# past fact ("would ultimately deliver Democrats their first majority in the House in eight years", "closed for the
# first time in 24 years"). Lower-cased.
FIRST_IN_BEFORE = re.compile(rf"\bfirst\b(?:[ \t]+[\w'’.-]+){{0,8}}?[ \t]+in[ \t]+"
                             rf"(?:(?:{_lower_words(_HEDGES['figure_qualifiers'])})[ \t]+)?$")
# Round 13. A period to come after the figure, in its clause: "pledged as much as €1.5 billion ($1.6 billion) in
# financial support … over the next two years", "would trim the deficit by almost $1 trillion over the next two
# decades". The amount is spread over a time not yet passed: projected, as a later year in the clause makes it. One
# word may count the period ("the next 10 years", "the next few days", "the coming months"). Lower-cased.
COMING_PERIOD_AFTER = re.compile(
    rf"\b(?:{_lower_words(_HEDGES['coming_period_prepositions'])})\s+the\s+"
    rf"(?:{_lower_words(_HEDGES['coming_period_words'])})\s+(?:[a-z0-9.,-]+\s+)?(?:{_TIME_UNIT})")
# The same period before a time figure: "within the next two weeks", "banned … for the next 90 days". Lower-cased.
# Speed round 24: the words of a period to come, anywhere: a match of COMING_PERIOD_AFTER holds one, so text
# without any skips it (it opens with "\b", which ``re`` tries at every character). Lower-cased.
COMING_WORD_LETTERS = re.compile("|".join(w.lower() for w in _HEDGES["coming_period_words"]))
COMING_PERIOD_BEFORE = re.compile(rf"\bthe\s+(?:{_lower_words(_HEDGES['coming_period_words'])})\s+$")
# A short parenthesis between the figure and that period is no clause break: "€1.5 billion ($1.6 billion) in
# financial support … over the next two years".
PARENTHESIS_BETWEEN = re.compile(r" ?\([^()]{0,40}\)")  # with the space before it: a double space is a break
# A verb told in the past (lower-cased), and the commitments among them ("pledged", "announced").
PAST_VERB_WORD = re.compile(rf"\b{_PAST_VERB}\b")
COMMITMENT_VERBS = frozenset(w.lower() for w in _HEDGES["commitment_verbs"])
# "of" after the period: the last years of something, its final ones ("If the last two years of the Obama presidency
# are filled with …"), which may be to come. Lower-cased.
FINAL_PERIOD_AFTER = re.compile(rf"(?:{TIME_UNIT_AFTER.pattern})?[ \t]+of\b")
# The length of a negated state: "hasn't worked for the government for 18 months", "had not left port in 20 months",
# "has not seen an immigration judge in the three months he's spent". Lower-cased.
DURATION_BEFORE = re.compile(
    rf"(?:{_lower_words(_HEDGES['duration_prepositions'])})(?:\s+(?:{_lower_words(_HEDGES['duration_qualifiers'])}))*\s+$")

# A share of a population ("75%", "Half", "three-quarters", "a majority"): as the subject of a negated verb it is
# the share holding the negated view ("Seventy-five percent of those surveyed are not confident"), no denied figure.
# Lower-cased.
SHARE = re.compile(r"%|" + _lower_words([w for w in _HEDGES["share_words"] if w != "%"]))

# An adjective of possibility placed before a noun ("13 possible ways", "two potential crimes", "as a possible act
# of terrorism"): after a figure it qualifies the figure's noun, not the figure. Lower-cased.
# Not before a verb in the past: "each device likely incorporated" is an adverb.
ATTRIBUTIVE_CUE = frozenset(w.lower() for w in _HEDGES["attributive_cues"])
ATTRIBUTIVE_NEXT = re.compile(rf"[ \t]+(?!(?:{_lower_words(_HEDGES['predicative_after'])})|[a-z]+ed\b)[a-z]")
# Before a figure, such an adjective reaches it only without a preposition of another phrase between ("braced for
# possible American retaliation after firing ballistic missiles at two bases"). Lower-cased.
ATTRIBUTIVE_BREAK = re.compile(_lower_words(_HEDGES["attributive_breaks"]))

# "eventually" before a verb in the past: a fact that came about ("The agency eventually disclosed more than 2,000
# pages"), no forecast. Lower-cased.
EVENTUAL_PAST = re.compile(rf"eventually\s+(?:[a-z]+(?<!hundr)ed|{_lower_words(_HEDGES['irregular_past_verbs'])})\b")

# Round 16: "of" and a determiner or a possessive right after "one": a member of a set that exists, which a negation
# before it (a word between) does not deny ("Hillary Clinton didn't accidentally sneak into the FBI during one of the
# country's biggest holiday weekends", "None of this has stopped one of Trump's greatest media boosters"), as it does
# not deny a definite amount; a share is denied ("didn't get 30 percent of the Hispanic vote"). Lower-cased.
PARTITIVE_OF_AFTER = re.compile(rf"[ \t]+of[ \t]+(?:{_lower_words(_HEDGES['existing_amount_determiners'] + ['these', 'those'])}"
                                r"|[a-z.]+['’]s\b)")
# ... unless "single" or "even" stresses it: "has not addressed a single one of these concerns" denies that any was.
SINGLE_BEFORE = re.compile(r"\b(?:single|even)\s+$")

# "and" and a verb in the past after a negation: a new verb phrase the negation does not govern ("warned that
# “Germany’s powers are not unlimited” and said those calling for her country to “pour billions” …"). Lower-cased.
AND_PAST_VERB = re.compile(r"\band\s+(?:[a-z]+ly\s+)?(?:said|told|added|[a-z]+(?<!hundr)(?<!e)ed)\b")
# A conjunction and a finite verb between a cue and the figure: a new verb phrase the cue does not govern
# ("something Washington does not believe and is also one of the reasons"). Lower-cased.
# A short subject may stand between ("We aren't testing asymptomatic people and the disease has an incubation period
# of at least two days"; round 18: "the" and up to five words, "and the maximum amount awarded per household is").
COORDINATED_VERB = re.compile(
    rf"\b(?:and|but|or)\s+(?:the\s+(?:[a-z-]+\s+){{1,5}}?|[a-z]+\s+)?(?:(?:also|then|still|now|[a-z]+ly)\s+)?"
    rf"(?:{_lower_words(_HEDGES['coordinated_finite_verbs'])})")
# "and" (a qualifier between) right before a figure that has a finite verb of its own after it: the figure is the
# subject of a new clause ("will happen in nine countries and four of them are in Africa"). Lower-cased.
AND_BEFORE = re.compile(rf"\b(?:and|but)\s+(?:(?:{_lower_words(_HEDGES['list_item_qualifiers'])})\s+)?(?:[$€£¥]\s*)?$")
OWN_VERB_AFTER = re.compile(rf"(?:[ \t]+[\w'’-]+){{0,{MAX_WORDS_TO_VERB - 1}}}?[ \t]+"
                            rf"(?:{_lower_words(_HEDGES['coordinated_finite_verbs'])})")
# A conjunction of time or cause and a verb in the past between a cue and the figure: a clause told in the past
# ("Final results were expected Wednesday after officials counted several hundred thousand votes"). Lower-cased.
PAST_CLAUSE = re.compile(
    rf"(?:{_lower_words(_HEDGES['past_clause_conjunctions'])})\s+(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?:[a-z]+(?<!hundr)(?<!e)ed|was|were|had|{_lower_words(_HEDGES['irregular_past_verbs'])})\b")
# A preposition right before a cue after the figure: the cue is a gerund of a phrase of the figure's noun ("one of the
# president's accomplices in trying to politicize intelligence"), not the figure's verb. Lower-cased.
PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|for|by|on|at|with|about|from|without|after|before)\s+$")
# A relative word right before a modal: the modal is a relative clause's ("explosives that could penetrate US armored
# vehicles, killing almost 200 Americans"), and does not reach over a comma to the main clause's participle.
RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$")
# "no" before a noun: it negates that noun ("no casualties had resulted from the 16 missiles", "no lighting exists in
# two classrooms", "did him no favors in ticking off two Republican senators"); a figure after a finite verb or a
# preposition of another phrase is not denied ("no evidence that 3,000 died", "no sign of 300" still are).
# Lower-cased.
NO_NOUN_REACH = re.compile(ATTRIBUTIVE_BREAK.pattern + r"|\b(?:is|are|was|were|has|have|had|exists?|existed)\b")
# Qualifiers right before the figure ("at least one", "over 300"): read as part of the figure, not as a preposition
# between a cue and it. Lower-cased.
QUALIFIER_TAIL = re.compile(rf"(?:\s+(?:{_lower_words(_HEDGES['figure_qualifiers'])}))+\s*(?:[$€£¥]\s*)?$")


def classify_modality(claims: pd.DataFrame, text: str, published: str | None = None) -> pd.DataFrame:
    """Add ``modality`` (asserted | projected | negated) and extend ``hedge`` for the claims of one document.

    Needs ``start``/``end`` and ``sentence_start``/``sentence_end``; uses
    ``claim_date`` with ``date_cue`` when the dates stage ran (to know the
    publication year). ``hedge`` keeps its cues and gets the
    modality cues appended, ';'-separated. The input frame is not changed.
    """
    require_columns(claims, REQUIRES, "classify_modality")
    return frame_with(claims, modality_values(claims, text, published))


def modality_values(columns: Mapping[str, Sequence[Any]], text: str,
                    published: str | None = None) -> dict[str, list[str]]:
    """The ``modality`` and ``hedge`` lists for one document's claims.

    ``columns`` maps names to sequences (a frame or a dict of lists): the
    ``REQUIRES`` columns, and ``hedge``, ``claim_date``, ``date_cue`` when present.
    """
    starts = list(columns["start"])
    hedges = list(columns["hedge"]) if "hedge" in columns else [""] * len(starts)
    # The publication year tells a future year in the clause ("by 2030") from a past
    # one; taken from ``published`` when given, else from claims dated by default.
    year = _year_of(published)
    reference = [year] * len(starts) if year is not None else _reference_years(columns, len(starts))
    sentences = [(int(s), int(e)) for s, e in zip(list(columns["sentence_start"]), list(columns["sentence_end"]))]
    has_cue = {sentence: cue_word_span(text, *sentence) for sentence in dict.fromkeys(sentences)}
    lowered = _lowered_around(text, [sentence for sentence, cue in has_cue.items() if cue])
    modalities: list[str] = []
    new_hedges: list[str] = []
    ends = list(columns["end"])
    for i, (start, end, sentence) in enumerate(zip(starts, ends, sentences)):
        if has_cue[sentence]:
            modality, cues = modality_of(text, int(start), int(end), *sentence, reference[i], lowered=lowered,
                                         sentence_cue=has_cue[sentence])
            if i and sentences[i - 1] == sentence and RESTATED_IN_PARENTHESES.match(text, int(ends[i - 1]), int(start)):
                # "need 260,342 total hospital beds (38,849 for ICU)", "€1.5 billion ($1.6 billion)": the figure in
                # the parenthesis restates or splits the one before it, and is as sure as that one
                modality, cues = modalities[i - 1], []
            else:
                # (every match holds its "(": without one the pattern, which opens with a look-behind, is not tried)
                restated_from = max(sentence[0], int(start) - 80)
                restated = FIGURE_BEFORE_PARENTHESIS.search(text, restated_from, int(start)) \
                    if text.find("(", restated_from, int(start)) >= 0 else None
                if restated:  # round 16: the figure before is no claim here ("up to 12in (30cm) of further rain")
                    modality, cues = modality_of(text, restated.start("figure"), restated.end("figure"), *sentence,
                                                 reference[i], lowered=lowered, sentence_cue=has_cue[sentence])[0], []
        else:
            modality, cues = "asserted", []  # no cue word in the sentence: nothing to weigh
        modalities.append(modality)
        new_hedges.append(_join(hedges[i], cues))
    return {"modality": modalities, "hedge": new_hedges}


def _lowered_around(text: str, sentences: list[tuple[int, int]]) -> str:
    """``text`` with the given sentences (and :data:`LOWERED_MARGIN` around them) lower-cased, offsets kept.

    Lower-casing a whole article costs more than the cue analysis of its few
    sentences with a cue word; the rest of the text is copied as it is.
    """
    if not sentences:
        return text
    pieces: list[str] = []
    done = 0
    for s_start, s_end in sorted(sentences):
        begin, stop = max(done, s_start - LOWERED_MARGIN), min(len(text), s_end + LOWERED_MARGIN)
        if stop <= begin:
            continue
        pieces.append(text[done:begin])
        pieces.append(lower_keeping_offsets(text[begin:stop]))
        done = stop
    pieces.append(text[done:])
    return "".join(pieces)


def modality_of(text: str, start: int, end: int, s_start: int, s_end: int,
                reference_year: int | None = None, *, lowered: str | None = None,
                sentence_cue: tuple[int, int] | None = None) -> tuple[str, list[str]]:
    """``(modality, cue words)`` of the figure at ``start:end`` in the sentence ``s_start:s_end``.

    ``reference_year`` is the publication year: a later year in the clause
    makes the figure projected. ``lowered`` is ``lower_keeping_offsets(text)``,
    passed by callers that classify many figures of one text (computed if None).
    ``sentence_cue`` is :func:`cue_word_span` of the sentence, when the caller has it.
    """
    if ATTRIBUTIVE_FIGURE.match(text, end) and not INDEFINITE_BEFORE.search(text, max(s_start, start - 40), start) \
            or GLUED_NAME_AFTER.match(text, end):
        return "asserted", []  # "the 12-nation trade deal", "5G technology": the figure describes or names
    if text[start:end].lower() == "one" and SENTENCE_OPENING.fullmatch(text, s_start, start) \
            and GENERIC_ONE_AFTER.match(text[end:end + 80].lower()):
        return "asserted", []  # round 17: "One can't help wondering": the generic pronoun, no count
    # ("require a 60-vote threshold": what the clause introduces goes on to the clause analysis)
    quoted = QUOTED_NAME.match(text, start - 1) if text[start - 1:start] in QUOTE_MARKS else None
    if quoted and quoted.end() > end + 1 or _capitalised_in_quotes(text, start, s_start):
        return "asserted", []  # a figure in a quoted name ("a “zero tolerance” policy", "the “Gang of Eight”")
    low = lowered if lowered is not None else lower_keeping_offsets(text)
    left_start, right_end = clause_bounds(text, start, end, s_start, s_end, lowered=low)
    # Every cue below is read between here and the clause's end: without a cue word there, nothing to weigh,
    # unless a cue farther back may still govern: a forecast's "that", or a modal a continuing segment reaches.
    reach = min(left_start, max(s_start, start - REVISION_REACH))
    forecast_object = _forecast_object_cue(text, low, start, end, left_start, s_end)
    if forecast_object is None and not _cue_in_window(text, reach, right_end, sentence_cue) and not (
            reach > s_start and (CONTINUATION_OPENER.match(low, left_start, start) or LIST_ITEM_OPENER.match(
                low, left_start) or (low.find("that", s_start, start) >= 0 and FORECAST_CLAUSE.search(
                    low, s_start, start)))) and not \
            _coming_period_after(low, end, s_end) and not _relative_then_modal(low, end, s_end):
        return "asserted", []
    plan_item = PLAN_ITEM.fullmatch(low, s_start, start)
    if plan_item and len(low[s_start:s_end].split()) <= PLAN_ITEM_WORDS and not PLAN_ITEM_VERB.search(low, end, s_end):
        return "projected", [text[plan_item.start("gerund"):plan_item.end("gerund")]]  # round 18: "Hiring 10,000 agents"
    sentence = (s_start, s_end)
    time_figure = _time_figure(low, start, end)
    if time_figure and (PAST_TIME_AFTER.match(low, end, s_end) or (PAST_PERIOD_BEFORE.search(
            low, max(s_start, start - 30), start) and not FINAL_PERIOD_AFTER.match(low, end)) or
                        FIRST_IN_BEFORE.search(low, max(s_start, start - 90), start)):
        return "asserted", []  # "15 years ago", "in the last 20 years", "the first … in eight years": a past span
    future = FUTURE_TIME_AFTER.match(low, end, s_end) if time_figure else None
    if time_figure and future is None and IN_BEFORE.search(low, max(s_start, start - 30), start):
        future = TIME_HENCE_AFTER.match(low, end, s_end)
    if future:
        return "projected", [" ".join(text[future.start():future.end()].split())]  # "in two months' time"
    instead_from = max(s_start, start - 40)  # (every match holds "instead")
    instead = INSTEAD_OF_BEFORE.search(low, instead_from, start) if low.find("instead", instead_from, start) >= 0 \
        else None
    if instead:
        # "to 19 instead of 21": the alternative that stands; "219,000 jobs added instead of 196,000" after "better than
        # first thought": the earlier report replaced
        if EARLIER_REPORT_AFTER.match(low, end, s_end) or REPLACEMENT_CONTEXT.search(low, s_start, instead.start()):
            return "negated", [" ".join(text[instead.start():instead.end()].split()).rstrip("$€£¥ ")]
        return "asserted", []
    superseded = superseded_cue(text, start, end, s_start, right_end, lowered=low)
    if superseded:
        return "negated", [superseded]  # a revised-away figure is no longer claimed
    if DEATH_EVENT_WORDS.search(low, max(s_start, start - 60), start) and \
            DEATH_EVENT_BEFORE.search(low, max(s_start, start - 60), start):
        return "asserted", []  # round 18: "the deaths of 12 adults at a Navy base": victims of an event that happened
    candidates: list[tuple[int, str, str]] = []  # (distance, modality, cue)
    definite: bool | None = None  # the figure ends a definite noun phrase; looked up only when needed
    directives = DIRECTIVE.finditer(text, left_start, start) if DIRECTIVE_WORDS.search(text, left_start, start) else ()
    for match in directives:
        # The figure is the directed verb's object ("to deploy 3,000"), not a later noun phrase
        # ("called on the court to open an investigation into crimes … against thousands"), nor
        # something that exists ("asked … to help pay the monthly $1,595 rent").
        if definite is None:
            definite = _definite_before(text, left_start, start)
        if not definite and len(text[match.end():start].split()) <= DIRECTIVE_OBJECT_WORDS and \
                not WH_CLAUSE.search(low, match.end(), start):
            candidates.append((start - match.end(), "projected", match.group()))
    mandative = _mandative_cue(text, low, start, end, left_start, right_end)
    if mandative:
        candidates.append((0, "projected", mandative))  # "ordered that children under age 5 be reunited"
    objects = OBJECT_CUE.finditer(low, left_start, start) if OBJECT_CUE_WORDS.search(low, left_start, start) else ()
    for match in objects:
        # not a passive's agent ("The family's well-being was threatened by the four-month separation"), nor a
        # figure in a clause of its own ("suggested that 3,000 died")
        if (len(text[match.end():start].split()) <= OBJECT_WORDS or
                OBJECT_MEASURE_OF.fullmatch(low, match.end(), start)) and not low.startswith(" by ", match.end()) \
                and not THAT_WORD.search(low, match.end(), start):
            candidates.append((start - match.end(), "projected", text[match.start():match.end()]))
    for pattern, kind in ((PROJECTED_BEFORE_CUE, "before"), (PROJECTED_CUE, "projected"), (NEGATED_CUE, "negated")):
        gated = kind == "before" and not PROJECTED_BEFORE_WORDS.search(low, left_start, start)
        for match in () if gated else pattern.finditer(low, left_start, start):
            if kind == "before" and _within_cue(low, match, left_start):
                continue  # "is expected": the longer cue names it
            # "had not been able to identify what the three objects were": a wh-clause is its own; so is
            # a modal's clause that a later finite verb closes ("The advice that Trump should steer clear of
            # Mueller is generally based on three premises").
            if not _is_false(text, low, match, sentence) and not WH_CLAUSE.search(low, match.end(), start) \
                    and not _relative_past(low, match.end(), start) and not (
                    kind == "negated" and NOT_UNTIL.search(low, match.end(), start)) and not (
                    kind == "projected" and _finite_verb_after(low, match, start)):
                if match.group() in SAYING_MODALS and REPORTED_THAT.search(low, match.end(), start):
                    continue  # "will tell the Senate panel that he assured Trump on three …": the saying's modal
                if _existing_amount(low, match, start, end, s_end):
                    continue  # "could affect the $1.5 billion in U.S. aid", "all four bills": an amount that exists
                if kind != "before" and not CONDITIONAL.fullmatch(match.group()) and OPINION_SUBJECT.match(low, end) \
                        and (kind == "projected" or SHARE.search(low, start, end)):
                    continue  # "… should be allowed only with restrictions and 50% think": an earlier clause's
                if not _reaches_forward(low, match, kind, start, end, right_end, time_figure):
                    continue
                if kind == "negated" and REFUSAL_OBJECT.fullmatch(low, match.start(), start) and \
                        not OWN_VERB_AFTER.match(low, end, right_end):
                    continue  # round 18: "The FBI denied 72,659 attempted gun buys": a count of refusals, no denial
                if kind == "projected" and _present_condition(low, match, start, end, s_start, s_end):
                    continue  # round 18: "if 82 percent of Democrats think …, then why": a premise, no hypothesis
                candidates.append((start - match.end(), "projected" if kind == "before" else kind,
                                   text[match.start():match.end()]))
        if kind == "before":
            continue
        after = list(pattern.finditer(low, end, right_end))
        if after and definite is None:
            definite = _definite_before(text, left_start, start)
        if definite and not (kind == "projected" and HEAD_FIGURE_MODAL.match(low, end) and
                             THE_RIGHT_BEFORE.search(low, max(left_start, start - 5), start)):
            continue  # (but "the two will discuss": the figure is the subject itself, those the modal's act is of)
        for match in after:
            # After the figure a cue governs it only as the verb of its noun phrase:
            # "100,000 troops could be", not "30 percent of the vote in some area doesn't mean".
            if kind == "negated" and match.group() == "no" and HAVE_BEFORE_NO.search(
                    low, max(end, match.start() - 12), match.start()):
                continue
            if kind == "negated" and match.group() == "not" and PARTICIPLE_AFTER_NOT.match(low, match.end()) \
                    and not AUXILIARY_BEFORE.search(low, max(end, match.start() - 12), match.start()):
                continue  # "protesters not wearing face masks": the participle describes the noun
            if match.group() in REFUSAL_VERBS and PASSIVE_BEFORE.search(low, max(end, match.start() - 12),
                                                                          match.start()):
                continue  # round 18: "only 2,352 had been denied", "18 of those cases were dismissed": refusals
            if match.group() in ("likely", "unlikely") and RATIO_BEFORE_LIKELY.fullmatch(low, end, match.start()):
                continue  # round 18: "are five times more likely to be homeless": a measured ratio, no forecast
            if match.group() == "if" and WHETHER_BEFORE.search(low, max(s_start, match.start() - 60), match.start()):
                continue  # round 18: "I asked one of them if we were allowed to leave": an indirect question's "if"
            if not _governs_backward(low, match, kind, start, end):
                continue
            if match.group() in PROPOSER_VERBS and OBJECT_OPENER.match(low, match.end()):
                continue  # round 18: "two influential senators last week proposed a compromise": the proposers
            if match.group() in MODALS and OPINION_SUBJECT.match(low, end, match.start()):
                continue  # round 18: "82 percent of Democrats think all semiautomatics should be banned": the view's
            if len(text[end:match.start()].split()) <= MAX_WORDS_TO_VERB and not _is_false(text, low, match, sentence) \
                    and not _reporting_between(low, end, match.start()):
                candidates.append((match.start() - end, kind, text[match.start():match.end()]))
    # (the participle alone, CUE_PREFILTER_MEASURE, is in every such match: without it the costlier search is skipped)
    measure_from = max(left_start, start - 100)
    measure = MEASURE_CHANGE_BEFORE.search(low, measure_from, start) if CUE_PREFILTER_MEASURE.search(
        low, measure_from, start) else None
    if measure:  # round 18: "legislation raising the national minimum wage to $10.10": the measure's goal
        candidates.append((start - measure.end("change"), "projected",
                           " ".join(text[measure.start():measure.end("change")].split())))
    consider_from = max(left_start, start - 40)
    consider = CONSIDERATION_BEFORE.search(low, consider_from, start) if CONSIDERATION_WORDS.search(
        low, consider_from, start) else None
    if consider and low[s_start:consider.start()].strip(OPENING_MARKS) and \
            not PREPOSITION_CONSIDERING.search(low, max(s_start, consider.start() - 16), consider.start()):
        # round 19: "are eyeing a $1 trillion measure": a plan under consideration, not decided
        candidates.append((start - consider.end("verb"), "projected", text[consider.start("verb"):consider.end("verb")]))
    goal = GOAL_AFTER.match(low, end, right_end)
    if goal and (SHARE.search(low, start, end) or MONEY_FIGURE.search(text, start, end)):
        # round 19: "below the central bank's 2 percent goal": the level aimed at
        candidates.append((goal.start("goal") - end, "projected", text[goal.start("goal"):goal.end("goal")]))
    if low.find("can", max(left_start, start - 40), start) >= 0 and \
            CAN_REACH_BEFORE.search(low, max(left_start, start - 40), start) and VOTES_AFTER.match(low, end, s_end):
        reach_cue = CAN_REACH_BEFORE.search(low, max(left_start, start - 40), start)
        candidates.append((start - reach_cue.end(), "projected", " ".join(text[reach_cue.start():reach_cue.end()].split())))
    if forecast_object:
        candidates.append(forecast_object)  # "than the 140,000 jobs economists expected": the forecast figure
    forecast = _forecast_clause_cue(low, start, s_start)
    if forecast:
        candidates.append((start - forecast.end(), "projected", " ".join(text[forecast.start():forecast.end()].split())))
    if not candidates:
        subject = _relative_subject_cue(text, low, start, end, left_start, s_end)
        if subject:
            candidates.append(subject)
    if not candidates:
        reaching = _reaching_cue(text, low, start, left_start, s_start, s_end)
        if reaching:
            candidates.append(reaching)
    if not candidates:  # a period to come is the reason only when no word of the clause gives one
        coming = _coming_period(text, low, start, end, left_start, s_start, s_end, time_figure)
        if coming:
            candidates.append(coming)
    if not candidates:  # round 19: "departs later on Monday for Hanoi to participate in two days of meetings"
        later = _later_point(text, low, start, left_start, right_end)
        if later:
            candidates.append(later)
    if reference_year:
        for match in YEAR_REFERENCE.finditer(text, left_start, right_end):
            if int(match.group("year")) > reference_year:
                candidates.append((abs(match.start() - start), "projected", match.group()))
    modals = [m.span() for m in NEGATED_MODAL.finditer(low, left_start, right_end)] if NOT_LETTERS.search(
        low, left_start, right_end) else []
    if modals:
        # "I wouldn't spend three days": the negation belongs to the modal; the modal decides.
        candidates = [(d, "projected", _modal_of(text, start, end, d, cue, modals) or cue)
                      if kind == "negated" and _modal_of(text, start, end, d, cue, modals) else (d, kind, cue)
                      for d, kind, cue in candidates]
    if not candidates:
        return "asserted", []
    candidates.sort()
    modality = candidates[0][1]
    if any(CONDITIONAL.fullmatch(cue) for _, kind, cue in candidates if kind == "projected"):
        modality = "projected"  # "If Judge Gorsuch can't achieve 60 votes": the condition governs
    cues = [" ".join(cue.split()) for _, kind, cue in candidates if kind == modality]
    return modality, list(dict.fromkeys(cues))


def _forecast_object_cue(text: str, low: str, start: int, end: int, left_start: int,
                         s_end: int) -> tuple[int, str, str] | None:
    """The verb of forecasting whose object the figure is, after "the", the figure and its noun ("more than the 140,000
    jobs economists expected", "below the 185,000 that economists expected"): a candidate (distance, "projected",
    verb), or None (:data:`FORECAST_OBJECT_AFTER`)."""
    if low.find("the", max(left_start, start - 30), start) < 0 or \
            not THE_BEFORE_FIGURE.search(low, max(left_start, start - 30), start):
        return None
    brk = CLAUSE_BREAK.search(low, end, s_end)  # "that"/"it" end the clause for other cues, not this one
    found = FORECAST_OBJECT_AFTER.match(low, end, brk.start() if brk else s_end)
    if found is None:
        return None
    return found.start("cue") - end, "projected", text[found.start("cue"):found.end("cue")]


def _relative_subject_cue(text: str, low: str, start: int, end: int, left_start: int,
                          s_end: int) -> tuple[int, str, str] | None:
    """The modal of the main verb after a relative clause or a participle phrase on the figure's noun, when the figure
    opens its clause ("One upscale tower that fell may have had a design flaw"): a candidate (distance, "projected",
    modal), or None (:data:`RELATIVE_THEN_MODAL`)."""
    found = _relative_then_modal(low, end, s_end)  # (first: without a modal after the figure the opening is not read)
    if found is None or not SUBJECT_OPENING.fullmatch(low, left_start, start):
        return None
    if OTHER_SUBJECT_BETWEEN.search(found.group("between")) or \
            MAIN_VERB_BETWEEN.search(found.group("between")) or _definite_before(text, left_start, start) or \
            REPORTING_BETWEEN.search(low, end, found.start("modal")) or OPINION_VERB.search(low, end, found.start("modal")):
        return None  # ("Nearly three-quarters of voters say companies receiving bailout money should")
    modal = MODAL_CUE.match(low, found.start("modal"))
    if modal is None or _is_false(text, low, modal, (left_start, s_end)):
        return None  # "apprehended after illegally crossing the southern border in May": a month
    return found.start("modal") - end, "projected", text[found.start("modal"):found.end("modal")]


def _relative_then_modal(lowered: str, end: int, s_end: int) -> re.Match[str] | None:
    """``RELATIVE_THEN_MODAL.match(lowered, end, s_end)``, tried only where :data:`MODAL_LETTERS` finds a modal."""
    return RELATIVE_THEN_MODAL.match(lowered, end, s_end) if MODAL_LETTERS.search(lowered, end, s_end) else None


def _coming_period_after(lowered: str, end: int, s_end: int) -> re.Match[str] | None:
    """``COMING_PERIOD_AFTER.search(lowered, end, s_end)``, tried only where :data:`COMING_WORD_LETTERS` finds a word
    of a period to come."""
    return COMING_PERIOD_AFTER.search(lowered, end, s_end) if COMING_WORD_LETTERS.search(lowered, end, s_end) else None


def _present_condition(lowered: str, cue: re.Match[str], start: int, end: int, s_start: int, s_end: int) -> bool:
    """Whether ``cue`` is an "if" opening a condition about the present whose subject the figure at ``start:end``
    is: right after "if" (:data:`CONDITION_SUBJECT_BEFORE`), with a verb of :data:`PRESENT_CONDITION_VERB` a few words
    after it (:data:`CONDITION_VERB_AFTER`, no modal between), and no cue of the future or a possibility in the rest of
    the sentence ("if 82 percent of Democrats think all semiautomatics should be banned, then why do only 46 percent
    …"; not "if 40 percent of the population is infected, a million would die")."""
    if cue.group() != "if" or ONLY_BEFORE.search(lowered, max(s_start, cue.start() - 8), cue.start()) or \
            not CONDITION_SUBJECT_BEFORE.fullmatch(lowered, cue.end(), start):
        return False
    brk = CLAUSE_BREAK.search(lowered, end, s_end)
    clause_end = brk.start() if brk else s_end
    verb = CONDITION_VERB_AFTER.match(lowered, end, clause_end)
    if verb is None or ANY_MODAL.search(lowered, end, verb.start("verb")):
        return False
    return not any(pattern.search(lowered, s_start, cue.start()) or pattern.search(lowered, clause_end, s_end)
                   for pattern in (PROJECTED_CUE, ANY_MODAL))


def _relative_past(lowered: str, begin: int, start: int) -> bool:
    """Whether a relative clause told in the past stands between a cue (ending at ``begin``) and the figure
    (:data:`RELATIVE_PAST`, :data:`RELATIVE_PAST_SUBJECT`)."""
    if lowered.find("that", max(0, begin - 1), start) < 0:
        return False  # (every match of either holds "that")
    if RELATIVE_PAST.search(lowered, begin, start):
        return True
    return any(match.group("before") not in COMPLEMENT_VERBS
               for match in RELATIVE_PAST_SUBJECT.finditer(lowered, max(0, begin - 1), start))


def _time_figure(lowered: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is a length of time: its surface ends with a unit of time ("18 months")
    or one follows it ("18 more months")."""
    return bool(TIME_UNIT_END.search(lowered, start, end) or TIME_UNIT_AFTER.match(lowered, end))


def _reaches_forward(lowered: str, cue: re.Match[str], kind: str, start: int, end: int, right_end: int,
                     time_figure: bool) -> bool:
    """Whether a cue before the figure reaches it, by round 12's rules (the older ones are read before).

    Not over a conjunction and a finite verb ("does not believe and is also one of the reasons"), nor into a
    clause the figure is the subject of ("will happen in nine countries and four of them are in Africa"), nor
    into a clause told in the past ("were expected Wednesday after officials counted several hundred thousand
    votes"); an adjective of possibility not over a preposition of another phrase ("possible American retaliation
    after firing ballistic missiles at two bases"); "eventually" before a past verb is no cue; "no" negates its
    noun, not a figure after a verb or a preposition ("no casualties had resulted from the 16 missiles"); a
    negation does not deny a definite amount ("not to compare the two viruses") nor how long its state lasted
    ("hasn't worked for the government for 18 months"); no cue reaches into a factive verb's clause ("would be
    surprised to learn that three-quarters of immigrants are here legally").
    """
    word = cue.group()
    tail = QUALIFIER_TAIL.search(lowered, cue.end(), start)
    before = tail.start() if tail else start  # where the figure's phrase begins
    conjunction = AND_BEFORE.search(lowered, cue.end(), start)
    if COORDINATED_VERB.search(lowered, cue.end(), start) or (
            conjunction and OWN_VERB_AFTER.match(lowered, end, right_end) and not CONDITIONAL.fullmatch(word)):
        return False  # not after "if": "If you and three other people are murdered" has one subject
    has_that = lowered.find("that", cue.end(), start) >= 0  # (FACTIVE_THAT's and CAUSE_CLAUSE's "that")
    if has_that and FACTIVE_THAT.search(lowered, cue.end(), start):
        return False
    if kind != "negated":
        return not (PAST_CLAUSE.search(lowered, cue.end(), start) or (
                    (has_that or lowered.find("because", cue.end(), start) >= 0) and
                    CAUSE_CLAUSE.search(lowered, cue.end(), start))
                    or (_attributive(lowered, cue) and ATTRIBUTIVE_BREAK.search(lowered, cue.end(), before))
                    or (word == "eventually" and EVENTUAL_PAST.match(lowered, cue.start())))
    if word == "no" and NO_NOUN_REACH.search(lowered, cue.end(), before) or \
            AND_PAST_VERB.search(lowered, cue.end(), start):
        return False
    definite = DEFINITE_RIGHT_BEFORE.search(lowered, max(cue.end(), start - 30), start)
    if definite and (word != "not" or lowered[cue.end():definite.start()].strip()):
        return False  # not "…, not the 148,000 it originally reported": a correction denies the definite amount
    if lowered[start:end] == "one" and PARTITIVE_OF_AFTER.match(lowered, end) and lowered[cue.end():start].strip() and \
            not SINGLE_BEFORE.search(lowered, max(cue.end(), start - 10), start):
        return False  # "didn't sneak into the FBI during one of the country's biggest holiday weekends": a member
    if UNTIL_AFTER.match(lowered, end, right_end) and PAST_AUXILIARY_BEFORE.search(
            lowered, max(0, cue.start() - 8), cue.start()):
        return False  # "Unemployment didn't fall below 5 percent until early 2016": it did, then
    return not (time_figure and DURATION_BEFORE.search(lowered, max(cue.end(), start - 40), start) and
                not NEGATED_MODAL.search(lowered, max(0, cue.start() - 10), cue.end() + 4))


def _attributive(lowered: str, cue: re.Match[str]) -> bool:
    """Whether a cue is an adjective of possibility before a noun ("13 possible ways", "possible American
    retaliation"), not a predicate ("likely to end up with", "deaths are possible") nor an adverb after an
    auxiliary ("have likely lost")."""
    return cue.group() in ATTRIBUTIVE_CUE and bool(ATTRIBUTIVE_NEXT.match(lowered, cue.end())) and not \
        AUXILIARY_BEFORE.search(lowered, max(0, cue.start() - 12), cue.start())


def _governs_backward(lowered: str, cue: re.Match[str], kind: str, start: int, end: int) -> bool:
    """Whether a cue after the figure may be its verb, by round 12's rules: a negation after a share is the
    view the share holds ("Seventy-five percent of those surveyed are not confident"), unless a negated modal
    ("20,000 refugees alone won't do it"); an adjective of possibility before a noun qualifies that noun ("13
    possible ways"); a cue after a preposition is a gerund's ("accomplices in trying to politicize"); a noun cue
    right after the figure is what it counts ("three plans on coronavirus"); a negation before "to" or "because" is
    an infinitive's or a reason's ("One local landlord has decided not to collect rent")."""
    if PREPOSITION_BEFORE.search(lowered, max(end, cue.start() - 10), cue.start()):
        return False  # a gerund, no verb of the figure: "one of the president's accomplices in trying to politicize"
    if kind == "negated":
        if NOT_UNTIL.match(lowered, cue.end() + 1) or lowered.startswith(" to ", cue.end()):
            # "spent … 674 days in vain … not because": a reason's negation; "One local landlord has decided not to
            # collect rent": an infinitive's
            return False
        return not SHARE.search(lowered, start, end) or bool(
            NEGATED_MODAL.search(lowered, max(0, cue.start() - 10), cue.end() + 4))
    if cue.group() in NOUN_CUES and not lowered[end:cue.start()].strip():
        return False  # "you released three plans on coronavirus": the cue is the figure's noun
    return not _attributive(lowered, cue)


def _forecast_clause_cue(lowered: str, start: int, s_start: int) -> re.Match[str] | None:
    """The last forecast with "that" before the figure in its sentence ("modeling that predicts that by imposing
    strict social distancing measures, the toll … can be reduced to somewhere between 100,000 and 240,000"),
    unless a contrast ("but", ";") stands between them."""
    forecast = None
    if lowered.find("that", s_start, start) < 0:
        return None
    for forecast in FORECAST_CLAUSE.finditer(lowered, s_start, start):
        pass
    if forecast is None or CONTRAST_BREAK.search(lowered, forecast.end(), start):
        return None
    return forecast


def _reaching_cue(text: str, low: str, start: int, left_start: int, s_start: int, s_end: int) -> tuple[int, str, str] | None:
    """A projection cue of an earlier comma-separated segment whose verb phrase runs on to the figure.

    "would be able to come in for jobs in construction, long-term care and other industries, ultimately up
    to 200,000 a year", "had promised to … cut government spending, including foreign aid, by 25%": the
    figure's segment holds no verb or subject of its own (:data:`OWN_CLAUSE`) and opens with a word that
    continues a verb phrase (:data:`CONTINUATION_OPENER`), or is an item of a list after a figure
    (:data:`LIST_ITEM_OPENER`: "would more than double the cost by adding $125 billion for …, $100 billion
    more for hospitals"); the segments between hold no verb or subject (:data:`MAIN_CLAUSE`). Not the start
    of a change ("from the current cap of 70,000 to 85,000": 70,000). Returns a candidate
    ``(distance, "projected", cue)`` or None.
    """
    opener = CONTINUATION_OPENER.match(low, left_start, start)
    list_item = opener is None and LIST_ITEM_OPENER.match(low, left_start) is not None
    if opener is None and not list_item or START_POINT.match(low, left_start, start):
        return None
    # A participle continues a modal's verb phrase ("would then become …, requiring 67 senators"), not
    # a forecast's ("was expected to defeat Brat …, outraising the college professor $5.4 million": a fact).
    cues = MODAL_CUE if opener is not None and (opener.group("participle") or opener.group("list_verb")) \
        else PROJECTED_CUE
    # Round 16: a "with" phrase continues the segment right before it only, and not a reported clause there ("174 Tory MPs
    # have publicly said they will vote for her, with 34 publicly against": the saying's circumstance)
    absolute = opener is not None and low[opener.start():opener.end()].strip() == "with"
    segment_start, segment_end = left_start, start
    for step in range(1 if absolute else REACH_SEGMENTS):
        if segment_start <= s_start or low[segment_start - 1] != "," or \
                (MAIN_CLAUSE if step else OWN_CLAUSE).search(low, segment_start, segment_end):
            return None
        previous = s_start
        for brk in CLAUSE_BREAK.finditer(low, s_start, segment_start - 1):
            if low[brk.start()] not in QUOTE_MARKS or _closing_attribution(low, brk, segment_start - 1):
                previous = brk.end()  # a quoted name inside a segment ('a $200 billion “heroes fund”') is no break
        if list_item and not step and not DIGIT.search(low, previous, segment_start - 1):
            return None  # no figure before the comma: an apposition, not a list
        cue = None
        for match in cues.finditer(low, previous, segment_start - 1):
            # not a relative clause's modal: "explosives that could penetrate US armored vehicles, killing almost 200"
            if not _is_false(text, low, match, (s_start, s_end)) and not WH_CLAUSE.search(low, match.end(), start) \
                    and not _finite_verb_after(low, match, start) and not RELATIVE_BEFORE.search(
                        low, max(previous, match.start() - 8), match.start()) and not (
                    absolute and REPORTING_BETWEEN.search(low, previous, match.start())):
                cue = match
        if cue is not None:
            return start - cue.end(), "projected", " ".join(text[cue.start():cue.end()].split())
        segment_start, segment_end = previous, segment_start - 1
    return None


def _closing_attribution(lowered: str, brk: re.Match[str], stop: int) -> bool:
    """Whether the quotation mark ``brk`` closes a quotation and its attribution follows up to ``stop`` (round 19:
    "“… whatever we must to keep our people safe,” Trump said, speaking to hundreds of family members"): a participle
    after the attribution continues the saying, not the quotation, whose cues it does not reach."""
    return lowered[brk.start() - 1:brk.start()] in QUOTATION_ENDS and \
        len(lowered[brk.end():stop].split()) <= ATTRIBUTION_WORDS and \
        bool(REPORTING_BETWEEN.search(lowered, brk.end(), stop))


def _mandative_cue(text: str, low: str, start: int, end: int, left_start: int, right_end: int) -> str:
    """The "ordered that" words when the figure is in the subject of a mandative clause ("has ordered that
    children under age 5 be reunited"), else ""."""
    if low.find("that", left_start, start) < 0:
        return ""  # (every match holds "that")
    verb = None
    for verb in MANDATIVE_THAT.finditer(low, left_start, start):
        pass  # the last one before the figure
    if verb is None:
        return ""
    be = SUBJUNCTIVE_BE.search(low, start, right_end)  # the figure itself may stand before "be" ("age 5 be")
    if be is None or be.group("before") in NOT_SUBJUNCTIVE_BEFORE or \
            len(text[end:be.start("before")].split()) > MAX_WORDS_TO_VERB:
        return ""
    return " ".join(text[verb.start():verb.end()].split())


def superseded_cue(text: str, start: int, end: int, s_start: int, right_end: int, *,
                   lowered: str | None = None) -> str:
    """The words that mark the figure at ``start:end`` as replaced by a revision, or "".

    "revised down to 138,000 from 196,000" and "the 196,000 first reported" mark
    196,000 ("instead of" is read by :func:`modality_of` with its context); the
    new figure (138,000) is not marked. The words before are read from the
    sentence (up to ``REVISION_REACH`` characters), not the clause: the new
    figure's thousands comma is no clause break.
    """
    low = lowered if lowered is not None else lower_keeping_offsets(text)
    revision_from = max(s_start, start - REVISION_REACH)
    before = SUPERSEDED_BEFORE.search(low, revision_from, start) if SUPERSEDED_BEFORE_WORDS.search(
        low, revision_from, start) else None
    if before:
        return f"{before.group('revision')} from" if before.group("revision") else " ".join(
            text[before.start():before.end()].split())
    after = SUPERSEDED_AFTER.match(low, end, right_end)
    if after:
        return " ".join(text[after.start():after.end()].split())
    early = EARLY_REPORT.search(low, s_start, start) if EARLY_REPORT_WORDS.search(low, s_start, start) else None
    if early and not CONTRAST_BREAK.search(low, early.end(), start) and not LATER_WORD.search(low, early.end(), start):
        return " ".join(text[early.start():early.end()].split())
    return ""


def _coming_period(text: str, low: str, start: int, end: int, left_start: int, s_start: int, s_end: int,
                   time_figure: bool) -> tuple[int, str, str] | None:
    """A period to come that projects the figure: a candidate (distance, "projected", cue), or None.

    A time figure after "the next" is that period ("within the next two weeks"); another figure is projected by
    such a period after it in its clause, a short parenthesis allowed between ("pledged as much as €1.5 billion
    ($1.6 billion) … over the next two years"). Not in a clause told in the past ("200 homes were destroyed over
    the next three days"), unless its verb is a commitment ("pledged", "announced").
    """
    if time_figure:
        found = COMING_PERIOD_BEFORE.search(low, max(s_start, start - 20), start)
        if not found:
            return None
        cue_start, cue_end, distance = found.start(), start, 0
    else:
        found = _coming_period_after(low, end, s_end)
        if not found:
            return None
        between = PARENTHESIS_BETWEEN.sub("", text[end:found.start()])
        if CLAUSE_BREAK.search(between.lower()) or COORDINATION.search(between):
            return None
        cue_start, cue_end, distance = found.start(), found.end(), found.start() - end
    for verb in PAST_VERB_WORD.finditer(low, left_start, cue_start):
        if verb.group() not in COMMITMENT_VERBS:
            return None  # a past narrative's period
    return distance, "projected", " ".join(text[cue_start:cue_end].split())


def _later_point(text: str, low: str, start: int, left_start: int, right_end: int) -> tuple[int, str, str] | None:
    """A point later in a day, week or year not over yet in the figure's clause (:data:`LATER_POINT`: "Trump departs
    later on Monday for Hanoi to participate in two days of meetings", "is idling a paper mill in Wisconsin later this
    month and cutting 900 jobs"): a candidate ``(distance, "projected", cue)``, or None when a verb of the clause is
    told in the past ("dropped it back to 10 later Sunday"), unless it is a commitment ("announced … later this year"),
    or when the figure ends a definite noun phrase, an amount that exists ("to scale back its $85 billion monthly bond
    purchases later this year").
    """
    found = LATER_POINT.search(low, left_start, right_end)
    if found is None or _definite_before(text, left_start, start):
        return None  # ("a meeting between the leaders of the world's two economic superpowers later this month")
    for verb in PAST_VERB_WORD.finditer(low, left_start, right_end):
        if verb.group() not in COMMITMENT_VERBS:
            return None  # a past narrative's later hour
    return abs(found.start() - start), "projected", " ".join(text[found.start():found.end()].split())


def clause_bounds(text: str, start: int, end: int, s_start: int, s_end: int, *,
                  lowered: str | None = None) -> tuple[int, int]:
    """Offsets of the clause around a figure: from the last break before it to the first break after it.

    After the figure an "and"/"or" that starts a new verb phrase also ends the
    clause; "between $40 billion and $45 billion" does not.
    """
    low = lowered if lowered is not None else lower_keeping_offsets(text)
    asides: list[tuple[int, int]] | None = None  # looked for at the first break before the figure, if any
    left_start = s_start
    for match in CLAUSE_BREAK.finditer(low, s_start, start):
        if low[match.start()] in NAME_MARKS and _quoted_name(low, match):
            continue
        if asides is None:
            has_dash = any(low.find(dash, s_start, s_end) >= 0 for dash in DASH_CHARACTERS)
            asides = _dash_asides(low, s_start, s_end) if has_dash and DASH.search(low, s_start, s_end) else []
        if not (asides and any(a <= match.start() < b <= start and len(low[b:start].split()) <= ASIDE_REACH
                               for a, b in asides)):
            left_start = match.end()
    right_end = s_end
    match = CLAUSE_BREAK.search(low, end, right_end)
    while match:
        if low[match.start()] in NAME_MARKS and _quoted_name(low, match):
            resume = match.end()
        elif low[match.start()] == "," and (aside := _comma_attribution(low, match.start(), right_end)):
            resume = aside.end()  # ("One solution, diplomats say, would be")
        else:
            break
        match = CLAUSE_BREAK.search(low, resume, right_end)
    if match:
        right_end = match.start()
    match = COORDINATION.search(text, end, right_end)  # case matters: "I", not "i"
    if match:
        right_end = match.start()
    cause = CAUSE_CLAUSE.search(low, end, right_end) if low.find("because", end, right_end) >= 0 or low.find(
        "that", end, right_end) >= 0 else None  # round 18: "would win just two seats because its support isn't"
    if cause:
        right_end = cause.start()
    return left_start, right_end


def _comma_attribution(lowered: str, position: int, stop: int) -> re.Match[str] | None:
    """The attribution between commas opening at the comma at ``position`` (:data:`COMMA_ATTRIBUTION`: ", Western
    diplomats say,"), or None; not one with a cue of its own (", as projected,", ", slightly below forecasts,", ", the
    IHME model predicts,"), which keeps its commas as breaks."""
    if lowered.find(",", position + 1, stop) < 0:
        return None  # no closing comma: no attribution between commas, and no regex run
    aside = COMMA_ATTRIBUTION.match(lowered, position, stop)
    if aside is None or any(cue.search(lowered, aside.start(), aside.end())
                            for cue in (PROJECTED_CUE, PROJECTED_BEFORE_CUE, NEGATED_CUE)):
        return None
    return aside


def _reporting_between(lowered: str, begin: int, stop: int) -> bool:
    """Whether a verb of saying stands between ``begin`` and ``stop`` (:data:`REPORTING_BETWEEN`: "44 percent said the
    U.S. should"), outside an attribution between commas (:data:`COMMA_ATTRIBUTION`: "one solution, Western diplomats
    say, would be")."""
    comma = lowered.find(",", begin, stop)
    aside = _comma_attribution(lowered, comma, stop) if comma >= 0 else None
    if aside is None:
        return bool(REPORTING_BETWEEN.search(lowered, begin, stop))
    return bool(REPORTING_BETWEEN.search(lowered, begin, aside.start()) or
                REPORTING_BETWEEN.search(lowered, aside.end(), stop))


def _dash_asides(lowered: str, s_start: int, s_end: int) -> list[tuple[int, int]]:
    """Spans of the short asides between a pair of dashes in the sentence, with no verb, figure or cue of their own
    (:data:`DASH_ASIDE`, :data:`ASIDE_WORDS`, :data:`MAIN_CLAUSE`): "will stop issuing permanent residency visas —
    commonly known as green cards — for 60 days". Neither dash ends the clause of a figure after them. (A figure inside
    an aside keeps its dashes as breaks: "a city of Houston’s size—2.3 million people—would have taken days".)"""
    return [match.span() for match in DASH_ASIDE.finditer(lowered, s_start, s_end)
            if len(match.group("aside").split()) <= ASIDE_WORDS and not MAIN_CLAUSE.search(match.group("aside")) and
            not DIGIT.search(match.group("aside")) and not any(
                cue.search(match.group("aside")) for cue in (PROJECTED_CUE, NEGATED_CUE, PROJECTED_BEFORE_CUE))]


def _quoted_name(lowered: str, brk: re.Match[str]) -> bool:
    """Whether a clause break is a quotation mark around a word or two ("would give the president “fast-track”
    authority to approve pending trade deals with 11 Pacific Rim nations"), a name or a term, or around a partial
    quotation inside the sentence ("expects to produce “millions of doses” by October"); or a parenthesis around a
    word or two ("(IHME)"). None is a clause break."""
    position = brk.start()
    if brk.group() in PARENTHESES:
        return bool(SHORT_PARENTHESIS.match(lowered, position) or SHORT_PARENTHESIS_END.search(
            lowered, max(0, position - 40), brk.end()))
    if brk.group() not in QUOTE_MARKS:
        return False
    return bool(QUOTED_NAME.match(lowered, position) or QUOTED_NAME_END.search(
        lowered, max(0, position - 40), brk.end()) or PARTIAL_QUOTE.match(lowered, position) or (
        WORD_AFTER.match(lowered, brk.end()) and PARTIAL_QUOTE_END.search(lowered, max(0, position - 64), brk.end())))


def _finite_verb_after(lowered: str, cue: re.Match[str], start: int) -> bool:
    """Whether a finite verb ("is", "have") with a subject of its own stands between a modal cue and the
    figure, so the modal's clause ended before the figure ("The advice that Trump should steer clear of
    Mueller is generally based on three premises", "could create … as we have known it for 30 or so
    years"). Not the modal's own verb ("could have had", "will only have", "have to wait"), nor a verb in a
    clause of time or condition the modal governs ("will keep the rate near zero until unemployment has
    fallen to 6.5 percent")."""
    if cue.group() not in MODALS:
        return False
    for verb in FINITE_VERB.finditer(lowered, cue.end(), start):
        word_before = lowered[max(cue.end(), verb.start() - 20):verb.start()].split()[-1:]
        if not word_before or word_before[0] in NOT_A_SUBJECT or word_before[0].endswith("ly") or \
                lowered.startswith(" to ", verb.end()):
            continue
        if not GOVERNED_CLAUSE.search(lowered, cue.end(), verb.start()):
            return True
    return False


def _existing_amount(lowered: str, cue: re.Match[str], start: int, end: int, right_end: int) -> bool:
    """Whether the figure at ``start:end``, after a projection ``cue``, names an amount that exists, which the
    cue does not project: after a modal, "the" before it and "in"/"of"/"at" after its noun ("could affect the
    $1.5 billion in U.S. aid"); after any cue, a preposition and a determiner before it ("in the five months
    of negotiations", "of its two seats in the Commons") or a preposition and "all" ("in favor of all four
    bills")."""
    window = max(cue.end(), start - 40)
    if BETWEEN_THE.search(lowered, window, start) or ALL_BEFORE.search(lowered, window, start) or \
            PARTITIVE_BEFORE.search(lowered, window, start) or AGENT_BEFORE.search(lowered, window, start) or \
            POPULATION_BEFORE.search(lowered, window, start) or \
            PAST_RELATIVE_AFTER.match(lowered, end, right_end):
        # "a “robust discussion” between the two leaders", "to all 50 states", "any of their five employees": the
        # parties, the set or its part there are; "hit by two deadly earthquakes", "two earthquakes that rocked the
        # region": what happened
        return True
    if cue.group() in MODALS and EXISTING_AMOUNT_BEFORE.search(lowered, window, start) and \
            EXISTING_AMOUNT_AFTER.match(lowered, end, right_end):
        return True
    before = PREPOSITIONAL_AMOUNT_BEFORE.search(lowered, window, start)
    if before is None or not (before.group("all") or before.group("determiner")):
        return False
    return bool(before.group("all") and not before.group("determiner")) or bool(
        before.group("determiner") and (EXISTING_AMOUNT_AFTER.match(lowered, end, right_end)
                                        or before.group("determiner").strip() in POSSESSIVE_DETERMINERS))


def _definite_before(text: str, left_start: int, start: int) -> bool:
    """Whether the figure at ``start`` ends a definite noun phrase ("its 29 electoral votes could")."""
    return bool(DEFINITE_BEFORE.search(text, max(left_start, start - 60), start))


def _is_false(text: str, lowered: str, match: re.Match[str], sentence: tuple[int, int] | None = None) -> bool:
    """Whether a cue (matched in ``lowered``) is part of a phrase that is no cue ("no more than",
    "than expected"), a capitalised word inside a sentence ("the end of May", "Will Smith") or before a
    finite verb ("May has served as prime minister"), a compound ("no-deal", "better-than-expected") or a
    quoted word ("67 “no” votes"). In a Title Case headline (``sentence`` given) a capitalised cue before
    another capitalised word is a cue ("Deaths May Be 'More Like 60,000'")."""
    if text[match.start()].isupper() and (
            text[max(0, match.start() - 2):match.start()].strip() not in ("", ".", "“", '"', "‘") and not (
            sentence is not None and CAPITALISED_NEXT.match(text, match.end()) and _title_case(text, *sentence))
            or NAME_VERB_AFTER.match(lowered, match.end())):
        return True
    if text[match.end():match.end() + 1] == "-" or text[match.start() - 1:match.start()] == "-":
        return True  # "no-deal", "better-than-expected": part of a compound adjective
    near = text[max(0, match.start() - 16):match.start() + 1]
    if ("“" in near or '"' in near) and (
            _in_quoted_name(lowered, match) or _titled_quote(text, lowered, _word_start(text, match.start()))):
        # a quoted word, named not said: "garnered 67 “no” votes", "makes “no difference” to 66 percent", "put a “Don't
        # Tread on Me” flag … on one officer's body"
        return True
    window_start = max(0, match.start() - 12)
    for false in FALSE_CUE.finditer(lowered, window_start, min(len(text), match.end() + 16)):
        if false.start() <= match.start() and match.end() <= false.end():
            return True
    return False


def _titled_quote(text: str, lowered: str, word: int) -> bool:
    """Whether the word at ``word`` is capitalised and opens a quotation inside the sentence: a title or a slogan
    ("a “Don't Tread on Me” flag"), named, not said."""
    return text[word:word + 1].isupper() and text[word - 1:word] in QUOTE_MARKS and \
        PARTIAL_QUOTE.match(lowered, word - 1) is not None


def _word_start(text: str, position: int) -> int:
    """Where the word holding ``position`` begins ("Don't" for the cue "n't")."""
    while position > 0 and (text[position - 1].isalpha() or text[position - 1] in "'’"):
        position -= 1
    return position


def _capitalised_in_quotes(text: str, start: int, s_start: int) -> bool:
    """Whether the figure at ``start`` is a capitalised word inside quotation marks opened a few words before it in
    the sentence (the so-called "Gang of Eight"): part of a name. A figure that opens the quotation is not."""
    if start <= s_start or not text[start:start + 1].isupper():
        return False
    before = text[max(s_start, start - 24):start]
    opening = max(before.rfind("“"), before.rfind('"'))
    return opening >= 0 and "”" not in before[opening:] and bool(before[opening + 1:].strip())


def _in_quoted_name(lowered: str, match: re.Match[str]) -> bool:
    """Whether a cue stands inside a quoted name of one or two words ("67 “no” votes", "“not free” members"), or
    opens a quoted phrase of three ("what one official called a “no fighting zone”")."""
    opening = max(lowered.rfind(mark, max(0, match.start() - 16), match.start() + 1) for mark in "“\"")
    if opening < 0:
        return False
    quoted = QUOTED_NAME.match(lowered, opening) or (QUOTED_PHRASE.match(lowered, opening) if opening + 1 ==
                                                      match.start() else None)
    return quoted is not None and quoted.end() >= match.end()


def _title_case(text: str, s_start: int, s_end: int) -> bool:
    """Whether the sentence is a Title Case headline: most of its words of four letters or more capitalised."""
    return title_case(TITLE_WORD.findall(text, s_start, s_end))


def _modal_of(text: str, start: int, end: int, distance: int, cue: str, spans: list[tuple[int, int]]) -> str:
    """The negated modal holding a negation cue found ``distance`` characters before ``start`` or after
    ``end``, or ""."""
    for position in (start - distance - len(cue), end + distance):
        for s, e in spans:
            if s <= position and position + len(cue) <= e:
                return " ".join(text[s:e].split())
    return ""


def _within_cue(lowered: str, match: re.Match[str], left_start: int) -> bool:
    """Whether a forecast word is part of a longer projection cue ("is expected" holds "expected")."""
    return any(other.start() <= match.start() and match.end() <= other.end() and other.group() != match.group()
               for other in PROJECTED_CUE.finditer(lowered, max(left_start, match.start() - 12), match.end()))


def _year_of(published: str | None) -> int | None:
    try:
        return dt.date.fromisoformat(str(published)[:10]).year if published else None
    except ValueError:
        return None


def _reference_years(columns: Mapping[str, Sequence[Any]], count: int) -> list[int | None]:
    """Publication year of each claim: the year of ``claim_date`` when it defaulted to publication."""
    if "claim_date" not in columns:
        return [None] * count
    cues = list(columns["date_cue"]) if "date_cue" in columns else [""] * count
    years: list[int | None] = []
    parsed: dict[str, int | None] = {}  # a document's claims mostly share one date: each is read once
    for date, cue in zip(list(columns["claim_date"]), cues):
        if isinstance(cue, str) and cue:
            years.append(None)
            continue
        day = str(date)[:10]
        if day not in parsed:
            try:
                parsed[day] = dt.date.fromisoformat(day).year
            except ValueError:
                parsed[day] = None
        years.append(parsed[day])
    return years


def _join(existing: object, cues: list[str]) -> str:
    """``existing`` hedge cues followed by new ones, ';'-separated, without duplicates."""
    if not cues and isinstance(existing, str) and ";" not in existing:
        return existing if existing.strip() else ""  # most figures: one cue or none, nothing to add
    parts = [p for p in str(existing).split(";") if p.strip()] if isinstance(existing, str) else []
    for cue in cues:
        if cue not in parts:
            parts.append(cue)
    return ";".join(parts)
