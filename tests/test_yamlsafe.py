"""Safe YAML loading with positions and bounded aliases."""

import datetime as dt

import pytest

from checker.errors import ConfigError
from checker.yamlsafe import load_yaml_text

PACK = """\
topics:
  nk-troops-in-russia:
    label: North Korean troops in Russia
    context: [north korea, dprk]
rules:
  - id: nk-troops-jump
    kind: jump
    max_rate: 3
"""


@pytest.mark.parametrize("path, key, position", [
    (("topics", "nk-troops-in-russia", "label"), False, (3, 12)),
    (("topics", "nk-troops-in-russia", "label"), True, (3, 5)),
    (("topics", "nk-troops-in-russia", "context", 1), False, (4, 28)),
    (("rules", 0, "kind"), False, (7, 11)),
    (("rules", 0, "max_rate"), True, (8, 5)),
    (("rules", 0, "missing-key"), False, (6, 5)),   # falls back to the enclosing rule
])
def test_positions(path, key, position):
    document = load_yaml_text(PACK, "pack.yaml")
    assert document.where(path, key=key) == position


def test_values_are_plain_safe_data():
    document = load_yaml_text("a: no\nb: '3'\nc: 2024-11-20\nd: 1e3\n")
    assert document.data == {"a": False, "b": "3", "c": dt.date(2024, 11, 20), "d": "1e3"}


def laughs(levels: int) -> str:
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, levels):
        lines.append(f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused():
    with pytest.raises(ConfigError, match="more than 100000 values"):
        load_yaml_text(laughs(9), "lol.yaml")


def test_few_aliases_are_fine():
    assert len(load_yaml_text(laughs(3)).data["l2"]) == 9


@pytest.mark.parametrize("text, message, where", [
    ("a: 1\na: 2\n", "duplicate key 'a'", (2, 1)),
    ("a: &x [*x]\n", "more than", (1, 4)),
    ("a: [1\n", "YAML syntax error", (2, 1)),
    ("<<: {a: 1}\n", "merge keys", (1, 1)),
    ("a: !!python/object/apply:os.system [ls]\n", "unsupported YAML tag", (1, 4)),
])
def test_refused_files_are_located(text, message, where):
    with pytest.raises(ConfigError) as caught:
        load_yaml_text(text, "f.yaml")
    problem = caught.value.problems[0]
    assert message in problem.message and (problem.line, problem.col) == where
