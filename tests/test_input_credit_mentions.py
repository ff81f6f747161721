"""A mention is not a credit: «صحيفة X» and «مراسل X» count only where the outlet is the
source of what the text reports (issue 10). Sentences written for these tests."""
from __future__ import annotations

import pytest

from desktop.core.credits import find_credits


@pytest.mark.parametrize("text", [
    "أغلقت السلطات مكتب قناة الجزيرة في المدينة.",
    "استشهد مراسل قناة الجزيرة خلال تغطيته القصف.",
    "وهاجم الوزير صحيفة الشرق الأوسط في خطابه.",
    "ويعمل الصحفي مع وكالة رويترز منذ سنوات.",
    "وطالب الاتحاد بالإفراج عن مصور وكالة فرانس برس.",
    "وتعرض موقع اليوم السابع لهجوم إلكتروني.",
    "وحجبت السلطات موقع الجزيرة نت.",
    "وردا على سؤال من مراسل رويترز قال الوزير إن الوضع هادئ.",
    "وانتقد الرئيس تغطية قناة سكاي نيوز عربية.",
    "أغلقت السلطات اليوم مكتب قناة الجزيرة في المدينة.",
])
def test_an_outlet_mentioned_is_not_credited(text):
    assert find_credits(text) == ()


@pytest.mark.parametrize("text, outlet, formula", [
    ("صحيفة نيويورك تايمز التقت شهودا قالوا إن النار أطلقت.", "New York Times", "named"),
    ("وصحيفة هآرتس قالت إن الجيش انسحب.", "Haaretz", "named"),
    ("وقال المتحدث في مقابلة مع قناة العربية إن الهدنة صامدة.", "Al Arabiya", "named"),
    ("وقال مراسل الجزيرة إن القصف استمر.", "Al Jazeera", "correspondent"),
    ('وشاهد مراسل "رويترز" عشرة جرحى في الشارع.', "Reuters", "correspondent"),
    ("مراسل الميادين: القصف مستمر منذ الفجر.", "Al-Mayadeen", "correspondent"),
    ("مراسل الجزيرة أفاد بأن القصف استمر.", "Al Jazeera", "correspondent"),
    ("بحسب ما لاحظ مراسلو فرانس برس في المدينة.", "AFP", "correspondent"),
    ("وبحسب مراسل الجزيرة فإن القصف استمر.", "Al Jazeera", "correspondent"),
    # a subheading glued to «ونقلت» when the page lost its line break
    ('أسعار الوقود في العاصمةونقلت وكالة "فرانس برس" عن مسؤول أن الأسعار ارتفعت.', "AFP", "named"),
])
def test_an_outlet_that_reports_is_credited(text, outlet, formula):
    found = [(c.outlet, c.formula) for c in find_credits(text)]
    assert (outlet, formula) in found, found


@pytest.mark.parametrize("text", [
    # everyday words whose loose spelling equals an outlet's (الكوثر, اللواء, البيان, العالم)
    "وهذا مفيد للكثير من الناس.",
    "وقدم الدعم للأوائل في الدورة.",
    "وقال إن المنتج صالح للياباني والصيني.",
    "وقال المسؤول للعلم إن الوضع جيد.",
    "وعاد إلى موقع الحادث بعد ساعة.",
    "وقع الهجوم في سبتمبر (أيلول) الماضي.",
    "وقالت نينا سبرينجل إن الحزب سيصوت.",  # a person, not the Iraqi agency
])
def test_everyday_words_are_not_misspelt_outlet_names(text):
    assert find_credits(text) == ()


def test_misspelt_names_still_match_when_no_everyday_word_looks_like_them():
    from desktop.core.registry import registry

    assert registry().by_name("سبوتنك").name == "Sputnik"
    assert registry().by_name("الكثير") is None and registry().by_name("الأول") is None


