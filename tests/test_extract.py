"""Claim extraction on real news sentences: values, intervals, units, entities, non-claims.

Sentences are quoted (one or two at a time) from the seed articles, the
quake-rss corpus, BASIL and AllSides articles; the general rules were not
written from them, except the seed expectations the lead set.
"""

import importlib
import math
import re
from pathlib import Path

import pytest

from checker import figures, nonclaims, qualifiers
from checker.extract import QUANTITY_COLUMNS, extract_quantities
from checker.text import sentence_spans

# `checker.extract` is also the name of the package-level API function, so the
# module is fetched by its full name.
extract = importlib.import_module("checker.extract")

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
NAN = float("nan")


def rows(text):
    return extract_quantities(text).to_dict("records")


def row(text, surface):
    """The claim whose surface starts with ``surface`` (exactly one)."""
    found = [r for r in rows(text) if r["surface"].startswith(surface)]
    assert len(found) == 1, f"{surface!r} in {[r['surface'] for r in rows(text)]}"
    return found[0]


def same(a, b):
    return (isinstance(a, float) and math.isnan(a) and isinstance(b, float) and math.isnan(b)) or a == pytest.approx(b)


# --- the frame contract --------------------------------------------------------


def test_columns_offsets_and_sentences():
    text = (SEEDS / "002_b241c34fbdefa81a.txt").read_text(encoding="utf-8")
    frame = extract_quantities(text)
    assert tuple(frame.columns) == QUANTITY_COLUMNS
    assert list(frame["start"]) == sorted(frame["start"])
    spans = sentence_spans(text)
    for r in frame.to_dict("records"):
        assert text[r["start"] : r["end"]] == r["surface"]
        assert (r["sentence_start"], r["sentence_end"]) in spans
        assert r["sentence"] == text[r["sentence_start"] : r["sentence_end"]]
        assert r["sentence_start"] <= r["start"] < r["end"] <= r["sentence_end"]


def test_empty_text_gives_empty_frame_with_columns():
    for text in ("", "No figures here at all."):
        frame = extract_quantities(text)
        assert frame.empty and tuple(frame.columns) == QUANTITY_COLUMNS


# --- the demo corpus (the lead's expectations) ---------------------------------


def seed_rows(name):
    return rows((SEEDS / name).read_text(encoding="utf-8"))


def test_seed_001():
    found = seed_rows("001_0e4e2480f77082a7.txt")
    table = [(r["value"], r["entity"], r["qualifier"], r["unit"]) for r in found]
    assert (3000.0, "troop", "exact", "count") in table
    assert (12000.0, "soldier", "exact", "count") in table
    assert table.count((3.5e6, "artillery shell", "approx", "count")) == 2
    assert (1000.0, "aggression", "exact", "day") in table or any(r["value"] == 1000 and r["unit"] == "day" for r in found)
    vague = [r for r in found if r["qualifier"] == "vague"]
    assert [(r["surface"], r["entity"]) for r in vague] == [("millions", "artillery shell")]


def test_seed_002():
    text = (SEEDS / "002_b241c34fbdefa81a.txt").read_text(encoding="utf-8")
    found = rows(text)
    headline = found[0]  # "100,000 North Korean troops could be deployed": exact
    assert (headline["value"], headline["entity"], headline["qualifier"]) == (100000.0, "troop", "exact")
    at_most = [r for r in found if r["qualifier"] == "at_most"]
    assert [(r["value"], r["entity"], r["hedge"]) for r in at_most] == [(100000.0, "troop", "as many as")]
    assert any(r["value"] == 11000 and r["entity"] == "troop" for r in found)
    grow = [r for r in found if r["value"] == 100000 and "contingent" in r["sentence"]]
    assert grow and grow[0]["entity"] in ("contingent", "troop")
    six = row(text, "six")
    assert (six["value"], six["unit"], six["entity"]) == (6.0, "count", "missile")
    assert any(r["value"] == 1000 and r["unit"] == "day" for r in found)
    surfaces = " ".join(r["surface"] for r in found)
    assert "15:57" not in surfaces and "2024" not in surfaces and "23" not in surfaces
    assert not any(r["value"] in (0.0, 250.0) for r in found)  # "(0/250자)"


def test_seed_003():
    found = seed_rows("003_50f94abe81825be2.txt")
    assert any(r["value"] == 11000 and r["entity"] == "soldier" for r in found)
    balloons = [r for r in found if r["value"] == 7000]
    assert [(r["qualifier"], r["entity"], r["low"]) for r in balloons] == [("at_least", "garbage balloon", 7000.0)]
    assert not any(r["value"] in (5.0, 2024.0, 8.0) for r in found)  # "November 5, 2024 at 8 p.m."


def test_seed_004():
    found = seed_rows("004_fa6052cc0d604a9b.txt")
    table = {(r["value"], r["unit"]): r for r in found}
    assert table[(11000.0, "count")]["qualifier"] == "approx" and table[(11000.0, "count")]["entity"] == "troop"
    assert table[(9.2e9, "dollar")]["qualifier"] == "exact"
    assert (73.0, "day") in table and (2.5, "year") in table
    assert not any(r["value"] == 13 for r in found)  # "Wednesday (13)"


def test_seed_000():
    found = seed_rows("000_d657e8aa4e981fd4.txt")
    vague = {r["surface"]: r for r in found if r["qualifier"] == "vague"}
    assert vague["thousands"]["entity"] == "troop"
    assert vague["hundreds"]["entity"] == "missile"
    assert vague["several hundreds of km2"]["unit"] == "square kilometre"
    assert not any(r["value"] == 2022 for r in found)  # "February 2022"


# --- numbers -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("Some two million people are living in temporary shelters.", "two million", 2e6),
        ("A convoy of 11 trucks from a United Nations agency has crossed into northern Syria.", "11", 11.0),
        ("the number of fatalities in Turkey from the magnitude 7.8 earthquake to 43,556", "43,556", 43556.0),
        ("Yahoo was hacked in 2013, which affected all three billion of its accounts.", "three billion", 3e9),
        ("He spent twenty-nine days in detention.", "twenty-nine", 29.0),
        ("There were 4 hundred million people.", "4 hundred million", 4e8),
        ("It is now investing to boost its output to 1.2m tons of ilmenite.", "1.2m", 1.2e6),
        ("the Stoxx 50 fell -1.3% on the day", "-1.3%", -1.3),
        ("The Hornets total offense the remainder of the game was minus-5 yards.", "5 yards", -5.0),
        ("the fund shrank by 12.000 euros", "12.000", 12000.0),
        ("A baker's dozen is 13 while a gross is 144; that is more than a dozen eggs.", "a dozen", 12.0),
    ],
)
def test_numbers(text, surface, value):
    assert row(text, surface)["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("A third of the Britian population lives in South East England.", "A third", 1 / 3),
        ("Nearly two-thirds of the combined sales came from buyers of the DVD.", "two-thirds", 2 / 3),
        ("Half the condos have sold since the building opened.", "Half", 0.5),
    ],
)
def test_shares(text, surface, value):
    found = row(text, surface)
    assert found["value"] == pytest.approx(value) and found["unit"] == "fraction"


