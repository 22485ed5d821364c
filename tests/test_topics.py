"""Assigning claims to figures: concepts, user topics, places and stories."""

from pathlib import Path

import pandas as pd
import pytest

from checker.ruleset import load_rules
from checker.topics import assign_topics, topic_base

ROOT = Path(__file__).resolve().parent.parent


def claims_from(rows):
    records = []
    for n, (sentence, surface, entity, unit, doc, published) in enumerate(rows):
        records.append({"claim_id": f"c{n}", "doc_id": doc, "published": published, "sentence": sentence,
                        "surface": surface, "unit": unit, "entity": entity, "entity_phrase": entity,
                        "value": 1.0, "modality": "asserted"})
    return pd.DataFrame(records)


# Real sentences from the quake RSS corpus and BASIL (not the ones the lexicon was written from).
@pytest.mark.parametrize("sentence, surface, entity, unit, topic", [
    ("Turkey and Syria earthquake death toll climbs to over 7,900 as extreme cold hampers rescue efforts",
     "over 7,900", "", "count", "deaths"),
    ("More than 20,000 people confirmed dead after Turkey-Syria earthquake", "More than 20,000", "people",
     "count", "deaths"),
    ("The quake killed 5,894 people in Turkey and 1,932 in Syria.", "1,932", "", "count", "deaths@syria"),
    ("The quake killed at least 1,500 and injured more than 8,000.", "more than 8,000", "", "count",
     "injured"),
    ("A magnitude 7.7 earthquake struck at a depth of 10 kilometers", "10 kilometers", "kilometer",
     "kilometre", ""),
    ("Trump is also expected to approve Congress’ spending bill, which grants him $1.375 billion for the wall",
     "$1.375 billion", "", "dollar", "cost~dollar"),
    ("Two Defense Department officials said Thursday that about 7,000 troops will be withdrawn",
     "about 7,000", "troop", "count", "troops"),
])
def test_concepts(sentence, surface, entity, unit, topic):
    claims = claims_from([(sentence, surface, entity, unit, "d", "2023-02-07")])
    assert assign_topics(claims, load_rules(None))["topic"].iloc[0] == topic


def test_user_topic_needs_its_context():
    pack = load_rules([ROOT / "rules" / "nk-troops.yaml"])
    claims = claims_from([
        ("According to Ukrainian President Volodymyr Zelensky, 11,000 North Korean soldiers have been deployed",
         "11,000", "soldier", "count", "003", "2024-11-07"),
        ("Two Defense Department officials said Thursday that about 7,000 troops will be withdrawn",
         "about 7,000", "troop", "count", "nyt", "2018-12-20"),
    ])
    topics = assign_topics(claims, pack)
    assert list(topics["topic"]) == ["nk-troops-in-russia", "troops"]
    assert topics["topic_label"].iloc[0] == "North Korean troops in Russia"


def test_unrelated_stories_are_different_figures():
    claims = claims_from([
        ("The earthquake in Turkey killed 5,000 people, officials said.", "5,000", "people", "count", "q1",
         "2023-02-07"),
        ("The earthquake in Turkey killed 8,000 people, officials said.", "8,000", "people", "count", "q2",
         "2023-02-08"),
        ("The storm killed 14 people in Texas, Governor Greg Abbott said.", "14", "people", "count", "t1",
         "2021-02-17"),
    ])
    topics = assign_topics(claims, load_rules(None))["topic"].tolist()
    assert topics[0] == topics[1] != topics[2]
    assert {topic_base(t) for t in topics} == {"deaths"}


@pytest.mark.parametrize("sentence, surface, entity, topic", [
    # Victims can be survivors: the verb next to the figure decides.
    ("It said that nearly 93,000 victims have been evacuated from the quake zone in southern Turkey",
     "nearly 93,000", "victim", "displaced@turkey"),
    # A cue in another statement does not label the figure.
    ("Death toll of 47,000 expected to rise and WHO says 26 million people need assistance",
     "26 million", "people", ""),
    ("Death toll of 47,000 expected to rise and WHO says 26 million people need assistance",
     "47,000", "", "deaths"),
])
def test_cues_stay_in_their_clause(sentence, surface, entity, topic):
    claims = claims_from([(sentence, surface, entity, "count", "d", "2023-02-20")])
    assert assign_topics(claims, load_rules(None))["topic"].iloc[0] == topic


@pytest.mark.parametrize("sentence, surface, entity, topic", [
    # The cue is the subject of a rise verb, however long: (quake RSS, 7 Feb 2023).
    ("The death toll from the earthquakes in Turkey and Syria climbed to more than 7,900 on Tuesday",
     "more than 7,900", "syria", "deaths"),
    # An entity no concept knows (a verb taken for the noun) needs the cue right next to it.
    ("Experts warned that the toll could pass 20,000", "20,000", "pass", "deaths"),
    ("Experts warned that 20,000 buildings could be damaged, and the toll could still rise",
     "20,000", "building", ""),
    # An entity another concept owns is not re-labelled by a far cue: soldiers are troops ...
    ("North Korean troops have not yet engaged in combat, but 11,000 soldiers are deployed and the war "
     "has killed many", "11,000", "soldier", "troops"),
    # ... but a casualty cue right next to a counted group makes a casualty figure (BASIL, Fox 2018).
    ("More than 2,400 American soldiers have died in Afghanistan since the 2001 invasion", "More than 2,400",
     "soldier", "deaths@afghanistan"),
    ("Police said 47 protesters were arrested overnight", "47", "protester", "arrested"),
])
def test_cue_reach(sentence, surface, entity, topic):
    claims = claims_from([(sentence, surface, entity, "count", "d", "2023-02-07")])
    assert assign_topics(claims, load_rules(None))["topic"].iloc[0] == topic


def test_past_figures_are_their_own():
    # Quake RSS, 6 Feb 2023: "the most deadly in Turkey since an earthquake in 1999 that killed 17,500".
    claims = claims_from([
        ("the most deadly in Turkey since an earthquake in 1999 that killed 17,500.", "17,500", "", "count",
         "a", "2023-02-06"),
        ("The earthquake killed more than 2,300 people.", "more than 2,300", "people", "count", "a",
         "2023-02-06"),
    ]).assign(claim_date=["1999-01-01", "2023-02-06"])
    topics = assign_topics(claims, load_rules(None))
    assert list(topics["topic"]) == ["deaths#past-1999", "deaths"]


@pytest.mark.parametrize("sentence, surface", [
    ("Noah Nathan, 47, lives in a nearby apartment building and was at the dog park when the shooting took place.",
     "47"),
    ("Jay Roberts, 60, lives nearby and said the game was probably one of the few moments", "60"),
])
def test_ages_are_not_figures(sentence, surface):
    claims = claims_from([(sentence, surface, "", "count", "d", "2017-06-14")])
    assert assign_topics(claims, load_rules(None))["topic"].iloc[0] == ""


@pytest.mark.parametrize("text, matches", [("Noah Nathan, ", True), ("the shooting, ", False), ("Mr. Roberts,", True)])
def test_age_name_pattern(text, matches):
    from checker.topics import AGE_APPOSITION_BEFORE
    assert bool(AGE_APPOSITION_BEFORE.search(text)) is matches


