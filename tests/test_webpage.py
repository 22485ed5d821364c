"""Saved web pages (checker.webpage) and reading them as a corpus.

The article sentences are from the quake RSS corpus (../shared/data/quake-rss),
wrapped in the markup news sites use: menus, scripts, asides, meta tags.
"""

from __future__ import annotations

import pytest

import checker
from checker.corpus import load_corpus
from checker.webpage import INLINE_SPACE, declared_charset, read_page, source_line
from checker.report.sarif import claim_locations

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <title>US announces $100 million in earthquake relief | Example Times</title>
  <meta property="og:site_name" content="Example Times">
  <meta property="article:published_time" content="2023-02-20T09:15:00+00:00">
  <link rel="canonical" href="https://example.com/world/quake-aid">
  <script>window.ads = {slots: 12, refresh: 3000};</script>
  <style>.hero { width: 1200px }</style>
</head>
<body>
<header class="masthead"><a href="/">Example Times</a> <span>Top 10 stories</span></header>
<nav><ul><li>World</li><li>5 things to know</li></ul></nav>
<article>
  <header><h1>US announces $100 million in earthquake relief funding for Turkey and Syria</h1></header>
  <p>US Secretary of State Antony Blinken on Sunday announced $100 million in disaster
     relief aid for Turkey and Syria as the countries grapple with the aftermath of a
     powerful 7.8 magnitude earthquake that has killed at least 46,000 people.</p>
  <p>Rescuers in Turkey saved a family of five on Saturday&nbsp;as efforts
     increased in urgency.<br>Aid &amp; shelter reached 1,200 villages.</p>
  <aside><h3>Read more</h3><p>25 photos of the quake</p></aside>
  <footer>Share this article with 3 friends</footer>
