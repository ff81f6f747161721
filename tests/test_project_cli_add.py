"""`project add`: a different article under a known file name is refused unless --replace;
the same text under two paths is one article."""
from __future__ import annotations

import shutil

from desktop.paths import SEEDS
from desktop.store import Project
from support import run_cli as run

TARGET = "001_9173de62ffbbbf9b"




def test_same_file_name_with_another_article_is_refused_unless_replace(capsys, tmp_path):
    path = tmp_path / "c.qarin"
    assert run(capsys, "project", "create", path)[0] == 0
    run(capsys, "annotate", path, "--article", TARGET, "--start", 100, "--end", 108,
        "--code", "outlet", "--create-code")
    other = tmp_path / "other"
    other.mkdir()
    impostor = other / f"{TARGET}.txt"
    shutil.copy(next(SEEDS.glob("004_*.txt")), impostor)
    original = (SEEDS / f"{TARGET}.txt").read_text(encoding="utf-8")
    before = path.read_bytes()
    code, out, err = run(capsys, "project", "add", path, impostor)
    assert code == 1 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1
    assert "different article" in err and "--replace" in err
    assert path.read_bytes() == before
    with Project.open(path) as p:
        assert p.article(TARGET).text == original
        assert not p.annotations()[0].orphan
    code, out, _ = run(capsys, "project", "add", path, impostor, "--replace")
    assert code == 0 and "1 updated" in out and "1 orphaned" in out
    with Project.open(path) as p:
        assert p.article(TARGET).text == impostor.read_text(encoding="utf-8")
        assert p.annotations()[0].orphan  # kept, never dropped


def test_same_text_under_two_paths_is_unchanged_in_one_call_as_alone(capsys, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    for folder in (a, b):
        (folder / "crlf.txt").write_bytes("سطر أول\r\nسطر ثان\r\n".encode("utf-8"))
    path = tmp_path / "c.qarin"
    code, out, _ = run(capsys, "project", "create", path, a / "crlf.txt")
    assert code == 0 and "1 added" in out
    code, out, _ = run(capsys, "project", "add", path, b / "crlf.txt")
    assert code == 0 and "0 added, 0 updated, 1 unchanged" in out
    code, out, _ = run(capsys, "project", "add", path, a / "crlf.txt", b / "crlf.txt")
    assert code == 0 and "0 added, 0 updated, 2 unchanged" in out
    with Project.open(path) as p:
        assert [x.id for x in p.articles()] == ["crlf"]
