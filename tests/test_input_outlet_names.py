"""Outlet names (issue 10): agencies added to the registry, and an unknown site's own name
read where the page names itself, only when spelt like its address. Texts written here."""
from __future__ import annotations

import pytest

from desktop.core.ingest import article_from_text
from desktop.core.registry import registry
from desktop.core.self_name import candidates, own_name, spelt_like

BODY = "أعلنت البلدية صباح اليوم إغلاق الطريق الساحلي بسبب أعمال الصيانة حتى نهاية الأسبوع."


@pytest.mark.parametrize("url, outlet", [
    ("https://ilkha.com/arabi/world/1/x", "Ilke News Agency"),
    ("https://ninanews.com/Website/News/Details?Key=1", "NINA"),
    ("https://www.azzaman.com/x", "Azzaman"),
    ("https://meo.news/x", "Middle East Online"),
    ("https://www.middleeasteye.net/ar/x", "Middle East Eye"),
    ("https://www.almashhad-alyemeni.com/x", "Al-Mashhad Al-Yemeni"),
    ("https://www.ahlmasrnews.com/x", "Ahl Masr"),
    ("https://www.yenisafak.com/ar/x", "Yeni Safak"),
    ("https://khabaragency.net/x", "Khabar Agency"),
])
def test_added_outlets_by_domain(url, outlet):
    assert registry().by_url(url).name == outlet


@pytest.mark.parametrize("name, host, same", [
    ("سيرياهوم نيوز", "syriahomenews.com", True),
    ("كوردستان24", "kurdistan24.net", True),
    ("Example Times", "exampletimes.org", True),
    ("دمشق", "syriahomenews.com", False),  # a city in the dateline
    ("مصر", "masrawy.com", False),  # too short to tell
    ("وكالات", "agencynews.com", False),
    ("محمد الباز", "mohamedbaz-news.com", False),
])
def test_a_name_spelt_like_the_address(name, host, same):
    assert spelt_like(name, host) is same


def test_the_page_naming_itself_in_a_signature_names_the_unknown_site():
    text = f"عنوان الخبر المكتوب للاختبار\n{BODY}\n{BODY}\n\nنجمة الشمال نيوز – وكالات\n"
    assert "نجمة الشمال نيوز" in candidates(text)
    art = article_from_text(text, id="a", url="https://najmatalshamalnews.com/p/1")
    assert art.outlet == "نجمة الشمال نيوز (najmatalshamalnews.com)"
    assert art.outlet_source == "cue"


def test_a_copyright_line_names_the_site():
    text = f"{BODY}\n{BODY}\nجميع الحقوق محفوظة لـ بوابة الرافدين 2024\n"
    assert own_name(text, "bawabatalrafidain.net") == "بوابة الرافدين"


def test_no_name_spelt_like_the_address_keeps_the_domain():
    text = f"بغداد – {BODY}\n{BODY}\n"
    art = article_from_text(text, id="b", url="https://www.smallsite-example.net/?p=1")
    assert art.outlet == "smallsite-example.net" and art.outlet_source == "domain"
