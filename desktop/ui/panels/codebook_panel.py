"""Codebook panel: the code tree with colours; new, rename, recolour, merge, delete."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QColorDialog, QGridLayout, QHeaderView, QInputDialog,
                               QPushButton, QTreeView, QVBoxLayout, QWidget)

from desktop.store import Code

from desktop.ui.models.codebook_model import CodebookModel


class CodebookPanel(QWidget):
    addRequested = Signal(str, object)  # name, parent Code or None
    renameRequested = Signal(object, str)  # Code, new name
    recolorRequested = Signal(object, str)  # Code, "#rrggbb"
    mergeRequested = Signal(object, object)  # source Code, target Code
    deleteRequested = Signal(object)  # Code
    filterRequested = Signal(object)  # Code: show its annotations

    def __init__(self, model: CodebookModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("codebookPanel")
        self.model = model
        self.tree = QTreeView(self)
        self.tree.setObjectName("codeTree")
        self.tree.setAccessibleName(self.tr("Codebook"))
        self.tree.setModel(model)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.activated.connect(lambda i: self.filterRequested.emit(model.code(i)))
        model.modelReset.connect(self.tree.expandAll)
        # names are never cut: the name column follows its contents (whenever the view lays
        # out, also when hidden at the time the codes changed); the count column takes the rest
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QGridLayout()  # three to a row, so the side dock can stay narrow
        for i, (label, key, slot) in enumerate(((self.tr("New…"), "Ins", self.add_code),
                                 (self.tr("New sub-code…"), "Shift+Ins", self.add_subcode),
                                 (self.tr("Rename…"), "F2", self.rename),
                                 (self.tr("Colour…"), "Ctrl+Shift+C", self.recolor),
                                 (self.tr("Merge into…"), "Ctrl+M", self.merge),
                                 (self.tr("Delete"), "Del", self.delete))):
            action = QAction(label, self.tree)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.tree.addAction(action)
            button = QPushButton(label, self)
            keys = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{label} ({keys})")
            button.clicked.connect(slot)
            buttons.addWidget(button, i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        # the dialogs below can be replaced in tests (they are modal)
        self.ask_text = lambda title, label, value="": QInputDialog.getText(
            self, title, label, text=value)
        self.ask_color = lambda color: QColorDialog.getColor(color, self,
                                                                 self.tr("Code colour"))
        self.ask_item = lambda title, label, items: QInputDialog.getItem(
            self, title, label, items, 0, False)

    def current(self) -> Code | None:
        return self.model.code(self.tree.currentIndex().siblingAtColumn(0))

    def select(self, guid: str) -> None:
        self.tree.setCurrentIndex(self.model.index_of(guid))

    def add_code(self) -> None:
        name, ok = self.ask_text(self.tr("New code"), self.tr("Name:"))
        if ok and name.strip():
            self.addRequested.emit(name.strip(), None)

    def add_subcode(self) -> None:
        parent = self.current()
        if parent is None:
            return
        name, ok = self.ask_text(self.tr("New sub-code"),
                                 self.tr("Name (under “{parent}”):").format(parent=parent.name))
        if ok and name.strip():
            self.addRequested.emit(name.strip(), parent)

    def rename(self) -> None:
        code = self.current()
        if code is None:
            return
        name, ok = self.ask_text(self.tr("Rename code"), self.tr("New name:"), code.name)
        if ok and name.strip() and name.strip() != code.name:
            self.renameRequested.emit(code, name.strip())

    def recolor(self) -> None:
        from PySide6.QtGui import QColor
        code = self.current()
        if code is None:
            return
        color = self.ask_color(QColor(code.color))
        if color.isValid():
            self.recolorRequested.emit(code, color.name())

    def merge(self) -> None:
        code = self.current()
        if code is None:
            return
        others = [c for c in self.model.codes if c.guid != code.guid]
        if not others:
            return
        name, ok = self.ask_item(self.tr("Merge code"),
                                 self.tr("Merge “{code}” into:").format(code=code.name),
                                 [c.name for c in others])
        target = next((c for c in others if c.name == name), None)
        if ok and target is not None:
            self.mergeRequested.emit(code, target)

    def delete(self) -> None:
        code = self.current()
        if code is not None:
            self.deleteRequested.emit(code)
