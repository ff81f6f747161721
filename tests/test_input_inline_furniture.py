"""Furniture inside or around sentences (issue 10): search bait, the page announcing itself,
inline "read also" and "click here" prompts, click-bait headline prefixes. Marked, never
removed; the sentences around them stay article text. Texts written for these tests."""
from __future__ import annotations

import pytest

from desktop.core.furniture import find_furniture
from desktop.core.inline_furniture import find_inline_furniture, inline_rules

BODY = "وقال المسؤول في مؤتمر صحفي إن فرق الإنقاذ تواصل عملها منذ ساعات الصباح الأولى."


def _marked(text: str) -> list[tuple[str, str]]:
    return [(m.kind, text[m.span[0]:m.span[1]]) for m in find_inline_furniture(text)]


@pytest.mark.parametrize("text, kind, part", [
    ("وقال الوزير إن الوضع خطير، فيما يتساءل كثيرون عن عدد ضحايا الحريق في المصنع. وأضاف أن "
     "التحقيق مستمر.", "seo_bait", "فيما يتساءل كثيرون عن عدد ضحايا الحريق في المصنع."),
    ("ويبحث الكثير من المواطنين عن موعد صرف المعاشات لشهر مارس. وقالت الوزارة إن الصرف يبدأ.",
     "seo_bait", "ويبحث الكثير من المواطنين عن موعد صرف المعاشات لشهر مارس."),
    ("ارتفعت الأسعار أمس. ونستعرض لكم في السطور التالية أبرز الأسعار. وقال التاجر إن الطلب ضعيف.",
     "reader_address", "ونستعرض لكم في السطور التالية أبرز الأسعار."),
    ("أعلنت الوزارة نتائج الامتحانات. إليكم التفاصيل.\nوبلغت نسبة النجاح ثمانين بالمئة.",
     "reader_address", "إليكم التفاصيل."),
    ("وأكد المتحدث أن الطريق مغلق. اقرأ أيضاً: الحكومة تعلن خطة جديدة\nوتابع حديثه عن الخطة.",
     "read_also", "اقرأ أيضاً: الحكومة تعلن خطة جديدة"),
    ("وقال المتحدث (اقرأ أيضا: تفاصيل الخطة الجديدة) إن العمل مستمر.", "read_also",
     "(اقرأ أيضا: تفاصيل الخطة الجديدة)"),
    ("وقال الشاهد إن المبنى انهار. للمزيد من التفاصيل اضغط هنا", "click_here",
     "للمزيد من التفاصيل اضغط هنا"),
    ("لقراءة الحوار كاملا انقر هنــا", "click_here", "لقراءة الحوار كاملا انقر هنــا"),
    ("شاهد كيف احتفل الجمهور بالفوز؟\nاحتفل الجمهور في الشوارع حتى الصباح.", "teaser", "شاهد"),
    ("بالفيديو.. لحظة انهيار المبنى في وسط المدينة\nانهار مبنى صباح اليوم.", "teaser", "بالفيديو.."),
    ("عاجل | انقطاع الكهرباء عن العاصمة\nانقطعت الكهرباء مساء اليوم.", "teaser", "عاجل | "),
    ("لحظة انهيار المبنى في وسط المدينة - فيديو\nانهار مبنى صباح اليوم.", "teaser", " - فيديو"),
])
def test_inline_furniture_is_marked(text, kind, part):
    found = _marked(text)
    assert (kind, part.strip()) in [(k, p.strip()) for k, p in found], found


@pytest.mark.parametrize("text", [
    # news that uses the same words
    "وذكر شهود أن منسوب المياه ما زال مرتفعا، بينما يبحث كثيرون عن أماكن آمنة للمبيت.",
    "ويتساءل الكثيرون عن جدوى المفاوضات في ظل استمرار القصف.",
    "شاهد عيان قال إن الانفجار وقع فجرا.",
    "وشاهد مراسلنا عشرات الجرحى في الشارع.",
    # an essay's or a column's own voice
    "لن تنتهي الحرب قريبا. وإليكم الأسباب.",
    "نقدم لكم التطبيقات الأكثر تحميلا خلال الأسبوع الماضي.",
    "في الفقرات التالية اقتباسات آثرت نقلها لتتضح الصورة.",
    "وقال الطبيب إن المريض تعرف على أفراد عائلته بعد العملية.",
    "اضطر السكان إلى البحث عن طريقة للخروج من المدينة.",
])
def test_article_text_is_not_marked(text):
    assert _marked(text) == []


def test_marks_never_reach_past_the_sentence_and_the_headline_stays():
    text = (f"شاهد كيف ردت الحكومة على الاحتجاجات؟\n{BODY} وقال الوزير إن الأمن مستتب، فيما "
            f"يتساءل كثيرون عن حقيقة ما جرى في الساحة. {BODY}\n")
    marks, title = find_furniture(text)
    assert title == "شاهد كيف ردت الحكومة على الاحتجاجات؟"
    marked = "".join(text[m.span[0]:m.span[1]] for m in marks)
    assert BODY not in marked and "وقال الوزير إن الأمن مستتب" not in marked
    assert "فيما يتساءل كثيرون عن حقيقة ما جرى في الساحة." in marked


def test_a_whole_line_rule_keeps_its_kind():
    text = f"عنوان الخبر المكتوب للاختبار\n{BODY}\nاقرأ أيضاً: خبر آخر عن المدينة\n{BODY}\n"
    marks, _ = find_furniture(text)
    line = text.index("اقرأ")
    assert [m.kind for m in marks if m.span[0] <= line < m.span[1]] == ["read_also"]


