"""Fixtures shared by the whole suite. Add new ones at the end."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sitrep.model import Document, Event, Evidence

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "sample"
#: The shared gold data, beside the repository; tests that need it skip with this reason when absent.
SHARED_DIR = Path(__file__).resolve().parents[1] / ".." / "shared"


#: The databases the store runs on. Tests under STORE_TESTS run on each; others opt in with
#: `@pytest.mark.parametrize("db_url", DATABASES, indirect=True)`, and use SQLite otherwise.
DATABASES = ("sqlite", "postgresql")
#: The folder of the store's own tests: every one that takes `db_url` or `store` runs on each database.
STORE_TESTS = Path(__file__).resolve().parent / "store"
#: A PostgreSQL database the tests may use (`bash scripts/postgres.sh start` prints one). Each
#: test gets a schema of its own in it, dropped afterwards.
POSTGRES_URL_ENV = "SITREP_TEST_POSTGRES_URL"
#: When "1" (CI sets it), a PostgreSQL test with no server fails instead of skipping.
REQUIRE_POSTGRES_ENV = "CI_REQUIRE_POSTGRES"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run every store test that uses a database once on SQLite and once on PostgreSQL."""
    if ("db_url" in metafunc.fixturenames and STORE_TESTS in metafunc.definition.path.parents
            and not any("db_url" in m.args[0] for m in metafunc.definition.iter_markers("parametrize"))):
        metafunc.parametrize("db_url", DATABASES, indirect=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Any]:
    """An engine on the PostgreSQL test database named by SITREP_TEST_POSTGRES_URL, or a skip saying how to get one."""
    import os

    from sqlalchemy import create_engine

    from sitrep.store.repository import normalise_url

    url = os.environ.get(POSTGRES_URL_ENV)
    if not url:
        reason = (f"{POSTGRES_URL_ENV} is not set: run `bash scripts/postgres.sh start` and export the "
                  "URL it prints to run the store tests on PostgreSQL")
        if os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
            pytest.fail(f"{REQUIRE_POSTGRES_ENV}=1 but {reason}")
        pytest.skip(reason)
    engine = create_engine(normalise_url(url), isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


def _postgres_schema_url(request: pytest.FixtureRequest) -> Iterator[str]:
    import uuid

    from sqlalchemy import text

    engine = request.getfixturevalue("postgres_server")
    schema = f"test_{uuid.uuid4().hex[:16]}"
    with engine.connect() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    # Every connection made from this URL works in the test's own schema.
    yield engine.url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    with engine.connect() as connection:
        connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An SQLAlchemy URL of a fresh, empty database: a SQLite file in tmp_path, or a PostgreSQL schema.

    SQLite unless the test is parametrized with "postgresql" (see DATABASES).
    """
    kind = getattr(request, "param", "sqlite")
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'sitrep.sqlite'}"
    elif kind == "postgresql":
        yield from _postgres_schema_url(request)
    else:
        raise ValueError(f"unknown database kind {kind!r}; use one of {DATABASES}")


@pytest.fixture
def store(db_url: str) -> Iterator[Any]:
    """A Store on a fresh, migrated database (see `db_url`)."""
    from sitrep.store import Store

    opened = Store.open(db_url)
    yield opened
    opened.close()


@pytest.fixture
def sample_documents() -> list[Document]:
    """The two seed reports shipped as the sample corpus, read by the real ingest code."""
    from sitrep.ingest.sources import read_sources

    documents = [d for d in read_sources(sorted(str(p) for p in SAMPLE_DIR.glob("*.json")))]
    assert all(isinstance(d, Document) for d in documents)
    return documents  # type: ignore[return-value]


@pytest.fixture
def report() -> Document:
    """A short made-up report with two events in it."""
    text = ("Government forces clashed with rebels near Exampleton on Monday, killing three fighters. "
            "On Tuesday an air strike hit a market in Otherville.")
    return Document(id="made-up-1", text=text, source="example.org", url="https://example.org/1",
                    title="Fighting near Exampleton", published=dt.date(2021, 3, 4))


@pytest.fixture
def make_event() -> Callable[..., Event]:
    """Build an event of a document, with evidence at a sentence of its text; override any field."""

    def build(document: Document, sentence: str | None = None, **fields: Any) -> Event:
        evidence = None
        if sentence is not None:
            start = document.text.index(sentence)
            evidence = Evidence(document.id, start, start + len(sentence), sentence)
        values: dict[str, Any] = {
            "event_type": "Battles", "sub_event_type": "Armed clash",
            "actor1": "Military Forces of Exampleland", "actor2": "Example Rebels",
            "location": "Exampleton", "country": "Syria", "latitude": 35.0, "longitude": 38.5,
            "geo_precision": 1, "date": dt.date(2021, 3, 1), "time_precision": 1,
            "document_id": document.id, "evidence": evidence, "confidence": 0.8,
            "extractor": "test", "extractor_version": "1",
        }
        values.update(fields)
        return Event(**values)

    return build


@pytest.fixture
def http_site() -> Iterator[Callable[[str, bytes, str, int], str]]:
    """A web server on 127.0.0.1 serving the pages a test adds with `add(path, body, type, status)`."""
    import http.server
    import threading

    pages: dict[str, tuple[bytes, str, int]] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
            body, content_type, status = pages.get(self.path, (b"not here", "text/plain", 404))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass  # keep the test output clean

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()

    def add(path: str, body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200) -> str:
        pages[path] = (body, content_type, status)
        return f"http://127.0.0.1:{server.server_port}{path}"

    yield add
    server.shutdown()
    server.server_close()


@pytest.fixture
def closed_port_url() -> str:
    """A localhost URL where nothing listens: a port that was just bound, then released."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/report.html"


def _hypothesis_strategies() -> tuple[Any, Callable[[str], Any]]:
    import datetime as dt

    from hypothesis import strategies as st

    from sitrep.model import SUB_EVENT_TYPES

    # NUL is left out: PostgreSQL refuses it in text columns.
    text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
    names = st.none() | text.filter(str.strip)
    dates = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))
    documents = st.builds(
        Document, id=st.from_regex(r"[a-z0-9-]{1,30}", fullmatch=True), text=text.filter(str.strip),
        url=names, source=names, title=names, published=dates,
        ingested_at=st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1),
                                 timezones=st.just(dt.UTC)),
    )

    @st.composite
    def events(draw: Any, document_id: str) -> Event:
        sub_event_type = draw(st.sampled_from(sorted(SUB_EVENT_TYPES)))
        evidence = None
        if draw(st.booleans()):
            start = draw(st.integers(min_value=0, max_value=500))
            evidence = Evidence(document_id, start, start + draw(st.integers(0, 300)), draw(text))
        return Event(
            event_type=SUB_EVENT_TYPES[sub_event_type].value, sub_event_type=sub_event_type,
            actor1=draw(names), actor2=draw(names),
            assoc_actor1=tuple(draw(st.lists(text, max_size=3))),
            assoc_actor2=tuple(draw(st.lists(text, max_size=3))),
            location=draw(names), admin1=draw(names), country=draw(names),
            latitude=draw(st.none() | st.floats(-90, 90)),
            longitude=draw(st.none() | st.floats(-180, 180)),
            geo_precision=draw(st.none() | st.sampled_from([1, 2, 3])), date=draw(dates),
            time_precision=draw(st.none() | st.sampled_from([1, 2, 3])),
            fatalities=draw(st.none() | st.integers(min_value=0, max_value=10_000)),
            evidence=evidence, notes=draw(text), document_id=document_id,
            confidence=draw(st.floats(0, 1)), extractor=draw(text), extractor_version=draw(text),
            inter1=draw(st.none() | st.integers(1, 8)), inter2=draw(st.none() | st.integers(1, 8)),
        )

    return documents, events