# --- money ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, value, unit",
    [
        ("Australia will give $10 million in humanitarian assistance to help Turkey.", "$10 million", 1e7, "dollar"),
        ("Blinken Pledges $100 Million in Aid", "$100 Million", 1e8, "dollar"),
        ("The EU approved a €50bn facility for Ukraine.", "€50bn", 5e10, "euro"),
        ("a Treasury bond issue of GBP 20m was cancelled", "GBP 20m", 2e7, "pound sterling"),
        ("the deal is worth $5bn, people familiar said", "$5bn", 5e9, "dollar"),
        ("he plans to advance US$9.2 billion in funds already approved", "US$9.2 billion", 9.2e9, "dollar"),
        ("a fine of 10.5 million Australian dollars ($7.5 million)", "$7.5 million", 7.5e6, "dollar"),
        ("a fine of 10.5 million Australian dollars ($7.5 million)", "10.5 million", 1.05e7, "australian dollar"),
        ("Previously the company offered a plan for RM79 a month.", "RM79", 79.0, "malaysian ringgit per month"),
        ("The September crude contract was up 19 cents at US $58.24 per barrel", "US $58.24", 58.24, "dollar per barrel"),
        ("The S8 is around 25k cheaper than its rivals.", "25k", 25000.0, "count"),
    ],
)
def test_money(text, surface, value, unit):
    found = row(text, surface)
    assert (found["value"], found["unit"]) == (pytest.approx(value), unit)


def test_bracketed_money_is_not_negative():
    assert row("a fine of 10.5 million Australian dollars ($7.5 million)", "$7.5")["value"] > 0


# --- units ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, unit, entity",
    [
        ("Ukraine fired six ATACMS missiles at a facility in Bryansk.", "six", "count", "missile"),
        ("A 7.8 magnitude earthquake shook southeast Turkey early Monday.", "7.8", "magnitude", "earthquake"),
        ("A magnitude 7.8 earthquake struck at a depth of 10 kilometers (6.2 miles).", "10 kilometers", "kilometre", "depth"),
        ("after being rescued from the rubble after 182 hours", "182 hours", "hour", None),
        ("Rescuer workers carry Kaan, a 13-year-old Turkish teenager, to an ambulance", "13-year-old", "year of age", None),
        ("Pence, 57, was sworn in at 11:54 a.m.", "57", "year of age", "pence"),
        ("Maddon has dropped from 208 pounds by exercising.", "208 pounds", "pound-mass", None),
        ("The iPhone 14’s 6.1-inch Super Retina XDR display remains one of the best.", "6.1-inch", "inch", None),
        ("a turbocharged engine tuned to produce 640bhp", "640bhp", "brake horsepower", None),
    ],
)
def test_units(text, surface, unit, entity):
    found = row(text, surface)
    assert found["unit"] == unit
    if entity is not None:
        assert found["entity"] == entity


# --- qualifiers and intervals --------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, qualifier, hedge, low, high",
    [
        ("the earthquake has killed more than 43,000 people", "43,000", "at_least", "more than", 43000.0, NAN),
        ("At least 641 were killed after the quake near Gaziantep", "641", "at_least", "at least", 641.0, NAN),
        ("Some two million people are living in temporary shelters", "two million", "approx", "some", 1.8e6, 2.2e6),
        ("He ran the House for nearly 30 years until handing the reins to his son.", "30 years", "approx", "nearly", 27.0, 33.0),
        ("As many as 100,000 North Korean troops could be deployed to Russia", "100,000", "at_most", "as many as", NAN, 100000.0),
        ("accounting for just under 20 percent of personal spending", "20 percent", "at_most", "just under", NAN, 20.0),
        ("requests from donors who contribute more than $10,000", "$10,000", "at_least", "more than", 10000.0, NAN),
        ("Specialized UV light will help chipmakers produce sub-7 nanometer ICs.", "7 nanometer", "at_most", "sub-", NAN, 7.0),
        ("the adult moths can fly more than 100 kilometers (60 miles).", "60 miles", "at_least", "more than", 60.0, NAN),
        ("3,000 North Korean troops are currently in a training camp", "3,000", "exact", "", 3000.0, 3000.0),
    ],
)
def test_qualifiers(text, surface, qualifier, hedge, low, high):
    found = row(text, surface)
    assert (found["qualifier"], found["hedge"]) == (qualifier, hedge)
    assert same(found["low"], low) and same(found["high"], high)


@pytest.mark.parametrize(
    "text, surface, low, high, unit",
    [
        ("Between 1600 and 1900 world temperatures dropped by 1 to 1.5 degrees Celsius", "1 to 1.5 degrees", 1.0, 1.5, "celsius"),
        ("There are four to five thousand people.", "four to five thousand", 4000.0, 5000.0, "count"),
        ("analysts put the bill at $10 to $15 billion", "$10 to $15 billion", 1e10, 1.5e10, "dollar"),
        ("the cut will be 3 to 4 million barrels", "3 to 4 million", 3e6, 4e6, "barrel"),
        ("3 to 4 million people were displaced", "3 to 4 million", 3e6, 4e6, "count"),
        ("people earning between $48,000 and $90,000 a year", "$48,000 and $90,000", 48000.0, 90000.0, "dollar per year"),
        ("a slowdown to 10-15% growth", "10-15%", 10.0, 15.0, "percentage"),
        ("Homes from $750,000 to $1 million stay an average of 70 days", "$750,000 to $1 million", 750000.0, 1e6, "dollar"),
        ("My G70 had a good lick of speed going from 0 to 62 mph in 7.2 seconds.", "0 to 62 mph", 0.0, 62.0, "mile per hour"),
    ],
)
def test_ranges(text, surface, low, high, unit):
    found = row(text, surface)
    assert found["qualifier"] == "range" and found["unit"] == unit
    assert (found["low"], found["high"]) == (pytest.approx(low), pytest.approx(high))
    assert found["value"] == pytest.approx((low + high) / 2)


@pytest.mark.parametrize(
    "text",
    [
        "the trade deficit increased by $43.6 billion to $419.2 billion",  # a change and a level
        "Germany's DAX fell 0.4 per cent to 13176 in early trade",
        "Bristol City came from behind to beat Charlton 2-1 in a thriller.",
    ],
)
def test_not_ranges(text):
    assert all(r["qualifier"] != "range" for r in rows(text))


@pytest.mark.parametrize(
    "text, surface, entity, low, high",
    [
        ("Thousands of buildings have collapsed in Turkey and Syria", "Thousands", "building", 2000.0, 1e6),
        ("with hundreds of thousands of displaced Syrians affected", "hundreds of thousands", "syrian", 2e5, 1e6),
        ("Dozens of people were killed Friday in shootings at two mosques", "Dozens", "people", 24.0, 100.0),
        ("the personal information of millions of Americans", "millions", "american", 2e6, 1e9),
    ],
)
def test_vague(text, surface, entity, low, high):
    found = row(text, surface)
    assert (found["qualifier"], found["entity"], found["low"], found["high"], found["value"]) == (
        "vague", entity, low, high, low)


# --- direction of change -------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, direction",
    [
        ("Core inflation rose 3.1% in June.", "3.1%", "increase"),
        ("Shares of the retailer fell 12% on Monday.", "12%", "decrease"),
        ("The company said it would cut jobs by 2,500 this year.", "2,500", "decrease"),
        ("The September crude contract was up 19 cents at US $58.24 per barrel", "19 cents", "increase"),
        ("On Wall St at 1.56pm: Dow +0.2% S&P 500 +0.3% Nasdaq +0.8%.", "+0.2", ""),
        ("On Wall St at 1.56pm: Dow +0.2% S&P 500 +0.3% Nasdaq +0.8%.", "0.2%", "increase"),
        ("the death toll has risen to 1,541", "1,541", ""),  # a level, not a change
        ("a Louisville defense that gave up 517 rushing yards", "517", ""),  # a phrasal verb
        ("Bitcoin plummeted 3 percent, a sharp drop.", "3 percent", "decrease"),
    ],
)
def test_direction(text, surface, direction):
    found = [r for r in rows(text) if r["surface"].startswith(surface)]
    if surface == "+0.2":
        assert not found  # the sign is not part of the surface
        return
    assert found[0]["direction"] == direction


# --- what is counted, when the noun stands elsewhere ---------------------------


