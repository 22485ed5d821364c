"""Regex sources built from vocabularies: the one place alternations are made.

Every stage scans text for words from a YAML vocabulary (speaker verbs, hedges,
month names, place names, unit surfaces). Python's ``re`` tries the branches of
an alternation one by one, so a vocabulary of hundreds of phrases written as
``a|b|c`` is slow to fail on ordinary words; factoring it into a prefix tree
("said|says|say" -> "sa(?:id|ys?)") lets the engine reject a word on its first
letters. These builders return regex *sources* (strings) for the callers to
embed in their own named patterns.
"""

from __future__ import annotations

import re
from typing import Iterable

#: Whitespace inside a vocabulary phrase: any run of spaces or line breaks
#: ("death  toll", "death\ntoll" in wrapped dumps).
FLEXIBLE_SPACE = r"\s+"


def phrase_alternation(words: Iterable[str], *, flexible_space: bool = True) -> str:
    """A regex source matching any of ``words`` literally, factored into a prefix tree.

    Longer words are preferred over their prefixes, as in a longest-first
    alternation, and the engine still backtracks to a shorter word when what
    follows needs it. A space in a phrase matches any run of whitespace unless
    ``flexible_space`` is False. An empty vocabulary gives a pattern that never
    matches (``(?!)``), so callers need no special case.
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        return "(?!)"

    def build(node: dict[str, dict]) -> str:
        branches = [(FLEXIBLE_SPACE if char == " " and flexible_space else re.escape(char)) + build(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def whole_words(words: Iterable[str], *, flexible_space: bool = True) -> str:
    """Like :func:`phrase_alternation`, bounded as whole words.

    A phrase that starts or ends with punctuation ("'ll", "n't", "U.S.") gets no
    word boundary on that side, since ``\\b`` there would demand a letter next
    to the punctuation; "n't" attaches to its verb ("can't"), so never a
    boundary before it.
    """
    words = {w for w in words if w}
    plain = sorted(w for w in words if w[0].isalnum() and w[-1].isalnum() and not _attaches_to_verb(w))
    parts = [rf"\b(?:{phrase_alternation(plain, flexible_space=flexible_space)})\b"] if plain else []
    for word in sorted(words - set(plain)):
        escaped = re.escape(word)
        if flexible_space:
            escaped = escaped.replace(r"\ ", FLEXIBLE_SPACE)
        before = r"\b" if word[0].isalnum() and not _attaches_to_verb(word) else ""
        after = r"\b" if word[-1].isalnum() else ""
        parts.append(before + escaped + after)
    return "|".join(parts) if parts else "(?!)"


def _attaches_to_verb(word: str) -> bool:
    return word.startswith(("n'", "n’"))


def both_cases(words: Iterable[str]) -> list[str]:
    """Each phrase as written and with a capital first letter.

    Cheaper than a case-insensitive regex when only sentence-initial
    capitals occur ("said" / "Said"), and it keeps proper names case-sensitive.
    """
    return [w for word in words for w in (word, word[:1].upper() + word[1:])]
