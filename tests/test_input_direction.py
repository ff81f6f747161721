"""Direction of copying from credits and dates together (issue 10, core/direction.py)."""
from __future__ import annotations

from desktop.core.analysis import analyze
from desktop.core.ingest import article_from_text

LEAD = ("أعلنت وزارة الصحة في المدينة اليوم أن عدد المصابين في حادث انهيار المبنى القديم ارتفع "
        "إلى خمسة وعشرين شخصا، وأن فرق الدفاع المدني ما زالت تبحث عن مفقودين تحت الأنقاض. ")
MORE = ("وقال المتحدث باسم الوزارة إن المستشفيات استقبلت الجرحى منذ ساعات الصباح الأولى، وإن "
        "حالة ثلاثة منهم حرجة، داعيا السكان إلى الابتعاد عن موقع الحادث حتى انتهاء عمليات البحث. ")


def _pair(a, b):
    an = analyze([a, b])
    (p,) = an.pairs
    return p


def test_later_text_that_adds_a_credit_is_not_the_source():
    first = article_from_text("خبر أول للاختبار\n" + LEAD + MORE, id="first", outlet="Daily A",
                              date="2024-05-01")
    later = article_from_text("خبر ثان للاختبار\n" + LEAD.replace("اليوم", "اليوم، بحسب ما نقلت رويترز،")
                              + MORE, id="later", outlet="Daily B", date="2024-05-02")
    p = _pair(first, later)
    assert p.direction == "a->b"  # first is the source
    assert "first was published first" in p.evidence[0]
    assert any("added by the later text" in e for e in p.evidence)


def test_without_dates_the_side_carrying_the_credit_is_taken_as_the_source():
    source = article_from_text("خبر للاختبار\n" + LEAD.replace("اليوم", "اليوم، بحسب ما نقلت رويترز،")
                               + MORE, id="src", outlet="Daily A")
    copy = article_from_text("خبر للاختبار\n" + LEAD + MORE, id="cp", outlet="Daily B")
    p = _pair(source, copy)
    assert p.direction == "a->b"


def test_a_credit_to_the_other_outlet_decides_even_against_dates():
    relay = article_from_text("خبر للاختبار\nنقلا عن وكالة الأنباء الأردنية (بترا):\n" + LEAD + MORE,
                              id="relay", outlet="Youm7", date="2024-05-01")
    wire = article_from_text("خبر للاختبار\n" + LEAD + MORE, id="wire", outlet="Petra",
                             date="2024-05-03")
    p = _pair(relay, wire)
    assert p.direction == "b->a"  # the wire is the source of the relay
    assert p.evidence[0].startswith("relay credits Petra") or p.evidence[0].startswith("relay relays")
    assert any("dates" in e for e in p.evidence)


def test_unrelated_texts_get_no_direction():
    a = article_from_text("خبر\n" + LEAD, id="a", outlet="A", date="2024-05-01")
    b = article_from_text("خبر\nهطلت أمطار غزيرة على الساحل الشمالي مساء أمس وأدت إلى إغلاق "
                          "عدد من الطرق الفرعية وتأخر حركة القطارات لساعات.", id="b", outlet="B",
                          date="2024-05-02")
    # unrelated texts share nothing: no pair is listed at all (issue 12), so none has a direction
    pairs = analyze([a, b]).pairs
    assert all(p.direction == "unknown" for p in pairs)


def test_a_dropped_agency_name_counts_as_dropped_attribution():
    source = article_from_text("خبر للاختبار\n" + LEAD.replace("اليوم", "اليوم كما أوردت الأناضول")
                               + MORE, id="src", outlet="Daily A")
    copy = article_from_text("خبر للاختبار\n" + LEAD + MORE, id="cp", outlet="Daily B")
    an = analyze([source, copy])
    assert an.pairs[0].direction == "a->b"
    assert any(c.attribution and "الأناضول" in c.a_text for c in an.changes)