@pytest.mark.parametrize("text, outlet, formula", [
    ("وارتفع المؤشر 0.3 في المائة، بحسب بيانات وكالة رويترز.", "Reuters", "bihasab"),
    ("ووفقا لتقرير صحيفة هآرتس فإن الجيش انسحب.", "Haaretz", "wifq"),
    ("وذلك حسبما تذكر صحيفة «الغارديان» في عددها.", "The Guardian", "hasabama"),
    ("وفي استطلاع أجرته وكالة رويترز تقدم المرشح.", "Reuters", "verb"),
    ("وكتبت صحيفة «الغارديان» أن الحكومة تراجعت.", "The Guardian", "verb"),
    ("وتلقت وكالة الأنباء السعودية نسخة منه.", "SPA", "verb"),
    ("وأشار تقرير مجلة «دير شبيغل» إلى أن الخطة قديمة.", "Der Spiegel", "named"),
    ("وفي مقابلة سابقة مع صحيفة «نيويورك تايمز»، قال الرئيس إن الاتفاق جيد.", "New York Times", "named"),
    ("ونقلت عنه وكالة الصحافة الفرنسية قوله إن الوضع هادئ.", "AFP", "named"),
    ("وقال الوزير في تصريح بثته اليوم (الخميس) وكالة الأنباء اليمنية إن الطريق فتح.", "Saba", "named"),
    ('وقال في تصريحات إلى مجلة "دير شبيغل" إن الفريق جاهز.', "Der Spiegel", "named"),
    ("وفي الاستطلاع الذي أطلعت عليه صحيفة الغارديان قال نصفهم إن الوضع سيئ.", "The Guardian", "named"),
])
def test_more_ways_of_crediting(text, outlet, formula):
    found = [(c.outlet, c.formula) for c in find_credits(text)]
    assert (outlet, formula) in found, found


def test_a_quoted_name_longer_than_a_registry_name_is_another_outlet():
    (c,) = find_credits("يفيد موقع «العالم الصيني» أن الرقم مشهور.")
    assert c.outlet == "العالم الصيني"
    (c,) = find_credits("ونقلت قناة «العالم» عن مصدر أن الهجوم وقع.")
    assert c.outlet == "Al-Alam"


@pytest.mark.parametrize("text, outlet", [
    ("هذا الموضوع مترجم عن صحيفة الغارديان البريطانية.", "The Guardian"),
    ("المادة مترجمة عن موقع «ميدل إيست آي» البريطاني.", "Middle East Eye"),
])
def test_a_translated_piece_credits_its_original(text, outlet):
    (c,) = find_credits(text)
    assert (c.outlet, c.formula) == (outlet, "translated")


def test_translation_as_a_byline_is_not_a_credit():
    assert find_credits("ترجمة: أحمد علي") == ()


@pytest.mark.parametrize("text, outlet", [
    ('وقال الوزير في تصريح لـ"الشرق الأوسط" إن الاتفاق قريب.', "Asharq Al-Awsat"),
    ("وقال مسؤول لـ«العربية.نت» إن الهجوم وقع.", "Al Arabiya"),
    ('وقال المتحدث في حديث خاص لـ"سكاي نيوز عربية" إن الوفد وصل.', "Sky News Arabia"),
    ('كشفت مصادر خاصة لـ"الجزيرة نت" أن الوفد وصل.', "Al Jazeera"),
])
def test_told_to_an_outlet_with_a_separate_lam(text, outlet):
    assert [(c.outlet, c.formula) for c in find_credits(text)] == [(outlet, "told")]


@pytest.mark.parametrize("text, outlet", [
    ("وقالت هيئة البث الإسرائيلية إن الجيش انسحب.", "Kan"),
    ("وأفادت القناة 12 الإسرائيلية بأن الجيش انسحب.", "Channel 12 (Israel)"),
    ("وذكر موقع واللا العبري أن الجيش انسحب.", "Walla"),
])
def test_a_distinct_name_of_several_words_needs_no_descriptor(text, outlet):
    assert [c.outlet for c in find_credits(text)] == [outlet]


@pytest.mark.parametrize("text", [
    "وقال الشرق الأوسط كله إن الحرب انتهت.",  # a region, its words everyday words
    "قال لـ أخيه إن الطريق مغلق.",
    "وفصائل تابعة لـ«الاتحاد الإسلامي لأجناد الشام» انسحبت.",
])
def test_not_credits_either(text):
    assert find_credits(text) == ()


def test_an_outlet_name_in_a_headline_label_or_another_storys_teaser_is_no_credit():
    from desktop.core.ingest import article_from_text

    body = "أعلنت هيئة الأرصاد الجوية اليوم إغلاق عدد من الطرق الرئيسية بسبب الأمطار الغزيرة."
    text = (f"عاجل | الأمطار الغزيرة تغلق الطرق في ثلاث محافظات\n{body}\n"
            "اقرأ أيضا: رويترز: ارتفاع أسعار النفط\n"
            f"{body} وقال المتحدث لـ\"سكاي نيوز عربية\" إن الأمطار مستمرة.\n")
    art = article_from_text(text, id="x", url="https://news.example.org/1")
    assert art.title == "عاجل | الأمطار الغزيرة تغلق الطرق في ثلاث محافظات"
    assert art.outlet == "news.example.org"  # «عاجل» is a label here, not the site عاجل
    assert [c.outlet for c in art.credits] == ["Sky News Arabia"]
