"""The rule engine on the seeds' claims: findings, messages, ids and fingerprints."""

import math
from pathlib import Path

import pandas as pd
import pytest

from checker.columns import FINDING_COLUMNS
from checker.rules import check, explain_rule, list_rules, rounding_slack
from checker.ruleset import load_rules

ROOT = Path(__file__).resolve().parent.parent

S001 = ("We have information that 3,000 North Korean troops are currently in a training camp, "
        "and that number is expected to rise to 12,000 soldiers and officers soon.")
SHELLS_A = "He emphasised that Russia has openly partnered with North Korea, acquiring approximately 3.5 million artillery shells."
SHELLS_B = "They started by acquiring millions of artillery shells—around 3.5 million—from North Korea,” Zelenskyy said."
S002 = "As many as 100,000 North Korean troops could be deployed to Russia, Ukrainian President Volodymyr Zelensky said."
S002B = "“Vladimir Putin had brought 11,000 North Korean troops to the Ukraine's borders. This contingent may grow to 100,000."
S003 = "According to Ukrainian President Volodymyr Zelensky, 11,000 North Korean soldiers have been deployed to Russia."
S004 = "According to Kiev, around 11,000 North Korean troops have been deployed to confront Ukrainian forces."


def claim(doc, outlet, published, surface, value, sentence, *, line, entity="troop", modality="asserted",
          qualifier="exact", low=None, high=None, speaker="Volodymyr Zelensky", phrase="North Korean troops"):
    return {"claim_id": f"{doc}:{line}:{sentence.find(surface)}", "doc_id": f"fixtures/seeds/{doc}.txt",
            "file": f"fixtures/seeds/{doc}.txt", "line": line, "outlet": outlet, "published": published,
            "claim_date": published, "speaker": speaker, "speaker_type": "person" if speaker else "",
            "value": value, "low": value if low is None else low, "high": value if high is None else high,
            "qualifier": qualifier, "unit": "count", "entity": entity, "entity_phrase": phrase,
            "modality": modality, "direction": "", "surface": surface, "sentence": sentence,
            "start": line * 1000 + sentence.find(surface), "end": 0, "hedge": ""}


SEEDS = pd.DataFrame([
    claim("001", "IANS", "2024-11-01", "3,000", 3000, S001, line=11),
    claim("001", "IANS", "2024-11-01", "12,000", 12000, S001, line=11, entity="soldier",
          modality="projected", phrase="soldiers and officers"),
    claim("001", "IANS", "2024-11-01", "3.5 million", 3.5e6, SHELLS_A, line=7, entity="artillery shell",
          qualifier="approx", low=3.15e6, high=3.85e6, phrase="artillery shells"),
    claim("001", "IANS", "2024-11-01", "3.5 million", 3.5e6, SHELLS_B, line=9, entity="artillery shell",
          qualifier="approx", low=3.15e6, high=3.85e6, phrase="artillery shells"),
    claim("002", "Korea JoongAng Daily", "2024-11-20", "As many as 100,000", 1e5, S002, line=3,
          modality="projected", qualifier="at_most", low=math.nan),
    claim("002", "Korea JoongAng Daily", "2024-11-20", "11,000", 11000, S002B, line=4),
    claim("002", "Korea JoongAng Daily", "2024-11-20", "100,000", 1e5, S002B, line=4, entity="contingent",
          modality="projected", phrase="contingent"),
    claim("003", "DayFR Euro", "2024-11-07", "11,000", 11000, S003, line=15, entity="soldier",
          phrase="North Korean soldiers"),
    claim("004", "RFI", "2024-11-13", "around 11,000", 11000, S004, line=4, qualifier="approx",
          low=9900, high=12100, speaker="Ukrainian government"),
])


@pytest.fixture(scope="module", params=["default", "nk-troops"])
def findings(request):
    pack = None if request.param == "default" else [ROOT / "rules" / "nk-troops.yaml"]
    return check(SEEDS, load_rules(pack))


def test_seeds_give_a_jump_warning_and_a_projection_note(findings):
    assert list(findings.columns[: len(FINDING_COLUMNS)]) == list(FINDING_COLUMNS)
    assert sorted(findings["kind"]) == ["jump", "projection-outlier"]
    assert "error" not in set(findings["severity"])
    jump = findings[findings["kind"] == "jump"].iloc[0]
    assert jump["severity"] == "warning"
    assert jump["message"] == (
        "Volodymyr Zelensky (IANS, 2024-11-01) says 3,000 North Korean troops; Volodymyr Zelensky "
        "(DayFR Euro, 2024-11-07) says 11,000 North Korean soldiers: ×3.7 in 6 days (jump, max ×3 "
        "per 7 days).")
    assert (jump["values"], jump["dates"], jump["line"]) == ("3,000;11,000", "2024-11-01;2024-11-07", 11)
    outlier = findings[findings["kind"] == "projection-outlier"].iloc[0]
    assert outlier["severity"] in ("info", "warning")
    assert outlier["values"] == "11,000;100,000" and "×9.1" in outlier["message"]


