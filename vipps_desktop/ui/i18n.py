"""Which language the UI speaks, and Qt's translators for it.

The app follows the system locale (nb, nn and no → Norwegian Bokmål; anything else →
English), unless `--lang` or the user's earlier choice in the app says otherwise. UI chrome is
translated with Qt's tooling (`resources/translations/vipps_desktop_<lang>.qm`, built from the
`.ts` files by scripts/build-translations.py); guide content comes from `resources/guide/`.
Qt ships no Bokmål translation of its own strings, so our dialogs name their buttons
themselves rather than using Qt's standard Yes/Cancel.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from vipps_desktop.core.paths import resources_dir

log = logging.getLogger(__name__)

SETTING = "language"
_BOKMAL_ALIASES = {"nb", "nn", "no"}
_installed: list[QTranslator] = []


def normalise(language: str | None) -> str | None:
    """'nb_NO', 'no', 'nn-NO' → 'nb'; 'en_GB' → 'en'; anything else → None."""
    if not language:
        return None
    code = language.replace("-", "_").split("_")[0].lower()
    if code in _BOKMAL_ALIASES:
        return "nb"
    return "en" if code == "en" else None


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        if normalise(name) == "nb":
            return "nb"
    return normalise(QLocale.system().name()) or "en"


def choose_language(requested: str | None, settings: QSettings) -> str:
    """--lang, else the choice remembered in settings, else the system's language."""
    for candidate in (requested, settings.value(SETTING)):
        chosen = normalise(candidate) if isinstance(candidate, str) else None
        if chosen:
            return chosen
    return system_language()


def install_translators(language: str) -> bool:
    """Replace the app's translators; True when ours was found for `language`."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.NorwegianBokmal if language == "nb" else QLocale.Language.English)
    )
    if language == "en":
        return True  # the source strings are English
    ours = QTranslator(app)
    found = ours.load(f"vipps_desktop_{language}", str(resources_dir() / "translations"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s; the UI chrome stays English", language)
    return found
