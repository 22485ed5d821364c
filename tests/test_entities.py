"""What a figure counts: singular heads, phrases after and before a figure."""

import re
from pathlib import Path

import pytest

from checker import entities


@pytest.mark.parametrize(
    "word, singular",
    [("troops", "troop"), ("missiles", "missile"), ("countries", "country"), ("churches", "church"),
     ("boxes", "box"), ("viruses", "virus"), ("people", "people"), ("ATACMS", "atacms"), ("gas", "gas"),
     ("analysis", "analysis"), ("lives", "life"), ("children", "child"), ("shells", "shell"),
     ("Americans", "american"), ("series", "series")],
)
def test_singular(word, singular):
    assert entities.singular(word) == singular


@pytest.mark.parametrize(
    "word, plural",
    [("troops", True), ("Syrians", True), ("gas", False), ("status", False), ("Brussels", False),
     ("people", True), ("it's", False), ("Ukrainians", True), ("Europeans", True), ("Éireanners", False), ("", False),
     ("Rescuers", True), ("soldiers", True)],
)
def test_is_plural(word, plural):
    assert entities.is_plural(word) is plural


# Sentences from the seed articles, quake-rss and BASIL; the figure ends at `pos`.
@pytest.mark.parametrize(
    "text, phrase, entity",
    [
        ("3,000 North Korean troops are currently in a training camp", "North Korean troops", "troop"),
        ("6 ATACMS missiles at a facility in Bryansk", "ATACMS missiles", "missile"),
        ("7,000 garbage balloons, the jamming of GPS", "garbage balloons", "garbage balloon"),
        ("1,500 artillery shells a day", "artillery shells", "artillery shell"),
        ("11 trucks from a United Nations agency", "trucks", "truck"),
        ("8 different products", "different products", "product"),
        ("60 Democrats voted against her", "Democrats", "democrat"),
        ("24,000 ticket holders filed in", "ticket holders", "ticket holder"),
    ],
)
def test_phrase_after(text, phrase, entity):
    pos = text.index(" ")
    found = entities.phrase_after(text, pos, len(text))
    assert found is not None and (found.text, found.entity) == (phrase, entity)


def test_phrase_after_skips_of_for_vague_quantities():
    text = "thousands of troops to fight"
    found = entities.phrase_after(text, len("thousands"), len(text), skip_of=True)
    assert found is not None and found.entity == "troop"


@pytest.mark.parametrize(
    "text, entity",
    [
        ("the death toll has risen to 1,541", "death toll"),
        ("This contingent may grow to 100,000", "contingent"),
        ("a workforce of 60,000", "workforce"),
        ("core inflation rose 0.3%", "core inflation"),
    ],
)
def test_phrase_before(text, entity):
    pos = text.rindex(" ") + 1
    found = entities.phrase_before(text, 0, pos)
    assert found is not None and found.entity == entity


@pytest.mark.parametrize(
    "text",
    [
        # The words right after another figure are its unit or noun (quake RSS, AllSides).
        "Turkey's central bank slashed its policy rate by 50 basis points from ",
        "the Dow fell more than 665 points or ",
    ],
)
def test_phrase_before_skips_another_figures_noun(text):
    assert entities.phrase_before(text, 0, len(text)) is None


@pytest.mark.parametrize(
    "text, entity",
    [
        ("Death toll from Turkey, Syria earthquake tops 47,000", "death toll"),
        ("raised the number of fatalities in Turkey from the magnitude 7.8 earthquake to 43,556", "fatality"),
        ("police put the number of demonstrators at 18,000", "demonstrator"),
    ],
)
def test_total_before(text, entity):
    found = entities.total_before(text, 0, text.rindex(" ") + 1)
    assert found is not None and found.entity == entity


@pytest.mark.parametrize(
    "text, entity",
    [("At least 1,200 dead in Turkey, Syria", "dead"), ("At least 641 were killed after the quake", "killed"),
     ("At least 641 trucks were killed", None)],
)
def test_casualty_after(text, entity):
    pos = text.index("1") if "1,200" in text else text.index("641") + 3
    if "1,200" in text:
        pos += len("1,200")
    found = entities.casualty_after(text, pos, len(text))
    assert (found.entity if found else None) == entity


def test_sentence_subject():
    text = "The debris field stretched for some seven miles"
    found = entities.sentence_subject(text, 0, text.index("seven"))
    assert found is not None and found.text == "debris field"