def test_rules_are_data_with_a_known_extent():
    kinds = {r.kind for r in inline_rules()}
    assert {"seo_bait", "reader_address", "read_also", "click_here", "teaser"} <= kinds
    assert all(r.extent in ("match", "sentence", "line") for r in inline_rules())


@pytest.mark.parametrize("line, kind", [
    ("رابط الخبر بصحيفة المثال: عنوان خبر آخر", "link"),
    ("الرابط المختصر: https://ex.am/abc", "link"),
    ("أضف تعليقاً", "comments"),
    ("المقالات المنشورة تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الموقع", "footer"),
    ("عدد المشاهدات: 1,234", "counter"),
    ("منذ 3 ساعات", "timestamp"),
    ("وقت القراءة: 4 دقائق", "reading_time"),
    ("(صورة أرشيفية)", "caption"),
    ("موضوعات ذات صلة", "related"),
    ("...المزيد", "nav"),
    ("المقال التالي", "nav"),
    ("Next Previous", "nav"),
    ("* خدمة «نيويورك تايمز»", "byline"),
    ("خاص بـ«الشرق الأوسط»", "byline"),
    ("القاهرة - خاص", "byline"),
    ("سامي خالد – الجزيرة", "byline"),
])
def test_more_furniture_lines(line, kind):
    text = f"عنوان الخبر المكتوب للاختبار\n{BODY}\n{line}\n{BODY}\n"
    marks, title = find_furniture(text)
    assert title == "عنوان الخبر المكتوب للاختبار"
    start = text.index(line)
    hit = [m for m in marks if m.span[0] <= start < m.span[1]]
    assert hit and hit[0].kind == kind and hit[0].span[1] <= start + len(line), (line, marks)
    assert not any(m.span[0] < text.index(BODY) + len(BODY) and m.span[1] > text.index(BODY)
                   for m in marks)


@pytest.mark.parametrize("line", [
    "وقال الوزير إن التصريحات تعبر عن موقف الحكومة الرسمي من الأزمة.",
    "منذ ثلاث ساعات والقصف مستمر على الأحياء الشرقية.",
    "وشارك في الاجتماع وزراء الخارجية العرب.",
])
def test_lines_like_them_that_are_article_text(line):
    text = f"عنوان الخبر المكتوب للاختبار\n{BODY}\n{line}\n{BODY}\n"
    marks, _ = find_furniture(text)
    start = text.index(line)
    assert not any(m.span[0] < start + len(line) and m.span[1] > start for m in marks), marks


@pytest.mark.parametrize("first, title", [
    ("الرياض – وكالات", ""),
    ("سامي خالد – الجزيرة", ""),
    ("غزة – انفجار ضخم في الميناء", "غزة – انفجار ضخم في الميناء"),  # a headline with a dash
])
def test_a_signing_line_is_not_the_headline(first, title):
    marks, found = find_furniture(f"{first}\n{BODY}\n")
    assert found == title


@pytest.mark.parametrize("line, kind", [
    ("مصدر الصورة، Getty Images", "caption"),
    ("التعليق على الصورة، متظاهرون في ساحة المدينة", "caption"),
    ("تغطية مستمرة", "label"),
    ("* كاتب وباحث في الشؤون السياسية", "author_note"),
    ("كلمات البحث: الانتخابات، البرلمان", "tags"),
    ("مدة الفيديو 02:30", "video"),
    ("01:15 / 03:40", "video"),
    ("سجل بريدك الإلكتروني لتصلك آخر الأخبار", "subscribe"),
    ("نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا", "site_notice"),
    ("يرجى تفعيل جافا سكريبت لمشاهدة الفيديو", "site_notice"),
])
def test_page_furniture_of_media_and_site_notices(line, kind):
    text = f"عنوان الخبر المكتوب للاختبار\n{BODY}\n{line}\n{BODY}\n"
    marks, _ = find_furniture(text)
    start = text.index(line)
    hit = [m for m in marks if m.span[0] <= start < m.span[1]]
    assert hit and hit[0].kind == kind, (line, marks)


@pytest.mark.parametrize("line", [
    "وتعمل الشركة على تحسين ملفات الارتباط بين الأنظمة وتطويرها.",
    "وقال التقرير إن البريد الإلكتروني للوزارة تعرض للاختراق.",
    "* مستشار في وزارة الخارجية بين عامي 1999 و2003",  # a CV list in a profile
])
def test_article_lines_near_those_words_stay_text(line):
    text = f"عنوان الخبر المكتوب للاختبار\n{BODY}\n{line}\n{BODY}\n"
    marks, _ = find_furniture(text)
    start = text.index(line)
    assert not any(m.span[0] < start + len(line) and m.span[1] > start for m in marks), marks


def test_the_story_a_bare_read_also_line_announces_is_marked_with_it():
    teaser = "الحكومة تعلن خطة جديدة لدعم المزارعين في المحافظات الجنوبية بعد موجة الجفاف الأخيرة"
    text = f"عنوان الخبر المكتوب للاختبار\n{BODY}\nاقرأ أيضاً:\n{teaser}\n{BODY} وأضاف أن العمل مستمر.\n"
    marks, _ = find_furniture(text)
    at = text.index(teaser)
    assert any(m.kind == "read_also" and m.span == (at, at + len(teaser)) for m in marks)
    sentence = "وقالت الوزارة إن الخطة تشمل كل المحافظات وتبدأ الشهر المقبل."
    text = f"عنوان الخبر المكتوب للاختبار\n{BODY}\nاقرأ أيضاً:\n{sentence}\n{BODY}\n"
    marks, _ = find_furniture(text)
    at = text.index(sentence)
    assert not any(m.span[0] < at + len(sentence) and m.span[1] > at for m in marks)
