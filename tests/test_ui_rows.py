"""Rows of the columns view, from hand-built analyses (table-driven)."""
from desktop.core.model import Analysis, Article, Link, Segmentation
from desktop.ui.views.rows import align_rows, display_spans, units


def _art(aid, sentences):
    text = " ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append((pos, pos + len(s)))
        pos += len(s) + 1
    return Article(id=aid, path="", text=text, outlet=aid.upper(), encoding="utf-8"), \
        Segmentation(((0, len(text)),), tuple(spans))


def _analysis(arts, links):
    return Analysis(articles=tuple(a for a, _ in arts),
                    segmentation={a.id: s for a, s in arts}, links=tuple(links))


def _cell_texts(analysis, row, columns):
    return [" ".join(analysis.article(c).text[s:e] for s, e in cell)
            for c, cell in zip(columns, row.cells)]


def test_units_cover_the_whole_text():
    text = "عنوان\nجملة أولى. جملة ثانية."
    assert units(text, ((6, 16), (17, 28))) == [(0, 17), (17, 28)]


def test_display_spans_merge_touching_and_cut_lines():
    text = "أ ب.\nج د. هـ"
    assert display_spans(text, [(0, 5), (5, 9), (9, 12)]) == ((0, 4), (5, 12))


def test_linked_sentences_share_a_row_and_unmatched_text_leaves_gaps():
    p = _art("p", ["S1.", "S2.", "S3."])
    x = _art("x", ["X1.", "EXTRA.", "X3."])
    pt, xt = p[0].text, x[0].text
    links = [Link("p", (0, 3), "x", (0, 3), "copy", 0.9),
             Link("x", (xt.index("X3"), len(xt)), "p", (pt.index("S3"), len(pt)), "edited", 0.7)]
    a = _analysis([p, x], links)
    rows = align_rows(a, ["p", "x"], "p")
    texts = [_cell_texts(a, r, ["p", "x"]) for r in rows]
    # unmatched text on both sides of the same stretch sits side by side, shaded as unmatched
    assert texts == [["S1.", "X1."], ["S2.", "EXTRA."], ["S3.", "X3."]]
    assert [r.aligned for r in rows] == [True, False, True]


def test_text_the_pivot_lacks_gets_a_row_after_the_passage_it_follows():
    p = _art("p", ["S1.", "S2."])
    x = _art("x", ["X1.", "EXTRA.", "X2."])
    pt, xt = p[0].text, x[0].text
    links = [Link("p", (0, 3), "x", (0, 3), "copy", 0.9),
             Link("p", (pt.index("S2"), len(pt)), "x", (xt.index("X2"), len(xt)), "copy", 0.9)]
    a = _analysis([p, x], links)
    rows = align_rows(a, ["p", "x"], "p")
    assert [_cell_texts(a, r, ["p", "x"]) for r in rows] == \
        [["S1.", "X1."], ["", "EXTRA."], ["S2.", "X2."]]
    assert [r.aligned for r in rows] == [True, False, True]


def test_a_link_over_two_pivot_sentences_makes_one_row():
    p = _art("p", ["S1.", "S2.", "S3."])
    x = _art("x", ["MERGED."])
    a = _analysis([p, x], [Link("p", (0, 7), "x", (0, 7), "edited", 0.8)])
    rows = align_rows(a, ["p", "x"], "p")
    assert _cell_texts(a, rows[0], ["p", "x"]) == ["S1. S2.", "MERGED."]
    assert _cell_texts(a, rows[1], ["p", "x"]) == ["S3.", ""]


def test_text_before_the_first_match_sits_beside_the_pivots_own_lead():
    p = _art("p", ["TITLE.", "S1.", "S2."])
    x = _art("x", ["HEAD.", "LEAD.", "MORE.", "X2."])
    xt, pt = x[0].text, p[0].text
    a = _analysis([p, x], [Link("p", (pt.index("S2"), len(pt)), "x",
                                (xt.index("X2"), len(xt)), "copy", 1.0)])
    rows = align_rows(a, ["p", "x"], "p")
    # in order, one unit per pivot passage and the rest with the last: headline by headline
    assert [_cell_texts(a, r, ["p", "x"]) for r in rows] == \
        [["TITLE.", "HEAD."], ["S1.", "LEAD. MORE."], ["S2.", "X2."]]
    assert [r.aligned for r in rows] == [False, False, True]


def test_text_before_the_first_match_never_goes_above_the_pivots_first_passage():
    # the pivot's first passage is linked to y, so x's lead cannot sit beside it: its own row
    # comes after that passage, still before x's linked passage
    p = _art("p", ["S1.", "S2."])
    x = _art("x", ["LEAD.", "X2."])
    y = _art("y", ["Y1."])
    pt, xt = p[0].text, x[0].text
    a = _analysis([p, x, y], [Link("p", (0, 3), "y", (0, 3), "copy", 1.0),
                              Link("p", (pt.index("S2"), len(pt)), "x",
                                   (xt.index("X2"), len(xt)), "copy", 1.0)])
    rows = align_rows(a, ["p", "x", "y"], "p")
    assert [_cell_texts(a, r, ["p", "x", "y"]) for r in rows] == \
        [["S1.", "", "Y1."], ["", "LEAD.", ""], ["S2.", "X2.", ""]]
    # the pivot's first passage is linked to x itself: the lead joins that cell, in order
    a = _analysis([p, x], [Link("p", (0, 3), "x", (xt.index("X2"), len(xt)), "copy", 1.0)])
    rows = align_rows(a, ["p", "x"], "p")
    assert [_cell_texts(a, r, ["p", "x"]) for r in rows] == [["S1.", "LEAD. X2."], ["S2.", ""]]


def test_pivot_choice_changes_the_order():
    p = _art("p", ["S1.", "S2."])
    x = _art("x", ["X2.", "X1."])
    links = [Link("p", (0, 3), "x", (4, 7), "copy", 1.0), Link("p", (4, 7), "x", (0, 3), "copy", 1.0)]
    a = _analysis([p, x], links)
    on_p = [_cell_texts(a, r, ["p", "x"]) for r in align_rows(a, ["p", "x"], "p")]
    on_x = [_cell_texts(a, r, ["p", "x"]) for r in align_rows(a, ["p", "x"], "x")]
    assert on_p == [["S1.", "X1."], ["S2.", "X2."]]
    assert on_x == [["S2.", "X2."], ["S1.", "X1."]]


def test_an_article_unrelated_to_the_pivot_comes_last():
    p = _art("p", ["S1.", "S2."])
    x = _art("x", ["X1."])
    y = _art("y", ["OTHER STORY."])
    a = _analysis([p, x, y], [Link("p", (0, 3), "x", (0, 3), "copy", 1.0)])
    rows = align_rows(a, ["p", "x", "y"], "p")
    assert [_cell_texts(a, r, ["p", "x", "y"]) for r in rows] == \
        [["S1.", "X1.", ""], ["S2.", "", ""], ["", "", "OTHER STORY."]]
