"""Markdown metadata: the front-matter and heading patterns, and what they give."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest.text import FRONT_MATTER, MARKDOWN_TITLE, markdown_report, plain_report


@pytest.mark.parametrize("text, matches", [
    ("---\ntitle: A\n---\nbody", True),
    ("---\r\ntitle: A\r\n---\r\nbody", True),
    ("---\ntitle: A\ndate: 2021-01-02\n---", True),
    ("intro\n---\ntitle: A\n---\n", False),  # not at the start
    ("--- \nunclosed front matter\nbody", False),
])
def test_front_matter_pattern(text, matches):
    assert (FRONT_MATTER.match(text) is not None) is matches


@pytest.mark.parametrize("text, title", [
    ("# Clashes in the north\nbody", "Clashes in the north"),
    ("intro\n#   Spaced title  #\n", "Spaced title"),
    ("## Background\n", None),
    ("#hashtag only\n", None),
    ("no heading at all", None),
])
def test_markdown_title_pattern(text, title):
    found = MARKDOWN_TITLE.search(text)
    assert (found.group(1) if found else None) == title


def test_markdown_report_prefers_front_matter_and_reads_published():
    parts = markdown_report("---\ntitle: From meta\npublished: 2020-05-06\n---\n# From heading\ntext")
    assert (parts.title, parts.published) == ("From meta", dt.date(2020, 5, 6))
    assert parts.text == "# From heading\ntext"


def test_markdown_report_keeps_text_when_front_matter_is_not_yaml():
    text = "---\n: : not yaml [\n---\nbody"
    assert markdown_report(text).text == text


def test_plain_report_has_no_metadata():
    parts = plain_report("# Not a title in plain text")
    assert parts.title is None and parts.published is None
