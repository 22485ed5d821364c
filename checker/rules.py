"""The rule engine: apply a rule set's kinds to each topic's claims, giving findings.

``check`` prepares the claims once (a timestamp, a day number and an interval
per claim), runs every rule on every topic it targets, keeps one finding per
set of claims (the most severe rule wins, then the earlier rule), and writes
each finding's one-sentence message, stable ``finding_id`` and ``fingerprint``.
"""

from __future__ import annotations

import hashlib
import math
import re
from typing import Any, Mapping

import numpy as np
import pandas as pd

from checker.columns import FINDING_COLUMNS, SEVERITIES, empty_frame, ordered, require_columns
from checker.entities import is_plural
from checker.kinds import KINDS
from checker.kinds.base import Flag
from checker.ruleset import MESSAGE_FIELDS, Rule, RuleSet, Topic
from checker.ruleset import explain_rule, list_rules  # noqa: F401  (re-exported: checker.rules is the engine's API)
from checker.places import gazetteer
from checker.topics import assign_topics, topic_base, topic_for
from checker.vocab import load_vocab

#: Columns check needs (besides topic, which it adds when missing).
NEEDS = ("claim_id", "doc_id", "value", "low", "high", "qualifier", "modality", "surface")

#: Findings one rule may give on one topic; beyond, the widest gaps are kept.
MAX_FINDINGS_PER_RULE_AND_TOPIC = 50

#: Default message: both sides, the gap, and the rule's detail.
DEFAULT_MESSAGE = "{a}; {b}: {gap} ({detail})."
SINGLE_MESSAGE = "{a}: {gap} ({detail})."

#: A time of day after a date in a publication stamp ("2023-02-06T04:36:12Z", "2023-02-06 04:36"):
#: claims of one day are ordered by hour only when both stamps have one.
TIME_OF_DAY = re.compile(r"\d[T ]\d")


def rounding_slack(values: pd.Series) -> pd.Series:
    """Half a unit of the last significant digit: 1.4 billion ±0.05 billion, 11,000 ±500, 3.5 ±0.05.

    A figure written "1.4 billion" says nothing finer, so $1.375 billion agrees with it.
    """
    slack = []
    for value in values.astype(float):
        if not math.isfinite(value) or value == 0:
            slack.append(0.0)
            continue
        text = f"{abs(value):.12g}"
        if "e" in text:
            mantissa, exponent = text.split("e")
            digits = mantissa.replace(".", "").rstrip("0") or "0"
            slack.append(0.5 * 10 ** (int(exponent) - len(digits) + 1))
        elif "." in text:
            slack.append(0.5 * 10 ** -len(text.split(".")[1]))
        else:
            slack.append(0.5 * 10 ** (len(text) - len(text.rstrip("0"))) if text.endswith("0") else 0.5)
    return pd.Series(slack, index=values.index)


