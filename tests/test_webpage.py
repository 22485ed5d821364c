"""Saved web pages (checker.webpage) and reading them as a corpus.

The article sentences are from the quake RSS corpus (../shared/data/quake-rss),
wrapped in the markup news sites use: menus, scripts, asides, meta tags.
"""

from __future__ import annotations

import pytest

import checker
from checker.corpus import load_corpus
from checker.webpage import INLINE_SPACE, PageError, declared_charset, read_page, source_line
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
    # One <br> is a space (a sentence may run across it); entities and no-break spaces are decoded.
    assert lines[2] == "Rescuers in Turkey saved a family of five on Saturday as efforts increased in urgency. " \
                       "Aid & shelter reached 1,200 villages."
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


# Layouts of real news pages, each of which once lost or garbled figures.
@pytest.mark.parametrize("name, markup, text", [
    ("inline tag after a wrapped line", "<p>the toll rose to\n<b>11,500</b></p>", "the toll rose to 11,500"),
    ("head never closed", "<head><title>T</title>\n<body><p>The toll rose to 500.", "The toll rose to 500."),
    ("head closed by the first body element", "<head><title>T</title>\n<p>The toll rose to 500.",
     "The toll rose to 500."),
    ("ASP.NET form around the body", "<body><form id=aspnetForm><article><p>The toll rose to 500.</p></article>"
     "</form></body>", "The toll rose to 500."),
    ("misnested aside", "<div><aside>ad</div><p>toll 500</p>", "toll 500"),
    ("table cells", "<table><tr><td>Syria</td><td>12</td><td>345</td></tr><tr><td>Turkey</td><td>44,218</td>"
     "</tr></table>", "Syria | 12 | 345\nTurkey | 44,218"),
    ("br inside a heading", "<h1>Quake death toll<br>tops 11,000</h1>", "Quake death toll tops 11,000"),
    ("br br as a paragraph break", "<div>5 dead.<br><br>12 hurt.</div>", "5 dead.\n12 hurt."),
    ("comments are articles too", "<article><p>Officials said the toll rose to 11,000 on Tuesday.</p></article>"
     "<section class=comments><article><p>it was 50,000 dead</p></article></section>",
     "Officials said the toll rose to 11,000 on Tuesday."),
    ("headline in main's header", "<header>Menu 10</header><main><header><h1>Toll tops 11,000</h1></header>"
     "<p>More.</p></main>", "Toll tops 11,000\nMore."),
    ("headline above the article", "<div class=hero><h1>Toll tops 11,000</h1></div><article><p>12 rescued.</p>"
     "</article>", "Toll tops 11,000\n12 rescued."),
])
def test_real_page_layouts(name, markup, text):
    assert read_page(markup).text == text + "\n"


def test_huge_unclosed_page_is_read_in_linear_time():
    # No </head>, thousands of unclosed <p>: once quadratic (a minute for 4 MB).
    markup = "<head><title>T</title>" + "<p>The toll rose to 500 and 12 were hurt." * 50_000
    page = read_page(markup)
    assert page.text.count("500") == 50_000


def test_metadata_only_from_the_head_and_visible_content():
    markup = ("<head><meta property='article:published_time' content='2023-02-10'><title>Quake toll</title></head>"
              "<body><aside><meta itemprop=datePublished content=2019-05-01></aside>"
              "<header><time datetime=2026-11-21>today</time></header>"
              "<svg><title>Close</title></svg><p>5 dead</p></body>")
    meta = read_page(markup).meta
    assert meta["published"] == "2023-02-10" and meta["title"] == "Quake toll"


def test_json_ld_metadata_when_meta_tags_are_missing():
    markup = ('<head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
              '{"@type": "WebSite", "name": "X"}, {"@type": "NewsArticle", "headline": "Toll tops 11,000", '
              '"datePublished": "2023-02-10T08:00:00Z", "publisher": {"@type": "Organization", '
              '"name": "Example Times"}}]}</script></head><body><p>5 dead</p></body>')
    page = read_page(markup)
    assert page.meta == {"published": "2023-02-10T08:00:00Z", "outlet": "Example Times", "title": "Toll tops 11,000"}
    assert page.text == "5 dead\n"


def test_unreadable_markup_names_its_line():
    with pytest.raises(PageError) as error:
        read_page("<p>a</p>\n<p>b</p>\n<![foo[ x <p>12 b</p>")
    assert error.value.line == 3


@pytest.mark.parametrize("head, codec", [
    (b'<meta charset="iso-8859-1">', "cp1252"),     # as browsers read it: the euro sign is 0x80
    (b'<meta charset="US-ASCII">', "cp1252"),
    (b'<meta charset="unicode-escape">', None),     # not a page encoding
    (b'<meta charset="rot13">', None),
])
def test_charset_labels_read_as_browsers_do(head, codec):
    assert declared_charset(b"<html><head>" + head + b"</head>") == codec


def test_unreadable_page_is_an_error_row_naming_the_line(tmp_path):
    (tmp_path / "bad.html").write_text("<p>a</p>\n<![foo[ x <p>12 b</p>", encoding="utf-8")
    (tmp_path / "good.html").write_text("<p>12 people were rescued.</p>", encoding="utf-8")
    statuses = dict(zip(load_corpus([tmp_path])["file"].map(lambda f: f.rsplit("/", 1)[-1]),
                        load_corpus([tmp_path])["status"]))
    assert statuses["bad.html"].startswith("error: line 2: unreadable markup")
    assert statuses["good.html"] == "ok"
