"""One JSON error shape for every error answer: {"error": {"code": ..., "message": ...}}."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep.errors import InputRejected, QueryError, SitrepError, StoreError

log = logging.getLogger(__name__)

#: Codes of the HTTP statuses sitrep answers with, for the error body.
STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_parameters",
    500: "internal_error",
    501: "not_implemented",
    503: "unavailable",
}


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    """The JSON answer of an error."""
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _describe_validation(errors: list[Any]) -> str:
    parts = []
    for error in errors:
        location = [str(p) for p in error.get("loc", ()) if p not in ("query", "body", "path", "header")]
        where = ".".join(location) or "request"
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    """Make every error answer (HTTP, validation, sitrep's own, unexpected) take the one shape."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = STATUS_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = "no such resource; see /docs for the endpoints"
        return error_response(exc.status_code, code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, STATUS_CODES[422], _describe_validation(list(exc.errors())))

    @app.exception_handler(QueryError)
    async def query_error(_request: Request, exc: QueryError) -> JSONResponse:
        return error_response(400, exc.code, str(exc))

    @app.exception_handler(InputRejected)
    async def input_rejected(_request: Request, exc: InputRejected) -> JSONResponse:
        status = 413 if exc.reason == InputRejected.TOO_LARGE else 422
        return error_response(status, f"{exc.code}.{exc.reason}", str(exc))

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, exc: StoreError) -> JSONResponse:
        log.error("store error: %s", exc)
        return error_response(503, exc.code, str(exc))

    @app.exception_handler(SitrepError)
    async def sitrep_error(_request: Request, exc: SitrepError) -> JSONResponse:
        return error_response(400, exc.code, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return error_response(
            500, STATUS_CODES[500], f"internal error ({type(exc).__name__}); see the server log"
        )
