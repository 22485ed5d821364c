"""When each figure was stated or refers to (``claim_date``, ``date_precision``, ``date_cue``),
and the publication date a text states about itself.

Date expressions are found with compiled regexes in the figure's sentence only
("on Tuesday", "Wednesday (13)", "yesterday", "last week", "in October", "last
July", "as of November 5", "two years ago", "in 2011", "on Patriots' Day", "in
the 1990s", "two weeks before the 2004 election") and
resolved against the publication date from the regex groups (month, day, year);
dateparser (cached) reads only the free-form publication lines, never whole
texts. The regex is tried only next to words every date contains (a month, a
weekday, "week", a year...), so sentences without one cost a single fast scan.

Which expression dates a figure:

- the one nearest the figure, except one that describes another event: a date
  inside a relative clause ("the quake that hit on Monday"), or after
  "following"/"since" ("… 16 babies … following the tremors on Monday"). A
  statement's date dates the relative clause it introduces ("Gallup reported
  yesterday … which puts the rate at 8.3 percent");
- a figure inside its expression is dated by it ("two years ago");
- past events: a date naming an event the figure is told of ("last July's
  shooting that left 12 dead", "the Aug. 15 car bombing that killed 27") dates
  the figure to the event once the event ended ``PAST_EVENT_DAYS`` before
  publication. Until then a toll next to the event's date is still being
  counted and is the count at publication ("the Feb. 6 quake that killed more
  than 46,000" two weeks on). So the rules compare an old event's toll with
  that period's claims only, never with today's. A recent event's other
  figures are its own once it is over and its clause is told in the past
  ("put a counter-proposal on the table last week that included $800
  billion"); only a toll (words in date_words.yaml ``toll_words``) waits;
- deadlines: "100,000 deaths by June 1", "reunified by 26 July", "by the end of
  May" date the figure to the deadline, at its precision. The figure is what is
  claimed for that day (a forecast, a target, a required act), and that is the
  day a fact-checker can check it on; ``modality`` says it is projected. A bare
  year after "by" dates only the figure right before it, a few words of its
  phrase between ("cut emissions by 30 percent by 2030", "soared to about 45
  percent by 1970"); elsewhere it often ends another clause ("exhausted by 2036,
  and that $6.5 trillion …") and is not read. A weekday after "by" is the coming one
  when a word of requirement governs it ("must be postmarked by Tuesday",
  "ordered that … be reunited by Tuesday"); otherwise "by Tuesday" closes a past
  count ("had received 150 reports by Tuesday");
- a date closing a short relative clause on the figure's own noun dates it ("the
  1.6 million arrests that happened in 2000"), except a recent event's toll; so
  does one closing a short "after" + gerund clause ("apprehended after illegally
  crossing the southern border in May");
- an end point after the figure ("until", "through the end of") is the end of a
  span that runs on, not the figure's time, unless a period ends there ("the week
  through July 10") or a forecast runs up to it; a figure in a later coordinate
  clause told as a possibility (", so any … would be") is not of the date the
  clause before names;
- a full date with its year after "on" that closes the sentence dates the
  scene the sentence tells, across clause breaks and "after"/"when" ("Miracle
  Boyd, an 18-year-old activist …, speaks into a megaphone … on July 11, 2020.",
  a photo caption), unless a relative clause holds it; a gallery's counter
  ("Hide Caption 32 of 50") is left alone; so does a day without its year in a
  sentence told in the past ("Nearly 300 people were killed when the Malaysian
  plane was shot down by a missile on July 17."), not after "after"/"since";
- "as of" alone after a comma dates the clause before it ("… confirmed to have
  COVID-19, as of April 28."); a day opening its sentence with a verb of saying
  after it ("On Thursday, … Zhao Lijian tweeted that …") is a statement's day for
  the quotation that follows;
- a figure whose item points back ("at the time", "that month", ", then 32,")
  takes the last date of the two sentences before; so does a narrative "then"
  ("The B-1s then flew …", "Then, 100 children were brought in") when that date
  is a recent day (a told step, not one to come); a quotation without a date
  of its own takes the day its speaker was said to speak in the sentence before
  ("Brat said … on Wednesday. “Forty guys …”"), and so does a sentence
  attributed to a pronoun ("…, he said.") after one that tells a statement's day.

- a sentence told in the past with no date of its own goes on with the time the
  sentence right before it (same paragraph) names first: "The US economy added
  223,000 jobs in April …. The unemployment rate fell to 5.4 percent." (April).
  Not when the sentence speaks of the present or future ("Wages have risen"),
  of a time before ("had forecast") or moves the time ("About a year later",
  a narrative "then"), nor from a date after a relative pronoun or a word of
  another event ("comes after the State Department, in a Friday news dump,
  released …") or one that describes an object ("the cause of last week's
  fire"), nor from a period not yet over ("this year"). A past-tense sentence
  without a date word passes that time on, one step ("As ProPublica reported
  last month, New York lost …. New Jersey … lost …. In Florida, … 1.6% of 73,000
  … died"); a new paragraph stops it.

- a possessive date right before a figure, with at most two modifiers (and an
  "of") between, makes the figure that period's or event's own measure: "from
  April's 7.5 percent", "in Monday's 7.8-magnitude earthquake", "since 2014's
  $92 billion", "last month's loss of 28,000", recent events too; not a toll
  ("last week's killing of 12") nor across a phrase of its own ("last week's
  earthquake after 228 hours");
- a span of past years after a figure ("34 … matters between 2005 and 2008",
  "three times from 2016 up until 2017") dates it by its end, at the end's
  precision; not a span still to come ("from 2013 to 2022"), a change between
  its ends ("shrunk nearly 30 percent from 2007 to 2014"), a figure describing a
  noun ("the 48-page indictment"), nor a figure after the span.
- a month or a year as the subject of "saw", "brought", "marked" ("February saw
  a payroll gain of 230,000", "2017 saw") dates the figures of its clause.

Round 12:

- a figure in a clause told in the present after a date in a clause told in the
  past is of now ("took part in the subway bombing Tuesday …, meaning there are
  potentially two"), unless the date is a statement's or opens the sentence;
- a long-past date opening its sentence ("In 2012, Mitt Romney, who suggested …,
  won just 27 percent") dates the relative clauses in it too, and in a long-past
  event's relative clause a participle after a comma goes on with it ("…, in
  which a gunman opened fire …, killing 12");
- a year after "by" right after a figure ("cut emissions by 30 percent by 2030");
- "the previous year" counts from the time told before, not from publication,
  and not after a comparison ("up 3.2 percent over the previous year");
- a weekday after "a single", "each", "every" names no day ("every Saturday
  night"); "By evening", "that same day" point back like "that day";
- a relative clause of up to seven words on the figure's noun that a date closes
  dates the figure ("42 percent who felt that way at the end of last year");
- a month or weekday right after a verb in the past is not the coming one ("a
  poll conducted in January" after "would"); a weekday named with a day of a
  month picks its year ("Wednesday, January 7"); a month after "by" is the
  coming one ("wants 95 percent of power back by mid-December") unless the
  sentence is told in the past.

Round 13:

- a figure that counts a time back from now ("the bloody Tiananmen Square crackdown
  25 years ago", "since Hamas took control of Gaza seven years ago", a headline "5
  years ago") is a span measured on the day it is stated: no date of its sentence
  dates it ("That war, 20 years ago next month"); the sentence's other figures keep
  the time it points to ("killed 12 people 25 years ago");
- a statement's date after a break ("…, the … Center said late Sunday night") dates
  a figure before a relative clause the break closed ("Gia Soriano, 14, who had been
  in critical condition …, died at a hospital"); a verb of saying in the passive
  ("was reported on February 26") tells an event, no statement;
- a figure in a short phrase right after the date of a person's relative clause
  goes on in that clause ("a … leader who died last week at age 95", "who died in
  2003 at the age of 82"); not after a verb that opens the main clause again, nor
  in an event's clause ("quakes that struck … last week to 36,187");
- a run of spaces before a lower-case word is a slip inside a sentence, not a lost
  full stop between RSS items ("7.6-magnitude quakes  struck … on Monday");
- a date in the base of a comparison ("compared to the same period in FY 2018",
  "60% compared to 11% in 1997") dates only the base's own figure; a change across
  the comparison ("… in FY 2019 compared to … FY 2018 jumped by a staggering 406
  percent") is dated by neither end, as a change between a span's ends is not;
- "June of this year", "March of last year" are months; a span of years may end
  in one ("from October 2017 to June of this year");
- a number of a photo gallery's counter ("Hide Caption 50 of 61") is of no time the
  caption names;
- "a day after" / "two days after" an event: the figures of the event's clause are
  of that many days before the sentence's own day (a date before it, else one after
  the clause, else publication): "Rescue operations under way …, a day after a
  magnitude 7.8 quake hit"; not a toll, not when a verb of saying stands between
  that day and the expression, not with a rough or longer count;
- an adverb of time alone between a comma and a date ("…, southern Turkey, late on
  Tuesday night") makes the date an adjunct of the clause before, as "as of" does;
- a toll told in the present perfect in a later clause than an event's past date
  ("On February 6, an earthquake hit …, with reports stating that more than 22,000
  people in total have died", "a global pandemic that has killed thousands") is the
  count so far, of publication; not after a count's date ("As of Wednesday", "By
  July"), a statement's, or a period not over ("This year alone").

Round 14:

- a verb of saying, the medium it was said in and its day before "that" ("wrote in a now-deleted Facebook post
  Friday that", "said in a statement late Saturday that") make "that" a conjunction: the day dates what was said;
- a wire photo caption's closing day with its year after a comma ("…, in Seoul, South Korea, May 28, 2020.")
  dates its scene as "on May 28, 2020." does; a gallery counter's first number ("Hide Caption 46 of 76") is
  read with its total and is of no time;
- a date on a statement noun ("According to Tuesday's report, 12 …", "for Thursday’s session", "BuzzFeed’s
  Thursday night report claimed"; ``statement_day_nouns``) is the statement's day, not a noun's description;
- "before"/"after" opening a short clause told in the past that a later date closes ("the 38-minute delay before a
  correction was issued on Saturday", "murdered 12 and wounded three others before he was killed by police two
  years ago") tells the figure's own next step: the date is the figure's too; not from a clause told in the
  present ("400 people remain missing after a cruise ship capsized on Monday"), nor a recent day's toll, nor a
  count of days or more measured from that event ("took more than four months after … in February");
- a figure among the speakers ("One of the officials said the item appeared in Mr. Trump's brief in late
  February", "Three sources told CNN that Trump will meet … on Tuesday") is not dated by a date inside what they
  report; unless they report their own act ("582,000 more people said they took part-time work … last month");
- an event's clause ends with its sentence: a present form in the next one ("… is concerned") does not make the
  figures of "the April 15 blasts that killed three people" a count so far;
- a date in a participle's phrase set off by commas after the subject ("That Senate measure, passed in June with
  some GOP support, includes …", "the plant, slated to shut down in June 2017, would preserve 35 jobs") describes
  the subject: a main clause told in the present or as a possibility after it is of now;
- a source's date after "from" ("according to the Reuters/Ipsos poll from April 27-28", "a … poll from September
  2017 found") dates what the source found, after the figure too: no start of a span or a comparison;
- an appositive of names right after the figure's noun ("two prominent Fox News hosts, Chris Wallace and Shepherd
  Smith, harshly criticized … on Friday") is no clause break, before a verb in the past;
- "N years after" an event ("15 years after the attacks that killed nearly 3,000 people") dates the figures of the
  event's clause N years before the sentence's time, at year precision, its toll too; not a rough count
  ("Several years after"), nor a main clause told in the present ("four years after its initiation is still
  approving 93 percent").

Round 15:

- a relative clause on the figure's noun that a date closes may follow an "of"/"from" phrase of the noun and hold a
  place's name or an amount after its verb ("one of three teenage girls from London who ran away to Syria in
  2015", "a third of Americans who earned less than $65,000 last year", "the 1 million migrants that crossed the
  Mediterranean in 2015"); a comma between digits is no clause break between a figure and a later date;
- "had" before an amount or a determiner is a main verb in the simple past, no past perfect ("The left-leaning New
  Democrats had just over 19 percent of the vote", "New Jersey, which had a similar policy, lost roughly 12%"): the
  sentence goes on with the time told before; "at the time of" names a time of its own and stops it.
- a figure that counts a time back ("as it did two months ago") is measured on the day it is stated: a
  statement's day before it in its sentence ("The Washington Times reported Monday that …") dates it.
- an "as of" date after the figure, before any other number or the sentence's end, is the day it was counted and
  outweighs a report's day before it ("The report ICE filed in court Friday shows that 185 children were detained …
  as of the end of last week").
- a figure in an opening adverbial phrase ("In Trump’s first attempt at ending the six-year Syrian civil war, the
  United States, Russia and Jordan on Friday reached a ceasefire", "After one week of lying in the rubble …, a girl
  was … rescued … on Monday") is dated by the main clause's date when that clause is told in the past.

Round 16:

- a new paragraph told in the past goes on with a month the last sentence of the paragraph before names ("U.S.
  employers added a robust 263,000 jobs in April, …" / "The unemployment rate fell to a five-decade low of 3.6%"):
  the period a report covers; not a day or a week (a new paragraph often tells another event or statement), nor a
  paragraph with a verb of the present in "-s" ("It comes as the number … reached 5,373") or a "would";
- "the next year", "the next month" count from the time told before (SHIFTED_TIME), not from publication ("would rise
  to 35,000 the next year");
- a "would" after a date tells no coming date when it is a counterfactual past ("would have kept") or opens a relative
  clause after the date ("failed to pass four … bills in February, one of which would have kept …", "moved forward
  Tuesday on two proposals that would curb …");
- a relative clause on the figure's noun that a date closes may hold up to nine words after its pronoun ("the 1.3
  million Americans who received their final check in federal unemployment benefits last week"), none a pronoun of
  a clause inside it ("19 months that might reignite the civil war that wrecked this country from 1975 to 1990");
- a capitalised "Within" with a count and a comma ("In 2017, … . Within two years, Homeland Security Investigations
  had conducted …") moves the narrative on as "two years later" does; not "Within 48 hours of the attack";
- a span of days after "between"/"from" ("surveyed 800 adults between Jan. 25 and Jan. 28", "had deported 110,937
  people … between Oct. 1 and June 1", "Between April 5 and May 8, 42 people … would test positive") is dated by its
  last day, as a span of years is, figures before and after it alike; not a change across it ("rose 5 percent from
  Jan. 2 to March 1"); without "between"/"from" only days joined by a dash make one ("conducted April 22-25");
- an irregular past after "and" shares the date closing the verb phrase before it, as one in "-ed" does ("toured the
  … border near Nogales on Thursday and met with … the state's four border sheriffs");
- "that" after a verb of saying and its medium holding a date ("found in a November survey of Latino voters that",
  "said in a December 4 letter to Wilson that") opens what was said: the medium's date dates it;
- a capitalised period after an opening quotation mark or a possessive ("told ABC's “This Week” program") is a
  programme's name, no date;
- a month modifying a source's noun after a determiner ("The May jobs report showed gains …", "the September figure
  still stands at 7.8 percent"; SOURCE_MONTH) dates what the source found, as a source's year does;
- "a year earlier" after "compared with" or "from" is a comparison's base, no time the narrative moves to
  (SHIFT_BASE_BEFORE); "More than two weeks later" still moves it.

Round 17:

- a quotation attributed by name ("“… a $75 million airplane …,” Mr. McCain said.", "“… hundreds of foreign
  criminals …,” Babeu said in the letter."; NAMED_SAYER) without a date of its own takes the recent day named last
  in the two sentences before when that day's sentence names the same surname before it ("The White House and Mr.
  McCain got into a back-and-forth … on Wednesday.", "Sheriff Paul Babeu … fired off a terse letter … Thursday"),
  across a paragraph break too; not a possessive day ("hardest hit by Monday’s devastating earthquakes"); so does
  reported speech opened by the speaker's name (NAMED_SAYER_OPENING: "Rubio, under fire for …, said he would
  support a law that would prevent 18-year-olds …") when the day's sentence has a verb of saying ("told … Rubio … at
  a town hall … on Wednesday night"), not an act's day ("Jennifer Hulan opened up … on May 1");
- the main clause after an opening phrase ends at a clause break after its date when its subject and past verb stand
  before the date ("In a fiery speech to hundreds of law enforcement officers, the acting director … excoriated … on
  Wednesday, saying he’ll …"): the participle's "he’ll" does not make it a clause told in the present.

Round 18:

- a verb whose past is spelt as its present (``same_form_past_verbs``: "set", "cut", "hit") after a name, a pronoun
  or a plural noun tells the past in a sentence with no word of the present (SAME_FORM_PAST), so the sentence goes on
  with the date the one before named ("A gun buyback program held last week … . Organizers set aside $4,000 …");
  a window up to publication in the sentence ("hit an all-time high in past 12 months"; TRAILING_WINDOW) is a time
  of its own, and no date is carried to it.
- a time after "beyond" ("rates would remain near zero beyond the end of 2014"; BEYOND_AFTER) is where a span runs
  on past, not the figure's time nor a deadline, even in a forecast.

Round 19:

- "when" right after a date opens a clause that tells what happened then (WHEN_CLAUSE_AFTER_DATE: "a repeat of
  2009, when a three-week ground offensive resulted in the deaths of at least 1,400", "since October 2014, when 33
  security personnel were killed"): the figures of that clause, up to its first break, are the date's; not a figure
  after the clause closed ("In 1994, when …, 38 House Republicans", dated by the opening date as before);
- a span of years opening its sentence before a comma ("Between 2007 and 2016, the number … declined from about 6.9
  million people to 5.5 million", "Between 1966 and 2012, there were 90 mass shootings") frames the main clause and
  dates its figures by its end, as one after the figure does; not a change across it ("From 2007 to 2014, background
  checks … increased by 144 percent"), nor a clause told in the present;
- the count of a time counted back from a date told before ("the Bay of Pigs invasion … exactly two months earlier"
  after "On June 17, 1961") is a distance measured on that date, as "25 years" in "25 years ago" is measured on the
  day it is stated: the count is of the date counted from (``DateCue.counted_from``); a count of "later" still ends
  at the later time ("divorced two years later"). A shift counts only from a date of its own RSS item: a headline's
  "two weeks ago" before a run of spaces is not what "twin earthquakes two weeks earlier" counts from.
- an aside between dashes right before "that" (ASIDE_BEFORE_THAT: "said in a statement on Thursday – after he was
  released – that he had only met with Stone on three occasions") interrupts the verb and what it reports: "that" is
  read as it would be at the aside's opening, so the statement's day dates what was said.
- a date closing a contact relative clause (CONTACT_RELATIVE_BEFORE: a noun, a subject pronoun or a possessive's
  noun, a past verb: "a bill he introduced months ago", "The linguist his proxies killed on Dec. 27") tells when the
  noun's act happened: a figure outside the clause, before its noun phrase or after a break that ends the clause
  ("…, Nawres Hamid, was merely his last victim out of more than 600"), or one that compares with the noun ("down
  23.7 percent from the peak it reached October 3") is not dated by it; a figure of the clause's own noun keeps it
  ("the nearly 10 percent of the economy they represented in 2009", "revised down the number of migrants it took
  in last year to 890,000"), and so does a noun of time, whose clause dates its sentence ("By the time he arrived on
  Sunday, one was dead").
- the two levels of a change across a span of years (FROM_LEVEL_BEFORE, TO_LEVEL_AFTER: "rose very slowly, from 4.0
  percent of the adult population to 4.4 percent", "increasing from 16,599 to 23,854" after "Between 1999 and
  2017,"): the level after "from" is of the span's first year, the one after "to" (or a figure holding the whole
  pair) of its last.
- a recent event's toll waits (is of publication) only when the event's toll keeps growing (``rising_toll_events``:
  a quake, a storm, an epidemic, a war): an attack's toll is known at once and is of its day ("an Aug. 21 sarin gas
  attack that the U.S. said killed 1,429 people" three weeks on, "the Wednesday morning attack that killed at least
  14 people"), when the relative clause is on the date's event: only its noun phrase stands between them, no verb
  nor break but a comma before the pronoun ("last week's deadly attacks …, in which twelve …").
- an opening "Under …" phrase naming a document and the day it was made (UNDER_DOCUMENT_BEFORE: "Under the deal
  signed on Saturday, foreign forces will withdraw … within 14 months", "Under the … Appropriations Act of 2018,
  signed by the president in March, Pakistan would not be refunded … unless … 12 counterterrorism efforts") dates
  what the main clause right after it says the document provides; not a main clause told in the present ("…, the
  U.S. is giving"). A month or weekday after such a participle (DOCUMENT_PARTICIPLE: "signed by the president in
  March", "Mexico agreed in August to provisions that would require 40 percent") is past, whatever "would" follows.

Round 20:

- a window up to publication opening its sentence, in any case ("Over the past year, the unemployment rate has hovered
  at or just below 8 percent", "In the past week, Trump has tweeted … 18 times"; TRAILING_PERIOD_BEFORE) leaves the
  figure of publication, as one inside the sentence does; "the coming week" is the week ahead and "the past weekend"
  the weekend before, no window.
- a year right before ", when" that no date expression reads (YEAR_BEFORE_WHEN: "since at least 2015, when The New
  York Times reported", "since 1984, when more than 3,000 members … were killed", "from fiscal year 2017, when 55,584
  claims were made") dates the figures of its "when" clause, as a date expression's clause is dated in round 19,
  when the clause tells a past or a coming time ("until 2036, when he will be 83"), not "whenever" in the present.

Round 22 (constructions counted over AllSides, not read off labelled rows):
- a time clause opening the sentence, its date closing it before a comma (OPENING_TIME_CLAUSE: "When the western part
  of the city fell in June, thousands of civilians had died", "By the time he arrived on Sunday, one was dead"; ~100
  in AllSides), frames the main clause unless that clause is told in the present; "since" is a span up to now and
  is left out;
- "As recently as 2012," / "as far back as 2008" (47 in AllSides) and "By the early 1990s," (11) name the year or
  decade of their clause (date_words.yaml year_limit_words; DATE_EXPRESSION's year and decade branches).

A decade ("in the 1990s", "during the early 2000s") is dated by the first year of
it or of the part named (``decade_parts`` in date_words.yaml) at year precision:
the column contract has no decade precision, a timeline still needs a place for
the figure, and ``date_cue`` keeps the words. A part of a year ("in early 2017",
"in the first half of 2012") and a fiscal year ("in fiscal 2011") are dated by the
year, as is a source's year with its name between ("A 2009 Government
Accountability Office report").

"over the last year", "in the past week" (with "the") are a trailing window that
ends at publication, so they leave the figure dated by publication; "last year"
alone is the calendar year before.

Without any, the figure is dated to the publication day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterator, Mapping, Sequence

import pandas as pd

from checker.attribute import quote_spans, with_columns
from checker.columns import require_columns
from checker.patterns import both_cases, phrase_alternation
from checker.text import UPPER_LETTERS, sentence_spans
from checker.vocab import load_vocab

#: Columns this stage needs and adds.
REQUIRES = ("start", "end", "sentence_start", "sentence_end")
ADDS = ("claim_date", "date_precision", "date_cue")

_WORDS = load_vocab("date_words")
_MONTHS = {k.lower(): v for k, v in _WORDS["months"].items()}
_WEEKDAYS = [w.lower() for w in _WORDS["weekdays"]]
_COUNTS = {k.lower(): v for k, v in _WORDS["counts"].items()}
_RELATIVE_DAYS = {k.lower(): v for k, v in _WORDS["relative_days"].items()}
_HOLIDAYS = _WORDS["holidays"]
_SEASONS = {k.lower(): v for k, v in _WORDS["season_months"].items()}
_ZONES = {k.upper(): float(v) for k, v in _WORDS["time_zones"].items()}
_TENS = {k.lower(): v for k, v in _WORDS["tens"].items()}
#: The year a relation word names, from publication's ("June of last year").
_YEAR_RELATIONS = {"last": -1, "this": 0, "next": 1}
_SAYING = load_vocab("speaker_verbs")


# --- parts -----------------------------------------------------------------------

# A month name or abbreviation ("Nov.", "Sept", "November"); capitalised only.
MONTH = rf"(?:{phrase_alternation(w for w in _WORDS['months'])})\.?"

# A day of the month: "5", "5th".
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"

# A year of the last or this century.
YEAR = r"(?:19|20)\d{2}"

# A fiscal year's words before its year: "fiscal year 2014", "fiscal 2011", "FY 2014".
FISCAL_YEAR = r"(?:fiscal(?:[ \t]+year)?|FY)"

# The part of a year before it: "early 2017", "mid-2015", "late 2019" (words in date_words.yaml year_parts).
YEAR_PART = rf"(?:{phrase_alternation(_WORDS['year_parts'])})(?:-|[ \t]+)"

WEEKDAY = rf"(?:{phrase_alternation(_WORDS['weekdays'])})"
DAY_PART = rf"(?:{phrase_alternation(_WORDS['day_parts'])})"
# A season: "summer", "fall", "autumn".
SEASON = rf"(?:{phrase_alternation(_WORDS['seasons'])})"
# A month's year named relative to publication, after the month: "June of this year", "March of last year" (a
# template: ``name`` is the group of the relation word, one per branch of DATE_EXPRESSION that uses it).
MONTH_OF_YEAR = r"[ \t]+of[ \t]+(?P<{name}>(?i:this|last|next))[ \t]+year"

# A count in digits or words, "twenty-five" included.
COUNT = (rf"(?:\d+|(?i:(?:{phrase_alternation(_WORDS['tens'])})(?:[- ](?:{phrase_alternation(_WORDS['counts'])}))?"
         rf"|{phrase_alternation(_WORDS['counts'])}))")
PERIOD_PREPOSITION = rf"(?:{phrase_alternation(_WORDS['period_prepositions'])})"


def _apostrophe_forms(name: str) -> list[str]:
    """A name with a straight and with a curly apostrophe ("Patriots' Day", "Patriots’ Day")."""
    return list(dict.fromkeys((name, name.replace("'", "’"))))


# A named day ("Christmas", "Memorial Day", "Patriots’ Day", "Thanksgiving"): its rule is in date_words.yaml.
HOLIDAY = rf"(?:{phrase_alternation(form for name in _WORDS['holidays'] for form in _apostrophe_forms(name))})"

# --- date expressions (one alternation, one named group per kind) ----------------------

DATE_EXPRESSION = re.compile(
    # "between Oct. 11 and Dec. 1", "from Sept. 6 through 8", "between Dec. 10, 2012 and Jan. 8, 2013": a span of days,
    # dated by its last day (round 16); not "from May 5 to 10 percent". It starts after its "between"/"from", so that
    # a source's "poll from April 27-28" reads as before; tried before "Oct. 11" alone. Without "between"/"from" only a
    # dash joins its days ("The Gallup poll was conducted April 22-25").
    rf"(?P<day_span>(?P<ds_opened>(?<=[Bb]etween[ \t])|(?<=[Ff]rom[ \t]))?(?P<dss_month>{MONTH})[ \t]+(?P<dss_day>{DAY})"
    rf"(?:,?[ \t]+(?P<dss_year>{YEAR}))?"
    rf"(?(ds_opened),?[ \t]*(?:and|to|through|(?:up[ \t]+)?(?:un)?til|[-–])[ \t]*|[-–])"
    rf"(?:(?P<ds_month>{MONTH})[ \t]+)?(?P<ds_day>{DAY})\b"
    rf"(?:,?[ \t]+(?P<ds_year>{YEAR})\b)?(?![.,]?\d|[ \t]*(?:%|percent|per[ \t]+cent|million|billion)))"
    # "Nov. 5, 2024", "November 5", "as of November 5": a day in a month.
    rf"|(?P<month_day>\b(?P<md_month>{MONTH})[ \t]+(?P<md_day>{DAY})\b(?:,?[ \t]+(?P<md_year>{YEAR})\b)?)"
    # "5 November 2024", "20 Nov. 2024": day first.
    rf"|(?P<day_month>\b(?P<dm_day>{DAY})[ \t]+(?:of[ \t]+)?(?P<dm_month>{MONTH})(?:,?[ \t]+(?P<dm_year>{YEAR}))?\b)"
    # "on Tuesday", "Wednesday (13)", "last Friday", "late Monday", "Tuesday morning".
    rf"|(?P<weekday>\b(?:(?P<weekday_rel>(?i:last|next|this|on|early|late))[ \t]+)?(?P<weekday_name>{WEEKDAY})\b"
    rf"(?:[ \t]*\((?P<weekday_day>[0-3]?\d)\))?(?:[ \t]+{DAY_PART}\b)?"
    # "Sunday a week ago", "Friday of last week": the weekday of the week before.
    rf"(?P<weekday_week_ago>[ \t]+(?:a[ \t]+week[ \t]+ago|of[ \t]+last[ \t]+week|last[ \t]+week)\b)?)"
    # "in October", "in October 2023", "October 2023", "last July", "in a January e-mail", "in an August poll"
    # ("at the end of this month" is below).
    rf"|(?P<month>\b(?:(?i:{PERIOD_PREPOSITION})[ \t]+(?:(?:the|an?)[ \t]+)?(?:(?:early|late|mid)-?[ \t]*)?"
    rf"|(?P<month_rel>(?i:last|this|next))[ \t]+)(?P<month_name>{MONTH})"
    rf"(?!\.?[ \t]+{DAY}\b)(?:[ \t]+(?P<month_year>{YEAR})|{MONTH_OF_YEAR.format(name='month_of')})?\b"
    rf"|\b(?P<month_name2>{MONTH})(?:[ \t]+(?P<month_year2>{YEAR})|{MONTH_OF_YEAR.format(name='month_of2')})\b)"
    # "on Patriots' Day", "over Thanksgiving", "last Christmas": the latest such day on or before publication.
    # A preposition is required: alone the name is often a noun's modifier ("Christmas shopping").
    rf"|(?P<holiday>\b(?P<holiday_rel>(?i:{phrase_alternation(_WORDS['holiday_prepositions'])}))[ \t]+(?P<holiday_name>{HOLIDAY})\b"
    rf"(?:,?[ \t]+(?:in[ \t]+)?(?P<holiday_year>{YEAR})\b)?)"  # "on Christmas Day 2009", "… Day in 2018"
    # "yesterday", "last night", "this morning".
    rf"|(?P<relative_day>\b(?i:{phrase_alternation(_WORDS['relative_days'])})\b)"
    # "this summer", "last fall", "in the spring of 2014", "winter 2019": the year of that season
    # (a season has no precision of its own; year is the one that holds it).
    rf"|(?P<season>\b(?i:(?:(?P<season_rel>last|this|next|past|coming)|(?:in|during|over|by)[ \t]+the)[ \t]+"
    rf"(?P<season_name>{SEASON})(?:[ \t]+of[ \t]+(?P<season_year>{YEAR}))?"
    rf"|(?P<season_name2>{SEASON})[ \t]+(?P<season_year2>{YEAR}))\b)"
    # "last week", "this month", "earlier this year", "next year".
    # "the previous week" counts from the time being told, not from publication (SHIFTED_TIME reads it); so does
    # "the next year" ("would rise to 35,000 the next year", "was allowed to travel the next year": round 16).
    rf"|(?P<relative_period>\b(?i:(?P<period_rel>last|this|(?<!the )next|past|(?<!the )previous|coming)[ \t]+"
    rf"(?P<period_unit>week|month|year|weekend))\b)"
    # "two years ago", "3 days ago", "hours ago".
    rf"|(?P<ago>(?<![\d,.])\b(?i:(?:(?P<ago_count>{COUNT})[ \t]+)?(?P<ago_unit>hour|day|week|month|year)s?[ \t]+ago)\b)"
    # "over the weekend", "at the weekend": the weekend before publication.
    rf"|(?P<weekend>\b(?i:(?:over|at|during)[ \t]+the[ \t]+weekend)\b)"
    # "in 2011", "during 2010", "a poll from 2012": the year a figure refers to or was found in.
    # "in fiscal year 2014", "in FY 2014": the fiscal year is dated by the year it ends in.
    # "in early 2017", "in mid-2015", "during late 2019": a part of a year is dated at year precision.
    # "in fiscal 2011", "for fiscal 2018", "for both fiscal 2018 and 2019": a budget's fiscal year ("for" only
    # with "fiscal": "for 2018" is often a target).
    rf"|(?P<year>\b(?:(?:in|during|In|During|(?:{phrase_alternation(_WORDS['dated_sources'])})[ \t]+(?:from|of))[ \t]+"
    rf"(?:(?:the[ \t]+)?{FISCAL_YEAR}[ \t]+|{YEAR_PART})?"
    rf"|[Ff]or[ \t]+(?:both[ \t]+)?(?:the[ \t]+)?{FISCAL_YEAR}[ \t]+"
    # "Hong Kong's umbrella movement of 2014.", "the election of 2016,": a year closing a noun phrase ("of 2014
    # revenue", "of 2008 and 2009" go on, and are left out).
    rf"|of[ \t]+(?={YEAR}[.,;:)”\"])"
    # "By 2016, their share rose to about one in seven": a year opening its clause after a capitalised "By" and
    # before a comma is the time its figures are of (a past state by then, or a target: "By 2030, … will reach").
    rf"|By[ \t]+(?={YEAR},)"
    # Round 22: "As recently as 2016, an average of 23 people were killed", "as early as 1990": the year a figure is
    # told of (date_words.yaml year_limit_words).
    rf"|[Aa]s[ \t]+(?:{phrase_alternation(_WORDS['year_limit_words'])})[ \t]+as[ \t]+)(?P<year_value>{YEAR})\b)"
    # "two weeks before the 2004 presidential election", "days after the 2016 election": a few days, weeks or
    # months from an event a year names fall in that year.
    rf"|(?P<near_event>\b(?i:(?:{COUNT})[ \t]+(?:day|week|month)s?[ \t]+(?:before|after|ahead[ \t]+of)[ \t]+the)[ \t]+"
    rf"(?P<near_event_year>{YEAR})\b)"
    # "February saw a payroll gain of 230,000", "May marked the fourth straight month", "2017 saw": a month or a
    # year as the subject of a verb that frames what follows (date_words.yaml period_subject_verbs).
    rf"|(?P<period_subject>\b(?:(?P<ps_month>{MONTH})(?:[ \t]+(?P<ps_month_year>{YEAR}))?|(?P<ps_year>{YEAR}))"
    rf"(?=[ \t]+(?:{phrase_alternation(_WORDS['period_subject_verbs'])})\b))"
    # "between 2005 and 2008", "from 2016 up until 2017", "from 2010 to 2013", "between January 2011 and April
    # 2016": a span of years; a figure told of it (a count over it, a post held through it) is complete at its
    # end, so it is dated by the end year (or month, when one is named), at that precision.
    rf"|(?P<span>\b(?i:between|from)[ \t]+(?:{MONTH}[ \t]+)?{YEAR}[ \t]*(?:and|to|through|(?:up[ \t]+)?(?:un)?til|[-–])"
    rf"[ \t]*(?:(?:(?P<span_month>{MONTH})[ \t]+)?(?P<span_year>{YEAR})"
    rf"|(?P<span_month2>{MONTH}){MONTH_OF_YEAR.format(name='span_of')})\b)"
    # "in the 1990s", "during the early 2000s", "throughout the late 1960s": a decade, dated by its first year
    # (or by the year its early, mid or late part starts: see date_words.yaml decade_parts).
    rf"|(?P<decade>\b(?:(?i:in|during|throughout)|By)[ \t]+the[ \t]+"
    rf"(?:(?P<decade_part>{phrase_alternation(_WORDS['decade_parts'])})[- \t]+)?(?P<decade_value>(?:19|20)\d0)['’]?s\b)"
)

# Speed round 24: what each of DATE_EXPRESSION's branches must open with (its first part, "\b" and look-behinds
# dropped), in the branches' order: where none matches at a word start, DATE_EXPRESSION cannot match there either,
# and its attempt (~3 µs: every branch is entered) is skipped. Built from the same parts and vocabularies.
DATE_EXPRESSION_START = re.compile(
    rf"{MONTH}"  # day_span, month_day, month, period_subject
    rf"|{DAY}"  # day_month
    rf"|(?i:last|next|this|on|early|late)|{WEEKDAY}"  # weekday (and the relations of month, season, relative_period)
    rf"|(?i:{PERIOD_PREPOSITION})"  # month
    rf"|(?i:{phrase_alternation(_WORDS['holiday_prepositions'])})"  # holiday
    rf"|(?i:{phrase_alternation(_WORDS['relative_days'])})"  # relative_day
    rf"|(?i:past|coming|in|during|over|by|{SEASON})"  # season
    rf"|(?i:previous)"  # relative_period
    rf"|(?i:{COUNT}|hour|day|week|month|year)"  # ago, near_event
    rf"|(?i:at)"  # weekend
    rf"|in|during|In|During|{phrase_alternation(_WORDS['dated_sources'])}|[Ff]or|of|By|[Aa]s"  # year
    rf"|{YEAR}"  # period_subject
    rf"|(?i:between|from|throughout)"  # span, decade
)

# --- finding expressions fast ------------------------------------------------------------

# Words that every date expression contains: a month or weekday name, a word of a relative day
# ("yesterday", "last night"), a period ("week", "years"), "ago", or a year's digits. Python's
# ``re`` tries all of DATE_EXPRESSION's branches at every position of a sentence (~1 MB/s); this
# prefix-tree pattern finds the few places worth trying at ~15 MB/s, and DATE_EXPRESSION is
# tried only at the word starts just before each anchor. Unbounded on the right ("May" in
# "Mayor", "year" in "yearly"): an extra anchor costs a few tries, a missing one a date.
# A named day is anchored by its last word ("Day", "Eve", "Thanksgiving"): the whole name as one anchor
# would hide a weekday's ("Easter Sunday"), and first words are common ("New", "Good", "Labor").
_HOLIDAY_ANCHORS = sorted({name.split()[-1] for name in _WORDS["holidays"]})

# Relative-day and period words as written, capitalised and in capitals: a case-insensitive group
# would make every sentence's scan a third slower (DATE_EXPRESSION itself reads them in any case).
_RELATIVE_ANCHORS = [form for word in _WORDS["anchor_words"] + _WORDS["seasons"] + sorted(
    {w for phrase in _WORDS["relative_days"] for w in phrase.split()} - set(_WORDS["anchor_skip"]))
    for form in (word, word.capitalize(), word.upper())]

DATE_ANCHOR = re.compile(
    # A name ends at a non-letter: "Mark", "Mayor", "Marine" are no months (every expression has a name whole).
    rf"{phrase_alternation(list(_WORDS['months']) + _WORDS['weekdays'] + _HOLIDAY_ANCHORS)}(?![a-z])"
    rf"|\b(?:{phrase_alternation(_RELATIVE_ANCHORS)})"
    rf"|{YEAR}")

# DATE_ANCHOR's branches as two scans that ``re`` runs fast (speed round 24): a pattern that opens with "\b", a
# look-behind or a group of alternatives is tried at every character, ~70 ns each; one whose every branch opens
# with a literal skips ahead to its first characters. The names and the year, one branch per first character
# (the capitals and "1"/"2": few in a sentence); the relative words need the word boundary before them, found
# as the non-word character before them (RELATIVE_ANCHOR_AFTER), or at the scan's start (RELATIVE_ANCHOR).
# :func:`date_anchors` merges the two into DATE_ANCHOR's own matches.
_NAME_ANCHORS = list(_WORDS["months"]) + _WORDS["weekdays"] + _HOLIDAY_ANCHORS
NAME_YEAR_ANCHOR = re.compile("|".join(
    re.escape(first) + "(?:" + phrase_alternation([w[1:] for w in _NAME_ANCHORS if w[0] == first]) + ")(?![a-z])"
    for first in sorted({w[0] for w in _NAME_ANCHORS})) + r"|19\d{2}|20\d{2}")
RELATIVE_ANCHOR = re.compile(rf"\b(?:{phrase_alternation(_RELATIVE_ANCHORS)})")
RELATIVE_ANCHOR_AFTER = re.compile(rf"\W(?:{phrase_alternation(_RELATIVE_ANCHORS)})")

# Period words among the anchors ("year" in "a year", "per year", "four years ago") and what must stand just
# before one for an expression to need it: only "last year", "this month", "past week" do; "two years ago"
# has "ago", "the day before" has "before", "fiscal year 2014" its year, each an anchor of its own. Period
# words are a third of the anchors and nearly all lead nowhere.
PERIOD_ANCHORS = frozenset(("year", "month", "week", "day"))
PERIOD_RELATION_BEFORE = re.compile(r"\b(?i:last|this|next|past|previous|coming)[ \t]+$")

# The last word of a relative-day phrase that is no phrase by itself ("before" of "the day before", "night"
# of "last night"), with the word that must stand just before it: otherwise no expression needs the anchor.
_PHRASE_ENDS = {phrase.split()[-1]: phrase.split()[-2] for phrase in _RELATIVE_DAYS if len(phrase.split()) > 1}
PHRASE_END_BEFORE = {last: re.compile(rf"\b(?i:{re.escape(previous)})[ \t]+$")
                     for last, previous in _PHRASE_ENDS.items() if last not in _RELATIVE_DAYS}

# How far before its first anchor a date expression may start: "over Martin Luther King Jr. Day"
# starts 28 characters before "Day", "estimates from the fiscal year 2014" 26 before "year"; the
# margin covers doubled spaces. (On 4,900 news texts the farthest was 14.)
ANCHOR_REACH = 32

# An end point after a figure ("billions in grants for airlines to keep paying workers through the end of
# September", "extended the closures in 15 of the locations until Saturday, August 10"): the end of a span that
# runs on from the figure's time, not that time. A period that ends there is dated by it, though ("$4.55 billion
# of inflows during the week through July 10", "in the 12 months through March"): PERIOD_ENDING; so is a
# forecast up to it, like a deadline ("would cut the deficit by $503 billion through next September").
END_POINT_AFTER = re.compile(
    rf"\b(?:until|till|through)[ \t]+(?:the[ \t]+)?(?:(?:end|middle)[ \t]+(?:of[ \t]+)?)?(?:{WEEKDAY},?[ \t]+)?$")
# A time after which a span runs on ("rates would remain near zero beyond the end of 2014", "20,000 or so U.S. troops
# needed to stay in Iraq beyond 2011"): the figure holds from its statement on and past that time, which is neither
# the figure's time nor a day to check it on, even in a forecast (round 18).
BEYOND_AFTER = re.compile(r"\bbeyond[ \t]+(?:the[ \t]+)?(?:(?:end|middle|start)[ \t]+(?:of[ \t]+)?)?$")
# A start point after a figure ("normalizing relations between the two countries from the end of 2014", "up about
# 1.7 percent from a year earlier"): where a span or a comparison starts, not the figure's time.
START_POINT_AFTER = re.compile(
    r"\bfrom[ \t]+(?:the[ \t]+)?(?:(?:end|start|beginning|middle)[ \t]+(?:of[ \t]+)?)?$"
    # Round 23: a comparison's base after "over" ("up 91.5 percent over this time last year", "rose 12 percent over the
    # same period last year"), as after "from".
    r"|\bover[ \t]+(?:this[ \t]+time|the[ \t]+same[ \t]+(?:period|time|month|quarter|week|day)(?:[ \t]+(?:of|in))?)"
    r"[ \t]+$")
# Round 23. Words before a figure that make it the base of a comparison ("that 3,000 compares to 1,200 over the same
# period in 2016"): the base period's date is its own.
COMPARED_FIGURE_BEFORE = re.compile(
    r"\b(?:compared?[ \t]+(?:to|with)|compares[ \t]+(?:to|with)|versus|vs\.?|against)[ \t]+"
    r"(?:(?:about|nearly|almost|some|roughly|just|only)[ \t]+)?$")
# A source with its date after "from" ("according to the Reuters/Ipsos poll from April 27-28"): the day the
# source was taken, which dates what it found (as "a poll from 2012" does), no start of a span.
SOURCE_FROM_BEFORE = re.compile(
    rf"\b(?:{phrase_alternation(_WORDS['dated_sources'])})s?[ \t]+(?:(?:conducted|taken|released)[ \t]+)?from[ \t]+$")
PERIOD_ENDING = re.compile(r"\b(?:weeks?|months?|years?|quarters?|period)[ \t]+(?:through|until|till)[ \t]+")
END_POINT_REACH = 32

# A comma inside a list of names ("134,000 migrants from El Salvador, Guatemala and Honduras in fiscal year
# 2015"): no clause break. The next name is followed by another comma or "and"/"or" ("to Poland, Germany
# announced" is a break).
LIST_COMMA = re.compile(r"(?<=[a-z]),[ \t]+(?=[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?:,|[ \t]+(?:and|or)[ \t]))")
NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+$")

# An appositive of names between two commas after a noun ("two prominent Fox News hosts, Chris Wallace and Shepherd
# Smith, harshly criticized …"): the subject goes on after it, so neither comma is a clause break.
# A weekday or a month between commas is a date, no name ("officials said, Monday, that").
_NAME = rf"(?!(?:{WEEKDAY}|{MONTH})\b)[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*"
NAME_APPOSITIVE_REACH = 50
NAME_APPOSITIVE = re.compile(rf"(?<=[a-z]),[ \t]+{_NAME}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+){_NAME})*,(?=[ \t]+[a-z])")

# A time counted from a date named before it ("They were tightened seven days later", "a day earlier a … economist
# projected", "three years later", "the next day", "testimony … had given … the previous week"): dated from the
# last date of its sentence before it, or of the sentences before (see shifted_dates); never from publication.
# "two days after the attack" names its own event and is left alone; "the next morning" mostly follows "that
# night", a time with no date.
SHIFTED_TIME = re.compile(
    rf"\b(?:(?P<shift_count>{COUNT}|[Aa]n?)[ \t]+(?P<shift_unit>day|week|month|year)s?[ \t]+"
    rf"(?P<shift_way>later|earlier|afterwards?)"
    rf"|[Tt]he[ \t]+(?:next|following)[ \t]+(?P<shift_next>day|week|month|year)"
    rf"|[Tt]he[ \t]+previous[ \t]+(?P<shift_previous>day|week|month|year)"
    # "Within two years, Homeland Security Investigations had conducted …" after "In 2017, …": a capitalised "Within"
    # opening a clause with a count and a comma moves the narrative on by up to that much, as "later" does (round
    # 16). Not "Within 48 hours of the attack" (its own event) nor a lower-case "within 15 days" (a limit).
    rf"|Within[ \t]+(?P<within_count>{COUNT}|an?)[ \t]+(?P<within_unit>day|week|month|year)s?(?=,))\b")
# Words before "the previous year" that make it a comparison's base or a window ("up 3.2 percent over the previous
# year", "more people had jobs than in the previous month", "decreased 13.8% from the previous month"), no time of
# the figure's: such a "previous" period dates nothing.
BASE_PERIOD_BEFORE = re.compile(
    r"\b(?:than|over|from|compared[ \t]+(?:to|with)|versus|vs\.|relative[ \t]+to|in|for|within|throughout)"
    r"[ \t]+(?:in[ \t]+)?$")
# Words before "a year earlier" that make it a comparison's base ("a 2.1 percent increase compared with a year
# earlier", "little changed from a year earlier"), no time the narrative moves to (round 16). Not "than": "More than
# two weeks later" moves it.
SHIFT_BASE_BEFORE = re.compile(r"\b(?:from|over|compared[ \t]+(?:to|with)|versus|vs\.|relative[ \t]+to)[ \t]+$")
_PRECISION_ORDER = ("day", "week", "month", "year")
# The words of a shift as plain text: a literal scan finds the few sentences worth SHIFTED_TIME's (whose counts
# and alternations are tried at every word) six times faster. Unbounded, as DATE_ANCHOR is.
SHIFT_WORD = re.compile(r"later|earlier|afterward|next|following|previous|Within")

# A count of days before "after" ("a day after a magnitude 7.8 quake hit"): the event after it happened that long
# before the time the sentence tells (see days_after). Not after a word of approximation ("almost a week after",
# "more than 10 days after"), and only up to DAY_AFTER_MOST days: a story is often written a day before it is
# published, so a longer count from publication ("six days after two earthquakes", quake RSS) misses the day as
# often as it finds it (quake RSS: 2 of 5 found), and weeks fall on the wrong side of a week's start.
DAY_AFTER = re.compile(rf"(?<!almost )(?<!nearly )(?<!than )(?<!over )(?<!about )(?<!some )"
                       rf"\b(?P<count>{COUNT}|[Aa]n?)[ \t]+(?P<unit>day|year)s?[ \t]+after\b")
DAY_AFTER_MOST = 2
# The words every DAY_AFTER match ends with: a literal scan for them costs a thirtieth of DAY_AFTER's.
DAY_AFTER_WORDS = re.compile(r"(?:day|year)s?[ \t]+after\b")
# Years are counted as years ("15 years after the attacks that killed nearly 3,000 people"): the event's year at year
# precision, which a story written a day before publication does not move (issue #4); not a rough count.
ROUGH_COUNTS = frozenset(_WORDS["rough_counts"])

# A coordinate clause after a comma or semicolon ("…, so any …", "…; but …"): a date before it tells of the
# clause before, and a figure in it told as a possibility or future is not of that date.
COORDINATE_CLAUSE = re.compile(r"[,;][ \t]+(?:so|but|yet|and[ \t]+so)[ \t]+")

# How far before a figure a toll word makes it a recent event's toll (a few words: "collapsed in two").
TOLL_BEFORE_REACH = 40

# What stands between a figure and a date that closes a relative clause on the figure's noun: up to three words
# of the noun (a name too: "the 1.3 million Americans"), the pronoun, then one to seven lower-case words of the
# clause ("1.6 million [arrests that happened] in 2000", "26 [people who were killed] on Friday", "42 [percent
# who felt that way at the end of] last year"). A comma means another clause. Round 15: the noun may take an
# "of"/"from" phrase of one or two words ("a third [of Americans who earned less than $65,000] last year", "three
# [teenage girls from London who ran away to Syria] in 2015"), and after the clause's first word (its verb, in
# lower case) a place's name or an amount may stand; a name right after the pronoun is a subject of another
# noun phrase ("troops that Mr. Trump sent"). Round 16: up to nine words after the pronoun ("the 1.3 million
# Americans [who received their final check in federal unemployment benefits] last week", "a 43-year-old [who was
# holding a knife outside a Muslim prayer center] Wednesday night"), none a relative pronoun of a clause inside it
# ("the last 19 months that might reignite the civil war [that wrecked this country] from 1975 to 1990").
_RELATIVE_WORDS = phrase_alternation(_WORDS['figure_relatives'])
_CLAUSE_WORD = rf"(?!(?:{_RELATIVE_WORDS})[ \t])(?:[A-Za-z][\w'’-]*|[$€£]?\d(?:[\d,.]*\d)?%?)"
FIGURE_RELATIVE_GAP = re.compile(
    rf"[ \t]+(?:[A-Za-z][\w'’-]*[ \t]+){{0,3}}(?:(?:of|from)[ \t]+(?:[A-Za-z][\w'’-]*[ \t]+){{1,2}})?"
    rf"(?:{_RELATIVE_WORDS})[ \t]+"
    rf"[a-z][\w'’-]*[ \t]+(?:{_CLAUSE_WORD}[ \t]+){{0,8}}")

# Where a word starts: every branch of DATE_EXPRESSION starts at one.
WORD_START = re.compile(r"\b\w")

# "a 2011 report by the GAO concluded", "the 2010 census": the year of the source a figure comes from.
# The source's name may stand between ("A 2009 Government Accountability Office report said", "a 2012 GAO
# report", "a 2015 Pew Research Center survey"): up to SOURCE_NAME_WORDS capitalised words.
# A pattern of its own that starts at the digits (a branch of DATE_EXPRESSION starting at "a"/"the"
# would be tried at every article of a text); the determiner before it is checked separately.
SOURCE_NAME_WORDS = 5
SOURCE_NAME = rf"(?:[A-Z][\w.&'’/-]*[ \t]+){{0,{SOURCE_NAME_WORDS}}}"
SOURCE_YEAR = re.compile(
    rf"\b(?P<year>{YEAR})[ \t]+{SOURCE_NAME}(?:{phrase_alternation(_WORDS['dated_sources'])})\b")
SOURCE_YEAR_DETERMINER = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ \t]+$")

# A source's month as its modifier, up to two lower-case words between ("The May jobs report showed gains in health
# care", "according to a January report by the Congressional Research Service", "the September figure still stands
# at 7.8 percent"; date_words.yaml month_sources): the period the source covers, which dates what it found, as a
# source's year does (round 16). The determiner before it is checked as SOURCE_YEAR's is.
SOURCE_MONTH = re.compile(
    rf"\b(?P<month>{MONTH})(?:[ \t]+(?P<year>{YEAR}))?[ \t]+(?:[a-z]+[ \t]+){{0,2}}?"
    rf"(?:{phrase_alternation(_WORDS['month_sources'])})\b")

# A year that modifies an event's name: "the 2007 Virginia Tech massacre, in which a gunman killed 32",
# "the 2012 Sandy Hook shooting that killed 26". Only the figures of that event's clause take it.
# Digit-first (a pattern starting at "the" would be tried at every "the"); the determiner is checked behind.
EVENT_YEAR = re.compile(rf"\b(?P<year>{YEAR})(?=[ \t]+[A-Za-z])")
EVENT_YEAR_DETERMINER = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+$")

# The "of" complement right after an event's name, up to the figure: "the 2018 shooting death of
# 26-year-old Botham Jean", "the 2014 killing of 18-year-old Michael Brown". The figure tells of the event
# (an age then, a toll then) as a relative clause's would. Matched on the text between the year and the figure.
EVENT_OF_COMPLEMENT = re.compile(r"(?:[ \t]+[A-Za-z][\w'’-]*){1,3}[ \t]+of[ \t]+(?:(?:the|an?)[ \t]+)?")

# Up to four lower-case words between a date and a figure after it ("who died last week at age 95"): a phrase
# that may still belong to the date's clause (verbs are checked separately).
CLAUSE_TAIL = re.compile(r"(?:[ \t]+[a-z]+){0,4}[ \t]+")
# A word in "-ing": a participle that opens a clause of its own ("leaked last year showing him").
GERUND = re.compile(r"\b[a-z]{2,}ing\b")

# What opens the base of a comparison ("compared to the same period in FY 2018", "compared with 13 the previous
# year"): a date in it is the base's, not that of a figure outside it.
COMPARISON_BASE = re.compile(r"\b(?:[Cc]ompared|[Cc]omparison)[ \t]+(?:to|with)\b")

# The present perfect of a toll's verb ("have died", "has risen to", "have been killed"): a count up to now.
PERFECT_AUXILIARY = re.compile(r"(?<!to )\b(?:has|have)[ \t]+(?:now[ \t]+|already[ \t]+)?(?:been[ \t]+)?[a-z]+(?:ed|en|n)\b"
                               r"|(?<!to )\b(?:has|have)[ \t]+(?:now[ \t]+|already[ \t]+)?(?:died|risen|left|lost)\b")
# "as of", "by", "through", "until" right before a date, or opening its expression ("By July"): a count's date.
_COUNT_DATE_WORDS = r"(?i:as[ \t]+of|by|through|until)"
COUNT_DATE_BEFORE = re.compile(rf"\b{_COUNT_DATE_WORDS}[ \t]+$")
COUNT_DATE_OPENING = re.compile(rf"{_COUNT_DATE_WORDS}[ \t]")

# An auxiliary of the passive right before a verb ("was reported", "were announced"): the verb tells of an event,
# not of who states the figure.
PASSIVE_AUXILIARY_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)[ \t]+(?:[a-z]+ly[ \t]+)?$")

# "as of" right before a date, with "the end of" and its like between ("as of the end of last week", "as of September
# 2012"): the day a count was taken (round 15).
AS_OF_BEFORE = re.compile(r"\b[Aa]s[ \t]+of[ \t]+(?:(?:the[ \t]+)?(?:end|start|beginning|middle)[ \t]+of[ \t]+)?$")
# What stops a figure from taking an "as of" date after it: another number (the date is that number's) or the end
# of a sentence (not an abbreviation's point: "the U.S. has") or a clause group.
COUNT_GAP_STOP = re.compile(r"\d|[;!?]|(?<=[a-z]{2})\.(?=\s)")

# A relative pronoun, whose clause a date inside describes.
RELATIVE_PRONOUN = re.compile(rf"\b(?:{phrase_alternation(_WORDS['relative_pronouns'])})\b")

# A verb of saying or knowing just before "that": then "that" is a conjunction
# ("said this week that", "we know that").
SAYING_BEFORE = re.compile(
    rf"\b(?:{phrase_alternation(_SAYING['verbs'] + _SAYING['participles'] + _WORDS['that_verbs'])})\b[^,.;]{{0,25}}$")

# A verb of saying, the medium it was said in and the day it was said on, just before "that": then "that" is a
# conjunction too ("said in a statement on Tuesday that 12 people …", "wrote in a now-deleted Facebook post Friday
# that …"). The medium ("in a statement", "at a press conference") is longer than SAYING_BEFORE's reach, so the day
# closing it is what shows that "that" opens what was said, not a relative clause on the medium (issue #4).
SAYING_DAY_BEFORE = re.compile(
    rf"\b(?:{phrase_alternation(_SAYING['verbs'])})\b[^,.;]{{0,45}}\b{WEEKDAY}(?:[ \t]+{DAY_PART})?[ \t]+$")

# A verb of saying and the medium it was said in, a date among the medium's modifiers, just before "that": "that"
# opens what was said, not a relative clause on the medium ("found in a November survey of Latino voters that Rubio is
# viewed favorably by 31 percent", "said in a December 4 letter to Wilson that"; round 16). The medium is one of
# date_words.yaml statement_day_nouns, with up to four words of an "of"/"to"/"in"/"on" phrase after it.
SAYING_MEDIUM_BEFORE = re.compile(
    rf"\b(?:{phrase_alternation(_SAYING['verbs'])})[ \t]+(?:in|on)[ \t]+(?:an?|the|its|his|her|their)[ \t]+"
    rf"(?:[\w.'’-]+[ \t]+){{0,3}}(?:{phrase_alternation(_WORDS['statement_day_nouns'])})"
    rf"(?:[ \t]+(?:of|to|in|on|with)(?:[ \t]+[\w.'’-]+){{1,4}})?[ \t]+$")

# An aside between dashes right before "that" ("said in a statement on Thursday – after he was released – that his
# role …", "said in his speech Sunday night -- his first since the protests first broke out Thursday -- that"): the
# aside interrupts the verb and what it reports, so "that" is read as it would be right after the aside's opening
# (round 19). Up to ASIDE_BEFORE_REACH characters, no sentence stop inside.
ASIDE_BEFORE_REACH = 80
ASIDE_BEFORE_THAT = re.compile(r"(?<=[ \t])(?:[—–―]|--)[^—–―.!?]{1,%d}?(?:[—–―]|--)[ \t]*$" % ASIDE_BEFORE_REACH)

# A contact relative clause (no pronoun) that a date closes: a noun after a determiner, a subject pronoun or a
# possessive's noun, a verb in the past and up to three words ("a bill he introduced months ago", "The linguist his
# proxies killed on Dec. 27"). The date tells when the noun's act happened, no time of a figure outside the clause
# (round 19). Read in the text right before the date.
CONTACT_RELATIVE_BEFORE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?"
    rf"(?P<noun>(?!(?:{phrase_alternation(_WORDS['contact_clause_stops'])})\b)[a-z]{{3,}})[ \t]+"
    rf"(?:he|she|it|they|we|I|(?:his|her|their|its)[ \t]+[a-z]+)[ \t]+"
    rf"(?:{phrase_alternation(_WORDS['past_verbs'])}|[a-z]{{2,}}ed)\b(?:[ \t]+[\w'’-]+){{0,3}}?[ \t]+$")
CONTACT_RELATIVE_REACH = 90
# A subject pronoun or possessive that a contact relative clause opens with (a quick test before the pattern).
SUBJECT_PRONOUN = re.compile(r" (?:he|she|it|they|we|I|his|her|their|its) ")
# Words between a figure and a contact clause's noun phrase up to which the clause may still be on the figure's own
# noun ("10 percent of the economy they represented in 2009": "of").
CONTACT_NOUN_GAP_WORDS = 3
# A word that makes what follows a comparison's base ("down 23.7 percent from the peak it reached October 3").
BASE_WORD = re.compile(r"\b(?:from|than)\b")
_STATEMENT_NOUNS = frozenset(_WORDS["statement_day_nouns"])

# An opening "Under …" phrase naming a document and the day it was made, closed by a comma before the main clause
# ("Under the deal signed on Saturday, foreign forces will withdraw from Afghanistan within 14 months", "Under the …
# Appropriations Act of 2018, signed by the president in March, Pakistan would not be refunded … unless … 12
# counterterrorism efforts"): what the main clause says the document provides is dated by it (round 19). Read from
# the sentence's start to the date.
# A participle that tells a document was made ("signed by the president in March", "the plan announced Monday"):
# the date after it is past, whatever "would" follows (round 19).
DOCUMENT_PARTICIPLE = re.compile(rf"\b(?:{phrase_alternation(_WORDS['document_participles'])})\b")
UNDER_DOCUMENT_BEFORE = re.compile(
    rf"[\s\"“]*Under[ \t]+(?:the|a|an|its|their|his|her)[ \t]+[^,.;:]{{0,80}}?"
    rf"\b(?:{phrase_alternation(_WORDS['document_nouns'])})\b[^.;:]{{0,60}}?"
    rf"\b(?:{phrase_alternation(_WORDS['document_participles'])})\b(?:[ \t]+[\w.'’-]+){{0,5}}?[ \t]+$")

# "when" right after a date opens a clause that tells what happened at that time ("a repeat of 2009, when a three-week
# ground offensive resulted in the deaths of at least 1,400", "since October 2014, when 33 security personnel were
# killed"): the figures of that clause are the date's (round 19). The clause runs to its first break; a comma between
# digits ("1,400") is none.
# A year right before ", when" ("since at least 2015, when The New York Times reported", "from fiscal year 2017, when
# 55,584 claims were made", "a big drop from 2012, when two-thirds said"): a time whatever word stands before it, which
# dates the figures of its "when" clause as WHEN_CLAUSE_AFTER_DATE does a date expression's (round 20). Alone, with
# no "when", such a year is often a noun's modifier or a number, and is not read.
YEAR_BEFORE_WHEN = re.compile(rf"(?<![\w$.,/-]){YEAR}(?=,[ \t]+when\b)")

WHEN_CLAUSE_AFTER_DATE = re.compile(r",?[ \t]+when[ \t]+(?:[^,;:—–―()]|(?<=\d),(?=\d))*$")

# The two levels of a change across a span of years ("declined from about 6.9 million to 5.5 million", "from 111
# incidents to 170—from 2018 to 2019", "rose very slowly, from 4.0 percent … to 4.4 percent"): the level after
# "from", a "to" with a number following within LEVEL_PAIR_REACH characters, is of the span's first year; the
# level after "to" is of its last (round 19). A figure that is the whole pair ("6.9 million people to 5.5 million")
# is read as the last level.
LEVEL_PAIR_REACH = 60
FROM_LEVEL_BEFORE = re.compile(
    rf"\bfrom[ \t]+(?:(?:{phrase_alternation(_WORDS['degree_words'])})[ \t]+)*(?:[$€£¥][ \t]*)?$")
TO_LEVEL_AFTER = re.compile(rf"[^,;.—–()]{{0,{LEVEL_PAIR_REACH}}}?\bto[ \t]+(?:[$€£¥][ \t]*)?\d")

# A word of change before a figure, with an adverb of degree between ("shrunk nearly 30 percent from 2007 to
# 2014", "rose by 12%"): the figure compares a span's two ends; the span's end does not date it.
CHANGE_BEFORE = re.compile(
    rf"\b(?:{phrase_alternation(_WORDS['change_words'])})(?:[ \t]+(?:{phrase_alternation(_WORDS['degree_words'])}))*"
    r"[ \t]+(?:[$€£¥][ \t]*)?$")

# An event whose toll keeps growing for weeks (date_words.yaml rising_toll_events): a recent one's toll is counted as
# of publication; any other event's toll (an attack's, a shooting's) is known at once and is of its day (round 19).
EVENT_NOUN_REACH = 40
# What may stand before an event's relative pronoun: a comma and a preposition (", in which").
RELATIVE_LEAD = re.compile(r",?[ \t]*(?:(?:in|during|at|on|by|of)[ \t]+)?$")
RISING_TOLL_EVENT = re.compile(rf"\b(?:{phrase_alternation(both_cases(_WORDS['rising_toll_events']))})\b")

# A date that modifies a noun with a possessive: "last week's quake".
ATTRIBUTIVE_AFTER = re.compile(r"['’]s\b")

# A possessive date right before a figure, with at most two modifier words and an "of" between: the figure is
# that period's or that event's own measure ("from April's 7.5 percent", "Monday's 7.8-magnitude earthquake",
# "Thursday's surprisingly strong 3.6 percent", "last month's loss of 28,000"), not a noun the date describes.
# Matched on the text before the figure; the words are checked for verbs and tolls separately.
POSSESSIVE_FIGURE_GAP = r"['’]s(?P<possessive_words>(?:[ \t]+[a-z][\w-]*){0,2}?(?:[ \t]+of)?)[ \t]+(?:[$€£¥][ \t]*)?"
POSSESSIVE_BEFORE_FIGURE = re.compile(rf"{POSSESSIVE_FIGURE_GAP}$")
_POSSESSIVE_GAP_STOPS = frozenset(_WORDS["possessive_gap_stops"])
# A month or a year in the possessive, which DATE_EXPRESSION does not read without a preposition ("January's",
# "early October's", "2004's", "third-quarter 2012's"); a weekday's or "last week's" it does. Matched on the
# text before POSSESSIVE_BEFORE_FIGURE's apostrophe.
POSSESSIVE_PERIOD = re.compile(
    rf"\b(?:(?P<possessive_month>{MONTH})(?:[ \t]+(?P<possessive_month_year>{YEAR}))?|(?P<possessive_year>{YEAR}))$")

# How long ago an event must have ended for its date to date the figures of its clause ("last July's
# shooting that left 12 dead"). A disaster's toll is still counted for weeks (the 2023 Turkey-Syria
# quake's rose for a month): until then a toll next to the event's date is the count at publication.
PAST_EVENT_DAYS = 60

# A definite figure ("most of the 11 million undocumented immigrants"): it names something that exists, as of
# publication, not what a recent event's clause made ("a bill that included $800 billion in revenue").
DEFINITE_FIGURE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]hese|[Tt]hose)|\w['’]s)"
                             r"(?:[ \t]+[a-z][\w-]*){0,2}[ \t]+(?:[$€£¥][ \t]*)?$")

# Words of a toll, which keeps growing for weeks after a disaster or an attack ("the Feb. 6 quake that killed
# more than 46,000"): see date_words.yaml.
TOLL_WORD = re.compile(rf"\b(?:{phrase_alternation(both_cases(_WORDS['toll_words']))})\b")

# The relative pronouns of an event's clause ("the shooting that left 12 dead", "…, which killed four");
# "who" and "whose" tell of a person or a thing's owner ("Begum, who was 15").
EVENT_RELATIVES = frozenset(_WORDS["event_relatives"])

# A present or present-perfect auxiliary: the clause counts up to today ("in which more than 6,000 people
# have been killed", "whose value a Pentagon study has estimated at $1 trillion").
PRESENT_PERFECT = re.compile(r"\b(?:has|have|is|are)\b|['’]ve\b")

# A verb of saying: a date after a figure, across a comma, dates it only in the attribution
# ("…, officials said on Tuesday"), not in an appositive ("…, one of the areas hit by the Feb. 6 quake").
SAYING_VERB = re.compile(rf"\b(?:{phrase_alternation(_SAYING['verbs'])})\b")

# Two sentences run together without a space, as some scraped texts have them ("according to the
# Times.Sherman will spend", "her job.\"It's incredibly complex"). A lower-case word before: "U.S.Army" is none.
JOINED_SENTENCES = re.compile(r"[a-z]{2,}[.!?][\"”’]?[\"“A-Z]")

# A sentence attributed to a pronoun ("…, “had bullets fly across its campus …,” he said.", "He said one
# person …"): it goes on with the statement a sentence before tells ("Greg Abbott told The Washington Times
# on Tuesday that …"), whose day it takes like a continued quotation. The pronoun closes a clause after a
# comma or a quotation mark, or opens the sentence: "around the time she said it occurred" is no attribution.
# Pronouns in date_words.yaml ``statement_pronouns``.
_PRONOUN_SAYS = (rf"(?:{phrase_alternation(_WORDS['statement_pronouns'])})[ \t]+"
                 rf"(?:{phrase_alternation(_SAYING['verbs'])})\b")
PRONOUN_SAYING = re.compile(rf"[,”\"’][ \t]*{_PRONOUN_SAYS}")
PRONOUN_SAYING_OPENING = re.compile(rf"[ \t“\"]*(?i:{_PRONOUN_SAYS})")

# Round 17. A quotation attributed by name ("“… a $75 million airplane …,” Mr. McCain said.", "“… hundreds of
# foreign criminals …,” Babeu said in the letter.", "…,” said Kislyak."): the surname after the closing mark and
# before a verb of saying, or after the verb. Titles before it are skipped (speaker_verbs.yaml ``titles`` are
# not read: a title is any capitalised word with a full stop). Up to three capitalised words, the last is the surname.
_SAYER_NAME = r"(?:[A-Z][a-z]{1,4}\.[ \t]+)?(?:[A-Z][\w'’-]+[ \t]+){0,2}(?P<GROUP>[A-Z][a-z][\w'’-]*)"
NAMED_SAYER = re.compile(
    rf"[,”\"’][ \t]*(?:{_SAYER_NAME.replace('GROUP', 'surname')}[ \t]+(?:{phrase_alternation(_SAYING['verbs'])})\b"
    rf"|(?:{phrase_alternation(_SAYING['inverted_verbs'])})[ \t]+{_SAYER_NAME.replace('GROUP', 'surname_after')}\b)")

# Round 17. A sentence that opens with the name of its speaker, an appositive between, and a verb of saying ("Rubio,
# under fire for saying …, said he would support a law that would prevent 18-year-olds …"): reported speech
# attributed by name, which goes on with the day the speaker was told of as NAMED_SAYER's quotation does.
NAMED_SAYER_OPENING = re.compile(
    rf"[ \t“\"]*{_SAYER_NAME.replace('GROUP', 'surname')}(?:,[^,.;:]{{1,120}},)?[ \t]+"
    rf"(?:{phrase_alternation(_SAYING['verbs'])})\b")

# A date closing a verb phrase that "and" follows: "was announced last week and asks 50 questions". A
# second verb in the past shares the date: "pleaded guilty in November and was sentenced to … 140 years", an
# irregular one too (round 16: "toured the Arizona-Mexico border near Nogales on Thursday and met with … the state's
# four border sheriffs"; date_words.yaml past_verbs).
CLOSES_CONJUNCT = re.compile(
    rf"\A[ \t]+and[ \t]+(?!(?:was|were|had|then|{phrase_alternation(_WORDS['past_verbs'])})\b|[a-z]+ed\b)[a-z]")

# A word of the present between a date and the figure: "this year, with 23 currently held by Democrats".
PRESENT_ADVERB = re.compile(r"\b(?:currently|presently|now|today|at present)\b")

# A verb of the present in the clause of a figure after a clause break that follows a date: "took part in the
# subway bombing Tuesday …, meaning there are potentially two", "struck on Monday, and rescuers are searching
# for 200": the figure is of now, not of the date's time. "still" alone is no verb ("but still 29% below"), and
# has/have are left out: a present perfect after a date often counts up to that date.
PRESENT_CLAUSE_VERB = re.compile(r"\b(?:is|are|am|remains|remain)\b|['’]re\b")

# A year after "by" right after a figure, a few words of its phrase between: "cut emissions by 30 percent by
# 2030", "to 2 million barrels a day by 2020", "40% below 1990 levels by 2030". The figure is what is claimed
# for that year, as with a day after "by" (a deadline). No other figure between ("grow from 49 million to 80
# million by 2040": the first is where the growth starts), no span ("by 2030-31", "by 2025 or 2030") nor a
# year that qualifies a noun ("by 2014 standards"). Elsewhere a year after "by" often ends another clause
# ("exhausted by 2036, and that $6.5 trillion …") and is left alone.
# How far after a figure FIGURE_BY_YEAR's " by " can start: five words of the figure's phrase.
FIGURE_BY_YEAR_REACH = 80
FIGURE_BY_YEAR = re.compile(
    rf"(?:[ \t]+(?:[a-z][\w'’-]*|{YEAR}\b)){{0,5}}?[ \t]+by[ \t]+(?:the[ \t]+end[ \t]+of[ \t]+)?(?P<year>{YEAR})\b"
    rf"(?![-–/]|[ \t]*(?:or|and|to)[ \t]+{YEAR}|[ \t]+(?:{phrase_alternation(_WORDS['by_year_nouns'])})\b)")

# "before"/"after" opening a short clause told in the past that a later date closes ("During the 38-minute delay
# before a correction was issued on Saturday", "the killing of up to 300 Iraqi soldiers … after ISIS fighters
# overran the base near Falluja this week", "wounded three others before he was killed by police two years ago"):
# the step right before or after the figure's own, so its date is the figure's too, at its precision (issue #4).
# Up to six words after its verb ("after killer Ismaaiyl Brinsley had stated he was seeking vengeance for the
# deaths this summer" runs on to another noun's date). No figure, clause break or other relation word in it:
# "before the July 4 holiday" has no verb, "after jumping 12 percent last week" tells another act with its own figure.
NEXT_STEP_CLAUSE = re.compile(
    rf"(?:[Bb]efore|[Aa]fter)(?:[ \t]+(?!(?:but|and|or)\b)[\w'’-]+){{1,4}}?"
    rf"[ \t]+(?:{phrase_alternation(_WORDS['past_verbs'])}|[a-z]{{2,}}[^e\W]ed)\b"
    r"(?:[ \t]+(?!(?:but|and|or)\b)[A-Za-z'’/-]+){0,6}[ \t]*")

# A count of days, weeks, months or years, in the figure or right after it ("four months", "48 days on the lam"):
# a time measured from an event "before"/"after" names, not a step on that event's day.
LONG_DURATION = re.compile(r"\b(?:days?|weeks?|months?|years?)\b")
LONG_DURATION_REACH = 8

# A verb in the past for sure: an irregular past (date_words.yaml past_verbs) or a word in "-ed" of five letters
# or more not in "-eed" ("need", "exceed" are no past).
PAST_FORM = re.compile(rf"\b(?:{phrase_alternation(_WORDS['past_verbs'])}|[a-z]{{2,}}[^e\W]ed)\b")

# How far before a date a verb in the past makes it the past's ("a poll conducted in January", "the Senate which
# passed one in June"): a few words.
PAST_FORM_REACH = 30

# A month after "by" ("by June", "by mid-June", "by the end of May"): a deadline, the coming such month unless the
# sentence tells of the past ("had received 150 reports by June"). Not "By July," opening a sentence: a scene
# told ("By July, the U.N. says 5,000 Syrians are dying each month", "By mid-February, more than 60 cameras").
DEADLINE_MONTH = re.compile(r"by\b")

# "from" or "between" right before a date: the date starts a comparison or a span, it is not the clause's
# time ("from 7% a month ago", "posted between Jan. 21 and April 7").
# A figure may stand between ("from 7% a month ago"); a source's "from" further back is not one ("An official from
# the Health and Human Services Department told … last month").
FROM_BEFORE_DATE = re.compile(
    r"\b(?:from|between)[ \t]+(?:(?P<figure>[$€£]?\d[\d.,]*%?(?:[ \t]+(?:percent|million|billion))?)[ \t]+)?$")

# An article opening a date's words: "a 1997 study", "the 2010 census" name a source, not a time to compare from.
ARTICLE_OPENING = re.compile(r"(?i:an?|the)\b")

# A pronoun's "'s" is "is" or "has": "He said he's gone up to two weeks without …" is told in the present.
PRONOUN_CONTRACTION = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Ww]ho|[Ww]hat|[Hh]ere)['’]s\b")

# A weekday right before a day of a month ("Thursday 13 June", "Thursday, June 13"): it tells the day's year, and
# the two are one date (the weekday's own cue, "on Thursday", gives way).
WEEKDAY_BEFORE_DAY = re.compile(rf"\b(?:(?i:on|last|this|early|late)[ \t]+)?(?P<name>{WEEKDAY}),?[ \t]+$")

# "would have", "could have" with a participle: a past that did not happen ("one of which would have kept separating
# families from ever being an issue"), no future (round 16). Matched at a FUTURE_CUE match.
COUNTERFACTUAL_PAST = re.compile(r"(?:would|could|should|might)(?:[ \t]+not)?[ \t]+have\b")

# A passive's auxiliary right before a past form: "will be held in March" is still to come.
PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|get|gets|got)[ \t]+(?:[a-z]+ly[ \t]+)?$")

# A comma before a participle goes on with the clause before it: "last summer's massacre, in which a gunman
# opened fire during a late-night screening …, killing 12" tells the event's toll.
PARTICIPLE_AFTER_COMMA = re.compile(r",[ \t]+(?!according\b)[a-z]{2,}ing\b")

# What may stand before a date that opens its sentence: up to three words ("Almost precisely", "Also", "After
# Brown died"), after quotation marks or a dash; not an article ("A May 3, 2012, memo", "The Bataclan attacks
# in November 2015, …": the date is a noun's).
OPENING_DATE_BEFORE = re.compile(r"[\s\"“‘'(—–-]*(?!(?:[Aa]n?|[Tt]he)[ \t])(?:[A-Za-z]+[ \t]+){0,3}")

# Round 22. A time clause opening the sentence, up to a date that closes it before a comma: "When the western part of
# the city fell in June, thousands of civilians had died" (date_words.yaml opening_time_conjunctions). Matched from the
# sentence start to the date; the clause holds no break of its own.
OPENING_TIME_CLAUSE = re.compile(
    rf"[\s\"“‘'(—–-]*(?:{phrase_alternation(both_cases(_WORDS['opening_time_conjunctions']))})\b[^,;:—–―()\"“”]*$")
# What after that comma goes on with the opening clause, not the main one: a conjunction ("…, and picking his way").
OPENING_CLAUSE_GOES_ON = re.compile(r",[ \t]*(?:and|or|but|then)\b")

# An attribution before a date: the date is a statement's, and the present it reports is of that day.
ACCORDING_TO = re.compile(r"\b[Aa]ccording[ \t]+to\b")

# A quotation mark: a quotation between a date and a figure is a statement's, of the date's day.
QUOTE_MARK = re.compile(r"[\"“”]")

# Where the clause of a figure may open after a date: a clause break or a coordinating conjunction.
CLAUSE_OPENING = re.compile(r"[,;—–]|\b(?:and|but|while|whereas)\b")

# Only "by" between a figure and a later date: the date is the figure's own deadline ("restore 50 percent
# by November 15, 80 percent by December 1"), closer to it than any date before it.
FIGURE_BY_DATE = re.compile(r"[ \t]+by[ \t]+")

# A date in an appositive before the figure: ", a former investment banker elected last year on a
# centrist platform, also attempted …": a noun phrase between commas describes someone, it dates nothing.
APPOSITIVE_OPENING = re.compile(r",[ \t]+(?:a|an|the)[ \t]+[^,;:]*$")

# A participle's phrase opened by a comma after the subject (", passed in June with some GOP support,", ", slated to
# shut down in June 2017,"): it describes the subject; a date in it dates the subject's past, not a figure of the
# main clause told in the present after it (MAIN_VERB_NOW).
PARTICIPLE_ASIDE_OPENING = re.compile(
    rf",[ \t]+(?:[a-z]{{2,}}[^e\W]ed|{phrase_alternation(_WORDS['aside_participles'])})\b[^,;:]*$")

# The main verb right after the comma that closes such a phrase, told in the present or as a possibility
# ("…, includes", "…, would preserve", "…, is"): the figure after it is of now.
# ("was", "this", "his" end in "s" too, and are no such verb).
MAIN_VERB_NOW = re.compile(
    r"[ \t]+(?:is|are|has|have|would|could|will|may|might|can|(?!(?:was|this|his|its|thus|plus)\b)[a-z]+[^s\W]s)\b")

# An opening adverbial phrase up to the sentence's first comma ("In the final jobs report prior to the
# election, the Bureau of Labor Statistics has announced …"): the noun phrase after that comma is the
# subject, not an appositive, so a date in its clause dates the figures after it. Matched from the
# sentence start to the comma that APPOSITIVE_OPENING found.
INTRODUCTORY_PHRASE = re.compile(
    rf"[ \t\"“]*(?:{phrase_alternation(both_cases(_WORDS['opening_prepositions']))})\b[^,;:—–―()]*$")

# How far after a date the main verb of a clause opened by an opening phrase is looked for ("the United States,
# Russia and Jordan on Friday reached").
MAIN_VERB_AFTER_DATE_REACH = 30

# A future verb near a date: the date is to come ("will meet on Tuesday").
FUTURE_CUE = re.compile(rf"\b(?:{phrase_alternation(_WORDS['future_cues'])})\b|[’']ll\b")

# "by" right before a date: a deadline, or the end of a count ("had received 150 reports by Tuesday").
DEADLINE_BEFORE = re.compile(r"\bby[ \t]+$")

# Words of a deadline or a requirement ("must", "ordered", a mandative "be"): a date after "by" that one
# of them governs is a coming one ("ordered that children under age 5 be reunited by Tuesday").
DEADLINE_CUE = re.compile(rf"\b(?:{phrase_alternation(_WORDS['deadline_cues'])})\b")

# A verb of saying right before a date: the date is the statement's ("said Tuesday").
SAYING_JUST_BEFORE = re.compile(
    rf"\b(?:{phrase_alternation(_SAYING['verbs'])})[ \t]+(?:(?:on|late|early|this|last)[ \t]+)?$")

# A preposition or particle right before "that": then "that" is a determiner ("back up that statement",
# "in that year"), not a relative pronoun.
DETERMINER_THAT = re.compile(r"\b(?:up|of|in|on|at|for|with|about|from|by|during|after|before|into|over)\s+$")

# "and", "or" or a comma right before "that": a second reported clause ("indicate that …, and that …").
CONJUNCTION_BEFORE = re.compile(r"(?:,|\band|\bor|\bbut)\s*$")

# Words between a figure and a later date that tie the date to another event.
OTHER_EVENT = re.compile(rf"\b(?:{phrase_alternation(_WORDS['other_event_words'])})\b", re.IGNORECASE)

# "after" and a gerund ("apprehended after illegally crossing the southern border in May", "arrested after
# protesting on Monday"): the subject's own next act, so a date after it is the figure's too ("since
# joining in 2010" starts a span, and stays a word of another event).
SAME_ACT_AFTER = re.compile(rf"after[ \t]+(?:[a-z]+ly[ \t]+)?(?!(?:{phrase_alternation(_WORDS['not_gerunds'])})\b)"
                            r"[a-z]{2,}ing\b")
SAME_ACT_TAIL = re.compile(r"(?:[ \t]+[A-Za-z][\w'’-]*){0,5}[ \t]+")

# "the" before "last year", "past week": a trailing window that ends at publication ("over the last year
# employers added 2.57 million jobs"), not the calendar period before ("last year", "in the last week of
# May" has its month). Any case: a window often opens its sentence ("Over the past year, the unemployment rate has
# hovered at or just below 8 percent", round 20).
TRAILING_PERIOD_BEFORE = re.compile(r"\b(?i:over|in|during|for|within|throughout)[ \t]+(?i:the)[ \t]+$")

# Clause boundaries: a relative clause ends at one of these (U+2015 "―" is a dash too).
# A colon before a digit is a time of day's ("at 2:26 a.m. ET Thursday"), no break.
CLAUSE_BREAK = re.compile(r"[,;—–―()]|:(?!\d)")
# The breaks between a figure and a later date: a comma between digits ("who earned less than $65,000 last year",
# "36,007 illegal immigrants who committed nearly 88,000 crimes combined were freed last year") separates
# thousands, no clause (round 15). The clause-end searches of the tense tests keep CLAUSE_BREAK: there a number's
# comma has long stood for the end of a relative clause ("the earthquake that killed more than 5,000 people …
# and has left"), and moving it changes which verbs they read.
GAP_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))|[;—–―()]|:(?!\d)")

# "as of" alone between a comma and a date: the time of the whole clause before ("More than a million people in
# the US have been confirmed to have COVID-19, as of April 28."), no later clause of its own.
AS_OF_ADJUNCT = re.compile(r"\s*as\s+of\s+")
# A date's statement noun right after it, in the possessive or as a modifier, up to two modifiers between
# ("Tuesday's report", "Thursday’s session", "Thursday night report"; date_words.yaml ``statement_day_nouns``): the
# date is the statement's day, which dates what it reports, not an event's that only describes its noun (issue #4).
STATEMENT_NOUN_AFTER_DATE = re.compile(
    rf"(?:['’]s)?(?:[ \t]+[a-z][\w-]*){{0,2}}?[ \t]+(?:{phrase_alternation(_WORDS['statement_day_nouns'])})\b")

# An adverb of time alone between a comma and a date: the date is an adjunct of the clause before as well ("Seher,
# 15, and her father … were rescued in Hatay, southern Turkey, late on Tuesday night").
TIME_ADVERB_ADJUNCT = re.compile(r"\s*(?:late|early|later|earlier|again)\s+")

# "on" before a date that closes a sentence: "… speaks into a megaphone … on July 11, 2020."
CLOSING_DATE_BEFORE = re.compile(r"\bon[ \t]+$")

# A comma before a full date that closes a sentence: a wire photo caption's date ("Dunia … is reunited with her
# five-year-old son … in Brownsville, Texas, U.S., …, July 20, 2018."). Only a day with its year: a month or a
# year after a comma closes many a clause that is no caption ("…, the fewest since September 2017").
CAPTION_DATE_BEFORE = re.compile(r",[ \t]+$")

# Round 23. A place set off by commas right before a full date that closes a sentence: a wire photo caption ("… a
# 14-floor building that collapsed following the first of two earthquakes in Adana province, Turkey, on Feb. 7,
# 2023."). The date is the whole scene's, a relative clause between the figure and the date included ("a 5-year-old
# Syrian girl, who survived a deadly earthquake in Kahramanmaras, Turkey, on Feb. 11, 2023").
CAPTION_PLACE_BEFORE = re.compile(
    rf",[ \t]+[{UPPER_LETTERS}][\w'’.\-]*(?:[ \t]+[{UPPER_LETTERS}][\w'’.\-]*){{0,3}},[ \t]+(?:on[ \t]+)?$")

# A word relating the figure's scene to another event: a closing day without its year after it is that
# event's ("were rescued … late on Tuesday night, some 210 hours after the first quake on February 6").
OTHER_EVENT_RELATION = re.compile(r"\b(?:after|before|since|following)\b")

# The counter of a photo gallery ("Hide Caption 32 of 50 Photos"): its figures are no claims of the caption.
GALLERY_COUNTER = re.compile(r"\b[Cc]aption[ \t]+\d+[ \t]+of[ \t]+\d+")

# A clause that opens with a relative pronoun (", which has more than 400 locations").
RELATIVE_OPENING = re.compile(rf"[ \t]*(?:{phrase_alternation(_WORDS['relative_pronouns'])})\b")

# "that" opening a reported clause after a verb of saying.
REPORTED_THAT = re.compile(r"\bthat\b")

# What shows a reported clause after a verb of saying: its "that", a finite verb of its own ("said the item
# appeared", "said the attack was"), or a past participle ("appeared" may be either; see MEDIUM_BEFORE_PARTICIPLE).
REPORTED_VERB = re.compile(
    rf"\bthat\b|\b(?:{phrase_alternation(_WORDS['past_verbs'])}|is|are|has|have|will|would)\b"
    r"|\b(?P<participle>[a-z]{2,}[^e\W]ed)\b")

# A verb of saying with a speaker for subject (speaker_verbs.yaml ``inverted_verbs``, and "told"): not "claims"
# or "counted", which as often are a noun or a passive ("331,000 first-time claims filed …", "12.5 million
# Americans were still counted as unemployed in August").
# After a determiner the word is an adjective ("of the estimated 18 million vehicles sold in China last year").
_SPEAKER_VERBS = _SAYING["inverted_verbs"] + _WORDS["telling_verbs"]
SPEAKER_VERB = re.compile(rf"(?<!\bthe )(?<!\ban )(?<!\ba )\b(?:{phrase_alternation(_SPEAKER_VERBS)})\b")

# A personal pronoun opening the reported clause, or a gerund: what is reported is the speakers' own act ("59
# percent said they felt this way … last year", "873,000 more people reported being employed in September"), so
# its date is the figure's.
SAYER_PRONOUN_AFTER = re.compile(r"[ \t]+(?:that[ \t]+)?(?:they|he|she|we|I|[a-z]+ing)\b")

# A statement noun right before a participle: the participle describes the medium ("said in a statement
# released on Monday"), so the date is the statement's, no reported clause's.
MEDIUM_BEFORE_PARTICIPLE = re.compile(
    rf"\b(?:{phrase_alternation(_WORDS['statement_day_nouns'])})[ \t]+$")

# A full stop after a lower-case word of three letters or more (not "Mr.", "Gov.", "U.S.") and before a
# capital: a sentence break the splitter missed. A date before it dates nothing after it.
MISSED_SENTENCE_STOP = re.compile(r"\b[a-z0-9]{3,}[.!?][\"”’)]*[ \t]+[A-Z]")

# A dash of an aside (a pair of them makes one): a date between two dashes dates nothing outside them.
ASIDE_OPEN = re.compile(r"[—–―]|--|(?<= )-(?= )")

# The marks of an aside between dashes or brackets: a relative clause inside one closes at its end
# ("Last week, LePage tried to back up that statement ― which had been criticized ― by saying 90 …"),
# but one dash alone opens an elaboration ("… pointing out that X includes similar savings — $700 billion").
ASIDE_MARK = re.compile(r"[—–―()]|--")

# How far ahead a named day without a tense cue may be the coming one rather than the last one.
UPCOMING_DAYS = 31

# An opening quotation mark or a possessive right before a capitalised period ("ABC's “This Week”", "ABC News’ “This
# Week,”", "on ABC's This Week"): the name of a programme, no date (round 16).
TITLE_BEFORE = re.compile(r"(?:[\"“‘]|['’]s?[ \t]+)$")

# A word that makes a weekday a named day: "Black Friday", "Super Tuesday", "Easter Sunday".
NAMED_WEEKDAY_BEFORE = re.compile(rf"\b(?:{phrase_alternation(_WORDS['weekday_name_words'])})[ \t]+$")

# What makes a weekday part of a name: "the U.K.'s Sunday Express", "the Sunday Times".
# An indefinite word before a weekday: "a single Saturday", "each Tuesday", "any Monday" name no day in particular
# (date_words.yaml indefinite_day_words).
INDEFINITE_DAY_BEFORE = re.compile(rf"\b(?:{phrase_alternation(both_cases(_WORDS['indefinite_day_words']))})[ \t]+$")
NAME_BEFORE_WEEKDAY = re.compile(rf"(?:\b(?:{phrase_alternation(both_cases(_WORDS['name_determiners']))})|['’]s)[ \t]+$")
NAME_AFTER_WEEKDAY = re.compile(rf"[ \t]+(?!{MONTH})[A-Z][a-z]")

# Two or more spaces: where an RSS description lost the full stop between two items. Not before a lower-case
# word: the items start as sentences do, and a run of spaces before a lower-case word is a typing slip inside a
# sentence (Guardian: "after 7.8- and 7.6-magnitude quakes  struck within hours of each other on Monday").
ITEM_SEPARATOR = re.compile(r" {2,}(?![ a-z])")

# Words that refer back to a time named before ("As CNA reported at the time", "back then", "that year"),
# not to an event named after them ("at the time of his death").
ANAPHORIC_TIME = re.compile(rf"\b(?i:{phrase_alternation(_WORDS['anaphoric_times'])})\b(?![ \t]+of\b)")
# The same phrases lower-cased, matched case-sensitively in the lower-cased item, without the word bounds (speed round
# 24): an item where this finds nothing has no match, and skips the pattern (case-insensitive and opening with "\b",
# which ``re`` tries at every character; this one skips ahead to its first letters). Exact because a match's letters
# lower-case to the phrase's, except for the three characters ``re`` folds to "i" or "s" that ``str.lower`` does not
# ("ı", "ſ"; "İ" lowers to "i" and a combining dot), which send the item to the pattern.
ANAPHORIC_TIME_LOWER = re.compile(phrase_alternation(phrase.lower() for phrase in _WORDS["anaphoric_times"]))
_FOLDED_APART = ("ı", "ſ", "\u0307")

# "then" between a comma and a figure: "she said Moore, then 32, took her" (his age at the time named
# before); "and then 500 more" is a sequence, not a time.
THEN_BEFORE = re.compile(r",[ \t]*then[ \t]+$")

# A narrative "then" near a sentence's start: the sentence continues the time told before ("On Saturday, two
# B-1B bombers joined …. The B-1s then flew over the Korean Peninsula, where they were joined by four F-15
# fighter jets"; "Then, the ministry raised it to 300"). "since then" counts up to today, "But then" is
# "however"; "then-governor" and ", then 32," are other uses. Matched at the start of the sentence.
NARRATIVE_THEN = re.compile(r"[ \t\"“]*(?:(?:And[ \t]+)?Then\b(?!-)|(?!But\b)(?:[\w.'’-]+[ \t]+){1,4}(?<![Ss]ince )(?<!than )then[ \t]+[a-z])")

# A word of an end point before a day ("extended the closures until Saturday, August 10", "by the March 1
# deadline"): the day may be to come even in a sentence told in the past.
END_POINT_BEFORE = re.compile(rf"\b(?:until|till|through|by|before)[ \t]+(?:the[ \t]+)?(?:{WEEKDAY},?[ \t]+)?$")

# A verb in the past tense: one of date_words.yaml's irregular forms, or a lower-case word ending in "-ed".
_PAST_VERBS = frozenset(_WORDS["past_verbs"])
PAST_TENSE = re.compile(rf"\b(?:{phrase_alternation(_WORDS['past_verbs'])}|[a-z]+ed)\b")

# A verb whose past is spelt as its present (date_words.yaml ``same_form_past_verbs``) after its subject: a name, a
# pronoun or a plural noun ("Organizers set aside $4,000", "The Fed cut rates"). A sentence with no word of the present
# that holds one is told in the past (round 18); not "set to" (a plan) nor a noun ("a tax cut", "the 10% cut").
_SAME_FORM_SUBJECT = r"(?:\b(?:[Tt]hey|[Ww]e|[Hh]e|[Ss]he|[Ii]t|I)|\b[a-z]{2,}[^s\W']s|\b[A-Z][a-z]+)"
SAME_FORM_PAST = re.compile(rf"{_SAME_FORM_SUBJECT}[ \t]+(?:{phrase_alternation(_WORDS['same_form_past_verbs'])})\b"
                            r"(?![ \t]+to\b)")

# A window that runs up to publication ("in past 12 months", "over the last two years"): a sentence holding one has
# a time of its own, so no date of the sentence before is carried to it (round 18).
_WINDOW_RELATION = r"(?i:past|last|previous)[ \t]+"
TRAILING_WINDOW = re.compile(rf"\b(?i:in|over|during|within|for)[ \t]+(?:(?i:the)[ \t]+{_WINDOW_RELATION}(?:{COUNT}[ \t]+)?"
                             rf"|{_WINDOW_RELATION}{COUNT}[ \t]+)(?i:day|week|month|year)s?\b")

# A participle with its agent after a noun, a relative clause without its pronoun: a date after it tells of
# the noun ("the 1,146 police-related deaths recorded by The Counted in 2015"); after "was" it is a passive.
REDUCED_RELATIVE = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )\b[a-z]+ed[ \t]+by\b")

# A word that moves a narrative's time ("later", "earlier"): see date_words.yaml.
TIME_SHIFT = re.compile(rf"\b(?:{phrase_alternation(both_cases(_WORDS['time_shifts']))})\b")

# "had" with a participle: a time before the one a narrative tells ("they had predicted"), not that time. Not
# "had" before an amount or a determiner, a main verb in the simple past ("The left-leaning New Democrats had just
# over 19 percent of the vote", "had to"): that is the time told (round 15).
HAD_OBJECT = (rf"(?:(?:{phrase_alternation(_WORDS['had_amount_modifiers'])})[ \t]+)*"
              rf"(?:[$€£]?\d|(?:{phrase_alternation(_WORDS['had_objects'])})\b)")
PAST_PERFECT = re.compile(rf"\b[Hh]ad\b(?![ \t]+{HAD_OBJECT})|['’]d[ \t]+(?:been|[a-z]+ed)\b")

# A verb of the present in "-s" right after a pronoun or a name as its subject ("It comes as the number …
# reached 5,373", "Kamalvandi said Iran needs five percent"): PRESENT_TENSE lists only auxiliaries and a few verbs.
# Not "was", "has", "is", "does" (read elsewhere) nor words in "-ss", "-us", "-is"; a capitalised determiner or
# preposition is no subject ("The requests were made", "In months").
PRESENT_S_VERB = re.compile(
    rf"(?:\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]his|[Tt]hat)|\b(?!(?:{phrase_alternation(_WORDS['non_subject_capitals'])})\b)"
    r"[A-Z][a-z]+)[ \t]+(?!(?:was|has|is|does|as|its|his|this|thus|plus|us|news|series)\b)[a-z]{2,}[^su\W']s\b")

# A word of the present or the future ("is", "has", "will", "now") or a contracted auxiliary ("they're").
PRESENT_TENSE = re.compile(rf"\b(?:{phrase_alternation(both_cases(_WORDS['present_markers']))})\b|['’](?:re|ve|ll)\b")

# Marks that may follow a sentence's full stop ('troops.”').
SENTENCE_CLOSERS = "\"'”’)]"

# How many sentences back a time referred to is looked for.
LOOK_BACK_SENTENCES = 2

# How recent a day named before a quotation must be to date the statement quoted ("said Tuesday").
STATEMENT_DAYS = 14

# How far before that day its verb of saying may stand ("wrote on the group's website Tuesday").
STATEMENT_REACH = 40

# A verb of saying after a day that opens its sentence, in the same sentence: "Speaking in an interview …
# last night, former Israeli Ambassador … Yoram Ettinger said that …", "On Tuesday, the ministry said". The
# day is the statement's. Up to this many characters, not over a full stop.
STATEMENT_AFTER_REACH = 120
SAYING_AFTER = re.compile(rf"[^.!?]{{0,{STATEMENT_AFTER_REACH}}}?{SAYING_VERB.pattern}")

# --- publication date lines ---------------------------------------------------------------

# A time of day with an optional zone: "15:57", "3:45 PM EST", "08:30 GMT+2".
TIME = (r"(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)(?:[:.][0-5]\d)?(?:[ \t]*(?P<ampm>[AaPp]\.?[Mm]\.?))?"
        rf"(?:[ \t]*(?P<zone>{phrase_alternation(_WORDS['time_zones'])})?(?P<offset>[+-]\d{{1,2}}(?::?\d{{2}})?)?)?")

# The date part of a publication line: "20 Nov. 2024", "Nov 20, 2024", "2024-11-20", "Wed November 20, 2024".
PUBLICATION_DATE = (rf"(?:(?:{WEEKDAY}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?),?[ \t]*)?"
                    rf"(?P<date>{DAY}[ \t]+{MONTH},?[ \t]+{YEAR}|{MONTH}[ \t]+{DAY},?[ \t]+{YEAR}"
                    rf"|{YEAR}-[01]\d-[0-3]\d|[0-3]?\d/[01]?\d/{YEAR})")

# "Published: 20 Nov. 2024, 15:57", "Updated 3:45 PM EST, Wed November 20, 2024".
PUBLICATION_LINE = re.compile(
    rf"^[ \t]*(?P<label>{phrase_alternation(_WORDS['publication_labels'])})(?:[ \t]+(?:on|at))?[ \t]*:?[ \t]*"
    rf"(?:(?P<time_first>{TIME.replace('?P<', '?P<f_')})[ \t]*,?[ \t]*)?{PUBLICATION_DATE}"
    rf"(?:[ \t]*(?:,|at|-|–|\|)?[ \t]*{TIME})?",
    re.MULTILINE | re.IGNORECASE)

# A dateline: "KYIV, Nov 1 (Reuters) -", "SEOUL, Nov. 20 (Yonhap) --".
DATELINE = re.compile(
    rf"^[ \t]*(?P<place>[A-Z][A-Za-z.'\- ]{{1,40}}),[ \t]+(?P<date>{MONTH}[ \t]+{DAY}(?:,?[ \t]+{YEAR})?)[ \t]*"
    r"\((?P<agency>[A-Za-z .&]{2,30})\)[ \t]*(?:-|–|—)", re.MULTILINE)

# A line that is only a date, near the top of a text ("November 20, 2024 3:57 PM").
DATE_ONLY_LINE = re.compile(rf"^[ \t]*{PUBLICATION_DATE}(?:[ \t]*,?[ \t]*{TIME})?[ \t]*$", re.MULTILINE)

# The full stop of an abbreviated month ("20 Nov. 2024"): dropped before dateparser reads the date.
ABBREVIATION_DOT = re.compile(r"\.(?=\s|$)")

# A four-digit year anywhere: the year of a dateline that gives none.
ANY_YEAR = re.compile(rf"\b{YEAR}\b")


@dataclass(frozen=True)
class DateCue:
    """A date expression resolved against a publication date."""

    start: int
    end: int
    text: str
    date: dt.date
    precision: str
    #: An event's year as its modifier ("the 2007 Virginia Tech massacre"): it dates only the figures
    #: told of that long-past event, never a figure beside it.
    event_only: bool = False
    #: A span of years ("between 2005 and 2008"), dated by its end: it dates only a figure told of the span.
    span: bool = False
    #: A time counted back from publication ("25 years ago"): its count is a distance measured from the day it is
    #: stated, so a figure that is that count is of that day, not of the time the expression points to.
    from_now: bool = False
    #: The day of an event told after "a day after" ("a day after a magnitude 7.8 quake hit"): it dates only the
    #: figures of that event's clause.
    after_event: bool = False
    #: A span of days after "between"/"from" ("between Oct. 11 and Dec. 1"), dated by its last day: it dates the
    #: figures before and after it as a day does, but is no start point, and a change across it ("rose 5 percent
    #: from Jan. 2 to March 1") compares its two ends (round 16).
    day_span: bool = False
    #: For a time counted back from a date told before ("exactly two months earlier" after "On June 17, 1961"), that
    #: date: a figure that is the count is a distance measured on it, as "25 years" in "25 years ago" is measured on
    #: the day it is stated (round 19).
    counted_from: "DateCue | None" = None


def date_claims(claims: pd.DataFrame, text: str, published: str | None) -> pd.DataFrame:
    """Add ``claim_date`` (ISO date), ``date_precision`` and ``date_cue`` to the claims of one document.

    ``published`` is an ISO date or date-time (UTC) or None. A figure is dated
    by the date expression in its sentence that governs it, else by the
    publication date (``date_cue`` blank); without a publication date only
    expressions with a year can date it. Week, month and year dates are the
    first day of the period. The input frame is not changed.
    """
    require_columns(claims, REQUIRES, "date_claims")
    return frame_with(claims, date_values(claims, text, published))


def frame_with(frame: pd.DataFrame, values: Mapping[str, list[Any]]) -> pd.DataFrame:
    """A new frame: ``frame`` with the given columns set (object dtype); a column it has keeps its place.

    On the small per-document claim frames of the dates and modality wrappers,
    new columns are one concatenation (``attribute.with_columns``), and replaced
    ones (``hedge``) one ``DataFrame.assign``: dropping them to concatenate costs
    twice as much. ``frame`` is not changed.
    """
    if not any(name in frame.columns for name in values):
        return with_columns(frame, dict(values))
    return frame.assign(**{name: pd.Series(column, index=frame.index, dtype="object")
                           for name, column in values.items()})


def date_values(columns: Mapping[str, Sequence[Any]], text: str, published: str | None) -> dict[str, list[str]]:
    """The ``claim_date``, ``date_precision`` and ``date_cue`` lists for one document's claims.

    ``columns`` maps the ``REQUIRES`` names to sequences (a frame or a dict of
    lists), so the pipeline can date a whole corpus without a frame per document.
    """
    base = parse_published(published)
    count = len(columns["start"])
    if not _has_anchor(text):
        # No date word anywhere (most short RSS items): every figure is dated by publication.
        default = (base.isoformat(), "day") if base is not None else ("", "")
        return {"claim_date": [default[0]] * count, "date_precision": [default[1]] * count, "date_cue": [""] * count}
    dates: list[str] = []
    precisions: list[str] = []
    cues: list[str] = []
    per_sentence: dict[tuple[int, int], list[DateCue]] = {}
    pointing_back: dict[tuple[int, int], bool] = {}  # items that refer to a time named before ("at the time")
    # Tests that depend on the item alone, once per item (a sentence often holds several figures).
    pronoun_said: dict[tuple[int, int], bool] = {}
    narrative: dict[tuple[int, int], bool] = {}
    has_year: dict[tuple[int, int], bool] = {}
    sentence_before: dict[int, tuple[int, int] | None] = {}  # the sentence a date may be carried from
    # Sentences without a run of spaces, each its one item (item_span's plain case, looked up once per sentence)
    single_item: dict[tuple[int, int], bool] = {}
    after_events: dict[tuple[int, int], list[DateCue]] = {}  # "a day after …": kept apart, no date to carry on
    quotes = None
    for start, end, s_start, s_end in zip(list(columns["start"]), list(columns["end"]),
                                          list(columns["sentence_start"]), list(columns["sentence_end"])):
        start, end, s_start, s_end = int(start), int(end), int(s_start), int(s_end)
        found = per_sentence.get((s_start, s_end))
        if found is None:
            found = per_sentence[(s_start, s_end)] = find_dates(text, s_start, s_end, base)
            if base is not None and SHIFT_WORD.search(text, s_start, s_end) and \
                    SHIFTED_TIME.search(text, s_start, s_end):
                found = per_sentence[(s_start, s_end)] = found + shifted_dates(text, s_start, s_end, found, base,
                                                                               per_sentence)
        if base is not None and (s_start, s_end) not in after_events:
            after_events[(s_start, s_end)] = days_after(text, s_start, s_end, found, base) \
                if text.find("after", s_start, s_end) != -1 else []
        if (s_start, s_end) not in single_item:
            single_item[(s_start, s_end)] = text.find("  ", s_start, s_end) == -1
        item_start, item_end = (s_start, s_end) if single_item[(s_start, s_end)] else \
            item_span(text, start, end, s_start, s_end)
        in_item = [c for c in found if item_start <= c.start and c.end <= item_end] if found else found
        if base is not None and after_events[(s_start, s_end)]:
            # The events' days date their own clauses only: the sentence still has no date of its own to go on with.
            in_item = in_item + [c for c in after_events[(s_start, s_end)]
                                 if item_start <= c.start and c.end <= item_end]
        cue = _figure_by_year(text, end, item_end)
        if cue is None:
            cue = _when_clause_year(text, found, item_start, start, end)
        if cue is None:
            cue = possessive_date(text, in_item, item_start, start, base)
        if cue is None and in_item:
            cue = governing_date(text, in_item, start, end, item_start, base=base, item_end=item_end)
        quoted = False  # the figure stands inside a quotation (looked up once the quotations are needed)
        if cue is None:
            if quotes is None:
                quotes = quote_spans(text)
            quoted = _quote_index(quotes, start) >= 0
            cue = _quote_date(text, quotes, start, base) if quoted else None
        if cue is None and (item_start, item_end) not in pointing_back:
            pointing_back[(item_start, item_end)] = _points_back(text, item_start, item_end)
        if cue is None and (pointing_back[(item_start, item_end)] or THEN_BEFORE.search(
                text, max(item_start, start - 12), start)):
            cue = _earlier_date(text, s_start, base, per_sentence)  # "As CNA reported at the time, the 15-minute"
        elif cue is None and base is not None and (quoted or _memo(pronoun_said, item_start, item_end, lambda: (
                _pronoun_attribution(text, item_start, item_end)))):
            # A quotation continued from sentences before: the day its speaker was said to speak
            # ("… wrote on the group's website Tuesday …. “… a half-century of failure,” he wrote.").
            earlier = _earlier_date(text, s_start, base, per_sentence)
            if earlier is not None and earlier.precision == "day" and \
                    0 <= (base - earlier.date).days <= STATEMENT_DAYS and \
                    _statement_cue(text, earlier, 0):
                cue = earlier
            else:
                # "Greg Abbott told The Washington Times on Tuesday that … last year. …,” he said.": the
                # statement's day, not the last date the sentence before names.
                cue = _statement_day(text, s_start, base, per_sentence)
                if cue is None and quoted and earlier is not None:
                    # "Babeu fired off a terse letter … Thursday …" / "“… hundreds of foreign criminals …,” Babeu
                    # said in the letter.": the day the speaker named by the quotation was last told of (round 17).
                    cue = _named_speaker_day(text, item_start, item_end, earlier, base)
        if cue is None and base is not None and not found and not quoted and NAMED_SAYER_OPENING.match(
                text, item_start, item_end):
            # "Rubio, under fire for …, said he would support a law that would prevent 18-year-olds …" after "…
            # told Republican Senator Marco Rubio … at a town hall … on Wednesday night": reported speech goes on
            # with the day its speaker was told of, as a quotation attributed by name does (round 17).
            # Reported speech needs a statement told before: a verb of saying in the day's sentence ("told … on
            # Wednesday night"); an act's day ("opened up Waters Edge Winery … on May 1") is not the statement's.
            earlier = _earlier_date(text, s_start, base, per_sentence)
            if earlier is not None and _said_in_sentence_of(text, earlier):
                cue = _named_speaker_day(text, item_start, item_end, earlier, base)
        if cue is None and base is not None and _memo(narrative, item_start, item_end, lambda: (
                _narrative_then(text, item_start, item_end) and not FUTURE_CUE.search(text, item_start, item_end))):
            # "The B-1s then flew …": the next step of a day told before. Only a recent day: "then" moves
            # time on, so an older date or a month would be the step before, not this one's; and only a
            # told step ("Those countries will then have 50 days" is to come).
            earlier = _earlier_date(text, s_start, base, per_sentence)
            if earlier is not None and earlier.precision == "day" and 0 <= (base - earlier.date).days <= STATEMENT_DAYS:
                cue = earlier
        if cue is None and base is not None and not found and not quoted and not _memo(
                has_year, item_start, item_end, lambda: ANY_YEAR.search(text, item_start, item_end) is not None):
            # (An item with a year the patterns do not read has a time of its own: nothing is carried to it.)
            # "The US economy added 223,000 jobs in April …. The unemployment rate fell to 5.4 percent.": a
            # sentence told in the past without a date of its own goes on with the time the one before named.
            if s_start not in sentence_before:
                sentence_before[s_start] = _sentence_before(text, s_start)
            before = sentence_before[s_start]
            if before is not None and _told_in_past(text, start, end, item_start, item_end) and \
                    TRAILING_WINDOW.search(text, item_start, item_end) is None:
                cue = _carried_date(text, before, item_start, item_end, base, per_sentence)
        if cue is not None:
            dates.append(cue.date.isoformat())
            precisions.append(cue.precision)
            cues.append(cue.text)
        elif base is not None:
            dates.append(base.isoformat())
            precisions.append("day")
            cues.append("")
        else:
            dates.append("")
            precisions.append("")
            cues.append("")
    return {"claim_date": dates, "date_precision": precisions, "date_cue": cues}


def _points_back(text: str, start: int, end: int) -> bool:
    """Whether :data:`ANAPHORIC_TIME` matches in ``text[start:end]``; the pattern is tried only where
    :data:`ANAPHORIC_TIME_LOWER` finds a phrase in the lower-cased text (or it holds a character ``re`` folds
    otherwise)."""
    lowered = text[start:end].lower()
    if ANAPHORIC_TIME_LOWER.search(lowered) is None and not any(odd in lowered for odd in _FOLDED_APART):
        return False
    return ANAPHORIC_TIME.search(text, start, end) is not None


def _memo(memo: dict[tuple[int, int], bool], start: int, end: int, test: Callable[[], bool]) -> bool:
    """``test()`` for the item ``start:end``, computed once per document's ``memo``."""
    key = (start, end)
    if key not in memo:
        memo[key] = bool(test())
    return memo[key]