@pytest.mark.parametrize(
    "text, surface, entity",
    [
        ("They started by acquiring millions of artillery shells—around 3.5 million—from North Korea.", "3.5 million", "artillery shell"),
        ("the death toll has risen to 1,541", "1,541", "death toll"),
        ("police put the number of demonstrators at 18,000", "18,000", "demonstrator"),
        ("The company has a workforce of 60,000.", "60,000", "workforce"),
        ("Death toll from Turkey, Syria earthquake tops 47,000", "47,000", "death toll"),
        ("Turkey earthquake live updates: At least 1,200 dead in Turkey, Syria", "1,200", "dead"),
        ("Huckabee ran for president in 2008, winning eight states including Iowa.", "eight", "state"),
        ("It was one of the most spectacular catches ever to grace a World Cup match.", "one", "spectacular catch"),
    ],
)
def test_entities(text, surface, entity):
    assert row(text, surface)["entity"] == entity


def test_entity_phrase():
    found = row("We have information that 3,000 North Korean troops are currently in a training camp.", "3,000")
    assert (found["entity"], found["entity_phrase"]) == ("troop", "North Korean troops")


# --- not claims ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Putin launched an assault on Ukraine in February 2022.",
        "Published: 20 Nov. 2024, 15:57",
        "as of November 5, 2024 at 8 p.m. GMT",
        "a meeting on Wednesday (13) in Brussels",
        "the second earthquake struck at 13:24 local time",
        "the 22nd amendment",
        "He marked his 10th straight monthly record.",
        "The new iPhone 15 and the Boeing 737 Max were shown.",
        "COVID-19 cases and F-16 jets",
        "a part of a North Korean KN-23 ballistic missile",
        "under Section 427 and Article 5",
        "Call 555-123-4567 for tickets.",
        "Standards Board Policy (0/250자)",
        "Seats in Section 427 Row 21 run parallel to the field.",
        "Klay Thompson's layup tied Game 7 at 89-89.",
        "Callum Rice-Coates 1 September 2019 11:30 2019-09-01T10:38:07.190Z",
        "The hunt runs Sept. 20-24 and Oct. 18-22.",
        "Pelosi and Hoyer are all in their 70s now.",
        "a village was hit and an aid convoy arrived",
        "The temple was built around 500 BC.",
        "no one was hurt",
        "She spoke at 575 Wilbraham Road in Chorlton.",
        "Apple One's Individual plan is popular.",
        "a three-bed apartment in Manhattan",
    ],
)
def test_not_claims(text):
    assert [r["surface"] for r in rows(text)] == []


# --- the named regexes ---------------------------------------------------------


@pytest.mark.parametrize(
    "pattern, text, matches",
    [
        (nonclaims.SCORE, "2-1", True),
        (nonclaims.SCORE, "40-to-39", True),
        (nonclaims.SCORE, "10-15%", False),
        (nonclaims.ORDINAL_SUFFIX, "nd amendment", True),
        (nonclaims.ORDINAL_SUFFIX, " troops", False),
        (figures.MILLION_CONTEXT, " of its devices", True),
        (figures.MILLION_CONTEXT, " fall", False),
        (nonclaims.POSSESSIVE_AFTER, "'s plan", True),
        (nonclaims.SPELLED_COMPOUND, "-year forecast", True),
        (nonclaims.TIME_AFTER, " p.m.", True),
        (nonclaims.TIME_AFTER, " people", False),
        (nonclaims.ERA_AFTER, " BC", True),
        (qualifiers.RANGE_JOINER, " to ", True),
        (qualifiers.RANGE_JOINER, "–", True),
        (qualifiers.RANGE_JOINER, " and then ", False),
        (qualifiers.CONVERSION_GAP, " (", True),
        (qualifiers.CONVERSION_GAP, ", ", False),
        (extract.PARTITIVE_OF, " of the people", True),
        (nonclaims.address_pattern(), "575 Wilbraham Road", True),
        (nonclaims.address_pattern(), "5 miles down the road", False),
        (extract.AGE_APPOSITION, "Pence, 57,", True),
        (extract.AGE_APPOSITION, "pence, 57,", False),
    ],
)
def test_match_regexes(pattern, text, matches):
    assert bool(pattern.match(text)) is matches


@pytest.mark.parametrize(
    "pattern, text, matches",
    [
        (figures.MINUS_BEFORE, "minus-", True),
        (figures.MINUS_BEFORE, "minus ", True),
        (nonclaims.ERA_BEFORE, "A.D. ", True),
        (qualifiers.BETWEEN_BEFORE, "between ", True),
        (qualifiers.BY_BEFORE, "increased by ", True),
        (qualifiers.FROM_BEFORE, "fell from ", True),
        (qualifiers.FROM_BEFORE, "fell ", False),
        (nonclaims.WORD_BEFORE, "Section ", True),
        (extract.UNIT_BEFORE, "a magnitude ", True),
        (extract.UNIT_BEFORE, "a magnitude-", True),
    ],
)
def test_search_regexes(pattern, text, matches):
    assert bool(pattern.search(text)) is matches


# --- later rules: shapes found on held-out text --------------------------------


@pytest.mark.parametrize(
    "text, surface, value, unit",
    [
        ("The mass of the sun is approximately 1.99×10−30 kilograms.", "1.99×10−30", 1.99e-30, "kilogram"),
        ("One US fluid ounce is 1/16 of a US pint.", "1/16", 0.0625, "pint"),
        ("The recipe requires 1/2 pound of chocolate chips.", "1/2", 0.5, "pound-mass"),
        ("Two sisters helped launder almost S $1mil (RM3.06mil) from victims.", "RM3.06mil", 3.06e6, "malaysian ringgit"),
        ("Arnold bought a notebook for 1,200€ to work remotely.", "1,200€", 1200.0, "euro"),
        ("a refinery of 52,000 barrel-a-day capacity", "52,000 barrel-a-day", 52000.0, "barrel per day"),
    ],
)
def test_more_shapes(text, surface, value, unit):
    found = row(text, surface)
    assert (found["value"], found["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text, surface, unit",
    [
        # the unit is written once for two figures
        ("The highest forecast is 84.75 cents, while the lowest is 74.07.", "74.07", "cent"),
        ("London's blue chip index has lost 162.31 points, or 2.14%, to fall to 7,425.81.", "7,425.81", "point"),
        ("It costs about 8 or $9.", "8", "dollar"),
        # but not a percentage: the level after a change is no percentage
        ("Australia's S&P/ASX 200 gained 0.7 percent to 6,327.80.", "6,327.80", "count"),
    ],
)
def test_shared_units(text, surface, unit):
    assert row(text, surface)["unit"] == unit


def test_restatement_shares_direction():
    found = row("The Dow Jones Industrial Average lost 190 points, or 0.6%.", "0.6%")
    assert found["direction"] == "decrease"


@pytest.mark.parametrize(
    "text",
    [
        "Here are the articles on the iPhone 11 Pro and 11 Pro Max.",
        "Cayman Airways said it was grounding two new 737 Max jets.",
        "He ran for a touchdown in the second half of the game.",
        "The 2014-15 Highlander offered gas-only powertrains.",
        "Dallas Cowboys quarterback Dak Prescott (4) celebrates.",
        "the 9/11 attacks",
        "imposed a duty on heading 0401 goods",
    ],
)
def test_more_non_claims(text):
    assert [r["surface"] for r in rows(text) if r["unit"] != "count" or r["value"] != 2] == []


def test_typed_empty_frame_is_a_fresh_copy():
    first = extract_quantities("No figures.")
    first["unit"] = first["unit"] + "x"  # a caller mutating its frame
    first.attrs["touched"] = True
    first["extra"] = first["start"]
    del first["hedge"]
    again = extract_quantities("No figures.")
    assert again.empty and "touched" not in again.attrs
    assert list(again.columns) == list(extract.QUANTITY_COLUMNS)
    assert str(again["unit"].dtype) in ("str", "string", "object")
    assert str(again["value"].dtype) == "float64" and str(again["start"].dtype) == "int64"


@pytest.mark.parametrize(
    "pattern, text, matches",
    [
        (figures.SCIENTIFIC, "2.998×10−8", True),
        (figures.SCIENTIFIC, "2.998 x 10^8", True),
        (figures.SCIENTIFIC, "10 x 10 rooms", False),
        (figures.SLASH_FRACTION, "1/2 pound", True),
        (figures.SLASH_FRACTION, "1/2.", False),
        (extract.SHARED_UNIT_JOINER, " or ", True),
        (extract.SHARED_UNIT_JOINER, ", while ", False),
        (extract.FRACTION_OF, " of a US ", True),
        (extract.OF_BEFORE, "a depth of ", False),
        (extract.PREPOSITION_BEFORE, "Revenue in the ", False),
    ],
)
def test_later_regexes(pattern, text, matches):

    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    assert bool(compiled.match(text)) is matches


@pytest.mark.parametrize(
    "pattern, text",
    [(extract.OF_BEFORE, "at a depth of "), (extract.PREPOSITION_BEFORE, "Revenue in the ")],
)
def test_later_search_regexes(pattern, text):
    assert pattern.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Possible 2016 contenders Gov. Andrew Cuomo of New York and others.",  # AllSides
        "So what about a cyber-9/11, or a cyber-Pearl Harbor?",
        "Between 1600 and 1900 world temperatures dropped.",
    ],
)
def test_years_are_not_counts(text):
    assert [r["surface"] for r in rows(text)] == []


