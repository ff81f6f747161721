"""The project CLI: a thin layer over desktop.store; one-line errors that change nothing."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from desktop.cli.main import build_parser
from desktop.store import Project
from support import run_cli as run




@pytest.fixture
def proj(tmp_path, capsys):
    path = tmp_path / "P.qarin"
    code, out, _ = run(capsys, "project", "create", path)
    assert code == 0 and "5 added" in out
    return path


def first_article(capsys, path):
    code, out, _ = run(capsys, "project", "info", path, "--json")
    assert code == 0
    return json.loads(out)


def test_create_from_seeds_and_info_json(capsys, proj):
    info = first_article(capsys, proj)
    assert len(info["articles"]) == 5
    a = info["articles"][0]
    assert {"id", "outlet", "title", "length"} <= set(a)
    with Project.open(proj) as p:
        assert a["length"] == len(p.article(a["id"]).text)
    assert info["codes"] == []
    code, out, _ = run(capsys, "project", "info", proj)
    assert code == 0 and "5 article(s)" in out


def test_annotate_list_unannotate_round_trip(capsys, proj):
    aid = first_article(capsys, proj)["articles"][1]["id"]
    assert run(capsys, "project", "code", proj, "framing", "--color", "#112233")[0] == 0
    code, out, _ = run(capsys, "annotate", proj, "--article", aid, "--start", 0, "--end", 5,
                       "--code", "framing", "--memo", "ملاحظة", "--author", "lina")
    guid = out.strip()
    assert code == 0 and len(guid) == 36
    code, out, _ = run(capsys, "annotations", proj, "--code", "framing")
    fields = out.strip().split("\t")
    assert fields[:5] == [guid, aid, "0", "5", "framing"] and fields[6] == "ملاحظة"
    assert run(capsys, "annotations", proj, "--article", aid, "--json")[0] == 0
    code, out, _ = run(capsys, "unannotate", proj, guid)
    assert code == 0 and guid in out
    assert run(capsys, "annotations", proj)[1] == ""


@pytest.mark.parametrize("args,message", [
    (["--start", 0, "--end", 10**6, "--code", "framing"], "outside article"),
    (["--start", 7, "--end", 3, "--code", "framing"], "outside article"),
    (["--start", 0, "--end", 3, "--code", "no-such"], "no code 'no-such'"),
])
def test_bad_annotation_is_one_line_and_changes_nothing(capsys, proj, args, message):
    aid = first_article(capsys, proj)["articles"][0]["id"]
    run(capsys, "project", "code", proj, "framing")
    code, out, err = run(capsys, "annotate", proj, "--article", aid, *args)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and message in err
    with Project.open(proj) as p:
        assert p.annotations() == [] and [c.name for c in p.codes()] == ["framing"]


def test_unknown_article_and_create_code_flag(capsys, proj):
    code, _, err = run(capsys, "annotate", proj, "--article", "nope", "--start", 0, "--end", 3,
                       "--code", "new", "--create-code")
    assert code == 1 and "no article 'nope'" in err
    with Project.open(proj) as p:
        assert p.codes() == []  # the code made on the fly was rolled back with the failure
    aid = first_article(capsys, proj)["articles"][0]["id"]
    code, out, _ = run(capsys, "annotate", proj, "--article", aid, "--start", 0, "--end", 3,
                       "--code", "new", "--create-code")
    assert code == 0
    assert [c["name"] for c in first_article(capsys, proj)["codes"]] == ["new"]


def test_locked_and_corrupt_projects_give_one_line_errors(capsys, proj, tmp_path, monkeypatch):
    aid = first_article(capsys, proj)["articles"][0]["id"]
    run(capsys, "project", "code", proj, "framing")
    monkeypatch.setenv("QARIN_BUSY_TIMEOUT", "0.1")
    holder = sqlite3.connect(proj, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code, _, err = run(capsys, "annotate", proj, "--article", aid, "--start", 0, "--end", 3,
                           "--code", "framing")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and err.startswith("error: project busy") and err.count("\n") == 1
    bad = tmp_path / "bad.qarin"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 500)
    code, _, err = run(capsys, "project", "info", bad)
    assert code == 1 and err.count("\n") == 1
    foreign = tmp_path / "notes.txt"
    foreign.write_text("plain text", encoding="utf-8")
    code, _, err = run(capsys, "project", "info", foreign)
    assert code == 1 and "not a Qarin project" in err


def test_create_without_readable_input_makes_no_file(capsys, tmp_path):
    path = tmp_path / "none.qarin"
    code, _, err = run(capsys, "project", "create", path, tmp_path / "missing.txt")
    assert code == 2 and "no readable articles" in err
    assert not path.exists()


def test_project_add_with_changed_text_reanchors(capsys, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("مقدمة. قوات الاحتلال قصفت مواقع في دير الزور.", encoding="utf-8")
    path = tmp_path / "A.qarin"
    assert run(capsys, "project", "create", path, src)[0] == 0
    start = "مقدمة. ".__len__()
    run(capsys, "annotate", path, "--article", "a", "--start", start, "--end", start + 4,
        "--code", "actor", "--create-code")
    (src / "a.txt").write_text("عاجل: مقدمة. قوات الاحتلال قصفت في دير الزور.", encoding="utf-8")
    code, out, _ = run(capsys, "project", "add", path, src / "a.txt")
    assert code == 0 and "1 updated" in out and "1 annotation(s) re-anchored (1 moved, 0 orphaned)" in out
    with Project.open(path) as p:
        a = p.annotations()[0]
        assert p.article("a").text[a.start:a.end] == "قوات" and not a.orphan


def test_exports(capsys, proj, tmp_path):
    aid = first_article(capsys, proj)["articles"][2]["id"]
    run(capsys, "annotate", proj, "--article", aid, "--start", 10, "--end", 20, "--code", "x",
        "--create-code", "--memo", 'قال "هنا", ثم')
    with Project.open(proj) as p:
        ann = p.annotations()[0]
        text = p.article(aid).text
    for fmt in ("json", "csv", "w3c"):
        out = tmp_path / f"e.{fmt}"
        code, msg, _ = run(capsys, "export", proj, "--format", fmt, "--out", out)
        assert code == 0 and "1 annotation" in msg
    doc = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert doc["annotations"][0]["exact"] == text[10:20]
    raw = (tmp_path / "e.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0]["guid"] == ann.guid and rows[0]["memo"] == 'قال "هنا", ثم'
    w3c = json.loads((tmp_path / "e.w3c").read_text(encoding="utf-8"))
    assert w3c["@context"] == "http://www.w3.org/ns/anno.jsonld"
    item = w3c["first"]["items"][0]
    assert item["id"] == f"urn:uuid:{ann.guid}" and item["type"] == "Annotation"
    sel = {s["type"]: s for s in item["target"]["selector"]}
    assert sel["TextPositionSelector"] == {"type": "TextPositionSelector", "start": 10, "end": 20}
    assert sel["TextQuoteSelector"]["exact"] == text[10:20]
    assert sel["TextQuoteSelector"]["prefix"] == text[:10]
    assert sel["TextQuoteSelector"]["suffix"] == text[20:52]
    code, _, err = run(capsys, "export", proj, "--format", "xml", "--out", tmp_path / "x")
    assert code == 2


def test_every_command_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in ("project", "annotate", "annotations", "unannotate", "export"):
        assert sub.choices[name].format_help().strip()
        assert any(c.dest == name and c.help for c in sub._choices_actions)
    project = sub.choices["project"]
    actions = next(a for a in project._actions if a.dest == "project_command")
    assert {c.dest for c in actions._choices_actions} == {"create", "add", "info", "code", "credits",
                                                          "credit", "relay", "outlets", "outlet"}
    assert all(c.help for c in actions._choices_actions)


def test_create_over_existing_file_is_refused(capsys, proj):
    before = proj.read_bytes()
    code, _, err = run(capsys, "project", "create", proj)
    assert code == 1 and "already exists" in err and err.count("\n") == 1
    assert proj.read_bytes() == before
