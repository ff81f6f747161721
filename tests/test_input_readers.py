"""Readers (issue 10): HTML pages, web archives, Word files; outlet resolution; bad input.

The pages under tests/fixtures/pages were written for these tests: invented Arabic news layouts
with navigation, share bars, related links, tags, footers, meta tags and JSON-LD."""
from __future__ import annotations

import io
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from desktop.core.ingest import article_from_text, load_paths
from desktop.core.readers import read_bytes

PAGES = Path(__file__).parent / "fixtures" / "pages"
BODY = ("وقال رئيس البلدية في مؤتمر صحفي عقده صباح اليوم إن أعمال الصيانة في الطرق الرئيسية "
        "ستنتهي قبل نهاية الشهر، وإن فرق العمل تعمل على مدار الساعة لتقليل الازدحام.")


def test_html_page_main_text_metadata_credits_and_provenance():
    result = load_paths([PAGES / "agency_relay.html"])
    assert not result.problems
    (art,) = result.articles
    assert art.source == "html" and art.encoding == "utf-8"
    assert art.title == "وفد أردني يبحث في القاهرة إعادة تشغيل معبر حدودي"
    assert art.text.startswith(art.title + "\n")
    assert (art.outlet, art.outlet_source) == ("Youm7", "domain")  # canonical URL's domain
    assert art.url == "https://www.youm7.com/story/2024/3/1/1234567"
    assert (art.date, art.date_how) == ("2024-03-01", "html")  # JSON-LD / meta tags
    assert art.author == "سامر عبد الرحيم"
    for furniture in ("الرئيسية", "فيسبوك", "أخبار ذات صلة", "جميع الحقوق", "الوسوم"):
        assert furniture not in art.text  # navigation, share bar, related, footer, tags
    assert {c.outlet for c in art.credits} == {"Petra", "Reuters"}
    assert art.relay_of == "Petra"
    for c in art.credits:
        assert art.text[c.name_span[0]:c.name_span[1]] == c.name
    assert [m.kind for m in art.boilerplate] == ["dateline", "read_also"]
    original = result.originals[art.id]
    assert original.kind == "html" and original.data == (PAGES / "agency_relay.html").read_bytes()


def test_windows_1256_page_site_name_and_dateline_date():
    (art,) = load_paths([PAGES / "local_cp1256.html"]).articles
    assert art.encoding == "windows-1256"
    assert (art.outlet, art.outlet_source) == ("نشرة الواحة", "site_name")
    assert (art.date, art.date_how) == ("2024-03-15", "text:dateline")
    assert art.text[art.date_span[0]:art.date_span[1]] == "15 آذار 2024"
    assert any(m.kind == "subscribe" for m in art.boilerplate)


def test_mhtml_web_archive_reads_its_html_part(tmp_path):
    archive = MIMEMultipart("related")
    archive["Snapshot-Content-Location"] = "https://www.spa.gov.sa/news/1"
    html = (PAGES / "agency_relay.html").read_text(encoding="utf-8")
    part = MIMEText(html, "html", "utf-8")
    part["Content-Location"] = "https://www.spa.gov.sa/news/1"
    archive.attach(part)
    path = tmp_path / "saved.mhtml"
    path.write_bytes(archive.as_bytes())
    (art,) = load_paths([path]).articles
    assert art.source == "mhtml"
    assert art.title == "وفد أردني يبحث في القاهرة إعادة تشغيل معبر حدودي"
    assert art.outlet == "Youm7"  # the page's canonical URL wins over the archive's address


def test_complete_page_folder_is_not_read_as_articles(tmp_path):
    (tmp_path / "page.html").write_bytes((PAGES / "agency_relay.html").read_bytes())
    files = tmp_path / "page_files"
    files.mkdir()
    (files / "style.css").write_text("body{}")
    result = load_paths([tmp_path])
    assert [a.id for a in result.articles] == ["page"] and not result.problems


