"""sources-disagree: two different speakers (or speaker types) with incompatible figures."""

import pytest

from checker.kinds import KINDS

KIND = KINDS["sources-disagree"]


def run(claims, **params):
    return KIND.func(claims, None, **KIND.parse_params(params))


# Late October 2024: Zelensky said 3,000 North Korean troops were in Russia; the Pentagon
# said about 8,000 were in the Kursk region.
PAIR = [
    {"doc_id": "ians", "value": 3000, "claim_date": "2024-11-01", "speaker": "Volodymyr Zelensky",
     "speaker_type": "person"},
    {"doc_id": "ap", "value": 8000, "low": 7200, "high": 8800, "qualifier": "approx",
     "claim_date": "2024-10-31", "speaker": "Pentagon", "speaker_type": "government"},
]


def test_two_speakers_disagree(claims_of):
    flags = run(claims_of(PAIR))
    assert len(flags) == 1 and flags[0].rows == (1, 0)  # earlier claim first


@pytest.mark.parametrize("speaker, fires", [
    ("Pentagon", True), ("Volodymyr Zelensky", False), ("", False),
])
def test_only_different_named_speakers(claims_of, speaker, fires):
    claims = claims_of([PAIR[0], {**PAIR[1], "speaker": speaker}])
    assert bool(run(claims)) is fires


def test_by_speaker_type(claims_of):
    same_type = claims_of([PAIR[0], {**PAIR[1], "speaker_type": "person"}])
    assert run(same_type, by="speaker_type") == []
    assert len(run(claims_of(PAIR), by="speaker_type")) == 1


@pytest.mark.parametrize("second, fires", [
    # AllSides (articles 1,001-2,000): the Labor Department's May figure against an economist's June one.
    ("economists expect 80,000 jobs in June", False),
    ("economists say 80,000 jobs were added in May", True),
])
def test_different_periods_are_no_dispute(claims_of, second, fires):
    rows = [{"doc_id": "a", "value": 223000, "claim_date": "2012-06-01", "speaker": "Labor Department",
             "sentence": "the Labor Department said 223,000 jobs were added in May"},
            {"doc_id": "b", "value": 80000, "claim_date": "2012-06-01", "speaker": "economists",
             "sentence": second}]
    assert len(run(claims_of(rows))) == (1 if fires else 0)


@pytest.mark.parametrize("shared_values, fires", [(True, False), (False, True)])
def test_an_article_giving_both_figures_is_no_dispute(claims_of, shared_values, fires):
    # AllSides (May 2012): Politico gives "69,000 jobs in May" and "expectations of 150,000";
    # Fox gives the Labor Department's 69,000.
    rows = [{"doc_id": "politico", "value": 150000, "claim_date": "2012-06-01", "speaker": "economists"},
            {"doc_id": "politico", "value": 69000, "claim_date": "2012-06-01", "speaker": ""},
            {"doc_id": "fox", "value": 69000, "claim_date": "2012-06-01", "speaker": "Labor Department"}]
    assert len(run(claims_of(rows), shared_values=shared_values)) == (1 if fires else 0)


@pytest.mark.parametrize("across_documents, fires", [(False, True), (True, False)])
def test_one_article_quoting_two_sources(claims_of, across_documents, fires):
    # Two speakers in one article (AllSides, Oct 2015): "the 5,500 troops post-drawdown"
    # (Obama) and "keeping 9,800 troops there" (Thornberry): the default pack leaves it.
    claims = claims_of([{**PAIR[0], "doc_id": "cnn"}, {**PAIR[1], "doc_id": "cnn"}])
    assert bool(run(claims, across_documents=across_documents)) is fires
