"""Speaker constructions counted in AllSides (rounds 21 and 22; bench/constructions.py counts each).

Round 21: appositives between a name and its verb of saying (NAMED_BODY_OF_ROLE: "Name, <body> <role>, said", a role
named by its body without an article; TITLED_ROLE_OF_BODY: "Name, <Title> of <body>, said"), where the name speaks; a
body with its place before the verb (BODY_IN_PLACE_BEFORE_VERB); a body's name joined by "of" before a role and a name
(BODY_NAME_OF, ROLE_THEN_NAME); a role phrase and the name in apposition (ROLE_PHRASE_NAME_BEFORE_VERB); an age before
the appositive (AGE_BEFORE_APPOSITIVE); an aside set off by dashes before the verb (DASH_ASIDE_BEFORE_VERB).

Round 22: a body, modifiers and a role before an inverted cue's name (BODY_ROLE_NAME); a document by or from its
author (DOCUMENT_BY); "the New York Democrat" and other lawmaker roles standing for a lawmaker named before
(NAME_PARTY_TAG); a named document of what it studies (DOCUMENT_OF); a source after a concession; The Hill's link text
before a party tag (HILL_TAG_BEFORE_VERB)."""

import re

import pytest

import checker
from checker.attribute import (AGE_BEFORE_APPOSITIVE, BODY_IN_PLACE_BEFORE_VERB, BODY_NAME_OF, BODY_ROLE_NAME,
                               DASH_ASIDE_BEFORE_VERB, DOCUMENT_BY, HILL_TAG_BEFORE_VERB, NAME_PARTY_TAG, NAME_TITLE,
                               NAMED_BODY_OF_ROLE, PUBLISHED_ASIDE_BEFORE_VERB, ROLE_PHRASE_NAME_BEFORE_VERB,
                               ROLE_THEN_NAME, STATE_OF_TOWN, TITLED_ROLE_OF_BODY, WHOLE_QUOTE_BETWEEN, _clause_start,
                               _role_phrase_name, find_cues)


@pytest.mark.parametrize("text, speaker", [
    # AllSides sentences (not the ones the pattern's comment cites)
    ("John Kirby, Pentagon press secretary, said in a statement Wednesday evening.", "John Kirby"),
    ("Stephanie Karr, Ferguson city attorney, told the Associated Press that city officials planned to make a statement.",
     "Stephanie Karr"),
    ("Jonathan Greenblatt, ADL chief executive, told ABC News on Sunday.", "Jonathan Greenblatt"),
    ("Jon Felty, Allen police spokesman, said he couldn't confirm the call.", "Jon Felty"),
    ("Bernadette Meehan, National Security Council spokeswoman, said in a statement.", "Bernadette Meehan"),
    ("Helima Croft, RBC head of global commodities research, said oil is not responding to the Mideast tensions.",
     "Helima Croft"),
])
def test_a_role_named_by_its_body_is_the_names_appositive(text: str, speaker: str) -> None:
    cues = find_cues(text)
    assert [(c.speaker, c.start) for c in cues] == [(speaker, 0)]


def test_the_figure_after_such_a_cue_is_the_names_not_the_statements() -> None:
    # dev_r24b hb37 (AllSides): was credited to "statement" ("in a statement" read as a cue of its own)
    text = ("Michael Caputo, HHS assistant secretary for public affairs, said in a statement earlier Wednesday the new "
            "coronavirus data collection system would be “faster,” and the CDC has a one-week lag in reporting "
            "hospital data.")
    claims = checker.extract(text, published="2020-07-15")
    assert claims.loc[claims["surface"] == "one-week", "speaker"].tolist() == ["Michael Caputo"]


@pytest.mark.parametrize("text, matches", [
    ("White House press secretary", True),
    ("Pakistan's Foreign Office spokesperson", True),
    ("Hamas' deputy foreign minister", True),
    ("IMF managing director", True),
    ("Jones and Brown", False),   # a list of names, not a body and its role
    ("Mary Jones or Bob Brown", False),
    ("the White House", False),   # an article: DETERMINER's case, not this one
])
def test_named_body_of_role(text: str, matches: bool) -> None:
    assert bool(re.match(NAMED_BODY_OF_ROLE, text)) is matches


