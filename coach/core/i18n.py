"""The translation hook for the Qt-free core: English until the app installs Qt's translator.

Why a hook: the core builds text the person reads (red-flag questions, stop advice, side
labels, report headings) but must not import Qt. The app calls
`set_translator(QCoreApplication.translate)` at start-up; the CLI and core tests get English.

How to write strings so `scripts/update_translations.sh` (pyside6-lupdate) finds them:
- call it literally, `translate("Context", "Source text")`, and fill in values after
  translating: `fill(translate("Report", "Week %1"), week)`, never translate a built string;
- text kept in a constant is marked `QT_TRANSLATE_NOOP("Context", "Source text")` and
  translated where it is shown, `translate("Context", CONSTANT)`.
- Plurals: lupdate reads a bare name in translate()'s 4th place as PyQt's old "encoding"
  argument, so `translate("C", "%n day(s)", None, n)` is not extracted as a plural. Counted
  phrases are therefore written in the UI as `self.tr("%n day(s)", "", n)` (or
  `ClassName.tr(...)`), which lupdate does mark; `n` is accepted here so both behave alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]

_PLACE = re.compile(r"%(\d)")


def english_plural(text: str, n: int) -> str:
    """English plural forms from the source text itself: "(s)" goes for one, "s" otherwise.

    So English needs no translation file: "%n cramp(s)" reads "1 cramp", "2 cramps".
    """
    return text.replace("(s)", "" if n == 1 else "s")


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if n < 0:
        return text
    return english_plural(text, n).replace("%n", str(n))


_translator: Translator = _english


def set_translator(fn: Translator | None) -> None:
    """Route every core string through `fn` (None: back to plain English)."""
    global _translator
    _translator = fn or _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the person's language; the source text itself when there is no translation."""
    return _translator(context, text, disambiguation, n)


def fill(text: str, *values: object) -> str:
    """Put values into %1..%9 in one pass (a value containing "%2" is left alone)."""
    return _PLACE.sub(
        lambda m: str(values[int(m[1]) - 1]) if 0 < int(m[1]) <= len(values) else m[0], text
    )


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for extraction only; it is translated later, where it is shown."""
    return text