def test_same_day_reports_sharing_a_name_are_one_story():
    # BASIL, Orlando shooting (12-13 June 2016): three outlets, one story; "Obama" is shared.
    claims = claims_from([
        ("Obama said the nightclub massacre in which 50 people were killed is being investigated",
         "50", "people", "count", "fox", "2016-06-13"),
        ("Mr. Obama said the country had again been traumatized, with 50 people killed and 53 wounded",
         "50", "people", "count", "nyt", "2016-06-12"),
        ("Donald Trump called for President Barack Obama to resign over a shooting that left 50 people dead",
         "50", "people", "count", "hpo", "2016-06-12"),
        ("The storm killed 14 people in Texas, Governor Greg Abbott said.", "14", "people", "count", "t1",
         "2021-02-17"),
    ])
    topics = assign_topics(claims, load_rules(None))["topic"].tolist()
    assert topics[0] == topics[1] == topics[2] != topics[3]


def test_other_counts_get_a_fallback_figure_per_noun():
    # BASIL (Jan 2013): "23 executive actions" (HuffPost) / "19 separate actions" (NYT).
    claims = claims_from([
        ("the administration is supplementing its proposal with 23 executive actions", "23", "action", "count",
         "hpo", "2013-01-16"),
        ("lay out 19 separate actions the president could take", "19", "action", "count", "nyt", "2013-01-14"),
        ("a three-hour nightmare with 5 cats", "5", "cat", "count", "nyt", "2013-01-14"),   # under 10
        ("the 2,000 troops in Syria", "2,000", "troop", "count", "nyt", "2013-01-14"),     # a concept
    ]).assign(value=[23.0, 19.0, 5.0, 2000.0])
    assert assign_topics(claims, load_rules(None))["topic"].tolist() == [
        "count~action", "count~action", "", "troops"]


def test_star_rules_leave_fallback_figures_alone():
    from checker.rules import check
    base = {"unit": "count", "qualifier": "exact", "modality": "asserted", "speaker": "", "entity": "vote",
            "sentence": "", "outlet": "x", "claim_date": "2017-03-23", "topic": "count~vote"}
    # (The two sentences say the same thing of their figures: the fallback counts' same_context.)
    claims = pd.DataFrame([{**base, "claim_id": "a", "doc_id": "a", "value": 41.0, "low": 41.0, "high": 41.0,
                            "surface": "41", "sentence": "The cloture motion got 41 votes in the Senate.",
                            "start": 26, "sentence_start": 0},
                           {**base, "claim_id": "b", "doc_id": "b", "value": 60.0, "low": 60.0, "high": 60.0,
                            "surface": "60", "sentence": "The cloture motion got 60 votes in the Senate.",
                            "start": 26, "sentence_start": 0}])
    ruleset = load_rules(None)
    # Two outlets, one count each, x1.46 apart: a note from the rule that names `count`.
    assert list(check(claims, ruleset)["rule_id"]) == ["counts-differ-between-outlets"]
    star_only = [r for r in ruleset.rules if r.topic == "*"]
    from checker.ruleset import RuleSet
    assert check(claims, RuleSet(star_only, ruleset.topics)).empty


@pytest.mark.parametrize("pattern_name, text, matches", [
    ("CLAUSE_BREAK", "toll of 47,000 expected to rise and WHO says", True),
    ("CLAUSE_BREAK", "; WHO", True),
    ("CLAUSE_BREAK", ", while 2,470", True),
    ("CLAUSE_BREAK", "people were killed in", False),
    ("NAME_WORD", "Erdogan", True),
    ("NAME_WORD", "the", False),
    ("COUNTED_NOUN", "executive action", True),
    ("COUNTED_NOUN", "u.s.", False),
    ("COUNTED_NOUN", "it", False),
    ("AGE_APPOSITION_AFTER", ", lives nearby", True),
    ("AGE_APPOSITION_AFTER", " years old", True),
    ("AGE_APPOSITION_AFTER", " people died", False),
])
def test_topic_patterns(pattern_name, text, matches):
    import checker.topics as topics
    pattern = getattr(topics, pattern_name)
    found = pattern.search(text) if pattern_name in ("CLAUSE_BREAK", "NAME_WORD") else pattern.match(text)
    assert bool(found) is matches


@pytest.mark.parametrize("sentence, surface, value, place", [
    # Quake RSS, Feb 16 2023: repeats the UN's "5.3 million people homeless in Syria alone" (Feb 11).
    ("Speed of aid deliveries to Syria criticised as 5.3 million are left homeless", "5.3 million", 5.3e6, "Syria"),
    # Near misses: a sentence naming both countries is the combined scope ...
    ("5.3 million are left homeless in Turkey and Syria", "5.3 million", 5.3e6, ""),
    # ... a round figure is anyone's (Feb 9: "claimed the lives of over 19,000 people").
    ("anger grew in Syria over earthquakes which have left over 5,000,000 people homeless", "5,000,000", 5e6, ""),
])
def test_unplaced_figures_repeating_a_placed_precise_value_take_its_place(sentence, surface, value, place):
    claims = claims_from([
        ("The quake has made up to 5.3 million people homeless in Syria alone, the UN warned.", "5.3 million",
         "people", "count", "un", "2023-02-11"),
        ("Five million may be homeless in Syria after quake: UN", "Five million", "", "count", "un2", "2023-02-11"),
        (sentence, surface, "", "count", "later", "2023-02-16"),
    ]).assign(value=[5.3e6, 5e6, value])
    topics = assign_topics(claims, load_rules(None))
    assert list(topics["place"]) == ["Syria", "Syria", place]
    assert topics["topic"].iloc[2].split("#")[0] == ("displaced@syria" if place else "displaced")


# AllSides articles past the first 1,000 (the rules came from the first 1,000).
@pytest.mark.parametrize("sentence, surface, entity, topic", [
    # Increments and differences are not values of the figure.
    ("Bush's decision to send an extra 30,000 troops to Iraq in 2007", "30,000", "troop", ""),
    ("President Obama’s decision to send an additional 450 troops to Iraq to train", "450", "troop", ""),
    ("Professional and technical service jobs rose by 27,000", "27,000", "", ""),
    ("Two Defense Department officials said Thursday that about 7,000 troops will be withdrawn",
     "about 7,000", "troop", "troops"),                                    # near miss: a plain figure
    # A part of a number is not the figure.
    ("Italian rescuers, earlier said around 50 of 700 people on the boat had been saved", "50", "", ""),
    # Jobs added are not jobs cut, nor jobs cut the jobs a place has; private payrolls are another statistic.
    ("Businesses added 223,000 jobs in May, up from 159,000 in April", "223,000", "job", "jobs~added"),
    ("The private sector added 246,000 jobs in February", "246,000", "job", "jobs~private"),
    ("The carmaker said on Tuesday it would cut 4,500 jobs at its plants", "4,500", "job", "jobs~cut"),
])
def test_changes_parts_and_splits(sentence, surface, entity, topic):
    claims = claims_from([(sentence, surface, entity, "count", "d", "2019-06-07")])
    assert assign_topics(claims, load_rules(None))["topic"].iloc[0] == topic


