"""One project file used by a long-lived holder (as the window holds it) and by CLI processes.

The holder keeps its connection open with a pending write-ahead log and, like the window's
analysis thread, opens and closes extra connections on the same file. Meanwhile CLI processes
read and write. Nothing either side acknowledged may be lost, and the holder's -wal file must
never be unlinked under it (that is how POSIX lock loss shows: SQLite in another process
thinks it is the last user and deletes the log).
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.core.model import Article
from desktop.store import Project

ROOT = Path(__file__).resolve().parent.parent
TEXT = "نص تجريبي عن القصف والغارات في المنطقة الشرقية. " * 30

HOLDER = textwrap.dedent("""
    import os, sys
    from desktop.store import Project
    path = sys.argv[1]
    project = Project.open(path)
    project.db.conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep the log pending
    print("ready", flush=True)
    for line in sys.stdin:
        cmd, _, arg = line.strip().partition(" ")
        if cmd == "annotate":
            a = project.annotate("a1", 0, 10, "label", memo=arg)
            print(a.guid, flush=True)
        elif cmd == "delete":
            project.delete_annotation(arg)
            print("deleted", flush=True)
        elif cmd == "second":  # the window's analysis thread opens its own connection
            with Project.open(path) as other:
                other.articles()
            print("closed", flush=True)
        elif cmd == "fds":
            wal = [os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")
                   if os.path.exists(f"/proc/self/fd/{fd}")]
            print("|".join(w for w in wal if "-wal" in w or "-shm" in w), flush=True)
        elif cmd == "quit":
            project.close()
            print("bye", flush=True)
            break
""")


def cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QARIN_BUSY_TIMEOUT="20")
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


class Holder:
    def __init__(self, path: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT,
                                     env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        assert self.ask_raw() == "ready", self.proc.stderr.read()

    def ask_raw(self) -> str:
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError(f"holder died: {self.proc.stderr.read()}")
        return line.strip()

    def ask(self, command: str) -> str:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.ask_raw()

    def log_files(self) -> str:
        return self.ask("fds")


def make_project(tmp_path) -> Path:
    path = tmp_path / "shared.qarin"
    with Project.create(path) as p:
        p.add_articles([Article(id="a1", path="a1.txt", text=TEXT, outlet="X", encoding="utf-8")])
        p.add_code("label")
    return path


def stored_memos(path: Path) -> set[str]:
    out = cli("annotations", str(path))
    assert out.returncode == 0, out.stderr
    with Project.open(path, readonly=True) as p:
        return {a.memo for a in p.annotations()}


@pytest.mark.parametrize("ending", ["quit", "kill"])
def test_holder_and_cli_processes_lose_nothing(tmp_path, ending):
    path = make_project(tmp_path)
    holder = Holder(path)
    expected = set()
    try:
        for round_ in range(3):
            holder.ask(f"annotate holder-{round_}-a")
            expected.add(f"holder-{round_}-a")
            assert holder.ask("second") == "closed"
            info = cli("project", "info", str(path))
            assert info.returncode == 0, info.stderr
            made = cli("annotate", str(path), "--article", "a1", "--start", "3",
                       "--end", "9", "--code", "label", "--memo", f"cli-{round_}")
            assert made.returncode == 0, made.stderr
            expected.add(f"cli-{round_}")
            holder.ask(f"annotate holder-{round_}-b")
            expected.add(f"holder-{round_}-b")
            logs = holder.log_files()
            assert "(deleted)" not in logs, logs
        guid = holder.ask("annotate to-be-undone")
        assert holder.ask(f"delete {guid}") == "deleted"  # an undo, as the window does it
        # another process sees exactly the holder's state while it still runs
        assert stored_memos(path) == expected
    finally:
        if ending == "quit":
            assert holder.ask("quit") == "bye"
        holder.proc.send_signal(signal.SIGKILL)
        holder.proc.wait()
        holder.proc.stdout.close()
        holder.proc.stderr.close()
        holder.proc.stdin.close()
    assert stored_memos(path) == expected
    with Project.open(path) as p:
        assert p.integrity_check() == ["ok"]


def test_save_copy_holds_what_another_process_has_only_in_its_log(tmp_path):
    path = make_project(tmp_path)
    holder = Holder(path)
    try:
        holder.ask("annotate only-in-the-log")
        with Project.open(path) as p:
            copy = p.save_copy(tmp_path / "renamed.qarin")
        assert "(deleted)" not in holder.log_files()
    finally:
        holder.ask("quit")
        holder.proc.wait()
        for stream in (holder.proc.stdout, holder.proc.stderr, holder.proc.stdin):
            stream.close()
    assert not (tmp_path / "renamed.qarin-wal").exists()
    with Project.open(copy) as p:
        assert [a.memo for a in p.annotations()] == ["only-in-the-log"]
        assert p.name == "renamed"
    assert sorted(f.name for f in tmp_path.iterdir() if f.name.startswith(".")) == []


def test_store_never_opens_the_project_file_outside_sqlite(tmp_path, monkeypatch):
    import builtins
    import io

    path = make_project(tmp_path)
    touched = []
    real_open, real_os_open = builtins.open, os.open

    def watch_open(file, *args, **kwargs):
        touched.append(str(file))
        return real_open(file, *args, **kwargs)

    def watch_os_open(file, *args, **kwargs):
        touched.append(str(file))
        return real_os_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watch_open)
    monkeypatch.setattr(io, "open", watch_open)
    monkeypatch.setattr(os, "open", watch_os_open)
    with Project.open(path) as p, Project.open(path, readonly=True) as r:
        p.annotate("a1", 0, 4, "label")
        r.annotations()
        p.save_copy(tmp_path / "copy.qarin")
    assert [t for t in touched if t.startswith(str(path))] == []
