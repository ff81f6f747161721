"""Titles and labels (issue 10): the headline when the text has one; otherwise no invented
title, and a label of the opening words flagged as supplied. Texts written for these tests."""
from __future__ import annotations

from desktop.core.ingest import article_from_text
from desktop.core.jsonio import analysis_to_dict
from desktop.core.titles import article_label, display_title, lead_words

SENTENCE = ("أعلنت وزارة الصحة في بيان صباح اليوم ارتفاع عدد المصابين في حادث انهيار الجسر "
            "إلى أربعين مصابا، بينهم عشرة في حالة خطرة.")


def test_a_headline_line_is_the_title_and_the_label():
    art = article_from_text(f"انهيار جسر في العاصمة وإصابة العشرات\n{SENTENCE}\n", id="a")
    assert art.title == "انهيار جسر في العاصمة وإصابة العشرات"
    assert article_label(art).how == "title" and display_title(art) == art.title


def test_no_headline_no_title_and_a_flagged_lead_label():
    art = article_from_text(f"{SENTENCE}\nوقال المتحدث إن فرق الإنقاذ ما زالت تعمل.\n", id="b")
    assert art.title == ""
    label = article_label(art)
    assert label.how == "lead"
    assert label.text == "[أعلنت وزارة الصحة في بيان صباح اليوم ارتفاع…]"


def test_the_lead_skips_furniture_and_a_leading_date():
    text = f"متابعة/ موقع المثال\n2024-03-05 {SENTENCE}\n"
    art = article_from_text(text, id="c")
    assert art.title == ""
    assert display_title(art).startswith("[أعلنت وزارة الصحة")


def test_a_short_first_sentence_is_the_whole_label():
    assert lead_words("انتهت الجلسة.\nوقال الرئيس إن الجلسة المقبلة الأحد.") == "انتهت الجلسة"


def test_an_empty_text_falls_back_to_the_id():
    art = article_from_text("   \n", id="empty-one")
    assert article_label(art).how == "id" and display_title(art) == "empty-one"


def test_the_json_carries_the_label_beside_the_empty_title():
    from desktop.core.analysis import analyze

    a = article_from_text(f"{SENTENCE}\n", id="x", outlet="Outlet A")
    b = article_from_text(f"عنوان الخبر الثاني للاختبار\n{SENTENCE}\n", id="y", outlet="Outlet B")
    data = analysis_to_dict(analyze([a, b]))
    rows = {r["id"]: r for r in data["articles"]}
    assert rows["x"]["title"] == "" and rows["x"]["label"].startswith("[أعلنت")
    assert rows["y"]["label"] == rows["y"]["title"] == "عنوان الخبر الثاني للاختبار"