def test_a_list_of_names_is_no_appositive() -> None:
    text = "Smith, Jones and Brown said the plan would cost $5 million."
    assert [c.speaker for c in find_cues(text)] != ["Smith"]


@pytest.mark.parametrize("text, speaker", [
    # AllSides sentences (not the ones the pattern's comment cites)
    ("Tamar Jacoby, President of ImmigrationWorks USA, said border security is a crucial component.", "Tamar Jacoby"),
    ("Jessica Vaughan, Director of Policy Studies with the Center for Immigration Studies, told Newsmax that the "
     "Obama administration is", "Jessica Vaughan"),
    ("Ahmed Adel, Vice President of EgyptAir, told CNN the debris found Thursday was not from Flight 804.", "Ahmed Adel"),
    ("Steven Wilson, Head of Europol’s European Cybercrime Centre, told Sky News that it was now important.",
     "Steven Wilson"),
    ("Teresa Nelson, Legal Director of the ACLU of Minnesota, said that the actions of the officer were wrong.",
     "Teresa Nelson"),
])
def test_a_title_cased_role_of_a_body_is_the_names_appositive(text: str, speaker: str) -> None:
    first = find_cues(text)[0]
    assert (first.speaker, first.start) == (speaker, 0)


@pytest.mark.parametrize("text, matches", [
    ("Chief Executive of AstraZeneca", True),
    ("Lord Mayor of Copenhagen", True),
    ("Republican of North Carolina", True),
    ("John Cornyn of Texas", False),  # a person's name and home, not a role
    ("Friends of the Earth", False),
])
def test_titled_role_of_body(text: str, matches: bool) -> None:
    assert bool(re.match(TITLED_ROLE_OF_BODY, text)) is matches


def test_a_name_and_home_in_the_appositive_is_not_a_role_of_the_noun_before() -> None:
    text = "The Senate's No. 2 Republican, John Cornyn of Texas, said in a statement that 12 senators agreed."
    assert "Republican" not in [c.speaker for c in find_cues(text)]


@pytest.mark.parametrize("text, speaker", [
    # AllSides sentences (not the ones the pattern's comment cites)
    ("The US Consulate General in Curacao said it believes an estimated 6,000 Americans are stranded on the island.",
     "US Consulate General"),
    ("The U.S. Embassy in Seoul said it was aware of the report.", "U.S. Embassy"),
    ("The Legal Aid Society in New York said it is representing at least two of the separated children.",
     "Legal Aid Society"),
    ("the Chinese Embassy in Bamako told media in his country.", "Chinese Embassy"),
])
def test_a_named_body_and_its_place_before_the_verb_is_the_body(text: str, speaker: str) -> None:
    assert [c.speaker for c in find_cues(text)][:1] == [speaker]


def test_the_figure_after_a_body_in_its_place_is_the_bodys() -> None:
    text = ("The Central Police Department in Baton Rouge confirmed Spell has to go to court on six counts, but said "
            "the court will decide on a fine amount.")
    claims = checker.extract(text, published="2020-04-01")
    assert claims.loc[claims["surface"] == "six", "speaker"].tolist() == ["Central Police Department"]


@pytest.mark.parametrize("window, body", [
    ("The Russian Embassy in Ethiopia ", "Russian Embassy"),
    ("the Foreign Ministry in Berlin ", "Foreign Ministry"),
    ("The Justice Department in April ", None),  # a month: when, not where
    ("Trump in Helsinki ", None),                # no article: a person where they were
])
def test_body_in_place_before_verb(window: str, body: str | None) -> None:
    match = BODY_IN_PLACE_BEFORE_VERB.search(window)
    assert (match.group("np") if match else None) == body


