"""Fixtures of the API tests: an app over a fresh SQLite file holding a made-up report and its events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sitrep.config import Settings
from sitrep.model import Document, Event

TOKEN = "api-test-token"
#: A made-up report whose title and text carry markup, which must come back as the same text.
HOSTILE_TITLE = "<script>alert('title')</script> Clashes"


@pytest.fixture
def stocked(store: Any, make_event: Callable[..., Event]) -> dict[str, Any]:
    """Two made-up reports with three events in the store."""
    first = Document(
        id="made-up-a",
        title=HOSTILE_TITLE,
        source="example.org",
        published=dt.date(2021, 3, 4),
        text="Government forces clashed with rebels near Exampleton on Monday. "
        "<script>alert(1)</script> An air strike hit Otherville on Tuesday.",
    )
    second = Document(
        id="made-up-b",
        title="Protest",
        text="Hundreds protested in Thirdtown on Friday.",
        published=dt.date(2021, 4, 9),
    )
    store.add_document(first)
    store.add_document(second)
    clash = make_event(
        first, "Government forces clashed with rebels near Exampleton on Monday.", date=dt.date(2021, 3, 1)
    )
    strike = make_event(
        first,
        "An air strike hit Otherville on Tuesday.",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        actor2="Civilians (Syria)",
        location="Otherville",
        latitude=36.0,
        longitude=40.0,
        date=dt.date(2021, 3, 2),
        fatalities=3,
    )
    protest = make_event(
        second,
        "Hundreds protested in Thirdtown on Friday.",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1="Protesters (Syria)",
        actor2=None,
        location="Thirdtown",
        latitude=33.5,
        longitude=36.3,
        date=dt.date(2021, 4, 9),
    )
    store.replace_events(first.id, [clash, strike])
    store.replace_events(second.id, [protest])
    return {"documents": [first, second], "events": [clash, strike, protest]}


@pytest.fixture
def client(db_url: str, store: Any, stocked: dict[str, Any]) -> Iterator[TestClient]:
    """A client of an app over the stocked store, with ingest enabled by TOKEN."""
    from sitrep.api import create_app

    with TestClient(create_app(Settings(db_url=db_url), token=TOKEN, store=store)) as test_client:
        yield test_client


def assert_error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    """Check an answer is the one error shape with this status (and code); return its error."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code
    return body["error"]  # type: ignore[no-any-return]
