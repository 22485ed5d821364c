"""Units and currencies next to a figure, and where quantulum3 is (not) asked."""

import re

import pytest

from checker import units


@pytest.mark.parametrize(
    "text, pos, name",
    [
        ("1,000 days of war", 5, "day"),
        ("19 per cent for the year", 2, "percentage"),
        ("47.6% from the field", 4, "percentage"),
        ("several hundreds of km2 since August", 20, "square kilometre"),
        ("hundreds of square kilometers in October", 12, "square kilometre"),
        ("87 mph (140 km/h)", 2, "mile per hour"),
        ("140 km/h", 3, "kilometre per hour"),
        ("a 15 year-old student", 4, "year of age"),
        ("a 6.1-inch display", 5, "inch"),
        ("10.5 million Australian dollars", 12, "australian dollar"),
        ("50 billion euros", 10, "euro"),
        ("256GB of storage", 3, "gigabyte"),
        ("5.2 litre V10", 3, "litre"),
        ("60 basis points", 2, "basis point"),
        # Constructed (no corpus sentence names them): Nordic crowns.
        ("7.5 million Danish crowns", 11, "danish krone"),
        ("a fine of 2 billion Swedish kronor", 19, "swedish krona"),
        # Pressure and strength.
        ("a rating of 3,000 psi", 17, "pound-force per square inch"),
        ("61.4 MPa", 4, "megapascal"),
    ],
)
def test_match_unit_after(text, pos, name):
    found = units.match_unit_after(text, pos)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text, pos",
    [
        ("3,000 North Korean troops", 5),
        ("6 milestones", 1),  # a unit never runs into letters
        ("22 goals", 2),
    ],
)
def test_no_unit_after(text, pos):
    assert units.match_unit_after(text, pos) is None


@pytest.mark.parametrize(
    "symbol, name",
    [("$", "dollar"), ("US$", "dollar"), ("US $", "dollar"), ("€", "euro"), ("£", "pound sterling"),
     ("GBP ", "pound sterling"), ("¥", "yen"), ("RM", "malaysian ringgit"), ("HK$", "hong kong dollar"),
     ("A$", "australian dollar"), ("EUR", "euro")],
)
def test_currency_name(symbol, name):
    assert units.currency_name(symbol) == name


def test_is_currency():
    assert units.is_currency("euro") and not units.is_currency("kilometre")


@pytest.mark.parametrize(
    "text, pos, base",
    [
        ("$58.24 per barrel", 6, "barrel"),
        ("$3500 a month mortgage", 5, "month"),
        ("$62 per share", 3, "share"),
        ("10 kV/cm", 5, "centimetre"),
        ("5 percent a year ago", 9, None),  # a date, not a rate
        ("$6 apiece", 2, None),
        ("$36,040 at 10.45pm", 7, None),  # "at" is no article
    ],
)
def test_rate_after(text, pos, base):
    found = units.rate_after(text, pos)
    assert (found[0] if found else None) == base


@pytest.mark.parametrize(
    "text, number_end",
    [
        ("Ukraine fired six ATACMS missiles", 19),  # quantulum3 says 'ampere-turn acre millisecond'
        ("four FA Cup finals", 4),  # an acronym: femtoampere for quantulum3
        ("32 Kenyan runners", 2),  # a name
        ("737 Max jets", 3),  # megayear for quantulum3
        ("8 B people", 1),
        ("the 60s", 6),
        ("one in three", 3),  # a function word, not inches
    ],
)
def test_quantulum_not_asked_for_nouns_names_and_acronyms(text, number_end):
    assert units.quantulum_unit_after(text, number_end, 0) is None


def test_quantulum_reads_unit_abbreviations_our_lexicon_lacks():
    found = units.quantulum_unit_after("at 2.24 mmBTU", 7, 3)
    assert found is not None and "british thermal unit" in found.name


@pytest.mark.parametrize(
    "text, token",
    [(" mmBTU", "mmBTU"), (" kN.", "kN."), (" troops", "troops"), ("-inch", None),
     (" MiG-29s", None), (" Su-35", None)],  # letters a hyphen joins to digits: a model's name
)
def test_unit_like_token_regex(text, token):
    found = units.UNIT_LIKE_TOKEN.match(text)
    assert (found.group(1) if found else None) == token


