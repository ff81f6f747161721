"""The Qt boundary: code points <-> UTF-16 units, and document positions <-> article offsets."""
import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from desktop.core.model import Article
from desktop.ui.views.qtext import OffsetMap, display_text, utf16_len
from desktop.ui.spans import ArticleMarks, Mark
from desktop.ui.views.text_render import DocMap, insert_spans, prepare_document


@pytest.mark.parametrize("text", ["", "abc", "😀", "a😀b😀😀c", "قال 𝕏 «العدوان» 😀"])
def test_offset_map_round_trips(text):
    m = OffsetMap(text)
    for i in range(len(text) + 1):
        q = utf16_len(text[:i])
        assert m.to_qt(i) == q
        assert m.from_qt(q) == i


def test_from_qt_inside_a_surrogate_pair_rounds_down():
    m = OffsetMap("a😀b")
    assert m.from_qt(2) == 1  # between the two halves of 😀


def test_display_text_keeps_length_and_line_breaks():
    raw = "سطر\r\nثان\tثالث\x0b"
    shown = display_text(raw)
    assert len(shown) == len(raw)
    assert shown.count("\n") == 1


def _article(text):
    return Article(id="a1", path="", text=text, outlet="X", encoding="utf-8")


def test_docmap_maps_spans_after_astral_characters(qapp):
    text = "😀 قوات الاحتلال 😀😀 ضربت\nسطر ثان 𝕏 العدوان"
    art = _article(text)
    doc = QTextDocument()
    prepare_document(doc, doc.defaultFont())
    docmap = DocMap()
    spans = ((0, text.index("\n")), (text.index("\n") + 1, len(text)))
    insert_spans(QTextCursor(doc), ArticleMarks(art), spans, set(), docmap)
    for word in ("قوات الاحتلال", "ضربت", "العدوان", "سطر"):
        start = text.index(word)
        (ds, de), = docmap.doc_ranges("a1", start, start + len(word))
        cursor = QTextCursor(doc)
        cursor.setPosition(ds)
        cursor.setPosition(de, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == word
        assert docmap.from_doc(ds) == ("a1", start)
        assert docmap.from_doc(de) == ("a1", start + len(word))


def test_paragraphs_are_right_to_left_blocks(qapp):
    from PySide6.QtCore import Qt
    text = "الفقرة الأولى\nالفقرة الثانية"
    doc = QTextDocument()
    prepare_document(doc, doc.defaultFont())
    insert_spans(QTextCursor(doc), ArticleMarks(_article(text)),
                 ((0, 13), (14, len(text))), set(), DocMap())
    assert doc.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    block = doc.begin()
    seen = 0
    while block.isValid():
        assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
        seen += 1
        block = block.next()
    assert seen == 2


def test_layer_formats_follow_marks(qapp):
    from PySide6.QtGui import QTextCharFormat
    text = "قصفت قوات الاحتلال موقعا"
    art = _article(text)
    s = text.index("قوات")
    marks = ArticleMarks(art, [Mark(s, s + len("قوات الاحتلال"), "framing", "#1f77b4", "tip")])
    doc = QTextDocument()
    docmap = DocMap()
    insert_spans(QTextCursor(doc), marks, ((0, len(text)),), {"framing"}, docmap)
    cursor = QTextCursor(doc)
    cursor.setPosition(s + 2)
    fmt = cursor.charFormat()
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert fmt.underlineColor().name() == "#1f77b4"
    cursor.setPosition(2)
    assert cursor.charFormat().underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline


def _natural_width(text, ranges, font):
    from PySide6.QtGui import QTextLayout, QTextOption
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.setFormats(ranges)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return line.naturalTextWidth()


def test_colour_inside_an_arabic_word_keeps_letters_joined(qapp):
    """DESIGN §7: a background or colour on part of a word must not break the joins.

    With Amiri the letters stay joined; a ligature that straddles the boundary (lam-meem in
    للم) is drawn as two joined letters instead, so the width moves a little, far less than
    letters set apart would."""
    from PySide6.QtGui import QColor, QTextCharFormat, QTextLayout
    from desktop.ui.fonts import arabic_font
    font = arabic_font(20)
    assert "Amiri" in font.family()
    word = "وللميليشيات"
    plain = _natural_width(word, [], font)
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#ffcc00"))
    fmt.setForeground(QColor("#c62828"))
    rng = QTextLayout.FormatRange()
    rng.start, rng.length, rng.format = 3, 5, fmt
    coloured = _natural_width(word, [rng], font)
    isolated = _natural_width(" ".join(word), [], font)
    assert isolated > plain + 30  # letters set apart are much wider
    assert abs(coloured - plain) < 0.15 * (isolated - plain)


from PySide6.QtCore import Qt  # noqa: E402
