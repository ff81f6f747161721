"""Hand-built analyses for the report tests (no engine needed), plus checks of the fixtures."""
from __future__ import annotations

from desktop.core.model import (
    Analysis, Article, Change, FramingHit, Link, PairStats, Segmentation, SharedSpan,
)
from desktop.report.content import ReportAnnotation, ReportCode

SRC = ("قال مصدر ميداني للميادين إن قوات الاحتلال الأميركي قصفت مواقع المقاومة فجر الخميس.\n\n"
       "وأضاف المصدر أن الاشتباكات استمرت ساعات.")
COPY = ("قال مصدر ميداني إن القوات الأميركية قصفت مواقع الميليشيات.\n\n"
        "وأضاف المصدر أن الاشتباكات استمرت ساعات. <script>window.__pwned=1;console.error('pwned')</script>"
        " <b>عريض</b> <img src=\"http://example.invalid/x.png\"> \u202eمقلوب\u202c نهاية")
THIRD = "نص مستقل لا علاقة له بالمقالين، يذكر «إسرائيل» بين علامتين."


def _span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return (start, start + len(phrase))


def make_analysis(third: bool = True) -> Analysis:
    arts = [
        Article("src", "seeds/src.txt", SRC, "Al-Mayadeen", "utf-8", title="تقرير الميادين", date="2023-10-27"),
        Article("copy", "seeds/copy.txt", COPY, "Orient News", "utf-8", title="عنوان <i>مائل</i>",
                url="https://example.org/a?b=<c>"),
    ]
    if third:
        arts.append(Article("third", "seeds/third.txt", THIRD, "Al-Diyar", "utf-8", title="مستقل"))
    seg = {a.id: Segmentation(((0, len(a.text)),), ((0, len(a.text)),)) for a in arts}
    s1 = (0, SRC.index("\n"))
    c1 = (0, COPY.index("\n"))
    s2 = (SRC.index("وأضاف"), len(SRC))
    c2 = (COPY.index("وأضاف"), COPY.index(" <script>"))
    links = (Link("src", s1, "copy", c1, "edited", 0.71), Link("src", s2, "copy", c2, "copy", 1.0))
    shared = (
        SharedSpan("src", _span(SRC, "قال مصدر ميداني"), "copy", _span(COPY, "قال مصدر ميداني")),
        SharedSpan("src", _span(SRC, "قصفت مواقع"), "copy", _span(COPY, "قصفت مواقع")),
        SharedSpan("src", s2, "copy", c2),
    )
    att = _span(SRC, "للميادين")
    changes = (
        Change("src", att, "للميادين", "copy", (COPY.index(" إن"), COPY.index(" إن")), "", "dropped",
               attribution=True),
        Change("src", _span(SRC, "قوات الاحتلال الأميركي"), "قوات الاحتلال الأميركي", "copy",
               _span(COPY, "القوات الأميركية"), "القوات الأميركية", "substitution", category="us_forces"),
        Change("src", _span(SRC, "المقاومة"), "المقاومة", "copy", _span(COPY, "الميليشيات"), "الميليشيات",
               "substitution", category="armed_groups"),
        Change("src", _span(SRC, " فجر الخميس"), " فجر الخميس", "copy",
               (COPY.index("."), COPY.index(".")), "", "dropped"),
    )
    framing = [
        FramingHit("src", _span(SRC, "قوات الاحتلال الأميركي"), "قوات الاحتلال الأميركي", "us_forces",
                   "hostile", False, "قوات الاحتلال", "occupation"),
        FramingHit("src", _span(SRC, "المقاومة"), "المقاومة", "armed_groups", "sympathetic", False,
                   "المقاومة", "resistance"),
        FramingHit("copy", _span(COPY, "القوات الأميركية"), "القوات الأميركية", "us_forces", "neutral", False,
                   "القوات الأميركية", "us"),
        FramingHit("copy", _span(COPY, "الميليشيات"), "الميليشيات", "armed_groups", "hostile", False,
                   "ميليشيات", "militia"),
    ]
    pairs = [PairStats("src", "copy", 0.55, 0.8, "a->b", ("attribution dropped",))]
    if third:
        framing.append(FramingHit("third", _span(THIRD, "إسرائيل"), "إسرائيل", "israel", "hostile", True,
                                  "إسرائيل", "scare", scare_quoted=True))
        pairs += [PairStats("src", "third", 0.02, 0.03, "unknown"), PairStats("copy", "third", 0.0, 0.0, "unknown")]
    return Analysis(tuple(arts), seg, links, shared, changes, tuple(framing), tuple(pairs),
                    engine_version="test", lexicon_version="abc")


CATEGORIES = {
    "us_forces": ("القوات الأميركية", "#1864ab"),
    "armed_groups": ("الفصائل المسلحة", "#2b8a3e"),
    "israel": ("تسمية إسرائيل", "#c2255c"),
}


def make_coding() -> tuple[list[ReportCode], list[ReportAnnotation]]:
    codes = [
        ReportCode("11111111-1111-4111-8111-111111111111", "تأطير", "#d9480f", None, "مذكرة <b>الرمز</b>"),
        ReportCode("22222222-2222-4222-8222-222222222222", "تسمية القوات", "#1864ab",
                   "11111111-1111-4111-8111-111111111111"),
        ReportCode("33333333-3333-4333-8333-333333333333", "bad colour", "red;background:url(http://x)"),
    ]
    s = _span(SRC, "قوات الاحتلال الأميركي")
    annotations = [
        ReportAnnotation("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "src", *s, SRC[s[0]:s[1]],
                         ("22222222-2222-4222-8222-222222222222",), "تسمية عدائية <script>x()</script>",
                         "analyst", "2026-01-01T10:00:00Z"),
        ReportAnnotation("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb", "copy", 0, 15, COPY[0:15],
                         ("11111111-1111-4111-8111-111111111111",), "", "analyst"),
        ReportAnnotation("cccccccc-cccc-4ccc-8ccc-cccccccccccc", "copy", 3, 9, COPY[3:9], (), "بلا رمز"),
    ]
    return codes, annotations


def test_fixture_spans_point_at_their_text():
    a = make_analysis()
    for ch in a.changes:
        assert a.article(ch.a).text[slice(*ch.a_span)] == ch.a_text
        assert a.article(ch.b).text[slice(*ch.b_span)] == ch.b_text
    for h in a.framing:
        assert a.article(h.article).text[slice(*h.span)] == h.text
