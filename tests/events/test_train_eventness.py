"""The eventness trainer's out-of-fold listing: each candidate's probability from folds that never saw its report."""
import json
from pathlib import Path

import pytest

from sitrep.events.train_eventness import CandidateSummary, out_of_fold_records

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def _made_up_rows(n_reports: int = 20) -> tuple[list, list[CandidateSummary]]:
    rows, summaries = [], []
    for n in range(n_reports):
        rows.append((f"doc{n}", {"w=rebels": 1.0, "w=clashed": 1.0}, 1))
        summaries.append(CandidateSummary(f"doc{n}", "Armed clash", "Rebels clashed with troops.", False))
        rows.append((f"doc{n}", {"w=rebels": 1.0, "w=plans": 1.0}, 0))
        summaries.append(CandidateSummary(f"doc{n}", "Armed clash", "Rebels have plans.", True))
    return rows, summaries


def test_train_eventness_out_of_fold_records_rate_unseen_reports_and_mark_kept():
    rows, summaries = _made_up_rows()
    records = out_of_fold_records(rows, summaries, threshold=0.5)
    assert len(records) == len(rows)
    by_label = {(r["label"], r["kept"]) for r in records}
    # the clash wording is learnt from other reports' rows, the plans wording likewise
    assert by_label == {(1, True), (0, False)}
    assert all(r["non_event"] == (r["label"] == 0) for r in records)
    # least likely first within a report
    first = [r for r in records if r["document"] == "doc0"]
    assert first[0]["probability"] < first[1]["probability"]


def test_train_eventness_out_of_fold_records_need_a_summary_per_row():
    rows, summaries = _made_up_rows()
    with pytest.raises(ValueError):
        out_of_fold_records(rows, summaries[:-1], threshold=0.5)


# Made-up reports: one attack each, coded, and a march the made-up annotation calls no event.
PLACES = ["Kidal", "Gao", "Menaka", "Mopti", "Segou", "Timbuktu", "Djibo", "Dori", "Kaya", "Fada N'gourma"]


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").is_file(),
                    reason="../shared/tools/score.py is not beside the repo")
def test_train_eventness_main_writes_the_out_of_fold_listing(tmp_path):
    import shutil

    from sitrep.events.train_eventness import main

    gold = tmp_path / "gold" / "train"
    gold.mkdir(parents=True)
    shutil.copy(SHARED / "gold" / "actors.yaml", tmp_path / "gold" / "actors.yaml")
    for n, place in enumerate(PLACES):
        news = f"Jihadists attacked an army post in {place} on Monday, killing three soldiers."
        aside = f"Protesters marched in {PLACES[(n + 5) % len(PLACES)]} on Tuesday, residents said."
        report = {"id": f"made-up-{n}", "published": "2024-03-06", "title": "Attack",
                  "text": f"{news} {aside}", "non_events": [{"text": aside, "why": "made up"}],
                  "events": [{"event_type": "Battles", "sub_event_type": "Armed clash",
                              "actor1": "Unidentified Armed Group (Mali)", "actor2": "Military Forces of Mali",
                              "location": place, "country": "Mali", "evidence": news}]}
        (gold / f"made-up-{n}.json").write_text(json.dumps(report), encoding="utf-8")
    listing = tmp_path / "oof.jsonl"
    assert main([str(gold), "--scorer", str(SHARED / "tools" / "score.py"),
                 "--output", str(tmp_path / "model.json"), "--oof", str(listing)]) == 0
    records = [json.loads(line) for line in listing.read_text(encoding="utf-8").splitlines()]
    assert {r["document"] for r in records} == {f"made-up-{n}" for n in range(len(PLACES))}
    assert {"label", "probability", "kept", "non_event", "evidence", "sub_event_type"} <= records[0].keys()
    asides = [r for r in records if "Tuesday" in r["evidence"]]
    assert asides and all(r["non_event"] and r["label"] == 0 for r in asides)
