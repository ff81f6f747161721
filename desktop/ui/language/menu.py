"""View → Language: the interface language, kept in QSettings, applied at the next start."""
from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup

from . import current_language, save_language, saved_language, tr

# each language named in itself, so it can be found whatever the current one
NATIVE_NAMES = {"ar": "العربية", "en": "English"}


class LanguageMenu:
    def __init__(self, window, menu) -> None:
        self.window = window
        self.menu = menu.addMenu(tr("&Language"))
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(window)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        chosen = saved_language() or current_language()
        for lang, name in NATIVE_NAMES.items():
            action = QAction(name, window)
            action.setCheckable(True)
            action.setChecked(lang == chosen)
            action.setData(lang)
            action.triggered.connect(lambda _=False, code=lang: self.choose(code))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[lang] = action

    def choose(self, lang: str) -> None:
        save_language(lang)
        self.actions[lang].setChecked(True)
        if lang == current_language():
            self.window.show_message(tr("The interface is already in this "
                                                    "language."))
        else:
            self.window.show_message(tr(
                "The interface language changes when Qarin starts again."))
