#!/usr/bin/env bash
# Installs whatever is missing for Coach on a Debian machine: system libraries that Qt,
# sound and the virtual display need (when run as root), a .venv, and Coach itself.
# Safe to run again: it only installs what is not there yet.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  xvfb xauth                                   # a virtual display for screen-less machines
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
  libxcb-xkb1 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0
  libxkbcommon0 libxkbcommon-x11-0             # Qt's xcb platform plugin
  libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libpulse0                                    # QtMultimedia / QtTextToSpeech
  gstreamer1.0-plugins-base-apps gstreamer1.0-plugins-good   # gst-play-1.0 for chimes
  fonts-dejavu-core
  poppler-utils                                # the report tests look at the PDF's pages
)

if command -v apt-get >/dev/null 2>&1 && command -v dpkg >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    if [ "$(id -u)" -eq 0 ]; then
      echo "setup: installing ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "setup: please install (as root): apt-get install ${missing[*]}" >&2
    fi
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi
# An editable install in "compat" mode is a one-line .pth file; the default mode adds an
# import hook that every start of Coach pays for (about 10 ms).
stamp=.venv/.coach-installed-compat
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing Coach and its test tools into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]" \
    --config-settings editable_mode=compat
  touch "$stamp"
fi

# Translations: coach/translations/*.qm (what Coach loads) are built from translations/*.ts
# (what is committed), only when the .ts is newer. Without them Coach speaks English.
mkdir -p coach/translations
for ts in translations/coach_*.ts; do
  [ -e "$ts" ] || continue
  qm="coach/translations/$(basename "${ts%.ts}").qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    if [ -x .venv/bin/pyside6-lrelease ]; then
      echo "setup: building $qm"
      .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
    else
      echo "setup: pyside6-lrelease is missing; $qm not built (Coach stays in English)" >&2
    fi
  fi
done
