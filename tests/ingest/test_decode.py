"""Binary detection and decoding of report bytes."""
from __future__ import annotations

import pytest

from sitrep.errors import InputRejected
from sitrep.ingest.decode import decode_text, looks_binary

SENTENCE = "Kämpfe bei Städten: die Behörde zählte drei Tote, sagte Müller."


@pytest.mark.parametrize("data, expected", [
    (b"plain text\nwith lines\tand tabs\r\n", False),
    ("ünïcödé text".encode(), False),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", True),
    (b"PK\x03\x04\x14\x00\x06\x00", True),
    (b"mostly text but \x01\x02\x03\x04\x05\x06 control bytes", True),
    (b"", False),
])
def test_looks_binary_tells_text_from_binary(data, expected):
    assert looks_binary(data) is expected


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"])
def test_decode_text_reads_common_encodings(encoding):
    assert decode_text(SENTENCE.encode(encoding), "x") == SENTENCE


def test_decode_text_follows_declared_charset():
    assert decode_text("Città già".encode("iso8859_15"), "x", declared="iso8859_15") == "Città già"


@pytest.mark.parametrize("data, reason", [
    (b"", InputRejected.EMPTY),
    (b" \n\t ", InputRejected.EMPTY),
    ("\ufeff  ".encode("utf-8"), InputRejected.EMPTY),
    (b"\x00\x01binary", InputRejected.BINARY),
    (bytes(range(0x80, 0x100)) * 2, InputRejected.UNDECODABLE),
    (b"\xff\xfe" + b"\x00\xd8", InputRejected.UNDECODABLE),  # a UTF-16 BOM, then half a surrogate pair
])
def test_decode_text_rejects_bad_bytes(data, reason):
    with pytest.raises(InputRejected) as caught:
        decode_text(data, "the-input")
    assert caught.value.reason == reason and caught.value.source == "the-input"
