"""Loading and validating rule packs and topic definitions.

A pack is a YAML file with ``topics`` (figures) and ``rules``. Every file is
validated before anything runs: the JSON Schema in ``checker/data/rule_schema.yaml``
for structure, then kinds, kind parameters, topic references, durations,
regexes and message placeholders. All problems of all files are collected and
raised as one :class:`~checker.errors.ConfigError`, each at ``file:line:col``.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Mapping, Sequence

import jsonschema
import pandas as pd

from checker.errors import ConfigError, NumcheckError, Problem
from checker.kinds import KINDS
from checker.vocab import load_vocab
from checker.yamlsafe import YamlDocument, load_yaml_file

#: Keys every rule takes, whatever its kind; the rest are the kind's parameters.
COMMON_RULE_KEYS = ("id", "kind", "topic", "severity", "message", "description", "applies_to",
                    "units", "enabled")

#: Placeholders a rule's message template may use (``str.format`` fields).
MESSAGE_FIELDS = ("a", "b", "gap", "detail", "rule", "topic", "label", "kind", "severity")


class UnknownRuleError(NumcheckError, KeyError):
    """``rules explain ID`` with an id no loaded pack defines (lists the known ids)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


@dataclass(frozen=True)
class Topic:
    """A figure: which claims belong to it and how it behaves over time."""

    id: str
    label: str
    entity: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    pattern: str = ""
    unit: str = ""
    cumulative: bool = False
    # Each figure counts its own batch (a night's arrests, one rescue): figures are not
    # levels of one quantity, so a change between them is no jump and no slip.
    batches: bool = False
    by_place: bool = False
    by_speaker: bool = False
    builtin: bool = False
    fallback: bool = False
    file: str = ""
    line: int = 0


@dataclass(frozen=True)
class Rule:
    """One rule of a pack: a kind applied to a topic (or ``*``) with parameters."""

    id: str
    kind: str
    topic: str = "*"
    severity: str = "warning"
    params: Mapping[str, Any] = field(default_factory=dict)
    message: str = ""
    description: str = ""
    applies_to: str = "any"
    units: tuple[str, ...] = ()
    file: str = ""
    line: int = 0
    settings: Mapping[str, Any] = field(default_factory=dict)  # kind params as written


