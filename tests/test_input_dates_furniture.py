"""Dates read from text and page furniture marked in plain text (issue 10); texts written here."""
from __future__ import annotations

import pytest

from desktop.core.dates import date_from_url, find_dates, publication_date, weekday_note
from desktop.core.furniture import find_furniture, mark_outlet_repeats
from desktop.core.ingest import article_from_text

BODY = ("وقال رئيس البلدية في مؤتمر صحفي عقده صباح اليوم إن أعمال الصيانة في الطرق الرئيسية "
        "ستنتهي قبل نهاية الشهر، وإن فرق العمل تعمل على مدار الساعة لتقليل الازدحام.")


@pytest.mark.parametrize("text, iso", [
    ("الخميس 29 فبراير 2024", "2024-02-29"),
    ("الخميس ٢٩ فبراير ٢٠٢٤ - ٠٦:٥٢ بتوقيت غرينتش", "2024-02-29"),  # Arabic-Indic digits
    ("۱۵ آذار ۲۰۲۳", "2023-03-15"),  # Persian digits, Levantine month
    ("7 كانون الثاني 2024", "2024-01-07"),
    ("12 يناير/ كانون الثاني 2024", "2024-01-12"),
    ("7 مايو ( أيار) 2023", "2023-05-07"),
    ("3 تشرين الأول 2023", "2023-10-03"),
    ("يناير 28, 2025", "2025-01-28"),
    ("نشر في 2024-09-17", "2024-09-17"),
    ("17/09/2024", "2024-09-17"),
    ("12 شتنبر 2024", "2024-09-12"),  # Moroccan month name
    ("12 نوفمبر، 2020", "2020-11-12"),  # Arabic comma before the year
])
def test_dates_in_both_month_series_and_any_digits(text, iso):
    (found, span), = find_dates(text)
    assert found == iso
    assert text[span[0]:span[1]].strip()


def test_impossible_dates_are_not_dates():
    assert find_dates("31 فبراير 2024") == []


def test_publication_date_comes_from_a_dateline_or_timestamp_not_running_text():
    text = (f"عنوان الخبر هنا للاختبار\nالقاهرة – 3 مارس 2024 – {BODY}\n"
            "وكان الاتفاق قد وقع في 12 يناير 2020 بين الطرفين بعد مفاوضات طويلة استمرت أشهرا.\n")
    found = publication_date(text)
    assert (found.iso, found.how) == ("2024-03-03", "text:dateline")
    assert text[found.span[0]:found.span[1]] == "3 مارس 2024"
    running = f"عنوان\n{BODY} وكان الاتفاق قد وقع في 12 يناير 2020 بين الطرفين بعد مفاوضات.\n"
    assert publication_date(running) is None


def test_a_last_updated_header_is_furniture_and_not_the_date():
    text = f"آخر تحديث: الثلاثاء, يناير 28, 2025\nعنوان الخبر للاختبار هنا\n{BODY}\n"
    art = article_from_text(text, id="x")
    assert art.date is None
    assert any(m.kind == "updated" for m in art.boilerplate)


def test_date_from_url_and_weekday_cue():
    assert date_from_url("https://example.com/2024/02/29/slug").iso == "2024-02-29"
    assert date_from_url("https://example.com/p-12345") is None
    assert "agrees" in weekday_note("قتل ثلاثة اليوم الخميس في القصف", "2024-02-29")
    assert "disagrees" in weekday_note("قتل ثلاثة اليوم الجمعة في القصف", "2024-02-29")


@pytest.mark.parametrize("line, kind", [
    ("شارك على: فيسبوك | تويتر | واتساب", "share"),
    ("Facebook Twitter WhatsApp Telegram", "share"),
    ("تابعونا على تطبيق تلغرام", "subscribe"),
    ("انضموا إلى قناتنا على تلغرام", "follow"),
    ("للاشتراك في قناتنا على واتساب اضغط هنا", "follow"),
    ("اقرأ أيضاً: ارتفاع أسعار الوقود", "read_also"),
    ("انظر أيضا: تفاصيل الاتفاق", "read_also"),
    ("الوسوم: السودان الفاشر", "tags"),
    ("#غزة #رفح #الاحتلال", "tags"),
    ("زر الذهاب إلى الأعلى", "back_to_top"),
    ("تكبير الخط | تصغير الخط", "font_size"),
    ("A+ A-", "font_size"),
    ("الرئيسية » أخبار عربية » سوريا", "breadcrumb"),
    ("إعلان", "advert"),
    ("متابعة/ موقع الأخبار", "byline"),
    ("https://twitter.com/someone/status/123", "link"),
    ("رئيس مجلسي الإدارة والتحرير", "masthead"),
    ("ويظهر الفيديو لحظة وصول الوفد إلى المطار.", "caption"),
    ("متابعة أخبار الموقع على تلغرام https://t.me/example", "follow"),
    ("إغلاق", "menu"),
    ("A post shared by Example (@example)", "embed"),
    ("جميع الحقوق محفوظة © 2024 موقع المثال", "footer"),
    ("شاهد: لحظة وصول الوفد", "read_also"),
    ("تم النشر في 12 مارس 2024", "timestamp"),
])
def test_furniture_lines_are_marked_not_deleted(line, kind):
    text = f"عنوان الخبر المكتوب للاختبار\n{BODY}\n{line}\n{BODY}\n"
    marks, title = find_furniture(text)
    assert title == "عنوان الخبر المكتوب للاختبار"
    start = text.index(line)
    hit = [m for m in marks if m.span[0] <= start < m.span[1]]
    assert hit and hit[0].kind == kind, (line, marks)
    assert text.count(line) == 1  # the text itself is never changed


