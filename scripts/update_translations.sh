#!/usr/bin/env bash
# Refresh translations/coach_*.ts from the source code: new strings are added as unfinished,
# strings gone from the code are dropped (-no-obsolete), existing translations are kept.
# Then translate the new strings in Qt Linguist (.venv/bin/pyside6-linguist FILE.ts);
# scripts/setup.sh builds the .qm files Coach loads. Locations are left out of the .ts so
# that moving code around does not change it.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-.venv/bin/pyside6-lupdate}
shopt -s nullglob
files=("$@")  # a new language: name its .ts (translations/coach_XX.ts) and it is created
((${#files[@]})) || files=(translations/coach_*.ts)
if ((${#files[@]} == 0)); then
  echo "update_translations: no translations/coach_*.ts; to start a language, run" >&2
  echo "  $0 translations/coach_XX.ts   (XX: the language code, e.g. de)" >&2
  exit 1
fi
# lupdate does not look for Python files in a folder, so every file is named.
mapfile -t sources < <(find coach -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
for ts in "${files[@]}"; do
  "$LUPDATE" "${sources[@]}" -no-obsolete -locations none -source-language en -ts "$ts"
done
