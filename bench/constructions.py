"""How often the speaker stage reads a cue in each attribution construction, counted over the whole AllSides corpus.

Labelled rows measure the stages on a few thousand figures; a construction that stands in one article in a hundred
shows on none of them. This bench finds every instance of a named construction in the 9,902 AllSides articles
(``../shared/data/allsides/articles.jsonl.gz``) with a pattern whose group ``v`` is the verb of saying, runs
:func:`checker.attribute.find_cues` on the instance's paragraph up to a little past it, and counts the instances where
no cue covers the verb (or, where the pattern names the speaker in a group ``name``, the cue's speaker lacks the
name's last word; where it has a group ``role``, the cue's speaker is that role as written): the construction's
misses. A miss is a place to read, not a verdict: a pronoun's cue needs an
antecedent the paragraph may not hold, and the pattern may take in text that is no such construction.

Run: ``python bench/constructions.py [--data ../shared/data] [--only NAME,...] [--show N] [--limit ARTICLES]``
(the whole corpus takes about two minutes per construction on one core).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

from checker.attribute import find_cues

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"

_STATES = ("Texas|Ohio|Iowa|Utah|Idaho|Maine|Alaska|Hawaii|California|Florida|New York|New Jersey|Virginia|Georgia|"
           "Arizona|Michigan|Pennsylvania|Illinois|Colorado|Massachusetts|Minnesota|Wisconsin|Maryland|Missouri|"
           "Tennessee|Kentucky|Louisiana|Oregon|Washington|Connecticut|Nevada|Oklahoma|Indiana|Alabama|Mississippi|"
           "Arkansas|Kansas|Nebraska|Montana|Wyoming|Vermont|Delaware|North Carolina|South Carolina|North Dakota|"
           "South Dakota|New Mexico|New Hampshire|Rhode Island|West Virginia")
_WEEKDAYS = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ROLES = ("spokes(?:man|woman|person)|secretary|director|chief|official|adviser|advisor|minister|ambassador|"
          "commissioner|chairman|chairwoman|chair|president|leader|executive|officer|analyst|economist|professor|"
          "attorney|lawyer|governor|senator|representative|mayor|anchor|correspondent|general|counsel|founder|"
          "manager|head")

#: Each construction: a pattern over article text whose group ``v`` is the verb the cue must cover. These are the
#: constructions Round 21 of the speaker stage counted (checker/attribute.py docstring).
CONSTRUCTIONS: dict[str, re.Pattern[str]] = {
    "role phrase, Name, said": re.compile(
        r"(?:^|(?<=[.!?\"”] )|(?<=\n))[A-Z][\w’'.-]*(?: [\w’'.-]+){0,9}, (?:(?:Dr|Mr|Mrs|Ms|Capt|Gen|Sen|Rep|Lt|Col|"
        r"Sgt)\. )?[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z’'-]+){1,2}, (?P<v>said|says|told)\b"),
    "party tag (R-Okla.) said": re.compile(r"\((?:R|D|I)(?:-|\., )[A-Z][a-zA-Z.]*\.\) (?P<v>said|says|told)\b"),
    "dash aside before the verb": re.compile(r"[A-Za-z] [-–—] [^-–—\n]{3,150}? [-–—] (?P<v>said|says|told)\b"),
    "Name, Town, State, said": re.compile(
        rf"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+,? (?:[^,\n]{{1,80}}?\b)?(?:in|of|from) [A-Z][\w .'’]+, "
        rf"(?:[A-Z][a-z]{{1,4}}\.|N\.[YJHMCD]\.|[SR]\.[CDI]\.|W\.Va\.|D\.C\.|{_STATES}), (?P<v>said|says|told)\b"),
    "Name, age, a role, said": re.compile(
        r"[A-Z][a-z]+ [A-Z][a-z]+, \d{1,3}, (?:a|an|the) [^,\n]{3,80}, (?P<v>said|says|told)\b"),
    "Name, <body> <role>, said": re.compile(
        rf"\b[A-Z][a-z]+ [A-Z][a-z]+, (?:[A-Z][\w.'’&-]* )+(?:[a-z]+ )*(?:{_ROLES})(?: (?:of|for|at) "
        rf"[\w .'’-]{{1,40}}?)?, (?P<v>said|says|told|added|wrote)\b"),
    "Name, <Title> of <body>, said": re.compile(
        r"\b[A-Z][a-z]+ [A-Z][a-z]+, (?:[A-Z][a-z]+ ){1,3}(?:of|for|at) [^,\n]{1,70}, "
        r"(?P<v>said|says|told|added|wrote|testified|explained|noted)\b"),
    "The <body> in <place> said": re.compile(
        r"\b(?:The|the) (?:[A-Z][\w.]+ ){1,4}in (?:[A-Z][\w.]+ ?){1,3} (?P<v>said|says|told|announced|reported)\b"),
    "The BBC's X in Y says": re.compile(
        r"\b[Tt]he [A-Z][\w.]*['’]s (?:[A-Z][a-z]+ ){1,3}in (?:[A-Z][a-z]+ ?){1,2} (?P<v>says|said|reports)\b"),
    "<Body> of <Name> <role> X said": re.compile(
        rf"\b(?:[A-Z][\w.]+ )+of (?:the )?(?:[A-Z][\w.]+ )+(?:[a-z]+ )?(?:{_ROLES}) [A-Z][a-z]+ [A-Z][a-z]+ "
        rf"(?P<v>said|told|says)\b"),
    "<document>, released …, found": re.compile(
        r", (?:released|published|issued|obtained|sent|signed|filed|posted|written) [^,\n]{3,60}, "
        r"(?P<v>said|says|found|shows|showed|concluded)\b"),
    "…, said former <Title> X": re.compile(r"[,”\"] (?P<v>said|says) former (?:[A-Z][\w.]+ ){1,4}[A-Z][a-z]+"),
    # Round 22: constructions with a group ``name``, whose last word the cue's speaker must hold.
    "said <Body> <modifier> <role> Name": re.compile(
        rf"(?P<v>said|says) (?!{_WEEKDAYS}\b)(?:[A-Z][\w.'’&-]+ ){{1,4}}(?:[a-z]+ ){{1,2}}(?:{_ROLES}|scientist|researcher|strategist) "
        rf"(?P<name>[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z’'-]+)\b"),
    "<document> by/from <Body> found": re.compile(
        r"\b(?:[Aa]n?|[Tt]he) (?:[a-z]+ )?(?:poll|survey|report|study|analysis|audit|memo)(?: [a-z]+){0,3} (?:by|from) "
        r"(?:the )?(?P<name>(?:[A-Z][\w.&'’-]* )*[A-Z][\w.&'’-]*) (?P<v>found|finds|said|says|suggests|concluded)\b"),
    "<figures> by/from <Body> show": re.compile(
        r"\b(?:data|figures|estimates|report|survey|poll|study|analysis|statistics|numbers|records|count|tally|"
        r"projections|calculations)(?: (?:compiled|released|published|issued|collected|gathered|provided|obtained|"
        r"produced))? (?:by|from) (?:the )?(?P<name>(?:[A-Z][\w.&'’-]* )*[A-Z][\w.&'’-]*) "
        r"(?P<v>show|shows|showed|put|puts|suggest|suggests|suggested|indicate|indicates|indicated)\b"),
    # Round 22: a group ``role`` that must not stand as the speaker itself (the role stands for someone named before).
    "the <State> <Party> said after a quote": re.compile(
        r"[,”\"] (?:the|The) (?P<role>(?:[A-Z][a-z]+ ){1,2}(?:Democrat|Republican)) (?P<v>said|says|told|added|wrote)\b"),
    "the <State> <lawmaker> said after a quote": re.compile(
        r"[,”\"] (?:the|The) (?P<role>(?:[A-Z][a-z]+ ){1,2}(?:senator|lawmaker|congressman|congresswoman|governor)) "
        r"(?P<v>said|says|told|added|wrote)\b"),
    "a <Name> <document> of <noun> found": re.compile(
        r"\b(?:[Aa]n?|[Tt]he) (?:new |recent |latest )?(?P<name>(?:[A-Z][\w.&'’-]+ )+)(?:analysis|survey|poll|study|"
        r"report|review|audit|investigation)(?: [a-z]+){0,3} of [^,.;\"“”]{1,60}? (?P<v>found|finds|shows|showed|"
        r"concluded|suggests|says|said)\b"),
    "the investigation/probe found": re.compile(
        r"\b(?:[Tt]he|[Aa]n?|[A-Z][\w.&'’-]*(?:['’]s)?) (?:[A-Z][\w.&'’-]* )*(?:[a-z]+ )?(?:investigation|probe|inquiry) "
        r"(?P<v>found|finds|revealed|reveals|showed|shows|concluded|determined)\b"),
    # Round 23: a name, then a role and a description of the role's body, each set off by commas.
    "Name (the role of <Body>) (a description) said": re.compile(
        r"(?:^|(?<=[.!?\"”] )|(?<=\n))(?P<name>[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z’'-]+), (?:the |a |an )?[a-z][^,\n;“”\"]{2,80}, "
        r"(?:a|an|the) [^,\n;“”\"]{3,100}, (?P<v>said|says|told|added|wrote|explained|noted)\b"),
    # Round 23: a verb setting a count's value, an article, up to two words, the count's noun, then at/of/as.
    "put/placed/gave the <count> at": re.compile(
        r"\b(?P<v>put|puts|placed|places|pegged|pegs|gave|gives|estimated|estimates) (?:the|a|an|its|their|his|her) "
        r"(?:[\w-]+ ){0,2}?(?:figure|toll|death toll|number|total|tally|count|estimate|cost|price tag) (?:at|as|of)\b"
        r"(?<!number of)"),
    # Round 23: an adverb of time or habit between a subject and its verb.
    "<Subject> now/often says": re.compile(
        r"(?:^|(?<=[.!?\"”] )|(?<=\n))(?:[A-Z][\w.'’-]*)(?: [A-Za-z][\w.'’-]*){0,4} (?:had |have |has )?"
        r"(?:now|originally|often|currently|usually|typically|generally|frequently|consistently|routinely) "
        r"(?P<v>says?|said|estimates?|estimated|reports?|reported|claims?|claimed|argues?|argued|insists?|insisted|"
        r"believes?|predicts?|put|puts|told|tells)\b"),
    # Round 23: a participle of saying after a clause whose subject speaks ("… have sued, arguing that …").
    "<clause> then arguing/alleging/claiming that": re.compile(
        r"(?:^|(?<=[.!?\"”] )|(?<=\n))[A-Z][^.\n;:“”\"]{5,200}, (?P<v>arguing|alleging|claiming|contending|asserting|"
        r"insisting|warning|noting|saying|stating) that\b[^.\n]{0,100}\d"),
    "the (Name) family said": re.compile(
        r"\b(?:[Tt]he (?:[A-Z][a-z]+ )?family|[A-Z][a-z]+['’]s? family) (?P<v>said|says|told)\b"),
}


def articles(data: Path, limit: int | None = None):
    """The AllSides article texts, in file order."""
    with gzip.open(data / "allsides" / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
        for count, line in enumerate(handle):
            if limit is not None and count >= limit:
                return
            yield json.loads(line).get("content_original") or ""


def count(pattern: re.Pattern[str], texts) -> tuple[int, list[str]]:
    """Instances of ``pattern`` and the instances no cue covers (their text, for reading)."""
    found, missed = 0, []
    for text in texts:
        for match in pattern.finditer(text):
            found += 1
            # The paragraph up to a little past the instance: enough for the cue, not the whole article.
            lo = max(0, text.rfind("\n", 0, match.start()) + 1, match.start() - 300)
            if "role" in pattern.groupindex:
                lo = max(0, match.start() - 4000)  # (the one a role stands for is named paragraphs before)
            window = text[lo:match.end() + 120]
            verb = match.start("v") - lo
            # (A source phrase's cue, "A report by the UN", ends at the space before the verb it is the subject of.)
            covering = [cue for cue in find_cues(window) if cue.start <= verb <= cue.end + 1]
            named, role = match.groupdict().get("name"), match.groupdict().get("role")
            if not covering or named and named.split()[-1].lower() not in covering[0].speaker.lower() or \
                    role and covering[0].speaker == role:
                missed.append(text[max(lo, match.start() - 60):match.end() + 60].replace("\n", " "))
    return found, missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--only", default="", help="comma-separated construction names (default: all)")
    parser.add_argument("--show", type=int, default=0, help="misses to print per construction")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N articles")
    args = parser.parse_args(argv)
    names = [n for n in args.only.split(",") if n] or list(CONSTRUCTIONS)
    unknown = [n for n in names if n not in CONSTRUCTIONS]
    if unknown:
        parser.error(f"unknown construction(s) {unknown}; known: {list(CONSTRUCTIONS)}")
    corpus = args.data / "allsides" / "articles.jsonl.gz"
    if not corpus.is_file():
        parser.error(f"{corpus}: no such file (--data names the folder holding allsides/articles.jsonl.gz)")
    texts = list(articles(args.data, args.limit))
    print(f"{'construction':34s} {'found':>6s} {'missed':>7s}")
    for name in names:
        found, missed = count(CONSTRUCTIONS[name], texts)
        print(f"{name:34s} {found:6d} {len(missed):7d}")
        for text in missed[:args.show]:
            print(f"    MISS {text[:200]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