def _narrative_then(text: str, start: int, end: int) -> bool:
    """Whether :data:`NARRATIVE_THEN` matches at ``start`` (up to ``end``); every match holds "then" or
    "Then", so a text without "hen" there is not tried (most sentences; the pattern backtracks per word)."""
    return text.find("hen", start, end) != -1 and NARRATIVE_THEN.match(text, start, end) is not None


def item_span(text: str, start: int, end: int, s_start: int, s_end: int) -> tuple[int, int]:
    """The part of the sentence ``s_start:s_end`` that holds the figure at ``start:end``, as offsets.

    RSS descriptions lose the full stops between items and keep a run of
    spaces instead ("… rehomed  More than 17,000 …"): the item runs from
    after the last :data:`ITEM_SEPARATOR` before the figure to the first one
    after it. Elsewhere this is the sentence. The speaker stage cuts
    sentences the same way.
    """
    if text.find("  ", s_start, s_end) == -1:
        return s_start, s_end  # most sentences: a plain scan spares them the pattern
    item_start = s_start
    for separator in ITEM_SEPARATOR.finditer(text, s_start, start):
        item_start = separator.end()
    after = ITEM_SEPARATOR.search(text, end, s_end)
    return item_start, after.start() if after is not None else s_end


def parse_published(published: str | None) -> dt.date | None:
    """The publication day of an ISO date or date-time string (None if blank or unreadable)."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def find_dates(text: str, start: int, end: int, base: dt.date | None) -> list[DateCue]:
    """Date expressions in ``text[start:end]`` that resolve against ``base`` (absolute ones need no base)."""
    anchors = date_anchors(text, start, end)
    if not anchors:
        return []  # every expression, source year and event year holds an anchor: most sentences stop here
    found = []
    for match in date_expressions(text, start, end, anchors=anchors):
        if match.group("weekday") and NAME_BEFORE_WEEKDAY.search(text, max(0, match.start() - 7), match.start()) \
                and NAME_AFTER_WEEKDAY.match(text, match.end()):
            continue  # a newspaper's name, not a day
        if match.group("relative_period") and match.group("period_rel").lower() in ("last", "past") \
                and match.group("period_unit").lower() != "weekend" \
                and TRAILING_PERIOD_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            # "over the last year employers added 2.57 million jobs": the twelve months up to now ("in the coming
            # week" is the week ahead, "Over the past weekend, three people were shot" the weekend before: no window
            # up to now)
            continue
        if match.group("relative_period") and match.group("period_unit")[0].isupper() and TITLE_BEFORE.search(
                text, max(0, match.start() - 4), match.start()):
            continue  # "told ABC's “This Week” program": a programme's name, no week
        if match.group("weekday") and not match.group("weekday_rel") and NAMED_WEEKDAY_BEFORE.search(
                text, max(0, match.start() - 12), match.start()):
            continue  # "Black Friday", "Super Tuesday": a named day, dated only with a preposition
        if match.group("weekday") and not match.group("weekday_rel") and INDEFINITE_DAY_BEFORE.search(
                text, max(0, match.start() - 12), match.start()):
            continue  # "through the course of a single Saturday", "each Tuesday": no day in particular
        # Only a weekday, a month, a named day or a season without a year can be the coming one.
        open_ended = base is not None and (match.group("weekday") or match.group("holiday") and not match.group(
            "holiday_year") or match.group("month") and not (match.group("month_year") or match.group("month_year2")
                                           or match.group("month_of") or match.group("month_of2"))
            or match.group("season") and not match.group("season_rel") and not match.group("season_year"))
        # A day of a month without a year is the nearest such day, unless the sentence tells of the past.
        past = base is not None and (match.group("month_day") and not match.group("md_year") or match.group(
            "day_month") and not match.group("dm_year") or match.group("day_span") and not (
                match.group("ds_year") or match.group("dss_year"))) and _sentence_in_past(text, start, match.start(), end) \
            and not END_POINT_BEFORE.search(text, max(start, match.start() - 24), match.start())
        future = bool(open_ended) and (_in_future_context(text, match, start, end) or bool(
            match.group("month") and DEADLINE_MONTH.match(match.group()) and base is not None
            and not _told_before(text, start, match.start(), end, base)))
        resolved = resolve_date(match, base, future=future, past=bool(past))
        if resolved is not None:
            if (match.group("month_day") or match.group("day_month")) and found and \
                    WEEKDAY_BEFORE_DAY.match(text, found[-1].start, match.start()):
                found.pop()  # "Wednesday, January 7": one day, the weekday's cue gives way to the full date's
            found.append(DateCue(match.start(), match.end(), match.group().strip(), *resolved,
                                 span=bool(match.group("span")), day_span=bool(match.group("day_span")),
                                 from_now=bool(match.group("ago"))))
    if base is not None:
        for match in SOURCE_MONTH.finditer(text, start, end):
            determiner = SOURCE_YEAR_DETERMINER.search(text, max(start, match.start() - 7), match.start())
            if determiner is None or any(cue.start <= match.start() < cue.end for cue in found):
                continue  # no source's month, or one a date expression has read ("in a November survey")
            month = _MONTHS[match.group("month").rstrip(".").lower()]
            # Without a year: the latest such month not after publication ("The May jobs report" in June).
            year = int(match.group("year")) if match.group("year") else \
                base.year if month <= base.month else base.year - 1
            found.append(DateCue(determiner.start(), match.end(), text[determiner.start():match.end()],
                                 dt.date(year, month, 1), "month"))
    if not any(anchor.group()[0].isdigit() for anchor in anchors):
        # A source's or an event's year starts at a word boundary, where no other anchor can cover it,
        # so the anchor scan has found it: without a year among the anchors neither pattern can match.
        return found
    for match in SOURCE_YEAR.finditer(text, start, end):
        determiner = SOURCE_YEAR_DETERMINER.search(text, max(start, match.start() - 7), match.start())
        if determiner:
            found.append(DateCue(determiner.start(), match.end(), text[determiner.start():match.end()],
                                 dt.date(int(match.group("year")), 1, 1), "year"))
    for match in EVENT_YEAR.finditer(text, start, end):
        determiner = EVENT_YEAR_DETERMINER.search(text, max(start, match.start() - 7), match.start())
        if determiner and not SOURCE_YEAR.match(text, match.start()):
            found.append(DateCue(determiner.start(), match.end(), text[determiner.start():match.end()],
                                 dt.date(int(match.group("year")), 1, 1), "year", event_only=True))
    return found


def date_anchors(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``list(DATE_ANCHOR.finditer(text, start, end))``, found with :data:`NAME_YEAR_ANCHOR` and the relative-word
    scans: each scan's next match is kept until an anchor taken covers its start (then it is searched again from
    that anchor's end), and the leftmost start is where DATE_ANCHOR's search finds its next match, which
    ``DATE_ANCHOR.match`` there gives (its branches in their order)."""
    anchors: list[re.Match[str]] = []
    name = NAME_YEAR_ANCHOR.search(text, start, end)
    relative = _relative_anchor_start(text, start, end)
    while name is not None or relative >= 0:
        at = name.start() if name is not None and (relative < 0 or name.start() <= relative) else relative
        anchor = DATE_ANCHOR.match(text, at, end)
        anchors.append(anchor)
        position = anchor.end()  # (no anchor is empty)
        if name is not None and name.start() < position:
            name = NAME_YEAR_ANCHOR.search(text, position, end)
        if 0 <= relative < position:
            relative = _relative_anchor_start(text, position, end)
    return anchors


