"""The project file: create/open, refusals, articles, codebook, annotations, memos, events."""
from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from desktop.core.model import Article
from desktop.store import (
    CodeConflict,
    InvalidSpan,
    Project,
    ProjectCorrupt,
    ProjectExists,
    ProjectForeign,
    ProjectNotFound,
    ProjectTooNew,
    UnknownArticle,
    UnknownCode,
)
from desktop.store import schema

TEXT = "قال مصدر ميداني للميادين إن قوات الاحتلال الأميركي قصفت مواقع في دير الزور فجر اليوم."


def art(id="a1", text=TEXT, outlet="Al-Mayadeen", **kw):
    return Article(id=id, path=f"{id}.txt", text=text, outlet=outlet, encoding="utf-8", **kw)


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "p.qarin")
    p.add_articles([art(), art("a2", "نص آخر عن الغارات الأمريكية على دير الزور.", "InfoPlus")])
    yield p
    p.close()


def snapshot(p: Project):
    return (p.articles(), p.codes(), p.annotations(), p.memos(), p.lexicon_overrides())


def test_create_refuses_existing_file_and_open_refuses_missing(tmp_path):
    path = tmp_path / "x.qarin"
    Project.create(path).close()
    with pytest.raises(ProjectExists):
        Project.create(path)
    with pytest.raises(ProjectNotFound):
        Project.open(tmp_path / "missing.qarin")


def test_file_is_plain_sqlite_in_wal_mode_with_version(tmp_path, project):
    conn = sqlite3.connect(project.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"outlets", "articles", "codes", "annotations", "memos", "users",
                "lexicon_overrides", "analysis_cache", "meta"} <= tables
        assert conn.execute("SELECT text FROM articles WHERE id='a1'").fetchone()[0] == TEXT
    finally:
        conn.close()


def test_refuses_foreign_corrupt_and_newer_files(tmp_path, project):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectForeign, match="not a Qarin project"):
        Project.open(other)
    text = tmp_path / "notes.qarin"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(ProjectCorrupt):
        Project.open(text)
    empty = tmp_path / "empty.qarin"
    empty.write_bytes(b"")
    with pytest.raises(ProjectCorrupt):
        Project.open(empty)
    project.close()
    conn = sqlite3.connect(project.path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectTooNew, match="newer Qarin"):
        Project.open(project.path)


def test_damaged_pages_are_reported_as_corrupt(tmp_path):
    path = tmp_path / "d.qarin"
    with Project.create(path) as p:
        p.add_articles([art(f"x{i}", TEXT * 40) for i in range(30)])
    data = bytearray(path.read_bytes())
    page = 4096
    for off in range(page * 2, min(len(data), page * 6)):
        data[off] = 0xA5
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectCorrupt, match="damaged"):
        Project.open(path)


def test_older_project_is_backed_up_then_upgraded(tmp_path, monkeypatch):
    path = tmp_path / "old.qarin"
    with Project.create(path) as p:
        p.add_articles([art()])
        code = p.add_code("label")
        ann = p.annotate("a1", 0, 3, code)

    latest = schema.SCHEMA_VERSION

    def m999_test_column(db):
        db["codes"].add_column("shortcut", str)
        db.execute(f"PRAGMA user_version = {latest + 1}")

    migrations = schema.Migrations(schema.MIGRATION_SET)
    for fn in (*schema.MIGRATIONS, m999_test_column):
        migrations(name=fn.__name__)(fn)
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, m999_test_column))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", latest + 1)
    monkeypatch.setattr(schema, "migrations", migrations)
    with Project.open(path) as p:
        assert p.backup_path == tmp_path / f"old.qarin.v{latest}.bak"
        assert p.annotations() == [ann]
        assert "shortcut" in p.db["codes"].columns_dict
    conn = sqlite3.connect(tmp_path / f"old.qarin.v{latest}.bak")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest
    assert conn.execute("SELECT COUNT(*) FROM annotations").fetchone()[0] == 1
    conn.close()
    with Project.open(path) as p:  # already upgraded: no second backup
        assert p.backup_path is None


