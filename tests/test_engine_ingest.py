import codecs

import pytest

from desktop.core.decode import IngestError, decode_bytes
from desktop.core.ingest import article_from_text, load_paths

ARABIC = "قصفت القوات الأمريكية موقعين للميليشيات الإيرانية في بادية الميادين.\n"


@pytest.mark.parametrize("data, encoding", [
    (ARABIC.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16"),
    (ARABIC.encode("cp1256"), "windows-1256"),
])
def test_decodes_and_names_the_encoding(data, encoding):
    text, used = decode_bytes(data, "a.txt")
    assert text == ARABIC and used == encoding


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\t ", "whitespace"),
    (bytes(range(256)) * 8, "binary"),
    (b"\x89PNG\r\n\x1a\n" + bytes(500), "binary"),
    ("x".encode() * (5 * 1024 * 1024 + 1), "5 MB"),
])
def test_refuses_bad_files_with_a_reason(data, reason):
    with pytest.raises(IngestError, match=reason) as err:
        decode_bytes(data, "bad.txt")
    assert "bad.txt" in str(err.value)


def test_a_bad_file_does_not_stop_the_batch(tmp_path):
    (tmp_path / "good.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "legacy.md").write_bytes(ARABIC.encode("cp1256"))
    (tmp_path / "photo.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "notes.docx").write_bytes(b"PK")
    result = load_paths([tmp_path, tmp_path / "missing.txt"])
    assert sorted(a.id for a in result.articles) == ["good", "legacy"]
    assert {a.encoding for a in result.articles} == {"utf-8", "windows-1256"}
    problems = " ".join(p.message for p in result.problems)
    assert "empty.txt" in problems and "photo.txt" in problems and "missing.txt" in problems


def test_metadata_file_sets_outlet_and_broken_metadata_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "metadata.toml").write_text('["a.txt"]\noutlet = "Orient"\ndate = "2023-10-27"\n')
    art = load_paths([tmp_path]).articles[0]
    assert (art.outlet, art.outlet_source, art.date) == ("Orient", "metadata", "2023-10-27")
    (tmp_path / "metadata.toml").write_text("[broken")
    result = load_paths([tmp_path])
    assert result.articles[0].outlet_source != "metadata"
    assert any("metadata" in p.message for p in result.problems)


@pytest.mark.parametrize("text, outlet, relay_of", [
    ("ليلة مواجهات\nانفو بلاس../\nعاشت قوات الاحتلال", "InfoPlus", None),
    ("وأفاد مراسل أورينت نت في الشرق السوري", "Orient News", None),
    ("أكد مصدر ميداني للميادين اندلاع اشتباكات", "Al-Mayadeen (relay)", "Al-Mayadeen"),
    ("المصدر: الميادين\nقصف", "Al-Mayadeen (relay)", "Al-Mayadeen"),
    ("نص بلا أي إشارة إلى مصدره", "x (unidentified)", None),  # never one pooled "Unknown outlet"
])
def test_outlet_recognised_from_cues(text, outlet, relay_of):
    art = article_from_text(text, id="x")
    assert art.outlet == outlet and art.relay_of == relay_of


def test_markup_bidi_and_emoji_survive_untouched():
    text = "<b>عنوان</b>\n\u202bقصفت\u202c القوات 😀 الأمريكية <script>alert(1)</script>.\n"
    art = article_from_text(text, id="m")
    assert art.text == text
    assert art.title == "<b>عنوان</b>"


def test_a_folder_reports_files_of_kinds_it_does_not_read(tmp_path):
    from desktop.core.ingest import load_paths
    (tmp_path / "a.txt").write_text("خبر عن الغارات الجوية في المنطقة.", encoding="utf-8")
    (tmp_path / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "metadata.toml").write_text("", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    result = load_paths([tmp_path])
    assert [a.id for a in result.articles] == ["a"]
    assert [p.path for p in result.problems] == [str(tmp_path / "scan.jpg")]
    assert "not a kind of file Qarin reads" in result.problems[0].message