def _relative_anchor_start(text: str, start: int, end: int) -> int:
    """Where the first relative-day or period anchor of ``text[start:end]`` starts (DATE_ANCHOR's "\\b" branch), or
    -1: at ``start``, or after the non-word character before it."""
    if RELATIVE_ANCHOR.match(text, start, end) is not None:
        return start
    found = RELATIVE_ANCHOR_AFTER.search(text, start, end)
    return found.start() + 1 if found is not None else -1


def _has_anchor(text: str) -> bool:
    """Whether ``DATE_ANCHOR.search(text)`` finds an anchor: a name or a year (found at once in most texts with
    one), else a relative word."""
    return NAME_YEAR_ANCHOR.search(text) is not None or _relative_anchor_start(text, 0, len(text)) >= 0


def date_expressions(text: str, start: int, end: int, *,
                     anchors: Sequence[re.Match[str]] | None = None) -> Iterator[re.Match[str]]:
    """The matches of :data:`DATE_EXPRESSION` in ``text[start:end]``, as ``finditer`` gives them.

    Only the word starts up to :data:`ANCHOR_REACH` characters before each
    :data:`DATE_ANCHOR` are tried: every expression contains an anchor, so no
    other position can start one, and a sentence without an anchor costs one
    fast scan. ``anchors`` are those of ``DATE_ANCHOR.finditer(text, start, end)`` (:func:`date_anchors`)
    when the caller has them already.
    """
    position = start  # where the next match may start (after the last one)
    tried = start  # word starts before this were tried already
    for anchor in anchors if anchors is not None else DATE_ANCHOR.finditer(text, start, end):
        at = anchor.start()
        if at < position:
            continue  # inside the last match
        word = anchor.group()
        if word in PERIOD_ANCHORS and not PERIOD_RELATION_BEFORE.search(text, max(start, at - 10), at):
            continue  # "a year", "per year": no expression needs this anchor (see PERIOD_ANCHORS)
        phrase_end = PHRASE_END_BEFORE.get(word)
        if phrase_end is not None and not phrase_end.search(text, max(start, at - 10), at):
            continue  # "before" without "the day": no relative day (a weekday's "night" was read with it)
        for word in WORD_START.finditer(text, max(position, tried, at - ANCHOR_REACH), at + 1):
            if DATE_EXPRESSION_START.match(text, word.start(), end) is None:
                continue  # no branch can open here
            match = DATE_EXPRESSION.match(text, word.start(), end)
            if match:
                yield match
                position = match.end()  # the match holds this anchor: it ends after it
                break
        tried = at + 1


