"""Alias files: every form a speaker appears under, mapped to one canonical name.

The shipped default (``checker/data/aliases.yaml``) is always loaded; user files
given with ``--aliases`` are loaded after it and override it form by form. The
format is::

    speakers:
      - name: Volodymyr Zelensky      # canonical name
        type: person                  # person | organisation | government | anonymous
        aliases: [Zelenskyy, Kyiv's president]

Forms are compared by :func:`alias_key` (case, "the", curly apostrophes,
spacing, a middle initial ("Paul R. LePage"), a home-country prefix ("U.S. Labor
Department") and the order of "Department of Labor" / "Labor Department" do not matter). Titles are stripped by the caller before a lookup, so
"Ukrainian President Volodymyr Zelensky" needs no entry of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, Sequence

import yaml

from checker.errors import ConfigError, Problem
from checker.patterns import phrase_alternation
from checker.vocab import load_vocab

#: Speaker types an alias entry may declare (blank is for the outlet only).
ALIAS_TYPES = ("person", "organisation", "government", "anonymous")

#: Keys an alias entry may have.
ENTRY_KEYS = ("name", "type", "aliases")

# Leading articles are not part of a name: "the Kremlin" == "Kremlin".
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)

# Characters around a name that are punctuation, not name: quotes, commas, a
# sentence's final stop ("noted Mr. Yoon.").
EDGE_PUNCTUATION = re.compile(r"^[\s\"'“”‘’(\[,:;]+|[\s\"'“”‘’)\],:;.]+$")

# A body's head noun ending its name ("Labor Department", "U.S. government"): a home-country prefix may be
# dropped.
BODY_HEAD_LAST = re.compile(r"\s(?:Department|Ministry|Government|department|ministry|government)$")

# The prefix of the country whose news it is: "U.S. Labor Department" is the "Labor Department"
# (the words are in speaker_titles.yaml, matched case-sensitively; only before a body's head, see body_name).
HOME_COUNTRY_PREFIX = re.compile(
    rf"^(?:{phrase_alternation(load_vocab('speaker_titles')['home_country_prefixes'])})\s+(?=\w)")

# A middle initial between two words of a lower-cased name: " r. " of "paul r. lepage".
MIDDLE_INITIAL = re.compile(r"(?<=\w) [a-z]\.? (?=\w)")

# A generational suffix ending a lower-cased name: "joe manchin iii", "roger j. stone jr." name the
# person "Joe Manchin" and "Roger Stone" do.
GENERATION_SUFFIX = re.compile(r",? (?:jr|sr|ii|iii|iv)\.?$")

# Runs of whitespace inside a name.
WHITESPACE_RUN = re.compile(r"\s+")

# Heads of state bodies named in either order: "Department of Labor" is the "Labor Department".
BODY_HEAD = r"(?P<head>Department|Ministry|department|ministry)"

# "[the U.S. ]Department of Labor", "Ministry of Defence": a body head, "of", then a capitalised
# field of one to four words ("Homeland Security", "Health and Human Services").
BODY_OF_FIELD = re.compile(
    rf"^(?P<prefix>(?:.*\s)?){BODY_HEAD}\s+of\s+(?:the\s+)?"
    r"(?P<field>[A-Z][\w.'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w.'’-]*){0,3})$")


@lru_cache(maxsize=4096)
def body_name(name: str) -> str:
    """A body's name with its head last, the order news mostly uses, without a home-country prefix.

    "Department of Labor" -> "Labor Department", "U.S. Department of Labor" ->
    "Labor Department", "Ministry of Defence" -> "Defence Ministry"; other
    names ("U.S. Army") are returned unchanged.
    """
    match = BODY_OF_FIELD.match(name.strip())
    if match:
        name = f"{match.group('prefix')}{match.group('field')} {match.group('head')}"
    elif not BODY_HEAD_LAST.search(name):
        return name
    return HOME_COUNTRY_PREFIX.sub("", name.strip())


#: Short first names and the full ones they stand for ("chuck" -> "charles"), from speaker_titles.yaml.
NICKNAMES: Mapping[str, str] = MappingProxyType(dict(load_vocab("speaker_titles")["nicknames"]))


@lru_cache(maxsize=16384)

def alias_key(name: str) -> str:
    """The lookup key of a name: lower case, straight apostrophes, no article, edge punctuation, middle
    initial ("Paul R. LePage" is "Paul LePage") or generational suffix ("Joe Manchin III"), a short
    first name in full ("Chuck Schumer" is "Charles Schumer")."""
    key = name.replace("’", "'").replace("‘", "'")
    key = body_name(EDGE_PUNCTUATION.sub("", key))
    key = WHITESPACE_RUN.sub(" ", key).strip().lower()
    key = MIDDLE_INITIAL.sub(" ", LEADING_ARTICLE.sub("", key))
    key = GENERATION_SUFFIX.sub("", key) if " " in key else key
    first, space, rest = key.partition(" ")
    if space and first in NICKNAMES:
        return NICKNAMES[first] + space + rest
    return key


@dataclass(frozen=True)
class Aliases:
    """Canonical speaker names and types, looked up by any of their forms."""

    forms: Mapping[str, str] = field(default_factory=dict)
    types: Mapping[str, str] = field(default_factory=dict)

    def canonical(self, name: str) -> str | None:
        """The canonical name for ``name`` (any listed form, or the canonical name itself), or None."""
        return self.forms.get(alias_key(name))

    def type_of(self, canonical: str) -> str | None:
        """The declared speaker type of a canonical name, or None if it has no entry."""
        return self.types.get(canonical)

    @cached_property
    def canonical_words(self) -> frozenset[str]:
        """Every word of every canonical name, in lower case ("ministry" of "Russian Defence Ministry"):
        a name whose words hold no role noun becomes one only through an alias."""
        return frozenset(word for canonical in set(self.forms.values())
                         for word in canonical.lower().replace("'s", "").replace("’s", "").split())


def load_aliases(paths: Sequence[str | Path] = ()) -> Aliases:
    """The shipped default aliases, then each user file in ``paths`` (later files win).

    Raises :class:`ConfigError` listing every problem of every file with its
    ``file:line:col`` (unreadable file, bad YAML, unknown key, bad type, ...).
    """
    forms: dict[str, str] = {}
    types: dict[str, str] = {}
    problems: list[Problem] = []
    default = resources.files("checker.data") / "aliases.yaml"
    sources: list[tuple[str, str | None]] = [("<default>/aliases.yaml", default.read_text(encoding="utf-8"))]
    for path in paths:
        try:
            sources.append((str(path), Path(path).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(path), 0, 0, f"cannot read alias file: {exc}"))
    for name, text in sources:
        entries, found = _parse(name, text or "")
        problems.extend(found)
        for canonical, kind, alias_forms in entries:
            types[canonical] = kind
            for form in (canonical, *alias_forms):
                forms[alias_key(form)] = canonical
    if problems:
        raise ConfigError(problems)
    return Aliases(MappingProxyType(forms), MappingProxyType(types))


def _parse(file: str, text: str) -> tuple[list[tuple[str, str, list[str]]], list[Problem]]:
    """Entries ``(name, type, aliases)`` of one alias file and the problems found in it."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        reason = getattr(exc, "problem", None) or str(exc)
        return [], [Problem(file, line, col, f"invalid YAML: {reason}")]
    if root is None:
        return [], [Problem(file, 1, 1, "empty alias file; expected a mapping with a 'speakers' list")]
    problems: list[Problem] = []
    speakers = _mapping_value(root, "speakers") if isinstance(root, yaml.MappingNode) else None
    if not isinstance(speakers, yaml.SequenceNode):
        at = speakers or root
        return [], [Problem(file, *_where(at), "expected 'speakers:' followed by a list of entries "
                                               "(name, type, aliases)")]
    if isinstance(root, yaml.MappingNode):
        for key, _ in root.value:
            if key.value != "speakers":
                problems.append(Problem(file, *_where(key), f"unknown top-level key {key.value!r} (expected: speakers)"))
    entries = []
    for node in speakers.value:
        entry = _entry(file, node, problems)
        if entry:
            entries.append(entry)
    return entries, problems


