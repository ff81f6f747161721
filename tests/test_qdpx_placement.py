"""Selections whose positions do not fit the imported text: CRLF counted or not, positions
outside the text, quotes that disagree. Nothing is anchored to the wrong words, nothing is
dropped; and the GUIDs a .qdpx brought in come back out."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile

import pytest

from desktop.cli.main import main
from desktop.interchange import export_qdpx, import_qdpx
from desktop.interchange.placement import place, quote_agrees
from desktop.interchange.qde import NS, crlf_map
from desktop.store import Project
from test_qdpx_roundtrip import QN, seeds_project, snapshot  # noqa: F401 (fixture)

RAW = "سطر أول\r\nسطر ثانٍ عن قوات الاحتلال\r\nثالث: الاحتلال مرة أخرى"
TEXT, MAP = crlf_map(RAW)
PHRASE = "قوات الاحتلال"


def _spans(phrase: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """(positions counting CRs, positions on the LF text) of the first `phrase`."""
    f, t = RAW.index(phrase), TEXT.index(phrase)
    return (f, f + len(phrase)), (t, t + len(phrase))


@pytest.mark.parametrize("counting", ["file", "lf"])
def test_place_picks_the_counting_whose_text_is_the_quote(counting):
    file_span, lf_span = _spans(PHRASE)
    s, e = file_span if counting == "file" else lf_span
    spot = place(RAW, TEXT, MAP, s, e, PHRASE)
    assert spot.placed and spot.verified and spot.basis == counting
    assert TEXT[spot.start:spot.end] == PHRASE


@pytest.mark.parametrize("quote, found, agrees", [
    ("قوات الاحتلال", "قوات الاحتلال", True),
    ("سطر ثانٍ قوات", "سطر ثانٍ\nقوات", True),  # line break lost in an XML attribute
    ("قوات الاح…", "قوات الاحتلال", True),  # cut short with an ellipsis
    ("قوات الاح", "قوات الاحتلال", True),  # cut short (Qarin writes the first 200 characters)
    ("قوات الاحتلال", "وات الاحتلال ", False),  # one character off
    ("", "anything", False),
])
def test_quote_agreement(quote, found, agrees):
    assert quote_agrees(quote, found) is agrees


def test_place_refuses_wrong_text_and_outside_positions():
    file_span, lf_span = _spans(PHRASE)
    # a quote found under neither counting: not placed, and the reason names both readings
    spot = place(RAW, TEXT, MAP, file_span[0] + 3, file_span[1] + 3, PHRASE)
    assert not spot.placed and "is not the text at" in spot.problem
    # beyond the end
    spot = place(RAW, TEXT, MAP, 5, len(RAW) + 10, "x")
    assert not spot.placed and "outside the text" in spot.problem
    assert not place(RAW, TEXT, MAP, 9, 5, "").placed
    cr = RAW.index("\r")
    assert "line end" in place(RAW, TEXT, MAP, cr, cr + 2, "").problem
    # no quote: the file's own counting, flagged as unverified only when the readings differ
    spot = place(RAW, TEXT, MAP, *file_span, "")
    assert spot.placed and not spot.verified and spot.basis == "file" and "no quote" in spot.problem
    assert place(RAW, TEXT, MAP, 0, 3, "").problem == ""


def _rewrite_sources(src, dst, change) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.startswith("sources/"):
                data = change(data.decode("utf-8")).encode("utf-8")
            zout.writestr(info.filename, data)


def _rewrite_qde(src, dst, change) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "project.qde":
                data = change(data.decode("utf-8")).encode("utf-8")
            zout.writestr(info.filename, data)


def _add_late_annotations(path) -> None:
    """Annotations far down each article, where CRs before them add up."""
    with Project.open(path) as p:
        code = p.codes()[0].guid
        for art in p.articles():
            words = list(re.finditer(r"\w{4,}", art.text))
            m = words[-3]
            assert art.text[:m.start()].count("\n") >= 3
            p.annotate(art.id, m.start(), m.end(), code, memo="late")


def test_crlf_sources_with_lf_offsets_stay_on_their_words(seeds_project, tmp_path):
    """QA: export, turn sources/*.txt into CRLF leaving the offsets alone, import."""
    _add_late_annotations(seeds_project)
    before = snapshot(seeds_project)
    export_qdpx(Project.open(seeds_project), tmp_path / "s.qdpx")
    _rewrite_sources(tmp_path / "s.qdpx", tmp_path / "crlf.qdpx", lambda t: t.replace("\n", "\r\n"))
    report = import_qdpx(tmp_path / "crlf.qdpx", tmp_path / "back.qarin")
    after = snapshot(tmp_path / "back.qarin")
    assert after["selections"] == before["selections"]  # same spans, same quotes, same GUIDs
    assert report.orphans == 0 and report.warnings == [] and report.skipped == []


def test_crlf_sources_with_crlf_offsets_stay_on_their_words(seeds_project, tmp_path):
    """The standard counting (CRs included), as other tools write it, still lands right."""
    _add_late_annotations(seeds_project)
    before = snapshot(seeds_project)
    export_qdpx(Project.open(seeds_project), tmp_path / "s.qdpx")
    with zipfile.ZipFile(tmp_path / "s.qdpx") as zf:
        texts = {n[len("sources/"):-4]: zf.read(n).decode("utf-8") for n in zf.namelist()
                 if n.startswith("sources/")}

    def recount(qde: str) -> str:
        root = ET.fromstring(qde.encode("utf-8"))
        for src in root.iter(QN + "TextSource"):
            text = texts[src.get("guid")]
            for sel in src.iter(QN + "PlainTextSelection"):
                for attr in ("startPosition", "endPosition"):
                    pos = int(sel.get(attr))
                    sel.set(attr, str(pos + text[:pos].count("\n")))
        ET.register_namespace("", NS)
        return ET.tostring(root, encoding="unicode")

    _rewrite_qde(tmp_path / "s.qdpx", tmp_path / "mid.qdpx", recount)
    _rewrite_sources(tmp_path / "mid.qdpx", tmp_path / "crlf.qdpx", lambda t: t.replace("\n", "\r\n"))
    report = import_qdpx(tmp_path / "crlf.qdpx", tmp_path / "back.qarin")
    assert snapshot(tmp_path / "back.qarin")["selections"] == before["selections"]
    assert report.orphans == 0 and report.warnings == []


def _one_selection_qdpx(path, start, end, name: str | None, text: str = RAW) -> None:
    name_attr = f' name="{name}"' if name is not None else ""
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{NS}" name="t">
 <CodeBook><Codes><Code guid="aaaaaaaa-1111-4111-8111-111111111111" name="c" isCodable="true"/></Codes></CodeBook>
 <Sources>
  <TextSource guid="bbbbbbbb-2222-4222-8222-222222222222" name="src" plainTextPath="internal://bbbbbbbb-2222-4222-8222-222222222222.txt">
   <PlainTextSelection guid="cccccccc-3333-4333-8333-333333333333"{name_attr} startPosition="{start}" endPosition="{end}">
    <Coding guid="dddddddd-4444-4444-8444-444444444444"><CodeRef targetGUID="aaaaaaaa-1111-4111-8111-111111111111"/></Coding>
   </PlainTextSelection>
  </TextSource>
 </Sources>
</Project>
"""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", qde)
        zf.writestr("sources/bbbbbbbb-2222-4222-8222-222222222222.txt", text.encode("utf-8"))


def test_quote_matching_neither_counting_is_kept_as_orphan(tmp_path):
    file_span, _ = _spans(PHRASE)
    _one_selection_qdpx(tmp_path / "x.qdpx", file_span[0] + 2, file_span[1] + 2, PHRASE)
    report = import_qdpx(tmp_path / "x.qdpx", tmp_path / "x.qarin")
    with Project.open(tmp_path / "x.qarin") as p:
        [ann] = p.annotations()
    assert ann.orphan and ann.exact == PHRASE and ann.guid == "cccccccc-3333-4333-8333-333333333333"
    assert report.selections == 1 and report.orphans == 1
    assert len(report.warnings) == 1 and "orphan" in report.warnings[0]


def test_selection_outside_the_text_is_kept_as_orphan(tmp_path, capsys):
    _one_selection_qdpx(tmp_path / "x.qdpx", 10, len(RAW) + 50, "نص لم يعد هنا")
    assert main(["qdpx", "import", str(tmp_path / "x.qdpx"), "--out", str(tmp_path / "x.qarin")]) == 0
    err = capsys.readouterr().err
    assert "outside the text" in err and "kept as an orphan" in err and "1 kept as orphans" in err
    with Project.open(tmp_path / "x.qarin") as p:
        [ann] = p.annotations()
        assert p.orphans() == [ann]
    assert ann.exact == "نص لم يعد هنا" and ann.code == "aaaaaaaa-1111-4111-8111-111111111111"


def test_selection_without_numbers_or_quote_is_still_kept(tmp_path):
    _one_selection_qdpx(tmp_path / "x.qdpx", "abc", "", None)
    report = import_qdpx(tmp_path / "x.qdpx", tmp_path / "x.qarin")
    with Project.open(tmp_path / "x.qarin") as p:
        assert [a.orphan for a in p.annotations()] == [True]
    assert report.orphans == 1 and "not numbers" in report.warnings[0]


def test_unverifiable_selection_uses_the_file_counting_and_says_so(tmp_path):
    file_span, _ = _spans(PHRASE)
    _one_selection_qdpx(tmp_path / "x.qdpx", *file_span, None)
    report = import_qdpx(tmp_path / "x.qdpx", tmp_path / "x.qarin")
    assert report.orphans == 0 and "no quote" in report.warnings[0]
    with Project.open(tmp_path / "x.qarin") as p:
        [ann] = p.annotations()
    assert ann.exact == PHRASE and not ann.orphan


def test_user_guids_survive_a_round_trip(seeds_project, tmp_path):
    def users(path):
        root = ET.fromstring(zipfile.ZipFile(path).read("project.qde"))
        return ({u.get("name"): u.get("guid") for u in root.iter(QN + "User")},
                sorted(s.get("creatingUser") for s in root.iter(QN + "PlainTextSelection")))

    with Project.open(seeds_project) as p:
        export_qdpx(p, tmp_path / "one.qdpx")
    import_qdpx(tmp_path / "one.qdpx", tmp_path / "back.qarin")
    with Project.open(tmp_path / "back.qarin") as p:
        export_qdpx(p, tmp_path / "two.qdpx")
    first, second = users(tmp_path / "one.qdpx"), users(tmp_path / "two.qdpx")
    assert first[0] and second == first