def test_recommendations_and_tickers_in_the_tail_mark_the_rest():
    text = f"عنوان الخبر المكتوب للاختبار\n{BODY}\n{BODY}\nقد يعجبك أيضا\nخبر آخر لا علاقة له\n"
    marks, _ = find_furniture(text)
    assert marks[-1].kind == "recommended" and marks[-1].span[1] == len(text.rstrip())


def test_headline_is_never_furniture_and_repeats_subheads_and_menus_are_marked():
    text = ("مباشر\nأقسام مهمة\n• سياسة\n• اقتصاد\nعنوان الخبر المكتوب للاختبار هنا\n"
            f"عنوان الخبر المكتوب للاختبار هنا\n{BODY}\nردود فعل دولية\n{BODY}\nالكلمة الأخيرة هنا\n")
    marks, title = find_furniture(text)
    assert title == "عنوان الخبر المكتوب للاختبار هنا"
    kinds = {text[m.span[0]:m.span[1]].strip(): m.kind for m in marks}
    assert kinds["مباشر"] == "menu" and kinds["• سياسة"] == "menu"
    assert kinds["أقسام مهمة"] == "menu"
    assert kinds["ردود فعل دولية"] == "subhead"
    assert kinds["الكلمة الأخيرة هنا"] == "subhead"  # a complete last line
    second = text.index("عنوان", text.index("عنوان") + 1)
    assert any(m.span[0] == second and m.kind == "repeated" for m in marks)


def test_a_cut_off_last_line_is_not_a_subhead():
    text = f"عنوان الخبر المكتوب للاختبار\n{BODY}\nوقال المتحدث"
    marks, _ = find_furniture(text)
    assert not any(m.span[1] == len(text) for m in marks)


def test_a_text_that_opens_with_a_sentence_has_no_headline():
    marks, title = find_furniture(f"{BODY}\n{BODY}\n")
    assert title == ""


def test_lead_dateline_and_inline_labels_are_marked_only_where_they_are():
    text = f"الوفد يصل إلى العاصمة (فيديو)\nوطن – {BODY}\n"
    marks, title = find_furniture(text)
    spans = {text[m.span[0]:m.span[1]]: m.kind for m in marks}
    assert spans["(فيديو)"] == "label" and spans["وطن – "] == "dateline"


def test_lines_shared_by_articles_of_one_outlet_are_marked():
    a = article_from_text(f"عنوان أول للاختبار هنا\n{BODY}\nموقع المثال: صوتك في المدينة وفي كل مكان منذ عام 2010\n",
                          id="a", outlet="Example")
    b = article_from_text(f"عنوان ثان للاختبار هنا\n{BODY[:60]} أمس.\nموقع المثال: صوتك في المدينة وفي كل مكان منذ عام 2010\n",
                          id="b", outlet="Example")
    c = article_from_text(f"عنوان ثالث للاختبار هنا\n{BODY}\nموقع المثال: صوتك في المدينة وفي كل مكان منذ عام 2010\n",
                          id="c", outlet="Other")
    marked = mark_outlet_repeats([a, b, c])
    for art in marked[:2]:
        assert any(m.kind == "outlet_repeat" for m in art.boilerplate)
    assert not any(m.kind == "outlet_repeat" for m in marked[2].boilerplate)


def test_a_slogan_every_page_of_an_outlet_opens_with_is_not_the_headline():
    slogan = "موقع المثال صوت المدينة الحر"
    a = article_from_text(f"{slogan}\nافتتاح الجسر الجديد فوق النهر\n{BODY}\n", id="a", outlet="Ex")
    b = article_from_text(f"{slogan}\nارتفاع أسعار الخبز في الأسواق\n{BODY[:70]} أمس.\n", id="b",
                          outlet="Ex")
    assert a.title == slogan  # alone, nothing tells a slogan from a headline
    fixed = mark_outlet_repeats([a, b])
    assert [x.title for x in fixed] == ["افتتاح الجسر الجديد فوق النهر", "ارتفاع أسعار الخبز في الأسواق"]
    assert fixed[0].boilerplate[0].kind == "outlet_repeat"