def possessive_date(text: str, found: list[DateCue], item_start: int, start: int,
                    base: dt.date | None) -> DateCue | None:
    """The date whose possessive stands right before the figure at ``start``, or None.

    "from April's 7.5 percent", "in Monday's 7.8-magnitude earthquake", "less than 2010's wan 2.4%": the figure
    is the period's or the event's own measure, so it takes that date at its precision, even for a recent event
    (a magnitude, a rate, a length is not still being counted). A toll ("last week's killing of 12") or a verb
    between ("Monday's vote gave 52") leaves the figure to :func:`governing_date`. ``found`` holds the
    date expressions of the figure's item; a month or a year in the possessive is read here.
    """
    match = POSSESSIVE_BEFORE_FIGURE.search(text, max(item_start, start - 40), start)
    if match is None:
        return None
    words = match.group("possessive_words").split()
    if any(word in _POSSESSIVE_GAP_STOPS for word in words) or TOLL_WORD.search(" ".join(words)):
        return None  # "the rubble of last week's earthquake after 228 hours", "last week's killing of 12"
    # The word right after the possessive is a modifier even in a verb's form ("September's estimated 7.8
    # percent"); a verb after it means a clause ("Monday's vote gave 52").
    later = " ".join(words[1:])
    if PRESENT_TENSE.search(later) or SAYING_VERB.search(later) or any(word in _PAST_VERBS for word in words[1:]):
        return None
    for cue in found:
        if cue.end == match.start():
            return cue  # "Monday's", "last week's", "December 2008's"
    period = POSSESSIVE_PERIOD.search(text, max(item_start, match.start() - 20), match.start())
    if period is None:
        return None
    cue_text = text[period.start():match.start()]
    if period.group("possessive_year"):
        return DateCue(period.start(), match.start(), cue_text, dt.date(int(period.group("possessive_year")), 1, 1),
                       "year")
    month = _MONTHS[period.group("possessive_month").rstrip(".").lower()]
    if period.group("possessive_month_year"):
        return DateCue(period.start(), match.start(), cue_text,
                       dt.date(int(period.group("possessive_month_year")), month, 1), "month")
    if base is None:
        return None
    # A month without a year: the latest such month not after publication ("January's 7.9 percent" in March).
    year = base.year if month <= base.month else base.year - 1
    return DateCue(period.start(), match.start(), cue_text, dt.date(year, month, 1), "month")


