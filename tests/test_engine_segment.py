import pytest

from desktop.core.segment import segment


def sentences(text):
    return [text[s:e] for s, e in segment(text).sentences]


@pytest.mark.parametrize("text, expected", [
    ("جملة أولى. جملة ثانية؟ ثالثة!", ["جملة أولى.", "جملة ثانية؟", "ثالثة!"]),
    ("مدينة دير الزور.وفي وقت لاحق", ["مدينة دير الزور.", "وفي وقت لاحق"]),
    ("بلغت 3.5 بالمئة، وفق التقرير.", ["بلغت 3.5 بالمئة، وفق التقرير."]),
    ("أوضح أن «الصواريخ استهدفت مخبزاً». وأضاف", ["أوضح أن «الصواريخ استهدفت مخبزاً».", "وأضاف"]),
    ("قال: \u201cلن نتوقف.\u201d ثم غادر", ["قال: \u201cلن نتوقف.\u201d", "ثم غادر"]),
])
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_paragraphs_are_lines_and_spans_are_stripped():
    text = "  عنوان  \n\n\nفقرة أولى. ثانية.\r\nأخيرة"
    seg = segment(text)
    assert [text[s:e] for s, e in seg.paragraphs] == ["عنوان", "فقرة أولى. ثانية.", "أخيرة"]
    assert len(seg.sentences) == 4