def test_articles_round_trip_and_metadata_edits_survive_reimport(project):
    a1 = project.article("a1")
    assert a1 == art()
    assert [a.id for a in project.articles()] == ["a1", "a2"]
    assert project.outlets() == ["Al-Mayadeen", "InfoPlus"]
    project.update_article_meta("a1", outlet="Al-Mayadeen English", title="عنوان")
    report = project.add_articles([art(text=TEXT + " تحديث")])
    assert report.updated == ("a1",)
    again = project.article("a1")
    assert (again.outlet, again.title, again.outlet_source) == ("Al-Mayadeen English", "عنوان", "user")
    assert again.text.endswith("تحديث")
    assert project.add_articles([again]).unchanged == ("a1",)
    with pytest.raises(UnknownArticle):
        project.article("nope")


def test_codebook_hierarchy_rename_move_merge_delete_restore(project):
    actors = project.add_code("actors", color="#112233", description="who")
    us = project.add_code("US forces", parent=actors)
    occ = project.add_code("occupation", parent="actors")
    assert [c.name for c in project.codes()] == ["actors", "US forces", "occupation"]
    assert project.code("US forces").parent == actors.guid
    with pytest.raises(CodeConflict):
        project.add_code("occupation")
    with pytest.raises(CodeConflict):
        project.move_code(actors, us)  # a cycle
    project.rename_code(us, "US military")
    project.recolor_code(occ, "#abcdef")
    assert project.code(occ.guid).color == "#ABCDEF"
    project.move_code(occ, None, position=0)
    assert [c.name for c in project.codes()][0] == "occupation"
    a = project.annotate("a1", 27, 41, "US military")
    merged = project.merge_codes("US military", occ)
    assert project.annotation(a.guid).code == merged.guid
    with pytest.raises(UnknownCode):
        project.code("US military")
    with pytest.raises(CodeConflict):
        project.delete_code(occ)  # has an annotation
    codes, anns = project.delete_code(occ, cascade=True)
    assert project.annotations() == [] and [c.guid for c in codes] == [occ.guid]
    for c in codes:
        project.restore_code(c)
    for x in anns:
        project.restore_annotation(x)
    assert project.annotations() == anns


def test_annotations_overlap_filter_update_delete_restore(project):
    code = project.add_code("label")
    other = project.add_code("verb")
    a = project.annotate("a1", 27, 51, code, memo="تسمية", author="lina")
    b = project.annotate("a1", 41, 51, other)  # overlaps a
    c = project.annotate("a2", 0, 6, code)
    assert a.exact == TEXT[27:51] and a.prefix == TEXT[0:27][-32:] and a.suffix == TEXT[51:83]
    assert len(a.guid) == 36 and a.guid.count("-") == 4
    assert project.annotations(code="label") == [a, c]
    assert project.annotations(article="a1") == [a, b]
    changed = project.update_annotation(b.guid, start=42, memo="الأميركي")
    assert (changed.start, changed.exact, changed.memo) == (42, TEXT[42:51], "الأميركي")
    gone = project.delete_annotation(a.guid)
    assert project.annotations(code=code) == [c]
    assert project.restore_annotation(gone) == a
    assert {u.name for u in project.users()} >= {"lina"}


@pytest.mark.parametrize("call", [
    lambda p: p.annotate("a1", 0, len(TEXT) + 1, "label"),
    lambda p: p.annotate("a1", 5, 5, "label"),
    lambda p: p.annotate("a1", -1, 3, "label"),
    lambda p: p.annotate("zz", 0, 3, "label"),
    lambda p: p.annotate("a1", 0, 3, "no such code"),
    lambda p: p.update_annotation(p.annotations()[0].guid, end=10_000),
])
def test_bad_requests_change_nothing(project, call):
    project.add_code("label")
    project.annotate("a1", 0, 3, "label")
    before = snapshot(project)
    with pytest.raises((InvalidSpan, UnknownArticle, UnknownCode)):
        call(project)
    assert snapshot(project) == before