def test_bare_thousands_in_a_count_change_are_counts():
    found = row("Apple is hiring more people, going from 1000 to 2000 hires this year.", "1000")
    assert (found["qualifier"], found["value"], found["change_from"], found["direction"]) == ("exact", 2000.0, 1000.0, "increase")


# Changes "from X to Y": one claim of Y (its own qualifier and interval) whose
# change_from is X; X has no row. Sentences from AllSides, quake RSS, BASIL
# and the first round's tests, not from NewsQuant, which the rule was written from.
@pytest.mark.parametrize(
    "text, surface, value, qualifier, low, high, direction, change_from, entity",
    [
        ("Italy's coronavirus death toll jumped from 366 to 463 on Monday.", "366 to 463", 463.0, "exact", 463.0, 463.0, "increase", 366.0, "death toll"),
        ("In New York, cases jumped from 44 on Friday to 76 and Governor Andrew Cuomo declared a state of emergency.",
         "44 on Friday to 76", 76.0, "exact", 76.0, 76.0, "increase", 44.0, "case"),
        ("The illegal immigrant population has dropped from 12 million in 2007 to about 11 million now.",
         "12 million in 2007 to about 11 million", 11e6, "approx", 9.9e6, 12.1e6, "decrease", 12e6, "immigrant population"),
        ("Recently, the number estimated to be here has risen from 11 million to 22 million, according to a Yale study.",
         "11 million to 22 million", 22e6, "exact", 22e6, 22e6, "increase", 11e6, None),
        ("For patients on ventilators, it cut the risk of death from 40% to 28%.", "40% to 28%", 28.0, "exact", 28.0, 28.0, "decrease", 40.0, None),
        ("Ethereum fell from $2,415 to $2,315 overnight.", "$2,415 to $2,315", 2315.0, "exact", 2315.0, 2315.0, "decrease", 2415.0, None),
        # New figure first: "has risen to Y, from X".
        ("Turkey’s death toll has risen to 12,873 overnight, from 12,391 late on Wednesday, the country’s disaster agency said.",
         "12,873 overnight, from 12,391", 12873.0, "exact", 12873.0, 12873.0, "increase", 12391.0, "death toll"),
        # Up to eight words between the change word and "from" (quake RSS).
        ("Turkey's central bank slashed its policy rate by 50 basis points from 9% to 8.5% as the country continues to reel.",
         "9% to 8.5%", 8.5, "exact", 8.5, 8.5, "decrease", 9.0, "policy rate"),
        # "went" takes its direction from the figures; the old figure takes the new one's magnitude.
        ("the deficit went from 1.5 to 1.1 trillion dollars", "1.5 to 1.1 trillion", 1.1e12, "exact", 1.1e12, 1.1e12, "decrease", 1.5e12, None),
        ("the estimate was revised from about 3,000 to more than 5,000 deaths", "3,000 to more than 5,000", 5000.0, "at_least", 5000.0, NAN, "increase", 3000.0, None),
    ],
)
def test_changes_from_x_to_y(text, surface, value, qualifier, low, high, direction, change_from, entity):
    found = row(text, surface)
    assert (found["value"], found["qualifier"], found["direction"]) == (pytest.approx(value), qualifier, direction)
    assert same(found["low"], low) and same(found["high"], high)
    assert found["change_from"] == pytest.approx(change_from)
    if entity is not None:
        assert found["entity"] == entity
    assert [r for r in rows(text) if r["value"] == pytest.approx(change_from)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Half the condos, which range from $800,000 to $1.3 million, have sold since the building opened last spring.",
        "Prices range from $370,000 to $5.5 million, which works out to about $1,100 per square foot.",
        "He has 59 users with a total of $12.4 million of claims, ranging from $200 to $4 million.",
        "There are between 3 and 4 million people in the region.",
        # Constructed (no corpus sentence has it): a change between two ranges stays two ranges.
        "The Reserve Bank cut its growth forecast from 2 to 3 per cent to 1 to 2 per cent.",
        "The jobless rate rose from 5 percent in January 2008 to reach 7 percent by March.",  # "to reach": no change joiner
    ],
)
def test_ranges_and_non_changes_have_no_change_from(text):
    assert all(math.isnan(r["change_from"]) for r in rows(text))


@pytest.mark.parametrize(
    "text, surface, value, qualifier, entity",
    [
        ("assault weapons have been used in fewer than 1 in 10 crimes involving firearms", "1 in 10", 0.1, "at_most", "crime"),
        ("One out of three Germans have housing problems.", "One out of three", 1 / 3, "exact", "german"),
        ("one in every five Americans", "one in every five", 0.2, "exact", "american"),
    ],
)
def test_ratios(text, surface, value, qualifier, entity):
    found = row(text, surface)
    assert (found["value"], found["unit"], found["qualifier"], found["entity"]) == (
        pytest.approx(value), "fraction", qualifier, entity)




# --- headlines and ages (quake-rss, NewsQuant) ---------------------------------


@pytest.mark.parametrize(
    "text, surface, qualifier, entity",
    [
        ("Death Toll From Turkey, Syria Earthquake Tops 47,000", "47,000", "at_least", "death toll"),
        ("Turkey-Syria earthquake death toll likely to surpass 56,000, UN aid chief says", "56,000", "at_least", "death toll"),
        ("Death Toll From Syria–Turkey Quake Nears 10,000", "10,000", "approx", "death toll"),
        ("with the top three seeds from each region still playing", "three", "exact", "seed"),
    ],
)
def test_headline_cues(text, surface, qualifier, entity):
    found = row(text, surface)
    assert (found["qualifier"], found["entity"]) == (qualifier, entity)


@pytest.mark.parametrize(
    "text, surface, unit, low, high",
    [
        ("At age 19 Mutlu Kaya overcame the trauma of attempted murder", "19", "year of age", 19.0, 19.0),
        ("It says 60 per cent of men aged 18 to 34 who watch sports bet on it.", "18 to 34", "year of age", 18.0, 34.0),
        ("the average adult needs to consume about 2000 - 2500 Calories", "2000 - 2500 Calories", "calorie", 2000.0, 2500.0),
    ],
)
def test_units_written_before_and_ranges_of_thousands(text, surface, unit, low, high):
    found = row(text, surface)
    assert (found["unit"], found["low"], found["high"]) == (unit, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "President faces backlash over 2018 amnesty for faults in buildings",
        "The quake struck at 01.17 GMT on Monday.",
        "VR headset sales rose 60% in 2018 to 3.9 million headsets",
    ],
)
def test_years_and_times_near_cues(text):
    assert not any(r["value"] in (2018.0, 1.17) for r in rows(text))


