"""The File menu: open files/folder/project, paste, save as, recent projects, exports.

Export entries come from two places, and appear in the Export section above Quit:
- ``register_export(label, callback, shortcut=None)`` at import time: every window built
  afterwards shows the entry (``desktop/ui/export_actions.py``, when it exists, is imported by
  the app at start-up for exactly this);
- ``window.file_menu.add_export_action(label, callback)`` on one window.
The callback receives the main window (``window.session.project``, ``.analysis``, ``.lexicon``,
``window.show_message(text)``).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.ui.language import tr

RECENT_KEY = "recentProjects"


RECENT_MAX = 8
_REGISTERED: list[tuple[str, Callable, str | None]] = []


def register_export(label: str, callback: Callable, shortcut: str | None = None) -> None:
    """Offer ``callback(window)`` as File → ``label`` in every window built from now on."""
    if all(item[0] != label for item in _REGISTERED):
        _REGISTERED.append((label, callback, shortcut))


def recent_projects() -> list[str]:
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value or []]


def remember_project(path: str) -> None:
    items = [p for p in recent_projects() if p != path]
    QSettings().setValue(RECENT_KEY, [path] + items[:RECENT_MAX - 1])


class FileMenu:
    def __init__(self, window, menu: QMenu) -> None:
        self.window = window
        self.menu = menu
        self.actions: dict[str, QAction] = {}
        for key, label, shortcut, slot in (
            ("open_files", tr("&Open files…"), QKeySequence.StandardKey.Open,
             window.open_files),
            ("open_folder", tr("Open &folder…"), "Ctrl+Shift+F", window.open_folder),
            ("paste", tr("&Paste article…"), "Ctrl+Shift+V", window.paste_article),
            ("add_url", tr("Add from &URL…"), "Ctrl+Shift+U", window.add_from_url),
            ("article_details", tr("Article &details…"), "Ctrl+Shift+I",
             window.edit_article_details),
            ("credits", tr("C&redits and relay…"), "Ctrl+Shift+R", window.edit_credits),
            ("outlets", tr("Ou&tlets of this project…"), None, window.edit_outlets),
            ("skipped", tr("S&kipped files…"), None, window.show_skipped),
            (None, None, None, None),
            ("open_project", tr("Open pro&ject…"), "Ctrl+Shift+O", window.open_project_dialog),
            ("save", tr("&Save project"), QKeySequence.StandardKey.Save, window.save_project),
            ("save_as", tr("Save project &as…"), QKeySequence.StandardKey.SaveAs,
             window.save_project_as),
        ):
            if key is None:
                menu.addSeparator()
                continue
            action = QAction(label, window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, s=slot: s())
            menu.addAction(action)
            self.actions[key] = action
        self.recent = menu.addMenu(tr("&Recent projects"))
        self.recent.aboutToShow.connect(self._fill_recent)
        self._export_separator = menu.addSeparator()
        self._exports_anchor = menu.addSeparator()
        quit_action = QAction(tr("&Quit"), window)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(window.close)
        menu.addAction(quit_action)
        self.actions["quit"] = quit_action
        for label, callback, shortcut in _REGISTERED:
            self.add_export_action(label, callback, shortcut)
        self._fill_recent()

    def add_export_action(self, label: str, callback: Callable, shortcut: str | None = None
                          ) -> QAction:
        """Add an entry to the Export section; ``callback(window)`` runs when it is chosen.
        ``label`` is English (marked with QT_TRANSLATE_NOOP("", ...)); it is shown translated."""
        action = QAction(tr(label), self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: callback(self.window))
        self.menu.insertAction(self._exports_anchor, action)
        self.actions[f"export:{label}"] = action
        return action

    def _fill_recent(self) -> None:
        self.recent.clear()
        items = recent_projects()
        if not items:
            none = self.recent.addAction(tr("(none yet)"))
            none.setEnabled(False)
        for i, path in enumerate(items, start=1):
            action = self.recent.addAction(f"&{i} {path}")
            action.triggered.connect(lambda _=False, p=path: self.window.open_project(p))
