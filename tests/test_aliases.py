"""Alias files: canonical names for every form of a speaker, and located errors in user files."""

from __future__ import annotations

import pytest

from checker import aliases as A
from checker.aliases import Aliases, alias_key, load_aliases
from checker.errors import ConfigError


@pytest.fixture(scope="module")
def default() -> Aliases:
    return load_aliases()


@pytest.mark.parametrize("form, canonical", [
    ("Zelenskyy", "Volodymyr Zelensky"),
    ("Volodymyr Zelensky", "Volodymyr Zelensky"),
    ("the Ukrainian president", "Volodymyr Zelensky"),
    ("Kyiv", "Ukrainian government"),
    ("Kiev", "Ukrainian government"),
    ("the Kremlin", "Russian government"),
    ("Moscow", "Russian government"),
    ("Seoul", "South Korean government"),
    ("Pyongyang", "North Korean government"),
    ("Washington", "U.S. government"),
    ("Russia’s Defense Ministry", "Russian Defense Ministry"),
    ("AFAD", "Disaster and Emergency Management Authority"),
    ("Erdoğan", "Recep Tayyip Erdogan"),
    ("Seoul's spy agency", "South Korean National Intelligence Service"),
    ("Ukraine’s military intelligence", "Ukrainian military intelligence (HUR)"),
    ("UN chief", "António Guterres"),
    ("KCNA", "Korean Central News Agency"),
    ("AFP", "Agence France-Presse"),  # Round 17 (dev_r16a ha11; AllSides 'according to AFP')
    ("Agence France Presse", "Agence France-Presse"),
    ("the FBI", "Federal Bureau of Investigation"),  # Round 19 (dev_r18b q47; AllSides 'ICE said 11 children …')
    ("ICE", "Immigration and Customs Enforcement"),
    ("Department of Justice", "Justice Department"),
])
def test_default_forms_map_to_one_canonical_name(default, form, canonical):
    assert default.canonical(form) == canonical


@pytest.mark.parametrize("canonical, kind", [
    ("Volodymyr Zelensky", "person"),
    ("Ukrainian government", "government"),
    ("Russian Defense Ministry", "government"),
    ("United Nations", "organisation"),
    ("Agence France-Presse", "organisation"),  # a news agency, though its name ends in no publication head
    ("Federal Bureau of Investigation", "government"),  # Round 19: a federal agency, not an unknown acronym's body
    ("Immigration and Customs Enforcement", "government"),
])
def test_default_types(default, canonical, kind):
    assert default.type_of(canonical) == kind


def test_unknown_name_has_no_canonical_form(default):
    assert default.canonical("Jane Q. Nobody") is None


@pytest.mark.parametrize("name, key", [
    ("The Kremlin", "kremlin"),
    ("Russia’s  Defense Ministry", "russia's defense ministry"),
    ("“Mr. Yoon.", "mr. yoon"),
    ("an NRA source,", "nra source"),
    # A generational suffix names the same person.
    ("Robert S. Mueller III", "robert mueller"),
    ("Roger J. Stone Jr.", "roger stone"),
    ("Martin Luther King, Jr.", "martin luther king"),
    ("Sr.", "sr"),  # a lone suffix is left alone
])
def test_alias_key(name, key):
    assert alias_key(name) == key


@pytest.mark.parametrize("pattern, text, expected", [
    ("LEADING_ARTICLE", "the Kremlin", "the "),
    ("LEADING_ARTICLE", "Theresa May", None),
    ("EDGE_PUNCTUATION", "“Zelensky", "“"),
    ("EDGE_PUNCTUATION", "Zelensky.", "."),
    ("WHITESPACE_RUN", "Yoon  Suk\tYeol", "  "),
])
def test_alias_regexes(pattern, text, expected):
    match = getattr(A, pattern).search(text)
    assert (match.group() if match else None) == expected


