"""Vocabularies (number words, units, hedges, speaker verbs, aliases, ...).

They live as YAML files in ``checker/data/`` so that parsers hold no word
lists. Files are loaded once with the safe loader and treated as read-only.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@lru_cache(maxsize=None)
def load_vocab(name: str) -> Any:
    """Load ``checker/data/<name>.yaml`` (safe loader; cached, do not mutate)."""
    path = resources.files("checker.data") / f"{name}.yaml"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:  # a packaging bug, not a user error
        raise LookupError(f"numcheck vocabulary {name!r} is missing ({path})") from exc
    return yaml.safe_load(text)
