"""The report shows a passage the copy moved (issue 12): a "move" highlight on both sides, the
row says so, and row kinds are words of the report's language, not engine names."""
from desktop.core.analysis import analyze
from desktop.core.ingest import article_from_text
from desktop.report.content import build_content
from desktop.report.html import render_html
from desktop.report.qt_html import render_qt_html

# invented: a flood in an imaginary valley
P1 = "أعلنت مديرية الدفاع المدني في محافظة وادي الريحان أن السيول الجارفة غمرت ثلاث قرى زراعية."
P2 = "وانتشلت فرق الإنقاذ عائلتين من فوق أسطح المنازل المهدمة بعد ساعات طويلة من الانتظار."
P3 = "ويخشى المزارعون أن تكون محاصيل الزيتون والرمان قد تلفت بالكامل في السهول المنخفضة."


def _analysis(order):
    source = article_from_text("\n".join([P1, P2, P3]), id="src", outlet="Source Daily",
                               date="2024-01-01")
    copy = article_from_text("\n".join(order), id="cpy", outlet="Copy Times", date="2024-01-02")
    return analyze([source, copy])


def test_a_moved_paragraph_is_marked_in_both_texts_and_its_row(tmp_path):
    c = build_content(_analysis([P1, P3, P2]), lang="en")
    (pair,) = c.aligned
    moved_marks = {side: [m for m in marks if m.cls == "move"] for side, marks in pair.marks.items()}
    assert len(moved_marks["src"]) == len(moved_marks["cpy"]) == 1
    moved_rows = [r for r in pair.rows if r.moved]
    assert len(moved_rows) == 1
    assert c.texts["cpy"][slice(*moved_rows[0].copy_span)] in (P2, P3)
    html = render_html(c, generated="2024-01-03")
    assert 'class="hl move"' in html and "moved elsewhere by the copy" in html
    assert "copied · moved" in html
    assert "moved" in render_qt_html(c, generated="2024-01-03")


def test_text_in_its_order_has_no_move():
    c = build_content(_analysis([P1, P2, P3]), lang="en")
    (pair,) = c.aligned
    assert not any(r.moved for r in pair.rows)
    assert not [m for ms in pair.marks.values() for m in ms if m.cls == "move"]


def test_row_kinds_are_in_the_report_language():
    c = build_content(_analysis([P1, P3, P2]), lang="ar")
    (pair,) = c.aligned
    words = {c.row_kind(r) for r in pair.rows if r.kind != "unaligned"}
    assert words and all(w and w.isascii() is False for w in words)
    assert "منقول من موضعه" in " ".join(words)
    html = render_qt_html(c, generated="2024-01-03")
    assert ">copy ·" not in html and ">edited ·" not in html
