"""The opponent trainer's cross-validation: reports dealt into folds, several shuffles."""
from pathlib import Path

import pytest

from sitrep.events.train_opponents import CROSS_VALIDATION_FOLDS, _report_folds

QUESTIONS = [(f"report-{i // 2}", [{"log_mentions": 1.0}], 0, 0) for i in range(40)]


@pytest.mark.parametrize("seed", [0, 1, 7])
def test_train_opponents_folds_partition_the_questions_by_report(seed):
    folds = _report_folds(QUESTIONS, seed)
    assert len(folds) == CROSS_VALIDATION_FOLDS
    assert sorted(i for fold in folds for i in fold) == list(range(len(QUESTIONS)))
    for fold in folds:
        reports = {QUESTIONS[i][0] for i in fold}
        # a report's questions are never split between fitting and testing
        assert fold == {i for i, q in enumerate(QUESTIONS) if q[0] in reports}


def test_train_opponents_folds_change_with_the_shuffle_and_repeat_with_its_seed():
    assert _report_folds(QUESTIONS, 3) == _report_folds(QUESTIONS, 3)
    assert _report_folds(QUESTIONS, 3) != _report_folds(QUESTIONS, 4)


SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
# A made-up report: the army is named alone in the last two sentences. The first event's other
# side (Al-Shabaab) is a candidate; the second's (civilians, in a clash, where civilians are never
# offered) is named in the report but not offered.
REPORT = {
    "id": "made-up-1", "published": "2024-03-02", "title": "Fighting in Lower Shabelle",
    "text": ("Fighting in Lower Shabelle\n\nAl-Shabaab fighters attacked Somali soldiers near Afgoye on "
             "Friday. African Union troops were not involved, the mission said. Civilians fled the town. "
             "On Saturday the Somali army repelled another assault near Afgoye. "
             "Later the Somali army fought in the market."),
}
EVENTS = [
    {"actor1": "Military Forces of Somalia", "actor2": "Al-Shabaab", "sub_event_type": "Armed clash",
     "country": "Somalia", "evidence": "On Saturday the Somali army repelled another assault near Afgoye."},
    {"actor1": "Military Forces of Somalia", "actor2": "Civilians (Somalia)", "sub_event_type": "Armed clash",
     "country": "Somalia", "evidence": "Later the Somali army fought in the market."},
]


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").is_file(),
                    reason="../shared/tools/score.py is not beside the repo")
def test_train_opponents_questions_count_gold_sides_the_candidates_leave_out(tmp_path):
    import json
    import shutil

    from sitrep.events.train_opponents import questions
    from sitrep.events.training import load_scorer

    gold = tmp_path / "gold" / "train"
    gold.mkdir(parents=True)
    shutil.copy(SHARED / "gold" / "actors.yaml", tmp_path / "gold" / "actors.yaml")
    (gold / "made-up-1.json").write_text(json.dumps({**REPORT, "events": EVENTS}), encoding="utf-8")
    found = questions(gold, load_scorer(SHARED / "tools" / "score.py"))
    assert found.not_offered == 1
    assert [q[0] for q in found.questions] == ["made-up-1"]