@pytest.mark.parametrize("lead_in, change", [
    ("Total nonfarm payroll employment rose by ", True),
    ("The government revised down its estimate for June and July hiring by a combined ", True),
    ("Economists had expected a rise of ", True),
    ("an additional ", True),
    ("The death toll rose to ", False),
    ("The death toll rose by 500 to ", False),
    ("Six people died and another ", False),   # another group, not an increment
    ("killed by ", False),
])
def test_change_pattern(lead_in, change):
    from checker.topics import _lexicon
    assert bool(_lexicon()["change"].search(lead_in)) is change


@pytest.mark.parametrize("after, part", [(" of 31 deaths", True), (" out of 10", True), (" of them", False),
                                         (" of the 49 victims", True), (" people", False)])
def test_part_of_pattern(after, part):
    from checker.topics import PART_OF
    assert bool(PART_OF.match(after)) is part


@pytest.mark.parametrize("after, difference, rate", [
    # AllSides jobs reports (articles 1,001-2,000).
    (" fewer jobs created", True, False),
    (" more than in the previous three months", True, False),
    (" or more jobs a month", False, True),        # "200,000 or more": a bound, then a rate
    (" jobs added each month during the first quarter", False, True),
    (" jobs per month from July through September", False, True),
    (" million/year, or 250,000 a month", False, True),
    (" jobs in the month", False, False),
    (" people were killed", False, False),
])
def test_difference_and_rate_patterns(after, difference, rate):
    from checker.topics import _lexicon
    lexicon = _lexicon()
    assert bool(lexicon["difference"].match(after)) is difference
    assert bool(lexicon["rate_after"].match(after)) is rate


@pytest.mark.parametrize("sentence, surface, topic", [
    ("That meager job growth is only a fraction of the 226,000 jobs added each month during the first quarter",
     "226,000", "jobs~rate"),
    ("Over the last three months, employers have created an average of 202,000 jobs", "202,000", "jobs~rate"),
    ("It revised those figures down to show 49,000 fewer jobs created.", "49,000", ""),
    ("The May number of 69,000 jobs added is a sharpening of the trend.", "69,000", "jobs~added"),
])
def test_rates_and_differences_in_topics(sentence, surface, topic):
    claims = claims_from([(sentence, surface, "job", "count", "d", "2012-06-01")])
    assert assign_topics(claims, load_rules(None))["topic"].iloc[0] == topic


@pytest.mark.parametrize("sentence, surface, topic", [
    # AllSides articles 1,001-2,000 (jobs reports).
    ("Construction added 30,000 jobs in December.", "30,000", "jobs~sector-construction"),
    ("Meanwhile, the construction sector cut 20,000 jobs, which was unexpected", "20,000",
     "jobs~sector-construction"),
    ("In all of 2012, the economy added 183,000 jobs on average.", "183,000", "jobs~rate"),
    ("U.S. Adds 146,000 Jobs; Jobless Rate Falls to 7.7%", "146,000", "jobs~added"),
])
def test_sector_and_average_jobs(sentence, surface, topic):
    claims = claims_from([(sentence, surface, "job", "count", "d", "2012-12-07")])
    assert assign_topics(claims, load_rules(None))["topic"].iloc[0] == topic


# Round 3: AllSides articles past 3,000 (the rules came from articles 1,001-3,000).
@pytest.mark.parametrize("sentence, surface, entity, topic", [
    # An age in a "when" clause is no count of the dead.
    ("He was 36 when he was killed during a night of dancing to celebrate a friend’s new house", "36", "", ""),
    # A part of a group or of a figure just given ("including").
    ("He said 142 of the dead were students, three were policemen and three were soldiers.", "142", "", ""),
    ("Hundreds of protesters have been arrested since Thursday, including 200 in Tehran on Saturday", "200",
     "", ""),
    # The value compared against is an earlier period's; the report's own figure stays.
    ("The US economy added 196,000 jobs in March, up from 33,000 the prior month.", "33,000", "", ""),
    ("The US economy added 196,000 jobs in March, up from 33,000 the prior month.", "196,000", "job",
     "jobs~added"),
    # Patients still in hospital are not the injured total; the total of a part is.
    ("Of the 239 people wounded Tuesday night, 128 remained hospitalized, officials said.", "128", "", ""),
    ("Of the 239 people wounded Tuesday night, 128 remained hospitalized, officials said.", "239", "people",
     "injured"),
    # A total over a span of months is that span's figure.
    ("Businesses have now added 8.5 million jobs over the last 47 months and the unemployment rate ticked down",
     "8.5 million", "job", "jobs~span-47-months"),
    ("Manufacturers have added 99,000 jobs over the past six months, while construction firms have added "
     "114,000 jobs since January.", "99,000", "job", "jobs~span-six-months"),
    # Each industry's jobs are its own figure; the nearest industry names it.
    ("Manufacturers have added 99,000 jobs over the past six months, while construction firms have added "
     "114,000 jobs since January.", "114,000", "job", "jobs~sector-construction"),
    ("The retail industry added 740,000 jobs last month as more nonessential stores were allowed to reopen",
     "740,000", "job", "jobs~sector-retail"),
    # Jobs cut are their own figure.
    ("Sporting goods, hobby, book and music stores cut 22,000 jobs.", "22,000", "job", "jobs~cut"),
    # A noun no concept knows takes no cue past a comma: the attacks did not die.
    ("the Taliban had conducted 30 attacks in 15 provinces in the previous 24 hours, killing four civilians",
     "30", "attack", ""),
])
def test_round3_parts_ages_spans_and_sectors(sentence, surface, entity, topic):
    claims = claims_from([(sentence, surface, entity, "count", "d", "2016-06-29")])
    assert assign_topics(claims, load_rules(None))["topic"].iloc[0] == topic


@pytest.mark.parametrize("pattern_name, text, matches", [
    ("AGE_WHEN_BEFORE", "Durso was ", True),
    ("AGE_WHEN_BEFORE", "the toll was raised to ", False),
    ("AGE_WHEN_AFTER", " when she died in 2002", True),
    ("AGE_WHEN_AFTER", " years old when his parents emigrated", True),
    ("AGE_WHEN_AFTER", " people died", False),
    ("AGED_BEFORE", "a man aged ", True),
    ("AGED_BEFORE", "who died at the age of ", True),
    ("AGED_BEFORE", "the toll of ", False),
    ("PART_OF_GROUP", " of the dead were children", True),
    ("PART_OF_GROUP", " of all the jobs created in June", True),
    ("PART_OF_GROUP", " of the 49 victims", False),          # PART_OF's
    ("PART_OF_GROUP", " of them fatally", False),
    ("SPAN", "over the last 47 months", True),
    ("SPAN", "since June 2009", True),
    ("SPAN", "in the past month", False),                    # the report's own period
    ("SPAN", "since January", False),
])
def test_round3_patterns(pattern_name, text, matches):
    import checker.topics as topics
    pattern = getattr(topics, pattern_name)
    found = pattern.match(text) if pattern_name in ("AGE_WHEN_AFTER", "PART_OF_GROUP") else pattern.search(text)
    assert bool(found) is matches


