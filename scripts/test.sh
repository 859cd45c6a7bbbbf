#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite; extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The web UI tests drive Debian's chromium through Playwright (no browser download).
if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "warning: /usr/bin/chromium is missing; install it (apt-get install chromium) for tests/web" >&2
    fi
fi
.venv/bin/ruff check --quiet src tests bench
.venv/bin/python -m mypy  # settings and files in pyproject.toml [tool.mypy]
exec .venv/bin/python -m pytest "$@"
