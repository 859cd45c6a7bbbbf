"""Cut a sentence into word pieces and find the spans that could be place names: runs of
capitalised pieces joined by spaces or hyphens, with the lowercase connectors place names hold
("Deir ez-Zor", "Mocimboa da Praia", "al-Bukamal"). Whether a span is a place is decided by
`recognise.places`.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.normalise.names import ARTICLES

#: A word piece: letters/digits, with apostrophes inside ("Qa'im", "Sha’fah", "T3").
#: Hyphens split pieces, so "Deir ez-Zor" is three pieces and "al-Bukamal" two.
#: A possessive "'s" is not part of the piece: "Lebanon’s Akkar" -> "Lebanon", "s", "Akkar".
TOKEN = re.compile(r"[^\W_]+(?:['’](?!s\b)[^\W_]+)*")
#: What may separate two pieces of one name: nothing, a space or a hyphen ("Deir ez-Zor", "Ras al-Ain").
JOINERS = frozenset({"", " ", "-", "‐", "–"})
#: Lowercase words allowed inside a multi-word name ("Mocimboa da Praia", "Sib and Suran",
#: "Wath-upon-Dearne", "Jisr al-Shughur", "Bosnia and Herzegovina", "Port-au-Prince").
CONNECTORS = frozenset((ARTICLES - {"the"}) | {"de", "da", "do", "dos", "das", "del", "della", "di", "du",
                                                "des",
                                    "la", "le", "les", "los", "las", "of", "and", "upon", "en",
                                    "bin", "ibn", "bani", "beni", "wa", "y", "i", "sur", "am", "im",
                                    "au", "aux"})
#: Arabic articles that may open a name written in lowercase ("al-Bukamal", "ar-Raqqa").
OPENING_ARTICLES = ARTICLES - {"the"}
#: Articles that may stand apart from their name with a space ("al Bukamal", "el Fasher"): they
#: are not also English words, so they bind to a name even with a space.
SPACED_ARTICLES = frozenset({"al", "el"})
#: The apostrophes of a possessive "'s" inside a name ("Cox's Bazar", "Cox’s Bazar").
APOSTROPHES = frozenset({"'", "’"})
#: The most word pieces one place name holds ("Ras al-Ain" is three).
MAX_PIECES = 7
#: Capitalised words that open sentences without being part of a name ("In Hajin, ...").
FUNCTION_WORDS = frozenset(STOP_WORDS) | {"meanwhile", "yesterday", "today", "overnight", "earlier",
                                          "later", "separately", "elsewhere", "also", "residents"}


class Token:
    """A word piece with its offsets; its lower-case form and capital are worked out once."""

    # A plain class with slots: a report has thousands of pieces, each read many times.
    __slots__ = ("start", "end", "text", "lower", "capitalised")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower()
        self.capitalised = text[0].isupper()


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Return the word pieces of text[start:end] with their offsets."""
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]


def joined(text: str, left: Token, right: Token) -> bool:
    """Whether two pieces are written as parts of one name (a space or hyphen between)."""
    return text[left.end:right.start] in JOINERS


def possessive(text: str, left: Token, piece: Token) -> bool:
    """Whether a piece is the "s" of a possessive right after its owner: "Cox's Bazar" is a
    name of three pieces, "Lebanon’s Akkar" a candidate span the gazetteer will not know."""
    return piece.lower == "s" and text[left.end:piece.start] in APOSTROPHES


def glued_article(text: str, article: Token, name: Token) -> bool:
    """An Arabic article bound to the next word: "al-Ras", "ad-Dana", "el Arish". English words
    that are also transliterated articles ("at", "as", "an") count only with a hyphen."""
    if article.lower not in ARTICLES:
        return False
    return article.lower in SPACED_ARTICLES or text[article.end:name.start] == "-"


def candidate_spans(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Return (first, last) token indexes of every span that could be a place name."""
    spans: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        opens = ((tok.capitalised and tok.lower not in FUNCTION_WORDS)
                 or opening_article(text, tokens, i))
        if not opens:
            continue
        for j in range(i, min(i + MAX_PIECES, len(tokens))):
            piece = tokens[j]
            owned = j > i and possessive(text, tokens[j - 1], piece)
            if j > i and not owned and not joined(text, tokens[j - 1], piece):
                break
            if not piece.capitalised and piece.lower not in CONNECTORS and not owned:
                break
            # A name never ends on its article: "Wadi Al-Ajeej" is not "Wadi Al".
            if piece.capitalised and not (j > i and piece.lower in ARTICLES):
                spans.append((i, j))
    return spans


def opening_article(text: str, tokens: list[Token], i: int) -> bool:
    """Whether a lowercase Arabic article opens a name: "al-Bukamal", "al Bukamal", "as-Sukhnah".
    Forms that are also English words ("at", "as", "an") count only when hyphenated."""
    tok = tokens[i]
    if tok.lower not in OPENING_ARTICLES or i + 1 >= len(tokens) or not tokens[i + 1].capitalised:
        return False
    gap = text[tok.end:tokens[i + 1].start]
    return gap in ("-", "‐") or (gap == " " and tok.lower in SPACED_ARTICLES)
