"""Report content: summary generated from the data, framing table, matrix, outlet filter,
CSV/JSON exports and the `report` command on the real engine."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from desktop.cli.main import main
from desktop.core.model import PairStats
from desktop.report import write_report
from desktop.report.content import build_content
from test_report_fixtures import CATEGORIES, make_analysis, make_coding


def _summary(analysis, lang="en"):
    return build_content(analysis, categories=CATEGORIES, lang=lang).summary


def test_summary_follows_the_data():
    base = make_analysis()
    text = " ".join(_summary(base))
    assert "Orient News takes about 80% of its words from Al-Mayadeen" in text
    assert "dropping the attribution 1 time (e.g." in text
    assert "Al-Mayadeen says “قوات الاحتلال الأميركي”" in text or "Al-Mayadeen: “قوات الاحتلال الأميركي”" in text
    # reverse the direction and change the share: the sentence follows
    flipped = replace(base, pairs=(PairStats("src", "copy", 0.42, 0.8, "b->a"),) + base.pairs[1:])
    text2 = " ".join(_summary(flipped))
    assert "Al-Mayadeen takes about 42% of its words from Orient News" in text2
    assert "Orient News takes" not in text2
    # no reuse at all
    none = replace(base, pairs=tuple(PairStats(p.a, p.b, 0.0, 0.0, "unknown") for p in base.pairs))
    assert "No copied text was found between the articles." in _summary(none)


def test_arabic_summary_counts_agree():
    text = " ".join(_summary(make_analysis(), lang="ar"))
    assert "يقارن هذا التقرير 3 مقالات من 3 منافذ" in text
    assert "وحُذف منه الإسناد مرة واحدة" in text
    two = " ".join(_summary(make_analysis(third=False), lang="ar"))
    assert "مقالين من منفذين" in two


def test_framing_table_and_matrix():
    c = build_content(make_analysis(), categories=CATEGORIES)
    cell = c.framing[("Orient News", "us_forces")]
    assert (cell.own, cell.quoted, cell.terms) == (1, 0, (("القوات الأميركية", 1),))
    assert c.framing[("Al-Diyar", "israel")].quoted == 1
    assert c.matrix[0][1] == 0.55 and c.matrix[1][0] == 0.8 and c.matrix[0][0] is None
    assert c.directions == [(0, 1)]  # source src (row/col 0) -> copy (1)
    assert [s.copy_text for s in c.substitutions] == ["الميليشيات", "القوات الأميركية"]


def test_outlet_filter_and_unknown_outlet():
    c = build_content(make_analysis(), outlets=["Orient News", "Al-Mayadeen"])
    assert [a.id for a in c.articles] == ["src", "copy"]
    with pytest.raises(ValueError, match="no article from the outlets"):
        build_content(make_analysis(), outlets=["Nobody"])


def test_annotations_grouped_by_code_path():
    codes, anns = make_coding()
    c = build_content(make_analysis(), anns, codes)
    paths = [(g.path, len(g.annotations)) for g in c.code_groups]
    assert ("تأطير › تسمية القوات", 1) in paths and ("تأطير", 1) in paths
    assert [a.guid[:4] for a in c.uncoded] == ["cccc"]


def test_csv_has_bom_and_one_row_per_annotation(tmp_path):
    codes, anns = make_coding()
    out = tmp_path / "a.csv"
    write_report(make_analysis(), anns, codes, csv=out, json=tmp_path / "a.json")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data[3:].decode("utf-8"))))
    assert len(rows) == len(anns)
    first = next(r for r in rows if r["guid"].startswith("aaaa"))
    assert first["code_path"] == "تأطير / تسمية القوات" and first["exact"] == "قوات الاحتلال الأميركي"
    doc = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert doc["analysis"]["pairs"][0]["direction"] == "a->b" and len(doc["annotations"]) == 3


def test_csv_neutralises_formulas(tmp_path):
    codes, anns = make_coding()
    anns = [replace(anns[0], memo="=HYPERLINK(\"http://x\")")]
    out = tmp_path / "a.csv"
    write_report(make_analysis(), anns, codes, csv=out)
    assert "'=HYPERLINK" in out.read_bytes().decode("utf-8-sig")


def test_report_command_on_seeds(tmp_path, capsys):
    html, csv_path = tmp_path / "r.html", tmp_path / "r.csv"
    assert main(["report", "--out", str(html), "--csv", str(csv_path), "--lang", "en"]) == 0
    page = html.read_text(encoding="utf-8")
    assert "Al-Diyar takes about" in page and "Al-Mayadeen (relay)" in page
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert main(["report"]) == 2
    assert main(["report", "--out", str(html), "--outlets", "Nobody"]) == 2
    assert main(["report", "--out", str(tmp_path / "missing" / "r.html")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "no article from the outlets Nobody" in err


def test_report_command_on_a_project(tmp_path):
    from desktop.core.ingest import load_paths
    from desktop.paths import SEEDS
    from desktop.store import Project

    proj = tmp_path / "p.qarin"
    arts = load_paths([SEEDS]).articles
    with Project.create(proj) as p:
        p.add_articles(arts)
        code = p.add_code("تسمية")
        p.annotate(arts[0].id, 0, 20, code, memo="مذكرة <مهمة>")
    out = tmp_path / "p.html"
    assert main(["report", str(proj), "--out", str(out), "--outlets", "Al-Diyar,InfoPlus"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "مذكرة &lt;مهمة&gt;" in page and "أورينت" not in page


def test_report_into_an_unwritable_place_names_the_users_path(tmp_path, capsys):
    taken = tmp_path / "taken"
    taken.mkdir()  # a folder where the report should go: the rename onto it fails
    assert main(["report", "--out", str(taken)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"error: {taken}: is a directory"
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]  # no temporary file left
    assert main(["report", "--out", str(tmp_path / "r.pdf")]) == 2
    assert "--pdf" in capsys.readouterr().err
