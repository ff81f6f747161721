"""More publication-date forms (issue 10): Hijri beside Gregorian, both month series in one
stamp, Arabic-Indic digits, ISO stamps with a time, a city-comma dateline with an agency."""
from __future__ import annotations

import pytest

from desktop.core.dates import publication_date
from desktop.core.ingest import article_from_text

BODY = ("وقال رئيس البلدية في مؤتمر صحفي عقده صباح اليوم إن أعمال الصيانة في الطرق الرئيسية "
        "ستنتهي قبل نهاية الشهر، وإن فرق العمل تعمل على مدار الساعة.")


@pytest.mark.parametrize("line, iso, written", [
    ("الجمعة 27 ربيع الأول 1447 هـ - 19 سبتمبر 2025 م", "2025-09-19", "19 سبتمبر 2025"),
    ("نُشر بتاريخ الجمعة، 19 أيلول/سبتمبر 2025 - 09:17", "2025-09-19", "19 أيلول/سبتمبر 2025"),
    ("السبت ١٣ كانون الثاني ٢٠٢٤", "2024-01-13", "١٣ كانون الثاني ٢٠٢٤"),
    ("الأحد 07/05/2023 الساعة 14:30", "2023-05-07", "07/05/2023"),
    ("تاريخ النشر: 2023-05-07T14:30:00+03:00", "2023-05-07", "2023-05-07"),
])
def test_timestamp_lines(line, iso, written):
    art = article_from_text(f"عنوان الخبر هنا للاختبار\n{line}\n{BODY}\n", id="x")
    assert art.date == iso and art.date_how == "text:timestamp"
    assert art.text[art.date_span[0]:art.date_span[1]] == written


def test_a_city_comma_dateline_with_an_agency_before_the_dash():
    text = f"عنوان الخبر هنا للاختبار\nبيروت، 17 أيلول 2024 (رويترز) - {BODY}\n"
    found = publication_date(text)
    assert (found.iso, found.how) == ("2024-09-17", "text:dateline")


def test_a_date_after_a_comma_in_running_text_is_not_a_dateline():
    text = f"عنوان الخبر هنا للاختبار\n{BODY} وقال الوزير، 12 يناير 2020 كان يوما صعبا على الجميع.\n"
    assert publication_date(text) is None