def _has_aside_mark(text: str, start: int, end: int) -> bool:
    """``ASIDE_OPEN.search(text, start, end) is not None``, told with ``str.find``: the pattern's spaced
    hyphen opens with a look-behind, so the engine tried it at every character of the sentence."""
    return (text.find("—", start, end) != -1 or text.find("–", start, end) != -1 or text.find("―", start, end) != -1
            or text.find("--", start, end) != -1 or text.find(" - ", max(start - 1, 0), end) != -1)


def governing_date(text: str, found: list[DateCue], start: int, end: int, s_start: int, *,
                   base: dt.date | None = None, item_end: int | None = None) -> DateCue | None:
    """The date expression of ``found`` that dates the figure at ``start:end``, or None.

    A date that describes an event ("last July's shooting that left 12 dead",
    "the March 2021 shooting that left 10 dead") dates the figures of that event
    only when the event lies :data:`PAST_EVENT_DAYS` before publication day
    ``base``: a recent event's toll ("the Feb. 6 quake that killed 46,000" two
    weeks on) is still being counted, so it is today's figure. A date in an aside
    between dashes (read up to ``item_end``) dates nothing outside it
    (a figure in an aside may still take the date of its sentence: "the 26
    people -- 20 of them young children -- slaughtered … on Friday").
    """
    best: DateCue | None = None
    best_distance = 0
    asides = _asides(text, s_start, item_end) if item_end is not None and _has_aside_mark(
        text, s_start, item_end) else []
    # The figure is the count of a time counted back from now ("the bloody Tiananmen Square crackdown 25 years
    # ago", "since Hamas took control of Gaza seven years ago"): a span stated as of its statement, so neither its
    # own expression nor another such one ("probably five years ago, six years ago") dates it (issue #4).
    # Nor does another date of the sentence ("That war, 20 years ago next month", "a region devastated two weeks
    # ago …, late Monday"): the figure is dated as any figure without a date of its own.
    if any(cue.from_now and cue.start <= start and end <= cue.end for cue in found):
        # Stated on a day the sentence names before it ("The Washington Times reported Monday that the Islamic State
        # today holds about the same number of towns … as it did two months ago"): counted from that day (round 15).
        return next((cue for cue in reversed(found) if cue.end <= start and not cue.from_now
                     and _statement_date(text, s_start, cue.start)), None)
    if text.find("aption", max(s_start, start - 20), start) != -1 and _in_gallery_counter(text, s_start, start, end):
        return None  # "Hide Caption 50 of 61 Photos: … on Sunday, November 25": the page's counter, of no time
    bases = [m.start() for m in COMPARISON_BASE.finditer(text, s_start, item_end)] if item_end is not None and \
        text.find("compared", s_start, item_end) != -1 else []
    for cue in found:
        if cue.after_event:
            if _after_event_figure(text, cue, start, end, item_end) and (
                    best is None or start - cue.end < best_distance):
                best, best_distance = cue, start - cue.end  # "a day after a magnitude 7.8 quake hit"
            continue
        if cue.start <= start and end <= cue.end:
            # The figure is part of the expression: "two weeks before the 2004 election". The count of a time
            # counted back from a date told before ("the Bay of Pigs invasion … exactly two months earlier" after
            # "On June 17, 1961") is a distance measured on that date (round 19).
            best, best_distance = cue.counted_from or cue, 0
            break
        if _outside_contact_clause(text, s_start, cue, start, end):
            continue  # "co-sponsoring a bill he introduced months ago", "The linguist his proxies killed on Dec. 27, …"
        if bases and _comparison_base(text, bases, cue, start, end):
            if CHANGE_BEFORE.search(text, max(s_start, start - 40), start):
                return None  # "… in FY 2019 compared to the same period in FY 2018 jumped by … 406 percent"
            continue  # "That’s 60% compared to 11% in 1997": 1997 is the base's
        if asides and _aside_of(asides, cue.start) not in (-1, _aside_of(asides, start)):
            continue  # "— very much on my mind during the hot, muggy days we had this August — came from …"
        statement = not cue.event_only and STATEMENT_NOUN_AFTER_DATE.match(text, cue.end) is not None
        # "According to Tuesday's report, 12 people died": a statement's day, not a noun's description.
        attributive = cue.event_only or ATTRIBUTIVE_AFTER.match(text, cue.end) and not statement
        if cue.event_only and cue.end > start:
            continue  # an event's year after the figure: the figure is not told of it
        told_of_event = False  # the figure is in the clause of the long-past event the date names
        own_clause = False  # the date closes a relative clause on the figure's own noun
        step_from: int | None = None  # where the figure's clause starts, if a later date may close its next step
        if cue.end <= start and _under_document_figure(text, s_start, cue, start):
            if best is None or start - cue.end < best_distance:
                best, best_distance = cue, start - cue.end  # "Under the deal signed on Saturday, … within 14 months"
            continue
        if cue.end <= start and _when_clause_figure(text, cue, start):
            if best is None or start - cue.end < best_distance:
                best, best_distance = cue, start - cue.end  # "a repeat of 2009, when a three-week … offensive"
            continue
        if cue.span and _span_start_level(text, s_start, start, end) and (
                cue.start >= end and cue.start - end <= LEVEL_PAIR_REACH * 2 or cue.end <= start
                and _opening_frame(text, s_start, cue, start)):
            # "from 111 incidents to 170—from 2018 to 2019": the level after "from" is of the span's first year.
            return _span_start(cue)
        if cue.end <= start:
            if _opening_time_clause(text, s_start, cue, start, item_end):
                # "When the city fell in June, thousands had died": the opening clause's date frames the main clause
                # (its "when"/"after" would otherwise read as a clause apart from the figure's).
                if best is None or start - cue.end < best_distance:
                    best, best_distance = cue, start - cue.end
                continue
            if cue.span and _opening_frame(text, s_start, cue, start) and not CHANGE_BEFORE.search(
                    text, max(s_start, start - 40), start):
                # "Between 2007 and 2016, the number … declined from about 6.9 million people to 5.5 million": a
                # span opening its sentence frames the main clause, which it dates by its end (round 19).
                if best is None or start - cue.end < best_distance:
                    best, best_distance = cue, start - cue.end
                continue
            if cue.span:
                continue  # "sampling between 2014 and 2017 came back … below the federal guideline of 15 ppb"
            if MISSED_SENTENCE_STOP.search(text, cue.start, start):
                continue  # "… of Northern Ireland in the 1960s. By the time he became minister, … the two"
            if CLOSES_CONJUNCT.match(text[cue.end:start]):
                continue  # "announced last week and asks more than 50"
            gap = text[cue.end:start]
            if attributive or _has_relative(gap, text, cue.end) and not _saying_before_relative(gap, text, cue.end):
                # A recent event's toll is still being counted; its other figures are the event's own
                # ("put a counter-proposal on the table that included $800 billion").
                told_of_event = (_past_event(cue, base) or not DEFINITE_FIGURE.search(text, max(0, start - 40), start)
                                 and _recent_event_figure(text, cue, end, base, item_end)) and \
                    _in_event_clause(text, cue.end, start, end, needs_relative=cue.event_only,
                                     long_past=_past_event(cue, base), limit=item_end)
                if not told_of_event and _past_event(cue, base) and _opening_frame(text, s_start, cue, start):
                    told_of_event = True  # "Almost precisely one year ago, …, whose campaign … killed thousands"
                if not told_of_event:
                    continue  # "the Feb. 6 quake that killed 46,000" (two weeks on): the toll is today's
            if PRESENT_ADVERB.search(gap):
                continue  # "in play this year, with 23 currently held": the figure is today's
            if _present_clause_after(text, s_start, cue.start, cue.end, start, item_end):
                continue  # "the subway bombing Tuesday …, meaning there are potentially two": of now
            if not told_of_event and _toll_so_far(text, s_start, cue, start, end, item_end, base):
                continue  # "On February 6, an earthquake hit …, with reports stating that more than 22,000 have died"
            if "," in gap and _appositive_before(text, s_start, cue.start):
                continue  # ", a banker elected last year on a platform, also attempted": an appositive's date
            if "," in gap and _participle_aside_before_now(text, s_start, cue, start):
                continue  # "That Senate measure, passed in June with some GOP support, includes … 11 million"
            if (";" in gap or "," in gap) and _later_modal_clause(text, cue.end, start, end, item_end):
                continue  # "had agreed on June 22 to boost …, so any 2 million bpd-increase would be"
            distance = start - cue.end
        elif cue.start >= end:
            if (cue.span or cue.day_span) and (text.startswith("-", end) or CHANGE_BEFORE.search(
                    text, max(s_start, start - 40), start)):
                continue  # "the 48-page indictment included instances between 2009 and 2016", "shrunk 30 percent from"
            if attributive and not _past_event(cue, base) and not (
                    not cue.event_only and _event_day_figure(text, s_start, start, cue, base)):
                continue  # the date describes a noun ("deaths in last week's quake"), not the figure
            gap = text[end:cue.start]
            if item_end is not None and _closing_date(text, cue, item_end, s_start, end) and (
                    not _has_relative(gap, text, end) or _caption_place_date(text, cue)) \
                    and not GALLERY_COUNTER.search(text, max(s_start, start - 30), end):
                # A photo caption: "Miracle Boyd, an 18-year-old activist …, speaks into a megaphone … on
                # July 11, 2020." The full date closing the sentence is the scene's.
                if best is None or cue.start - end < best_distance:
                    best, best_distance = cue, cue.start - end
                continue
            reach = max(end, cue.start - END_POINT_REACH)
            if END_POINT_AFTER.search(text, reach, cue.start) and not PERIOD_ENDING.search(
                    text, max(s_start, cue.start - END_POINT_REACH), cue.start) and not FUTURE_CUE.search(
                    text, s_start, cue.start):
                continue  # "billions in grants … to keep paying workers through the end of September"
            if BEYOND_AFTER.search(text, reach, cue.start):
                continue  # "short-term interest rates would remain near zero beyond the end of 2014"
            if not cue.day_span and START_POINT_AFTER.search(text, reach, cue.start) and not SOURCE_FROM_BEFORE.search(
                    text, max(s_start, cue.start - 40), cue.start) and not COMPARED_FIGURE_BEFORE.search(
                    text, max(s_start, start - 24), start):
                continue  # "between the two countries from the end of 2014", "1.7 percent from a year earlier"
            own_clause = _figure_relative_date(text, end, cue, base)
            named = _name_appositive_commas(gap)
            breaks = [b for b in GAP_CLAUSE_BREAK.finditer(gap) if not _list_comma(text, end + b.start())
                      and b.start() not in named]
            # A statement's date after a break ("said late Sunday night") dates what the statement reports, a
            # relative clause the break closed included ("Gia Soriano, 14, who had been in critical condition …,
            # died at a hospital, the … Center said late Sunday night"): only the date's own clause is read for
            # a relative pronoun then.
            relative_from = end
            if breaks and _statement_date(text, end + breaks[-1].end(), cue.start):
                relative_from = end + breaks[-1].end()
            # A step of the figure's own act told after "before"/"after" may take the date; not from a clause told
            # in the present ("400 people remain missing after a cruise ship capsized on Monday"), nor a recent
            # day's toll, still being counted ("26 people were killed … after a gunman opened fire … on Sunday").
            # Nor a count of days or more before it: "took more than four months after rebels … reported
            # chemical attacks in February" counts from that date, it is not of it.
            step_from = _clause_start(text, s_start, start) if not LONG_DURATION.search(
                text, start, min(cue.start, end + LONG_DURATION_REACH)) and PRESENT_TENSE.search(
                text, _clause_start(text, s_start, start), cue.start) is None and not (
                cue.precision == "day" and not _past_event(cue, base) and TOLL_WORD.search(
                    text, max(s_start, start - 30), cue.start)) else None
            if not own_clause and (_other_event(text, end, cue.start, step_from) or _has_relative(
                    text[relative_from:cue.start], text, relative_from)):
                continue  # "… 16 babies … following the tremors on Monday"
            if breaks and gap[breaks[-1].end():].strip() and not SAYING_VERB.search(gap, breaks[-1].end()) and \
                    not statement and not SOURCE_FROM_BEFORE.search(gap) and \
                    not _opening_phrase_figure(text, s_start, end + breaks[0].start(), cue, item_end) and \
                    not AS_OF_ADJUNCT.fullmatch(gap, breaks[-1].end()) and \
                    not TIME_ADVERB_ADJUNCT.fullmatch(gap, breaks[-1].end()):
                continue  # a later clause that is not the attribution (a date right after the comma is an adjunct)
            if breaks and _present_relative_clause(text, s_start, start, end + breaks[0].start()):
                continue  # "Potbelly, which has … a value of $89 million, reported receiving $10 million last week"
            if breaks and _in_reported_clause(gap, breaks[-1].end()):
                continue  # "One official … said Dunford … acknowledged that Trump's announcement on Wednesday"
            if not breaks and _reported_clause_date(gap):
                continue  # "One of the officials said the item appeared in Mr. Trump's brief in late February"
            distance = cue.start - end
            if FIGURE_BY_DATE.fullmatch(gap):
                distance = 0  # "50 percent by November 15, 80 percent by December 1": its own deadline
        else:
            continue
        if not told_of_event and not own_clause and _in_relative_clause(
                text, cue, start, s_start, steps=step_from is not None):
            continue  # "a compromise that Mr. Pence floated last month, saying $2.5 billion"
        if best is None or distance < best_distance:
            best, best_distance = cue, distance
    if best is not None and best.end <= start and item_end is not None:
        # "The report ICE filed in court Friday shows that 185 children were detained … as of the end of last week":
        # the count's own date after the figure, before any other number, outweighs a report's day before it.
        count_date = _as_of_after(text, found, end, item_end)
        if count_date is not None and AS_OF_ADJUNCT.match(best.text) is None and not AS_OF_BEFORE.search(
                text, max(s_start, best.start - 30), best.start):
            return count_date
    return best


