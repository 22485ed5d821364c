"""Modality: asserted, projected or negated, with the cue words in ``hedge``."""

from __future__ import annotations

import bisect
import re
from pathlib import Path

import pandas as pd
import pytest

from checker import modality as M
from checker.columns import MissingColumnsError
from checker.modality import classify_modality
from checker.text import sentence_spans

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def claims_for(text: str, figures: list[str | tuple[str, str]]) -> pd.DataFrame:
    """Claims at the given surfaces (or ``(anchor, surface)``: the surface after the anchor)."""
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]
    rows = []
    for figure in figures:
        anchor, surface = figure if isinstance(figure, tuple) else ("", figure)
        start = text.index(surface, text.index(anchor))
        s_start, s_end = spans[bisect.bisect_right(starts, start) - 1]
        rows.append({"start": start, "end": start + len(surface), "surface": surface,
                     "sentence_start": s_start, "sentence_end": s_end, "hedge": ""})
    return pd.DataFrame(rows)


def modality(text: str, surface: str | tuple[str, str], published_year: int | None = None) -> tuple[str, str]:
    claims = claims_for(text, [surface])
    if published_year:
        claims["claim_date"] = f"{published_year}-06-01"
        claims["date_cue"] = ""
    claim = classify_modality(claims, text).iloc[0]
    return claim["modality"], claim["hedge"]


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("doc, anchor, surface, expected, cue", [
    ("001", "We have information", "3,000", "asserted", ""),
    ("001", "expected to rise", "12,000", "projected", "is expected"),
    ("001", "acquiring", "approximately 3.5 million", "asserted", ""),
    ("002", "", "As many as 100,000", "projected", "could"),
    ("002", "Vladimir Putin had brought", "11,000", "asserted", ""),
    ("002", "may grow to", "100,000", "projected", "may"),
    ("003", "According to", "11,000", "asserted", ""),
    ("004", "According to Kiev", "around 11,000", "asserted", ""),
])
def test_seed_modality(doc, anchor, surface, expected, cue):
    assert modality(seed(doc), (anchor, surface)) == (expected, cue)


# Sentences from the AllSides and BASIL corpora, plus the issue's own negation examples.
SENTENCES = [
    ("Bloomberg also confirmed Sunday that he plans to spend $12 million to run ads in at least 10 states.",
     "$12 million", "projected", "plans to"),
    ("If backers of the measure can corral at least 60 votes, the Senate will begin consideration of a series "
     "of gun safety proposals.", "60 votes", "projected", "If"),
    ("The CBO analysis says that the cliff would cut the deficit by $503 billion through next September.",
     "$503 billion", "projected", "would"),
    ("Schumer proposed biometric identification in 2010, he estimated card scanners could cost businesses as "
     "much as $800.", "$800", "projected", "could"),
    ("The pact could more than double bilateral trade volumes to between $40 billion and $45 billion within the "
     "next five years.", "$45 billion", "projected", "could"),
    ("The economy added 163,000 jobs in July, according to the Labor Department.", "163,000", "asserted", ""),
    # A cue after "and" starts another verb phrase: the figure itself is asserted.
    ("The death toll from the earthquakes that struck Turkey and Syria rose past 11,000 and is expected to "
     "continue climbing.", "11,000", "asserted", ""),
    ("Though 68 votes is a strong majority, backers fell short of the 70 votes they were hoping to secure.",
     "70 votes", "asserted", ""),
    ("However, the poll showed that 64 percent think it would be wrong to build it.", "64 percent", "asserted", ""),
    ("Russia has not deployed 10,000 troops to the border, the Kremlin said.", "10,000", "negated", "not"),
    ("The Kremlin denied that 5,000 soldiers had crossed the border.", "5,000", "negated", "denied"),
    ("“No, not $2.5 billion, no — we’re asking for $5.6” billion, Mr. Trump said.", "$2.5 billion", "negated", "not"),
    # A condition governs a negation inside it (BASIL, Fox 2017-03-22).
    ("“If Judge Gorsuch can’t achieve 60 votes in the Senate, could any judge be approved?”", "60 votes",
     "projected", "If"),
    # "with" starts an absolute phrase of its own (quake-rss, Guardian headline).
    ("Turkey and Syria earthquake updates: death toll passes 4,800 with numbers expected to rise", "4,800",
     "asserted", ""),
    ("First Thing: Turkey and Syria earthquake death toll ‘could pass 20,000’", "20,000", "projected", "could"),
    # A month is no modal, a compound no negation (AllSides).
    ("European parliamentary elections take place at the end of May, when 751 seats are at stake.", "751",
     "asserted", ""),
    ("MPs are also gambling that other votes later this week — one on a no-deal Brexit — might offer a better "
     "opportunity.", "one", "asserted", ""),
    # A negation outside the wh-clause holding the figure (quake-rss, Guardian).
    ("Gen Glen VanHerck said the military had not been able to identify what the three most recent objects were.",
     "three", "asserted", ""),
    # A figure that only describes an entity (BASIL, NYT 2015-06-14).
    ("Mrs. Clinton indicated that if she were president, she would not abandon the 12-nation Pacific trade deal.",
     "12", "asserted", ""),
    # Negation words that bound a number are the qualifier's business.
    ("No more than 300 people attended the rally.", "300", "asserted", ""),
]


@pytest.mark.parametrize("text, surface, expected, cue", SENTENCES)
def test_sentence_modality(text, surface, expected, cue):
    assert modality(text, surface) == (expected, cue)


def test_a_later_year_than_publication_projects():
    text = ("Mr. Ryan’s budget plan includes similar savings — roughly $700 billion from 2013 to 2022, according "
            "to the Congressional Budget Office.")
    assert modality(text, "$700 billion", published_year=2012)[0] == "projected"
    assert modality(text, "$700 billion", published_year=2023)[0] == "asserted"


def test_hedge_keeps_earlier_cues():
    text = "As many as 100,000 North Korean troops could be deployed to Russia."
    claims = claims_for(text, ["As many as 100,000"])
    claims["hedge"] = "as many as"
    assert classify_modality(claims, text).iloc[0]["hedge"] == "as many as;could"


def test_input_not_mutated_and_columns_checked():
    text = "Up to 100,000 troops could be deployed."
    claims = claims_for(text, ["100,000"])
    before = claims.copy()
    classify_modality(claims, text)
    pd.testing.assert_frame_equal(claims, before)
    with pytest.raises(MissingColumnsError, match="classify_modality"):
        classify_modality(pd.DataFrame({"start": [0]}), text)