@pytest.mark.parametrize("name, text, matches", [
    ("part_lead", "have been arrested since Thursday, including ", True),
    ("part_lead", "family units, including more than ", True),
    ("part_lead", "the storm killed ", False),
    ("comparison_lead", "added 196,000 jobs in March, up from ", True),
    ("comparison_lead", "the toll rose to ", False),
    # AllSides past article 5,000: the value a new one is compared with.
    ("comparison_lead", "That represents a sharp increase from the ", True),
    ("comparison_lead", "a 7 percent increase over the ", True),
    ("comparison_lead", "the hourly minimum will rise to ", False),
    ("whole_lead", "Forty of the ", True),
    ("whole_lead", "officials said 40 of the ", True),
    ("whole_lead", "the families of the ", False),
    ("current", "128 remained hospitalized", True),
    # Being in hospital is a state (AllSides 3,001-4,000: "577 people had been wounded and
    # 369 hospitalized"): 369 is no fall of the injured total.
    ("current", "were hospitalized", True),
    ("current", "were wounded", False),
])
def test_round3_lexicon_patterns(name, text, matches):
    from checker.topics import _lexicon
    assert bool(_lexicon()[name].search(text)) is matches


def test_stories_do_not_chain_past_their_span():
    # Documents eight days apart sharing a place and two names chain into one story;
    # it stops at STORY_SPAN_DAYS, however long the chain runs.
    from checker.topics import STORY_SPAN_DAYS
    sentence = "Police in Syria said Smith and Jones were questioned; 12 people were arrested."
    days = pd.date_range("2013-04-16", periods=12, freq="8D")
    claims = claims_from([(sentence, "12", "people", "count", f"d{k}", str(day.date()))
                          for k, day in enumerate(days)])
    events = assign_topics(claims, load_rules(None))["event"].tolist()
    assert events[0] == events[1] != ""
    span_of = {e: (days[events.index(e)], days[len(events) - 1 - events[::-1].index(e)]) for e in set(events)}
    assert all((last - first).days <= STORY_SPAN_DAYS for first, last in span_of.values())
    assert len(set(events)) > 1


def test_stories_do_not_depend_on_set_order():
    # Joining links closest first makes the stories the same in every process
    # (string hashing, hence set order, changes between runs).
    import subprocess
    import sys
    script = ("import pandas as pd; from tests.test_topics import claims_from; "
              "from checker.topics import assign_topics; from checker.ruleset import load_rules; "
              "s = 'Police in Syria said Smith, Jones, Brown and Green met; 12 people were arrested.'; "
              "days = pd.date_range('2013-04-16', periods=12, freq='5D'); "
              "c = claims_from([(s, '12', 'people', 'count', f'd{k}', str(d.date())) for k, d in enumerate(days)]); "
              "print(list(assign_topics(c, load_rules(None))['event']))")
    runs = {subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                           env={"PYTHONHASHSEED": str(seed)}, check=True).stdout for seed in (1, 2, 3)}
    assert len(runs) == 1


RESORTS = "and for bombings of Egyptian beach resorts in 2004 and 2005 that killed more than 100 people"


@pytest.mark.parametrize("sentence, surface, entity, published, topic", [
    # AllSides past article 3,000: a year long over marks a past event's figure ...
    (RESORTS, "more than 100", "people", "2013-11-19", "deaths#past-2005"),
    (RESORTS, "more than 100", "people", "2006-01-20", "deaths"),       # ... a recent one does not
    ("More than 2,400 American soldiers have died in Afghanistan since the 2001 invasion", "More than 2,400",
     "soldier", "2016-06-17", "deaths@afghanistan"),                    # a span up to now
])
def test_sentences_naming_a_past_year(sentence, surface, entity, published, topic):
    claims = claims_from([(sentence, surface, entity, "count", "d", published)])
    assert assign_topics(claims, load_rules(None))["topic"].iloc[0] == topic


@pytest.mark.parametrize("text, years", [("the 2007 Virginia Tech massacre", ["2007"]), ("since 2009", []),
                                         ("since the 2001 invasion", []), ("killed 2,013 people", [])])
def test_sentence_year_pattern(text, years):
    from checker.topics import SENTENCE_YEAR
    assert SENTENCE_YEAR.findall(text) == years


def test_context_keys_mark_names_of_many_stories_common():
    """A name held by claims of more than GENERIC_KEY_STORIES stories is common ("~"); held
    also by more than UBIQUITOUS_KEY_SHARE of the documents, ubiquitous ("~~")."""
    import pandas as pd
    from checker.topics import GENERIC_KEY_STORIES, UBIQUITOUS_KEY_SHARE, _context_keys
    documents = 100
    holding_obama = GENERIC_KEY_STORIES + 1
    assert holding_obama <= UBIQUITOUS_KEY_SHARE * documents
    # AllSides 3,001-4,000 (Aug 2014): "Washington" everywhere, "Obama" in a few stories,
    # "Scalise" in one.
    sentences = [f"Washington signed {k + 10} bills." for k in range(documents)]
    for k in range(holding_obama):
        sentences[k] = f"Washington and Obama signed {k + 10} bills."
    sentences[0] = "In Washington, Obama said Scalise will recapture votes for the $659 million border bill."
    claims = pd.DataFrame({"doc_id": [f"d{k}" for k in range(documents)], "sentence": sentences})
    keys = _context_keys(claims, pd.Series([f"story-{k}" for k in range(documents)]))
    assert keys.iloc[0] == "Scalise|~Obama|~~@United States|~~Washington"  # a capital names its country
    assert keys.iloc[1] == "~Obama|~~@United States|~~Washington"
    assert keys.iloc[documents - 1] == "~~@United States|~~Washington"


def test_context_keys_take_neighbouring_sentences_and_countries():
    import pandas as pd
    from checker.topics import _context_keys
    claims = pd.DataFrame({
        "doc_id": ["a", "a", "a"],
        "sentence_start": [0, 100, 200],
        "sentence": ["Forty-six people were killed in the bloodshed.",
                     "Police in Nigeria said 12 suspects were held.",
                     "Boko Haram claimed 3 attacks."]})
    keys = _context_keys(claims, pd.Series(["s", "s", "s"]))
    assert keys.iloc[0] == "@Nigeria|Nigeria"  # not "Forty-six"
    assert keys.iloc[2] == "@Nigeria|Boko|Haram|Nigeria"


@pytest.mark.parametrize("pattern_name, text, matches", [
    ("AVERAGE_AFTER", " jobs on average", True),             # AllSides: "183,000 jobs on average"
    ("AVERAGE_AFTER", " jobs in the average month", False),
    ("SLUG_SEPARATOR", "North Korea", True),
    ("SLUG_SEPARATOR", "syria", False),
    ("REFINEMENT_MARK", "deaths@syria#2023-02-06-turkey", True),
    ("REFINEMENT_MARK", "jobs", False),
])
def test_named_topic_patterns(pattern_name, text, matches):
    import checker.topics as topics
    pattern = getattr(topics, pattern_name)
    found = pattern.match(text) if pattern_name == "AVERAGE_AFTER" else pattern.search(text)
    assert bool(found) is matches


