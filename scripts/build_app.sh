#!/usr/bin/env bash
# Build the one-folder desktop app into dist/coach-VERSION/ with PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install -q --disable-pip-version-check "pyinstaller>=6.10"
.venv/bin/python -m PyInstaller --noconfirm --clean build_app.spec
du -sh dist/coach-*/ | tail -1
