"""Errors numcheck reports to users, each naming the file and line at fault.

Library code raises these; only the CLI turns them into messages and exit
code 2. Configuration loaders collect every problem first and raise once, so a
user fixes a rule pack in one pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True, order=True)
class Problem:
    """One located problem in a user file. ``line``/``col`` are 1-based, 0 = unknown."""

    file: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}"
            if self.col:
                where += f":{self.col}"
        return f"{where}: {self.message}"


class NumcheckError(Exception):
    """Base class of the errors numcheck reports to users."""


class ConfigError(NumcheckError):
    """Rule packs, topic, alias or baseline files are invalid (all problems at once)."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class InputError(NumcheckError):
    """The corpus cannot be read at all (a path that does not exist, a bad option)."""
