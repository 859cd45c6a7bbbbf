"""`create_app(settings)`: the FastAPI app of the API, its docs (served from local files) and the web UI."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from sitrep import __version__
from sitrep.api.deps import AppContext
from sitrep.api.errors import install_error_handlers
from sitrep.config import Settings
from sitrep.store import Store

#: Where the UI's files are served from, and the docs' Swagger UI files.
STATIC_PREFIX, DOCS_ASSETS_PREFIX = "/static", "/docs-assets"
#: The UI loads nothing from elsewhere and runs no inline script, so a report that slipped
#: markup past the escaping could still not run code. Leaflet positions tiles with inline styles.
UI_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
API_DESCRIPTION = """Conflict events coded from news reports, each traced to the sentence that states it.

Every error answer has the shape `{"error": {"code": ..., "message": ...}}`. The write endpoints
(`/api/ingest...`, `/api/incidents/{id}/split`) need `Authorization: Bearer TOKEN`, with the token
the server was started with.
"""


def web_static_dir() -> Path:
    """The folder of the web UI's files (HTML, ES modules, CSS, vendored libraries)."""
    return Path(str(files("sitrep.web") / "static"))


def swagger_assets_dir() -> Path:
    """The Swagger UI files shipped by the swagger-ui-bundle package: /docs needs no CDN."""
    import swagger_ui_bundle

    return Path(swagger_ui_bundle.swagger_ui_path)


def create_app(settings: Settings, token: str | None = None, store: Store | None = None) -> FastAPI:
    """A new app over the database of `settings`; writes need `token` (default settings.api_token).

    The store is opened here (and closed when the app shuts down) unless one is given.
    """
    from sitrep.api.routes import actors, control, documents, events, exports, incidents, ingest, places, system

    opened = store or Store.open(settings.db_url)
    context = AppContext(settings=settings, store=opened, token=token or settings.api_token)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if store is None:
            opened.close()

    app = FastAPI(
        title="sitrep",
        version=__version__,
        description=API_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.sitrep = context
    install_error_handlers(app)
    for module in (system, documents, events, actors, places, control, exports, ingest, incidents):
        app.include_router(module.router, prefix="/api")

    app.mount(DOCS_ASSETS_PREFIX, StaticFiles(directory=swagger_assets_dir()), name="docs-assets")
    app.mount(STATIC_PREFIX, StaticFiles(directory=web_static_dir()), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="sitrep API",
            swagger_js_url=f"{DOCS_ASSETS_PREFIX}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_ASSETS_PREFIX}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_ASSETS_PREFIX}/favicon-32x32.png",
        )

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(web_static_dir() / "index.html", media_type="text/html")

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        # Swagger UI starts itself with an inline script; everything else gets the strict policy.
        if not request.url.path.startswith(("/docs", DOCS_ASSETS_PREFIX)):
            response.headers.setdefault("Content-Security-Policy", UI_CONTENT_SECURITY_POLICY)
        return response

    return app