@pytest.fixture(scope="session")
def document_strategy() -> Any:
    """A hypothesis strategy of Documents with every field filled or empty."""
    return _hypothesis_strategies()[0]


@pytest.fixture(scope="session")
def event_strategy() -> Callable[[str], Any]:
    """A hypothesis strategy of Events of a given document id, over every sub-event type."""
    return _hypothesis_strategies()[1]


@pytest.fixture(scope="session")
def actor_ontology() -> Any:
    """The packaged actor ontology, loaded once (it is read-only)."""
    from sitrep.knowledge.actors import load_ontology

    return load_ontology()


@pytest.fixture(scope="session")
def gazetteer_cache(request: pytest.FixtureRequest) -> Path:
    """The cache folder of the real gazetteer: pytest's own cache, so it is built once per checkout."""
    return Path(request.config.cache.mkdir("sitrep-gazetteer"))


@pytest.fixture(scope="session")
def gazetteer(gazetteer_cache: Path) -> Any:
    """The real gazetteer (GeoNames-derived data plus the curated places), opened once."""
    from sitrep.resolve.gazetteer import Gazetteer

    return Gazetteer.open(gazetteer_cache)


@pytest.fixture(scope="session", autouse=True)
def _test_cache_dir(gazetteer_cache: Path) -> Iterator[None]:
    """Keep derived indexes built by tests out of the user's cache: one build per checkout."""
    import os

    previous = os.environ.get("SITREP_CACHE_DIR")
    os.environ["SITREP_CACHE_DIR"] = str(gazetteer_cache)
    yield
    if previous is None:
        os.environ.pop("SITREP_CACHE_DIR", None)
    else:
        os.environ["SITREP_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def extraction_pipeline(gazetteer_cache: Path) -> Any:
    """The default extraction pipeline with the real ontology and gazetteer, built once."""
    from sitrep.config import Settings
    from sitrep.events.rules import build_pipeline

    return build_pipeline(Settings(cache_dir=gazetteer_cache))


@pytest.fixture(scope="session")
def candidate_pipeline(gazetteer_cache: Path) -> Any:
    """The rules alone at the candidate floor (no eventness model): what the model is shown."""
    from sitrep.config import Settings
    from sitrep.events.rules import CANDIDATE_MIN_CONFIDENCE, build_pipeline

    return build_pipeline(Settings(cache_dir=gazetteer_cache), eventness=None, min_confidence=CANDIDATE_MIN_CONFIDENCE)