def prepare_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Add ``when`` (timestamp), ``day`` and ``published_day`` (float days), ``timed``, ``lo``/``hi``
    (interval with slack), ``sentence_key``, ``date_period`` (the period of a claim dated
    only to another month or year than its article's, else "").

    ``when`` is the publication time when the claim is dated the publication day
    (RSS items of one day are ordered by hour) or only to its month or year,
    else noon of ``claim_date``.
    """
    prepared = claims.copy()
    for column, default in (("speaker", ""), ("speaker_type", ""), ("outlet", ""), ("direction", ""),
                            ("claim_date", ""), ("published", ""), ("sentence", ""),
                            ("entity_phrase", ""), ("entity", ""), ("file", ""), ("line", 0)):
        if column not in prepared.columns:
            prepared[column] = default
    for column in ("speaker", "speaker_type", "outlet", "direction", "claim_date", "published",
                   "entity_phrase", "entity"):
        prepared[column] = prepared[column].fillna("").astype(str)
    published = pd.to_datetime(prepared["published"], errors="coerce", utc=True, format="mixed")
    claim_day = pd.to_datetime(prepared["claim_date"].str[:10], errors="coerce", utc=True,
                               format="%Y-%m-%d")
    same_day = claim_day.isna() | (published.dt.normalize() == claim_day)
    # "earlier this month" dates the event, not the figure: a claim dated only to the
    # month (or year) the article appeared in is taken as of publication.
    precision = prepared["date_precision"].fillna("").astype(str) if "date_precision" in prepared \
        else pd.Series("", index=prepared.index)
    same_period = ((precision == "month") & (claim_day.dt.strftime("%Y-%m") == published.dt.strftime("%Y-%m"))) | \
        ((precision == "year") & (claim_day.dt.year == published.dt.year))
    same_day |= same_period
    # A figure dated only to another month or year ("added 146,000 jobs in November", in
    # an article of December 7) is as of that period, no particular day: pairwise kinds
    # compare it only with figures of the same period (date_period), not within days.
    coarse = precision.isin(["month", "year", "week"]) & ~same_period & claim_day.notna()
    prepared["date_period"] = np.where(coarse, precision + ":" + prepared["claim_date"].str[:10], "")
    when = claim_day + pd.Timedelta(hours=12)
    when = when.where(~(same_day & published.notna()), published)
    prepared["when"] = when
    prepared["day"] = (when - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds() / 86400
    # Whether "when" holds a time of day ("2023-02-06T04:36:12Z"), not a day alone: claims of
    # one day are ordered by hour only when both are timed.
    prepared["timed"] = (same_day & published.notna() & prepared["published"].str.contains(TIME_OF_DAY)).to_numpy()
    # The day the figure was printed: what running totals are compared on (see monotonic).
    printed = published.where(published.notna(), when)
    prepared["published_day"] = (printed - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds() / 86400
    values = prepared["value"].astype(float)
    low = pd.to_numeric(prepared["low"], errors="coerce").astype(float)
    high = pd.to_numeric(prepared["high"], errors="coerce").astype(float)
    exact = prepared["qualifier"].isin(["exact", "at_least", "at_most"])
    slack = rounding_slack(values).where(exact, 0.0)
    prepared["lo"] = low - slack
    prepared["hi"] = high + slack
    start = prepared["sentence_start"].astype(str) if "sentence_start" in prepared else prepared["sentence"]
    prepared["sentence_key"] = prepared["doc_id"].astype(str) + "|" + start.astype(str)
    return prepared


def _applies(rule: Rule, topic: Topic | None) -> bool:
    cumulative = bool(topic and topic.cumulative)
    if rule.applies_to == "cumulative":
        return cumulative
    if rule.applies_to == "non-cumulative":
        return not cumulative
    if rule.applies_to == "levels":  # a quantity's level over time: neither a running total nor batches
        return not cumulative and not bool(topic and topic.batches)
    return True


def _unit_matches(rule: Rule, unit: str) -> bool:
    """A rule with ``units`` applies to topics in those units ("money": any currency)."""
    if not rule.units:
        return True
    money = unit in load_vocab("concepts")["money_units"]
    return unit in rule.units or ("money" in rule.units and money)


def _targets(rule: Rule, topic_id: str, topic: Topic | None) -> bool:
    """'*' is every figure but the fallback counts, which a rule must name."""
    if rule.topic == "*":
        return not (topic is not None and topic.fallback)
    return topic_id == rule.topic or topic_base(topic_id) == rule.topic


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"


def describe_claim(claim: Mapping[str, Any], *, with_phrase: bool, label: str = "", date: str = "") -> str:
    """'Volodymyr Zelensky (IANS, 2024-11-01) says 3,000 North Korean troops'.

    ``date``: the date to show (the day the rule placed the claim at); by default its claim date.
    """
    speaker, outlet = str(claim.get("speaker") or ""), str(claim.get("outlet") or "")
    date = date or str(claim.get("claim_date") or claim.get("published") or "")[:10]
    source = outlet or str(claim.get("doc_id") or "")
    where = ", ".join(p for p in (source, date) if p)
    verb = {"projected": "projects", "negated": "denies"}.get(str(claim.get("modality")), "says")
    who = f"{speaker} ({where})" if speaker else f"{source} ({date})" if date else source
    if not speaker:
        verb = {"says": "reports"}.get(verb, verb)
    elif _plural_speaker(speaker, str(claim.get("speaker_type") or "")):
        verb = {"says": "say", "projects": "project", "denies": "deny"}[verb]  # "officials say"
    figure = str(claim.get("surface") or _number(float(claim.get("value", 0))))
    phrase = str(claim.get("entity_phrase") or "")
    if with_phrase and phrase and phrase.lower() not in figure.lower():
        if str(claim.get("entity") or "").lower() in gazetteer().country_of:
            # "4,300 Turkey" says nothing: name the figure instead
            phrase = f"({label.lower()})" if label else ""
        figure = _with_phrase(claim, figure, phrase)
    return f"{who} {verb} {figure}"


def _plural_speaker(speaker: str, speaker_type: str) -> bool:
    """True for a group named by a plural noun ("officials", "U.S. officials", "police"),
    never for a person ("Chris Collins") or a named body ("the ministry")."""
    if speaker_type not in ("anonymous", ""):
        return False
    last = speaker.split()[-1] if speaker.split() else ""
    return last[:1].islower() and is_plural(last)  # ("police", "people": phrase_words.yaml unmarked_plurals)


#: Characters after a figure within which its noun phrase reads on from it
#: ("3,000 North Korean troops", "5,000 more troops").
PHRASE_FOLLOWS_WITHIN = 12


def _with_phrase(claim: Mapping[str, Any], figure: str, phrase: str) -> str:
    """The figure with its noun as the text joins them: "38-word" (a compound),
    "3,000 North Korean troops", or "100,000 (contingent)" when the noun stands
    elsewhere ("This contingent may grow to 100,000")."""
    if not phrase:
        return figure
    sentence = str(claim.get("sentence") or "")
    surface = str(claim.get("surface") or "")
    offset = int(claim.get("start", 0) or 0) - int(claim.get("sentence_start", 0) or 0)
    if not (surface and 0 <= offset and sentence[offset:offset + len(surface)] == surface):
        return f"{figure} {phrase}"  # no sentence to look at: the plain form
    after = sentence[offset + len(surface):].lower()
    if after.startswith("-" + phrase.lower()):
        return f"{figure}-{phrase}"
    if phrase.lower() in after[:len(phrase) + PHRASE_FOLLOWS_WITHIN]:
        return f"{figure} {phrase}"
    return f"{figure} ({phrase})"


def _shown_dates(rows: list[Mapping[str, Any]], flag: Flag) -> list[str]:
    """The date each side of a message shows: the day the kind measured the gap from
    (``Flag.days``, else the claim's prepared ``day``: its publication day when the
    claim is dated only to that day, month or year), so dates and gap agree; the claim
    date when neither is known."""
    days = flag.days if len(flag.days) == len(rows) else tuple(r.get("day", np.nan) for r in rows)
    shown = []
    for row, day in zip(rows, days):
        try:
            day = float(day)
        except (TypeError, ValueError):
            day = np.nan
        shown.append((pd.Timestamp("1970-01-01") + pd.Timedelta(days=day)).strftime("%Y-%m-%d")
                     if np.isfinite(day) else str(row.get("claim_date") or "")[:10])
    return shown


def _message(rule: Rule, topic_id: str, label: str, rows: list[Mapping[str, Any]], flag: Flag) -> str:
    dates = _shown_dates(rows, flag)
    a = describe_claim(rows[0], with_phrase=True, label=label, date=dates[0])
    b = ""
    if len(rows) > 1:
        same = str(rows[1].get("entity") or "") == str(rows[0].get("entity") or "")
        b = describe_claim(rows[1], with_phrase=not same, label=label, date=dates[1])
    fields = {"a": a, "b": b, "gap": flag.gap, "detail": flag.detail or rule.kind, "rule": rule.id,
              "topic": topic_id, "label": label, "kind": rule.kind, "severity": rule.severity}
    template = rule.message or (DEFAULT_MESSAGE if len(rows) > 1 else SINGLE_MESSAGE)
    return template.format_map({k: fields[k] for k in MESSAGE_FIELDS})


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def portable_doc_id(doc_id: str) -> str:
    """The doc id without its directory ("/ci/work/seeds/001.txt#3" -> "001.txt#3").

    A baseline made in one checkout must match in another, wherever the corpus lies.
    """
    path, hash_, rest = doc_id.partition("#")
    return path.replace("\\", "/").rsplit("/", 1)[-1] + hash_ + rest


def fingerprint(rule_id: str, topic: str, rows: list[Mapping[str, Any]]) -> str:
    """Baseline fingerprint: rule, topic, and each claim's doc, normalised value and surface.

    Never line numbers or offsets, so edits elsewhere in an article keep it.
    """
    claims = sorted(f"{portable_doc_id(str(r.get('doc_id')))}|{_number(float(r.get('value')))}|"
                    f"{' '.join(str(r.get('surface') or '').split())}" for r in rows)
    return _digest(rule_id, topic, *claims)


def check(claims: pd.DataFrame, ruleset: RuleSet) -> pd.DataFrame:
    """Findings of every rule of ``ruleset`` on ``claims`` (FINDING_COLUMNS, stable order).

    Calls :func:`checker.topics.assign_topics` when claims have no ``topic``
    column. Findings have ``suppressed=False``; a baseline sets it later.
    """
    require_columns(claims, NEEDS, "check")
    if "topic" not in claims.columns:
        claims = assign_topics(claims, ruleset)
    topical = claims[claims["topic"].fillna("").astype(str) != ""]
    if topical.empty or not ruleset.rules:
        return _frame([])
    prepared = prepare_claims(topical.reset_index(drop=True))
    # Kinds see each topic's claims in one canonical order, whatever order the input had.
    sort_keys = [c for c in ("day", "doc_id", "start", "claim_id") if c in prepared.columns]
    prepared = prepared.sort_values(sort_keys, kind="stable")
    # Plain object columns: thousands of small per-topic slices of Arrow-backed strings
    # cost more in pandas' take than the rules themselves.
    text = [c for c in prepared.columns if pd.api.types.is_string_dtype(prepared[c].dtype)
            and prepared[c].dtype != object]
    prepared = prepared.astype({c: object for c in text}) if text else prepared
    # One stable sort by topic: each topic is a contiguous block, in canonical order.
    prepared = prepared.sort_values("topic", kind="stable").reset_index(drop=True)
    topic_ids = prepared["topic"].astype(str).to_numpy()
    starts = np.flatnonzero(np.r_[True, topic_ids[1:] != topic_ids[:-1]])
    stops = np.r_[starts[1:], len(topic_ids)]
    units = prepared["unit"].astype(str).to_numpy() if "unit" in prepared else np.full(len(prepared), "")
    blocks = [(str(topic_ids[a]), int(a), int(b), str(units[a])) for a, b in zip(starts, stops)]
    groups: dict[str, pd.DataFrame] = {}  # sliced on first use: most topics are too small for any kind
    candidates = []
    # Rows as dicts only for the topics that flag something: converting every one of
    # thousands of small topic groups up front cost more than the rules themselves.
    records: dict[str, list[dict[str, Any]]] = {}
    for order, rule in enumerate(ruleset.rules):
        kind = KINDS[rule.kind]
        for topic_id, start, stop, unit in blocks:
            if stop - start < kind.min_claims:
                continue
            topic = topic_for(ruleset, topic_id)
            if not _targets(rule, topic_id, topic) or not _applies(rule, topic):
                continue
            if not _unit_matches(rule, unit):
                continue
            if topic_id not in groups:
                groups[topic_id] = prepared.iloc[start:stop].reset_index(drop=True)
            group = groups[topic_id]
            flags = kind.func(group, topic, **rule.params)
            if len(flags) > MAX_FINDINGS_PER_RULE_AND_TOPIC:
                # a figure this contested is one problem: report its widest gaps
                flags = sorted(flags, key=lambda f: -f.score)[:MAX_FINDINGS_PER_RULE_AND_TOPIC]
            if flags and topic_id not in records:
                records[topic_id] = group.to_dict("records")
            for flag in flags:
                rows = [records[topic_id][i] for i in flag.rows]
                candidates.append((SEVERITIES.index(rule.severity), order, rule, topic_id, topic,
                                   rows, flag))
    candidates.sort(key=lambda c: (c[0], c[1]))
    seen: set[frozenset[str]] = set()
    told: set[tuple[str, frozenset[tuple[str, str]]]] = set()
    findings = []
    for _, _, rule, topic_id, topic, rows, flag in candidates:
        key = frozenset(str(r["claim_id"]) for r in rows)
        if key in seen:
            continue  # one finding per set of claims: the most severe rule, then the earlier
        seen.add(key)
        # A syndicated copy repeats another document's sentence word for word (msn.com
        # carrying BBC's "Quake-hit Turkey issues 113 building arrest warrants"): the same
        # pair told again is one finding, the first in the engine's order.
        text = (rule.id, frozenset((str(r.get("sentence") or ""), str(r.get("surface") or "")) for r in rows))
        if text in told:
            continue
        told.add(text)
        # The figure's plain name ("Deaths", not "Deaths in Syria (2023-02-06-turkey)").
        label = topic.label if topic is not None else str(rows[0].get("topic_label") or topic_id)
        findings.append(_finding(rule, topic_id, label, rows, flag))
    return _frame(findings)


def _finding(rule: Rule, topic_id: str, label: str, rows: list[Mapping[str, Any]], flag: Flag) -> dict:
    def joined(column: str) -> str:
        return ";".join(str(r.get(column) if r.get(column) is not None else "") for r in rows)

    return {
        "finding_id": _digest(rule.id, *sorted(str(r["claim_id"]) for r in rows)),
        "rule_id": rule.id, "severity": rule.severity, "topic": topic_id, "kind": rule.kind,
        "message": _message(rule, topic_id, label, rows, flag),
        "claim_ids": joined("claim_id"), "doc_ids": joined("doc_id"),
        "values": ";".join(_number(float(r["value"])) for r in rows),
        "dates": ";".join(str(r.get("claim_date") or "")[:10] for r in rows),
        "speakers": joined("speaker"), "outlets": joined("outlet"), "suppressed": False,
        "file": str(rows[0].get("file") or ""), "line": rows[0].get("line"),
        "surfaces": joined("surface"), "fingerprint": fingerprint(rule.id, topic_id, rows),
        "suppression_reason": "",
    }


def _frame(findings: list[dict]) -> pd.DataFrame:
    if not findings:
        return empty_frame(FINDING_COLUMNS)
    frame = pd.DataFrame(findings)
    frame["_rank"] = frame["severity"].map(SEVERITIES.index)
    frame = frame.sort_values(["_rank", "rule_id", "topic", "dates", "finding_id"], kind="stable")
    return ordered(frame.drop(columns=["_rank"]).reset_index(drop=True), FINDING_COLUMNS)
