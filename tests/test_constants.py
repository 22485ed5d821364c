"""Every module-level name of the package is bound once.

Regexes are named module constants, and some modules hold a hundred of them: a
second ``SHORT_PARENTHESIS = …`` further down silently replaces the first for
every function that reads it, and changes output far from the edit (it happened
in round 13 of the modality stage and showed only in a snapshot diff).
"""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "checker"


def _bound_twice(path: Path) -> list[str]:
    counts: collections.Counter[str] = collections.Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) and node.value is not None else []
        counts.update(target.id for target in targets if isinstance(target, ast.Name))
    return sorted(name for name, count in counts.items() if count > 1)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_names_bound_once(path):
    assert _bound_twice(path) == []


def test_a_second_binding_is_found(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('import re\nA = re.compile("a")\ndef f():\n    return A\nA = re.compile("b")\n', encoding="utf-8")
    assert _bound_twice(module) == ["A"]
