"""Place-name normalisation: one spelling-independent key per name.

Reports spell the same Arabic, Persian or Slavic place many ways ("Deir ez-Zor", "Deir Ezzor",
"Dayr az Zawr"; "Abu Kamal", "Albu Kamal", "Al Bukamal"). Two keys are computed:

- `name_key`: accents, case, apostrophes and hyphens removed, a leading article dropped
  ("Al-Mayadin" -> "mayadin"). Equal keys mean the same written name.
- `loose_key`: `name_key` further folded over common transliteration variants (articles
  anywhere, doubled letters, ou/u, ee/i, ei/ay, aw/o, q/k, a final -ah/-eh, the Abu/Albu
  prefix), without spaces. Equal loose keys mean "probably the same name, spelt differently";
  the gazetteer is indexed on it and the resolver prefers candidates whose `name_key` agrees too.
"""
from __future__ import annotations

import functools
import re
import unicodedata

#: Characters that are dropped, not turned into spaces: apostrophes and Arabic ayn/hamza marks
#: ("Qa'im", "Sha’fah", "Ba‘quba" -> "qaim", "shafah", "baquba").
APOSTROPHES = re.compile(r"['’‘`´ʼʻʿʾ]")
#: Anything that is not a letter or digit separates words ("Deir ez-Zor" -> "deir ez zor").
NON_WORD = re.compile(r"[^a-z0-9]+")
#: Arabic article forms that open a name ("al-", "el ", "ad-", "ash-", "as-"...), and the
#: English "the": "Al-Mayadin" -> "mayadin", "ash-Sheikh Maqsoud" -> "sheikh maqsoud".
ARTICLES = frozenset({"al", "el", "ul", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "an",
                      "ed", "er", "es", "esh", "et", "ez", "en", "the"})
#: An article fused to a doubled sun letter, written as one word: "Ezzor" -> "zor",
#: "Assukhnah" -> "sukhnah", "Arraqqa" -> "raqqa" (the letter is kept once). Applied only
#: inside `loose_key`.
FUSED_ARTICLE = re.compile(r"^[ae](sh|th|dh|[tdrzsn])\1(?=[a-z])")
#: A name opening with Abu/Albu/Abou: one tribal/kunya prefix, spelt many ways
#: ("Albu Kamal", "Abu Kamal", "Al Bukamal" -> "bukamal").
ABU_PREFIX = re.compile(r"^(?:albu|abou|abu)(?=[a-z])")
#: A name opening with Tel/Tell/Tall ("hill"): "Tell Abyad", "Tel Abyad" -> "talabyad".
TELL_PREFIX = re.compile(r"^t[ea]l+(?=[a-z])")
#: Transliteration folds applied in order inside `loose_key`, as plain substitutions.
LOOSE_FOLDS: tuple[tuple[str, str], ...] = (
    ("ou", "u"),  # Boukamal -> bukamal, Sheikhoun -> sheikhun
    ("ee", "i"),  # Mayadeen -> mayadin, Hajeen -> hajin
    ("ei", "ay"), ("ai", "ay"), ("ey", "ay"),  # Deir -> dayr, Shuhail -> shuhayl
    ("aw", "o"),  # Zawr -> zor
    ("o", "u"),  # Arabic writes no o/u difference: Zor / Zour / Zur
    ("q", "k"),  # Qaim / Kaim, Qamishli / Kamishli
)
#: A letter written twice or more: Raqqa -> raqa, Hassakeh -> hasakeh.
DOUBLED = re.compile(r"([a-z])\1+")
#: A final -ah/-eh after at least three letters: Sukhnah -> sukhna, Hasakeh -> hasaka.
FINAL_H = re.compile(r"(?<=[a-z]{3})[ae]h$")


#: How many names' keys are memoised (a few MB at most).
NAME_KEY_CACHE = 65_536
#: Latin letters that Unicode does not decompose into a base letter plus an accent.
UNDECOMPOSABLE = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D",
                                "ı": "i", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th",
                                "ð": "d", "ħ": "h", "Ħ": "H"})
#: A character outside the Latin script blocks (Basic Latin to Latin Extended-B, IPA,
#: combining marks, Latin Extended Additional): Arabic, Cyrillic, CJK...
NON_LATIN = re.compile(r"[^\u0000-\u036F\u1E00-\u1EFF\u2018-\u201F]")


def fold_accents(text: str) -> str:
    """Return the text with accents and diacritics removed ("Ḩimş" -> "Hims", "Zvečan" -> "Zvecan")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSABLE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_latin(text: str) -> bool:
    """Whether the name is written in Latin letters (accents allowed)."""
    return not NON_LATIN.search(text) and any(ch.isalpha() for ch in text)


def words(name: str) -> list[str]:
    """Return the lowercase ASCII words of a name, apostrophes dropped, hyphens as spaces."""
    text = APOSTROPHES.sub("", name)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSABLE))
        text = text.encode("ascii", "ignore").decode("ascii")
    return [w for w in NON_WORD.split(text.lower()) if w]


@functools.lru_cache(maxsize=NAME_KEY_CACHE)
def name_keys(name: str) -> tuple[str, str]:
    """Return (`name_key`, `loose_key`) of a name, splitting it into words once (memoised:
    reports repeat the same names, and the recogniser keys every capitalised span)."""
    parts = words(name)
    return _exact(parts), _loose(parts)


def name_key(name: str) -> str:
    """Return the exact-spelling key of a name: lowercase words, leading article dropped."""
    return _exact(words(name))


def loose_key(name: str) -> str:
    """Return the transliteration-tolerant key of a name (articles anywhere, vowels folded)."""
    return _loose(words(name))


def _exact(parts: list[str]) -> str:
    start = 0
    while start < len(parts) - 1 and parts[start] in ARTICLES:
        start += 1
    return " ".join(parts[start:])


def _loose(parts: list[str]) -> str:
    kept = [FUSED_ARTICLE.sub(r"\1", w) if w[0] in "ae" else w for w in parts if w not in ARTICLES]
    key = "".join(kept or parts)
    if key.startswith(("a", "t")):
        key = TELL_PREFIX.sub("tal", ABU_PREFIX.sub("bu", key))
    for old, new in LOOSE_FOLDS:
        key = key.replace(old, new)
    key = DOUBLED.sub(r"\1", key)
    if key.endswith("h"):
        key = FINAL_H.sub("a", key)
    return key


def split_alternative(text: str) -> tuple[str, str | None]:
    """Split "X (Y)" into ("X", "Y"); a name without a bracketed alternative gives ("X", None)."""
    match = BRACKETED_ALTERNATIVE.fullmatch(text.strip())
    if not match:
        return text.strip(), None
    return match.group(1).strip(), match.group(2).strip()


#: A name followed by an alternative in brackets: "Deir Ezzor (Dayr az Zawr)", "Sirte (Surt)".
BRACKETED_ALTERNATIVE = re.compile(r"([^()]+?)\s*\(([^()]+)\)")
