"""The Store: idempotent ingest, atomic re-extraction, stable ids, migrations, opening errors."""
from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy import text

from sitrep.errors import QueryError, StoreError
from sitrep.store import Added, Store
from sitrep.store.repository import normalise_url


def test_store_add_document_stores_same_report_once(store, report):
    first, added_first = store.add_document(report)
    second, added_second = store.add_document(report)
    assert (added_first, added_second) == (Added.CREATED, Added.UNCHANGED)
    assert second.id == first.id == report.id
    assert store.count_documents() == 1


def test_store_add_document_same_text_other_id_returns_stored_one(store, report):
    store.add_document(report)
    # Same words, other spacing and another id: the same report, come in by another route.
    again = replace(report, id="copy", text=report.text.replace(" ", "  "), content_hash="")
    stored, added = store.add_document(again)
    assert added is Added.UNCHANGED
    assert stored.id == report.id
    assert store.document_ids() == [report.id]


def test_store_add_document_new_text_same_id_replaces_text_and_drops_events(store, report, make_event):
    store.add_document(report)
    store.replace_events(report.id, [make_event(report)])
    revised = replace(report, text=report.text + " A correction was added.", content_hash="")
    stored, added = store.add_document(revised)
    assert added is Added.UPDATED
    assert store.document(report.id).text == revised.text
    assert store.events() == []


def test_store_add_document_sets_ingested_at(store, report):
    stored, _ = store.add_document(report)
    assert stored.ingested_at is not None and stored.ingested_at.tzinfo is not None
    assert store.document(report.id).ingested_at == stored.ingested_at


def test_store_documents_filters_by_ids(store, report):
    other = replace(report, id="made-up-2", text="Another report entirely.", content_hash="")
    store.add_document(report)
    store.add_document(other)
    assert [d.id for d in store.documents()] == ["made-up-1", "made-up-2"]
    assert [d.id for d in store.documents(["made-up-2", "absent"])] == ["made-up-2"]
    assert store.document("absent") is None


def test_store_replace_events_is_atomic(store, report, make_event):
    store.add_document(report)
    old = [make_event(report, "On Tuesday an air strike hit a market in Otherville.",
                      event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")]
    store.replace_events(report.id, old)
    fresh = make_event(report, location="Newtown")
    # The second event repeats the first one's id: the database refuses it midway through.
    with pytest.raises(StoreError, match="previous events are unchanged"):
        store.replace_events(report.id, [fresh, fresh])
    assert store.events() == old


def test_store_replace_events_keeps_ids_and_first_seen_time(store, report, make_event):
    store.add_document(report)
    event = make_event(report, "Government forces clashed with rebels near Exampleton on Monday, "
                               "killing three fighters.")
    store.replace_events(report.id, [event])
    first_seen = store.event_created_at(event.id)
    rerun = make_event(report, "Government forces clashed with rebels near Exampleton on Monday, "
                               "killing three fighters.")
    change = store.replace_events(report.id, [rerun, make_event(report, location="Newtown")])
    assert rerun.id == event.id
    assert (change.kept, change.added, change.removed) == (1, 1, 0)
    assert store.event_created_at(event.id) == first_seen
    change = store.replace_events(report.id, [])
    assert (change.kept, change.added, change.removed) == (0, 0, 2)
    assert store.count_events() == 0


def test_store_replace_events_rejects_unknown_document(store, report, make_event):
    with pytest.raises(QueryError, match="no document"):
        store.replace_events(report.id, [make_event(report)])


def test_store_replace_events_rejects_events_of_another_document(store, report, make_event):
    store.add_document(report)
    with pytest.raises(ValueError, match="do not belong"):
        store.replace_events(report.id, [make_event(replace(report, id="other"))])


def test_store_open_turns_on_foreign_keys_and_wal_on_sqlite(tmp_path):
    path = tmp_path / "own.sqlite"
    with Store.open(f"sqlite:///{path}") as store, store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    # WAL is a property of the file, so a plain sqlite3 connection sees it too.
    with sqlite3.connect(path) as plain:
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_delete_document_cascades_to_events(store, report, make_event):
    # The foreign keys hold on every database (SQLite needs them turned on per connection).
    store.add_document(report)
    store.replace_events(report.id, [make_event(report)])
    with store.engine.begin() as connection:
        connection.execute(text("DELETE FROM documents"))
    assert store.count_events() == 0


def test_store_open_again_keeps_data(db_url, report):
    with Store.open(db_url) as first:
        first.add_document(report)
    with Store.open(db_url) as second:
        assert second.document_ids() == [report.id]


@pytest.mark.parametrize("url, why", [
    ("nosuchdialect://somewhere", "an unknown database kind"),
    ("sqlite:////nonexistent-dir/deeper/sitrep.sqlite", "a folder that does not exist"),
    # Port 1 is privileged and unused: nothing answers there.
    ("postgresql://sitrep@127.0.0.1:1/sitrep?connect_timeout=2", "a PostgreSQL server that is not running"),
])
def test_store_open_bad_database_raises_store_error(url, why):
    with pytest.raises(StoreError, match="--db"):
        Store.open(url)


def test_store_open_newer_database_raises_store_error(db_url):
    with Store.open(db_url) as store, store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError, match="newer sitrep"):
        Store.open(db_url)


def test_store_migrations_match_table_classes(store):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from sitrep.store.tables import Base

    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


@pytest.mark.parametrize("given, expected", [
    ("postgresql://u:p@host/db", "postgresql+psycopg://u:p@host/db"),
    ("postgres://host/db", "postgresql+psycopg://host/db"),
    ("postgresql+psycopg://host/db", "postgresql+psycopg://host/db"),
    ("sqlite:///x.sqlite", "sqlite:///x.sqlite"),
])
def test_normalise_url_uses_psycopg_for_postgresql(given, expected):
    assert normalise_url(given) == expected


def test_store_document_heads_pages_newest_first_without_text(store):
    import datetime as dt

    from sitrep.model import Document

    reports = [
        Document(id="a", text="Old news, 100% checked.", title="Army retakes hill", published=dt.date(2024, 1, 5)),
        Document(id="b", text="New news.", title="Protest in the capital", source="Wire 50%",
                 published=dt.date(2024, 3, 1)),
        Document(id="c", text="Undated.", title=None),
        Document(id="d", text="Same day, later id.", title="army convoy hit", published=dt.date(2024, 3, 1)),
    ]
    for report in reports:
        store.add_document(report)
    total, heads = store.document_heads()
    assert total == 4 and [h.id for h in heads] == ["d", "b", "a", "c"]
    assert heads[2].length == len(reports[0].text)
    total, heads = store.document_heads(limit=2, offset=1)
    assert total == 4 and [h.id for h in heads] == ["b", "a"]
    # Any case; a "%" is a character, not a wildcard.
    assert [h.id for h in store.document_heads("ARMY")[1]] == ["d", "a"]
    assert store.document_heads("50%") == (1, store.document_heads("wire")[1])
    assert store.document_heads("0%c")[0] == 0


def test_store_document_heads_search_folds_the_case_of_any_script(store):
    from sitrep.model import Document

    store.add_document(Document(id="fr", text="Texte.", title="ÉMEUTES À BAMAKO"))
    store.add_document(Document(id="uk", text="Текст.", title="ОБСТРІЛ ХАРКОВА"))
    assert [h.id for h in store.document_heads("émeutes")[1]] == ["fr"]
    assert [h.id for h in store.document_heads("обстріл")[1]] == ["uk"]
