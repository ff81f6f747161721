"""Running plain Python work off the UI thread and getting its result back on it.

``in_background(fn, on_done)`` runs ``fn()`` on a Python thread and calls ``on_done(result)``
(or ``on_error(exc)``) later on the UI thread, through a queued signal. ``wait_in_background``
runs ``fn()`` on a thread while the UI thread keeps turning its event loop, then returns the
result (or raises what ``fn`` raised): for a caller that needs the answer before it goes on.
The work must not touch widgets; it may use its own SQLite connections only.
"""
from __future__ import annotations

import contextlib
import gc
import sys
import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal, Slot

_threads: set[threading.Thread] = set()  # running work, for wait_all()

_gc_lock = threading.Lock()
_gc_state = {"depth": 0, "was_enabled": True, "interval": 0.005}
BACKGROUND_SWITCH_INTERVAL = 0.0005  # seconds


@contextlib.contextmanager
def background_friendly():
    """Settings that keep the window responsive while Python code runs on a worker thread.

    - The cycle collector stays off while an analysis builds millions of objects: a full
      collection over them takes hundreds of milliseconds and holds the interpreter lock.
      Afterwards the survivors are frozen (moved out of the collector's sight), so later
      collections on the UI thread stay short.
    - The interpreter hands its lock over more often (every 0.5 ms instead of 5 ms): each
      time the UI thread returns from Qt it must win the lock back, and with the default
      interval a handler making a dozen Qt calls waits tens of milliseconds.
    Nested and concurrent uses are counted.
    """
    with _gc_lock:
        if _gc_state["depth"] == 0:
            _gc_state["was_enabled"] = gc.isenabled()
            _gc_state["interval"] = sys.getswitchinterval()
            gc.disable()
            sys.setswitchinterval(BACKGROUND_SWITCH_INTERVAL)
        _gc_state["depth"] += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_state["depth"] -= 1
            if _gc_state["depth"] == 0:
                sys.setswitchinterval(_gc_state["interval"])
                gc.freeze()
                if _gc_state["was_enabled"]:
                    gc.enable()


class _Relay(QObject):
    """Lives on the UI thread; a signal emitted on a worker thread reaches it queued."""

    finished = Signal(object, object)  # (callback, value)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._call)

    @Slot(object, object)
    def _call(self, callback, value) -> None:
        callback(value)


_relay: _Relay | None = None


def _get_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
        app = QCoreApplication.instance()
        if app is not None:
            _relay.moveToThread(app.thread())
    return _relay


def on_ui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                  on_error: Callable[[BaseException], None] | None = None,
                  name: str = "qarin-background") -> threading.Thread:
    """Run ``fn`` on a new thread; its result or error comes back on the UI thread."""
    relay = _get_relay()

    def work() -> None:
        try:
            with background_friendly():
                value = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to on_error on the UI thread
            if on_error is not None:
                relay.finished.emit(on_error, exc)
        else:
            relay.finished.emit(on_done, value)
        finally:
            _threads.discard(threading.current_thread())

    thread = threading.Thread(target=work, name=name, daemon=True)
    _threads.add(thread)
    thread.start()
    return thread


def wait_in_background(fn: Callable[[], Any]) -> Any:
    """``fn()`` computed on a worker thread while the event loop keeps turning.

    Without a running application (or when called off the UI thread) ``fn`` just runs here."""
    if not on_ui_thread():
        return fn()
    loop = QEventLoop()
    box: dict[str, Any] = {}

    def done(value) -> None:
        box["value"] = value
        loop.quit()

    def failed(exc: BaseException) -> None:
        box["error"] = exc
        loop.quit()

    in_background(fn, done, failed, name="qarin-load")
    if not box:
        loop.exec()
    if "error" in box:
        raise box["error"]
    return box["value"]


def wait_all(timeout: float = 30.0) -> None:
    """Wait for work started here to end (for shutdown and tests)."""
    for thread in list(_threads):
        thread.join(timeout)
