"""Corpus loading: every input document is accounted for, metadata comes from the right place."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from checker.corpus import CorpusOptions, load_corpus
from checker.errors import InputError

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"

# A short real news paragraph (Reuters-style RSS description) used across tests.
QUAKE = ("The death toll from the earthquake in Turkey and Syria rose to more than 11,000 on Wednesday, "
         "officials said.")


def test_seed_directory_reads_manifest_metadata():
    documents = load_corpus([SEEDS])
    assert list(documents["doc_id"]) == sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert (documents["status"] == "ok").all()
    by_name = {Path(d).name: row for d, row in zip(documents["doc_id"], documents.itertuples())}
    assert by_name["001_0e4e2480f77082a7.txt"].outlet == "IANS"
    assert by_name["002_b241c34fbdefa81a.txt"].published == "2024-11-20"
    assert by_name["002_b241c34fbdefa81a.txt"].title.startswith("100,000 North Korean troops could be deployed")
    # The text is kept exactly as read, so claim offsets index into the file.
    assert by_name["003_50f94abe81825be2.txt"].text == (SEEDS / "003_50f94abe81825be2.txt").read_text("utf-8")


def test_metadata_inferred_from_text_without_manifest(tmp_path):
    for name in ("001_0e4e2480f77082a7.txt", "002_b241c34fbdefa81a.txt", "004_fa6052cc0d604a9b.txt"):
        (tmp_path / name).write_bytes((SEEDS / name).read_bytes())
    documents = load_corpus([tmp_path]).set_index("doc_id")
    rows = {Path(k).name: v for k, v in documents.iterrows()}
    assert rows["001_0e4e2480f77082a7.txt"]["outlet"] == "IANS"  # closing "(IANS)"
    assert rows["004_fa6052cc0d604a9b.txt"]["outlet"] == "RFI"  # "(RFI)" credit beats the closing "With AFP"
    assert rows["002_b241c34fbdefa81a.txt"]["outlet"] == "Korea JoongAng Daily"  # "with the Korea JoongAng Daily"
    assert rows["002_b241c34fbdefa81a.txt"]["published"].startswith("2024-11-20")  # "Published: 20 Nov. 2024, 15:57"


def test_front_matter_is_metadata_and_offsets_stay_file_offsets(tmp_path):
    file = tmp_path / "a.md"
    file.write_text(f"---\ntitle: Quake toll\noutlet: Reuters\npublished: 2023-02-08T10:00:00+03:00\n---\n{QUAKE}\n",
                    encoding="utf-8")
    (document,) = load_corpus([file]).itertuples()
    assert (document.title, document.outlet, document.published) == ("Quake toll", "Reuters", "2023-02-08T07:00:00Z")
    raw = file.read_text("utf-8")
    start = raw.index("11,000")
    assert document.text[start:start + 6] == "11,000"
    assert "Reuters" not in document.text  # blanked: front matter is not prose


@pytest.mark.parametrize(
    "content, status",
    [
        (b"", "empty: no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "error: binary file (NUL bytes), not text"),
    ],
)
def test_unreadable_text_files_become_status_rows(tmp_path, content, status):
    file = tmp_path / "doc.txt"
    file.write_bytes(content)
    (document,) = load_corpus([file]).itertuples()
    assert document.status == status
    assert document.doc_id == str(file)


def test_windows_1252_text_is_decoded(tmp_path):
    file = tmp_path / "legacy.txt"
    file.write_bytes("Officials said \x93about 5,000\x94 people were evacuated.".encode("latin-1").replace(b"\x93", b"\x93"))
    (document,) = load_corpus([file]).itertuples()
    assert document.status == "ok" and document.encoding == "cp1252"
    assert "\u201cabout 5,000\u201d" in document.text


def test_broken_front_matter_names_the_line(tmp_path):
    file = tmp_path / "bad.md"
    file.write_text("---\ntitle: ok\noutlet: [unclosed\n---\nText with 3 numbers.\n", encoding="utf-8")
    (document,) = load_corpus([file]).itertuples()
    assert document.status.startswith("error: line ")
    assert "front matter is not valid YAML" in document.status


def test_impossible_date_is_a_warning_naming_file_line_and_the_text_is_still_read(tmp_path):
    (tmp_path / "a.txt").write_text(QUAKE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet,published\na.txt,Reuters,2023-02-30\n", encoding="utf-8")
    (document,) = load_corpus([tmp_path]).itertuples()
    assert document.status == "ok" and document.published == ""
    assert document.warning.startswith(f"{tmp_path / 'manifest.csv'}:2: published: impossible date '2023-02-30'")


def test_jsonl_rows_with_title_and_body_and_bad_lines(tmp_path):
    rows = [
        {"link": "https://example.org/a", "title": "Quake kills thousands", "description": QUAKE,
         "feed": "https://www.reuters.com/world/rss", "date_published": "2023-02-08 06:00:00+00:00"},
        "not json {",
        {"ID": "x2", "content_original": "Some 300 people were rescued.", "source": "AP", "date": ""},
        {"ID": "x3", "other": "no text here"},
    ]
    file = tmp_path / "feed.jsonl"
    file.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    documents = load_corpus([file])
    assert list(documents["doc_id"]) == [f"{file}#https://example.org/a", f"{file}#2", f"{file}#x2", f"{file}#x3"]
    first = documents.iloc[0]
    assert first.text == f"Quake kills thousands\n\n{QUAKE}"
    assert (first.outlet, first.published, first.line_base) == ("reuters.com", "2023-02-08T06:00:00Z", 1)
    assert documents.iloc[1].status.startswith("error: line 2: invalid JSON")
    assert documents.iloc[2].status == "ok" and documents.iloc[2].outlet == "AP"
    assert documents.iloc[3].status.startswith("error: line 4: no text field")


def test_csv_and_json_rows_and_custom_fields(tmp_path):
    (tmp_path / "a.csv").write_text('story,when\n"Police put the crowd at 18,000.",2019-03-01\n', encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"articles": [{"id": 7, "text": "At least 40 died."}]}), encoding="utf-8")
    options = CorpusOptions(text_fields=("story", "text"), date_fields=("when", "date"))
    documents = load_corpus([tmp_path], options)
    assert list(documents["doc_id"]) == [f"{tmp_path / 'a.csv'}#1", f"{tmp_path / 'b.json'}#7"]
    assert documents.iloc[0].published == "2019-03-01"
    assert documents.iloc[0].line_base == 2


def test_gzipped_jsonl_is_read(tmp_path):
    file = tmp_path / "dump.jsonl.gz"
    with gzip.open(file, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "1", "text": QUAKE}) + "\n")
    (document,) = load_corpus([file]).itertuples()
    assert document.status == "ok" and document.text == QUAKE


def test_hidden_files_skipped_unknown_types_accounted_for(tmp_path):
    (tmp_path / ".hidden.txt").write_text("5 things", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("5 things", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / "b.txt").write_text(QUAKE, encoding="utf-8")
    documents = load_corpus([tmp_path])
    assert [Path(d).name for d in documents["doc_id"]] == ["b.txt", "photo.png"]
    assert documents.iloc[1].status.startswith("skipped: unsupported file type '.png'")


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        load_corpus([tmp_path / "nope"])


def test_repeated_row_ids_stay_unique(tmp_path):
    file = tmp_path / "dup.jsonl"
    file.write_text(json.dumps({"id": "a", "text": "1 dead"}) + "\n" + json.dumps({"id": "a", "text": "2 dead"}) + "\n",
                    encoding="utf-8")
    documents = load_corpus([file])
    assert list(documents["doc_id"]) == [f"{file}#a", f"{file}#a@2"]


def test_jsonl_stream_accounts_for_every_line(tmp_path):
    file = tmp_path / "mixed.jsonl"
    file.write_bytes(
        json.dumps({"id": "a", "text": "Some 300 people were rescued."}).encode() + b"\n"
        + b'{"id": "b", "text": "Caf\xe9 owners said 12 shops closed."}\n'  # Windows-1252 line
        + b"\n"
        + b'[1, 2]\n'
    )
    documents = load_corpus([file])
    assert list(documents["status"]) == ["ok", "ok", "error: line 4: each JSON line must be an object"]
    assert documents.iloc[1].text == "Café owners said 12 shops closed."


@pytest.mark.parametrize("content, status", [(b"", "empty: no rows"), (b"\n\n", "empty: no rows"),
                                             (b"\x00\x01binary", "error: binary file (NUL bytes), not text")])
def test_empty_and_binary_row_files(tmp_path, content, status):
    file = tmp_path / "rows.jsonl"
    file.write_bytes(content)
    (document,) = load_corpus([file]).itertuples()
    assert document.status == status


def test_oversized_text_file_is_refused_not_loaded(tmp_path):
    file = tmp_path / "huge.txt"
    file.write_text("The toll rose to 1,000. " * 100, encoding="utf-8")
    (document,) = load_corpus([file], CorpusOptions(max_document_bytes=1000)).itertuples()
    assert document.status == "error: file larger than 1,000 bytes; split it or raise the limit"


def test_common_dump_layouts_are_read_without_options(tmp_path):
    # NewsAPI-style (nested source, publishedAt, content), news-please-style
    # (maintext, date_publish, source_domain) and capitalised CSV headers.
    (tmp_path / "newsapi.jsonl").write_text(json.dumps({
        "source": {"id": "bbc-news", "name": "BBC News"}, "title": "Quake toll rises",
        "publishedAt": "2023-02-08T10:00:00Z", "content": "The death toll rose to 11,000 on Wednesday."}) + "\n",
        encoding="utf-8")
    (tmp_path / "newsplease.jsonl").write_text(json.dumps({
        "maintext": "More than 5,000 people died.", "date_publish": 1675843200,
        "source_domain": "www.reuters.com", "title": "Quake"}) + "\n", encoding="utf-8")
    (tmp_path / "sheet.csv").write_text("Headline,Body,Pub_Date,Publisher\nToll,About 40 died.,2023-02-09,AP\n",
                                        encoding="utf-8")
    rows = load_corpus([tmp_path]).set_index("file")
    newsapi = rows.loc[str(tmp_path / "newsapi.jsonl")]
    assert (newsapi["outlet"], newsapi["published"], newsapi["title"]) == ("BBC News", "2023-02-08T10:00:00Z",
                                                                           "Quake toll rises")
    assert newsapi["text"].endswith("The death toll rose to 11,000 on Wednesday.")
    newsplease = rows.loc[str(tmp_path / "newsplease.jsonl")]
    assert (newsplease["outlet"], newsplease["published"]) == ("www.reuters.com", "2023-02-08T08:00:00Z")
    sheet = rows.loc[str(tmp_path / "sheet.csv")]
    assert (sheet["outlet"], sheet["published"], sheet["title"]) == ("AP", "2023-02-09", "Toll")
    assert sheet["text"] == "Toll\n\nAbout 40 died."


def test_dotted_field_names_reach_into_objects(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"meta": {"Outlet": "Example Times", "when": "2023-02-08"},
                                                  "body": "12 people were rescued."}) + "\n", encoding="utf-8")
    options = CorpusOptions(outlet_fields=("meta.outlet",), date_fields=("meta.when",))
    row = load_corpus([tmp_path], options).iloc[0]
    assert (row["outlet"], row["published"]) == ("Example Times", "2023-02-08")


def test_a_single_article_object_is_one_document_not_its_authors(tmp_path):
    # news-please writes one article per .json file, with a list of author names.
    (tmp_path / "a.json").write_text(json.dumps({"authors": ["Jane Doe"], "maintext": "40 people died.",
                                                 "date_publish": "2023-02-08 10:00:00"}), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"authors": [], "maintext": "12 were hurt."}), encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps({"status": "ok", "articles": [
        {"title": "Toll", "content": "5 dead."}, {"title": "Toll 2", "content": "6 dead."}]}), encoding="utf-8")
    documents = load_corpus([tmp_path])
    assert documents["status"].tolist() == ["ok"] * 4
    assert documents["text"].tolist() == ["40 people died.", "12 were hurt.", "Toll\n\n5 dead.", "Toll 2\n\n6 dead."]


def test_one_deeply_nested_line_loses_only_itself(tmp_path):
    deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    (tmp_path / "a.jsonl").write_text('{"text": "5 dead."}\n' + deep + '\n{"text": "6 dead."}\n', encoding="utf-8")
    documents = load_corpus([tmp_path])
    assert documents["status"].tolist() == ["ok", "error: line 2: invalid JSON: nested too deeply", "ok"]


@pytest.mark.parametrize("content, text", [
    ("The toll rose to 11,000 on Tuesday … [+2345 chars]", "The toll rose to 11,000 on Tuesday"),
    ("Rescuers found 12 survivors... [+812 chars]", "Rescuers found 12 survivors"),
    ("A figure [+5 chars] inside stays.", "A figure [+5 chars] inside stays."),
])
def test_api_truncation_marker_is_not_text(tmp_path, content, text):
    (tmp_path / "a.jsonl").write_text(json.dumps({"content": content}) + "\n", encoding="utf-8")
    assert load_corpus([tmp_path]).loc[0, "text"] == text


def test_flattened_and_padded_headers(tmp_path):
    (tmp_path / "a.csv").write_text(" Title , Text ,source.name,publishedAt\nToll,5 dead.,BBC News,2023-02-08\n",
                                    encoding="utf-8")
    row = load_corpus([tmp_path], CorpusOptions(outlet_fields=("source.name",))).iloc[0]
    assert (row["title"], row["outlet"], row["published"], row["status"]) == ("Toll", "BBC News", "2023-02-08", "ok")