@dataclass(frozen=True)
class RuleSet:
    """Rules in order (later ids replaced earlier ones) and topics by id (built-in concepts too)."""

    rules: list[Rule]
    topics: dict[str, Topic]
    files: tuple[str, ...] = ()

    def rule(self, rule_id: str) -> Rule:
        """The rule with ``rule_id``; UnknownRuleError (a KeyError) listing the known ids."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise UnknownRuleError(f"unknown rule {rule_id!r} (known: {', '.join(r.id for r in self.rules)})")


def default_pack_path() -> Path:
    """The shipped default pack (package data ``checker.packs``, i.e. ``rules/default.yaml``)."""
    try:
        path = Path(str(resources.files("checker.packs") / "default.yaml"))
        if path.is_file():
            return path
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "rules" / "default.yaml"


def builtin_topics() -> dict[str, Topic]:
    """The built-in concept lexicon (``checker/data/concepts.yaml``) as topics."""
    topics = {}
    lexicon = load_vocab("concepts")
    for concept_id, spec in lexicon["concepts"].items():
        topics[concept_id] = _topic(concept_id, spec, builtin=True, file="concepts.yaml", line=0)
    for fallback_id, spec in (lexicon.get("fallback") or {}).items():
        topic = _topic(fallback_id, spec, builtin=True, file="concepts.yaml", line=0)
        topics[fallback_id] = Topic(**{**topic.__dict__, "fallback": True})
    return topics


def _words(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.lower(),)
    return tuple(str(v).lower() for v in value)


def _topic(topic_id: str, spec: Mapping[str, Any], *, builtin: bool, file: str, line: int) -> Topic:
    return Topic(
        id=topic_id, label=str(spec.get("label", topic_id)), entity=_words(spec.get("entity")),
        cues=_words(spec.get("cues")), context=_words(spec.get("context")),
        pattern=str(spec.get("pattern", "")), unit=str(spec.get("unit", "")),
        cumulative=bool(spec.get("cumulative", False)), batches=bool(spec.get("batches", False)),
        by_place=bool(spec.get("by_place", False)),
        by_speaker=bool(spec.get("by_speaker", False)),
        builtin=builtin, file=file, line=line,
    )


def _expand(paths: Sequence[str | Path]) -> tuple[list[Path], list[Problem]]:
    files: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
            if not found:
                problems.append(Problem(str(path), 0, 0, "directory holds no *.yaml rule packs"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(str(path), 0, 0, "no such rule file or directory"))
    return files, problems


def load_rules(paths: Sequence[str | Path] | None = None) -> RuleSet:
    """Load and validate rule packs from files and directories (``*.yaml``, sorted).

    ``None`` loads the shipped default pack. Later rule ids override earlier
    ones (the rule keeps the later position). Raises :class:`ConfigError`
    listing every problem as ``file:line:col: message``.
    """
    files, problems = _expand([default_pack_path()] if paths is None else list(paths))
    documents: list[YamlDocument] = []
    for path in files:
        try:
            documents.append(load_yaml_file(path))
        except ConfigError as exc:
            problems.extend(exc.problems)
    topics = builtin_topics()
    for document in documents:
        problems.extend(_check_schema(document))
    for document in documents:
        problems.extend(_collect_topics(document, topics))
    rules: dict[str, Rule] = {}
    for document in documents:
        problems.extend(_collect_rules(document, topics, rules))
    if problems:
        raise ConfigError(problems)
    return RuleSet(list(rules.values()), topics, tuple(str(p) for p in files))


def _schema() -> Mapping[str, Any]:
    return load_vocab("rule_schema")


def _check_schema(document: YamlDocument) -> list[Problem]:
    if document.data is None:
        return []
    if not isinstance(document.data, dict):
        return [document.problem((), "a rule pack must be a mapping with 'topics' and/or 'rules'")]
    schema = _schema()
    validator = jsonschema.Draft202012Validator(schema)
    problems = []
    for error in validator.iter_errors(document.data):
        problems.extend(_describe(document, error, schema))
    return problems


def _name(path: tuple[Any, ...], data: Any) -> str:
    """'rule 'x'' / 'topic 'y'' / 'the pack' for messages."""
    if len(path) >= 2 and path[0] == "rules" and isinstance(data, dict):
        rules = data.get("rules")
        if isinstance(rules, list) and isinstance(path[1], int) and path[1] < len(rules):
            rule = rules[path[1]]
            if isinstance(rule, dict) and isinstance(rule.get("id"), str):
                return f"rule {rule['id']!r}"
        return f"rule #{path[1] + 1 if isinstance(path[1], int) else path[1]}"
    if len(path) >= 2 and path[0] == "topics":
        return f"topic {path[1]!r}"
    return "the pack"


def _describe(document: YamlDocument, error: jsonschema.ValidationError,
              schema: Mapping[str, Any]) -> list[Problem]:
    path = tuple(error.absolute_path)
    owner = _name(path, document.data)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = sorted(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in known]
        return [document.problem(path + (k,), f"unknown key {k!r} in {owner} (known keys: "
                                 f"{', '.join(known)})", key=True) for k in extra]
    if error.validator == "required":
        return [document.problem(path, f"{owner}: {error.message}")]
    if error.validator == "propertyNames" or (path and error.validator == "pattern"
                                              and path[-1] in ("id",)):
        return [document.problem(path, f"{owner}: {error.instance!r} is not a kebab-case id "
                                 "(lower-case letters, digits and '-')")]
    key = path[-1] if path else ""
    if error.validator == "enum":
        choices = ", ".join(str(c) for c in error.validator_value)
        return [document.problem(path, f"{owner}: {key} must be one of {choices}, "
                                 f"not {error.instance!r}")]
    if error.validator in ("type", "oneOf"):
        return [document.problem(path, f"{owner}: wrong type for {key!r}: "
                                 f"{error.message}")]
    return [document.problem(path, f"{owner}: {error.message}")]


def _collect_topics(document: YamlDocument, topics: dict[str, Topic]) -> list[Problem]:
    data = document.data if isinstance(document.data, dict) else {}
    specs = data.get("topics")
    if not isinstance(specs, dict):
        return []
    problems = []
    for topic_id, spec in specs.items():
        if not isinstance(spec, dict) or not isinstance(topic_id, str):
            continue
        pattern = spec.get("pattern")
        if isinstance(pattern, str):
            try:
                re.compile(pattern)
            except re.error as exc:
                problems.append(document.problem(("topics", topic_id, "pattern"),
                                                 f"topic {topic_id!r}: bad regex {pattern!r}: {exc}"))
                continue
        line = document.where(("topics", topic_id), key=True)[0]
        try:
            topics[topic_id] = _topic(topic_id, spec, builtin=False, file=document.file, line=line)
        except (TypeError, ValueError):
            continue  # the schema check already reported the bad value
    return problems


def _collect_rules(document: YamlDocument, topics: Mapping[str, Topic],
                   rules: dict[str, Rule]) -> list[Problem]:
    data = document.data if isinstance(document.data, dict) else {}
    specs = data.get("rules")
    if not isinstance(specs, list):
        return []
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, spec in enumerate(specs):
        if not isinstance(spec, dict) or not isinstance(spec.get("id"), str):
            continue
        where = ("rules", index)
        rule_id = spec["id"]
        if rule_id in seen:
            problems.append(document.problem(where + ("id",), f"duplicate rule id {rule_id!r} "
                                             "in this file"))
            continue
        seen.add(rule_id)
        found = _rule(document, where, spec, topics)
        if isinstance(found, Rule):
            rules.pop(rule_id, None)  # a later file's rule replaces it, in the later position
            if spec.get("enabled", True):
                rules[rule_id] = found
        else:
            problems.extend(found)
    return problems


def _rule(document: YamlDocument, where: tuple[Any, ...], spec: Mapping[str, Any],
          topics: Mapping[str, Topic]) -> Rule | list[Problem]:
    rule_id = spec["id"]
    owner = f"rule {rule_id!r}"
    problems: list[Problem] = []
    kind = KINDS.get(spec.get("kind")) if isinstance(spec.get("kind"), str) else None
    if kind is None:
        if isinstance(spec.get("kind"), str):
            problems.append(document.problem(where + ("kind",), (
                f"{owner}: unknown kind {spec['kind']!r} (known: {', '.join(sorted(KINDS))})")))
        return problems
    topic = spec.get("topic", "*")
    if isinstance(topic, str) and topic != "*" and topic not in topics:
        problems.append(document.problem(where + ("topic",), (
            f"{owner}: unknown topic {topic!r} (define it under 'topics:' or use one of: "
            f"{', '.join(sorted(topics))}, or '*')")))
    raw = {k: v for k, v in spec.items() if k not in COMMON_RULE_KEYS}
    for key, value in raw.items():
        if key not in kind.params:
            takes = ", ".join(sorted(kind.params)) or "no parameters"
            problems.append(document.problem(where + (key,), (
                f"unknown key {key!r} in {owner} (kind {kind.name} takes: {takes}; every rule "
                f"takes: {', '.join(COMMON_RULE_KEYS)})"), key=True))
            continue
        for error in jsonschema.Draft202012Validator(kind.params[key]).iter_errors(value):
            problems.append(document.problem(where + (key,), f"{owner}: bad {key}: {error.message}"))
    if not problems:
        try:
            params = kind.parse_params(raw)
        except ValueError as exc:
            bad = next((k for k in raw if _fails(kind, k, raw[k])), None)
            problems.append(document.problem(where + ((bad,) if bad else ()), f"{owner}: {exc}"))
            params = {}
    message = spec.get("message", "")
    if isinstance(message, str) and message:
        problems.extend(_check_template(document, where + ("message",), owner, message))
    if problems:
        return problems
    return Rule(
        id=rule_id, kind=kind.name, topic=str(topic), severity=str(spec.get("severity", "warning")),
        params=params, message=str(message or ""), description=str(spec.get("description", "")),
        applies_to=str(spec.get("applies_to", kind.applies_to)),
        units=tuple(str(u) for u in (spec.get("units") or ())), file=document.file,
        line=document.where(where)[0], settings=dict(raw),
    )


def _fails(kind: Any, key: str, value: Any) -> bool:
    parser = kind.parsers.get(key)
    if parser is None:
        return False
    try:
        parser(value)
    except ValueError:
        return True
    return False


def _check_template(document: YamlDocument, where: tuple[Any, ...], owner: str,
                    message: str) -> list[Problem]:
    """Only plain ``{name}`` fields from MESSAGE_FIELDS: no attribute or index access."""
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(message) if f is not None]
    except ValueError as exc:
        return [document.problem(where, f"{owner}: bad message template: {exc}")]
    bad = [f for f in fields if f not in MESSAGE_FIELDS]
    if bad:
        return [document.problem(where, (
            f"{owner}: unknown placeholder {{{bad[0]}}} in message (known: "
            f"{', '.join('{' + f + '}' for f in MESSAGE_FIELDS)})"))]
    return []


def list_rules(ruleset: RuleSet) -> pd.DataFrame:
    """One row per rule: id, kind, topic, severity, applies_to, params, file, line, description."""
    rows = [{
        "id": r.id, "kind": r.kind, "topic": r.topic, "severity": r.severity,
        "applies_to": r.applies_to,
        "params": ", ".join(f"{k}={v}" for k, v in sorted(_raw_params(r).items())),
        "file": r.file, "line": r.line,
        "description": r.description or KINDS[r.kind].doc.splitlines()[0],
    } for r in ruleset.rules]
    return pd.DataFrame(rows, columns=["id", "kind", "topic", "severity", "applies_to", "params",
                                       "file", "line", "description"])


def _raw_params(rule: Rule) -> dict[str, Any]:
    """The kind's parameters as the pack wrote them, defaults filled in."""
    shown = dict(KINDS[rule.kind].defaults)
    shown.update(rule.settings)
    return {k: v for k, v in shown.items() if v is not None}


def explain_rule(ruleset: RuleSet, rule_id: str) -> str:
    """What the rule checks: its settings, then its kind's documentation (KeyError if unknown)."""
    rule = ruleset.rule(rule_id)
    kind = KINDS[rule.kind]
    units = f"; units: {', '.join(rule.units)}" if rule.units else ""
    lines = [f"{rule.id}: {rule.kind} on topic {rule.topic} ({rule.severity}; applies to "
             f"{rule.applies_to} topics{units})", f"defined at {rule.file}:{rule.line}"]
    if rule.description:
        lines.append(rule.description)
    if rule.params:
        lines.append("parameters: " + ", ".join(f"{k}={v}" for k, v in sorted(_raw_params(rule).items())))
    lines += ["", f"kind {kind.name}:", kind.doc]
    return "\n".join(lines)
