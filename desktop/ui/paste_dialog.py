"""Dialog to paste an article's text and name its outlet."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, \
    QPlainTextEdit


class PasteDialog(QDialog):
    def __init__(self, outlets: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste article")
        self.setObjectName("pasteDialog")
        self.outlet = QLineEdit(self)
        self.outlet.setPlaceholderText("Outlet name (e.g. " + (outlets[0] if outlets else
                                                               "Al-Mayadeen") + ")")
        self.title = QLineEdit(self)
        self.title.setPlaceholderText("Title (optional: taken from the first line)")
        self.title.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.text.setMinimumSize(600, 300)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Outlet:", self.outlet)
        form.addRow("&Title:", self.title)
        form.addRow("Te&xt:", self.text)
        form.addRow(self.error)
        form.addRow(buttons)

    def pasted_text(self) -> str:
        """The text exactly as pasted. (toPlainText would turn no-break spaces into spaces;
        the raw text keeps them and marks paragraph ends with U+2029.)"""
        raw = self.text.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def values(self) -> tuple[str, str, str]:
        """(text, outlet, title) as typed; the text is kept exactly."""
        return self.pasted_text(), self.outlet.text().strip(), self.title.text().strip()

    def _accept(self) -> None:
        text, outlet, _ = self.values()
        if not text.strip():
            self.error.setText("Paste the article's text first.")
        elif not outlet:
            self.error.setText("Name the outlet that published it.")
        else:
            self.accept()