@pytest.mark.parametrize(
    "text, surface, entity",
    [
        ("Australia will give $10 million in humanitarian assistance to help Turkey.", "$10 million", "assistance"),
        ("He plans to advance US$9.2 billion in funds already approved in Congress.", "US$9.2 billion", "fund"),
    ],
)
def test_money_in_a_noun(text, surface, entity):
    assert row(text, surface)["entity"] == entity


@pytest.mark.parametrize(
    "text, surface, value, unit, entity",
    [
        ("two dozen protesters gathered in a circle for a prayer", "two dozen", 24.0, "count", "protester"),
        ("said Cynthia Burgiss, 22, a student at the University of Dayton", "22", 22.0, "year of age", "burgiss"),
        ("the 47-page indictment says", "47", 47.0, "count", "page"),
    ],
)
def test_basil_shapes(text, surface, value, unit, entity):
    found = row(text, surface)
    assert (found["value"], found["unit"], found["entity"]) == (value, unit, entity)


def test_slash_date_before_a_noun_is_no_fraction():
    assert rows("who attended the 9/12 march in D.C. this year") == []


# --- AllSides shapes -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, qualifier, entity",
    [
        ("with the detention by Iran of 10 U.S. Navy sailors and their two boats", "10", "exact", "sailor"),
        ("the 355th shooting that involved four or more victims this year", "four", "at_least", "victim"),
    ],
)
def test_allsides_entities(text, surface, qualifier, entity):
    found = row(text, surface)
    assert (found["qualifier"], found["unit"], found["entity"]) == (qualifier, "count", entity)


@pytest.mark.parametrize(
    "text",
    [
        '[caption id="attachment_14218978" align="aligncenter" width="620"] Osama bin Laden',
        '[jwplayer file="http://media.salon.com/2015/11/Screen-Shot-2015-11-17-at-11.50.17-AM.png"]',
        "If one doesn't know why a problem emerged, if one cannot find its root",
        "After the Paris attacks on Friday, November the 13, this is the question.",
        "Email me at john23@example.com today",
    ],
)
def test_markup_pronouns_and_dates_are_not_claims(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, surface, value, unit, entity",
    [
        ("Half a million people fled the city.", "Half a million", 5e5, "count", "people"),
        ("It cost a half million dollars.", "a half million dollars", 5e5, "dollar", None),
        ("a 5,000-strong force arrived at the border", "5,000", 5000.0, "count", "force"),
    ],
)
def test_halves_and_strong(text, surface, value, unit, entity):
    found = row(text, surface)
    assert (found["value"], found["unit"]) == (value, unit)
    if entity:
        assert found["entity"] == entity


@pytest.mark.parametrize(
    "text, surface, low, high, unit",
    [
        ("growth of 3.5%-4% this year", "3.5%-4%", 3.5, 4.0, "percentage"),
        ("some 1.5 million-2 million refugees", "1.5 million-2 million", 1.5e6, 2e6, "count"),
        ("£1.2bn-£1.5bn in losses", "£1.2bn-£1.5bn", 1.2e9, 1.5e9, "pound sterling"),
    ],
)
def test_dash_ranges_are_not_negatives(text, surface, low, high, unit):
    found = row(text, surface)
    assert (found["qualifier"], found["low"], found["high"], found["unit"]) == ("range", low, high, unit)


def test_signed_money():
    assert row("trade figures for April decrease to $-50.8bn, while", "$-50.8bn")["value"] == -5.08e10


@pytest.mark.parametrize(
    "text, entity",
    [
        ("The bomber was a 28-year-old Syrian national who was not on a watch list.", "national"),
        ("Rescuer workers carry Kaan, a 13-year-old Turkish teenager, to an ambulance", "teenager"),
    ],
)
def test_ages_name_the_person_they_modify(text, entity):
    assert [r["entity"] for r in rows(text) if r["unit"] == "year of age"] == [entity]


@pytest.mark.parametrize(
    "pattern, text, matches",
    [
        (extract.HYPHENED_NOUN, "-page indictment", True),
        (extract.HYPHENED_NOUN, "-2 million", False),
        (extract.MONEY_IN, " in humanitarian aid", True),
        (extract.MONEY_IN, " in the quarter", False),
        (extract.MONEY_IN, " in 2019", False),
        (extract.VAGUE_OF, " of km2", True),
        (extract.VAGUE_OF, " km2", False),
    ],
)
def test_entity_cue_regexes(pattern, text, matches):
    assert bool(pattern.match(text)) is matches


@pytest.mark.parametrize(
    "text, surface, entity",
    [
        ("The attack killed 14 people and injured 21, officials said.", "21", "people"),
        ("The launches will offer a combined 435 homes by open sale and 187 by tender.", "187", "home"),
    ],
)
def test_bare_count_counts_what_the_count_before_counted(text, surface, entity):
    assert row(text, surface)["entity"] == entity


@pytest.mark.parametrize(
    "text, surface, unit",
    [
        ("Five new seasons will join the 50 previous years worth of programming.", "50 previous years", "year"),
        ("He has three more days to decide.", "three more days", "day"),
        ("Three more troops arrived.", "Three", "count"),
    ],
)
def test_time_units_after_an_adjective(text, surface, unit):
    assert row(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    "text, surface, unit",
    [
        ("An estimated 5 million children under the age of 5 years died.", "5 years", "year of age"),
        ("She turns 40 next week.", "40", "year of age"),
    ],
)
def test_more_ages(text, surface, unit):
    assert row(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    "text, surface, unit",
    [
        ("after a five-year, 1.8 billion-mile journey from Earth", "five-year", "year"),
        ("a 30-day ceasefire was agreed", "30-day", "day"),
    ],
)
def test_hyphened_units_spelled_or_not(text, surface, unit):
    assert row(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    "text, surface, low, high, unit",
    [
        ("with sizes starting from 450 sq ft up to 900 sq ft, in the Klang Valley", "450 sq ft up to 900 sq ft", 450.0, 900.0, "square foot"),
        ("shaving 10 seconds off that 0-to-60-mph time", "0-to-60-mph", 0.0, 60.0, "mile per hour"),
    ],
)
def test_from_up_to_and_to_hyphen_ranges(text, surface, low, high, unit):
    found = row(text, surface)
    assert (found["qualifier"], found["low"], found["high"], found["unit"]) == ("range", low, high, unit)


def test_weekday_before_a_decimal_is_no_date():
    assert row("acquired 13% of Aeronautics on Sunday 5.5% from the insurer", "5.5%")["value"] == 5.5


@pytest.mark.parametrize(
    "text, surface, entity",
    [
        ("a spending bill, which grants him $1.375 billion for the wall, as opposed to", "$1.375 billion", "wall"),
        ("a funding package that includes just $1.4 billion for border security.", "$1.4 billion", "border security"),
    ],
)
def test_money_for_a_purpose(text, surface, entity):
    assert row(text, surface)["entity"] == entity


# concept_phrases: what a figure is about besides what it counts (AllSides
# sentences; the rules were written from NewsQuant's misses).
@pytest.mark.parametrize(
    "text, surface, concept",
    [
        ("Dick's Sporting Goods, which has more than 600 shops, said it would no longer sell assault-style rifles.", "600", "Dick's Sporting Goods"),
        ("Jones retweeted a supportive note from Gerald Celente, who has 36,000 followers.", "36,000", "Gerald Celente"),
        ("Yatsenyuk's stand may mollify Moscow, which has 40,000 troops on eastern Ukraine's border.", "40,000", "Moscow"),
        ("said Judd, the president of the National Border Patrol Council, which has 15,000 members.", "15,000", "National Border Patrol Council"),
        ("Lockheed was up 1.8%, Northrop rose 1.9%, and Raytheon jumped 2.4%.", "1.9%", None),
    ],
)
def test_concept_phrases_name_the_owner(text, surface, concept):
    found = row(text, surface)
    phrases = found["concept_phrases"].split("; ") if found["concept_phrases"] else []
    if concept is None:
        # "Northrop rose 1.9%": the clause's own subject is what is measured (entity), not the sentence's.
        assert found["entity_phrase"] == "Northrop"
    else:
        assert concept in phrases


