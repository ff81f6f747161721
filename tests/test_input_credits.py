"""Outlet registry and credit formulas (issue 10), on sentences written for these tests."""
from __future__ import annotations

import pytest

from desktop.core.credits import find_credits, main_source
from desktop.core.registry import KINDS, registry


def test_registry_has_the_regions_outlets_and_wires_with_facts():
    reg = registry()
    outlets = reg.outlets
    assert len(outlets) >= 150
    assert all(o.kind in KINDS for o in outlets if o.kind)
    assert sum(1 for o in outlets if o.arabic and o.domains and o.country) >= 150
    names = {o.name for o in outlets}
    for wanted in ("SPA", "QNA", "SANA", "WAM", "MENA", "Petra", "KUNA", "Anadolu Agency",
                   "Reuters", "AFP", "Associated Press", "Sputnik", "RT Arabic", "IRNA", "Tasnim",
                   "Fars", "Al Jazeera", "Al Arabiya", "Sky News Arabia", "Al-Mayadeen",
                   "Al-Manar"):
        assert wanted in names, wanted
    domains = [d for o in outlets for d in o.domains]
    assert len(domains) == len(set(domains)), "a domain belongs to one outlet"


@pytest.mark.parametrize("url, outlet", [
    ("https://www.spa.gov.sa/w123", "SPA"),
    ("https://arabic.rt.com/middle_east/1/", "RT Arabic"),
    ("http://mubasher.aljazeera.net/news/x", "Al Jazeera Mubasher"),
    ("https://www.aljazeera.net/news/2024/1/1/x", "Al Jazeera"),
    ("https://news.example.org/a", None),
])
def test_outlet_by_domain_longest_suffix_first(url, outlet):
    found = registry().by_url(url)
    assert (found.name if found else None) == outlet


@pytest.mark.parametrize("name, outlet", [
    ("سبوتنك", "Sputnik"),  # misspelt
    ("وكالة الأنباء السعودية", "SPA"),
    ("واس", "SPA"),
    ("أ ش أ", "MENA"),
    ("الوطن", "Al-Watan"),  # one Arabic name, several countries: the shared English name
])
def test_outlet_by_name_variants_abbreviations_and_shared_names(name, outlet):
    assert registry().by_name(name).name == outlet


@pytest.mark.parametrize("text, outlet, formula", [
    ("المصدر: “الميادين”", "Al-Mayadeen", "source_line"),
    ("المصدر: «الميادين»", "Al-Mayadeen", "source_line"),
    ('المصدر: "الميادين"', "Al-Mayadeen", "source_line"),
    ("المصدر: الميادين", "Al-Mayadeen", "source_line"),
    ("المصدر / الميادين", "Al-Mayadeen", "source_line"),
    ("وأعلن الجيش ذلك نقلا عن وكالة سبوتنك الروسية.", "Sputnik", "naqlan_an"),
    ("وقتل ثلاثة أشخاص، حسبما نقلت وكالة رويترز عن مصادر طبية.", "Reuters", "hasabama"),
    ("وارتفع العدد إلى عشرين، بحسب وكالة الأناضول.", "Anadolu Agency", "bihasab"),
    ("وذلك وفقا لوكالة الصحافة الفرنسية.", "AFP", "wifq"),
    ("وفق وكالة الأنباء القطرية (قنا) فإن الاجتماع انتهى.", "QNA", "wifq"),
    ("وأفادت وكالة «تسنيم» بأن الوفد وصل.", "Tasnim", "verb"),
    ("وقال مراسل الجزيرة إن القصف استمر.", "Al Jazeera", "correspondent"),
    ("وقال مصدر أمني لوكالة رويترز إن الهجوم وقع ليلا.", "Reuters", "told"),
    ("الرياض (واس) - وصل الوفد إلى العاصمة.", "SPA", "paren"),
    ("وأكد مصدر ميداني للميادين اندلاع اشتباكات.", "Al-Mayadeen", "told"),
    ("وقال المسؤول للأناضول إن الطريق أغلق.", "Anadolu Agency", "told"),
    ("دمشق - سانا - التقى الوزير نظيره.", "SANA", "dateline"),
    ("بيروت – الوكالة الوطنية للإعلام – عقد المجلس جلسته.", "NNA", "dateline"),
])
def test_credit_formulas(text, outlet, formula):
    credits = find_credits(text)
    assert credits, text
    c = credits[0]
    assert (c.outlet, c.formula) == (outlet, formula)
    assert text[c.name_span[0]:c.name_span[1]] == c.name
    assert c.span[0] <= c.name_span[0] < c.name_span[1] <= c.span[1]


