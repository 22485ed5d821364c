"""What a figure counts: the noun phrase after it, or the one it is linked to before it.

No parser is used: phrases are runs of words bounded by the function words,
verbs and punctuation listed in ``checker/data/phrase_words.yaml``. That is
enough for news figures ("3,000 North Korean troops", "the death toll has
risen to 1,541", "a workforce of 60,000") and keeps extraction fast.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from checker.patterns import phrase_alternation
from checker.vocab import load_vocab

#: Latin letters with their accented forms (Latin-1 and Latin Extended-A/B,
#: without × and ÷): "Göksun", "Kahramanmaraş", "Zoë" are one word each.
#: Ranges in one class keep the tokenizer as fast as with ASCII letters
#: (a Unicode class such as [^\W\d_] is about 1.6 times slower).
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"

#: A letter, a letter or digit, and one character that is neither a letter
#: nor a space (a digit or punctuation mark: a token of its own).
LETTER = f"[{_LATIN}]"
ALNUM = f"[{_LATIN}0-9]"
NOT_LETTER = rf"[^\s{_LATIN}]"

#: A word of a noun phrase: letters, inner hyphens/apostrophes, digits after a
#: letter ("F-16s", "first-team", "km2"), or a dotted abbreviation ("U.S.").
#: Anything else (punctuation, dashes, quotes, figures) ends a phrase.
PHRASE_TOKEN = re.compile(rf"{LETTER}(?:\.{LETTER})+\.?|{LETTER}{ALNUM}*(?:['’&-]{ALNUM}+)*|{NOT_LETTER}")

#: Suffixes that mark an adjective, kept out of an entity's compound
#: ("ballistic missiles" -> "missile"; "artillery shells" -> "artillery shell").
ADJECTIVE_SUFFIX = re.compile(
    r"(?:al|ic|ive|ous|ful|less|able|ible|ish|ed|ing|ian|ese|ary|ern)$"
)

#: Plural endings that are not plurals ("gas", "bus", "analysis", "status").
NOT_PLURAL_ENDINGS = ("ss", "us", "is", "as", "os", "ics")
NOT_PLURAL = re.compile(rf"(?:{'|'.join(NOT_PLURAL_ENDINGS)})$")

#: A past-tense or participle ending: "voted", "attended" (not "armed men",
#: which opens a phrase).
PAST_TENSE = re.compile(r"[a-z]ed$")


def is_past_tense(word: str) -> bool:
    """``PAST_TENSE.search(word)`` for one word (no line break, where "$" also matches), without a regex call."""
    return word.endswith("ed") and len(word) >= 3 and "a" <= word[-3] <= "z"

#: A word too short or too odd to be a noun head ("s", "'").
NOUN_LIKE = re.compile(rf"^{LETTER}(?:{ALNUM}|['’&.-])*$")

#: The letters of :data:`LETTER`, as a set. A :data:`PHRASE_TOKEN` token is
#: :data:`NOUN_LIKE` exactly when it opens with one of them (a word token
#: holds only what NOUN_LIKE allows; any other token is one non-letter): the
#: phrase walkers test their tokens with this set lookup, several times
#: cheaper than a regex call.
LETTERS = frozenset(
    chr(c) for lo, hi in (("A", "Z"), ("a", "z"), ("\u00c0", "\u00d6"), ("\u00d8", "\u00f6"), ("\u00f8", "\u024f"))
    for c in range(ord(lo), ord(hi) + 1)
)




class Phrase(NamedTuple):
    """A noun phrase: its text, its head as an entity, and its span."""

    text: str
    entity: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _phrase_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], dict]:
    vocab = load_vocab("phrase_words")
    numbers = load_vocab("number_words")
    # Number words end a phrase too: "one of the two countries" has no noun of its own.
    stop = set(vocab["stop"]) | set(numbers["units"]) | set(numbers["tens"]) | set(numbers["scales"])
    return (
        frozenset(stop),
        frozenset(vocab["adjectives"]),
        frozenset(vocab["linking_verbs"]),
        frozenset(vocab["totals"]),
        dict(vocab.get("singular_exceptions") or {}),
    )


#: Plural endings and their singular replacements, tried in order:
#: "countries" -> "country", "churches" -> "church", "boxes" -> "box",
#: "troops" -> "troop". Irregular plurals are listed in the vocabulary.
SINGULAR_RULES = (
    (re.compile(r"ies$"), "y"),
    (re.compile(r"(?<=ss)es$|(?<=[xz])es$|(?<=[cs]h)es$"), ""),
    (re.compile(r"(?<=[^su'’])s$"), ""),
)


@lru_cache(maxsize=1)
def calendar_names() -> frozenset[str]:
    """Month and weekday names as written ("October", "Oct", "Monday"; date_words.yaml).

    A figure is never about a date: "has dropped since October from $75" is
    linked to what dropped, past the month.
    """
    vocab = load_vocab("date_words")
    return frozenset(vocab["months"]) | frozenset(vocab["weekdays"])


def stop_words() -> frozenset[str]:
    """Words that end a noun phrase: function words and verbs (phrase_words.yaml) and number words."""
    return _phrase_words()[0]


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """Singular, lower-case form of a noun ("troops" -> "troop", "countries" -> "country").

    Acronyms and words that only look plural ("gas", "analysis", "ATACMS")
    keep their form; irregular plurals come from ``phrase_words.yaml``.
    Memoised by word (a pure function).
    """
    lower = word.lower()
    exceptions = _phrase_words()[4]
    if lower in exceptions:
        return exceptions[lower]
    if word.isupper() or len(lower) < 4 or NOT_PLURAL.search(lower):
        return lower
    for pattern, replacement in SINGULAR_RULES:
        if pattern.search(lower):
            return pattern.sub(replacement, lower, count=1)
    return lower


def is_acronym(token: str) -> bool:
    """True for a capitalised abbreviation ("US", "UK", "EU"): a name, even when its letters spell a function word ("us")."""
    return len(token) > 1 and token.isupper() and token.isalpha()


#: A capitalised plural of a people: "Syrians", "Americans", "Koreans".
DEMONYM_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ans|ers)$")


def is_modifier(word: str) -> bool:
    """True for an adjective or function word that never names what is counted ("strong", "odd")."""
    stop, adjectives, _, _, _ = _phrase_words()
    return word.lower() in adjectives or word.lower() in stop


@lru_cache(maxsize=8192)
def is_plural(word: str) -> bool:
    """True for a word (no line break) that reads as a plural noun ("troops", "shells", "Syrians").

    Memoised by word (a pure function): the phrase walkers ask it of most words they read.
    """
    # (A demonym opens with a capital A-Z and ends in "ans" or "ers": most
    # words skip its regex; the endings are tested as strings, the regexes
    # end in "$", which for one word is its end.)
    if "A" <= word[:1] <= "Z" and word.endswith(("ans", "ers")) and DEMONYM_PLURAL.match(word):
        return True
    return (
        word[:1].islower()
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith("'s")
        and not word.endswith(NOT_PLURAL_ENDINGS)
    ) or word.lower() in word_classes()["unmarked_plurals"]


def _entity_of(words: list[str]) -> str:
    """Head noun (singular) with a noun modifier before it, lower case."""
    return _entity_of_last(words[-2] if len(words) >= 2 else "", words[-1])


@lru_cache(maxsize=8192)
def _entity_of_last(modifier: str, head_word: str) -> str:
    # :func:`_entity_of` on a phrase's last two words ("" for none before the head), memoised:
    # a pure function of them, asked again for each figure of a sentence.
    adjectives = _phrase_words()[1]
    head = singular(head_word)
    if modifier:
        if (
            modifier[:1].islower()
            and modifier.lower() not in adjectives
            and not ADJECTIVE_SUFFIX.search(modifier.lower())
            and not modifier[-1:].isdigit()
        ):
            return f"{modifier.lower()} {head}"
    return head


def phrase_after(text: str, pos: int, limit: int, *, skip_of: bool = False) -> Phrase | None:
    """The noun phrase starting at ``pos`` (after spaces), read up to ``limit``.

    It stops at a function word, verb, figure or punctuation, and right after
    its first plural noun ("users especially" -> "users"). With ``skip_of``, a
    leading "of" (and article) is skipped: "thousands of troops".
    """
    stop, _, _, _, _ = _phrase_words()
    comparatives = word_classes()["leading_comparatives"]
    words: list[str] = []
    start = end = -1
    first = True
    for match in PHRASE_TOKEN.finditer(text, pos, min(limit, pos + 80)):
        token = match.group()
        lower = token.lower()
        if first and skip_of and lower in ("of", "the"):
            continue
        if not words and lower in comparatives:
            continue  # "eight more picks", "two fewer seats"
        first = first and skip_of and lower in ("of", "the")
        if token[0] not in LETTERS or lower in stop and not (token.isupper() and is_acronym(token)):
            break
        if words and token[:1].islower() and is_past_tense(token):
            break  # "60 Democrats voted", "people attended": the verb after the noun
        if start < 0:
            start = match.start()
        words.append(token)
        end = match.end()
        if len(words) >= 4 or is_plural(token):
            break
    if not words:
        return None
    return Phrase(" ".join(words), _entity_of(words), start, end)


#: The last words before a figure, read backwards: a word, or one
#: punctuation mark (which ends the search).
BACKWARD_TOKEN = PHRASE_TOKEN


#: A word that reads as a verb form or an adverb ("increased", "shooting", "nearly"; not
#: "speed", "need": "-eed" is rarely a past tense).
VERB_LIKE = re.compile(r"(?:[^e]ed|ing|ly)$")


def is_verb_like(word: str) -> bool:
    """``VERB_LIKE.search(word)`` for one word (no line break, where "$" also matches), without a regex call."""
    return word.endswith(("ing", "ly")) or word.endswith("ed") and len(word) >= 3 and word[-3] != "e"


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """Word lists of ``phrase_words.yaml`` read by the phrase walkers, as sets.

    ``leading_comparatives`` ("eight more picks": skipped before a noun),
    ``verb_markers`` ("to slow": a lone word after them is a verb),
    ``unmarked_plurals`` ("people", "men").
    """
    vocab = load_vocab("phrase_words")
    return {name: frozenset(vocab[name]) for name in ("leading_comparatives", "verb_markers", "unmarked_plurals")}


def _content_start(tokens: list[re.Match[str]], i: int, stop: frozenset[str]) -> int:
    """Index of the first token of the run of content words ending at ``tokens[i]``, read backwards (at most 4); ``i + 1`` for none."""
    k = i
    while k >= 0 and i - k < 4:
        token = tokens[k].group()
        if token[0] not in LETTERS or token.lower() in stop and not (token.isupper() and is_acronym(token)):
            break
        k -= 1
    return k + 1


def phrase_before(text: str, start: int, pos: int) -> Phrase | None:
    """The noun phrase a figure at ``pos`` is linked to, within ``text[start:pos]``.

    Skips cue words, linking verbs and function words backwards ("the death
    toll has risen to 1,541" -> "death toll"; "the number of demonstrators at
    18,000" -> "demonstrators"; "a workforce of 60,000" -> "workforce"); a
    punctuation mark ends the search.
    """
    window_start = max(start, pos - PHRASE_BEFORE_REACH)
    # Most links are found within a few words: read a short stretch first
    # (from just after a space, where the tokens are those of the long window
    # too) and the whole window only when the walk reached the stretch's start.
    near = text.find(" ", pos - PHRASE_BEFORE_FIRST_READ, pos) + 1 if pos - window_start > 2 * PHRASE_BEFORE_FIRST_READ else 0
    if near > window_start:
        phrase, lowest = _phrase_before_tokens(_tokens(text, near, pos))
        if lowest >= 1:
            return phrase
    return _phrase_before_tokens(_tokens(text, window_start, pos))[0]


#: How far back (characters) :func:`phrase_before` reads at most, and how far it reads first.
PHRASE_BEFORE_REACH = 120
PHRASE_BEFORE_FIRST_READ = 50


def _tokens(text: str, start: int, end: int) -> list[re.Match[str]]:
    # Match objects, built in C: the backward walk reads the text of the few
    # tokens it looks at (most of a stretch is never looked at).
    return list(BACKWARD_TOKEN.finditer(text, start, end))


def _phrase_before_tokens(tokens: list[re.Match[str]]) -> tuple[Phrase | None, int]:
    """:func:`phrase_before` on the tokens before the figure, and the lowest token index it looked at.

    The index is -1 when the walk ran out of tokens: a longer stretch might
    have given another answer.
    """
    stop, _, linking, _, _ = _phrase_words()
    calendar = calendar_names()
    i = len(tokens) - 1
    skipped = 0
    # Skip the figure's own cue words, linking verbs and verb forms ("has risen to").
    while i >= 0 and skipped < 6:
        token = tokens[i].group()
        lower = token.lower()
        if token[0] not in LETTERS:
            return None, i
        if lower in linking or lower in stop or (token[:1].islower() and is_verb_like(lower) and skipped < 3) or token in calendar:
            i -= 1
            skipped += 1
            continue
        break
    # _content_start looks at most four tokens back from i, and one more to stop.
    lowest = i - 4
    first = _content_start(tokens, i, stop)
    # A lone word after "to" or a modal is a verb ("expected to slow 4.8 to
    # 4.7", "would tap 3.13%"): skip it and look further back.
    while first == i and i - 1 >= 0 and tokens[i - 1].group().lower() in word_classes()["verb_markers"]:
        i -= 2
        while i >= 0:
            token = tokens[i].group()
            if not ((token.lower() in linking or token.lower() in stop) and token[0] in LETTERS):
                break
            i -= 1
        if i < 0 or tokens[i].group()[0] not in LETTERS:
            return None, min(lowest, i)
        lowest = min(lowest, i - 4)
        first = _content_start(tokens, i, stop)
    lowest = min(lowest, i - 1)
    # The run is tokens[first : last + 1]. Drop verb forms at the figure's end of it ("prices climbed").
    last = i
    while last >= first:
        token = tokens[last].group()
        if not (token[:1].islower() and is_verb_like(token.lower())):
            break
        last -= 1
    if last < first:
        return None, lowest
    lowest = min(lowest, first - 1)
    if first > 0 and tokens[first - 1].group().isdigit() and tokens[first - 1].end() >= tokens[first].start() - 1:
        return None, lowest  # "by 50 basis points from 9%": the unit or noun of another figure
    names = [m.group() for m in tokens[first : last + 1]]
    return Phrase(" ".join(names), _entity_of(names), tokens[first].start(), tokens[last].end()), lowest


#: How far (characters) into its clause a subject is looked for: a subject opens its clause.
SUBJECT_SCAN = 200


def sentence_subject(text: str, start: int, pos: int) -> Phrase | None:
    """The first noun phrase of the clause ending at ``pos`` (its subject, roughly)."""
    stop, _, _, _, _ = _phrase_words()
    # Only the clause's first 200 characters: a subject opens its clause.
    for match in PHRASE_TOKEN.finditer(text, start, min(pos, start + SUBJECT_SCAN)):
        token = match.group()
        if token[0] not in LETTERS or token.lower() in stop and not (token.isupper() and is_acronym(token)) or token[:1].islower() and is_verb_like(token):
            continue
        return phrase_after(text, match.start(), pos)
    return None


@lru_cache(maxsize=1)
def _agent_verb_before() -> re.Pattern[str]:
    # An agent's verb right before the figure (its qualifier skipped by the caller): "killed 15", "arrested 78".
    verbs = phrase_alternation(load_vocab("phrase_words")["agent_verbs"])
    return re.compile(rf"\b(?:{verbs})[ \u00a0]+$", re.IGNORECASE)


def agent_verb_before(text: str, start: int, pos: int) -> bool:
    """Whether ``text[start:pos]`` ends with a verb whose subject acts on the figure at ``pos`` ("The gunman
    killed 15"): the subject is the agent, not what the figure counts (phrase_words.yaml ``agent_verbs``)."""
    return _agent_verb_before().search(text, max(start, pos - 20), pos) is not None


@lru_cache(maxsize=1)
def _casualty_words() -> tuple[frozenset[str], frozenset[str]]:
    vocab = load_vocab("phrase_words")
    return frozenset(vocab["casualties"]), frozenset(vocab["casualty_links"])


def casualty_after(text: str, pos: int, limit: int) -> Phrase | None:
    """The participle a bare figure counts: "1,200 dead", "641 were killed" -> "dead", "killed"."""
    casualties, links = _casualty_words()
    for seen, match in enumerate(PHRASE_TOKEN.finditer(text, pos, min(limit, pos + 40))):
        token = match.group().lower()
        if token in casualties:
            return Phrase(match.group(), singular(token) if token.endswith("ies") or token == "deaths" else token, match.start(), match.end())
        if token not in links or seen >= 4:
            return None
    return None


#: A total named before a figure: "the death toll ... to 1,541", "the number
#: of demonstrators at 18,000" (group "counted" holds what the number counts).
TOTAL_HEADS = tuple(load_vocab("phrase_words")["total_heads"])
TOTAL_BEFORE = re.compile(
    rf"(?i:\b(?P<head>(?:[a-z]++[ \u00a0])?(?:{'|'.join(TOTAL_HEADS)}))\b"
    r"|\bnumber[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?P<counted>[a-z]+(?:[ \u00a0][a-z]+)?))"
)

#: Words one of which every :data:`TOTAL_BEFORE` match holds, lower case (no
#: other character matches their letters case-insensitively): a window
#: without any is passed over without the case-insensitive search at each word.
TOTAL_WORDS = (*TOTAL_HEADS, "number")


def total_before(text: str, start: int, pos: int) -> Phrase | None:
    """The last total named in ``text[start:pos]`` ("death toll", "number of fatalities")."""
    window_start = max(start, pos - 150)
    window = text[window_start:pos].lower()
    if not any(word in window for word in TOTAL_WORDS):
        return None
    found = None
    for match in TOTAL_BEFORE.finditer(text, window_start, pos):
        found = match
    if found is None:
        return None
    if found.group("counted"):
        words = found.group("counted").split()
        stop = _phrase_words()[0]
        words = [w for w in words if w.lower() not in stop][:2] or words[:1]
        # "number of fatalities in Turkey": the phrase ends at its first plural.
        for i, w in enumerate(words):
            if is_plural(w):
                words = words[: i + 1]
                break
        return Phrase(" ".join(words), _entity_of(words), found.start("counted"), found.end("counted"))
    words = found.group("head").split()
    stop = _phrase_words()[0]
    # "the combined total": the total noun stays, a stop-word modifier goes.
    words = [w for w in words[:-1] if w.lower() not in stop] + words[-1:]
    return Phrase(" ".join(words), " ".join(w.lower() for w in words), found.start("head"), found.end("head"))


#: A label and colon right before a figure: "Total Cost: $72370".
LABEL_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<label>[A-Z][A-Za-z-]*(?:[ \u00a0][A-Za-z-]+){0,3}):[ \u00a0]*$")


def label_before(text: str, start: int, pos: int) -> Phrase | None:
    """The label a figure follows after a colon ("Total Cost: $72370" -> "Total Cost")."""
    window_start = max(start, pos - 50)
    # The label's colon ends the window (less spaces, or a final line break,
    # before which "$" matches too): most windows end otherwise.
    if not text[window_start:pos].rstrip(" \u00a0\n").endswith(":"):
        return None
    match = LABEL_BEFORE.search(text, window_start, pos)
    if not match:
        return None
    words = match.group("label").split()
    return Phrase(" ".join(words), _entity_of(words), match.start("label"), match.end("label"))
