"""Every read endpoint of the API, its filters, and its answers to bad parameters (4xx, one shape)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import replace
from typing import Any

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import HOSTILE_TITLE, assert_error

from sitrep.model import Document


def test_health_reports_counts_and_ingest_state(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert (body["documents"], body["events"], body["ingest_enabled"]) == (2, 3, True)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, 3),
        ({"since": "2021-03-02"}, 2),
        ({"since": "2021-03-01", "until": "2021-03-01"}, 1),
        ({"actor": "civilians"}, 1),
        ({"type": "Protests"}, 1),
        ({"type": "air/drone strike"}, 1),
        ({"country": "syria"}, 3),
        ({"bbox": "39,35,41,37"}, 1),
        ({"text": "otherville"}, 1),
        ({"document": "made-up-b"}, 1),
    ],
)
def test_events_filters_select_events(client: TestClient, params: dict[str, str], expected: int) -> None:
    body = client.get("/api/events", params=params).json()
    assert body["total"] == expected
    assert len(body["items"]) == expected


def test_events_pages_and_sorts(client: TestClient) -> None:
    first = client.get("/api/events", params={"sort": "-date", "limit": 2}).json()
    second = client.get("/api/events", params={"sort": "-date", "limit": 2, "offset": 2}).json()
    dates = [e["date"] for e in first["items"] + second["items"]]
    assert dates == ["2021-04-09", "2021-03-02", "2021-03-01"]
    assert first["total"] == second["total"] == 3


@pytest.mark.parametrize(
    ("params", "status", "words"),
    [
        ({"since": "yesterday"}, 400, "since"),
        ({"since": "2021-05-01", "until": "2021-01-01"}, 400, "after"),
        ({"bbox": "1,2,3"}, 400, "bbox"),
        ({"bbox": "a,b,c,d"}, 400, "bbox"),
        ({"bbox": "0,95,1,96"}, 400, "latitudes"),
        ({"type": "Picnic"}, 400, "type"),
        ({"sort": "colour"}, 400, "sort"),
        ({"limit": "-1"}, 422, "limit"),
        ({"limit": "many"}, 422, "limit"),
        ({"limit": "999999"}, 422, "limit"),
        ({"offset": "-5"}, 422, "offset"),
    ],
)
def test_events_bad_parameters_answer_4xx_with_a_message(
    client: TestClient, params: dict[str, str], status: int, words: str
) -> None:
    error = assert_error(client.get("/api/events", params=params), status)
    assert words in error["message"]


def test_event_detail_has_evidence_and_source(client: TestClient, stocked: dict[str, Any]) -> None:
    strike = stocked["events"][1]
    body = client.get(f"/api/events/{strike.id}").json()
    assert body["event"]["evidence"] == "An air strike hit Otherville on Tuesday."
    assert [s["id"] for s in body["sources"]] == ["made-up-a"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/events/ev-nope",
        "/api/documents/nope",
        "/api/documents/nope/annotations",
        "/api/actors/Nobody%20At%20All",
        "/api/nothing-here",
    ],
)
def test_unknown_resources_answer_404(client: TestClient, path: str) -> None:
    assert_error(client.get(path), 404, "not_found")


def test_timeline_counts_events_per_day(client: TestClient) -> None:
    body = client.get("/api/events/timeline").json()
    assert body == {
        "bins": [
            {"date": "2021-03-01", "count": 1},
            {"date": "2021-03-02", "count": 1},
            {"date": "2021-04-09", "count": 1},
        ],
        "undated": 0,
    }


def test_documents_list_and_detail_keep_markup_as_text(client: TestClient) -> None:
    listing = client.get("/api/documents").json()
    assert [d["id"] for d in listing["items"]] == ["made-up-b", "made-up-a"]  # newest first
    detail = client.get("/api/documents/made-up-a").json()
    assert detail["title"] == HOSTILE_TITLE
    assert "<script>alert(1)</script>" in detail["text"]
    assert len(detail["events"]) == 2
    assert client.get("/api/documents", params={"q": "protest"}).json()["total"] == 1


def test_actors_lists_actors_of_the_events(client: TestClient) -> None:
    names = {a["name"]: a for a in client.get("/api/actors").json()}
    assert names["Military Forces of Exampleland"]["events"] == 2
    assert names["Military Forces of Exampleland"]["known"] is False


def test_actors_search_finds_ontology_entries(client: TestClient) -> None:
    names = [a["name"] for a in client.get("/api/actors", params={"q": "Hezbollah"}).json()]
    assert "Hezbollah" in names


def test_actor_page_has_events_and_counterparts(client: TestClient) -> None:
    body = client.get("/api/actors/Military Forces of Exampleland").json()
    assert len(body["events"]) == 2
    relations = {(c["name"], c["relation"]) for c in body["counterparts"]}
    assert ("Example Rebels", "opponent") in relations and ("Civilians (Syria)", "opponent") in relations


def test_actor_page_of_an_ontology_actor_lists_aliases(client: TestClient) -> None:
    body = client.get("/api/actors/ISIS").json()
    assert body["name"] == "Islamic State" and "ISIS" in body["aliases"] and body["events"] == []


def test_places_groups_events_by_location(client: TestClient) -> None:
    places = {p["name"]: p["events"] for p in client.get("/api/places").json()}
    assert places == {"Exampleton": 1, "Otherville": 1, "Thirdtown": 1}
    assert [p["name"] for p in client.get("/api/places", params={"q": "third"}).json()] == ["Thirdtown"]


def test_control_gives_the_holder_on_a_date(
    client: TestClient, store: Any, stocked: dict[str, Any], make_event: Any
) -> None:
    document = stocked["documents"][1]
    taken = make_event(
        document,
        "Hundreds protested in Thirdtown on Friday.",
        event_type="Battles",
        sub_event_type="Non-state actor overtakes territory",
        actor1="Example Rebels",
        actor2="Military Forces of Exampleland",
        location="Thirdtown",
        date=dt.date(2021, 4, 1),
    )
    store.replace_events(document.id, [stocked["events"][2], taken])
    before = client.get("/api/control", params={"date": "2021-03-31"}).json()
    after = client.get("/api/control", params={"date": "2021-04-02"}).json()
    assert before["places"] == []
    assert [(p["place"], p["holder"]) for p in after["places"]] == [("Thirdtown", "Example Rebels")]


@pytest.mark.parametrize("params", [{"date": "soon"}, {"bbox": "1,2"}, {"bbox": "0,95,1,96"}])
def test_control_rejects_bad_parameters(client: TestClient, params: dict[str, str]) -> None:
    assert_error(client.get("/api/control", params=params), 400, "bad_query")


@pytest.mark.parametrize("fmt", ["csv", "json", "geojson", "parquet"])
def test_exports_stream_every_format(client: TestClient, fmt: str) -> None:
    response = client.get("/api/exports/events", params={"format": fmt, "since": "2021-03-02"})
    assert response.status_code == 200
    assert f"sitrep-events.{fmt}" in response.headers["content-disposition"]
    if fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(response.text)))) == 2
    elif fmt == "json":
        assert len(json.loads(response.text)) == 2
    elif fmt == "geojson":
        assert len(response.json()["features"]) == 2
    else:
        assert pq.read_table(io.BytesIO(response.content)).num_rows == 2


def test_exports_reject_unknown_format(client: TestClient) -> None:
    assert (
        "format" in assert_error(client.get("/api/exports/events", params={"format": "xls"}), 422)["message"]
    )


def test_docs_are_served_from_local_assets(client: TestClient) -> None:
    page = client.get("/docs").text
    assert "/docs-assets/swagger-ui-bundle.js" in page and "cdn" not in page.lower()
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


def test_ui_is_served_with_a_strict_content_security_policy(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200 and "/static/js/main.js" in response.text
    assert "script-src 'self'" in response.headers["content-security-policy"]
    for asset in (
        "/static/vendor/leaflet/leaflet.js",
        "/static/vendor/world-atlas/countries-50m.json",
        "/static/vendor/leaflet.markercluster/leaflet.markercluster.js",
        "/static/vendor/topojson-client/topojson-client.min.js",
        "/static/css/app.css",
    ):
        assert client.get(asset).status_code == 200, asset


@pytest.fixture
def fused_pair(store: Any, stocked: dict[str, Any], make_event: Any) -> Any:
    """A second made-up report of the stocked clash, with another toll, fused with the first."""
    from sitrep.store.fusion_store import fuse_stored

    clash = stocked["events"][0]
    other = Document(
        id="made-up-c",
        title="<b>Second</b> account",
        url="https://two.example/c",
        published=dt.date(2021, 3, 2),
        text="Rebels and government troops fought at Exampleton on Monday; seven died.",
    )
    store.add_document(other)
    store.replace_events(other.id, [make_event(other, other.text, date=dt.date(2021, 3, 1), fatalities=7)])
    store.replace_events("made-up-a", [replace(clash, fatalities=5), stocked["events"][1]])
    fuse_stored(store)
    return clash


def test_event_detail_lists_every_report_of_its_incident(client: TestClient, fused_pair: Any) -> None:
    clash = fused_pair
    body = client.get(f"/api/events/{clash.id}").json()
    assert body["event"]["id"] == clash.id
    assert sorted(s["id"] for s in body["sources"]) == ["made-up-a", "made-up-c"]
    assert {s["url"] for s in body["sources"]} == {None, "https://two.example/c"}
    incident = body["incident"]
    assert incident["source_count"] == 2 and incident["event"]["fatalities"] == 5
    assert (incident["first_reported"], incident["last_reported"]) == ("2021-03-02", "2021-03-04")
    [conflict] = [c for c in incident["conflicts"] if c["field"] == "fatalities"]
    assert conflict["kept"] == 5
    assert sorted((v["value"], v["document_id"]) for v in conflict["values"]) == [(5, "made-up-a"), (7, "made-up-c")]
    # The incident's own id answers too, with the merged event.
    by_incident = client.get(f"/api/events/{incident['id']}").json()
    assert by_incident["event"]["fatalities"] == 5 and len(by_incident["sources"]) == 2


@pytest.mark.parametrize("fmt", ["csv", "json", "geojson", "parquet"])
def test_exports_carry_a_fused_incidents_sources_in_every_format(
    client: TestClient, fused_pair: Any, fmt: str
) -> None:
    response = client.get("/api/exports/events", params={"format": fmt, "until": "2021-03-01"})
    assert response.status_code == 200, response.text
    if fmt == "csv":
        [row] = list(csv.DictReader(io.StringIO(response.text)))
        assert row["source_count"] == "2" and "made-up-c https://two.example/c" in row["sources"]
        assert row["fatalities"] == "5"
        return
    if fmt == "parquet":
        [record] = pq.read_table(io.BytesIO(response.content)).to_pylist()
    elif fmt == "json":
        [record] = response.json()
    else:
        [record] = [f["properties"] for f in response.json()["features"]]
    assert record["source_count"] == 2
    assert sorted(s["document_id"] for s in record["sources"]) == ["made-up-a", "made-up-c"]
    assert {s["url"] for s in record["sources"]} == {None, "https://two.example/c"}


def test_exports_per_report_keeps_each_reports_event(client: TestClient, fused_pair: Any) -> None:
    records = client.get("/api/exports/events", params={"format": "json", "until": "2021-03-01",
                                                        "per_report": "true"}).json()
    assert sorted(r["document_id"] for r in records) == ["made-up-a", "made-up-c"]
    assert all(r["source_count"] == 1 for r in records)


def test_events_list_shows_one_item_per_fused_incident(client: TestClient, fused_pair: Any) -> None:
    body = client.get("/api/events", params={"until": "2021-03-01"}).json()
    assert body["total"] == 1
    [item] = body["items"]
    assert item["id"].startswith("in-") and item["source_count"] == 2 and item["fatalities"] == 5
    assert (item["first_reported"], item["last_reported"]) == ("2021-03-02", "2021-03-04")
    assert len(item["member_ids"]) == 2 and fused_pair.id in item["member_ids"]
    # The item's id opens the incident's card.
    assert client.get(f"/api/events/{item['id']}").json()["incident"]["source_count"] == 2


def test_events_list_per_report_keeps_each_reports_event(client: TestClient, fused_pair: Any) -> None:
    body = client.get("/api/events", params={"until": "2021-03-01", "per_report": "true"}).json()
    assert body["total"] == 2
    assert sorted(i["document_id"] for i in body["items"]) == ["made-up-a", "made-up-c"]
    assert all(i["source_count"] == 1 and i["member_ids"] == [i["id"]] for i in body["items"])
    timeline = client.get("/api/events/timeline", params={"until": "2021-03-01"}).json()
    per_report = client.get("/api/events/timeline", params={"until": "2021-03-01", "per_report": "true"}).json()
    assert (timeline["bins"], per_report["bins"]) == ([{"date": "2021-03-01", "count": 1}],
                                                      [{"date": "2021-03-01", "count": 2}])


def test_events_list_pages_fused_incidents(client: TestClient, fused_pair: Any) -> None:
    first = client.get("/api/events", params={"sort": "-date", "limit": 2}).json()
    rest = client.get("/api/events", params={"sort": "-date", "limit": 2, "offset": 2}).json()
    assert first["total"] == rest["total"] == 3  # the protest, the strike, the fused clash
    assert [i["date"] for i in first["items"] + rest["items"]] == ["2021-04-09", "2021-03-02", "2021-03-01"]


@pytest.mark.parametrize(("params", "status"), [({"per_report": "perhaps"}, 422), ({"sort": "size"}, 400)])
def test_events_list_rejects_bad_parameters(client: TestClient, params: dict[str, str], status: int) -> None:
    error = assert_error(client.get("/api/events", params=params), status)
    assert next(iter(params)) in error["message"]


def test_split_endpoint_needs_the_token_and_undoes_a_fusion(client: TestClient, fused_pair: Any) -> None:
    from tests.api.conftest import TOKEN

    [item] = client.get("/api/events", params={"until": "2021-03-01"}).json()["items"]
    assert_error(client.post(f"/api/incidents/{item['id']}/split", json={}), 401, "unauthorized")
    headers = {"Authorization": f"Bearer {TOKEN}"}
    unknown = assert_error(client.post("/api/incidents/in-nothing/split", json={}, headers=headers), 400)
    assert "in-nothing" in unknown["message"]
    stranger = client.post(f"/api/incidents/{item['id']}/split", json={"event_ids": ["ev-nothing"]}, headers=headers)
    assert "ev-nothing" in assert_error(stranger, 400)["message"]
    response = client.post(f"/api/incidents/{item['id']}/split", json={}, headers=headers)
    assert response.status_code == 200, response.text
    parts = response.json()["incidents"]
    assert parts[0]["id"] == item["id"] and [p["source_count"] for p in parts] == [1, 1]
    assert client.get("/api/events", params={"until": "2021-03-01"}).json()["total"] == 2


def test_control_counts_a_fused_capture_once(
    client: TestClient, store: Any, stocked: dict[str, Any], make_event: Any
) -> None:
    from sitrep.store.fusion_store import fuse_stored

    for document in stocked["documents"]:
        taken = make_event(document, document.text[:40], event_type="Battles",
                           sub_event_type="Non-state actor overtakes territory", actor1="Example Rebels",
                           actor2="Military Forces of Exampleland", location="Thirdtown", date=dt.date(2021, 4, 1))
        store.replace_events(document.id, [taken])
    fuse_stored(store)
    [place] = client.get("/api/control", params={"date": "2021-04-02"}).json()["places"]
    assert (place["place"], place["holder"], place["since"]) == ("Thirdtown", "Example Rebels", "2021-04-01")
    assert sorted(place["sources"]) == ["made-up-a", "made-up-b"] and place["incident_id"].startswith("in-")