</article>
<footer>&copy; 2023 Example Times. 1 Example Street.</footer>
</body>
</html>
"""


def test_article_text_only_with_blocks_on_their_own_lines():
    page = read_page(PAGE)
    lines = page.text.splitlines()
    assert lines[0] == "US announces $100 million in earthquake relief funding for Turkey and Syria"
    # A paragraph wrapped over three source lines is one line (one sentence) of text.
    assert lines[1].startswith("US Secretary of State Antony Blinken on Sunday announced $100 million in disaster relief")
    assert lines[1].endswith("that has killed at least 46,000 people.")
    # <br> breaks a line; entities and no-break spaces are decoded.
    assert "Saturday as efforts increased in urgency." in lines[2]
    assert lines[3] == "Aid & shelter reached 1,200 villages."
    # Menus, scripts, styles, asides and footers carry figures that are not the article's.
    for noise in ("Top 10", "5 things", "slots", "1200px", "25 photos", "3 friends", "Example Street"):
        assert noise not in page.text


def test_metadata_from_meta_tags():
    meta = read_page(PAGE).meta
    assert meta["outlet"] == "Example Times"
    assert meta["published"] == "2023-02-20T09:15:00+00:00"
    assert meta["url"] == "https://example.com/world/quake-aid"
    assert meta["language"] == "en"
    # The outlet's name is not part of the headline.
    assert meta["title"] == "US announces $100 million in earthquake relief"


def test_source_lines_point_into_the_page():
    page = read_page(PAGE)
    lines = PAGE.splitlines()
    for figure in ("$100 million in earthquake relief funding", "46,000 people", "1,200 villages", "family of five"):
        line = source_line(page.source_lines, page.text.index(figure))
        assert figure.split()[0] in lines[line - 1], (figure, line, lines[line - 1])


def test_page_without_article_element_uses_the_body_and_time_element():
    markup = ("<html><body><p>Posted <time datetime='2023-02-12'>Sunday</time></p>\n"
              "<div>The death toll in Turkey and Syria rose above 33,000 on Sunday.</div>\n"
              "<script>var n = 4;</script></body></html>")
    page = read_page(markup)
    assert page.meta["published"] == "2023-02-12"
    assert "rose above 33,000 on Sunday." in page.text
    assert "var n" not in page.text


@pytest.mark.parametrize("markup", [
    "<p>More than 5,000 people died.<p>Another 300 were hurt",          # unclosed paragraphs
    "<div><script>if (a < 3) { b = 4 }</div><p>12 rescued.</p>",     # script never closed
    "</aside></nav><p>40 missing.</p></article>",                    # stray end tags
    "",
])
def test_broken_markup_never_raises(markup):
    page = read_page(markup)
    assert isinstance(page.text, str)


@pytest.mark.parametrize("raw, cleaned", [("a  \t b", "a b"), ("a\u00a0b", "a b"), ("a\nb", "a\nb")])
def test_inline_space(raw, cleaned):
    assert INLINE_SPACE.sub(" ", raw) == cleaned


def test_html_pages_in_a_corpus_give_claims_on_page_lines(tmp_path):
    (tmp_path / "aid.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "empty.htm").write_text("<html><body><nav>Menu</nav></body></html>", encoding="utf-8")
    (tmp_path / "binary.html").write_bytes(b"\x00\x01PNG" * 10)
    documents = load_corpus([tmp_path])
    by_name = {name.rsplit("/", 1)[-1]: row for name, row in zip(documents["file"], documents.to_dict("records"))}
    assert by_name["aid.html"]["status"] == "ok"
    assert by_name["aid.html"]["outlet"] == "Example Times"
    assert by_name["aid.html"]["published"].startswith("2023-02-20")
    assert "html meta" in by_name["aid.html"]["metadata_source"]
    assert by_name["empty.htm"]["status"].startswith("empty")
    assert by_name["binary.html"]["status"].startswith("error")

    claims = checker.extract_corpus(documents)
    deaths = claims[claims["surface"].str.contains("46,000")].iloc[0]
    assert deaths["value"] == 46000 and deaths["qualifier"] == "at_least"
    assert "46,000" in PAGE.splitlines()[deaths["line"] - 1]
    aid = claims[(claims["value"] == 100e6) & (claims["speaker"] == "Antony Blinken")].iloc[0]
    assert "$100 million in disaster" in PAGE.splitlines()[aid["line"] - 1]
    assert aid["claim_date"] == "2023-02-19"       # "on Sunday" before a Monday publication
    # SARIF gets the page line but no column: the offset is into the article text.
    location = claim_locations(claims, documents)[deaths["claim_id"]]
    assert location["region"]["startLine"] == deaths["line"]
    assert "startColumn" not in location["region"]


def test_manifest_overrides_page_metadata(tmp_path):
    (tmp_path / "aid.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet,published\naid.html,Wire Copy,2023-02-21\n", encoding="utf-8")
    row = load_corpus([tmp_path]).iloc[0]
    assert (row["outlet"], row["published"]) == ("Wire Copy", "2023-02-21")


@pytest.mark.parametrize("head, codec", [
    (b'<meta charset="iso-8859-2">', "iso8859-2"),
    (b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1251'>", "cp1251"),
    (b'<meta charset=utf-8 />', "utf-8"),
    (b'<meta charset="no-such-codec">', None),
    (b"<p>charset=koi8-r is not a declaration</p>", None),
])
def test_declared_charset(head, codec):
    assert declared_charset(b"<html><head>" + head + b"</head>") == codec


def test_page_in_its_declared_encoding(tmp_path):
    # A Polish page in ISO-8859-2: as Windows-1252 its letters would come out wrong.
    body = "<p>Według ministerstwa zginęło 1200 osób, a 300 zostało rannych.</p>"
    page = f'<html><head><meta charset="iso-8859-2"></head><body>{body}</body></html>'
    (tmp_path / "pl.html").write_bytes(page.encode("iso-8859-2"))
    row = load_corpus([tmp_path]).iloc[0]
    assert row["encoding"] == "iso8859-2"
    assert "Według ministerstwa zginęło 1200 osób" in row["text"]
