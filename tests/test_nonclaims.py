"""Shapes and rules that make a number no claim: their named regexes."""

import re

import pytest

import checker
from checker import nonclaims, qualifiers
from checker.nonclaims import FOOTNOTE_OPEN


@pytest.mark.parametrize(
    "shape, text, excluded",
    [
        ("day_month", "20 nov. 2024", True),
        ("day_month", "20 troops", False),
        ("month_day", "november 5, 2024", True),
        ("month_day", "sept. 20-24", True),
        ("month_day", "may 5 people", True),  # the price of reading "may 5" as a date
        ("weekday_day", "wednesday (13)", True),
        ("weekday_day", "wednesday 13%", False),
        ("numeric_date", "2019-09-01t10:38:07.190z", True),
        ("numeric_date", "20/11/2024", True),
        ("clock_time", "15:57", True),
        ("clock_time", "8 p.m.", True),
        ("clock_time", "8 people", False),
        ("letter_id", "kn-23", True),
        ("letter_id", "ps5", True),
        ("letter_id", "sub-7", False),
        ("slash_pair", "0/250", True),
        ("phone", "555-123-4567", True),
        ("rank", "no. 1", True),
        ("rank", "#5", True),
        ("decade", "the 1990s", True),
        ("decade", "their 70s", True),
        ("decade", "70 soldiers", False),
    ],
)
def test_excluded_shapes(shape, text, excluded):

    assert bool(re.search(nonclaims.EXCLUDED_SHAPES[shape], text)) is excluded



@pytest.mark.parametrize(
    "text, word",
    [(" troops", "troops"), ("  Max", "Max"), (", said", None)],
)
def test_word_after_regex(text, word):
    found = nonclaims.WORD_AFTER.match(text)
    assert (found.group(1) if found else None) == word



@pytest.mark.parametrize(
    "shape, text, excluded",
    [
        ("year_span", "the 2014-15 season", True),
        ("year_span", "2000-2500 calories", False),
        ("leading_zero", "heading 0401", True),
        ("leading_zero", "0.5 percent", False),
        ("bracket_label", "prescott (4) celebrates", True),
        ("leading_zero", "some 3 000 troops", False),  # the group of a space-grouped figure
        ("leading_zero", "code 0401 and", True),
        ("digit_code", "confirmed 10-60754-1133 is a part number", True),
        ("digit_code", "received a 9-1-1 call", True),
        ("digit_code", "sentenced to 10-15 years", False),
        ("name_plural", "all of its 737 max 8s", True),
        ("name_plural", "three 302s [witness reports]", True),
        ("name_plural", "in their 70s", False),  # a decade or an age bracket is decade's
        ("name_plural", "777 people", False),
        ("domain", "calling 2-1-1 or going to 211.org.", True),
        ("domain", "211 people", False),
    ],
)
def test_later_excluded_shapes(shape, text, excluded):

    assert bool(re.search(nonclaims.EXCLUDED_SHAPES[shape], text)) is excluded



@pytest.mark.parametrize("text, matches", [("from 1000 to ", True), ("between 1600 and ", False), ("2-", True)])
def test_range_end_before_regex(text, matches):
    assert bool(nonclaims.RANGE_END_BEFORE.search(text)) is matches


@pytest.mark.parametrize(
    "text, matches",
    [(" - 2500 calories", True), (" to 3.9 million", False), (" to 2019", False), (" to 12,000", True)],
)
def test_range_start_after_regex(text, matches):
    assert bool(nonclaims.RANGE_START_AFTER.match(text)) is matches


@pytest.mark.parametrize(
    "token, matches",
    [('width="620"', True), ("http://a.com/x", True), ("/2015/11/", True), ("Y=28,030", False), ("3,000", False)],
)
def test_link_or_markup_regex(token, matches):
    assert bool(nonclaims.LINK_OR_MARKUP.search(token)) is matches


@pytest.mark.parametrize(
    "text, spans",
    [
        # The opening test lets the union find what its shapes find, at the
        # start of words and at digits, and nothing inside words.
        ("on november 5, 2024 at 9:35 pm", [(3, 19), (23, 30)]),
        ("the kn-23 and f-16s", [(4, 9), (14, 19)]),
        ("call +1 555 123 4567 or #5", [(5, 20), (24, 26)]),
        ("in the '90s and 1990s", [(7, 11), (16, 21)]),
        ("dak prescott (4) celebrates", [(13, 16)]),
        ("mayday 5 soldiers", []),
    ],
)
def test_excluded_union_regex(text, spans):
    assert [m.span() for m in nonclaims.EXCLUDED.finditer(text)] == spans


