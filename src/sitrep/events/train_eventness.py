"""Train the eventness model on annotated reports: `python -m sitrep.events.train_eventness GOLD_DIR`.

`--oof OUT.jsonl` also writes every labelled candidate with its out-of-fold probability (the mean
over the cross-validation repeats), whether the model would keep it, and whether its sentence is
one of the report's annotated `non_events`: the honest view of the false events, since the
in-sample view scores reports the model was fitted to.

Each candidate the rules propose (at a low confidence floor) is labelled by pairing it with the
gold events the way score.py pairs them: paired is positive, unpaired is negative, and a
candidate that pairs only with an "optional" gold event is left out. A logistic regression
(scikit-learn, `pip install -e '.[train]'`) is fitted; the threshold is the one that maximises
detection F1 in document-grouped cross-validation, so it is not chosen on the data it was fitted to.
Only ever point it at training data: dev is for measuring.
"""
from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from sitrep.events.eventness import MODEL_RESOURCE, EventnessModel, candidate_features
from sitrep.events.training import fitted_weights, parse_training_args, write_model
from sitrep.ingest.json_documents import documents_from_json

#: Inverse regularisation strength: words are many and reports few, so weights stay small.
REGULARISATION_C = 0.3
#: A word or word pair seen in fewer reports than this is left out: it names a place or a
#: person of one story, not a way of reporting events.
MIN_DOCUMENT_FREQUENCY = 3
CROSS_VALIDATION_FOLDS = 5
#: Cross-validation is repeated over this many shufflings of the reports into folds, and the
#: threshold chosen on the mean figures: with a few hundred candidates, one split's figures
#: move the chosen threshold by 0.05-0.1 from one retraining to the next.
CROSS_VALIDATION_REPEATS = 5
THRESHOLDS = tuple(round(0.2 + 0.025 * i, 3) for i in range(17))
#: The threshold is the best cross-validated F1 among those whose precision and recall are
#: this close: users need both (issue 5 asks for them within 0.15 on new reports). Over this
#: project's retrainings the gap on unseen reports (dev) ran up to 0.08 wider than
#: cross-validation's, so 0.05 keeps it within 0.15. CV F1 is flat for thresholds up to that
#: gap and falls beyond it (0.025 cost 0.013 of CV F1 at the last retraining).
MAX_CV_GAP = 0.05


Row = tuple[str, dict[str, float], int]


@dataclass(frozen=True)
class CandidateSummary:
    """What an out-of-fold listing shows of a labelled candidate, beside its `Row`."""

    document_id: str
    sub_event_type: str
    evidence: str
    non_event: bool


def labelled_candidates(gold_dir: Path, scorer: ModuleType) -> tuple[list[Row], int]:
    """(document id, features, label) for every labelled candidate of the gold set, and its gold event count."""
    rows, n_gold, _ = summarised_candidates(gold_dir, scorer)
    return rows, n_gold


