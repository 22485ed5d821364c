"""bench/constructions.py counts a construction's instances and those no cue covers, on text given to it."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import constructions  # noqa: E402


def test_counts_instances_and_the_ones_without_a_cue():
    texts = ["The British ambassador to the UN, Matthew Rycroft, said talks were needed.",
             "Before the vote, Ruslan Tsarni, the plumber who lived nearby, said it was fine."]
    pattern = constructions.CONSTRUCTIONS["role phrase, Name, said"]
    found, missed = constructions.count(pattern, texts)
    assert found == 1 and missed == []


def test_a_verb_no_cue_covers_is_a_miss():
    # "it" has no antecedent in a one-sentence text: the verb is found, no cue covers it
    found, missed = constructions.count(constructions.re.compile(r"\bit (?P<v>said)\b"), ["Later it said 5 people left."])
    assert found == 1 and len(missed) == 1


def test_every_construction_names_its_verb():
    assert all("v" in pattern.groupindex for pattern in constructions.CONSTRUCTIONS.values())
