"""After `qdpx import`, the file's GUIDs are the project's own: `project info --json`, the JSON
and W3C exports and a re-export show them (no project-meta side tables)."""
from __future__ import annotations

import json
import zipfile

from desktop.interchange.qde import NS
from desktop.store import Project
from support import run_cli as run

SRC = "0A1B2C3D-0000-4000-8000-00000000000A"
SRC2 = "1A1B2C3D-0000-4000-8000-00000000000B"
CODE = "AAAAAAAA-1111-4111-8111-111111111111"
USER = "CCCCCCCC-3333-4333-8333-333333333333"
SEL = "DDDDDDDD-4444-4444-8444-444444444444"
TEXT = "قوات الاحتلال قصفت مواقع في دير الزور"


def qdpx(path, second_guid=SRC2):
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{NS}" name="p">
 <Users><User guid="{USER}" name="باحث"/></Users>
 <CodeBook><Codes><Code guid="{CODE}" name="actors/state" isCodable="true" color="#FF0000"/></Codes></CodeBook>
 <Sources>
  <TextSource guid="{SRC}" name="one" plainTextPath="internal://{SRC}.txt">
   <PlainTextSelection guid="{SEL}" startPosition="0" endPosition="4" creatingUser="{USER}">
    <Coding guid="EEEEEEEE-5555-4555-8555-555555555555"><CodeRef targetGUID="{CODE}"/></Coding>
   </PlainTextSelection>
  </TextSource>
  <TextSource guid="{second_guid}" name="one-2"><PlainTextContent>{TEXT}</PlainTextContent></TextSource>
 </Sources>
</Project>
"""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", qde.encode("utf-8"))
        zf.writestr(f"sources/{SRC}.txt", TEXT.encode("utf-8"))




def test_imported_guids_show_in_info_and_exports(capsys, tmp_path):
    qdpx(tmp_path / "in.qdpx")
    proj = tmp_path / "p.qarin"
    code, _, err = run(capsys, "qdpx", "import", tmp_path / "in.qdpx", "--out", proj)
    assert code == 0, err
    assert "'actors/state'" in err  # the renamed code is reported
    code, out, _ = run(capsys, "project", "info", proj, "--json")
    info = json.loads(out)
    # the same text under "one" and "one-2" stays two sources, each with its own GUID
    assert {a["id"]: a["guid"] for a in info["articles"]} == {"one": SRC.lower(), "one-2": SRC2.lower()}
    assert info["codes"][0]["guid"] == CODE.lower() and info["codes"][0]["name"] == "actors\u2215state"
    run(capsys, "export", proj, "--format", "json", "--out", tmp_path / "e.json")
    doc = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert doc["articles"][0]["guid"] == SRC.lower()
    assert doc["annotations"][0]["guid"] == SEL.lower()
    run(capsys, "export", proj, "--format", "w3c", "--out", tmp_path / "e.w3c")
    w3c = json.loads((tmp_path / "e.w3c").read_text(encoding="utf-8"))
    assert w3c["first"]["items"][0]["target"]["source"] == f"urn:uuid:{SRC.lower()}"
    with Project.open(proj) as p:
        assert [(u.name, u.guid) for u in p.users()] == [("باحث", USER.lower())]
        assert not any(k.startswith("qdpx_") for k in p.meta())
    code, _, err = run(capsys, "qdpx", "export", proj, "--out", tmp_path / "out.qdpx")
    assert code == 0, err
    again = zipfile.ZipFile(tmp_path / "out.qdpx").read("project.qde").decode("utf-8")
    for guid in (SRC, SRC2, USER, CODE, SEL):
        assert f'"{guid.lower()}"' in again


def test_a_source_guid_used_twice_is_replaced_with_a_warning(capsys, tmp_path):
    qdpx(tmp_path / "in.qdpx", second_guid=SRC)
    proj = tmp_path / "p.qarin"
    code, _, err = run(capsys, "qdpx", "import", tmp_path / "in.qdpx", "--out", proj)
    assert code == 0, err
    assert "is used by another source" in err
    with Project.open(proj) as p:
        guids = {i.id: i.guid for i in p.article_infos()}
    assert guids["one"] == SRC.lower() and guids["one-2"] != SRC.lower()
