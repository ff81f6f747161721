"""`qarin gui`: the command line entry to the window."""
from PySide6.QtGui import QImage

from desktop.cli.main import main


def test_screenshot_renders_1600x1000_png(qapp, tmp_path, monkeypatch, capsys):
    out = tmp_path / "window.png"
    assert main(["gui", "--screenshot", str(out), "--view", "pair"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1000)
    assert "wrote" in capsys.readouterr().out


def test_screenshot_of_a_project_file(qapp, tmp_path):
    from desktop.core.ingest import load_paths
    from desktop.paths import SEEDS
    from desktop.store import Project
    project = tmp_path / "p.qarin"
    with Project.create(project) as p:
        p.add_articles(load_paths([SEEDS]).articles[:2])
    out = tmp_path / "p.png"
    assert main(["gui", str(project), "--screenshot", str(out)]) == 0
    assert QImage(str(out)).width() == 1600


def test_bad_screenshot_name_is_a_usage_error(capsys):
    assert main(["gui", "--screenshot", "shot.jpg"]) == 2
    assert "png" in capsys.readouterr().err


def test_missing_input_is_one_line_usage_error(qapp, tmp_path, capsys):
    assert main(["gui", str(tmp_path / "nothing-here"), "--screenshot",
                 str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and len(err.strip().splitlines()) == 1


def test_an_empty_file_is_a_usage_error_naming_the_path_once(qapp, tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["gui", str(empty), "--screenshot", str(tmp_path / "g.png")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "no readable articles" in err and "empty" in err
    assert err.count(str(empty)) == 1 and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "g.png").exists()


def test_a_missing_project_or_two_projects_are_usage_errors(qapp, tmp_path, capsys):
    assert main(["gui", str(tmp_path / "none.qarin"), "--screenshot",
                 str(tmp_path / "g.png")]) == 2
    assert "none.qarin" in capsys.readouterr().err
    assert main(["gui", "a.qarin", "b.qarin"]) == 2
    assert "one project" in capsys.readouterr().err


def test_a_screenshot_prints_no_qt_plugin_noise(qapp, tmp_path, qtlog, capsys):
    assert main(["gui", "--screenshot", str(tmp_path / "q.png")]) == 0
    assert not [r.message for r in qtlog.records if "propagateSizeHints" in r.message]
    assert "propagateSizeHints" not in capsys.readouterr().err


def test_a_project_from_a_newer_qarin_is_a_gui_usage_error(qapp, tmp_path, capsys):
    import sqlite3

    from desktop.store import Project
    path = tmp_path / "future.qarin"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    assert main(["gui", str(path), "--screenshot", str(tmp_path / "f.png")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: gui: ") and "newer Qarin" in err
    assert len(err.strip().splitlines()) == 1