def test_ids_are_stable_and_fingerprints_ignore_lines(findings):
    moved = SEEDS.assign(line=SEEDS["line"] + 40, start=SEEDS["start"] + 999)
    again = check(moved, load_rules([ROOT / "rules" / "nk-troops.yaml"]))
    ours = findings.set_index("kind")
    theirs = again.set_index("kind")
    assert (ours.loc["jump", "fingerprint"] == theirs.loc["jump", "fingerprint"]) == \
        (ours.loc["jump", "rule_id"] == theirs.loc["jump", "rule_id"])
    assert list(check(SEEDS.iloc[::-1], load_rules(None))["finding_id"]) == \
        list(check(SEEDS, load_rules(None))["finding_id"])


def test_no_claims_no_findings():
    findings = check(SEEDS.iloc[0:0], load_rules(None))
    assert findings.empty and list(findings.columns) == list(FINDING_COLUMNS)


@pytest.mark.parametrize("value, slack", [(1.4e9, 5e7), (1.375e9, 5e5), (11000, 500), (3.5, 0.05), (5894, 0.5)])
def test_rounding_slack(value, slack):
    assert rounding_slack(pd.Series([value]))[0] == pytest.approx(slack)


def test_list_and_explain():
    ruleset = load_rules(None)
    listed = list_rules(ruleset)
    assert "figure-jumps" in set(listed["id"]) and "max_rate=3" in listed.set_index("id").loc["figure-jumps", "params"]
    text = explain_rule(ruleset, "figure-jumps")
    assert text.startswith("figure-jumps: jump on topic *") and "Example:" in text
    with pytest.raises(KeyError, match="known: magnitude-slip"):
        explain_rule(ruleset, "nope")


def test_units_select_topics(tmp_path):
    # BASIL (Feb 2019): "$1.375 billion for the wall" against "$1.6 billion for border security"
    # is a disagreement on one amount; "$5 billion" against "$2.5 billion" is two amounts.
    base = {"claim_date": "2019-02-15", "unit": "dollar", "qualifier": "exact", "modality": "asserted",
            "topic": "cost~dollar", "speaker": "", "outlet": "x", "entity": "", "sentence": ""}
    claims = pd.DataFrame([
        {**base, "claim_id": "a", "doc_id": "nyt", "value": 1.375e9, "low": 1.375e9, "high": 1.375e9,
         "surface": "$1.375 billion"},
        {**base, "claim_id": "b", "doc_id": "fox", "value": 1.6e9, "low": 1.6e9, "high": 1.6e9,
         "surface": "$1.6 billion"},
        {**base, "claim_id": "c", "doc_id": "hpo", "value": 5e9, "low": 5e9, "high": 5e9, "surface": "$5 billion"},
    ])
    findings = check(claims, load_rules(None))
    assert list(findings["rule_id"]) == ["amounts-disagree"]
    assert sorted(findings["values"].iloc[0].split(";")) == ["1,375,000,000", "1,600,000,000"]
    pack = tmp_path / "counts.yaml"
    pack.write_text("rules:\n  - {id: counts-only, kind: agree, units: [count], different_speakers: false}\n")
    assert check(claims, load_rules([pack])).empty


def test_undated_claims_are_checked_without_crashing():
    # A corpus with no publication dates: figures are compared among themselves.
    undated = SEEDS.assign(published="", claim_date="")
    findings = check(undated, load_rules(None))
    assert "error" not in set(findings["severity"])
    assert all("nan" not in m for m in findings["message"])


def test_a_compound_figure_keeps_its_hyphen_in_messages():
    from checker.rules import describe_claim

    sentence = "The detailed 27-page indictment alleges that Witt was recruited by an unknown citizen."
    claim = {"surface": "27", "entity_phrase": "page", "entity": "page", "outlet": "CNN", "published": "2019-02-13",
             "sentence": sentence, "start": 113 + sentence.index("27"), "sentence_start": 113}
    assert describe_claim(claim, with_phrase=True) == "CNN (2019-02-13) reports 27-page"
    claim = dict(claim, sentence="He said 27 pages were missing.", start=121, entity_phrase="pages")
    assert describe_claim(claim, with_phrase=True) == "CNN (2019-02-13) reports 27 pages"


def test_a_noun_standing_before_the_figure_is_bracketed_in_messages():
    from checker.rules import describe_claim

    sentence = "This contingent may grow to 100,000, he said."
    claim = {"surface": "100,000", "entity_phrase": "contingent", "entity": "contingent", "outlet": "RFI",
             "published": "2024-11-20", "modality": "projected", "sentence": sentence,
             "start": 40 + sentence.index("100,000"), "sentence_start": 40}
    assert describe_claim(claim, with_phrase=True) == "RFI (2024-11-20) projects 100,000 (contingent)"


