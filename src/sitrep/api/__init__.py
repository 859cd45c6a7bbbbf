"""sitrep's HTTP API and the web UI it serves.

    from sitrep.api import create_app
    app = create_app(Settings.from_env(db), token="...")   # then run it with uvicorn

Nothing is built at import: `create_app` makes a new app each time, with its own Store.
"""

from sitrep.api.app import create_app

__all__ = ["create_app"]