@pytest.mark.parametrize("pattern, text, expected", [
    ("PROJECTED_CUE", "that number is expected to rise", "is expected"),
    ("PROJECTED_CUE", "we’ll reach 1,000 days", "’ll"),
    ("PROJECTED_CUE", "the targets inside Russia", None),
    ("NEGATED_CUE", "North Korean troops have not yet engaged", "not"),
    ("NEGATED_CUE", "we can't say", "n't"),
    ("NEGATED_CUE", "they won’t", "n’t"),
    ("FALSE_CUE", "no more than 300", "no more than"),
    ("FALSE_CUE", "higher than expected", "than expected"),
    ("CLAUSE_BREAK", "shells—around 3.5 million", "—"),
    ("CLAUSE_BREAK", "rehomed  More than 17,000", "  "),
    ("CLAUSE_BREAK", "savings -- roughly", "--"),
    ("COORDINATION", " and is expected", "and"),
    ("COORDINATION", " and $45 billion", None),
    ("COORDINATION", " think it would", "it"),
    ("YEAR_REFERENCE", "from 2013 to 2022", "from 2013"),
    ("CONDITIONAL", "if", "if"),
    ("WH_CLAUSE", " to identify what the ", "what"),
    ("ATTRIBUTIVE_FIGURE", "-nation Pacific", "-n"),
])
def test_modality_regexes(pattern, text, expected):
    match = getattr(M, pattern).search(text)
    assert (match.group() if match else None) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # A definite noun phrase names what exists: a modal after it is about what that thing may do.
    ("Florida is up for grabs in recent polling, and its 29 electoral votes could swing the election.",
     "29", "asserted"),
    ("Getting a vaccine to most of the state’s 20.6 million people may be a mammoth, weekslong undertaking.",
     "20.6 million", "asserted"),
    ("Talks resume on Saturday, when the party's 10 votes could be critical.", "10", "asserted"),
    # ... an indefinite one is what the modal projects, and "this month" is no determiner of the figure.
    ("Under the plan, 100,000 troops could be deployed.", "100,000", "projected"),
    ("At the end of this month 1.3 million people will lose their benefits.", "1.3 million", "projected"),
    # "not … until": the event happened at that time; nothing is denied.
    ("Details of the personal email were not relayed to government officials until 2014.", "2014", "asserted"),
    ("The international community did not become aware of the extent of the disease until April 2003.",
     "2003", "asserted"),
    ("The government did not release 2,000 prisoners.", "2,000", "negated"),
])
def test_definite_figures_and_not_until(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("pattern, text, found", [
    ("DEFINITE_BEFORE", "Equifax's ", True),
    ("DEFINITE_BEFORE", "the current toll of of ", True),
    ("DEFINITE_BEFORE", "Istanbul's mayor warns ", False),
    ("DEFINITE_BEFORE", "at the end of this month ", False),
    ("DEFINITE_BEFORE", "Under the plan, ", False),
    ("DEFINITE_BEFORE", "All ", True),
    ("NOT_UNTIL", " release a genetic map of the virus until more than a week after ", True),
])
def test_round2_modality_regexes(pattern, text, found):
    assert bool(getattr(M, pattern).search(text)) is found


@pytest.mark.parametrize("text, surface, expected", [
    # "have no X" after a figure negates the object, not the figure.
    ("Of those who backed the operation, 31 percent supported the decision to stop and 20 percent had no opinion.",
     "20 percent", "asserted"),
    ("On the day NPR visited Florence, nearly two-thirds of the 400 detainees had no known criminal record.",
     "two-thirds", "asserted"),
    ("Israel said 300 soldiers were not deployed.", "300", "negated"),
    # A plan that "envisages" a figure projects it.
    ("The contingency plan envisages a build-up of more than 1,000 aircraft in the region.", "1,000", "projected"),
])
def test_have_no_and_envisages(text, surface, expected):
    assert modality(text, surface)[0] == expected


def test_have_before_no_regex():
    assert M.HAVE_BEFORE_NO.search("20 percent had ")
    assert not M.HAVE_BEFORE_NO.search("20 percent were ")


# Round 3: forecasts, directives and revisions read as asserted made false contradictions in jobs
# stories. Sentences from AllSides articles other than the ones that prompted each rule.
@pytest.mark.parametrize("text, surface, expected, cue", [
    # "expectations" and a bare "expected"/"expecting" report a forecast, not a count.
    ("Employers added a better-than-expected 250,000 jobs in October, soaring past expectations for an "
     "increase of 190,000 jobs.", "190,000", "projected", "expectations"),
    ("Employers added a better-than-expected 250,000 jobs in October, soaring past expectations for an "
     "increase of 190,000 jobs.", "250,000", "asserted", ""),  # "better-than-expected" is a compound
    ("Employers added 224,000 jobs in June, beating Wall Street’s expectations of 160,000.", "160,000",
     "projected", "expectations"),
    ("Employers added 224,000 jobs in June, beating Wall Street’s expectations of 160,000.", "224,000",
     "asserted", ""),
    ("Economists polled by CNNMoney were expecting 120,000 jobs to be added in the month.", "120,000",
     "projected", "expecting"),
    ("Before today's numbers were released, economists expected an increase in payrolls of around 210,000 jobs.",
     "210,000", "projected", "expected"),
    # A pledge or a directive: the act is yet to happen.
    ("In the end they merely agreed to voluntary pledges to take in 32,000.", "32,000", "projected",
     "pledges to;agreed to"),  # both cues, nearest first (round 7 added "agreed to")
    ("CBP has been directed to hire an additional 5,000 border patrol agents.", "5,000", "projected",
     "directed to hire"),
    ("President Obama has authorized the Pentagon to send up to 450 additional troops to Iraq.", "450",
     "projected", "authorized the Pentagon to send"),
    # A directive whose verb has another object leaves a later figure alone.
    ("He asked for permission to get a roommate to help pay the monthly $1,595 rent.", "$1,595", "asserted", ""),
    # A revision replaces the old figure (no longer claimed) with the new one (asserted).
    ("The number of jobs added for March was revised upward from 88,000 to 138,000.", "88,000", "negated",
     "revised from"),
    ("The number of jobs added for March was revised upward from 88,000 to 138,000.", "138,000", "asserted", ""),
    ("August’s payroll additions were upwardly revised to 168,000, from the 130,000 previously reported.",
     "130,000", "negated", "revised from"),
    ("August’s payroll additions were upwardly revised to 168,000, from the 130,000 previously reported.",
     "168,000", "asserted", ""),
    ("Revisions showed that only 77,000 jobs were created in April, far below the 115,000 previously reported.",
     "115,000", "negated", "previously reported"),
    ("August payrolls actually rose by 142,000, better than the initially reported 96,000.", "96,000", "negated",
     "initially reported"),
    # After a figure, "expected" is its subject's verb, not a forecast of it.
    ("Private and public employers added 171,000 jobs to their payrolls, nearly 50,000 more than "
     "economists had expected.", "50,000", "asserted", ""),
    # Only the old figure of "lowered to X from an initially estimated Y" is replaced.
    ("Job gains were lowered to 119,000 from an initially estimated 157,000.", "119,000", "asserted", ""),
    ("Job gains were lowered to 119,000 from an initially estimated 157,000.", "157,000", "negated",
     "initially estimated"),
    # "from" far after a revision starts a period, not an old figure.
    ("The revisions also show employers added 146,000 jobs per month from July through September, up from "
     "67,000 in the previous three months.", "67,000", "asserted", ""),
    # "up from" without a revision is an earlier period's figure, still asserted.
    ("Supporters reached 237,688 in the second quarter, up from about 110,000 at the end of the first quarter.",
     "110,000", "asserted", ""),
])
def test_forecasts_directives_and_revisions(text, surface, expected, cue):
    assert modality(text, surface) == (expected, cue)


@pytest.mark.parametrize("pattern, text, found", [
    ("DIRECTIVE", "ordered the Pentagon to deploy", True),
    ("DIRECTIVE", "has been directed to hire", True),
    ("DIRECTIVE", "called on Congress to pass", True),
    ("DIRECTIVE", "ordered a review of the", False),  # no infinitive: nothing directed
    ("DIRECTIVE", "asked to be released from", False),  # no act on the figure
    ("SUPERSEDED_BEFORE", "was revised down to 138,000 from ", True),
    ("SUPERSEDED_BEFORE", "revised up from the previous estimate of ", True),
    ("SUPERSEDED_BEFORE", "instead of the ", False),  # round 16: INSTEAD_OF_BEFORE reads it with its context
    ("SUPERSEDED_BEFORE", "up from ", False),
    ("SUPERSEDED_AFTER", " first reported", True),
    ("SUPERSEDED_AFTER", " jobs previously estimated", True),
    ("SUPERSEDED_AFTER", " jobs in May", False),
])
def test_round3_modality_regexes(pattern, text, found):
    regex = getattr(M, pattern)
    hit = regex.search(text) if pattern != "SUPERSEDED_AFTER" else regex.match(text)
    assert bool(hit) is found


@pytest.mark.parametrize("text, surface, expected, cue", [
    # A negated modal forecasts or supposes; it denies no fact (AllSides).
    ("Hillary Clinton’s headquarters, after making sure she wouldn’t have to spend Election Night in a 5 by 7 "
     "jail cell.", "5 by 7", "projected", "wouldn’t"),
    ("For various purposes I wouldn’t want to escalate to Cyber Defcon 2 or 1.", "2", "projected", "wouldn’t"),
    # A plain negation still denies (seed 001's "have not deployed" is tested above).
])
def test_negated_modals_project(text, surface, expected, cue):
    assert modality(text, surface) == (expected, cue)


@pytest.mark.parametrize("text, found", [
    ("she wouldn’t have to", True),
    ("troops won't be sent", True),
    ("the toll will not exceed", True),
    ("has not deployed", False),
])
def test_negated_modal_regex(text, found):
    assert bool(M.NEGATED_MODAL.search(text)) is found


@pytest.mark.parametrize("sentence", [
    "On Tuesday the plan put sales at 5 million cars by 2030.",
    "The plan put sales at 5 million cars by 2030.",
])
def test_a_future_year_projects_the_figure_whatever_dates_the_sentence(sentence):
    import checker

    (claim,) = checker.extract(sentence, published="2024-11-20").itertuples()
    assert claim.modality == "projected"


# --- speed: the cue prefilter (round 4) ---------------------------------------------------------

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


@pytest.mark.parametrize("text, found", [
    # AllSides and quake-rss sentences, as written, capitalised or in capitals.
    ("The toll Could pass 20,000, officials said.", "Could"),
    ("TURKEY QUAKE TOLL COULD PASS 20,000", "COULD"),
    ("the toll could pass 20,000, officials said.", "could"),
    ("they don't expect more than 300 troops.", "n't"),
    ("analysts had anticipated 150,000 jobs.", "anticipated"),
    ("payrolls were revised to 138,000 from 196,000.", "revis"),
    ("savings of $700 billion from 2013 to 2022.", "2013"),
    ("more than 41,000 people died in the quake.", None),
    ("the agency counted 3,400 aftershocks.", None),
])
def test_cue_prefilter(text, found):
    matches = [m for m in (p.search(text) for p in M.CUE_PREFILTERS) if m]
    assert (min(matches, key=lambda m: m.start()).group() if matches else None) == found


@pytest.mark.skipif(not (SHARED / "quake-rss" / "entries.jsonl").exists(), reason="needs ../shared/data")
def test_prefilter_changes_no_result_on_the_quake_corpus():
    import json

    from checker.extract import quantity_values

    with open(SHARED / "quake-rss" / "entries.jsonl", encoding="utf-8") as handle:
        texts = [row["title"] + "\n" + row["description"] for row in map(json.loads, handle)][:200]
    for text in texts:
        columns = quantity_values(text)
        values = M.modality_values(columns, text, "2023-02-10")
        for i, (start, end, s_start, s_end) in enumerate(zip(columns["start"], columns["end"],
                                                               columns["sentence_start"], columns["sentence_end"])):
            modality, cues = M.modality_of(text, start, end, s_start, s_end, 2023)
            assert (values["modality"][i], values["hedge"][i]) == (modality, M._join(columns["hedge"][i], cues)), text


# --- round 4: attributive "likely", threats, "imminent" ---------------------------------------------
# AllSides and BASIL sentences.

@pytest.mark.parametrize("text, surface, expected, cue", [
    ("Richard Quinn said that in a recent poll he conducted, only 21 percent of likely Republican primary voters "
     "said that the issue mattered most.", "21 percent", "asserted", ""),
    ("However, Perry netted just six percent support among likely Republican caucus-goers, according to a Des "
     "Moines Register poll released Saturday.", "six percent", "asserted", ""),
    ("Trump is threatening 5% tariffs on Mexican imports starting June 3.", "5%", "projected", "threatening"),
    ("The entire American economy has ground to a halt and there is a global pandemic threatening millions of "
     "lives.", "millions", "projected", "threatening"),
    # a threat verb far from the figure is another clause's
    ("North Korea threatened Sunday to sink a U.S. aircraft carrier to demonstrate its military prowess as two "
     "Japanese Navy ships joined a U.S. strike group.", "two", "asserted", ""),
    # "imminent" projects what follows it, not a figure before it
    ("European Union officials accepted a last-minute deal offered by the island's lawmakers to secure a $13 "
     "billion bailout to avert imminent financial meltdown.", "$13 billion", "asserted", ""),
])
def test_likely_voters_threats_imminent(text, surface, expected, cue):
    assert modality(text, surface) == (expected, cue)


@pytest.mark.parametrize("pattern, text, found", [
    ("OBJECT_CUE", "a pandemic threatening millions", "threatening"),
    ("OBJECT_CUE", "the threat of war", None),
    ("OBJECT_CUE", "Mr. Trump also called for hiring 5,000", "called for"),
    ("REPORTING_BETWEEN", " with one alleging a military team was ", "alleging"),
    ("FALSE_CUE", "6 percent of likely voters", "of likely"),
    ("PROJECTED_BEFORE_CUE", "imminent action to grant", "imminent"),
])
def test_round4_modality_regexes(pattern, text, found):
    match = getattr(M, pattern).search(text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize("text, surface, expected, cue", [
    # A cue after a verb of saying is the reported clause's (AllSides and BASIL poll sentences).
    ("Forty-four percent said the U.S. should get out of the conflict entirely.", "Forty-four percent",
     "asserted", ""),
    ("Two lower courts said the case could move toward trial.", "Two", "asserted", ""),
    ("Just 26 percent said such an attack is not likely, the survey shows.", "26 percent", "asserted", ""),
    # Requests and attempts project the figure they take as object.
    ("Bob Corker of Tennessee and John Hoeven of North Dakota called for adding 20,000 Border Patrol agents to "
     "the Southwest.", "20,000", "projected", "called for"),
    ("UN calls for $397M in humanitarian aid for Syrian earthquake survivors", "$397M", "projected", "calls for"),
    # ... not a figure farther on, nor a noun "fears"
    ("Presumptive Republican presidential nominee Donald Trump issued a bombastic call for President Barack Obama "
     "to resign on Sunday over the shooting, which killed 50 people.", "50", "asserted", ""),
    ("Missing Libyan jetliners raise fears of terror attacks on 9/11", "9/11", "asserted", ""),
])
def test_reported_clauses_requests_and_fears(text, surface, expected, cue):
    assert modality(text, surface) == (expected, cue)


# --- round 5: "the target of" a victim, participles after a noun, mandative "that … be" ------------------
# AllSides sentences other than those of the labelled sample the rules were written from.

@pytest.mark.parametrize("text, surface, expected, cue", [
    ("The legislation has been the target of more than 300 amendments during days of debate and votes by the "
     "Senate Judiciary Committee.", "300", "asserted", ""),
    ("England has been the target of four Islamic terrorist attacks already this year, with deadly vehicle "
     "attacks near Parliament.", "four", "asserted", ""),
    ("Chris Christie are two of the only top-tier GOP 2016 hopefuls not speaking at the NRA function.",
     "two", "asserted", ""),
    # (the partial quotation is no clause break: the condition after it is the clause's too)
    ("The agreement requires that migrants under 18 be released “without unnecessary delay” if they have a "
     "family member to stay with.", "18", "projected", "requires that;if"),
    # near misses: a goal's "target of"; a negation with its auxiliary; "that … to be" is no subjunctive
    ("The central bank kept its target of 2 percent inflation.", "2 percent", "projected", "target of"),
    ("At least 40 of the lawmakers were not attending the session.", "40", "negated", "not"),
])
def test_targets_participles_mandatives(text, surface, expected, cue):
    assert modality(text, surface) == (expected, cue)


@pytest.mark.parametrize("pattern, text, found", [
    ("FALSE_CUE", "iran has been the target of two", "been the target of"),
    ("FALSE_CUE", "a target of 2 percent", None),
    ("PARTICIPLE_AFTER_NOT", " wearing face masks", " wearing"),
    ("PARTICIPLE_AFTER_NOT", " be released", None),
    ("AUXILIARY_BEFORE", "lawmakers were ", "were "),
    ("AUXILIARY_BEFORE", "protesters ", None),
    ("MANDATIVE_THAT", "has ordered that children", "ordered that"),
    ("MANDATIVE_THAT", "ordered the troops", None),
    ("SUBJUNCTIVE_BE", "age 5 be reunited", "5 be"),
    ("SUBJUNCTIVE_BE", "the 5 to be", "to be"),
])
def test_round5_modality_regexes(pattern, text, found):
    match = getattr(M, pattern).search(text)
    assert (match.group() if match else None) == found


def test_mandative_needs_a_bare_be():
    text = "The judge asked that the 3 reports to be filed were complete."
    assert modality(text, "3") == ("asserted", "")


# A wish projects the figure it takes as object (AllSides sentences other than the sample's), not a figure
# farther on.
@pytest.mark.parametrize("text, surface, expected, cue", [
    ("They want to train 5,000 Free Syrian Army people in Saudi Arabia.", "5,000", "projected", "want to"),
    ("Reports that President Donald Trump wants to send 5,000 more troops to the Southern border, at first, come "
     "as a surprise.", "5,000", "projected", "wants to"),
    ("Addressing the government, he said: \"We hear that you want to continue the nuclear deal with the three "
     "European countries.", "three", "asserted", ""),
    ("Grassley said everyone wants to prevent more killings like the deaths of 20 first-graders and six staffers "
     "at Sandy Hook Elementary School in Newtown, Conn.", "20", "asserted", ""),
])
def test_wishes_project_their_object(text, surface, expected, cue):
    assert modality(text, surface) == (expected, cue)


# Round 7. A modal's clause ends at a later finite verb with a subject of its own: the figure after it is
# asserted (AllSides sentences not used to write the rule). Near misses: the modal's own verb ("will only
# have", "could have had") and a clause of time or condition it governs ("until unemployment has fallen").
@pytest.mark.parametrize("text, surface, expected", [
    ("Latino voters, who some say could swing the election because they are heavily represented in four "
     "battleground states", "four", "asserted"),
    ("Even more families would struggle to get by in the absence of support programs that have been enacted and "
     "expanded during the past three decades.", "three decades", "asserted"),
    ("This is a fight for the future of the country, and something that will determine the course of the "
     "Egyptian revolution that has been going on for two years now.", "two years", "asserted"),
    # near misses
    ("Now the Navy will only have two forward-deployed carriers.", "two", "projected"),
    ("“We could have had three genuine weeks on this bill,” Iowa Sen. Chuck Grassley said.", "three", "projected"),
    ("The Fed has said it will keep the benchmark rate that it controls near zero until unemployment has fallen "
     "to 6.5 percent, as long as inflation remains in check.", "6.5 percent", "projected"),
    ("Not only will they have to wait 10 years, they will have to wait until all three of those things are fully "
     "implemented.", "10 years", "projected"),
])
def test_a_finite_verb_closes_the_modal_clause(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    ("until unemployment has", "until"), ("only after the Border Patrol", "after"), ("because they are", None),
])
def test_governed_clause_regex(text, found):
    match = M.GOVERNED_CLAUSE.search(text)
    assert (match.group() if match else None) == found


# Round 7. An offer or an agreement to act projects the figure after it (AllSides sentences); a figure before
# it is asserted.
@pytest.mark.parametrize("text, surface, expected", [
    ("It has agreed to create 20,000 permanent jobs within six years and also build 5,000 houses.", "20,000",
     "projected"),
    ("The statement was released shortly after the Israeli Cabinet agreed to release 104 long-term Palestinian "
     "prisoners convicted of deadly attacks.", "104", "projected"),
    ("Undercover investigators found that 77 out of 125 sellers agreed to go forward with a firearm sale.",
     "77 out of 125", "asserted"),
])
def test_offers_and_agreements_project(text, surface, expected):
    assert modality(text, surface)[0] == expected


# Round 7. A comparative "feared" is an adjective, no fear of a figure (AllSides sentence).
def test_less_feared_is_no_projection():
    text = ("By the time he became minister, McGuinness had effectively switched places with Adams, becoming the "
            "more trusted and less feared of the two.")
    assert modality(text, "two")[0] == "asserted"


# Round 7. "slated to", "scheduled to", "plans on" project what follows (AllSides sentences not used to write
# the rule); "discussing the plan on the five major network talk shows" is no plan to act.
@pytest.mark.parametrize("text, surface, expected", [
    ("Hagel would also be tasked with overseeing the military drawdown in Afghanistan, where the U.S.-led war is "
     "scheduled to end in two years.", "two years", "projected"),
    ("Over twenty witnesses were slated to testify.", "twenty", "projected"),
    ("On Sunday, by discussing the plan on the five major network talk shows, he was clearly signaling that the "
     "plan was ready for scrutiny.", "five", "asserted"),
])
def test_slated_and_scheduled_project(text, surface, expected):
    assert modality(text, surface)[0] == expected


# Round 8. "not the only one" says there are others: the figure stands (written from dates_r8 k30; AllSides
# sentences); a plain negation still negates.
@pytest.mark.parametrize("text, surface, expected", [
    ("Biden is not the only one making impassioned pleas.", "one", "asserted"),
    ("This class-action suit is not the only one filed against China over the coronavirus, but it is the main "
     "serious complaint.", "one", "asserted"),
    ("Select Committee on the Climate Crisis, but Ocasio-Cortez was not one of those members.", "one", "negated"),
])
def test_not_the_only_one_is_no_negation(text, surface, expected):
    assert modality(text, surface)[0] == expected


# Round 8. "the fact that 85 percent … will" is no definite noun phrase before the figure: "that" opens a clause,
# so the modal after the figure is the figure's (written from dates_r8b m04; AllSides sentence).
@pytest.mark.parametrize("text, surface, expected", [
    ("WASHINGTON (AP) — The prospect that thousands of drones could be patrolling U.S. skies by the end of this "
     "decade is raising the specter of a Big Brother government.", "thousands", "projected"),
])
def test_that_clause_is_no_definite_phrase(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    ("by emphasizing the fact that ", False), ("Equifax's ", True), ("the current toll of ", True),
    # a conjunction starts a new phrase: "talk about erecting a wall at the border and deporting millions could"
    ("at the border and deporting ", False), ("the remaining ", True),
])
def test_definite_before_regex(text, found):
    assert (M.DEFINITE_BEFORE.search(text) is not None) == found


@pytest.mark.parametrize("existing, cues, joined", [
    ("", [], ""),                      # most figures: no qualifier cue, no modality cue
    ("about", [], "about"),            # a qualifier's cue stays as it is
    (" ", [], ""),
    ("more than;about", [], "more than;about"),
    ("about;", [], "about"),           # an empty part is dropped
    ("about", ["could"], "about;could"),
    ("nearly;could", ["could"], "nearly;could"),  # no duplicates
    (None, [], ""),
    (float("nan"), ["expected to"], "expected to"),  # a frame's blank hedge
])
def test_join_appends_new_cues_once(existing, cues, joined):
    assert M._join(existing, cues) == joined


# Round 10. Each rule is tested on sentences from AllSides articles, quake-rss items and NewsQuant it was not
# written from (the rules came from fixtures/labelled/dates_r10*.tsv and AllSides rule findings).
@pytest.mark.parametrize("text, surface, expected, cue", [
    # a demand that someone act on the figure: "called for" as a directive
    ("At the summit, Mr. Trump called for NATO members to spend 2 percent immediately and gradually increase "
     "commitments to 4 percent of GDP.", "2 percent", "projected", "called for NATO members to spend"),
    # getting ready to act
    ("Australian Prime Minister Tony Abbott said his nation is preparing to contribute 600 troops and up to 10 "
     "military aircraft to the campaign against the Islamic State.", "600", "projected", "preparing to"),
    # a forecast's "that" governs its clause over a comma and the clause's own verb
    ("One tax policy expert, Steven Rosenthal, projects that the cut in the capital-gains tax, which taxes "
     "investment income such as stocks, bonds, and real estate, could come as soon as spring 2017.", "2017",
     "projected", "could;projects that"),
    ("Mr. Obama predicted that up to 5 million illegal immigrants could be eligible for his amnesties, but the CBO "
     "numbers predict only 2.25 million will have signed up and been approved by 2017.", "2.25 million",
     "projected", "will;predict"),  # after "but" the forecast's clause is over; the figure's own "will" decides
    # "will argue … that": the modal is the saying's, the figure in the reported clause stands
    ("Champions of the bill will argue it’s high time that lawmakers do something to address the 11 million "
     "undocumented immigrants living inside the United States.", "11 million", "asserted", ""),
    # ... but "would say that" may forecast a report
    ("Before the report's release, economists thought BLS would say that 140,000 to 150,000 jobs were added to "
     "payrolls last month and that the jobless rate remained unchanged.", "140,000", "projected", "would"),
    # a modal's verb phrase runs on over a comma into a segment that continues it
    ("The proposal would raise the minimum wage for all workers in stages, ultimately reaching $10.10 an hour, "
     "while also indexing the wage floor to inflation going forward.", "$10.10", "projected", "would"),
    ("Your state pension will increase by around 1 percent for every 9 weeks you defer, totalling 5.8 percent for "
     "every full year .", "5.8 percent", "projected", "will"),
    # ... not into an attribution, a comparison, a part of the noun before, or a clause with a verb of its own
    ("The S&P/TSX Composite Index will end 2019 at 16,644, 16 per cent above its 2018 closing level, according to "
     "the average of eight estimates compiled by Bloomberg.", "eight", "asserted", ""),
    ("But 59% now say that the U.S government could have prevented the attack in Benghazi, up 11 points from last "
     "November.", "11 points", "asserted", ""),
    ("However, 35% say they would move to the United States if they could, including 20% who say they would "
     "emigrate without authorization.", "20%", "asserted", ""),
    ("Luke Coffey, a fellow at the conservative think tank Heritage Foundation, says the Syrian crisis will be more "
     "at issue in Jordan because that country is dealing more with the fallout, including more than 450,000 "
     "Syrians refugees crowding camps and overwhelming aid organizations.", "450,000", "asserted", ""),
    # a capitalised modal in a Title Case headline
    ("Turkey Earthquake Could Result in Loss of up to 1 Percent of Country’s GDP in 2023", "1 Percent",
     "projected", "Could"),
    ("Three Australians Feared Dead in Earthquake", "Three", "projected", "Feared"),
])
def test_round10_modality(text, surface, expected, cue):
    got, hedge = modality(text, surface)
    assert got == expected
    assert [c for c in hedge.split(";") if c not in ("", "up to", "about")] == (cue.split(";") if cue else [])


@pytest.mark.parametrize("text, start, matches", [
    (", ultimately up to 200,000", 1, True),
    (", by 25%", 1, True),
    (", requiring 67 senators", 1, True),
    (", according to eight estimates", 1, False),
    (", including 20%", 1, False),
    (", down 5 percent", 1, False),
])
def test_continuation_opener_regex(text, start, matches):
    assert (M.CONTINUATION_OPENER.match(text, start) is not None) == matches