def test_headlines_run_together_on_one_line_are_a_ticker():
    ticker = "افتتاح جسر جديد    ارتفاع أسعار الخبز    فوز الفريق المحلي بالكأس    أمطار غزيرة غدا"
    text = f"عنوان الخبر المكتوب للاختبار\n{BODY}\n{ticker}\n{BODY}.\n"
    marks, _ = find_furniture(text)
    at = text.index(ticker)
    assert any(m.span == (at, at + len(ticker)) and m.kind == "ticker" for m in marks)
    prose = f"عنوان الخبر المكتوب للاختبار\n{BODY}  وقال المسؤول.  وأضاف أن العمل مستمر.\n"
    assert not any(m.kind == "ticker" for m in find_furniture(prose)[0])


def test_weekday_cues_resolve_against_the_publication_date():
    from desktop.core.dates import mentions

    text = ("قتل ثلاثة فجر اليوم الخميس بعد هجوم أمس الأربعاء، ويجتمع المجلس الأحد المقبل، "
            "وكان الاتفاق وقع في 12 يناير 2020 والسبت الماضي.")
    found = {text[m.span[0]:m.span[1]]: (m.iso, m.how) for m in mentions(text, "2024-02-29")}
    assert found == {
        "فجر اليوم الخميس": ("2024-02-29", "text:relative"),
        "أمس الأربعاء": ("2024-02-28", "text:relative"),
        "الأحد المقبل": ("2024-03-03", "text:relative"),
        "12 يناير 2020": ("2020-01-12", "text"),
        "السبت الماضي": ("2024-02-24", "text:relative"),
    }
    assert [m.how for m in mentions(text)] == ["text"]  # no base date: only full dates


@pytest.mark.parametrize("line, kind", [
    ("المصدر: وكالات", "source_line"),
    ("// انتهى //", "end_marker"),
])
def test_closing_lines_are_furniture(line, kind):
    text = f"عنوان الخبر المكتوب للاختبار\n{BODY}\n{line}\n"
    marks, _ = find_furniture(text)
    at = text.index(line)
    assert any(m.span[0] == at and m.kind == kind for m in marks)


def test_a_subheading_glued_to_the_next_sentence_is_marked():
    text = (f"عنوان الخبر المكتوب للاختبار\n{BODY} حصيلة ضحايا الانهيار في الحي القديمونقلت "
            "وكالة رويترز عن مسؤول قوله إن البحث مستمر.\n")
    marks, _ = find_furniture(text)
    heading = "حصيلة ضحايا الانهيار في الحي القديم"
    at = text.index(heading)
    assert any(m.span == (at, at + len(heading)) and m.kind == "subhead" for m in marks)
    assert find_furniture(f"عنوان الخبر المكتوب للاختبار\n{BODY} ونقلت وكالة رويترز الخبر.\n")[0] == ()


@pytest.mark.parametrize("lead, dateline", [
    ("أمد/ عواصم- وكالات: ", "أمد/ عواصم- وكالات: "),
    ("بيروت - صحيفة المثال- سامر علي- ", "بيروت - صحيفة المثال- سامر علي- "),
    ("الاحتلال-الإسرائيلي ", None),  # a hyphenated word is not a dateline
    ("وقال الوزير: ", None),  # nor is a speaker before a colon
])
def test_opening_datelines(lead, dateline):
    text = f"عنوان الخبر المكتوب للاختبار\n{lead}{BODY}\n"
    marks, _ = find_furniture(text)
    got = [text[m.span[0]:m.span[1]] for m in marks if m.kind == "dateline"]
    assert got == ([dateline] if dateline else [])


def test_long_bullet_lines_are_content_not_menus():
    item = "  • " + BODY
    marks, _ = find_furniture(f"عنوان الخبر المكتوب للاختبار\n{BODY}\n{item}\n")
    assert not any(m.kind == "menu" for m in marks)


@pytest.mark.parametrize("line", ["وأضاف أن الوضع مستقر", "وقال المتحدث، إن العمل مستمر"])
def test_short_unpunctuated_paragraphs_that_read_as_sentences_are_not_subheads(line):
    text = f"عنوان الخبر المكتوب للاختبار\n{BODY}\n{line}\n{BODY} وتابع.\n"
    marks, _ = find_furniture(text)
    at = text.index(line)
    assert not any(m.span[0] <= at < m.span[1] for m in marks)