@pytest.mark.parametrize("speaker, speaker_type, modality, verb", [
    ("officials", "anonymous", "asserted", "say"),            # quake RSS: "officials say"
    ("U.S. officials", "anonymous", "projected", "project"),
    ("police", "anonymous", "asserted", "say"),
    ("Chris Collins", "person", "asserted", "says"),          # a person's name ending in s
    ("Syrian government", "government", "asserted", "says"),
    ("a source", "anonymous", "negated", "denies"),
])
def test_message_verbs_agree_with_their_speaker(speaker, speaker_type, modality, verb):
    from checker.rules import describe_claim

    claim = {"surface": "15,000", "speaker": speaker, "speaker_type": speaker_type, "modality": modality,
             "outlet": "Morning Wire", "claim_date": "2023-02-09"}
    assert describe_claim(claim, with_phrase=False) == f"{speaker} (Morning Wire, 2023-02-09) {verb} 15,000"


@pytest.mark.parametrize("published, timed", [
    ("2023-02-06T04:36:12Z", True),          # quake RSS stamps carry the hour
    ("2023-02-06 01:34:46+00:00", True),
    ("2023-02-06", False),                   # a day alone
    ("", False),
])
def test_time_of_day_pattern(published, timed):
    from checker.rules import TIME_OF_DAY
    assert bool(TIME_OF_DAY.search(published)) is timed


def test_a_messages_dates_are_those_its_gap_is_measured_from():
    # Quake RSS wording: a running total printed Feb 7 by two outlets, then a story printed
    # Feb 9 whose sentence dates the earthquake (claim date Feb 6) and gives a lower toll.
    # monotonic compares running totals as printed: the message must show Feb 9, not Feb 6.
    def toll(doc, published, claim_date, surface, value, sentence):
        return {"claim_id": f"{doc}:1", "doc_id": doc, "file": doc, "line": 1, "outlet": doc.upper(),
                "published": published, "claim_date": claim_date, "speaker": "", "speaker_type": "",
                "value": value, "low": value, "high": value, "qualifier": "exact", "unit": "count",
                "entity": "death", "entity_phrase": "deaths", "modality": "asserted", "direction": "",
                "surface": surface, "sentence": sentence, "start": sentence.index(surface), "end": 0,
                "sentence_start": 0, "hedge": "", "topic": "deaths", "place": ""}
    claims = pd.DataFrame([
        toll("a", "2023-02-07", "2023-02-07", "7,900", 7900, "The death toll has climbed to 7,900 deaths."),
        toll("b", "2023-02-07", "2023-02-07", "7,900", 7900, "Officials said 7,900 deaths were confirmed."),
        toll("c", "2023-02-09", "2023-02-06", "5,000", 5000, "The quake on Feb. 6 caused 5,000 deaths."),
    ])
    findings = check(claims, load_rules(None))
    fall = findings[findings["kind"] == "monotonic"].iloc[0]
    assert "(2023-02-07) reports 7,900" in fall.message and "(2023-02-09) reports 5,000" in fall.message
    assert "after 2 days" in fall.message
    assert fall.dates == "2023-02-07;2023-02-06"  # the dates column keeps the claim dates


def test_a_syndicated_copy_gives_no_second_finding():
    # Quake RSS: msn.com carries BBC's headline word for word; Daily Mail gives 131 the same day.
    def warrants(doc, surface, value, sentence, published):
        return {"claim_id": f"{doc}:1", "doc_id": doc, "file": doc, "line": 1, "outlet": doc,
                "published": published, "claim_date": published[:10], "speaker": "", "speaker_type": "",
                "value": value, "low": value, "high": value, "qualifier": "exact", "unit": "count",
                "entity": "arrest warrant", "entity_phrase": "building arrest warrants", "modality": "asserted",
                "direction": "", "surface": surface, "sentence": sentence, "start": sentence.index(surface),
                "end": 0, "sentence_start": 0, "hedge": "", "topic": "count~arrest-warrant", "place": ""}
    headline = "Quake-hit Turkey issues 113 building arrest warrants"
    claims = pd.DataFrame([
        warrants("bbc", "113", 113, headline, "2023-02-12T09:22:24+00:00"),
        warrants("msn", "113", 113, headline, "2023-02-12T09:34:01+00:00"),
        warrants("dailymail", "131", 131, "Police in quake-hit Turkey issue 131 arrest warrants for contractors",
                 "2023-02-12T13:10:00+00:00"),
    ])
    findings = check(claims, load_rules(None))
    assert len(findings) == 1 and findings.iloc[0]["doc_ids"] == "bbc;dailymail"
