from sitrep.recognise.phrases import PhraseIndex, longest_non_overlapping


def test_phrases_match_whole_words_case_insensitively():
    index = PhraseIndex([("air strike", "air"), ("is", "is")])
    hits = index.find("An Air Strike hit this island")
    assert [(s, e) for s, e, _ in hits] == [(3, 13)]


def test_phrases_longest_non_overlapping_keeps_longest():
    index = PhraseIndex([("car bomb", 1), ("suicide car bomb", 2), ("bomb", 3)])
    hits = longest_non_overlapping(index.find("a suicide car bomb"))
    assert [p for _, _, p in hits] == [(2,)]


def test_phrases_several_payloads_for_one_phrase():
    index = PhraseIndex([("captured", "territory"), ("captured", "arrest")])
    [(start, end, payloads)] = index.find("They captured it")
    assert set(payloads) == {"territory", "arrest"}
