"""Running the analysis on a worker thread, with progress and cancel.

The job is a plain callable ``job(progress, cancel) -> result``; it runs on a QThread and
reports back through queued signals, so the event loop keeps turning. Progress reports are
thinned to a few per second. A result that arrives after a newer start is dropped.
"""
from __future__ import annotations

import threading
import time
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

Job = Callable[[Callable[[str, float], None], Callable[[], bool]], Any]
PROGRESS_INTERVAL = 0.05  # seconds between progress signals


class Cancelled(Exception):
    """Raised by a job's cancel check (the engine's AnalysisCancelled is mapped to it)."""


def _is_cancel(exc: BaseException) -> bool:
    return isinstance(exc, Cancelled) or type(exc).__name__ == "AnalysisCancelled"


class _Worker(QObject):
    progress = Signal(int, str, float)
    done = Signal(int, object)
    failed = Signal(int, str)
    cancelled = Signal(int)

    def __init__(self, generation: int, job: Job, stop: threading.Event) -> None:
        super().__init__()
        self._generation = generation
        self._job = job
        self._stop = stop
        self._last = 0.0
        self._stage = ""

    def _progress(self, stage: str, fraction: float) -> None:
        now = time.monotonic()
        if stage != self._stage or now - self._last >= PROGRESS_INTERVAL:
            self._stage, self._last = stage, now
            self.progress.emit(self._generation, stage, float(fraction))

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self._progress, self._stop.is_set)
        except BaseException as exc:  # noqa: BLE001 - reported to the window, never raised
            if _is_cancel(exc) or self._stop.is_set():
                self.cancelled.emit(self._generation)
            else:
                message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                self.failed.emit(self._generation, message)
            return
        if self._stop.is_set():
            self.cancelled.emit(self._generation)
        else:
            self.done.emit(self._generation, result)


class AnalysisRunner(QObject):
    started = Signal()
    progress = Signal(str, float)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._stop: threading.Event | None = None
        self._threads: list[tuple[QThread, _Worker]] = []

    @property
    def running(self) -> bool:
        return self._stop is not None

    def start(self, job: Job) -> None:
        """Start ``job``; a job already running is cancelled and its result ignored."""
        self.cancel(quiet=True)
        self._generation += 1
        self._stop = threading.Event()
        thread = QThread()
        worker = _Worker(self._generation, job, self._stop)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.done.connect(self._on_done)
        worker.failed.connect(self._on_failed)
        worker.cancelled.connect(self._on_cancelled)
        for sig in (worker.done, worker.failed, worker.cancelled):
            # quit() is thread-safe: call it from the worker thread, not via the main loop
            sig.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._reap)
        self._threads.append((thread, worker))
        thread.start()
        self.started.emit()

    def cancel(self, quiet: bool = False) -> None:
        if self._stop is not None:
            self._stop.set()
            if quiet:
                self._generation += 1  # whatever the old job says is now stale
                self._stop = None

    def wait(self, ms: int = 30000) -> None:
        """Block until every worker thread has ended (for shutdown)."""
        for thread, _ in list(self._threads):
            thread.wait(ms)

    @Slot()
    def _reap(self) -> None:
        for thread, worker in [(t, w) for t, w in self._threads if t.isFinished()]:
            self._threads.remove((thread, worker))
            thread.deleteLater()
            worker.deleteLater()

    def _current(self, generation: int) -> bool:
        return generation == self._generation

    @Slot(int, str, float)
    def _on_progress(self, generation: int, stage: str, fraction: float) -> None:
        if self._current(generation):
            self.progress.emit(stage, fraction)

    @Slot(int, object)
    def _on_done(self, generation: int, result) -> None:
        if self._current(generation):
            self._stop = None
            self.finished.emit(result)

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        if self._current(generation):
            self._stop = None
            self.failed.emit(message)

    @Slot(int)
    def _on_cancelled(self, generation: int) -> None:
        if self._current(generation):
            self._stop = None
            self.cancelled.emit()
