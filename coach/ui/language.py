"""Which language Coach speaks, and putting its translations in place at start-up.

This runs on the start-up path right after QApplication exists, so it stays cheap: QtCore
only, one QTranslator.load for Coach's words and one for Qt's own buttons (Cancel, OK).
A missing translation file is never an error: Coach speaks English and logs why.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coach.core import content_i18n, i18n, resources

log = logging.getLogger(__name__)

SPOKEN: tuple[str, ...] = ("en", "ru")  # languages Coach has words for; English is the source
_installed: list[QTranslator] = []
_language = "en"


def chosen_language(
    setting: str, env: Mapping[str, str] | None = None, system: Sequence[str] | None = None
) -> str:
    """ "en" or "ru": COACH_LANG first (tests, screenshots), then the setting, then the
    first language the system's user interface prefers that Coach speaks."""
    env = os.environ if env is None else env
    override = env.get("COACH_LANG", "").strip().lower()[:2]
    if override in SPOKEN:
        return override
    if setting in SPOKEN:
        return setting
    preferred = QLocale.system().uiLanguages() if system is None else system
    for name in preferred:
        if name[:2].lower() in SPOKEN:
            return name[:2].lower()
    return "en"


class EnglishPlurals(QTranslator):
    """English plural forms for every message no translation file answers for.

    Source texts say "%n cramp(s)"; this drops "(s)" for one and makes it "s" otherwise, so
    English needs no .qm file. Installed first, so a real translation is always asked first.
    """

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n is not None and n >= 0 and "(s)" in source_text:
            return i18n.english_plural(source_text, n)
        return None  # not ours: Qt goes on to the next translator, then the source text

    def isEmpty(self) -> bool:
        return False


def _qt_translation_dirs() -> list[str]:
    """Where Qt's own qtbase_xx.qm may be: Qt's configured folder, then PySide6's wheel."""
    configured = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wheel = str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    return [d for d in dict.fromkeys((configured, wheel)) if d]


def install_translations(app: QCoreApplication, language: str) -> str:
    """Speak `language` from now on; returns the language in effect ("en" when its file is
    missing). Safe to call again: the translators installed before are replaced."""
    global _language
    remove_translations(app)
    plurals = EnglishPlurals(app)
    app.installTranslator(plurals)
    _installed.append(plurals)
    i18n.set_translator(QCoreApplication.translate)
    if language != "en":
        coach = QTranslator(app)
        folder = resources.translations_dir()
        if coach.load(f"coach_{language}", str(folder)):
            app.installTranslator(coach)
            _installed.append(coach)
            _install_qt_own(app, language)
        else:
            log.warning("no %s translation in %s (run scripts/setup.sh)", language, folder)
            language = "en"
    QLocale.setDefault(QLocale(language))
    content_i18n.set_content_language(language)  # routines' words: routines/i18n/<lang>.yaml
    _language = language
    return language


def remove_translations(app: QCoreApplication) -> None:
    """Back to the source texts (English) and the system's locale."""
    global _language
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    i18n.set_translator(None)
    QLocale.setDefault(QLocale.system())
    content_i18n.set_content_language("en")
    _language = "en"


def _install_qt_own(app: QCoreApplication, language: str) -> None:
    """Qt's own words (Cancel, OK, Save in standard buttons), when Qt ships them."""
    qt = QTranslator(app)
    for folder in _qt_translation_dirs():
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            _installed.append(qt)
            return
    log.info("Qt's own %s translation was not found; standard buttons stay English", language)


def current_language() -> str:
    """The language in effect ("en" until install_translations has run)."""
    return _language