@pytest.mark.parametrize("text, matches", [
    ("from the current cap of 70,000", True),      # the start of a change: its own figure stands
    ("from the current cap of 70,000 to ", False),  # the change's end (a thousands comma is no break)
])
def test_start_point_regex(text, matches):
    assert (M.START_POINT.match(text) is not None) == matches


@pytest.mark.parametrize("text, matches", [
    ("tell the senate panel that", True), ("argue it’s high time that", True), ("tell us", False),
])
def test_reported_that_regex(text, matches):
    assert (M.REPORTED_THAT.match(text) is not None) == matches


@pytest.mark.parametrize("text, title", [
    ("Fauci Says U.S. Coronavirus Deaths May Be 'More Like 60,000'", True),
    ("Three Australians Feared Dead in Earthquake", True),
    ("The death toll may reach 60,000 by the end of May, officials said.", False),
])
def test_title_case(text, title):
    assert M._title_case(text, 0, len(text)) == title


@pytest.mark.parametrize("text, found", [
    ("it is dealing more with the fallout", True), ("they", True), ("long-term care and other industries", False),
    ("one hundred", False), ("was killed", True),
])
def test_own_clause_regex(text, found):
    assert (M.OWN_CLAUSE.search(text) is not None) == found


@pytest.mark.parametrize("text, surface, expected", [
    # a relative clause told in the past is its own: no cue before it governs its figure (quake-rss items)
    ("President Biden in his State of the Union address Tuesday did not mention the earthquake in Turkey and Syria "
     "that killed more than 11,000 people and injured thousands more.", "11,000", "asserted"),
    ("President Recep Tayyip Erdogan has announced that Turkey will begin constructing almost 200,000 homes as "
     "early as March in areas devastated by twin earthquakes that hit the southeast of the country two weeks ago.",
     "two weeks", "asserted"),
    ("President Recep Tayyip Erdogan has announced that Turkey will begin constructing almost 200,000 homes as "
     "early as March in areas devastated by twin earthquakes that hit the southeast of the country two weeks ago.",
     "200,000", "projected"),
])
def test_relative_clause_in_the_past(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    ("that killed more than", True), ("that hit the southeast", True), ("that would have increased", False),
])
def test_relative_past_regex(text, found):
    assert (M.RELATIVE_PAST.search(text) is not None) == found


# A figure that is the subject of a verb of opinion is the share of a poll holding a view: a projection cue
# before it is an earlier clause's (written from dates_r10 p34; AllSides sentences).
@pytest.mark.parametrize("text, surface, expected", [
    ("Likewise, 79% of NRA members support requiring background checks on gun retail employees, 74% would "
     "support background checks on all potential gun buyers and 64% support requiring gun owners to report lost "
     "or stolen firearms.", "64%", "asserted"),
    ("About four-in-ten Americans (42%) say spending on policing in their area should stay about the same, while "
     "31% say it should be increased and 25% say it should be decreased.", "25%", "asserted"),
])
def test_opinion_subject_keeps_its_figure_asserted(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, matches", [
    (" think they should", True), (" of voters say", True), (" support requiring", True),
    (" troops could be deployed", False),
])
def test_opinion_subject_regex(text, matches):
    assert (M.OPINION_SUBJECT.match(text) is not None) == matches


# An item of a list a modal governs, after a comma (written from AllSides rule findings and dates_r10b; these
# sentences are from NewsQuant and other AllSides articles); an apposition after a clause without a figure is
# no list item.
@pytest.mark.parametrize("text, surface, expected", [
    ("In addition to the $250 billion proposed by the administration to replenish an emergency fund for small "
     "business loans and grants, Democrats would more than double the cost by adding $125 billion for financial "
     "institutions that serve low-income communities, $100 billion more for hospitals, $150 billion for state and "
     "local governments and a 15% increase in food stamp benefits.", "$150 billion", "projected"),
    ("In addition to the $250 billion proposed by the administration to replenish an emergency fund for small "
     "business loans and grants, Democrats would more than double the cost by adding $125 billion for financial "
     "institutions that serve low-income communities, $100 billion more for hospitals, $150 billion for state and "
     "local governments and a 15% increase in food stamp benefits.", "15%", "projected"),
    ("Dell on Monday announced plans to lay off more than 6,650 employees, or about 5% of its workforce, according "
     "to an SEC filing.", "5%", "projected"),
    ("Clinton will be at the White House for a forum on combating wildlife trafficking, one of the charitable causes "
     "she is pursuing at the Bill, Hillary and Chelsea Clinton Foundation.", "one", "asserted"),
])
def test_list_item_under_a_modal(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, matches", [
    (" $100 billion more", True), (" and a 15% increase", False), (" about 5%", True), (" one of the", False),
    ("and another 500", True),
])
def test_list_item_opener_regex(text, matches):
    assert (M.LIST_ITEM_OPENER.match(text) is not None) == matches


# A conjunction of time or cause after a negation opens a clause of its own: the negation is the main clause's
# (quake-rss and AllSides sentences; written from dates_r11 z38, a Comey quotation).
@pytest.mark.parametrize("text, surface, expected", [
    ("The remote volcano has not erupted since 1914.", "1914", "asserted"),
    ("Social media platform Twitter is no longer accessible in Turkey after Monday's 7.8-magnitude earthquake and "
     "its aftershocks killed at least 11,200 people in southeastern Turkey and parts of Syria.", "11,200", "asserted"),
    ("Russia has not deployed 10,000 troops to the border, the Kremlin said.", "10,000", "negated"),
])
def test_negation_before_a_clause_of_time(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    ("comes amid fears imports", True), ("amid fears that", True), ("fears 3,000 dead", False),
])
def test_amid_fears_is_no_projection(text, found):
    cue = M.PROJECTED_CUE.search(text)
    assert M._is_false(text, text, cue) == found


# "the" + an amount + "in/of/at": an amount that exists, the object of what a modal says may happen; the
# figure is asserted (written from speaker_r9 s08; NewsQuant and quake-rss sentences). Not a period to come.
@pytest.mark.parametrize("text, surface, expected", [
    ("Five new seasons of Sesame Street will join the 50 previous years worth of educational programming on the "
     "service.", "50 previous years", "asserted"),
    ("Readers reply: what would be included on an up-to-date list of the seven wonders of the world?", "seven",
     "asserted"),
    ("Only a few House members will linger around Washington for the next 11 days.", "11 days", "projected"),
])
def test_existing_amount_after_a_modal(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("before, after, matches", [
    ("could affect the ", " in u.s. aid", True), ("against the roughly ", " us troops in iraq", True),
    ("muster the ", " votes needed to block", False), ("in the next ", " hours", False),
])
def test_existing_amount_regexes(before, after, matches):
    assert (M.EXISTING_AMOUNT_BEFORE.search(before) is not None and
            M.EXISTING_AMOUNT_AFTER.match(after) is not None) == matches


# A bill's list of acts: a bare verb after a comma continues the modal's verb phrase (AllSides sentences; written
# from dates_r10b o11); a quoted name inside a segment is no break.
@pytest.mark.parametrize("text, surface, expected", [
    ("The Senate amnesty bill would increase spending by $262 billion, increase revenues by $459 billion, and "
     "lower deficits by $197 billion through 2023.", "$197 billion", "projected"),
    ("John Hoeven of North Dakota and Bob Corker of Tennessee -- would require 20,000 more border agents, complete "
     "700 miles of fence along the boundary with Mexico, and deploy $3.2 billion in technology upgrades similar to "
     "equipment used by U.S. forces in Iraq and Afghanistan.", "$3.2 billion", "projected"),
])
def test_list_of_acts_under_a_modal(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, verb", [
    (" allocate $175 billion", "allocate"), (" and lower deficits", "lower"), (" according to", None),
])
def test_list_verb_opener(text, verb):
    opener = M.CONTINUATION_OPENER.match(text)
    assert (opener.group("list_verb") if opener else None) == verb


