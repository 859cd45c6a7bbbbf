"""Flattening HTML fragments to text."""
from __future__ import annotations

import pytest

from sitrep.ingest.html import html_fragment_to_text


@pytest.mark.parametrize("fragment, text", [
    ("<p>One.</p><p>Two.</p>", "One.\nTwo."),
    ("<div>A <b>bold</b>\n   claim</div>", "A bold claim"),
    ("<p>Fish &amp; chips &#8211; cheap</p>", "Fish & chips \u2013 cheap"),
    ("<script>var a = 1;</script><style>p {}</style><p>Seen</p>", "Seen"),
    ("<p>unclosed <i>tags", "unclosed tags"),
    ("no tags at all", "no tags at all"),
])
def test_html_fragment_to_text(fragment, text):
    assert html_fragment_to_text(fragment) == text