@pytest.mark.parametrize("text, opens", [("5", True), ("#5", True), ("'90s", True), ("(4)", True), ("+1", True),
                                         ("march", True), ("arch", False), ("kn-23", True), ("no. 1", True), (" ", False), (",", False)])
def test_excluded_start_regex(text, opens):
    assert bool(re.match(nonclaims.EXCLUDED_START, text)) is opens


def test_excluded_start_rejects_the_inside_of_a_word():
    assert re.compile(nonclaims.EXCLUDED_START).match("march", 1) is None


@pytest.mark.parametrize("text, pos, opens", [("20241105", 1, False), ("1,234,567", 3, False), ("1,234,567", 2, True),
                                              ("(212) 555-1234", 2, False), ("12/11/2024", 3, True), ("5+1", 1, True)])
def test_excluded_start_passes_over_a_digit_after_a_digit(text, pos, opens):
    # No shape starts at a digit right after a digit (each needs a word
    # boundary or no digit before it); a sign or bracket after a digit may.
    assert (re.compile(nonclaims.EXCLUDED_START).match(text, pos) is not None) is opens


@pytest.mark.parametrize(
    "text, surfaces",
    [
        # AllSides: "one" as a pronoun (non_claims.yaml: pronoun_one_before / _set_phrases).
        ("All of these things are possible, but no one has been able to categorically prove it.", []),
        ("What no one knows yet is how the pandemic will end.", []),
        # quake RSS: a count with a comparative before its noun (phrase_words.yaml: leading_comparatives).
        ("Turkey says it is working to open two more border crossings.", ["two"]),
        # AllSides: a house number (non_claims.yaml: street_types).
        ("Properties include 575 Wilbraham Road and 49 Zorro Ranch Road.", []),
    ],
)
def test_vocabulary_rules_on_real_sentences(text, surfaces):
    from checker.extract import extract_quantities

    assert list(extract_quantities(text)["surface"]) == surfaces


def test_comparative_is_skipped_before_the_counted_noun():
    from checker.extract import extract_quantities

    found = extract_quantities("Turkey says it is working to open two more border crossings.")
    assert found["entity_phrase"].tolist() == ["border crossings"]


@pytest.mark.parametrize("word, calendar", [("March", True), ("Sept.", True), ("Wednesday", True), ("Watch", False), ("Marchers", False)])
def test_calendar_word_regex(word, calendar):
    assert bool(nonclaims.CALENDAR_WORD.fullmatch(word)) is calendar


@pytest.mark.parametrize("text, matches", [("575 Wilbraham ", True), ("9 E 71st ", True), ("5 miles ", False)])
def test_address_head_regex(text, matches):
    assert bool(re.fullmatch(nonclaims.ADDRESS_HEAD, text)) is matches


@pytest.mark.parametrize("before, matches", [("under Section ", True), ("a Boeing ", True), ("a section", False), ("about ", False)])
def test_id_prefix_regex(before, matches):
    assert bool(nonclaims._id_prefix().search(before)) is matches


@pytest.mark.parametrize(
    "text, surfaces",
    [
        # AllSides: "a third"/"a fourth" before a noun is an ordinal ...
        ("He won a third term in office.", []),
        ("A fourth warship arrived in the Gulf.", []),
        ("The film topped the box office for a fourth straight weekend.", []),
        # NewsQuant: ... also hyphened to one.
        ("It asks the board to stop unless a third-party evaluation clears the tool.", []),
        # AllSides: a share before "of", a verb, a comparative or a unit stays.
        ("A third of voters agree.", ["A third"]),
        ("About a quarter said they would vote.", ["a quarter"]),
        ("It was a quarter percentage point cut.", ["a quarter percentage point"]),
    ],
)
def test_article_led_ordinals_are_no_shares(text, surfaces):
    from checker.extract import extract_quantities

    assert list(extract_quantities(text)["surface"]) == surfaces


@pytest.mark.parametrize("text, matches", [("-party", True), ("-Party", False), ("- party", False), (" party", False)])
def test_hyphened_word_regex(text, matches):
    assert bool(nonclaims.HYPHENED_WORD.match(text)) is matches


@pytest.mark.parametrize(
    "before, word",
    [("under Section ", "Section"), ("the tax-Free ", "tax-Free"), ("rock 'n' Roll ", "Roll"), ("Apple Watch  ", "Watch"),
     ("U.S. ", "U.S."), ("at 5", None), ("Section", None), ("", None)],
)
def test_word_before_regex(before, word):
    found = nonclaims.WORD_BEFORE.search(before)
    assert (found.group(1) if found else None) == word


