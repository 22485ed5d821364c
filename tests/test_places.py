"""The place column: which country a figure is about."""

import pandas as pd
import pytest

from checker.places import add_places, local_mentions, place_of


# Quake RSS titles and descriptions (Feb 2023); the figure is the second element.
@pytest.mark.parametrize("sentence, figure, place", [
    ("More than 4,300 dead in Turkey and Syria after powerful quake", "4,300", ""),
    ("Death toll rises to 11,000 in Turkey, Syria", "11,000", ""),
    ("Massive earthquakes hit Turkey and Syria, more than 1,000 dead", "1,000", ""),
    ("NYC family, including two children, are among 20k victims killed in Turkey earthquake", "20k", ""),
    ("4 Dead in 5.2-Magnitude Quake in Indonesia’s Papua", "4", "Indonesia"),
    ("At least 10 killed in 7.8 magnitude earthquake in Turkey", "10", "Turkey"),
    ("Turkish officials said 3,000 people died", "3,000", "Turkey"),  # a country's own authority
    ("The quake killed 5,894 people in Turkey and 1,932 in Syria.", "5,894", "Turkey"),
    ("The quake killed 5,894 people in Turkey and 1,932 in Syria.", "1,932", "Syria"),
    ("In Syria alone, 3,000 people died", "3,000", "Syria"),
    ("Syria's death toll rose to 1,262", "1,262", "Syria"),
])
def test_place_of(sentence, figure, place):
    start = sentence.find(figure)
    assert place_of(sentence, start, start + len(figure)) == place


def test_add_places_uses_offsets_and_keeps_input():
    sentence = "The quake killed 5,894 people in Turkey and 1,932 in Syria."
    claims = pd.DataFrame({"sentence": [sentence, sentence], "surface": ["5,894", "1,932"],
                           "start": [117, 144], "sentence_start": [100, 100]})
    placed = add_places(claims)
    assert list(placed["place"]) == ["Turkey", "Syria"] and "place" not in claims.columns


def test_there_and_in_is_combined():
    sentence = ("Kyiv sends 88 people to Turkey to help with a disaster that has killed more than 20,000 "
                "people there and in Syria.")
    start = sentence.find("20,000")
    assert place_of(sentence, start, start + 6) == ""


@pytest.mark.parametrize("sentence, figure, place", [
    ("nearly 93,000 victims have been evacuated from the quake zone in southern Turkey", "93,000", "Turkey"),
    ("More than 1,400 people are killed in north-western Syria after the quake", "1,400", "Syria"),
])
def test_regions_between_preposition_and_place(sentence, figure, place):
    start = sentence.find(figure)
    assert place_of(sentence, start, start + len(figure)) == place


def test_both_places_are_combined():
    sentence = ("The agency has updated the death toll in Turkey to 38,044, raising the overall number "
                "of fatalities in both Turkey and Syria to 41,732")
    for figure, place in (("38,044", "Turkey"), ("41,732", "")):
        start = sentence.find(figure)
        assert place_of(sentence, start, start + len(figure)) == place


# Quake RSS (Guardian live, Feb 2023) sentences with per-country and combined figures.
@pytest.mark.parametrize("sentence, figure, place", [
    ("At least 6,234 people have died in Turkey while 2,470 have died in Syria", "2,470", "Syria"),
    ("At least 6,234 people have died in Turkey while 2,470 have died in Syria", "6,234", "Turkey"),
    ("At least 3,381 have died in Turkey, while Syria toll stands at 1,444", "1,444", "Syria"),
    ("12,973 people have died in Turkey as Syria deaths near 3,000", "3,000", "Syria"),
    ("the combined death toll rose to almost 38,000 on Tuesday after the tally in Turkey climbed to 31,974",
     "38,000", ""),
    ("the combined death toll rose to almost 38,000 on Tuesday after the tally in Turkey climbed to 31,974",
     "31,974", "Turkey"),
    ("With the 2,470 deaths in Syria included, the total number killed by Monday’s quake now stands at 9,427",
     "9,427", ""),
    ("rescue survivors trapped across southern Turkey and northern Syria after two powerful earthquakes "
     "killed more than 5,000 people", "5,000", ""),
])
def test_per_country_and_combined(sentence, figure, place):
    start = sentence.find(figure)
    assert place_of(sentence, start, start + len(figure)) == place


