"""Rule kinds: one module per kind, registered by name at import time.

``KINDS`` maps a kind name (``agree``, ``jump``, ...) to its :class:`Kind`;
see :mod:`checker.kinds.base` for the function signature kinds follow.
"""

from checker.kinds import (  # noqa: F401  (imported to register the kinds)
    agree, bounds, jump, magnitude, monotonic, projection_outlier, self_contradiction,
    sources_disagree,
)
from checker.kinds.base import KINDS, Flag, Kind, register_kind

__all__ = ["KINDS", "Flag", "Kind", "register_kind"]