# An amount after a preposition and "the"/"its" (a place or part after its noun) or "all" exists whatever the cue
# (a forecast, a plan, a modal): the cue is about what happens to it, the figure is asserted (AllSides and
# quake-rss sentences; written from modality_r1 m24, speaker_r7 s35). A direct object is the act's amount ("will
# withdraw all of its 2,000 forces in Syria"), and "the 60 votes needed to advance" is a goal.
@pytest.mark.parametrize("text, surface, expected", [
    ("That is expected to cause a deterioration in the financial positions of all 119 countries rated by Fitch, "
     "McCormack said.", "119", "asserted"),
    ("Turkey will start reconstruction work in all 10 cities hit by the earthquakes before the end of February, "
     "Urbanization & Climate Change Minister Murat Kurum said, according to state-run TRT television.", "10",
     "asserted"),
    ("All four measures — two Republican and two Democratic — are expected to fall short of the 60 votes needed "
     "to advance.", "60", "projected"),
    ("All four measures — two Republican and two Democratic — are expected to fall short of the 60 votes needed "
     "to advance.", "four", "asserted"),
])
def test_existing_amount_after_a_preposition(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("before, found", [
    ("efforts to put one of the most contentious issues in the ", True), ("given his ", True),
    ("in favor of all ", True), ("in all ", True), ("will withdraw all of its ", False),
    ("expected to rise to the ", False), ("plans to pull all ", False), ("to repay the ", False),
])
def test_prepositional_amount_before(before, found):
    match = M.PREPOSITIONAL_AMOUNT_BEFORE.search(before)
    assert (match is not None and bool(match.group("all") or match.group("determiner"))) == found


# Round 12 (issue #4): sentences from AllSides articles other than those the rules were written from (the rules came
# from AllSides 8,500-8,800 and the labelled samples).
@pytest.mark.parametrize("text, surface, expected, cue", [
    # requirements project the act they require and its figure
    ("Republicans need to win a net of six seats in order to take control of the Senate for the remainder of "
     "Obama's term.", "six", "projected", "need to"),
    ("In London, an international court on Monday added to the economic and diplomatic isolation of Russia, ruling "
     "that Moscow must pay $50 billion for using tax claims to destroy Yukos, once the country’s largest oil "
     "producer, and its Kremlin-critical CEO.", "$50 billion", "projected", "must"),
    # a prediction before its figure; a decade to come
    ("Analysts are predicting 130,000 new jobs, slightly below average for the year, with the jobless rate "
     "hanging at 8.3 percent.", "130,000", "projected", "predicting"),
    ("However, given the significant size of the \"Yes\" vote, uncertainties remain, including the possibility of "
     "another Scottish independence referendum in the next decade or two.", "two", "projected", "next decade"),
    # a past point or period is a fact, whatever the modal or negation
    ("Later this summer, we will commemorate the defeat of Japan and the end of the war in Asia and the Pacific "
     "75 years ago.", "75 years", "asserted", ""),
    ("“I think we should have done this 20 years ago,” he said.", "20 years", "asserted", ""),
    ("\"We have not received wages for the last two months,\" said one of them, Sahana Begum.", "two months",
     "asserted", ""),
    # ... not the last years of something, which may be to come
    ("Obama has also spoken to many top administration officials about whether they would stay on for the last "
     "two years of his presidency, the official said.", "two years", "projected", "would"),
    # how long a negated state lasted is a fact
    ("The U.S. and Cuba have not had diplomatic relations for more than 50 years, since the Cuban revolution "
     "turned its government into a communist regime led by Mr. Castro’s brother, Fidel.", "50 years", "asserted",
     ""),
    # a share before a negated verb holds the view; a count before one is still denied (tested above: "Israel said
    # 300 soldiers were not deployed")
    ("Out of her sample, roughly 90 percent had not exhibited any symptoms at all, she said.", "90 percent",
     "asserted", ""),
    ("Chinese Americans are mostly secular; 52 percent do not affiliate with a particular religion.", "52 percent",
     "asserted", ""),
    # "no" negates its noun, not a figure after a verb or another phrase's preposition
    ("But faced with horrendous weather, Eisenhower ordered a postponement – no small thing with a million men, "
     "5,000 ships and 11,000 aircraft queued up and ready to go.", "a million", "asserted", ""),
    ("However, Obama again made clear he has no interest in a major U.S. ground presence beyond the 1,600 "
     "American advisers and special operations troops he already has ordered to Iraq.", "1,600", "asserted", ""),
    # a part left out, a plea on charges: no denial
    ("Nepal authorities said Sunday that at least 2,430 people died in that country alone, not including the 18 "
     "dead on Mount Everest.", "18", "asserted", ""),
    ("In July, he pleaded not guilty to killing four people and wounding more than 200.", "four", "asserted", ""),
    # an adjective of possibility before a noun qualifies that noun; a predicate or an adverb still projects
    ("The government report also examines three other possible scenarios including a no-deal Brexit, which "
     "would be the most damaging.", "three", "asserted", ""),
    ("Police officials earlier told AP that they were seeking up to six potential accomplices.", "six", "asserted",
     ""),
    ("The former Trump adviser whose remarks in a London pub sparked the US inquiry into possible collusion with "
     "Russia has been sentenced to 14 days in jail.", "14 days", "asserted", ""),
    ("Despite advancing more strongly in pro-Remain areas, the party seems likely to end up with only 11 or 12 "
     "seats.", "11", "projected", "likely"),
    ("About 12.7 million Americans have likely lost employer–provided health insurance since the pandemic began, "
     "according to the Economic Policy Institute, adding to the 27.5 million who didn’t have it before this "
     "crisis.", "12.7 million", "projected", "likely"),
    # a cue does not reach over "and" and a finite verb, into a clause whose subject the figure is, nor into a
    # clause told in the past
    ("The Journal made no agreements to withhold his name from publication and is one of several media outlets "
     "identifying him.", "one", "asserted", ""),
    ("This year, at least 20 were set to close and 40 others have cut operations, according to Reuters.", "40",
     "asserted", ""),
    ("“If you and three other people are murdered, does it matter if it’s your brother or father or a stranger?",
     "three", "projected", "If"),
    ("That issue stymied the Democratic-led Senate in 2013, which could not advance legislation just months after "
     "20 children and six adults were killed at an elementary school in Newtown, Connecticut.", "six", "asserted",
     ""),
    ("While Sisi's state media is not openly pro-Mubarak — that would be a hard sell after public rage sent hundreds "
     "of thousands of Egyptians into the street calling for his ouster — it does openly condemn the 2011 "
     "revolutionary leaders, as well as the Muslim Brotherhood that took power in 2012.", "hundreds of thousands",
     "asserted", ""),
    # a forecast of what a report will say is no relative clause told in the past
    ("Friday, forecasters expect the Labor Department will report that the economy created 190,000 jobs in "
     "October—that’s well below the 260,000 averaged in 2014.", "190,000", "projected", "expect"),
    # a relative clause's modal does not reach over a comma; "eventually" before a past verb; a passive's agent
    ("The U.S. and others say that weapons are continuing to cross from Russia into Ukraine — possibly including "
     "surface-to-air missiles that may have downed a Malaysia Airlines jetliner last month, killing all 298 on "
     "board.", "298", "asserted", ""),
    ("He eventually left office with 500 ground troops in Syria and 5,000 in Iraq.", "500", "asserted", ""),
    ("Thousands of other homes were threatened by two reservoirs swollen by as much as 52 inches (132 cm) of rain in "
     "some areas.", "two", "asserted", ""),
    # an amount after a preposition and "the" with a relative clause after its noun exists
    ("\"Today's report shows why Republicans must join with Democrats to immediately extend emergency unemployment "
     "insurance for the 1.4 million Americans whose benefits were cut off in December,\" he said in a statement.",
     "1.4 million", "asserted", ""),
])
def test_round12_modality(text, surface, expected, cue):
    got, hedge = modality(text, surface)
    assert got == expected
    assert [c for c in hedge.split(";") if c not in ("", "up to", "about", "at least", "more than", "roughly")] == (
        cue.split(";") if cue else [])


@pytest.mark.parametrize("pattern, text, found", [
    ("TIME_UNIT_END", "18 months", True), ("TIME_UNIT_END", "18 monthly", False),
    ("TIME_UNIT_AFTER", " more years of", True), ("TIME_UNIT_AFTER", " percent", False),
    ("PAST_TIME_AFTER", " years ago,", True), ("PAST_TIME_AFTER", " earlier", True), ("PAST_TIME_AFTER", " later", False),
    ("PAST_PERIOD_BEFORE", "over the past ", True), ("PAST_PERIOD_BEFORE", "his last ", False),
    ("FINAL_PERIOD_AFTER", " years of his presidency", True), ("FINAL_PERIOD_AFTER", " years,", False),
    ("DURATION_BEFORE", "relations for more than ", True), ("DURATION_BEFORE", "in the ", True),
    ("DURATION_BEFORE", "rose to ", False),
    ("SHARE", "seventy-five percent", True), ("SHARE", "52%", True), ("SHARE", "three-quarters", True),
    ("SHARE", "300 soldiers", False),
    ("ATTRIBUTIVE_BREAK", " american retaliation after firing ballistic missiles at ", True),
    ("ATTRIBUTIVE_BREAK", " losses of ", False),
    ("EVENTUAL_PAST", "eventually left office", True), ("EVENTUAL_PAST", "eventually reach", False),
    ("COORDINATED_VERB", " withhold his name and is ", True), ("COORDINATED_VERB", " rise and reach ", False),
    ("AND_BEFORE", " close and ", True), ("AND_BEFORE", " close ", False),
    ("PAST_CLAUSE", "would be a hard sell after public rage sent", True),
    ("PAST_CLAUSE", "until unemployment has fallen to", False),
    ("RELATIVE_BEFORE", "missiles that ", True), ("RELATIVE_BEFORE", "missiles ", False),
    ("NO_NOUN_REACH", " interest in a major u.s. ground presence beyond the", True),
    ("NO_NOUN_REACH", " evidence that", False),
    ("QUALIFIER_TAIL", " it was likely that at least ", True), ("QUALIFIER_TAIL", " at the ", False),
    ("EXISTING_AMOUNT_AFTER", " americans whose benefits", True), ("EXISTING_AMOUNT_AFTER", " votes needed to", False),
])
def test_round12_modality_regexes(pattern, text, found):
    regex = getattr(M, pattern)
    match = regex.match(text) if pattern in ("TIME_UNIT_AFTER", "PAST_TIME_AFTER", "FINAL_PERIOD_AFTER",
                                             "EXISTING_AMOUNT_AFTER", "EVENTUAL_PAST") else regex.search(text)
    assert (match is not None) == found


@pytest.mark.parametrize("text, found", [
    # OWN_VERB_AFTER: the figure has a finite verb of its own after its noun
    (" others have cut operations", True), (" ground troops in Syria", False),
])
def test_own_verb_after(text, found):
    assert (M.OWN_VERB_AFTER.match(text.lower()) is not None) == found


@pytest.mark.parametrize("text, found", [
    ("canceling plans to attend the festival in las vegas that the shooter attacked from the 32nd floor", True),
    ("economists also expect to hear that the unemployment rate either stayed at", False),
    ("and that the jobless rate rose to", False),
    ("the earthquake in turkey and syria that killed more than", True),
])
def test_relative_clause_told_in_the_past(text, found):
    assert M._relative_past(text, 0, len(text)) == found


@pytest.mark.parametrize("text, word, attributive", [
    ("13 possible ways to", "possible", True), ("seems likely to end", "likely", False),
    ("have likely lost", "likely", False), ("device likely incorporated", "likely", False),
    ("deaths are possible.", "possible", False),
])
def test_attributive_adjective(text, word, attributive):
    cue = re.search(rf"\b{word}\b", text)
    assert M._attributive(text, cue) == attributive


# Round 12, second part: quoted names, times to come, threats, gerunds, the parties of a relation (AllSides sentences
# other than those the rules were written from).
@pytest.mark.parametrize("text, surface, expected, cue", [
    # a word or two in quotation marks is a name or a term, no clause break; a cue inside one is named, not said; a
    # figure inside one is part of a name
    ("Dallas, 240 miles north of Houston, will set up a \"mega shelter\" at its convention centre to house 5,000 "
     "evacuees, city officials said.", "5,000", "projected", "will"),
    ("The only public words Mueller uttered related to the investigation over its near two-year span was the phrase "
     "\"no comment\" four times when he was approached by an NBC reporter outside church last month.", "four",
     "asserted", ""),
    ("Only 3 percent of Republicans said they were “more likely” to back impeachment, 42 percent were “less likely” "
     "and 54 percent were unchanged.", "42 percent", "asserted", ""),
    ("The Trump order, an unusual reversal by him, moves parents with children to the front of the line for "
     "immigration proceedings but it does not end a 10-week-old “zero tolerance” policy that calls for prosecution "
     "of immigrants crossing the border illegally under the country’s criminal entry statute.", "zero", "asserted",
     ""),
    # a time to come
    ("“We want to be looked at in five years or ten years from now as this is the way to do it.”", "ten years",
     "projected", "from now"),
    ("\"We cannot have a no-deal Brexit in three weeks' time,\" he said.", "three weeks", "projected", "' time"),
    # a threat projects the figure after it; after the figure it is its subject's past act
    ("He threatened to impose tariffs of 45% on imported Chinese goods to reduce the huge U.S. trade deficit with "
     "China.", "45%", "projected", "threatened to"),
    ("Commons Speaker John Bercow, for one, said last week that the suspension of Parliament \"represents a "
     "constitutional outrage,\" and more than a dozen of Johnson's own Tories have threatened to back the bill "
     "blocking a no-deal Brexit.", "a dozen", "asserted", ""),
    # a cue after a preposition is a gerund's, no verb of the figure; a negation of a reason is a clause of its own
    ("Iran so far has worked up 13 sets of plans to avenge Soleimani's killing, according to a report from the "
     "Tasnim news agency.", "13", "asserted", ""),
    ("A 302 report is a government file not because of its format but because its content records government "
     "business (e.g., a witness interview or a surveillance report).", "302", "asserted", ""),
    # the parties of a relation exist whatever the cue
    ("There have been no confirmed high-level talks between the two sides since an early June visit to Beijing by "
     "U.S. Commerce Secretary Wilbur Ross that achieved no breakthroughs.", "two", "asserted", ""),
    ("The Helsinki summit would be a good time to strike a nuclear deal between the two countries, because they’re "
     "effectively in an arms race, experts tell me.", "two", "asserted", ""),
])
def test_round12_names_times_threats(text, surface, expected, cue):
    got, hedge = modality(text, surface)
    assert got == expected
    assert [c for c in hedge.split(";") if c not in ("", "more than")] == (cue.split(";") if cue else [])


@pytest.mark.parametrize("pattern, text, found", [
    ("QUOTED_NAME", "“fast-track” authority", True), ("QUOTED_NAME", "“without unnecessary delay”", False),
    ("QUOTED_NAME_END", "a “deportation force”", True), ("QUOTED_NAME_END", "said. “", False),
    ("FUTURE_TIME_AFTER", " years from now", True), ("FUTURE_TIME_AFTER", " years from the start", False),
    ("TIME_HENCE_AFTER", "’ time", True), ("TIME_HENCE_AFTER", " weeks later", False),
    ("IN_BEFORE", "a no-deal exit in ", True), ("IN_BEFORE", "and ", False),
    ("BETWEEN_THE", "a nuclear deal between the ", True), ("BETWEEN_THE", "between ", False),
    ("PREPOSITION_BEFORE", "accomplices in ", True), ("PREPOSITION_BEFORE", "accomplices ", False),
    ("THAT_WORD", " that ", True), ("THAT_WORD", " than ", False),
])
def test_round12_second_part_regexes(pattern, text, found):
    regex = getattr(M, pattern)
    match = regex.match(text) if pattern in ("QUOTED_NAME", "FUTURE_TIME_AFTER", "TIME_HENCE_AFTER") else \
        regex.search(text)
    assert (match is not None) == found


# Round 12, third part: totals that leave a part out, definite amounts after a negation, factive clauses, sets, new
# clauses after "and" (AllSides sentences other than those the rules were written from).
@pytest.mark.parametrize("text, surface, expected, cue", [
    ("The official unemployment rate does not count the millions of people who have simply given up looking for a "
     "job.", "millions", "asserted", ""),
    ("This does not include the U.S. government’s violent overthrow of dozens of governments during this same "
     "period, including democratic governments in places like Iran (1953), Guatemala (1954), Congo (1960), Brazil "
     "(1964), and Chile (1973).", "dozens", "asserted", ""),
    # a definite amount after a negation exists; right after "not" it is corrected
    ("The source said that authorities had not yet identified the two men by name and that the photographs were not "
     "being released to the public for fear of impeding the investigation.", "two", "asserted", ""),
    ("A former Department of State official told CBS News that the US never paid or intended to pay the $2m, though "
     "Joseph Yun, the department's North Korea lead at the time, did accept the bill.", "$2m", "asserted", ""),
    ("Last week, the Census Bureau reported figures showing that the gender wage gap is now 22 cents, not the 23 "
     "that we thought last year.", "23", "negated", "not"),
    # the members of a set
    ("None of those killed on Tuesday were among the 25 names on the country's most-wanted list, security officials "
     "said.", "25", "asserted", ""),
    # a factive verb's clause is taken as true
    ("They do not know that 15 of the 19 came from Saudi Arabia -- a supposed ally of the United States.", "15",
     "asserted", ""),
    ("And he didn’t even know that two enemy fighters were sneaking up behind him.", "two", "asserted", ""),
    # "and", a subject and a finite verb: a clause of its own
    ("WASHINGTON/RIYADH (Reuters) - The leader of Saudi Arabia promised President Donald Trump that he can raise oil "
     "production if needed and the country has 2 million barrels per day of spare capacity, the White House said on "
     "Saturday, rowing back on an earlier Trump tweet that appeared to suggest the Saudis had agreed to boost output "
     "by that amount.", "2 million barrels per day", "asserted", ""),
])
def test_round12_totals_definites_factives(text, surface, expected, cue):
    assert modality(text, surface) == (expected, cue)


@pytest.mark.parametrize("pattern, text, found", [
    ("BETWEEN_THE", "one or two deaths among the more than ", True), ("BETWEEN_THE", "among ", False),
    ("DEFINITE_RIGHT_BEFORE", "had not yet identified the ", True),
    ("DEFINITE_RIGHT_BEFORE", "isn't the only ", False),
    ("FACTIVE_THAT", "they do not know that ", True), ("FACTIVE_THAT", "they do not think that ", False),
    ("COORDINATED_VERB", " production if needed and the country has ", True),
    ("COORDINATED_VERB", " production and reach ", False),
    ("FALSE_CUE", "that figure doesn't include the", True), ("FALSE_CUE", "keep tables apart wherever possible", True),
])
def test_round12_third_part_regexes(pattern, text, found):
    assert (getattr(M, pattern).search(text) is not None) == found


# Round 12, fourth part: parts and wholes of sets, past negations dated by "until", infinitives, habits, noun cues,
# comparisons of likelihood (AllSides sentences other than those the rules were written from).
@pytest.mark.parametrize("text, surface, expected, cue", [
    ("None of the five current and former contractors who spoke with The Daily Beast expected a replay of last "
     "decade’s Iraq war.", "five", "asserted", ""),
    ("One has told a trade group it is going to close one of its two restaurants, eliminating 200 jobs.", "two",
     "asserted", ""),
    ("“What we need to do is make sure that the president has the opportunity to speak to all 100 senators all 300 "
     "million people before we do this.”", "100", "asserted", ""),
    ("It didn't drop back below 8 percent until this September.", "8 percent", "asserted", ""),
    # a modal's negation is not dated by "until"
    ("Why can't we have thousands of soldiers here until the infrastructure is built to protect and guard our "
     "border?", "thousands", "negated", "n't"),
    ("The order also directs officers in seven D.C. agencies not to arrest people based only on their immigration "
     "status.", "seven", "asserted", ""),
    ("Before the recession, the index would often average above 100.", "100", "asserted", ""),
    ("Both he and Republican presidential nominee Mitt Romney have five-point plans for improving the economy, "
     "although their strategies differ.", "five-point", "asserted", ""),
    ("Black teens were 21 times as likely as white teens to be shot and killed by police between 2010 and 2012, "
     "according to a ProPublica analysis of the FBI data.", "21", "asserted", ""),
])
def test_round12_sets_until_habits(text, surface, expected, cue):
    assert modality(text, surface) == (expected, cue)


@pytest.mark.parametrize("pattern, text, found", [
    ("ALL_BEFORE", "expand programs to all ", True), ("ALL_BEFORE", "plans to pull all ", False),
    ("PARTITIVE_BEFORE", "avoid laying off any of their ", True), ("PARTITIVE_BEFORE", "withdraw all of its ", False),
    ("PAST_AUXILIARY_BEFORE", "it did", True), ("PAST_AUXILIARY_BEFORE", "we can", False),
    ("HAVE_BEFORE_NO", "with one plan having ", True), ("HAVE_BEFORE_NO", "one plan seeking ", False),
])
def test_round12_fourth_part_regexes(pattern, text, found):
    assert (getattr(M, pattern).search(text) is not None) == found


@pytest.mark.parametrize("text, found", [(" percent until this September", True), (" until early 2016", True),
                                         (" in early 2016", False)])
def test_until_after(text, found):
    assert (M.UNTIL_AFTER.match(text) is not None) == found


# Round 12, fifth part: events that happened and what did them (AllSides and quake-rss text other than the rules'
# sources).
@pytest.mark.parametrize("text, surface, expected", [
    ("That information will give the 26 states that sued to stop the amnesty a chance to decide whether to take "
     "action against the illegal immigrants, such as canceling or changing their driver’s licenses.", "26",
     "asserted"),
    ("The phased reopening will effectively end a nearly four-month shut down that stifled business for the employer "
     "who has a workforce of 77,000 employees.", "four-month", "asserted"),
    # "won't" is no past verb
    ("This effort was three votes shy, so we’re going to have a vote on two bills that probably won’t pass this "
     "week.", "two", "projected"),
])
def test_round12_what_happened(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("pattern, text, found", [
    ("AGENT_BEFORE", "in areas struck by ", True), ("AGENT_BEFORE", "will be replaced by ", False),
    ("PAST_RELATIVE_AFTER", " earthquakes that rocked the region", True),
    ("PAST_RELATIVE_AFTER", " bills that probably won’t pass", False),
    ("PAST_RELATIVE_AFTER", " illegal immigrants who came to", False),
])
def test_round12_fifth_part_regexes(pattern, text, found):
    regex = getattr(M, pattern)
    assert ((regex.match(text) if pattern == "PAST_RELATIVE_AFTER" else regex.search(text)) is not None) == found


# Round 12, sixth part: partial quotations, names in quotation marks, bounds, a name before a verb (AllSides sentences
# other than those the rules were written from).
@pytest.mark.parametrize("text, surface, expected, cue", [
    # a partial quotation is no clause break: the modal before it reaches the figure after it
    ("A Navy official says the Pentagon would save \"several hundred million dollars per year\" by reducing to one "
     "carrier in the Gulf.", "one", "projected", "would"),
    # a capitalised figure inside quotation marks is part of a name
    ("The \"Gang of Eight\" blueprint would create a 13-year path to citizenship for the bulk of America's 11 million "
     "undocumented immigrants while bringing significant change to labor policy on the country's farms.", "Eight",
     "asserted", ""),
    # a capitalised cue before a finite verb is a name
    ("May said 12 Britons were taken to hospitals.", "12", "asserted", ""),
    # a bound is no negation
    ("Then, in 2015, an Obama-appointed federal district court judge interpreted “shortest period of time” to mean "
     "“no longer than three weeks.”", "three weeks", "asserted", ""),
    # "and" with a verb in the past ends a negation's reach
    ("To assess how accurately that classification was being used, the team took the 1,146 police-related deaths "
     "recorded by The Counted in 2015, removed 60 cases that did not fit the criteria of the CDC’s “legal "
     "intervention” category and requested death certificate data for the remaining 1,086 individuals.", "1,086",
     "asserted", ""),
])
def test_round12_quotations_names_bounds(text, surface, expected, cue):
    assert modality(text, surface) == (expected, cue)


@pytest.mark.parametrize("pattern, text, found", [
    ("PARTIAL_QUOTE", "to produce “millions of doses” by october", True),
    ("PARTIAL_QUOTE", "“we will send them,” he said", False),
    ("SHORT_PARENTHESIS", "(ihme) is for", True), ("SHORT_PARENTHESIS", "(38 percent)", False),
    ("NAME_VERB_AFTER", " has served", True), ("NAME_VERB_AFTER", " be more like", False),
    ("AND_PAST_VERB", " fit the criteria and requested death certificate data", True),
    ("AND_PAST_VERB", " fit the criteria and request", False),
    ("QUOTED_PHRASE", "“no fighting zone”", True), ("QUOTED_PHRASE", "“no-fly”", False),
])
def test_round12_sixth_part_regexes(pattern, text, found):
    regex = getattr(M, pattern)
    position = text.find("“") if pattern == "PARTIAL_QUOTE" else 0
    match = regex.match(text, position) if pattern in ("PARTIAL_QUOTE", "SHORT_PARENTHESIS", "NAME_VERB_AFTER",
                                                       "QUOTED_PHRASE") else regex.search(text)
    assert (match is not None) == found


def test_a_capitalised_quotation_is_a_title():
    text = ("People on visas such as spousal or fiancé visas have “No Recourse to Public Funds” under the Immigration "
            "and Asylum Act 1999, making them ineligible for most government benefits.")
    assert M._titled_quote(text, text.lower(), text.index("No Recourse"))
    assert not M._titled_quote(text, text.lower(), text.index("People"))


@pytest.mark.parametrize("text, opener", [
    (", an increase of 70% on the current rate", True), (", down 5 percent from the previous survey", False),
])
def test_change_apposition_continues(text, opener):
    assert (M.CONTINUATION_OPENER.match(text.lower(), 1) is not None) == opener


@pytest.mark.parametrize("text, surface", [
    ("It’s going to take a lot of convincing for many Republicans that the pathway to citizenship for the nation’s 11 "
     "million undocumented immigrants isn’t actually an amnesty program.", "11 million"),
    ("Utilities warned that it could take weeks to fully restore electricity to the state's 21 million people.",
     "21 million"),
])
def test_a_places_population_exists(text, surface):
    # a place's possessive before a figure counts a population or a stock there is, whatever act may reach it
    # (AllSides; written from modality_r1 m09)
    assert modality(text, surface) == ("asserted", "")


@pytest.mark.parametrize("text, found", [
    ("expel all of the country’s roughly ", True), ("will withdraw all of its ", False),
])
def test_population_before(text, found):
    assert (M.POPULATION_BEFORE.search(text) is not None) == found


@pytest.mark.parametrize("pattern, text, found", [
    # ends of partial quotations and parentheses, matched at the closing mark
    ("PARTIAL_QUOTE_END", "expects to produce “millions of doses”", True),
    ("PARTIAL_QUOTE_END", "“we will send them,”", False),
    ("SHORT_PARENTHESIS_END", "evaluation (ihme)", True), ("SHORT_PARENTHESIS_END", "reuse (38 percent)", False),
    ("WORD_AFTER", " by october", True), ("WORD_AFTER", ", he said", False),
    ("ATTRIBUTIVE_NEXT", " ways to", True), ("ATTRIBUTIVE_NEXT", " to end up", False),
    ("ATTRIBUTIVE_NEXT", " incorporated", False),
    ("RELATIVE_PAST_SUBJECT", "attacks that a classified american report circulated", True),
    ("RELATIVE_PAST_SUBJECT", "troops that will be deployed", False),
])
def test_round12_remaining_regexes(pattern, text, found):
    regex = getattr(M, pattern)
    match = regex.search(text) if pattern.endswith("_END") or pattern == "RELATIVE_PAST_SUBJECT" else regex.match(text)
    assert (match is not None) == found


# Round 13: a period to come ("over the next two years") projects the amount spread over it; a past narrative's does
# not. The rule was written from an EBRD pledge in the quake RSS; these sentences are AllSides ones it was not.
@pytest.mark.parametrize("text, surface, expected, cue", [
    ("Other criticism came from Tencent, a major media partner of the NBA in China with a streaming deal that is "
     "worth $1.5 billion over the next five years, and Chinese state television.", "$1.5 billion", "projected",
     "over the next five years"),
    ("Mnuchin said Tuesday they’re strongly considering giving Americans $1,000 each within the next two weeks to "
     "help with the impact from the coronavirus.", "$1,000", "projected", "within the next two weeks"),
    ("We’re looking at 16 or so flights in the next five days.", "five days", "projected", "the next"),
    # told in the past: a narrated period
    ("Those numbers fell sharply for the GOP over the next 15 years but even as recently as 2000 and 2004, they "
     "held.", "15 years", "asserted", ""),
    # a clause break before the period: another clause's
    ("Nationwide, at least 120,000 foreign college grads are working in jobs sought by Americans graduates, and "
     "this OPT outsourcing channel will sharply increase in the next few years.", "120,000", "asserted", ""),
])
def test_round13_coming_period(text, surface, expected, cue):
    got, hedge = modality(text, surface)
    assert got == expected
    assert [c for c in hedge.split(";") if c not in ("", "at least")] == ([cue] if cue else [])


@pytest.mark.parametrize("pattern, text, found", [
    ("COMING_PERIOD_AFTER", " in financial support over the next two years", "over the next two years"),
    ("COMING_PERIOD_AFTER", " in the coming months", "in the coming months"),
    ("COMING_PERIOD_AFTER", " for the next 90 days", None),
    ("COMING_PERIOD_AFTER", " over the past two years", None),
    ("COMING_PERIOD_BEFORE", "within the next ", "the next "),
    ("COMING_PERIOD_BEFORE", "the next day, ", None),
    ("PARENTHESIS_BETWEEN", " ($1.6 billion) in", " ($1.6 billion)"),
    ("PAST_VERB_WORD", "homes were destroyed over", "destroyed"),
    ("PAST_VERB_WORD", "one hundred", None),
])
def test_round13_modality_regexes(pattern, text, found):
    match = getattr(M, pattern).search(text)
    assert (match.group() if match else None) == found


# Round 13: an earlier statement of a figure named as such ("the earlier death toll of 235") is replaced; written
# from a USA TODAY sentence, tested on other AllSides ones. A record stands.
@pytest.mark.parametrize("text, surface, expected, cue", [
    ("For September, the Labor Department said the economy created 132,000 jobs, down from an earlier estimate of "
     "148,000, and the figure for October was lowered to 138,000 from 171,000.", "148,000", "negated",
     "an earlier estimate of"),
    ("For September, the Labor Department said the economy created 132,000 jobs, down from an earlier estimate of "
     "148,000, and the figure for October was lowered to 138,000 from 171,000.", "132,000", "asserted", ""),
    ("The group said it raised its death toll from an earlier figure of 136, which had been calculated before its "
     "activists in the stricken areas met with residents.", "136", "negated", "an earlier figure of"),
    ("After collecting more data, the federal economists now say 119,000 jobs were added in January, down from "
     "their initial estimate of 157,000 jobs.", "157,000 jobs", "negated", "their initial estimate of"),
    ("A record 9,380 migrants entered Hungary on Monday, beating the previous record of 5,809 set just a day "
     "earlier.", "5,809", "asserted", ""),
])
def test_round13_superseded_figure(text, surface, expected, cue):
    got, hedge = modality(text, surface)
    assert (got, hedge) == (expected, cue)


@pytest.mark.parametrize("text, found", [
    ("pledged as much as €1.5 billion over the next two years", True),
    ("in the Coming Months", True),
    ("the next day", True),
    ("the next president", False),
    ("the earlier toll", False),
])
def test_cue_prefilter_coming(text, found):
    assert bool(M.CUE_PREFILTER_COMING.search(text)) is found


# Round 13: figures from reports named as the first ones are replaced (written from the Brussels "Early reports
# placed the number of dead at 13" sentence; the BBC's Warmbier bill is another AllSides one).
@pytest.mark.parametrize("text, surface, expected, cue", [
    ("Earlier reports said that the US had been billed $2m (£1.5m) for the student's medical care.", "$2m",
     "negated", "Earlier reports said"),
    ("Early reports placed the number of dead at 13, with as many as 81 wounded, although the death toll was later "
     "revised downward to 11.", "11", "asserted", ""),
])
def test_round13_early_reports(text, surface, expected, cue):
    assert modality(text, surface) == (expected, cue)


@pytest.mark.parametrize("text, found", [
    ("early reports placed", True), ("initial estimates put", True), ("the first reports of the shooting", False),
])
def test_early_report_pattern(text, found):
    assert bool(M.EARLY_REPORT.search(text)) is found


# Round 13: a figure in a parenthesis right after another restates or splits it, and is as sure (written from the
# EBRD's "€1.5 billion ($1.6 billion)" and IHME's "260,342 total hospital beds (38,849 for ICU)"; these are BBC
# sentences in AllSides).
@pytest.mark.parametrize("text, surface, expected", [
    ("Equatorial Guinea's president has said the oil-rich country will donate $2m (£1.5m) to aid its \"sister "
     "nation\" China.", "£1.5m", "projected"),
    ("At a news conference on Wednesday, Texas Governor Greg Abbott said the state could need more than $125bn "
     "(£97bn) from the federal government to help it recover.", "£97bn", "projected"),
    # a parenthesis after another word keeps its figure's own modality
    ("Fewer say they expect the future reuse (38 percent).", "38 percent", "asserted"),
])
def test_round13_restated_in_parentheses(text, surface, expected):
    import checker

    claims = checker.extract(text, published="2020-02-01")
    assert claims.loc[claims["surface"] == surface, "modality"].tolist() == [expected]


@pytest.mark.parametrize("between, found", [
    (" total hospital beds (", True), (" (", True), (" (US$", True), (" in financial support to Turkey (", False),
    (", or (", False),
])
def test_restated_in_parentheses_pattern(between, found):
    assert bool(M.RESTATED_IN_PARENTHESES.match(between)) is found


# Round 16: a figure joined by a hyphen to its noun after "a"/"an" describes a thing the clause introduces, as sure as
# its clause (written from "plan to ensure that … proposals require a 60-vote threshold"; these are other AllSides
# sentences); after "the" it describes one that exists.
@pytest.mark.parametrize("text, surface, expected", [
    ("The nomination heads to the full Senate, where Republicans may demand a 60-vote threshold in a vote expected "
     "later this week.", "60", "projected"),
    ("The proposal would include a 10-year wait for a green card.", "10", "projected"),
    ("The Washington Post reported that the 10-page order would give the president the authority.", "10", "asserted"),
    ("Mrs. Clinton indicated that if she were president, she would not abandon the 12-nation Pacific trade deal.",
     "12", "asserted"),
])
def test_round16_indefinite_hyphenated_figure(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    ("may demand a ", True), ("require a crucial ", True), ("will hold an annual ", True), ("abandon the ", False),
    ("the state's ", False),
])
def test_indefinite_before_pattern(text, found):
    assert bool(M.INDEFINITE_BEFORE.search(text)) is found


# Round 16: the figure after "instead of" is an alternative that stands, unless the sentence tells of a revision or
# names the figure's earlier report (written from "lowered Missouri's concealed-gun permit age to 19 instead of 21";
# these are other AllSides and NewsQuant sentences).
@pytest.mark.parametrize("text, surface, expected, cue", [
    ("It also caps the total number of refugees admitted this fiscal year at 50,000, instead of 110,000.", "110,000",
     "asserted", ""),
    ("That means the country could have faced 12% unemployment instead of 10% at the height of the Great Recession.",
     "10%", "asserted", ""),
    ("Samsung has improved the base storage for the Galaxy S23 Plus and S23 Ultra, doubling it to 256GB instead of "
     "the 128GB found in the S22 models.", "128GB", "asserted", ""),
    ("Still, December hiring was a little better than first thought, with 219,000 jobs added instead of 196,000.",
     "196,000", "negated", "instead of"),
    ("The GDP report showed the trade deficit widened to $982.5 billion in the second quarter instead of $978.7 "
     "billion as reported last month.", "$978.7 billion", "negated", "instead of"),
    ("The government agreed to pay the Cavazos family $350 for access to survey their property, instead of the $100 "
     "it originally offered.", "$100", "negated", "instead of the"),
    ("Job gains were lowered to 119,000 instead of the 196,000 first reported.", "196,000", "negated", "instead of the"),
])
def test_round16_instead_of(text, surface, expected, cue):
    assert modality(text, surface) == (expected, cue)


@pytest.mark.parametrize("pattern, text, found", [
    ("INSTEAD_OF_BEFORE", "to 19 instead of ", True),
    ("INSTEAD_OF_BEFORE", "instead of the more than $", True),
    ("INSTEAD_OF_BEFORE", "instead of rejecting the deal unless a ", False),
    ("EARLIER_REPORT_AFTER", " billion as reported last month", True),
    ("EARLIER_REPORT_AFTER", " it originally offered", True),
    ("EARLIER_REPORT_AFTER", " now on the ground", False),
    ("REPLACEMENT_CONTEXT", "a little better than first thought, with", True),
    ("REPLACEMENT_CONTEXT", "the bill would have lowered", False),
])
def test_round16_instead_of_patterns(pattern, text, found):
    regex = getattr(M, pattern)
    hit = regex.match(text) if pattern == "EARLIER_REPORT_AFTER" else regex.search(text)
    assert bool(hit) is found


# Round 16: a figure opening its clause is the subject of a modal after a relative clause or a participle phrase on
# its noun (written from "One upscale tower that fell may have had a design flaw" and Apple's "two of the company's
# ex-employees who were born in China … could flee"; these are other AllSides sentences).
@pytest.mark.parametrize("text, surface, expected", [
    ("Zakharchenko said that 1,200 soldiers who had trained in Russia would soon enter battle along with 150 armored "
     "vehicles.", "1,200", "projected"),
    ("One who expressed fear of persecution or torture would be interviewed by an asylum officer to establish whether "
     "there is credible fear of persecution.", "One", "projected"),
    ("Officials have begun sending out notices that thousands of immigrants awaiting hearings will have their cases "
     "pushed back nearly five years.", "thousands", "projected"),
    # after a conjunction opening a clause (speaker_r4c t18)
    ("The Mexican government may have public support, but it faces steeper challenges as tens of thousands of people "
     "hoping to request asylum in the U.S. may now be stuck in Mexico.", "tens of thousands", "projected"),
    # the relative clause's own modal, or a modal of a clause of its own after a verb of saying
    ("American officials had identified five men who might be responsible for the attack.", "five", "asserted"),
    ("At least one GOP insider who had direct contact with Steele told the Washington Post that the chairman would "
     "indeed be seeking another term atop the RNC.", "one", "asserted"),
    ("Hundreds of thousands of federal employees who were furloughed were still included in the payrolls tally "
     "because they will collect back pay.", "Hundreds of thousands", "asserted"),
    # a capitalised month is no modal
    ("More than 144,000 people were apprehended after illegally crossing the southern border in May or were refused "
     "entry to the U.S.", "144,000", "asserted"),
])
def test_round16_subject_after_relative_clause(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("pattern, text, found", [
    ("RELATIVE_THEN_MODAL", " upscale tower that fell may have had", True),
    ("RELATIVE_THEN_MODAL", " of immigrants awaiting hearings will have", True),
    ("RELATIVE_THEN_MODAL", " men who might be responsible", False),  # no verb before the modal
    ("RELATIVE_THEN_MODAL", " shooting of 20 children may make", False),  # an "-ing" noun right after the figure
    ("RELATIVE_THEN_MODAL", " people are working part-time though they would", False),  # "are": no noun phrase
    ("SUBJECT_OPENING", "apple is worried that ", True),
    ("SUBJECT_OPENING", "zakharchenko said ", True),
    ("SUBJECT_OPENING", "the group is trying to lure at least ", False),
    ("SUBJECT_OPENING", "it faces steeper challenges as ", True),
])
def test_round16_subject_patterns(pattern, text, found):
    regex = getattr(M, pattern)
    hit = regex.fullmatch(text) if pattern == "SUBJECT_OPENING" else regex.match(text)
    assert bool(hit) is found


# Round 16: a negation does not deny a member of a set that exists (written from "didn't accidentally sneak into the
# FBI during one of the country's biggest holiday weekends"; these are other AllSides sentences).
@pytest.mark.parametrize("text, surface, expected", [
    ("But it seems the US did not get one of its reported key demands, which would have been a win.", "one",
     "asserted"),
    ("None of this has stopped one of Trump's greatest media boosters, Fox News host Sean Hannity, from praising the "
     "decision.", "one", "asserted"),
    ("The WHO has not addressed a single one of these concerns nor provided a serious explanation.", "one", "negated"),
    ("The government did not release 2,000 prisoners.", "2,000", "negated"),
])
def test_round16_negation_spares_a_member_of_a_set(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    (" of the country’s biggest", True), (" of trump's greatest", True), (" of its reported", True),
    (" of them", False), (" people", False),
])
def test_partitive_of_after_pattern(text, found):
    assert bool(M.PARTITIVE_OF_AFTER.match(text)) is found


# Round 16: an adverb between a modal and "not" keeps the negated modal's projection (written from "would probably not
# prefer that tens of thousands of Americans die"; this is another AllSides sentence).
@pytest.mark.parametrize("text, surface, expected, cue", [
    ("Diplomat Gordon Sondland told a Ukrainian official his country would likely not get nearly $400 million in "
     "security aid.", "$400 million", "projected", "would likely not;likely;would"),
    ("The government did not release 2,000 prisoners.", "2,000", "negated", "not"),
])
def test_round16_adverb_in_negated_modal(text, surface, expected, cue):
    assert modality(text, surface) == (expected, cue)


@pytest.mark.parametrize("text, found", [
    ("would probably not prefer", True), ("will likely not", True), ("would probably prefer", False),
    ("would not", True),
])
def test_round16_negated_modal_pattern(text, found):
    assert bool(M.NEGATED_MODAL.search(text)) is found


# Round 16: "the" and a figure a modal follows: the figure is the modal's subject (written from "The nine will face
# trial" and "the two will discuss"; these are other AllSides sentences); a definite noun phrase with its noun still
# names what exists.
@pytest.mark.parametrize("text, surface, expected", [
    ("But the two will have to undergo tough negotiations, which could take months.", "two", "projected"),
    ("Trump said the two would have “a lot of good things to talk about,” from trade to military.", "two",
     "projected"),
    ("Florida is up for grabs in recent polling, and its 29 electoral votes could swing the election.", "29",
     "asserted"),
    ("Some of the 11 had never publicly outed themselves as illegal immigrants before.", "11", "asserted"),
])
def test_round16_the_figure_as_subject_of_a_modal(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [(" will discuss", True), (" would have", True), (" electoral votes", False)])
def test_head_figure_modal_pattern(text, found):
    assert bool(M.HEAD_FIGURE_MODAL.match(text)) is found


# Round 16: "in two months’ time" projects a figure in a sentence with no other cue word (the prefilter let it
# through only with one; written from the Turkish elections sentence, this is another AllSides one).
@pytest.mark.parametrize("text, surface, expected", [
    ("A cross-party group of MPs has put forward a bill to prevent a no-deal Brexit in 10 days' time.", "10 days",
     "projected"),
    ("With $30 million in the bank and 22 months’ time, he has a head start.", "22 months", "asserted"),
])
def test_round16_time_hence_without_another_cue(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [("in two weeks’ time", True), ("in 10 days' time", True), ("in time", False)])
def test_prefilter_finds_time_hence(text, found):
    assert bool(M.CUE_PREFILTER_ENDINGS.search(text)) is found


# Round 16: a figure with a capital letter glued after it names something (written from "to bar Huawei from 5G
# technology"; these are NewsQuant and AllSides sentences); a unit of two letters is a measure.
@pytest.mark.parametrize("text, surface, expected", [
    ("Another aim is to make 5G available to more users especially those who live in rural regions.", "5",
     "asserted"),
    ("The United Kingdom announced last month that Huawei would build a portion of its 5G infrastructure.", "5",
     "asserted"),
    ("The government’s latest forecasts estimate the UK will need 6GW of new gas generation.", "6", "projected"),
])
def test_round16_glued_capital_is_a_name(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [("G technology", True), ("D printing", True), ("GW of", False), ("-year", False)])
def test_glued_name_after_pattern(text, found):
    assert bool(M.GLUED_NAME_AFTER.match(text)) is found


# Round 16: a "with" phrase after a comma continues the forecast before it (written from "the IHME model projected a
# total of 60,308 U.S. COVID-19 deaths, with an estimate range of 34,063 to 140,381"; these are other AllSides
# sentences); not one with a verb of its own, nor after a clause with no cue.
@pytest.mark.parametrize("text, surface, expected", [
    ("Unemployment insurance would be made far more generous, with $600 per week tacked onto regular state jobless "
     "payments through the end of July.", "$600 per week", "projected"),
    ("Analysts at Bank of America Global Research expect a slower jobs drip, with the U.S. economy losing 1 million "
     "jobs a month.", "1 million", "projected"),
    ("On the archipelago of Turks and Caicos, with its population of about 35,000, one witness described a drop in "
     "pressure that could be felt in people's chests.", "35,000", "asserted"),
])
def test_round16_with_phrase_continues_the_forecast(text, surface, expected):
    assert modality(text, surface)[0] == expected


# Round 16: after a preposition, a possessive before the figure names an amount that exists, whatever the cue (written
# from "would cancel classes for its 50,000 students"; these are other AllSides sentences); "all of its" is the act's.
@pytest.mark.parametrize("text, surface, expected", [
    ("Don Hayden, president of Louisville trucking firm M&M Cartage, feared he would have to lay off about 70 percent "
     "of his 400 employees.", "400", "asserted"),
    ("They have sent mixed signals about whether they would be willing to negotiate over his $5.7 billion "
     "wall-building plan.", "$5.7 billion", "asserted"),
    ("President Trump will withdraw all of its 2,000 forces in Syria.", "2,000", "projected"),
])
def test_round16_possessive_after_a_preposition(text, surface, expected):
    assert modality(text, surface)[0] == expected


# Round 16: the figure a verb of forecasting takes as object after "the" and its noun is a forecast (written from
# "lower than the 5.9% growth expected"; these are other AllSides sentences and a NewsQuant one).
@pytest.mark.parametrize("text, surface, expected, cue", [
    ("That was more than the 140,000 jobs economists expected, and it marked an improvement over March.", "140,000",
     "projected", "expected"),
    ("The job growth number, however, was well below the 185,000 that economists expected.", "185,000", "projected",
     "expected"),
    ("The company earned $1.10 a share, exceeding the $1.03 profit projected by analysts on average.", "$1.03",
     "projected", "projected"),
    ("Apple lowered its revenue guidance for the first quarter ended December to US $84 billion, down from the US $89 "
     "to $93 billion it had previously projected.", "US $89 to $93 billion", "projected", "projected"),
    ("The 74,000 jobs added were fewer than expected.", "74,000", "asserted", ""),
    ("Twenty percent expected no change in their income.", "Twenty percent", "asserted", ""),
])
def test_round16_forecast_object_after_the(text, surface, expected, cue):
    assert modality(text, surface) == (expected, cue)


@pytest.mark.parametrize("text, found", [
    (" jobs economists expected", True), (" that were expected", True), (" it had previously projected", True),
    (" rise was higher than expected", False), (" growth expected", True),
])
def test_forecast_object_after_pattern(text, found):
    assert bool(M.FORECAST_OBJECT_AFTER.match(text)) is found


# Round 16: a figure in a parenthesis right after another takes that one's modality even when the other is no claim of
# the frame, read from the text (written from IHME's "260,342 total hospital beds (38,849 for ICU)" read alone; this is
# a BBC sentence in AllSides, whose "12in" has its unit glued on).
@pytest.mark.parametrize("text, surface, expected", [
    ("Forecasts suggest that some areas in and around Houston could see up to 12in (30cm) of further rain on "
     "Tuesday.", "30cm", "projected"),
    ("At this peak date, the US is projected to need 260,342 total hospital beds (38,849 for ICU).", "38,849",
     "projected"),
    ("Fewer say they expect the future reuse (38 percent).", "38 percent", "asserted"),
])
def test_round16_parenthesis_after_a_figure_read_from_the_text(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, figure", [
    ("could see up to 12in (", "12in"), ("need 260,342 total hospital beds (", "260,342"), ("will donate $2m (", "$2m"),
    ("expect the future reuse (", None), ("in 2020, sales (", None),
])
def test_figure_before_parenthesis_pattern(text, figure):
    match = M.FIGURE_BEFORE_PARENTHESIS.search(text)
    assert (match.group("figure") if match else None) == figure
    # speed round 24: modality_values tries the pattern only where a "(" is; every match holds one
    assert match is None or "(" in match.group()


