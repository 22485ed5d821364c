"""numcheck: a numeric-claim consistency checker for news.

The Python API mirrors the command line::

    import checker
    documents = checker.load_corpus(["fixtures/seeds"])
    claims = checker.extract_corpus(documents)
    findings = checker.check(claims, rules=None)      # the default rule pack
    result = checker.run(["fixtures/seeds"], out="numcheck-report")

Stages are imported lazily, except the extraction module: see below.
"""

from __future__ import annotations

from typing import Any

# ``checker.extract`` is both a stage module (checker/extract.py) and the API
# function below. Python sets a package attribute when it first *loads* a
# submodule, so the module is loaded here, before the function is defined: the
# function keeps the name for good, and `from checker.extract import ...`
# still reaches the module through sys.modules.
from checker import extract as _extract_module  # noqa: F401  (load order matters)

__all__ = ["load_corpus", "extract", "extract_corpus", "check", "run"]


def load_corpus(paths: Any, options: Any = None):  # noqa: D103 - documented in checker.corpus
    from checker.corpus import load_corpus as _load_corpus

    return _load_corpus(paths, options)


def extract(text: str, *, published: str | None = None, outlet: str | None = None, doc_id: str | None = None,
            **kwargs: Any):
    """The claims table of one text; see :func:`checker.pipeline.extract`."""
    from checker.pipeline import extract as _extract

    return _extract(text, published=published, outlet=outlet, doc_id=doc_id, **kwargs)


def extract_corpus(documents: Any, **kwargs: Any):
    """Claims of every readable document; see :func:`checker.pipeline.extract_corpus`."""
    from checker.pipeline import extract_corpus as _extract_corpus

    return _extract_corpus(documents, **kwargs)


def check(claims: Any, rules: Any = None):
    """Findings of ``rules`` (paths, a RuleSet, or None for the default pack) on ``claims``."""
    from checker.pipeline import check as _check

    return _check(claims, rules)


def run(paths: Any, rules: Any = None, out: Any = None, **kwargs: Any):
    """Check a corpus end to end; see :func:`checker.pipeline.run`."""
    from checker.pipeline import run as _run

    return _run(paths, rules=rules, out=out, **kwargs)


load_corpus.__doc__ = "Read files and directories into a documents frame; see :func:`checker.corpus.load_corpus`."
