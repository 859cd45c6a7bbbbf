"""sitrep's exceptions. Each carries a stable `code` that scripts and the API can rely on."""
from __future__ import annotations


class SitrepError(Exception):
    """Base of every error sitrep raises on purpose."""

    code = "error"


class InputRejected(SitrepError):
    """A report or feed that cannot be ingested: bad data, not a programming error.

    `source` names the input (a path or URL) and `reason` is one of the REASON_* codes below,
    so a batch can report it in one line and go on.
    """

    code = "input_rejected"

    BINARY = "binary"
    EMPTY = "empty"
    UNDECODABLE = "undecodable"
    MALFORMED = "malformed"
    TOO_LARGE = "too_large"
    UNREACHABLE = "unreachable"
    UNSUPPORTED = "unsupported"
    NOT_FOUND = "not_found"

    def __init__(self, source: str, reason: str, detail: str = "") -> None:
        self.source = source
        self.reason = reason
        self.detail = detail
        message = f"{source}: {reason}"
        if detail:
            message += f" ({detail})"
        super().__init__(message)


class KnowledgeError(SitrepError):
    """A curated data file (actors, places, lexicons) is invalid. Names file, entry and field."""

    code = "knowledge_invalid"

    def __init__(self, file: str, entry: str | None, problem: str) -> None:
        self.file = file
        self.entry = entry
        self.problem = problem
        where = f"{file}: {entry}" if entry else file
        super().__init__(f"{where}: {problem}")


class StoreError(SitrepError):
    """The database cannot be opened or migrated."""

    code = "store_error"


class QueryError(SitrepError):
    """A filter or query parameter is invalid (bad date, bad bbox, unknown type...)."""

    code = "bad_query"


class ClusterError(SitrepError):
    """A Dask scheduler cannot be reached or a local cluster cannot start."""

    code = "cluster_unavailable"