@pytest.mark.parametrize("text, speaker, cue", [
    # AllSides sentences (not the ones the pattern's comment cites)
    ("Atomic Energy Organisation of Iran spokesman Behrouz Kamalvandi says the enriched uranium limit will be breached.",
     "Behrouz Kamalvandi", "Atomic Energy Organisation of Iran spokesman Behrouz Kamalvandi says"),
    ("Department of Homeland Security spokesperson Heather Swift said in a statement Friday that the agents arrived.",
     "Heather Swift", "Department of Homeland Security spokesperson Heather Swift said"),
    ("Mississippi Bureau of Investigation spokesman Warren Strain said prosecutors plan to charge Godbolt.",
     "Warren Strain", "Mississippi Bureau of Investigation spokesman Warren Strain said"),
])
def test_a_role_and_name_after_a_bodys_name_joined_by_of_is_one_subject(text: str, speaker: str, cue: str) -> None:
    first = find_cues(text)[0]
    assert (first.speaker, text[first.start:first.end]) == (speaker, cue)


def test_of_before_a_subject_without_a_role_and_name_is_still_a_preposition() -> None:
    assert [c.speaker for c in find_cues("Members of Congress said the bill would pass.")] == ["Members of Congress"]
    assert BODY_NAME_OF.search("Department of the ") and BODY_NAME_OF.search("Bureau of ")
    assert not BODY_NAME_OF.search("members of ")
    assert ROLE_THEN_NAME.search("Justice spokeswoman Kerri Kupec") and not ROLE_THEN_NAME.search("Congress")


@pytest.mark.parametrize("text, speaker", [
    # AllSides sentences (not the ones the pattern's comment cites)
    ("Walmart's executive vice president of corporate affairs, Dan Bartlett, said the biggest impact was on 4,800 stores.",
     "Dan Bartlett"),
    ("A member of the hospital staff, Dr Avinash Saknure, said health facilities were overstretched.", "Avinash Saknure"),
    ("One witness, Lesley Carter, said passersby held the man down before police arrived.", "Lesley Carter"),
    ("Farook’s brother-in-law, Farhan Khan, said Wednesday that he was shocked.", "Farhan Khan"),
    ("The executive director of the WHO Emergencies Programme, Michael Ryan, said last summer that it was a new phase.",
     "Michael Ryan"),
])
def test_a_role_phrase_and_the_name_in_apposition_is_the_name(text: str, speaker: str) -> None:
    assert [c.speaker for c in find_cues(text)][:1] == [speaker]


def test_a_figure_counting_the_speaker_in_the_role_phrase_is_the_names() -> None:
    # AllSides: "One" counts the speaker ("One senior official said"), and "17" is in what she said
    text = ("One of the alleged victims, Virginia Giuffre, has said she was forced to have sex with the prince when she "
            "was 17 and under Epstein's control.")
    claims = checker.extract(text, published="2019-11-17")
    assert set(claims["speaker"]) == {"Virginia Giuffre"}


@pytest.mark.parametrize("window, name", [
    ("The British ambassador to the UN, Matthew Rycroft, ", "Matthew Rycroft"),
    ("A Pentagon spokesman, Capt. John Kirby, ", "Capt. John Kirby"),
    ("The state's two Republican senators, Jeff Flake and John McCain, ", None),  # two people: the outlet's count
    ("The plan, John Smith, ", None),                                             # no role noun
])
def test_role_phrase_name(window: str, name: str | None) -> None:
    match = _role_phrase_name(window)
    assert (match.group("np") if match else None) == name
    assert ROLE_PHRASE_NAME_BEFORE_VERB.search(window) is not None


@pytest.mark.parametrize("title", ["Capt.", "Dr", "Sen.", "President"])
def test_name_title(title: str) -> None:
    assert re.fullmatch(NAME_TITLE, title)