def summarised_candidates(gold_dir: Path, scorer: ModuleType) -> tuple[list[Row], int, list[CandidateSummary]]:
    """`labelled_candidates`, with a summary of each row for the out-of-fold listing."""
    from sitrep.events.rules import CANDIDATE_MIN_CONFIDENCE, build_extractor

    extractor = build_extractor(min_confidence=CANDIDATE_MIN_CONFIDENCE, eventness=None)
    actors = scorer.Actors(sorted(gold_dir.parent.glob("actors*.yaml")))
    rows, n_gold, summaries = [], 0, []
    for path in sorted(gold_dir.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        document = documents_from_json(path.read_text(encoding="utf-8"), str(path), path.stem)[0]
        events = extractor.extract(document)
        n_gold += len(raw["events"])
        records = [e.to_record() for e in events]
        paired = {i for i, _ in scorer.pair(records, raw["events"], raw["text"], actors)}
        rest = [i for i in range(len(records)) if i not in paired]
        optional = {rest[k] for k, _ in scorer.pair([records[i] for i in rest], raw.get("optional", []),
                                                     raw["text"], actors)}
        non_events = {_squeezed(n["text"]) for n in raw.get("non_events", [])}
        for i, event in enumerate(events):
            if i not in optional:
                rows.append((raw["id"], candidate_features(event), int(i in paired)))
                evidence = event.evidence.text if event.evidence else ""
                summaries.append(CandidateSummary(raw["id"], event.sub_event_type, evidence,
                                                  any(n and n in _squeezed(evidence) for n in non_events)))
    return rows, n_gold, summaries


def _squeezed(text: str) -> str:
    """Text with its whitespace runs made single spaces, to match annotated sentences to evidence."""
    return " ".join(text.split())


def _frequent_features(rows: Sequence[Row]) -> set[str]:
    seen: dict[str, set[str]] = {}
    for doc_id, features, _ in rows:
        for name in features:
            seen.setdefault(name, set()).add(doc_id)
    lexical = ("w=", "b=", "trigger=")
    return {n for n, docs in seen.items() if not n.startswith(lexical) or len(docs) >= MIN_DOCUMENT_FREQUENCY}


def _detection(probabilities: Iterable[float], labels: Iterable[int], n_gold: int,
               threshold: float) -> tuple[float, float, float]:
    """Detection (precision, recall, F1) of the candidates kept at a threshold."""
    kept = [y for p, y in zip(probabilities, labels, strict=True) if p >= threshold]
    if not kept or not n_gold:
        return 0.0, 0.0, 0.0
    precision, recall = sum(kept) / len(kept), sum(kept) / n_gold
    f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return precision, recall, f1


def _mean_detection(runs: Sequence[Iterable[float]], labels: Iterable[int], n_gold: int,
                    threshold: float) -> tuple[float, float, float]:
    """Detection (precision, recall, F1) at a threshold, averaged over cross-validation repeats."""
    figures = [_detection(run, labels, n_gold, threshold) for run in runs]
    precision, recall, f1 = (sum(f[k] for f in figures) / len(figures) for k in range(3))
    return precision, recall, f1


def _vectorised(rows: Sequence[Row]) -> tuple[Any, Any, Any]:
    """The rows' feature matrix (frequent features only), its vectoriser and the labels."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer

    keep = _frequent_features(rows)
    dicts = [{k: v for k, v in f.items() if k in keep} for _, f, _ in rows]
    vectoriser = DictVectorizer()
    return vectoriser.fit_transform(dicts), vectoriser, np.array([y for _, _, y in rows])


def out_of_fold_runs(rows: Sequence[Row]) -> list[Any]:
    """Each cross-validation repeat's out-of-fold probabilities of the rows, folds grouped by report."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    matrix, _, labels = _vectorised(rows)
    groups = [d for d, _, _ in rows]
    reports = sorted(set(groups))
    runs = []
    for repeat in range(CROSS_VALIDATION_REPEATS):
        # Each repeat deals the reports into folds in its own seeded order.
        order = {doc: i for i, doc in enumerate(np.random.RandomState(repeat).permutation(reports))}
        folds = np.array([order[doc] % CROSS_VALIDATION_FOLDS for doc in groups])
        out_of_fold = np.zeros(len(rows))
        for fold_index in range(CROSS_VALIDATION_FOLDS):
            held = folds == fold_index
            fold = LogisticRegression(C=REGULARISATION_C, max_iter=5000).fit(matrix[~held], labels[~held])
            out_of_fold[held] = fold.predict_proba(matrix[held])[:, 1]
        runs.append(out_of_fold)
    return runs


def train(rows: Sequence[Row], n_gold: int, trained_on: str) -> tuple[EventnessModel, dict[str, Any]]:
    """Fit the model and choose its threshold by cross-validation; also return the CV figures."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    matrix, vectoriser, labels = _vectorised(rows)
    runs = out_of_fold_runs(rows)
    scores = {t: _mean_detection(runs, labels, n_gold, t) for t in THRESHOLDS}
    balanced = [t for t in THRESHOLDS if abs(scores[t][0] - scores[t][1]) <= MAX_CV_GAP]
    threshold = max(balanced or THRESHOLDS,
                    key=lambda t: (scores[t][2], -abs(scores[t][0] - scores[t][1])))
    model = LogisticRegression(C=REGULARISATION_C, max_iter=5000).fit(matrix, labels)
    weights = fitted_weights(vectoriser.get_feature_names_out(), model.coef_[0])
    report = {"candidates": len(rows), "positives": int(labels.sum()), "gold_events": n_gold,
              "features": len(weights), "threshold": threshold,
              "cv_detection": [round(x, 3) for x in scores[threshold]],
              # What the model adds: detection with every candidate kept, and how well the
              # out-of-fold probabilities rank real events above look-alikes.
              "cv_keep_all": [round(x, 3) for x in _detection(runs[0], labels, n_gold, 0.0)],
              "cv_auc": round(float(np.mean([roc_auc_score(labels, run) for run in runs])), 3)}
    return EventnessModel(weights, round(float(model.intercept_[0]), 4), threshold, trained_on), report


def out_of_fold_records(rows: Sequence[Row], summaries: Sequence[CandidateSummary],
                        threshold: float) -> list[dict[str, Any]]:
    """One JSON record per labelled candidate: its summary, label, mean out-of-fold probability and
    whether the model would keep it, least likely first within each report."""
    runs = out_of_fold_runs(rows)
    records = []
    for i, ((doc_id, _, label), summary) in enumerate(zip(rows, summaries, strict=True)):
        probability = round(float(sum(run[i] for run in runs) / len(runs)), 3)
        records.append({"document": doc_id, "sub_event_type": summary.sub_event_type, "label": label,
                        "probability": probability, "kept": probability >= threshold,
                        "non_event": summary.non_event, "evidence": summary.evidence})
    return sorted(records, key=lambda r: (r["document"], r["probability"]))


def main(argv: Sequence[str] | None = None) -> int:
    # --oof is the eventness trainer's own option; the rest are every training command's.
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--oof", type=Path, help="also write the out-of-fold probability of every candidate (JSONL)")
    extra, rest = parser.parse_known_args(argv)
    run = parse_training_args(rest, __doc__.splitlines()[0], MODEL_RESOURCE)
    rows, n_gold, summaries = summarised_candidates(run.gold_dir, run.scorer)
    model, report = train(rows, n_gold, trained_on=run.gold_dir.resolve().name)
    write_model(run.output, model.to_json(), report)
    if extra.oof is not None:
        records = out_of_fold_records(rows, summaries, model.threshold)
        extra.oof.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