@pytest.mark.parametrize("name, text, matches", [
    # lead-ins before a figure (the text up to the figure)
    ("change", "payrolls increased by ", True),
    ("change", "the unemployment rate rose sharply last month by ", True),  # CHANGE_VERB_GAP
    ("change", "a rise of ", True),
    ("change", "the death toll rose to ", False),
    ("average_before", "an average of ", True),
    ("average_before", "a total of ", False),
    # what follows a figure
    ("difference", " fewer jobs", True),
    ("difference", " or fewer", False),                      # DIFFERENCE_GAP: not "or"
    ("rate_after", " jobs added each month", True),
    ("rate_after", " jobs in the month", False),
])
def test_lexicon_change_and_rate_patterns(name, text, matches):
    from checker.topics import _lexicon
    pattern = _lexicon()[name]
    found = pattern.search(text) if name in ("change", "average_before") else pattern.match(text)
    assert bool(found) is matches


def test_context_keys_of_a_sentence_naming_nothing_are_its_documents():
    import pandas as pd
    from checker.topics import _context_keys
    # AllSides 2,001-3,000 (Apr 2013): "One day, one gun, 26 lives lost in four minutes."
    # names nothing; its article names Newtown elsewhere.
    claims = pd.DataFrame({
        "doc_id": ["a", "a", "a", "a"],
        "sentence_start": [0, 100, 200, 300],
        "sentence": ["One day, one gun, 26 lives lost in four minutes.",
                     "It took 11 minutes.",
                     "Police searched 3 rooms.",
                     "The families in Newtown met 40 senators."]})
    keys = _context_keys(claims, pd.Series(["s"] * 4))
    assert keys.iloc[0] == "Newtown"
    assert keys.iloc[2] == "Newtown"   # its neighbour names it


# AllSides past article 5,000: an earlier version's or first tranche's amount is a figure
# of its own ("the original $659 million border bill" was the rule's source, Aug 2014).
@pytest.mark.parametrize("sentence, topic", [
    ("The Paycheck Protection Program has burned through its initial $349 billion in funding "
     "for loans to small businesses", "cost~earlier~dollar"),
    ("The Paycheck Protection Program has burned through its $349 billion in funding "
     "for loans to small businesses", "cost~dollar"),                       # near miss
])
def test_an_earlier_versions_amount_is_its_own_figure(sentence, topic):
    claims = claims_from([(sentence, "$349 billion", "", "dollar", "d", "2020-04-20")]).assign(value=349e9)
    assert assign_topics(claims, load_rules(None))["topic"].iloc[0] == topic


# Police officers are counted apart from troops (AllSides 1,001-2,000, where 200 officers
# were compared with 1,700 National Guard soldiers); soldiers stay troops.
@pytest.mark.parametrize("sentence, surface, entity, topic", [
    ("Mayor London Breed said Governor Gavin Newsom had approved sending in about 200 extra officers",
     "about 200", "officer", "count~officer"),
    ("The entire Washington, DC, National Guard - roughly 200 soldiers - is being called in", "roughly 200",
     "soldier", "troops"),
])
def test_officers_are_not_troops(sentence, surface, entity, topic):
    claims = claims_from([(sentence, surface, entity, "count", "d", "2020-06-01")]).assign(value=200.0)
    assert assign_topics(claims, load_rules(None))["topic"].iloc[0] == topic


@pytest.mark.parametrize("sentence, surface, topic", [
    # A long industry cue starting inside the cue window after the figure is matched whole
    # (written for this test after AllSides 4,001-5,000 compared "51,000 new jobs last month
    # in professional and business services" with all payrolls).
    ("Employers posted 48,000 jobs last month in professional and business services, the report said.",
     "48,000", "jobs~sector-professional-and-business-services"),
    # Near miss (AllSides): no industry, the economy's jobs.
    ("Employers added 320,000 jobs last month in the biggest hiring splurge in three years.", "320,000",
     "jobs~added"),
])
def test_industry_cue_past_the_window_edge(sentence, surface, topic):
    claims = claims_from([(sentence, surface, "job", "count", "d", "2014-12-05")]).assign(value=48000.0)
    assert assign_topics(claims, load_rules(None))["topic"].iloc[0] == topic


# Counts of events are no concept's figure (AllSides 1-3,000, not the slices the list came from).
@pytest.mark.parametrize("sentence, surface, entity, topic", [
    ("Moms Demand Gun Sense in America said those 44 shootings left 28 dead and another 37 injured.",
     "44", "shooting", "count~shooting"),
    ("Moms Demand Gun Sense in America said those 44 shootings left 28 dead and another 37 injured.",
     "28", "", "deaths@united-states"),   # "in America": the place
    ("Police said 47 protesters were arrested overnight", "47", "protester", "arrested"),   # near miss
])
def test_counts_of_events_join_no_concept(sentence, surface, entity, topic):
    claims = claims_from([(sentence, surface, entity, "count", "d", "2014-02-12")]).assign(
        value=float(surface))
    assert assign_topics(claims, load_rules(None))["topic"].iloc[0] == topic


def test_a_widespread_name_concentrated_in_its_story_stays_a_key():
    """AllSides 2,001-3,000 (April 2013): "Boston" in 79 of its 86 articles in the bombing's
    story names that story; "Obama", spread like the corpus, names none ("~~")."""
    import pandas as pd
    from checker.topics import _context_keys
    documents, story_size = 100, 30
    stories = [("bombing" if k < story_size else f"other-{k}") for k in range(documents)]
    sentences = []
    for k in range(documents):
        names = []
        if k < 18 or k in (50, 60, 70):
            names.append("Boston")
        if k % 10 < 4:  # 40 documents, 12 of them in the story: its share of the corpus
            names.append("Obama")
        sentences.append(f"The {' and '.join(names) or 'city'} reported {k + 10} cases.")
    claims = pd.DataFrame({"doc_id": [f"d{k}" for k in range(documents)], "sentence": sentences})
    keys = _context_keys(claims, pd.Series(stories))
    assert keys.iloc[0] == "~Boston|~~Obama"


def _topics_of(sentence: str, published: str = "2019-10-20") -> dict[str, str]:
    import checker

    claims = assign_topics(checker.extract(sentence, published=published), load_rules(None))
    return {surface: topic_base(topic).split("#")[0] for surface, topic in zip(claims["surface"], claims["topic"])}


@pytest.mark.parametrize("sentence, surface, topic", [
    # The noun stands before another figure: the vague figure's own cue decides.
    ("The number of people killed rose to 1,200 on Friday as hundreds of thousands fled their homes.",
     "hundreds of thousands", "displaced"),
    ("The death toll climbed to 312, with thousands still missing under the rubble.", "thousands", "missing"),
    # ... and the figure right after its noun keeps it.
    ("The death toll climbed to 312, with thousands still missing under the rubble.", "312", "deaths"),
    ("The death toll of 5,000 is expected to rise.", "5,000", "deaths"),
])
def test_a_noun_taken_from_elsewhere_yields_to_the_cue_beside_the_figure(sentence, surface, topic):
    assert _topics_of(sentence)[surface] == topic


