"""File → Add from URL…: paste one or many addresses; the pages are fetched off the UI thread."""
from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from desktop.core.readers.fetch import read_url_list

from desktop.ui.dialogs.form_dialog import FormDialog


class UrlDialog(FormDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Add from URL"), parent, "urlDialog")
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(self.tr("One web address a line, e.g. https://…"))
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumSize(560, 200)
        self.set_rows([(self.tr("&Addresses:"), self.edit)])

    def urls(self) -> list[str]:
        return read_url_list(self.edit.toPlainText())

    def problem(self) -> str:
        urls = self.urls()
        if not urls:
            return self.tr("Paste at least one web address.")
        bad = [u for u in urls if not u.lower().startswith(("http://", "https://"))]
        if bad:
            return self.tr("Not a web address: {0}").format(bad[0])
        return ""
