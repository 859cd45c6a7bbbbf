"""One Settings object, built once at the edge (CLI, API) and passed in."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

#: Where the database lives when neither --db nor SITREP_DB says otherwise.
DEFAULT_DB_PATH = Path("~/.local/share/sitrep/sitrep.sqlite")
#: Where derived indexes (gazetteer, automata) are cached, keyed by a digest of their sources.
DEFAULT_CACHE_DIR = Path("~/.cache/sitrep")
#: Reports larger than this are rejected at ingest: no news report is 20 MB of text.
MAX_INPUT_BYTES = 20 * 1024 * 1024


def database_url(db: str | None) -> str:
    """Turn a --db value (a path or an SQLAlchemy URL) into an SQLAlchemy URL."""
    if db and "://" in db:
        return db
    path = Path(db).expanduser() if db else DEFAULT_DB_PATH.expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class Settings:
    db_url: str = field(default_factory=lambda: database_url(None))
    cache_dir: Path = field(default_factory=lambda: DEFAULT_CACHE_DIR.expanduser())
    max_input_bytes: int = MAX_INPUT_BYTES
    api_token: str | None = None

    @classmethod
    def from_env(cls, db: str | None = None) -> Settings:
        """Settings from explicit options first, then SITREP_* environment variables."""
        db = db or os.environ.get("SITREP_DB")
        cache = os.environ.get("SITREP_CACHE_DIR")
        return cls(
            db_url=database_url(db),
            cache_dir=Path(cache).expanduser() if cache else DEFAULT_CACHE_DIR.expanduser(),
            api_token=os.environ.get("SITREP_TOKEN"),
        )