@pytest.mark.parametrize("sentence, surface, topic", [
    # AllSides sentences: a vague figure joins a casualty concept only by a cue right next to it.
    ("The conflict between the Saudi-led military coalition and Houthi rebels has killed thousands of people "
     "and pushed millions more Yemenis to the brink of starvation.", "millions", ""),
    ("The conflict between the Saudi-led military coalition and Houthi rebels has killed thousands of people "
     "and pushed millions more Yemenis to the brink of starvation.", "thousands", "deaths"),
    ("Hundreds of people have been killed and thousands wounded since the demonstrations started.",
     "thousands", "injured"),
    ("Aid groups say the floods killed dozens and affected millions across the region.", "millions", ""),
    ("Volunteers helped bury the dead and fed millions of people.", "millions", ""),
])
def test_vague_figures_need_their_own_cue(sentence, surface, topic):
    assert _topics_of(sentence).get(surface, "") == topic


def test_a_listed_item_after_a_comma_is_not_the_casualty_cue_s():
    # "dead, thousands of others missing": the cue belongs to the list's first item.
    topics = _topics_of("The figures are grim: 2,000 people dead, thousands of others missing, millions homeless.")
    assert topics["2,000"] == "deaths" and topics["thousands"] == "missing"


@pytest.mark.parametrize("sentence, surface, topic", [
    # AllSides sentences outside the slices the rules came from: "lives" are deaths only
    # beside a loss word.
    ('"This would have saved thousands of lives and avoided worldwide economic damage.', "thousands", ""),
    ("But a small number of changes could save thousands of lives.", "thousands", ""),
    # a concept's noun modifying another counts that other thing
    ("In the Las Vegas area alone, police records list more than 408,000 arrest warrants for fugitives.",
     "more than 408,000", ""),
])
def test_nouns_naming_a_concept_only_in_place(sentence, surface, topic):
    assert _topics_of(sentence, "2014-08-06").get(surface, "") == topic


def test_lives_lost_are_deaths():
    # Quake RSS: a loss word beside "lives" keeps the figure a death toll.
    topics = _topics_of("The earthquake has claimed more than 5,000 lives in Turkey.", "2023-02-07")
    assert topics["5,000"].startswith("deaths")


@pytest.mark.parametrize("text, matches", [
    (" calls to 911 for ", True),
    (" missing and destroyed ", True),
    (", ", True),
    (" homes were ", False),
    (" people were ", False),
])
def test_unknown_noun_break(text, matches):
    from checker.topics import UNKNOWN_NOUN_BREAK
    assert bool(UNKNOWN_NOUN_BREAK.search(text)) is matches


def test_each_agency_counts_its_own_rescues():
    # AllSides, Hurricane Harvey (Aug 2017): the Coast Guard's and a sheriff's rescues are two figures.
    import checker
    text = ("The Coast Guard said it had conducted 1,200 boat rescues in Houston. "
            "The Harris County Sheriff's Office said its deputies made 1,700 high-water rescues in Houston.")
    claims = assign_topics(checker.extract(text, published="2017-08-28"), load_rules(None))
    topics = dict(zip(claims["surface"], claims["topic"].map(lambda t: str(t).split("#")[0])))
    assert topics == {"1,200": "rescued@houston~coast-guard",
                      "1,700": "rescued@houston~harris-county-sheriff-s-office"}


# Rules round 6 (AllSides 8,001-9,000). FRONTED_WHOLE: a whole named first, the part after the comma.
@pytest.mark.parametrize("lead, matches", [
    ("Hoffman told reporters that, of the 34 troops diagnosed with brain injuries, ", True),
    ("Of the 800,000 federal employees affected, about ", True),
    ("Of the 32 such counties, ", True),
    ("Of the 66 people who were still hospitalized, ", True),
    ("the families of the victims, ", False),                 # no whole figure
    ("the attack killed 34 people, ", False),                 # no "of the"
    ("of the 34 troops diagnosed with brain injuries, 17 returned and ", False),  # past the part
])
def test_fronted_whole_pattern(lead, matches):
    from checker.topics import FRONTED_WHOLE
    assert bool(FRONTED_WHOLE.search(lead)) is matches


# Sentences from AllSides articles other than the ones the rules were written from.
@pytest.mark.parametrize("sentence, surface, entity, topic", [
    # A part after its fronted whole is no value of the whole.
    ("Of the 800,000 federal employees affected, about 350,000 are furloughed - a kind of temporary lay off",
     "about 350,000", "federal employee", ""),
    ("Of the 66 people who were still hospitalized, 13 were in critical condition", "13", "people", ""),
    # Named injuries make a group's figure an injured count (officers hurt at protests, Jun 2020).
    ("That figure includes the roughly 150 officers hurt during the protests in the District of Columbia, "
     "where 22 officers suffered concussions and other head injuries requiring hospitalization",
     "22", "officer", "injured"),
    ("an Iranian missile strike on an Iraqi military base that gave more than 100 U.S. troops brain injuries",
     "more than 100", "troop", "injured"),
    # A deployment stays troops.
    ("Two Defense Department officials said Thursday that about 7,000 troops will be withdrawn",
     "about 7,000", "troop", "troops"),
])
def test_round6_parts_and_named_injuries(sentence, surface, entity, topic):
    claims = claims_from([(sentence, surface, entity, "count", "d", "2020-01-24")])
    assert assign_topics(claims, load_rules(None))["topic"].iloc[0] == topic


# Round 7, AllSides sentences (2017-2020) the cue-owner rules were not written from.
@pytest.mark.parametrize("sentence, surface, topic", [
    # A cue ending the clause before "and" and the figure is the earlier conjunct's.
    ("At least one person was killed and 10 others were injured in the assault, which authorities were "
     "treating as a terrorist attack.", "10", "injured"),
    ("A woman was killed and six people, including a police officer, were injured in the incident.",
     "six", "injured"),
    ("Eleven police officers were injured and 33 people were arrested in Friday night's protests.", "33", "arrested"),
    # A cue right before another figure is that figure's.
    # (2 million is no deaths figure: the people infected.)
    ("It has infected more than 2 million people globally and killed more than 140,000.", "2 million", "infections"),
    ("It has infected more than 2 million people globally and killed more than 140,000.", "140,000", "deaths"),
    ("All together, the two men killed 11 people.", "two", ""),
    ("All together, the two men killed 11 people.", "11", "deaths"),
    # A spelled number owns its noun: "deaths" is six's, not 100,000's (AllSides, Apr and May 2020).
    ("Georgia has reported 174 positive cases and six deaths per 100,000 people, both below the national "
     "average.", "100,000", ""),
    ("The United States has three fatalities per 10,000 people.", "10,000", ""),
    # A day of a month owns no cue.
    ("The bill bans bump stocks, which were used in the Oct. 1 shooting deaths of 58 people in Las Vegas.",
     "58", "deaths"),
    # A stand-in noun ("a total of") has no noun of its own: the cue after an earlier figure is still its.
    ("Spain reported a record 864 deaths in one day, for a total of more than 9,000.", "9,000", "deaths"),
    # The record a new figure beat is a compared value.
    ("The count of new confirmed infections eclipsed the previous high of 36,400, set on April 24, during one "
     "of the deadliest stretches.", "36,400", ""),
])
def test_cues_other_figures_own(sentence, surface, topic):
    assert _topics_of(sentence, published="2020-04-20")[surface] == topic


