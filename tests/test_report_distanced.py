"""A label the outlet holds at a distance (ما يسمى, scare quotes) is shown as distanced in the
framing table and report, never counted as the outlet's own label."""
from desktop.core.analysis import analyze
from desktop.core.ingest import article_from_text
from desktop.report.content import build_content
from desktop.report.html import render_html

TEXT = ("وهاجمت ما تسمى بالمقاومة مواقع الجيش في البلدة.\n\n"
        "وقالت الوزارة إن الميليشيات انسحبت من الحي.\n\n"
        "وتحدث السكان عن المرتزقة في الشوارع.\n")


def test_distanced_labels_are_counted_apart_from_own_voice():
    an = analyze([article_from_text(TEXT, id="a", outlet="Outlet A")])
    c = build_content(an)
    cell = c.framing[("Outlet A", "armed_groups")]
    assert (cell.own, cell.quoted, cell.distanced) == (1, 1, 1)
    assert [t for t, _ in cell.terms] == ["المرتزقة"]  # own-voice terms only
    for lang in ("en", "ar"):
        page = render_html(build_content(an, lang=lang))
        assert "<b>1</b> (1) [1]" in page
