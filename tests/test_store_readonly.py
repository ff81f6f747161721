"""Reading a project never needs to write it: Project.open(readonly=True), and the cached
analysis read without the write lock."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.ingest import load_paths
from desktop.paths import SEEDS
from desktop.store import Project, ProjectReadOnly
from desktop.store import extras


@pytest.fixture(scope="module")
def seeds():
    return load_paths([SEEDS]).articles


@pytest.fixture
def path(tmp_path, seeds):
    p = tmp_path / "c.qarin"
    with Project.create(p) as project:
        project.add_articles(seeds)
        project.annotate(seeds[0].id, 0, 5, project.add_code("actor"))
        project.add_memo("memo")
    return p


def writes(project: Project) -> list[str]:
    """Start recording the statements that would change the file."""
    seen: list[str] = []
    verbs = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "ALTER", "DROP")
    project.db.conn.set_trace_callback(
        lambda sql: seen.append(sql) if sql.lstrip().upper().startswith(verbs) else None)
    return seen


def test_readonly_project_refuses_every_write_with_one_line(path, seeds):
    before = path.read_bytes()
    with Project.open(path, readonly=True) as p:
        assert p.readonly and "read-only" in repr(p)
        ann = p.annotations()[0]
        calls = [
            lambda: p.add_code("x"),
            lambda: p.annotate(seeds[0].id, 0, 3, "actor"),
            lambda: p.delete_annotation(ann.guid),
            lambda: p.update_annotation(ann.guid, memo="m"),
            lambda: p.add_articles(seeds[:1]),
            lambda: p.add_memo("m"),
            lambda: p.set_meta("k", "v"),
            lambda: p.user("someone new"),
            lambda: p.set_lexicon_override("كلمة", category="c"),
            lambda: p.store_analysis(p.analysis(store=False)),
        ]
        for call in calls:
            with pytest.raises(ProjectReadOnly) as info:
                call()
            assert str(info.value) == "project is read-only: c.qarin (opened for reading only)"
        assert p.user(ann.author).name == ann.author  # an existing user is just read
        assert len(p.annotations()) == 1 and len(p.memos()) == 1
    assert path.read_bytes() == before
    assert sorted(x.name for x in path.parent.iterdir()) == ["c.qarin"]


def test_readonly_false_opens_for_writing(path):
    with Project.open(path, readonly=False) as p:
        assert not p.readonly
        p.add_code("x")


def test_analysis_can_be_asked_for_without_storing_it(path):
    with Project.open(path) as p:
        seen = writes(p)
        fresh = p.analysis(store=False)
        assert seen == []
        assert p._rows("SELECT key FROM analysis_cache") == []
        p.analysis()  # stored now
        seen.clear()
        again = p.analysis(store=False)  # a cache hit, without noting its use
        assert seen == []
    assert again.engine_version == fresh.engine_version


def test_a_readonly_project_computes_the_analysis_without_storing_it(path):
    with Project.open(path, readonly=True) as p:
        assert p.analysis().articles
        assert p._rows("SELECT key FROM analysis_cache") == []


def test_cache_hit_does_not_wait_for_another_programs_write(path):
    with Project.open(path) as p:
        p.analysis()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Project.open(path, timeout=2) as p:
            trace: list[str] = []
            p.db.conn.set_trace_callback(trace.append)
            assert p.analysis().articles
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    begins = [i for i, sql in enumerate(trace) if sql.startswith("BEGIN IMMEDIATE")]
    assert begins, "the use of the cache entry is noted when the project is free"
    for i in begins:
        timeout = next(sql for sql in reversed(trace[:i]) if sql.startswith("PRAGMA busy_timeout ="))
        assert int(timeout.split("=")[1]) <= extras.TOUCH_WAIT * 1000


def test_fresh_analysis_is_returned_when_the_project_is_busy(path):
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Project.open(path, timeout=2) as p:
            trace: list[str] = []
            p.db.conn.set_trace_callback(trace.append)
            assert p.analysis().articles
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    timeouts = [int(sql.split("=")[1]) for sql in trace if sql.startswith("PRAGMA busy_timeout =")]
    assert timeouts and min(timeouts) <= extras.STORE_WAIT * 1000
    with Project.open(path) as p:
        assert p._rows("SELECT key FROM analysis_cache") == []


def test_readonly_open_of_a_missing_file_is_not_found(tmp_path):
    from desktop.store import ProjectNotFound

    with pytest.raises(ProjectNotFound):
        Project.open(Path(tmp_path / "none.qarin"), readonly=True)
