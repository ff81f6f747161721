"""What needs the analyst's attention goes into a dialog (skipped files, a project that cannot
be opened); plain information goes to the status bar. Dialogs open window-modal and do not
block the caller (``QMessageBox.open``), so a test can look at them and close them."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.ui.bidi import shown


def notice(window, title: str, text: str, details: list[str] | None = None,
           icon=QMessageBox.Icon.Warning) -> QMessageBox:
    box = QMessageBox(icon, title, shown(text), QMessageBox.StandardButton.Ok, window)
    box.setObjectName("notice")
    if details:
        box.setDetailedText(shown("\n".join(details)))
    window.last_notice = box
    box.open()
    return box
