"""The list of files the last open or add skipped, each with its reason.

Non-modal: the analyst can keep it beside the window. When some of the skipped articles were
duplicates of articles already in the project, "Add them anyway" adds exactly those.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QPushButton,
                               QVBoxLayout)

from desktop.ui.bidi import shown


class SkippedDialog(QDialog):
    addDuplicatesRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("skippedDialog")
        self.setWindowTitle(self.tr("Skipped files"))
        self.setModal(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Skipped files and why"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy list"), self)
        self.add_button = QPushButton(self.tr("&Add the duplicates anyway"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.copy_button.clicked.connect(self.copy)
        self.add_button.clicked.connect(self.addDuplicatesRequested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(720, 360)
        self.set_items([], 0)

    def set_items(self, problems: list[str], duplicates: int) -> None:
        self.list.clear()
        for line in problems:
            self.list.addItem(shown(line))
        n = len(problems)
        self.summary.setText(self.tr("Nothing was skipped.") if n == 0 else
                             self.tr("1 file was skipped:") if n == 1 else
                             self.tr("{n} files were skipped:").format(n=n))
        self.add_button.setVisible(duplicates > 0)
        self.add_button.setText(self.tr("&Add the duplicate anyway") if duplicates == 1 else
                                self.tr("&Add the {n} duplicates anyway").format(n=duplicates))

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.lines()))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
