"""Fast whole-word phrase search over a text with an Aho-Corasick automaton."""
from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

import ahocorasick

T = TypeVar("T", bound=Hashable)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class PhraseIndex(Generic[T]):
    """Finds lower-cased phrases in a text on word boundaries, each with its payloads.

    A phrase may carry several payloads (the same word in two lexicon families). Matching is
    case-insensitive; callers that need case (acronyms) check the original text themselves.
    """

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        table: dict[str, list[T]] = {}
        for phrase, payload in entries:
            key = phrase.lower()
            if key:
                table.setdefault(key, []).append(payload)
        self._automaton = ahocorasick.Automaton()
        for key, payloads in table.items():
            self._automaton.add_word(key, (len(key), tuple(payloads)))
        if table:
            self._automaton.make_automaton()
        self._empty = not table

    def find(self, text: str, lowered: str | None = None) -> list[tuple[int, int, tuple[T, ...]]]:
        """All whole-word matches as (start, end, payloads), overlapping ones included."""
        if self._empty:
            return []
        lowered = text.lower() if lowered is None else lowered
        n = len(lowered)
        hits = []
        for end_index, (length, payloads) in self._automaton.iter(lowered):
            start, end = end_index - length + 1, end_index + 1
            if start > 0 and _is_word_char(lowered[start - 1]):
                continue
            if end < n and _is_word_char(lowered[end]):
                continue
            hits.append((start, end, payloads))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        return hits


def longest_non_overlapping(hits: list[tuple[int, int, tuple[T, ...]]]) -> list[tuple[int, int, tuple[T, ...]]]:
    """Keep the longest match wherever matches overlap (leftmost first on ties)."""
    chosen: list[tuple[int, int, tuple[T, ...]]] = []
    for hit in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
        if all(hit[1] <= c[0] or hit[0] >= c[1] for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h[0])
