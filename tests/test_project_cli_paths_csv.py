"""Code paths ("parent/child") as `project info` shows them are accepted wherever a code is
named; "/" cannot be part of a name. The annotations CSV neutralises formula cells with the
same function as the report CSV."""
from __future__ import annotations

import csv
import io
import json

import pytest

from desktop.store import Project, ProjectError, UnknownCode
from support import run_cli as run




@pytest.fixture
def proj(tmp_path, capsys):
    path = tmp_path / "P.qarin"
    assert run(capsys, "project", "create", path)[0] == 0
    return path


def article(capsys, path):
    return json.loads(run(capsys, "project", "info", path, "--json")[1])["articles"][0]["id"]


def test_a_path_as_info_shows_it_names_a_nested_code(capsys, proj):
    aid = article(capsys, proj)
    assert run(capsys, "project", "code", proj, "actors")[0] == 0
    assert run(capsys, "project", "code", proj, "state", "--parent", "actors")[0] == 0
    assert run(capsys, "project", "code", proj, "army", "--parent", "actors/state")[0] == 0
    _, out, _ = run(capsys, "project", "info", proj)
    assert "code actors/state/army" in out
    for ref in ("actors/state/army", "actors / state / army", "army"):
        code, _, err = run(capsys, "annotate", proj, "--article", aid, "--start", 0, "--end", 4,
                           "--code", ref)
        assert code == 0, err
    _, out, _ = run(capsys, "annotations", proj, "--code", "actors/state/army")
    assert out.count("\n") == 3 and "\tactors/state/army\t" in out
    code, _, err = run(capsys, "annotate", proj, "--article", aid, "--start", 0, "--end", 4,
                       "--code", "state/army")  # not from the top level
    assert code == 1 and "no code 'state/army'" in err and "top level" in err
    code, _, err = run(capsys, "annotate", proj, "--article", aid, "--start", 0, "--end", 4,
                       "--code", "actors/state/navy", "--create-code")
    assert code == 0, err
    with Project.open(proj) as p:
        navy = p.code("actors/state/navy")
        assert p.code(navy.parent).name == "state"


def test_slash_in_a_code_name_is_refused_with_a_clear_message(capsys, proj):
    before = proj.read_bytes()
    code, _, err = run(capsys, "project", "code", proj, "actors/state")
    assert code == 1 and err.count("\n") == 1 and "cannot contain '/'" in err
    assert proj.read_bytes() == before
    with Project.open(proj) as p:
        c = p.add_code("actors")
        with pytest.raises(ProjectError, match="cannot contain '/'"):
            p.rename_code(c, "a/b")
        with pytest.raises(ProjectError, match="cannot contain '/'"):
            p.restore_code(type(c)(**{**c.__dict__, "guid": "0" * 8 + "-0000-0000-0000-" + "0" * 12,
                                      "name": "x/y"}))
        with pytest.raises(UnknownCode):
            p.code("actors/")


FORMULAS = ["=HYPERLINK(\"http://x\")", "+1+2", "-3", "@SUM(A1)", "\tTAB", "\rCR"]


def test_csv_export_neutralises_formula_cells(capsys, proj, tmp_path):
    aid = article(capsys, proj)
    for i, memo in enumerate(FORMULAS):
        code, _, err = run(capsys, "annotate", proj, "--article", aid, "--start", i, "--end", i + 3,
                           "--code", "=cmd|'calc'!A0", "--create-code", "--memo", memo,
                           "--author", "@author")
        assert code == 0, err
    out = tmp_path / "a.csv"
    assert run(capsys, "export", proj, "--format", "csv", "--out", out)[0] == 0
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    assert [r["memo"] for r in rows] == ["'" + m for m in FORMULAS]
    assert {r["code"] for r in rows} == {"'=cmd|'calc'!A0"}
    assert {r["author"] for r in rows} == {"'@author"}
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), row
    assert rows[0]["start"] == "0"  # numbers are left alone


def test_one_function_for_every_csv():
    from desktop import csvcell
    from desktop.report import export as report_export
    from desktop.store import export as store_export

    assert report_export._cell is csvcell.safe_cell
    assert store_export.safe_row is csvcell.safe_row
    assert csvcell.safe_cell("-1") == "'-1" and csvcell.safe_cell(-1) == -1
