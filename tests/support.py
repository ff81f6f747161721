"""Helpers shared by several test modules (imported as `support`; pytest puts tests/ on sys.path)."""
from __future__ import annotations

import subprocess
import sys

from desktop.cli.main import main
from desktop.paths import ROOT

# Prepended to a child script: any import of PySide6 or shiboken6 then fails.
BLOCK_QT = """
import sys
class _BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError("PySide6 is blocked in this test")
sys.meta_path.insert(0, _BlockQt())
"""


def run_without_qt(script: str, *args: str) -> subprocess.CompletedProcess:
    """Run `script ARGS` in a fresh interpreter at the repository root with PySide6 blocked."""
    return subprocess.run([sys.executable, "-c", BLOCK_QT + script, *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True)


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    """Run `main.py ARGV` in-process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def open_window(qtbot, paths, lang: str | None = None):
    """The main window on ``paths`` (files, folders or a project), analysed by the real engine
    and shown at 1600x1000; returns once every view is filled. Set $QARIN_UNTITLED_DIR first."""
    from desktop.ui.app import application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.project_session import ProjectSession

    application(lang)
    window = MainWindow(ProjectSession.from_paths(list(paths)))
    window.quiet_close = True
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    with qtbot.waitSignal(window.refreshed, timeout=120_000):
        window.start()
    return window


def brute_force_boilerplate(text: str):
    """Furniture lines as boilerplate.find_boilerplate marks them, the slow way: every rule
    tried on every line, in order (the reference for its fast routes)."""
    from desktop.core import boilerplate
    from desktop.core.normalize import normalize

    marks, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        start, end = pos, pos + len(body)
        pos += len(line)
        if not body.strip():
            continue
        folded = normalize(body).text
        for rule in boilerplate.rules():
            if rule.pattern.search(body) or (rule.folded is not None and rule.folded.search(folded)):
                lead = len(body) - len(body.lstrip())
                to_end = rule.to_end is True or (rule.to_end == "tail" and start * 2 >= len(text))
                marks.append(((start + lead, len(text.rstrip()) if to_end else end), rule.kind))
                break
        if marks and marks[-1][0][1] >= len(text.rstrip()):
            break
    return marks
