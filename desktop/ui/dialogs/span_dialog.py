"""Dialog to adjust an annotation's boundaries, with a live preview of the covered text."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox


class SpanDialog(QDialog):
    def __init__(self, text: str, start: int, end: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adjust span"))
        self.text = text
        self.start = QSpinBox(self)
        self.end = QSpinBox(self)
        for box, value in ((self.start, start), (self.end, end)):
            box.setRange(0, len(text))
            box.setValue(value)
            box.valueChanged.connect(self._preview)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Start (characters):"), self.start)
        form.addRow(self.tr("&End (characters):"), self.end)
        form.addRow(self.tr("Text:"), self.preview)
        form.addRow(self.buttons)
        self._preview()

    def span(self) -> tuple[int, int]:
        return self.start.value(), self.end.value()

    def _preview(self) -> None:
        s, e = self.span()
        ok = s < e
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        before = self.text[max(0, s - 30):s]
        self.preview.setText(f"…{before}【{self.text[s:e]}】{self.text[e:e + 30]}…" if ok
                             else self.tr("The end must come after the start."))