def test_signature_line_with_agency_abbreviation():
    text = "وتابع الوزير جولته في المدينة.\n\nموقع الأخبار 4_سانا\n"
    credits = find_credits(text)
    assert [(c.outlet, c.formula) for c in credits] == [("SANA", "signature")]
    assert text[credits[0].span[0]:credits[0].span[1]].endswith("سانا")


def test_an_unknown_outlet_in_quotes_after_a_strong_formula_keeps_its_written_name():
    (c,) = find_credits("ونقلت صحيفة «الراصد اليومي» عن مسؤول قوله إن الطريق أغلق.")
    assert c.outlet == "الراصد اليومي" and c.formula == "verb"


@pytest.mark.parametrize("text", [
    "وبحسب البيان فإن الاجتماع انتهى.",  # البيان is a paper's name and a common word
    "وقال المصدر إن الوفد غادر.",
    "وفق المكتب الإعلامي الحكومي فإن العدد ارتفع.",
    "ونقل الجرحى إلى مستشفى الشفاء.",
])
def test_common_words_are_not_credits(text):
    assert find_credits(text) == ()


def test_main_source_needs_a_strong_credit_or_two_mentions():
    once = find_credits("وقال مسؤول، بحسب رويترز، إن الطريق أغلق.")
    assert main_source(once, "Youm7") is None
    twice = find_credits("وقال مسؤول، بحسب رويترز، إن الطريق أغلق. وأضاف لرويترز أن الوضع هادئ.")
    assert main_source(twice, "Youm7") == "Reuters"
    dateline = find_credits("الرياض (واس) - وصل الوفد.")
    assert main_source(dateline, "Okaz") == "SPA"
    assert main_source(dateline, "SPA") is None  # never the publisher itself


@pytest.mark.parametrize("url, outlet", [
    ("https://www.masress.com/ahram/156214", "Al-Ahram"),
    ("https://sauress.com/okaz/841269", "Okaz"),
    ("https://www.masress.com/shorouk/2068745", "Al-Shorouk"),  # a shortened domain label
    ("https://maghress.com/somepaper/318248", "somepaper (via maghress.com)"),
])
def test_aggregator_addresses_name_the_outlet_in_their_path(url, outlet):
    from desktop.core.ingest import article_from_text

    art = article_from_text("نص قصير للاختبار.", id="x", url=url)
    assert (art.outlet, art.outlet_source) == (outlet, "domain")


@pytest.mark.parametrize("text, expected", [
    ("نقلا عن البيان الصادر عن الوزارة", []),  # "the statement", not the paper
    ("نقلا عن صحيفة البيان", ["Al-Bayan"]),
    ("نقلا عن «الوطن»", ["Al-Watan"]),
    ("نقلا عن الجزيرة", ["Al Jazeera"]),
    ("وتابع حديثه.\nاليوم\nوقال المسؤول إن الطريق أغلق.", []),
])
def test_outlet_names_that_are_everyday_words_need_quotes_or_a_descriptor(text, expected):
    assert [c.outlet for c in find_credits(text)] == expected


def test_a_name_the_registry_lacks_closed_by_a_nationality():
    (c,) = find_credits("بحسب تقرير نشرته صحيفة نورث ستار البريطانية أمس.")  # invented paper
    assert c.outlet == "نورث ستار" and c.formula == "verb"


def test_amp_cache_and_mobile_addresses_find_the_outlet():
    reg = registry()
    assert reg.by_url("https://www-aljazeera-net.cdn.ampproject.org/c/s/x").name == "Al Jazeera"
    assert reg.by_url("https://al--ain-com.cdn.ampproject.org/c/s/x").name == "Al-Ain News"
    assert reg.by_url("https://m.youm7.com/story/1").name == "Youm7"