@pytest.mark.parametrize("text, count", [("3,381 and 1,444", 2), ("no figure", 0), ("7.8 and 2023", 2),
                                         (" people have died of COVID-19 in ", 0), ("$5 billion", 1)])
def test_previous_number_pattern(text, count):
    from checker.places import PREVIOUS_NUMBER
    assert len(PREVIOUS_NUMBER.findall(text)) == count


@pytest.mark.parametrize("words, text, found", [
    (["syria", "sudan", "sud"], "sudan and syria and sud", ["sudan", "syria", "sud"]),
    (["u.s.", "uk", "ukraine"], "ukraine, uk and u.s.", ["ukraine", "uk", "u.s."]),
    (["new zealand", "new delhi"], "new delhi new york new zealand", ["new delhi", "new zealand"]),
])
def test_place_alternation_matches_like_a_longest_first_alternation(words, text, found):
    import re
    from checker.places import _alternation
    pattern = re.compile(rf"(?<![\w.])(?:{_alternation(words)})(?![\w])")
    assert pattern.findall(text) == found


# Quake RSS (Guardian, Feb 2023): the place a sentence named, taken up again.
@pytest.mark.parametrize("sentence, figure, place", [
    ("Turkey has revised up the death toll again, with authorities now saying that 6,957 people have been "
     "killed there.", "6,957", "Turkey"),
    ("Turkish vice president said last night the death toll in his country had risen to 24,617.", "24,617",
     "Turkey"),
    ("The combined total, with 2,470 deaths recorded officially in Syria, has reached 11,224.", "2,470", "Syria"),
    ("The combined total, with 2,470 deaths recorded officially in Syria, has reached 11,224.", "11,224", ""),
    ("Rescuers in Turkey and Syria say 5,000 people were killed there", "5,000", ""),
])
def test_anaphoric_places_and_commas(sentence, figure, place):
    start = sentence.find(figure)
    assert place_of(sentence, start, start + len(figure)) == place


@pytest.mark.parametrize("text, matches", [("killed there.", True), ("in his country", True),
                                           ("in the country's south", True), ("therefore", False)])
def test_anaphoric_place_pattern(text, matches):
    from checker.places import ANAPHORIC_PLACE
    assert bool(ANAPHORIC_PLACE.search(text)) is matches


@pytest.mark.parametrize("text, asides", [
    ("The combined total, with 2,470 deaths in Syria, has reached", 1),
    ("killed 2,470 and 1,200 people", 0),
    ("a, b, c, d", 1),
])
def test_aside_pattern(text, asides):
    from checker.places import ASIDE
    assert len(ASIDE.findall(text)) == asides


# Quake RSS (Feb 2023): figures local to a town or province are parts, not the toll.
@pytest.mark.parametrize("sentence, figure, place", [
    ("State media reported 42 people were killed in Aleppo after the earthquake.", "42", "Aleppo"),
    ("Officials said 23 people died in the province of Malatya", "23", "Malatya"),
    ("More than 1,000 people died in Congress's worst week", "1,000", ""),
    ("The quake killed 5,000 people in January", "5,000", ""),
    ("At least 3,381 have died in Turkey", "3,381", "Turkey"),
])
def test_local_places(sentence, figure, place):
    start = sentence.find(figure)
    assert place_of(sentence, start, start + len(figure)) == place


