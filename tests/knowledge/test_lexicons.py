import pytest

from sitrep.errors import KnowledgeError
from sitrep.knowledge.lexicons import load_modality_cues, load_trigger_families
from sitrep.model import SUB_EVENT_TYPES


def test_lexicons_shipped_files_load():
    families = load_trigger_families()
    assert {f.sub_event_type for f in families} <= set(SUB_EVENT_TYPES)
    assert len(load_modality_cues()) > 50


def test_lexicons_unknown_sub_event_type_names_file_and_entry(tmp_path):
    bad = tmp_path / "triggers.yaml"
    bad.write_text("families:\n  - id: odd\n    sub_event_type: Picnic\n    priority: 1\n    forms: [x]\n")
    with pytest.raises(KnowledgeError) as info:
        load_trigger_families(bad)
    assert "triggers.yaml" in str(info.value) and "odd" in str(info.value) and "sub_event_type" in str(info.value)


def test_lexicons_verbal_form_must_be_a_form(tmp_path):
    bad = tmp_path / "triggers.yaml"
    bad.write_text("families:\n  - id: a\n    sub_event_type: Arrests\n    priority: 1\n"
                   "    forms: [arrested]\n    verbal: [detained]\n")
    with pytest.raises(KnowledgeError, match="verbal"):
        load_trigger_families(bad)


def test_lexicons_modality_penalty_range(tmp_path):
    bad = tmp_path / "modality.yaml"
    bad.write_text("cues:\n  - class: forecast\n    scope: before\n    penalty: 3\n    phrases: [will]\n")
    with pytest.raises(KnowledgeError, match="penalty"):
        load_modality_cues(bad)