@pytest.mark.parametrize("text, speaker", [
    # AllSides sentences (not the ones the patterns' comments cite)
    ("Derek Karpel, 34, an attorney from Manhattan, said he did consider the risks of seeing the movie.", "Derek Karpel"),
    ("Tanisha Owens, 30, an elementary school teacher living in Baltimore, said she hopes young people will get a chance.",
     "Tanisha Owens"),
    ("David Cameron - who resigned as prime minister after campaigning for Remain and losing the referendum - said she "
     "should be thanked.", "David Cameron"),
    ("Mr Gove - best known as a controversial education secretary - said: we need a debate.", "Gove"),
])
def test_age_and_dash_asides_between_the_subject_and_the_verb(text: str, speaker: str) -> None:
    assert [c.speaker for c in find_cues(text)][:1] == [speaker]


def test_a_figure_inside_a_dash_aside_is_the_writers() -> None:
    # dates_dev15 q13 (Politico): the aside tells of Romney's loss; the Republicans insist on something else
    text = ("With Obama making plain his plans, leading establishment Republicans — fresh off Mitt Romney getting his "
            "clocked cleaned by 44 percentage points among Hispanics last month — insist they are open to a package.")
    claims = checker.extract(text, published="2012-12-03")
    assert claims.loc[claims["surface"] == "44 percentage points", "speaker"].tolist() == [""]


@pytest.mark.parametrize("window, aside", [
    ("Mr Farage - who has campaigned for 20 years - ", True),
    ("the Treasury — which is to say, U.S. taxpayers — an ", False),   # no verb of saying after the aside
    ('employees - including "dozens of senior engineers", according to the New York Times - ', False),  # a quotation
    ("a well-known pro-Brexit figure ", False),                       # hyphens inside words
])
def test_dash_aside_before_verb(window: str, aside: bool) -> None:
    assert bool(DASH_ASIDE_BEFORE_VERB.search(window)) is aside


@pytest.mark.parametrize("text, matches", [(", 31, an architect", True), (", 55, remains in good spirits", False)])
def test_age_before_appositive(text: str, matches: bool) -> None:
    assert bool(re.match(AGE_BEFORE_APPOSITIVE, text)) is matches


@pytest.mark.parametrize("text, speaker", [
    # AllSides sentences (not the one the pattern's comment cites)
    ("“We shouldn’t double down on Barack Obama,” said former Minnesota Gov. Tim Pawlenty, a Romney surrogate.",
     "Tim Pawlenty"),
    ("“It’s hard to be very optimistic,” said former Rep. Mike Barnes (D-Md.), who duked it out with the NRA.",
     "Mike Barnes"),
    ('"He walked off," said former Pfc. Jose Baggett, a former comrade.', "Jose Baggett"),
])
def test_former_before_a_titled_name_after_the_verb(text: str, speaker: str) -> None:
    assert [c.speaker for c in find_cues(text)][:1] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # AllSides: a party tag with a comma inside its brackets (the Journal's style) before the verb
    ("Sen. Lindsey Graham (R., S.C.) said the president is “probably glad to be leaving town,” referring to Mr. Trump’s "
     "nine-day overseas trip.", "Lindsey Graham"),
    ("House Speaker Paul Ryan (R., Wis.) said he estimates that request will come next month.", "Paul Ryan"),
])
def test_a_comma_inside_a_party_tag_does_not_cut_the_subject_off(text: str, speaker: str) -> None:
    assert [c.speaker for c in find_cues(text)][:1] == [speaker]


@pytest.mark.parametrize("window, start", [("Sen. Lindsey Graham (R., S.C.) ", 0), ("In May, Sen. Graham (R., S.C.) ", 7),
                                           ("Officials, however, ", 19)])
def test_clause_start(window: str, start: int) -> None:
    assert _clause_start(window) == start


def test_a_figure_told_after_a_whole_quoted_sentence_is_not_the_asker_s() -> None:
    # quake RSS (the sentence this was found from, once sentences no longer stop at '?"'), and the outlet's own
    # variant without a trailing cue
    text = ('A confused woman asked her rescuers "What day is it?" when pulled alive from the rubble of last week\'s '
            "earthquake after 228 hours, Turkey's state-run news agency Anadolu reported Wednesday.")
    claims = checker.extract(text, published="2023-02-15")
    assert claims.loc[claims["surface"] == "228 hours", "speaker"].tolist() == ["Anadolu"]
    text = 'The survivor told reporters "I am alive." after 90 hours under the rubble.'
    claims = checker.extract(text, published="2023-02-15")
    assert claims.loc[claims["surface"] == "90 hours", "speaker"].tolist() == [""]
    assert WHOLE_QUOTE_BETWEEN.search(' her rescuers "What day is it?" when pulled')
    assert not WHOLE_QUOTE_BETWEEN.search(' the plan was "a disaster" and would cost')