def _as_of_after(text: str, found: list[DateCue], end: int, item_end: int) -> DateCue | None:
    """The first date after the figure ending at ``end`` that "as of" introduces (:data:`AS_OF_BEFORE`), when
    no other number, semicolon or full stop stands between: the day the figure was counted."""
    for cue in found:
        if cue.start < end or cue.end > item_end or cue.span or cue.event_only:
            continue
        if AS_OF_ADJUNCT.match(cue.text) is None and AS_OF_BEFORE.search(text, max(end, cue.start - 30), cue.start) is None:
            continue
        return None if COUNT_GAP_STOP.search(text, end, cue.start) else cue
    return None


def _present_clause_after(text: str, s_start: int, cue_start: int, after_date: int, start: int,
                          limit: int | None = None) -> bool:
    """Whether the figure at ``start`` stands in a clause told in the present that opens after a date
    (``cue_start:after_date``) told in the past: "took part in the subway bombing Tuesday …, meaning there
    are potentially two", "a bill signed into law this spring …, the state is spending $24 million".

    The date's clause (from its last break) holds a past verb before the date (an opening "In 2017, Pakistan is
    due to receive" dates the whole sentence); after the last clause opening (:data:`CLAUSE_OPENING`) between
    date and figure comes a subject, then a verb of the present (:data:`PRESENT_CLAUSE_VERB`) and no past verb
    ("rose 0.2 percent in November, and are up about 1.7 percent" shares the date), nor up to the clause's end
    ("what is clear is that the two suspects were"); no attribution or quotation before the figure makes the
    date a statement's ("According to senior U.S. officials last month, the administration is examining",
    "On Tuesday, officials said there are 300", "went over their target list last week and “feel very
    confident we’re going to have 146 votes").
    """
    breaks = list(CLAUSE_BREAK.finditer(text, s_start, cue_start))
    clause_start = breaks[-1].end() if breaks else s_start
    if not PAST_TENSE.search(text, clause_start, cue_start):
        return False
    opening = None
    for opening in CLAUSE_OPENING.finditer(text, after_date, start):
        pass
    if opening is None:
        return False
    tail = text[opening.end():start]
    verb = PRESENT_CLAUSE_VERB.search(tail)
    if verb is None or not tail[:verb.start()].strip() or PAST_TENSE.search(tail):
        return False
    if QUOTE_MARK.search(tail) or ACCORDING_TO.search(text, s_start, start) or SAYING_VERB.search(text, s_start, start):
        return False
    stop = limit if limit is not None else len(text)  # the figure's sentence end: the next one is no part of it
    clause_end = CLAUSE_BREAK.search(text, start, stop)
    return not PAST_TENSE.search(text, start, clause_end.start() if clause_end else stop)


def _opening_frame(text: str, s_start: int, cue: DateCue, start: int) -> bool:
    """Whether the date ``cue`` opens its sentence as an adjunct (:data:`OPENING_DATE_BEFORE` before it, a comma
    after it) and sets the time of the whole sentence, relative clauses included, up to the figure at ``start``:
    "Almost precisely one year ago, the Obama administration was so enraged with … Assad, whose campaign of terror
    … had killed thousands". Not a relative clause told in the present ("In 2012, …, which now has 300")."""
    return text.startswith(",", cue.end) and OPENING_DATE_BEFORE.fullmatch(text, s_start, cue.start) is not None \
        and PRESENT_TENSE.search(text, cue.end, start) is None


def _opening_time_clause(text: str, s_start: int, cue: DateCue, start: int, item_end: int | None) -> bool:
    """Whether the date ``cue`` closes a time clause opening its sentence (:data:`OPENING_TIME_CLAUSE`), a comma right
    after it, and the figure at ``start`` stands in the main clause that follows (read up to ``item_end``), told in the
    past: "When the city fell in June, 3,000 people had died"; not "When the city fell in June, 3,000 people live there
    now"."""
    if not text.startswith(",", cue.end) or cue.event_only or OPENING_CLAUSE_GOES_ON.match(text, cue.end):
        return False
    if OPENING_TIME_CLAUSE.fullmatch(text, s_start, cue.start) is None or \
            SOURCE_YEAR_DETERMINER.search(text, max(s_start, cue.start - 8), cue.start):
        return False  # ("After a Feb. 14, 2018, interview, …": the date is a noun's, the clause goes on)
    limit = item_end if item_end is not None else len(text)
    closing = GAP_CLAUSE_BREAK.search(text, start, limit)
    stop = text.find(". ", start, limit)  # (the sentence's end, where no break came before it)
    clause_end = min(closing.start() if closing else limit, stop if stop != -1 else limit)
    return PRESENT_TENSE.search(text, cue.end, clause_end) is None and \
        PRESENT_ADVERB.search(text, cue.end, clause_end) is None


def _outside_contact_clause(text: str, s_start: int, cue: DateCue, start: int, end: int) -> bool:
    """Whether the date ``cue`` closes a contact relative clause (:data:`CONTACT_RELATIVE_BEFORE`: "a bill he
    introduced months ago") that the figure at ``start:end`` stands outside of: before the clause's noun phrase
    ("134 House Republicans … by co-sponsoring a bill he introduced months ago"), or after the date past the
    clause's end ("The linguist his proxies killed on Dec. 27, Nawres Hamid, was … out of more than 600"). A figure
    in the noun phrase is the noun's own ("the 12 people he killed on Monday"); a phrase that goes on in the clause
    keeps the date ("a leader he met in 2003 at age 82"); a statement's noun is the statement's day ("the speech he
    gave on Tuesday")."""
    if cue.span or cue.event_only or SUBJECT_PRONOUN.search(
            text, max(s_start, cue.start - CONTACT_RELATIVE_REACH), cue.start) is None:
        return False  # most dates have no subject pronoun before them: a plain scan spares them the pattern
    match = CONTACT_RELATIVE_BEFORE.search(text, max(s_start, cue.start - CONTACT_RELATIVE_REACH), cue.start)
    if match is None or match.group("noun") in _STATEMENT_NOUNS:
        return False
    if end <= match.start():
        # The clause may modify the figure's own noun after an "of" phrase ("the nearly 10 percent of the economy they
        # represented in 2009"): a short gap without a break keeps the date; a longer one is another phrase.
        # After "from" or "than" the clause's noun is a comparison's base ("down 23.7 percent from the peak it reached
        # October 3"): the figure compares with it and is not of its date.
        gap = text[end:match.start()]
        return len(gap.split()) > CONTACT_NOUN_GAP_WORDS or GAP_CLAUSE_BREAK.search(gap) is not None or \
            BASE_WORD.search(gap) is not None
    # After the date only a clause break ends the clause: "revised down the number of migrants it took in last year to
    # 890,000 from a previous estimate of 1.1 million" still measures the clause's noun.
    return start >= cue.end and GAP_CLAUSE_BREAK.search(text, cue.end, start) is not None and \
        not _relative_clause_tail(text, cue.end, start)


