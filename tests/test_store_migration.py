"""Schema 1 -> 2: original quotes, "/" out of code names, REFI-QDA GUIDs out of project meta.
Read-only opening of an older project upgrades a private copy and leaves the file alone."""
from __future__ import annotations

import json
import sqlite3

from sqlite_utils import Database

from desktop.store import Project, schema

SOURCE_GUID = "0f8fad5b-d9cb-469f-a165-70867728950e"
USER_GUID = "7c9e6679-7425-40de-944b-e07fc1f90ae7"


def make_v1(path):
    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn)
    schema.migrations.apply(db, stop_before=schema.MIGRATIONS[1].__name__)
    conn.execute("PRAGMA journal_mode = WAL")
    rows = {
        "meta": [("name", "old"), ("qdpx_source_guids", json.dumps({"a1": SOURCE_GUID})),
                 ("qdpx_user_guids", json.dumps({"lina": USER_GUID}))],
        "outlets": [("X", "", "")],
        "users": [("11111111-1111-1111-1111-111111111111", "lina")],
        "codes": [("c1", "actors/state", None, "#112233", "", 0, "", ""),
                  ("c2", "actors", None, "#112233", "", 1, "", "")],
    }
    for table, values in rows.items():
        marks = ",".join("?" * len(values[0]))
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    conn.execute("INSERT INTO articles (id, guid, position, path, encoding, outlet, text, hash, "
                 "length, boilerplate, user_fields) VALUES "
                 "('a1', '22222222-2222-2222-2222-222222222222', 0, 'a1.txt', 'utf-8', 'X', "
                 "'نص قصير هنا', 'h', 11, '[]', '[]')")
    conn.execute("INSERT INTO annotations (guid, article, start, \"end\", exact, prefix, suffix, "
                 "code, memo, author, created, modified, orphan, anchor) VALUES "
                 "('33333333-3333-3333-3333-333333333333', 'a1', 0, 2, 'نص', '', ' قصير', 'c1', "
                 "'', 'lina', '', '', 0, NULL)")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_version_1_is_backed_up_and_upgraded(tmp_path):
    path = tmp_path / "old.qarin"
    make_v1(path)
    with Project.open(path) as p:
        assert p.backup_path == tmp_path / "old.qarin.v1.bak"
        ann = p.annotations()[0]
        assert ann.original_exact == "نص" and not ann.requoted
        assert sorted(c.name for c in p.codes()) == ["actors", "actors\u2215state"]
        assert p.article_info("a1").guid == SOURCE_GUID
        assert p.users()[0].guid == USER_GUID
        assert "qdpx_source_guids" not in p.meta() and "qdpx_user_guids" not in p.meta()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 4
    assert raw.execute("SELECT original_exact FROM annotations").fetchone()[0] == "نص"
    raw.close()


def test_version_1_opened_read_only_is_upgraded_in_memory_only(tmp_path):
    path = tmp_path / "old.qarin"
    make_v1(path)
    before = path.read_bytes()
    with Project.open(path, readonly=True) as p:
        assert p.backup_path is None and p.readonly
        assert p.annotations()[0].original_exact == "نص"
        assert p.article_info("a1").guid == SOURCE_GUID
    assert path.read_bytes() == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["old.qarin"]