def test_group_of_calls_is_all_or_nothing(project):
    project.add_code("label")
    before = snapshot(project)
    with pytest.raises(InvalidSpan):
        with project.atomic():
            project.add_code("new")
            project.annotate("a1", 0, 3, "new")
            project.annotate("a1", 0, 9999, "new")
    assert snapshot(project) == before


def test_reimport_reanchors_and_keeps_orphans(project):
    code = project.add_code("label")
    moved = project.annotate("a1", TEXT.index("قوات"), TEXT.index("قوات") + 4, code)
    doomed = project.annotate("a1", TEXT.index("مواقع"), TEXT.index("مواقع") + 5, code)
    new_text = "عاجل: " + TEXT.replace("مواقع ", "")
    report = project.add_articles([art(text=new_text)])
    methods = {p.guid: p.method for p in report.placements}
    assert methods == {moved.guid: "exact", doomed.guid: "orphan"}
    now_moved = project.annotation(moved.guid)
    assert new_text[now_moved.start:now_moved.end] == "قوات" and now_moved.anchor == "exact"
    orphan = project.annotation(doomed.guid)
    assert orphan.orphan and orphan.exact == "مواقع"
    assert project.orphans() == [orphan] and report.orphans == (orphan,)
    # the old text comes back: the orphan is found again by its quote and context
    back = project.add_articles([art()])
    assert {p.guid: p.method for p in back.placements}[doomed.guid] == "position"
    assert project.orphans() == [] and project.annotation(doomed.guid).exact == "مواقع"
    # or the analyst places an orphan by hand
    project.add_articles([art(text=new_text)])
    placed = project.update_annotation(doomed.guid, start=0, end=4)
    assert not placed.orphan and placed.exact == new_text[0:4]
    assert len(project.annotations()) == 2


def test_memos_and_events(project):
    seen = []
    unsubscribe = project.subscribe(seen.append)
    m1 = project.add_memo("ملاحظة عامة", title="overview", author="lina")
    m2 = project.add_memo("about this one", article="a1")
    assert project.project_memos() == [m1] and project.article_memos("a1") == [m2]
    project.update_memo(m2.guid, text="changed")
    assert project.memo(m2.guid).text == "changed"
    project.delete_memo(m1.guid)
    assert [e.kind for e in seen] == ["memos"] * 4
    with pytest.raises(InvalidSpan):
        with project.atomic():
            project.add_code("x")
            project.annotate("a1", 0, 9999, "x")
    assert [e.kind for e in seen] == ["memos"] * 4  # nothing committed, nothing announced
    unsubscribe()
    project.add_code("y")
    assert len(seen) == 4


def test_closed_project_refuses_use(project):
    project.close()
    with pytest.raises(Exception, match="closed"):
        project.articles()


def test_restore_refuses_stale_annotation(project):
    project.add_code("label")
    a = project.annotate("a1", 0, 3, "label")
    project.delete_annotation(a.guid)
    with pytest.raises(InvalidSpan):
        project.restore_annotation(replace(a, exact="zzz"))


def test_code_usage_counts_the_whole_subtree(tmp_path):
    from desktop.store import CodeUsage
    with Project.create(tmp_path / "u.qarin") as project:
        project.add_articles([Article(id="a", path="a.txt", text="نص " * 50, outlet="X",
                                      encoding="utf-8")])
        top = project.add_code("top")
        mid = project.add_code("mid", parent=top)
        project.add_code("leaf", parent=mid)
        project.annotate("a", 0, 3, "leaf", memo="m")
        project.annotate("a", 4, 7, "top")
        assert project.code_usage("top") == CodeUsage(2, 2, 1)
        assert project.code_usage("leaf") == CodeUsage(0, 1, 1)
        assert not project.code_usage("top").empty
        spare = project.add_code("spare")
        assert project.code_usage(spare).empty