@pytest.mark.parametrize("pattern_name, text, matches", [
    ("CUE_OWNED_AFTER", " 38, Johns Hopkins said", True),
    ("CUE_OWNED_AFTER", " more than 140,000", True),
    ("CUE_OWNED_AFTER", " 2 days later", False),
    ("CUE_OWNED_AFTER", " in the attack", False),
    ("CUE_OWNED_BEFORE", "reinforce them, and 600 to 800 National Guard ", True),
    ("CUE_OWNED_BEFORE", "sent 200 active-duty ", True),
    ("CUE_OWNED_BEFORE", "killed 1,500 people and ", False),
    ("CUE_OWNED_BEFORE", "7.8 magnitude earthquake ", False),
    ("CUE_OWNED_BEFORE", "the 2020 ", False),
    ("CUE_OWNED_BEFORE", "has reported 174 positive cases and six ", True),   # a spelled number
    ("CUE_OWNED_BEFORE", "there are 401 reported COVID-19 ", False),           # a name's digits
    ("CUE_OWNED_BEFORE", "killed one ", False),                                # "one" is a pronoun too
    ("CUE_BEFORE_CONJUNCT", " and ", True),
    ("CUE_BEFORE_CONJUNCT", " and at least ", True),
    ("CUE_BEFORE_CONJUNCT", " in the attack, ", False),
    ("FIGURE_LIST", " 1,030 Palestinians, ", True),
    ("FIGURE_LIST", " 12 policemen, 5 soldiers and ", True),
    ("FIGURE_LIST", " in the attack, ", False),
    ("FIGURE_LIST", " 47,000 people dead, thousands of others ", False),
    ("CUE_BEFORE_CONJUNCT", ", although ", True),     # "155 people were still missing, although 45 others had been found"
    ("CUE_BEFORE_CONJUNCT", ", though nearly ", True),
    ("CUE_BEFORE_CONJUNCT", " altogether ", False),
    ("CUE_AFTER_NEW_SUBJECT", " others had been found and some of those ", True),
    ("CUE_AFTER_NEW_SUBJECT", " people were killed and the ", True),
    ("CUE_AFTER_NEW_SUBJECT", " and ", False),                 # "killed 5 and injured 12"
    # NewsQuant and Reuters wording: the figure after "to X from" is a change's earlier value.
    ("TO_FIGURE_FROM", "Revenue in the quarter rose to $7.36 billion from ", True),
    ("TO_FIGURE_FROM", "corrects the number of positive cases per 100,000 to 174 from ", True),
    ("TO_FIGURE_FROM", "raised its forecast to 3.5% from ", True),
    ("TO_FIGURE_FROM", "flew from London to Paris from ", False),
    # A share restated as a count (AllSides; the rule was written from "93% of all fatalities, or").
    ("SHARE_OR", "about 13% of Americans , or about ", True),
    ("SHARE_OR", "0.63 percent of all refugees admitted to the United States were Syrians, or about ", True),
    ("SHARE_OR", "14.4 percent of all interracial violent victimization, or ", True),
    ("SHARE_OR", "60% of the population, or ", True),
    ("SHARE_OR", "killed 30 people, or ", False),
    ("PER_BEFORE", "or about 3 per ", True),
    ("PER_BEFORE", "performed ", False),
    ("COMMA_BREAK", "100,000", False),
    ("COMMA_BREAK", "people, or", True),
    ("OWNER_MONTH", "in the Oct. ", True),
    ("OWNER_MONTH", "on March ", True),
    ("OWNER_MONTH", "the Sept. ", True),
    ("OWNER_MONTH", "since May ", True),
    ("OWNER_MONTH", "a Decade ", False),
    ("OWNER_MONTH", "the ", False),
])
def test_cue_owner_patterns(pattern_name, text, matches):
    import checker.topics as topics
    pattern = getattr(topics, pattern_name)
    found = pattern.match(text) if pattern_name in ("CUE_OWNED_AFTER", "CUE_BEFORE_CONJUNCT", "FIGURE_LIST") \
        else pattern.search(text)
    assert bool(found) is matches


# Rates per head of population are no counts (AllSides sentences; the rule was written from
# a Reuters COVID-19 story of Apr 2020).
@pytest.mark.parametrize("sentence, surface, per_capita", [
    ("The U.S. rate in the same year was about 5 firearm killings per 100,000 people, according to a 2011 study.",
     "5", True),
    ("The UK has carried out 400 tests per million and Italy 1,000 as of 10 March.", "400", True),
    ("In 1993 there were seven homicides per 100,000 people.", "seven", True),
    ("The virus has killed 2,000 people, or about 3 per 100,000 residents.", "2,000", False),  # the comma ends it
    ("More than 100,000 people were killed.", "100,000", False),
])
def test_per_capita(sentence, surface, per_capita):
    from checker.topics import _per_capita
    start = sentence.index(surface)
    assert _per_capita(sentence, start, start + len(surface), 45) is per_capita


@pytest.mark.parametrize("sentence, surface, topic", [
    # Cases of a disease are infections, not deaths, however near "deaths" stands (AllSides, 2020).
    # (The U.S. opening the clause as the subject of "passed" makes both the country's.)
    ("The U.S. passed 50,000 coronavirus deaths on Friday and is closing in on nearly 1 million infections.",
     "1 million", "infections@united-states"),
    ("The U.S. passed 50,000 coronavirus deaths on Friday and is closing in on nearly 1 million infections.",
     "50,000", "deaths@united-states"),
    ("Worldwide, more than 130,000 people have been infected, and more than 4,900 have died.", "130,000",
     "infections@world"),
    # The day's new cases are another statistic; a cue past another figure is that figure's.
    ("The US reported more than 40,000 new Covid-19 cases on Friday, its biggest daily jump yet.", "40,000",
     "infections~new@united-states"),  # "The US" opens the clause as its subject
    ("Cuomo released data indicating New York had more than 75,000 positive cases – including more than 9,000 "
     "new cases – with a death toll of 1,550, as of Tuesday morning.", "75,000", "infections"),
    # A rate per head; its base is no figure.
    ("Georgia has reported 174 positive cases and six deaths per 100,000 people, both below the national "
     "average.", "six", "deaths~per-capita@georgia"),  # Georgia, the subject, counts them
    ("The virus has killed 2,000 people, or about 3 per 100,000 residents.", "100,000", ""),
    # People taken are their own figure (AllSides, 2014 and 2017).
    ("Another 68 Iraqi soldiers were apparently captured by the Islamic State in Sijir.", "68", "hostages"),
    ("Another 10 others were captured.", "10", "hostages"),
    # A cue governs every item of its list (AllSides, Jul 2014; the rule was written from it).
    ("And while it was the council's strongest statement yet on the conflict that has already killed 1,030 "
     "Palestinians, 43 Israeli soldiers and three civilians on the Israeli side, it was not a resolution.", "43",
     "deaths"),
    # Hostages killed are deaths, hostages rescued rescues (AllSides, Jul 2016 and Jan 2016).
    ("The standoff ended Saturday morning when police stormed the restaurant, killed six attackers and "
     "rescued 13 hostages.", "13", "rescued"),
    ("Dhaka cafe attack ends with 20 hostages dead, 13 rescued", "20", "deaths"),
    ("When Muslim students stormed the United States embassy in Tehran and took 66 hostages, President Carter "
     "froze $400 million in Iranian funds.", "66", "hostages"),
    # A counter-protest is another crowd (AllSides, Aug 2017 and Feb 2019).
    ("The car accelerated for several hundred feet before plowing into her and 19 other counterprotesters.",
     "19", "protesters~counter"),
])
def test_concepts_round8(sentence, surface, topic):
    import checker

    claims = assign_topics(checker.extract(sentence, published="2020-04-20"), load_rules(None))
    topics = {s: t.split("#")[0] for s, t in zip(claims["surface"], claims["topic"])}
    assert topics[surface] == topic