@pytest.mark.parametrize(
    "text, surface, concept",
    [
        # A conversion is about what the figure it restates is about.
        ("Noel Womersley said he was happy to sell his AR-15 rifle into a government buyback expected to cost up to NZ$200 million ($138 million)",
         "$138 million", "government buyback"),
        # ", up/down N": the clause is about the figure or the name before the comma.
        ("U.S. crude last fell 0.9 percent to $45.41 a barrel and Brent traded at $46.42, down 1.1 percent on the day.", "1.1 percent", "Brent"),
        ("Another decline in shares of Facebook Inc, down 2.7 percent, continued to weigh on the broader market.", "2.7 percent", "Facebook Inc"),
        # The phrase a figure is linked to, and the one after "in" past it.
        ("Sturm, Ruger & Company reported net sales of $506 million for the first three quarters of 2013.", "$506 million", "net sales"),
        ("According to the Bureau of Labor Statistics, that figure is 7.5 million since December 2009, although it's closer to 6.5 million in the Household survey.",
         "6.5 million", "Household survey"),
        # "speed" is no past tense ("-eed").
        ("The Army's UH-60 helicopter, which has a maximum speed of 173 mph, has an airframe.", "173 mph", "maximum speed"),
        # "and" before a capital opens a clause with its own subject.
        ("Shares of Ford rose 1.2% and General Motors gained 0.8% in early trading.", "0.8%", "General Motors"),
    ],
)
def test_concept_phrases_of_conversions_and_clauses(text, surface, concept):
    found = row(text, surface)
    assert concept in [found["entity_phrase"], *found["concept_phrases"].split("; ")]


def test_concept_phrases_leave_out_the_counted_phrase():
    found = row("Retail sales rose 0.4 percent in March.", "0.4 percent")
    assert found["entity_phrase"] == "Retail sales" and "Retail sales" not in found["concept_phrases"].split("; ")


@pytest.mark.parametrize(
    "text, end",
    [(", Northrop", 2), ("; and Bonia", 6), (": Dow", 2), (" — the toll", 3), (" - JD Sports", 3), (" and Bonia", 5), ("-year", None),
     (" and then", None)],
)
def test_clause_opener_regex(text, end):
    found = extract.CLAUSE_OPENER.match(text)
    assert (found.end() if found else None) == end


@pytest.mark.parametrize("text, matches", [("which has", True), ("who employs", True), ("whose", True), ("thatched", False), ("what", False)])
def test_relative_pronoun_regex(text, matches):
    assert bool(extract.RELATIVE_PRONOUN.match(text)) is matches


# Round-2 cue and direction rules, on AllSides sentences.
@pytest.mark.parametrize(
    "text, surface, qualifier, direction",
    [
        # A percentage restating a change shares its direction, with or without the comma.
        ("The Dow fell more than 665 points or 2.5% to 25,520.", "2.5%", "exact", "decrease"),
        ("Meanwhile, average hourly wages rose 4 cents, or 0.2 percent, in February to $23.82.", "0.2 percent", "exact", "increase"),
        # An age limit is a bound.
        ("According to the CDC, 5,440 kids under the age of 18 were hospitalized in the US for Kawasaki disease in 2016.", "18", "at_most", ""),
        ("Fewer than 1% of patients under the age of 50 died in China, according to the New York Times.", "50", "at_most", ""),
    ],
)
def test_restatements_and_age_limits(text, surface, qualifier, direction):
    found = row(text, surface)
    assert (found["qualifier"], found["direction"]) == (qualifier, direction)


def test_a_cue_before_minus_qualifies_the_negative_figure():
    # Constructed: no sentence of the shared corpora puts a cue before "minus"
    # (the rule comes from NewsQuant's "about minus 387 Fahrenheit").
    found = row("Overnight lows were about minus 40 degrees in the capital.", "40 degrees")
    assert (found["value"], found["qualifier"], found["hedge"]) == (-40.0, "approx", "about")


@pytest.mark.parametrize("text, surface, unit", [("The tanks are rated at 3,000 psi.", "3,000 psi", "pound-force per square inch"),
                                                  ("a yield strength of 50 ksi", "50 ksi", "kilopound per square inch")])
def test_pressure_units(text, surface, unit):
    assert row(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    "after, end",
    [(" of new tunnels", 4), (" (13 kilometers) of new tunnels", 20), (" for an 8.5 kW system", 15), (" in the Household survey", 8),
     (" at the port", 8), (" of 30% fuming sulfuric acid", 8), (" to the port", None), ("-year", None)],
)
def test_phrase_after_figure_regex(after, end):
    found = extract.PHRASE_AFTER_FIGURE.match(after)
    assert (found.end() if found else None) == end


@pytest.mark.parametrize("gap, matches", [(" from ", True), (" from about ", False), (" to ", False), (", from ", False)])
def test_change_amount_gap_regex(gap, matches):
    assert bool(extract.CHANGE_AMOUNT_GAP.match(gap)) is matches


@pytest.mark.parametrize("sentence, surfaces", [
    # Review findings: a capitalised month or weekday is no product name, and a
    # Turkish capital İ (two characters when lower-cased) must not hide spelled figures.
    ("In March 40 people died in the floods, officials said.", ["40"]),
    ("On Friday 12 people died when the bridge collapsed.", ["12"]),
    ("İzmir: Three hundred people died and dozens were hurt.", ["Three hundred", "dozens"]),
    ("Blinken met Rutte on Wednesday (13) in Brussels.", []),
    ("The vote is on March 29.", []),
])
def test_calendar_words_and_turkish_letters(sentence, surfaces):
    assert extract_quantities(sentence)["surface"].tolist() == surfaces


@pytest.mark.parametrize(
    "text",
    [
        # quake RSS and AllSides: money, a change, a vague quantity, a count.
        "The death toll from Monday's earthquake in Turkey and Syria has risen to more than 7,800, up from 5,000.",
        "Revenue rose 12% to $7.36 billion, while thousands of workers walked out and 3 plants closed.",
    ],
)
def test_quantity_frame_equals_the_inferred_frame(text):
    import pandas as pd

    rows = extract.quantity_values(text)
    built = extract.quantity_frame(rows)
    pd.testing.assert_frame_equal(built, pd.DataFrame(rows))
    assert list(built.dtypes) == list(pd.DataFrame(rows).dtypes)


# Round-3 change and concept rules (NewsQuant dev half), on sentences of other corpora too.


@pytest.mark.parametrize(
    "text, surface, direction",
    [
        # NewsQuant: a gapped clause moves as the one before it.
        ("Shares of Urban Outfitters and Ross were down 2.3%, Burlington by 2.6% and Foot Locker was down 1.9% "
         "before the bell.", "2.6%", "decrease"),
        # AllSides: revisions and additions.
        ("However, payrolls were revised upward by 59,000 for the prior two months.", "59,000", "increase"),
        ("Employers added 169,000 jobs in August.", "169,000", "increase"),
        # AllSides: "and" with a verb of its own is no gap.
        ("South Korea now has 7,755 cases and 54 fatalities, while Spain has 2,174 cases and 49 deaths.", "2,174", ""),
    ],
)
def test_round3_directions(text, surface, direction):
    assert row(text, surface)["direction"] == direction


