"""`coach install-desktop`: a launcher entry with a "Cramp relief" action, for this user only."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from coach.core import resources
from coach.core.atomic import atomic_write_text

APP_ID = "coach"


def data_home() -> Path:
    root = os.environ.get("XDG_DATA_HOME")
    return Path(root) if root else Path.home() / ".local" / "share"


def launch_command() -> str:
    """How the launcher should start this Coach: the frozen binary, the script, or -m."""
    if getattr(sys, "frozen", False):
        return shlex.quote(sys.executable)
    script = shutil.which("coach")
    if script:
        return shlex.quote(script)
    return f"{shlex.quote(sys.executable)} -m coach"


def desktop_entry(command: str, icon: str) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Coach",
            "GenericName=Leg-cramp coach",
            "Comment=Guided stretches and one-press cramp relief in pregnancy",
            # Launchers pick the [ru] keys themselves when the desktop speaks Russian.
            "GenericName[ru]=Помощь при судорогах в ногах",
            "Comment[ru]=Растяжка и помощь при судороге одним нажатием во время беременности",
            f"Exec={command}",
            f"Icon={icon}",
            "Terminal=false",
            "Categories=Utility;Health;",
            "Keywords=cramp;pregnancy;stretch;calf;",
            "Keywords[ru]=судорога;беременность;растяжка;икра;",
            "StartupWMClass=coach",
            "Actions=relief;bedtime;",
            "",
            "[Desktop Action relief]",
            "Name=Cramp relief",
            f"Exec={command} --relief",
            "Name[ru]=Снять судорогу",
            "",
            "[Desktop Action bedtime]",
            "Name=Bedtime wind-down",
            f"Exec={command} --routine bedtime",
            "Name[ru]=Расслабление перед сном",
            "",
        ]
    )


def install_desktop(base: Path | None = None, command: str | None = None) -> list[Path]:
    """Write the .desktop file and the icon under the user's data folder; returns the paths."""
    base = base or data_home()
    icon_src = resources.asset("icons", "coach.svg")
    icon_dst = base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    icon_dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icon_src, icon_dst)
    entry = base / "applications" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(entry, desktop_entry(command or launch_command(), APP_ID))
    os.chmod(entry, 0o644)  # launchers must read it; it holds no personal data
    return [entry, icon_dst]