@pytest.mark.parametrize("text, speaker", [
    # AllSides sentences (not the ones the patterns' comment cites)
    ("Amy Smith, a yoga instructor at Laughing Buddha Hot Yoga in West Deptford, New Jersey, said she is doing live, "
     "online yoga classes seven days a week.", "Amy Smith"),
    ("Rabbi Steven Moss of the B’nai Israel Reform Temple in Oakdale, N.Y., said: “Some of the politicians come out.”",
     "Steven Moss"),
    ("Brian Pannebecker, a Trump supporter from Harrison Township, Mich., said any deal regarding DACA must include "
     "funding.", "Brian Pannebecker"),
    ("Alan Gottlieb, the founder of the organization based in Bellevue, Wash., said that too often it fails.",
     "Alan Gottlieb"),  # was "Wash"
])
def test_a_towns_state_inside_the_speakers_phrase(text: str, speaker: str) -> None:
    assert [c.speaker for c in find_cues(text)][:1] == [speaker]


@pytest.mark.parametrize("text, matches", [(", Ariz.,", True), (", New Jersey,", True), (", Paris,", False)])
def test_state_of_town(text: str, matches: bool) -> None:
    assert bool(re.match(STATE_OF_TOWN, text)) is matches


@pytest.mark.parametrize("text, speaker", [
    # AllSides sentences (not the ones the patterns' comments cite)
    ("The BBC's David Willis in Washington says that, with no further talks planned, the shutdown goes on.",
     "David Willis"),
    ("But the BBC's Hugh Schofield in Paris says the support of Mr Hollande will be a mixed blessing.", "Hugh Schofield"),
    ("Those documents, released by Democratic lawmakers, showed Lev Parnas met 12 officials.", "Those documents"),
    ("The other letter, signed by Democrats, said he must obtain permission from Congress first.", "other letter"),
])
def test_a_correspondent_in_a_place_and_a_published_aside(text: str, speaker: str) -> None:
    assert [c.speaker for c in find_cues(text)][:1] == [speaker]


@pytest.mark.parametrize("window, aside", [
    ("Pickering's report, released late last year, ", True),
    ("The most recent projections from the Social Security Administration, issued last month, ", True),
    ("Officials, speaking on condition of anonymity, ", False),
])
def test_published_aside_before_verb(window: str, aside: bool) -> None:
    assert bool(PUBLISHED_ASIDE_BEFORE_VERB.search(window)) is aside


def test_a_name_ending_the_subject_before_a_published_aside_still_speaks() -> None:
    text = ("The most recent projections from the Social Security Administration, issued last month, indicate that "
            "$6.5 trillion will be needed.")
    assert [c.speaker for c in find_cues(text)] == ["Social Security Administration"]


@pytest.mark.parametrize("text, speaker", [
    # AllSides sentences (not the ones the comments cite)
    ('"Talks break down," Obama\'s new chief of staff, Denis McDonough, said Sunday on CBS.', "Denis McDonough"),
    ("An official in Mr. Netanyahu’s office, Mark Regev, said by telephone that Israel had told Egypt so.", "Mark Regev"),
    ("Cherenfant said by telephone that several hundred thousand jobs were at stake.", "Cherenfant"),
])
def test_a_role_phrase_after_a_quotation_and_a_channel_after_said_by(text: str, speaker: str) -> None:
    assert [c.speaker for c in find_cues(text)][:1] == [speaker]


def test_said_by_an_agent_is_still_passive() -> None:
    assert find_cues("The figure was said by officials to be 5,000.") == []