def test_docx_paragraphs_title_and_author(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.core_properties.title = "تقرير عن الطرق"
    document.core_properties.author = "مكتب المتابعة"
    document.add_paragraph("تقرير عن الطرق")
    document.add_paragraph("عمّان (بترا) - " + BODY)
    document.add_paragraph("اقرأ أيضا: خبر آخر")
    path = tmp_path / "report.docx"
    document.save(path)
    result = load_paths([path])
    (art,) = result.articles
    assert art.source == "docx" and art.text.splitlines()[1].startswith("عمّان (بترا)")
    assert (art.title, art.author) == ("تقرير عن الطرق", "مكتب المتابعة")
    assert [c.outlet for c in art.credits] == ["Petra"]
    assert any(m.kind == "read_also" for m in art.boilerplate)
    assert result.originals[art.id].kind == "docx"


def test_bad_inputs_each_get_one_clear_message_and_the_batch_goes_on(tmp_path):
    for name in ("english.html", "no_article.html", "agency_relay.html"):
        (tmp_path / name).write_bytes((PAGES / name).read_bytes())
    (tmp_path / "huge.html").write_bytes(b"<html><body><p>" + b"x" * (5 * 1024 * 1024 + 10)
                                         + b"</p></body></html>")
    (tmp_path / "broken.docx").write_bytes(b"PK not a zip")
    result = load_paths([tmp_path])
    assert [a.id for a in result.articles] == ["agency_relay"]
    messages = {Path(p.path).name: p.message for p in result.problems}
    assert "not in Arabic" in messages["english.html"]
    assert "no article text" in messages["no_article.html"]
    assert "limit is 5 MB" in messages["huge.html"]
    assert "not a readable Word" in messages["broken.docx"]
    assert all("\n" not in m and "Traceback" not in m for m in messages.values())


def test_unknown_suffix_is_refused_by_the_reader_registry():
    with pytest.raises(Exception, match="not a file Qarin reads"):
        read_bytes(b"x", "notes.odt")


@pytest.mark.parametrize("kwargs, outlet, how", [
    ({"outlet": "Analyst's choice", "url": "https://www.youm7.com/a"}, "Analyst's choice", "metadata"),
    ({"url": "https://www.youm7.com/a", "sitename": "موقع آخر"}, "Youm7", "domain"),
    ({"url": "https://unknown.example/a", "sitename": "قناة الجزيرة"}, "Al Jazeera", "site_name"),
    ({"url": "https://unknown.example/a"}, "Kurdistan24", "cue"),
    ({"url": "https://news.unknown.example/a?x=1"}, "news.unknown.example", "domain"),
    ({"path": "/tmp/some_file.txt"}, "some_file (unidentified)", "file"),
])
def test_outlet_resolution_order(kwargs, outlet, how):
    text = "عنوان للاختبار هنا\n" + ("أربيل (كوردستان24)- " if how == "cue" else "") + BODY + "\n"
    art = article_from_text(text, id="x", **kwargs)
    assert (art.outlet, art.outlet_source) == (outlet, how)


def test_unknown_outlets_stay_distinct():
    a = article_from_text(BODY, id="a", url="https://one.example/x")
    b = article_from_text(BODY, id="b", url="https://two.example/x")
    c = article_from_text(BODY, id="c", path="c.txt")
    assert len({a.outlet, b.outlet, c.outlet}) == 3


@pytest.mark.parametrize("title, site, headline", [
    ("وفد أردني يبحث في القاهرة | اليوم السابع", "اليوم السابع", "وفد أردني يبحث في القاهرة"),
    ("قصف عنيف على الحي الشرقي - سياسة - موقع المثال", "موقع المثال", "قصف عنيف على الحي الشرقي"),
    ("الجزيرة نت - قصف عنيف على الحي الشرقي", "", "قصف عنيف على الحي الشرقي"),
    ("الحرب - اليوم 100", "", "الحرب - اليوم 100"),
    ("icon", "", None),
    ("Facebook", "", None),
    ("موقع المثال", "موقع المثال", None),
])
def test_page_titles_lose_site_names_and_share_labels(title, site, headline):
    from desktop.core.readers.html import clean_title

    assert clean_title(title, site) == headline


def test_a_first_line_naming_the_publisher_is_its_masthead_not_the_headline():
    text = f"اليوم السابع - أخبار مصر والعالم\nوفد أردني يبحث في القاهرة إعادة تشغيل معبر\n{BODY}\n"
    art = article_from_text(text, id="x", url="https://www.youm7.com/story/1")
    assert art.title == "وفد أردني يبحث في القاهرة إعادة تشغيل معبر"
    assert art.boilerplate[0].kind == "masthead" and art.boilerplate[0].span[0] == 0
    plain = article_from_text(text.replace("اليوم السابع - ", "", 1), id="y",
                              url="https://www.youm7.com/story/1")
    assert plain.title == "أخبار مصر والعالم"  # without the name nothing marks it
