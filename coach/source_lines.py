"""Keep no copy of module source lines in memory (but the last file read).

Once PySide6 is imported it reads the source of every module imported after it, looking for
the word "PySide6" to decide on its `from __feature__ import ...` switches, and the reading
goes through `linecache`, which keeps every line: 3.3 MB of strings for Coach's modules,
never read again, scattered through the heap so they cannot be given back later. A traceback
still shows its source lines: they are read from the file when needed, as after
`linecache.clearcache()`.
"""

from __future__ import annotations

import linecache


class _KeepsTheLastOne(dict):  # type: ignore[type-arg]
    """A `linecache.cache` that holds only the file it was last given: `linecache` reads an
    entry straight back after storing it (for modules inside an archive, as in the
    packaged app, whose lines come from their loader)."""

    def __setitem__(self, key: object, value: object) -> None:
        self.clear()
        super().__setitem__(key, value)


def keep_no_module_sources() -> None:
    """Call before PySide6 is imported."""
    linecache.cache = _KeepsTheLastOne()
