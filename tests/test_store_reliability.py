"""Crash safety and concurrent writers, with real processes."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.core.model import Article
from desktop.store import Project, ProjectBusy

ROOT = Path(__file__).resolve().parent.parent
TEXT = "قوات الاحتلال الأميركي قصفت مواقع في دير الزور. " * 40

WRITER = textwrap.dedent("""
    import sys
    from desktop.store import Project, ProjectBusy
    path, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    try:
        with Project.open(path) as project:
            for i in range(count):
                a = project.annotate("a1", i % 500, i % 500 + 7, "label", memo=f"{tag}:{i}")
                print(a.guid, flush=True)  # acknowledged: the write returned
    except ProjectBusy as exc:
        print(f"BUSY {exc}", flush=True)
        sys.exit(3)
""")


def make_project(tmp_path) -> Path:
    path = tmp_path / "r.qarin"
    with Project.create(path) as p:
        p.add_articles([Article(id="a1", path="a1.txt", text=TEXT, outlet="X", encoding="utf-8")])
        p.add_code("label")
    return path


def spawn(path, tag, count, timeout="10"):
    env = dict(os.environ, PYTHONPATH=str(ROOT), QARIN_BUSY_TIMEOUT=timeout)
    return subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag, str(count)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=ROOT)


def test_sigkill_mid_stream_loses_no_acknowledged_annotation(tmp_path):
    path = make_project(tmp_path)
    proc = spawn(path, "k", 1_000_000)
    acked = []
    for line in proc.stdout:
        acked.append(line.strip())
        if len(acked) >= 300:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # read through the file object: lines already in its buffer would be lost to communicate()
    rest = proc.stdout.read()
    proc.stderr.close()
    acked += [line.strip() for line in rest.splitlines() if line.strip()]
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(path)  # a plain SQLite reader first
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Project.open(path) as p:
        assert p.integrity_check() == ["ok"]
        stored = {a.guid for a in p.annotations()}
    assert set(acked) <= stored
    assert len(stored) - len(acked) <= 1  # at most the one committed as the kill landed


def test_two_processes_writing_lose_and_duplicate_nothing(tmp_path):
    path = make_project(tmp_path)
    procs = {tag: spawn(path, tag, 250) for tag in ("p", "q")}
    outcomes = {tag: proc.communicate(timeout=300) for tag, proc in procs.items()}
    with Project.open(path) as p:
        anns = p.annotations()
    assert len({a.guid for a in anns}) == len(anns)
    for tag, (out, err) in outcomes.items():
        lines = out.splitlines()
        rc = procs[tag].returncode
        assert rc in (0, 3), err
        acked = [line for line in lines if not line.startswith("BUSY")]
        mine = [a for a in anns if a.memo.startswith(f"{tag}:")]
        assert len(mine) == len(acked)
        assert {a.guid for a in mine} == set(acked)
        if rc == 0:
            assert len(acked) == 250
        else:
            assert lines[-1].startswith("BUSY project busy")


def test_held_write_lock_gives_project_busy_and_changes_nothing(tmp_path):
    path = make_project(tmp_path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Project.open(path, timeout=0.1) as p:
            with pytest.raises(ProjectBusy, match="project busy"):
                p.annotate("a1", 0, 5, "label")
            assert p.annotations() == []  # reading still works during another's write
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Project.open(path) as p:
        assert p.annotations() == []
        p.annotate("a1", 0, 5, "label")
        assert len(p.annotations()) == 1
