"""Read-only projects from the command line, run as a user who cannot write the file or its
folder (root ignores permissions, so the child drops its capabilities with setpriv)."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store import Project

ROOT = Path(__file__).resolve().parent.parent
CAPS = "-dac_override,-dac_read_search,-fowner"


def unprivileged_prefix() -> list[str]:
    """Command prefix that makes the child obey file permissions (skip when impossible)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("setpriv is not available to run a child without root's file access")
    prefix = [setpriv, "--bounding-set", CAPS, "--inh-caps", CAPS]
    if subprocess.run([*prefix, "true"], capture_output=True).returncode != 0:
        pytest.skip("setpriv cannot drop capabilities here")
    return prefix


def cli(*argv, env=None, unprivileged=True):
    full_env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", **(env or {}))
    prefix = unprivileged_prefix() if unprivileged else []
    return subprocess.run([*prefix, sys.executable, str(ROOT / "main.py"),
                           *map(str, argv)], capture_output=True, text=True, env=full_env,
                          cwd=ROOT)


@pytest.fixture
def annotated(tmp_path):
    """A seeds project with one annotation and a cached analysis."""
    path = tmp_path / "ro" / "c.qarin"
    path.parent.mkdir()
    with Project.create(path) as p:
        from desktop.core.ingest import load_paths
        from desktop.paths import SEEDS

        p.add_articles(load_paths([SEEDS]).articles)
        aid = p.article_infos()[0].id
        p.annotate(aid, 0, 5, p.add_code("actor"))
    return path


def lock_down(path: Path, folder: bool, file: bool) -> None:
    if file:
        path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    if folder:
        path.parent.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)


@pytest.fixture(params=["file", "folder", "both"])
def read_only(request, annotated):
    before = annotated.read_bytes()
    lock_down(annotated, folder=request.param in ("folder", "both"),
              file=request.param in ("file", "both"))
    yield annotated
    annotated.parent.chmod(0o755)
    annotated.chmod(0o644)
    assert annotated.read_bytes() == before  # nothing was written
    assert sorted(p.name for p in annotated.parent.iterdir()) == ["c.qarin"]


def test_reading_commands_work_on_a_read_only_project(read_only, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    r = cli("project", "info", read_only, "--json")
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["articles"]) == 5
    r = cli("annotations", read_only)
    assert r.returncode == 0 and r.stdout.count("\n") == 1, r.stderr
    for fmt in ("json", "csv", "w3c"):
        r = cli("export", read_only, "--format", fmt, "--out", out_dir / f"e.{fmt}")
        assert r.returncode == 0, r.stderr
    r = cli("qdpx", "export", read_only, "--out", out_dir / "e.qdpx")
    assert r.returncode == 0, r.stderr
    assert (out_dir / "e.qdpx").stat().st_size > 0


def test_report_on_a_read_only_project_with_and_without_a_cached_analysis(annotated, tmp_path):
    out = tmp_path / "r.html"
    lock_down(annotated, folder=True, file=True)
    try:
        r = cli("report", annotated, "--out", out)  # nothing cached: computed, not stored
        assert r.returncode == 0, r.stderr
        assert out.stat().st_size > 0
    finally:
        annotated.parent.chmod(0o755)
        annotated.chmod(0o644)
    with Project.open(annotated) as p:
        p.analysis()  # now cached
    before = annotated.read_bytes()
    lock_down(annotated, folder=True, file=True)
    try:
        out.unlink()
        r = cli("report", annotated, "--out", out)
        assert r.returncode == 0, r.stderr
        assert out.stat().st_size > 0
    finally:
        annotated.parent.chmod(0o755)
        annotated.chmod(0o644)
    assert annotated.read_bytes() == before


@pytest.mark.parametrize("argv", [
    ["project", "code", "{p}", "new"],
    ["annotate", "{p}", "--article", "000_8719b4492fbf6233", "--start", "0", "--end", "3",
     "--code", "actor"],
    ["project", "add", "{p}", str(ROOT / "seeds" / "000_8719b4492fbf6233.txt")],
])
def test_a_write_on_a_read_only_project_is_one_clear_line(read_only, argv):
    r = cli(*[a.replace("{p}", str(read_only)) for a in argv])
    assert r.returncode == 1
    assert r.stderr.startswith("error: project is read-only: c.qarin")
    assert r.stderr.count("\n") == 1


def test_a_project_with_unsaved_changes_in_its_log_is_read_from_a_read_only_folder(annotated):
    """A writer still has the project open (its changes are in c.qarin-wal): a reader without
    write access sees them too."""
    writer = sqlite3.connect(annotated, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE codes SET description = 'in the log only'")
    lock_down(annotated, folder=True, file=True)
    try:
        assert Path(f"{annotated}-wal").stat().st_size > 0
        r = cli("project", "info", annotated, "--json")
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["codes"][0]["description"] == "in the log only"
    finally:
        annotated.parent.chmod(0o755)
        annotated.chmod(0o644)
        writer.close()


def test_report_while_another_program_holds_the_write_lock(annotated, tmp_path):
    """Nothing cached and the project locked: the report is computed and not stored."""
    holder = sqlite3.connect(annotated, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        r = cli("report", annotated, "--out", tmp_path / "r.html",
                env={"QARIN_BUSY_TIMEOUT": "0.2"}, unprivileged=False)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "r.html").stat().st_size > 0


def test_create_in_a_read_only_folder_is_one_clear_line(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        r = cli("project", "create", folder / "new.qarin")
    finally:
        folder.chmod(0o755)
    assert r.returncode == 1 and r.stderr.count("\n") == 1
    assert "cannot create new.qarin" in r.stderr and "not writable" in r.stderr
    assert list(folder.iterdir()) == []
