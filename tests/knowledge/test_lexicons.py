import pytest

from sitrep.errors import KnowledgeError
from sitrep.events import coding, triggers
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


@pytest.mark.parametrize("module", [triggers, coding])
def test_lexicons_every_form_a_rule_names_is_a_trigger_form(module):
    # A rule keyed on a form the lexicon lacks never fires: renaming or dropping a form in
    # event_triggers.yaml must fail here rather than silently disable the rule.
    forms = {form for family in load_trigger_families() for form in family.forms}
    named = {name: value for name, value in vars(module).items()
             if name.endswith("_FORMS") and isinstance(value, frozenset)}
    assert named
    assert {name: sorted(value - forms) for name, value in named.items() if value - forms} == {}