# Round 16 mends, from reading 6 MB of AllSides before and after the round: a verb of saying or opinion, or a main verb
# of the figure's own, before the modal; an "-ing" adjective after "the most"; a share after "not … of"; a "with"
# phrase after a reported clause or two segments away from the cue.
@pytest.mark.parametrize("text, surface, expected", [
    ("Nearly three-quarters of voters say companies receiving bailout money should commit to no layoffs.",
     "three-quarters", "asserted"),
    ("At least 40 US citizens who were already showing symptoms prior to the evacuation were not allowed on the planes "
     "and would be treated in Japan.", "40", "asserted"),
    ("“One of the most compelling reasons Trump should not launch an attack, however, is constitutional.”", "One",
     "asserted"),
    ("After the election, when they realized their candidate didn't get 30 percent of the Hispanic vote, they "
     "understand that really they can't make it without the Hispanic vote.", "30 percent", "negated"),
    ("So far, 174 Tory MPs have publicly said they will vote for her, with 34 publicly against, according to BBC "
     "research.", "34", "asserted"),
    ("By May, as Carlos prepared to head north, the Trump administration made the case for $4.5 billion in emergency "
     "aid, with $2.9 billion to cover a shortfall in the program for unaccompanied minors.", "$2.9 billion",
     "asserted"),
])
def test_round16_mends(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("pattern, text, found", [
    # a clause of its own between a relative clause and a modal
    ("OTHER_SUBJECT_BETWEEN", " direct contact with steele told the post that the chairman", True),
    ("OTHER_SUBJECT_BETWEEN", " the boston marathon bombings", False),
    ("MAIN_VERB_BETWEEN", " symptoms prior to the evacuation were not allowed on the planes and", True),
    ("MAIN_VERB_BETWEEN", " in china and are accused of stealing trade secrets from the company", False),
    ("OPINION_VERB", " of voters say companies", True),
    ("OPINION_VERB", " of people hoping to request asylum", False),
    ("SINGLE_BEFORE", "not addressed a single ", True),
    ("SINGLE_BEFORE", "sneak into the fbi during ", False),
    ("THE_RIGHT_BEFORE", "says the ", True),
    ("THE_RIGHT_BEFORE", "says the party's ", False),
    ("THE_BEFORE_FIGURE", "lower than the ", True),
    ("THE_BEFORE_FIGURE", "below the more than $", True),
    ("THE_BEFORE_FIGURE", "lower than ", False),
])
def test_round16_helper_patterns(pattern, text, found):
    assert bool(getattr(M, pattern).search(text)) is found


# Round 16: "can" and a verb of reaching before a count of votes (written from "something that can get to 218 votes" and
# "the only person who can get 100 votes"; these are other AllSides sentences); "can" alone is a capacity.
@pytest.mark.parametrize("text, surface, expected", [
    ("Democrats are still working behind the scenes to find a compromise that can garner 60 votes in the chamber.",
     "60", "projected"),
    ("The compromise bill requires knowing which immigration proposals can get 60 votes in the Senate.", "60",
     "projected"),
    ("According to data from the COVID Tracking Project, the United States can now conduct 3 million tests a week.",
     "3 million", "asserted"),
    ("Top wind speeds on mars can reach up to 60mph.", "60mph", "asserted"),
])
def test_round16_can_reach_a_count_of_votes(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("pattern, text, found", [
    ("CAN_REACH_BEFORE", "a compromise that can garner ", True), ("CAN_REACH_BEFORE", "that can get to ", True),
    ("CAN_REACH_BEFORE", "the united states can now conduct ", False),
    ("VOTES_AFTER", " votes in the chamber", True), ("VOTES_AFTER", "-vote threshold", True),
    ("VOTES_AFTER", " tests a week", False),
])
def test_can_reach_patterns(pattern, text, found):
    regex = getattr(M, pattern)
    assert bool(regex.match(text) if pattern == "VOTES_AFTER" else regex.search(text)) is found


# Round 17: "one" opening its sentence before a modal and a verb of thought or saying is the generic pronoun, no count
# (written from dev_r16b hb08 "One can’t help wondering if …"; the others are other AllSides sentences); "one" with
# another verb, or not opening its sentence, stays a count under its modal.
@pytest.mark.parametrize("text, surface, expected", [
    ("One can’t help wondering if the zeal for weaponry has been fueled by the same dismal racism.", "One", "asserted"),
    ("One can only hope that by the next election, parties will be prepared.", "One", "asserted"),
    ("Is that a threat? One might say that no rational Iranian could believe it.", "One", "asserted"),
    ("One would think the regime would put the young dictator on display.", "One", "asserted"),
    ("Two bills are pending. One would conform to federal REAL ID requirements.", "One", "projected"),
    ("Two men were hurt. One may have been on the sidewalk.", "One", "projected"),
])
def test_round17_generic_one_is_no_count(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    (" can’t help wondering", True), (" can only hope that", True), (" might say that", True),
    (" cannot help but", True), (" can be forgiven for", True), (" would conform to", False),
    (" may have been", False), (" thinks", False),
])
def test_generic_one_after_pattern(text, found):
    assert bool(M.GENERIC_ONE_AFTER.match(text)) is found


@pytest.mark.parametrize("text, found", [("", True), (" “", True), ("(", True), ("He said ", False)])
def test_sentence_opening_pattern(text, found):
    assert bool(M.SENTENCE_OPENING.fullmatch(text)) is found


# Round 18: an "if" whose subject is the figure and whose verb is a present verb of being or opinion, in a sentence
# with no other cue, is a premise or a standing rule, not a hypothesis (written from dev_r18a p39, dev_r16a ha40; the
# others are other AllSides sentences). A modal elsewhere keeps the hypothesis; so do other verbs and "only if".
@pytest.mark.parametrize("text, surface, expected", [
    ("I note the shoddy gun knowledge aspect because if 82 percent of Democrats think all semiautomatics should be "
     "banned, then why do only 46 percent support a handgun ban?", "82 percent", "asserted"),
    ("If thousands of Hondurans in a caravan are deemed above the law, then why not exempt future mass arrivals?",
     "thousands", "asserted"),
    ("“We’re very diverse, so if one or two industrial markets are down, we’re O.K.,” he said.", "one", "asserted"),
    ("If 40 percent of the population is infected, a million people would die.", "40 percent", "projected"),
    ("If 40 percent of the population is infected, a million people will die.", "40 percent", "projected"),
    ("“The question is, if you deny me the right to buy another one, have you made America safer?”", "one",
     "projected"),
    ("Instead, if the White House thinks it can get 20% of what it wants, it must ask for 20%.", "20%", "projected"),
    ("That's because the number of jobs that stand to be lost if the companies do shift operations is in the "
     "hundreds, not thousands.", "hundreds", "projected"),
])
def test_round18_present_condition_is_a_premise(text, surface, expected):
    assert modality(text, surface)[0] == expected


# Round 18: a figure that is the subject of a verb of opinion holds the view; a modal after that verb is the view's
# clause, not the figure's (written from dev_r18a p39; the others are other AllSides poll sentences).
@pytest.mark.parametrize("text, surface, expected", [
    ("Sixty-six percent believe government should ensure access to health insurance.", "Sixty-six percent", "asserted"),
    ("Twenty-nine percent thought Israel should have sent ground troops into Gaza.", "Twenty-nine percent", "asserted"),
    ("The poll showed 49 percent of respondents felt Israel should have kept pursuing squads that fire rockets.",
     "49 percent", "asserted"),
    ("The IMF said Ukraine would need billions of dollars of additional support if the fighting continued through "
     "next year.", "billions of dollars", "projected"),
    ("About 75,000 soldiers could be sent to the border.", "75,000", "projected"),
])
def test_round18_opinion_subject_before_a_modal(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("pattern, text, found", [
    ("PRESENT_CONDITION_VERB", "students are ill", True), ("PRESENT_CONDITION_VERB", "democrats think", True),
    ("PRESENT_CONDITION_VERB", "the fighting continued", False),
    ("CONDITION_SUBJECT_BEFORE", " more than ", True), ("CONDITION_SUBJECT_BEFORE", " ", True),
    ("CONDITION_SUBJECT_BEFORE", " you deny me the right to buy another ", False),
    ("CONDITION_VERB_AFTER", " percent of democrats think", True),
    ("CONDITION_VERB_AFTER", " of hondurans in a caravan are", True),
    ("CONDITION_VERB_AFTER", " percent of the population will be", False),
    ("ANY_MODAL", "we must hunker down", True), ("ANY_MODAL", "a million won’t die", True),
    ("ANY_MODAL", "then why do only", False),
    ("ONLY_BEFORE", "and only ", True), ("ONLY_BEFORE", "then ", False),
])
def test_round18_condition_patterns(pattern, text, found):
    regex = getattr(M, pattern)
    method = {"PRESENT_CONDITION_VERB": regex.search, "CONDITION_SUBJECT_BEFORE": regex.fullmatch,
              "CONDITION_VERB_AFTER": regex.match, "ANY_MODAL": regex.search, "ONLY_BEFORE": regex.search}[pattern]
    assert bool(method(text)) is found


# Round 18: a verb of refusal right before the figure takes it as object, a count of what was refused (written from
# dev_r18b q47; the others are other AllSides sentences); a denial of a clause of its own still negates.
@pytest.mark.parametrize("text, surface, expected", [
    ("The FBI denied 72,659 attempted gun buys in 2010, based on red flags raised by the background check system.",
     "72,659", "asserted"),
    ("In response, at least 16 Indian states rejected 1.3 million claims by the forest dwellers.", "1.3 million",
     "asserted"),
    ("So far the state board has denied more than 800 licenses without any explanation.", "800", "asserted"),
    ("It has been delayed until Oct. 31 after Parliament rejected three times the withdrawal agreement.", "three",
     "asserted"),
    ("The ministry denied 20 soldiers were killed in the attack.", "20", "negated"),
    ("The ministry denied that 20 soldiers had been killed.", "20", "negated"),
])
def test_round18_refusal_counts_what_was_refused(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    ("denied 72,659", True), ("has denied more than 800", True), ("rejected $", True),
    ("denied that 20", False), ("denied the 20", False),
])
def test_refusal_object_pattern(text, found):
    figure = re.search(r"[\d$]", text).start()
    assert bool(M.REFUSAL_OBJECT.fullmatch(text, text.index("denied" if "denied" in text else "rejected"),
                                           figure)) is found


# Round 18: a short aside between two dashes, with no verb, figure or cue of its own, does not end the clause of a
# figure a few words after it (written from dev_r18a p10; the second is another AllSides sentence); an aside with a
# figure or a cue keeps its dashes as breaks.
@pytest.mark.parametrize("text, surface, expected", [
    ("Under the order, the U.S. will stop issuing permanent residency visas — commonly known as green cards — for 60 "
     "days.", "60 days", "projected"),
    ("Ukrainian authorities also will now name a new government-- including opposition figures --within 10 days.",
     "10 days", "projected"),
    ("He defended the decision, saying carrying out such an operation in a city of Houston’s size—2.3 million "
     "people—would have taken days.", "2.3 million", "asserted"),
    ("A source told Fox News that seven were injured – not 30 – and that at least three are still at Walter Reed.",
     "three", "asserted"),
])
def test_round18_dash_aside_is_no_break(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, aside", [
    ("visas — commonly known as green cards — for 60 days", True),
    ("a new government-- including opposition figures --within", True),
    ("seven were injured – not 30 – and", False),
    ("the ships — and their capabilities are — paint", False),
    ("Houston’s size—2.3 million people—would", False),
])
def test_dash_aside_pattern(text, aside):
    assert bool(M._dash_asides(text.lower(), 0, len(text))) is aside
    assert bool(M.DASH_ASIDE.search(text.lower())) is True


