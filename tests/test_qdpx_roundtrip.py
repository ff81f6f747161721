"""REFI-QDA export and import on the seeds project: structure, stability, round trip."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from desktop.core.ingest import load_paths
from desktop.interchange import QdpxError, export_qdpx, import_qdpx
from desktop.interchange.qde import NS, PROJECT_ORDER
from desktop.paths import SEEDS
from desktop.store import Project

QN = f"{{{NS}}}"
MEMO = "تسمية عدائية للقوات الأميركية؛ قارن مع أورينت.\nسطر ثانٍ «مقتبس»"


@pytest.fixture()
def seeds_project(tmp_path):
    """Seeds, nested codes, overlapping annotations, Arabic memos on every level."""
    path = tmp_path / "seeds.qarin"
    arts = load_paths([SEEDS]).articles
    with Project.create(path) as p:
        p.add_articles(arts)
        top = p.add_code("تأطير", color="#D9480F", description="وصف الرمز الأعلى")
        mid = p.add_code("تسمية القوات", parent=top, color="#1864AB")
        p.add_code("قوات الاحتلال", parent=mid, color="#2B8A3E")
        other = p.add_code("Attribution", color="#862E9C")
        a0 = arts[0]
        i = a0.text.index("قوات الاحتلال")
        p.annotate(a0.id, i, i + len("قوات الاحتلال الأميركي"), "قوات الاحتلال", memo=MEMO, author="محللة")
        p.annotate(a0.id, i - 10, i + 30, mid, memo="overlap <b>&amp;</b>", author="analyst")
        p.annotate(a0.id, i + 6, i + 13, other)  # nested inside the first
        a1 = arts[1]
        p.annotate(a1.id, 0, 40, top, memo="")
        p.annotate(a1.id, 20, 60, other, memo="ملاحظة")
        p.add_memo("مذكرة المشروع: المصادر متداخلة", title="عام")
        p.add_memo("مذكرة على المقال", article=a1.id, title="مقال 2")
    return path


# Child sequences from the REFI-QDA Project.xsd (QDA-XML 1.0, March 2019) for what we write.
SEQUENCES = {
    "Project": (*PROJECT_ORDER, "NoteRef"),
    "CodeBook": ("Codes",),
    "Code": ("Description", "NoteRef", "Code"),
    "TextSource": ("Description", "PlainTextContent", "PlainTextSelection", "Coding", "NoteRef",
                   "VariableValue"),
    "Note": ("Description", "PlainTextContent", "PlainTextSelection", "Coding", "NoteRef",
             "VariableValue"),
    "PlainTextSelection": ("Description", "Coding", "NoteRef"),
    "Coding": ("CodeRef", "NoteRef"),
    "VariableValue": ("VariableRef", "TextValue"),
    "Variable": ("Description",),
}


def check_schema_order(root):
    for el in root.iter():
        name = el.tag[len(QN):]
        if name in SEQUENCES:
            seq = SEQUENCES[name]
            kids = [c.tag[len(QN):] for c in el]
            assert all(k in seq for k in kids), (name, kids)
            assert kids == sorted(kids, key=seq.index), (name, kids)


def snapshot(path):
    """Everything a round trip must keep, GUIDs included."""
    with Project.open(path) as p:
        arts = p.articles()
        return {
            "sources": [(a.id, a.text, a.outlet, a.title, a.date, a.url, a.relay_of) for a in arts],
            "codes": [(c.guid, c.name, c.parent, c.color, c.description) for c in p.codes()],
            "selections": sorted((a.guid, a.article, a.start, a.end, a.exact, a.code, a.memo, a.author,
                                  a.created) for a in p.annotations()),
            "notes": sorted((m.guid, m.text, m.article, m.title, m.author) for m in p.memos()),
        }


def test_export_structure(seeds_project, tmp_path):
    out = tmp_path / "seeds.qdpx"
    with Project.open(seeds_project) as p:
        stats = export_qdpx(p, out)
        infos = p.article_infos()
        texts = {a.id: a.text for a in p.articles()}
    assert (stats.sources, stats.codes, stats.selections) == (5, 4, 5)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        qde = zf.read("project.qde")
        assert not qde.startswith(b"\xef\xbb\xbf") and b"\r" not in qde
        for name in names:
            if name != "project.qde":
                assert name.startswith("sources/") and name.endswith(".txt")
                data = zf.read(name)
                assert not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data
    root = ET.fromstring(qde)
    assert root.tag == QN + "Project"
    check_schema_order(root)
    guid = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
    for el in root.iter():
        if "guid" in el.attrib:
            assert guid.match(el.get("guid")), el.get("guid")
    # nesting: the grandchild code sits two levels down
    top = root.find(f"{QN}CodeBook/{QN}Codes/{QN}Code")
    assert top.get("name") == "تأطير" and top.get("isCodable") == "true" and top.get("color") == "#D9480F"
    assert top.find(f"{QN}Code/{QN}Code").get("name") == "قوات الاحتلال"
    by_id = {i.id: i.guid for i in infos}
    for src in root.iter(QN + "TextSource"):
        g = src.get("guid")
        assert src.get("plainTextPath") == f"internal://{g}.txt" and by_id[src.get("name")] == g
        text = zipfile.ZipFile(out).read(f"sources/{g}.txt").decode("utf-8")
        assert text == texts[src.get("name")]
        for sel in src.iter(QN + "PlainTextSelection"):
            s, e = int(sel.get("startPosition")), int(sel.get("endPosition"))
            assert sel.get("name") == text[s:e][:200]
            assert sel.find(f"{QN}Coding/{QN}CodeRef").get("targetGUID")
    memo_refs = [r.get("targetGUID") for r in root.iter(QN + "NoteRef")]
    notes = {n.get("guid"): n.find(QN + "PlainTextContent").text for n in root.iter(QN + "Note")}
    assert MEMO in notes.values() and all(r in notes for r in memo_refs)


def test_guids_stable_across_exports(seeds_project, tmp_path):
    def guids(path):
        root = ET.fromstring(zipfile.ZipFile(path).read("project.qde"))
        return [el.get("guid") for el in root.iter() if el.get("guid")]

    with Project.open(seeds_project) as p:
        export_qdpx(p, tmp_path / "a.qdpx")
        export_qdpx(p, tmp_path / "b.qdpx")
    assert guids(tmp_path / "a.qdpx") == guids(tmp_path / "b.qdpx")


def test_round_trip_identical(seeds_project, tmp_path):
    before = snapshot(seeds_project)
    with Project.open(seeds_project) as p:
        export_qdpx(p, tmp_path / "one.qdpx")
        first_sources = {i.id: i.guid for i in p.article_infos()}
    report = import_qdpx(tmp_path / "one.qdpx", tmp_path / "back.qarin")
    assert report.skipped == []
    assert (report.sources, report.codes, report.selections) == (5, 4, 5)
    after = snapshot(tmp_path / "back.qarin")
    for key in ("sources", "codes", "selections", "notes"):
        assert after[key] == before[key], key
    # and the re-export keeps the TextSource GUIDs of the first export
    with Project.open(tmp_path / "back.qarin") as p:
        export_qdpx(p, tmp_path / "two.qdpx")
    root = ET.fromstring(zipfile.ZipFile(tmp_path / "two.qdpx").read("project.qde"))
    assert {s.get("name"): s.get("guid") for s in root.iter(QN + "TextSource")} == first_sources


def test_positions_count_code_points(tmp_path):
    """An astral character (two UTF-16 units) before a selection must not shift it."""
    from desktop.core.ingest import article_from_text

    text = "خبر 😀 عاجل: قوات الاحتلال قصفت"
    with Project.create(tmp_path / "p.qarin") as p:
        p.add_articles([article_from_text(text, id="x", outlet="Al-Diyar")])
        code = p.add_code("label")
        i = text.index("قوات")
        p.annotate("x", i, i + 4, code)
        export_qdpx(p, tmp_path / "p.qdpx")
    root = ET.fromstring(zipfile.ZipFile(tmp_path / "p.qdpx").read("project.qde"))
    sel = next(root.iter(QN + "PlainTextSelection"))
    assert int(sel.get("startPosition")) == i and sel.get("name") == "قوات"


def test_import_refuses_bad_files(tmp_path):
    junk = tmp_path / "junk.qdpx"
    junk.write_bytes(b"not a zip")
    with pytest.raises(QdpxError, match="not a .qdpx"):
        import_qdpx(junk, tmp_path / "j.qarin")
    assert not (tmp_path / "j.qarin").exists()
    empty = tmp_path / "empty.qdpx"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("readme.txt", "x")
    with pytest.raises(QdpxError, match="no project.qde"):
        import_qdpx(empty, tmp_path / "e.qarin")
    bomb = tmp_path / "dtd.qdpx"
    with zipfile.ZipFile(bomb, "w") as zf:
        zf.writestr("project.qde", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
                    f'<Project xmlns="{NS}" name="x">&a;</Project>')
    with pytest.raises(QdpxError, match="DOCTYPE"):
        import_qdpx(bomb, tmp_path / "d.qarin")
    broken = tmp_path / "broken.qdpx"
    with zipfile.ZipFile(broken, "w") as zf:
        zf.writestr("project.qde", f'<Project xmlns="{NS}" name="x"><Sources>')
    with pytest.raises(QdpxError, match="well-formed"):
        import_qdpx(broken, tmp_path / "b.qarin")
    assert not any(tmp_path.glob("*.qarin"))


def test_qdpx_commands(seeds_project, tmp_path, capsys):
    from desktop.cli.main import main

    out = tmp_path / "cli.qdpx"
    assert main(["qdpx", "export", str(seeds_project), "--out", str(out)]) == 0
    assert main(["qdpx", "import", str(out), "--out", str(tmp_path / "cli.qarin")]) == 0
    assert snapshot(tmp_path / "cli.qarin")["selections"] == snapshot(seeds_project)["selections"]
    assert main(["qdpx", "import", str(out), "--out", str(tmp_path / "cli.qarin")]) == 2  # exists
    assert main(["qdpx", "export", str(tmp_path / "none.qarin"), "--out", str(out)]) == 2
    assert main(["qdpx"]) == 2
    (tmp_path / "bad.qdpx").write_bytes(b"PK\x03\x04 broken")
    assert main(["qdpx", "import", str(tmp_path / "bad.qdpx"), "--out", str(tmp_path / "bad.qarin")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "error: bad.qdpx is not a .qdpx (zip) file" in err
    assert not (tmp_path / "bad.qarin").exists()


def test_empty_project_exports_without_empty_containers(tmp_path):
    with Project.create(tmp_path / "e.qarin") as p:
        export_qdpx(p, tmp_path / "e.qdpx")
    root = ET.fromstring(zipfile.ZipFile(tmp_path / "e.qdpx").read("project.qde"))
    assert [c.tag[len(QN):] for c in root] == ["Variables"]
    report = import_qdpx(tmp_path / "e.qdpx", tmp_path / "back.qarin")
    assert (report.sources, report.codes, report.selections, report.notes) == (0, 0, 0, 0)


def test_export_and_import_count_notes_alike_and_export_no_local_folder(seeds_project, tmp_path):
    with Project.open(seeds_project) as p:
        p.set_lexicon_override("مرتزقة", "add", category=next(iter(p.lexicon().categories)),
                               stance="delegitimizing")
        stats = export_qdpx(p, tmp_path / "s.qdpx")
        local = [a.path for a in p.articles() if a.path]
    assert stats.notes == 5  # three annotation memos, one article memo, one project memo
    assert stats.not_carried and "1 lexicon term edit" in stats.not_carried[0]
    report = import_qdpx(tmp_path / "s.qdpx", tmp_path / "back.qarin")
    assert report.notes == stats.notes
    with zipfile.ZipFile(tmp_path / "s.qdpx") as zf:
        qde = zf.read("project.qde").decode("utf-8")
    folders = {str(Path(p).resolve().parent) for p in local}
    assert folders and not any(folder in qde for folder in folders)
    assert "seeds/" not in qde and all(Path(p).name in qde for p in local)
