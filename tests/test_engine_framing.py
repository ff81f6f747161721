import pytest

from desktop.core.analysis import analyze
from desktop.core.framing import TermMatcher, terms_in
from desktop.core.ingest import article_from_text
from desktop.core.lexicon import Lexicon, LexiconError, Term, default_lexicon, load_lexicon


@pytest.fixture(scope="module")
def matcher():
    return TermMatcher(default_lexicon())


@pytest.mark.parametrize("text, term", [
    ("الميليشيات", "الميليشيات"),
    ("وللميليشيات", "الميليشيات"),
    ("ميليشياتها", "الميليشيات"),
    ("مليشيات", "الميليشيات"),
    ("للمقاومة", "المقاومة"),
    ("ومقاومتها", "المقاومة"),
    ("قوات الاحتلال الأمريكية", "قوات الاحتلال الأميركي"),
    ("وقوات الاحتلال الأميركي", "قوات الاحتلال الأميركي"),
    ("وزعمت", "زعم"),
    ("يزعمون", "زعم"),
    ("بالعدوان", "العدوان"),
    ("العداون", "العدوان"),  # the typo in the seeds
    ("والكيان", "الكيان"),
])
def test_term_found_with_clitics_inflection_and_variants(matcher, text, term):
    assert [t.term for t in terms_in(text, matcher)] == [term]


@pytest.mark.parametrize("text", ["الكيانات", "مقال", "الاكاديمية", "عدوانية", "المقاومات"])
def test_term_not_found_inside_a_longer_word(matcher, text):
    assert [t.term for t in terms_in(text, matcher) if t.term in ("الكيان", "قال", "العدوان")] == []


def test_longest_term_wins(matcher):
    assert [t.term for t in terms_in("الميليشيات المدعومة من إيران", matcher)] == ["الميليشيات المدعومة من إيران"]


def test_quoted_speech_and_scare_quotes():
    text = 'وقال المتحدث إن "الميليشيات شنت هجمات" على القاعدة.\nوأدان ما تفعله «إسرائيل» في غزة.\n'
    an = analyze([article_from_text(text, id="q", outlet="X")])
    by_text = {h.text: h for h in an.framing}
    assert by_text["الميليشيات"].in_quote
    assert not by_text["وقال"].in_quote
    israel = by_text["إسرائيل"]
    assert israel.scare_quoted and not israel.in_quote


def test_lexicon_round_trip_and_changes():
    lex = default_lexicon()
    assert Lexicon.from_dict(lex.to_dict()) == lex
    changed = lex.with_changes(add=[Term("الفصائل المسلحة", "armed_groups", "neutral", "armed factions")])
    assert changed.version != lex.version
    assert "الفصائل المسلحة" in [t.term for t in terms_in("والفصائل المسلحة", TermMatcher(changed))]
    with pytest.raises(LexiconError, match="unknown category"):
        lex.with_changes(add=[Term("x", "nope")])


def test_broken_lexicon_file_gives_a_clear_error(tmp_path):
    bad = tmp_path / "lex.toml"
    bad.write_text("[categories\n")
    with pytest.raises(LexiconError, match="not valid TOML"):
        load_lexicon(bad)