def _entry(file: str, node: yaml.Node, problems: list[Problem]) -> tuple[str, str, list[str]] | None:
    if not isinstance(node, yaml.MappingNode):
        problems.append(Problem(file, *_where(node), "each speaker entry must be a mapping with name, type, aliases"))
        return None
    ok = True
    for key, _ in node.value:
        if key.value not in ENTRY_KEYS:
            problems.append(Problem(file, *_where(key), f"unknown key {key.value!r} (expected: {', '.join(ENTRY_KEYS)})"))
            ok = False
    name = _mapping_value(node, "name")
    if not isinstance(name, yaml.ScalarNode) or not str(name.value).strip():
        problems.append(Problem(file, *_where(name or node), "entry needs a 'name' (the canonical speaker name)"))
        ok = False
    kind = _mapping_value(node, "type")
    kind_value = kind.value if isinstance(kind, yaml.ScalarNode) else "person"
    if kind is not None and kind_value not in ALIAS_TYPES:
        problems.append(Problem(file, *_where(kind), f"unknown type {kind_value!r} (expected one of: "
                                                     f"{', '.join(ALIAS_TYPES)})"))
        ok = False
    forms: list[str] = []
    aliases = _mapping_value(node, "aliases")
    if aliases is not None:
        if not isinstance(aliases, yaml.SequenceNode):
            problems.append(Problem(file, *_where(aliases), "'aliases' must be a list of names"))
            ok = False
        else:
            for item in aliases.value:
                if not isinstance(item, yaml.ScalarNode) or not str(item.value).strip():
                    problems.append(Problem(file, *_where(item), "each alias must be a non-empty name"))
                    ok = False
                else:
                    forms.append(str(item.value))
    if not ok:
        return None
    return str(name.value).strip(), kind_value, forms


def _mapping_value(node: yaml.MappingNode, key: str) -> yaml.Node | None:
    for k, v in node.value:
        if k.value == key:
            return v
    return None


def _where(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1
