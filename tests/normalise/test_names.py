"""Place-name keys: spelling variants share a loose key, different places do not."""
from __future__ import annotations

import pytest

from sitrep.normalise.names import (
    ABU_PREFIX,
    BRACKETED_ALTERNATIVE,
    DOUBLED,
    FINAL_H,
    FUSED_ARTICLE,
    NON_LATIN,
    TELL_PREFIX,
    fold_accents,
    is_latin,
    loose_key,
    name_key,
    split_alternative,
)


@pytest.mark.parametrize("variants", [
    ("Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir al-Zour", "Deir Ez-Zor"),
    ("Abu Kamal", "Albu Kamal", "Al Bukamal", "Boukamal", "al-Bukamal"),
    ("Mayadin", "Mayadeen", "Al-Mayadin", "al Mayadeen"),
    ("Sukhnah", "Al-Sukhnah", "Sukhna", "as-Sukhnah"),
    ("Qaim", "Al-Qa'im", "Al-Qa’im", "al Qaim"),
    ("Hasakah", "Al-Hasakeh", "Hassakeh"),
    ("Tal Abyad", "Tell Abyad", "Tel Abyad"),
    ("Ras al-Ain", "Ras al-Ayn", "Ras al Ain"),
    ("Raqqa", "Ar-Raqqah", "Raqqah", "Arraqqa"),
    ("Jisr al-Shughur", "Jisr ash-Shughur", "Jisr al-Shughour"),
    ("Khan Sheikhoun", "Khan Shaykhun"),
    ("Zvečan", "Zvecan"),
])
def test_loose_key_joins_transliteration_variants(variants: tuple[str, ...]) -> None:
    keys = {loose_key(v) for v in variants}
    assert len(keys) == 1, dict(zip(variants, (loose_key(v) for v in variants), strict=True))


@pytest.mark.parametrize("a, b", [
    ("Susah", "Sousse"),  # a Syrian village and a Tunisian city
    ("Homs", "Hamas"),  # a city and an actor
    ("Hajin", "Hijaz"),
    ("Mosul", "Mersin"),
    ("Idlib", "Irbid"),
])
def test_loose_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert loose_key(a) != loose_key(b)


@pytest.mark.parametrize("name, key", [
    ("Al-Mayadin", "mayadin"),
    ("al Bukamal", "bukamal"),
    ("Ash-Sheikh Maqsoud", "sheikh maqsoud"),
    ("Deir ez-Zor", "deir ez zor"),
    ("Qa'im", "qaim"),
    ("The Hague", "hague"),
    ("Al", "al"),  # a lone article is a name, not nothing
])
def test_name_key_strips_leading_article_and_punctuation(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize("text, folded", [
    ("Ḩimş", "Hims"), ("Zvečan", "Zvecan"), ("Łódź", "Lodz"), ("São Luís", "Sao Luis"), ("Homs", "Homs"),
])
def test_fold_accents_removes_diacritics(text: str, folded: str) -> None:
    assert fold_accents(text) == folded


@pytest.mark.parametrize("text, latin", [
    ("Ḩajīn", True), ("Deir ez-Zor", True), ("حجين", False), ("Хаджин", False), ("123", False),
])
def test_is_latin_accepts_latin_script_only(text: str, latin: bool) -> None:
    assert is_latin(text) is latin


@pytest.mark.parametrize("text, expected", [
    ("Deir Ezzor (Dayr az Zawr)", ("Deir Ezzor", "Dayr az Zawr")),
    ("Sirte (Surt)", ("Sirte", "Surt")),
    ("Hajin", ("Hajin", None)),
    ("Hajin (", ("Hajin (", None)),
])
def test_split_alternative_reads_bracketed_alternatives(text: str, expected: tuple[str, str | None]) -> None:
    assert split_alternative(text) == expected


@pytest.mark.parametrize("pattern, text, matches", [
    (FUSED_ARTICLE, "ezzor", True), (FUSED_ARTICLE, "arraqqa", True), (FUSED_ARTICLE, "assukhnah", True),
    (FUSED_ARTICLE, "azaz", False), (FUSED_ARTICLE, "ezor", False),
    (ABU_PREFIX, "abukamal", True), (ABU_PREFIX, "albukamal", True), (ABU_PREFIX, "abu", False),
    (ABU_PREFIX, "bukamal", False),
    (TELL_PREFIX, "tellabyad", True), (TELL_PREFIX, "talabyad", True), (TELL_PREFIX, "tabqa", False),
    (DOUBLED, "raqqa", True), (DOUBLED, "raqa", False),
    (FINAL_H, "sukhnah", True), (FINAL_H, "hasakeh", True), (FINAL_H, "shah", False),
    (FINAL_H, "sukhna", False),
    (NON_LATIN, "حجين", True), (NON_LATIN, "Ḩajīn", False),
    (BRACKETED_ALTERNATIVE, "Sirte (Surt)", True), (BRACKETED_ALTERNATIVE, "Sirte", False),
])
def test_names_regexes_match_their_examples(pattern, text: str, matches: bool) -> None:  # type: ignore[no-untyped-def]
    found = pattern.fullmatch(text) if pattern is BRACKETED_ALTERNATIVE else pattern.search(text)
    assert (found is not None) is matches
