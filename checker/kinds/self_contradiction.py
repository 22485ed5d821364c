"""Kind ``self-contradiction``: one document gives two incompatible values."""

from __future__ import annotations

import numpy as np
import pandas as pd

from checker.kinds.agree import compare_pairs
from checker.kinds.base import Flag, complements, is_part, parse_rate, parse_tolerance, periods_of, register_kind
from checker.places import rise_tail


#: Claims of one article this close in date describe the same moment.
SAME_TIME_DAYS = 1.0

#: How far into an article its lead sentence may start (a title, a dateline, a byline first).
LEAD_CHARS = 400

@register_kind(
    "self-contradiction",
    params={"tolerance": {"type": ["string", "number"]},
            "modality": {"enum": ["asserted", "projected"]},
            "max_ratio": {"type": ["string", "number"]},
            "lead_only": {"type": "boolean"},
            "min_value": {"type": "number", "minimum": 0}},
    defaults={"tolerance": "5%", "modality": "asserted", "max_ratio": 3, "lead_only": True,
              "min_value": 0},
    parsers={"tolerance": parse_tolerance, "max_ratio": parse_rate},
)
def self_contradiction(claims: pd.DataFrame, topic: object, *, tolerance: tuple[str, float],
                       modality: str, max_ratio: float, lead_only: bool,
                       min_value: float) -> list[Flag]:
    """One document asserts two incompatible values for the same topic and date.

    What it flags: two claims of one document, same topic and modality, dated
    within a day of each other, whose intervals (widened by ``tolerance``) do
    not overlap, unless they share a sentence (a breakdown, "23 died in Malatya,
    17 in Urfa", or a change, "rose from 1,500 to 4,300") or two named speakers
    give them (an article quoting both sides is not contradicting itself). With
    ``lead_only`` (the default) one of them must be the article's lead figure
    (in its first figure-bearing sentence, within LEAD_CHARS of the start): the
    headline against the body is the contradiction readers see, while two
    figures deep in a long article are mostly about different things (another
    year, another country, "700 more than the year before").
    Also left alone: figures whose sentences name different periods ("added
    134,000 jobs in September" against "250,000 jobs in October", "218,000 a
    month over the last three months" against "250,000 last month"): a series;
    and on a cumulative topic two running totals each given by a rise verb
    ("toll reaches 4,300" and "death toll passes 4,800" in one live item): the
    live story's timeline, which the monotonic kind checks. A smaller figure
    counting a group within the larger (``is_part``: "21 women" among a bombing's
    57 dead, "all 65 passengers" of 71 on board) is a part too, and two crafts' whole
    complements (``complements``: "killed all 157 people on board", "All 189 people
    onboard are killed") are two crashes' tolls.
    Why: an article contradicting itself is an editing error readers notice.
    Example: "3,000 soldiers arrived" and later in the same article "the 30,000
    soldiers who arrived" → flagged; "approximately 3.5 million artillery
    shells" and "around 3.5 million" → not flagged.
    Params: lead_only (default true), tolerance (default 5%), modality (asserted), max_ratio (default 3:
    figures further apart in one article are a part and a whole, "six people"
    in one town against "42" in all, not a contradiction), min_value (default 0;
    the default pack uses 10: "two children" against "six" are anecdotes).
    """
    # One pass over the topic, pairs within a document only. "killed 45 people on
    # Wednesday" and "the 38 people killed" (dated by the article, a day later) are
    # the same time: within a day counts as one date.
    if len(claims) < 2 or claims["doc_id"].nunique() == len(claims):
        return []  # no document states this figure twice
    leads = _lead_positions(claims) if lead_only else None
    cumulative = bool(getattr(topic, "cumulative", False))

    def keep(first: np.ndarray, second: np.ndarray) -> np.ndarray:
        # Only the few candidate pairs are read: most topics have none.
        involved = np.unique(np.concatenate([first, second]))
        rows = claims.iloc[involved]
        sentences = rows["sentence"].fillna("").astype(str).tolist()
        periods = dict(zip(involved.tolist(), map(periods_of, sentences)))
        running = dict(zip(involved.tolist(), _running_totals(rows, sentences))) if cumulative else {}
        values = claims["value"].to_numpy(float)
        smaller = np.where(values[first] <= values[second], first, second)
        larger = np.where(values[first] <= values[second], second, first)
        parts = is_part(claims, smaller, larger)
        # Two crafts' whole complements ("killed all 157 people on board", "All 189 people
        # onboard are killed": Lion Air's, recalled in a story on Ethiopian Airlines' crash,
        # AllSides 2019) are two crashes' tolls, as in monotonic.
        crafts = complements(claims, involved)
        craft = dict(zip(involved.tolist(), crafts.tolist()))
        parts |= np.array([craft[a] and craft[b] for a, b in zip(first.tolist(), second.tolist())], dtype=bool)
        return np.array([not ((periods[a] and periods[b] and not (periods[a] & periods[b]))
                              or (running.get(a, False) and running.get(b, False)))
                         for a, b in zip(first.tolist(), second.tolist())], dtype=bool) & ~parts

    return [Flag(flag.rows, flag.gap.split(" within")[0], flag.detail, flag.score)
            for flag in compare_pairs(claims, window=SAME_TIME_DAYS, tolerance=tolerance,
                                      modality=modality, speakers="same-or-outlet",
                                      label="self-contradiction", max_ratio=max_ratio,
                                      min_value=min_value, within_documents=True,
                                      skip_same_sentence=True, keep_pairs=keep)
            if leads is None or leads[flag.rows[0]] or leads[flag.rows[1]]]


def _running_totals(claims: pd.DataFrame, sentences: list[str]) -> np.ndarray:
    """True for figures a rise verb leads to ("toll passes 4,800", "now stands at 9,427")."""
    surfaces = claims["surface"].fillna("").astype(str).tolist()
    if "start" in claims.columns and "sentence_start" in claims.columns:
        offsets = (pd.to_numeric(claims["start"], errors="coerce")
                   - pd.to_numeric(claims["sentence_start"], errors="coerce")).tolist()
    else:
        offsets = [np.nan] * len(claims)
    tail = rise_tail()
    running = []
    for sentence, surface, offset in zip(sentences, surfaces, offsets):
        at = int(offset) if pd.notna(offset) and 0 <= offset <= len(sentence) else sentence.find(surface)
        running.append(at > 0 and bool(tail.search(sentence[:at])))
    return np.array(running, dtype=bool)


def _lead_positions(claims: pd.DataFrame) -> np.ndarray | None:
    """True for claims in their document's first figure-bearing sentence near its start."""
    if "sentence_start" not in claims.columns:
        return None
    starts = pd.to_numeric(claims["sentence_start"], errors="coerce")
    first = starts.groupby(claims["doc_id"].astype(str)).transform("min")
    return ((starts == first) & (starts <= LEAD_CHARS)).to_numpy()
