"""POST /api/ingest and /api/ingest/file (token checks, bad input) and the report annotations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import TOKEN, assert_error

from sitrep.config import Settings

AUTH = {"Authorization": f"Bearer {TOKEN}"}
REPORT = {
    "title": "Fighting near Aleppo",
    "published": "2021-04-02",
    "text": "Syrian army forces clashed with Hayat Tahrir al-Sham fighters near Aleppo on 1 April 2021. "
    "<script>alert(1)</script>",
}


@pytest.fixture(scope="module")
def pipeline_client(tmp_path_factory: pytest.TempPathFactory, gazetteer_cache: Path) -> Iterator[TestClient]:
    """One app with the real extraction pipeline (built once for the module), ingest enabled."""
    from sitrep.api import create_app

    db = tmp_path_factory.mktemp("api") / "sitrep.sqlite"
    settings = Settings(db_url=f"sqlite:///{db}", cache_dir=gazetteer_cache)
    with TestClient(create_app(settings, token=TOKEN)) as client:
        yield client


def test_ingest_stores_extracts_and_keeps_markup_as_text(pipeline_client: TestClient) -> None:
    body = pipeline_client.post("/api/ingest", json=REPORT, headers=AUTH).json()
    assert body["added"] == "created"
    assert any("Hayat Tahrir al-Sham" in (e["actor1"], e["actor2"]) for e in body["events"])
    document = pipeline_client.get(f"/api/documents/{body['document_id']}").json()
    assert document["text"].endswith("<script>alert(1)</script>")
    again = pipeline_client.post("/api/ingest", json=REPORT, headers=AUTH).json()
    assert (again["document_id"], again["added"]) == (body["document_id"], "unchanged")


def test_ingest_file_reads_an_upload(pipeline_client: TestClient) -> None:
    upload = (
        b"# Shelling in Idlib\n\nGovernment artillery shelled Idlib on 3 May 2021, killing two civilians.\n"
    )
    response = pipeline_client.post(
        "/api/ingest/file", files={"file": ("idlib.md", upload, "text/markdown")}, headers=AUTH
    )
    assert response.status_code == 200, response.text
    stored = pipeline_client.get(f"/api/documents/{response.json()['document_id']}").json()
    assert stored["title"] == "Shelling in Idlib" and stored["url"] is None


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Bearer wrong"}, 401),
        ({"Authorization": f"Basic {TOKEN}"}, 401),
    ],
)
def test_ingest_needs_the_bearer_token(
    pipeline_client: TestClient, headers: dict[str, str], status: int
) -> None:
    assert_error(pipeline_client.post("/api/ingest", json=REPORT, headers=headers), status, "unauthorized")
    assert_error(
        pipeline_client.post(
            "/api/ingest/file", files={"file": ("a.txt", b"x", "text/plain")}, headers=headers
        ),
        status,
        "unauthorized",
    )


def test_ingest_is_forbidden_without_a_configured_token(client: TestClient, db_url: str, store: Any) -> None:
    from sitrep.api import create_app

    with TestClient(create_app(Settings(db_url=db_url), token=None, store=store)) as no_token:
        error = assert_error(no_token.post("/api/ingest", json=REPORT, headers=AUTH), 403, "forbidden")
        assert "--token" in error["message"]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"text": "   "}, 422),
        ({}, 400),
        ({"text": "A report.", "published": "last week"}, 422),
        ({"text": 12}, 422),
    ],
)
def test_ingest_rejects_bad_reports_with_a_message(
    pipeline_client: TestClient, body: dict[str, Any], status: int
) -> None:
    assert_error(pipeline_client.post("/api/ingest", json=body, headers=AUTH), status)


def test_ingest_rejects_malformed_json(pipeline_client: TestClient) -> None:
    response = pipeline_client.post(
        "/api/ingest", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"}
    )
    assert_error(response, 422, "invalid_parameters")


def test_ingest_file_rejects_binary(pipeline_client: TestClient) -> None:
    response = pipeline_client.post(
        "/api/ingest/file",
        files={"file": ("x.bin", b"\x00\x01\x02" * 100, "application/octet-stream")},
        headers=AUTH,
    )
    error = assert_error(response, 422, "input_rejected.binary")
    assert "x.bin" in error["message"] and "sitrep-upload" not in error["message"]


def test_annotations_mark_mentions_and_evidence(pipeline_client: TestClient) -> None:
    stored = pipeline_client.post("/api/ingest", json=REPORT, headers=AUTH).json()
    body = pipeline_client.get(f"/api/documents/{stored['document_id']}/annotations").json()
    text = body["text"]
    by_kind: dict[str, list[str]] = {}
    for span in body["spans"]:
        assert 0 <= span["start"] < span["end"] <= len(text)
        by_kind.setdefault(span["kind"], []).append(text[span["start"] : span["end"]])
    assert "Aleppo" in by_kind["place"]
    assert any("Hayat Tahrir al-Sham" in a for a in by_kind["actor"])
    assert any(d.startswith("1 April") for d in by_kind["date"])
    assert len(by_kind["evidence"]) == len(stored["events"]) >= 1