def test_user_file_adds_and_overrides(tmp_path):
    user = tmp_path / "aliases.yaml"
    user.write_text(
        "speakers:\n"
        "  - name: Ministry of Health (Gaza)\n"
        "    type: government\n"
        "    aliases: [Gaza health ministry, the Hamas-run health ministry]\n"
        "  - name: Zelensky (user spelling)\n"
        "    type: person\n"
        "    aliases: [Zelenskyy]\n", encoding="utf-8")
    table = load_aliases([user])
    assert table.canonical("the Gaza health ministry") == "Ministry of Health (Gaza)"
    assert table.type_of("Ministry of Health (Gaza)") == "government"
    assert table.canonical("Zelenskyy") == "Zelensky (user spelling)"  # the user file wins
    assert table.canonical("Kyiv") == "Ukrainian government"  # the default stays loaded


def test_names_that_yaml_1_1_reads_as_booleans_stay_names(tmp_path):
    user = tmp_path / "aliases.yaml"
    user.write_text("speakers:\n  - name: Norway\n    type: government\n    aliases: [no, Oslo]\n", encoding="utf-8")
    assert load_aliases([user]).canonical("No") == "Norway"


# Broken alias files: (content, line, col, words of the message).
BROKEN = [
    ("speakers:\n  - name: X\n    type: robot\n", 3, 11, "unknown type 'robot'"),
    ("speakers:\n  - name: X\n    nickname: Y\n", 3, 5, "unknown key 'nickname'"),
    ("speakers:\n  - type: person\n", 2, 5, "needs a 'name'"),
    ("speakers:\n  - name: X\n    aliases: Y\n", 3, 14, "must be a list"),
    ("speakers: [name: X\n", 2, 1, "invalid YAML"),
    ("people:\n  - name: X\n", 1, 1, "expected 'speakers:'"),
    ("speakers:\n  - just a name\n", 2, 5, "must be a mapping"),
]


@pytest.mark.parametrize("content, line, col, words", BROKEN)
def test_broken_alias_file_is_located(tmp_path, content, line, col, words):
    user = tmp_path / "bad.yaml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_aliases([user])
    problem = info.value.problems[0]
    assert (problem.file, problem.line, problem.col) == (str(user), line, col)
    assert words in problem.message


def test_all_problems_of_all_files_at_once(tmp_path):
    first = tmp_path / "a.yaml"
    first.write_text("speakers:\n  - name: X\n    type: robot\n  - name: Y\n    colour: red\n", encoding="utf-8")
    missing = tmp_path / "missing.yaml"
    with pytest.raises(ConfigError) as info:
        load_aliases([first, missing])
    messages = str(info.value)
    assert f"{first}:3:11: unknown type 'robot'" in messages
    assert f"{first}:5:5: unknown key 'colour'" in messages
    assert f"{missing}: cannot read alias file" in messages


@pytest.mark.parametrize("name", ["aliases", "speaker_verbs", "speaker_titles", "date_words", "hedges"])
def test_vocabulary_words_are_strings(name):
    """YAML 1.1 reads a bare yes/no/on/off as a boolean: every word must stay a string."""
    from checker.vocab import load_vocab

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                assert isinstance(key, str), f"{name}: key {key!r}"
                if not isinstance(value, (int, float)) or isinstance(value, bool):
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        else:
            assert isinstance(node, str), f"{name}: {node!r} is not a string"

    walk(load_vocab(name))


@pytest.mark.parametrize("name, expected", [
    ("Department of Labor", "Labor Department"),
    ("U.S. Department of Labor", "Labor Department"),  # the home-country prefix names nothing more
    ("the Department of Homeland Security", "the Homeland Security Department"),
    ("Department of Health and Human Services", "Health and Human Services Department"),
    ("Ministry of Defence", "Defence Ministry"),
    ("Labor Department", "Labor Department"),  # already head-last
    ("Bank of America", "Bank of America"),  # not a state body's head
    ("Department of the Interior", "Interior Department"),
])
def test_body_name_puts_the_head_last(name, expected):
    assert A.body_name(name) == expected