@pytest.mark.parametrize("before", ["the tax-Free ", "under Section ", "O'Neill ", "x.-Ab ", "AT&T ", "mid-2000 "])
def test_word_before_finds_what_a_search_from_every_position_finds(before):
    import re as regex

    unanchored = regex.compile(r"([A-Za-z][A-Za-z.'’&-]*)[ \u00a0]+$")
    expected = unanchored.search(before)
    found = nonclaims.WORD_BEFORE.search(before)
    assert (found.group(1) if found else None) == (expected.group(1) if expected else None)


@pytest.mark.parametrize(
    "text, surfaces",
    [
        # NewsQuant and AllSides: a ZIP code, a range of house numbers, "the same one".
        ("In the 90049 ZIP Code, based on 37 sales, the median price rose.", ["37"]),
        ("An office/warehouse at 16-18 Industrial Avenue has leased at $80 per sq m.", ["$80 per sq m"]),
        ("Reusing old passwords or using the same one across multiple accounts is a major security fail.", []),
        # NewsQuant: a plain "one area" stays a count.
        ("Its tough to pinpoint the Patriots problems in just one area.", ["one"]),
    ],
)
def test_codes_addresses_and_pronouns(text, surfaces):
    from checker.extract import extract_quantities

    assert list(extract_quantities(text)["surface"]) == surfaces


@pytest.mark.parametrize(
    "before",
    ["the Boeing ", "on Flight ", "Section ", "boeing ", "the killed ", "a rebooting ", "SECTION\u00a0", "Section\n", "", "5Section "],
)
def test_ends_with_id_prefix_is_the_search(before):
    # The ending filter only skips windows the id search cannot match.
    assert nonclaims._ends_with_id_prefix(before) is (nonclaims._id_prefix().search(before) is not None)


@pytest.mark.parametrize(
    "before",
    ["said the Boeing ", "the U.S. ", "in the second\u00a0", "Apple Watch  ", "the 5", "(AP) -- Section ", "Mr. O'Neill ",
     "rock-and-roll ", "a-", "Euro\n", "", " ", "—Watch "],
)
def test_find_word_before_is_the_search(before):
    expected = nonclaims.WORD_BEFORE.search(before)
    found = nonclaims.find_word_before(before)
    assert (found.span(1) if found else None) == (expected.span(1) if expected else None)


@pytest.mark.parametrize("before", ["founded in A.D. ", "in AD\u00a0", "around a.d.\n", "the mad ", "said a. d. ", "A.D.", "d "])
def test_era_before_reach(before):
    # Searching the last ERA_BEFORE_REACH characters finds what searching the window finds.
    tail = nonclaims.ERA_BEFORE.search(before, max(0, len(before) - nonclaims.ERA_BEFORE_REACH))
    whole = nonclaims.ERA_BEFORE.search(before)
    assert (tail.span() if tail else None) == (whole.span() if whole else None)


@pytest.mark.parametrize(
    "text, marks",
    [
        ("the +1 555 123 4567 line", ["+1", "555", "123", "4567"]),
        ("(212) 555-1234 and #5 in the '90s", ["(212", "555", "1234", "#5", "'90"]),
        ("1,234,567 troops", ["1", "234", "567"]),
        ("no digits here", []),
    ],
)
def test_shape_mark_regex(text, marks):
    # One hit per run of digits or per mark (with the digits right after it).
    assert [m.group() for m in nonclaims.SHAPE_MARK.finditer(text)] == marks


@pytest.mark.parametrize(
    "text, openings",
    [
        ("on november 5, 2024", ["nov"]),
        ("the monday market sat idle", ["mon", "mar", "sat"]),
        ("ranked no. 1", ["no."]),
        ("the troops left", []),
    ],
)
def test_calendar_opening_regex(text, openings):
    assert [m.group() for m in nonclaims.CALENDAR_OPENING.finditer(text)] == openings


