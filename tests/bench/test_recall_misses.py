"""The recall-miss lister matches a gold event's evidence to the candidate of its own sentence."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _lister():
    spec = importlib.util.spec_from_file_location("recall_misses", ROOT / "bench" / "recall_misses.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("gold, candidate, same", [
    ("Rebels shelled the town on Monday, killing four.", "Rebels shelled the town on Monday, killing four.", True),
    ("Rebels shelled the town on Monday,\n killing four.", "Rebels shelled the town on Monday, killing four.", True),
    ("Rebels shelled the town on Monday", "Rebels shelled the town on Monday, killing four, officials said.", True),
    ("Rebels shelled the town on Monday, killing four.", "Troops retook the bridge on Tuesday.", False),
    ("", "Troops retook the bridge on Tuesday.", False),
])
def test_recall_misses_same_sentence_matches_one_sentence_cut_differently(gold, candidate, same):
    assert _lister().same_sentence(gold, candidate) is same


@pytest.mark.parametrize("text, normalised", [("a\n  b", "a b"), ("  a\tb ", "a b"), ("ab", "ab")])
def test_recall_misses_whitespace_regex_collapses_runs(text, normalised):
    assert _lister().WHITESPACE.sub(" ", text).strip() == normalised
