"""NAMED_BODY_OF_ROLE: "Name, <body> <role>, said", a role named by its body without an article, speaks for the name."""

import re

import pytest

import checker
from checker.attribute import NAMED_BODY_OF_ROLE, find_cues


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
