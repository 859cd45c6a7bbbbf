"""Reading reports from every input format, and rejecting every kind of bad input in one line."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from sitrep.errors import InputRejected
from sitrep.ingest.sources import expand_sources, read_input, read_sources
from sitrep.model import Document

CLASH = "Government forces clashed with rebels near Exampleton on Monday, killing three fighters."
STRIKE = "An air strike hit a market in Otherville on Tuesday, the council said."

HTML_PAGE = f"""<!DOCTYPE html><html><head><title>Clashes near Exampleton | Example News</title>
<meta property="og:title" content="Clashes near Exampleton">
<meta property="article:published_time" content="2021-03-04T10:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Clashes near Exampleton</h1><p>{CLASH}</p><p>{STRIKE}</p></article>
<footer>Copyright Example News</footer></body></html>"""

RSS_FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Wire</title><link>https://example.org/</link><description>News</description>
<item><title>Clashes near Exampleton</title><link>https://example.org/a</link>
<pubDate>Thu, 04 Mar 2021 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>{CLASH}</p><p>{STRIKE}</p>]]></content:encoded></item>
<item><title>Strike in Otherville</title><link>https://example.org/b</link>
<description>{STRIKE}</description></item>
<item><title>Photo of the day</title><link>https://example.org/c</link><description></description></item>
</channel></rss>"""

