"""Long corpus work behind a progress dialog with Cancel.

- ``CorpusLoader``: reads a corpus file's tables for the corpus window on a worker thread
  (counts, stories, network, substitutions), one step at a time; Cancel stops between steps.
- ``CorpusBuilder``: runs ``corpus build`` in a child process (the build is CPU-bound Python:
  in this process it would hold the interpreter lock and freeze the window) and shows its
  progress lines; Cancel interrupts it the way Ctrl+C does, so the corpus file keeps what was
  done and the same build resumes it.
"""
from __future__ import annotations

import os
import re
import signal
import sys
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from desktop.store.corpus import CorpusError, CorpusStore
from desktop.ui.runner import AnalysisRunner, Cancelled
from desktop.ui.views.corpus_view import CorpusData

_STAGE_LINE = re.compile(r"^(\w+): (\d+)/(\d+) \(\d+%\)")
BUILD_STAGES = ("import", "index", "sketch", "shingle", "count", "align", "derive")


def _dialog(parent, label: str) -> QProgressDialog:
    dialog = QProgressDialog(label, QCoreApplication.translate("CorpusJobs", "Cancel"), 0, 1000, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog


def load_corpus_data(path: str, progress: Callable[[str, float], None], cancelled: Callable[[], bool]) -> CorpusData:
    """The corpus window's tables, read step by step (a job for ``AnalysisRunner``)."""
    with CorpusStore.open(path, readonly=True) as store:
        parts = {}
        steps = (("counts", store.counts), ("stories", store.stories), ("network", store.network),
                 ("substitutions", store.substitutions))
        for n, (name, read) in enumerate(steps):
            if cancelled():
                raise Cancelled()
            progress(name, n / len(steps))
            parts[name] = read()
        progress("done", 1.0)
        return CorpusData(str(store.path), parts["counts"], parts["stories"], parts["network"], parts["substitutions"])


class CorpusLoader(QObject):
    """Load a corpus file for the window; ``loaded(CorpusData)`` or ``failed(message)``;
    nothing when cancelled."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent_widget, path: str) -> None:
        super().__init__(parent_widget)
        self.path = path
        self.runner = AnalysisRunner(self)
        self.dialog = _dialog(parent_widget, self.tr("Reading the corpus %1…").replace("%1", Path(path).name))
        self.dialog.canceled.connect(self.runner.cancel)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)

    def start(self) -> None:
        # a file that is not a corpus gets its one-line message before any thread starts
        try:
            CorpusStore.open(self.path, readonly=True).close()
        except CorpusError as exc:
            self.dialog.close()
            self.failed.emit(str(exc))
            return
        self.runner.start(lambda progress, cancelled: load_corpus_data(self.path, progress, cancelled))

    def _progress(self, stage: str, fraction: float) -> None:
        names = {"counts": self.tr("counting"), "stories": self.tr("stories"), "network": self.tr("outlet network"),
                 "substitutions": self.tr("substitutions"), "done": self.tr("done")}
        self.dialog.setLabelText(self.tr("Reading the corpus %1: %2")
                                 .replace("%1", Path(self.path).name).replace("%2", names.get(stage, stage)))
        self.dialog.setValue(int(fraction * 1000))

    def _done(self, data) -> None:
        self.dialog.close()
        self.loaded.emit(data)

    def _failed(self, message: str) -> None:
        self.dialog.close()
        self.failed.emit(message)

    def _cancelled(self) -> None:
        self.dialog.close()

    def wait(self, ms: int = 30000) -> None:
        self.runner.wait(ms)


def build_command(corpus: str, archives: list[str], fields: str | None) -> list[str]:
    """Arguments (after the Python executable) that run ``corpus build`` in a child process."""
    args = ["-c", "import sys; from desktop.cli.main import main; sys.exit(main())",
            "corpus", "build", corpus, *archives]
    if fields:
        args += ["--fields", fields]
    return args


class CorpusBuilder(QObject):
    """``corpus build`` in a child process behind a progress dialog. ``finished(ok, message)``:
    ``ok`` when the build completed; the message is the build's summary or its error (a
    cancelled build says the file keeps what was done)."""

    finished = Signal(bool, str)

    def __init__(self, parent_widget, corpus: str, archives: list[str], fields: str | None = None) -> None:
        super().__init__(parent_widget)
        self.corpus = corpus
        self.cancelled = False
        self.stage = ""
        self.process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        root = str(Path(__file__).resolve().parents[3])  # the folder holding the desktop package
        env.insert("PYTHONPATH", os.pathsep.join(p for p in (root, env.value("PYTHONPATH", "")) if p))
        env.insert("PYTHONUNBUFFERED", "1")
        self.process.setProcessEnvironment(env)
        self.process.setProgram(sys.executable)
        self.process.setArguments(build_command(corpus, archives, fields))
        self.process.readyReadStandardError.connect(self._read_progress)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)
        self._err = ""
        self.dialog = _dialog(parent_widget, self.tr("Building the corpus %1…").replace("%1", Path(corpus).name))
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self.process.start()

    def cancel(self) -> None:
        if self.process.state() == QProcess.ProcessState.NotRunning:
            return
        self.cancelled = True
        self.dialog.setLabelText(self.tr("Stopping; the corpus file keeps what was done…"))
        pid = self.process.processId()
        if pid and hasattr(signal, "SIGINT") and sys.platform != "win32":
            os.kill(pid, signal.SIGINT)  # as Ctrl+C: the build commits and stops
        else:
            self.process.terminate()

    def _read_progress(self) -> None:
        text = bytes(self.process.readAllStandardError()).decode("utf-8", "replace")
        self._err += text
        for line in text.splitlines():
            m = _STAGE_LINE.match(line.strip())
            if not m:
                continue
            stage, done, total = m.group(1), int(m.group(2)), int(m.group(3))
            self.stage = stage
            pos = BUILD_STAGES.index(stage) if stage in BUILD_STAGES else 0
            fraction = (pos + (done / total if total else 1.0)) / len(BUILD_STAGES)
            if not self.cancelled:
                names = {"import": self.tr("importing"), "index": self.tr("indexing"),
                         "sketch": self.tr("sketching"), "shingle": self.tr("n-grams"),
                         "count": self.tr("counting shared n-grams"), "align": self.tr("aligning pairs"),
                         "derive": self.tr("stories and network")}
                self.dialog.setLabelText(self.tr("Building the corpus %1: %2 %3 of %4")
                                         .replace("%1", Path(self.corpus).name).replace("%2", names.get(stage, stage))
                                         .replace("%3", str(done)).replace("%4", str(total)))
            self.dialog.setValue(int(fraction * 1000))

    def _finished(self, code: int, _status) -> None:
        self.dialog.close()
        out = bytes(self.process.readAllStandardOutput()).decode("utf-8", "replace").strip()
        if code == 0 and not self.cancelled:
            self.finished.emit(True, out.splitlines()[-1] if out else "")
            return
        if self.cancelled:
            self.finished.emit(False, self.tr("Build stopped: %1 keeps what was done; build it again to resume.")
                               .replace("%1", Path(self.corpus).name))
            return
        errors = [ln for ln in self._err.splitlines() if ln.startswith("error:")]
        self.finished.emit(False, errors[-1] if errors else self.tr("The corpus build failed (exit code %1).")
                           .replace("%1", str(code)))

    def _error(self, error) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.dialog.close()
            self.finished.emit(False, self.tr("Could not start the corpus build."))