@pytest.mark.parametrize(
    "pattern, word, matches",
    [
        (units.PLAIN_WORD, "troops", True),
        (units.PLAIN_WORD, "mmBTU", False),
        (units.ACRONYM, "ATACMS", True),
        (units.ACRONYM, "kWh", False),
        (units.TITLE_WORD, "Kenyan", True),
        (units.TITLE_WORD, "Hz", False),
        (units.PER_NOUN, "share", True),
        (units.NOT_RATE, " ago", True),
        (units.NOT_RATE, " mortgage", False),
    ],
)
def test_unit_regexes(pattern, word, matches):
    assert bool(pattern.match(word)) is matches


@pytest.mark.parametrize("text, kind", [(" per barrel", "per"), (" a month", "article"), ("/cm2", "per"), (" at", None)])
def test_per_regex(text, kind):
    found = units.PER.match(text)
    assert (found.lastgroup if found else None) == kind


@pytest.mark.parametrize(
    "text, pos, surface",
    [
        # The longer of the exact and the case-folded surfaces wins: "m" (exact,
        # metre) must not cut "MPH" (folded) short; "Miles" matches "miles".
        ("it hit 87 MPH (140 km/h)", 9, "MPH"),
        ("12 Miles away", 2, "Miles"),
        ("a 20m fall", 4, "m"),
        ("a 5-kilometre run", 3, "kilometre"),
        ("3 sq  ft", 1, "sq  ft"),
    ],
)
def test_match_unit_after_takes_the_longest_surface(text, pos, surface):
    found = units.match_unit_after(text, pos)
    assert found is not None and text[found.end - len(surface) : found.end] == surface


@pytest.mark.parametrize("text, ends", [("", True), (" of", True), ("s", False), ("2", False), ("²", False), ("-", True),
                                        ("-long", True)])
def test_unit_end_regex(text, ends):
    import re

    assert bool(re.match(units.UNIT_END, text)) is ends


@pytest.mark.parametrize("text, unit", [("20 F-16s", None), ("10 C-17s", None), ("3.5%-4%", "%"), ("5 km-10 km", "km")])
def test_unit_end_after_a_capital_refuses_a_model_name(text, unit):
    # After a capital, a hyphen and a digit make a model's name ("F-16"), not a unit and a range.
    found = re.search(rf"(?:F|C|%|km){units.UNIT_END}", text)
    assert (found.group() if found else None) == unit


def test_currency_reach_covers_the_longest_currency():
    # "U.S. $" and a space and a sign: "U.S. $ -5" starts 8 characters before its digit.
    assert units.currency_reach() >= len("U.S. $ -")


@pytest.mark.parametrize("text, found", [("US$9", "US$"), ("GBP 20", "GBP "), ("FARM 5", None), ("€40", "€"), ("Y=28,030", "Y=")])
def test_currency_before_pattern(text, found):
    import re

    match = re.compile(units.currency_before_pattern()).search(text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize("char, joins", [(" ", True), ("\u00a0", True), ("-", True), ("/", False)])
def test_unit_joiners(char, joins):
    assert (char in units.UNIT_JOINERS) is joins


def test_unit_openings_hold_every_ascii_character_a_surface_opens_with():
    # _longest_unit_at skips the surface regexes at an ASCII character outside
    # unit_openings(): none may open a surface, as the regex engine compares it
    # (exact surfaces as written, the others case-insensitively).
    import re

    from checker.vocab import load_vocab

    currencies = load_vocab("currencies")
    surfaces = [s for forms in currencies["after"].values() for s in forms]
    surfaces += [s for forms in load_vocab("units").values() for s in forms]
    closed = [chr(c) for c in range(128) if chr(c) not in units.unit_openings()]
    assert " " in closed and "5" in closed and "," in closed
    for surface in surfaces:
        flags = 0 if units._is_case_sensitive(surface) else re.IGNORECASE
        assert not surface[0].isspace()
        assert not [c for c in closed if re.fullmatch(re.escape(surface[0]), c, flags)], surface


@pytest.mark.parametrize(
    "text, pos, name",
    [
        # AllSides / quake RSS: units after a space, right at the figure, and none.
        ("a magnitude 7.8 quake, 10 km deep", 25, "kilometre"),
        ("rose 3.1% on Friday", 8, "percentage"),
        ("killed 5,000, officials said", 12, None),
        ("$5bn", 2, None),
    ],
)
def test_match_unit_after_skips_only_characters_no_unit_opens_with(text, pos, name):
    found = units.match_unit_after(text, pos)
    assert (found.name if found else None) == name
