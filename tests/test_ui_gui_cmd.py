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


def test_missing_input_is_one_line_error(qapp, tmp_path, capsys):
    assert main(["gui", str(tmp_path / "nothing-here"), "--screenshot",
                 str(tmp_path / "x.png")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error:") and len(err.strip().splitlines()) == 1
