"""Dialog to paste an article's text and name its outlet."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from desktop.ui.dialogs.form_dialog import FormDialog


class PasteDialog(FormDialog):
    def __init__(self, outlets: list[str], parent=None) -> None:
        super().__init__(self.tr("Paste article"), parent, "pasteDialog")
        self.outlet = QLineEdit(self)
        self.outlet.setPlaceholderText(self.tr("Outlet name (e.g. {example})").format(
            example=outlets[0] if outlets else self.tr("Al-Mayadeen")))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title (optional: taken from the first line)"))
        self.title.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.text.setMinimumSize(600, 300)
        self.set_rows([(self.tr("&Outlet:"), self.outlet), (self.tr("&Title:"), self.title),
                       (self.tr("Te&xt:"), self.text)])

    def pasted_text(self) -> str:
        """The text exactly as pasted. (toPlainText would turn no-break spaces into spaces;
        the raw text keeps them and marks paragraph ends with U+2029.)"""
        raw = self.text.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def values(self) -> tuple[str, str, str]:
        """(text, outlet, title) as typed; the text is kept exactly."""
        return self.pasted_text(), self.outlet.text().strip(), self.title.text().strip()

    def problem(self) -> str:
        text, outlet, _ = self.values()
        if not text.strip():
            return self.tr("Paste the article's text first.")
        return "" if outlet else self.tr("Name the outlet that published it.")
