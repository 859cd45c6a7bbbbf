"""The learned eventness model: its features, the shipped weights, and training on gold/train."""
import datetime as dt
import json
from pathlib import Path

import pytest

from sitrep.errors import KnowledgeError
from sitrep.events.eventness import EventnessModel, candidate_features, keep_likely, load_eventness_model
from sitrep.model import Document, Event, Evidence

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
PUBLISHED = dt.date(2024, 3, 15)


def _event(sentence: str, note: str = "Armed clash: 'clashed'", **fields) -> Event:
    defaults = dict(event_type="Battles", sub_event_type="Armed clash", actor1="Islamic State",
                    actor2=None, notes=note, confidence=0.5, document_id="d",
                    evidence=Evidence("d", 0, len(sentence), sentence))
    return Event(**{**defaults, **fields})


def test_eventness_features_read_words_trigger_and_hedges():
    features = candidate_features(_event("Rebels clashed with 2,000 troops.",
                                         note="Armed clash: 'Clashed'; hedged (analysis, background)"))
    assert {"w=rebels", "w=<digits>", "b=rebels_clashed", "trigger=clashed", "hedge=analysis",
            "hedge=background", "sub=Armed clash"} <= features.keys()
    assert features["has_actor1"] == 1.0 and features["has_actor2"] == 0.0
    assert features["rule_confidence"] == 0.5


@pytest.mark.parametrize("note, expected", [
    ("Armed clash: 'Clashes'; sides from context", 1.0),
    ("Armed clash: 'Clashes'; hedged (background); sides from context", 1.0),
    ("Armed clash: 'Clashes'", 0.0),
])
def test_eventness_features_mark_sides_taken_from_context(note, expected):
    features = candidate_features(_event("Clashes resumed on Wednesday.", note=note))
    assert features["context_sides"] == expected
    assert "trigger=clashes" in features


def test_eventness_shipped_model_loads_with_a_sane_threshold():
    model = load_eventness_model()
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 100
    assert model.trained_on == "train"


def test_eventness_keep_likely_drops_below_threshold_and_sets_confidence():
    model = EventnessModel({"w=clashed": 3.0, "w=plans": -3.0}, bias=0.0, threshold=0.5)
    real, planned = _event("Rebels clashed with troops."), _event("Rebels plans to attack troops.")
    kept = keep_likely([real, planned], model)
    assert [e.evidence.text for e in kept] == ["Rebels clashed with troops."]
    assert kept[0].confidence == round(model.probability(real), 3) > 0.9


@pytest.mark.parametrize("text", ["not json", json.dumps({"weights": {}}), json.dumps([1, 2])])
def test_eventness_malformed_model_is_a_knowledge_error(text):
    with pytest.raises(KnowledgeError, match="model.json: not an eventness model"):
        EventnessModel.from_json(text, "model.json")


def test_eventness_rates_a_reported_attack_above_an_analysis_sentence(gazetteer_cache):
    from sitrep.config import Settings
    from sitrep.events.rules import build_extractor

    rules_only = build_extractor(Settings(cache_dir=gazetteer_cache), eventness=None, min_confidence=0.0)
    model = load_eventness_model()

    def best(text: str) -> float:
        events = rules_only.extract(Document(id="t", text=text, published=PUBLISHED))
        return max((model.probability(e) for e in events), default=0.0)

    reported = best("On Tuesday, Islamic State militants attacked SDF positions in Hajin, killing four fighters.")
    analysis = best("Attacks by the jihadists are a growing threat to the stability of the whole region.")
    assert reported >= model.threshold > analysis


@pytest.mark.skipif(not (SHARED / "gold" / "train").is_dir(), reason="../shared/gold/train is not beside the repo")
def test_eventness_shipped_model_is_what_training_on_train_gives(tmp_path):
    """Retraining must reproduce the shipped weights: a rule change that alters the candidates
    has to be followed by `python -m sitrep.events.train_eventness ../shared/gold/train`."""
    from sitrep.events.train_eventness import main

    output = tmp_path / "eventness.json"
    assert main([str(SHARED / "gold" / "train"), "--output", str(output)]) == 0
    retrained, shipped = EventnessModel.from_json(output.read_text(), "retrained"), load_eventness_model()
    assert retrained.threshold == shipped.threshold
    assert retrained.weights.keys() == shipped.weights.keys()
    assert max(abs(retrained.weights[k] - shipped.weights[k]) for k in shipped.weights) < 0.01


def test_eventness_training_reports_what_keeping_every_candidate_gives():
    """The report sets the model's cross-validated detection beside keeping every candidate,
    so a model that adds nothing over the rules shows it."""
    from sitrep.events.train_eventness import train

    rows = []
    for n in range(20):
        rows.append((f"doc{n}", {"w=rebels": 1.0, "w=clashed": 1.0}, 1))
        rows.append((f"doc{n}", {"w=rebels": 1.0, "w=plans": 1.0}, 0))
    model, report = train(rows, n_gold=25, trained_on="made-up")
    assert report["cv_keep_all"] == [0.5, 0.8, 0.615]
    assert report["cv_auc"] == 1.0
    assert report["cv_detection"][0] == 1.0 > report["cv_keep_all"][0]
    assert model.weights["w=clashed"] > 0 > model.weights["w=plans"]


@pytest.mark.parametrize(("threshold", "expected"), [
    (0.0, (0.5, 0.5, 0.5)),   # all four kept: two of them real, of four gold events
    (0.5, (1.0, 0.5, 2 / 3)),  # the two likely ones kept, both real
    (0.95, (0.0, 0.0, 0.0)),  # nothing kept
])
def test_eventness_training_detection_counts_kept_candidates_against_gold(threshold, expected):
    from sitrep.events.train_eventness import _detection

    assert _detection([0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0], 4, threshold) == pytest.approx(expected)


@pytest.mark.parametrize(("has_fatalities_weight", "kept"), [(6.0, 1), (-6.0, 0)])
def test_eventness_filter_judges_candidates_completed_by_every_rule_stage(gazetteer_cache, has_fatalities_weight,
                                                                          kept):
    """The trainer labels what the whole rules pipeline yields, so the model must see the toll a
    later stage gives from the next sentence, not the bare candidate of the rules stage."""
    from sitrep.config import Settings
    from sitrep.events.eventness import EventnessFilter
    from sitrep.events.rules import build_pipeline

    model = EventnessModel({"has_fatalities": has_fatalities_weight}, bias=-3.0, threshold=0.5)
    pipeline = build_pipeline(Settings(cache_dir=gazetteer_cache), eventness=model)
    # every rule stage before it; after it only the tolls of kept events (figures.KeptFatalities)
    assert isinstance(pipeline.stages[-2], EventnessFilter)
    assert pipeline.stages[-1].name == "events.kept_figures"
    text = "Islamic State militants attacked an army post in Hajin on Tuesday. Four soldiers died."
    events = pipeline.run(Document(id="t", text=text, published=PUBLISHED)).events
    assert len(events) == kept
    assert all(e.fatalities == 4 for e in events)
