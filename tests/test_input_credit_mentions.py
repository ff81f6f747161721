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
    ("وبحسب مراسل الجزيرة فإن القصف استمر.", "Al Jazeera", "correspondent"),
    # a subheading glued to «ونقلت» when the page lost its line break
    ('أسعار الوقود في العاصمةونقلت وكالة "فرانس برس" عن مسؤول أن الأسعار ارتفعت.', "AFP", "named"),
])
def test_an_outlet_that_reports_is_credited(text, outlet, formula):
    found = [(c.outlet, c.formula) for c in find_credits(text)]
    assert (outlet, formula) in found, found
