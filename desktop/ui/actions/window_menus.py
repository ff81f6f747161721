"""The main window's menu bar (File, Edit, View, Analysis) and its keyboard shortcuts."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from desktop.ui.actions.file_menu import FileMenu
from desktop.ui.language.menu import LanguageMenu
from desktop.ui.language.names import VIEW_LABELS
from desktop.ui.room import ZoomControl

VIEWS = ("columns", "pair", "framing", "reuse", "lexicon")


class WindowMenusMixin:
    """Mixed into MainWindow: builds the menus from the window's actions, views and docks."""

    def _build_menus(self) -> None:
        self.file_menu = FileMenu(self, self.menuBar().addMenu(self.tr("&File")))
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.actions_.undo_action)
        edit.addAction(self.actions_.redo_action)
        edit.addSeparator()
        edit.addAction(self.actions_.code_action)
        edit.addAction(self.actions_.quick_action)
        edit.addAction(self.lexicon_actions.add_action)
        edit.addAction(self.source_actions.credit_action)
        self.next_occurrence_action = self._action(edit, self.tr("&Next occurrence"), "F3",
                                                   self.next_occurrence)
        view = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu = view
        for i, name in enumerate(VIEWS):
            self._action(view, self.tr(VIEW_LABELS[name]), f"Ctrl+{i + 1}",
                         lambda _=False, n=name: self.show_view(n))
        view.addSeparator()
        for key, label, shortcut, target in (
                ("text", self.tr("Focus the text"), "Ctrl+Shift+T",
                 lambda: self.current_text_view()),
                ("annotations", self.tr("Focus annotations"), "Ctrl+Shift+N",
                 lambda: self.annotations.table),
                ("codebook", self.tr("Focus codebook"), "Ctrl+Shift+B", lambda: self.codebook.tree),
                ("chooser", self.tr("Focus column chooser"), "Ctrl+Shift+L",
                 lambda: self.chooser.list)):
            self._action(view, label, shortcut, lambda _=False, t=target: self._focus(t()))
        view.addSeparator()
        for dock in (self.chooser_dock, self.codebook_dock, self.annotations_dock, self.stories_dock):
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        self.zoom = ZoomControl(self, view)
        self.language_menu = LanguageMenu(self, view)
        analysis = self.menuBar().addMenu(self.tr("&Analysis"))
        self.rerun_action = self._action(analysis, self.tr("&Re-run analysis"), "F5",
                                         self.session.analyze)
        self.cancel_action = self._action(analysis, self.tr("&Cancel analysis"), "Esc",
                                          self.session.cancel_analysis)

    def _action(self, menu, label, shortcut, slot) -> QAction:
        action = QAction(label, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    def _focus(self, widget) -> None:
        if widget is not None:
            dock = widget.parent()
            while dock is not None and not isinstance(dock, QDockWidget):
                dock = dock.parent()
            if dock is not None:
                dock.show()
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

