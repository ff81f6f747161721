"""Dialog to code a selected span: pick a code or type a new name, and write a memo."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, \
    QPlainTextEdit

from desktop.store import Code


class CodeDialog(QDialog):
    def __init__(self, quote: str, codes: list[Code], last: str | None = None,
                 memo: str = "", parent=None, title: str = "Code selection") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("codeDialog")
        self.quote = QLabel(" ".join(quote.split())[:400], self)
        self.quote.setWordWrap(True)
        self.quote.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.quote.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.code = QComboBox(self)
        self.code.setEditable(True)
        self.code.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.code.setAccessibleName("Code (choose or type a new name)")
        for c in codes:
            self.code.addItem(c.name, c.guid)
        if last:
            index = self.code.findText(last)
            if index >= 0:
                self.code.setCurrentIndex(index)
        self.memo = QPlainTextEdit(memo, self)
        self.memo.setTabChangesFocus(True)
        self.memo.setFixedHeight(90)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Text:", self.quote)
        form.addRow("&Code:", self.code)
        form.addRow("&Memo:", self.memo)
        form.addRow(self.error)
        form.addRow(buttons)
        self.code.setFocus()

    def code_name(self) -> str:
        return self.code.currentText().strip()

    def memo_text(self) -> str:
        return self.memo.toPlainText().strip()

    def _accept(self) -> None:
        if not self.code_name():
            self.error.setText("Choose a code or type a name for a new one.")
            return
        self.accept()