@pytest.mark.parametrize(
    "pattern, word, matches",
    [
        (entities.ADJECTIVE_SUFFIX, "ballistic", True),
        (entities.ADJECTIVE_SUFFIX, "artillery", False),
        (entities.NOT_PLURAL, "status", True),
        (entities.NOT_PLURAL, "troops", False),
        (entities.VERB_LIKE, "increased", True),
        (entities.VERB_LIKE, "inflation", False),
        (entities.VERB_LIKE, "speed", False),
        (entities.VERB_LIKE, "need", False),
        (entities.VERB_LIKE, "declined", True),
        (entities.PAST_TENSE, "voted", True),
        (entities.PAST_TENSE, "red", True),
        (entities.DEMONYM_PLURAL, "Ukrainians", True),
        (entities.DEMONYM_PLURAL, "Athens", False),
        (entities.NOUN_LIKE, "F-16s", True),
        (entities.NOUN_LIKE, "—", False),
    ],
)
def test_entity_regexes(pattern, word, matches):
    assert bool(pattern.search(word)) is matches


@pytest.mark.parametrize("text, tokens", [("troops—around 3.5", ["troops", "—", "around", "3", ".", "5"]),
                                          ("F-16s, first-team", ["F-16s", ",", "first-team"])])
def test_phrase_token_regex(text, tokens):
    assert [m.group() for m in entities.PHRASE_TOKEN.finditer(text)] == tokens


@pytest.mark.parametrize(
    "text, head",
    [("the death toll", "death toll"), ("the number of demonstrators", None)],
)
def test_total_before_regex(text, head):
    found = entities.TOTAL_BEFORE.search(text)
    assert found is not None and found.group("head") == head


def test_total_before_keeps_the_total_noun():
    text = "The combined total, with 2,470 deaths recorded officially in Syria, has reached 11,224."
    found = entities.total_before(text, 0, text.index("11,224"))
    assert found is not None and found.entity == "total"


@pytest.mark.parametrize("text, tokens", [("U.S. Navy", ["U.S.", "Navy"]), ("troops.", ["troops", "."])])
def test_dotted_abbreviation_tokens(text, tokens):
    assert [m.group() for m in entities.PHRASE_TOKEN.finditer(text)] == tokens


@pytest.mark.parametrize(
    "text, label",
    [("Total Cost: ", "Total Cost"), ("(base price: ", None), ("said: ", None)],
)
def test_label_before_regex(text, label):
    found = entities.LABEL_BEFORE.search(text)
    assert (found.group("label") if found else None) == label


@pytest.mark.parametrize("text, tokens", [("the U.S. Navy", ["the", "U.S.", "Navy"]), ("toll—1,541", ["toll", "—", "1", ",", "5", "4", "1"])])
def test_backward_token_regex(text, tokens):
    assert [m.group() for m in entities.BACKWARD_TOKEN.finditer(text)] == tokens


@pytest.mark.parametrize("token, acronym", [("US", True), ("UK", True), ("us", False), ("I", False), ("F-16", False), ("Us", False)])
def test_is_acronym(token, acronym):
    from checker import entities

    assert entities.is_acronym(token) is acronym


@pytest.mark.parametrize(
    "text",
    [
        # AllSides / quake RSS: links found within the first stretch, and ones that
        # need the whole window (long runs of skipped words, a figure far back).
        "The death toll from the earthquake in Turkey and Syria has risen to ",
        "police put the number of demonstrators at ",
        "a workforce of ",
        "Revenue in the quarter, which analysts had expected to be much weaker than it was, rose to ",
        "and it is the one that they have been and will be at ",
        "by 50 basis points from ",
        "",
    ],
)
def test_phrase_before_reads_a_short_stretch_first_with_the_same_answer(text):
    from checker import entities

    whole = entities._phrase_before_tokens(entities._tokens(text, max(0, len(text) - entities.PHRASE_BEFORE_REACH), len(text)))[0]
    assert entities.phrase_before(text, 0, len(text)) == whole


@pytest.mark.parametrize("char, letter", [("a", True), ("ş", True), ("Ö", True), ("1", False), ("×", False), ("½", False), ("-", False)])
def test_letter_class(char, letter):
    import re

    assert bool(re.fullmatch(entities.LETTER, char)) is letter
    assert bool(re.fullmatch(entities.NOT_LETTER, char)) is (not letter)
    assert bool(re.fullmatch(entities.ALNUM, char)) is (letter or char.isdigit() and char.isascii())


@pytest.mark.parametrize("word, singular", [("countries", "country"), ("churches", "church"), ("boxes", "box"), ("troops", "troop")])
def test_singular_rules(word, singular):
    out = word
    for pattern, replacement in entities.SINGULAR_RULES:
        if pattern.search(out):
            out = pattern.sub(replacement, out, count=1)
            break
    assert out == singular