@pytest.mark.parametrize(
    "text",
    [
        # quake RSS, AllSides and NewsQuant sentences, lower-cased as the scan sees them.
        "turkey-syria earthquake: death toll passes 21,000 as of feb. 9, 2023 15:57 gmt",
        "the kn-23 and f-16s flew on wednesday (13) and friday 13th; call +1 555 123 4567 or (212) 555-1234",
        "in the 1990s, 2019/20 and the 2014-15 season, no. 1 seed #5 won 2-1; see 20/11/2024, 8 p.m.",
        "the covid-19 toll rose to 1,541 on nov. 20 from 1,200 in their 70s, '90s and mid-2000s",
        "heading 0401 of the 90049 zip code, 24/7 and 9/11, sub-7 nanometre chips, ps5 and g7",
        "aged 18 to 34, 3.5% and 10-15 per cent; 1:36.6 lap; 11 a.m. utc",
    ],
)
def test_shape_spans_is_the_finditer_on_every_window(text):
    # The spans must be those of EXCLUDED.finditer on every window, including
    # windows that open or close inside a word, a run of digits or a shape.
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 45) + 1):
            want = [m.span() for m in nonclaims.EXCLUDED.finditer(text, start, end)]
            assert nonclaims.shape_spans(text, start, end) == want, (start, end)


@pytest.mark.parametrize(
    "pattern, firsts",
    [
        (nonclaims.ORDINAL_SUFFIX, nonclaims.ORDINAL_FIRSTS),
        (nonclaims.POSSESSIVE_AFTER, nonclaims.POSSESSIVE_FIRSTS),
        (nonclaims.TIME_AFTER, nonclaims.TIME_FIRSTS),
        (nonclaims.ERA_AFTER, nonclaims.ERA_FIRSTS),
    ],
)
def test_after_firsts_hold_every_opening_character(pattern, firsts):
    # is_non_claim skips a match when the text after the figure (past its
    # spaces, for the patterns that allow them) opens with no character of
    # the set: every character a match can open with must be in it.
    tails = ["t", "d", "h", "s", ".m.", "m", "mt", "tc", "'clock", "rs", "", ".c.", "c", "e", ".d.", "ce", "s ", "t "]
    opening = {c for c in map(chr, range(0x3000)) for tail in tails if pattern.match(c + tail + " ") and not c.isspace()}
    assert opening <= firsts


@pytest.mark.parametrize(
    "text, address",
    [
        # AllSides-style addresses; a number run into a word opens none.
        ("the shooting at 575 Wilbraham Road on Sunday", "575 Wilbraham Road"),
        ("homes at 16-18 Industrial Avenue were", "16-18 Industrial Avenue"),
        ("a flat at 9 E 71st St in Manhattan", "9 E 71st St"),
        ("model X575 Wilbraham Road", None),
        ("café9 Main Street", None),
        ("20 Main Street", "20 Main Street"),
        ("at ٣ Main Street", "٣ Main Street"),  # any decimal digit, as "\d" reads
        ("x٣ Main Street", None),
        ("“12 Main Street", "12 Main Street"),
    ],
)
def test_address_opens_at_a_word_boundary(text, address):
    found = nonclaims.address_pattern().search(text)
    assert (found.group() if found else None) == address


# Page furniture counting media: Reuters pages in AllSides end captions with "Slideshow (N Images)".
@pytest.mark.parametrize("text, surfaces", [
    ("nSlideshow (19 Images)\nThe storm killed 19 people.", ["19"]),          # the caption's 19 goes
    ("Slideshow (2 Images) Police said 40 protesters were arrested.", ["40"]),
    ("Photo gallery (12 photos) Police arrested 12 people (12 of them minors).", ["12", "12"]),
    ("The agency released 19 images (of the damage).", ["19"]),               # a count of images stays
    ("The fire destroyed 300 homes (about 5 streets).", ["300", "5"]),
])
def test_media_counts_in_page_furniture_are_no_claims(text, surfaces):
    import checker
    assert checker.extract(text)["surface"].tolist() == surfaces


@pytest.mark.parametrize("name, text, matches", [
    ("before", "Slideshow (", True),
    ("before", "nSlideshow (", True),
    ("before", "Police (", False),
    ("after", " Images)", True),
    ("after", " people)", False),
])
def test_media_count_patterns(name, text, matches):
    from checker.nonclaims import media_count
    before, after = media_count()
    assert bool((before.search if name == "before" else after.match)(text)) is matches


@pytest.mark.parametrize("text, kept", [
    # A gallery's counter is page furniture (4,923 "Hide Caption N of M" in AllSides' CNN pages; the rule was
    # written from an Egypt gallery, these are others).
    ("Hide Caption 27 of 43 Photos: The search for MH370 On March 18, 2014, a relative of a missing passenger tells "
     "reporters in Beijing about a hunger strike.", []),
    ("Hide Caption 12 of 13 Photos: Search underway in EgyptAir MS804 crash According to EgyptAir, there were 30 "
     "Egyptians, 15 French, 2 Canadians on board.", ["30", "15", "2"]),
    ("Image 1 of 2", []),
    # not a lower-case "photos" counting what is shown
    ("The photos show 3 of 12 victims.", ["3", "12"]),
])
def test_gallery_counter_is_no_claim(text, kept):
    from checker.extract import extract_quantities

    assert extract_quantities(text)["surface"].tolist() == kept


