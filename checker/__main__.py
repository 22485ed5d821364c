"""``python -m checker``: the numcheck command."""

from checker.cli import entry

entry()