@pytest.mark.parametrize("text, speaker", [
    # AllSides sentences (not the ones the vocabulary's comment cites)
    ('"It is impossible to describe our pain," the family said, adding that his death came before 9 a.m.', "family"),
    ("Scott's family said that he was in his car reading a book when the incident began.", "Scott's family"),
])
def test_a_family_speaks(text: str, speaker: str) -> None:
    cues = find_cues(text)
    assert [(c.speaker, c.speaker_type) for c in cues][:1] == [(speaker, "anonymous")]


@pytest.mark.parametrize("text, speaker", [
    # AllSides sentences (not the ones BODY_ROLE_NAME's comment cites)
    ('"It means different things to different people," says Rollins College political scientist Richard Foglesong.',
     "Richard Foglesong"),
    ('"What is in it for Mexico?" said Mexico City-based security analyst Alejandro Hope.', "Alejandro Hope"),
    ("It used national security as a justification, said Texas Civil Rights Project staff attorney Emma Hilbert.",
     "Emma Hilbert"),
    ('"We are planning for it," said San Francisco schools spokeswoman Laura Dudnick.', "Laura Dudnick"),
    # One capitalised word before the role stayed the role phrase's modifier, as before.
    ('"We lost 300 jobs," said Harvard University economist Jason Furman.', "Jason Furman"),
])
def test_a_body_of_several_words_and_a_role_before_the_name_is_the_names(text: str, speaker: str) -> None:
    cues = find_cues(text)
    assert [(c.speaker, c.speaker_type) for c in cues] == [(speaker, "person")]


@pytest.mark.parametrize("phrase, matches", [
    ("George Washington University law professor Jonathan Turley", True),
    ("White House legislative director Marc Short", True),
    ("the Syrian Observatory for Human Rights war monitor", False),  # no name after the role: the body keeps it
    ("Goldman Sachs chief economist", False),
])
def test_body_role_name(phrase: str, matches: bool) -> None:
    assert bool(re.fullmatch(BODY_ROLE_NAME, phrase)) is matches


@pytest.mark.parametrize("text, speaker", [
    # AllSides sentences (not the ones DOCUMENT_BY's comment cites)
    ("A recent report from the Migration Policy Institute found that those children were 40 percent less likely to "
     "enroll.", "Migration Policy Institute"),
    ("A recent poll from David Binder Research shows that his chief opponent leads by 12 points.",
     "David Binder Research"),
    ("A study from Guangzhou found similar results: 34 of 40 patients recovered.", "Guangzhou"),
])
def test_a_document_from_its_author_speaks_as_one_by_it(text: str, speaker: str) -> None:
    assert [c.speaker for c in find_cues(text)][:1] == [speaker]


@pytest.mark.parametrize("window, matched", [
    ("a survey from ", True),
    ("A poll earlier this month by ", True),
    ("the report last week from ", True),
    ("Videos from ", False),  # no document
    ("a study that was funded by ", False),  # no participle of publishing, no time
    ("a poll of voters from ", False),  # whom it asked, not its author
])
def test_document_by_takes_from_and_a_time(window: str, matched: bool) -> None:
    assert (DOCUMENT_BY.search(window) is not None) is matched


@pytest.mark.parametrize("text, speaker, speaker_type", [
    # AllSides sentences: a body's head before "of" types the name, not a plural of people capitalised in it
    ("Ethiopia's House of People's Representatives has declared Monday a national day of mourning for all 157 victims, "
     "the House of People's Representatives said.", "House of People's Representatives", "government"),
    ("In recent weeks, the National Association of Former Border Patrol Officers argued that the number could be as "
     "high as 20 million.", "National Association of Former Border Patrol Officers", "organisation"),
    # ... while a plural of people heading the phrase stays unnamed
    ("Representatives of the workers said 12 people died.", "Representatives", "anonymous"),
])
def test_a_body_joined_by_of_is_typed_by_its_head(text: str, speaker: str, speaker_type: str) -> None:
    cues = find_cues(text)
    assert [(c.speaker, c.speaker_type) for c in cues][-1:] == [(speaker, speaker_type)]