def test_reuters_yen():
    # NewsQuant (Reuters): "Y=" is the yen; the change word before it applies.
    text = "The giant now expects a net profit of Y=590 billion ($5.42 billion), up Y=50 billion from the previous estimate."
    found = row(text, "Y=50")
    assert (found["value"], found["unit"], found["direction"]) == (50e9, "yen", "increase")


def test_restatement_after_a_slash_shares_the_cue():
    # NewsQuant: "just under 296 hp (224 kW / 300 PS)": all three are "under".
    text = "The engine was tuned to produce just under 296 hp (224 kW / 300 PS) and 450 Nm of torque."
    assert [row(text, s)["qualifier"] for s in ("296", "224", "300")] == ["at_most"] * 3


@pytest.mark.parametrize(
    "text, surface, concept",
    [
        # NewsQuant: a bare price is about the name it is linked to.
        ("Pluristem rose 8.15% to 3.65 after reporting a positive meeting with the FDA.", "3.65", "Pluristem"),
        # AllSides: a clause opened by "while" or "as" has its own subject.
        ("South Korea now has 7,755 cases and 54 fatalities, while Spain has 2,174 cases and 49 deaths.", "2,174", "Spain"),
        ("In Tokyo trade, Nintendo plunged 4.28 percent to Y=28,030 as Sony lost 2.70 percent to Y=5,182.", "Y=5,182", "Sony"),
        # NewsQuant: a level after its change's amount is about the name before the comma.
        ("The biggest fallers of the session were Unite Group, down 68 p at 1112 p, JD Sports, down 1.95 p at 125.8 p.",
         "1112 p", "Unite Group"),
    ],
)
def test_round3_concepts(text, surface, concept):
    found = row(text, surface)
    assert concept in found["concept_phrases"].split("; ")


def test_a_counted_noun_after_the_figure_is_no_concept():
    # AllSides: "54 fatalities" counts fatalities; that is its unit, not what it is about.
    found = row("South Korea now has 7,755 cases and 54 fatalities, while Spain has 2,174 cases.", "54")
    assert found["entity_phrase"] == "fatalities" and "fatalities" not in found["concept_phrases"].split("; ")


@pytest.mark.parametrize(
    "text, surface, entity_phrase",
    [
        # NewsQuant: a figure and unit after an article modify the name after them.
        ("This means that under the flat bonnet hides a turbocharged 1.6 liter EcoBoost engine tuned by M-Sport.",
         "1.6 liter", "EcoBoost engine"),
        # Constructed on the AllSides pattern "a $5 million ... contract".
        ("The Pentagon awarded a $5 million Boeing contract on Friday.", "$5 million", "Boeing contract"),
        # AllSides: "US" is a name, not the pronoun "us".
        ("About 3,000 US troops stationed in Poland will stay.", "3,000", "US troops"),
    ],
)
def test_round3_entities(text, surface, entity_phrase):
    assert row(text, surface)["entity_phrase"] == entity_phrase


@pytest.mark.parametrize(
    "text, surface, concept",
    [
        # NewsQuant: the clause's own subject, after the commas of an opening phrase.
        ("In the 90049 ZIP Code, based on 37 sales, the median sales price for single-family homes in May was "
         "$3.1 million, down 9.2% year over year.", "$3.1 million", "median sales"),
        # NewsQuant and AllSides: a participle before "at"/"in" leads to what the count is about.
        ("There are tens of thousands of students studying at Heidelberg University.", "tens of thousands",
         "Heidelberg University"),
        ("About 3,000 US troops stationed in Poland will stay.", "3,000", "Poland"),
    ],
)
def test_round3_clause_concepts(text, surface, concept):
    found = row(text, surface)
    assert concept in (found["entity_phrase"], *found["concept_phrases"].split("; "))


@pytest.mark.parametrize(
    "text, surfaces",
    [
        # NewsQuant: "£" folded to ASCII ("PS") before an amount is money.
        ("It was worth up to PS2.7m and paid a total of PS21,700 in fees.", ["PS2.7m", "PS21,700"]),
        # AllSides: "flight PS752"; a PlayStation: ids, no money and no figure.
        ("All 176 people on board flight PS752 died.", ["176"]),
        ("The PS5 sold out within minutes.", []),
    ],
)
def test_ascii_pound_needs_an_amount(text, surfaces):
    found = rows(text)
    assert [r["surface"] for r in found] == surfaces
    assert all(r["unit"] == "pound sterling" for r in found if r["surface"].startswith("PS"))


@pytest.mark.parametrize(
    "before, matches",
    [("hides a turbocharged ", True), ("awarded a ", True), ("the ", True), ("Lamborghinis ", False),
     ("a very big new ", False)],
)
def test_premodifier_before_regex(before, matches):
    assert bool(extract.PREMODIFIER_BEFORE.search(before)) is matches


@pytest.mark.parametrize(
    "after, matches",
    [(" studying at Heidelberg", True), (" stationed in Poland", True), (" of torque", True), (" left the club", False),
     (" worth of weapons", True), (" worth it", False)],
)
def test_phrase_after_figure_regex(after, matches):
    assert bool(extract.PHRASE_AFTER_FIGURE.match(after)) is matches


@pytest.mark.parametrize("digits, shaped", [("21,700", True), ("2.7", True), ("752", False), ("5", False)])
def test_figure_shape_regex(digits, shaped):
    assert bool(figures.FIGURE_SHAPE.search(digits)) is shaped


@pytest.mark.parametrize(
    "text, surface, concept",
    [
        # NewsQuant: "from" after a share names its base; quake RSS: a distance from a place.
        ("He has averaged 7.3 points while shooting 47.6% from the field for his career.", "47.6%", "field"),
        ("On Tuesday Göksun was a ghost town, just over 70 miles from the centre of the deadly earthquake.",
         "70 miles", "centre"),
        # NewsQuant and quake RSS: "as the" opens a clause with its own subject.
        ("However the punitive measures have failed to close the gap as the US trade deficit hit its highest level in "
         "a decade last year having increased by $43.6 billion to $419.2 billion.", "$43.6 billion", "US trade deficit"),
        ("Snow, rain and freezing conditions impede search and rescue operations as the quake death toll neared 1,400.",
         "1,400", "quake death toll"),
        # NewsQuant market line: the name before the "+".
        ("On Wall St at 1.56pm: Dow +0.2% S&P 500 +0.3% Nasdaq +0.8%.", "0.8%", "Nasdaq"),
    ],
)
def test_round3_more_concepts(text, surface, concept):
    found = row(text, surface)
    assert concept in (found["entity_phrase"], *found["concept_phrases"].split("; "))


@pytest.mark.parametrize(
    "text, entity_phrase",
    [
        # quake RSS: Turkish names are one word each (no "Tuesday G").
        ("On Tuesday Göksun was a ghost town, just over 70 miles from the centre.", "Tuesday Göksun"),
        ("About 40 Kahramanmaraş residents were rescued.", "Kahramanmaraş residents"),
    ],
)
def test_phrases_read_letters_of_any_script(text, entity_phrase):
    assert rows(text)[0]["entity_phrase"] == entity_phrase


@pytest.mark.parametrize(
    "text, end",
    [("In Royal Oak, sampling", 14), ("After the quake, 40 people", 17), ("In 2018 this", None), ("Ina Garten, the chef", None)],
)
def test_intro_phrase_regex(text, end):
    found = extract._intro_phrase().match(text)
    assert (found.end() if found else None) == end


@pytest.mark.parametrize(
    "text, end",
    [(" as the death toll", 4), (" such as the army", None), (" as well as the", None), (" as many as", None)],
)
def test_clause_opener_as_the(text, end):
    found = extract.CLAUSE_OPENER.search(text)
    assert (found.end() if found else None) == end


