import pyarabic.araby as araby
import pytest

from desktop.core.normalize import normalize, tokenize, word_key


@pytest.mark.parametrize("raw, expected", [
    ("أإآٱ", "اااا"),
    ("ى ی ئ", "ي ي ي"),
    ("ؤ ة ک", "و ه ك"),
    ("«قسد» “قسد” \"قسد\"", '"قسد" "قسد" "قسد"'),
    ("١٥ ۱۵", "15 15"),
    ("مُسيّرة", "مسيره"),
    ("العـــدوان", "العدوان"),
    ("\u202bنص\u202c\u200f", "نص"),
])
def test_character_table(raw, expected):
    assert normalize(raw).text == expected


def test_spans_map_back_exactly_and_widen_over_diacritics():
    text = "قصفت الطائراتُ المسيّرةُ القاعدة"
    norm = normalize(text)
    start = norm.text.index("المسيره")
    s, e = norm.to_original(start, start + len("المسيره"))
    assert text[s:e] == "المسيّرةُ"  # trailing damma swallowed into the span


def test_offsets_stay_exact_with_emoji_and_bidi_controls():
    text = "😀 \u202bقوات\u202c الاحتلال 👍🏽 الأمريكيّة"
    tokens = tokenize(normalize(text))
    assert [text[t.start:t.end] for t in tokens] == ["قوات", "الاحتلال", "الأمريكيّة"]


def test_american_spelling_variants_share_a_key():
    assert word_key(normalize("الأمريكية").text) == word_key(normalize("الأميركية").text)
    assert word_key(normalize("أمريكيين").text) == word_key(normalize("أميركيين").text)


def test_pyarabic_traps_we_rely_on_avoiding():
    # pin the behaviours DESIGN.md warns about, so an upgrade that changes them is noticed
    assert araby.normalize_hamza("أكد") != "اكد"  # default method turns أ into bare hamza
    assert araby.normalize_hamza("أكد", method="tasheel") == "اكد"
    assert araby.normalize_alef("على") == "علا"  # why we map ى ourselves, to ي
    assert araby.strip_tashkeel("مُسَيَّرَة") == "مسيرة"
    # our table agrees with pyarabic's harakat list
    assert all(normalize(ch).text == "" for ch in araby.TASHKEEL)


from hypothesis import given, settings
from hypothesis import strategies as st

ALPHABET = st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآىئؤة") + list("\u064b\u064e\u064f\u0650\u0651\u0652\u0640")
                           + ["\u202b", "\u202c", "\u200f", "\u00a0", " ", "\n", "«", "»", "😀", "👍", "\U0001F3FD", "1", "٣", "."])


@settings(max_examples=200, deadline=None)
@given(st.text(ALPHABET, max_size=80))
def test_every_normalized_span_maps_to_text_that_normalizes_back(text):
    norm = normalize(text)
    assert len(norm.origin) == len(norm.text) + 1
    for token in tokenize(norm):
        piece = text[token.start:token.end]
        assert word_key(normalize(piece).text.strip()) == token.key