@pytest.mark.parametrize("text, speaker_type", [
    ("The Houthi rebels claimed they used 12 drones in the attack.", "organisation"),
    ("The city library said 4,000 books were lost in the flood.", "organisation"),
])
def test_groups_and_institutions_speak_as_bodies(text: str, speaker_type: str) -> None:
    assert [c.speaker_type for c in find_cues(text)] == [speaker_type]


@pytest.mark.parametrize("text, figure, speaker", [
    # AllSides: the lawmaker is titled, untagged, and "the <State> <Party>" stands for him
    ("Sen. Lindsey Graham dismissed that argument.\n\n“The only color I’m worried about when it comes to Benghazi is "
     "red — blood red — the death of four Americans,” the South Carolina Republican said on “Fox and Friends.”",
     "four", "Lindsey Graham"),
    ("Sen. Marco Rubio on Sunday began his public campaign, appearing on seven network news programs.\n\nRubio offered "
     "a finely calibrated pitch.\n\n“What we have in place today, the status quo, affects 11 million people,” the "
     "Florida Republican said on NBC’s “Meet the Press.”", "11 million", "Marco Rubio"),
    # a party tag names the one meant among several lawmakers
    ("Sen. Rand Paul (R-Ky.) and Sen. Ted Cruz (R-Texas) spoke. “We need 60 votes,” the Kentucky Republican said.",
     "60", "Rand Paul"),
    ("Rep. Adam Schiff, a California Democrat, and Sen. Ted Cruz spoke. “We need 60 votes,” the California Democrat "
     "said.", "60", "Adam Schiff"),
])
def test_the_state_party_role_stands_for_the_lawmaker(text: str, figure: str, speaker: str) -> None:
    claims = checker.extract(text, published="2014-03-01")
    assert claims.loc[claims["surface"] == figure, "speaker"].tolist() == [speaker]


def test_a_state_party_role_with_no_lawmaker_before_stays_as_written() -> None:
    text = "President Obama spoke on Monday. “We need 60 votes,” the Texas Republican said."
    assert [c.speaker for c in find_cues(text)] == ["Texas Republican"]


@pytest.mark.parametrize("text, name, party, state", [
    ("Sen. Chuck Schumer (D-N.Y.)", "Sen. Chuck Schumer", "D", "N.Y."),  # (strip_titles drops "Sen." after)
    ("Lindsey Graham, R-S.C., said", "Lindsey Graham", "R", "S.C."),
    ("Rand Paul (R., Ky.)", "Rand Paul", "R", "Ky."),
    ("Ted Lieu (D-CA)", "Ted Lieu", "D", "CA"),
])
def test_name_party_tag(text: str, name: str, party: str, state: str) -> None:
    match = NAME_PARTY_TAG.search(text)
    assert (match.group("name"), match.group("party"), match.group("state")) == (name, party, state)


@pytest.mark.parametrize("text, figure, speaker", [
    # AllSides: "the <State> senator" is the one titled "Senator"
    ("Senator Dianne Feinstein (D-CA) vowed Thursday to push states toward a mask mandate.\n\n“Research shows that masks "
     "reduce transmission,” said the California senator. “Redfield said this surge could end within two months if we "
     "adopt ‘universal masking.’”", "two months", "Dianne Feinstein"),
    # a governor named just before is no senator: the role stays as written
    ("Gov. Jay Nixon imposed a curfew. “Big government has cost us 12 years,” the Kentucky senator says.", "12 years",
     "Kentucky senator"),
    # "the governor" alone is the role's antecedent, as before (no state, no party: not this rule's)
    ("Gov. John Bel Edwards spoke, and Sen. Amy Klobuchar (D-Minn.) replied. The virus has infiltrated 53 of "
     "Louisiana's 64 parishes, the governor said.", "53", "John Bel Edwards"),
])
def test_a_state_and_a_lawmakers_role_stand_for_the_one_so_titled(text: str, figure: str, speaker: str) -> None:
    claims = checker.extract(text, published="2020-07-01")
    assert claims.loc[claims["surface"] == figure, "speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # AllSides sentences (not the ones DOCUMENT_OF's comment cites): the named author of a document "of" what it studies
    ("Wages fell at the top and bottom of the wage scale, a Reuters analysis of labor statistics shows.", "Reuters"),
    ("A Republican National Committee review of the 2012 campaign found 30 flaws.", "Republican National Committee"),
    # ... a possessive owner as before, and an unnamed document speaks itself
    ("The Labor Department’s survey of households showed a gain of 30,000.", "Labor Department"),
    ("A survey of Palestinians found that 30 percent agreed.", "survey"),
])
def test_a_named_document_of_what_it_studies_speaks_for_its_author(text: str, speaker: str) -> None:
    assert [c.speaker for c in find_cues(text)] == [speaker]


