"""Sentence spans and line numbers."""

import pytest

from checker.text import LOWER_WORD_AFTER_STOP, SENTENCE_END, WORD_BEFORE_DOT, line_of, line_starts, lines_of, sentence_spans


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Mr. Yoon said so. He left.", ["Mr. Yoon said so.", "He left."]),
        ("Published: 20 Nov. 2024, 15:57\nAs many as 100,000 troops.",
         ["Published: 20 Nov. 2024, 15:57", "As many as 100,000 troops."]),
        ("U.S.-supplied missiles were fired. Russia said so.", ["U.S.-supplied missiles were fired.", "Russia said so."]),
        ("He said, “this is a matter of days.” Then he left.", ["He said, “this is a matter of days.”", "Then he left."]),
        ("Headline\n\nBody text here.", ["Headline", "Body text here."]),
        ("J. Smith wrote it.", ["J. Smith wrote it."]),
        ("Up 3.1% today! Down tomorrow?", ["Up 3.1% today!", "Down tomorrow?"]),
        # AllSides: an abbreviation ends the sentence too when a sentence opener follows it.
        ("Half of the adults in the U.S. According to the poll, most agree.",
         ["Half of the adults in the U.S.", "According to the poll, most agree."]),
        ("The company was bought by Acme Inc. The deal closed Friday.",
         ["The company was bought by Acme Inc.", "The deal closed Friday."]),
        ("U.S. President Joe Biden spoke. Gen. Milley agreed.", ["U.S. President Joe Biden spoke.", "Gen. Milley agreed."]),
        # AllSides texts that lost the space (and paragraph break) after a stop: a sentence ends there too,
        # but not inside an e-mail address, nor after an abbreviation.
        ("A penny sales tax hike made up $1.5 billion of that amount.The report also notes that just 6 states",
         ["A penny sales tax hike made up $1.5 billion of that amount.", "The report also notes that just 6 states"]),
        ("those avenues where we can find common cause.\"But still, she insisted",
         ["those avenues where we can find common cause.\"", "But still, she insisted"]),
        ("Write to Rebecca.Ballhaus@wsj.com and Gov.Cuomo said.", ["Write to Rebecca.Ballhaus@wsj.com and Gov.Cuomo said."]),
    ],
)
def test_sentence_spans(text, sentences):
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


def test_sentence_spans_cover_text_without_whitespace():
    text = "  One.  Two.  "
    assert sentence_spans(text) == [(2, 6), (8, 12)]


@pytest.mark.parametrize("text, ends", [("a. b", ["."]), ("a.” b", [".”"]), ("a\nb", ["\n"]), ("3.1 x", []),
                                        ("Iran.Richard Haass", ["."]), ("weapon.\"And if", ['."']),
                                        ("at Erin.Ailworth@wsj", []), ("the U.S.Army", []), ("amount.the", [])])
def test_sentence_end_regex(text, ends):
    assert [m.group() for m in SENTENCE_END.finditer(text)] == ends


@pytest.mark.parametrize("text, word", [("Mr.", "Mr"), ("the U.S.", "U.S"), ("end 3.", None)])
def test_word_before_dot_regex(text, word):
    found = WORD_BEFORE_DOT.search(text)
    assert (found.group(1) if found else None) == word


@pytest.mark.parametrize("text, word", [(" According to", "According"), ("  The", "The"), (" 3 more", None)])
def test_next_word_regex(text, word):
    from checker.text import NEXT_WORD

    found = NEXT_WORD.match(text)
    assert (found.group(1) if found else None) == word


@pytest.mark.parametrize("text", ["", "one", "one\ntwo\n\nthree\n", "\n\nx\n", "a\r\nb\nc"])
def test_lines_of_is_line_of(text):
    offsets = [*range(-2, len(text) + 3), *range(len(text) + 2, -3, -1), 0, len(text), 1, 1, 0]
    starts = line_starts(text)
    assert lines_of(text, offsets) == [line_of(starts, offset) for offset in offsets]