@pytest.mark.parametrize("sentence, figure, place", [
    # Title Case headlines: capitals are not names.
    ("Seven Killed in Aid Convoy Crash Near Border", "Seven", ""),
    ("Almost half of the 46,000 people killed in Turkey-Syria earthquakes died in one province", "46,000", ""),
    # A country far before the figure describes something else.
    ("Rescue teams have pulled three people alive from under collapsed buildings in Turkey, 11 days after an "
     "earthquake that has killed more than 45,000", "45,000", ""),
])
def test_places_that_do_not_describe_the_figure(sentence, figure, place):
    start = sentence.find(figure)
    assert place_of(sentence, start, start + len(figure)) == place


@pytest.mark.parametrize("sentence, figure, place", [
    ("The death toll in Turkey from this week’s devastating earthquakes has risen to 20,665, the agency said.",
     "20,665", "Turkey"),
    ("Interior Minister Suleyman Soylu has raised the number of fatalities in Turkey from the magnitude 7.8 "
     "earthquake to 43,556", "43,556", "Turkey"),  # a magnitude between is no figure
    ("The number of confirmed deaths in Turkey due to the earthquake rose to 40,689, the head of AFAD said.",
     "40,689", "Turkey"),
])
def test_places_in_the_subject_of_a_rise(sentence, figure, place):
    start = sentence.find(figure)
    assert place_of(sentence, start, start + len(figure)) == place


@pytest.mark.parametrize("pattern_name, text, matches", [
    ("ALSO_ELSEWHERE", "killed more than 20,000 people there and ", True),
    ("ALSO_ELSEWHERE", "killed in ", False),
    ("PLACE_ALONE", " alone, 3,000", True),
    ("PLACE_ALONE", "'s spy agency", False),
])
def test_place_patterns(pattern_name, text, matches):
    import checker.places as places
    pattern = getattr(places, pattern_name)
    found = pattern.search(text) if pattern_name == "ALSO_ELSEWHERE" else pattern.match(text)
    assert bool(found) is matches


@pytest.mark.parametrize("text, name", [("in Aleppo after", "Aleppo"), ("in the province of Malatya", "Malatya"),
                                        ("in Kahramanmaras province", "Kahramanmaras")])
def test_local_pattern(text, name):
    from checker.places import _local_pattern
    assert _local_pattern().search(text)["name"] == name


@pytest.mark.parametrize("sentence, figure, place", [
    # AllSides: a country's own authority speaking gives its own figure.
    ("Afghan officials said 21 security force members and 9 civilians were killed this week", "21", "Afghanistan"),
    # ... but its sources telling of another country's hostages are not its word.
    ("Israeli government sources told CNN that Hollande told Netanyahu that four hostages were killed "
     "and 15 were rescued", "15", ""),
    # Quake RSS (other items than the rules came from).
    ("The Turkish disaster management agency, AFAD, has raised the number of confirmed fatalities from the "
     "earthquake in Turkey to 41,156", "41,156", "Turkey"),
    ("raising the overall number of fatalities in both Turkey and Syria to 41,732", "41,732", ""),
    ("More than 8,500 people have been confirmed dead in Turkey, while at least 1,200 died in Syria",
     "8,500", "Turkey"),
    # AllSides: "the country's" authority, after "according to".
    ("India on Tuesday recorded more than 28,000 cases for the second consecutive day, taking the tally to "
     "906,752, according to the country's health ministry", "906,752", "India"),
])
def test_authority_and_scoped_toll_places(sentence, figure, place):
    start = sentence.find(figure)
    assert place_of(sentence, start, start + len(figure)) == place


