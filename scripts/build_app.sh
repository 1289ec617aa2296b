#!/usr/bin/env bash
# Build the one-folder desktop app into dist/coach-VERSION/ with PyInstaller, then print
# its size and file count. Takes ~30 s on a 2-core machine (up to ~2 min on slow ones).
# Check the result with: .venv/bin/python scripts/smoke_frozen.py
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install -q --disable-pip-version-check "pyinstaller>=6.10"
.venv/bin/python -m PyInstaller --noconfirm --clean build_app.spec
version=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
bundle="dist/coach-${version}"
echo "bundle: ${bundle}  size: $(du -sh "${bundle}" | cut -f1)  files: $(find "${bundle}" -type f | wc -l)"