def _span_start_level(text: str, s_start: int, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is the first level of a change, after "from" and before a "to" with a
    number (:data:`FROM_LEVEL_BEFORE`, :data:`TO_LEVEL_AFTER`: "from 4.0 percent of the adult population to 4.4
    percent"); not a figure that holds the pair itself ("6.9 million people to 5.5 million")."""
    if text.find("from", max(s_start, start - 30), start) == -1 or " to " in text[start:end]:
        return False  # most figures have no "from" before them: a plain scan spares them the patterns
    return FROM_LEVEL_BEFORE.search(text, max(s_start, start - 40), start) is not None and \
        TO_LEVEL_AFTER.match(text, end) is not None


def _span_start(cue: DateCue) -> DateCue:
    """The first year of the span of years ``cue`` ("from 2018 to 2019": 2018), at year precision."""
    first = ANY_YEAR.search(cue.text)
    year = int(first.group()) if first is not None else cue.date.year
    return DateCue(cue.start, cue.end, cue.text, dt.date(year, 1, 1), "year", span=True)


def _under_document_figure(text: str, s_start: int, cue: DateCue, start: int) -> bool:
    """Whether the date ``cue`` closes an opening "Under …" phrase that names a document and when it was made
    (:data:`UNDER_DOCUMENT_BEFORE`), the figure at ``start`` stands in the main clause after the comma that ends
    the phrase, and that clause is not told in the present ("Under a foreign aid deal signed in 2010, …, the U.S. is
    giving the planes to Egypt's air force, which already has more than 200": of now)."""
    if not text[s_start:cue.start].lstrip(" \t\n\"“").startswith("Under"):
        return False  # most sentences do not open with "Under": a plain test spares them the pattern
    if not text.startswith(",", cue.end) or UNDER_DOCUMENT_BEFORE.fullmatch(text, s_start, cue.start) is None:
        return False
    # The main clause's first verb decides: "Pakistan would not be refunded … unless … certified that it is" is told
    # as a possibility; "the U.S. is giving" in the present.
    main_start = cue.end + 1
    if GAP_CLAUSE_BREAK.search(text, main_start, start) is not None:
        return False  # "Under a foreign aid deal signed in 2010, when …, the U.S. is giving": not right after it
    present = PRESENT_TENSE.search(text, main_start, start)
    told = FUTURE_CUE.search(text, main_start, start) or PAST_TENSE.search(text, main_start, start)
    return present is None or told is not None and told.start() < present.start()


def _when_clause_year(text: str, found: Sequence[DateCue], item_start: int, start: int, end: int) -> DateCue | None:
    """The year, at year precision, of a "when" clause the figure at ``start`` stands in, when the year is one
    that no date expression reads (:data:`YEAR_BEFORE_WHEN`: "since at least 2015, when The New York Times
    reported …", "the lowest year-end total since 1997, when employers announced 434,350 job cuts") and the clause
    tells a past or a coming time (:data:`PAST_TENSE`, :data:`FUTURE_CUE`): "since 1947, when … growth falls below
    2%" is whenever it does. Else None. Most items have no ", when": a plain scan spares them the pattern."""
    if text.find("when", item_start, start) == -1:
        return None
    for match in YEAR_BEFORE_WHEN.finditer(text, item_start, start):
        if any(cue.start <= match.start() < cue.end for cue in found):
            continue  # "since October 2014, when …": a date expression's, read by _when_clause_figure
        clause_end = GAP_CLAUSE_BREAK.search(text, end)
        clause = text[match.end():clause_end.start() if clause_end else len(text)]
        if WHEN_CLAUSE_AFTER_DATE.match(text[match.end():start]) is not None and (
                PAST_TENSE.search(clause) or FUTURE_CUE.search(clause)):
            return DateCue(match.start(), match.end(), match.group(), dt.date(int(match.group()), 1, 1), "year")
    return None


def _when_clause_figure(text: str, cue: DateCue, start: int) -> bool:
    """Whether the figure at ``start`` stands in the "when" clause right after the date ``cue``, before any break
    of that clause (:data:`WHEN_CLAUSE_AFTER_DATE`): "since October 2014, when 33 security personnel were killed";
    not "In 1994, when the U.S. adopted an assault weapons ban, 38 House Republicans" (the main clause's)."""
    if text.find("when", cue.end, min(start, cue.end + 8)) == -1:
        return False  # most dates have no "when" after them: a plain scan spares them the pattern
    return not cue.event_only and WHEN_CLAUSE_AFTER_DATE.match(text[cue.end:start]) is not None


def _figure_by_year(text: str, end: int, item_end: int) -> DateCue | None:
    """The year of a target right after the figure ending at ``end`` (:data:`FIGURE_BY_YEAR`: "by 30 percent by
    2030"), at year precision, or None. Most figures have no " by " within :data:`FIGURE_BY_YEAR_REACH`
    characters after them: a plain scan spares them the pattern."""
    if text.find(" by ", end, min(item_end, end + FIGURE_BY_YEAR_REACH)) == -1:
        return None
    match = FIGURE_BY_YEAR.match(text, end, item_end)
    if match is None:
        return None
    at = match.start("year")
    by = text.rfind("by", end, at)
    return DateCue(by, match.end("year"), text[by:match.end("year")], dt.date(int(match.group("year")), 1, 1), "year")


def _comparison_start(text: str, s_start: int, cue: DateCue) -> bool:
    """Whether the date ``cue`` starts a comparison or a span (:data:`FROM_BEFORE_DATE`: "from 7% a month ago",
    "posted between Jan. 21 and April 7"); not a source's date right after "from" ("data from a 1997 study")."""
    match = FROM_BEFORE_DATE.search(text, max(s_start, cue.start - 24), cue.start)
    return match is not None and bool(match.group("figure") or not ARTICLE_OPENING.match(cue.text))


def _name_appositive_commas(gap: str) -> set[int]:
    """The offsets in ``gap`` of the two commas around each appositive of names (:data:`NAME_APPOSITIVE`: "two
    prominent Fox News hosts, Chris Wallace and Shepherd Smith, harshly criticized … on Friday"): no clause breaks."""
    if "," not in gap:
        return set()
    # Only on the figure's own noun phrase, a few words on: further on it may name the subject of another clause
    # ("a … lawsuit his former communications director, Lauren Greene, had filed in 2014").
    # And only before a verb in the past: "his 26-year-old brother, Tamerlan, are accused of carrying out the April
    # 15 bombing" is told of now.
    return {offset for match in NAME_APPOSITIVE.finditer(gap, 0, NAME_APPOSITIVE_REACH + 200)
            if match.start() <= NAME_APPOSITIVE_REACH and PAST_FORM.search(gap, 0, match.start()) is None
            and PRESENT_TENSE.search(gap, match.end()) is None
            for offset in (match.start(), match.end() - 1)}


def _list_comma(text: str, at: int) -> bool:
    """Whether the comma at ``at`` separates names of a list ("El Salvador, Guatemala and Honduras")."""
    return LIST_COMMA.match(text, at) is not None and NAME_BEFORE.search(text, max(0, at - 20), at) is not None


def shifted_dates(text: str, s_start: int, s_end: int, found: list[DateCue], base: dt.date,
                  per_sentence: dict[tuple[int, int], list[DateCue]]) -> list[DateCue]:
    """Dates of the :data:`SHIFTED_TIME` expressions in the sentence ``s_start:s_end`` ("seven days later"),
    counted from the last date before each in the sentence (``found``) or in the sentences before.

    The result is as precise as the coarser of the reference and the unit counted ("two days later" after
    "in January" is January); an expression with no date before it is left out.
    """
    shifted: list[DateCue] = []
    for match in SHIFTED_TIME.finditer(text, s_start, s_end):
        # Only a date of the shift's own item is counted from: an RSS headline's "two weeks ago" before a run of
        # spaces is another item's time, not the one "twin earthquakes two weeks earlier" counts from (round 19).
        item_start = item_span(text, match.start(), match.end(), s_start, s_end)[0]
        before = [cue for cue in found if item_start <= cue.start and cue.end <= match.start() and not cue.event_only]
        reference = max(before, key=lambda cue: cue.end) if before else _earlier_date(text, s_start, base,
                                                                                        per_sentence)
        if reference is None:
            continue
        if match.group("shift_next"):
            unit, step = match.group("shift_next"), 1
        elif match.group("shift_previous"):
            if BASE_PERIOD_BEFORE.search(text, max(s_start, match.start() - 24), match.start()):
                continue  # "up 3.2 percent over the previous year", "than in the previous month": a comparison's base
            unit, step = match.group("shift_previous"), -1
            if _PRECISION_ORDER.index(reference.precision) > _PRECISION_ORDER.index(unit):
                continue  # "an initially reported 343,000 the previous week" after a month: not the week before it
        else:
            if match.group("shift_way") and SHIFT_BASE_BEFORE.search(text, max(s_start, match.start() - 24),
                                                                      match.start()):
                continue  # "a 2.1 percent increase compared with a year earlier": a comparison's base (round 16)
            unit = match.group("shift_unit") or match.group("within_unit")
            count = match.group("shift_count") or match.group("within_count")
            step = 1 if count.lower() in ("a", "an") else count_value(count)
            if match.group("shift_way") == "earlier":
                step = -step
        if reference.precision == "year" and unit != "year":
            continue  # "a few years ago, he sent Khozhugov a song …. Six weeks later": too vague to count from
        date = _shift_from(reference.date, unit, step)
        if date is None or date > base:
            continue  # after publication: the reference was not the time counted from ("a 1994 ban that expired
            # 10 years later", "Nearly two decades ago, they barred …, only to let that law lapse 10 years later")
        precision = max(reference.precision, unit, key=_PRECISION_ORDER.index)
        if precision != "day":  # a period starts on its first day, as the other expressions give it
            date = _shift(date, precision, 0)[0]
        shifted.append(DateCue(match.start(), match.end(), match.group(), date, precision,
                               counted_from=reference if step < 0 and match.group("shift_way") else None))
    return shifted


def days_after(text: str, s_start: int, s_end: int, found: list[DateCue], base: dt.date) -> list[DateCue]:
    """The days of the events that :data:`DAY_AFTER` expressions in the sentence ``s_start:s_end`` tell
    ("Rescue operations under way …, a day after a magnitude 7.8 quake hit Turkey"): that many days before the
    last date of the sentence before the expression (``found``: "on Tuesday, a day after an
    earthquake struck"), else the first one after the event's clause ("…, on Feb. 7, 2023."), else publication
    ``base``. Not when a verb of saying stands between that date and the expression (the date is the
    statement's), nor with a date of the event's own. Only the figures of the event's clause take it (see
    :func:`governing_date`)."""
    events = []
    if DAY_AFTER_WORDS.search(text, s_start, s_end) is None:
        return events  # (every match of DAY_AFTER holds these words: most sentences with "after" are spared it)
    for match in DAY_AFTER.finditer(text, s_start, s_end):
        if FUTURE_CUE.search(text, s_start, match.start()):
            continue  # "The vote will take place a day after …": counted from a time to come
        closing = CLAUSE_BREAK.search(text, match.end(), s_end)
        clause_end = closing.start() if closing else s_end
        if any(match.end() <= cue.start < clause_end for cue in found):
            continue  # "two days after Christmas in 1993": the event's own date dates its clause
        dated = [cue for cue in found if not cue.event_only and not cue.span]
        before = [cue for cue in dated if cue.end <= match.start()]
        after = [cue for cue in dated if cue.start >= clause_end]
        if before:
            reference = max(before, key=lambda cue: cue.end)
            if SAYING_VERB.search(text, reference.end, match.start()):
                continue  # "A report last week said China … did not release … until more than a week after": not
                # counted from the statement's day, and the day it is counted from is not told
        elif after:
            reference = after[0]  # "…, a day after a 7.8-magnitude earthquake struck …, on Feb. 7, 2023."
        else:
            reference = DateCue(s_start, s_start, "", base, "day")
        count = match.group("count")
        step = 1 if count.lower() in ("a", "an") else count_value(count)
        unit = match.group("unit").lower()
        if unit == "day" and step > DAY_AFTER_MOST or unit == "year" and count.lower() in ROUGH_COUNTS:
            continue  # "Several years after 9/11, when Estonia joined NATO": no year to count back to
        date = _shift_from(reference.date, unit, -step)
        if date is None or date > base:
            continue
        precision = max(reference.precision, unit, key=_PRECISION_ORDER.index)
        if precision != "day":
            date = _shift(date, precision, 0)[0]
        events.append(DateCue(match.start(), match.end(), match.group(), date, precision, after_event=True))
    return events


def _after_event_figure(text: str, cue: DateCue, start: int, end: int, item_end: int | None) -> bool:
    """Whether the figure at ``start:end`` stands in the clause of the event a :data:`DAY_AFTER` ``cue`` tells,
    with no break between ("a day after a magnitude 7.8 quake hit"), and is no toll: a recent event's toll is
    counted at publication ("a day after an earthquake struck the region killing more than 5,000 people")."""
    if cue.end > start or CLAUSE_BREAK.search(text, cue.end, start):
        return False  # (the count itself, "two years after …", is a distance of now, as "two years ago" is)
    if PRESENT_TENSE.search(text, cue.end, start):
        return False  # "four years after its initiation is still approving 93 percent": the main clause, of now
    limit = item_end if item_end is not None else len(text)
    closing = CLAUSE_BREAK.search(text, end, limit)
    # A year's event is long over: its toll is counted ("15 years after the attacks that killed nearly 3,000").
    return cue.precision == "year" or TOLL_WORD.search(text, cue.end, closing.start() if closing else limit) is None


def _shift_from(day: dt.date, unit: str, step: int) -> dt.date | None:
    """The day ``step`` units (day, week, month, year) from ``day``, None outside the calendar."""
    try:
        if unit == "day":
            return day + dt.timedelta(days=step)
        if unit == "week":
            return day + dt.timedelta(weeks=step)
        months = day.year * 12 + day.month - 1 + (step if unit == "month" else 12 * step)
        year, month = divmod(months, 12)
        return _safe_date(year, month + 1, min(day.day, 28)) if day.day > 28 else dt.date(year, month + 1, day.day)
    except (ValueError, OverflowError):
        return None


def _later_modal_clause(text: str, after_date: int, start: int, end: int, item_end: int | None) -> bool:
    """Whether the figure at ``start:end`` stands in a later coordinate clause told as a possibility or a
    future (", so any 2 million bpd-increase would be at least double market expectations"), not in the
    clause a date before it (at ``after_date``) tells of; a verb of saying before the figure keeps the
    statement's date ("…, and officials said 12 would …")."""
    opening = None
    for opening in COORDINATE_CLAUSE.finditer(text, after_date, start):
        pass
    if opening is None or SAYING_VERB.search(text, opening.end(), start):
        return False
    limit = item_end if item_end is not None else len(text)
    closing = CLAUSE_BREAK.search(text, end, limit)
    return FUTURE_CUE.search(text, opening.end(), closing.start() if closing else limit) is not None


def _figure_relative_date(text: str, end: int, cue: DateCue, base: dt.date | None) -> bool:
    """Whether the date ``cue`` after a figure ending at ``end`` closes a short relative clause on the
    figure's own noun ("the 1.6 million arrests that happened in 2000"): it tells when the counted things
    happened. Not when "that" is a determiner ("the biggest one-month jump in that indicator since June
    1983") or a word of another event stands between, nor for a recent event's toll, which is still
    being counted at publication."""
    gap = text[end:cue.start]
    if FIGURE_RELATIVE_GAP.fullmatch(gap) is None or OTHER_EVENT.search(gap) or not _has_relative(gap, text, end):
        return False
    if _past_event(cue, base):
        return True
    # A recent event's toll is counted at publication, told after the figure ("26 people who were killed on
    # Friday") or before it ("buildings that collapsed in two massive earthquakes that struck … a week ago"),
    # unless another event's word stands between ("confirmed dead in Turkey following a 7.8-magnitude earthquake").
    before = max(0, end - TOLL_BEFORE_REACH)
    for relation in OTHER_EVENT.finditer(text, before, end):
        before = relation.end()
    return TOLL_WORD.search(gap) is None and TOLL_WORD.search(text, before, end) is None


def _caption_place_date(text: str, cue: DateCue) -> bool:
    """Whether a closing date with its year follows a place set off by commas (CAPTION_PLACE_BEFORE): a wire photo
    caption's date, which dates the whole scene."""
    return ANY_YEAR.search(cue.text) is not None and CAPTION_PLACE_BEFORE.search(
        text, max(0, cue.start - 80), cue.start) is not None


def _closing_date(text: str, cue: DateCue, item_end: int, s_start: int, end: int) -> bool:
    """Whether ``cue`` is a full date after "on" that closes its sentence ("… in Woodlawn on July 11, 2020."):
    a photo caption's or a dateline's, the time of the whole scene; so is a day with its year after a comma
    (a wire caption's "…, in Seoul, South Korea, May 28, 2020."). Without its year, a day in a sentence
    told in the past ("Nearly 300 people were killed when the Malaysian plane was shot down by a missile on
    July 17.") is the scene's too."""
    if text[cue.end:item_end].strip(" \t\n.\"'”’)"):
        return False
    if CLOSING_DATE_BEFORE.search(text, max(0, cue.start - 4), cue.start) is None:
        return cue.precision == "day" and CAPTION_DATE_BEFORE.search(text, max(0, cue.start - 3), cue.start) \
            is not None and ANY_YEAR.search(cue.text) is not None
    return bool(ANY_YEAR.search(cue.text)) or cue.precision == "day" and _sentence_in_past(
        text, s_start, cue.start, item_end) and OTHER_EVENT_RELATION.search(text, end, cue.start) is None


def _present_relative_clause(text: str, s_start: int, start: int, clause_end: int) -> bool:
    """Whether the figure at ``start`` stands in a relative clause in the present ("…, which has more than 400
    locations and a value of $89 million, …"): it describes its noun as of now, not at a later clause's date."""
    opening = _clause_start(text, s_start, start)
    relative = RELATIVE_OPENING.match(text, opening, start)
    return relative is not None and PRESENT_TENSE.search(text, opening, clause_end) is not None


def _reported_clause_date(gap: str) -> bool:
    """Whether a date after a figure in the subject of a verb of saying (``gap`` runs from the figure to the
    date, no clause break in it) stands in the clause the verb reports, after its "that" or its verb ("One of the
    officials said the item appeared in Mr. Trump's brief in late February", "Two officials said that the attack
    happened on Monday"): it dates the reported event, not the speakers. A date right by the verb, or after its
    medium only ("said in a statement released on Monday", "told reporters on Monday"), is the statement's."""
    saying = None
    for saying in SPEAKER_VERB.finditer(gap):
        pass  # the last one
    if saying is None or SAYER_PRONOUN_AFTER.match(gap, saying.end()):
        return False  # "582,000 more people said they took part-time work … last month": the figure's own act
    return any(match.group("participle") is None or MEDIUM_BEFORE_PARTICIPLE.search(gap, 0, match.start()) is None
               for match in REPORTED_VERB.finditer(gap, saying.end()))


def _in_reported_clause(gap: str, clause_start: int) -> bool:
    """Whether, in the attribution clause that ``gap`` (from a figure to a later date) ends with, the date
    stands inside the clause a verb of saying reports ("said Dunford … acknowledged that Trump's announcement
    on Wednesday was 'unexpected'"), not by the verb ("officials said on Tuesday")."""
    saying = None
    for saying in SAYING_VERB.finditer(gap, clause_start):
        pass  # the last one
    return saying is not None and REPORTED_THAT.search(gap, saying.end()) is not None


def _asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The asides of ``text[start:end]``: spans between a pair of dashes (a lone dash opens an elaboration
    that runs on, so it makes no aside). Brackets are left out: a date in them is often its noun's source
    ("A new Pew Research Center survey (March 14-17) found that 56% …")."""
    spans = []
    opened = None
    for mark in ASIDE_OPEN.finditer(text, start, end):
        if opened is None:
            opened = mark.start()
        else:
            spans.append((opened, mark.end()))
            opened = None
    return spans


def _aside_of(asides: list[tuple[int, int]], at: int) -> int:
    """The index of the aside holding ``at``, or -1."""
    return next((i for i, (open_at, close_at) in enumerate(asides) if open_at < at < close_at), -1)


def _opening_phrase_figure(text: str, s_start: int, phrase_end: int, cue: DateCue, item_end: int | None) -> bool:
    """Whether the figure stands in an opening adverbial phrase that ends at ``phrase_end`` (:data:`INTRODUCTORY_PHRASE`:
    "In Trump’s first attempt at ending the six-year Syrian civil war, the United States, Russia and Jordan on Friday
    reached a ceasefire", "After 18 years reporting from the world's hotspots, she left the network last year") and
    the main clause after it, told in the past, holds the date ``cue``: the phrase is that clause's frame. Not a main
    clause told in the present ("In one memo, Comey recounts a Feb. 8, 2017, meeting"): the date is a noun's."""
    if INTRODUCTORY_PHRASE.fullmatch(text, s_start, phrase_end) is None:
        return False
    limit = min(cue.end + MAIN_VERB_AFTER_DATE_REACH, item_end if item_end is not None else len(text))
    # A clause break after the date ends the main clause when its subject and verb in the past stand before the date
    # (round 17): "the acting director … excoriated the political enablers of illegal immigration on Wednesday, saying
    # he’ll “never back down”" is told in the past; the participle's "he’ll" is another clause's. Not a participle
    # right after the phrase ("In two letters …, dated April 16 and April 26, Issa has sought"): no subject before it.
    verb = PAST_TENSE.search(text, phrase_end, cue.start)
    closing = CLAUSE_BREAK.search(text, cue.end, limit)
    if verb is not None and closing is not None and text[phrase_end:verb.start()].strip(" \t,"):
        limit = closing.start()
    return PAST_TENSE.search(text, phrase_end, limit) is not None and \
        PRESENT_TENSE.search(text, phrase_end, limit) is None


def _appositive_before(text: str, s_start: int, at: int) -> bool:
    """Whether ``at`` lies in an appositive noun phrase opened by a comma ("Macron, a former investment banker
    elected …"), not in the subject after an opening adverbial ("In the final jobs report …, the Bureau …")."""
    opening = APPOSITIVE_OPENING.search(text, s_start, at)
    return opening is not None and INTRODUCTORY_PHRASE.match(text, s_start, opening.start()) is None


def _participle_aside_before_now(text: str, s_start: int, cue: DateCue, start: int) -> bool:
    """Whether the date ``cue`` stands in a participle's phrase set off by commas after the subject
    (:data:`PARTICIPLE_ASIDE_OPENING`: "That Senate measure, passed in June with some GOP support, includes …")
    and the main clause it closes before the figure at ``start`` is told in the present or as a possibility
    (:data:`MAIN_VERB_NOW`: "…, would preserve 35 jobs"): the date describes the subject, the figure is of now."""
    opening = PARTICIPLE_ASIDE_OPENING.search(text, s_start, cue.start)
    if opening is None:
        return False
    closing = text.find(",", cue.end, start)
    return closing != -1 and MAIN_VERB_NOW.match(text, closing + 1, start) is not None


def _in_event_clause(text: str, after_date: int, start: int, end: int, *, needs_relative: bool = False,
                     long_past: bool = False, limit: int | None = None) -> bool:
    """Whether the figure at ``start:end`` is told of the event a date before it names: in the noun phrase
    or relative clause that follows the date ("last July's shooting that left 12 dead", "the Aug. 15 car
    bombing that killed 27"), with no clause break between, and not as a present count ("in which more
    than 6,000 people have been killed"). With ``needs_relative`` only a relative clause will do ("the 1993
    federal law and similar laws in 19 other states" tells nothing of the law's year). In the relative clause
    of a ``long_past`` event a comma before a participle goes on with the clause ("last summer's massacre, in
    which a gunman opened fire …, killing 12"); a recent event's participle often tells of its effects now
    ("after last week's plunge, pushing the indexes closer to an official 10% correction")."""
    if ASIDE_MARK.search(text, after_date, start):
        return False  # "the uprising … two years ago -- was filled with a crowd that exceeded 100,000"
    opening = after_date
    for match in RELATIVE_PRONOUN.finditer(text, after_date, start):
        if not _is_conjunction(text, match.start(), match.group()):
            if match.group() not in EVENT_RELATIVES:
                return False  # "Begum, who was 15": a person's clause, not the event's
            opening = match.end()
    if needs_relative and opening == after_date and not EVENT_OF_COMPLEMENT.fullmatch(text, after_date, start):
        return False
    if any(not (long_past and opening > after_date and PARTICIPLE_AFTER_COMMA.match(text, brk.start()))
           for brk in CLAUSE_BREAK.finditer(text, opening, start)):
        return False  # "… drills that it said were a threat, Pyongyang shut the border": the clause closed
    # The clause ends at a break or at the figure's sentence end (``limit``): "has" in the next sentence is not its.
    stop = limit if limit is not None else len(text)
    clause_end = CLAUSE_BREAK.search(text, end, stop)
    return not PRESENT_PERFECT.search(text, opening, clause_end.start() if clause_end else stop)


def _event_day_figure(text: str, s_start: int, start: int, cue: DateCue, base: dt.date | None) -> bool:
    """Whether a figure before a recent event's possessive date ("split in two during last week's devastating
    earthquake") tells of the event's day: its clause up to the date is told in the past, with no toll
    ("deaths in last week's quake" are counted as of publication) and no word of the present."""
    if base is None or cue.date > base:
        return False
    opening = _clause_start(text, s_start, start)
    # A past form that is a verb for sure ("was split"): a word in "-ed" may be an adjective ("Satellite images
    # from three devastated towns … show the devastation wrought by Monday's huge earthquakes").
    return any(match.group() in _PAST_VERBS for match in PAST_TENSE.finditer(text, opening, cue.start)) and \
        PRESENT_TENSE.search(text, opening, cue.start) is None and TOLL_WORD.search(text, opening, cue.start) is None


def _recent_event_figure(text: str, cue: DateCue, end: int, base: dt.date | None,
                         item_end: int | None = None) -> bool:
    """Whether a figure after a recent (not long past) event's date is the event's own: the event is over
    (not after ``base``), its clause is told in the past, and the figure is no toll ("killed", "injured"),
    which keeps growing while the event is recent and is stated as of publication ("the Feb. 6 quake that
    killed 46,000" two weeks on). "put a counter-proposal on the table that included $800 billion" is.
    The clause is read up to ``item_end`` (its sentence) at most."""
    if base is None or cue.date > base:
        return False
    limit = item_end if item_end is not None else len(text)
    clause_end = CLAUSE_BREAK.search(text, end, limit)
    stop = clause_end.start() if clause_end else limit
    # Only the toll of an event whose toll keeps growing waits (round 19): "an Aug. 21 sarin gas attack that the U.S.
    # said killed 1,429 people" three weeks on is the attack's toll; "the Feb. 6 quake that killed 46,000" is today's.
    # The event's noun stands after the date ("the Feb. 6 quake") or right before it ("a far stronger quake on Feb. 6").
    if TOLL_WORD.search(text, cue.end, stop) is not None and (RISING_TOLL_EVENT.search(
            text, _clause_start(text, max(0, cue.start - EVENT_NOUN_REACH), cue.start), stop) is not None
            or not _toll_of_dated_event(text, cue, end)):
        return False
    return PRESENT_TENSE.search(text, cue.end, stop) is None and PAST_TENSE.search(text, cue.end, stop) is not None


def _toll_of_dated_event(text: str, cue: DateCue, end: int) -> bool:
    """Whether a relative clause before the figure ending at ``end`` is on the event the date ``cue`` names: only
    the event's noun phrase stands between them, with no verb and no break but a comma right before the pronoun
    ("an Aug. 21 sarin gas attack that …", "last week's deadly attacks … on a kosher supermarket, in which"); not
    "Two weeks ago, the Senate voted on … in the wake of last December's … massacre that left 20 children …
    killed", where the date is another clause's."""
    relative = next((match for match in RELATIVE_PRONOUN.finditer(text, cue.end, end)
                     if not _is_conjunction(text, match.start(), match.group())), None)
    if relative is None:
        return False
    phrase = RELATIVE_LEAD.sub("", text[cue.end:relative.start()])
    return CLAUSE_BREAK.search(phrase) is None and PAST_TENSE.search(phrase) is None and \
        PRESENT_TENSE.search(phrase) is None


def _past_event(cue: DateCue, base: dt.date | None) -> bool:
    """Whether the period a date names ended :data:`PAST_EVENT_DAYS` or more before ``base``."""
    if base is None:
        return False
    return (base - _period_end(cue)).days >= PAST_EVENT_DAYS


def _period_end(cue: DateCue) -> dt.date:
    """The last day of the period a date names (its day, week, month or year)."""
    if cue.precision == "year":
        return dt.date(cue.date.year, 12, 31)
    if cue.precision == "month":
        return _shift(cue.date, "month", 1)[0] - dt.timedelta(days=1)
    if cue.precision == "week":
        return cue.date + dt.timedelta(days=6)
    return cue.date


def _has_relative(gap: str, text: str, offset: int) -> bool:
    """A relative pronoun in ``gap`` (at ``offset`` in ``text``), not a "said that" conjunction."""
    return any(not _is_conjunction(text, offset + match.start(), match.group())
               and not (ASIDE_MARK.search(gap, 0, match.start()) and ASIDE_MARK.search(gap, match.end()))
               for match in RELATIVE_PRONOUN.finditer(gap))


def _saying_before_relative(gap: str, text: str, offset: int) -> bool:
    """Whether a verb of saying stands in ``gap`` (between a date and a figure, at ``offset`` in ``text``)
    before its first relative pronoun: the date is the statement's ("Obama, speaking from the White House on
    Sunday, said the nightclub massacre in which 50 people were killed"), not that of the relative clause's
    event. A person's clause ("…, says Konanki, who employs 20 people") tells of today, not of the statement."""
    saying = SAYING_VERB.search(gap)
    if saying is None:
        return False
    first = next((m for m in RELATIVE_PRONOUN.finditer(gap)
                  if not _is_conjunction(text, offset + m.start(), m.group())), None)
    return first is None or saying.start() < first.start() and first.group() in EVENT_RELATIVES


def _is_conjunction(text: str, at: int, word: str) -> bool:
    """Whether "that" at ``at`` starts a reported clause ("said that", "…, and that") or is a determiner
    ("back up that statement") rather than a relative pronoun."""
    if word != "that":
        return False
    if text.find("-", max(0, at - 3), at) != -1 or text.find("—", max(0, at - 3), at) != -1 or \
            text.find("–", max(0, at - 3), at) != -1:
        aside = ASIDE_BEFORE_THAT.search(text, max(0, at - ASIDE_BEFORE_REACH - 10), at)
        if aside is not None and _is_conjunction(text, aside.start(), word):
            return True  # "said in a statement on Thursday – after he was released – that"
    before = text[max(0, at - 40):at]
    return bool(SAYING_BEFORE.search(before) or CONJUNCTION_BEFORE.search(before) or DETERMINER_THAT.search(before)
                or SAYING_DAY_BEFORE.search(text, max(0, at - 80), at)
                or SAYING_MEDIUM_BEFORE.search(text, max(0, at - 90), at))


def _clause_start(text: str, s_start: int, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last :data:`CLAUSE_BREAK` since ``s_start``."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, s_start, at)]
    return breaks[-1] if breaks else s_start


def _in_relative_clause(text: str, cue: DateCue, start: int, s_start: int, *, steps: bool = False) -> bool:
    """Whether the date sits in a relative or "since/after …" clause that does not hold the figure; with
    ``steps``, a short past clause after "before"/"after" is the figure's own next step (:data:`NEXT_STEP_CLAUSE`)."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, s_start, cue.start)]
    clause_start = breaks[-1] if breaks else s_start
    # A figure in a phrase right after the date goes on in a person's relative clause ("a … leader who died last
    # week at age 95"): the clause holds it as it holds one between its pronoun and the date. An event's clause
    # ("two quakes that struck nine hours apart last week to 36,187") is left to the event rules.
    goes_on = cue.end <= start and _relative_clause_tail(text, cue.end, start)
    for pattern in (RELATIVE_PRONOUN, OTHER_EVENT):
        for match in pattern.finditer(text, clause_start, cue.start):
            if _is_conjunction(text, match.start(), match.group()) or pattern is OTHER_EVENT and \
                    match.start() > start and _own_next_step(text, match.start(), cue.start, steps):
                continue
            if not (match.start() < start < cue.start or goes_on and pattern is RELATIVE_PRONOUN
                    and match.group() not in EVENT_RELATIVES):
                return True
    return False


# How far past the figure the counter is read: the first number's "of 61" follows it.
GALLERY_TOTAL_REACH = 12


def _in_gallery_counter(text: str, s_start: int, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is a number of a photo gallery's counter (:data:`GALLERY_COUNTER`:
    "Hide Caption 50 of 61"): it counts the page's photos, told of no time."""
    return any(match.start() < start and end <= match.end()
               for match in GALLERY_COUNTER.finditer(text, max(s_start, start - 30), end + GALLERY_TOTAL_REACH))


def _comparison_base(text: str, bases: list[int], cue: DateCue, start: int, end: int) -> bool:
    """Whether the date ``cue`` stands in the base of a comparison (after a :data:`COMPARISON_BASE` at one of
    ``bases``, in the same clause) that the figure at ``start:end`` is not part of: "That’s 60% compared to 11% in
    1997" (60% is now; 11% is the base's own), "in FY 2019 compared to the same period in FY 2018 jumped by".
    """
    for at in bases:
        if at >= cue.start or CLAUSE_BREAK.search(text, at, cue.start):
            continue
        if end <= at or cue.end <= start:
            return True  # the figure before the comparison, or after its base
    return False


def _toll_so_far(text: str, s_start: int, cue: DateCue, start: int, end: int, item_end: int | None,
                 base: dt.date | None) -> bool:
    """Whether the figure at ``start:end`` is a toll told in the present perfect (:data:`PERFECT_AUXILIARY`) in a
    later clause than an event's date ``cue`` before it: "On February 6, an earthquake hit …, with reports stating
    that more than 22,000 people in total have died" (the toll's own verb: "have died", "have been killed").
    Such a toll is the count so far, as of publication, as a recent event's toll is; the date tells when the
    event struck. Not when the date is a count's ("As of Wednesday, … 122 people have died", "By July, …") or a
    statement's ("Sullivan on Monday said … has killed more than 1,500"): no verb of saying from the date's
    clause up to the figure's; nor a period not over at publication ``base`` ("This year alone, terrorist
    attacks … have killed more than 70": the count of that period)."""
    if base is None or _period_end(cue) >= base or not CLAUSE_BREAK.search(text, cue.end, start):
        return False
    limit = item_end if item_end is not None else len(text)
    closing = CLAUSE_BREAK.search(text, end, limit)
    clause_start = [m.end() for m in CLAUSE_BREAK.finditer(text, cue.end, start)][-1]
    clause = (clause_start, closing.start() if closing else limit)
    if not any(TOLL_WORD.search(perfect.group()) for perfect in PERFECT_AUXILIARY.finditer(text, *clause)):
        return False
    if COUNT_DATE_BEFORE.search(text, max(s_start, cue.start - 8), cue.start) or COUNT_DATE_OPENING.match(cue.text):
        return False  # "As of Wednesday, …", "By July, the U.N. secretary-general says more than 100,000 died"
    # From the date's clause up to the figure's ("hit" tells its past by the date alone).
    return SAYING_VERB.search(text, _clause_start(text, s_start, cue.start), clause_start) is None


def _statement_date(text: str, clause_start: int, date_start: int) -> bool:
    """Whether the date at ``date_start`` stands right after a verb of saying in the active voice in the clause
    from ``clause_start`` ("the … Center said late Sunday night"): a statement's date. Not an event told with
    a verb of saying in the passive ("the first case of the coronavirus was reported on February 26")."""
    saying = SAYING_JUST_BEFORE.search(text, max(clause_start, date_start - 40), date_start)
    return saying is not None and PASSIVE_AUXILIARY_BEFORE.search(
        text, max(clause_start, saying.start() - 20), saying.start()) is None


def _relative_clause_tail(text: str, after_date: int, start: int) -> bool:
    """Whether the words between a date (ending at ``after_date``) and the figure at ``start`` are a short phrase
    of the date's clause (:data:`CLAUSE_TAIL`: "at age", "with"), with no verb that would open the main clause
    again ("that struck … on Monday has claimed the lives of", "leaked last year showing him")."""
    if CLAUSE_TAIL.fullmatch(text, after_date, start) is None:
        return False
    return not (PAST_TENSE.search(text, after_date, start) or PRESENT_TENSE.search(text, after_date, start)
                or FUTURE_CUE.search(text, after_date, start) or GERUND.search(text, after_date, start))


def _other_event(text: str, start: int, end: int, step_from: int | None = None) -> bool:
    """Whether a word of another event stands in ``text[start:end]`` (between a figure and a later date):
    "after" with a gerund tells a step of the figure's own act ("144,000 people were apprehended after
    illegally crossing the southern border in May"), no other event; nor does "before"/"after" opening a short
    clause told in the past that the date closes (:data:`NEXT_STEP_CLAUSE`), when ``step_from`` (the figure's
    clause start) is given."""
    return any(not _own_next_step(text, match.start(), end, step_from is not None)
               for match in OTHER_EVENT.finditer(text, start, end))


def _own_next_step(text: str, at: int, date_start: int, steps: bool = True) -> bool:
    """Whether the word of another event at ``at`` opens the figure's own next step, which the date at
    ``date_start`` closes: a gerund after "after" (:func:`_same_act_after`) or a short past clause after
    "before"/"after" (:data:`NEXT_STEP_CLAUSE`: "before a correction was issued on Saturday")."""
    return _same_act_after(text, at, date_start) or steps and NEXT_STEP_CLAUSE.fullmatch(
        text, at, date_start) is not None


def _same_act_after(text: str, at: int, date_start: int) -> bool:
    """Whether "after" at ``at`` opens a short gerund clause that a date at ``date_start`` closes ("after
    illegally crossing the southern border in May"): words only, no figure or clause break of its own
    ("after jumping 12 percent last week", "after predicting earnings will be at least $16.90 a share in
    2013" tell of another act)."""
    opening = SAME_ACT_AFTER.match(text, at, date_start)
    return opening is not None and SAME_ACT_TAIL.fullmatch(text, opening.end(), date_start) is not None


def _quote_index(quotes: list[tuple[int, int]], start: int) -> int:
    """The index of the quotation span (sorted by start) that holds ``start`` inside it, or -1."""
    i = bisect.bisect_left(quotes, (start, -1)) - 1  # the last quotation opening before ``start``
    return i if i >= 0 and start < quotes[i][1] else -1


def _earlier_date(text: str, s_start: int, base: dt.date | None,
                  per_sentence: dict[tuple[int, int], list[DateCue]]) -> DateCue | None:
    """The last date named in the :data:`LOOK_BACK_SENTENCES` sentences before the one at ``s_start``."""
    spans = sentence_spans(text)
    index = bisect.bisect_left(spans, (s_start, -1))
    for s_start_before, s_end_before in reversed(spans[max(0, index - LOOK_BACK_SENTENCES):index]):
        found = per_sentence.get((s_start_before, s_end_before))
        if found is None:
            found = per_sentence[(s_start_before, s_end_before)] = find_dates(text, s_start_before, s_end_before,
                                                                              base)
        # An event's year dates only its own clause; a time referred back to ("that night") is not to come.
        found = [cue for cue in found if not cue.event_only and (base is None or cue.date <= base)]
        if found:
            return max(found, key=lambda cue: cue.start)
    return None


def _pronoun_attribution(text: str, item_start: int, item_end: int) -> bool:
    """Whether the sentence ``item_start:item_end`` is attributed to a pronoun ("…,” he said.", "He said one
    person …"), and holds no sentence break the splitter missed ("… to the Times.Sherman will spend …"):
    the pronoun may then be another sentence's."""
    return bool(PRONOUN_SAYING.search(text, item_start, item_end) or PRONOUN_SAYING_OPENING.match(
        text, item_start, item_end)) and MISSED_SENTENCE_STOP.search(text, item_start, item_end) is None \
        and JOINED_SENTENCES.search(text, item_start, item_end) is None


def _statement_day(text: str, s_start: int, base: dt.date,
                   per_sentence: dict[tuple[int, int], list[DateCue]]) -> DateCue | None:
    """The day a verb of saying in the sentence right before the one at ``s_start`` dates ("told The
    Washington Times on Tuesday that"), if it lies :data:`STATEMENT_DAYS` or fewer before ``base``."""
    spans = sentence_spans(text)
    index = bisect.bisect_left(spans, (s_start, -1))
    if index == 0:
        return None
    before = spans[index - 1]
    found = per_sentence.get(before)
    if found is None:
        found = per_sentence[before] = find_dates(text, before[0], before[1], base)
    for cue in found:
        if cue.precision == "day" and not cue.event_only and 0 <= (base - cue.date).days <= STATEMENT_DAYS and \
                _statement_cue(text, cue, before[0]):
            return cue
    return None


def _said_in_sentence_of(text: str, cue: DateCue) -> bool:
    """Whether the sentence holding ``cue`` has a verb of saying (:data:`SAYING_VERB`)."""
    spans = sentence_spans(text)
    index = bisect.bisect_right(spans, (cue.start, len(text))) - 1
    return index >= 0 and SAYING_VERB.search(text, spans[index][0], spans[index][1]) is not None


def _named_speaker_day(text: str, item_start: int, item_end: int, earlier: DateCue,
                       base: dt.date) -> DateCue | None:
    """``earlier``, the last date named in the sentences before a quotation's item ``item_start:item_end``, when
    the quotation is attributed by name (:data:`NAMED_SAYER`) and the sentence of ``earlier`` names the same
    surname before it: a recent day the speaker was told of as acting ("The White House and Mr. McCain got into
    a back-and-forth … on Wednesday." / "“When you lose a $75 million airplane …,” Mr. McCain said."), not a
    possessive day. Else None."""
    if earlier.precision != "day" or earlier.event_only or not 0 <= (base - earlier.date).days <= STATEMENT_DAYS \
            or ATTRIBUTIVE_AFTER.match(text, earlier.end):
        # A possessive day describes a noun, not the speaker's act ("Ebru Ozturk … travelled on Thursday to …, one of
        # the provinces hardest hit by Monday’s devastating earthquakes").
        return None
    sayer = NAMED_SAYER.search(text, item_start, item_end) or NAMED_SAYER_OPENING.match(text, item_start, item_end)
    if sayer is None:
        return None
    surname = sayer.group("surname") or sayer.group("surname_after")
    spans = sentence_spans(text)
    index = bisect.bisect_right(spans, (earlier.start, len(text))) - 1
    if index < 0:
        return None
    named = re.search(rf"\b{re.escape(surname)}\b", text[spans[index][0]:earlier.start])
    return earlier if named is not None else None


def _statement_cue(text: str, cue: DateCue, floor: int) -> bool:
    """Whether ``cue`` dates a statement: a verb of saying right before it ("told The Washington Times on
    Tuesday", not before ``floor``), or after it in its sentence when it opens the sentence's first clause
    ("Speaking in an interview … last night, … Ettinger said that")."""
    if SAYING_VERB.search(text, max(floor, cue.start - STATEMENT_REACH), cue.start):
        return True
    return "," in text[cue.end:cue.end + 3] and SAYING_AFTER.match(text, cue.end) is not None


def _told_in_past(text: str, start: int, end: int, item_start: int, item_end: int) -> bool:
    """Whether the figure at ``start:end`` is told in the past tense: a past verb before it in its item and
    no word of the present or future there; when no verb stands before it (the figure opens its clause, "More
    than 25 vehicles were taken"), the same test on its clause after it."""
    clause_end = CLAUSE_BREAK.search(text, end, item_end)
    stop = clause_end.start() if clause_end else item_end
    if PRESENT_TENSE.search(text, item_start, stop) or PAST_PERFECT.search(text, item_start, stop) or \
            PRONOUN_CONTRACTION.search(text, item_start, stop) or \
            TIME_SHIFT.search(text, item_start, stop) or _narrative_then(text, item_start, stop):
        return False  # the present, a time before the one told ("they had predicted") or after it ("then hired")
    if PAST_TENSE.search(text, item_start, start) or SAME_FORM_PAST.search(text, item_start, start):
        return True
    # After the figure only a past form that is a verb for sure: "-ed" there is often an adjective
    # ("all of the 11 million undocumented immigrants").
    return any(not match.group().endswith("ed") or match.group() in _PAST_VERBS
               for match in PAST_TENSE.finditer(text, end, stop))


def _after_subordinator(text: str, s_start: int, at: int) -> bool:
    """Whether a relative pronoun or a word of another event ("after", "when", "since") stands between the
    sentence start ``s_start`` and ``at``: a date there tells of a subordinate event, not of the sentence's
    time ("The president's tweet comes after the State Department, in a Friday news dump, released …",
    "When he was laid off last fall")."""
    return any(not _is_conjunction(text, match.start(), match.group())
               for pattern in (RELATIVE_PRONOUN, OTHER_EVENT) for match in pattern.finditer(text, s_start, at))


def _sentence_before(text: str, s_start: int) -> tuple[int, int] | None:
    """The sentence right before the one at ``s_start`` when it holds a date word, else None. Across a
    paragraph break only a month is carried (see :func:`_carried_date`), and only from the last sentence of
    the paragraph before."""
    spans = sentence_spans(text)
    index = bisect.bisect_left(spans, (s_start, -1))
    if index == 0:
        return None
    before = spans[index - 1]
    if "\n" in text[before[1]:s_start]:
        return before if DATE_ANCHOR.search(text, *before) is not None else None
    if DATE_ANCHOR.search(text, *before) is None:
        # A past-tense sentence without a date goes on with the time the one before it named, and so passes
        # it on ("… during a demonstration Sunday. The protest, organized by …, was meant to …. The around-100
        # people present began …"): one step, in the same paragraph.
        if index < 2 or PRESENT_TENSE.search(text, *before) or not any(
                match.group() in _PAST_VERBS for match in PAST_TENSE.finditer(text, *before)):
            return None
        earlier = spans[index - 2]
        if "\n" in text[earlier[1]:before[0]] or DATE_ANCHOR.search(text, *earlier) is None:
            return None
        return earlier
    return before


def _carried_date(text: str, before: tuple[int, int], sentence_start: int, sentence_end: int, base: dt.date,
                  per_sentence: dict[tuple[int, int], list[DateCue]]) -> DateCue | None:
    """The date the sentence ``before`` names first (see below), which a past-tense sentence without a date
    that follows it goes on with ("At her most recent physical on March 21, her blood pressure was 100/65.
    Her cholesterol came back at 195"), or None. ``sentence_start:sentence_end`` is the figure's sentence:
    across a paragraph break between the two only a month is carried, to a sentence told in the past."""
    found = per_sentence.get(before)
    if found is None:
        found = per_sentence[before] = find_dates(text, before[0], before[1], base)
    # A date in a relative or "when/after …" clause tells of another event ("When he was laid off last fall"); one
    # in a "from …" or "between …" phrase is where a comparison or a span starts ("rose to 12% in the week ended
    # June 7, from 7% a month ago"); a span of days ends on its last day ("posted between Jan. 21 and April 7").
    # Neither a date that describes a noun ("the cause of last week's fire") nor one in a relative clause tells
    # the time; one that describes the sentence's subject does ("Last week's jobless claims were down").
    found = [cue for cue in found if not cue.event_only
             and (not ATTRIBUTIVE_AFTER.match(text, cue.end) or not text[before[0]:cue.start].strip(" \t\"“"))
             and not OTHER_EVENT.search(text, before[0], cue.start)
             and not _in_relative_clause(text, cue, cue.start, before[0])
             and not REDUCED_RELATIVE.search(text, _clause_start(text, before[0], cue.start), cue.start)
             and (cue.day_span or not _comparison_start(text, before[0], cue))]
    if not found:
        return None
    # The first date is the sentence's own: a later one tends to be a reported clause's ("reported Wednesday
    # that the consumer price index fell 0.1% in May"). "this year", "today" and any period not yet over
    # say nothing the publication date does not.
    first = min(found, key=lambda cue: cue.start)
    if "\n" in text[before[1]:sentence_start] and (first.precision != "month" or _present_or_future(
            text, sentence_start, sentence_end)):
        # A new paragraph goes on with a month only, the period a report covers ("U.S. employers added a robust
        # 263,000 jobs in April, …" / "The unemployment rate fell to a five-decade low of 3.6%"); a day names
        # an event or a statement, and the next paragraph often tells another one (round 16: on the labelled
        # samples days and weeks across a paragraph dated 11 figures wrong for 4 right, months 2 right, none wrong).
        # The new paragraph must be told in the past for sure: no verb of the present in "-s" ("It comes as the
        # number … reached 5,373", "Kamalvandi said Iran needs five percent"), no "would".
        return None
    return first if _period_end(first) < base else None


def _present_or_future(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a verb of the present after its subject (:data:`PRESENT_S_VERB`) or a
    word of the future (:data:`FUTURE_CUE`)."""
    return PRESENT_S_VERB.search(text, start, end) is not None or FUTURE_CUE.search(text, start, end) is not None


def _quote_date(text: str, quotes: list[tuple[int, int]], start: int, base: dt.date | None) -> DateCue | None:
    """For a figure inside a quotation, a date in the text that follows the quotation in its sentence."""
    i = _quote_index(quotes, start)
    if i < 0:
        return None
    close = quotes[i][1]
    line_end = text.find("\n", close)
    stop = line_end if line_end != -1 else len(text)
    first_end = _sentence_end_after(text, close, stop)
    # '…,” said Glen Barry, who … was laid off in December 2010.': a relative clause's date is not the quote's.
    found = [cue for cue in find_dates(text, close, first_end, base)
             if not cue.event_only and not _after_subordinator(text, close, cue.start)]
    return found[0] if found else None


def _sentence_end_after(text: str, position: int, stop: int) -> int:
    """Where the first sentence that ends after ``position`` (by a full stop at or after it) ends, at most
    ``stop``: '” he said Tuesday.' after a quotation runs to its own stop, not to the quotation's.

    Read from the document's memoised sentence spans, so that no other text is split (and cached).
    """
    spans = sentence_spans(text)
    for _, end in spans[max(0, bisect.bisect_left(spans, (position, -1)) - 1):]:
        if end >= stop:
            break
        mark = end
        while mark > position and text[mark - 1] in SENTENCE_CLOSERS:
            mark -= 1
        if mark > position and text[mark - 1] in ".!?":
            return end
    return stop


def _in_future_context(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """Whether a future verb governs a date expression ("A vote Monday would come", "will meet on
    Tuesday", "will be held in March"), unless the date closes a verb of saying ("an official said Tuesday")
    or a verb in the past stands in the few words before it ("would not be able …, and a poll conducted in
    January", "had they turned 15 in August")."""
    before = text[max(start, match.start() - 100):match.start()]
    if SAYING_JUST_BEFORE.search(before):
        return False
    future = None
    for future in FUTURE_CUE.finditer(before):
        pass
    if future is not None:
        # "… would not be able to weather …, and an SSRS/Bankrate poll conducted in January": a verb in the past
        # (not a passive's "be held") in the few words before the date governs it.
        near = max(future.end(), len(before) - PAST_FORM_REACH)
        return not any(PASSIVE_BEFORE.search(before, 0, past.start()) is None
                       for past in PAST_FORM.finditer(before, near))
    if DEADLINE_BEFORE.search(before) and DEADLINE_CUE.search(before) and not ATTRIBUTIVE_AFTER.match(
            text, match.end()):
        return True  # "must be postmarked by Tuesday": a deadline is to come ("by Monday's quake" is no deadline)
    after = FUTURE_CUE.search(text, match.end(), min(end, match.end() + 40))
    if after is not None and DOCUMENT_PARTICIPLE.search(before, max(0, len(before) - PAST_FORM_REACH)):
        return False  # "the … Act of 2018, signed by the president in March, Pakistan would not": the act's past day
    if after is not None and (COUNTERFACTUAL_PAST.match(text, after.start()) or _has_relative(
            text[match.end():after.start()], text, match.end())):
        return False  # "failed to pass four … bills in February, one of which would have kept …": the past
    # "On Tuesday, officials said they would …": the date is the saying's.
    return bool(after) and not SAYING_VERB.search(text, match.end(), after.start())


def _told_before(text: str, start: int, at: int, end: int, base: dt.date) -> bool:
    """Whether a deadline month at ``at`` in the sentence ``start:end`` is one already past: the sentence is
    told in the past perfect ("by the end of May, the United States had only resettled one-quarter") or in the
    past (:func:`_sentence_in_past`, before or after the date), or names another year before the date ("the
    revisions for 2013 show … 509,000 more jobs by December")."""
    if PAST_PERFECT.search(text, start, end) or _sentence_in_past(text, start, end, end):
        return True  # a past verb after the date too: "By early May, the world's richest countries accounted for"
    return any(int(year.group()) != base.year for year in ANY_YEAR.finditer(text, start, at))


def _sentence_in_past(text: str, start: int, at: int, end: int) -> bool:
    """Whether the sentence ``start:end`` tells of the past before ``at``: a past verb there, and no word of
    the present or the future anywhere in it ("The e-mails revealed no new details about … the Sept. 11
    attack, which killed four Americans")."""
    return PAST_TENSE.search(text, start, at) is not None and PRESENT_TENSE.search(text, start, end) is None \
        and FUTURE_CUE.search(text, start, end) is None


def resolve_date(match: re.Match[str], base: dt.date | None, *, future: bool = False,
                 past: bool = False) -> tuple[dt.date, str] | None:
    """``(date, precision)`` of a :data:`DATE_EXPRESSION` match relative to publication day ``base``.

    Weekdays and months without a year are the latest on or before publication,
    or with ``future`` (a future verb governs them) the first on or after it.
    """
    kind = match.lastgroup
    group = match.groupdict()
    if group["month_day"] or group["day_month"]:
        prefix = "md_" if group["month_day"] else "dm_"
        named = WEEKDAY_BEFORE_DAY.search(match.string, max(0, match.start() - 12), match.start())
        parsed = _month_day(group[prefix + "month"], group[prefix + "day"], group[prefix + "year"], base, past,
                            weekday=_WEEKDAYS.index(named.group("name").lower()) if named else None)
        return (parsed, "day") if parsed else None
    if group["period_subject"]:
        if group["ps_year"]:
            return dt.date(int(group["ps_year"]), 1, 1), "year"
        month = _MONTHS[group["ps_month"].rstrip(".").lower()]
        if group["ps_month_year"]:
            return dt.date(int(group["ps_month_year"]), month, 1), "month"
        if base is None:
            return None
        # A month without a year: the latest such month not after publication (it tells what happened then).
        return dt.date(base.year if month <= base.month else base.year - 1, month, 1), "month"
    if group["day_span"]:
        return _day_span_end(group, base, past)
    if group["span"]:
        if group["span_of"]:  # "from October 2017 to June of this year": a span up to a month of a year told relatively
            if base is None:
                return None
            end = dt.date(base.year + _YEAR_RELATIONS[group["span_of"].lower()],
                          _MONTHS[group["span_month2"].rstrip(".").lower()], 1)
            return (end, "month") if end <= base else None
        if base is not None and int(group["span_year"]) >= base.year:
            return None  # "savings of $700 billion from 2013 to 2022": a forecast's period, not the figure's time
        if group["span_month"]:
            return dt.date(int(group["span_year"]), _MONTHS[group["span_month"].rstrip(".").lower()], 1), "month"
        return dt.date(int(group["span_year"]), 1, 1), "year"
    if group["weekday"]:
        if base is None:
            return None
        if group["weekday_week_ago"]:  # the one before the latest such weekday
            latest = _weekday(base, group["weekday_name"].lower(), None, None)
            return latest - dt.timedelta(days=7), "day"
        relation = group["weekday_rel"] or ("next" if future else None)
        return _weekday(base, group["weekday_name"].lower(), relation, group["weekday_day"], same_day=future), "day"
    if group["month"]:
        name = (group["month_name"] or group["month_name2"]).rstrip(".").lower()
        year = group["month_year"] or group["month_year2"]
        month = _MONTHS[name]
        if year:
            return dt.date(int(year), month, 1), "month"
        if base is None:
            return None
        relative_year = group["month_of"] or group["month_of2"]
        if relative_year:  # "June of this year", "March of last year"
            return dt.date(base.year + _YEAR_RELATIONS[relative_year.lower()], month, 1), "month"
        relation = (group["month_rel"] or "").lower()
        if relation == "last":  # "last July": the latest July before the publication month
            return dt.date(base.year if month < base.month else base.year - 1, month, 1), "month"
        if relation == "this":
            return dt.date(base.year, month, 1), "month"
        if relation == "next":
            return dt.date(base.year if month > base.month else base.year + 1, month, 1), "month"
        # A month without a year: the latest such month not after publication (future: not before).
        if future:
            return dt.date(base.year if month >= base.month else base.year + 1, month, 1), "month"
        return dt.date(base.year if month <= base.month else base.year - 1, month, 1), "month"
    if group["near_event"]:
        return dt.date(int(group["near_event_year"]), 1, 1), "year"
    if group["decade"]:
        # No "decade" precision in the column contract: the year the decade (or its part) starts, so a
        # timeline places the figure there; date_cue keeps the words ("in the 1990s").
        offset = _WORDS["decade_parts"].get((group["decade_part"] or "").lower(), 0)
        return dt.date(int(group["decade_value"]) + int(offset), 1, 1), "year"
    if base is None:
        if group["year"]:
            return dt.date(int(group["year_value"]), 1, 1), "year"
        if group["holiday_year"]:
            return _holiday_in(_HOLIDAYS[_holiday_key(group["holiday_name"])], int(group["holiday_year"])), "day"
        if group["season"] and (group["season_year"] or group["season_year2"]):
            return _season(group, None), "year"
        return None
    if group["relative_day"]:
        offset = _RELATIVE_DAYS.get(" ".join(group["relative_day"].lower().split()), 0)
        return base + dt.timedelta(days=offset), "day"
    if group["season"]:
        return _season(group, base, future), "year"
    if group["relative_period"]:
        step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[group["period_rel"].lower()]
        return _shift(base, group["period_unit"].lower(), step)
    if group["ago"]:
        unit = group["ago_unit"].lower()
        if unit == "hour" or not group["ago_count"]:
            return base, "day"  # "hours ago": the day of publication
        return _shift_or_none(base, unit, -count_value(group["ago_count"]))
    if group["holiday"]:
        relation = group["holiday_rel"].lower()
        name = group["holiday_name"]
        if group["holiday_year"]:
            return _holiday_in(_HOLIDAYS[_holiday_key(name)], int(group["holiday_year"])), "day"
        if relation == "last":
            return _holiday(base - dt.timedelta(days=1), name, False), "day"
        if relation == "next" or future:
            return _holiday(base, name, True), "day"
        # "on Election Day": the latest such day, or one coming within UPCOMING_DAYS and nearer
        # ("Americans prepare to … during Thanksgiving" a week before it)
        latest, coming = _holiday(base, name, False), _holiday(base, name, True)
        if (coming - base).days <= UPCOMING_DAYS and (coming - base) < (base - latest):
            return coming, "day"
        return latest, "day"
    if group["weekend"]:
        saturday = base - dt.timedelta(days=(base.weekday() - 5) % 7)
        return _shift(saturday, "week", 0)
    if group["year"]:
        return dt.date(int(group["year_value"]), 1, 1), "year"
    raise AssertionError(f"unhandled date expression kind {kind!r}")  # every group is handled above


def _day_span_end(group: Mapping[str, str | None], base: dt.date | None,
                  past: bool = False) -> tuple[dt.date, str] | None:
    """The last day of a span of days a :data:`DATE_EXPRESSION` day_span match names ("between Oct. 11 and Dec. 1",
    "from Sept. 6 through 8"), at day precision: its own year, else the start's (the next one when the end's month
    comes before the start's: "from Oct. 1, 2012 to June 23"), else the nearest such day to ``base`` (with ``past``,
    a sentence told in the past, the latest on or before it)."""
    start_month = _MONTHS[group["dss_month"].rstrip(".").lower()]
    end_name = group["ds_month"] or group["dss_month"]
    end_month = _MONTHS[end_name.rstrip(".").lower()]
    year = group["ds_year"]
    if not year and group["dss_year"]:
        year = str(int(group["dss_year"]) + (1 if end_month < start_month else 0))
    end = _month_day(end_name, group["ds_day"], year, base, past)
    return (end, "day") if end is not None else None


def _season(group: Mapping[str, str | None], base: dt.date | None, future: bool = False) -> dt.date:
    """The first day of the year of the season a :data:`DATE_EXPRESSION` season match names.

    A named year wins; otherwise "the summer" is the latest begun on or before
    publication, "last summer" the one before it while it lasts, "this summer"
    the one of the publication year unless one is under way, "next summer" the
    one after the latest begun; with ``future`` (a future verb governs it) "the
    summer" is the coming one. A winter belongs to the year it starts in.
    """
    year = group["season_year"] or group["season_year2"]
    if year:
        return dt.date(int(year), 1, 1)
    assert base is not None  # resolve_date returns None for open seasons without a publication date
    first_month = _SEASONS[(group["season_name"] or group["season_name2"]).lower()]
    started = base.year if first_month <= base.month else base.year - 1  # the latest such season begun
    current = (base.year - started) * 12 + base.month - first_month < 3  # and not yet over
    relation = (group["season_rel"] or "").lower()
    if relation in ("last", "past") and current:
        started -= 1  # "last summer" in July: the one before
    elif relation == "this" and not current:
        started = base.year  # "this summer" in March: the coming one; in September: the one just over
    elif relation in ("next", "coming") or (future and not relation and not current):
        started += 1  # "will … in the summer": the coming one
    return dt.date(started, 1, 1)


def _holiday(base: dt.date, name: str, future: bool) -> dt.date:
    """The day a named day falls on: the latest on or before ``base`` (``future``: the first on or after)."""
    rule = _HOLIDAYS[_holiday_key(name)]
    step = 1 if future else -1
    for year in (base.year, base.year + step):
        day = _holiday_in(rule, year)
        if (day >= base) if future else (day <= base):
            return day
    raise AssertionError("a named day falls in every year")  # pragma: no cover


def _holiday_key(name: str) -> str:
    """A named day as date_words.yaml spells it: straight apostrophe, single spaces."""
    return " ".join(name.replace("’", "'").split())


def _holiday_in(rule: Mapping[str, Any], year: int) -> dt.date:
    """The day of a date_words.yaml holiday rule in ``year``: fixed, n-th weekday, or days from Easter."""
    extra = dt.timedelta(days=int(rule.get("plus_days", 0)))  # "Black Friday": the day after Thanksgiving
    if "easter" in rule:
        return _easter(year) + dt.timedelta(days=int(rule["easter"])) + extra
    if "weekday" not in rule:
        return dt.date(year, int(rule["month"]), int(rule["day"])) + extra
    target = _WEEKDAYS.index(str(rule["weekday"]).lower())
    nth = int(rule["nth"])
    if nth > 0:  # the nth such weekday on or after the rule's first day (1 unless given)
        first = dt.date(year, int(rule["month"]), int(rule.get("from_day", 1)))
        return first + dt.timedelta(days=(target - first.weekday()) % 7 + 7 * (nth - 1)) + extra
    last = _shift(dt.date(year, int(rule["month"]), 1), "month", 1)[0] - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - target) % 7) + extra


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def count_value(words: str) -> int:
    """The number a :data:`COUNT` match names: "3", "two", "a few" (3), "twenty-five"."""
    words = " ".join(words.lower().split())
    if words.isdigit():
        return int(words)
    if words in _COUNTS:
        return _COUNTS[words]
    tens, _, unit = words.replace("-", " ").partition(" ")
    return _TENS[tens] + _COUNTS.get(unit, 0)


def _shift(base: dt.date, unit: str, step: int) -> tuple[dt.date, str]:
    """The period ``step`` units away from ``base``, as its first day and precision."""
    if unit in ("week", "weekend"):
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
        return monday, "week"
    if unit == "day":
        return base + dt.timedelta(days=step), "day"
    if unit == "month":
        index = base.year * 12 + base.month - 1 + step
        return dt.date(index // 12, index % 12 + 1, 1), "month"
    return dt.date(base.year + step, 1, 1), "year"


def _shift_or_none(base: dt.date, unit: str, step: int) -> tuple[dt.date, str] | None:
    """:func:`_shift`, or None when the period falls outside the calendar ("5000 years ago")."""
    try:
        return _shift(base, unit, step)
    except (ValueError, OverflowError):
        return None


def _weekday(base: dt.date, name: str, relation: str | None, day_of_month: str | None,
             same_day: bool = False) -> dt.date:
    """The day a weekday names: the latest one on or before publication ("next": the first after;
    with ``same_day`` the publication day itself counts as the next)."""
    if day_of_month:
        # "Wednesday (13)": the 13th, in the publication month or the month before.
        day = int(day_of_month)
        candidate = _safe_date(base.year, base.month, day)
        if candidate is None or candidate > base:
            previous = base.replace(day=1) - dt.timedelta(days=1)
            candidate = _safe_date(previous.year, previous.month, day) or candidate
        if candidate is not None:
            return candidate
    target = _WEEKDAYS.index(name)
    if relation and relation.lower() == "next":
        if same_day and target == base.weekday():
            return base
        return base + dt.timedelta(days=(target - base.weekday() - 1) % 7 + 1)
    back = (base.weekday() - target) % 7
    if relation and relation.lower() == "last" and back == 0:
        back = 7
    return base - dt.timedelta(days=back)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_day(month_name: str, day_text: str, year_text: str | None, base: dt.date | None,
               past: bool = False, weekday: int | None = None) -> dt.date | None:
    """The day a matched month-and-day expression names; without a year, the nearest such day to ``base``,
    or with ``past`` (the sentence tells of the past) the latest on or before it ("the Sept. 11 attack,
    which killed four Americans" in May is last September's). A ``weekday`` named with it (0 = Monday:
    "Thursday 13 June", "Thursday, June 13") picks the year in which the day falls on it, when one does.

    The regex groups give month, day and year exactly, so the hot path needs no
    dateparser call (dateparser reads the free-form publication lines).
    """
    month = _MONTHS[month_name.rstrip(".").lower()]
    day = int("".join(c for c in day_text if c.isdecimal()))  # "5th" -> 5
    if year_text:
        return _safe_date(int(year_text), month, day)
    if base is None:
        return None
    candidates = [d for d in (_safe_date(base.year + k, month, day) for k in (-1, 0, 1)) if d]
    if weekday is not None and any(d.weekday() == weekday for d in candidates):
        candidates = [d for d in candidates if d.weekday() == weekday]
    if past and any(d <= base for d in candidates):
        return max(d for d in candidates if d <= base)
    return min(candidates, key=lambda d: abs((d - base).days)) if candidates else None


@lru_cache(maxsize=4096)
def _parse_day(expression: str, base_iso: str) -> dt.date | None:
    """A month-and-day expression parsed with dateparser; without a year, the nearest such day to ``base``."""
    import dateparser  # heavy import: only when a month-and-day expression is found

    base = dt.date.fromisoformat(base_iso) if base_iso else None
    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month"]}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
        settings["PREFER_DATES_FROM"] = "past"
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    if parsed is None:
        return None
    day = parsed.date()
    if ANY_YEAR.search(expression) or base is None:
        return day if ANY_YEAR.search(expression) else None
    # No year given: the nearest such day to publication (news also names coming dates).
    candidates = [d for d in (_safe_date(base.year + k, day.month, day.day) for k in (-1, 0, 1)) if d]
    return min(candidates, key=lambda d: abs((d - base).days))


def find_publication_date(text: str) -> tuple[str, int] | None:
    """The publication date a text states: ``(ISO date or UTC date-time, offset of its line)``.

    Looks for a "Published:"/"Updated" line (a published line wins over an
    updated one), then a wire dateline ("KYIV, Nov 1 (Reuters) -", its year
    taken from the years the text mentions), then a line near the top holding
    only a date. A time is kept only with a time zone, converted to UTC.
    """
    best: tuple[int, str, int] | None = None
    labels = [w.lower() for w in _WORDS["publication_labels"]]
    for match in PUBLICATION_LINE.finditer(text):
        iso = _publication_iso(match)
        if iso is None:
            continue
        rank = labels.index(" ".join(match.group("label").lower().split()))
        line_start = text.rfind("\n", 0, match.start()) + 1
        if best is None or rank < best[0]:
            best = (rank, iso, line_start)
    if best:
        return best[1], best[2]
    for match in DATELINE.finditer(text[:2000]):
        expression = match.group("date").replace(".", " ")
        if not ANY_YEAR.search(expression):
            years = Counter(ANY_YEAR.findall(text))
            if not years:
                continue
            year = max(years, key=lambda y: (years[y], y))
            expression = f"{expression} {year}"
        day = _parse_day(expression, "")
        if day:
            return day.isoformat(), text.rfind("\n", 0, match.start()) + 1
    head_end = _offset_of_line(text, 12)
    for match in DATE_ONLY_LINE.finditer(text, 0, head_end):
        iso = _publication_iso(match)
        if iso:
            return iso, match.start()
    return None


def _offset_of_line(text: str, lines: int) -> int:
    offset = 0
    for _ in range(lines):
        found = text.find("\n", offset)
        if found == -1:
            return len(text)
        offset = found + 1
    return offset


def _publication_iso(match: re.Match[str]) -> str | None:
    """ISO string of a publication-line match: a UTC date-time when a zone is given, else the date."""
    expression = ABBREVIATION_DOT.sub(" ", match.group("date")).strip()
    if "/" in expression:
        return None  # 01/02/2024 is ambiguous between day-first and month-first
    day = _parse_day(expression, "")
    if day is None:
        return None
    group = match.groupdict()
    prefix = "f_" if group.get("f_hour") else ""
    hour, minute = group.get(prefix + "hour"), group.get(prefix + "minute")
    zone, offset = group.get(prefix + "zone"), group.get(prefix + "offset")
    if hour is None or (zone is None and offset is None):
        return day.isoformat()
    hours = int(hour) % 12 + (12 if (group.get(prefix + "ampm") or "").lower().startswith("p") else 0) \
        if group.get(prefix + "ampm") else int(hour)
    shift = _ZONES.get(zone.upper(), 0.0) if zone else 0.0
    if offset:
        sign = -1 if offset.startswith("-") else 1
        digits = offset[1:].replace(":", "")
        shift += sign * (int(digits[:-2] or digits) + (int(digits[-2:]) / 60 if len(digits) > 2 else 0))
    if not (0 <= hours <= 23 and 0 <= int(minute) <= 59):
        return day.isoformat()  # "25:10" is no time of day: keep the date
    local = dt.datetime(day.year, day.month, day.day, hours, int(minute))
    utc = local - dt.timedelta(hours=shift)
    return utc.replace(tzinfo=dt.timezone.utc).isoformat()
