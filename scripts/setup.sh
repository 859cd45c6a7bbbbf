#!/usr/bin/env bash
# Set sitrep up in ./.venv: Python 3.11, sitrep (editable) and its test tools.
# Idempotent: when pyproject.toml has not changed since the last install, it does nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
    PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || { echo "sitrep needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2; exit 2; }
    "$PYTHON" -m venv .venv
fi

stamp=.venv/.sitrep-installed
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && .venv/bin/python -c 'import sitrep' 2>/dev/null; then
    exit 0
fi
.venv/bin/python -m pip install --quiet -e '.[test]'
echo "$wanted" > "$stamp"