@pytest.mark.parametrize("pattern_name, text, found", [
    ("CHANGE_FROM", "the official death toll has climbed to 106, from ", "106, from "),
    ("CHANGE_FROM", "rose to 1,262 from ", "1,262 from "),
    ("CHANGE_FROM", "people from ", None),
    ("MAGNITUDE_NUMBER", "4 Dead in 5.2-Magnitude Quake", "5.2-Magnitude"),
    ("MAGNITUDE_NUMBER", "from the magnitude 7.8 earthquake to", "magnitude 7.8"),
    ("MAGNITUDE_NUMBER", "killed 7,800 people", None),
])
def test_change_and_magnitude_patterns(pattern_name, text, found):
    import checker.places as places
    match = getattr(places, pattern_name).search(text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize("sentence, figure, place", [
    # AllSides (past the first 1,000 articles): world totals are nobody's national figure.
    ("Pakistan is officially home to 20,000 Sikhs, who number about 20 million worldwide", "20 million", "World"),
    ("Pakistan is officially home to 20,000 Sikhs, who number about 20 million worldwide", "20,000", ""),  # not the world total
    ("Indian journalists and human rights activists were among the 1,400 users globally whose phones were hacked",
     "1,400", "World"),
    # "the world" as an object is no scope.
    ("Italy leads the world with 8,215 COVID-19 fatalities", "8,215", ""),
    # A world word opening the sentence scopes its clauses (AllSides, Mar 2020), but not a
    # clause naming a country of its own.
    ("Worldwide, more than 130,000 people have been infected, and more than 4,900 have died.", "130,000", "World"),
    ("Worldwide, more than 130,000 people have been infected, and more than 4,900 have died.", "4,900", "World"),
    # No comma after the opening world word (AllSides, another article).
    ("Worldwide the virus has infected more than 3.6 million people and killed over a quarter-million, "
     "according to a tally by Johns Hopkins University.", "3.6 million", "World"),
    ("Worldwide, authorities have confirmed more than 92,000 cases of the virus, of which more than 80,000 "
     "are in China.", "92,000", "World"),
    ("Worldwide, authorities have confirmed more than 92,000 cases of the virus, of which more than 80,000 "
     "are in China.", "80,000", "China"),
    # ... and carries over a semicolon to a clause naming no place (AllSides, Apr 2020).
    ("The number of worldwide cases was nearing 2.5 million; there are over 170,000 deaths.", "170,000", "World"),
])
def test_world_totals(sentence, figure, place):
    start = sentence.find(figure)
    assert place_of(sentence, start, start + len(figure)) == place


@pytest.mark.parametrize("text, matches", [("around the world", True), ("worldwide", True), ("the world", False)])
def test_world_pattern(text, matches):
    from checker.places import gazetteer
    assert bool(gazetteer().world.search(text)) is matches


@pytest.mark.parametrize("sentence, names", [
    # Quake RSS: a town named after a locative is a local place, a country is not.
    ("At least 42 people were killed in Aleppo, state media said.", ["Aleppo"]),
    ("More than 1,500 people were killed in Turkey.", []),
    # A title-case headline's capitals are no names.
    ("Death Toll In Aleppo Rises To 42 As Rescuers Dig", []),
])
def test_local_mentions(sentence, names):
    from checker.places import local_mentions
    assert [name for _, _, name in local_mentions(sentence)] == names


@pytest.mark.parametrize("sentence, surface, place", [
    # AllSides (Nov 2012, Sep 2014), not the article the rule came from: a place before a
    # conjunction is the earlier conjunct's; the figure's own locative after it wins.
    ("General Allen, who also served in Iraq and now commands 68,000 American troops in Afghanistan.",
     "68,000", "Afghanistan"),
    ("The U.S. had launched nearly 300 airstrikes in Iraq and nearly 200 in Syria, according to Central "
     "Command.", "200", "Syria"),
    ("The U.S. had launched nearly 300 airstrikes in Iraq and nearly 200 in Syria, according to Central "
     "Command.", "300", "Iraq"),
])
def test_a_place_before_a_conjunction_yields_to_the_figures_own(sentence, surface, place):
    at = sentence.index(surface)
    assert place_of(sentence, at, at + len(surface)) == place


@pytest.mark.parametrize("text, matches", [(" and now commands ", True), (" while ", True), (" officials said ", False)])
def test_conjunct_between(text, matches):
    from checker.places import CONJUNCT_BETWEEN
    assert bool(CONJUNCT_BETWEEN.search(text)) is matches


# AllSides sentences (not the ones the rule was written from): two local names joined by
# a word make the figure their combined total, about neither alone.
@pytest.mark.parametrize("sentence, figure, place", [
    ("you could have guessed a great deal about the background of the murderers in Ohio and Texas "
     "who killed at least 29 people", "29", ""),
    ("It has been fed by major terrorist attacks in Paris and Nice that together killed more than 230 people",
     "230", ""),
    # One name stays that place's; a comma joins a city to its state.
    ("Then came the El Paso shooting, which left 22 people dead in the Texas border city.", "22", "Texas"),
    ("Police in Dallas, Texas, said 5 people were arrested", "5", "Dallas"),
])
def test_joined_local_places_are_combined(sentence, figure, place):
    start = sentence.find(figure)
    assert place_of(sentence, start, start + len(figure)) == place


def test_district_of_columbia_is_no_local_district():
    # AllSides (Jun 2020): "the District" is Washington, as "in Washington" names no local place.
    sentence = ("That figure includes the roughly 150 officers hurt during the protests in the District of "
                "Columbia, where 22 officers suffered concussions")
    start = sentence.find("22")
    assert place_of(sentence, start, start + 2) == ""


# Round 7, AllSides sentences the state rules were not written from (2017-2020): a US state
# opening the figure's clause, or "in the state", makes it that state's figure.
@pytest.mark.parametrize("sentence, figure, place", [
    ("Nevada has 3,728 confirmed cases of coronavirus and 155 deaths.", "155", "Nevada"),
    ("Illinois has seen 94,191 confirmed cases of the coronavirus and 4,177 deaths tied to the disease as of "
     "Sunday statistics provided by state health officials.", "4,177", "Illinois"),
    ("California wildfires kill at least 11, more than 100 reported missing in wine country", "11", "California"),
    ("New York Gov. Andrew Cuomo on Monday said 337 people in the state had died in the previous 24 hours.",
     "337", "New York"),
    ("Tennessee, which has had 152 confirmed deaths and 7,238 cases, announced that the vast majority of "
     "businesses would open on May 1.", "152", "Tennessee"),
    # A list of states is their combined figure; a name that goes on is no state.
    ("New Jersey, Pennsylvania and Michigan each reported their highest single-day coronavirus-related death "
     "tolls - over 800 between the three states.", "800", ""),
    ("Irma killed at least 36 people in Florida, Georgia and South Carolina, according to officials.", "36", ""),
    ("The New York Times reported 2,000 deaths on Monday.", "2,000", ""),
    ("Texas Sen. Ted Cruz said 20 million jobs were at risk.", "20 million", ""),
    # A comma after a city still names its state.
    ("Authorities said 12 people were killed in Dallas, Texas, on Sunday.", "12", "Dallas"),
])
def test_state_places(sentence, figure, place):
    start = sentence.find(figure)
    assert place_of(sentence, start, start + len(figure)) == place


@pytest.mark.parametrize("text, matches", [
    ("killed at least 27 people in the state", True), ("statewide", True),
    ("in the state of Malatya", False), ("the state said", False),
])
def test_state_anaphora_pattern(text, matches):
    from checker.places import STATE_ANAPHORA
    assert bool(STATE_ANAPHORA.search(text)) is matches


@pytest.mark.parametrize("text, following", [
    (", Pennsylvania and", "Pennsylvania"), (", South Carolina and", "South Carolina"),
    (", Georgia and South Carolina", "Georgia"), (", the U.S. epicenter", None), (", which has had", None),
])
def test_state_list_pattern(text, following):
    from checker.places import STATE_LIST_NEXT
    match = STATE_LIST_NEXT.match(text)
    assert (match["next"] if match else None) == following


# A comma and a conjunction open another clause between a state subject and a figure.
@pytest.mark.parametrize("text, matches", [
    ("California lost 100,000 jobs, and the nation lost", True), ("Ohio has 40 cases, but officials", True),
    ("New York state, the U.S. epicenter, has", False), ("Texas and Ohio", False),
])
def test_state_clause_break_pattern(text, matches):
    from checker.places import STATE_CLAUSE_BREAK
    assert bool(STATE_CLAUSE_BREAK.search(text)) is matches


def test_a_country_named_like_a_state_extends_a_list_of_states():
    from checker.places import STATE_NAMESAKES, is_state
    assert "Georgia" in STATE_NAMESAKES and not is_state("Georgia")


@pytest.mark.parametrize("text, matches", [("nationwide", True), ("across the nation", True),
                                           ("in the country", True), ("national guard", False)])
def test_anaphoric_nation_pattern(text, matches):
    from checker.places import ANAPHORIC_PLACE
    assert bool(ANAPHORIC_PLACE.search(text)) is matches


# "nationwide" takes the one country the sentence names (AllSides, May 2020).
def test_nationwide_takes_the_one_country_named():
    sentence = ("Russia said Thursday it has registered 174 coronavirus-related deaths over the past 24 hours, "
                "bringing the nationwide toll to 4,142.")
    start = sentence.find("4,142")
    assert place_of(sentence, start, start + 5) == "Russia"


@pytest.mark.parametrize("place, state", [("California", True), ("Aleppo", False), ("Turkey", False), ("", False)])
def test_is_state(place, state):
    from checker.places import is_state
    assert is_state(place) is state


@pytest.mark.parametrize("sentence", [
    # BASIL (Orlando, June 2016): where the speaker stood is no place of the toll.
    "Obama, speaking from the White House on Sunday, said the nightclub massacre in which 50 people "
    "were killed and at least 53 others were wounded is being investigated as an act of terror.",
    # AllSides: where a unit comes from is no place of the troops counted after it.
    "The force includes a unit from Fort Bragg, N.C., and 600 to 800 National Guard troops.",
])
def test_a_town_or_building_after_from_is_an_origin_not_a_place(sentence):
    assert local_mentions(sentence) == []


@pytest.mark.parametrize("sentence, figure, place", [
    # A country opening the clause as the subject of a count verb (AllSides, 2020).
    ("The U.S. has reported more than 206,000 cases and more than 4,000 deaths.", "4,000", "United States"),
    ("South Korea has reported a total of 11,344 confirmed COVID-19 cases and 269 deaths.", "269", "South Korea"),
    ("India has 52 coronavirus testing centres.", "52", "India"),
    ("And Italy now has more than 97,000 confirmed infections.", "97,000", "Italy"),
    # "has" as an auxiliary of another verb, speech, two countries: no subject place.
    ("China has said it will levy new tariffs on more than 5,200 US products.", "5,200", ""),
    ("Russia says 5,000 Ukrainian soldiers were killed.", "5,000", ""),
    ("Russia reported that 300 soldiers were killed.", "300", ""),
    ("The U.S. and China have 200,000 cases between them.", "200,000", ""),
    # A place of its own in the clause wins over the subject.
    ("Turkey reported 5,000 deaths in Syria.", "5,000", "Syria"),
])
def test_a_country_as_the_subject_of_a_count_verb(sentence, figure, place):
    start = sentence.index(figure)
    assert place_of(sentence, start, start + len(figure)) == place


@pytest.mark.parametrize("text, country", [
    ("The U.S. passed 50,000", "U.S."),
    ("Italy has recorded", "Italy"),
    ("Spain has already passed", "Spain"),
    ("India has 52", "India"),
    ("India has been", None),
    ("China has said", None),
    ("Iran reported that", None),
    ("U.S. officials said", None),
])
def test_country_subject_pattern(text, country):
    from checker.places import country_subject
    match = country_subject().match(text)
    assert (match["country"] if match else None) == country


@pytest.mark.parametrize("sentence, figure, place", [
    # "US" in capitals is the country; "us" is a pronoun (AllSides, Mar 2020).
    ("So far, 46,450 people in the US have become infected with the virus and there have been 593 deaths, "
     "according to the latest data from Johns Hopkins University.", "46,450", "United States"),
    ("The US has recorded more than 80,000 deaths.", "80,000", "United States"),
    ("He told us 300 people were killed in the fighting.", "300", ""),
])
def test_cased_names(sentence, figure, place):
    start = sentence.index(figure)
    assert place_of(sentence, start, start + len(figure)) == place


@pytest.mark.parametrize("sentence, figure, place", [
    # A country opening the sentence before a comma scopes its clause (AllSides; the rule was
    # written from "In Spain, meanwhile, the numbers infected and tested rose from 33,089 to 39,673").
    ("In France, 80 teenagers — both boys and girls — have attempted to join jihadist networks abroad.",
     "80", "France"),
    ("In the United States, the death toll from the virus passed 50,000 on Friday.", "50,000", "United States"),
    # Another place between ends the scope (Damascus is too far from the figure to be its place);
    # so does a clause break.
    ("In France, Doctors Without Borders said three hospitals it supports in the eastern Damascus region "
     "reported receiving roughly 3,600 patients with neurotoxic symptoms.", "3,600", ""),
    ("In Spain, meanwhile, the numbers infected and tested rose from 33,089 to 39,673 on Tuesday, according to "
     "the health ministry, while the death toll rose from 2,182 to 2,696.", "2,696", ""),
])
def test_a_country_opening_the_sentence_scopes_its_clause(sentence, figure, place):
    start = sentence.index(figure)
    assert place_of(sentence, start, start + len(figure)) == place


@pytest.mark.parametrize("sentence, figure, place", [
    # A toll noun after a place's possessive and up to two words (AllSides, quake RSS).
    ("America's coronavirus death toll stands at around 85,000, Lindsey Graham said.", "85,000", "United States"),
    ("Turkey's official death toll rose to 20,213 on Friday.", "20,213", "Turkey"),
])
def test_a_possessive_toll_with_modifiers(sentence, figure, place):
    start = sentence.index(figure)
    assert place_of(sentence, start, start + len(figure)) == place


@pytest.mark.parametrize("sentence, figure, place", [
    # States whose names hold a stop word or a country (AllSides, Apr 2020).
    ("Over 6,000 people have died of COVID-19 in New Jersey, the nation’s second-worst toll after New York, "
     "where the virus has killed over 22,000.", "6,000", "New Jersey"),
    ("At least 1,500 people have been arrested in New York since Floyd’s murder.", "1,500", "New York"),
])
def test_states_named_like_stop_words_or_countries(sentence, figure, place):
    start = sentence.index(figure)
    assert place_of(sentence, start, start + len(figure)) == place


@pytest.mark.parametrize("sentence, figure, place", [
    # Lower-case words before a local unit (AllSides; the rule was written from "in the ethnically
    # diverse city of El Paso").
    ("Another three were killed in the southern city of Minya.", "three", "Minya"),
    ("Eight of the dead were reported to be in the northern city of Marsa Matruh.", "Eight", "Marsa Matruh"),
])
def test_local_units_with_modifiers(sentence, figure, place):
    start = sentence.index(figure)
    assert place_of(sentence, start, start + len(figure)) == place


@pytest.mark.parametrize("sentence, figure, place", [
    # A coast is its country's (written from the quake RSS's "62 people are dead off the coast of Italy"; these are
    # AllSides sentences).
    ("In just the latest example, at least 12 people traveling on boats filled with refugees drowned off the coast "
     "of Turkey, Turkish officials said.", "12", "Turkey"),
    ("Some 61 people onboard a cruise ship off the coast of Japan have tested positive for coronavirus.", "61",
     "Japan"),
    ("They turned off 20 lights.", "20", ""),
])
def test_off_the_coast_of(sentence, figure, place):
    start = sentence.find(figure)
    assert place_of(sentence, start, start + len(figure)) == place
