"""The window's language: Qt translators (Qarin's own and Qt's), layout direction, the choice
kept in QSettings. The choice takes effect at the next start (the View menu says so)."""
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt,
                            QTranslator)
from PySide6.QtWidgets import QApplication

from desktop.i18n import LANGUAGES, catalog, language_from_locale, normalize
from desktop.i18n.catalog import I18N
from desktop.i18n.plural import FORMS, form_index

SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []
_current = ["en"]
_done: list[bool] = []  # install() has run in this process


def saved_language() -> str | None:
    return normalize(str(QSettings().value(SETTINGS_KEY, "") or ""))


def save_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} (choose from {', '.join(LANGUAGES)})")
    QSettings().setValue(SETTINGS_KEY, lang)


def choose_language(requested: str | None = None) -> str:
    """--lang first, then the language chosen in the View menu, then the system locale."""
    if requested:
        lang = normalize(requested)
        if lang is None:
            raise ValueError(f"unknown language {requested!r} "
                             f"(choose from {', '.join(LANGUAGES)})")
        return lang
    return saved_language() or language_from_locale()


def installed() -> bool:
    return bool(_done)


def current_language() -> str:
    return _current[0]


def is_rtl() -> bool:
    return _current[0] == "ar"


class CldrPlurals(QTranslator):
    """Counts in the window take their form by CLDR's rules (Babel), from the same catalogue
    the .qm files are built from; every other message falls through to the .qm translators.
    Installed last, so Qt asks it first."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.plurals = catalog(lang).plurals

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt's name
        # None is a null QString: Qt then asks the next translator ("" would be an answer)
        if n is None or n < 0:
            return None
        forms = self.plurals.get((context, source))
        if not forms or len(forms) != len(FORMS.get(self.lang, ())):
            return None
        return forms[form_index(n, self.lang)]  # Qt puts the number in for %n

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.plurals


def install(app: QApplication, lang: str) -> list[str]:
    """Load Qarin's and Qt's translations for ``lang`` and set the layout direction.
    Returns the .qm files loaded."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    loaded = []
    files = [(f"qarin_{lang}", str(I18N))]  # English: only its plural forms
    if lang != "en":
        files.append((f"qtbase_{lang}",
                      QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.append(translator.filePath())
    plurals = CldrPlurals(lang, app)
    if not plurals.isEmpty():
        QCoreApplication.installTranslator(plurals)
        _installed.append(plurals)
    _current[0] = lang
    _done[:] = [True]
    QLocale.setDefault(QLocale(QLocale.Language.Arabic if lang == "ar"
                               else QLocale.Language.English))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ar"
                           else Qt.LayoutDirection.LeftToRight)
    return loaded


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` outside a QObject (module functions, plain classes). `pyside6-lupdate`
    files these calls under the empty context, which is the one looked up here."""
    return QCoreApplication.translate("", text, disambiguation, n)
