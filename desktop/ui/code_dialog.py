"""Dialog to code a selected span: pick a code or type a new name, and write a memo."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit

from desktop.store import Code

from .bidi import shown
from .form_dialog import FormDialog


class CodeDialog(FormDialog):
    def __init__(self, quote: str, codes: list[Code], last: str | None = None,
                 memo: str = "", parent=None, title: str = "Code selection") -> None:
        super().__init__(title, parent, "codeDialog")
        self.quote = QLabel(shown(" ".join(quote.split())[:400]), self)
        self.quote.setWordWrap(True)
        self.quote.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.quote.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
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
        self.set_rows([("Text:", self.quote), ("&Code:", self.code), ("&Memo:", self.memo)])
        self.code.setFocus()

    def code_name(self) -> str:
        return self.code.currentText().strip()

    def memo_text(self) -> str:
        return self.memo.toPlainText().strip()

    def problem(self) -> str:
        return "" if self.code_name() else "Choose a code or type a name for a new one."
