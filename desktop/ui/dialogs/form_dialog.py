"""The frame every form dialog shares: labelled rows, a red line for what is wrong, and
OK/Cancel, where OK closes the dialog only when ``problem()`` finds nothing to complain about."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

ERROR_STYLE = "color: #c62828"


class FormDialog(QDialog):
    def __init__(self, title: str, parent=None, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        if name:
            self.setObjectName(name)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

    def set_rows(self, rows: list[tuple[str, QWidget]]) -> QFormLayout:
        """Lay out ``(label, field)`` rows (label "" for none), then the error line and buttons."""
        form = QFormLayout(self)
        for label, field in rows:
            form.addRow(label, field)
        form.addRow(self.error)
        form.addRow(self.buttons)
        return form

    def problem(self) -> str:
        """What keeps OK from closing the dialog, as one sentence ("" when all is well)."""
        return ""

    def _accept(self) -> None:
        message = self.problem()
        self.error.setText(message)
        if not message:
            self.accept()