def test_a_courts_cases_are_no_infections():
    import checker

    claims = assign_topics(checker.extract("The court heard 50 cases last year.", published="2020-04-20"),
                           load_rules(None))
    assert not claims["topic"].iloc[0].startswith("infections")


@pytest.mark.parametrize("topic_id, cumulative", [
    ("deaths", True),
    ("deaths@syria#2023-02-06-turkey", True),
    ("deaths~span-since-2019", True),     # a total since a date is still the total
    ("deaths~span-28-months", False),     # a count over a span of time is not
    ("deaths~rate", False),               # "2,000 deaths a day"
    ("deaths~per-capita@world", False),
    ("infections~new#2020-06-15-united-states", False),
    ("jobs~cut", False),
])
def test_splits_of_running_totals_are_no_running_totals(topic_id, cumulative):
    from checker.topics import topic_for
    assert topic_for(load_rules(None), topic_id).cumulative is cumulative


# A state's figure is its own figure of every concept (AllSides, Oct 2017 and 2018).
@pytest.mark.parametrize("sentence, surface, topic", [
    ("California wildfires kill at least 11, more than 100 reported missing in wine country", "100",
     "missing@california"),
    ("Verso Corp., for example, is idling a paper mill in Wisconsin later this month and cutting 900 jobs.",
     "900", "jobs~cut@wisconsin"),
    # A town's name after "in" splits only the casualty and damage concepts, as before.
    ("Last month, the company notified state officials it was cutting 87 jobs in Milwaukee.", "87", "jobs~cut"),
])
def test_state_figures_are_their_own(sentence, surface, topic):
    import checker

    claims = assign_topics(checker.extract(sentence, published="2018-10-01"), load_rules(None))
    refined = {s: t.split("#")[0] for s, t in zip(claims["surface"], claims["topic"])}
    assert refined[surface] == topic


@pytest.mark.parametrize("text, gap", [(" states", " "), (" of cities", " of "), (" of the towns", " of the "),
                                       ("-member", None)])
def test_noun_gap_after_regex(text, gap):
    from checker.topics import NOUN_GAP_AFTER

    found = NOUN_GAP_AFTER.match(text)
    assert (found.group() if found else None) == gap


@pytest.mark.parametrize("sentence, value, topic_base", [
    # AllSides: a count of places near a concept's cue is no count of that concept.
    ("The National Guard deployed in 23 states and Washington, D.C.", 23.0, ""),
    ("Elephants were killed in two African countries, officials said.", 2.0, ""),
    # Quake RSS: a noun before the figure is not what it counts ("the region killing thousands").
    ("A powerful earthquake rocked the region killing thousands and injuring thousands more.", 2000.0, "deaths"),
])
def test_a_count_of_places_takes_no_concept(sentence, value, topic_base):
    import checker

    claims = checker.extract(sentence, published="2023-02-07")
    topics = assign_topics(claims, load_rules(None))
    row = next(topics[topics["value"] == value].itertuples())  # the first such figure
    assert row.topic.split("#")[0].split("@")[0].split("~")[0] == topic_base or (topic_base == "" and (
        row.topic == "" or row.topic.startswith("count~")))


@pytest.mark.parametrize("topic_id, batches", [
    ("infections~new#2020-02-28-united-states", True),   # one day's new cases: a batch
    ("infections~active", False),
    ("infections", False),
    ("arrested#2014-07-24-united-states", True),          # the concept itself (concepts.yaml)
    ("troops", False),
])
def test_figures_counted_per_day_are_batches(topic_id, batches):
    from checker.topics import topic_for
    assert topic_for(load_rules(None), topic_id).batches is batches


@pytest.mark.parametrize("text, names", [
    # AllSides sentences (the rule was written from two others about World War II and Hiroshima).
    ("a military parade marking the 70th anniversary of the end of World War II in Beijing", ["World War II"]),
    ("the deepest six-month decline in military spending since the 1950s military demobilization after the "
     "Korean War", []),
    ("He invoked a Korean War-era law from the 1950s", []),
    ("the largest attack on U.S. soil since Pearl Harbor", []),
    ("more Americans than the Vietnam War", []),
    ("Pearl Harbor killed 2,403 Americans", ["Pearl Harbor"]),
])
def test_historical_event_pattern(text, names):
    from checker.topics import historical_events
    assert historical_events()[0].findall(text) == names


@pytest.mark.parametrize("sentence, surface, past", [
    ("The Japanese attack on Pearl Harbor killed 2,403 Americans.", "2,403", "#past-1941"),
    ("The virus has now killed more than 58,000 Americans, more than the Vietnam War.", "58,000", ""),
])
def test_a_past_event_named_without_its_year(sentence, surface, past):
    import checker

    claims = assign_topics(checker.extract(sentence, published="2020-04-28"), load_rules(None))
    topic = claims.loc[claims["surface"] == surface, "topic"].iloc[0]
    assert topic.endswith(past) if past else "#past" not in topic


@pytest.mark.parametrize("sentence, surface, topic", [
    # A ratio's base is no value of the figure, as "per 100,000" (written from Cato's "one terrorism-planning
    # conviction for every 286,543 refugees"; these are other AllSides sentences).
    ("Only one out of every 2,405 Syrian refugees in a camp was resettled in the United States in 2015.", "2,405",
     ""),
    ("Focusing on the 735,920 refugees from Africa, Asia, the Middle East, and South Asia, that’s one conviction "
     "for every 245,307 refugees admitted.", "245,307", ""),
    ("Focusing on the 735,920 refugees from Africa, Asia, the Middle East, and South Asia, that’s one conviction "
     "for every 245,307 refugees admitted.", "735,920", "displaced"),
])
def test_ratio_is_no_count(sentence, surface, topic):
    import checker

    claims = assign_topics(checker.extract(sentence, published="2016-10-01"), load_rules(None))
    topics = {s: t.split("#")[0].split("@")[0] for s, t in zip(claims["surface"], claims["topic"])}
    assert topics[surface] == topic


@pytest.mark.parametrize("name, text, found", [
    ("ratio_before", "one conviction for every ", True),
    ("ratio_before", "Only one out of every ", True),
    ("ratio_before", "every ", False),
    ("ratio_after", " hospital beds for every 1,000 people", True),  # "3 hospital beds for every 1,000 people"
    ("ratio_after", " for every 10,000 residents", True),
    ("ratio_after", " refugees admitted every year", False),
])
def test_ratio_patterns(name, text, found):
    from checker.topics import _lexicon

    pattern = _lexicon()[name]
    assert bool(pattern.match(text) if name == "ratio_after" else pattern.search(text)) == found