# Round 18: "and"/"or" and a subject of "the" and up to five words before a finite verb open a clause the cue before
# them does not govern (written from dev_r18a p09; the second is another AllSides sentence).
@pytest.mark.parametrize("text, surface, expected", [
    ("It's expected to distribute cash to 150,000 people and the maximum amount awarded per household is $1,000.",
     "$1,000", "asserted"),
    ("It's expected to distribute cash to 150,000 people and the maximum amount awarded per household is $1,000.",
     "150,000", "projected"),
    ("The report does not discuss why we didn’t request assistance from the consulates or the British security team "
     "that reportedly was at the mission compound only one hour before the attack.", "one hour", "asserted"),
])
def test_round18_coordinated_clause_with_a_longer_subject(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    ("and the maximum amount awarded per household is", True), ("and the disease has", True),
    ("or the british security team that reportedly was", True), ("and the six largest", False),
])
def test_coordinated_verb_pattern(text, found):
    assert bool(M.COORDINATED_VERB.search(text)) is found


# Round 18: the subject of a relative clause told in the past may be an abbreviation with dots (written from dev_r18b
# q24); the cue before the relative clause does not govern its figure.
@pytest.mark.parametrize("text, surface, expected", [
    ("Mr. Kerry’s comments signaled a further downsizing of Mr. Obama’s original vow to punish the Syrian regime for "
     "an Aug. 21 sarin gas attack that the U.S. said killed 1,429 people near Damascus.", "1,429", "asserted"),
    ("Mr. Obama vowed to punish the regime for an attack that the U.S. will say killed 1,429 people.", "1,429",
     "projected"),
])
def test_round18_relative_past_with_an_abbreviated_subject(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    ("attack that the u.s. said killed", True), ("companies that a classified american report circulated", True),
    ("attack that the u.s. will say killed", False),
])
def test_relative_past_subject_pattern(text, found):
    assert bool(M.RELATIVE_PAST_SUBJECT.search(text)) is found


