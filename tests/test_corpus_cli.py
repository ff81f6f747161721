"""`main.py corpus ...`: build, tables, export, and one-line errors."""
from __future__ import annotations

import csv
import json

from corpus_fixtures import FIELDS, day1_rows, day2_rows, write_jsonl, write_zip_json
from support import run_cli


def _built(tmp_path, capsys):
    d1 = write_zip_json(tmp_path / "d1.zip", day1_rows())
    d2 = write_jsonl(tmp_path / "d2.jsonl", day2_rows())
    corpus = tmp_path / "c.sqlite"
    code, out, err = run_cli(capsys, "corpus", "build", corpus, d1, "--fields", FIELDS)
    assert code == 0, err
    assert "8 articles (8 new, 0 already stored)" in out and "3 reuse pairs" in out
    assert "index:" in err and "align:" in err  # progress lines
    code, out, err = run_cli(capsys, "corpus", "build", corpus, d1, d2, "--fields", FIELDS, "--quiet")
    assert code == 0 and "12 articles (4 new, 8 already stored)" in out and "7 reuse pairs" in out
    assert "align:" not in err
    return corpus


def test_build_tables_export(tmp_path, capsys):
    corpus = _built(tmp_path, capsys)
    code, out, _ = run_cli(capsys, "corpus", "stories", corpus)
    assert code == 0 and out.splitlines()[0].startswith("story") and "Al-Mayadeen" in out
    code, out, _ = run_cli(capsys, "corpus", "network", corpus, "--search", "OutletC")
    lines = out.splitlines()
    assert code == 0 and len(lines) >= 2 and all("OutletC" in ln for ln in lines[1:])
    code, out, _ = run_cli(capsys, "corpus", "substitutions", corpus, "--framing")
    assert code == 0 and "الاحتلال" in out
    code, out, _ = run_cli(capsys, "corpus", "export", corpus, "--format", "json", "--out", tmp_path / "c.json")
    assert code == 0 and "7 pairs" in out
    data = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 12 and len(data["pairs"]) == 7
    code, _, _ = run_cli(capsys, "corpus", "export", corpus, "--format", "csv", "--out", tmp_path / "c.csv")
    with open(tmp_path / "c.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert code == 0 and len(rows) >= 7 and all(r["a_text"] and r["b_text"] for r in rows)
    code, _, _ = run_cli(capsys, "corpus", "export", corpus, "--format", "html", "--out", tmp_path / "c.html")
    html = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert code == 0 and 'dir="rtl"' in html and "Al-Mayadeen" in html and "<table>" in html


def test_errors_are_one_line(tmp_path, capsys):
    d1 = write_zip_json(tmp_path / "d1.zip", day1_rows())
    cases = [
        (("corpus", "build", tmp_path / "c.sqlite", d1, "--fields", "colour=x"), "unknown field"),
        (("corpus", "build", tmp_path / "c.sqlite", tmp_path / "missing.zip"), "no such file"),
        (("corpus", "build", d1, tmp_path / "c.sqlite"), "give the corpus file first"),
        (("corpus", "stories", tmp_path / "none.sqlite"), "no corpus"),
        (("corpus", "build", tmp_path / "c.sqlite", d1, "--workers", "-1"), "--workers"),
    ]
    (tmp_path / "text.sqlite").write_text("not a database " * 200, encoding="utf-8")
    cases.append((("corpus", "network", tmp_path / "text.sqlite"), "not a Qarin corpus"))
    for argv, message in cases:
        code, out, err = run_cli(capsys, *argv)
        assert code in (1, 2), argv
        assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err, (argv, err)
    assert not (tmp_path / "missing.zip").exists()