def test_a_review_paper_named_in_passing_is_no_source() -> None:
    text = ("Malik Peiris argued this was necessary in a 2013 review paper on lessons learned from ten years of "
            "research.")
    assert [c.speaker for c in find_cues(text)] == ["Malik Peiris"]


@pytest.mark.parametrize("text, figure, speaker", [
    # A source phrase closing the main clause outranks a cue in the concession opening the sentence
    ("While the health ministry said 300 people had died, the toll is closer to 500, according to local officials.",
     "500", "local officials"),
    ("Although the company said it would hire 2,000 workers, only 400 were hired, according to a Reuters tally.",
     "400", "Reuters"),
    # ... and the concession's own figure stays its speaker's
    ("While the health ministry said 300 people had died, the toll is closer to 500, according to local officials.",
     "300", "the health ministry"),
])
def test_a_source_after_the_main_clause_outranks_a_concession(text: str, figure: str, speaker: str) -> None:
    claims = checker.extract(text, published="2020-07-01")
    assert claims.loc[claims["surface"] == figure, "speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text", [
    # AllSides: the age the reporter gives the speaker named right after an inverted cue is the outlet's
    '"We are sleeping in tents because there is a shortage of space here," said Amir Ali, 26, a travel agent.',
    "“It’s been a trying experience,” said Curtis Brown, 65, who walked about two hours from his house.",
])
def test_an_age_after_an_inverted_cue_is_the_outlets(text: str) -> None:
    claims = checker.extract(text, published="2020-07-01")
    age = claims[claims["surface"].str.fullmatch(r"\d{2}")]
    assert age["speaker"].tolist() == [""]


@pytest.mark.parametrize("text, speaker", [
    # AllSides sentences: an inquiry speaks through its findings, a named one for its owner
    ("A ProPublica investigation found more than $128 million in judgments and settlements in such cases.",
     "ProPublica"),
    ("In 2015, one smuggler received 70 money transfers from 69 individuals, the investigation revealed.",
     "the investigation"),
])
def test_an_investigation_speaks(text: str, speaker: str) -> None:
    assert [c.speaker for c in find_cues(text)] == [speaker]


def test_the_hill_link_text_between_a_name_and_its_party_tag() -> None:
    # AllSides (The Hill): the lawmaker is the name before the first of the surname the link text repeats
    text = ("Majority Whip Steve Scalise Stephen (Steve) Joseph ScaliseLive updates on impeachment: Schiff fires warning "
            "at GOP over whistleblower Bottom Line Trump allies assail impeachment on process MORE (R-La.) said Monday "
            "he backs the appointment of a second special counsel, the 2nd in 12 months.")
    claims = checker.extract(text, published="2019-11-04")
    assert claims.loc[claims["surface"] == "12 months", "speaker"].tolist() == ["Steve Scalise"]


@pytest.mark.parametrize("window, matched", [
    ("Texas MORE (R-Wis.) ", True),
    ("hearing MORE (D-Calif.) ", True),
    ("MORE (R., Ky.) ", True),
    ("Sen. Rand Paul (R-Ky.) ", False),  # a plain party tag: the name stands right before it
])
def test_hill_tag_before_verb(window: str, matched: bool) -> None:
    assert (HILL_TAG_BEFORE_VERB.search(window) is not None) is matched
