"""coach.core must never import Qt: it runs in CLI tools and headless tests."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import coach.core


def test_importing_every_core_module_pulls_in_no_qt() -> None:
    modules = [m.name for m in pkgutil.iter_modules(coach.core.__path__, "coach.core.")]
    assert len(modules) >= 8
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in {'PySide6', 'shiboken6'})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
