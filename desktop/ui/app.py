"""Starting the desktop window: the application object, the session, screenshots."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from desktop.paths import SEEDS
from desktop.store import SUFFIX

from desktop.ui.analysis_process import start_process_server
from desktop.ui.actions.corpus_actions import register_menu_entries as register_corpus_entries
from desktop.ui.actions.export_actions import register_menu_entries
from desktop.ui.fonts import arabic_family
from desktop.ui.language import choose_language, install, installed
from desktop.ui.main_window import VIEWS, MainWindow
from desktop.ui.project_session import ProjectSession

SCREENSHOT_SIZE = (1600, 1000)
SCREENSHOT_TIMEOUT_MS = 120_000
# Notices Qt's platform plugins print although nothing is wrong (offscreen: every shown window)
QUIET_QT_MESSAGES = frozenset({"This plugin does not support propagateSizeHints()"})


def quiet_qt_messages() -> None:
    """Drop the notices in QUIET_QT_MESSAGES; every other Qt message goes where it went."""
    previous = None

    def handler(mode, context, message: str) -> None:
        if message.strip() in QUIET_QT_MESSAGES:
            return
        if previous is not None:
            previous(mode, context, message)
            return
        category = getattr(context, "category", None)
        prefix = f"{category}: " if category and category != "default" else ""
        print(f"{prefix}{message}", file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def application(lang: str | None = None) -> QApplication:
    """The application object, in ``lang`` (None: the saved choice, else the system locale;
    a second call without ``lang`` keeps the language already installed)."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("Qarin")
        QCoreApplication.setApplicationName("qarin")
        app = QApplication(sys.argv[:1])
    if not installed() or lang is not None:
        install(app, choose_language(lang))
    arabic_family()
    register_menu_entries()
    register_corpus_entries()
    return app


def private_settings(folder: Path) -> None:
    """Keep this process's QSettings in ``folder``."""
    from PySide6.QtCore import QSettings
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def open_session(paths: list[str]) -> ProjectSession:
    """A project file among ``paths`` is opened (other paths are added to it); otherwise the
    files and folders go into a new untitled project. No paths: the bundled seeds."""
    projects = [p for p in paths if str(p).endswith(SUFFIX)]
    others = [p for p in paths if not str(p).endswith(SUFFIX)]
    if len(projects) > 1:
        raise ValueError("open one project at a time")
    if projects:
        session = ProjectSession.open_project(projects[0])
        if others:
            problems = session.add_paths(others)
            session.problems = problems
        return session
    return ProjectSession.from_paths(others or [SEEDS])


def wait_for(signal, timeout_ms: int) -> bool:
    loop = QEventLoop()
    fired = []
    signal.connect(lambda *a: (fired.append(True), loop.quit()))
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    loop.exec()
    return bool(fired)


def screenshot(window: MainWindow, path: str, view: str = "columns") -> None:
    window.quiet_close = True
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    if not wait_for(window.refreshed, SCREENSHOT_TIMEOUT_MS):
        raise RuntimeError("the analysis did not finish in time for the screenshot")
    window.show_view(view)
    QApplication.processEvents()
    if view == "columns":  # open on the first passage two outlets share
        window.columns.scroll_to_row(window.columns.first_shared_row())
    window.resize(*SCREENSHOT_SIZE)
    QApplication.processEvents()
    if not window.grab().save(str(path)):
        raise RuntimeError(f"cannot write {path}")


def run(paths: list[str], screenshot_path: str | None = None, view: str = "columns",
        lang: str | None = None) -> int:
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r} (choose from {', '.join(VIEWS)})")
    if screenshot_path and not os.environ.get("QT_QPA_PLATFORM") and \
            not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    quiet_qt_messages()
    start_process_server()  # while this process is small: later children start cheaply
    if screenshot_path:
        # a throw-away untitled project and settings: screenshots show the first-start layout
        # and must not litter the user's data folder or change their saved layout
        with tempfile.TemporaryDirectory() as tmp:
            private_settings(Path(tmp) / "settings")
            application(lang)
            os.environ["QARIN_UNTITLED_DIR"] = tmp
            try:
                session = open_session(paths)
                window = MainWindow(session)
                window.start()
                screenshot(window, screenshot_path, view)
                window.close()
            finally:
                os.environ.pop("QARIN_UNTITLED_DIR", None)
        print(f"wrote {Path(screenshot_path)} ({SCREENSHOT_SIZE[0]}x{SCREENSHOT_SIZE[1]})")
        return 0
    app = application(lang)
    session = open_session(paths)
    window = MainWindow(session)
    window.show()
    window.start()
    if session.problems:
        window.report_skipped(session.problems)
    return app.exec()
