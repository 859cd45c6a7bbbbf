"""Feed detection by content."""
from __future__ import annotations

import pytest

from sitrep.ingest.feeds import looks_like_feed


@pytest.mark.parametrize("data, expected", [
    (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', True),
    (b'<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom">', True),
    (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', True),
    (b"<html><body><p>rss feeds explained</p>", False),
    (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">', False),
    (b"<feedback>not a feed</feedback>", False),
    (b"plain text about an rss feed", False),
])
def test_looks_like_feed(data, expected):
    assert looks_like_feed(data) is expected