def test_line_of():
    text = "one\ntwo\nthree"
    starts = line_starts(text)
    assert [line_of(starts, text.index(w)) for w in ("one", "two", "three")] == [1, 2, 3]


def test_line_break_regex():
    from checker.text import LINE_BREAK

    assert [m.start() for m in LINE_BREAK.finditer("a\nb\n")] == [1, 3]


def test_run_on_text_is_cut_into_readable_sentences():
    from checker.text import MAX_SENTENCE

    text = "1 2 3 4 5 " * 1000
    spans = sentence_spans(text)
    assert len(spans) > 1 and all(e - s <= MAX_SENTENCE for s, e in spans)
    assert all(text[s:e].strip() == text[s:e] for s, e in spans)


@pytest.mark.parametrize("text", ["İzmir: Three hundred people died.", "Straße 5", "plain ascii 12"])
def test_lower_keeping_offsets_keeps_length(text):
    from checker.text import lower_keeping_offsets

    lowered = lower_keeping_offsets(text)
    assert len(lowered) == len(text)
    assert lowered.endswith(text[-10:].lower()[-10:]) or "İ" in text


def test_sentence_spans_are_a_fresh_list_each_call():
    # Results are memoised for the next stage; a caller editing its list must not
    # change what the next stage sees.
    text = "Officials said 40 died. Rescuers found 12 more."
    first = sentence_spans(text)
    first.clear()
    assert sentence_spans(text) == [(0, 23), (24, 47)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr.", "the U.S.", "end 3.", "..a.", "a 3x.", "x.y.Z.", "Gen.", "...", " .", "İzmir Inc.", "naïve Co.",
        # AllSides: abbreviations and initials before a full stop.
        "according to the U.S. Department of Justice.", "said Sen. Lindsey Graham.", "in Washington, D.C.",
    ],
)
def test_word_before_dot_is_the_regex_search(text):
    from checker.text import word_before_dot

    for start in range(len(text)):
        for dot in (i for i, c in enumerate(text) if c == "." and i >= start):
            found = WORD_BEFORE_DOT.search(text, start, dot + 1)
            assert word_before_dot(text, start, dot) == (found.group(1) if found else None), (start, dot)


@pytest.mark.parametrize("headline, expected", [
    ("Saudi Arabia Announces Billion Help For Turkey", True),      # quake RSS, a Title Case headline
    ("Fauci Says Coronavirus Deaths Could Be More Like", True),
    ("Turkey earthquake death toll rises above 20,000", False),     # sentence case
    ("Rescue Efforts", False),                                       # too few words to tell
])
def test_title_case(headline, expected):
    from checker.text import title_case
    assert title_case(headline.split()) is expected


@pytest.mark.parametrize("text, sentences", [
    # AllSides shapes: a party tag's state abbreviation, a quoted question, an ellipsis going on in lower case
    ("Sen. Lindsey Graham (R., S.C.) said the president is glad to be leaving town. He left.",
     ["Sen. Lindsey Graham (R., S.C.) said the president is glad to be leaving town.", "He left."]),
    ("Rep. Liz Cheney (R-Wyo.) said 12 members agreed. Others did not.",
     ["Rep. Liz Cheney (R-Wyo.) said 12 members agreed.", "Others did not."]),
    ('She asked "What day is it?" when pulled from the rubble. Rescuers cheered.',
     ['She asked "What day is it?" when pulled from the rubble.', "Rescuers cheered."]),
    # a link or a handle after the stop opens no run-on: the tweet's link is not the sentence's
    ("I won't talk about the details. pic.twitter.com/91NoZLoJ1G — Aaron Rupar",
     ["I won't talk about the details.", "pic.twitter.com/91NoZLoJ1G — Aaron Rupar"]),
])
def test_a_stop_before_a_lower_case_word_ends_no_sentence(text, sentences):
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


@pytest.mark.parametrize("after, joins", [(" said", True), (" he asked", True), (" pic.twitter.com/x", False),
                                          (" www.example.com", False), (" http://x.co", False), (" The", False)])
def test_lower_word_after_stop(after, joins):
    assert bool(LOWER_WORD_AFTER_STOP.match(after)) is joins