def test_department_of_x_is_the_x_department(default):
    # The shipped entry lists "Department of State"; "State Department" finds the same speaker, and
    # an alias file's form in either order matches the other.
    assert alias_key("Department of Labor") == alias_key("the Labor Department")
    assert default.canonical("Department of State") == default.canonical("State Department")


@pytest.mark.parametrize("first, second", [
    # A middle initial: "Paul R. LePage" (NYT) and "Paul LePage" (elsewhere) are one speaker.
    ("Paul R. LePage", "Paul LePage"),
    ("Thomas J. Donohue", "Thomas Donohue"),
    # A home-country prefix: "U.S. Labor Department" is the "Labor Department", in either order.
    ("U.S. Labor Department", "Labor Department"),
    ("the U.S. Department of Agriculture", "Agriculture Department"),
    ("the U.S. government", "the government"),
])
def test_forms_of_one_speaker_share_a_key(first, second):
    assert alias_key(first) == alias_key(second)


@pytest.mark.parametrize("first, second", [
    ("U.S. Army", "Army"),  # no state department or ministry: the prefix stays
    ("Russian Defence Ministry", "Defence Ministry"),  # another country's body is another speaker
    ("J. K. Rowling", "J. Rowling"),  # initials before the surname are no middle initial
])
def test_other_names_keep_their_words(first, second):
    assert alias_key(first) != alias_key(second)


@pytest.mark.parametrize("pattern, text, expected", [
    ("MIDDLE_INITIAL", "paul r. lepage", " r. "),
    ("MIDDLE_INITIAL", "j. k. rowling", None),
    ("GENERATION_SUFFIX", "joe manchin iii", " iii"),
    ("GENERATION_SUFFIX", "roger j. stone, jr.", ", jr."),
    ("GENERATION_SUFFIX", "iv drip", None),
    ("GENERATION_SUFFIX", "juniper", None),
    ("HOME_COUNTRY_PREFIX", "U.S. Labor Department", "U.S. "),
    ("HOME_COUNTRY_PREFIX", "USA Today", None),
    ("BODY_HEAD_LAST", "U.S. Labor Department", " Department"),
    ("BODY_HEAD_LAST", "U.S. Army", None),
])
def test_round4_alias_regexes(pattern, text, expected):
    match = getattr(A, pattern).search(text)
    assert (match.group() if match else None) == expected


def test_canonical_words_hold_every_word_of_every_canonical_name(default):
    assert {"north", "korean", "government"} <= default.canonical_words


@pytest.mark.parametrize("short, full", [
    ("Chuck Schumer", "Charles E. Schumer"),  # NYT writes the full name, others the short one
    ("Bill de Blasio", "William de Blasio"),
    ("Mitch McConnell", "Mitchell McConnell"),
])
def test_a_short_first_name_keys_as_the_full_one(short, full):
    assert alias_key(short) == alias_key(full)


@pytest.mark.parametrize("name, key", [
    ("Mike", "mike"),  # one word: no first name to expand
    ("Nancy Pelosi", "nancy pelosi"),  # not every name has a short form
    ("Bob Corker", "robert corker"),
])
def test_nickname_keys(name, key):
    assert alias_key(name) == key


@pytest.mark.parametrize("form, canonical", [
    # Round 13: a poll's names are its pollster's (the forms labelled in speaker_dev14 v37, dates_dev14 w41,
    # speaker_r7b t10, speaker_r11 l06).
    ("Gallup polling", "Gallup"),
    ("Recent Gallup polling", None),  # (the poll rule passes the name without its adjective)
    ("UT/TT Poll", "University of Texas/Texas Tribune Poll"),
    ("Quinnipiac University poll", "Quinnipiac University"),
    ("PRRI", "Public Religion Research Institute"),
    ("the Pew Research Center", "Pew Research Center"),
])
def test_pollster_forms(default, form, canonical):
    assert default.canonical(form) == canonical
    if canonical:
        assert default.type_of(canonical) == "organisation"
