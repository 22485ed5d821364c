"""Who states each figure: the speaker stage (columns ``speaker``, ``speaker_type``).

News credits a figure in a handful of ways: "X said", "…,” said X", "according
to X", "citing X", "X's figures show", a headline's "Zelensky tells EU" or
"…: State Department", a quotation attributed before or after it, and pronouns
("he added") standing for someone named earlier. This module finds those cues
with compiled regexes over the whole document once, resolves each cue's noun
phrase to a canonical name (aliases, titles, the article's own full names,
pronouns and "the minister"-style anaphora), and gives each figure the cue that
governs it:

1. a figure inside a quotation belongs to the quotation's speaker;
2. otherwise the nearest cue before it in its sentence (a clause's speaker
   carries over the following clauses);
3. otherwise the nearest trailing cue after it (", officials said").

A figure with no cue is the outlet's own: ``speaker`` is blank.

Round 13 (issue #4, fresh text):

- a poll's result told without a source ("Only 13% say …", "Just 42% of Americans are
  confident …": a share of respondents and their verb, POLL_RESPONSE) is the nearest poll
  named before it, within ``_POLL_REACH`` ("Recent Gallup polling", "according to the latest
  University of Texas/Texas Tribune Poll", "polling data from Gallup", a cue such as "The CNN poll
  suggests"); an unnamed one ("the pollsters found") only when no named poll is near;
- "the president" stands for a speaker the article titled so before, though the cue named him
  otherwise ("President Trump" … "Mr. Trump said" … "the president said"; titles_name checks
  the first name, so "Vice President Dick Cheney" titles no Liz Cheney);
- a one-word name is not expanded into a longer mention whose further words are a common noun
  the article writes in lower case ("EgyptAir" is not "EgyptAir Flight" 804: "the flight");
- a figure inside the subject of a verb that is a deed as well as a statement ("two influential
  senators last week proposed a compromise", ACT_VERB_END) is the outlet's, not the subject's;
- a threat and a description speak (speaker_verbs.yaml: "threatened to", "described as");
- a person named in the appositive of a sentence's opening subject is that sentence's subject, whom
  a later "he" stands for ("The Senate’s No. 2 Republican, John Cornyn of Texas, has been working …
  He says": Cornyn; not a party's "Republican of Ohio");
- a count opening its sentence right before a cue counts what the cue's speaker said ("One critical
  change Ms. Wood suggested was", OBJECT_RELATIVE_GAP); "they" stands for two people named in full
  together (the first of them), never for a sentence's opening count ("One issue they said");
- an unnamed or role head with a prepositional phrase after it is the subject of a verb of saying
  ("One adviser to Mr. Trump said", "Critics of birthright citizenship say", "officials in the West
  African nation said"; HEAD_BEFORE_PHRASE, only for speaker_verbs.yaml head_phrase_verbs), a
  source's noun before "from" gives the source ("A statement from airport authorities said"); not a
  title's name ("FBI Special Agent in Charge Richard DesLauriers said") nor a name's appositive;
- "described as" speaks only after a pronoun, a name or an auxiliary (not "a man described as");
  an unnamed person of an owner named by a possessive pronoun ("its correspondent", "his
  spokesman") is anonymous;
- a surname after a title of one sex ("Ms. Harris") is not expanded to a full name whose first
  name is of the other ("Brian Harris").

Round 15 (issue #4, fresh text):

- a body's anaphor whose last two words are one noun of the vocabulary ("the health ministry", "the foreign
  ministry") stands only for a body whose name holds its modifier (not the "Israeli Defense Ministry" or the
  "U.S. State Department" named before; _body_modifier_fits).
- a document, a participle of publishing and "by" its author before a verb make the author the speaker ("A report
  released last week by the Government Accountability Office said", DOCUMENT_BY; speaker_verbs.yaml
  publishing_participles).
- digits inside a link ("pic.twitter.com/91NoZLoJ1G") are nobody's figure (LINK_BEFORE), not the last turn's.
- an appositive between a name and its verb may hold a short quoted term, closed inside it or by its closing comma
  ('Brock Long, who called the flooding a "landmark event," said'; QUOTED_TERM_IN_APPOSITIVE); a quotation opened
  before the name is no such term.
- after a cue that follows a closed quotation, a phrase telling where, when or to whom it was said is the outlet's
  ('…," Kerry told reporters in Paris after a conference attended by 26 countries'; CUE_CIRCUMSTANCE), unless it
  reports more ("that", "adding").
- "There have been reports of/that …" credits unnamed sources (speaker_verbs.yaml passive_cues).
- "was identified/described/named by X as" makes X the speaker of what follows ("identified by police as 37-year-old
  Lukasz Urban"; IDENTIFIED_BY_AS, speaker_verbs.yaml identifying_participles).

Round 16 (issue #4, fresh text):

- a participle after a comma that closes a quotation credits the clause's subject ('called the policy “callous and
  inflexible,” adding it places thousands …'; PARTICIPLE), and the quotation before it is the subject's words; "For
  its part," opens a sentence before its subject (speaker_titles.yaml subordinate_openings).
- a thousands comma ends no appositive between a name and its verb ("Governor Cuomo of New York, the epicenter of the
  U.S. outbreak with more than 92,000 cases, said"; THOUSANDS_COMMA).
- a counted or bare plural unnamed subject may have a relative clause before its verb ("Two officials who did not want
  to be identified because … said", "At least one GOP insider who had direct contact with Steele told";
  UNNAMED_DOER_BEFORE_VERB), not after "the"; a figure in that clause counts none of them (COUNT_TO_HEAD); a verb of
  saying after "be" is a passive with no speaker ("had yet to be officially announced"; BE_BEFORE_VERB).
- "One of the officials said": the officials; "One study found": no name "One" owning the study (COUNT_WORD); "The
  city of Charlotte said": the city's government.
- a sentence that is a name, perhaps an appositive, and a colon before a quotation introduces the name's words
  ("Bannon, President Trump's former chief strategist: “China has survived intact for 4,000 years …”";
  NAME_BEFORE_COLON); a tweet, a post, a speech, remarks, a message are their owner's, as a statement is
  (speaker_verbs.yaml source_nouns: "Pelosi's tweet said").
- "the" joins two capitalised words into one name only after another joiner ("Bank of the West"): "the attack in San
  Bernardino the Washington Post found" names the Post (PROPER_NAME_TAIL).
- a figure in a time phrase or subordinate clause opening the sentence ("Three days after an Internet video surfaced
  …,", "In Texas, where the number of new cases jumped to … 6,975 on Tuesday,"), set off by a comma right before a
  cue that goes on to report ("the lawmaker said he is sorry"), is the outlet's (OPENING_CLAUSE, REPORT_AFTER_CUE);
  not before a cue ending the sentence, a parenthetical one, "said in a statement.", "told the Associated Press." nor
  "according to".
- a document opening the sentence ("In the October statement,") is no cue when a cue's subject follows its comma
  ("the 17 American intelligence agencies said"): the figure between is nobody's or the subject's.
- an acronym's or a publication's journalist is named without the owner ("NPR's Ofeibea Quist-Arcton").
- "reported on" a day or a date is a report, no journalist's beat ("The New York Times reported on Tuesday that";
  REPORT_DAY).
- a participle's clause subject may have an appositive before its verb ("Ms. Lauten, who did not respond …, later
  posted an apology …, saying"; CLAUSE_SUBJECT_APPOSITIVE).
- a person's name before "of" and a body is a full name of the article ("Anthony Cordesman of the Center for Strategic
  and International Studies"; PERSON_NAME_BEFORE_OF), so "according to Cordesman" is a person, not a body.
- a tweet's signer keeps the type the article's cues gave the name ("WikiLeaks said …", then "— WikiLeaks (@wikileaks)").
- an appositive between a name and its verb may open with a named owner and a role ("Denis McDonough, President
  Obama's chief of staff, said"; NAMED_OWNER_OF_ROLE), so a later "He added" is McDonough.
- an unnamed body after "a"/"an" is still a body ("a war monitor said", "a report by a nonpartisan congressional
  watchdog agency"); a document after "a" is named by its noun ("A study out this week finds": "study"), as the
  later "the study" standing for it is. Only an unnamed person is anonymous ("a spokesman said").
- a U.S. state that speaks or reports is its government ("Florida … reporting more than 114,000 cases"; places.yaml
  states); a name whose appositive opens with "which" is a body ("Kronos, which also produces …, said"; WHICH_AFTER).
- "boasts that" states what follows ("the NRA boasts that it has 4.5 million members"; speaker_verbs.yaml verbs); a
  plural's "note" set off by commas credits its clause ("At stake, analysts note, is …"; clause_end_verbs).
- the circumstance after a cue that follows a closed quotation is the outlet's also when the quotation's "!" or "?"
  ended a sentence before the cue ('“… at stake!” he wrote … within a half-hour of the court’s ruling').
- a name after "including" and before an appositive and the verb is one of the subject before it ("Senate Democrats,
  including Patty Murray, her party's senior member …, called on"; INCLUDING_BEFORE).
- a document's words "read" ('…," the summary reads', "the statement read"; DOCUMENT_READS, speaker_verbs.yaml
  read_documents).
- a verb of saying after "but" shares the clause's subject as after "and" ("Kerry defended his record … but also said";
  COORDINATED_VERB); a Register is a newspaper, the U.N. refugee agency a body (aliases.yaml).
- a name and what it did in the past before a colon and a quotation introduce the name's words ('Noah lectured for gun
  control: "…"'; NAME_BEFORE_COLON); a country or state named as a clause's subject is a later "it"'s antecedent
  ("Israel enraged the US when it announced 1,600 new housing units").
- who revises its own estimate states the new figure ("the department increased its estimate of … by 86,000", "Apple
  lowered its revenue guidance … to US $84 billion"; REVISION_VERB, speaker_verbs.yaml revision_verbs/revision_nouns,
  read by attribute.py only).

Round 17 (issue #4, dev_r16a/b):
- a speaker's own age set off by commas after their name is the reporter's description, no figure of theirs ('“…,”
  Ms. Berrios, 59, said'; AGE_OF_NAME_BEFORE, AGE_OF_NAME_AFTER, AGE_FIGURE); the age of someone the speaker tells of
  stays the speaker's ("Cesar Sayoc, 56, …, FBI Director Chris Wray confirmed").
- "citing" and a possessive pronoun gives the subject's reason, no source ("…, citing his performance at his
  confirmation hearing"; CITED_REASON): every "citing his/her/their/its …" in AllSides is a reason.
- a publication that "reported on" a subject, not a day, states its report's figures ("The Washington Post reported
  on the unconventional methods …, including counting some 19,000 immigrants"; PUBLICATION_REPORTED_ON); a
  journalist who "reports on" a subject stays at work.
- Agence France-Presse (AFP) is a news agency, an organisation though its name ends in no publication head
  (aliases.yaml).
- a capitalised role word opening a name after "the" or inside a sentence is the name's first word and types it ("The
  Daily Beast reported", "the Daily Mail reported": not "Beast", "Mail"); "News agency Yonhap said" opening a sentence
  still introduces Yonhap.

Round 18 (issue #4, dev_r16a/b and dev_r18a/b):
- of the article's full names that share a surname, the one it has speak in full ("Police Chief Calvin Williams said",
  '…," said Sami Rahamim') is what a later bare surname means, though another was named nearer ("Malissa Williams",
  killed in the chase; SPEAKER_BEFORE_VERB, SPEAKER_AFTER_VERB); with none speaking, the nearest before stays.
- capitalised words between a comma and a subject's phrase are a long title's owner, and the cue still trails the
  clause before the comma ("…, St. Louis Metropolitan Police Department spokeswoman Schron Jackson told CNN";
  TRAILING_OWNER_WORDS).
- an unnamed body of sources that believes, fears or suspects states what follows ("Authorities believe he orchestrated
  … killed 129 people", "Officials fear the death toll could top 100"; BELIEF_VERB, speaker_verbs.yaml belief_verbs and
  belief_holders, read by attribute.py only); not "fear a spike in cases" nor "believed to be", and such a cue yields
  to one closing the sentence ("…, a U.S. official said", "…, according to reports"; BELIEF_CUE_END).
- a paragraph with no cue after a paragraph that names its source before a colon is that source's text ("From the Wall
  Street Journal:", "… missile. From AP:", BLOCK_FROM; "The paper writes:", "The IHME statement added:", a cue whose verb
  ends at the colon, VERB_AT_COLON); not a cue whose own clause runs on to the colon, nor "according to X:".
- a news body's acronym before a lower-case word for its medium names the body ("state-run TRT television", "AP news
  agency"; ACRONYM_MEDIUM, speaker_titles.yaml acronym_mediums); "Saudi television" stays as it is.
- a poll of two sponsors joined by a hyphen or a slash speaks as the poll, named by both ("A Pew Research
  Center-Washington Post poll found": "Pew Research Center-Washington Post poll", not the pair as one body;
  JOINT_POLL_SPONSORS, POLL_AFTER_SPONSORS); a known name holding the mark ("AP-NORC") stays whole.
- a pronoun after ", said" that opens the reported clause is no inverted subject ("Cindy Evans, 48, whose … son attends
  Santa Fe High, said she felt …"; PRONOUN_OPENING_CLAUSE); '…," said she in a statement' still speaks. "speculated"
  is a verb of saying; "chief executive", "executive" a person's role (speaker_verbs.yaml, speaker_titles.yaml).
- "on" after a body's head joins its name ("Center on Immigration Studies", "Center on Budget and Policy Priorities",
  "Council on Foreign Relations"; ON_JOINER, speaker_titles.yaml on_joined_heads, JOINED_HEAD); not before a day or a
  month ("the Senate Intelligence Committee on Tuesday").
- who makes details, information, data or a report public states their figures ("Congress's Office of Compliance
  released details of six settlements", "authorities in Orlando issued dramatic new information about …"; DISCLOSURE_VERB,
  speaker_verbs.yaml disclosure_verbs/disclosure_nouns, read by attribute.py only, and head_phrase_verbs); not "released
  5 prisoners".
- a named owner's channel publishes the owner's words ("according to the Ukrainian Defense Ministry website": the
  ministry, a government; "the Boeing website"; OWNER_CHANNEL, speaker_titles.yaml owner_channels); "the website" stays.

Round 19 (issue #4, dev_r16a/b to dev_r20a/b):
- "Name, role, who/whose …, said": the name opening it speaks, and a figure in the role or the relative clause describes
  the speaker, the outlet's as in a one-part appositive ("Rich Nolan, president and CEO of the National Mining
  Association, who participated in one of the calls …, said"; APPOSITIVE_ROLE_RELATIVE_BEFORE_VERB); not when the role
  only titles a name of its own ("The Verge, digital rights expert Michael Veale, who …, says"; TITLED_NAME_ROLE) nor
  opens with a conjunction or a verb.
- after a cue that follows a closed quotation, a participle glossing what the words were about or how they were said
  is the outlet's ('“…,” he told CBS, referring to the April 15 Boston Marathon bombing in which … 260 others were
  injured', '“…,” Trump said, speaking to hundreds of family members'; CUE_GLOSS, speaker_verbs.yaml
  gloss_participles, read by attribute.py only); not "adding", "noting" or other further speech.
- a firm named by what it supplies is an organisation ("A parts supplier confirmed", "the utility said", "the lender";
  speaker_titles.yaml organisation_nouns).
- the federal agencies AllSides names most by their acronyms (FBI, ICE, DOJ, CBP, HHS, FDA, ATF, CIA, NSA, IRS, FEMA,
  NIH) are the government, by their full names (aliases.yaml), not an unknown acronym's organisation.
- those who investigate or respond to a crime or a disaster are persons' roles and titles ("Detectives found",
  "Paramedics found", "Treasury inspectors found": unnamed, anonymous; "State trooper Bob Lee said": Bob Lee;
  speaker_titles.yaml person_nouns, titles).
- who "pointed to" evidence states it ("Ms. Vaughan pointed to one Chicano studies professor"; speaker_verbs.yaml
  verbs; not "124 points to close"); "the governor" is who "Gov." titled before ("Gov. Mike Pence of Indiana"), not
  a headline's nameless "Indiana Governor Says" (speaker_titles.yaml role_synonyms: governor/gov., senator/sen.,
  representative/rep., general/gen.).
- two people joined by "and" speak as the first of them, whom every label accepts ("John Carter and Michael McCaul,
  R-Texas, wrote a letter": John Carter; _two_people: both full names, one a known first name, no body's head);
  "they" still stands for the first of two people named in full together.
- a capitalised role word inside a publication's name is part of it ("the Arizona Daily Star reported" was "Star",
  "the Phoenix News Times" "Times", "the Military Times" a government).
- a figure in The Hill's list of headlines glued to a linked name and closed by "MORE" is credited only by a cue of its
  own headline ("John DurhamJohn DurhamThe Hill's Morning Report - … Five takeaways on Horowitz's testimony … MORE":
  nobody's; "Stephanie GrishamWhite House predicts … two weeks": the White House; HILL_LINK, CAMEL_GLUE).
- who calls, dubs, brands or labels something with a quoted term states it ("Sherrilyn Ifill … called the Ferguson
  crisis “a moment that’s more than a moment,” because “… just one incident”"; NAMING_VERB, speaker_verbs.yaml
  naming_verbs, read by attribute.py only); not "called the police" with no quotation after it.

Round 21 (issue #4): constructions counted across the whole AllSides corpus rather than read off labelled rows. Each
was found by a pattern over 9,902 articles, with the share of its instances that gave no cue or a wrong one, and
fixed until that share fell (the figures are in each constant's comment):
- a body or title before the name's role: "Sarah Sanders, White House press secretary, said" (NAMED_BODY_OF_ROLE),
  "Pascal Soriot, Chief Executive of AstraZeneca, said" (TITLED_ROLE_OF_BODY); an age before the appositive
  (AGE_BEFORE_APPOSITIVE); a town's state inside the phrase (STATE_OF_TOWN);
- a role phrase and the name in apposition: "The British ambassador to the UN, Matthew Rycroft, said"
  (ROLE_PHRASE_NAME_BEFORE_VERB);
- subjects cut off before their verb: "The Russian Embassy in Ethiopia says", "The BBC's Will Grant in Mexico says"
  (BODY_IN_PLACE_BEFORE_VERB), "Department of Justice spokeswoman Kerri Kupec said" (BODY_NAME_OF), an aside set off by
  dashes (DASH_ASIDE_BEFORE_VERB) or a publishing participle (PUBLISHED_ASIDE_BEFORE_VERB), a comma inside a party tag
  ("(R., S.C.)"; _clause_start), "said by email" (speaker_verbs.yaml speech_channels), "…,” said former Sen. X";
- a whole quoted sentence between a cue and a figure ends the cue's words (WHOLE_QUOTE_BETWEEN).
Each moved none of 100 fresh figures (held-out r26); they are too rare one by one to show on 100.

Round 22 (issue #4), counted the same way (``bench/constructions.py``, which now also checks the speaker where a
construction names it):
- "said George Washington University law professor Jonathan Turley": a body of several words before the role no
  longer keeps the name's place (BODY_ROLE_NAME; 32 of 69 such inverted cues named the body, now 2);
- a document "from" its author speaks as one "by" it, also with a time between ("A poll earlier this month by
  SurveyMonkey found"; DOCUMENT_BY: 7 of 27 missed, now 0);
- the figures' noun, "by"/"from" and the author before a verb of figures ("…, data compiled by Bloomberg show";
  SOURCE_BY_MARK, SOURCE_NOUN_BEFORE_BY, SOURCE_AUTHOR_VERB: 13 of 42 missed, now 2);
- aid and rights bodies known by name (aliases.yaml: "Unicef says", "Oxfam said" read as surnames), and a known body
  opening a headline names its source ("World Bank: Quake caused damage worth $5.1 billion").

Round 23 (issue #4):

- block quotations: NPR's blogs run a quoted report's paragraphs into one line, each opening with a straight mark and
  none closed but the last ('… today. "Two airstrikes west of Baghdad …'); such a mark now opens the next quotation
  (RESUMED_QUOTATION) instead of closing one and leaving every other paragraph unquoted. Inside a quotation that is a
  quoted passage (after a lead-in ending in a colon, "According to St. Louis Public Radio:", or run in), a source the
  passage names speaks for its sentence ("Police said they recovered a 9-mm gun"); the passage's reporter speaks for
  the rest. In a person's quoted words the person still speaks.
- a name with two appositives, the second describing the first's body ("Stephen Booth, the co-director of Open Europe,
  a nonpartisan think tank based in London and Brussels, said"; SECOND_APPOSITIVE): 63 of 63 gave no cue, now 3.
- a verb setting a count's value before the count ("officials have recently put the combined total … around 1,300",
  "Two other estimates placed the construction cost …", "gives the figure of more than 300,000"; ESTIMATE_VERB): 14 of
  31 such phrases in AllSides gave no cue, now 7 (a long subject or an adverb the gap does not take).
- after a deed's cue ("vowed", "urged", "promised", "responded"), a clause of circumstance before the figure, with no
  "that" or quotation mark in between, is the outlet's ("vowed to deliver earthquake aid to Syria after the country was
  hit with a 7.8 magnitude earthquake"; ACT_CIRCUMSTANCE).
- bugs the r36 samples showed: an opening "In …" holding a finite verb is the main clause a closing cue reports, not
  an opening phrase (AUXILIARY_IN_PHRASE); "state TV" stays whole; "then-Secretary of State Rex Tillerson" keeps its
  name (TIME_PREFIX); "said Wednesday in an interview with …, that" credits the speaker, not "interview"
  (GAP_BEFORE_DOCUMENT); a length of time opening the clause of a reporting cue dates the statement, the outlet's
  ("But 24 hours later, the US president said …"; TIME_OF_CUE).
- vocabulary and small forms: speech acts before a that-clause ("bragged", "alleged that", "ruled that"), participles
  of saying after a deed ("…, alleging that"), adverbs between subject and verb ("has now confirmed"), "has added" +
  a noun phrase as a deed (PERFECT_ADDED_OBJECT), "&" joining a body's name (NAME_JOINER), an en dash joining two words
  (JOINING_EN_DASH), a count before a document ("One analysis of … found": DOCUMENT_OF), and an inverted "said one of
  the officials" crediting the officials (COUNT_OF_GROUP).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator, Mapping, Sequence

import pandas as pd

from checker.aliases import Aliases, body_name, load_aliases
from checker.columns import require_columns
from checker.patterns import both_cases, phrase_alternation  # phrase_alternation: imported from here by dates, modality
from checker.text import UPPER_LETTERS, sentence_spans, title_case
from checker.vocab import load_vocab

#: Columns this stage needs and adds.
REQUIRES = ("start", "end", "sentence_start", "sentence_end")
ADDS = ("speaker", "speaker_type", "speaker_cue")

_VERBS = load_vocab("speaker_verbs")
_NOUNS = load_vocab("speaker_titles")


def _alternation(words: Iterable[str]) -> str:
    """Alternation of literal words (exact spaces), as a prefix tree."""
    return phrase_alternation(words, flexible_space=False)


def _spaced(words: Iterable[str]) -> str:
    """Alternation of phrases in which a space matches any whitespace."""
    return phrase_alternation(words)


def _first_letters(words: Iterable[str]) -> str:
    """A lookahead for the first letters of ``words``, to open a scanning pattern with: the regex
    engine skips to those letters instead of trying the pattern at every character."""
    return "(?=[" + "".join(re.escape(c) for c in sorted({w[0] for w in words if w})) + "])"


# --- building blocks of a speaker's noun phrase --------------------------------

# Capitalised words that begin sentences or clauses but never a name ("In", "However").
NOT_NAME = rf"(?:{_alternation(_NOUNS['not_names'])})\b"

# Space inside a noun phrase: one character, never a line break (headlines and datelines are
# lines) nor a run of spaces (which separates the items of RSS descriptions).
WS = r"[ \t\u00a0](?![ \t\u00a0])"

# One capitalised word of a name: "Zelensky", "U.S.", "O'Brien", "Al-Assad". A
# possessive 's is left out ("Russia's Defense Ministry" is possessor + name).
CAP_WORD_TAIL = r"[\w.\-/&]*(?:['’](?!s\b)\w+)*"  # what follows the capital
CAP_WORD = rf"[{UPPER_LETTERS}]{CAP_WORD_TAIL}"

# Small words inside names: "Secretary of State", "Bank of America", "Disaster and Emergency ...".
# (Round 23: "&" too, "California Budget & Policy Center", "Florida Power & Light", "Wells Fargo & Co.": all 13 such
# names before a verb of saying in AllSides were cut to their part after it.)
NAME_JOINER = r"(?:of|the|for|and|de|da|del|der|den|van|von|bin|al|la|le|du|&)"  # "Eric Van der Sypt"

# An Arabic surname after its lower-case particle: "Khalil al-Suwadi", "Saqer al-Joroushi", "Abu el-Haj"
# (only after a first capitalised word: "al-Qaida" alone is no person's name).
PARTICLE_WORD = rf"(?:{_alternation(_NOUNS['name_particles'])})-[{UPPER_LETTERS}]{CAP_WORD_TAIL}"

# Space between two words of a name; not after a full word ending a sentence ("Yoon. On").
NAME_SPACE = rf"(?<![a-z]{{3}}\.)(?<![A-Z]{{3}}\.){WS}"

# A proper name: capitalised words, optionally joined, not starting with a clause word.
# (The words after the first are PROPER_NAME_TAIL.)
# (Round 16: "the" joins only after another joiner, "Bank of the West": "attack in San Bernardino the Washington Post
# found" holds two names.)
# Round 18. "on" after a body's head joins its subject: "Center on Budget and Policy Priorities", "Council on Foreign
# Relations" (speaker_titles.yaml on_joined_heads); not a day or a month ("the Intelligence Committee on Tuesday").
_DAYS_AND_MONTHS = load_vocab("date_words")["weekdays"] + list(load_vocab("date_words")["months"])
# (It opens with "(?=on)": at a name's next word, most often no "on", the lookbehinds are not tried one by one.)
ON_JOINER = ("(?=on)(?:" + "|".join(f"(?<={re.escape(head)}\\s)" for head in _NOUNS["on_joined_heads"])
             + rf")on{WS}(?!(?:{_alternation(_DAYS_AND_MONTHS)})\b)")
PROPER_NAME_TAIL = (rf"(?:{NAME_SPACE}(?:(?!the\b){NAME_JOINER}{WS}(?:{NAME_JOINER}{WS})?|{ON_JOINER})?"
                    rf"(?:{CAP_WORD}|{PARTICLE_WORD}))*")
PROPER_NAME = rf"(?!{NOT_NAME}){CAP_WORD}{PROPER_NAME_TAIL}"

# Pronouns that stand for an earlier speaker.
PRONOUN = rf"(?:{_alternation(w.capitalize() for w in _NOUNS['pronouns'])}|{_alternation(_NOUNS['pronouns'])})"

# "the", "a", "its", "two" ... before a noun phrase (either case: sentences start with them).
DETERMINER = rf"(?i:{_alternation(_NOUNS['determiners'])})"

# Heads of speaker noun phrases that are not proper names ("officials", "the ministry").
ROLE_NOUN = (rf"(?i:{_spaced(_NOUNS['person_nouns'] + _NOUNS['anonymous_nouns'] + _NOUNS['government_nouns'] + _NOUNS['organisation_nouns'] + _NOUNS['document_nouns'])})s?")

# Words that cannot modify a speaker's head noun: prepositions, conjunctions, verbs of saying.
CLAUSE_WORD = rf"(?:{_alternation(_NOUNS['clause_words'])})"
NOT_MODIFIER = rf"(?:{CLAUSE_WORD}|{DETERMINER}|{_alternation(_VERBS['verbs'])})\b"

# A day or a part of one, which modifies no speaker: "said Monday morning officials are anticipating" (the gap
# between a verb and its object, not "Monday morning officials").
TIME_WORD = (rf"(?:{_alternation(load_vocab('date_words')['weekdays'])}"
             rf"|{_alternation(load_vocab('date_words')['day_parts'])})")

# A word modifying a speaker's head noun: "senior", "military", "U.S.", "Turkish".
# Capitalised clause words ("While", "When") are none either: "While state claims dipped" has no speaker.
MODIFIER = (rf"(?!{NOT_MODIFIER}|(?i:{CLAUSE_WORD})\b|{TIME_WORD}\b){CAP_WORD}"
            rf"|(?!{NOT_MODIFIER}|{TIME_WORD}\b)[a-z][\w\-]*")

# A possessor before a head noun: "Russia's", "the country's", "Istanbul's".
POSSESSOR = rf"(?:{DETERMINER}{WS})?(?:{PROPER_NAME}|[a-z]+)['’]s?"

# What follows an unnamed source's noun: "a source familiar with the plan", "people close to him".
SOURCE_QUALIFIER = (rf"(?:{WS}(?:familiar{WS}with|close{WS}to|briefed{WS}on|knowledgeable{WS}about|"
                    rf"with{WS}knowledge{WS}of)(?:{WS}[\w'’.\-]+){{1,4}}?)")


# --- Round 13: poll results told without their source ------------------------------------------------------
# A share of respondents and what they do: "Only 13% say", "Just 42% of Americans are confident", "76% of
# Republicans and Republican leaners view", "Thirty-two percent of Republicans … say"; or a respondents' verb
# before a margin: "support maintaining the benefits 53-33 percent", "supported extended benefits 55 to 34
# percent". A sentence holding one reports a poll.
PERCENT_SHARE = rf"(?:\d+(?:\.\d+)?(?:{WS})?%|(?<![\w.])[\w.\-]+{WS}percent\b)"
POLL_RESPONSE_VERB = rf"(?:{_spaced(_VERBS['poll_responses'])})\b"
POLL_RESPONSE = re.compile(
    rf"{PERCENT_SHARE}(?:{WS}of(?!{WS}what\b)(?:{WS}[\w'’\-]+){{1,6}}?)?(?:{WS}(?:who|also|still|now|strongly|somewhat))?"
    rf"{WS}{POLL_RESPONSE_VERB}"
    rf"|{POLL_RESPONSE_VERB}(?:{WS}[\w'’\-]+){{0,6}}?{WS}\d+(?:\.\d+)?(?:-|{WS}to{WS})\d+(?:\.\d+)?(?:{WS})?(?:%|percent\b)")

# A cue ending in a verb that is a deed as well as a statement ("proposed", "urged", "called for"): the count of
# its unnamed subject is no figure they state.
ACT_VERB_END = re.compile(rf"(?<![\w'’])(?:{_spaced(_VERBS['act_verbs'])})\Z")

# Between a count opening its sentence and a cue right after it, the counted noun and its modifiers, with no
# "that": "One critical change Ms. Wood suggested was …", "One issue they said they discussed is …" (an object
# relative clause: the count is of what the cue's speaker said).
# (Not a preposition nor a copula: "One of those is Minority Leader Mitch McConnell, who said" counts no statement.)
OBJECT_RELATIVE_GAP = re.compile(rf"(?:{WS}(?!{NOT_MODIFIER}|(?:is|was|are|were)\b)[a-z][\w\-]*){{1,3}}{WS}")

# What may stand before a figure opening its sentence: spaces, quotation marks, a conjunction.
SENTENCE_OPENING = re.compile(r"[\s\"“‘]*(?:(?:And|But|So)[ \t]+)?")

# A figure that is a share: its surface ends in "%" or "percent".
PERCENT_SURFACE = re.compile(r"(?:%|percent)\Z")

# A poll word ("poll", "polling", "survey", "pollsters"), either case.
POLL_WORD = rf"(?i:{_alternation(_VERBS['poll_words'])})\b"
POLL_WORD_PATTERN = re.compile(POLL_WORD)  # compiled once: it is searched in every cue before a poll's result

# A poll named by its pollster: "Gallup polling", "the latest University of Texas/Texas Tribune Poll", "In that
# ABC/Post survey", or after it: "The new survey from the University of Chicago Divinity School and …".
# (A name before a poll word that a pollster's name follows is no pollster's: "New polling data from Gallup".)
POLL_BY = (rf"(?:{WS}(?:data|results|numbers|figures))?,?(?:{WS}(?:conducted|released|done|commissioned))?"
           rf"{WS}(?:by|from){WS}")
POLL_NAME = re.compile(rf"(?<![\w'’])(?P<np>{PROPER_NAME}){WS}(?P<poll>{POLL_WORD})(?!{POLL_BY}(?:the{WS})?[A-Z])"
                       rf"|(?<![\w'’])(?:{POLL_WORD}{POLL_BY}(?:the{WS})?|pollsters?{WS})(?P<author>{PROPER_NAME})")
# A full stop ending a name at a sentence's end: "a survey by the Harvard Institute of Politics." (not "U.S.").
SENTENCE_STOP_END = re.compile(r"(?<=[a-z]{3})\.\Z")

# A poll's speaker that names no pollster: "the survey", "pollsters", "the new poll".
GENERIC_POLL = re.compile(rf"(?:(?:{DETERMINER}|(?i:that|this|these|those)){WS})?(?:(?i:new|latest|recent|national){WS})?"
                          rf"{POLL_WORD}")
_TITLE_REACH = 80  # characters before a surname read for its title (see titles_name)
_POLL_REACH = 1500  # characters before a poll's result searched for the poll that states it

# A role noun phrase: modifiers, the head noun, optionally the person's name after it
# ("senior adviser David Axelrod", "the capital's military administration"). A modifier ending a
# sentence joins no noun of the next ("from the Associated Press. Residents in nursing homes").
ROLE_PHRASE = rf"(?:(?:{MODIFIER}){NAME_SPACE}){{0,3}}{ROLE_NOUN}\b(?:{WS}{PROPER_NAME}|{SOURCE_QUALIFIER})?"

# Round 22. A body's name of several words, lower-case modifiers and a role noun, then the person's name: "said
# George Washington University law professor Jonathan Turley", "said Enoch Pratt Free Library communications director
# Roswell Encina", "said White House legislative director Marc Short" (8 of 35 such inverted cues in AllSides read the
# body as the speaker, since a longer name keeps its description and ROLE_PHRASE takes three modifiers).
BODY_ROLE_NAME = (rf"(?:{CAP_WORD}{WS}){{1,4}}(?:(?!{NOT_MODIFIER}|{TIME_WORD}\b)[a-z][\w\-]*{WS}){{1,2}}{ROLE_NOUN}\b"
                  rf"{WS}{PROPER_NAME}")

# A short bracketed part after a name: "Disaster and Emergency Management Authority (AFAD)",
# "A new Pew Research Center survey (March 14-17)".
ACRONYM = rf"(?:{WS}\([^()\n]{{1,40}}\))?"

# The noun phrase of a speaker. A name directly before a role noun is its modifier ("U.S. officials"), as
# is one word before lower-case modifiers and a role noun ("according to Gaza health officials"), so the
# role phrase is tried then; a longer name keeps its description ("the Syrian Observatory for Human
# Rights war monitor"), unless a person's name follows the role (BODY_ROLE_NAME).
SPEAKER_NP = (rf"(?:\b{PRONOUN}\b|(?:{DETERMINER}{WS})?(?:{POSSESSOR}{WS})?"
              rf"(?:{BODY_ROLE_NAME}|(?!{CAP_WORD}{WS}(?:(?!{NOT_MODIFIER})[a-z][\w\-]*{WS}){{1,2}}{ROLE_NOUN}\b)"
              rf"(?>{PROPER_NAME})(?!{WS}{ROLE_NOUN}\b)|{ROLE_PHRASE}){ACRONYM})")

# A count of unnamed speakers or documents: "One", "two", "several".
COUNT_WORD = rf"(?:{_alternation(both_cases(_NOUNS['unnamed_counts']))})"

# Round 16. Between a count and the head of the speakers it counts, up to three modifiers: "Two [senior U.S.]
# officials", "one [GOP] insider" (no relative clause: "Two sisters who spent more than four days").
COUNT_TO_HEAD = re.compile(rf"(?:{WS}(?!(?:who|that|which)\b)[\w.'’\-]+){{0,3}}{WS}")

# A count right before a speaker's phrase: "one Democratic lawmaker told", "two Republican senators said" (unnamed).
COUNT_BEFORE = re.compile(rf"(?<![\w'’])(?:{_alternation(both_cases(_NOUNS['unnamed_counts']))}){WS}$")

# An envoy's title and the preposition naming where he is sent, right before a name: "U.S. Ambassador to Iraq
# Matthew Tueller said", "Israeli ambassador to the United States Michael Oren said" (not an object after "to").
ENVOY_TO = re.compile(rf"\b(?i:{_alternation(_NOUNS['envoy_titles'])}){WS}(?:to|for){WS}$")

# A clause word opening a sentence ("When", "If"; not "WHO", the World Health Organization).
CAPITALISED_CLAUSE_WORD = rf"(?:{_alternation(w.capitalize() for w in _NOUNS['clause_words'])})"

# Unnamed people in the plural as a subject: "social media sleuths have estimated",
# "researchers found" (only before a verb of saying). A capitalised clause word opens no such group ("When
# officials said": officials).
UNNAMED_GROUP = (rf"(?:{DETERMINER}{WS}(?:(?:{MODIFIER}){WS}){{0,2}}|(?:(?!{CAPITALISED_CLAUSE_WORD}\b){CAP_WORD}{WS}){{0,2}})?"
                 rf"(?!(?:{NOT_MODIFIER}|{_alternation(_NOUNS['not_plural_nouns'] + _VERBS['between'])})\b)"
                 rf"[a-z][\w\-]{{2,}}[a-rt-z]s\b")

# Words that may stand between a speaker and the verb ("Lavrov on Tuesday said"), and the
# whole gap they make.
# Weekday names come from the dates vocabulary (one list for the whole project).
GAP_WORD = (rf"(?:{_alternation(_VERBS['between'])}|{_alternation(load_vocab('date_words')['weekdays'])}"
            rf"|(?:from|of|in){WS}(?:19|20)\d\d)\b")
# (Its first word is no noun of a statement: see speaker_verbs.yaml gap_nouns.)
GAP = rf"(?:{WS}(?!(?:{_alternation(_VERBS['gap_nouns'])})\b){GAP_WORD}(?:{WS}{GAP_WORD})*)?{WS}"

# Verbs of saying after their subject ("X said"), and those that also come before it ("…,” said X).
SPEAKER_VERB = rf"(?:{_alternation(_VERBS['verbs'])})"
INVERTED_VERB = rf"(?:{_alternation(_VERBS['inverted_verbs'])})"

# Round 13. Who may stand right before "described as" as the one describing: a pronoun, a name, or an auxiliary
# ("that he described as “100 percent wrong”", "which Barr has described as"); not "a man described as 5-foot-9".
DESCRIBER_BEFORE = re.compile(rf"(?:\b(?:he|she|they|we|I|it|has|have|had)|[{UPPER_LETTERS}][\w'’.\-]*){WS}$")

# Round 16. A form of "be" (and an adverb) right before a verb of saying makes it a passive participle, whose subject
# says nothing: "because the measure had yet to be officially announced said Monday", "He was told that …" (the
# listener). The progressive forms of the vocabulary ("is proposing") begin with their own "is".
BE_BEFORE_VERB = re.compile(rf"(?<![\w'’])(?:be|been|being|is|are|was|were|am)(?:{WS}[a-z]+ly)?{WS}$")

# Round 13. An unnamed or role head and the prepositional phrase after it, ending before a verb of saying: "One
# adviser to Mr. Trump said", "One of the officials said", "Critics of birthright citizenship say", "Residents of
# the town said", "Two former Middle East advisors under the Obama administration wrote". The head speaks (the
# name after the preposition is no subject: "Videos from Turkey show").
_PP_WORDS = ("of", "to", "for", "under", "in", "at", "from", "with", "on")
_SPACED_PP_WORDS = tuple(f" {word} " for word in _PP_WORDS)  # (as _head_before_phrase looks for them, built once)
_PP_REACH = 160  # characters at a window's end searched for such a subject
# (The head's modifiers and the phrase's words are no verbs: "The report is one of over 60 reports", "people in the
# US have been confirmed"; nor is an adjective in -ous a plural: "protesters, furious at a proposed law".)
# A clause word ends the phrase ("progress in talks on immigration reform but added"); a count of many is no
# speaker ("hundreds of companies show").
_NOT_PHRASE_WORD = (r"(?!(?:is|was|are|were|be|been|being|has|have|had|will|would|can|could|may|might|do|does|did"
                    r"|but|that|which|who|whom|when|while|because|if|as|than|where|whether)\b)")
_MANY = r"(?!(?:hundreds|thousands|millions|billions|dozens|tens|scores)\b)"
HEAD_BEFORE_PHRASE = re.compile(
    rf"(?<![\w'’])(?P<np>(?:(?:{DETERMINER}|(?i:at{WS}least{WS}(?:one|two|three)|one|some|many)){WS}){{0,2}}"
    rf"(?:{_NOT_PHRASE_WORD}(?:{MODIFIER}){NAME_SPACE}){{0,3}}{ROLE_NOUN}\b|{_MANY}{UNNAMED_GROUP}(?<!ous))"
    rf"{WS}(?P<prep>{_alternation(_PP_WORDS)}){WS}(?P<object>(?!(?:{_alternation(_PP_WORDS)})\b){_NOT_PHRASE_WORD}"
    rf"\w[\w'’.\-]*(?:{WS}{_NOT_PHRASE_WORD}\w[\w'’.\-]*){{0,7}}?){GAP}$")
# A role word and a name ending such a phrase: the name is the speaker's ("Council on Foreign Relations president
# Richard Haass wrote"), not its head's.
ROLE_AND_NAME_END = re.compile(rf"\b(?P<role>[a-z][\w\-]*){WS}{PROPER_NAME}\Z")
# A verb or preposition (and a count) right before such a head: the head is its object ("Ford, which has 13000
# workers in the United Kingdom, has estimated": Ford estimated), not a subject.
OBJECT_OF_BEFORE = re.compile(rf"\b(?:has|have|had|with|of|for|to|by|from|in|on|at|employs|employed){WS}"
                              rf"(?:[\d,.]+{WS})?\Z")
# A capitalised word and a comma before such a head without a determiner: an appositive of a name ("Alasdair Conn,
# chief of emergency services at Massachusetts General Hospital said"), whose name speaks.
NAME_COMMA_BEFORE = re.compile(rf"[{UPPER_LETTERS}][\w'’.\-]*,{WS}\Z")
_HEAD_PHRASE_VERBS = frozenset(_VERBS["head_phrase_verbs"])

# --- cue patterns ---------------------------------------------------------------

# "reports on", "writes from": an outlet's journalist at work, not a source.
# (Round 16: "on" before a day or a date is the day of the report, no journalist's subject: "The New York Times reported
# on Tuesday that four of the men …", "NBC News reported on Thursday that".)
_DATE_WORDS = load_vocab("date_words")
REPORT_DAY = (rf"(?:{_alternation(_DATE_WORDS['weekdays'])}|{_alternation(list(_DATE_WORDS['months']))}"
              rf"|{_alternation(['last', 'this', 'the', 'its'])}(?={WS}(?:{_alternation(_DATE_WORDS['weekdays'])})))\b")
JOURNALISM = rf"(?:{_spaced(_VERBS['journalism'])})\b(?!{WS}{REPORT_DAY})"

# Round 17: a publication that "reported on" a subject (not a day) states the figures of its report: "The Washington
# Post reported on the unconventional methods …, including counting some 19,000 immigrants", "The Associated Press
# reported on an $18,000 contract" (a journalist who "reports on" a subject stays at work: JOURNALISM).
PUBLICATION_REPORTED_ON = re.compile(
    rf"(?=[{UPPER_LETTERS}])(?P<np>{PROPER_NAME}){WS}(?:has{WS})?(?:reported|reports){WS}on\b(?!{WS}{REPORT_DAY})")

# Any verb of saying; the subject before it is matched on the left window.
# Verbs that report speech only at the end of a clause ("he continued." but not "continued to pull").
CLAUSE_END_VERB = rf"(?:{_alternation(_VERBS['clause_end_verbs'])})(?=[ \t]*[,.;:!?”\"]|[ \t]*$)"

# A verb of saying that also takes a quantity as its object: "firms added 73,000 jobs".
# ("China offers only about $40 million"): a figure right after them is the verb's object.
QUANTITY_OBJECT = (r"(?:(?<=add)|(?<=adds)|(?<=added)|(?<=noted)|(?<=notes)|(?<=states)|(?<=offers)|(?<=offered))"
                   r"[ \t]+(?:only[ \t]+)?(?:about[ \t]+|some[ \t]+|nearly[ \t]+|another[ \t]+|over[ \t]+)?[\d$£€]")

# (Each scanning pattern opens with a lookahead for its first letters: the regex engine then skips to
# those letters instead of trying the whole pattern at every character.)
# "found"/"finds" before a state reports none: "Australian found alive", "was found guilty".
# "claimed the lives of", "has claimed more than 11,000 lives": deaths, not words.
CLAIMED_LIVES = (rf"(?:(?<=claimed)|(?<=claims)|(?<=claim)){WS}(?:[\w,.\-]+{WS}){{0,4}}?"
                 rf"(?:lives|life)\b")

FOUND_STATE = rf"(?:(?<=found)|(?<=finds)){WS}(?:{_alternation(_VERBS['found_states'])})\b"

# "responded with", "countered with": an action follows, not words ("responded with two subpoenas").
ACTION_WITH = "(?:" + "|".join(f"(?<={re.escape(verb)})" for verb in _VERBS["action_with_verbs"]) + rf"){WS}with\b"

# "asked whether", "asked the president why": a question, no statement (a request, "asked Congress for", stays one).
ASKED_QUESTION = ("(?:" + "|".join(f"(?<={re.escape(verb)})" for verb in _VERBS["question_verbs"])
                  + rf")(?:{WS}[\w.'’\-]+){{0,3}}?{WS}(?:{_alternation(_VERBS['question_words'])})\b")

# "admitted to the program", "admitted into a hospital": entered, not said (a gerund after "to", or "that"
# after its object, is an admission: "admitted to the committee that …").
ADMITTED_TO = ("(?:" + "|".join(f"(?<={re.escape(verb)})" for verb in _VERBS["admission_verbs"])
               + rf"){WS}(?:to|into){WS}(?:the|a|an){WS}(?![a-z]+ing\b)(?!(?:[\w'’\-]+{WS}){{1,3}}that\b)")

# "states", "reports" before a preposition are nouns: "oil-rich Muslim states in the Middle East".
NOUN_BEFORE_PREPOSITION = ("(?:" + "|".join(f"(?<={re.escape(verb)})" for verb in _VERBS["noun_like_verbs"])
                           + rf"){WS}(?:{_alternation(_VERBS['noun_followers'])})\b")

# "by" right after a verb of saying makes it a passive participle whose subject is no speaker: "the add-ons requested
# by Democrats are $100 billion more" (the agent's own credit is a source phrase: "reported by", "cited by"); not
# before a gerund ("responded by noting that").
PASSIVE_BY = rf"{WS}by{WS}(?![a-z]+ing\b)(?!(?:{_spaced(_VERBS['speech_channels'])})\b)"

# A verb of change right after a "verb of saying" makes that a noun: "state claims dipped by 99,000".
NOUN_BEFORE_CHANGE = rf"{WS}(?:{_alternation(_VERBS['change_verbs'])})\b"

# "Guterres last week issued a $2 billion appeal", "the United Nations has launched a $1 billion appeal": the
# amount of an appeal is its issuer's figure; only with an amount (a token holding a digit) and such a noun a
# few words on ("Trump issued a bombastic call for Obama to resign over a shooting that left 50 people dead" states
# no amount).
APPEAL_VERB = (rf"(?:{_alternation(_VERBS['appeal_verbs'])})"
               rf"(?={WS}(?:an?|the|its|his|her|their){WS}(?:[^\s.,;:]+{WS}){{0,2}}?[^\s\d]{{0,2}}\d[^\s]*{WS}"
               rf"(?:[^\s.,;:]+{WS}){{0,2}}?(?:{_alternation(_VERBS['appeal_nouns'])})\b)")
# Round 19. A verb that names something with a quoted term of the subject's (speaker_verbs.yaml naming_verbs): "One
# immigrant rights group called Judge Hanen’s decision “judicial vigilantism.”" (dev_r20b tb34), "Sherrilyn Ifill …
# called the Ferguson crisis “a moment that’s more than a moment”" (dev_r16b hb36), "President Trump, who has called the
# Iran deal one of the "worst" agreements" (dates_r8b m29): only with a quotation mark a few words on ("called the
# police", "called 911" name nothing).
NAMING_VERB = (rf"(?:{_alternation(_VERBS['naming_verbs'])})"
               rf"(?={WS}(?:the|it|him|her|them|this|that|his|their|its|[{UPPER_LETTERS}][\w'’\-]*){WS}?"
               rf"(?:[^\s.,;:“”\"]+{WS}){{0,7}}?[“\"])")
# Round 16. A verb revising one's own estimate (speaker_verbs.yaml revision_verbs, revision_nouns): "the department
# increased its estimate of … by 86,000", "the president increased his forecast for … to 100,000".
REVISION_VERB = (rf"(?:{_alternation(_VERBS['revision_verbs'])})"
                 rf"(?={WS}(?:its|their|the|his|her){WS}(?:[a-z][\w\-]*{WS}){{0,2}}"
                 rf"(?:{_alternation(_VERBS['revision_nouns'])})\b)")
# (A lone unknown name that revises its guidance is a body: "Apple lowered its revenue guidance … to US $84 billion".)
REVISION_VERB_END = re.compile(rf"\b(?:{_alternation(_VERBS['revision_verbs'])})\Z")
# Round 18. A verb of belief right after an unnamed body of sources (speaker_verbs.yaml belief_verbs, belief_holders):
# "Authorities believe he orchestrated the three teams that … killed 129 people", "Officials fear the death toll could
# top 100"; not "believed to be", "fear for", "suspected of" (no belief told), nor a thing feared ("Authorities fear a
# spike in cases at Dharavi - which is home to an estimated 700,000 …": the figure is no part of it), nor after anyone
# else ("I believe").
# (The verb is looked ahead for first: at most words tried as verbs of saying, the lookbehinds are then not tried.)
BELIEF_VERB = (rf"(?=(?:{_alternation(_VERBS['belief_verbs'])})\b)"
               + "(?:" + "|".join(f"(?<={re.escape(holder)} )" for holder in both_cases(_VERBS["belief_holders"]))
               + rf")(?:{_alternation(_VERBS['belief_verbs'])})\b(?!{WS}(?:to|for|of|in|that{WS}to|an?)\b)")
# A cue ending in such a verb of belief: it yields to a cue that closes its sentence ("Investigators believe … $20,000
# …, a U.S. official said": the official tells what they believe).
BELIEF_CUE_END = re.compile(rf"\b(?:{_alternation(_VERBS['belief_verbs'])})\Z")

# Round 18. A paragraph of its own that names its source before a colon: the next paragraph is the source's text ("From
# the Wall Street Journal:", "… ballistic missile. From AP:"); the name may be followed by its writer's place ("From Guy
# Millière writing at the Gatestone Institute:").
BLOCK_FROM = re.compile(rf"(?:(?<=[.!?][ \t])|(?<=\n)|\A)From{WS}(?:the{WS})?(?P<np>{PROPER_NAME})"
                        rf"(?:,?{WS}writing{WS}[^:\n]{{1,60}})?:\s*\Z")
# Only a colon between a cue's verb and its paragraph's end: "The paper writes:", "The IHME statement added:".
VERB_AT_COLON = re.compile(r"[ \t]*:")

# Round 18. A verb of making public before what it makes public (speaker_verbs.yaml disclosure_verbs, disclosure_nouns):
# "authorities in Orlando issued dramatic new information about the gun rampage", "released details of six
# settlements", "released a report showing private sector payrolls rose by 135,000"; not "released 5 prisoners".
DISCLOSURE_VERB = (rf"(?:{_alternation(_VERBS['disclosure_verbs'])})"
                   rf"(?={WS}(?:[\w\-’']+{WS}){{0,3}}?(?:{_alternation(_VERBS['disclosure_nouns'])})\b)")
# Round 23. "added" in the perfect before a noun phrase is a deed: "Employers have added an average of 155,000 jobs",
# "the federal government has added hundreds of miles of walls", "many companies have added force-on-force training
# courses" (all 28 of the 59 such phrases in AllSides that gave a cue were deeds); "has added that" still speaks.
PERFECT_ADDED_OBJECT = rf"(?:(?<=has{WS})|(?<=had{WS})|(?<=have{WS}))added{WS}(?!that\b)[a-z]"
# Round 23. A verb setting a count's value before the count it sets (speaker_verbs.yaml estimate_verbs,
# estimate_nouns): "officials have recently put the combined total of those countries around 1,300", "Two other
# estimates placed the construction cost of the wall in the $25 billion range", "gives the figure of more than 300,000";
# the noun after an article and up to two words, then "at", "of" or "as" ("number of" is a quantity: "put a number of
# new safety procedures in place").
ESTIMATE_VERB = (rf"(?:{_alternation(_VERBS['estimate_verbs'])})"
                 rf"(?={WS}(?:the|a|an|its|their|his|her){WS}(?:[\w\-’']+{WS}){{0,2}}?"
                 rf"(?:{_alternation(_VERBS['estimate_nouns'])}){WS}(?:at|as|of)\b(?<!number{WS}of))")
VERB_OF_SAYING = re.compile(
    rf"{_first_letters(_VERBS['verbs'] + _VERBS['clause_end_verbs'] + _VERBS['appeal_verbs'] + _VERBS['revision_verbs'] + _VERBS['belief_verbs'] + _VERBS['disclosure_verbs'] + _VERBS['naming_verbs'] + _VERBS['estimate_verbs'])}"
    rf"\b(?!{JOURNALISM})(?!{PERFECT_ADDED_OBJECT})(?:{SPEAKER_VERB}|{CLAUSE_END_VERB}|{APPEAL_VERB}|{REVISION_VERB}"
    rf"|{BELIEF_VERB}|{DISCLOSURE_VERB}|{NAMING_VERB}|{ESTIMATE_VERB})\b"
    rf"(?!{QUANTITY_OBJECT})"
    rf"(?!{FOUND_STATE})"
    rf"(?!{NOUN_BEFORE_CHANGE})(?!{ACTION_WITH})(?!{NOUN_BEFORE_PREPOSITION})(?!{CLAIMED_LIVES})(?!{PASSIVE_BY})"
    rf"(?!{ADMITTED_TO})(?!{ASKED_QUESTION})")

# "X visited … and said": the verb shares the subject of the clause before "and".
# (Round 16: or "but": "Kerry defended his record as a supporter of Israel but also said, “…two nations …”".)
COORDINATED_VERB = re.compile(rf"\b(?:and|but)(?:{WS}{GAP_WORD})*{WS}$")

# An appositive naming what a name is: "the Great Elephant Census, a project financed by ...". Not a
# speaker's clause after a comma ("targeted two terror posts in Gaza, the army said": Gaza is no army).
APPOSITIVE_HEAD = re.compile(
    rf"\A,{WS}(?:a|an|the){WS}(?:[\w'’\-]+{WS}){{0,3}}?(?P<noun>{ROLE_NOUN})\b(?!{GAP}{SPEAKER_VERB}\b)")

# The subject right before a verb of saying, anchored at the window's end: "Zelensky (also) said".
SUBJECT_BEFORE_VERB = re.compile(rf"(?<![\w'’])(?P<np>{SPEAKER_NP}|{UNNAMED_GROUP}){GAP}$")

# A named body and the place it sits in before its verb: "The Russian Embassy in Ethiopia says", "the Lenval Hospital in
# Nice said", "The Associated Press in Damascus said" (17 of 22 such subjects in AllSides gave no cue); also a
# correspondent after the owner's possessive ("The BBC's Will Grant in Mexico says": 9 of 9 gave no cue). The body (or
# the correspondent) is the speaker; "The" keeps out a person where they were ("Trump in Helsinki said"), and the place
# is no month or weekday (not "The Justice Department in April announced").
BODY_IN_PLACE_BEFORE_VERB = re.compile(
    rf"(?<![\w'’])[Tt]he{WS}(?:{PROPER_NAME}['’]s{WS})?(?P<np>{PROPER_NAME}){WS}in{WS}"
    rf"(?!(?:{_alternation(_DAYS_AND_MONTHS)})\b){PROPER_NAME}{GAP}$")

# A sentence opening with a subordinator right before a cue's subject: "When Trump says that …" (the cue speaks
# for its clause only, see MAIN_CLAUSE_AFTER).
SUBORDINATE_CUE_OPENING = re.compile(rf"\s*(?:{_alternation(_NOUNS['subordinate_cue_openers'])}){WS}")

# The comma closing an opening subordinate clause, then the main clause's subject: ",” he’s echoing",
# ", Smith disagreed", ", two of his memos … contained". (A comma inside the clause's own content is followed by
# no such subject.)
MAIN_CLAUSE_AFTER = re.compile(
    rf",[”\"’]?{WS}(?:(?:he|she|they|it|we|I|there)(?:['’](?:s|re|ve|ll|d))?{WS}[a-z]"
    rf"|(?:[Tt]he{WS})?[{UPPER_LETTERS}][\w'’\-]*(?:{WS}[{UPPER_LETTERS}][\w'’\-]*){{0,2}}{WS}[a-z]"
    rf"|{DETERMINER}{WS}[a-z])")

# Marks that end the clause before a verb: its subject is after the last of them.
CLAUSE_MARKS = (",", ";", ":", "“", "”", '"', "—")

# A comma (and gap words) right before a verb: an appositive may end there.
# (Round 15: a closing quotation mark may follow the comma, as American style puts it inside: 'the Center on
# Immigration Studies, which favors more tightly monitoring "birth tourism," estimated'.)
APPOSITIVE_TAIL = re.compile(rf",[”\"]?(?:{WS}{GAP_WORD})*{WS}$")

# A word set off by commas right before a verb: ", however, " of "Immigrant advocacy groups, however, say".
PARENTHETICAL_BEFORE_VERB = re.compile(rf",{WS}(?:{_spaced(_VERBS['parentheticals'])}),{GAP}$")

# Round 21. An aside set off by dashes right before a verb, British style: "Mr Farage - who has campaigned for the past 20
# years for Britain to leave the EU - told", "Sir Michael Fallon - a supporter of Mr Johnson - told", "Officials in the
# other states - Arizona, Florida, and Illinois - said" (66 of 67 such asides in AllSides hid the subject: the verb's
# clause was cut at the dash). The subject is before the aside. A hyphen counts only with spaces around it; the aside
# holds no quotation (whose cue speaks for itself) and ends right before the verb ("cost the Treasury — which is to
# say, U.S. taxpayers — an estimated $257.95 billion" has no verb of saying).
# Round 21. A document's publishing participle set off by commas before its verb: "Pickering's report, released late
# last year, found", "A new Wall Street Journal/NBC News poll, released Wednesday, found" (27 of 31 such asides in
# AllSides hid the document, or left a name inside the aside as the speaker: "…, signed by Homan, says" was Homan's).
# The document before it speaks (speaker_verbs.yaml publishing_participles and sending_participles), unless
# a name ends the subject and APPOSITIVE_BEFORE_VERB reads it ("projections from the Social Security Administration,
# issued last month, indicate": the administration).
PUBLISHED_ASIDE_BEFORE_VERB = re.compile(
    rf",{WS}(?:{_alternation(_VERBS['publishing_participles'] + _VERBS['sending_participles'])})\b"
    rf"[^,;“”\"\n]{{1,80}},{WS}$")
DASH = r"(?:[ \t\u00a0][-–—][ \t\u00a0]|[ \t\u00a0]?—[ \t\u00a0]?)"
DASH_ASIDE_BEFORE_VERB = re.compile(rf"{DASH}[^-–—\n“”\"]{{3,160}}?{DASH}$")

# A clause opening after a comma ("…, but as the day wore on"): a source phrase after a figure in it credits it.
CLAUSE_OPENING = re.compile(rf",{WS}(?:{_alternation(_VERBS['clause_openers'])})\b")

# A concession opening the sentence (after "And"/"But"), whose cue a source phrase after the main clause's figure
# outranks (speaker_verbs.yaml concessive_openers).
CONCESSIVE_OPENING = re.compile(
    rf"[\s\"“‘]*(?:(?:[Aa]nd|[Bb]ut){WS})?(?i:{_alternation(_VERBS['concessive_openers'])})\b")

# A first subject and "and" before a subject: "witnesses and" of ", witnesses and officials said".
CONJOINED_SUBJECT = re.compile(r"(?<![\w'’])[\w'’\-]+(?:[ \t]+[\w'’\-]+)?[ \t]+and[ \t]+$")

# A comma or closing quote before a subject: its cue trails what precedes ("…,” Zelenskyy said").
TRAILING_MARK = re.compile(r"[,”\"’]\s*$")

# Round 18: a comma or closing quote, then capitalised words the subject's phrase left out, right before it: the
# owner's name of a long title ("…, St. Louis Metropolitan Police Department spokeswoman Schron Jackson told CNN"
# reads its subject from "Police"): the cue still trails what precedes the comma.
TRAILING_OWNER_WORDS = re.compile(rf"[,”\"’]{WS}(?:{CAP_WORD}{WS}){{1,4}}$")

# Where a speaker phrase may start in a window: a letter not inside a word.
WORD_START = re.compile(rf"(?<![\w'’.\-/&])[{UPPER_LETTERS}a-z]")

# A word of lower-case letters (and hyphens) only.
LOWER_WORD = re.compile(r"[a-z][a-z\-]*")

# A qualifier of an unnamed source anywhere in a window ("familiar with the plan"): the one part of a subject
# whose last word may be any word.
QUALIFIER_IN_WINDOW = re.compile(SOURCE_QUALIFIER)

# A name, an appositive, then the verb: "Mr. Wilder, the governor's spokesman, said".
# A party and state tag after a name: "Sen. Marco Rubio, R-Fla., one of eight senators …, said".
PARTY_TAG = r"[DRI]-[A-Z][\w.\-]*"
# A sentence end the splitter missed ("at 1440p. Even in the new Speed Way benchmark"): no appositive runs over it.
SENTENCE_END_INSIDE = r"(?<=[a-z0-9]{3})\.[ \t]+[A-Z]"
# An age set off by commas: "Delanie Thompson, 28, said".
AGE_TAG = r"\d{1,3},"
# A state and party set off by commas, as the Washington Times writes them: "Rep. John Yarmuth, Kentucky Democrat
# and chairman of the House Budget Committee, said", "Rep. Mike Rogers, Alabama Republican and one of …, said".
STATE_PARTY = rf"[A-Z][a-z]+(?:{WS}[A-Z][a-z]+)?{WS}(?:Democrat|Republican|Independent)\b"
# Round 15: the appositive may hold a short quoted term, closed before its end ('the host of "Meet the Press"') or
# by the comma ending it ('author of "The Psychology of Pandemics," told CNN', 'who called the flooding a "landmark
# event," said'); no longer quotation ("…,” said X" is another cue).
# (The quotation mark after the closing comma must close a term the appositive opened: in '"… we know those are the
# folks who are dying more frequently," said Dr Mahmood' it closes a quotation opened before any name.)
QUOTED_TERM_IN_APPOSITIVE = r"[“\"][^“”\"\n,]{1,40}[”\"]"
QUOTED_TERM_ENDING_APPOSITIVE = r"[“\"][^“”\"\n,]{1,40},[”\"]"
# Round 16: the appositive may open with a named owner and a lower-case role ("Denis McDonough, President Obama's chief
# of staff, said").
NAMED_OWNER_OF_ROLE = rf"{PROPER_NAME}['’]s{WS}[a-z]"
# Round 16: a thousands comma inside a number is no comma ending the appositive ("Governor Cuomo of New York, the
# epicenter of the U.S. outbreak with more than 92,000 cases, said").
THOUSANDS_COMMA = r"(?<=\d),(?=\d{3}\b)"
# Round 17: a person's age set off by commas right after their name ("Cindy Evans, 48, whose …, said", '“…,” Ms.
# Berrios, 59, said in Spanish'): the reporter describes the speaker; the speaker does not state their own age. The
# name's last word before the figure; the comma right after it (dev_r16b hb09, hb14).
AGE_OF_NAME_BEFORE = re.compile(r"(?<![\w'’\-])[A-Z][a-z'’\-]+,[ \t]$")
AGE_OF_NAME_AFTER = re.compile(r",[ \t]")
# The figure of an age tag: one to three digits, nothing else.
AGE_FIGURE = re.compile(r"\d{1,3}")
# A role named by its body without an article: "Sarah Sanders, White House press secretary, said", "Kristalina
# Georgieva, IMF managing director, said", "Nafees Zakaria, Pakistan's Foreign Office spokesperson, told", "Steve Schuh,
# Anne Arundel county executive, told" (26 of 103 such appositives before a verb of saying in AllSides found no
# speaker). The body's words end in a lower-case word that is no conjunction, verb or clause word, so neither a list
# of names ("Smith, Jones and Brown said") nor an inserted cue ("In ratifying the Constitution, Leavitt said, states
# agreed") is read as one.
NAMED_BODY_OF_ROLE = rf"{PROPER_NAME}(?:['’]s?)?{WS}(?:{PROPER_NAME}{WS})?(?!(?:and|or|nor|but)\b|{NOT_MODIFIER})[a-z]"
# A role written in title case before its body: "Robert Redfield, Director of the Centers for Disease Control and
# Prevention (CDC), testified", "Pascal Soriot, Chief Executive of AstraZeneca, said", "Frank Jensen, Lord Mayor of
# Copenhagen, said", "Howard Coble, Republican of North Carolina, said" (18 of 21 such appositives before a verb of
# saying in AllSides gave no speaker). The word before "of" is a role of speaker_titles.yaml's person_nouns or a party:
# "The Senate's No. 2 Republican, John Cornyn of Texas, said" is Cornyn's cue, not the Republican's.
TITLED_ROLE = _alternation(sorted({w.capitalize() for w in _NOUNS["person_nouns"] if w.isalpha()}
                                  | {"Republican", "Democrat", "Independent"}))
TITLED_ROLE_OF_BODY = rf"(?:[A-Z][a-z]+{WS}){{0,2}}(?:{TITLED_ROLE}){WS}(?:of|for|at|with){WS}"
# Round 21: a town's state set off by commas inside a speaker's phrase ("Jeff Serdy, owner of AJI Sporting Goods in
# Apache Junction, Ariz., said", "Ruslan Tsarni of Montgomery Village, Md., told"): 40 of 50 such phrases before a verb
# in AllSides gave no cue or the state as the speaker ("Ind", "California"). places.yaml states and their AP
# abbreviations, Georgia and Washington too (a town's state, here, not the country or the capital).
US_STATE = _alternation(sorted(set(load_vocab("places")["states"]) | {"Georgia", "Washington"}
                               | set(load_vocab("places")["state_abbreviations"]), key=len, reverse=True))
STATE_OF_TOWN = rf",{WS}(?:{US_STATE})(?=,)"
STATE_OF_TOWN_BEFORE_VERB = re.compile(rf",{WS}(?:{US_STATE}),{GAP}$")
# Round 21: an age may stand between the name and its appositive ("Anushaa Vijay, 31, an architect in Mumbai, said",
# "Ben Bennight, 36, a bail bondsman in Mississippi, said": 16 of 18 such subjects in AllSides gave no cue or the wrong
# one); the appositive opens with a determiner ('Johnson, 55, remains "in very good spirits," the statement added' is
# no appositive).
AGE_BEFORE_APPOSITIVE = rf"(?:,{WS}\d{{1,3}}(?=,{WS}{DETERMINER}{WS}))"
# Round 23: the role's body described in a second appositive opening with an article ("Stephen Booth, the co-director
# of Open Europe, a nonpartisan think tank based in London and Brussels, said"; "Alex Nowrasteh, an immigration-policy
# expert at the Cato Institute, a libertarian think tank, said"): all 63 such subjects before a verb of saying in
# AllSides gave no cue (bench/constructions.py).
SECOND_APPOSITIVE = rf"(?:,{WS}(?:a|an|the){WS}(?:(?!{SENTENCE_END_INSIDE})[^,;“”\"\n]|{THOUSANDS_COMMA}){{1,120}})"
APPOSITIVE_BEFORE_VERB = re.compile(
    rf"(?<![\w'’\-])(?!{PARTY_TAG})(?P<np>{PROPER_NAME}){ACRONYM}(?:,{WS}{PARTY_TAG})?{AGE_BEFORE_APPOSITIVE}?"
    rf",{WS}(?=[a-z]|{DETERMINER}{WS}|[DRI]-[A-Z]|{AGE_TAG}|{STATE_PARTY}|{NAMED_OWNER_OF_ROLE}|{NAMED_BODY_OF_ROLE}"
    rf"|{TITLED_ROLE_OF_BODY})"
    rf"(?:(?!{SENTENCE_END_INSIDE})[^,;“”\"\n]|{THOUSANDS_COMMA}|{QUOTED_TERM_IN_APPOSITIVE}|{STATE_OF_TOWN}){{1,160}}"
    rf"{SECOND_APPOSITIVE}?(?:,|{QUOTED_TERM_ENDING_APPOSITIVE}){GAP}$")
# Round 19. A name, a role set off by commas, then a relative clause set off by commas, then the verb: "Rich Nolan,
# president and CEO of the National Mining Association, who participated in one of the calls with Trump, said" (was
# the role's "CEO of the National Mining Association"), "Dianne Foley, the mother of American journalist James Foley,
# who was beheaded by ISIS in 2014, told Doocy" (was James Foley), "Elijah Cummings, the ranking Democrat on the House
# Oversight Committee, who was one of those …, said" (was the committee). The name opening it speaks; a figure in
# either part describes the speaker, as in a one-part appositive (speaker_r5b y14, dates_r4 d51; dev_r20b tb35).
# (The role opens with no conjunction nor verb: in "Dzhokhar Tsarnaev, but a Justice Department official, who has
# been briefed on the case, told CNN" the official speaks; in "North Carolina, said offhand … that Eric Trump, who
# oversees …, told him" Eric Trump.)
APPOSITIVE_ROLE_RELATIVE_BEFORE_VERB = re.compile(
    rf"(?<![\w'’\-])(?!{PARTY_TAG})(?P<np>{PROPER_NAME}){ACRONYM}"
    rf",{WS}(?!(?:but|and|or|yet|so|said|says|told|tells|according)\b)(?=[a-z]|{DETERMINER}{WS}|{NAMED_OWNER_OF_ROLE})"
    rf"(?P<role>(?:(?!{SENTENCE_END_INSIDE})[^,;“”\"\n]|{THOUSANDS_COMMA}){{1,120}})"
    rf",{WS}(?:who|whose)\b(?:(?!{SENTENCE_END_INSIDE})[^,;“”\"\n]|{THOUSANDS_COMMA}){{1,160}},{GAP}$")
# A role that is only words titling a name is a subject of its own ("The Verge, digital rights expert Michael Veale,
# who …, says": Veale; "Beach County, first-grade teacher Cara Conlogue, who …, said"), not a role of the name before
# it ("president and CEO of the National Mining Association", "the mother of American journalist James Foley": a
# preposition ties the name to the role).
TITLED_NAME_ROLE = re.compile(
    rf"(?:(?!(?<![\w'’\-])(?:of|for|at|on|in|to|from|with|by)\b).)*?(?<![\w'’\-])(?!(?:the|and)\b)[a-z][\w\-]*"
    rf"(?:{WS}[{UPPER_LETTERS}][\w.'’\-]*)+[ \t]*")

# An unnamed person, then what they do or did, then the verb: "A man helping sort aid for the Turkey earthquake
# says", "A woman who lost her home in the quake said": the person (unnamed) speaks. Only after "a", "an" or "one"
# and a person's noun, and a participle or "who" right after it.
# Round 16: also after a count ("Two officials who did not want to be identified because the measure had yet to be
# officially announced said", "At least one GOP insider who had direct contact with Steele told"), and a plural with
# no determiner ("U.S. officials who spoke on condition of anonymity said"; not "the officials", named before, nor
# "the two highest-profile Jewish senators who have announced their support").
# (The clause holds no "said" of its own: in "Officials who spoke on condition of anonymity said two enterprises were
# also added" the subject of "added" is the enterprises.)
SAID_WORD = r"(?:said|says|say|told|tells)\b"
UNNAMED_DOER_COUNT = (rf"(?:[Aa]n?|(?:[Aa]t{WS}least{WS})?(?:{_alternation(both_cases(_NOUNS['unnamed_counts']))})"
                      rf"|[Ss]ome)")
UNNAMED_DOER_BEFORE_VERB = re.compile(
    rf"(?<![\w'’])(?<![Tt]he )(?P<np>{UNNAMED_DOER_COUNT}{WS}(?:(?:{MODIFIER}){WS}){{0,2}}{ROLE_NOUN}"
    rf"|(?:(?:{MODIFIER}){WS}){{0,2}}{ROLE_NOUN}(?<=s))"
    rf"{WS}(?:who|[a-z]{{2,}}ing)\b(?:(?!{WS}{SAID_WORD})[^,;:“”\"\n]){{1,120}}?{GAP}$")

# A role, then the name in apposition, then the verb: "the White House press secretary, Sarah Huckabee Sanders,
# told reporters": the name speaks. Only after a singular role: in "The state's two Republican senators, Jeff
# Flake and John McCain, called on" the outlet counts the senators.
ROLE_NAME_BEFORE_VERB = re.compile(rf"(?<![\w'’]){ROLE_NOUN}(?<!s),{WS}(?P<np>{PROPER_NAME}),{GAP}$")

# Round 21. A longer role phrase, then the name in apposition, then the verb: "The British ambassador to the UN, Matthew
# Rycroft, said", "the leader of the DUP, Arlene Foster, said", "His widow, Ann Marie Dorn, told", "Another eyewitness,
# Alicja Wlodkowski, told" (84 of 525 such subjects in AllSides gave no cue: ROLE_NAME_BEFORE_VERB wants the role noun
# right before the comma, and read "eyewitness" as a plural). The phrase opens its clause (or follows a quotation:
# '"…," China's ambassador to the UN, Liu Jieyi, told Reuters') with a determiner, a
# possessive, "One" or "Another"; _role_phrase_name checks that it holds a role noun and that the name is one person
# or body ("two senators, Jeff Flake and John McCain," stays the outlet's count).
ROLE_PHRASE_OPENER = rf"(?:{DETERMINER}|{PROPER_NAME}['’]s?|(?i:one|another))"
# A one-word title before the name, abbreviated or not ("Capt. John Kirby", "Dr Avinash Saknure", "Sen. Charles
# Grassley"): PROPER_NAME takes no abbreviation.
NAME_TITLE = (_alternation(sorted({t.rstrip(".").capitalize() for t in _NOUNS["titles"] if t.rstrip(".").isalpha()}))
              + r"\.?")
ROLE_PHRASE_NAME_BEFORE_VERB = re.compile(
    rf"(?:^|,[”\"’]?{WS}|[”\"]{WS})(?P<role>{ROLE_PHRASE_OPENER}{WS}[^,;:“”\"\n]{{1,100}}),{WS}"
    rf"(?P<np>(?:(?:{NAME_TITLE}){WS}){{0,2}}{PROPER_NAME}),{GAP}$")
ROLE_WORD = re.compile(rf"(?<![\w'’\-]){ROLE_NOUN}(?![\w'’\-])")

# An unnamed subject, then a phrase on why it is unnamed, then the verb: "One official, speaking on condition
# of anonymity, said", "Two officials, who asked not to be named, said".
ANONYMITY_APPOSITIVE = r"(?:speaking|who|requesting|asking|declining|granted|not[ \t]+authorized)\b"
UNNAMED_BEFORE_VERB = re.compile(
    rf"(?<![\w'’])(?P<np>(?:(?i:one|two|three|several|some|a|an|the){WS})?(?:(?:{MODIFIER}){WS}){{0,3}}{ROLE_NOUN})"
    rf",{WS}{ANONYMITY_APPOSITIVE}[^,;“”\"\n]{{1,160}},{GAP}$")

# Round 18. A pronoun after the verb that opens the reported clause, not an inverted subject: "Cindy Evans, 48, whose
# 15-year-old son attends Santa Fe High, said she felt the solution lay elsewhere" (her own "she", not an earlier
# antecedent's), unlike '…," said he.' or '…," said she in a statement'.
PRONOUN_OPENING_CLAUSE = re.compile(
    r"(?:he|she|they|we|I|it)[ \t]+(?!(?:in|on|at|to|from|during|after|before|with|of|as|when|while|last|this|"
    r"yesterday|today|tonight|later|earlier|then|and|but)\b)[a-z]")
# Speaker after the verb, following a quote or a comma: "…,” said Blinken", ", noted Mr. Yoon".
# (Round 21: "former" may stand before a titled name, '…,” said former Connecticut Sen. Joe Lieberman': 13 of 36 such
# cues in AllSides were missed; SPEAKER_NP takes a lower-case word only as a role noun.)
VERB_BEFORE_SPEAKER = re.compile(
    # RSS descriptions may put two spaces after the verb ("…, says  Chris Doyle .").
    rf"[,”\"’][ \t]*(?P<verb>{INVERTED_VERB})[ \t]?{WS}(?:former{WS}(?=[{UPPER_LETTERS}]))?(?P<np>{SPEAKER_NP})"
    # "said the mayor, Ekrem Imamoglu.": the name after the role.
    rf"(?:,{WS}(?P<name>{PROPER_NAME})(?=[ \t]*(?:[.,;]|$)))?")

# "according to X", "citing X": the phrase then a speaker, or any short phrase up to punctuation.
SOURCE_PHRASE = re.compile(
    rf"\b(?i:{_spaced(_VERBS['source_prepositions'])}){WS}"
    # "according to the latest estimates from the Pew Research Center": the owner is the source.
    rf"(?:(?:{DETERMINER}{WS})?(?:[a-z]+{WS}){{0,2}}(?:{_alternation(_VERBS['source_nouns'])})"
    rf"(?:{WS}[a-z]+ed)?{WS}(?:from|by|of){WS})?"
    rf"(?P<np>{SPEAKER_NP}|(?i:him|her|them)"
    rf"|(?:{DETERMINER}{WS})?(?:[\w'’.\-]+{WS}){{0,4}}?[\w'’.\-]+(?=[ \t]*(?:[,.;:)”\"\n]|$)))")

# Round 17: "citing" then a possessive pronoun gives the subject's reason, no source ("said she would vote against the
# nominee, citing his performance at his confirmation hearing", "citing their opposition to his stance on Brexit").
CITED_REASON = re.compile(rf"(?i:citing){WS}(?:his|her|their|its){WS}")

# The end of "X's figures show", "the ministry's latest data showed" (the owner is matched
# leftwards from here: scanning for owners first would try every word of a text).
SOURCE_NOUN_VERB = re.compile(
    rf"['’]s?{WS}(?:[a-z]+{WS}){{0,2}}(?:{_alternation(_VERBS['source_nouns'])}){WS}"
    rf"(?:{_alternation(_VERBS['source_noun_verbs'])})\b")

# A name, then the noun of its figures, then the verb: "…, ICE data shows", "Johns Hopkins figures show" (the
# name's, as "ICE's data shows" is); only with a verb of :data:`SOURCE_NOUN_VERB`. "Data shows" alone is nobody's.
# (Round 16: a count opening the sentence is no name: "One study found that …" is the study's.)
NAMED_SOURCE_BEFORE_VERB = re.compile(
    rf"(?<![\w'’])(?!{COUNT_WORD}\b)(?P<np>(?:{DETERMINER}{WS})?{PROPER_NAME}){WS}(?:[a-z]+{WS})?"
    rf"(?:{_alternation(_VERBS['source_nouns'])}){WS}$")

# Round 22. The figures' noun, a participle of publishing and "by" or "from" before their author, then the verb: "…,
# data compiled by Bloomberg show", "statistics from the National Science Foundation show that", "The report from the
# Labor Department showed", "records obtained by BuzzFeed News show" (13 of 42 such in AllSides gave no cue: "show" is
# a verb of figures only after their noun). SOURCE_BY_MARK finds the preposition, SOURCE_NOUN_BEFORE_BY the noun
# before it and SOURCE_AUTHOR_VERB the author and the verb after it.
SOURCE_BY_MARK = re.compile(r"[ \t](?:by|from)[ \t]")
SOURCE_NOUN_BEFORE_BY = re.compile(
    rf"(?<![\w'’\-])(?:{_alternation(_VERBS['source_nouns'])})(?:{WS}(?:{_alternation(_VERBS['publishing_participles'])}))?$")
# A clause mark, then up to three words (an owner, adjectives) before the figures' noun: the source follows the
# figures it credits ("…, analysts’ estimates compiled by Bloomberg show.").
TRAILING_SOURCE_OPENING = re.compile(r"[,”\"’][ \t]*(?:[\w’'\-]+[ \t]+){0,3}$")
SOURCE_AUTHOR_VERB = re.compile(rf"(?P<np>{SPEAKER_NP}){WS}(?:{_alternation(_VERBS['source_noun_verbs'])})\b")

# The owner before :data:`SOURCE_NOUN_VERB`: "the ministry", "Turkey".
SOURCE_OWNER = re.compile(rf"(?<![\w'’])(?P<np>(?:{DETERMINER}{WS})?(?:{PROPER_NAME}|[a-z]+))$")

# Participles crediting the clause's subject: "…, saying $2.5 billion was insufficient". (Round 16: the comma may
# close a quotation first, as American style puts it inside: 'called the policy “callous and inflexible,” adding it
# places thousands of international students …'.)
PARTICIPLE = re.compile(rf",(?P<close>[”\"’]?)\s+(?P<verb>{_alternation(_VERBS['participles'])})\b")
# What every participle holds ("saying", "pointing out"): a stretch without it is not scanned for PARTICIPLE.
_PARTICIPLE_MARK = "ing"

# Round 16. A sentence that is only a name, perhaps its appositive, and a colon before a quotation: the name's words
# ("Bannon, President Trump's former chief strategist: “China has survived intact for 4,000 years …”", "Van Susteren:
# “…”"). The appositive holds no comma nor verb of saying ("In Australia, she said: “…”" has its own cue).
QUOTE_AFTER_COLON = re.compile(r":[ \t]*[“\"]")
# (Round 16, speaker_dev17 s17_10: or the name and what it did in the past, 'Noah lectured for gun control: "America
# needs to …"'.)
NAME_BEFORE_COLON = re.compile(
    rf"[\s\"“”]*(?P<np>{PROPER_NAME}){ACRONYM}"
    rf"(?:,{WS}(?:(?!{WS}{SPEAKER_VERB}\b)[^:;,“”\"\n]|{THOUSANDS_COMMA}){{3,100}}"
    rf"|{WS}[a-z]{{3,}}ed\b[^:;,“”\"\n]{{0,60}})?")

# Round 16. The opening of a time phrase or subordinate clause before the main clause: "Three days after an Internet
# video surfaced", "Just one month ago", "where the number of new cases jumped", "at which three State Department
# whistle-blowers testified" (see _in_opening_clause; a main clause holding "after", "A woman was pulled alive after
# 228 hours", opens none).
# (Not a concessive "while", "although": "While the women … were put in holding cells that only allowed two people at a
# time, she claims the men were …" is her claim.)
OPENING_CLAUSE = re.compile(
    r"[ \t]*(?:(?:Just|Only|Barely|About|Some|Nearly|Almost|Even|Late|Early|just|only|about|some|nearly)[ \t]+)*"
    r"(?:(?:after|before|since|when|until|once|where|which|whom|After|Before|Since|When|Until|Once)\b"
    r"|(?:at|in|on|during)[ \t]+which\b"
    r"|[\w\-]+(?:[ \t]+[\w\-]+)?[ \t]+(?:after|before|ago|later|earlier|since)\b)")
# What follows a cue that goes on to report (the reported clause, perhaps after a day: "said he is sorry", "said
# Thursday that"); not a comma nor the sentence's end ("said, was the worst", "said."), nor a preposition telling where
# or how it was said ("said in a statement."), nor a day and a comma ("reported Wednesday, as another woman …").
REPORT_AFTER_CUE = re.compile(
    rf"(?:{WS}(?:{TIME_WORD}|on|last|this|late|early)\b)*{WS}"
    rf"(?!(?:{TIME_WORD}|in|on|at|during|after|before|to|from|via|through|with|by|as|when|while|for)\b)[\w“\"‘'$]")
# A cue ending in "told"/"tells" names its listener next: only a "that" after him makes it a report.
TOLD_VERB_END = re.compile(r"\b(?:told|tells|tell)\Z")
THAT_AHEAD = re.compile(r"(?:[ \t]+[\w.'’\-]+){0,6}?[ \t]+that\b")

# Round 16. A participle cue's own verb, where a cue that starts at it begins ("saying", "adding").
PARTICIPLE_VERB = re.compile(rf"(?:{_alternation(_VERBS['participles'])})\b")

# The determiners that open the noun phrase of a document a sentence reports (SOURCE_DOCUMENT).
_DOCUMENT_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her")

# Where source phrases and passive credits start ("according to", "it was reported"); one
# pass each, case-sensitive: a combined or case-insensitive alternation scans several times slower.
SOURCE_TRIGGER = re.compile(rf"{_first_letters(both_cases(_VERBS['source_prepositions']))}"
                            rf"\b(?:{_spaced(both_cases(_VERBS['source_prepositions']))})\b")
# ("media reported" credits nobody, but "state media reported" names its source: STATE_MEDIA_BEFORE.)
STATE_MEDIA_BEFORE = "|".join(f"(?<={re.escape(word)} )" for word in both_cases(_VERBS["naming_media_modifiers"]))
PASSIVE_TRIGGER = re.compile(rf"{_first_letters(both_cases(_VERBS['passive_cues']))}"
                             rf"\b(?!(?:{STATE_MEDIA_BEFORE})media\b)(?:{_spaced(both_cases(_VERBS['passive_cues']))})\b")

# How SOURCE_DOCUMENT opens: "in" and a determiner of its noun phrase ("In the poll").
_DOCUMENT_OPENINGS = both_cases(f"in {determiner}" for determiner in _DOCUMENT_DETERMINERS)

# Where a verb of saying, a source phrase, a passive credit or a source document may start (a word starting one of
# their phrases): one zero-width scan finds the places of all four, and each full pattern is then matched only there
# (:meth:`_Analysis._matches_at`). Three scans of every sentence cost twice as much as one; the scan of
# SOURCE_DOCUMENT, which the regex engine tries at every "i", cost a third of this one.
_TRIGGER_PHRASES = (_VERBS["verbs"] + _VERBS["clause_end_verbs"] + _VERBS["appeal_verbs"] + _VERBS["revision_verbs"]
                    + _VERBS["belief_verbs"] + _VERBS["disclosure_verbs"] + _VERBS["naming_verbs"] + _VERBS["estimate_verbs"]
                    + both_cases(_VERBS["source_prepositions"])
                    + both_cases(_VERBS["passive_cues"]) + _DOCUMENT_OPENINGS)
CUE_TRIGGER = re.compile(rf"{_first_letters(_TRIGGER_PHRASES)}\b(?={_spaced(_TRIGGER_PHRASES)})")
# The places of CUE_TRIGGER after the first character of a stretch, found 1.25x faster: the character before the
# phrase is matched, so the pattern opens with a character class (no ASCII letter, digit or underscore) and the regex
# engine skips to those instead of trying a lookahead at every character; the phrase starts at the match's end.
CUE_TRIGGER_AFTER = re.compile(rf"[^0-9A-Za-z_](?<!\w)(?={_spaced(_TRIGGER_PHRASES)})")

# "the newspaper quoted Li as saying": the one quoted is the speaker.
# (A literal first, its word boundary checked after it: a leading \b would stop the regex engine
# from scanning for the literal and make the pass twenty times slower.)
QUOTED_AS = re.compile(rf"quoted(?<!\wquoted){WS}(?P<np>{SPEAKER_NP}){WS}as{WS}(?:saying|telling)\b")

# Characters no speaker phrase (SPEAKER_NP) holds outside a bracketed acronym, nor a vocabulary word it is built from.
NOT_IN_SPEAKER = re.compile(r"[,;\"“”?!%$|]")

# A headline ending in its source: "Death toll includes 3 US citizens: State Department".
HEADLINE_SOURCE = re.compile(rf":[ \t]*(?P<np>{SPEAKER_NP})[ \t]*$")

# A headline opening with its source: "Syrian state media: Israeli airstrikes kill 5 in Damascus".
HEADLINE_SOURCE_FIRST = re.compile(rf"(?P<np>{SPEAKER_NP}):[ \t]+[A-Z]")

# A preposition (and "the") right before a name: the name is its object, which no later pronoun stands for.
OBJECT_BEFORE = re.compile(
    r"\b(?:alongside|with|to|for|from|of|at|on|about|into|against|toward|towards|than|beside|among)[ \t]+"
    r"(?:the[ \t]+)?$")

# A preposition right before a noun phrase: the phrase is its object, not a subject.
PREPOSITION_BEFORE = re.compile(r"\b(?:from|of|for|at|in|on|by|with|about|to|into)[ \t]+$")
# Round 21. A body's name joined by "of" before a role and a name: "Department of Justice spokeswoman Kerri Kupec said",
# "Ministry of Foreign Affairs spokesman Lu Kang told", "Former Bureau of Labor Statistics chief Keith Hall told" (10
# of 10 such subjects in AllSides gave no cue: the subject found, "Justice spokeswoman Kerri Kupec", follows "of" and
# was read as a preposition's object). BODY_NAME_OF: the body's capitalised words and "of" before the subject; the
# subject ends in a role noun and a name (ROLE_THEN_NAME), so "Members of Congress said" stays as it was.
BODY_NAME_OF = re.compile(rf"(?<![\w'’\-])(?:{CAP_WORD}{WS})+of{WS}(?:the{WS})?$")

# A document and "by" before a name: "a 2011 report by the Government Accountability Office concluded":
# the author speaks through the document. Round 15: also after a participle of publishing and up to three words
# ("A report released last week by the Government Accountability Office said"). Round 22: "from" as "by" ("a survey
# from the Pew Research Center found", "An analysis from Deutsche Bank shows": 9 of 41 document-by-or-from subjects
# in AllSides gave no cue, all with "from"), and a time between the document and "by" ("A poll earlier this month by
# SurveyMonkey found"; speaker_verbs.yaml document_times).
DOCUMENT_BY = re.compile(rf"\b(?:{_alternation(_VERBS['source_documents'])})s?"
                         rf"(?:[ \t]+(?:{_alternation(_VERBS['publishing_participles'])})(?:[ \t]+[a-z]+){{0,3}}?"
                         rf"|[ \t]+(?:{_alternation(_VERBS['document_times'])}))?"
                         rf"[ \t]+(?:by|from)[ \t]+$")

# A document "of" whom it studies before a subject: "a survey of Palestinians found", "a new poll of likely voters
# shows": the document speaks, not the people it counts (who follow a preposition). Round 22: a name before the
# document is its author ("A CNN review of cyber attacks on federal agencies shows", "A Washington Times analysis last
# year of fiscal 2013 deportation numbers found": 9 of 11 such in AllSides credited the studied noun or no one), and a
# time may stand before "of" (speaker_verbs.yaml document_times).
DOCUMENT_OF = re.compile(
    rf"(?<![\w'’])(?P<np>(?:(?:{DETERMINER}|{COUNT_WORD}){WS})?"
    rf"(?:(?P<owner>{POSSESSOR}){WS}|(?P<named>(?!{COUNT_WORD}{WS})(?:{CAP_WORD}{WS}){{1,4}}))?"
    rf"(?:(?:{MODIFIER}){WS}){{0,2}}?(?:{_alternation(_VERBS['source_documents'] + _VERBS['study_documents'])})s?)"
    rf"(?:{WS}(?:{_alternation(_VERBS['document_times'])}))?{WS}of{WS}(?:[\w'’\-]+{WS}){{0,4}}?$")

# The signature ending an embedded tweet's paragraph: "… — Daryl Morey (@dmorey) October 7, 2019". A figure on the
# line before it is the tweeter's (601 of 9,902 AllSides articles embed tweets).
TWEET_SIGNATURE = re.compile(
    r"[—–][ \t\u00a0]?(?P<np>[^()\n—–]{2,60}?)[ \t\u00a0]\(@\w{1,30}\)[ \t\u00a0]"
    r"(?:[A-Z][a-z]+\.?[ \t\u00a0]\d{1,2},[ \t\u00a0]\d{4}|\d{1,2}[ \t\u00a0][A-Z][a-z]+[ \t\u00a0]\d{4})")

# Round 15. A link's opening right before a figure, inside one token: "pic.twitter.com/91NoZLoJ1G",
# "https://t.co/4Kx…", "www.cdc.gov/…"; the digits are part of an address, stated by no one. (A domain's dot
# and a slash are needed: "9/11" and "24/7" open their own token.)
LINK_BEFORE = re.compile(r"(?:https?://|www\.|(?<![\w.])[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|gov|edu|co|ly|be|us|uk)/)\S*\Z")
_LINK_REACH = 120  # characters before a figure read for a link's opening

# Round 15. A quotation closed right before a cue: "…,” Kerry told reporters" (the cue credits the quotation).
CLOSED_QUOTE_BEFORE_CUE = re.compile(r"[,!?][”\"][ \t]*\Z")
# Round 21. A whole quoted sentence between a cue and a figure: the cue's words end with it, and what follows is told
# ('A confused woman asked her rescuers "What day is it?" when pulled alive … after 228 hours, Turkey's state-run news
# agency Anadolu reported': the agency's figure, once a sentence split no longer stops at the "?").
WHOLE_QUOTE_BETWEEN = re.compile(r"[“\"][^“”\"\n]{1,300}?[.!?][”\"]")
# What follows such a cue up to a figure when it only tells where, when or to whom the words were said: "(told)
# reporters at the U.S. ambassador's residence in Paris after an international conference on Iraq attended by" (26
# countries): a preposition within its first three words, no further speech ("adding", a colon, a quote), no "that"
# before a comma (after one, "that" opens a relative clause: "…, one of several area medical centers that treated").
FURTHER_SPEECH = r"\b(?:saying|adding|noting|citing|according)\b"
CUE_CIRCUMSTANCE = re.compile(
    rf"(?:{WS}[\w'’.\-]+){{0,2}}?{WS}(?:at|in|on|after|before|during|outside|following|ahead{WS}of|while|from)\b"
    rf"(?:(?!\bthat\b|{FURTHER_SPEECH})[^\n\"“”:;,])*(?:,(?:(?!{FURTHER_SPEECH})[^\n\"“”:;])*)?\Z")
# Round 19. Or a comma after a few words and a participle glossing what the words were about or how they were said
# (speaker_verbs.yaml gloss_participles): '“…,” he told CBS, referring to the April 15 Boston Marathon bombing in which
# … more than 260 others were injured' (dev_r20b tb09), '“…,” Trump said, speaking to hundreds of family members'
# (tb26), '“…,” she said, referring to the bipartisan group of 17 lawmakers': the outlet's gloss, no further speech.
CUE_GLOSS = re.compile(
    rf"(?:{WS}[\w'’.\-]+){{0,5}}?,{WS}(?:{_alternation(_VERBS['gloss_participles'])})\b"
    rf"(?:(?!{FURTHER_SPEECH})[^\n\"“”:;])*\Z")

# A colon ending the line before a quotation: "Kerry replied:" then the quotation.
LEAD_IN_COLON = re.compile(r":[ \t]*\n\s*$")

# Round 23. Words of time between a verb of saying and the document it speaks in ("said Wednesday in an interview"):
# the GAP words, matched whole.
GAP_BEFORE_DOCUMENT = re.compile(rf"(?:{WS}{GAP_WORD})+{WS}")

# The document a sentence reports: "In the poll, Romney leads with 21 percent", "Bush is
# followed in the poll by Rubio with 18 percent".
SOURCE_DOCUMENT = re.compile(
    rf"[Ii]n(?<!\w[Ii]n){WS}(?P<np>(?:{'|'.join(_DOCUMENT_DETERMINERS)}){WS}(?:[\w'’\-/]+{WS}){{0,3}}?"
    rf"(?:{_alternation(_VERBS['source_documents'])}))\b(?!{WS}(?:of|that|which|to)\b)")

# A headline opening with its speaker and a quotation: "Erdogan: ‘We will rebuild 200,000 homes’".
HEADLINE_SPEAKER = re.compile(rf"(?P<np>{PROPER_NAME}):[ \t]*(?=[‘“\"'])")
_QUOTE_OPENERS = ("‘", "“", '"', "'")  # (non-empty strings: what HEADLINE_SPEAKER's lookahead needs after its colon)
# What HEADLINE_SOURCE_FIRST needs after its colon: spaces and a capital.
COLON_SPACE_CAPITAL = re.compile(r"[ \t]+[A-Z]")

# Clause-opening words after which the main subject follows a comma ("Before he met …, Mr. Trump").
SUBORDINATE_OPENING = re.compile(rf"^(?:{_alternation(_NOUNS['subordinate_openings'])})\b")

# A conjunction opening a sentence before its subject: "But", "And".
LEADING_CONJUNCTION = re.compile(rf"(?:(?:{_alternation(_NOUNS['leading_conjunctions'])})[ \t]+)?")

# A phrase opening a sentence, up to a figure in it: "In one emailed statement", "Asked about the 63
# Democrats who voted for Ryan".
OPENING_PHRASE = re.compile(
    r"(?:(?:In|On|During|At|With)[ \t]+(?!least\b|most\b)|(?:Asked|Questioned|Pressed)[ \t]+(?:about|whether|if|on)"
    r"[ \t]+|(?:Responding|Referring)[ \t]+to[ \t]+)[^,]{0,80}$")

# Round 23. A finite auxiliary or copula: an opening phrase holding one is a clause (the sentence's main one). Not a
# modal nor an infinitive: "In one of the first indications the pandemic will continue to have a significant impact
# into autumn, the chancellor … said" is a phrase.
# Matched at the phrase's start: the auxiliary of no relative clause ("In the 18 months that Todd was on unemployment,"
# is a phrase).
AUXILIARY_IN_PHRASE = re.compile(
    r"(?:(?!\b(?:that|who|whom|which|where|when)\b).)*?(?<!\bto )\b(?:is|are|was|were|has|have|had)\b", re.DOTALL)

# A clause opening after a comma between a figure and a passive credit after it: "Joe Lieberman is one of Donald
# Trump’s finalists, though Trump’s staff are reportedly trying to put on the brakes": "reportedly" speaks for its
# own clause, not the figure's.
CLAUSE_BEFORE_PASSIVE = re.compile(rf",{WS}(?:{_alternation(_NOUNS['concessive_openers'])})\b")
# A comma (and "the") right before a passive credit: it closes the sentence (", the reports say.") and credits it all.
CREDIT_AFTER_COMMA = re.compile(r",[ \t]+(?:the[ \t]+)?$")

# The statement a cue is made in, described by the figure: "he said in a nearly 40-minute opening statement",
# "Goldsmith wrote, in his 34-page opinion and order,": the outlet's description, no figure of the speaker's.
# STATEMENT_BEFORE_FIGURE runs from the cue's end to the figure, STATEMENT_AFTER_FIGURE from the figure on.
STATEMENT_BEFORE_FIGURE = re.compile(
    r"[ \t,]*(?:in|during|on)[ \t]+(?:a|an|the|his|her|its|their)[ \t]+(?:[a-z]+[ \t]+){0,2}$")
STATEMENT_AFTER_FIGURE = re.compile(
    rf"[\w\-]*[ \t]+(?:[a-z]+[ \t]+){{0,2}}?(?:{_alternation(_VERBS['statement_nouns'])})s?\b")

# A relative clause giving an event's toll right before the figure ("affected by an earthquake that has killed
# more than 20,000 people", "the attack, which killed four Americans"): background the outlet gives, not the words
# of the speaker named before it (a quotation's, or a credit after the figure, still counts). Searched, anchored at
# its end, in the few words before the figure.
EVENT_TOLL = re.compile(
    rf"\b(?:that|which)(?:{WS}(?:has|have|had))?{WS}(?:{_alternation(_VERBS['event_toll_verbs'])})"
    rf"(?:{WS}[\w'’\-]+){{0,3}}?{WS}$")
_EVENT_TOLL_REACH = 60  # characters before a figure searched for EVENT_TOLL

# A cue opening a relative clause on someone else: "charges Monica Witt, who officials say worked for a
# U.S. defense contractor, with two counts": the cue speaks for the clause only.
RELATIVE_CUE = re.compile(r",[ \t]+(?:who|whom|which|whose)[ \t]+$")

# A comma that goes on with the relative clause rather than closing it: "the co-pilot, who investigators
# said deliberately crashed the plane, killing all 150 people on board", or another "that" clause of its verb
# ("academics …, who say that assimilation … is as strong as it has ever been, that immigrants …").
RELATIVE_CLAUSE_GOES_ON = re.compile(r",[ \t]+(?:[a-z]+ing\b|(?:and[ \t]+)?that\b)")

# "who" as a verb's subject: "Rod J. Rosenstein, the deputy attorney general, who made clear … that":
# the speaker is the person the clause is about, before the comma.
# "which" for a body: "Vanity Fair magazine, which estimated it as costing more than $1 million".
RELATIVE_SUBJECT = re.compile(rf",{WS}(?:who|which)(?:{WS}{GAP_WORD})*{WS}$")

# A participle phrase set off by commas at a window's end, before ", who": "academics, armed with studies from think
# tanks and longitudinal research projects, " (the subject is before it). Not a preposition in -ing: in "a shift
# among voters, including Republicans, who say" the Republicans say it.
PARTICIPIAL_APPOSITIVE = re.compile(
    r",[ \t]+(?!(?:including|excluding|according|regarding|concerning|following|notwithstanding)\b)"
    r"[a-z]+(?:ed|ing)\b[^,;“”\"\n]{0,160},[ \t]*$")

# Lower-case words opening a phrase, before its first capitalised word ("including " of "including Vanity Fair
# magazine").
LEADING_LOWER_WORDS = re.compile(r"(?:[a-z][\w'’\-]*[ \t]+)*")

# A relative clause on the speaker right after its cue: "…,” said Cowen, who joins Tim Scott as …".
SPEAKER_RELATIVE = re.compile(r"[ \t]*,[ \t]+(?:who|which|whose)\b[^;“”\"]*$")

# A relative clause on the speaker whose verb is one of saying: "…, said Sheriff Adam Hayward of Deuel
# County, who said that he was gratified that the two states …": the figure is still the speaker's.
RELATIVE_SAYING = re.compile(rf"[^,;“”\"]*,[ \t]+(?:who|which)(?:{WS}{GAP_WORD})*{WS}{SPEAKER_VERB}\b")

# A person's name, "of" (or "with", "at", "from") and the start of a body's name before a subject: "Michael
# Ratner of the left-leaning Center for Constitutional Rights said", "Robin Wright with the Wilson Center says",
# "Brian Malte with the Brady Campaign to Prevent Gun Violence said": the person speaks, the body is where they
# work. The body's capitalised words may hold small words ("to", "for") that end no name. After an article the
# capitalised words are a body ("a Federal Reserve of St. Louis economist"), no person.
EMPLOYER_PREPOSITION = r"(?:of|with|at|from)"
BODY_NAME_START = rf"(?:[{UPPER_LETTERS}][\w'’.\-]*{WS}(?:(?:to|for|of|and|on|in|the){WS})*)*"
PERSON_OF_BODY = re.compile(  # (a capital first: the search tries every place of its window)
    rf"(?=[{UPPER_LETTERS}])(?<![\w'’])(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Tt]he )(?P<np>(?!{NOT_NAME})(?:[{UPPER_LETTERS}][a-z]+\.?{WS})?[{UPPER_LETTERS}][\w'’\-]+{WS}[{UPPER_LETTERS}][\w'’\-]+)"
    rf"{WS}{EMPLOYER_PREPOSITION}{WS}(?:the{WS})?"
    rf"(?:[a-z][\w\-]*{WS}){{0,3}}{BODY_NAME_START}$")
_EMPLOYER_GATES = (" of ", " with ", " at ", " from ")  # PERSON_OF_BODY is tried only where one stands

# The same within one name: "Josh Bivens of the Economic Policy Institute says" (a person's two or three
# words, then "of the" and a capitalised body; "Bank of America", "University of Michigan" are one word).
PERSON_OF_NAMED_BODY = re.compile(
    rf"(?P<np>(?!{NOT_NAME})(?:[A-Z][a-z]+\.?{WS})?[A-Z][\w'’\-]+{WS}[A-Z][\w'’\-]+){WS}of{WS}the{WS}[A-Z]")

# A subject at the start of a clause: the speaker of a participle cue.
CLAUSE_SUBJECT = re.compile(rf"\s*(?P<np>{SPEAKER_NP})(?={WS}[a-z])")

# Round 16. A document whose words "read" (speaker_verbs.yaml read_documents): '"If an Effectiveness Rate of 90% or
# higher … is reached," the summary reads', "the statement read". Its modifiers are lower-case words.
DOCUMENT_READS = re.compile(
    rf"{_first_letters(both_cases(_NOUNS['determiners']))}(?<![\w'’])(?P<np>(?:{DETERMINER}{WS})(?:[a-z][\w\-]*{WS}){{0,2}}"
    rf"(?:{_alternation(_VERBS['read_documents'])})){WS}(?:reads|read)\b(?!{WS}(?:by|the|a|an|it|more)\b)")

# Round 16. "including" before a name that the appositive rule found: the name is one of the subject before it.
INCLUDING_BEFORE = re.compile(r",[ \t]+including[ \t]+\Z")

# Round 16. "which" opening the appositive after a name: a thing, no person ("Kronos, which also produces small business
# scheduling software, said").
WHICH_AFTER = re.compile(r",[ \t]+which\b")

# Round 16. A person's name before "of" and a body or place ("Anthony Cordesman of the Center for Strategic and
# International Studies"): a first name, perhaps an initial, and a surname (not "Republicans Lindsey Graham").
PERSON_NAME_BEFORE_OF = re.compile(r"[A-Z][a-z]+(?:[ \t][A-Z]\.)?[ \t][A-Z][\w'’\-]+")

# Round 16. The same subject with an appositive before its verb: "Ms. Lauten, who did not respond to repeated requests for
# further comment, later posted an apology …, saying", "Professor Karim Brohi, a trauma surgeon at The Royal London
# Hospital …, also hit back at Trump's speech, saying".
CLAUSE_SUBJECT_APPOSITIVE = re.compile(
    rf"\s*(?P<np>{SPEAKER_NP}),{WS}(?:[^,;:“”\"\n]|{THOUSANDS_COMMA}){{1,160}},(?:{WS}{GAP_WORD})*{WS}[a-z]")

# An appositive after a name opening a sentence: "Geraldo Rivera, the former Jerry Rivers, …".
SUBJECT_APPOSITIVE = re.compile(rf",{WS}(?:a|an|the|[a-z][\w\-]*)\b")

# What closes a name that is the appositive of a sentence's opening subject, before its verb: "The Senate’s No. 2
# Republican, John Cornyn of Texas, has been working …. He says": he is Cornyn (a home after "of" allowed).
APPOSITIVE_NAME_END = re.compile(rf"(?:{WS}of{WS}{PROPER_NAME})?,{WS}(?!{NOT_MODIFIER})[a-z]")
# The sentence's opening noun phrase before such a name: a capitalised word and up to seven more, no comma (a
# digit may open it: the line is cut at ". ", which also ends "No." of "The Senate’s No. 2 Republican").
OPENING_NP = re.compile(rf"\s*[{UPPER_LETTERS}\d][\w'’.\-]*(?:{WS}[\w'’.\-]+){{0,7}},{WS}")

# "and"/"but" right before a name: it opens a coordinated clause ("…, and Huckabee withdrew").
COORDINATOR_BEFORE = re.compile(r"\b(?:and|but)[ \t]$")

# A passive's agent before a name: "allegations made by Leigh Corfman, now 53. She told …": the doer,
# whom a later "she" stands for as for a subject. (A regular participle ends in "ed"; the irregular ones
# are speaker_verbs.yaml agent_participles.)
AGENT_BEFORE = re.compile(rf"\b(?:[a-z]{{2,}}ed|{_alternation(_VERBS['agent_participles'])})[ \t]+by[ \t]$")

# What follows a name that is a clause's subject: a lower-case word that is not a preposition.
SUBJECT_FOLLOWER = re.compile(rf"{WS}(?!{NOT_MODIFIER}|(?:'s|’s)\b)[a-z]")

# Quotation marks that open/close quotations (single quotes are apostrophes too often).
QUOTE_MARK = re.compile(r"[“”\"]")

#: Round 23. A clause of circumstance after a deed's cue and before the figure, with no "that" or quotation opening in
#: between ("The Jordan foreign minister vowed to deliver earthquake aid to Syria after the country was hit with a 7.8
#: magnitude earthquake", "urged vigilance among staff after the Islamic State group published the names of 100
#: military personnel"): the outlet tells when or why the deed was done; what was promised or urged ends before it.
ACT_CIRCUMSTANCE = re.compile(
    r"\A(?:(?!\bthat\b)[^“”\"])*?\b(?:after|following|since|as|when|while|amid|because)[ \t]+"
    r"(?:the|a|an|his|her|its|their|it|he|she|they|[A-Z][\w'’.\-]*)\b(?:(?!\bthat\b)[^“”\"])*\Z")

#: Round 23. Between a length of time and the cue right after it: "ago" (or "earlier", "later") and a comma, then at
#: most two lower-case words ("Three weeks ago, Ahmet Uzumcu acknowledged that …", "more than 40 years ago,
#: then-President Richard Nixon predicted"): the figure tells when the words were said, the outlet's (not a trailing
#: cue's: "…, and needed it four days ago, says Chris Doyle").
TIME_OF_CUE = re.compile(r"[ \t]+(?:ago|earlier|later)\b,[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}")

#: What may stand before a length of time that opens its clause: a conjunction, "in fact", "just" and a qualifier.
TIME_CLAUSE_OPENING = re.compile(
    r"[\s\"“]*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Ii]n[ \t]+fact|[Jj]ust|[Oo]nly|[Ll]ess[ \t]+than|[Mm]ore[ \t]+than|"
    r"[Aa]bout|[Nn]early|[Aa]lmost|[Oo]ver|[Aa]round|[Ss]ome)[\s,]+)*")

#: An inverted verb of saying where a cue starts ("says Chris Doyle").
INVERTED_AT = re.compile(rf"(?:{INVERTED_VERB})\b")

#: Round 23. An en dash between two word characters, joining them as a hyphen would.
JOINING_EN_DASH = re.compile(r"(?<=\w)–(?=\w)")

#: Round 23. "of" and a group of people after an inverted cue's count ("said one of the officials", "said one of the
#: four senior administration officials"): the group speaks, one of whom said it (as "One of the officials said").
COUNT_OF_GROUP = re.compile(
    rf"{WS}of{WS}(?P<np>(?:the|his|her|their|its|our){WS}(?:[\w'’\-]+{WS}){{0,4}}?(?:[a-z]+s|people))\b")

#: Round 23. A name set off by a comma after a role, closing the clause: "…, according to a Sri Lankan military
#: spokesman, Brig. Sumith Atapattu."
ROLE_THEN_APPOSITIVE_NAME = re.compile(
    rf",{WS}(?P<name>(?:[A-Z][a-z]{{1,4}}\.{WS})?{PROPER_NAME})(?=[ \t]*(?:[.;]|$))")

#: Round 23. A hyphened prefix of time before a capitalised title or name: "then-Secretary of State", "ex-President".
TIME_PREFIX = re.compile(rf"\b(?:[Tt]hen|[Ee]x)-(?=[{UPPER_LETTERS}])")

#: A personal pronoun opening a cue ("they said", "He told me"): inside a quotation, not a source the article names.
QUOTED_PRONOUN_CUE = re.compile(rf"(?:{PRONOUN}|[Yy]ou)\b")

#: A straight mark after a sentence's end (and a single quotation's close) and a space, before a capital, while a
#: quotation is open: it opens the next paragraph of a run-in blockquote rather than closing a
#: quotation ('… today. "Two airstrikes …'); a nested quotation's opening follows a word ('as "incidental,"').
RESUMED_QUOTATION = re.compile(r'[.!?][\'’]? "[A-Z]')


def _resumes_quotation(text: str, pos: int) -> bool:
    """Whether the straight mark at ``pos`` is where :data:`RESUMED_QUOTATION` ends
    ('… pass you by.\' "Photographs')."""
    match = RESUMED_QUOTATION.search(text, max(0, pos - 3), pos + 2)
    return match is not None and match.end() == pos + 2


# A ‘single-quoted’ quotation (British style): an apostrophe inside ("don’t") does not close it.
SINGLE_QUOTATION = re.compile(r"‘[^‘’\n]{0,600}?(?:’\w[^‘’\n]{0,600}?)*’(?!\w)")

# A name in running text, for the article's index of full names and mentions: PROPER_NAME not inside a word.
# (Written to open with its capital, the word boundary and NOT_NAME checked after it, in lookbehinds: a pattern
# opening with a lookahead is tried at every character, one opening with a character class lets the regex engine
# skip to capitals; the same matches, 1.4x faster.)
NAME_MENTION = re.compile(
    rf"[{UPPER_LETTERS}](?<![\w'’][{UPPER_LETTERS}])(?<=(?!{NOT_NAME}).){CAP_WORD_TAIL}{PROPER_NAME_TAIL}")

# The words of a name for comparing with role nouns: no quotes, brackets or possessive marks.
NAME_WORDS = re.compile(r"[^\s\"“”‘’'(),;:]+")

# A turn of an interview transcript: a person's name and a colon opening a line or following a
# sentence ("Stephanopoulos: There's been some reporting …. Comey: Yeah, I saw that.").
# (It opens with a capital-letter lookahead: the engine skips to capitals instead of trying every character.)
TRANSCRIPT_TURN = re.compile(
    rf"(?=[{UPPER_LETTERS}])(?:(?<=\n)|(?<=\n[ \t])|(?<=[.?!”\"][ \t])|(?<=[.?!][ \t]{{2}}))"
    rf"(?P<np>(?!{NOT_NAME}){CAP_WORD}(?:{WS}{CAP_WORD})?):[ \t]+(?=[{UPPER_LETTERS}“\"‘])")

# A word of conversation in a transcript's turn ("I", "we", "you").
DIALOGUE_WORD = re.compile(rf"(?<![\w'’])(?:{_alternation(_NOUNS['dialogue_words'])})(?![\w'’])")

# The blank lines between a headline and the body.
BLANK_LINES = re.compile(r"\s*")

# A full stop that lost its space between two sentences: "the Times.Sherman will spend". (The stop first, the
# letters before it checked after it: the regex engine skips to stops instead of trying a lookbehind everywhere.)
LOST_SPACE = re.compile(r"\.(?<=[a-z]{2}\.)(?=[A-Z][a-z])")

# A sentence end the splitter ran on because its space was lost: "the Manchin-Toomey amendment.To pass",
# "in the case.\"It's just": a cue on one side of it says nothing about a figure on the other.
# "I" may open the next ("tests.\"I don't"). (Not after a closing ”: "said.”If we just had" misuses ” to open.)
RUN_ON_NEXT = r"[A-Z](?:[a-z’']|[ ](?=[a-z]))"
# The match is the stop itself, the next sentence starts at its end. (The stop is the pattern's first item and
# the letters before it are checked after it: a pattern opening with a lookbehind is tried at every
# character, one opening with a character class lets the regex engine skip to stops, five times faster.)
RUN_ON_STOP = re.compile(rf"[.?!](?<=[a-z]{{2}}[.?!])(?=[\"“]?{RUN_ON_NEXT})")
_RUN_ON_AHEAD = 4  # characters after its mark RUN_ON_STOP's lookahead may read (a quote, a capital, a space, a letter)

# Round 19. The Hill's linked name: the name, its other forms, the last glued to a list of the site's headlines that
# "MORE" closes ("Senate Minority Leader Charles Schumer Chuck SchumerHow a progressive populist … MORE", "John
# DurhamJohn DurhamThe Hill's Morning Report - … Five takeaways on Horowitz's testimony … MORE"). A figure in those
# headlines is no figure of the sentence's speaker (dev_r18b q39 "Five takeaways", speaker_r8 s31 "On The Money: US
# paid record .1B in tariffs"; 265 AllSides articles hold such a list): only a cue in its own headline, between the
# list's bars, may credit it. The group ``glue`` is where the headlines start.
# Where a name's last word runs into a headline's first ("GrishamWhite House"): the headline's subject follows.
CAMEL_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
HILL_LINK = re.compile(
    r"\b(?P<surname>[A-Z][a-z'’\-]{2,})[^\n]{0,60}?(?P=surname)(?P<glue>)(?=[A-Z][a-z])[^\n]{0,800}? MORE\b")

# Round 22. The Hill's link text between a lawmaker's name and its party tag: '…,” Speaker Paul Ryan Paul Davis
# RyanDemocrats hit Scalia … MORE (R-Wis.) said' (41 such cues in AllSides gave no speaker or a headline's). HILL_TAG_
# BEFORE_VERB ends the window before the verb; the speaker is the name before the first of the surname HILL_LINK
# repeats, up to three capitalised words (NAME_WORDS_BEFORE: "Speaker Paul ", "Majority Whip Steve ").
HILL_TAG_BEFORE_VERB = re.compile(r"\bMORE[ \t]*\([DRI](?:-|\.,?[ \t]*)[A-Z][\w. ]{0,14}\)[ \t]*$")
NAME_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w.'’\-]*[ \t]+){0,3}$")

# A plural common noun for people ("Backers", "Critics", "Opponents"): an unnamed group when it opens a
# sentence and is capitalised nowhere else.
GROUP_PLURAL = re.compile(r"[A-Z][a-z]{2,}(?:ers|ors|ents|ists|ics|ants|ates|ees)")

# A verb of saying capitalised, as Title Case headlines write it ("Announces", "Says").
# (One branch per capital, the word boundary before it tested after it: a pattern opening with a literal in each
# branch lets the regex engine skip to those capitals instead of trying "\b" at every character.)
_TITLE_CASE_VERBS = [verb.title() for verb in _VERBS["verbs"] + _VERBS["headline_verbs"]]
TITLE_CASE_VERB = re.compile("(?:" + "|".join(
    rf"{re.escape(capital)}(?<!\w\w){_alternation(verb[1:] for verb in _TITLE_CASE_VERBS if verb[0] == capital)}"
    for capital in sorted({verb[0] for verb in _TITLE_CASE_VERBS})) + r")\b")

# A word of a headline, to tell Title Case.
HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")

# Those polled before "by" and a verb: "Analysts polled by Reuters estimate" (searched leftwards from
# the name after "by").
SURVEYED_BY = re.compile(rf"(?<![\w'’])(?P<np>{SPEAKER_NP}|{UNNAMED_GROUP}){WS}"
                         rf"(?:{_alternation(_VERBS['surveyed_participles'])}){WS}by{WS}$")

# "with X estimating that …": X is the speaker of what follows ("with U.S. Attorney General Eric Holder
# this summer estimating that there are 7,000 such foreigners").
# Round 15. "was identified by police as", "was described by police as", "were identified by a relative as": the one
# after "by" tells what follows "as" (the age in "identified by police only as a 40-year-old civilian" is theirs).
IDENTIFIED_BY_AS = re.compile(
    rf"(?<![\w'’])(?:is|are|was|were|been|being){WS}(?:{_alternation(_VERBS['identifying_participles'])}){WS}"
    rf"(?:only{WS})?by{WS}(?P<np>{SPEAKER_NP}|{UNNAMED_GROUP}){GAP}(?:only{WS})?as\b")

# (The literal first, its word boundary checked after it, as in QUOTED_AS: five times faster.)
WITH_PARTICIPLE = re.compile(
    rf"with(?<!\wwith){WS}(?P<np>{SPEAKER_NP})(?:{WS}[a-z]+){{0,2}}?{WS}(?:{_alternation(_VERBS['participles'])})\b")

# The words IDENTIFIED_BY_AS and SURVEYED_BY cannot match without, anywhere: a stretch lacking them is not scanned with
# the whole pattern (a search for a word is several times cheaper). (WITH_PARTICIPLE's is PARTICIPLE_VERB. No such
# gate pays for SOURCE_NOUN_VERB: opening with a possessive mark, it skips to those as fast as a gate would scan.)
IDENTIFYING_PARTICIPLE_WORD = re.compile(_alternation(_VERBS["identifying_participles"]))
SURVEYED_PARTICIPLE_WORD = re.compile(_alternation(_VERBS["surveyed_participles"]))  # (SURVEYED_BY's)

# What joins a speaker's verb to the clause it reports: "has already warned that".
REPORTED_CLAUSE = re.compile(r"[ \t]+that[ \t]+")

# An interview transcript's people of the outlet itself: "JAMES FREDRICK, BYLINE:", "NOEL KING, HOST:".
OUTLET_STAFF = re.compile(
    rf"(?P<np>[A-Z][A-Z'’.\-]+(?:[ \t][A-Z][A-Z'’.\-]+)*),[ \t]*(?:{_alternation(_NOUNS['outlet_roles'])}):")

# The spaces after a quotation's end, before what follows it.
SPACES_AFTER = re.compile(r"\s*")

# What separates the end of a quotation from a trailing cue: ",” he said" (nothing but punctuation).
QUOTE_TO_CUE = re.compile(r"^[\s,.;:!?’'—–-]*$")

# A sentence fragment that only continues the previous one: ". , noted Mr. Yoon.", or
# a lower-case start after a quotation's "?" or "!": "“… playing it?” said David Axelrod."
CONTINUATION = re.compile(r"\s*(?:[,;]|[a-z])")

# Titles before a name ("Ukrainian Foreign Minister"), matched on the words of a phrase.
TITLE_WORDS = frozenset(t.lower() for t in _NOUNS["titles"])

# Words of titles ("foreign" of "foreign minister"): a phrase of only these names nobody.
TITLE_PARTS = frozenset(w for t in TITLE_WORDS for w in t.split())

# A trailing home state, body or party tag after a titled name: "of Louisiana", "of the U.S. Supreme
# Court", "(D-N.Y.)".
NAME_SUFFIX = re.compile(r"\s+(?:of\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*|\([^)]*\))\s*$")

# Punctuation at the edges of a noun phrase.
NP_EDGES = re.compile(r"^[\s,“”\"'‘’]+|[\s,.“”\"'‘’:;]+$")
# The characters NP_EDGES strips at a phrase's start and at its end, besides whitespace: a phrase whose first and last
# characters are none of them is returned as it is, without running the pattern (whose end part tries every place).
_NP_EDGE_OPENERS = frozenset(",“”\"'‘’")
_NP_EDGE_CLOSERS = frozenset(",.“”\"'‘’:;")


def _without_np_edges(phrase: str) -> str:
    """``NP_EDGES.sub("", phrase)``: the phrase without the quotes, commas and spaces around it."""
    if phrase and (phrase[0] in _NP_EDGE_OPENERS or phrase[-1] in _NP_EDGE_CLOSERS or phrase[0].isspace()
                   or phrase[-1].isspace()):
        return NP_EDGES.sub("", phrase)
    return phrase


# A determiner or possessor at the start of a noun phrase.
LEADING_DETERMINER = re.compile(rf"^{DETERMINER}\s+")

# Any bracketed part of a noun phrase ("(AFAD)", "(D-N.Y.)").
BRACKETED = re.compile(r"\s*\([^)]*\)")

# A bracketed acronym, which may be the alias: "(AFAD)".
BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z.\-]+)\)")

# A generic possessor or lower-case modifiers before a proper name: "the country's
# Disaster ... Authority", "a national NBC/WSJ poll".
GENERIC_POSSESSOR = re.compile(r"^(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[a-z][\w\-]*['’]s\s+|(?:[a-z][\w\-]*\s+)+)(?=[A-Z])")

# A place the body is based in, before its name: "London-based International Centre for ...".
# A named owner before a person's name: "College of William and Mary's Harriet Duleep", "MIT's Dr. Richard
# Lindzen": the person speaks (a name of two words or more after a known first name or a title, or after a
# body's name).
NAMED_POSSESSOR = re.compile(r"^(?:(?:[Tt]he)\s+)?[A-Z][^'’]*['’]s\s+(?=[A-Z])")
BASED_PREFIX = re.compile(r"^(?:(?:[Tt]he|[Aa]n?)\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-based\s+(?=[A-Z])")

# The qualifier after an unnamed source ("familiar with it"), dropped to find the head noun.
SOURCE_QUALIFIER_TAIL = re.compile(rf"{SOURCE_QUALIFIER}$")
# A word every SOURCE_QUALIFIER holds one of (its literals, "knowledge" in "knowledgeable" and "with knowledge of"): a
# phrase holding none is not searched for one (the search tries every place of the phrase; few phrases have one).
_QUALIFIER_WORDS = ("familiar", "close", "briefed", "knowledge")

# The head of a name joined with "of"/"for" (Round 18: "on"): "Observatory" in "Syrian Observatory for Human Rights",
# "Council" in "Council on Foreign Relations".
JOINED_HEAD = re.compile(r"(?P<head>[A-Z][a-z]+)[ \t]+(?:of|for|on)[ \t]+[A-Z]")

# A possessive inside a noun phrase.
POSSESSIVE_MARK = re.compile(r"['’]s?\b")

# A role noun then the name it introduces: "state media KCNA", "news agency Yonhap".
ROLE_THEN_NAME = re.compile(rf"(?P<role>{ROLE_NOUN}){WS}(?P<name>{PROPER_NAME})$")

# Two names joined by "and": "Johns Hopkins University and CNN".
CONJOINED_NAMES = re.compile(r"(?P<first>[A-Z][^,]*?)[ \t]+and[ \t]+[A-Z]")

# A cue ending in an institution's verb ("Kantar reported"): its source is a body.
INSTITUTIONAL_VERB = re.compile(rf"\b(?:{_alternation(_VERBS['institutional_verbs'])})\W*$")

# An acronym standing alone ("NATO", "AFAD"): an organisation.
ALL_CAPITALS = re.compile(r"[A-Z][A-Z.\-]+")

# An acronym of three letters or more, no person's name word ("IHME", "NASA"; "J.R." and "Al" are).
ACRONYM_WORD = re.compile(r"[A-Z]{3,}")

# Round 18. A news body's acronym and a lower-case word for its medium (speaker_titles.yaml acronym_mediums): "AP news
# agency", "TRT television" name AP and TRT; not a nationality's "Saudi television" (no acronym).
ACRONYM_MEDIUM = re.compile(rf"(?:(?i:the){WS})?(?P<name>[A-Z]{{2,}}){WS}(?:{_spaced(_NOUNS['acronym_mediums'])})")

# Round 18. A named owner's channel (speaker_titles.yaml owner_channels): "the Ukrainian Defense Ministry website", "the
# FAA's website", "the White House Twitter account" publish the owner's words; an owner holding a capitalised word only.
OWNER_CHANNEL = re.compile(rf"(?P<owner>(?:(?i:the|a|an){WS})?(?:[\w.\-&]+{WS})*?[{UPPER_LETTERS}][\w.\-&]*"
                           rf"(?:{WS}[a-z][\w\-]*)?)(?:['’]s?)?{WS}(?i:{_spaced(_NOUNS['owner_channels'])})")
# Every such channel ends its phrase after a space: a phrase without one at its end is no owner's channel, and skips the
# costlier pattern (whose lazy words before the owner's capital ``re`` tries one by one).
OWNER_CHANNEL_END = re.compile(rf"{WS}(?i:{_spaced(_NOUNS['owner_channels'])})\Z")
# The last words of the channels: a phrase whose last word (case-folded, as the pattern's case-insensitive letters
# match) is none of them is not searched with OWNER_CHANNEL_END, which tries every place of the phrase.
_OWNER_CHANNEL_LAST_WORDS = frozenset(channel.split()[-1].casefold() for channel in _NOUNS["owner_channels"])

# Round 18. Two sponsors of one poll joined by a hyphen or a slash ("A Pew Research Center-Washington Post poll found",
# "the Reuters/Ipsos poll", "An ABC News/Washington Post poll"): the poll speaks, named by both (neither sponsor alone,
# nor the pair as if one body); a known name holding the mark ("AP-NORC") stays whole. POLL_AFTER_SPONSORS: the poll
# word right after the pair.
_SPONSOR = rf"[{UPPER_LETTERS}][\w.&']*(?:{WS}(?:[{UPPER_LETTERS}][\w.&']*|of|for|and))*?"
JOINT_POLL_SPONSORS = re.compile(
    rf"(?:(?i:a|an|the|new|latest|recent){WS})*(?P<first>{_SPONSOR})(?:-|/(?:{WS})?)(?P<second>{_SPONSOR})"
    rf"(?:{WS}{POLL_WORD})?\Z")
POLL_AFTER_SPONSORS = re.compile(rf"(?:{WS}[\w.]+)?{WS}{POLL_WORD}")

# One word with a capital inside ("EgyptAir", "JetBlue"): a brand, not a surname; the prefixes of
# surnames ("McConnell", "DeSantis", "LaHood", "MacArthur", "O'Rourke") are left out.
CAMEL_CASE = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+[A-Z][a-z]\w*")

_PERSON_NOUNS = frozenset(_NOUNS["person_nouns"])
_ANONYMOUS_NOUNS = frozenset(_NOUNS["anonymous_nouns"])
_GOVERNMENT_NOUNS = frozenset(_NOUNS["government_nouns"])
_DOCUMENT_NOUNS = frozenset(_NOUNS["document_nouns"])
_ORGANISATION_NOUNS = frozenset(_NOUNS["organisation_nouns"]) | _DOCUMENT_NOUNS
_PRONOUNS = {k: v for k, v in _NOUNS["pronouns"].items()}
_PRONOUN_FORMS = {"him": "he", "her": "she", "them": "they"}
_DETERMINERS = frozenset(_NOUNS["determiners"])
_PAGE_FURNITURE = frozenset(_NOUNS["page_furniture"])
_POLL_NOT_NAMES = frozenset(_NOUNS["poll_not_names"]) | frozenset(load_vocab("date_words")["months"]) | frozenset(
    load_vocab("date_words")["weekdays"])
_UNNAMED_COUNTS = frozenset(_NOUNS["unnamed_counts"])
_NOT_NAME_WORDS = frozenset(_NOUNS["not_names"])
_MEDIA_NOUNS = frozenset(_NOUNS["media_nouns"])
_PUBLICATION_HEADS = frozenset(_NOUNS["publication_heads"])
_SOURCE_NOUNS = frozenset(_VERBS["source_nouns"])
_SOURCE_DOCUMENT_WORDS = frozenset(_VERBS["source_documents"])
_SOURCE_NOUN_VERBS = frozenset(_VERBS["source_noun_verbs"])
_SPEECH_VERBS = frozenset(_VERBS["verbs"] + _VERBS["headline_verbs"])
# Round 18: a full name that is a verb of saying's subject where it stands: the verb next, perhaps after an
# appositive set off by commas and an adverb ("Elijah Johnson, Kayden's father, told KMOV-TV"); or the verb
# right before the name, perhaps with its titles ("…," said Police Chief Calvin Williams").
_ONE_WORD_SPEECH_VERB = _alternation(sorted(v for v in _SPEECH_VERBS if " " not in v))
SPEAKER_BEFORE_VERB = re.compile(rf"(?:,[^,.;\n“”\"]{{1,80}},)?[ \t](?:\w+ly[ \t])?{_ONE_WORD_SPEECH_VERB}\b")
SPEAKER_AFTER_VERB = re.compile(rf"\b{_ONE_WORD_SPEECH_VERB}[ \t](?:[{UPPER_LETTERS}][\w.]*[ \t]){{0,5}}\Z")
# Words Title Case leaves in lower case ("of", "the", "in").
_SMALL_WORDS = frozenset(_NOUNS["clause_words"]) | _DETERMINERS
# Which sex a pronoun refers to, and the words and first names that tell a person's.
_PRONOUN_SEXES: dict[str, str] = dict(_NOUNS["pronoun_sexes"])
_SEX_WORDS = {sex: frozenset(_NOUNS[f"{sex}_words"]) for sex in ("masculine", "feminine")}
_SEX_NAMES = {sex: frozenset(_NOUNS[f"{sex}_names"]) for sex in ("masculine", "feminine")}
_FIRST_NAMES_AND_TITLES = _SEX_NAMES["masculine"] | _SEX_NAMES["feminine"] | frozenset(
    t.rstrip(".") for t in _NOUNS["titles"] if " " not in t)
# Capitalised adjectives of nations and groups: no name ("a Western diplomat").
_GROUP_ADJECTIVES = frozenset(_NOUNS["group_adjectives"]) | frozenset(
    adjective for place in load_vocab("places")["places"].values() for adjective in place.get("adjectives", []))
# Countries by name ("Mexico", "North Korea"): a country that speaks is its government.
_COUNTRY_NAMES = frozenset(name for place in load_vocab("places")["places"].values() for name in place["names"])
# Round 16: a U.S. state that speaks or reports is its government ("Florida is in a similar situation, reporting more
# than 114,000 cases total").
_STATE_NAMES = frozenset(name.lower() for name in load_vocab("places")["states"])

# Round 22. "the New York Democrat said", "the South Carolina Republican told": a lawmaker named before (80 such cues
# in AllSides, none read as a person before; 78 now name a titled lawmaker). STATE_PARTY_ROLE is the anaphor; the
# lawmaker is the last one whose party and state a tag gives: NAME_PARTY_TAG ("Sen. Chuck Schumer (D-N.Y.)", "Lindsey
# Graham, R-S.C.,", "(R., Ky.)"), DESCRIBED_MEMBER ("Adam Schiff, a California Democrat,", "Rep. John Yarmuth,
# Kentucky Democrat") or MEMBER_AFTER_PARTY ("New York Democrat Chuck Schumer", "Texas Republican Sen. Ted Cruz"), a
# tag's state written as in places.yaml state_tags; else the last person titled a lawmaker (LAWMAKER_TITLE).
_STATE_TAGS = {state: [state, *tags] for state, tags in load_vocab("places")["state_tags"].items()}
_PARTY_NOUNS = _NOUNS["party_nouns"]
_PARTY_LETTERS = {word.lower(): letter for word, letter in {**_PARTY_NOUNS, **_NOUNS["party_adjectives"]}.items()}
_LAWMAKER_ROLES = frozenset(_NOUNS["lawmaker_roles"])
_STATES = _alternation(sorted(load_vocab("places")["states"], key=len, reverse=True))
# "the Texas congressman", "the Republican senator", "the Texas Republican congressman" too (state or party, then a
# party noun or a lawmaker's role; 22 more such cues in AllSides).
STATE_PARTY_ROLE = re.compile(rf"(?:[Tt]he{WS})(?:(?P<state>{_STATES}){WS})?"
                              rf"(?:(?P<party>{_alternation([*_PARTY_NOUNS, *_NOUNS['party_adjectives']])})(?:{WS}|$))?"
                              rf"(?P<role>{_alternation(_NOUNS['lawmaker_roles'])})?")
NAME_PARTY_TAG = re.compile(rf"(?P<name>{PROPER_NAME})(?:,[ \t]*|[ \t]*\()(?P<party>[DRI])(?:[-–]|\.,?[ \t]*|,[ \t]*)"
                            rf"(?P<state>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)[ \t]*[),]")
DESCRIBED_MEMBER = re.compile(rf"(?P<name>{PROPER_NAME}),{WS}(?:(?:a|the){WS})?(?P<state>{_STATES}){WS}"
                              rf"(?P<party>{_alternation(_PARTY_NOUNS)})\b")
MEMBER_AFTER_PARTY = re.compile(rf"(?P<state>{_STATES}){WS}(?P<party>{_alternation(_PARTY_NOUNS)})(?:ic)?{WS}"
                                rf"(?:(?:{_alternation(_NOUNS['lawmaker_titles'])})\.?{WS})?"
                                rf"(?P<name>{PROPER_NAME})")
_PARTY_MEMBER_REACH = 4000  # characters before the anaphor searched for the lawmaker it stands for


def _titled(titles: Iterable[str]) -> str:
    """Regex source: one of ``titles`` and up to three more capitalised words ("Sen. Charles E.", "Senate Majority
    Leader Mitch"), before a surname _last_lawmaker appends: the person was titled so."""
    return rf"(?<![\w.])(?:{_alternation(titles)})\.?{WS}(?:[A-Z][\w.’'-]*{WS}){{0,3}}"


# Any lawmaker's title; and one role's ("the Kentucky senator" is a "Sen.", not "Gov. Jay Nixon", named just before).
LAWMAKER_TITLE = _titled(_NOUNS["lawmaker_titles"])
ROLE_TITLES = {role: _titled(titles) for role, titles in _NOUNS["lawmaker_role_titles"].items()}
_LAWMAKER_PEOPLE = 6  # people before the anaphor tried as the lawmaker


# Possessive determiners and the kind of owner each stands for ("her office", "its spokesman").
_POSSESSIVE_PRONOUNS = {"his": "person", "her": "person", "its": "body", "their": "group"}
# Speaker types each kind of pronoun (speaker_titles.yaml `pronouns`) may stand for.
_ANTECEDENT_KINDS = {"person": frozenset({"person"}), "body": frozenset({"organisation", "government"}),
                     "group": frozenset({"organisation", "government", "anonymous"})}
# "the agency" may stand for "the National Intelligence Service": nouns that name the same bodies.
_ROLE_SYNONYMS = {word: frozenset(group) for group in _NOUNS["role_synonyms"] for word in group}
# Joiners of institutions' names that a person's full name never holds ("Members of LePage's party").
_NOT_IN_PERSON_NAMES = frozenset(("and", "of", "for", "the"))
# Lower-case words that may end a subject before its verb (SUBJECT_BEFORE_VERB): a gap word, a pronoun or a role
# noun's last word (a plural in -s, a capitalised word, a bracket or a source's qualifier may end one too).
_SUBJECT_END_WORDS = frozenset(
    [w for w in _VERBS["between"] if " " not in w] + list(_NOUNS["pronouns"])
    + [noun.split()[-1].lower() for key in ("person_nouns", "anonymous_nouns", "government_nouns",
                                            "organisation_nouns", "document_nouns") for noun in _NOUNS[key]])
_SUBJECT_END_PHRASES = tuple(w for w in _VERBS["between"] if " " in w)  # gap words of several words
_WINDOW = 240  # characters left of a verb searched for its subject
_SUBJECT_WORDS = 14  # words a subject and the gap words after it may span
_LOOKBACK_NAMES = 400  # names searched back for "the ministry"-style anaphora
# Cues resolved inside one another's look-back (pronoun chains) before the earlier sentences are resolved
# in text order instead, which keeps the nesting shallow.
_MAX_NESTING = 40
_MIN_HEADLINE = 15  # characters a first line needs to be taken for a headline repeated in the body
_TURN_REACH = 3000  # characters back on its line a figure looks for a transcript turn's speaker
_TURN_NAME_REACH = 80  # characters before a colon a transcript turn's name may take
# Characters before a role noun in which a name or cue may start whose appositive holds that noun.
_APPOSITIVE_REACH = 300
# Characters past a sentence that its patterns may read (the lookaheads after a verb or a name are shorter).
_LOOKAHEAD = 60
_QUOTED_WORDS = 5  # spaces in a quotation that makes a sentence without a cue its speaker's
_LEAD_INTO_QUOTE = 80  # characters from a figure to the quotation it leads into


@dataclass(frozen=True)
class Cue:
    """One attribution in the text: where it is, who it names, and which way it points."""

    start: int
    end: int
    speaker: str
    speaker_type: str
    trailing: bool  # may credit figures before it in the sentence


@dataclass(frozen=True)
class _Mention:
    pos: int
    name: str
    kind: str
    head: str
    titles: frozenset[str] = frozenset()


#: A raw cue: ``(start, end, noun phrase, trailing)``, its speaker not yet resolved.
_RawCue = tuple[int, int, str, bool]
#: A place in the article's sequence of cues and names: the sentence's index, and the order key in it:
#: ``(offset, 0, 0)`` for a name, ``(offset, 1, index in the sentence's cues)`` for a cue (a name before a
#: cue at one offset).
_Slot = tuple[int, tuple[int, int, int]]


@lru_cache(maxsize=1)
def _default_aliases() -> Aliases:
    return load_aliases()


def attribute_speakers(claims: pd.DataFrame, text: str, *, aliases: Aliases | None = None) -> pd.DataFrame:
    """Add ``speaker``, ``speaker_type`` and ``speaker_cue`` to the claims of one document.

    ``claims`` needs ``start``/``end`` (figure offsets into ``text``) and
    ``sentence_start``/``sentence_end``. ``speaker`` is the canonical name of
    who states the figure, blank when the outlet states it; ``speaker_type`` is
    person, organisation, government, anonymous or blank; ``speaker_cue`` the
    words the speaker was read from. The input frame is not changed.
    """
    require_columns(claims, REQUIRES, "attribute_speakers")
    return with_columns(claims, speaker_values(claims, text, aliases=aliases))


def speaker_values(columns: Mapping[str, Sequence[Any]], text: str, *,
                   aliases: Aliases | None = None) -> dict[str, list[str]]:
    """The ``speaker`` and ``speaker_type`` lists for one document's claims.

    ``columns`` maps the ``REQUIRES`` names to sequences (a frame or a dict of
    lists): the pipeline calls this in its per-document loop and builds one
    frame per corpus, because a frame per document costs more than the work.
    """
    starts = _as_list(columns["start"])
    if not starts:
        return {"speaker": [], "speaker_type": [], "speaker_cue": []}
    table = aliases if aliases is not None else _default_aliases()
    analysis = _Analysis(text, table)
    speakers: list[str] = []
    types: list[str] = []
    cues: list[str] = []
    for start, end, s_start, s_end in zip(starts, _as_list(columns["end"]), _as_list(columns["sentence_start"]),
                                          _as_list(columns["sentence_end"])):
        cue = analysis.cue_for(int(start), int(end), int(s_start), int(s_end))
        speakers.append(_generic_lower(cue.speaker) if cue else "")
        types.append(cue.speaker_type if cue else "")
        cues.append(cue_words(text, cue) if cue and cue.speaker else "")
    return {"speaker": speakers, "speaker_type": types, "speaker_cue": cues}


def cue_words(text: str, cue: Cue) -> str:
    """The words of ``text`` that credit a figure to ``cue``'s speaker, on one line ("according to the U.S.
    Department of Agriculture", "he added"): the ``speaker_cue`` column, so that a reader checking the speaker
    sees what it was read from (a pronoun's cue shows the pronoun; ``speaker`` has whom it stands for)."""
    return " ".join(text[cue.start:cue.end].split()).strip(_CUE_EDGES)


# Punctuation a cue's span may take in at its edges ("according to OECD figures.", "Times:").
_CUE_EDGES = " ,.:;!?—–-"


def _as_list(values: Sequence[Any]) -> list[Any]:
    """A column as a list (a Series converts itself twice as fast as ``list()`` iterates it)."""
    tolist = getattr(values, "tolist", None)
    return tolist() if tolist is not None else list(values)


#: Speaker nouns that are common nouns, not names: "Police" opening a sentence
#: and "police" later are one speaker.
_GENERIC_NOUNS = frozenset(_NOUNS["person_nouns"]) | frozenset(_NOUNS["anonymous_nouns"]) | frozenset(
    _NOUNS["government_nouns"]) | _ORGANISATION_NOUNS | frozenset(_NOUNS["generic_speakers"])
_GENERIC_MODIFIERS = frozenset(_NOUNS["generic_modifiers"])


def _generic_lower(speaker: str) -> str:
    """Lower-case a speaker made only of common nouns ("Police", "The ministry", "Officials")."""
    words = speaker.split()
    if words and all(w.lower() in _GENERIC_NOUNS or w.lower() in _GENERIC_MODIFIERS
                     for w in words):
        return speaker.lower()
    return speaker


def with_columns(frame: pd.DataFrame, values: dict[str, list]) -> pd.DataFrame:
    """A new frame: ``frame`` with the given columns added or replaced (object dtype).

    One concatenation instead of a copy and a column assignment each: on the
    small per-document claim frames this is several times faster.
    """
    replaced = [c for c in values if c in frame.columns]
    kept = frame.drop(columns=replaced) if replaced else frame
    return pd.concat([kept, pd.DataFrame(values, index=frame.index, dtype="object")], axis=1)


def find_cues(text: str, *, aliases: Aliases | None = None) -> list[Cue]:
    """Every attribution cue of a document, resolved to canonical speakers, in text order."""
    return _Analysis(text, aliases if aliases is not None else _default_aliases()).all_cues()


def _quote_mark_positions(text: str) -> list[int]:
    """Where :data:`QUOTE_MARK` matches in ``text``, in order: each of its three marks found with ``str.find``
    (a scan of a long article with the pattern's class of non-ASCII marks cost ten times as much)."""
    positions: list[int] = []
    for mark in '"“”':
        at = text.find(mark)
        while at != -1:
            positions.append(at)
            at = text.find(mark, at + 1)
    positions.sort()
    return positions


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(open, close)`` offsets of quotations ("…", “…” or ‘…’); an unclosed one ends at its line's end.

    Single quotes count only as a ‘…’ pair outside double quotes, closed by a ’
    that no letter follows (so "don’t" does not close one).
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    nested = False  # whether the last quotation closed on a mark shaped as an opening
    for pos in _quote_mark_positions(text):
        mark = text[pos]
        if open_at is not None:
            newline = text.find("\n", open_at, pos)
            if newline != -1:  # quotations do not run over paragraphs unclosed
                spans.append((open_at, newline))
                open_at = None
        if open_at is None:
            # A closing mark with none open is stray: a straight one followed by a space or the end
            # ("accomplished.\" Looting") closes a quotation whose opening was lost, and opening there
            # would pair every later straight mark the wrong way round. Unless the last quotation was
            # closed by a mark shaped as an opening: then that one opened a quotation nested in another
            # ("That is described as "incidental," and it is …") and this one goes on the outer one.
            stray = mark == '"' and (pos + 1 == len(text) or text[pos + 1].isspace()) and not nested
            if mark != "”" and not stray:
                open_at = pos
        elif mark == "“":
            open_at = pos  # a new opening: the previous quotation was never closed
        elif mark == '"' and _resumes_quotation(text, pos):
            # '"… five airstrikes today. "Two airstrikes west of Baghdad …': a blockquote whose paragraphs were run
            # into one line, each opening with a mark and none closed. The quotation so far ends; a new one opens.
            spans.append((open_at, pos - 1))
            open_at = pos
            nested = False
        else:
            spans.append((open_at, pos + 1))
            open_at = None
            nested = mark == '"' and (pos == 0 or text[pos - 1].isspace())
    if open_at is not None:
        newline = text.find("\n", open_at)
        spans.append((open_at, newline if newline != -1 else len(text)))
    if "‘" in text:
        starts = [a for a, _ in spans]
        for match in SINGLE_QUOTATION.finditer(text):
            i = bisect.bisect_right(starts, match.start()) - 1
            if i < 0 or not spans[i][0] <= match.start() < spans[i][1]:
                spans.append((match.start(), match.end()))
        spans.sort()
    return spans


class _Analysis:
    """Cues, quotations and mentions of one document, found sentence by sentence as claims need them.

    A claim needs the cues of its own sentence (and of its quotation's); a pronoun
    or "the ministry" needs the cues and names before it, back to its antecedent.
    Each sentence is scanned once, each cue and name resolved once against what
    precedes it, so the speakers are those of a pass over the whole text while the
    sentences no claim reaches are never scanned.
    """

    def __init__(self, text: str, aliases: Aliases):
        # (Sentences are split on the text as given: the claims' sentence offsets are of it, and the two rewrites below
        # keep every offset and full stop, so a second split of the rewritten text would find the same sentences.)
        self.spans = sentence_spans(text) or [(0, len(text))]
        if "hen-" in text or "x-" in text:
            # Round 23: "then-Secretary of State Rex Tillerson announced" read "Secretary": a name may not start after
            # a hyphen. The prefix, read as the word it is, leaves the title and name whole (offsets unchanged).
            text = TIME_PREFIX.sub(lambda m: m.group()[:-1] + " ", text)
        if "–" in text:
            # Round 23: an en dash joining two words is a hyphen ("A Washington Post–ABC News poll" read "ABC News").
            text = JOINING_EN_DASH.sub("-", text)
        self.text = text
        self.aliases = aliases
        self.span_starts = [s for s, _ in self.spans]
        self.quotes = quote_spans(text)
        self.quote_starts = [s for s, _ in self.quotes]
        self._headline = self._headline_cues()
        # Per sentence index, each found on first need: raw cues, all names, cues and names in text order.
        self._cues: dict[int, list[_RawCue]] = {}
        self._slots: dict[int, list[tuple[tuple[int, int, int], Any]]] = {}
        # (sentence index, index in its cues) -> the resolved cue (see _cue_value)
        self._cue_values: dict[tuple[int, int], tuple[Cue | None, _Mention | None, bool]] = {}
        self._name_cache: dict[int, _Mention | None] = {}
        self._full_name_index: dict[str, list[int]] = {}  # token -> the sentences holding it
        self._full_names_in: dict[int, list[tuple[int, str, frozenset[str]]]] = {}
        self._names: dict[int, list[re.Match[str]]] = {}
        self._lower: str | None = None
        self._quote_cues: dict[tuple[tuple[int, int], int], Cue | None] = {}  # (quotation, depth) -> _quote_cue
        self._alias_probes: dict[frozenset[str], frozenset[str] | None] = {}  # role heads -> see _may_alias_role
        self._nesting = 0
        self._turns: int | None = None
        self._run_on_marks: list[int] | None = None  # where RUN_ON_STOP matches in the whole text (see _run_on_stops)
        self._staff: frozenset[str] | None = None
        self._run_in = self._run_in_headline_end()
        self._headline_verbs = self._title_case_verbs()
        self._warming = False

    def all_cues(self) -> list[Cue]:
        """Every resolved cue of the document, in text order."""
        return self._cues_between(0, len(self.text))

    # --- per claim -----------------------------------------------------------

    def cue_for(self, start: int, end: int, s_start: int, s_end: int) -> Cue | None:
        """The cue that credits the figure at ``start:end`` in sentence ``s_start:s_end``."""
        cue = self._figure_cue(start, end, s_start, s_end)
        if cue is not None and (cue.end > start or not self.text[cue.end:start].strip(", \t")) and \
                self._age_of_speaker(cue, start, end):
            # Round 17: '“…,” Ms. Berrios, 59, said': the age the reporter gives its speaker; Round 22: also right after
            # an inverted cue ('“…,” said Essam Faraj, 54, a demonstrator in Baghdad')
            return None
        return cue

    def _age_of_speaker(self, cue: Cue, start: int, end: int) -> bool:
        """Whether the figure at ``start:end`` is the age set off by commas after the cue's own speaker's name
        ("Ms. Berrios, 59, said"), not the age of someone the speaker tells of ("Cesar Sayoc, 56, of South Florida
        was taken into custody on Friday, FBI Director Chris Wray confirmed")."""
        if not (AGE_FIGURE.fullmatch(self.text, start, end) and AGE_OF_NAME_AFTER.match(self.text, end)):
            return False
        bearer = AGE_OF_NAME_BEFORE.search(self.text, max(0, start - 40), start)
        return bearer is not None and bearer.group(0)[:-2] in cue.speaker.split()

    def _figure_cue(self, start: int, end: int, s_start: int, s_end: int) -> Cue | None:
        """``cue_for`` before the age rule."""
        lo = max(0, start - _LINK_REACH)
        if (self.text.find("/", lo, start) != -1 or self.text.find("www.", lo, start) != -1) and \
                LINK_BEFORE.search(self.text, lo, start):  # (every link's opening holds a "/" or "www.")
            return None  # Round 15: digits inside a link ("pic.twitter.com/91NoZLoJ1G") are nobody's figure
        # RSS descriptions lose full stops between items: a run of spaces separates them.
        gap_before = self.text.rfind("  ", s_start, start)
        if gap_before != -1:
            s_start = gap_before + 2
        gap_after = self.text.find("  ", end, s_end)
        if gap_after != -1:
            s_end = gap_after
        # A headline repeated at the body's start and run into its first sentence ends a sentence there.
        if s_start < self._run_in <= start:
            s_start = self._run_in
        elif end <= self._run_in < s_end:
            s_end = self._run_in
        if self.text.find(" MORE", end, s_end) != -1:
            hill = next((m for m in HILL_LINK.finditer(self.text, max(s_start, start - 600), s_end)
                         if m.start("glue") <= start and end <= m.end()), None)
            if hill is not None:  # Round 19: a headline of The Hill's list: its own cue only
                s_start = max(hill.start("glue"), self.text.rfind(" | ", 0, start) + 3)
                bar = self.text.find(" | ", end, hill.end())
                s_end = bar if bar != -1 else hill.end()
                glued = next((cue for cue in self._cues_between(max(0, hill.start() - 200), s_start + 1)
                              if cue.start < s_start < cue.end <= start), None)
                if glued is not None and CAMEL_GLUE.search(glued.speaker):
                    # "Stephanie Grisham Stephanie GrishamWhite House predicts … two weeks": the headline's subject
                    # is what follows the glue
                    name = CAMEL_GLUE.split(glued.speaker)[-1]
                    return Cue(s_start, glued.end, self.aliases.canonical(name) or name, glued.speaker_type, False)
        run_on_end = self._run_on_stop(end, s_end)
        if run_on_end is not None:
            s_end = run_on_end
        last_run_on = self._run_on_stops(max(s_start - 1, 0), start)[-1:]
        if last_run_on:
            s_start = last_run_on[0]
        quote = self._quote_at(start)
        quoted_cue = self._quote_cue(quote) if quote is not None else None
        if quoted_cue is not None and not self._reported_in_quote(quote, s_start, s_end):
            return quoted_cue
        if run_on_end is None:
            s_end = self._extend(s_end)
        before = after = outer = None
        for cue in self._cues_between(s_start, s_end):
            if cue.end <= s_end and self._quote_at(cue.start) not in (None, quote):
                continue  # a cue inside some other quotation speaks for that quotation only
            if cue.end <= start:
                if self._relative_cue_closed(cue, start) or self._subordinate_cue_closed(cue, start, s_start):
                    continue
                if before is not None and _is_document(cue.speaker) and REPORTED_CLAUSE.match(
                        self.text, before.end, cue.start):
                    outer = outer or before  # "The Navy has warned that current projections show": the Navy's
                else:
                    outer = None
                before = cue
            elif cue.start >= end and not cue.trailing and after is None and before is None and \
                    OBJECT_RELATIVE_GAP.fullmatch(self.text, end, cue.start) and \
                    SENTENCE_OPENING.fullmatch(self.text, s_start, start):
                after = cue  # "One critical change Ms. Wood suggested was …": a count of what the cue said
            elif cue.start >= end and cue.trailing and after is None:
                if cue.speaker == "unnamed source" and CLAUSE_BEFORE_PASSIVE.search(self.text, end, cue.start) and \
                        not CREDIT_AFTER_COMMA.search(self.text, max(0, cue.start - 8), cue.start):
                    continue  # (", the reports say." closing the sentence still credits all of it)
                after = cue
            elif cue.start <= start and cue.end >= end and after is None and not _within_dashes(
                    self.text, cue.start, start, end, cue.end) and (
                    cue.trailing and not self._deed_cue(cue) or self._counts_speakers(cue, start, end)):
                after = cue  # the figure is inside the cue's noun phrase ("One senior official said")
        if after is not None and after.start <= start:
            return after  # the figure is in the speaker's phrase: "two people briefed on the matter said"
        before = outer or before
        if before is not None and after is not None and after.start >= end and \
                SOURCE_TRIGGER.match(self.text, after.start) and (CLAUSE_OPENING.search(
                    self.text, before.end, start) or self.text.find(",", before.end, start) != -1 and
                    CONCESSIVE_OPENING.match(self.text, s_start, before.start) is not None):
            # "X claimed …, but …, more than 1,300 people, according to Y": Y's figure; Round 22: so after a
            # concession ("And while Obama said up to 40 percent …, the actual number is closer to 20 percent, according
            # to … Glenn Kessler")
            return after
        if before is not None and SPEAKER_RELATIVE.match(self.text, before.end, start) and not \
                RELATIVE_SAYING.match(self.text, before.end, start):
            return None  # "said Cowen, who joins Tim Scott as the chamber’s two black senators"
        if before is not None and quote is None and \
                CLOSED_QUOTE_BEFORE_CUE.search(self.text, max(0, before.start - 4), before.start) and \
                (CUE_CIRCUMSTANCE.match(self.text, before.end, start) or CUE_GLOSS.match(self.text, before.end, start)):
            # Round 15: '…,” Kerry told reporters in Paris after a conference attended by 26 countries' (Round 16: also
            # after a "!" or "?" that ended the sentence before the cue: '“… at stake!” he wrote … within a half-hour')
            # (Round 19: or a participle glossing the words: "…,” he told CBS, referring to the … bombing"; CUE_GLOSS)
            return None
        if before is not None and quote is None and WHOLE_QUOTE_BETWEEN.search(self.text, before.end, start):
            # Round 21: '… asked "What day is it?" when pulled … after 228 hours, Anadolu reported': told, not said
            return after if after is not None and after.start >= end and after.trailing else None
        if before is None and after is not None and after.start >= end and \
                self._time_of_statement(start, end, s_start, s_end, after):
            return None  # round 23: "Three weeks ago, Ahmet Uzumcu acknowledged that …": when it was said
        if before is None and after is not None and self._in_opening_phrase(start, s_start, after.start):
            return None  # "In one emailed statement, Perry stated": the figure describes the statement
        if before is None and after is not None and after.start >= end and \
                self._in_opening_clause(start, end, s_start, s_end, after):
            return None  # Round 16: "Three days after an Internet video surfaced …, the lawmaker said he is sorry"
        if before is not None and quote is None and EVENT_TOLL.search(self.text, max(s_start, start - _EVENT_TOLL_REACH),
                                                                     start):
            before = None  # "said he would visit areas hit by an earthquake that has killed more than 20,000"
        if before is not None and quote is None and self._deed_cue(before) and \
                ACT_CIRCUMSTANCE.match(self.text[before.end:start]):
            before = None  # round 23: "vowed to deliver earthquake aid to Syria after the country was hit …"
        if before is not None and STATEMENT_BEFORE_FIGURE.fullmatch(self.text, before.end, start) and \
                STATEMENT_AFTER_FIGURE.match(self.text, end):
            return None  # "he said in a nearly 40-minute opening statement": the figure describes the statement
        if before is not None and after is not None and after.start >= end and \
                BELIEF_CUE_END.search(self.text, before.start, before.end):
            return after  # Round 18: "authorities believe he may have survived …, according to reports": the reports'
        return before or after or quoted_cue or self._tweet_speaker(end) or self._turn_speaker(start) or \
            self._quoted_sentence_cue(end, s_start, s_end) or self._poll_source(start, end, s_start, s_end) or \
            self._block_source(start)

    def _poll_source(self, start: int, end: int, s_start: int, s_end: int) -> Cue | None:
        """The poll that states a share of respondents told without a source ("Only 13% say …" after
        "according to the latest University of Texas/Texas Tribune Poll"): the nearest poll named, or cue whose
        words name one ("the pollsters found", "The CNN poll suggests"), in the ``_POLL_REACH`` characters before
        the figure. An organisation; None when the sentence is no poll's result or no poll is near."""
        if not PERCENT_SURFACE.search(self.text, start, end) or self._quote_at(start) is not None or \
                not POLL_RESPONSE.search(self.text, s_start, s_end):
            return None  # (a quotation's figure is its speaker's, though the speaker be unknown)
        lo = max(0, s_start - _POLL_REACH)
        named = None
        for match in POLL_NAME.finditer(self.text, lo, start):  # (the sentence's own "A Pew survey … indicates")
            if not _POLL_NOT_NAMES.issuperset((match.group("np") or match.group("author")).split()):
                named = match
        generic = None  # "in the survey", "the pollsters found": only if no poll nearby has a name
        for cue in reversed(self._cues_between(lo, start)):
            if named is not None and cue.start < named.start():
                break
            if POLL_WORD_PATTERN.search(self.text, cue.start, cue.end) or POLL_WORD_PATTERN.search(cue.speaker):
                if not GENERIC_POLL.fullmatch(cue.speaker):
                    return Cue(cue.start, cue.end, cue.speaker, "organisation", False)
                generic = generic or Cue(cue.start, cue.end, cue.speaker, "organisation", False)
        if named is None:
            return generic
        if named.group("author"):
            conjunct = CONJOINED_NAMES.match(named.group("author"))
            name = SENTENCE_STOP_END.sub("", conjunct.group("first") if conjunct else named.group("author"))
        else:  # ("Pew Research Center surveys": the pollster, if the aliases know it)
            name = f"{named.group('np')} {named.group('poll')}"
            name = self.aliases.canonical(name) or self.aliases.canonical(named.group("np")) or name
        return Cue(named.start(), named.end(), self.aliases.canonical(name) or name, "organisation", False)

    def _tweet_speaker(self, pos: int) -> Cue | None:
        """The author of an embedded tweet holding ``pos``: the signature ending its line ("… — Donald Tusk
        (@eucopresident) December 10, 2018"), a person unless the name is a known body or reads as one."""
        line_end = self.text.find("\n", pos)
        line_end = len(self.text) if line_end == -1 else line_end
        if self.text.find("(@", pos, line_end) == -1:
            return None  # (most lines hold no handle: the pattern is not tried)
        signature = TWEET_SIGNATURE.search(self.text, pos, line_end)
        if signature is None or "/" in self.text[self.text.rfind(" ", 0, pos) + 1:pos]:
            return None  # (digits in a link, "pic.twitter.com/5kvv4x754o", are no figure of the tweet's)
        name = signature.group("np").strip()
        canonical = self.aliases.canonical(name)
        if canonical:
            kind = self.aliases.type_of(canonical) or "person"
        else:
            head = _head_kind(name.split()[-1].lower())
            kind = head if head in ("organisation", "government") else (
                "organisation" if _reads_as_body(name) else "person")
            # Round 16: a name the article's cues have typed keeps that type ("WikiLeaks said in a tweet …", then the
            # tweet signed "WikiLeaks (@wikileaks)": a body).
            kind = next((cue.speaker_type for cue in self._cues_between(0, signature.start())
                         if cue.speaker == name and cue.speaker_type != "anonymous"), kind)
        return Cue(signature.start("np"), signature.end(), canonical or name, kind, True)

    def _block_source(self, pos: int) -> Cue | None:
        """Round 18: the source that the paragraph before ``pos``'s, ending in a colon, introduces for it: "From the
        Wall Street Journal:" or "From AP:" (BLOCK_FROM), or a cue whose verb ends at the colon ("The paper writes:",
        "The IHME statement added:"); not one whose own clause runs on to the colon ("Clancy says there has been a
        small … reduction …:"), nor "according to X:" (the outlet's own sentence)."""
        para = self.text.rfind("\n", 0, pos)
        colon_end = max(para, 0)  # the end of the text before the paragraph, its trailing space left out (no copy)
        while colon_end > 0 and self.text[colon_end - 1].isspace():
            colon_end -= 1
        if colon_end <= 0 or self.text[colon_end - 1] != ":":
            return None
        s_lo = self._sentence_at(colon_end - 1)[0]
        source = BLOCK_FROM.search(self.text, s_lo, colon_end)
        if source is not None:
            name = source.group("np")
            canonical = self.aliases.canonical(name)
            kind = self.aliases.type_of(canonical) if canonical else _head_kind(name.split()[-1].lower())
            if kind not in ("person", "organisation", "government"):
                kind = "organisation" if _reads_as_body(name) or canonical is None else "person"
            return Cue(source.start("np"), source.end(), canonical or name, kind, True)
        cues = [cue for cue in self._cues_between(s_lo, colon_end) if VERB_AT_COLON.fullmatch(self.text, cue.end, colon_end)
                and not SOURCE_TRIGGER.match(self.text, cue.start)]
        return cues[-1] if cues else None

    def _quoted_sentence_cue(self, end: int, s_start: int, s_end: int) -> Cue | None:
        """The speaker of a sentence with no cue of its own whose figure leads into a long quotation
        ("Whether one bill or many, "my focus is to make sure we have a solution this year."" after "…,"
        Denham said."): the quotation's speaker, found as for a figure inside it."""
        i = bisect.bisect_left(self.quote_starts, end)
        if i >= len(self.quotes) or self.quotes[i][0] >= min(s_end, end + _LEAD_INTO_QUOTE):
            return None
        open_at, close_at = self.quotes[i]
        if self.text.count(" ", open_at, close_at) < _QUOTED_WORDS:
            return None  # a term in quotation marks ("dubbed the “JUSTICE Act”") quotes nobody at length
        if self._cues_between(s_start, s_end):
            return None  # the sentence's own cue left the figure to the outlet ("Sen. John McCain, one of …")
        return self._quote_cue(self.quotes[i])

    def _title_case_verbs(self) -> list[re.Match[str]]:
        """Verbs of saying of a Title Case headline ("Saudi Arabia Announces $5 Billion Help For Turkey"),
        where every word is capitalised and the lower-case verb patterns find none."""
        first_end = self.text.find("\n")
        headline = self.text[:first_end if first_end != -1 else len(self.text)]
        if len(headline) >= 200:
            return []
        verbs = list(TITLE_CASE_VERB.finditer(headline))  # (most headlines have none: the words are not counted)
        if not verbs:
            return verbs
        words = [w for w in HEADLINE_WORD.findall(headline) if w.lower() not in _SMALL_WORDS]
        if not title_case(words):
            return []
        return verbs

    def _run_in_headline_end(self) -> int:
        """Where a headline repeated at the start of the body ends when the body runs on after it on the
        same line ("Another 1.5 million workers file jobless claims The new filings have leveled off …"),
        else -1."""
        first_end = self.text.find("\n")
        headline = self.text[:first_end].strip() if first_end != -1 else ""
        if len(headline) < _MIN_HEADLINE:
            return -1
        body = BLANK_LINES.match(self.text, first_end).end()
        repeat_end = body + len(headline)
        if self.text.startswith(headline, body) and self.text[repeat_end:repeat_end + 1] in (" ", "\t"):
            return repeat_end
        return -1

    def _turn_speaker(self, pos: int) -> Cue | None:
        """The speaker of an interview transcript's turn holding ``pos`` ("Stephanopoulos: There's been
        some reporting …"): the last "Name:" before it on its line that names a person of the article
        (so "Update:" or "Background:" name nobody), in an article with at least two such turns (a
        headline's "Trump: …" run into the body is no transcript)."""
        if self._turns is None:
            self._turns = self._count_turns()
        if self._turns < 2:
            return None
        line_start = max(self.text.rfind("\n", 0, pos) + 1, pos - _TURN_REACH)
        turn = None
        for turn in TRANSCRIPT_TURN.finditer(self.text, line_start, pos):
            pass
        if turn is None:
            return None
        name = self._turn_name(turn)
        return Cue(turn.start("np"), turn.end("np"), name, "person", False) if name else None

    def _outlet_staff(self) -> frozenset[str]:
        """Surnames of the outlet's hosts and reporters in a transcript."""
        if self._staff is None:
            self._staff = frozenset(m.group("np").split()[-1] for m in OUTLET_STAFF.finditer(self.text))
        return self._staff

    def _count_turns(self) -> int:
        """How many transcript turns name a person of the article (up to two: that is enough), or 0 when
        no turn is conversation (a roundup's "Trump: From the start, the brash billionaire's campaign …"
        holds no "I", "we" or "you"). Only the text just before each colon is tried, which is many times
        cheaper than scanning the article."""
        count = 0
        dialogue = False
        colon = self.text.find(":")
        while colon != -1 and (count < 2 or not dialogue):
            segment = max(self.text.rfind("\n", 0, colon) + 1, colon - _TURN_NAME_REACH)
            for turn in TRANSCRIPT_TURN.finditer(self.text, segment, min(len(self.text), colon + 3)):
                if turn.end("np") == colon and self._turn_name(turn):
                    count += 1
                    line_end = self.text.find("\n", colon)
                    dialogue = dialogue or bool(DIALOGUE_WORD.search(
                        self.text, colon, line_end if line_end != -1 else len(self.text)))
            colon = self.text.find(":", colon + 1)
        return count if dialogue else 0

    def _turn_name(self, turn: re.Match[str]) -> str | None:
        """The person a transcript turn's "Name:" names: an alias of a person or the article's full name;
        None for the outlet's own host or reporter ("FREDRICK:" after "JAMES FREDRICK, BYLINE:")."""
        phrase = strip_titles(turn.group("np"))
        if phrase.split()[-1] in self._outlet_staff() or phrase.split()[-1].lower() in _PAGE_FURNITURE:
            return None
        canonical = self.aliases.canonical(phrase)
        if canonical is not None:
            return canonical if self.aliases.type_of(canonical) in (None, "person") else None
        name = self._expand(phrase.split()[-1], turn.start())
        return name if name is not None and (len(phrase.split()) == 1 or phrase in name) else None

    def _time_of_statement(self, start: int, end: int, s_start: int, s_end: int, cue: Cue) -> bool:
        """Whether the figure at ``start:end`` is a length of time that opens its clause and dates the statement of the
        cue right after it, which goes on to report ("But 24 hours later, the US president said the withdrawal …", "more
        than 40 years ago, then-President Richard Nixon predicted"): not a closing credit ("launched 15 years ago,
        officials said."), an inverted one ("… four days ago, says Chris Doyle") nor a source phrase ("Eleven minutes
        earlier, according to Djoko Murjatmodjo, the pilot had asked")."""
        text = self.text
        if not TIME_OF_CUE.fullmatch(text, end, cue.start) or INVERTED_AT.match(text, cue.start) or \
                SOURCE_TRIGGER.match(text, cue.start) or not REPORT_AFTER_CUE.match(text, cue.end, s_end):
            return False
        opening = max(s_start, *(text.rfind(mark, s_start, start) + 1 for mark in "—–;"))
        return TIME_CLAUSE_OPENING.fullmatch(text, opening, start) is not None

    def _in_opening_phrase(self, pos: int, s_start: int, cue_start: int) -> bool:
        """Whether ``pos`` lies in a sentence's opening phrase ("In one emailed statement,") that a
        cue directly follows."""
        if not OPENING_PHRASE.match(self.text[s_start:pos]):
            return False
        comma = self.text.find(",", pos, cue_start)
        # (Round 23: a phrase, not a clause: "In New Mexico about half of the new cases were from one prison in Otero
        # County, state health officials said" opens with "In" but its verb makes it the main clause the cue reports.)
        return comma != -1 and not self.text[comma + 1:cue_start].strip() and \
            AUXILIARY_IN_PHRASE.match(self.text, s_start, comma) is None

    def _in_opening_clause(self, start: int, end: int, s_start: int, s_end: int, cue: Cue) -> bool:
        """Whether the figure at ``start:end`` lies in a time phrase or subordinate clause opening its sentence, set off
        by a comma right before a cue that goes on to report ("Three days after an Internet video surfaced …, the
        lawmaker said he is sorry", "In Texas, where the number of new cases jumped to … 6,975 on Tuesday, Houston
        hospitals said beds were filling up"): the cue's words follow it, so the figure is the outlet's. Not a
        parenthetical cue (", officials said, was the worst") nor one ending its sentence (", officials said.")."""
        text = self.text
        comma = text.find(",", end, cue.start)
        if comma == -1 or text[comma + 1:cue.start].strip() or SOURCE_TRIGGER.match(text, cue.start) or \
                not REPORT_AFTER_CUE.match(text, cue.end, s_end):
            return False  # (", officials said." or "…, according to X" credit the whole sentence)
        if TOLD_VERB_END.search(text, cue.start, cue.end) and not THAT_AHEAD.match(text, cue.end, s_end):
            return False  # (", airport officials told the Associated Press." names the listener, no report)
        opening = text.rfind(",", s_start, start) + 1 or s_start
        return bool(OPENING_CLAUSE.match(text, opening, comma))

    def _relative_cue_closed(self, cue: Cue, pos: int) -> bool:
        """Whether ``cue`` opens a relative clause ("…, who officials say worked for …") that a comma
        closes before ``pos``: a figure after that belongs to the main clause, not to the cue."""
        if not RELATIVE_CUE.search(self.text, max(0, cue.start - 12), cue.start) and \
                ", who" not in self.text[cue.start:cue.end] and \
                ", which" not in self.text[cue.start:cue.end]:  # "Zazi, who said he …, tried to": the same
            return False
        comma = self.text.find(",", cue.end, pos)
        return comma != -1 and not RELATIVE_CLAUSE_GOES_ON.match(self.text, comma)

    def _subordinate_cue_closed(self, cue: Cue, pos: int, s_start: int) -> bool:
        """Whether ``cue`` stands in a subordinate clause opening the sentence ("When Trump says that …,",
        "Although Comey said he wrote …,") that a comma before ``pos`` closes, the main clause's subject after it:
        a figure there is not the cue's."""
        if not SUBORDINATE_CUE_OPENING.match(self.text, s_start, cue.start) or \
                MAIN_CLAUSE_AFTER.search(self.text, s_start, cue.start) or QUOTE_MARK.search(self.text, s_start, cue.start):
            return False  # (a cue after the clause's comma, or after a quotation, is the main clause's)
        closing = MAIN_CLAUSE_AFTER.search(self.text, cue.end, pos + _LOOKAHEAD)  # (the subject may hold the figure)
        return closing is not None and closing.start() < pos

    def _run_on_stop(self, pos: int, s_end: int) -> int | None:
        """The first sentence end between ``pos`` and ``s_end`` that lost its space, or None."""
        found = self._run_on_stops(max(pos - 1, 0), s_end, first=True)
        return found[0] if found else None

    def _run_on_stops(self, lo: int, hi: int, *, first: bool = False) -> list[int]:
        """The ends of the matches of RUN_ON_STOP in ``lo:hi`` (as ``finditer(text, lo, hi)`` finds them; only the
        first if ``first``), read off one scan of the whole text: every claim asked for its own sentence's again.
        A match's lookahead reads the ``_RUN_ON_AHEAD`` characters after its mark, so one that close to ``hi`` is
        tried again where the text ends at ``hi``."""
        if self._run_on_marks is None:
            self._run_on_marks = [match.start() for match in RUN_ON_STOP.finditer(self.text)]
        marks = self._run_on_marks
        found = []
        for k in range(bisect.bisect_left(marks, lo), len(marks)):
            mark = marks[k]
            if mark >= hi:
                break
            if mark + _RUN_ON_AHEAD < hi or RUN_ON_STOP.match(self.text, mark, hi):
                found.append(mark + 1)
                if first:
                    break
        return found

    def _extend(self, s_end: int) -> int:
        """A sentence end, moved past a fragment that only continues it (". , noted Mr. Yoon.")."""
        i = bisect.bisect_right(self.span_starts, s_end)
        if i < len(self.spans) and CONTINUATION.match(self.text, self.spans[i][0]):
            return self.spans[i][1]
        return s_end

    def _counts_speakers(self, cue: Cue, start: int, end: int) -> bool:
        """Whether the figure at ``start:end`` counts a cue's unnamed speakers ("One senior official said",
        "Two defense officials added"): the speakers are unnamed people and their head noun is not the
        figure itself ("By one estimate", "There was one")."""
        if cue.speaker_type != "anonymous" or not cue.speaker or self._deed_cue(cue):
            return False  # ("two influential senators last week proposed a compromise": who acted, no statement)
        head = cue.speaker.split()[-1].lower()
        if head == self.text[start:end].lower() or _head_kind(head) not in ("anonymous", "person"):
            return False
        # Round 16: the head follows the count, with only modifiers between; a figure in the relative clause after it
        # ("Two sisters who spent more than four days trapped in the rubble … say") counts none of them.
        head_at = self.text.lower().find(head, end, cue.end)
        return head_at != -1 and COUNT_TO_HEAD.fullmatch(self.text, end, head_at) is not None

    def _reported_in_quote(self, quote: tuple[int, int], s_start: int, s_end: int) -> bool:
        """Whether the figure's sentence holds, inside the figure's own block quotation, a cue naming someone: the
        quotation reports what others said ("According to St. Louis Public Radio:" then '"… Police said they recovered a 9-mm gun
        …"'), and that cue, not the quotation's speaker, speaks for the sentence. A pronoun's cue ("they told me") is
        left to the quotation's speaker: inside quoted words it stands for someone the words, not the article, name."""
        if not self._block_quotation(quote, s_start):
            return False
        return any(self._quote_at(cue.start) == quote and cue.speaker and not self._deed_cue(cue) and
                   not QUOTED_PRONOUN_CUE.match(self.text, cue.start)
                   for cue in self._cues_between(s_start, s_end))

    def _block_quotation(self, quote: tuple[int, int], s_start: int) -> bool:
        """Whether a quotation is a passage quoted as a block: it opens a paragraph after a lead-in ending in a colon
        ("The Times reports:"), or it goes on past the sentence it opened (a paragraph of quoted text), or it is
        the next paragraph of a run-in blockquote (RESUMED_QUOTATION). Inside such a passage reporting is the quoted
        text's own ("Police said they recovered …"); inside a person's words a "said" is mostly theirs."""
        open_at = quote[0]
        k = bisect.bisect_left(self.quote_starts, open_at)
        if k > 0 and self.quotes[k - 1][1] == open_at - 1 and _resumes_quotation(self.text, open_at):
            return True  # (quote_spans ended the quotation before it one character short of its mark)
        return self._opens_paragraph(open_at) and \
            LEAD_IN_COLON.search(self.text, max(0, open_at - 300), open_at) is not None

    def _deed_cue(self, cue: Cue) -> bool:
        """Whether a cue's verb is a deed as well as a statement (ACT_VERB_END) and no quotation before it makes
        it a statement ("…,” one offered in reply" speaks)."""
        return bool(ACT_VERB_END.search(self.text, cue.start, cue.end)) and not QUOTE_MARK.search(
            self.text, max(0, cue.start - 4), cue.start)

    def _quote_at(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        if i >= 0 and self.quotes[i][0] < pos < self.quotes[i][1]:
            return self.quotes[i]
        return None

    def _quote_cue(self, quote: tuple[int, int], depth: int = 0) -> Cue | None:
        """The speaker of a quotation: a cue right after it, else one introducing it, else one later in
        its sentence, else the speaker of the quotation before it in the same paragraph.

        (Kept per quotation and depth: every figure inside a quotation asks for its speaker, and the answer reads
        only the cues around it, each resolved once.)"""
        key = (quote, depth)
        if key not in self._quote_cues:
            self._quote_cues[key] = self._find_quote_cue(quote, depth)
        return self._quote_cues[key]

    def _find_quote_cue(self, quote: tuple[int, int], depth: int) -> Cue | None:
        """:meth:`_quote_cue`, found."""
        open_at, close_at = quote
        close_sentence = self._sentence_at(max(close_at - 1, open_at))
        open_sentence = self._sentence_at(open_at)
        s_end = self._extend(close_sentence[1])
        later = [c for c in self._cues_between(close_at, s_end) if c.trailing]
        if later and QUOTE_TO_CUE.match(self.text[close_at:later[0].start]):
            return later[0]
        before = [c for c in self._cues_between(open_sentence[0], open_at)
                  if c.end <= open_at and self._quote_at(c.start) is None]
        if before:
            return before[-1]
        participle = self._cues_between(close_at, s_end)[:1]
        if participle and QUOTE_TO_CUE.match(self.text[close_at:participle[0].start]) and \
                PARTICIPLE_VERB.match(self.text, participle[0].start):
            return participle[0]  # Round 16: 'the deal as "a horrible, one sided deal …," saying': the subject's words
        # "“… in the Senate?” Senate Majority Leader Mitch McConnell asked.": a closed quotation
        # whose next sentence, on the same line, is only the attribution.
        following = self._cue_right_after(close_at) if self.text[close_at - 1] in "”\"" else None
        if following is not None:
            next_sentence = self._sentence_at(following.start)
            if next_sentence[1] - next_sentence[0] < 160 and self._quote_at(next_sentence[1] - 1) is None:
                return following
        later = [c for c in later if self._quote_at(c.start) is None]
        if later:
            return later[0]
        k = bisect.bisect_left(self.quote_starts, open_at) - 1
        if k >= 0 and depth < 3 and "\n" not in self.text[self.quotes[k][1]:open_at]:
            return self._quote_cue(self.quotes[k], depth + 1)  # a quotation resumed after "said X."
        lead_in = LEAD_IN_COLON.search(self.text, max(0, open_at - 300), open_at)
        if lead_in:  # "Kerry replied:" ending the line before the quotation
            colon = lead_in.start()
            earlier = [cue for cue in self._cues_between(self._sentence_at(colon)[0], colon) if cue.end <= colon + 1]
            if earlier:
                return earlier[-1]
        if k >= 0 and depth < 3 and self._opens_paragraph(open_at):
            # A paragraph that is only a quotation continues the quotation that ended the paragraph before.
            previous_end = self.text.rfind("\n", 0, open_at)
            if self.quotes[k][1] <= previous_end and not self.text[self.quotes[k][1]:previous_end].count(". ") > 1:
                return self._quote_cue(self.quotes[k], depth + 1)
        if self._opens_sentence(open_at):
            return self._introducing_cue(open_at)
        return None

    def _introducing_cue(self, open_at: int) -> Cue | None:
        """The person whose cue ends the sentence (or paragraph) before one that opens with a quotation
        ("Phil Keisling, the former Oregon secretary of State, says that it's popular." then "“This has
        been one of the keys …”"), when no quotation follows that cue there."""
        previous_end = len(self.text[:self._sentence_at(open_at)[0]].rstrip())
        if previous_end <= 0:
            return None
        last = self._sentence_at(previous_end - 1)
        cues = self._cues_between(last[0], previous_end)
        if not cues or cues[-1].speaker_type != "person":
            return None
        k = bisect.bisect_left(self.quote_starts, cues[-1].end)
        if k < len(self.quotes) and self.quotes[k][0] < previous_end:
            return None  # the cue's own quotation, if any, is the one it introduced
        return cues[-1]

    def _opens_paragraph(self, pos: int) -> bool:
        """Whether only whitespace stands between the last line break and ``pos``."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        return line_start > 0 and not self.text[line_start:pos].strip()

    def _index(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` (text between sentences belongs to the one before)."""
        return max(bisect.bisect_right(self.span_starts, pos) - 1, 0)

    def _sentence_at(self, pos: int) -> tuple[int, int]:
        return self.spans[self._index(pos)]

    # --- cues of a stretch of text ----------------------------------------------

    def _cues_between(self, lo: int, hi: int) -> list[Cue]:
        """The resolved cues that start in ``lo:hi``, in text order."""
        cues: list[Cue] = []
        if hi <= lo:
            return cues
        for i in range(self._index(lo), self._index(hi - 1) + 1):
            for k, raw in enumerate(self._sentence_cues(i)):
                if lo <= raw[0] < hi:
                    cue = self._cue_value(i, k)[0]
                    if cue is not None:
                        cues.append(cue)
        return cues

    def _cue_right_after(self, pos: int) -> Cue | None:
        """The first cue after ``pos`` if only spaces (no line break) stand between them."""
        after = SPACES_AFTER.match(self.text, pos).end()
        if after >= len(self.text) or "\n" in self.text[pos:after]:
            return None
        following = self._cues_between(after, after + 1)
        return following[0] if following else None

    def _sentence_cues(self, i: int) -> list[_RawCue]:
        """The raw cues that start in sentence ``i``, in text order."""
        found = self._cues.get(i)
        if found is None:
            found = self._cues[i] = self._raw_cues(*self._bounds(i))
        return found

    def _matches(self, pattern: re.Pattern[str], lo: int, hi: int) -> list[re.Match[str]]:
        """The matches of ``pattern`` that start in ``lo:hi`` (its lookaheads see the text after ``hi``)."""
        found = []
        for match in pattern.finditer(self.text, lo, min(len(self.text), hi + _LOOKAHEAD)):
            if match.start() >= hi:
                break  # (the scan stops here instead of trying every character up to the lookahead's end)
            found.append(match)
        return found

    def _trigger_starts(self, lo: int, hi: int) -> list[int]:
        """Where :data:`CUE_TRIGGER` matches in ``lo:hi`` (as :meth:`_matches` finds it): at ``lo`` itself, then
        at the ends of the matches of :data:`CUE_TRIGGER_AFTER`."""
        end = min(len(self.text), hi + _LOOKAHEAD)
        starts = [lo] if CUE_TRIGGER.match(self.text, lo, end) else []
        for match in CUE_TRIGGER_AFTER.finditer(self.text, lo, end):
            if match.end() >= hi:
                break
            starts.append(match.end())
        return starts

    def _matches_at(self, pattern: re.Pattern[str], starts: list[int], hi: int) -> list[re.Match[str]]:
        """What :meth:`_matches` gives for ``pattern`` in ``starts[0]:hi`` when ``starts`` holds every place in
        it where a match may start (:data:`CUE_TRIGGER`): the pattern is tried only there, and, as a scan
        does, not inside the match before."""
        found = []
        end = min(len(self.text), hi + _LOOKAHEAD)
        after = -1  # where the last match ended: a scan resumes there
        for start in starts:
            if start >= after:
                match = pattern.match(self.text, start, end)
                if match:
                    found.append(match)
                    after = match.end()
        return found

    def _bounds(self, i: int) -> tuple[int, int]:
        """The stretch of text whose cues and names belong to sentence ``i``: from its start (the text's,
        for the first) to the next sentence's."""
        return (self.span_starts[i] if i else 0,
                self.span_starts[i + 1] if i + 1 < len(self.spans) else len(self.text))

    def _sentence_names(self, i: int) -> list[re.Match[str]]:
        """Every name that starts in sentence ``i`` (cached: full names and cues both read them)."""
        found = self._names.get(i)
        if found is None:
            found = self._names[i] = self._matches(NAME_MENTION, *self._bounds(i))
        return found

    def _sentence_slots(self, i: int) -> list[tuple[tuple[int, int, int], Any]]:
        """The cues of sentence ``i`` and its names outside quotations and cues, each with its order key
        (see ``_Slot``), in text order: what pronouns and "the ministry" look back through."""
        found = self._slots.get(i)
        if found is None:
            cues = self._sentence_cues(i)
            cue_starts = [c[0] for c in cues]
            found = [((c[0], 1, k), c) for k, c in enumerate(cues)]
            for match in self._sentence_names(i):
                at = match.start()
                j = bisect.bisect_right(cue_starts, at) - 1
                inside_cue = j >= 0 and cues[j][0] <= at < cues[j][1]
                if self._quote_at(at) is None and not inside_cue:
                    found.append(((at, 0, 0), match))
            found.sort(key=lambda slot: slot[0])
            self._slots[i] = found
        return found

    def _headline_cues(self) -> list[_RawCue]:
        """Cues of the first line when it is a headline naming its source ("…: State Department")."""
        text = self.text
        first_line_end = text.find("\n")
        first_line = text[: first_line_end if first_line_end != -1 else len(text)]
        found: list[_RawCue] = []
        if len(first_line) >= 200 or ":" not in first_line:
            return found  # (every headline pattern needs a colon; matching a speaker phrase at the start is dear)
        # A speaker phrase holds no colon or NOT_IN_SPEAKER character outside brackets: the one after the last colon
        # and the one before the first are tried only when they can be one (most can't: "Quake kills 5,000: UN" is
        # tried, "Turkey quake: Death toll rises to 5,000" is not), each match of a phrase being dear.
        last_colon, first_colon = first_line.rfind(":"), first_line.find(":")
        headline = HEADLINE_SOURCE.search(first_line) if "(" in first_line or not NOT_IN_SPEAKER.search(
            first_line, last_colon) else None
        if headline:
            found.append((headline.start("np"), headline.end("np"), headline.group("np"), True))
        bracketed = "(" in first_line[:first_colon]
        if bracketed or not NOT_IN_SPEAKER.search(first_line, 0, first_colon):
            # Without a bracket before it, the first colon ends the name (a name holds no colon outside brackets):
            # each pattern is tried only when what its colon needs after it stands after that one.
            after_colon = first_line[first_colon + 1:]
            headline = HEADLINE_SPEAKER.match(first_line) if after_colon.lstrip(" \t")[:1] in _QUOTE_OPENERS else None
            if headline is None and (bracketed or COLON_SPACE_CAPITAL.match(after_colon)):
                headline = HEADLINE_SOURCE_FIRST.match(first_line)
        else:
            headline = None
        if headline and (headline.re is HEADLINE_SPEAKER or self._names_a_source(headline.group("np"))):
            found.append((headline.start("np"), headline.end("np") + 1, headline.group("np"), False))
        return found

    def _raw_cues(self, lo: int, hi: int) -> list[_RawCue]:
        """Every cue starting in ``lo:hi``, unresolved.

        Cheap trigger patterns find where cues may be; the full patterns then
        run only there.
        """
        text = self.text
        found: list[_RawCue] = []
        end = min(len(text), hi + _LOOKAHEAD)  # where _matches reads to: the scans' lookaheads see past ``hi``
        starts = self._trigger_starts(lo, hi)
        for verb in self._matches_at(VERB_OF_SAYING, starts, hi):
            found.extend(self._verb_cues(verb))
        for verb in self._headline_verbs:
            if lo <= verb.start() < hi:
                found.extend(self._verb_cues(verb))
        for trigger in self._matches_at(SOURCE_TRIGGER, starts, hi):
            match = SOURCE_PHRASE.match(text, trigger.start())
            if match and not CITED_REASON.match(text, trigger.start()):
                # Round 23: "according to a Sri Lankan military spokesman, Brig. Sumith Atapattu.": the name after the
                # role (as after an inverted verb's role, VERB_BEFORE_SPEAKER)
                named = ROLE_THEN_APPOSITIVE_NAME.match(text, match.end("np")) if _head_kind(
                    match.group("np").split()[-1].lower().rstrip(".,")) == "person" else None
                if named:
                    found.append((match.start(), named.end("name"), named.group("name"), True))
                else:
                    found.append((match.start(), match.end("np"), match.group("np"), True))
        passives = self._matches_at(PASSIVE_TRIGGER, starts, hi)
        for trigger in passives:
            found.append((trigger.start(), trigger.end(), "", True))
        for trigger in self._matches(PARTICIPLE, lo, hi) if text.find(",", lo, hi) != -1 and text.find(
                _PARTICIPLE_MARK, lo, end) != -1 else ():
            subject = self._clause_subject(trigger.start())
            if subject:  # (after a closing quotation mark the cue starts at its verb: the comma is the quotation's)
                found.append((trigger.start("verb") if trigger.group("close") else trigger.start(), trigger.end(),
                              subject, False))
        with_at = text.find("with", lo, hi)
        for match in self._matches(WITH_PARTICIPLE, lo, hi) if with_at != -1 and \
                PARTICIPLE_VERB.search(text, with_at, end) else ():  # (its participle, where the scan would read it)
            words = match.group("np").split()
            if len(words) > 1 or _head_kind(words[0].lower()):  # "with COVID19 claiming six lives": no speaker
                found.append((match.start("np"), match.end(), match.group("np"), False))
        for match in self._matches(DOCUMENT_READS, lo, hi) if text.find(" read", lo, end) != -1 else ():
            found.append((match.start("np"), match.end(), match.group("np"),  # Round 16: '…," the summary reads'
                          bool(TRAILING_MARK.search(text, max(0, match.start("np") - 3), match.start("np")))))
        for match in self._matches(PUBLICATION_REPORTED_ON, lo, hi) if (text.find("ed on", lo, end) != -1 or text.find(
                "ts on", lo, end) != -1) and text.find("report", lo, end) != -1 else ():  # (its verb's stem, read first)
            if _is_publication(match.group("np")):
                found.append((match.start("np"), match.end(), match.group("np"), False))
        for match in self._matches(QUOTED_AS, lo, hi) if text.find("quoted", lo, end) != -1 else ():
            found.append((match.start(), match.end(), match.group("np"), True))
        for match in self._matches(IDENTIFIED_BY_AS, lo, hi) if text.find(" by ", lo, end) != -1 and \
                IDENTIFYING_PARTICIPLE_WORD.search(text, lo, end) else ():
            found.append((match.start("np"), match.end(), match.group("np"), False))
        colon = text.find(":", lo, hi)
        while colon != -1:  # Round 16: "Bannon, President Trump's former chief strategist: “China has survived …”"
            if QUOTE_AFTER_COLON.match(text, colon):
                named = NAME_BEFORE_COLON.fullmatch(text, self._sentence_at(colon)[0], colon)
                if named:
                    found.append((named.start("np"), colon + 1, named.group("np"), False))
            colon = text.find(":", colon + 1, hi)
        possessive = text.find("'", lo, hi) != -1 or text.find("’", lo, hi) != -1
        for trigger in self._matches(SOURCE_NOUN_VERB, lo, hi) if possessive else ():  # the owner is found leftwards
            owner = SOURCE_OWNER.search(text, max(self._sentence_at(trigger.start())[0], trigger.start() - 80),
                                        trigger.start())
            if owner:
                found.append((owner.start("np"), trigger.end(), owner.group("np"), False))
        for mark in self._matches(SOURCE_BY_MARK, lo, hi) if text.find(" by ", lo, end) != -1 or text.find(
                " from ", lo, end) != -1 else ():  # Round 22: "data compiled by Bloomberg show"
            noun = SOURCE_NOUN_BEFORE_BY.search(text, max(0, mark.start() - 30), mark.start())
            if noun:
                author = SOURCE_AUTHOR_VERB.match(text, mark.end())
                if author:
                    found.append((noun.start(), author.end(), author.group("np"),
                                  bool(TRAILING_SOURCE_OPENING.search(text, max(0, noun.start() - 50), noun.start()))))
        # A verb inside a passive credit ("is said to") is not a cue of its own.
        if passives:
            passive_spans = [(p.start(), p.end()) for p in passives]
            found = [c for c in found if c[2] == "" or not any(a <= c[1] - 1 < b for a, b in passive_spans)]
        found.extend(c for c in self._headline if lo <= c[0] < hi)
        for match in self._matches_at(SOURCE_DOCUMENT, starts, hi):
            # "Aitan Goelman said in a statement Monday that …": the statement is the speaker's, no cue of its own
            # (Round 23: also after a time, "Obama … said Wednesday in an interview with another … network, …, that").
            if any(c[1] <= match.start() and (not text[c[1]:match.start()].strip() or GAP_BEFORE_DOCUMENT.fullmatch(
                    text, c[1], match.start())) for c in found if c[2]):
                continue
            comma = text.find(",", match.end("np"), min(len(text), hi + _LOOKAHEAD))
            subject = SPACES_AFTER.match(text, comma + 1).end() if comma != -1 else -1
            if any(subject <= c[0] < subject + 60 and "," not in text[subject:c[0]] for c in found if c[2]):
                continue  # Round 16: "In the October statement, the 17 American intelligence agencies said": theirs
            found.append((match.start(), match.end("np"), match.group("np"), False))
        if len(found) < 2:
            return found  # (nothing to order or drop)
        found.sort(key=lambda c: (c[0], -c[1]))
        # Overlapping matches of one cue (the verb form and the appositive form): keep the first.
        kept: list[_RawCue] = []
        for cue in found:
            if kept and cue[0] < kept[-1][1] and cue[2] and kept[-1][2]:
                continue
            kept.append(cue)
        return kept

    def _verb_cues(self, verb: re.Match[str]) -> list[_RawCue]:
        """Cues of one verb of saying: its subject before it, or its speaker after it ("…,” said X")."""
        text = self.text
        cues = []
        if verb.group().endswith(" as") and not DESCRIBER_BEFORE.search(text, max(0, verb.start() - 20), verb.start()):
            return cues  # "a man described as 5-foot-9": a passive participle, no one describing
        if BE_BEFORE_VERB.search(text, max(0, verb.start() - 30), verb.start()):
            return cues  # Round 16: "because the measure had yet to be officially announced": nobody announces
        if text.endswith(") ", max(0, verb.start() - 2), verb.start()) and \
                (tagged := HILL_TAG_BEFORE_VERB.search(text, max(0, verb.start() - 40), verb.start())) is not None:
            hill = self._hill_speaker(tagged.start() + len("MORE"))
            if hill is not None:
                return [(hill[0], verb.end(), hill[1], True)]
        mark = verb.start() - 1
        while mark >= 0 and text[mark] in " \t":
            mark -= 1
        if mark >= 0 and text[mark] in ',”"’':
            inverted = VERB_BEFORE_SPEAKER.match(text, mark)
            if inverted and PRONOUN_OPENING_CLAUSE.match(text, inverted.start("np")):
                pass  # Round 18: "Cindy Evans, 48, whose … son attends Santa Fe High, said she felt …": no inversion
            elif inverted:
                named = inverted.group("name") if inverted.group("name") and not any(
                    _is_name_word(w) for w in inverted.group("np").split()) else None
                group = COUNT_OF_GROUP.match(text, inverted.end("np")) if not named and \
                    inverted.group("np").lower() in _UNNAMED_COUNTS else None
                if group:  # round 23: "…, said one of the four senior administration officials": those officials
                    cues.append((inverted.start("verb"), group.end(), group.group("np"), True))
                else:
                    cues.append((inverted.start("verb"), inverted.end(), named or inverted.group("np"), True))
        s_start = self._sentence_at(verb.start())[0]
        lo = max(s_start, verb.start() - _WINDOW)
        window = text[lo:verb.start()]
        parenthetical = PARENTHETICAL_BEFORE_VERB.search(window)
        if parenthetical:  # "Immigrant advocacy groups, however, say": the subject is before the commas
            window = window[:parenthetical.start()] + " "
        elif "-" in window or "–" in window or "—" in window:
            aside = DASH_ASIDE_BEFORE_VERB.search(window)
            if aside:  # "Mr Farage - who has campaigned … - told": the subject is before the dashes
                window = window[:aside.start()] + " "
        if window.endswith(", ") and (published := PUBLISHED_ASIDE_BEFORE_VERB.search(window)) and \
                not APPOSITIVE_BEFORE_VERB.search(window):
            window = window[:published.start()] + " "  # "Pickering's report, released late last year, found"
        if window.endswith(", ") and (state := STATE_OF_TOWN_BEFORE_VERB.search(window)) and \
                not APPOSITIVE_BEFORE_VERB.search(window):
            window = window[:state.start()] + " "  # "Ruslan Tsarni of Montgomery Village, Md., told": one subject
        # The subject sits in the verb's own clause, unless an appositive ends just before the verb.
        appositive_tail = APPOSITIVE_TAIL.search(window)
        np_match = _role_relative_before_verb(window) if appositive_tail and ", wh" in window else None
        np_match = (np_match or APPOSITIVE_BEFORE_VERB.search(window) or ROLE_NAME_BEFORE_VERB.search(window)
                    or _role_phrase_name(window)) if appositive_tail else None
        if np_match is not None and np_match.group("np").lower() in TITLE_WORDS:
            np_match = None  # a lone title names nobody ("Linda Frost, Deputy, Media Operations of …, told")
        including = INCLUDING_BEFORE.search(window, 0, np_match.start("np")) if np_match is not None else None
        if including is not None:
            # Round 16: "Senate Democrats, including Patty Murray, her party's senior member …, called on": the group
            group = _subject_before(window[:including.start()] + " ")
            if group is not None:
                window, np_match = window[:including.start()] + " ", group  # (offsets from the same ``lo``)
        if (np_match is None or np_match.group("np").split()[0] in ("One", "Two", "Three")) and \
                appositive_tail and ("anonym" in window or " who " in window or " not " in window):
            unnamed = UNNAMED_BEFORE_VERB.search(window)
            if unnamed is not None:
                np_match = unnamed
                if cues and text[mark] == ",":
                    cues.pop()  # "One official, speaking on condition of anonymity, said Dunford …": no inversion
        head_tried = False  # whether ``head`` holds _head_before_phrase of the final ``window`` (asked once)
        if np_match is None:
            clause = _clause_start(window)
            lo, window = lo + clause, window[clause:]
            np_match = _named_source_before(window, verb.group()) or _subject_before(window)
            if " in " in window and window.find("he ") != -1:
                np_match = BODY_IN_PLACE_BEFORE_VERB.search(window) or np_match
            if np_match is None and ("ing " in window or " who " in window):
                np_match = UNNAMED_DOER_BEFORE_VERB.search(window)  # "A man helping sort aid … says"
            head = _head_before_phrase(window, verb.group(), text[max(0, lo - 40):lo])
            head_tried = True
            if np_match is None or head is not None and head.start("object") <= np_match.start("np") and \
                    not any(word[:1].isupper() for word in np_match.group("np").split()) and \
                    np_match.group("np").lower() not in _PRONOUNS:
                # "Critics of birthright citizenship say", "three representatives of allied governments involved in
                # those top-level consultations said" (not "consultations")
                np_match = head if head is not None else np_match
        if np_match is None and COORDINATED_VERB.search(window):
            subject = self._clause_subject(verb.start())
            if subject:
                cues.append((verb.start(), verb.end(), subject, False))
        elif np_match is None and ", wh" in text[max(s_start, verb.start() - 40):verb.start()]:
            cues.extend(self._relative_subject_cue(verb, s_start))
        elif np_match and np_match.group("np").strip():
            np_start = lo + np_match.start("np")
            phrase = _head_phrase(np_match) if np_match.re is HEAD_BEFORE_PHRASE else np_match.group("np")
            employer = None
            reach = text[max(s_start, np_start - 80):verb.start()]
            if any(gate in reach for gate in _EMPLOYER_GATES):  # the patterns only where they can match
                employer = PERSON_OF_BODY.search(text, max(s_start, np_start - 80), np_start) or \
                    PERSON_OF_NAMED_BODY.match(text, np_start, verb.start())
            envoy = ENVOY_TO.search(text, max(s_start, np_start - 20), np_start) if employer is None else None
            named = self._envoy_name(phrase) if envoy else None
            if employer and self._names_person(employer.group("np")):
                np_start, phrase = employer.start("np"), employer.group("np")
            elif named:  # "U.S. Ambassador to Iraq Matthew Tueller said": the envoy, not the country
                np_start, phrase = np_start + len(phrase) - len(named), named
            elif (body_start := _body_name_of(text, np_start, s_start, phrase)) is not None:
                np_start = body_start  # Round 21: "Department of Justice spokeswoman Kerri Kupec said": one subject
            elif verb.group() in _SOURCE_NOUN_VERBS and " of " in text[max(s_start, np_start - 60):np_start] and (
                    document := DOCUMENT_OF.search(text, max(s_start, np_start - 80), np_start)) is not None and \
                    (document.group("named") or document.group("owner")):
                # Round 22: "a Reuters analysis of labor statistics shows": the named author, not "statistics"
                return [_document_cue(text, document, verb, s_start)]
            elif PREPOSITION_BEFORE.search(text, max(lo - 1, np_start - 12), np_start) and not \
                    DOCUMENT_BY.search(text, max(lo - 1, np_start - 60), np_start):
                surveyed = SURVEYED_BY.search(text, max(s_start, np_start - 80), np_start) if \
                    SURVEYED_PARTICIPLE_WORD.search(text, max(s_start, np_start - 80), np_start) else None
                if surveyed:  # "Analysts polled by Reuters estimate": those polled speak
                    subject = surveyed.start("np")
                    cues.append((subject, verb.end(), surveyed.group("np"),
                                 bool(TRAILING_MARK.search(text, max(s_start, subject - 3), subject))))
                document = DOCUMENT_OF.search(text, max(s_start, np_start - 60), np_start) \
                    if text.endswith("of ", max(s_start, np_start - 40), np_start) or " of " in \
                    text[max(s_start, np_start - 40):np_start] else None
                if document and not surveyed:  # "a survey of Palestinians found": the survey ("the Fed's": the Fed)
                    cues.append(_document_cue(text, document, verb, s_start))
                if cues:
                    head = None
                elif not head_tried:
                    head = _head_before_phrase(window, verb.group(), text[max(0, lo - 40):lo])
                if head is not None:  # "One adviser to Mr. Trump said", "Officials in Brussels said": the head
                    subject = lo + head.start("np")
                    cues.append((subject, verb.end(), _head_phrase(head),
                                 bool(TRAILING_MARK.search(text, max(s_start, subject - 3), subject))))
                doer = UNNAMED_DOER_BEFORE_VERB.search(window) if not cues and (
                    " who " in window or "ing " in window) else None
                if doer is not None:  # Round 16: "At least one GOP insider who had direct contact with Steele told"
                    subject = lo + doer.start("np")
                    cues.append((subject, verb.end(), doer.group("np"),
                                 bool(TRAILING_MARK.search(text, max(s_start, subject - 3), subject))))
                return cues  # "Videos from Turkey show": the name is no subject
            preceding = text[max(s_start, np_start - 3):np_start]
            conjoined = CONJOINED_SUBJECT.search(text, max(s_start, np_start - 40), np_start) \
                if text.endswith("and ", max(s_start, np_start - 5), np_start) else None
            if conjoined:  # ", witnesses and officials said": the cue trails the clause before the comma
                preceding = text[max(s_start, conjoined.start() - 3):conjoined.start()]
                first = conjoined.group().split()[-2]
                title = text[max(s_start, conjoined.start() - 20):conjoined.start()].split()[-1:]
                titled = bool(title) and title[0].lower() in TITLE_WORDS and conjoined.group().count(" ") == 2
                if first[:1].isupper() and (titled or self._names_person(first)):
                    # "Mr. Schumer and fellow Democrats suggested", "Mr. Obama and Mr. Putin said": the named
                    # person (a title names one) leads the subject
                    np_start = conjoined.start() - (len(title[0]) + 1 if titled else 0)
                    phrase = text[np_start:conjoined.start()] + first if titled else first
            trailing = bool(TRAILING_MARK.search(preceding)) or bool(
                TRAILING_OWNER_WORDS.search(text, max(s_start, np_start - 60), np_start))
            cues.append((np_start, verb.end(), phrase, trailing))
        return cues

    def _hill_speaker(self, more_end: int) -> tuple[int, str] | None:
        """Where the name a Hill link text ending at ``more_end`` ("… MORE") stands for starts, and the name: the words
        before the first of the surname it repeats (HILL_LINK), or None."""
        text = self.text
        link = next((m for m in HILL_LINK.finditer(text, max(0, more_end - 1000), more_end) if m.end() == more_end), None)
        if link is None:
            return None
        words = NAME_WORDS_BEFORE.search(text, max(0, link.start() - 60), link.start())
        start = words.start() if words is not None else link.start()
        return start, text[start:link.end("surname")]

    def _relative_subject_cue(self, verb: re.Match[str], s_start: int) -> list[_RawCue]:
        """The cue of a verb whose subject is "who": the name before ", who" (or before its appositive:
        "Rod J. Rosenstein, the deputy attorney general, who made clear")."""
        text = self.text
        relative = RELATIVE_SUBJECT.search(text, max(s_start, verb.start() - 40), verb.start())
        if relative is None:
            return []
        lo = max(s_start, relative.start() - _WINDOW)
        window = text[lo:relative.start() + 1] + " "
        participial = PARTICIPIAL_APPOSITIVE.search(window)
        if participial:  # "a slew of academics, armed with studies from think tanks …, who say": before its comma
            window = window[:participial.start() + 1] + " "
        np_match = APPOSITIVE_BEFORE_VERB.search(window) or _subject_before(window[:-2] + " ")
        if np_match is None or not np_match.group("np").strip():
            return []
        # Lower-case words before the name are no part of it: "including Vanity Fair magazine, which estimated".
        name = LEADING_LOWER_WORDS.match(np_match.group("np"))
        if not np_match.group("np")[name.end():][:1].isupper():
            words = np_match.group("np").split()
            if "who" in relative.group() and words[-1].islower() and words[-1].endswith("s"):
                # Unnamed people in the plural: "academics, …, who say that" (anonymous, as "academics say" is).
                return [(lo + np_match.start("np"), verb.end(), np_match.group("np"), False)]
            return []
        return [(lo + np_match.start("np") + name.end(), verb.end(), np_match.group("np")[name.end():], False)]

    def _envoy_name(self, phrase: str) -> str | None:
        """The name after the country an envoy is sent to ("the United States Michael Oren" -> "Michael Oren"), or
        None when the phrase opens with no country or body known by name or leaves no name of two words."""
        words = LEADING_DETERMINER.sub("", phrase).split()
        for size in (3, 2, 1):
            place = " ".join(words[:size])
            if len(words) - size >= 2 and (place.lower() in _COUNTRY_NAMES or self.aliases.canonical(place)):
                return " ".join(words[size:])
        return None

    def _names_person(self, phrase: str) -> bool:
        """Whether a name is a person's: an alias of a person, or the article's full name of one."""
        canonical = self.aliases.canonical(phrase)
        if canonical:
            return self.aliases.type_of(canonical) == "person"
        words = phrase.split()
        if _head_kind(words[-1].lower()) or ALL_CAPITALS.fullmatch(words[-1]):
            return False
        return len(words) > 1 or next(self._full_names(words[0].rstrip(".").lower(), 0), None) is not None

    def _names_a_source(self, phrase: str) -> bool:
        """Whether a headline's "X:" names a source ("Syrian state media:") rather than a place ("Turkey:")."""
        canonical = self.aliases.canonical(phrase)
        if canonical:
            # A known person or body ("World Bank:"); a government's name is its country's, a place ("Ukraine:").
            return self.aliases.type_of(canonical) in ("person", "organisation")
        # The head decides: "Syrian state media:", "UN chief:", "Officials:" (not "One After Another:").
        last = phrase.split()[-1].lower()
        kind = _head_kind(last)
        return kind in ("organisation", "government", "person") or (kind == "anonymous" and last.endswith("s"))

    def _clause_subject(self, pos: int) -> str:
        """The main subject of the sentence holding ``pos``: the speaker of a participle cue."""
        s_start = self._sentence_at(pos)[0]
        head = self.text[s_start:pos]
        head = head[LEADING_CONJUNCTION.match(head).end():]  # "But US ambassador Nikki Haley …, saying"
        if SUBORDINATE_OPENING.match(head):
            comma = head.find(",")
            if comma == -1:
                return ""
            head = head[comma + 1:]
        match = CLAUSE_SUBJECT.match(head) or CLAUSE_SUBJECT_APPOSITIVE.match(head)
        return match.group("np") if match else ""

    # --- resolving noun phrases -----------------------------------------------------------

    def _token_sentences(self, token: str) -> list[int]:
        """Indices of the sentences where ``token`` (lower case) occurs with a capital, in text order."""
        found = self._full_name_index.get(token)
        if found is not None:
            return found
        found = self._full_name_index[token] = []
        lower = self._lowered()
        if not lower:
            found.extend(range(len(self.spans)))
            return found
        at = lower.find(token)
        while at != -1:
            i = self._index(at)
            if self.text[at].isupper() and (not found or found[-1] != i):
                found.append(i)
            at = lower.find(token, at + 1)
        return found

    def _full_names(self, token: str, pos: int) -> Iterator[tuple[int, str]]:
        """``(offset, full name)`` of the article's names of two to four words ("Yoon Suk Yeol") that hold
        ``token`` (lower case) as a word: those at or before ``pos``, nearest first, then those after it
        in text order (a surname may come before the full name). Only the sentences where the token
        occurs are scanned for names, and only as far as the caller reads."""
        sentences = self._token_sentences(token)
        split = bisect.bisect_right(sentences, self._index(pos))
        for i in reversed(sentences[:split]):
            yield from reversed([(at, name) for at, name, keys in self._sentence_full_names(i)
                                 if token in keys and at <= pos])
        for i in sentences[max(split - 1, 0):]:
            yield from ((at, name) for at, name, keys in self._sentence_full_names(i) if token in keys and at > pos)

    def _lowered(self) -> str:
        """The text in lower case, or "" if lower-casing moves offsets ("İ" becomes two characters)."""
        if self._lower is None:
            lower = self.text.lower()
            self._lower = lower if len(lower) == len(self.text) else ""
        return self._lower

    def _sentence_full_names(self, i: int) -> list[tuple[int, str, frozenset[str]]]:
        """``(offset, full name, its words in lower case)`` of the names of two to four words in sentence
        ``i`` that may be a person's."""
        found = self._full_names_in.get(i)
        if found is not None:
            return found
        found = self._full_names_in[i] = []
        for match in self._sentence_names(i):
            if len(match.group().split()) < 2:
                continue  # one word: no full name (most capitalised words, passed over quickly)
            name = strip_titles(match.group())
            owner_at = name.find(" of ")
            if owner_at != -1 and PERSON_NAME_BEFORE_OF.fullmatch(name, 0, owner_at):
                name = name[:owner_at]  # Round 16: "Anthony Cordesman of the Center for Strategic … Studies"
            words = name.split()
            if not 2 <= len(words) <= 4 or _NOT_IN_PERSON_NAMES.intersection(words) or _head_kind(
                    words[-1].lower()) or self.aliases.type_of(self.aliases.canonical(name) or "") not in (
                    None, "person") or words[-1].lower() in _SPEECH_VERBS or any(c.isdigit() for c in name) or \
                    len({bool(ACRONYM_WORD.fullmatch(word)) for word in words}) > 1:
                # (nor does a Title Case headline's "Pence Announces" name anybody, nor "EgyptAir A320"; an acronym
                # beside other words is a body's whole name: the headline's "Erratic IHME model" is no full name of
                # "IHME"; a transcript's "JOHN MCCAIN" is all capitals and stays one)
                continue
            keys = frozenset(word.rstrip(".").lower() for word in words
                             if word[0].isupper() and len(word.rstrip(".")) > 1)
            found.append((match.start(), name, keys))
        return found

    def _expand(self, token: str, pos: int, sex: str | None = None) -> str | None:
        """The article's full name containing ``token`` (the last one before ``pos``, else the first after).

        Not one whose words after the token are a common noun the article writes in lower case too:
        "EgyptAir Flight 804" is no full name of "EgyptAir" (the article's "the flight"), as "Donald Trump"
        is of "Trump"; nor, for a title of one ``sex`` ("Ms. Harris"), one whose first name is of the other
        ("Brian Harris")."""
        key = token.lower()
        other = {"masculine": "feminine", "feminine": "masculine"}.get(sex or "")
        nearest = None
        for at, name in self._full_names(key, pos):
            words = name.lower().split()
            after = words[words.index(key) + 1:] if key in words else []
            if other and words[0].rstrip(".") in _SEX_NAMES[other]:
                continue
            if any(self._written_lower(word) for word in after):
                continue
            if "&" in words:
                continue  # round 23: "Preston & Salango" is a firm, no full name of "Salango"
            if at > pos:
                return nearest or name
            # Round 18: of two people who share the surname, the one the article has speak in full ("Police
            # Chief Calvin Williams said") is the one its later "Williams said" means, not the one it only
            # tells of ("Malissa Williams", killed in the chase), though that one was named nearer.
            if self._speaks_in_full(at, name):
                return name
            nearest = nearest or name
        return nearest

    def _speaks_in_full(self, at: int, name: str) -> bool:
        """Whether the full ``name`` found at ``at`` is a verb of saying's subject right there ("Police Chief
        Calvin Williams said", "Elijah Johnson, Kayden's father, told KMOV-TV", "…," said Calvin Williams)."""
        found = self.text.find(name, at)
        if found == -1:
            return False  # (a name whose titles were stripped inside it is not found as written)
        lo, hi = self.spans[self._index(at)]
        return bool(SPEAKER_BEFORE_VERB.match(self.text, found + len(name), hi)
                    or SPEAKER_AFTER_VERB.search(self.text, max(lo, at - 40), at))

    def _written_lower(self, word: str) -> bool:
        """Whether ``word`` (lower case) stands in the text in lower case as a whole word (a plain search: a
        pattern per word would be compiled per word)."""
        text = self.text
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'’.-")) and (
                    end == len(text) or not (text[end].isalnum() or text[end] in "_'’-")):
                return True
            at = text.find(word, at + 1)
        return False

    def _slots_before(self, at: _Slot) -> Iterator[tuple[_Slot, Any]]:
        """The cues and names before slot ``at``, nearest first, across sentences back to the start."""
        i, key = at
        while i >= 0:
            for slot_key, item in reversed(self._sentence_slots(i)):
                if slot_key < key:
                    yield (i, slot_key), item
            i -= 1
            key = (len(self.text), 2, 0)

    def _appositive_head(self, end: int) -> re.Match[str] | None:
        """APPOSITIVE_HEAD in the 80 characters after ``end``, tried only where the comma it opens with stands."""
        return APPOSITIVE_HEAD.match(self.text[end:end + 80]) if self.text.startswith(",", end) else None

    def _may_be_role(self, match: re.Match[str], heads: frozenset[str]) -> bool:
        """Whether a name's mention may have one of ``heads`` as its head or title, alias aside: a word of
        it, the noun of an appositive after it, or anything when it opens with a determiner."""
        words = NAME_WORDS.findall(match.group().lower())
        if words and (words[0] in _DETERMINERS or heads.intersection(words) or heads.intersection(
                word.rstrip(".") for word in words)):
            return True
        appositive = self._appositive_head(match.end())
        return bool(appositive and appositive.group("noun").lower() in heads)

    def _may_alias_role(self, match: re.Match[str], heads: frozenset[str]) -> bool:
        """Whether a name's mention may take one of ``heads`` as its head or title from an alias, told without
        resolving it: only when the name holds the last word of an alias form ("state" of "State Department") of a
        canonical name holding one of ``heads`` (an alias is looked up by the name or a part of it, and a form's key
        keeps the form's last word: see :func:`alias_key`), or joins a poll's sponsors ("Pew-CNN", whose poll word
        follows it). Always when such a canonical name may be a person's: a one-word name is expanded to a full
        name of the article first, which may be that person's alias.

        (The walk of :meth:`_role_antecedent` with such an alias resolved every name before it: most of those
        resolutions were of names no alias of the role could be.)
        """
        probes = self._alias_probes.get(heads, ())
        if probes == ():
            probes = self._alias_probes[heads] = self._role_alias_probes(heads)
        if probes is None:
            return True
        name = match.group()
        if "-" in name or "/" in name:
            return True
        lower = name.lower().replace("’", "'").replace("‘", "'")
        return any(probe in lower for probe in probes)

    def _role_alias_probes(self, heads: frozenset[str]) -> frozenset[str] | None:
        """The last words of the alias keys of the canonical names holding one of ``heads`` (as
        :attr:`Aliases.canonical_words` splits them), or None when one of those names may be a person's."""
        canonicals = {canonical for canonical in set(self.aliases.forms.values())
                      if heads.intersection(canonical.lower().replace("'s", "").replace("’s", "").split())}
        if any(self.aliases.type_of(canonical) in (None, "person") for canonical in canonicals):
            return None
        return frozenset(key.split()[-1] for key, canonical in self.aliases.forms.items()
                         if canonical in canonicals and key.split())

    def _cue_value(self, i: int, k: int) -> tuple[Cue | None, _Mention | None, bool]:
        """Cue ``k`` of sentence ``i`` resolved: the cue (None if it names nobody), the mention a later
        pronoun may stand for, and whether that mention is a speaker "the ministry" may stand for."""
        value = self._cue_values.get((i, k))
        if value is None:
            if self._nesting > _MAX_NESTING and not self._warming:
                self._warm(i)
            self._nesting += 1
            try:
                value = self._resolve_cue(i, k)
            finally:
                self._nesting -= 1
            self._cue_values[(i, k)] = value
        return value

    def _warm(self, upto: int) -> None:
        """Resolve the cues of the sentences before ``upto`` in text order, so that a chain of pronouns
        each looking back to the one before ("he added … he said …") never nests deeply."""
        self._warming = True
        try:
            for i in range(upto):
                for k in range(len(self._sentence_cues(i))):
                    self._cue_value(i, k)
        finally:
            self._warming = False

    def _resolve_cue(self, i: int, k: int) -> tuple[Cue | None, _Mention | None, bool]:
        """Canonical speaker and type of cue ``k`` of sentence ``i``, resolving pronouns and roles against
        the cues and names before it."""
        start, end, phrase, trailing = self._sentence_cues(i)[k]
        at = (i, (start, 1, k))
        if not phrase:
            return Cue(start, end, "unnamed source", "anonymous", trailing), None, False
        lower = _without_np_edges(phrase).lower()
        pronoun = _PRONOUN_FORMS.get(lower, lower)
        if pronoun in _PRONOUNS and _PRONOUNS[pronoun] == "author":
            return Cue(start, end, "", "", trailing), None, False  # "I said": the writer, i.e. the outlet
        if pronoun in _PRONOUNS:
            mention = self._antecedent_of(_PRONOUNS[pronoun], at, _PRONOUN_SEXES.get(lower))
        else:
            body_hint = bool(SOURCE_TRIGGER.match(self.text, start) or INSTITUTIONAL_VERB.search(self.text, start, end)
                             or WHICH_AFTER.match(self.text, start + len(phrase))
                             or REVISION_VERB_END.search(self.text, start, end))
            mention = self._mention(phrase, start, at, speakers=True, body_hint=body_hint)
        if mention is None:
            return None, None, False
        if mention.kind == "person" and not mention.titles and self._owns_figures(start + len(phrase), end) and \
                self.aliases.type_of(mention.name) != "person":
            # "Hillsborough County jail records show", "Johns Hopkins data show": a name whose data speak is a body.
            mention = _Mention(mention.pos, mention.name, "organisation", mention.head, mention.titles)
        if mention.kind == "person" and not mention.titles and self.aliases.type_of(mention.name) != "person":
            body = _appositive_body_kind(self.text, end, mention.name)
            if body:
                # "according to Der Spiegel, a German news magazine": an unknown name an appositive heads with a
                # body's noun is that body, not a person.
                mention = _Mention(mention.pos, mention.name, body, mention.head, mention.titles)
        cue = Cue(start, end, mention.name, mention.kind, trailing)
        if self._quote_at(start) is not None:
            return cue, None, False
        if mention.kind == "anonymous":
            # "they" may stand for "officials"
            return cue, (mention if mention.name != "unnamed source" else None), False
        appositive = self._appositive_head(end)
        titles = mention.titles | {appositive.group("noun").lower()} if appositive else mention.titles
        return cue, _Mention(start, mention.name, mention.kind, mention.head, titles), True

    def _owns_figures(self, after: int, end: int) -> bool:
        """Whether a cue's phrase ending at ``after`` is followed, up to the cue's ``end``, by a source noun with no
        possessive mark: the phrase names the owner of figures ("ICE data shows")."""
        between = self.text[after:end]
        return between[:1].isspace() and any(word in _SOURCE_NOUNS for word in between.split()[:-1])

    def _name_mention(self, match: re.Match[str], at: _Slot) -> _Mention | None:
        """The mention a name in running text makes (cached by offset), with an appositive's noun."""
        pos = match.start()
        if pos in self._name_cache:
            return self._name_cache[pos]
        mention = self._mention(match.group(), pos, at, strict=True)
        appositive = self._appositive_head(match.end())
        if mention and appositive:
            noun = appositive.group("noun").lower()
            mention = _Mention(pos, mention.name, mention.kind, mention.head, mention.titles | {noun})
        elif mention:
            mention = _Mention(pos, mention.name, mention.kind, mention.head, mention.titles)
        self._name_cache[pos] = mention
        return mention

    def _antecedent_of(self, kind: str, at: _Slot, sex: str | None = None) -> _Mention | None:
        """The most recent subject before slot ``at`` a pronoun of ``kind`` can stand for: he/she a person
        (not one known to be of the other ``sex``), it a body, they a body or unnamed people ("officials
        said … They added"). Subjects are cues' speakers and names that are a clause's subject, each
        resolved against what precedes it."""
        fits = _ANTECEDENT_KINDS[kind]
        for slot, item in self._slots_before(at):
            if slot[1][1]:
                mention = self._cue_value(slot[0], slot[1][2])[1]
            elif item.group().lower() not in _UNNAMED_COUNTS and _is_subject_mention(self.text, item):
                mention = self._name_mention(item, slot)  # (a count opening a sentence, "One issue", is no name)
            else:
                continue
            if mention is not None and mention.kind in fits and (
                    sex is None or mention.kind != "person" or _sex_of(mention) in (None, sex)):
                return mention
            # (the name as written: a mention of two people is the first of them since Round 19)
            conjoined = CONJOINED_NAMES.match(item.group()) if mention is not None and kind == "group" and \
                mention.kind == "person" and not slot[1][1] and not POSSESSIVE_MARK.match(
                    self.text, item.end()) else None  # (not "Mr. Obama and Capitol Hill’s leaders")
            if conjoined and len(conjoined.group("first").split()) >= 2:
                # "Donald Trump and Vladimir Putin met …. One issue they said": the first of two people named in full
                # (without a home: "Jeff Flake of Arizona")
                first = NAME_SUFFIX.sub("", conjoined.group("first")) or conjoined.group("first")
                return _Mention(mention.pos, self.aliases.canonical(first) or first, "person", mention.head,
                                mention.titles)
        return None

    def _role_antecedent(self, head: str, pos: int, at: _Slot, speakers: bool) -> _Mention | None:
        """The nearest speaker (if ``speakers``) or name before ``pos`` whose head noun or title is ``head``
        ("the ministry"); names are sought among the last ``_LOOKBACK_NAMES`` only.

        Cues and names are tried together, nearest first, so the walk stops at the first that fits
        (a speaker wins over a name at its own place) instead of resolving every cue before it.
        """
        heads = _ROLE_SYNONYMS.get(head, frozenset({head}))
        names_left = _LOOKBACK_NAMES - 1
        # Unless an alias may name the role, only a name holding the word (or an appositive naming it) can;
        # when the text before ``pos`` lacks the word, only an appositive reaching past ``pos`` ("Dylann Roof,
        # the alleged gunman …") can give it, so only the cues and names just before are tried.
        any_name = bool(heads & self.aliases.canonical_words)
        lower = self._lowered()
        nearest = -1
        # A head or title is a whole word of the text (a phrase's word, an appositive's noun, a title before a
        # surname; JOINED_HEAD's may start inside a word) and so ends before no letter or digit: "airlines" gives no
        # "airline". A full name that expanding a surname finds after ``pos`` ends in no role noun; so when every
        # word of ``heads`` is one, only such an ending occurrence before ``pos`` lets a mention before it fit.
        role_nouns = all(map(_head_kind, heads))
        if not any_name and lower and not any(_ends_word_before(lower, word, pos) if role_nouns else
                                              lower.find(word, 0, pos) != -1 for word in heads):
            nearest = pos - _APPOSITIVE_REACH
        for slot, item in self._slots_before(at):
            if slot[1][0] < nearest:
                break
            if slot[1][1]:
                if speakers:
                    _, mention, is_speaker = self._cue_value(slot[0], slot[1][2])
                    if is_speaker and mention.pos < pos and (mention.head in heads or heads & mention.titles
                                                             or self._titled_before(mention, heads, pos)):
                        return mention
            elif names_left > 0 and item.start() < pos:
                names_left -= 1
                if not self._may_be_role(item, heads) and (not any_name or not self._may_alias_role(item, heads)):
                    continue  # (neither its words nor an alias can give it the role)
                mention = self._name_mention(item, at)
                if mention and (mention.head in heads or heads & mention.titles):
                    return mention
            elif names_left <= 0 and not speakers:
                break
        return None

    def _titled_before(self, mention: _Mention, heads: frozenset[str], pos: int) -> bool:
        """Whether a person the article titled with one of ``heads`` before ``pos`` is ``mention``: "President
        Trump" early on makes a later "Mr. Trump said" the speaker "the president" stands for (each mention of
        the surname is checked by :func:`titles_name`; a plain search, as a pattern per name would be compiled
        per name)."""
        words = mention.name.lower().split()
        lower = self._lowered()
        if mention.kind != "person" or len(words) < 2 or not lower:
            return False
        surname = words[-1]
        at = lower.find(surname, 0, pos)
        while at != -1:
            end = at + len(surname)
            if at > 0 and lower[at - 1] == " " and (end == len(lower) or not lower[end].isalnum()):
                before = lower[max(0, at - _TITLE_REACH):at].split()
                if any(titles_name(before, head, words[0]) for head in heads):
                    return True
            at = lower.find(surname, at + 1, pos)
        return False

    def _mention(self, phrase: str, pos: int, at: _Slot, *, speakers: bool = False, strict: bool = False,
                 body_hint: bool = False) -> _Mention | None:
        """Canonical name, type, head noun and titles of a (non-pronoun) noun phrase at ``pos``.

        ``strict``: None for a lone unknown capitalised word ("Map of areas ..."),
        which is a speaker only when a verb of saying follows it. ``body_hint``:
        the cue is a source phrase or an institution's verb ("according to X",
        "X reported"), so a lone unknown word is an organisation.
        """
        phrase = _without_np_edges(phrase)
        lost_space = LOST_SPACE.search(phrase)
        if lost_space:  # "the Times.Sherman will spend": a full stop that lost its space ends the phrase
            phrase = phrase[:lost_space.start()]
        if not phrase:
            return None
        joint = JOINT_POLL_SPONSORS.match(phrase) if "-" in phrase or "/" in phrase else None
        if joint and not self.aliases.canonical(joint.group()):
            # Round 18: "A Pew Research Center-Washington Post poll found": the poll speaks, named by both sponsors
            first_at, second_at = self.text.find(joint.group("first"), pos), self.text.find(joint.group("second"), pos)
            poll = POLL_AFTER_SPONSORS.match(self.text, second_at + len(joint.group("second"))) \
                if -1 < first_at < second_at else None
            if poll:
                return _Mention(pos, self.text[first_at:poll.end()], "organisation", poll.group().split()[-1].lower())
        titles = frozenset(w.lower() for w in phrase.split() if w.lower() in TITLE_WORDS)
        acronym = BRACKETED_ACRONYM.search(phrase)
        hit = self._alias(phrase, pos, titles) or (self._alias(acronym.group(1), pos, titles) if acronym else None)
        if hit:
            return hit
        unbracketed = BRACKETED.sub("", phrase) if "(" in phrase else phrase
        if any(word in unbracketed for word in _QUALIFIER_WORDS):
            unbracketed = SOURCE_QUALIFIER_TAIL.sub("", unbracketed)
        generic = GENERIC_POSSESSOR.match(unbracketed)
        # "The polling firm Latino Decisions", "news agency Yonhap": a body's role noun before an unknown name
        # types it (the role itself is no part of the name).
        role_words = generic.group().split() if generic and not POSSESSIVE_MARK.search(generic.group()) else []
        role_kind = _head_kind(role_words[-1].lower()) if role_words else None
        bare = unbracketed[generic.end():] if generic else unbracketed  # (the pattern holds "^": one match at most)
        if generic and bare.isupper() and _head_kind(bare.lower()) in ("organisation", "government"):
            # Round 23: a body's noun written in capitals is no name the modifiers introduce ("state TV reported" was
            # "TV"): the whole phrase names the body
            role_words, role_kind, bare = [], None, LEADING_DETERMINER.sub("", unbracketed)
        bare = (BASED_PREFIX.sub("", bare) or bare) if "-based" in bare else bare
        bare = _without_named_owner(bare)
        medium = ACRONYM_MEDIUM.fullmatch(bare)
        if medium:  # Round 18: "state-run TRT television", "AP news agency": the acronym names the body
            bare = medium.group("name")
        last_word = bare.rsplit(None, 1)[-1:]
        channel = OWNER_CHANNEL.fullmatch(bare) if last_word and last_word[0].casefold() in _OWNER_CHANNEL_LAST_WORDS \
            and OWNER_CHANNEL_END.search(bare) else None
        if channel:  # Round 18: "the Ukrainian Defense Ministry website", "the FAA's website": the owner's
            bare = channel.group("owner")
        hit = self._alias(bare, pos, titles) if bare != phrase else None
        if hit:
            return hit
        words = bare.split()
        head = words[-1].lower().rstrip(".")
        if (head in _PARTY_LETTERS or head in _LAWMAKER_ROLES) and (member := self._party_member(phrase, pos, at)):
            return member  # "the New York Democrat said": the lawmaker tagged so before, or the last one titled so
        if head in _MEDIA_NOUNS:
            return None  # "Dramatic video shows", "Shocking photos show": the outlet's pictures
        # A two-word head names the body more exactly than its last word: a "news agency" is no
        # state agency.
        kind = (_head_kind(" ".join(words[-2:]).lower().rstrip(".")) if len(words) > 1 else None) or _head_kind(head)
        joined = JOINED_HEAD.search(bare) if kind is None or kind == "anonymous" and words[-1][:1].isupper() else None
        if joined and (kind is None or _head_kind(joined.group("head").lower()) in ("organisation", "government")):
            # "Syrian Observatory for Human Rights", "Bank of America"; Round 22: a body's head before "of" outranks
            # a plural of people capitalised as part of its name ("the U.S. House of Representatives": not
            # unnamed representatives).
            head = joined.group("head").lower()
            kind = _head_kind(head)
        if kind == "anonymous":
            return _Mention(pos, LEADING_DETERMINER.sub("", bare), "anonymous", head, titles)
        determiner = LEADING_DETERMINER.match(bare)
        article = determiner.group().strip().lower() if determiner else ""
        if kind is None and head.isalpha() and not any(_is_name_word(w) for w in words):
            # An unnamed source we have no word for: "social media sleuths", "the newspaper".
            return _Mention(pos, LEADING_DETERMINER.sub("", bare), "anonymous" if head.endswith("s") else
                            "organisation", head, titles)
        lead = LEADING_DETERMINER.match(phrase)
        counted = COUNT_BEFORE.search(self.text, max(0, pos - 12), pos) is not None or \
            phrase.split(None, 1)[0].lower() in _UNNAMED_COUNTS
        if kind == "person" and (counted or lead and lead.group().strip().lower() in ("a", "an")) and (not any(
                _is_name_word(w) for w in words if w.lower() not in TITLE_PARTS and w.lower() not in _GROUP_ADJECTIVES)
                or _head_kind(words[-1].lower().rstrip(".")) == "person"):
            # "a senior Republican strategist said", "one Democratic lawmaker told" (COUNT_BEFORE); the role ends the
            # phrase after names that are only its employer ("a Federal Reserve of St. Louis economist projected",
            # "a Goldman Sachs analyst"): no one named.
            return _Mention(pos, bare, "anonymous", head, titles)
        if kind and not any(_is_name_word(w) for w in words if w.lower() not in TITLE_PARTS):
            document = head in _DOCUMENT_NOUNS or head[:-1] in _DOCUMENT_NOUNS
            # "the capital’s …" is no anaphor, nor is "the complaint" (a document is cited by its noun).
            if article == "the" and not POSSESSIVE_MARK.search(bare) and not document:
                # "the minister", "the ministry", "the poll": the last name of that kind; for a person
                # with no such title ("the presidential hopeful"), the last person, as "he" would be.
                antecedent = self._role_antecedent(head, pos, at, speakers) or (
                    self._antecedent_of("person", at) if kind == "person" else None)
                if antecedent and not _body_modifier_fits(words, antecedent):
                    antecedent = None  # Round 15: "the health ministry" is no "Israeli Defense Ministry"
                if antecedent:
                    return _Mention(pos, antecedent.name, antecedent.kind, antecedent.head, antecedent.titles)
            if article in _POSSESSIVE_PRONOUNS and kind != "anonymous" and not POSSESSIVE_MARK.search(bare):
                # "Her office claims": the office of the last person "she" would stand for.
                owner = self._antecedent_of(_POSSESSIVE_PRONOUNS[article], at, _PRONOUN_SEXES.get(article))
                if owner:
                    # (an owner's unnamed person, "its correspondent in Yemen's capital says", is unnamed)
                    name = owner.name.split()[-1] if owner.kind == "person" else owner.name
                    return _Mention(pos, f"{name}'s {LEADING_DETERMINER.sub('', bare)}",
                                    "anonymous" if kind == "person" else kind, head, titles)
            if article in ("a", "an") and not document and kind == "person":
                return _Mention(pos, bare, "anonymous", head, titles)  # "a spokesman said"
            if article in ("a", "an") and not document and (head in _SOURCE_NOUNS or head in _SOURCE_DOCUMENT_WORDS):
                # Round 16: "A study out this week finds": the study, a body's work, named by its noun (as "the study"
                # that stands for it later is)
                return _Mention(pos, head, kind, head, titles)
            if article in ("a", "an") and not document:
                # Round 16: "a report by a nonpartisan congressional watchdog agency", "a business group said": an
                # unnamed body, still a body
                return _Mention(pos, LEADING_DETERMINER.sub("", bare), kind, head, titles)
            if article in ("a", "an"):  # "an indictment": the document, without its article
                return _Mention(pos, LEADING_DETERMINER.sub("", bare), kind, head, titles)
            return _Mention(pos, LEADING_DETERMINER.sub(lambda m: m.group().lower(), bare), kind, head, titles)
        name = strip_titles(bare)
        hit = self._alias(name, pos, titles)
        if hit:
            return hit
        # (Searched only when it is used: the case-insensitive role nouns are tried at every place of the name.)
        named_role = ROLE_THEN_NAME.search(name) if kind is None else None
        if named_role:
            # "North Korea's state media KCNA", "news agency Yonhap": the name the role introduces.
            role_kind = _head_kind(named_role.group("role").split()[-1].lower())
            if named_role.group("role")[0].isupper() and (
                    _is_publication(name) or named_role.group("role").split()[-1].lower() in _PUBLICATION_HEADS):
                # Round 19: a capitalised role word inside a publication's name is part of it ("the Arizona Daily
                # Star reported" was "Star", "the Phoenix New Times" "Times", "the Navy Times" a government)
                return _Mention(pos, name, "organisation", head, titles)
            if named_role.group("role")[0].isupper() and named_role.start() == 0 and \
                    role_kind in ("organisation", "government") and (
                    phrase.split()[0] != named_role.group("role").split()[0] or not self._opens_sentence(pos)):
                # Round 17: a capitalised role word opening a name after "the" or inside a sentence is the name's
                # first word, and types it ("The Daily Beast reported", "the Daily Mail reported"; not "News
                # agency Yonhap said" opening a sentence).
                return _Mention(pos, name, role_kind, head, titles)
            hit = self._alias(named_role.group("name"), pos, titles)
            if hit:
                return hit
            if role_kind in ("organisation", "government"):
                return _Mention(pos, named_role.group("name"), role_kind, head, titles)
        if len(name.split()) == 1:
            sex = next((sex for sex, words in _SEX_WORDS.items() if titles & words), None)
            expanded = self._expand(name.rstrip("."), pos, sex)
            if expanded:
                return self._alias(expanded, pos, titles) or _Mention(
                    pos, expanded, "organisation" if _is_publication(expanded) else "person",
                    expanded.split()[-1].lower(), titles)
        if kind is None and not titles and (name.lower() in _COUNTRY_NAMES or name.lower() in _STATE_NAMES):
            # "Mexico condemned": its government (Round 16: known by name, also as a later "it"'s antecedent: "Israel
            # enraged the US when it announced 1,600 new housing units")
            return _Mention(pos, name, "government", head, titles)
        if strict and len(name.split()) == 1 and not titles:
            return None
        if titles and kind in ("organisation", "government") and " of " not in name \
                and _head_kind(name.split()[-1].lower()) in ("organisation", "government"):
            # "Turkey's Justice Ministry": a title word inside a body's name makes no person.
            return _Mention(pos, body_name(name), kind, head, titles)
        if not titles and kind is None and role_kind in ("organisation", "government"):
            return _Mention(pos, name, role_kind, head, titles)
        if titles or kind == "person":
            return _Mention(pos, name, "person", head, titles)
        if len(name.split()) == 1 and kind is None and body_hint:
            # One unknown word that reports, finds or is a source ("according to Kantar",
            # "Crimestoppers has offered"): a body, not a surname.
            return _Mention(pos, name, "organisation", head, titles)
        if len(name.split()) == 1 and kind is None and not titles and GROUP_PLURAL.fullmatch(name) and \
                self._common_noun(name, pos):
            return _Mention(pos, name.lower(), "anonymous", head, titles)  # "Backers say": unnamed people
        conjunct = CONJOINED_NAMES.match(name)
        if conjunct and kind is None:  # "Johns Hopkins University and CNN": the first one's type
            first = self._mention(conjunct.group("first"), pos, at, speakers=speakers, body_hint=body_hint)
            if first and first.kind == "person" and self._two_people(conjunct, name, pos, at):
                # Round 19: "John Carter and Michael McCaul, R-Texas, wrote a letter", "Mark Muro and Jacob Whiton
                # wrote": two people speak together; the first stands for both, as the labels take either
                return first
            if first and first.kind != "anonymous":
                return _Mention(pos, name, first.kind, first.head, titles)
        if kind in ("organisation", "government"):
            # "Department of Labor" and "Labor Department" are one speaker.
            return _Mention(pos, body_name(name), kind, head, titles)
        if _reads_as_body(name) or CAMEL_CASE.fullmatch(name):
            return _Mention(pos, name, "organisation", head, titles)  # "NDIA", "the Boston Globe"
        if " of " in name and len(name.split(" of ")[0].split()) >= 2:
            name = NAME_SUFFIX.sub("", name) or name  # "said Glen Barry of Carmel, N.Y.": the person
        return _Mention(pos, name, "person", head, titles)

    def _two_people(self, conjunct: re.Match[str], name: str, pos: int, at: _Slot) -> bool:
        """Whether ``name`` (CONJOINED_NAMES matched at its start) joins two people's full names ("Mark Muro and Jacob
        Whiton"), not a body's name holding "and" ("Johns Hopkins University and CNN", "Centers for Disease Control
        and Prevention") nor two places ("San Francisco and Santa Clara")."""
        parts = [strip_titles(conjunct.group("first")).split(), strip_titles(name[conjunct.end() - 1:]).split()]
        if any(len(words) < 2 or "of" in words or _reads_as_body(" ".join(words)) or _head_kind(words[-1].lower())
               for words in parts):
            return False
        if not any(words[0].lower() in _SEX_NAMES["masculine"] or words[0].lower() in _SEX_NAMES["feminine"]
                   for words in parts):
            return False  # a known first name tells people from "Cannabis Regulation and Tax Act", "San Francisco …"
        other = self._mention(" ".join(parts[1]), pos, at)
        return other is not None and other.kind == "person"

    def _common_noun(self, word: str, pos: int) -> bool:
        """Whether a capitalised word opening a sentence is a common noun there: it opens the sentence and
        is nowhere else capitalised inside one (a surname would be)."""
        if not self._opens_sentence(pos):
            return False
        lower = self._lowered()
        token = word.lower()
        at = lower.find(token) if lower else -1
        while at != -1:
            if at != pos and self.text[at].isupper() and not self._opens_sentence(at):
                return False
            at = lower.find(token, at + 1)
        return True

    def _opens_sentence(self, pos: int) -> bool:
        """Whether only spaces, quotes or brackets stand between a sentence's start and ``pos``."""
        s_start = self._sentence_at(pos)[0]
        return not self.text[s_start:pos].strip(" \t\n\"“‘'(")

    def _party_member(self, phrase: str, pos: int, at: _Slot) -> _Mention | None:
        """The lawmaker "the <State> <Party>" or "the <State or Party> <role>" (STATE_PARTY_ROLE, all of ``phrase``)
        stands for: the last one named before ``pos`` with that party and state (NAME_PARTY_TAG, DESCRIBED_MEMBER,
        MEMBER_AFTER_PARTY); else the last person before slot ``at`` titled as the role is (_last_lawmaker: most
        articles name "Sen. Lindsey Graham" with no tag and leave his state and party to the reader); None when the
        phrase is no such role."""
        role = STATE_PARTY_ROLE.fullmatch(phrase.strip())
        if role is None:
            return None
        state_word, party, role_word = role.group("state"), role.group("party"), role.group("role")
        party_noun = party is not None and party.lower() not in {a.lower() for a in _NOUNS["party_adjectives"]}
        if not (state_word and (role_word or party_noun) or party and role_word):
            # Not "the governor" (its role antecedent reads it), nor "the Democratic"; nor "the Democrat said": any of
            # the article's Democrats (the last person was right 4 of 9 times)
            return None
        state = next((name for name in _STATE_TAGS if name.lower() == (state_word or "").lower()), None)
        forms = {form.lower().rstrip(".") for form in _STATE_TAGS[state]} if state else None
        letter = _PARTY_LETTERS[party.lower()] if party else None
        lo = max(0, pos - _PARTY_MEMBER_REACH)
        best: re.Match[str] | None = None
        for pattern in (NAME_PARTY_TAG, DESCRIBED_MEMBER, MEMBER_AFTER_PARTY):
            for match in pattern.finditer(self.text, lo, pos):
                if letter and match.group("party")[0].upper() != letter or \
                        forms and match.group("state").strip().lower().rstrip(".") not in forms or \
                        strip_titles(match.group("name")).isupper():
                    continue  # (capitals only: "… MORE (R-Fla.)", the Hill's link text, names no one)
                if best is None or match.start("name") > best.start("name"):
                    best = match
        if best is None:
            return self._last_lawmaker(pos, at, ROLE_TITLES.get((role_word or "").lower(), LAWMAKER_TITLE))
        name = strip_titles(best.group("name"))
        return self._alias(name, pos, frozenset()) or _Mention(pos, name, "person", name.split()[-1].lower(),
                                                                 frozenset())

    def _last_lawmaker(self, pos: int, at: _Slot, title: str) -> _Mention | None:
        """The last person before slot ``at`` (among the last ``_LAWMAKER_PEOPLE``) whom the text before ``pos`` titles
        a lawmaker (``title``, LAWMAKER_TITLE or one of ROLE_TITLES, before the surname: "Sen. Lindsey Graham"), or
        None. A name of capitals only ("ORE" cut from a scraped "MORE") is no one's."""
        tried: set[str] = set()
        for slot, item in self._slots_before(at):
            if slot[1][1]:
                mention = self._cue_value(slot[0], slot[1][2])[1]
            else:
                mention = self._name_mention(item, slot)
            if mention is None or mention.kind != "person" or mention.name in tried or mention.name.isupper():
                continue
            tried.add(mention.name)
            surname = mention.name.split()[-1]
            if re.search(title + re.escape(surname) + r"\b", self.text[max(0, pos - _PARTY_MEMBER_REACH):pos]):
                return mention
            if len(tried) >= _LAWMAKER_PEOPLE:
                return None
        return None

    def _alias(self, phrase: str, pos: int, titles: frozenset[str]) -> _Mention | None:
        canonical = self.aliases.canonical(phrase)
        if canonical is None:
            return None
        kind = self.aliases.type_of(canonical) or "person"
        # The role nouns of the phrase and of the canonical name let "the agency" find it later.
        roles = frozenset(w for w in f"{phrase} {canonical}".lower().replace("'s", "").split() if _head_kind(w))
        return _Mention(pos, canonical, kind, canonical.split()[-1].lower(), titles | roles)


def _document_cue(text: str, document: re.Match[str], verb: re.Match[str], s_start: int) -> _RawCue:
    """The cue of a DOCUMENT_OF subject: its possessive owner ("the Fed's survey of …": the Fed), its named author
    ("A CNN review of …": CNN) or the document itself ("a survey of Palestinians")."""
    subject = document.start("np")
    owner, named = document.group("owner"), document.group("named")
    speaker = POSSESSIVE_MARK.sub("", owner) if owner else named.strip() if named else document.group("np")
    return subject, verb.end(), speaker, bool(TRAILING_MARK.search(text, max(s_start, subject - 3), subject))


def _ends_word_before(lower: str, word: str, pos: int) -> bool:
    """Whether ``word`` occurs in ``lower[:pos]`` with no letter or digit right after it ("airline" in "the
    airline's", "airline." or "airline said", not in "airlines")."""
    at = lower.find(word, 0, pos)
    while at != -1:
        end = at + len(word)
        if end == len(lower) or not lower[end].isalnum():
            return True
        at = lower.find(word, at + 1, pos)
    return False


def titles_name(before: Sequence[str], title: str, first: str) -> bool:
    """Whether the lower-case words ``before`` a surname end in ``title``, alone or followed by the person's own
    ``first`` name and perhaps one more word: "president" before "trump", "russian president vladimir" before
    "putin", "president donald j." before "trump"; not "vice president dick" before Liz Cheney's "cheney"."""
    title_words = title.split()
    n = len(title_words)
    return list(before[-n:]) == title_words or (
        len(before) > n and before[-1] == first and list(before[-n - 1:-1]) == title_words) or (
        len(before) > n + 1 and before[-2] == first and list(before[-n - 2:-2]) == title_words)


def _named_source_before(window: str, verb: str) -> re.Match[str] | None:
    """The name owning the figures that end ``window`` before a verb of figures ("ICE data shows"), or None;
    the pattern runs only when the window's last word is a source noun."""
    last = window.rsplit(None, 1)[-1:]
    if verb not in _SOURCE_NOUN_VERBS or not last or last[0] not in _SOURCE_NOUNS:
        return None
    return NAMED_SOURCE_BEFORE_VERB.search(window)


def _head_before_phrase(window: str, verb: str, preceding: str = "") -> re.Match[str] | None:
    """The unnamed or role head of a subject whose prepositional phrase ends ``window`` before ``verb`` ("One
    adviser to Mr. Trump", "Critics of birthright citizenship", "Residents of the town"), or None; tried only
    for a verb of head_phrase_verbs and where a preposition stands among the window's last words. A title and
    a name in capitals are a name's ("FBI Special Agent in Charge Richard DesLauriers said"): None. ``preceding``:
    the text before the window (which a clause's comma may have cut)."""
    if verb not in _HEAD_PHRASE_VERBS:
        return None
    tail = window[-_PP_REACH:]
    last = window.rsplit(None, 1)[-1:]
    if not last or last[0].lower() in _DETERMINERS or last[0][:1].isdigit() or not any(
            word in tail for word in _SPACED_PP_WORDS):
        return None  # ("half of the estimated 12 million", "from his demands", "over 60 reports": no verbs)
    match = HEAD_BEFORE_PHRASE.search(tail)
    if match is None:
        return None
    words = match.group("np").split()
    first = match.group("object").split()[0]
    if match.group("prep") == "to" and first[:1].islower() and first.lower() not in _DETERMINERS:
        return None  # "the International Criminal Court to open an investigation": an infinitive, no phrase
    capitals = [word for word in words if word[0].isupper()]
    role_name = ROLE_AND_NAME_END.search(match.group("object"))
    if len(capitals) > 1 and words[-1] in capitals and match.group("object")[:1].isupper() or (
            role_name and role_name.group("role") in TITLE_PARTS) or match.group("object").split()[-1] in (
            "and", "or") or words[0].lower() not in _DETERMINERS and NAME_COMMA_BEFORE.search(
                preceding + tail[:match.start()]) or OBJECT_OF_BEFORE.search(preceding + tail[:match.start()]):
        return None  # (a title's name, "… president Richard Haass", "relatives of the 49 people killed and said")
    return HEAD_BEFORE_PHRASE.match(window, len(window) - len(tail) + match.start())


def _head_phrase(match: re.Match[str]) -> str:
    """The speaker's phrase of a HEAD_BEFORE_PHRASE subject. A source's noun before "from"/"by" gives the source
    ("A report from Congress found", "The most recent figures from U.S. Customs and Border Protection revealed");
    a person's role before an indefinite phrase is someone new, not the last of that role ("the manager of a New
    Hampshire fireworks store said" reads "a manager"; "the former senator from Delaware" stays)."""
    words = match.group("np").split()
    head = words[-1].lower()
    if len(words) == 1 and head in _UNNAMED_COUNTS and match.group("prep") == "of":
        return match.group("object")  # Round 16: "One of the officials said": the officials, one of whom speaks
    if match.group("prep") == "of" and words[0].lower() == "the" and len(words) == 2 and \
            _head_kind(head) == "government" and match.group("object")[:1].isupper():
        return f"{head.capitalize()} of {match.group('object')}"  # Round 16: "The city of Charlotte said": the city's government
    if match.group("prep") in ("from", "by") and (head in _SOURCE_NOUNS or head in _DOCUMENT_NOUNS or head in (
            "statement", "study")):
        return match.group("object")
    if len(words) > 1 and words[0].lower() == "the" and _head_kind(head) == "person" and \
            match.group("object").split()[0].lower() in ("a", "an"):
        return "a " + " ".join(words[1:])
    return match.group("np")



def _role_relative_before_verb(window: str) -> re.Match[str] | None:
    """The name opening "Name, role, who …," at the end of ``window`` (APPOSITIVE_ROLE_RELATIVE_BEFORE_VERB), or None
    when there is none or its role only titles a name (TITLED_NAME_ROLE: that name is a subject of its own)."""
    match = APPOSITIVE_ROLE_RELATIVE_BEFORE_VERB.search(window)
    if match is None or TITLED_NAME_ROLE.fullmatch(match.group("role")):
        return None
    return match

def _clause_start(window: str) -> int:
    """Where the clause ending ``window`` opens: after its last CLAUSE_MARKS mark, not counting marks inside a closed
    bracket (Round 21: the party tag of "Sen. Lindsey Graham (R., S.C.) said" holds a comma; 77 of 188 such tags before a
    verb in AllSides cut the subject off)."""
    clause = max(map(window.rfind, CLAUSE_MARKS)) + 1
    close = window.rfind(")")
    if close >= clause - 1:
        opening = window.rfind("(", 0, close)
        if 0 <= opening < clause:
            clause = max(map(lambda mark: window.rfind(mark, 0, opening), CLAUSE_MARKS)) + 1
    return clause


def _within_dashes(text: str, cue_start: int, start: int, end: int, cue_end: int) -> bool:
    """Whether the figure at ``start:end`` stands in an aside set off by dashes inside a cue's subject ("leading
    establishment Republicans — fresh off Mitt Romney getting his clocked cleaned by 44 percentage points … — insist"):
    the writer's aside, not the subject's phrase (DASH_ASIDE_BEFORE_VERB)."""
    before, after = text[cue_start:start], text[end:cue_end]
    return any(dash in before and dash in after for dash in (" - ", " – ", "—"))


def _role_phrase_name(window: str) -> re.Match[str] | None:
    """The name after a role phrase at the end of ``window`` ("The British ambassador to the UN, Matthew Rycroft, "):
    ROLE_PHRASE_NAME_BEFORE_VERB, when the phrase holds a role noun and the name no "and"."""
    match = ROLE_PHRASE_NAME_BEFORE_VERB.search(window)
    if match is None or " and " in match.group("np") or not ROLE_WORD.search(match.group("role")):
        return None
    return match


def _body_name_of(text: str, np_start: int, s_start: int, phrase: str) -> int | None:
    """Where a subject that follows "of" really opens, when "of" joins a body's name and the subject is a role and a
    name ("Ministry of Foreign Affairs spokesman Lu Kang"): the body's first word (BODY_NAME_OF, ROLE_THEN_NAME)."""
    if not text.endswith(("of ", "the "), max(s_start, np_start - 8), np_start) or not ROLE_THEN_NAME.search(phrase):
        return None
    body = BODY_NAME_OF.search(text, max(s_start, np_start - 80), np_start)
    return body.start() if body is not None else None


def _subject_before(window: str) -> re.Match[str] | None:
    """The longest speaker phrase that ends ``window`` (before gap words), tried at the starts of
    its last words only: a subject and its gap words are never longer."""
    if _ends_no_subject(window):
        return None
    return _subject_tried(window)


def _ends_no_subject(window: str) -> bool:
    """Whether no subject tried by :func:`_subject_before` can end ``window``, told from its last word alone.

    A subject and its gap words end in one space, after a gap word, a pronoun, a role noun, a plural in -s, a
    capitalised word, a bracket or a source's qualifier ("people familiar with the plan"). A window that ends
    in one space after a word of lower-case letters that is none of these ("and", "been", "was") ends none,
    and trying the pattern at each of its last words would fail dearly: about two of five verbs' windows.
    """
    if window[-1:] not in (" ", "\t", "\u00a0") or not window.strip():
        return False
    last = window.rsplit(None, 1)[-1]
    if not LOWER_WORD.fullmatch(last) or last in _SUBJECT_END_WORDS or last.endswith("s"):
        return False
    if window.rstrip(" \t\u00a0").endswith(_SUBJECT_END_PHRASES):
        return False
    return QUALIFIER_IN_WINDOW.search(window) is None


def _subject_tried(window: str) -> re.Match[str] | None:
    """:func:`_subject_before` without the test of its last word: SUBJECT_BEFORE_VERB tried at each start."""
    starts = [m.start() for m in WORD_START.finditer(window)][-_SUBJECT_WORDS:]
    for start in starts:
        match = SUBJECT_BEFORE_VERB.match(window, start)
        if match:
            return match
    return None


@lru_cache(maxsize=8192)
def strip_titles(phrase: str) -> str:
    """A name without the titles before it or a home-state tag after it.

    "Ukrainian President Volodymyr Zelensky" -> "Volodymyr Zelensky";
    "Representative Cedric L. Richmond of Louisiana" -> "Cedric L. Richmond";
    a phrase that is only a title ("the minister") is returned unchanged.
    """
    phrase = _without_np_edges(phrase)
    words = phrase.split()
    second = next((j for j in range(1, len(words) - 1) if words[j] == "and" and words[j + 1].lower() in TITLE_WORDS),
                  None)
    if second is not None:  # "Mr. Obama and Mr. Putin said": two people speak, the first named leads
        words = words[:second]
        phrase = " ".join(words)
    cut = -1
    for i in range(len(words)):
        for size in (3, 2, 1):
            if i + 1 - size < 0:
                continue
            chunk = " ".join(words[i + 1 - size:i + 1]).lower()
            if chunk in TITLE_WORDS:
                cut = i
                break
    rest = words[cut + 1:]
    if cut < 0 or not rest or not rest[0][0].isupper() or _head_kind(" ".join(rest).lower()) in ("organisation", "government"):
        # "Turkey's Justice Ministry": a title before a body's noun names the body, not a person.
        return LEADING_DETERMINER.sub("", phrase)
    name = " ".join(rest)
    stripped = NAME_SUFFIX.sub("", name)
    return stripped if stripped else name


def _sex_of(mention: _Mention) -> str | None:
    """A person's sex as the article tells it: a title or noun ("Mrs.", "congresswoman", an appositive's
    "mother"), else a common first name; None when unknown."""
    for sex, words in _SEX_WORDS.items():
        if mention.titles & words:
            return sex
    first = mention.name.split()[0].lower().rstrip(".") if mention.name else ""
    return next((sex for sex, names in _SEX_NAMES.items() if first in names), None)


def _is_document(speaker: str) -> bool:
    """Whether a speaker is only a document or data noun ("projections", "the figures"), which an earlier
    speaker's "that"-clause may report."""
    words = speaker.lower().split()
    return bool(words) and words[-1] in _SOURCE_NOUNS and all(w in _SOURCE_NOUNS or not w[:1].isupper()
                                                              for w in speaker.split())


def _body_modifier_fits(words: Sequence[str], antecedent: _Mention) -> bool:
    """Whether a body's anaphor ``words`` ("the health ministry") may stand for ``antecedent``. When its last two
    words are one body's noun of the vocabulary ("health ministry", "interior ministry", "coast guard"), the
    lower-case word before the head says which body: the antecedent's name must hold it ("the health ministry"
    is no "Israeli Defense Ministry", Round 15; "the interior ministry" may be "Turkey's Interior Ministry")."""
    if len(words) < 2 or antecedent.kind not in ("government", "organisation"):
        return True
    modifier = words[-2]
    if not modifier.islower() or _head_kind(" ".join(words[-2:]).lower().rstrip(".")) is None:
        return True
    return modifier in antecedent.name.lower()


#: An appositive whose last word before a clause break or a relative word is a role noun, its head: "Der Spiegel, a
#: German news magazine, reported" ("magazine", not the modifier "news"); "a company spokesman" heads with "spokesman".
APPOSITIVE_BODY = re.compile(
    rf"\A,{WS}(?:a|an|the){WS}(?:[\w'’\-]+{WS}){{0,3}}(?P<noun>{ROLE_NOUN})\b(?=\s*(?:[,.;:)]|$|(?:which|that|based|owned)\b))")


def _appositive_body_kind(text: str, end: int, name: str) -> str | None:
    """"organisation" when the appositive right after ``end`` is headed by an organisation's noun ("…, a German news
    magazine", "…, the South Korean news agency") and ``name`` opens with no known first name ("Ben Kaiser, the
    developer" is a person), else None. (Not a government's noun: "service" heads "a credit monitoring service".)"""
    first = name.split()[0].lower() if name.split() else ""
    if first in _SEX_NAMES["masculine"] or first in _SEX_NAMES["feminine"]:
        return None
    appositive = APPOSITIVE_BODY.match(text[end:end + 80])
    kind = _head_kind(appositive.group("noun").lower()) if appositive else None
    return kind if kind == "organisation" else None


def _head_kind(word: str) -> str | None:
    """Speaker type a head noun implies ("officials" -> anonymous), or None for a name."""
    singular = word[:-1] if word.endswith("s") else word
    if word in _ANONYMOUS_NOUNS:
        return "anonymous"
    if word in _ORGANISATION_NOUNS or singular in _ORGANISATION_NOUNS:
        return "organisation"
    if word in _GOVERNMENT_NOUNS or singular in _GOVERNMENT_NOUNS:
        return "government"
    if word in _PERSON_NOUNS:
        return "person"
    if singular in _PERSON_NOUNS:
        return "anonymous"  # unnamed people: "rescuers", "doctors said"
    return None


def _is_publication(name: str) -> bool:
    """Whether a name of two words or more ends in a publication's or company's head word ("Boston Globe",
    "Walgreens Boots Alliance Inc")."""
    words = name.split()
    return len(words) > 1 and words[-1].lower().rstrip(".") in _PUBLICATION_HEADS


def _reads_as_body(name: str) -> bool:
    """Whether a name's form alone marks a body: all capitals ("NPR", "AFP"), a publication's head word last
    ("Boston Globe"), or two names joined by "&" (a firm's: "Florida Power & Light", "Challenger, Gray & Christmas")."""
    return ALL_CAPITALS.fullmatch(name) is not None or _is_publication(name) or " & " in name


def _is_name_word(word: str) -> bool:
    """A capitalised word that is part of a name, not a title, determiner or head noun."""
    lower = word.lower()
    # A word that is never a name is capitalised only for opening its sentence ("Early reports placed …").
    return word[:1].isupper() and lower not in TITLE_WORDS and _head_kind(lower.rstrip(".")) is None \
        and not LEADING_DETERMINER.match(word + " ") and word not in _NOT_NAME_WORDS


def _without_named_owner(phrase: str) -> str:
    """``phrase`` without a named owner before a person's name, or ``phrase`` as it is.

    "College of William and Mary's Harriet Duleep", "MIT's Dr. Richard Lindzen": the
    person speaks, not the owner (:data:`NAMED_POSSESSOR`). Only when two words or more
    follow the owner, the last of them is no role noun ("CNN's chief medical
    correspondent" stays), and they open with a known first name or a title, or the owner
    is a body ("College", "Ministry"), or (Round 16) they are two or three capitalised words
    after an acronym or a publication ("NPR's Ofeibea Quist-Arcton").
    """
    owner = NAMED_POSSESSOR.match(phrase)
    if owner is None:
        return phrase
    owned = phrase[owner.end():].split()
    if len(owned) < 2 or _head_kind(phrase.split()[-1].lower()):
        return phrase
    if owned[0].lower().rstrip(".") in _FIRST_NAMES_AND_TITLES or any(
            _head_kind(w.lower()) in ("organisation", "government") for w in owner.group().split()):
        return phrase[owner.end():]
    owner_name = POSSESSIVE_MARK.sub("", owner.group()).strip()
    if len(owned) <= 3 and all(word[:1].isupper() for word in owned) and (
            _reads_as_body(owner_name)):
        return phrase[owner.end():]  # Round 16: "NPR's Ofeibea Quist-Arcton", "CNN's Arwa Damon": the journalist
    return phrase


def _names_opening_subject(text: str, match: re.Match[str], words: list[str]) -> bool:
    """Whether a name after a comma is the appositive naming a sentence's opening subject, before its verb ("The
    Senate’s No. 2 Republican, John Cornyn of Texas, has been working"): a person's name (a first name or a title
    first, or a home after it), not a party's ("Jim Jordan, Republican of Ohio, tried", "Reid, Nevada Democrat,")."""
    end = APPOSITIVE_NAME_END.match(text, match.end())
    if end is None or any(w.lower() in _GROUP_ADJECTIVES for w in words) or not (
            words[0].lower().rstrip(".") in _FIRST_NAMES_AND_TITLES or " of " in end.group()):
        return False
    line_start = max(text.rfind("\n", 0, match.start()), text.rfind(". ", 0, match.start())) + 1
    return OPENING_NP.fullmatch(text, line_start, match.start()) is not None


def _is_subject_mention(text: str, match: re.Match[str]) -> bool:
    """A name that is a clause's subject or carries a title: a later pronoun may stand for it. A name after
    a preposition is an object, titled or not ("…,” Trump said, speaking alongside Israeli President Reuven
    Rivlin. He said": he is Trump), unless it is a passive's agent ("allegations made by Leigh Corfman")."""
    if AGENT_BEFORE.search(text, max(0, match.start() - 20), match.start()):
        return True
    if OBJECT_BEFORE.search(text, max(0, match.start() - 16), match.start()):
        return False
    words = match.group().split()
    if len(words) >= 2 and any(w.lower() in TITLE_WORDS for w in words[:-1]):
        return True
    before = text[max(0, match.start() - 2):match.start()]
    opening = match.start() == 0 or before.endswith("\n") or before.endswith(". ")
    if opening and SUBJECT_APPOSITIVE.match(text, match.end()):
        return True  # "Geraldo Rivera, the former Jerry Rivers, …, celebrated": the subject of its sentence
    if (opening or before.endswith(", ")) and SUBJECT_FOLLOWER.match(text, match.end()):
        return True
    if before.endswith(", ") and _names_opening_subject(text, match, words):
        return True
    # "… and Huckabee withdrew from the race", "Huckabee's religion has played a role. He wrote":
    # a coordinated subject, or a sentence's opening possessor, is who "he" stands for next.
    if AGENT_BEFORE.search(text, max(0, match.start() - 20), match.start()):
        return True
    return bool(COORDINATOR_BEFORE.search(text, max(0, match.start() - 5), match.start())
                and SUBJECT_FOLLOWER.match(text, match.end())) or (opening and text.startswith(
                    ("'s ", "’s "), match.end()))