@pytest.mark.parametrize("name", ["time", "age", "not_shared", "speed", "market_move"])
def test_unit_classes_name_units_the_extractor_gives(name):
    # Every class member is a unit name of units.yaml, of quantulum3 (asked
    # about tokens our lexicon lacks) or one of the extractor's own (count,
    # fraction, ages, magnitude): a typo would silently never match.
    import warnings

    from checker.vocab import load_vocab

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import load

        quantulum_names = set(load.units().names)
    known = set(load_vocab("units")) | quantulum_names | {"count", "fraction", "year of age", "month of age", "magnitude"}
    assert extract.unit_classes()[name] <= known


@pytest.mark.parametrize(
    "pattern, text, found",
    [
        # "$1.375 billion for the wall" (BASIL): its purpose follows.
        (lambda: extract.MONEY_FOR, " for the wall", " for the "),
        (lambda: extract.MONEY_FOR, " towards a new", " towards a "),
        (lambda: extract.MONEY_FOR, " for", None),
        # "50 previous years", "three more days": one adjective before a time unit.
        (lambda: extract._time_unit_gap(), " previous years", " previous"),
        (lambda: extract._time_unit_gap(), " troops", None),
        # "JD Sports, down 1.95 p": a change word opening a clause.
        (lambda: extract._change_word_opening(), "down 1.95 p", "down"),
        (lambda: extract._change_word_opening(), "Rose", "Rose"),
        (lambda: extract._change_word_opening(), "downtown", None),
    ],
)
def test_more_extract_regexes(pattern, text, found):
    match = pattern().match(text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize(
    "text, surface, phrase",
    [
        # AllSides: a month between the figure and what it measures is skipped.
        ("The unemployment rate edged down in August to 8.1 percent.", "8.1 percent", "unemployment rate"),
        ("Bureau of Labor Statistics has announced that unemployment crept up in October to 7.9 percent.", "7.9 percent",
         "unemployment"),
        # NewsQuant.
        ("That means the price of the West Texas Intermediate benchmark has dropped since October from $75 U.S. per "
         "barrel to $45.88 on December 31.", "$75", "West Texas Intermediate benchmark"),
    ],
)
def test_a_figure_is_never_about_a_month(text, surface, phrase):
    found = row(text, surface)
    assert phrase in (found["entity_phrase"], *found["concept_phrases"].split("; "))
    assert "October" not in found["entity_phrase"] and "August" not in found["entity_phrase"]


@pytest.mark.parametrize(
    "text",
    [
        # NewsQuant / AllSides: several figures after one clause opener.
        "Heineken Malaysia rose 18 sen to RM23.50, Hextar Technologies added 15 sen to RM2.70 and 3 sen more.",
        "South Korea now has 7,755 cases and 54 fatalities, while Spain has 2,174 cases and 49 deaths and 12 more.",
        "Prices rose, the index 3% and 4% and 5% higher",
    ],
)
def test_subject_after_reuses_only_answers_later_figures_cannot_change(text):
    from checker import entities

    known: dict = {}
    for figure_start in [m.start() for m in re.finditer(r"\d", text) if m.start() == 0 or not text[m.start() - 1].isdigit()]:
        for opener in extract.CLAUSE_OPENER.finditer(text, 0, figure_start):
            assert extract._subject_after(text, opener.end(), figure_start, known) == entities.sentence_subject(
                text, opener.end(), figure_start)


@pytest.mark.parametrize(
    "text, surface, concept",
    [
        # NewsQuant: "worth of" leads to what the amount is of; AllSides-style arms sale.
        ("Five new seasons of Sesame Street will join the 50 previous years worth of educational programming.",
         "50 previous years", "educational programming"),
        ("The State Department approved $1.2 billion worth of weapons for Taiwan.", "$1.2 billion", "weapons"),
    ],
)
def test_worth_of_names_the_concept(text, surface, concept):
    assert concept in row(text, surface)["concept_phrases"].split("; ")


@pytest.mark.parametrize(
    "text, openers",
    [
        # NewsQuant / AllSides-style market and news sentences.
        ("Heineken Malaysia rose 18 sen to RM23.50, Hextar Technologies added 15 sen; and Bonia climbed 2 sen as Sony lost 1",
         [", ", "; and ", " as "]),
        ("Costs rose so as the fund shrank, such as the army, as well as the navy — and while Florida came second: Dow",
         [", ", ", ", " — and ", ": "]),
        ("Prices fell as the\u00a0index slid and Sony gained, but the yen - and gold whereas although",
         [" as ", " and ", ", but ", " - and ", " whereas "]),
    ],
)
def test_clause_opener_finds_every_opener_of_a_sentence(text, openers):
    # The mark or space is read first (so the engine skips letters); what
    # follows keeps the order and the "such as"/"so as" exclusions.
    assert [m.group() for m in extract.CLAUSE_OPENER.finditer(text)] == openers


@pytest.mark.parametrize(
    "text",
    [
        # quake RSS / AllSides: magnitudes, ages, "turns", and words that only look like them.
        "A magnitude 7.8 quake and a magnitude-6.4 aftershock hit; the teenage victim, aged 19, turns 20; "
        "under the age of 5, at age 76, the passage of 3 AGED 40 and Turned 18 - of 7 turning\n9 mostly 12",
    ],
)
def test_unit_word_check_never_hides_a_unit_before(text):
    for pos in range(len(text) + 1):
        window_start = max(0, pos - 12)
        if extract.UNIT_BEFORE.search(text, window_start, pos):
            assert extract._may_end_with_unit_word(text[window_start:pos]), pos


def test_minus_is_looked_past_only_for_negative_figures():
    # AllSides weather line: the cue before the sign word still qualifies the figure.
    found = row("Temperatures fell to about minus 20 degrees overnight.", "20 degrees")
    assert (found["qualifier"], found["value"]) == ("approx", -20.0)


@pytest.mark.parametrize("sentence, surface", [
    # The subject of an agent's verb is no counted noun (written from "Eric Harris and Dylan Klebold killed 15";
    # these are quake RSS items).
    ("The Mexican army bid an emotional farewell to Proteo, a rescue dog who died while searching for survivors of "
     "the earthquake that killed more than 41,000 in Turkey and Syria.", "41,000"),
    ("Syrian state media: Israeli airstrikes kill 5 in Damascus", "5"),
    ("Turkey arrests 180 over quake-collapsed buildings", "180"),
    ("7.8 magnitude earthquake kills at least eighteen in Turkey, thirteen in Syria", "eighteen"),
])
def test_agent_of_the_verb_is_not_counted(sentence, surface):
    claims = extract_quantities(sentence)
    assert claims.loc[claims["surface"] == surface, "entity"].tolist() == [""]


def test_a_counted_noun_after_an_agents_verb_stays():
    # AllSides, Aug 2014: the noun after the figure is what it counts.
    claims = extract_quantities('Police said they came "under heavy gunfire" and arrested 78 people.')
    assert claims.loc[claims["surface"] == "78", "entity"].tolist() == ["people"]


@pytest.mark.parametrize("text, found", [
    ("when Eric Harris and Dylan Klebold killed ", True),
    ("killed at least ", False),  # the caller skips the qualifier first
    ("the toll rose to ", False),
    ("Turkey arrests ", True),
])
def test_agent_verb_before(text, found):
    from checker import entities

    assert entities.agent_verb_before(text, 0, len(text)) is found


@pytest.mark.parametrize("sentence, surface, phrase", [
    # A verb of a level held links the measured noun (written from "with unemployment stuck at 8.2 percent").
    ("So the news is somewhat mixed: While the jobless rate remained stuck near 8 percent, job growth was better "
     "than forecast.", "8 percent", "jobless rate"),
    ("It was 2007, and the unemployment rate hovered above 4%.", "4%", "unemployment rate"),
])
def test_level_held_links_its_noun(sentence, surface, phrase):
    claims = extract_quantities(sentence)
    assert claims.loc[claims["surface"] == surface, "entity_phrase"].tolist() == [phrase]
