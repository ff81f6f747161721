"""Coding that could not be saved yet because another program was writing to the project.

Nothing the analyst codes is thrown away when the project is busy: the edit waits here, in
order, is shown on screen as unsaved, and is retried in the background. After a long wait the
window asks whether to keep waiting or save the project elsewhere.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.envconfig import env_seconds

RETRY_MS = 1000
ASK_AFTER_S = 30.0  # seconds of waiting before the analyst is asked what to do


def ask_after() -> float:
    """$QARIN_BUSY_ASK_AFTER (seconds) when set and valid, else ASK_AFTER_S."""
    return env_seconds("QARIN_BUSY_ASK_AFTER", ASK_AFTER_S)


@dataclass
class PendingEdit:
    make: Callable  # builds a fresh undo command; called again at each attempt
    label: str  # what the analyst did, for messages ("Code “resistance”")
    span: tuple[str, int, int] | None = None  # (article, start, end) to show as unsaved


class PendingWrites(QObject):
    changed = Signal()  # the queue grew or shrank
    saved = Signal(str)  # a waiting edit was saved: its label
    failed = Signal(str)  # a waiting edit failed for another reason than a busy project
    decisionNeeded = Signal()  # waited ask_after() seconds

    def __init__(self, attempt: Callable[[PendingEdit], str], parent=None) -> None:
        """``attempt(edit)`` tries to apply one edit: "ok", "busy" or an error message."""
        super().__init__(parent)
        self._attempt = attempt
        self.items: list[PendingEdit] = []
        self._since: float | None = None
        self._asked = False
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)

    @property
    def waiting(self) -> bool:
        return bool(self.items)

    def waited(self) -> float:
        return 0.0 if self._since is None else time.monotonic() - self._since

    def add(self, edit: PendingEdit) -> None:
        if not self.items:
            self._since, self._asked = time.monotonic(), False
        self.items.append(edit)
        self.timer.start()
        self.changed.emit()

    def keep_waiting(self) -> None:
        """The analyst chose to wait longer: ask again only after another full wait."""
        self._since, self._asked = time.monotonic(), False
        self.retry()

    def retry(self) -> None:
        """Try the waiting edits in order; stop at the first that still finds the project busy."""
        done = False
        while self.items:
            edit = self.items[0]
            outcome = self._attempt(edit)
            if outcome == "busy":
                break
            self.items.pop(0)
            done = True
            if outcome == "ok":
                self.saved.emit(edit.label)
            else:
                self.failed.emit(f"{edit.label}: {outcome}")
        if not self.items:
            self.timer.stop()
            self._since = None
        if done:
            self.changed.emit()
        if self.items and not self._asked and self.waited() >= ask_after():
            self._asked = True
            self.decisionNeeded.emit()
