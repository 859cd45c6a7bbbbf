"""Bytes to text: refuse binary files, find the encoding, refuse what no encoding explains."""
from __future__ import annotations

import codecs

from sitrep.errors import InputRejected

#: How much of a file the binary check looks at.
BINARY_SNIFF_BYTES = 8192
#: Share of control characters (other than tab, newlines, form feed) above which a file is
#: binary. Text in any encoding has almost none; images and archives have about 1 in 8 or more.
MAX_CONTROL_RATIO = 0.05
#: Byte-order marks that say the encoding outright (UTF-16/32 text is full of NUL bytes, so
#: these are checked before the binary test).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: Tried before the detector's choice when they read the bytes as cleanly: reports that are
#: not UTF-8 are most often in a Western single-byte encoding.
PREFERRED_LEGACY = ("cp1252", "latin_1", "iso8859_15")

_TEXT_CONTROLS = {0x09, 0x0A, 0x0C, 0x0D}


def looks_binary(data: bytes) -> bool:
    """True when bytes look like a binary file (NUL bytes, or many control characters)."""
    head = data[:BINARY_SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROLS)
    return controls / len(head) > MAX_CONTROL_RATIO


def decode_text(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode a report's bytes, or raise InputRejected (binary, empty, undecodable)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _non_empty(data.decode(encoding), source)
            except UnicodeDecodeError as exc:
                raise InputRejected(source, InputRejected.UNDECODABLE,
                                    f"bad {encoding}: {exc.reason}") from exc
    if not data.strip():
        raise InputRejected(source, InputRejected.EMPTY)
    if looks_binary(data):
        raise InputRejected(source, InputRejected.BINARY, "not a text file")
    for codec in (declared, "utf-8"):
        if not codec:
            continue
        try:
            return _non_empty(data.decode(codec), source)
        except (UnicodeDecodeError, LookupError):
            continue
    return _non_empty(_detect(data, source), source)


def _detect(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = from_bytes(data).best()
    if best is None:
        raise InputRejected(source, InputRejected.UNDECODABLE,
                            "not UTF-8, and no other encoding reads it as text")
    # Detection on a few hundred bytes often ranks a DOS or Central European code page above
    # Windows-1252 for Western text; take 1252 whenever it reads no messier than the winner.
    for encoding in PREFERRED_LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if mess_ratio(text, maximum_threshold=1.0) <= best.chaos:
            return text
    return str(best)


def _non_empty(text: str, source: str) -> str:
    if not text.strip():
        raise InputRejected(source, InputRejected.EMPTY)
    return text