@pytest.mark.parametrize("before, found", [
    ("Hide Caption 50 of ", True), ("Hide Caption ", True), ("Image ", True), ("photos show ", False),
    ("Photographer ", False),
])
def test_gallery_counter_pattern(before, found):
    assert bool(nonclaims.gallery_counter().search(before)) is found
    if found:  # the ending test never skips a window the pattern matches
        assert qualifiers.may_end_with(before, nonclaims._gallery_endings())


@pytest.mark.parametrize("label", ["Hide Caption", "Caption", "Photo", "Photos", "Image", "Images", "Slide",
                                   "Slides", "Picture", "Pictures"])
@pytest.mark.parametrize("tail", [" ", "\u00a0", " 5 of ", " 12\u00a0of\u00a0", "  \n"])
def test_gallery_endings_pass_every_counter(label, tail):
    before = "See the " + label + tail
    assert nonclaims.gallery_counter().search(before)
    assert qualifiers.may_end_with(before, nonclaims._gallery_endings())


@pytest.mark.parametrize("text, kept", [
    # A capitalised noun with "of" and a capitalised spelled number is a name (written from "Gang of Eight"
    # sentences; these are AllSides' others).
    ("He is the most senior Chinese official to be investigated since the Gang of Four - which included the wife "
     "of late leader Mao Zedong.", []),
    ("Trump’s standards — that encapsulated his performance at the Group of Seven summit.", []),
    ("Remembering similar bipartisan talks on major issues, such as the Gang of Six that spent months working on a "
     "health care bill.", []),
    # not in a Title Case headline
    ("Death Toll of Seven Rises After Storm Hits Coast", ["Seven"]),
])
def test_name_with_a_spelled_number_is_no_claim(text, kept):
    from checker.extract import extract_quantities

    assert extract_quantities(text)["surface"].tolist() == kept


@pytest.mark.parametrize("before, found", [("since the Gang of ", True), ("a family of ", False), ("Gang of", False)])
def test_name_of_before(before, found):
    assert bool(nonclaims.NAME_OF_BEFORE.search(before)) is found


@pytest.mark.parametrize(
    "text, expected",
    [
        # AllSides: a model's name after a count is what is counted, not a unit ("F" was Fahrenheit,
        # "MiG" quantulum3's "mile gauss"), and a pluralised model number is no figure.
        ("The Pentagon estimates the cost for development and production of 2,443 F-35s at $395.7 billion.",
         [("2,443", "count", "f-35"), ("$395.7 billion", "dollar", "estimate")]),
        ("Key lawmakers expressing concerns about the Obama administration's plan to send 20 F-16 fighter jets to Egypt.",
         [("20", "count", "fighter jet")]),
        ("FlyDubai, which operates a number of 737 Max 8s, told Reuters that the company had confidence.", []),
        # AllSides: codes of digits joined by hyphens, and a web domain.
        ("A parts supplier confirmed 10-60754-1133 is a part number on a seal.", []),
        ("Learn about services in their area by calling 2-1-1 or going to 211.org.", []),
        # The space-grouped thousands: the group "000" is no code with a leading zero.
        ("Some 3 000 troops arrived at the border.", [("3 000", "count", "troop")]),
    ],
)
def test_names_codes_and_space_groups_on_real_sentences(text, expected):
    from checker.extract import extract_quantities

    found = extract_quantities(text)
    assert list(zip(found["surface"], found["unit"], found["entity"])) == expected


@pytest.mark.parametrize("text, surfaces", [
    # AllSides' Wikipedia-style pages: reference marks run onto the word before them
    ("Keith Lamont Scott was an African-American man.[1] He was married and had seven children.[2]", ["seven"]),
    ("Terence Crutcher was a 40-year-old black man.[1][2][3] His sister spoke.", ["40-year-old"]),
    ("Farm accidents are at the lowest levels in more than 100 years.[1]", ["100 years"]),
    # an editor's bracket with a space before it is no reference mark
    ("The group had [3] cars.", ["3"]),
])
def test_reference_marks_are_no_claims(text, surfaces):
    assert checker.extract(text)["surface"].tolist() == surfaces


@pytest.mark.parametrize("before, mark", [("children.[", True), ("man.[1][", True), ("had [", False)])
def test_footnote_open(before, mark):
    assert bool(FOOTNOTE_OPEN.search(before)) is mark
