#!/usr/bin/env bash
# Set up what is missing, then start Coach. Arguments go to `coach` (e.g. --relief).
# With no display (a server, CI) it runs inside a virtual X display.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found; starting Coach on a virtual display (xvfb-run)"
  exec xvfb-run -a -s "-screen 0 1280x900x24 -nolisten tcp" .venv/bin/coach "$@"
fi
exec .venv/bin/coach "$@"
