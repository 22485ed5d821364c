"""``speaker_cue``: the words each figure's speaker was read from, so a reader can check the attribution."""

import checker
from checker.attribute import Cue, cue_words


def _cues(text: str) -> dict[str, tuple[str, str]]:
    claims = checker.extract(text, published="2020-03-20")
    return {row.surface: (row.speaker, row.speaker_cue) for row in claims.itertuples()}


def test_cue_words_name_the_source_phrase_and_the_trailing_verb() -> None:
    # (AllSides-style sentences: a trailing "according to" and a trailing "officials say")
    cues = _cues("Farm income fell to $416 billion last year, according to the U.S. Department of Agriculture. "
                 "More than 22,000 people have been killed in Turkey and Syria, officials say.")
    assert cues["$416 billion"][1] == "according to the U.S. Department of Agriculture"
    assert cues["22,000"][1] == "officials say"


def test_a_pronoun_cue_shows_the_pronoun_and_the_speaker_whom_it_stands_for() -> None:
    cues = _cues("Governor Andrew Cuomo spoke in Albany on Friday. He said the state had 7,000 cases.")
    assert cues["7,000"] == ("Andrew Cuomo", "He said")


def test_the_outlets_own_figure_has_no_cue() -> None:
    cues = _cues("The storm destroyed 300 homes in the county.")
    assert cues["300"] == ("", "")


def test_cue_words_are_one_line_without_edge_punctuation() -> None:
    text = "the figures,\nthe ministry\n said:"
    assert cue_words(text, Cue(13, len(text), "ministry", "government", True)) == "the ministry said"