# Round 18: "the", a noun of a violent death and "of" before the figure: victims of an event that happened, asserted
# whatever the cue (written from dev_r16a ha50 and attribution_round2 u51; the others are other AllSides sentences).
@pytest.mark.parametrize("text, surface, expected", [
    ("But comparisons present a grim reality: If the murder of 20 first graders in their Connecticut grade school "
     "wasn’t enough to pass a bill, how likely is it the deaths of 12 adults at a Navy base change the result?", "12",
     "asserted"),
    ("Militia leaders have vowed to seek revenge for the massacre of hundreds of soldiers, most of them Shia, at Camp "
     "Speicher near Tikrit in June.", "hundreds", "asserted"),
    ("If the slaughter of 20 babies doesn’t keep our attention, then it’s hopeless,” he said.", "20", "asserted"),
    ("The cuts could result in the loss of thousands of contractor and civilian jobs.", "thousands", "projected"),
    ("The virus could cause deaths of 100,000 Americans.", "100,000", "projected"),
])
def test_round18_deaths_of_a_figure_happened(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    ("responsible for the deaths of ", True), ("in the killings of more than ", True), ("the loss of ", False),
    ("could cause deaths of ", False), ("the deaths of children and ", False),
])
def test_death_event_before_pattern(text, found):
    assert bool(M.DEATH_EVENT_BEFORE.search(text)) is found


# Round 18: "near" after the noun names a place as "at" does: the amount after a preposition and "the" exists
# (written from dev_r16b hb48).
@pytest.mark.parametrize("text, surface, expected", [
    ("Throughout the day, we'll be updating with the latest news about the two explosions Monday near the finish line "
     "of the Boston Marathon.", "two", "asserted"),
    ("Throughout the day, we'll be updating with the latest news about two explosions.", "two", "projected"),
])
def test_round18_near_names_a_place(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    (" explosions monday near the", True), (" troops in iraq", True), (" explosions", False), (" votes needed", False),
])
def test_existing_amount_after_pattern(text, found):
    assert bool(M.EXISTING_AMOUNT_AFTER.match(text)) is found


# Round 18: a gerund of a plan's act opening a short sentence with no verb of its own, right before the figure: an item
# of a plan's list (written from dev_r16a ha38; the others are other AllSides list items).
@pytest.mark.parametrize("text, surface, expected", [
    ("Hiring 10,000 Immigration and Customs Enforcement agents and officers", "10,000", "projected"),
    ("Hiring 5,000 Border Patrol agents", "5,000", "projected"),
    ("Hiring 10,000 more border and port agents.", "10,000", "projected"),
    ("Cutting 20,000 jobs was the centerpiece of the company's restructuring.", "20,000", "asserted"),
    ("Turning hundreds of families out into the cold presents its own type of crisis", "hundreds", "asserted"),
])
def test_round18_plan_item(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("pattern, text, found", [
    ("PLAN_ITEM", "hiring ", True), ("PLAN_ITEM", "• building about ", True), ("PLAN_ITEM", "turning ", False),
    ("PLAN_ITEM", "the plan calls for hiring ", False),
    ("PLAN_ITEM_VERB", " jobs was the centerpiece", True), ("PLAN_ITEM_VERB", " agents and officers", False),
])
def test_plan_item_patterns(pattern, text, found):
    regex = getattr(M, pattern)
    assert bool(regex.fullmatch(text) if pattern == "PLAN_ITEM" else regex.search(text)) is found


# Round 18: an attribution between commas after the figure's noun does not end its clause, nor make its modal a reported
# clause's (written from speaker_dev17 s17_40; the second is another AllSides sentence); "44 percent said the U.S.
# should" still does.
@pytest.mark.parametrize("text, surface, expected", [
    ("But one solution, Western diplomats say, would be for an interim accord to affirm that Iran would be entitled "
     "to all of the rights of signatories.", "one", "projected"),
    ("One challenge, Rouphael said, will be to find trial participants who naturally catch COVID-19.", "One",
     "projected"),
    ("In the poll, 44 percent said the U.S. should get out.", "44 percent", "asserted"),
])
def test_round18_comma_attribution_is_no_break(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    (", western diplomats say,", True), (", rouphael said,", True), (", the official said in a statement,", False),
    (", and the u.s.", False),
])
def test_comma_attribution_pattern(text, found):
    assert bool(M.COMMA_ATTRIBUTION.match(text)) is found


# Round 18: "first" and "in" before a length of time: the span since the last such event, a past fact, whatever the
# modal (written from speaker_r8 s41; the others are other AllSides sentences); "in six years" alone stays projected.
@pytest.mark.parametrize("text, surface, expected", [
    ("This mission was driven by the candidates who would ultimately deliver Democrats their first majority in the "
     "House in eight years.", "eight years", "asserted"),
    ("It now appears growth for 2018 will top 3% for the first time in 13 years, which is very encouraging.",
     "13 years", "asserted"),
    ("If he is successful, it would be the first such legislation to pass in Washington in two decades.",
     "two decades", "asserted"),
    ("The wall would be finished in six years.", "six years", "projected"),
])
def test_round18_first_in_a_span_is_past(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    ("their first majority in the house in ", True), ("for the first time in almost ", True),
    ("would be finished in ", False), ("the first of them in ", True),
])
def test_first_in_before_pattern(text, found):
    assert bool(M.FIRST_IN_BEFORE.search(text)) is found


# Round 18: a verb of proposing or forecasting in the past after the figure's noun, with an object of its own after it:
# the figure counts who proposed or forecast, asserted (written from speaker_dev14 v13; the second is another AllSides
# sentence); a figure the modal after it governs keeps its projection.
@pytest.mark.parametrize("text, surface, expected", [
    ("Fear of a national registry has remained even after two influential senators last week proposed a compromise "
     "on background checks.", "two", "asserted"),
    ("In fact, one senior Democrat predicted that the most likely political consequence was that some senators would "
     "use the attack as cover.", "one", "asserted"),
    ("Two senators say the plan proposed would cost $5 billion.", "$5 billion", "projected"),
])
def test_round18_proposers_are_asserted(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    (" a compromise", True), (" that the", True), (" alteration", False), (" amendments", False), (" 10am", False),
])
def test_object_opener_pattern(text, found):
    assert bool(M.OBJECT_OPENER.match(text)) is found


@pytest.mark.parametrize("pattern, text, found", [
    ("DASH", "visas — commonly", True), ("DASH", "government-- including", True), ("DASH", "up - out of", True),
    ("DASH", "a 60-vote test", False),
    ("CUE_PREFILTER_PLAN_ITEM", "Hiring 10,000 agents", True), ("CUE_PREFILTER_PLAN_ITEM", "HIRING 10,000", True),
    ("CUE_PREFILTER_PLAN_ITEM", "he said, adding that 20 more", False),
])
def test_round18_dash_and_plan_item_prefilter_patterns(pattern, text, found):
    assert bool(getattr(M, pattern).search(text)) is found


# Round 18 mend: an attribution between commas with a cue of its own keeps its commas as breaks (AllSides sentences the
# round's first version moved: ", as projected,", ", slightly below forecasts,").
@pytest.mark.parametrize("text, surface, expected", [
    ("Payrolls grew by a lower-than-expected 157,000 in July, and the unemployment rate edged down to 3.9 percent, as "
     "projected, the Labor Department said Friday.", "3.9 percent", "asserted"),
    ("Consumption grew 2.8 percent, slightly below forecasts, while investment accelerated.", "2.8 percent",
     "asserted"),
])
def test_round18_comma_attribution_with_a_cue_is_a_break(text, surface, expected):
    assert modality(text, surface)[0] == expected


# Round 18: a noun and "to" may stand between a verb of refusal and its figure: who was refused something (AllSides
# sentences found reading the round's negated claims); a modal before the verb still projects.
@pytest.mark.parametrize("text, surface, expected", [
    ("The United States denied entry to 109 travelers heading to the country at the time the ruling was signed.", "109",
     "asserted"),
    ("The plan could deny entry to approximately 375,000 prospective immigrants each year.", "375,000", "projected"),
])
def test_round18_refusal_to_recipients(text, surface, expected):
    assert modality(text, surface)[0] == expected


# Round 18: "if" after a verb of asking, knowing or checking opens an indirect question, no condition of the figure
# before it (AllSides sentences found reading the projected claims); a conditional "if" after the figure still counts.
@pytest.mark.parametrize("text, surface, expected", [
    ("I asked one of them if we were allowed to leave, and they said no.", "one", "asserted"),
    ("Workers had made a mistake and only waited 24 hours to check if the anthrax was sufficiently inactive.",
     "24 hours", "asserted"),
    ("Asked at one point if he held Russia accountable, Trump demurred.", "one point", "asserted"),
    ("Phillipos faces a maximum of eight years behind bars and a $250,000 fine if convicted.", "$250,000", "projected"),
])
def test_round18_indirect_question_if(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    ("i asked one of them ", True), ("wondering ", True), ("to check ", True), ("a $250,000 fine ", False),
    ("asked, for instance, ", False),
])
def test_whether_before_pattern(text, found):
    assert bool(M.WHETHER_BEFORE.search(text)) is found


# Round 18: a ratio's words between a figure and "likely" measure a risk as studies found it, asserted (AllSides
# sentences found reading the projected claims); "likely" as the figure's own forecast still projects.
@pytest.mark.parametrize("text, surface, expected", [
    ("Carnegie Mellon economics professor Linda Babcock says men are four times more likely to negotiate their pay.",
     "four", "asserted"),
    ("Black people were roughly 31 percent more likely to be pulled over than their white counterparts in 2011.",
     "31 percent", "asserted"),
    ("Workers at these firms are one-fourth as likely to be laid off.", "one-fourth", "asserted"),
    ("About 5,000 more troops are likely to be sent.", "5,000", "projected"),
])
def test_round18_ratio_of_likelihood_is_measured(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    (" times more ", True), (" as ", True), (" percentage points less ", True), (" more troops are ", False),
])
def test_ratio_before_likely_pattern(text, found):
    assert bool(M.RATIO_BEFORE_LIKELY.fullmatch(text)) is found


# Round 18: a conjunction of cause between a cue and the figure opens a reason's clause, which the cue does not govern
# (written from speaker_r8b s24; the others are other AllSides sentences); "because of" stays in the cue's clause.
@pytest.mark.parametrize("text, surface, expected", [
    ("That could restrain growth because consumer spending drives 70 percent of economic activity.", "70 percent",
     "asserted"),
    ("It’s not going to happen because 90 percent of Republicans just voted against that idea.", "90 percent",
     "asserted"),
    ("Authorities had initially believed the bombings may be hate crimes because the first two victims were black.",
     "two", "asserted"),
    ("German chancellor Angela Merkel’s government may fall because of one such reaction.", "one", "projected"),
])
def test_round18_cause_clause_is_its_own(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    ("growth because consumer", True), ("now that the", True), ("fall because of one", False),
])
def test_cause_clause_pattern(text, found):
    assert bool(M.CAUSE_CLAUSE.search(text)) is found


# Round 18: a conjunction of cause after the figure ends its clause: a cue in the reason is not the figure's (AllSides
# sentences found reading the negated claims).
@pytest.mark.parametrize("text, surface, expected", [
    ("By that time, the FBI's investigation into Tsarnaev had been closed for nearly six months because the FBI "
     "uncovered no evidence that he was tied to terror groups.", "six months", "asserted"),
    ("This number is remarkably low for a city of 600,000 because most law-abiding people won’t go through the 11 steps "
     "necessary to register.", "600,000", "asserted"),
])
def test_round18_cause_clause_after_the_figure(text, surface, expected):
    assert modality(text, surface)[0] == expected


# Round 18: a passive of a refusal verb after the figure: the figure counts what was refused (AllSides sentences found
# reading the negated claims); an active denial of a clause still negates.
@pytest.mark.parametrize("text, surface, expected", [
    ("Of those, 291,859 have been approved while only 2,352 had been denied.", "2,352", "asserted"),
    ("However, 18 of those cases were dismissed, leaving 44 prosecuted.", "18", "asserted"),
    ("In total, about 50,000 people were denied H-1B visas in the past year.", "50,000", "asserted"),
    ("The ministry denied that 20 soldiers had been killed.", "20", "negated"),
])
def test_round18_passive_refusal_counts(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    ("2,352 had been ", True), ("cases were ", True), ("applications get ", True), ("the ministry ", False),
])
def test_passive_before_pattern(text, found):
    assert bool(M.PASSIVE_BEFORE.search(text)) is found


# Round 18: a noun of a law, an order or a plan, a participle of a change, and "to" before the figure: the level the
# measure sets is its goal, projected (written from dev_r18a p44; the second is another AllSides sentence).
@pytest.mark.parametrize("text, surface, expected", [
    ("In his address, Mr. Obama again called on Congress to pass legislation raising the national minimum wage to "
     "$10.10 from $7.25.", "$10.10", "projected"),
    ("In February, Obama signed an executive order raising the minimum wage to $10.10 per hour for federal "
     "contractors.", "$10.10 per hour", "projected"),
    ("Arkansas lawmakers raised the minimum wage to $8.50 last year.", "$8.50", "asserted"),
])
def test_round18_measure_sets_a_goal(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("pattern, text, found", [
    ("MEASURE_CHANGE_BEFORE", "pass legislation raising the national minimum wage to ", True),
    ("MEASURE_CHANGE_BEFORE", "a bill cutting taxes to about ", True),
    ("MEASURE_CHANGE_BEFORE", "lawmakers raised the minimum wage to ", False),
    ("CUE_PREFILTER_MEASURE", "an executive order raising the minimum wage", True),
    ("CUE_PREFILTER_MEASURE", "Legislation raising the age", True), ("CUE_PREFILTER_MEASURE", "order raised", False),
])
def test_measure_change_patterns(pattern, text, found):
    assert bool(getattr(M, pattern).search(text)) is found


# Round 19: a noun of a goal right after a share or an amount: the level aimed at, projected (written from dev_r20a
# ta02; the others are other AllSides sentences). Not after a count ("struck 30 targets") nor past "of".
@pytest.mark.parametrize("text, surface, expected", [
    ("The GDP report showed the Fed's preferred price index rose at a 1.5 percent annualized pace last quarter, below "
     "the central bank's 2 percent goal.", "2 percent", "projected"),
    ("Economists are forecasting growth this year around 2.5%, below the Trump administration’s 3% target.", "3%",
     "projected"),
    ("A GoFundMe campaign had raised nearly $55,000 of its $118,000 goal as of 4 p.m. EDT Sunday.", "$118,000",
     "projected"),
    ("According to the National Shooting Sports Foundation, 21.8 percent of target shooters in America are under the "
     "age of 25.", "21.8 percent", "asserted"),
    ("Coalition jets struck 30 targets near Raqqa on Sunday.", "30", "asserted"),
])
def test_round19_goal_after_the_figure(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    (" inflation target", True), (" goal", True), (" targets", True), (" of target shooters", False),
    (" percent of", False),
])
def test_goal_after_pattern(text, found):
    assert bool(M.GOAL_AFTER.match(text)) is found


# Round 19: "later" and a point of a day, week or year not over yet in a clause not told in the past: the figure's
# event is to come (written from dev_r20a ta06; the second is another AllSides sentence). A past clause ("dropped it
# back to 10 later Sunday") and an amount that exists ("its $85 billion monthly bond purchases") stay asserted.
@pytest.mark.parametrize("text, surface, expected", [
    ("Trump departs later on Monday for Hanoi to participate in two days of meetings with Kim.", "two days",
     "projected"),
    ("Verso Corp., for example, is idling a paper mill in Wisconsin later this month and cutting 900 jobs.", "900",
     "projected"),
    ("Police initially said 10 people were wounded, then dropped it back to 10 later Sunday.", ("back to", "10"),
     "asserted"),
    ("The Fed is deciding whether to scale back its $85 billion monthly bond purchases later this year.",
     "$85 billion", "asserted"),
])
def test_round19_later_point(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    ("departs later on monday for", True), ("later this month and", True), ("later today", True),
    ("two years later, he", False), ("later that year", False),
])
def test_later_point_pattern(text, found):
    assert bool(M.LATER_POINT.search(text)) is found


