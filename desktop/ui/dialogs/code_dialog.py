"""Dialog to code a selected span: pick a code or type a new name, and write a memo."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from desktop.store import Code

from desktop.ui.bidi import shown
from desktop.ui.dialogs.form_dialog import FormDialog


class CodeDialog(FormDialog):
    def __init__(self, quote: str, codes: list[Code], last: str | None = None,
                 memo: str = "", parent=None, title: str | None = None,
                 ask_author: str | None = None) -> None:
        """``ask_author``: a suggested name, when the analyst's name is still to be asked."""
        super().__init__(title or self.tr("Code selection"), parent, "codeDialog")
        self.quote = QLabel(shown(" ".join(quote.split())[:400]), self)
        self.quote.setWordWrap(True)
        self.quote.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.quote.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.code = QComboBox(self)
        self.code.setEditable(True)
        self.code.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.code.setAccessibleName(self.tr("Code (choose or type a new name)"))
        for c in codes:
            self.code.addItem(c.name, c.guid)
        if last:
            index = self.code.findText(last)
            if index >= 0:
                self.code.setCurrentIndex(index)
        self.memo = QPlainTextEdit(memo, self)
        self.memo.setTabChangesFocus(True)
        self.memo.setFixedHeight(90)
        rows = [(self.tr("Text:"), self.quote), (self.tr("&Code:"), self.code),
                (self.tr("&Memo:"), self.memo)]
        self.author = None
        if ask_author is not None:
            self.author = QLineEdit(ask_author, self)
            self.author.setObjectName("authorName")
            self.author.setToolTip(self.tr("Your name on your annotations; asked once and "
                                           "remembered"))
            rows.append((self.tr("Your &name:"), self.author))
        self.set_rows(rows)
        self.code.setFocus()

    def code_name(self) -> str:
        return self.code.currentText().strip()

    def memo_text(self) -> str:
        return self.memo.toPlainText().strip()

    def author_name(self) -> str | None:
        return self.author.text().strip() if self.author is not None else None

    def problem(self) -> str:
        if self.author is not None and not self.author_name():
            return self.tr("Type your name: it is kept with your annotations.")
        return "" if self.code_name() else self.tr("Choose a code or type a name for a new one.")
