"""GET /api/health: the server's version, what the database holds, whether ingest is enabled."""

from __future__ import annotations

from fastapi import APIRouter

from sitrep import __version__
from sitrep.api.deps import Context
from sitrep.api.schemas import Health

router = APIRouter(tags=["system"])


@router.get("/health", response_model=Health)
def health(ctx: Context) -> Health:
    """The server's version, document and event counts, and whether ingest is enabled (a token was set)."""
    return Health(
        version=__version__,
        documents=ctx.store.count_documents(),
        events=ctx.store.count_events(),
        ingest_enabled=bool(ctx.token),
    )