def test_letters_set_is_the_letter_class():
    # LETTERS stands in for NOUN_LIKE in the phrase walkers: it must hold
    # exactly the characters LETTER matches (Latin with accents, no × or ÷).
    assert all((chr(c) in entities.LETTERS) is bool(re.fullmatch(entities.LETTER, chr(c))) for c in range(0x3000))


@pytest.mark.parametrize(
    "text",
    [
        # quake RSS and AllSides sentences (accents, dotted abbreviations, dashes, digits).
        "Rescuers in Kahramanmaraş and Göksun pulled 12 people from the rubble — U.S. teams arrived.",
        "The F-16s, first-team All-Americans and the 'Squad' (AOC) won 3.5% of the vote × 2.",
    ],
)
def test_token_opening_with_a_letter_is_noun_like(text):
    for token in (m.group() for m in entities.PHRASE_TOKEN.finditer(text)):
        assert (token[0] in entities.LETTERS) is bool(entities.NOUN_LIKE.match(token)), token


@pytest.mark.parametrize(
    "text",
    [
        # quake RSS and AllSides sentences.
        "The death toll from the earthquake in Turkey and Syria has risen to 21,000, the country's disaster agency said.",
        "Police put the number of demonstrators at 18,000; the official tally was 9,000 and the TOTAL COUNT 12,000.",
        "Counting continued in the county as the account showed 3,000 votes.",
        "Total Cost: $72370\nAverage price:\n 35 dollars",
    ],
)
def test_total_and_label_before_find_what_the_plain_search_finds(text):
    # The word and colon checks before the searches never change an answer.
    for pos in range(len(text) + 1):
        total = entities.TOTAL_BEFORE.search(text, max(0, pos - 150), pos)
        assert (entities.total_before(text, 0, pos) is None) is (total is None), pos
        label = entities.LABEL_BEFORE.search(text, max(0, pos - 50), pos)
        assert (entities.label_before(text, 0, pos) is None) is (label is None), pos


def test_total_words_match_no_other_letters_case_insensitively():
    # total_before tests lower-cased windows for TOTAL_WORDS: that is exact only
    # if no character outside them matches their letters under re.IGNORECASE.
    letters = sorted(set("".join(entities.TOTAL_WORDS)))
    chars = "".join(map(chr, range(0x3000)))
    found = set(re.findall(f"[{''.join(letters)}]", chars, re.IGNORECASE))
    assert {c.lower() for c in found} == set(letters)


#: quake RSS and AllSides sentences whose words exercise the ending tests.
WORD_SAMPLES = [
    "Rescuers pulled 12 people from the rubble as Syrians and Americans voted; the gas bus analysis status "
    "was increased, speeded, needed, freed, attended, shooting, nearly, ly, ed, eed, Ed, aED, ING physics Koreans",
    "Turkish officials said troops armed with F-16s had landed in Kahramanmaraş, where 80 climbers' ropes "
    "and analysts' forecasts failed; thanks, axes, buses, Peters, Ans, ers, sans, crises, species.",
]


@pytest.mark.parametrize("text", WORD_SAMPLES)
def test_ending_tests_are_the_regexes(text):
    for word in (m.group() for m in entities.PHRASE_TOKEN.finditer(text)):
        assert entities.is_verb_like(word) is bool(entities.VERB_LIKE.search(word)), word
        assert entities.is_past_tense(word) is bool(entities.PAST_TENSE.search(word)), word
        plural = bool("A" <= word[:1] <= "Z" and entities.DEMONYM_PLURAL.match(word)) or (
            word[:1].islower() and len(word) > 3 and word.endswith("s") and not word.endswith("'s")
            and not entities.NOT_PLURAL.search(word)
        ) or word.lower() in entities.word_classes()["unmarked_plurals"]
        assert entities.is_plural(word) is plural, word


# is_past_tense and is_verb_like restate PAST_TENSE and VERB_LIKE without a regex call (the phrase
# walkers call them per token): on every word of a corpus they never wrote, both must agree.
QUAKE_RSS = Path(__file__).resolve().parents[2] / "shared" / "data" / "quake-rss" / "entries.jsonl"


@pytest.mark.skipif(not QUAKE_RSS.exists(), reason="needs ../shared/data/quake-rss")
@pytest.mark.parametrize("function, pattern", [
    (entities.is_past_tense, entities.PAST_TENSE),
    (entities.is_verb_like, entities.VERB_LIKE),
])
def test_word_tests_agree_with_their_regexes(function, pattern):
    words = {m.group() for m in entities.PHRASE_TOKEN.finditer(QUAKE_RSS.read_text(encoding="utf-8")[:400_000])}
    words |= {w.lower() for w in words}
    assert len(words) > 5000
    differ = sorted(w for w in words if function(w) is not bool(pattern.search(w)))
    assert differ == []
