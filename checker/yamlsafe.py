"""Safe YAML loading that remembers where every value came from.

Rule packs, topic and baseline files are user input: errors about them must
name ``file:line:col``. PyYAML's safe composer gives a node tree with marks; we
turn it into plain Python values ourselves, recording the position of every
value and every mapping key by its path (a tuple of keys and list indexes).

Aliases are bounded: PyYAML shares aliased nodes, so a "billion laughs" file is
small as a node graph but explodes when constructed. We count every node we
build (aliases included) and refuse the file past ``max_nodes``, before the
blow-up, so such a file is refused in milliseconds. Only the safe tag set is
understood; nothing in a file is ever executed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from checker.errors import ConfigError, Problem

#: Most nodes a file may expand to (aliases counted each time they are used).
#: Real rule packs hold a few hundred; billion-laughs files need millions.
DEFAULT_MAX_NODES = 100_000

#: Most aliases a file may use at all: packs have no need for many.
DEFAULT_MAX_ALIASES = 1_000

Path_ = tuple[Any, ...]

#: The only tags a list or mapping may carry (no !!python/object and the like).
SEQUENCE_TAG = "tag:yaml.org,2002:seq"
MAPPING_TAG = "tag:yaml.org,2002:map"


@dataclass(frozen=True)
class YamlDocument:
    """A loaded YAML file: plain data plus the 1-based (line, col) of each path."""

    file: str
    data: Any
    positions: Mapping[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: Mapping[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """Position of ``path`` (its key with ``key=True``), else of its nearest ancestor."""
        path = tuple(path)
        if key and path in self.key_positions:
            return self.key_positions[path]
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions.get((), (1, 1))

    def problem(self, path: Path_, message: str, *, key: bool = False) -> Problem:
        """A :class:`Problem` located at ``path``."""
        line, col = self.where(path, key=key)
        return Problem(self.file, line, col, message)


class _Builder:
    """Turns a composed node graph into Python values, counting nodes."""

    def __init__(self, file: str, max_nodes: int) -> None:
        self.file = file
        self.max_nodes = max_nodes
        self.count = 0
        self.positions: dict[Path_, tuple[int, int]] = {}
        self.key_positions: dict[Path_, tuple[int, int]] = {}
        # The safe constructor resolves scalars (ints, floats, bools, dates) for us.
        self.constructor = yaml.SafeLoader("")

    def build(self, node: Node, path: Path_, depth: int = 0) -> Any:
        self.count += 1
        if self.count > self.max_nodes or depth > 200:
            raise ConfigError([_at(self.file, node, (
                f"YAML expands to more than {self.max_nodes} values (aliases/anchors "
                "nested too deep, as in a 'billion laughs' file); refusing it"))])
        self.positions[path] = _position(node)
        if isinstance(node, ScalarNode):
            try:
                return self.constructor.construct_object(node, deep=True)
            except yaml.YAMLError as exc:
                raise ConfigError([_at(self.file, node, f"bad YAML value: {exc}")]) from exc
        if node.tag not in (SEQUENCE_TAG, MAPPING_TAG):
            raise ConfigError([_at(self.file, node, (
                f"unsupported YAML tag {node.tag!r}: only plain lists and mappings are allowed"))])
        if isinstance(node, SequenceNode):
            return [self.build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            return self._mapping(node, path, depth)
        raise ConfigError([_at(self.file, node, f"unsupported YAML node {node.tag}")])

    def _mapping(self, node: MappingNode, path: Path_, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        problems = []
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                problems.append(_at(self.file, key_node, "merge keys (<<) are not supported"))
                continue
            if not isinstance(key_node, ScalarNode):
                problems.append(_at(self.file, key_node, "mapping keys must be plain scalars"))
                continue
            key = self.build(key_node, path + ("<key>",), depth + 1)
            if isinstance(key, (list, dict)):
                problems.append(_at(self.file, key_node, "mapping keys must be plain scalars"))
                continue
            if key in result:
                problems.append(_at(self.file, key_node, f"duplicate key {key!r}"))
                continue
            self.key_positions[path + (key,)] = _position(key_node)
            result[key] = self.build(value_node, path + (key,), depth + 1)
        self.positions.pop(path + ("<key>",), None)
        if problems:
            raise ConfigError(problems)
        return result


def _position(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _at(file: str, node: Node, message: str) -> Problem:
    line, col = _position(node)
    return Problem(file, line, col, message)


def _count_aliases(text: str, file: str, max_aliases: int) -> None:
    """Refuse files using too many aliases, scanning tokens only (cheap)."""
    count = 0
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.AliasToken):
                count += 1
                if count > max_aliases:
                    mark = token.start_mark
                    raise ConfigError([Problem(file, mark.line + 1, mark.column + 1, (
                        f"more than {max_aliases} YAML aliases; refusing the file"))])
    except yaml.MarkedYAMLError:
        return  # the composer reports syntax errors with a better message


def load_yaml_text(
    text: str,
    file: str = "<string>",
    *,
    max_nodes: int = DEFAULT_MAX_NODES,
    max_aliases: int = DEFAULT_MAX_ALIASES,
) -> YamlDocument:
    """Parse one YAML document from ``text`` safely, keeping positions.

    Raises :class:`ConfigError` with ``file:line:col`` on syntax errors, duplicate
    keys, or files that expand past ``max_nodes`` values. An empty file gives
    ``data=None``.
    """
    _count_aliases(text, file, max_aliases)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        message = " ".join(p for p in (exc.context, exc.problem) if p) or str(exc)
        raise ConfigError([Problem(file, line, col, f"YAML syntax error: {message}")]) from exc
    except yaml.YAMLError as exc:
        raise ConfigError([Problem(file, 0, 0, f"YAML error: {exc}")]) from exc
    if node is None:
        return YamlDocument(file, None, {(): (1, 1)}, {})
    builder = _Builder(file, max_nodes)
    data = builder.build(node, ())
    return YamlDocument(file, data, builder.positions, builder.key_positions)


def load_yaml_file(path: str | Path, **limits: int) -> YamlDocument:
    """Read and parse ``path`` with :func:`load_yaml_text`; unreadable files are a ConfigError."""
    file = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([Problem(file, 0, 0, f"cannot read file: {exc}")]) from exc
    return load_yaml_text(text, file, **limits)
