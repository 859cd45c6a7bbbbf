"""The opponent trainer's cross-validation: reports dealt into folds, several shuffles."""
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
