"""Table-driven re-anchoring cases (DESIGN.md §8 order: position, exact, fuzzy, orphan)."""
import pytest

from desktop.store.anchoring import (
    CONTEXT,
    equal_blocks,
    quote_at,
    reanchor,
)

OLD = "قال مصدر ميداني للميادين إن قوات الاحتلال الأميركي قصفت مواقع في دير الزور فجر اليوم."


def q(text, word):
    s = text.index(word)
    return quote_at(text, s, s + len(word))


def test_quote_at_takes_32_characters_of_context():
    text = "ا" * 50 + "هدف" + "ب" * 50
    quote = quote_at(text, 50, 53)
    assert quote.exact == "هدف"
    assert quote.prefix == "ا" * CONTEXT and quote.suffix == "ب" * CONTEXT
    with pytest.raises(ValueError):
        quote_at(text, 90, 200)


CASES = [
    # (name, new text, quoted word in OLD, expected method, expected text at new place or None)
    ("unchanged", OLD, "قوات الاحتلال", "position", "قوات الاحتلال"),
    ("insert before", "عاجل: " + OLD, "قوات الاحتلال", "exact", "قوات الاحتلال"),
    ("delete before", OLD.replace("قال مصدر ميداني للميادين ", ""), "قوات الاحتلال", "exact",
     "قوات الاحتلال"),
    ("edit after", OLD.replace("فجر اليوم", "صباح الخميس"), "قوات الاحتلال", "position",
     "قوات الاحتلال"),
    ("diacritics added inside quote", OLD.replace("قصفت", "قَصَفَتْ"), "قصفت", "fuzzy", "قَصَفَتْ"),
    ("one letter changed in long quote",
     OLD.replace("الأميركي", "الأمريكي"), "قوات الاحتلال الأميركي", "fuzzy", "قوات الاحتلال الأمريكي"),
    ("quote deleted", OLD.replace("مواقع ", ""), "مواقع", "orphan", None),
    ("quote replaced", OLD.replace("قوات الاحتلال الأميركي", "القوات الأميركية"),
     "قوات الاحتلال", "orphan", None),
]


@pytest.mark.parametrize("name,new,word,method,expect", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("with_old", [True, False], ids=["diff", "no-diff"])
def test_reanchor_table(name, new, word, method, expect, with_old):
    spot = reanchor(q(OLD, word), new, OLD if with_old else None)
    assert spot.method == method
    if expect is None:
        assert spot.start is None
    else:
        assert new[spot.start:spot.end] == expect


def test_repeated_quote_goes_to_the_occurrence_with_matching_context():
    old = "بدأ الهجوم صباحا. ثم قال المتحدث إن الهجوم انتهى. وقال شاهد إن الهجوم استمر."
    quote = quote_at(old, old.index("الهجوم انتهى"), old.index("الهجوم انتهى") + len("الهجوم"))
    new = "عاجل. " + old
    spot = reanchor(quote, new, None)  # no old text: the stored position reads something else
    assert spot.method == "exact"
    assert new[spot.start:spot.end + 6] == "الهجوم انتهى"


def test_old_position_holding_a_different_copy_is_not_taken_when_the_edit_is_known():
    old = "أ ص ع ب ص ع ج ص ع د"
    start = old.index("ب ص ع") + 2  # the second "ص ع"
    quote = quote_at(old, start, start + 3)
    new = old[6:]  # "أ ص ع " deleted: the old offsets now hold the third copy
    spot = reanchor(quote, new, old)
    assert (spot.start, spot.end) == (2, 5) and spot.method == "exact"
    # Without the old text the stored position wins (DESIGN §8 step 1): same words, other copy.
    assert reanchor(quote, new, None).method == "position"


def test_short_quote_deleted_goes_to_the_nearest_copy_else_orphan():
    """DESIGN §8: an exact copy of the quote, nearest the old position, before anything fuzzy;
    an orphan only when no copy is left."""
    old = "في المدينة اشتباكات عنيفة في الريف هدوء حذر في الجنوب"
    s = old.index("في الريف")
    quote = quote_at(old, s, s + 2)
    new = old[:s] + old[s + 3:]  # "في " removed there
    for spot in (reanchor(quote, new, old), reanchor(quote, new, None)):
        assert spot.method == "exact" and new[spot.start:spot.end] == "في"
        assert spot.start == new.index("في الجنوب")  # nearer than the first one
    gone = new.replace("في", "عند")
    assert reanchor(quote, gone, old).method == "orphan"


def test_emoji_and_bidi_controls_keep_code_point_offsets():
    old = "\u202bخبر 😀👍🏽 عاجل\u202c: قوات الاحتلال هنا"
    quote = q(old, "قوات الاحتلال")
    new = "🇸🇾 " + old
    spot = reanchor(quote, new, old)
    assert new[spot.start:spot.end] == "قوات الاحتلال"
    assert spot.start == quote.start + 3


def test_equal_blocks_cover_shared_text():
    old, new = "ا ب ج د ه", "ا ب س د ه"
    blocks = equal_blocks(old, new)
    shared = sum(n for _, _, n in blocks)
    assert shared == len(old) - 1
    for a0, b0, n in blocks:
        assert old[a0:a0 + n] == new[b0:b0 + n]


def test_whole_text_quote_without_context():
    old = "نص قصير"
    quote = quote_at(old, 0, len(old))
    assert reanchor(quote, "مقدمة " + old, None).method == "exact"
