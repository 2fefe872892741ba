"""Installs the Qt translators for the chosen language (Dutch by default)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vp_desk.domain.dates import set_decimal_separator
from vp_desk.resources import resource_path

LANGUAGES = {"nl": "Nederlands", "fr": "Français", "en": "English"}
DEFAULT_LANGUAGE = "nl"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE
_others: dict[str, QTranslator] = {}  # loaded for translate_in, never installed


def current_language() -> str:
    """The UI language in use (catalog labels follow it)."""
    return _current


def install(app: QCoreApplication, lang: str) -> str:
    """Replace the app's translators; returns the language actually in use."""
    global _current
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    _current = lang
    set_decimal_separator("." if lang == "en" else ",")
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", f"vp_desk_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale({"nl": QLocale.Language.Dutch, "fr": QLocale.Language.French,
                                "en": QLocale.Language.English}[lang]))
    return lang


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def translate_in(lang: str, context: str, text: str) -> str:
    """``text`` in ``lang`` whatever the app's language (the access view is shown in the
    language of the requester's organisation); the English source when there is none."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    t = _others.get(lang)
    if t is None:
        t = QTranslator()
        t.load(str(resource_path("i18n", f"vp_desk_{lang}.qm")))
        _others[lang] = t
    return t.translate(context, text) or text
