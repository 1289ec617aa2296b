#!/usr/bin/env bash
# Set up what is missing, then run the whole test suite (Qt offscreen; one test starts Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
