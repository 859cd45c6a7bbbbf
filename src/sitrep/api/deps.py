"""What routes depend on: the app's context (store, settings, token) and the knowledge it loads lazily.

The extraction pipeline (spaCy, gazetteer, ontology) takes seconds to build, so it is built on
the first request that needs it, once, under a lock; the store is opened by `create_app`.
"""

from __future__ import annotations

import hmac
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Header, HTTPException, Request

from sitrep.config import Settings
from sitrep.store import Store

if TYPE_CHECKING:
    from sitrep.knowledge.actors import ActorOntology
    from sitrep.model import Mention
    from sitrep.pipeline import Pipeline

#: The scheme of the Authorization header the write endpoints take.
BEARER_PREFIX = "bearer "


@dataclass
class AppContext:
    """Everything one app instance holds: built by `create_app`, reached through `context()`."""

    settings: Settings
    store: Store
    token: str | None
    _build_lock: threading.Lock = field(default_factory=threading.Lock)
    _run_lock: threading.Lock = field(default_factory=threading.Lock)
    _pipeline: Pipeline | None = None
    #: Mentions found in a document, by content hash: the pipeline takes a second per report.
    mention_cache: dict[str, list[Mention]] = field(default_factory=dict)
    _ontology: ActorOntology | None = None

    def pipeline(self) -> Pipeline:
        """The default extraction pipeline, built on first use."""
        with self._build_lock:
            if self._pipeline is None:
                from sitrep.events.rules import build_pipeline

                self._pipeline = build_pipeline(self.settings)
            return self._pipeline

    def ontology(self) -> ActorOntology:
        """The packaged actor ontology, loaded on first use."""
        with self._build_lock:
            if self._ontology is None:
                from sitrep.knowledge.actors import load_ontology

                self._ontology = load_ontology()
            return self._ontology

    @property
    def run_lock(self) -> threading.Lock:
        """Held while the pipeline runs: its stages keep per-document state and are not thread-safe."""
        return self._run_lock


def context(request: Request) -> AppContext:
    """The context of the app serving this request."""
    return request.app.state.sitrep


Context = Annotated[AppContext, Depends(context)]


def get_store(ctx: Context) -> Store:
    """The app's store."""
    return ctx.store


StoreDep = Annotated[Store, Depends(get_store)]


def require_token(ctx: Context, authorization: Annotated[str | None, Header()] = None) -> None:
    """Let the request through only with the bearer token given at start-up (403 when none was)."""
    if not ctx.token:
        raise HTTPException(
            403, "ingest is disabled: start the server with --token or SITREP_TOKEN to allow writes"
        )
    if not authorization or not authorization.lower().startswith(BEARER_PREFIX):
        raise HTTPException(
            401,
            "this endpoint needs the header 'Authorization: Bearer TOKEN' with the "
            "token the server was started with",
            headers={"WWW-Authenticate": "Bearer"},
        )
    given = authorization[len(BEARER_PREFIX) :].strip()
    # Compared in constant time, so the token cannot be guessed character by character.
    if not hmac.compare_digest(given.encode("utf-8"), ctx.token.encode("utf-8")):
        raise HTTPException(401, "wrong bearer token", headers={"WWW-Authenticate": "Bearer"})


TokenChecked = Depends(require_token)