ATOM_FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:example</id>
<updated>2021-03-05T00:00:00Z</updated>
<entry><title>Clashes</title><id>urn:example:1</id><link href="https://example.org/atom/1"/>
<published>2021-03-05T08:00:00Z</published><updated>2021-03-05T08:00:00Z</updated>
<summary type="html">&lt;p&gt;{CLASH}&lt;/p&gt;</summary></entry></feed>"""


def documents(items) -> list[Document]:
    items = list(items)
    rejected = [i for i in items if isinstance(i, InputRejected)]
    assert not rejected, rejected
    return items


def rejection(items) -> InputRejected:
    items = list(items)
    assert len(items) == 1 and isinstance(items[0], InputRejected), items
    return items[0]


def test_read_input_text_file_keeps_text_and_sets_ids(tmp_path):
    path = tmp_path / "Field Report 1.txt"
    path.write_text(f"{CLASH}\r\n{STRIKE}\r\n", encoding="utf-8")
    [doc] = documents(read_input(str(path)))
    assert doc.text == f"{CLASH}\n{STRIKE}\n"
    assert doc.id == f"field-report-1-txt-{doc.content_hash[:12]}"
    assert doc.url == path.resolve().as_uri()
    assert doc.title is None and doc.ingested_at is not None
    assert [d.id for d in documents(read_input(str(path)))] == [doc.id]  # deterministic


def test_read_input_markdown_takes_title_and_date_from_front_matter(tmp_path):
    path = tmp_path / "report.md"
    path.write_text(f"---\ntitle: Clashes near Exampleton\ndate: 2021-03-04\n---\n# Heading\n\n{CLASH}\n")
    [doc] = documents(read_input(str(path)))
    assert (doc.title, doc.published) == ("Clashes near Exampleton", dt.date(2021, 3, 4))
    assert doc.text == f"# Heading\n\n{CLASH}\n"


def test_read_input_markdown_takes_title_from_first_heading(tmp_path):
    path = tmp_path / "report.md"
    path.write_text(f"Intro line\n\n# Clashes near Exampleton\n\n## Background\n{CLASH}\n")
    [doc] = documents(read_input(str(path)))
    assert doc.title == "Clashes near Exampleton" and doc.published is None


def test_read_input_html_keeps_main_text_title_and_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE)
    [doc] = documents(read_input(str(path)))
    assert CLASH in doc.text and STRIKE in doc.text
    assert "Copyright" not in doc.text and "Home" not in doc.text
    assert doc.title == "Clashes near Exampleton"
    assert doc.published == dt.date(2021, 3, 4)


@pytest.mark.parametrize("html", [
    f"<div><p>{CLASH}<p>{STRIKE}<b>unclosed",
    f"<<<>>><html><body><p>{CLASH}</body></html></html></p>",
    f"<html><head><script>var x = '<p>';</script></head><body>{CLASH}",
])
def test_read_input_broken_html_still_gives_its_text(tmp_path, html):
    path = tmp_path / "broken.htm"
    path.write_text(html)
    [doc] = documents(read_input(str(path)))
    assert CLASH in doc.text
    assert "var x" not in doc.text


def test_read_input_json_record_in_gold_shape(tmp_path):
    record = {"id": "r-1", "url": "https://example.org/r1", "source": "example.org",
              "published": "2021-03-04", "title": "Clashes", "text": CLASH, "events": []}
    path = tmp_path / "r1.json"
    path.write_text(json.dumps(record))
    [doc] = documents(read_input(str(path)))
    assert (doc.id, doc.url, doc.source, doc.title, doc.published, doc.text) == (
        "r-1", "https://example.org/r1", "example.org", "Clashes", dt.date(2021, 3, 4), CLASH)


def test_read_input_json_list_without_ids_gets_derived_ids(tmp_path):
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"text": CLASH}, {"text": STRIKE, "id": "given"}]))
    docs = documents(read_input(str(path)))
    assert docs[0].id.startswith("batch-json-1-") and docs[1].id == "given"


def test_read_input_jsonl_rejects_bad_lines_alone(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "a", "text": CLASH}), "{not json", "", json.dumps({"id": "c", "text": ""}),
             json.dumps({"id": "d", "text": STRIKE})]
    path.write_text("\n".join(lines))
    items = list(read_input(str(path)))
    assert [i.id for i in items if isinstance(i, Document)] == ["a", "d"]
    assert [(i.source, i.reason) for i in items if isinstance(i, InputRejected)] == [
        (f"{path}:2", InputRejected.MALFORMED), (f"{path}:4", InputRejected.EMPTY)]


def test_read_input_rss_feed_gives_one_document_per_entry(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(RSS_FEED)
    items = list(read_input(str(path)))
    first, second, empty = items
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text == f"{CLASH}\n{STRIKE}" and first.url == "https://example.org/a"
    assert (first.title, first.source, first.published) == ("Clashes near Exampleton", "Example Wire",
                                                             dt.date(2021, 3, 4))
    assert second.text == STRIKE and second.published is None
    assert isinstance(empty, InputRejected) and empty.reason == InputRejected.EMPTY
    assert empty.source == f"{path}#3"


def test_read_input_atom_feed(tmp_path):
    path = tmp_path / "wire.atom"
    path.write_text(ATOM_FEED)
    [doc] = documents(read_input(str(path)))
    assert (doc.text, doc.url, doc.published) == (CLASH, "https://example.org/atom/1", dt.date(2021, 3, 5))


def test_read_sources_walks_folders_recursively_skipping_hidden_and_unknown(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a" / "one.txt").write_text(CLASH)
    (tmp_path / "a" / "b" / "two.md").write_text(STRIKE)
    (tmp_path / "a" / "b" / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / ".hidden" / "three.txt").write_text("hidden")
    (tmp_path / "a" / ".four.txt").write_text("hidden too")
    assert expand_sources([str(tmp_path)]) == [str(tmp_path / "a" / "one.txt"),
                                               str(tmp_path / "a" / "b" / "two.md")]
    assert sorted(d.text for d in documents(read_sources([str(tmp_path)]))) == sorted([CLASH, STRIKE])


def test_read_input_file_without_suffix_is_sniffed(tmp_path):
    (tmp_path / "notes").write_text("[section]\nkey = value\n" + CLASH)  # INI-like text, not JSON
    (tmp_path / "record").write_text(json.dumps({"id": "sniffed", "text": CLASH}))
    assert documents(read_input(str(tmp_path / "notes")))[0].text.endswith(CLASH)
    assert documents(read_input(str(tmp_path / "record")))[0].id == "sniffed"


def test_read_input_url_html_page(http_site):
    url = http_site("/news/clashes", HTML_PAGE.encode())
    [doc] = documents(read_input(url))
    assert CLASH in doc.text and doc.url == url and doc.source == "127.0.0.1"
    assert doc.id.startswith("clashes-")


def test_read_input_url_feed_detected_by_content(http_site):
    url = http_site("/feed", RSS_FEED.encode(), content_type="application/octet-stream")
    items = list(read_input(url))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "InputRejected"]


BAD_INPUTS = [
    ("binary", "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", InputRejected.BINARY),
    ("empty", "empty.txt", b"", InputRejected.EMPTY),
    ("only whitespace", "blank.md", b"  \n\t\n", InputRejected.EMPTY),
    ("undecodable bytes", "mangled.txt", bytes(range(0x80, 0x100)) * 3, InputRejected.UNDECODABLE),
    ("malformed feed", "broken.xml", b"<?xml version='1.0'?><rss><channel><item><title>x</ti",
     InputRejected.MALFORMED),
    ("XML that is no feed", "data.xml", b"<?xml version='1.0'?><catalog><book/></catalog>",
     InputRejected.MALFORMED),
    ("malformed JSON", "broken.json", b'{"id": "x", "text": ', InputRejected.MALFORMED),
    ("JSON without text", "notext.json", b'{"id": "x", "title": "no text"}', InputRejected.MALFORMED),
    ("HTML without text", "blank.html", b"<html><body><script>x()</script></body></html>",
     InputRejected.EMPTY),
]


@pytest.mark.parametrize("why, name, content, reason", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_read_input_rejects_bad_file_in_one_line(tmp_path, why, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    rejected = rejection(read_input(str(path)))
    assert rejected.reason == reason
    assert rejected.source == str(path)
    assert "\n" not in str(rejected) and str(path) in str(rejected)


def test_read_input_rejects_too_large_file_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(CLASH * 10)
    rejected = rejection(read_input(str(path), max_bytes=100))
    assert rejected.reason == InputRejected.TOO_LARGE and "limit is 100" in str(rejected)


def test_read_input_rejects_missing_file(tmp_path):
    assert rejection(read_input(str(tmp_path / "absent.txt"))).reason == InputRejected.NOT_FOUND


def test_read_input_rejects_unreachable_url(closed_port_url):
    rejected = rejection(read_input(closed_port_url))
    assert rejected.reason == InputRejected.UNREACHABLE and rejected.source == closed_port_url


def test_read_input_rejects_http_error(http_site):
    url = http_site("/gone", b"gone", status=404)
    rejected = rejection(read_input(url))
    assert rejected.reason == InputRejected.UNREACHABLE and "404" in str(rejected)


def test_read_input_rejects_too_large_url(http_site):
    url = http_site("/big", HTML_PAGE.encode())
    assert rejection(read_input(url, max_bytes=100)).reason == InputRejected.TOO_LARGE


def test_read_sources_goes_on_after_bad_inputs(tmp_path):
    (tmp_path / "good.txt").write_text(CLASH)
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02")
    items = list(read_sources([str(tmp_path), str(tmp_path / "absent.txt")]))
    assert [type(i).__name__ for i in items] == ["InputRejected", "Document", "InputRejected"]