# Round 19: a verb of a plan under consideration takes the figure as object: projected (written from dev_r20b tb23; the
# others are other AllSides sentences); "considering" as a preposition projects nothing.
@pytest.mark.parametrize("text, surface, expected", [
    ("McConnell and the White House are eyeing a $1 trillion measure, though senators have acknowledged that could "
     "creep upward.", "$1 trillion", "projected"),
    ("Massachusetts is considering a 25 percent excise tax on all firearms, ammunition and parts.", "25 percent",
     "projected"),
    ("McConnell is now mulling one more floor vote on the House’s bill.", "one", "projected"),
    ("Turnout was high, especially considering 40 percent of voters stayed home in 2014.", "40 percent", "asserted"),
])
def test_round19_plan_under_consideration(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("pattern, text, found", [
    ("CONSIDERATION_BEFORE", "are eyeing a ", True), ("CONSIDERATION_BEFORE", "is considering ", True),
    ("CONSIDERATION_BEFORE", "weighing about ", False), ("PREPOSITION_CONSIDERING", "especially ", True),
    ("PREPOSITION_CONSIDERING", "turnout was high,", True), ("PREPOSITION_CONSIDERING", "massachusetts is ", False),
])
def test_consideration_patterns(pattern, text, found):
    assert bool(getattr(M, pattern).search(text)) is found


# Round 19: a cue inside a quotation does not reach a participle after its attribution (written from dev_r20b tb26; the
# second is another AllSides sentence); a verb of request there projects its object, "a noun of" between.
@pytest.mark.parametrize("text, surface, expected", [
    ("“We can never erase your pain, but we can honor their sacrifice by pledging our resolve to do whatever we must "
     "to keep our people safe,” Trump said, speaking to hundreds of family members gathered at the Pentagon.",
     "hundreds", "asserted"),
    ('"David Gregory ammo nonstory may be even more of a nonstory," tweeted Jeff Jarvis, linking to one report about '
     "NBC's due diligence before the segment.", ("linking", "one"), "asserted"),
    ('"The wall design shall be physically imposing in height," the CBP outlines say, calling for a nominal height of '
     "30 feet.", "30 feet", "projected"),
    ("The median estimate in a Bloomberg survey called for an increase of 180,000.", "180,000", "projected"),
    ("Green also is calling for a peer-review of three SEAL officers who oversaw Gallagher during his deployment.",
     "three", "asserted"),
])
def test_round19_quotation_and_attribution(text, surface, expected):
    assert modality(text, surface)[0] == expected


@pytest.mark.parametrize("text, found", [
    (" a nominal height of ", True), (" an increase of about ", True), (" a height ", False), (" the increase of ", False),
    (" a peer-review of ", False),
])
def test_object_measure_of_pattern(text, found):
    assert bool(M.OBJECT_MEASURE_OF.fullmatch(text)) is found


# Round 19: the loose prefilters (no leading "\b", so ``re`` skips ahead to the first letters) let through at least
# what the exact ones did.
@pytest.mark.parametrize("pattern, text, found", [
    ("CUE_PREFILTER_PLAN_ITEM", "Hiring 10,000 agents", True), ("CUE_PREFILTER_PLAN_ITEM", "hiring 10,000", False),
    ("CUE_PREFILTER_LATER_GOAL", "departs later on Monday", True), ("CUE_PREFILTER_LATER_GOAL", "the 2% Target", True),
    ("CUE_PREFILTER_LATER_GOAL", "the goalkeeper", False),
])
def test_round19_prefilters(pattern, text, found):
    assert bool(getattr(M, pattern).search(text)) is found


def test_round19_considering_opening_its_sentence_is_a_preposition():
    text = "Considering 40 percent of voters stayed home, the result is no mandate."
    assert modality(text, "40 percent")[0] == "asserted"


# WordStart searches a "\b"-led pattern without trying it at every character; it must find what the pattern finds.
_WORD_START_TEXTS = [
    "He was responsible for the deaths of 176 people, because the bombs went off later this week.",
    "the deaths of 12 adults", "Xthe deaths of 12", "_later today", "later today", "given that 40 percent",
    "now that 3 million", "because of the storm", "", "   later on Monday   ", "sub-later this year",
]


@pytest.mark.parametrize("name", [n for n in dir(M) if isinstance(getattr(M, n), M.WordStart)])
@pytest.mark.parametrize("text", _WORD_START_TEXTS)
def test_word_start_search_is_the_patterns_search(name, text):
    pattern = getattr(M, name)
    for pos in range(0, len(text) + 1, 7):
        for endpos in (None, len(text) - 3, pos + 20):
            found = pattern.search(text, pos) if endpos is None else pattern.search(text, pos, endpos)
            expected = pattern.compiled.search(text, pos) if endpos is None else pattern.compiled.search(text, pos, endpos)
            assert (found.span() if found else None) == (expected.span() if expected else None)


def test_word_start_refuses_a_pattern_without_a_leading_word_boundary():
    with pytest.raises(ValueError):
        M.WordStart(re.compile(r"later\b"))
    # "\b" is made to guard every alternative: "xbar" holds "bar" but no word starting with it.
    assert M.WordStart(re.compile(r"\bfoo|bar")).search("xbar") is None


# Speed round 24: the letter prefilters let through every text their pattern matches in.
@pytest.mark.parametrize("name, prefilter, text", [
    ("RELATIVE_THEN_MODAL", "MODAL_LETTERS", " upscale tower that fell may have had"),
    ("RELATIVE_THEN_MODAL", "MODAL_LETTERS", " of immigrants awaiting hearings will have"),
    ("RELATIVE_THEN_MODAL", "MODAL_LETTERS", " people who were evacuated should"),
    ("RELATIVE_THEN_MODAL", "MODAL_LETTERS", " men who might be responsible"),
    ("COMING_PERIOD_AFTER", "COMING_WORD_LETTERS", " in financial support over the next two years"),
    ("COMING_PERIOD_AFTER", "COMING_WORD_LETTERS", " in the coming months"),
    ("COMING_PERIOD_AFTER", "COMING_WORD_LETTERS", " over the past two years"),
])
def test_letter_prefilters_let_matches_through(name, prefilter, text):
    matched = getattr(M, name).search(text) is not None
    assert not matched or getattr(M, prefilter).search(text) is not None
    # and the helpers that gate the pattern answer as the pattern does
    helper = M._relative_then_modal if name == "RELATIVE_THEN_MODAL" else M._coming_period_after
    expected = (M.RELATIVE_THEN_MODAL.match if name == "RELATIVE_THEN_MODAL" else M.COMING_PERIOD_AFTER.search)(text)
    found = helper(text, 0, len(text))
    assert (found.span() if found else None) == (expected.span() if expected else None)


@pytest.mark.parametrize("text, found", [
    ("they would", "would"), ("shoulder", "should"), ("nothing here", None), ("a mayor", "may"), ("coming up next", None),
])
def test_modal_letters_regex(text, found):
    match = M.MODAL_LETTERS.search(text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize("text, found", [("the next two", "next"), ("homecoming", "coming"), ("the past year", None)])
def test_coming_word_letters_regex(text, found):
    match = M.COMING_WORD_LETTERS.search(text)
    assert (match.group() if match else None) == found


# Speed round 24: has_cue_word answers as the seven prefilters one after another, at every window.
CUE_WORD_TEXTS = [
    "said 40 people, raising the wage\traising; later 2021 “Will” n't, Hiring 10 and the goal",
    "an order raising the wage by 12 percent in Ohio", "the 2% goal in 2021 for Ohio", "it rose in Ohio",
    "Officials said 40 people will attend; it won’t rain. In 2021 over the next two weeks they're hiring.",
    "Hiring 10,000 agents, an order\traising the wage, LATER this month; the 2% Target and goals",
    "No one knows. NOT YET: “Could” — the Coming Months, (expected) 1999, ’ll and 'S TIME x'll",
    "the goalkeeper, homecoming, nextdoor 19x9 Adding 5 raisings laterally; plain words only here",
    "Next Week and COMING YEARS; ‘may’ - might; cannot can't can’t; 200,000 jobs expected.",
]


@pytest.mark.parametrize("text", CUE_WORD_TEXTS)
def test_has_cue_word_is_any_prefilter(text):
    for start in range(0, len(text), 2):
        for end in range(start, len(text) + 1, 3):
            expected = any(pattern.search(text, start, end) for pattern in M.CUE_PREFILTERS)
            assert M.has_cue_word(text, start, end) == expected, (start, end)
            # a part of a sentence answers the same told from the sentence's match
            assert M._cue_in_window(text, start, end, M.cue_word_span(text, 0, len(text))) == expected, (start, end)


@pytest.mark.parametrize("text, found", [
    ("it won’t rain", True), ("in 2021", True), ("over the next two weeks", True), ("Hiring 10,000", True),
    ("an order\traising the wage", False), ("departs later on Monday", True), ("the 2% Target", True),
    ("the goalkeeper", False), ("homecoming weeks", False), ("he said, adding that 20 more", False),
    ("order raised", False), ("in 1850", False), ("an order raising the wage", False),
])
def test_cue_prefilter_others_regex(text, found):
    assert (M.CUE_PREFILTER_OTHERS.search(text) is not None) is found


@pytest.mark.parametrize("text, found", [
    ("an order raising the wage", True), ("order\tcapping rents", True), ("praising them", False),
    ("raisingly", False), ("raising", False),
])
def test_cue_prefilter_measure_at_g_regex(text, found):
    assert (M.CUE_PREFILTER_MEASURE_AT_G.search(text) is not None) is found


@pytest.mark.parametrize("text, found", [
    ("they will go", " will"), ("(expected) rise", "(expected"), ("goodwill", None), ("will", None),
])
def test_cue_prefilter_word_after_regex(text, found):
    match = M.CUE_PREFILTER_WORD_AFTER.search(text)
    assert (match.group() if match else None) == found


# Speed round 24: each word gate finds a word in every text its pattern matches in (so a text without skips it).
@pytest.mark.parametrize("pattern, gate, text", [
    ("DIRECTIVE", "DIRECTIVE_WORDS", "Trump ordered the Pentagon to deploy 3,000"),
    ("DIRECTIVE", "DIRECTIVE_WORDS", "called on the court to open an investigation"),
    ("OBJECT_CUE", "OBJECT_CUE_WORDS", "threatened the 300 jobs"), ("OBJECT_CUE", "OBJECT_CUE_WORDS", "calling for a height"),
    ("CONSIDERATION_BEFORE", "CONSIDERATION_WORDS", "are eyeing a "),
    ("CONSIDERATION_BEFORE", "CONSIDERATION_WORDS", "is considering a "),
    ("SUPERSEDED_BEFORE", "SUPERSEDED_BEFORE_WORDS", "revised down to 138,000 from "),
    ("SUPERSEDED_BEFORE", "SUPERSEDED_BEFORE_WORDS", "raised the earlier death toll of "),
    ("SUPERSEDED_BEFORE", "SUPERSEDED_BEFORE_WORDS", "previously reported "),
    ("EARLY_REPORT", "EARLY_REPORT_WORDS", "initial reports said 40"),
    ("EARLY_REPORT", "EARLY_REPORT_WORDS", "early estimates put the toll at"),
    ("PROJECTED_BEFORE_CUE", "PROJECTED_BEFORE_WORDS", "is expected to reach"),
    ("PROJECTED_BEFORE_CUE", "PROJECTED_BEFORE_WORDS", "threatened to cut"),
    ("DEATH_EVENT_BEFORE", "DEATH_EVENT_WORDS", "the deaths of "), ("DEATH_EVENT_BEFORE", "DEATH_EVENT_WORDS", "the massacre of "),
    ("NEGATED_MODAL", "NOT_LETTERS", "it wouldn’t spend"), ("NEGATED_MODAL", "NOT_LETTERS", "could probably not"),
    ("NEGATED_MODAL", "NOT_LETTERS", "may not"),
])
def test_word_gates_find_a_word_in_every_match(pattern, gate, text):
    match = getattr(M, pattern).search(text)
    assert match is not None
    assert getattr(M, gate).search(text, match.start(), match.end()) is not None


@pytest.mark.parametrize("gate, text, found", [
    ("DIRECTIVE_WORDS", "he told them", "told"), ("DIRECTIVE_WORDS", "He Told them", None),
    ("OBJECT_CUE_WORDS", "a push to", "push"), ("CONSIDERATION_WORDS", "mulls over", "mulls"),
    ("SUPERSEDED_BEFORE_WORDS", "the tally of", "tally"), ("EARLY_REPORT_WORDS", "reported", "report"),
    ("EARLY_REPORT_WORDS", "the count", None),
])
def test_word_gate_regexes(gate, text, found):
    match = getattr(M, gate).search(text)
    assert (match.group() if match else None) == found


# and the stage answers as before for figures those patterns govern
@pytest.mark.parametrize("text, surface, expected", [
    ("Trump ordered the Pentagon to deploy 3,000 troops.", "3,000", "projected"),
    ("The jobs report was revised down to 138,000 from 196,000.", "196,000", "negated"),
    ("Initial reports said 40 people had died, but the toll rose.", "40", "negated"),
    ("Lawmakers are eyeing a $1 trillion measure.", "$1 trillion", "projected"),
    ("The age rose to 19 instead of 21.", "21", "asserted"),
])
def test_gated_patterns_still_decide(text, surface, expected):
    assert modality(text, surface)[0] == expected


# Speed round 24: "that" and "because" gate FORECAST_CLAUSE, CAUSE_CLAUSE and MANDATIVE_THAT; "the" THE_BEFORE_FIGURE;
# "instead" INSTEAD_OF_BEFORE; "can" CAN_REACH_BEFORE: every match holds its word.
@pytest.mark.parametrize("pattern, word, text", [
    ("FORECAST_CLAUSE", "that", "modeling that predicts that by"), ("CAUSE_CLAUSE", "because", "two seats because its"),
    ("CAUSE_CLAUSE", "that", "now that the"), ("CAUSE_CLAUSE", "that", "given that"),
    ("MANDATIVE_THAT", "that", "has ordered that children"), ("THE_BEFORE_FIGURE", "the", "than the "),
    ("INSTEAD_OF_BEFORE", "instead", "to 19 instead of "), ("CAN_REACH_BEFORE", "can", "can get to "),
    ("FACTIVE_THAT", "that", "would be surprised to learn that "), ("RELATIVE_PAST", "that", "attacks that killed "),
    ("RELATIVE_PAST_SUBJECT", "that", "attack that the u.s. said killed "),
])
def test_literal_gates_are_in_every_match(pattern, word, text):
    match = getattr(M, pattern).search(text)
    assert match is not None and word in match.group()


# Speed round 24: CLAUSE_BREAK is CLAUSE_BREAK_PLAIN with literal-led branches; the matches are the same.
def test_whitespace_is_every_character_of_backslash_s():
    assert M.WHITESPACE == "".join(chr(c) for c in range(0x110000) if re.match(r"\s", chr(c)))


@pytest.mark.parametrize("text", [
    "a  -\tb, 000,12 but\u00a0-\u2003x -- y;(z) “q” \"r\" : s",
    "although though however while whereas butter abut rebut athough, somewhat",
    "x\u2028-\u2029y  ,123,  ,12 \u3000-\u3000 \n-\n , 4,000 — – dash",
    "   -  --- - -x- 1,2345, 1,23 but, However While",
])
def test_clause_break_is_clause_break_plain(text):
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert [m.span() for m in M.CLAUSE_BREAK.finditer(text, start, end)] == \
                [m.span() for m in M.CLAUSE_BREAK_PLAIN.finditer(text, start, end)], (start, end)


# Speed round 24: NEGATED_CUE is NEGATED_CUE_PLAIN with literal-led branches; the matches are the same.
@pytest.mark.parametrize("text", [
    "not no nor none of them, neither; never, no longer denied deny denying dismissed; refuted rejects can't won’t",
    "knot snot nothing nowhere notwithstanding nonetheless dnot xno, no-deal n't n’t ’t 'nt denies_ _no",
    "they didn't deny it; NOT no\u00a0longer none\u2003of, noted",
])
def test_negated_cue_is_negated_cue_plain(text):
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1, 2):
            assert [m.span() for m in M.NEGATED_CUE.finditer(text, start, end)] == \
                [m.span() for m in M.NEGATED_CUE_PLAIN.finditer(text, start, end)], (start, end)


@pytest.mark.parametrize("words", [["not", "no", "n't", "'ll", "no longer"], ["will", "would", "’ll"]])
def test_literal_led_words_match_lower_words(words):
    plain, led = re.compile(M._lower_words(words)), re.compile(M._literal_led_words(words))
    text = "we will not go, no longer; you'll won’t wouldn't knot willow 'll n't no"
    for start in range(len(text) + 1):
        assert [m.span() for m in led.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]
