"""`pan` and `pan-score` commands end to end on a tiny synthetic collection."""
from __future__ import annotations

import json
import random

import pytest

from desktop.cli.main import main
from desktop.corpus.pan_xml import Annotation, read_pan_dir, write_pan_file

LETTERS = "بتثجحخدذرزسشصضطظعغقكلمنهي"


def _text(rng, n):
    return " ".join("".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 7))) for _ in range(n))


@pytest.fixture
def pan_dirs(tmp_path):
    rng = random.Random(7)
    src, susp, gold = tmp_path / "src", tmp_path / "susp", tmp_path / "gold"
    for d in (src, susp, gold):
        d.mkdir()
    sources = {f"source-document{n:05d}.txt": _text(rng, 300) for n in range(1, 6)}
    for name, text in sources.items():
        (src / name).write_text(text, encoding="utf-8")
    s2 = sources["source-document00002.txt"]
    passage = s2[400:1000].split(" ", 1)[1].rsplit(" ", 1)[0]
    p_off = s2.index(passage)
    head = _text(rng, 80) + " "
    (susp / "suspicious-document0001.txt").write_text(head + passage + " " + _text(rng, 50), encoding="utf-8")
    (susp / "suspicious-document0002.txt").write_text(_text(rng, 200), encoding="utf-8")
    write_pan_file(gold, "suspicious-document0001.txt", [
        Annotation("suspicious-document0001.txt", len(head), len(passage), "source-document00002.txt",
                   p_off, len(passage))])
    write_pan_file(gold, "suspicious-document0002.txt", [])
    # the gold uses feature name "plagiarism"
    for f in gold.glob("*.xml"):
        f.write_text(f.read_text(encoding="utf-8").replace("detected-plagiarism", "plagiarism"), encoding="utf-8")
    return tmp_path


def test_pan_then_score(pan_dirs, capsys):
    out = pan_dirs / "out"
    rc = main(["pan", "--sources", str(pan_dirs / "src"), "--suspicious", str(pan_dirs / "susp"),
               "--out", str(out), "--jobs", "2"])
    assert rc == 0
    captured = capsys.readouterr()
    assert "1 detections in 2 of 2 suspicious documents" in captured.out
    assert "detect: 2/2 (100%)" in captured.err  # progress (stderr is not a terminal here)
    dets = read_pan_dir(out, "detected-plagiarism")
    assert set(dets) == {"suspicious-document0001.txt", "suspicious-document0002.txt"}
    assert dets["suspicious-document0002.txt"] == []
    rc = main(["pan-score", "--gold", str(pan_dirs / "gold"), "--detections", str(out), "--json"])
    assert rc == 0
    result = json.loads(capsys.readouterr().out)
    assert result["overall"]["plagdet"] == pytest.approx(1.0)
    assert result["overall"]["cases"] == 1 and result["overall"]["detections"] == 1
    rc = main(["pan-score", "--gold", str(pan_dirs / "gold"), "--detections", str(out)])
    table = capsys.readouterr().out
    assert rc == 0 and table.splitlines()[2].split()[-1] == "1.000"


def test_quiet_run_prints_no_progress(pan_dirs, capsys):
    rc = main(["pan", "--sources", str(pan_dirs / "src"), "--suspicious", str(pan_dirs / "susp"),
               "--out", str(pan_dirs / "o"), "--quiet"])
    assert rc == 0 and capsys.readouterr().err == ""


def test_missing_folder_is_a_usage_error(pan_dirs, capsys):
    rc = main(["pan", "--sources", str(pan_dirs / "nope"), "--suspicious", str(pan_dirs / "susp"),
               "--out", str(pan_dirs / "o")])
    err = capsys.readouterr().err
    assert rc == 2 and err.startswith("error: --sources") and err.count("\n") == 1


def test_unreadable_suspicious_file_is_reported_and_others_still_written(pan_dirs, capsys):
    (pan_dirs / "susp" / "suspicious-document0003.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    out = pan_dirs / "out"
    rc = main(["pan", "--sources", str(pan_dirs / "src"), "--suspicious", str(pan_dirs / "susp"),
               "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert rc == 1 and "suspicious-document0003.txt" in err and "Traceback" not in err
    assert sorted(p.name for p in out.glob("*.xml")) == ["suspicious-document0001.xml", "suspicious-document0002.xml"]


def test_bad_gold_xml_is_a_one_line_error(pan_dirs, capsys):
    (pan_dirs / "gold" / "broken.xml").write_text("<document", encoding="utf-8")
    rc = main(["pan-score", "--gold", str(pan_dirs / "gold"), "--detections", str(pan_dirs / "gold")])
    err = capsys.readouterr().err
    assert rc == 2 and "broken.xml" in err and err.count("\n") == 1


def test_empty_folders_are_usage_errors(tmp_path, capsys):
    (tmp_path / "a").mkdir()
    assert main(["pan", "--sources", str(tmp_path / "a"), "--suspicious", str(tmp_path / "a"),
                 "--out", str(tmp_path / "o")]) == 2
    assert main(["pan-score", "--gold", str(tmp_path / "a"), "--detections", str(tmp_path / "a")]) == 2
    assert "no .txt files" in capsys.readouterr().err


def test_progress_bar_on_a_terminal_redraws_one_line_per_stage():
    import io

    from desktop.cli.pan_cmd import ProgressBar

    class Tty(io.StringIO):
        def isatty(self):
            return True

    stream = Tty()
    bar = ProgressBar(stream, width=10)
    for done in (1, 2, 4):
        bar("index", done, 4)
    for done in (1, 2):
        bar("detect", done, 2)
    text = stream.getvalue()
    lines = text.split("\n")
    assert len(lines) == 3 and lines[-1] == ""  # one finished line per stage
    assert lines[0].count("\r") == 3 and "[##########] 4/4" in lines[0]
    assert "eta" in lines[0].split("\r")[1] and "[#####.....] 1/2" in lines[1]


def test_detections_folder_without_xml_is_a_usage_error(pan_dirs, tmp_path, capsys):
    empty = tmp_path / "no-detections"
    empty.mkdir()
    (empty / "notes.txt").write_text("not a detection", encoding="utf-8")
    assert main(["pan-score", "--gold", str(pan_dirs / "gold"), "--detections", str(empty)]) == 2
    err = capsys.readouterr().err
    assert "--detections" in err and "no .xml files" in err and len(err.strip().splitlines()) == 1
