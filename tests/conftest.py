"""Shared pytest fixtures.

Qt must run offscreen and must not read or write the user's real settings: the environment is
set before any Qt module loads, and every test gets its own settings directory.
"""
from __future__ import annotations

import os
import sqlite3
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "QARIN_CACHE_DIR" not in os.environ:
    # the derived cache (parsed resources, compiled patterns) of this test session, not the user's
    import atexit
    import shutil
    import tempfile

    os.environ["QARIN_CACHE_DIR"] = tempfile.mkdtemp(prefix="qarin-tests-cache-")
    atexit.register(shutil.rmtree, os.environ["QARIN_CACHE_DIR"], True)

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path, monkeypatch):
    """Point QSettings (if Qt is in use) at a per-test directory."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    if "PySide6.QtCore" not in sys.modules:  # core-only tests never load Qt
        yield
        return
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("QarinTests")
    QCoreApplication.setApplicationName("qarin-tests")
    settings_dir = str(tmp_path / "qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir)
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, settings_dir)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    yield


@pytest.fixture
def seeds_window(qtbot, tmp_path, monkeypatch):
    """The main window on the five seed articles, analysed by the real engine."""
    monkeypatch.setenv("QARIN_UNTITLED_DIR", str(tmp_path / "untitled"))
    from desktop.paths import SEEDS
    from support import open_window

    window = open_window(qtbot, [SEEDS])
    yield window
    window.close()


@pytest.fixture
def locked(seeds_window):
    """Another connection holding the project's write lock, as a long CLI import would."""
    holder = sqlite3.connect(seeds_window.session.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield holder
    if holder.in_transaction:
        holder.execute("ROLLBACK")
    holder.close()
