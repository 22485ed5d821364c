"""Kind ``agree``: figures of one topic stated around the same time must agree."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

import numpy as np
import pandas as pd

from checker.kinds.base import (
    FLAG_LIMIT, Flag, batch_window, best_pair_per_documents, different_periods, disjoint, figure_contexts, format_days,
    format_factor, is_part, parse_duration, parse_rate, parse_tolerance, ratio, register_kind, related_pairs, widen,
    window_pairs,
)
from checker.places import place_mentions
from checker.vocab import load_vocab


@register_kind(
    "agree",
    params={
        "window": {"type": ["string", "number"]},
        "tolerance": {"type": ["string", "number"]},
        "modality": {"enum": ["asserted", "projected"]},
        "different_speakers": {"type": "boolean"},
        "max_ratio": {"type": ["string", "number"]},
        "min_value": {"type": "number", "minimum": 0},
        "across_documents": {"type": "boolean"},
        "sole_values": {"type": "boolean"},
        "shared_values": {"type": "boolean"},
        "same_countries": {"type": "boolean"},
        "same_period": {"type": "boolean"},
        "untimed": {"type": "boolean"},
        "same_context": {"type": "boolean"},
    },
    defaults={"window": "2d", "tolerance": "10%", "modality": "asserted", "different_speakers": True,
              "max_ratio": 10, "min_value": 0, "across_documents": True,
              "sole_values": False, "shared_values": True,
              "same_countries": False, "same_period": True, "untimed": False, "same_context": False},
    parsers={"window": parse_duration, "tolerance": parse_tolerance, "max_ratio": parse_rate},
    applies_to="non-cumulative",
)
def agree(claims: pd.DataFrame, topic: object, *, window: float, tolerance: tuple[str, float],
          modality: str, different_speakers: bool, max_ratio: float, min_value: float,
          across_documents: bool, sole_values: bool, shared_values: bool,
          same_countries: bool, same_period: bool, untimed: bool, same_context: bool) -> list[Flag]:
    """Figures of one topic and modality stated within ``window`` of each other that cannot agree.

    What it flags: two claims whose intervals (the value with its qualifier's
    bounds, the natural slack of approximate and rounded figures, widened by
    ``tolerance``) do not overlap although they are about the same figure at
    the same time.
    Why: a figure that is the same real-world quantity at the same time cannot
    be both 3,000 and 11,000; one source is wrong or the figures are not about
    the same thing.
    Example: "police counted 18,000 demonstrators" and, the same day, "about
    40,000 demonstrators marched" → flagged; "$1.375 billion" and "$1.4 billion"
    → not flagged (rounding).
    Params: window (duration, default 2d), tolerance ("10%" or an absolute
    number), modality (asserted | projected), different_speakers (true: also
    compare two different named speakers; set false when a sources-disagree
    rule covers them), max_ratio (default 10: figures further apart are not
    one quantity, "1.3 million active-duty troops" against "2,000 troops in
    Syria"; a slipped zero is the magnitude kind's). Applies to non-cumulative
    topics by default: a rising death toll is checked by monotonic instead.
    min_value (default 0): leave out smaller figures, the anecdotes of a big
    story ("a family of five", "three survivors"). across_documents (default
    true): only compare figures of two different documents; one article's
    several figures are the self-contradiction kind's (with its own safeguards).
    sole_values (default false): only compare documents that give the figure
    one value; an article counting "41", "51" and "60 votes" is telling of
    several quantities, not disagreeing. Values further apart than max_ratio
    are no rival versions of one figure: "the 100 pages of emails" beside
    "25,000 pages of documents" still gives the emails one value.
    shared_values (default true): two documents disagree only when neither also
    states the other's value: an article giving "$8 billion" and "$5.7 billion"
    for one wall, beside another giving "$5.7 billion", is telling of two
    amounts (demanded and assembled), not contradicting it.
    same_countries (default false): only compare figures whose sentences name
    the same countries: "Britain sends 76 rescuers to Turkey" and "Ukraine to
    send 87 rescuers to Turkey" count two countries' teams. same_period (default
    true): figures whose sentences name different periods ("in May", "in
    January", "last month") are a series, not two versions of one figure.
    untimed (default false): only compare figures neither of whose articles gives
    a time of day. With ``applies_to: cumulative`` this checks running totals
    where monotonic cannot: two outlets' date-only reports of one day cannot be
    ordered, so a death toll of 50 in one and 30 in the other is one figure told
    two ways ("running-totals-differ" in the default pack), while timed RSS items
    of a rising toll are monotonic's.
    A topic counted in ``batches`` (a night's arrests) compares one day's figures
    only (``batch_window``).
    same_context (default false; the default pack's fallback counts true): only two
    figures whose sentences say something alike next to them, a word other than the
    counted noun within a few words of each (``context_words``: "Quake-hit Turkey
    issues 113 building arrest warrants" and "... Turkey issue 131 arrest warrants",
    "administered the 38-word oath" and "the 35-word oath administered by"). A plain
    noun counts many things in one story: "58 senators voted" and "met with 77
    senators", "14 states" voting on Super Tuesday and "19 states" requiring an excuse.
    """
    masks = ([_same_countries(claims)] if same_countries else []) + (
        [period_mask(claims)] if same_period else []) + ([_untimed(claims)] if untimed else []) + (
        [_same_context(claims)] if same_context else [])
    keep = combine_masks(masks)
    return compare_pairs(claims, window=batch_window(topic, window), tolerance=tolerance, modality=modality,
                         speakers="any" if different_speakers else "same-or-outlet",
                         label="agree", max_ratio=max_ratio, min_value=min_value,
                         across_documents=across_documents, sole_values=sole_values,
                         skip_shared=shared_values, keep_pairs=keep)


#: Pseudo-days for undated claims: each document far from every other and from real dates.
UNDATED_BASE = -1e9
UNDATED_SPACING = 1e4
#: Pseudo-days for claims dated only to a period: each period far from real dates and undated ones.
COARSE_BASE = -5e8


def period_mask(claims: pd.DataFrame) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """A pair mask: True unless the two sentences name different periods."""
    different = different_periods(claims)
    return lambda first, second: ~different(first, second)


def combine_masks(masks: list[Callable[[np.ndarray, np.ndarray], np.ndarray]]
                  ) -> Callable[[np.ndarray, np.ndarray], np.ndarray] | None:
    """One pair mask keeping the pairs every mask keeps (None when there is none)."""
    if not masks:
        return None

    def keep(first: np.ndarray, second: np.ndarray) -> np.ndarray:
        kept = np.ones(len(first), dtype=bool)
        for mask in masks:
            kept &= mask(first, second)
        return kept

    return keep


def _untimed(claims: pd.DataFrame) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """A pair mask: True where neither claim's article gives a time of day (``timed``) and the
    lower figure is no part of the higher one's (``is_part``, as monotonic: "14 students"
    of the 17 killed at a school, "89 people" at one site of a night's 130)."""
    timed = claims["timed"].to_numpy(bool) if "timed" in claims else np.zeros(len(claims), dtype=bool)
    values = claims["value"].to_numpy(float)

    def keep(first: np.ndarray, second: np.ndarray) -> np.ndarray:
        kept = ~(timed[first] | timed[second])
        ask = np.flatnonzero(kept)
        if len(ask):
            first_lower = values[first[ask]] <= values[second[ask]]
            lower = np.where(first_lower, first[ask], second[ask])
            higher = np.where(first_lower, second[ask], first[ask])
            kept[ask] = ~is_part(claims, lower, higher)
        return kept

    return keep


def _same_countries(claims: pd.DataFrame) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """A pair mask: True where both claims' sentences name the same set of countries."""
    named: dict[int, frozenset[str]] = {}

    def countries(k: int) -> frozenset[str]:
        # Read lazily: most topics have no candidate pair at all.
        if k not in named:
            named[k] = frozenset(c for _, _, c in place_mentions(str(claims["sentence"].iat[k] or "")))
        return named[k]

    return lambda first, second: np.array([countries(int(a)) == countries(int(b))
                                           for a, b in zip(first, second)], dtype=bool)


#: Words read on each side of a figure for ``same_context``.
CONTEXT_BEFORE, CONTEXT_AFTER = 4, 5

# A word of the context ("quake-hit", "administered").
CONTEXT_WORD = re.compile(r"[a-z][a-z’'-]*")


@lru_cache(maxsize=1)
def _context_stop_words() -> frozenset[str]:
    """Function words, never context (phrase_words.yaml ``stop``, concepts.yaml ``owner_function_words``)."""
    return frozenset(load_vocab("phrase_words")["stop"]) | frozenset(load_vocab("concepts")["owner_function_words"])


def context_words(sentence: str, start: int, end: int, counted: str) -> frozenset[str]:
    """The content words within a few words of the figure at ``start:end``, plural "s" dropped,
    without the words of ``counted`` (the figure's noun phrase) and function words."""
    stop = _context_stop_words()
    near = CONTEXT_WORD.findall(sentence[:start].lower())[-CONTEXT_BEFORE:] + \
        CONTEXT_WORD.findall(sentence[end:].lower())[:CONTEXT_AFTER]
    own = {w.rstrip("s") for w in CONTEXT_WORD.findall(counted.lower())}
    return frozenset(w.rstrip("s") for w in near if w not in stop and w.rstrip("s") not in own)


def _same_context(claims: pd.DataFrame) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """A pair mask: True where both claims' figures stand among a shared content word (``context_words``)."""
    words: dict[int, frozenset[str]] = {}

    def near(k: int) -> frozenset[str]:
        if k not in words:  # read lazily: most topics have no candidate pair at all
            (before, after), = figure_contexts(claims, np.array([k]))
            surface = str(claims["surface"].iat[k]) if "surface" in claims else ""
            counted = " ".join(str(claims[c].iat[k]) for c in ("entity_phrase", "entity") if c in claims)
            words[k] = context_words(before + surface + after, len(before), len(before) + len(surface), counted)
        return words[k]

    return lambda first, second: np.array([bool(near(int(a)) & near(int(b))) for a, b in zip(first, second)],
                                          dtype=bool)


def _value_stater(docs: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> Callable[[int, int], bool]:
    """A test ``states(doc, k)``: does document ``doc`` give a value compatible with claim ``k``?

    Intervals are the widened ones; answers are cached for this call only.
    """
    index: list[np.ndarray] = []  # sorting by document, done on the first question only
    cache: dict[tuple[int, int], bool] = {}

    def states(doc: int, k: int) -> bool:
        key = (int(doc), int(k))
        if key not in cache:
            if not index:
                index.extend([np.argsort(docs, kind="stable"), np.sort(docs, kind="stable")])
            order, sorted_docs = index
            own = order[np.searchsorted(sorted_docs, doc, "left"):np.searchsorted(sorted_docs, doc, "right")]
            cache[key] = bool((~disjoint(lo[own], hi[own], lo[k], hi[k])).any())
        return cache[key]

    return states


def _any_disjoint(lo: np.ndarray, hi: np.ndarray) -> bool:
    """True when some two of the intervals [lo, hi] are disjoint (NaN: unbounded).

    Intervals pairwise overlap exactly when the highest lower bound is at most
    the lowest upper bound.
    """
    lows, highs = lo[~np.isnan(lo)], hi[~np.isnan(hi)]
    return bool(len(lows) and len(highs) and lows.max() > highs.min())


def explicit_days(claims: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each claim's claim day (as text) and whether its sentence dated it to another day than its article's.

    A claim dated to its publication day may only be dated by default; one dated
    to another day ("late Monday" in Tuesday's paper) names its moment.
    """
    if "claim_date" not in claims or "published" not in claims:
        return np.full(len(claims), "", dtype=object), np.zeros(len(claims), dtype=bool)
    days = claims["claim_date"].fillna("").astype(str).str[:10].to_numpy()
    printed = claims["published"].fillna("").astype(str).str[:10].to_numpy()
    precision = claims["date_precision"].fillna("").astype(str).to_numpy() if "date_precision" in claims \
        else np.full(len(claims), "day", dtype=object)
    explicit = (days != "") & (printed != "") & (days != printed) & (precision == "day")
    return days, explicit


def _rival_values(docs: np.ndarray, values: np.ndarray, keep: np.ndarray, max_ratio: float) -> np.ndarray:
    """True for the kept claims of documents giving two different values within ``max_ratio``
    of each other: such a document tells of several quantities ("41", "51" and "60 votes")."""
    rival = np.zeros(len(values), dtype=bool)
    by_doc: dict[str, list[float]] = {}
    for doc, value in zip(docs[keep], values[keep]):
        by_doc.setdefault(doc, []).append(float(value))
    ambiguous = set()
    for doc, found in by_doc.items():
        distinct = sorted(set(found))
        if any(b <= a * max_ratio for a, b in zip(distinct, distinct[1:])):
            ambiguous.add(doc)
    if ambiguous:
        rival[keep] = np.isin(docs[keep], list(ambiguous))
    return rival


def compare_pairs(claims: pd.DataFrame, *, window: float | None, tolerance: tuple[str, float],
                  modality: str, speakers: str, label: str,
                  speaker_column: str = "speaker", max_ratio: float = float("inf"),
                  min_value: float = 0, across_documents: bool = False,
                  sole_values: bool = False, within_documents: bool = False,
                  skip_same_sentence: bool = False, skip_shared: bool = False,
                  keep_pairs: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None) -> list[Flag]:
    """Pairs of claims (one per pair of documents) whose widened intervals are disjoint.

    ``speakers``: "any"; "same-or-outlet" (skip two different named speakers);
    "different" (only two different named speakers, from ``speaker_column``).
    Pairs more than ``max_ratio`` apart are left out (not one quantity);
    ``within_documents`` keeps pairs of one document only; ``skip_shared`` leaves out
    pairs of two documents one of which also states the other's value (pairs
    inside one document are kept);
    ``keep_pairs`` (positions in ``claims``, first and second) masks pairs further.
    """
    # Plain arrays: this runs once per rule and topic, mostly on topics with no pair.
    values_all = claims["value"].to_numpy(float)
    keep = ((claims["modality"].to_numpy() == modality) & (claims["qualifier"].to_numpy() != "vague")
            & (values_all >= min_value))
    if keep.sum() < 2:
        return []  # before the row selection: most topics of a corpus hold one claim
    lo, hi = widen(claims["lo"].to_numpy(float), claims["hi"].to_numpy(float), tolerance)
    if not _any_disjoint(lo[keep], hi[keep]):
        return []  # every interval overlaps every other: nothing can disagree
    if sole_values:
        keep &= ~_rival_values(claims["doc_id"].astype(str).to_numpy(), values_all, keep, max_ratio)
        if keep.sum() < 2:
            return []
    subset = claims[keep]
    positions = np.flatnonzero(keep)
    lo, hi = lo[keep], hi[keep]
    values = values_all[keep]
    days = subset["day"].to_numpy(float)
    # Integer codes: comparing millions of pairs of strings is what costs time.
    docs = pd.factorize(subset["doc_id"].astype(str))[0]
    sentences = pd.factorize(subset["sentence_key"].astype(str))[0]
    changing = subset["direction"].fillna("").astype(str).to_numpy() != ""
    speaker_names = subset[speaker_column].fillna("").astype(str)
    who = np.where(speaker_names.to_numpy() == "", -1, pd.factorize(speaker_names)[0])
    kept_first, kept_second, kept_score = [], [], []
    states = _value_stater(docs, lo, hi)
    related = related_pairs(claims)
    dated: list[tuple[np.ndarray, np.ndarray]] = []  # explicit_days, read on the first candidate pair
    # An undated claim is compared only within its own document: with no date, two
    # articles cannot be said to give their figures at the same time.
    pairing_days = np.where(np.isnan(days), UNDATED_BASE - docs * UNDATED_SPACING, days)
    # A claim dated only to another month ("in November", in a December article) is as of
    # that month: it pairs with claims of the same period only, never "within 2 days".
    if "date_period" in subset:
        period = subset["date_period"].fillna("").astype(str).to_numpy()
        coarse = period != ""
        if coarse.any():
            codes = pd.factorize(period)[0]
            pairing_days = np.where(coarse, COARSE_BASE - codes * UNDATED_SPACING, pairing_days)
    for i, j in window_pairs(pairing_days, window, groups=docs if within_documents else None):
        ok = disjoint(lo[i], hi[i], lo[j], hi[j])
        # "rose from 1,500 to 4,300": a change reported in one sentence, not a disagreement
        same_sentence = sentences[i] == sentences[j]
        ok &= ~(same_sentence & (changing[i] | changing[j]))
        if skip_same_sentence:
            ok &= ~same_sentence
        if across_documents:
            ok &= docs[i] != docs[j]
        if within_documents:
            ok &= docs[i] == docs[j]
        different = (who[i] >= 0) & (who[j] >= 0) & (who[i] != who[j])
        if speakers == "same-or-outlet":
            ok &= ~different
        elif speakers == "different":
            ok &= different
        with np.errstate(divide="ignore", invalid="ignore"):
            spread = np.maximum(values[i], values[j]) / np.minimum(values[i], values[j])
        ok &= ~(spread > max_ratio)
        i, j, spread = i[ok], j[ok], spread[ok]
        # Two days a sentence names ("late Monday", "Wednesday") are two moments: a crowd
        # of 100 on Monday and two dozen on Wednesday are not two versions of one count.
        # One article's figures are the self-contradiction kind's (it takes a day as one date).
        if len(i):
            if not dated:
                dated.append(explicit_days(subset))
            claim_days, explicit = dated[0]
            ok_days = ~((explicit[i] | explicit[j]) & (claim_days[i] != claim_days[j]) & (docs[i] != docs[j]))
            i, j, spread = i[ok_days], j[ok_days], spread[ok_days]
        if len(i):
            kept = related(positions[i], positions[j])
            i, j, spread = i[kept], j[kept], spread[kept]
        if keep_pairs is not None and len(i):
            kept = keep_pairs(positions[i], positions[j])
            i, j, spread = i[kept], j[kept], spread[kept]
        if skip_shared and len(i):
            kept = ~np.array([docs[a] != docs[b] and (states(docs[a], b) or states(docs[b], a))
                              for a, b in zip(i, j)], dtype=bool)
            i, j, spread = i[kept], j[kept], spread[kept]
        spread = np.nan_to_num(spread, nan=0.0, posinf=np.finfo(float).max)
        best = best_pair_per_documents(docs, i, j, spread)  # reduce each block before keeping it
        kept_first.append(i[best])
        kept_second.append(j[best])
        kept_score.append(spread[best])
    if not kept_first:
        return []
    first, second = np.concatenate(kept_first), np.concatenate(kept_second)
    scores = np.concatenate(kept_score)
    if len(first) == 0:
        return []
    flags = []
    for k in best_pair_per_documents(docs, first, second, scores, FLAG_LIMIT):
        i, j = int(first[k]), int(second[k])
        a, b = (i, j) if (days[i], i) <= (days[j], j) else (j, i)
        gap = f"{format_factor(ratio(values[i], values[j]))} apart within {format_days(abs(days[b] - days[a]))}"
        flags.append(Flag((int(positions[a]), int(positions[b])), gap, label, float(scores[k])))
    return flags
