"""The ``place`` column: which country a figure is about, from a gazetteer.

"5,894 killed in Turkey" is about Turkey; "4,300 dead in Turkey and Syria" is
the combined figure (place blank); "killed in Turkey earthquake" names the
event, not where the dead are (place blank). Countries, their other names,
adjectives and capitals live in ``checker/data/places.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from checker.patterns import phrase_alternation
from checker.vocab import load_vocab


@dataclass(frozen=True)
class Gazetteer:
    """Compiled place patterns: every surface form mapped to its country."""

    pattern: re.Pattern[str]
    country_of: dict[str, str]
    is_adjective: frozenset[str]
    locative_before: re.Pattern[str]
    modifier_after: re.Pattern[str]
    joiner: re.Pattern[str]
    scope_after: re.Pattern[str]
    clause_break: re.Pattern[str]
    combined: re.Pattern[str]
    scope_before: re.Pattern[str]
    world: re.Pattern[str]
    authority_after: re.Pattern[str]
    cased: re.Pattern[str] | None = None
    cased_country_of: dict[str, str] | None = None


# A lower-case word between a place's possessive and its toll noun ("America's coronavirus death toll").
POSSESSIVE_MODIFIER = r"(?-i:[a-z][a-z-]+)"

# Up to two lower-case words between a country and its authority ("Turkey's
# emergency management agency", "the Syrian state news agency").
AUTHORITY_QUALIFIER = r"[a-z][a-z-]+"
# A name in apposition after the authority: ", Recep Tayyip Erdogan,".
APPOSITION = r"(?:,[^,]{1,60},)?"
# "has said", "have confirmed".
AUXILIARY = r"(?:has|have|had)"
# A source cue before the authority: "according to the country's Civil Protection Agency".
ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# "the country's" standing for the one country a sentence names.
THE_COUNTRY = re.compile(r"\bthe\s+country(?=[’']s\b)", re.IGNORECASE)


def _alternation(words: list[str]) -> str:
    """A vocabulary's words as a prefix-tree alternation (checker.patterns), matched as written."""
    return phrase_alternation((str(w) for w in words), flexible_space=False)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, compiled once (read-only)."""
    data = load_vocab("places")
    country_of: dict[str, str] = {}
    adjectives: set[str] = set()
    cased_country_of: dict[str, str] = {}
    for country, forms in data["places"].items():
        for key in ("names", "capitals", "adjectives"):
            for form in forms.get(key) or []:
                country_of[form.lower()] = country
                if key == "adjectives":
                    adjectives.add(form.lower())
        for form in forms.get("cased_names") or []:
            cased_country_of[str(form)] = country
    # Names that are places only as written ("US"; "us" is a pronoun): matched case-sensitively.
    cased = (re.compile(rf"(?<![\w.])(?:{_alternation(list(cased_country_of))})(?![\w])")
             if cased_country_of else None)
    # A place name as a whole word (letters on neither side); "U.S." ends in a dot.
    place_pattern = re.compile(rf"(?<![\w.])(?:{_alternation(list(country_of))})(?![\w])",
                               re.IGNORECASE)
    # A locative preposition right before the place ("killed in Syria", "across the UK",
    # "in southern Turkey").
    regions = _alternation(data["regions"])
    fillers = _alternation(data["locative_fillers"])
    locative = re.compile(rf"\b(?:{_alternation(data['locatives'])})\s+(?:(?:{fillers})\s+)?"
                          rf"(?:(?:{regions})\s+)?$", re.IGNORECASE)
    # An event noun right after the place: "Turkey earthquake" names the event.
    modifier = re.compile(rf"^(?:[’']s)?\s+(?:{_alternation(data['modifier_nouns'])})\b",
                          re.IGNORECASE)
    # What may stand between two places of one combined figure: "Turkey and Syria", "Turkey-Syria".
    joiner = re.compile(rf"^\s*,?\s*(?:{_alternation(data['joiners'])})?\s*(?:(?:{regions})\s+)?$",
                        re.IGNORECASE)
    # A toll noun right after the place: "Syria toll stands at 1,444", "Syria deaths near 3,000";
    # after a possessive up to two lower-case words may stand between: "America's coronavirus
    # death toll stands at around 85,000", "Turkey's official death toll".
    scope = re.compile(rf"^(?:[’']s(?:\s+{POSSESSIVE_MODIFIER}){{0,2}}?)?\s+(?:{_alternation(data['scope_nouns'])})\b",
                       re.IGNORECASE)
    # Between a place and the figure: a new clause ("in Turkey while 2,470 have died in Syria").
    clause = re.compile(rf"[;:]|\s[–—]\s|\b(?:{_alternation(data['clause_words'])})\b", re.IGNORECASE)
    # Before the figure in its clause: the figure is a total ("the combined death toll").
    combined = re.compile(rf"\b(?:{_alternation(data['combined_words'])})\b", re.IGNORECASE)
    # A toll noun and a locative right before the place: "the number of fatalities in
    # Turkey ... to 43,556" scopes the figure the toll leads to.
    scope_before = re.compile(rf"\b(?:{_alternation(data['scope_nouns'])})\s+"
                              rf"(?:{_alternation(data['locatives'])})\s+(?:(?:{fillers})\s+)?"
                              rf"(?:(?:{regions})\s+)?$", re.IGNORECASE)
    # A national authority right after the place: "Turkey's president", "Syrian health ministry".
    authority = re.compile(rf"(?:[’']s)?\s+(?:{AUTHORITY_QUALIFIER}\s+){{0,2}}?"
                           rf"(?:{_alternation(data['authority_nouns'])})"
                           rf"(?P<speaks>{APPOSITION}\s+(?:{AUXILIARY}\s+)?(?:{_alternation(data['authority_verbs'])})\b)?",
                           re.IGNORECASE)
    world = re.compile(rf"\b(?:{_alternation(data['world_words'])})\b", re.IGNORECASE)
    return Gazetteer(place_pattern, country_of, frozenset(adjectives), locative, modifier, joiner,
                     scope, clause, combined, scope_before, world, authority, cased, cased_country_of)


# "killed 20,000 people there and in Syria": the place adds to another, the figure is combined.
ALSO_ELSEWHERE = re.compile(r"\b(?:there|here)\s+and\s*$", re.IGNORECASE)

# A punctuation comma (followed by a space; "2,470" has none).
PUNCTUATION_COMMA = r",(?=\s)"

# An aside between commas: ", with 2,470 deaths recorded officially in Syria,".
ASIDE = re.compile(rf"{PUNCTUATION_COMMA}.*?{PUNCTUATION_COMMA}")
LAST_COMMA = re.compile(PUNCTUATION_COMMA)

# "killed there", "in the country", "in his country", "nationwide": the place the sentence
# already named ("In hard-hit Italy, ... the virus, which has killed about 30,000 people
# nationwide": AllSides, May 2020).
ANAPHORIC_PLACE = re.compile(r"\bthere\b|\b(?:in|across)\s+(?:the|his|her|its|their)\s+(?:country|nation)\b"
                             r"|\b(?:nationwide|nation-wide|countrywide)\b", re.IGNORECASE)

# What may open a clause before a state as its subject: "And California lost", "the state of Ohio has".
STATE_SUBJECT_LEAD = r"\s*(?:(?:and|but|so|yet)\s+)?(?:the\s+state\s+of\s+)?"
# What may follow the state before its verb: "New York state, the U.S. epicenter", "Florida's".
# The next word is lower case or a comma: "New York Times", "Texas Sen." name no state.
STATE_SUBJECT_TAIL = r"(?:\s+state)?(?:[’']s)?(?=\s+[a-z]|,)"
# "killed at least 27 people in the state", "statewide": the one state the sentence names
# (not "in the state of Malatya": a local name, _local_pattern).
STATE_ANAPHORA = re.compile(r"\b(?:in|across|throughout)\s+the\s+state\b(?!\s+of\b)|\bstatewide\b",
                            re.IGNORECASE)
# A comma and a conjunction open another clause: "California lost 100,000 jobs, and the nation ...".
STATE_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|as)\s")
# A comma and the next name of a list: ", Georgia and South Carolina", ", Pennsylvania and" after "New
# Jersey" (a list of states: their combined figure, neither's).
STATE_LIST_NEXT = re.compile(r",\s+(?P<next>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")

# Lower-case words describing a local unit before its name: "in the ethnically diverse city of
# El Paso" (AllSides, Aug 2019), "in the southern province of Hatay".
LOCAL_UNIT_MODIFIERS = r"(?:[a-z][a-z-]+\s+){0,3}"

# A capitalised name word ("Aleppo", "Kahramanmaras", "Sanliurfa").
LOCAL_NAME = r"[A-Z][a-zà-ÿ-]+"

#: Characters between a figure and a local place that still describes it.
LOCAL_REACH = 60

#: Characters a country may stand before (after) the figure it describes.
REACH_BEFORE = 30
REACH_AFTER = 80

#: ... unless the place is in the subject of a rise verb that leads to the figure.
SUBJECT_REACH = 120

#: Share of capitalised words above which a line is a Title Case headline, where
#: capitals do not mark names ("Killed in Aid Convoy").
TITLE_CASE_SHARE = 0.6

# A number before the figure: words before it describe that number, not ours. Not digits
# inside a name ("died of COVID-19 in New Jersey", "F-16").
PREVIOUS_NUMBER = re.compile(r"(?<![\w-])\d[\d,.]*")

# A quake's magnitude between a place and the figure is no figure of its own:
# "fatalities in Turkey from the magnitude 7.8 earthquake to 43,556".
MAGNITUDE_NUMBER = re.compile(r"\bmagnitude[-\s]+\d+(?:\.\d+)?|\b\d+(?:\.\d+)?[-\s]*magnitude\b",
                              re.IGNORECASE)

# The old value of a change right before the figure's "from": "Turkey's death toll has
# risen to 12,873 overnight, from 12,391": 12,391 is the same toll as 12,873, an earlier count.
CHANGE_FROM = re.compile(r"\d[\d,.]*(?:,?\s+[a-z]+){0,3},?\s+from\s+$")

#: What may stand before a sentence's first word: spaces, quotes, a bracket.
OPENING_LEAD = re.compile(r"[\s\"'“‘(]*")

#: The place of a world total.
WORLD = "World"

#: Substrings every world word contains (a cheap test before the pattern).
WORLD_HINTS = ("world", "glob")

# What may open a clause before a country as its subject: "And Italy has", "the U.S. passed".
COUNTRY_SUBJECT_LEAD = r"[\s\"'“‘(]*(?:(?:and|but|so|yet)\s+)?(?:the\s+)?"
# A count verb reporting, not a clause of speech after it: "reported that 300 ..." is speech.
NOT_SPEECH = r"(?!\s+that\b)"
# A regular participle after "has" makes it an auxiliary ("has threatened", "has been").
PARTICIPLE_SHAPE = r"[a-z]+(?:ed|en)"


# A place followed by "alone" is what the figure is about ("In Syria alone, 3,000 died").
# (A possessive counts only before a toll noun, "Syria's death toll": see scope_nouns;
# "South Korea's spy agency said" names a source.)
PLACE_ALONE = re.compile(r"^\s+alone\b", re.IGNORECASE)

# A conjunction between a place before a figure and the figure: the place is the earlier
# conjunct's ("withdrawal of the 2,000 U.S. troops in Syria and pushed for halving the
# 14,000-strong U.S. military contingent in Afghanistan"), weaker than one after the figure.
CONJUNCT_BETWEEN = re.compile(r"\b(?:and|but|while)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def country_subject() -> re.Pattern[str]:
    """A country's name opening a clause as the subject of a count verb (places.yaml
    ``subject_count_verbs``): "Italy has recorded", "The U.S. passed", "Spain reported"."""
    data = load_vocab("places")
    names = [form for forms in data["places"].values()
             for form in (forms.get("names") or []) + (forms.get("cased_names") or [])]
    fillers = _alternation(data["subject_verb_fillers"])
    verbs = _alternation(data["subject_count_verbs"])
    possession = _alternation(data["subject_possession_verbs"])
    participle = rf"(?:{PARTICIPLE_SHAPE}|{_alternation(data['irregular_participles'])})"
    return re.compile(rf"{COUNTRY_SUBJECT_LEAD}(?P<country>{_alternation(names)})(?![\w])\s+"
                      rf"(?:(?:(?:{fillers})\s+){{0,2}}(?:{verbs})\b{NOT_SPEECH}"
                      rf"|(?:{possession})\b(?!\s+{participle}\b))", re.IGNORECASE)


@lru_cache(maxsize=1)
def rise_tail() -> re.Pattern[str]:
    """A rise verb ending the text before a figure: "toll ... climbed to more than" (concepts.yaml)."""
    data = load_vocab("concepts")
    verbs = _alternation(data["rise_verbs"])
    fillers = _alternation(data["rise_fillers"])
    return re.compile(rf"\b(?:{verbs})\b(?:\s+(?:{fillers}))*\s*$", re.IGNORECASE)


def sentence_cues(sentence: str, mentions: list[tuple[int, int, str]] | None = None) -> tuple[bool, bool]:
    """Whether ``sentence`` names a world scope ("worldwide") and an authority ("Turkey's
    president", "the country's health ministry")."""
    gaz = gazetteer()
    if mentions is None:
        mentions = place_mentions(sentence)
    lower = sentence.lower()  # plain substring tests first: most sentences have neither
    authority = ("country" in lower and bool(THE_COUNTRY.search(sentence))) or any(
        gaz.authority_after.match(sentence, m_end) for _, m_end, _ in mentions)
    world = any(hint in lower for hint in WORLD_HINTS) and bool(gaz.world.search(sentence))
    return world, authority


def place_mentions(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, country) of every place the gazetteer finds in ``sentence``."""
    gaz = gazetteer()
    found = [(m.start(), m.end(), gaz.country_of[m.group().lower()]) for m in gaz.pattern.finditer(sentence)]
    if gaz.cased is not None and gaz.cased_country_of:
        cased = [(m.start(), m.end(), gaz.cased_country_of[m.group()]) for m in gaz.cased.finditer(sentence)]
        if cased:
            found = sorted(found + cased)
    return found


def place_of(sentence: str, start: int, end: int,
             mentions: list[tuple[int, int, str]] | None = None,
             cues: tuple[bool, bool] | None = None,
             locals_: list[tuple[int, int, str]] | None = None) -> str:
    """Country a figure at ``sentence[start:end]`` is about, or "" (none, or several combined).

    ``mentions`` (from :func:`place_mentions`), ``cues`` (from :func:`sentence_cues`)
    and ``locals_`` (from :func:`local_mentions`) save scanning a sentence again for
    each of its figures.
    """
    gaz = gazetteer()
    if mentions is None:
        mentions = place_mentions(sentence)
    has_world, has_authority = cues if cues is not None else sentence_cues(sentence, mentions)
    if has_world and _world_figure(sentence, start, end, gaz):
        return WORLD
    if not mentions:
        return _local_place(sentence, start, end, gaz, locals_)
    groups: list[list[tuple[int, int, str]]] = []
    for mention in mentions:
        if groups and gaz.joiner.match(sentence[groups[-1][-1][1]:mention[0]]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    if gaz.combined.search(_lead_in(sentence, start, gaz)):
        return ""  # "the combined death toll rose to almost 38,000"
    best: tuple[int, str] | None = None
    for group in groups:
        g_start, g_end = group[0][0], group[-1][1]
        if g_start < end and g_end > start:
            continue
        between = sentence[g_end:start] if g_end <= start else sentence[end:g_start]
        if gaz.clause_break.search(between):
            continue  # the place belongs to another clause's figure
        before, after = sentence[:g_start], sentence[g_end:]
        first_is_adjective = sentence[g_start:group[0][1]].lower() in gaz.is_adjective
        locative = (bool(gaz.locative_before.search(before)) or bool(PLACE_ALONE.match(after))
                    or bool(gaz.scope_after.match(after)))
        if first_is_adjective and not (gaz.locative_before.search(before) or gaz.scope_after.match(after)):
            locative = False  # "Turkish officials said": a source, not a location
        if not locative or (gaz.modifier_after.match(after) and not PLACE_ALONE.match(after)):
            continue
        distance = g_start - end if g_start >= end else start - g_end
        # Ranked behind any place after the figure, never dropped.
        rank = distance + (REACH_AFTER if g_end <= start and CONJUNCT_BETWEEN.search(between) else 0)
        in_subject = g_end <= start and distance <= SUBJECT_REACH and _leads_to_figure(before, between, gaz)
        # "In Spain, meanwhile, the numbers infected and tested rose from 33,089 to 39,673": a
        # place opening the sentence before a comma sets the scope of what follows in its clause.
        # Not past another place nearer the figure ("In France, ... in the eastern Damascus region").
        opening = (g_end <= start and sentence.startswith(",", g_end) and _opens_sentence(before, gaz)
                   and not any(g_end <= m_start < start for m_start, _, _ in mentions))
        if distance > (REACH_AFTER if g_start >= end else REACH_BEFORE) and not in_subject and not opening:
            continue  # too far to describe this figure: "buildings in Turkey, 11 days after ... 45,000"
        countries = {c for _, _, c in group}
        place = next(iter(countries)) if len(countries) == 1 else ""
        if ALSO_ELSEWHERE.search(gaz.locative_before.sub("", before)):
            place = ""
        if best is None or rank < best[0]:
            best = (rank, place)
    if best is None:
        local = _local_place(sentence, start, end, gaz, locals_)
        if local:
            return local
    if best is None and has_authority:
        authority = _authority_place(sentence, start, end, mentions, gaz)
        if authority:
            return authority
    if best is None:
        subject = _subject_country(sentence, start, end, gaz)
        if subject:
            return subject
    if best is None and ANAPHORIC_PLACE.search(_clause_of(sentence, start, end, gaz)):
        # "6,957 people have been killed there", "the death toll in his country":
        # the one country the sentence names.
        countries = {c for _, _, c in mentions}
        return next(iter(countries)) if len(countries) == 1 else ""
    return best[1] if best else ""


def _opens_sentence(before: str, gaz: Gazetteer) -> bool:
    """Is ``before`` (the text before a place) a locative opening the sentence: "In", "In southern"?"""
    locative = gaz.locative_before.search(before)
    return locative is not None and locative.start() == OPENING_LEAD.match(before).end()


def _subject_country(sentence: str, start: int, end: int, gaz: Gazetteer) -> str:
    """The country opening the figure's clause as the subject of a count verb, or "".

    "Italy has recorded more than 10,000 deaths" and "The U.S. passed 50,000
    coronavirus deaths on Friday and is closing in on nearly 1 million infections"
    are that country's figures. A clause break between them, a second country
    joined to the first ("The U.S. and China have"), or a speech verb ("Russia
    says 5,000") gives none.
    """
    left, _ = _clause_bounds(sentence, start, end, gaz)
    subject = country_subject().match(sentence, left, start)
    if not subject or not subject["country"][:1].isupper():
        return ""  # a name as written in prose: not "turkey has 300 calories"
    name = subject["country"]
    if gaz.cased_country_of and name in gaz.cased_country_of:
        return gaz.cased_country_of[name]
    return gaz.country_of.get(name.lower(), "")  # ("Us" is no "US")


def _world_figure(sentence: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """True when the figure's clause makes it a world total, within reach of the figure, or
    a world word opens the sentence ("Worldwide, the outbreak has infected more than 2.2
    million people"; "Worldwide more than 4.4 million have been infected and about 300,000
    have died", AllSides, May 2020), no clause break between it and the figure."""
    opening = gaz.world.match(sentence, OPENING_LEAD.match(sentence).end())
    if opening and opening.end() < start and \
            not gaz.clause_break.search(sentence, opening.end(), start) and \
            not any(_names_own_place(sentence, start, end, m_start, m_end)
                    for m_start, m_end, _ in place_mentions(sentence)):
        return True  # (not "..., of which more than 80,000 are in China": a country near names its own)
    left, right = _clause_bounds(sentence, start, end, gaz)
    semicolon = sentence.rfind(";", 0, start)
    if semicolon != -1 and not place_mentions(sentence[semicolon:end]) and \
            any(m.end() <= semicolon for m in gaz.world.finditer(sentence, 0, semicolon)):
        # "The number of worldwide cases was nearing 2.5 million; there are over 170,000
        # deaths": the scope carries over a semicolon to a clause naming no place.
        return True
    return any(left <= m.start() and m.end() <= right
               and (m.start() - end if m.start() >= end else start - m.end())
               <= (REACH_AFTER if m.start() >= end else REACH_BEFORE)
               and not PREVIOUS_NUMBER.search(sentence[end:m.start()] if m.start() >= end else "")
               for m in gaz.world.finditer(sentence))


def _names_own_place(sentence: str, start: int, end: int, m_start: int, m_end: int) -> bool:
    """Is the place mention at ``m_start:m_end`` near the figure, with no other figure between?"""
    if m_start >= end:
        return m_start - end <= REACH_AFTER and not PREVIOUS_NUMBER.search(sentence, end, m_start)
    return start - m_end <= REACH_BEFORE and not PREVIOUS_NUMBER.search(sentence, m_end, start)


def _leads_to_figure(before: str, between: str, gaz: Gazetteer) -> bool:
    """True when a place before the figure is in the subject of the phrase that gives it.

    "The death toll in Turkey ... has risen to 20,665" (a rise verb ends the
    lead-in), "the number of fatalities in Turkey from the magnitude 7.8
    earthquake to 43,556" (a toll noun scopes the place), and the old value of a
    change, "Turkey's death toll has risen to 12,873 overnight, from 12,391".
    No other figure may stand between (a quake's magnitude is none).
    """
    change = CHANGE_FROM.search(between)
    if change:
        between = between[:change.start()]
    between = MAGNITUDE_NUMBER.sub(" ", between)
    if PREVIOUS_NUMBER.search(between):
        return False
    return bool(rise_tail().search(between)) or (
        bool(gaz.scope_before.search(before)) and not gaz.clause_break.search(between))


def _authority_place(sentence: str, start: int, end: int,
                     mentions: list[tuple[int, int, str]], gaz: Gazetteer) -> str:
    """The country whose national authority gives the figure, or "".

    "Turkey's president, Recep Tayyip Erdogan, has said 8,754 people have been
    confirmed dead", "..., according to the country's Civil Protection Agency":
    a country's own authority reports its own count. Only when the sentence names
    that one country (no other country, no combined scope), the authority speaks
    (a speech verb after it, "according to" before it), and no clause break or
    other figure stands between the authority and the figure.
    """
    # The figure's clause, not the sentence: an RSS description runs several headlines together.
    left, right = _clause_bounds(sentence, start, end, gaz)
    clause = sentence[left:right]
    mentions = [m for m in mentions if left <= m[0] < right]
    countries = {c for _, _, c in mentions}
    if len(countries) != 1 or gaz.combined.search(clause):
        return ""
    country = next(iter(countries))
    spans = [(m_start, m_end) for m_start, m_end, _ in mentions]
    spans += [(m.start(), m.end()) for m in THE_COUNTRY.finditer(sentence, left, right)]
    for m_start, m_end in spans:
        authority = gaz.authority_after.match(sentence, m_end)
        if not authority or not (authority["speaks"] or ACCORDING_TO.search(sentence[:m_start])):
            continue
        a_end = authority.end()
        if m_start < end and a_end > start:
            continue
        between = sentence[a_end:start] if a_end <= start else sentence[end:m_start]
        if gaz.clause_break.search(between) or PREVIOUS_NUMBER.search(between):
            continue
        return country
    return ""


# What separates the words of a local name: "Kahramanmaras", "Gaziantep-Nizip".
LOCAL_NAME_PARTS = re.compile(r"[\s-]+")


@lru_cache(maxsize=1)
def _local_pattern() -> re.Pattern[str]:
    """A locative and a capitalised name: "in Aleppo", "in the province of Malatya" (not "from":
    places.yaml ``origin_locatives``)."""
    data = load_vocab("places")
    locatives = [w for w in data["locatives"] if w not in set(data.get("origin_locatives") or [])]
    return re.compile(
        rf"\b(?:{_alternation(locatives)})\s+(?:the\s+)?"
        rf"(?:{LOCAL_UNIT_MODIFIERS}(?:{_alternation(data['local_units'])})\s+of\s+)?"
        rf"(?P<name>{LOCAL_NAME}(?:\s+{LOCAL_NAME}){{0,2}})")


@lru_cache(maxsize=1)
def _not_local_names() -> frozenset[str]:
    return frozenset(load_vocab("concepts")["stop_names"]) | frozenset(load_vocab("places")["not_local"])


def local_mentions(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the towns, cities and provinces a locative names in ``sentence``.

    None in a title-case sentence (a headline's capitals are no names); a name
    opening with a stop word or holding a country's name is left out.
    """
    matches = list(_local_pattern().finditer(sentence))
    if not matches:
        return []  # most sentences: no need to weigh their capitals
    words = sentence.split()
    if words and sum(w[:1].isupper() for w in words) / len(words) > TITLE_CASE_SHARE:
        return []
    gaz = gazetteer()
    found = []
    for match in matches:
        name = match["name"].strip("-")
        parts = LOCAL_NAME_PARTS.split(name.lower())
        # A state is a place whatever its words: "in New Jersey" ("New" opens no name
        # otherwise), "in New Mexico" (not Mexico).
        if not is_state(name) and (match["name"].split()[0] in _not_local_names()
                                   or any(p in gaz.country_of for p in parts)):
            continue
        found.append((match.start(), match.end(), name))
    return found


@lru_cache(maxsize=1)
def _local_joined() -> re.Pattern[str]:
    """A second local name joined to one just found: "in Texas and Ohio", "in El Paso and Dayton".

    Such a figure is the places' combined total, about neither alone ("weekend
    shootings in Texas and Ohio left at least 29 people dead" is no Texas toll
    against El Paso's 22). Only word joiners (places.yaml ``joiners``): a comma
    joins a city to its state ("in Dallas, Texas").
    """
    words = [str(w) for w in load_vocab("places")["joiners"] if str(w).isalpha() or str(w) == "&"]
    return re.compile(rf"\s+(?:{_alternation(words)})\s+(?:the\s+)?{LOCAL_NAME}")


@lru_cache(maxsize=1)
def _state_names() -> re.Pattern[str]:
    """The sub-national states of places.yaml ``states``, capitalised, as whole words."""
    return re.compile(rf"(?<![\w.])(?:{_alternation(load_vocab('places')['states'])})(?![\w])")


@lru_cache(maxsize=1)
def _state_subject() -> re.Pattern[str]:
    """A state opening a clause as its subject: "California lost", "New York state, the U.S. epicenter"."""
    return re.compile(rf"{STATE_SUBJECT_LEAD}(?P<state>{_state_names().pattern}){STATE_SUBJECT_TAIL}")


def _state_place(sentence: str, start: int, end: int, gaz: Gazetteer) -> str:
    """The state a figure's clause is about: its subject, or "in the state" naming one state; or "".

    "California lost nearly 100,000 jobs in March" and "Virginia has 1,250 confirmed
    cases of the virus, which has killed at least 27 people in the state" are one
    state's figures, parts of the national figure. A clause opening with a state
    (its subject) gives its figures that state unless another clause starts between.
    """
    if not _state_names().search(sentence):
        return ""  # most sentences name no state
    left, right = _clause_bounds(sentence, start, end, gaz)
    subject = _state_subject().match(sentence, left)
    if subject and subject.end() <= start and not STATE_CLAUSE_BREAK.search(sentence, subject.end(), start):
        # "Texas and Ohio shootings left 29 dead", "New Jersey, Pennsylvania and Michigan each
        # reported ... over 800 between the three states": the states' combined figure, neither's.
        joined = _local_joined().match(sentence, subject.end()) or STATE_LIST_NEXT.match(sentence, subject.end())
        return "" if joined else subject["state"]
    if STATE_ANAPHORA.search(sentence, left, right):
        states = {m.group() for m in _state_names().finditer(sentence)}
        if len(states) == 1:
            return next(iter(states))
    return ""


def _state_listed(sentence: str, at: int, name: str) -> bool:
    """Is the state ``name`` (ending at ``at``) the first of a list of states ("in Florida,
    Georgia and South Carolina")? A comma after a city names its state instead ("in Dallas, Texas")."""
    following = STATE_LIST_NEXT.match(sentence, at)
    return bool(following) and is_state(name) and (is_state(following["next"]) or following["next"] in STATE_NAMESAKES)


#: States named like a country of the gazetteer (which takes the name): they still extend a list of states.
STATE_NAMESAKES = frozenset(str(s) for s in load_vocab("places")["state_namesakes"])


def is_state(place: str) -> bool:
    """True for a sub-national state of the gazetteer (places.yaml ``states``: "California").

    A state's figure is a part of its country's and never the same figure as an
    unplaced one: :func:`checker.topics.assign_topics` gives it a figure of its own
    for every concept. (Other local names come from capitals after "in", noisier:
    "in Dec.", "in Hurricane Florence"; they split only the ``by_place`` concepts.)
    """
    return place in _states()


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    return frozenset(str(s) for s in load_vocab("places")["states"])


def _local_place(sentence: str, start: int, end: int, gaz: Gazetteer,
                 locals_: list[tuple[int, int, str]] | None = None) -> str:
    """A town, city, province or state the figure is about ("42 people were killed in Aleppo"), or "".

    Such a figure is a part, never the national or combined total. Used only when
    no country is found for the figure; the nearest name in its clause wins, and
    without one a state its clause is about (:func:`_state_place`).
    ``locals_``: :func:`local_mentions` of the sentence, when the caller has it.
    """
    best: tuple[int, str] | None = None
    for m_start, m_end, name in (local_mentions(sentence) if locals_ is None else locals_):
        if m_start < end and m_end > start:
            continue
        between = sentence[m_end:start] if m_end <= start else sentence[end:m_start]
        if gaz.clause_break.search(between) or PREVIOUS_NUMBER.search(between):
            continue
        distance = len(between)
        if distance <= LOCAL_REACH and (best is None or distance < best[0]):
            joined = _local_joined().match(sentence, m_end) or _state_listed(sentence, m_end, name)
            best = (distance, "" if joined else name)
    return best[1] if best else _state_place(sentence, start, end, gaz)


def _lead_in(sentence: str, start: int, gaz: Gazetteer) -> str:
    """The words leading to the figure in its clause, asides between commas left out.

    "The combined total, with 2,470 deaths in Syria, has reached 11,224": for
    11,224 "The combined total has reached"; for 2,470 (inside the aside) "with".
    Text before an earlier figure describes that figure and is cut off too.
    """
    clause_start = max((m.end() for m in gaz.clause_break.finditer(sentence, 0, start)), default=0)
    text = ASIDE.sub(" ", sentence[clause_start:start])
    commas = list(LAST_COMMA.finditer(text))
    if commas:
        text = text[commas[-1].end():]  # the figure opens an aside, or follows an introductory phrase
    return PREVIOUS_NUMBER.split(text)[-1]


def _clause_bounds(sentence: str, start: int, end: int, gaz: Gazetteer) -> tuple[int, int]:
    """Where the figure's clause starts and ends (the clause breaks around it)."""
    left = max((m.end() for m in gaz.clause_break.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in gaz.clause_break.finditer(sentence, end)), len(sentence))
    return left, right


def _clause_of(sentence: str, start: int, end: int, gaz: Gazetteer) -> str:
    """The text of the figure's clause (between the clause breaks around it)."""
    left, right = _clause_bounds(sentence, start, end, gaz)
    return sentence[left:right]


def add_places(claims: pd.DataFrame,
               mentions: dict[str, list[tuple[int, int, str]]] | None = None) -> pd.DataFrame:
    """Return ``claims`` with a ``place`` column (needs sentence, start, end, sentence_start).

    Offsets of the figure inside its sentence come from ``start - sentence_start``;
    without ``sentence_start`` the surface is looked up in the sentence.
    ``mentions``: :func:`place_mentions` of the sentences, when the caller has them.
    """
    result = claims.copy()
    if result.empty:
        result["place"] = pd.Series([], dtype="object")
        return result
    sentences = result["sentence"].fillna("").astype(str)
    if "sentence_start" in result.columns:
        offsets = (pd.to_numeric(result["start"], errors="coerce")
                   - pd.to_numeric(result["sentence_start"], errors="coerce"))
    else:
        offsets = pd.Series([s.find(str(f)) for s, f in zip(sentences, result["surface"])],
                            index=result.index)
    lengths = result["surface"].fillna("").astype(str).str.len()
    places = []
    # One scan per sentence, for this call only.
    scanned: dict[str, list[tuple[int, int, str]]] = dict(mentions) if mentions is not None else {}
    cues: dict[str, tuple[bool, bool]] = {}
    locals_: dict[str, list[tuple[int, int, str]]] = {}
    for sentence, offset, length in zip(sentences.tolist(), offsets.tolist(), lengths.tolist()):
        off = int(offset) if pd.notna(offset) and 0 <= offset <= len(sentence) else 0
        if sentence not in cues:
            if sentence not in scanned:
                scanned[sentence] = place_mentions(sentence)
            cues[sentence] = sentence_cues(sentence, scanned[sentence])
            locals_[sentence] = local_mentions(sentence)
        places.append(place_of(sentence, off, off + int(length), scanned[sentence], cues[sentence],
                               locals_[sentence]))
    result["place"] = places
    return result
