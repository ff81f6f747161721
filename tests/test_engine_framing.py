"""Framing rules on Arabic sentences written for these tests: morphology, sense, distancing,
quoted vs own voice, categories, and the lexicon format."""
import pytest

from desktop.core.analysis import analyze
from desktop.core.framing import TermMatcher, terms_in
from desktop.core.ingest import article_from_text
from desktop.core.lexicon import Lexicon, LexiconError, Term, default_lexicon, load_lexicon


@pytest.fixture(scope="module")
def matcher():
    return TermMatcher(default_lexicon())


def found(matcher, text):
    return [t.term for t in terms_in(text, matcher)]


def hits(text, outlet="X"):
    return analyze([article_from_text(text, id="t", outlet=outlet)]).framing


def hit(text, word, outlet="X"):
    return next(h for h in hits(text, outlet) if word in h.text)


# --- morphology ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["احتل", "الاحتلال", "للاحتلال", "المحتل", "تحتلها", "يحتلون",
                                  "احتلالها", "والمحتلين", "احتلت"])
def test_one_verb_entry_finds_its_inflected_and_derived_forms(matcher, text):
    assert found(matcher, text) == ["الاحتلال"]


@pytest.mark.parametrize("text, term", [
    ("وللميليشيات", "مليشيا"), ("ميليشياتها", "مليشيا"), ("مليشيات", "مليشيا"),
    ("الميليشيا", "مليشيا"),
    ("للمقاومة", "المقاومة"), ("ومقاومتها", "المقاومة"),
    ("مرتزقتها", "مرتزقة"), ("وكلاؤها", "وكلاء"), ("بوكلائها", "وكلاء"),
    ("شهيدين", "شهيد"), ("الشهيدة", "شهيد"), ("والشهداء", "شهيد"),
    ("الغارتين", "غارة"), ("وغاراتها", "غارة"),
    ("وزعمت", "زعم"), ("يزعمون", "زعم"), ("مزاعمه", "زعم"),
    ("سيقول", "قال"), ("وتؤكد", "أكد"), ("ونفت", "نفى"), ("ادعوا", "ادعى"),
])
def test_clitics_inflection_and_spelling_variants(matcher, text, term):
    assert found(matcher, text) == [term]


def test_american_spellings_and_agreement_in_phrases(matcher):
    assert found(matcher, "القوات الأمريكية") == found(matcher, "للقوات الأميركية") \
        == ["القوات الأميركية"]
    assert found(matcher, "الجنود الأمريكيين") == ["القوات الأميركية"]
    assert found(matcher, "المسلحون المدعومون من طهران") == ["المسلحين", "المدعومة من إيران"]
    assert found(matcher, "والفصائل الموالية لطهران") == ["الفصائل المدعومة من إيران"]


@pytest.mark.parametrize("text", ["الكيانات", "مقال", "عدوانية", "الاكاديمية", "تقاوم", "شاهد",
                                  "الغار", "علماء", "الإسرائيلي", "ضحى", "هجرة"])
def test_no_term_inside_a_longer_or_other_word(matcher, text):
    assert found(matcher, text) == []


def test_one_swapped_letter_and_glued_words(matcher):
    assert found(matcher, "المتمدرين") == ["المتمرد"]  # two neighbouring letters swapped
    assert found(matcher, "العودان") == []  # swaps near the start make other words
    assert found(matcher, "الكيانالغاصب") == ["الكيان"]
    h = hit("وصلت طائرات الكيانالغاصب إلى الحدود.", "الكيان")
    assert h.text == "الكيان"


def test_a_word_broken_to_dodge_filters_is_joined_again():
    h = hit("وسقط عشرة شـ.ـهداء في القصف.\n", "ـهداء")
    assert h.term == "شهيد" and h.text == "شـ.ـهداء"
    assert not [x for x in hits("انتهى الاجتماع. هدأ الوضع.\n") if x.term == "شهيد"]


def test_longest_term_wins(matcher):
    assert found(matcher, "الميليشيات المدعومة من إيران") == ["المليشيات المدعومة من إيران"]
    assert found(matcher, "مليشيا الدعم السريع الإرهابية") == ["مليشيا الدعم السريع"]


# --- categories say whom the label is about ---------------------------------------------
@pytest.mark.parametrize("text, category", [
    ("العدوان الإسرائيلي", "israel"), ("العدو الصهيوني", "israel"), ("جيش الاحتلال", "israel"),
    ("دولة الاحتلال", "israel"), ("العدوان الأمريكي", "us_strikes"),
    ("قوات الاحتلال الأمريكية", "us_forces"), ("العدوان", "acts"), ("العدو", "forces"),
    ("مليشيا الحوثي", "houthis"), ("حزب الله", "hezbollah"), ("النظام السوري", "syrian_government"),
    ("قوات الدعم السريع", "rsf"), ("غير الشرعية", "legitimacy"), ("اللاشرعية", "legitimacy"),
])
def test_category_follows_the_actor_the_label_fixes(matcher, text, category):
    assert [t.category for t in terms_in(text, matcher)] == [category]


# --- sense ---------------------------------------------------------------------------------
def test_innocent_readings_are_not_attribution():
    text = ("\n\nوالتقينا شابا يُدعى سمير في السوق، وكانت لدينا معلومات مؤكدة عن الحادث.\n"
            "وتقدم الادعاء العام بطلب جديد.\n")
    assert [h.text for h in hits(text) if h.category == "attribution"] == []


def test_attribution_verbs_in_the_body_still_count():
    text = "وادعى المتحدث أن القصف طال المدنيين، وقال مؤكدا أن التحقيق مستمر.\n"
    got = {h.text: h.frame for h in hits(text) if h.category == "attribution"}
    assert got == {"وادعى": "claimed", "وقال": "said", "مؤكدا": "affirmed"}


def test_attribution_verb_in_a_headline_is_not_counted():
    text = "الوزير يؤكد استمرار المفاوضات\n\nوأكد الوزير في مؤتمر صحفي أن المفاوضات مستمرة.\n"
    att = [h.text for h in hits(text) if h.category == "attribution"]
    assert att == ["وأكد"]


def test_a_name_takes_no_pronoun_and_enthusiasm_is_not_hamas(matcher):
    assert found(matcher, "واستقبلوه بحماس كبير") == []
    assert found(matcher, "حماسهم") == []
    assert found(matcher, "وقال مسؤول من حماس") == ["قال", "حماس"]
    assert found(matcher, "وهجره الجنود من بيته") == ["التهجير"]  # verb + pronoun -ه


def test_occupied_a_rank_is_not_occupation(matcher):
    assert found(matcher, "احتل الفريق المركز الأول") == []


# --- distancing -------------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("وهاجمت ما تسمى بالمقاومة مواقع الجيش.", "بالمقاومة"),
    ("وانتقد الكاتب لما يسمى محور المقاومة دوره في الأزمة.", "محور المقاومة"),
    ("وأصدرت ما يعرف بالحكومة الشرعية قرارا جديدا.", "بالحكومة الشرعية"),
    ("وظهرت جماعة تطلق على نفسها اسم أنصار الله في المدينة.", "أنصار الله"),
    ("وتحدث البيان عن الثوار المزعومين في المدينة.", "الثوار"),
])
def test_distancing_marker_makes_the_label_distanced(text, word):
    h = hit(text, word)
    assert h.distanced and h.stance == "delegitimizing" and not h.in_quote
    assert any(x.category == "distancing" for x in hits(text))


def test_in_their_words_distances_the_quote_before_it():
    text = "وقال القائد إن «المقاومة ستنتصر في النهاية» حسب تعبيره.\n"
    h = hit(text, "المقاومة")
    assert h.in_quote and h.distanced


def test_scare_quotes_distance_the_label_and_are_not_speech():
    text = "وتحدث عما تفعله «إسرائيل» في القطاع، وكتب عن \"المقاومة\" بحذر.\n"
    for word in ("إسرائيل", "المقاومة"):
        h = hit(text, word)
        assert h.scare_quoted and h.distanced and not h.in_quote


def test_a_quote_holding_only_a_label_is_a_name_not_speech():
    text = "وتشن «المقاومة الإسلامية في العراق» هجمات متواصلة على القواعد.\n"
    h = hit(text, "المقاومة الإسلامية")
    assert h.scare_quoted and h.distanced and not h.in_quote
    speech = "وقال المتحدث: «المقاومة الإسلامية في العراق»\n"
    h = hit(speech, "المقاومة الإسلامية")
    assert h.in_quote and not h.distanced and h.speaker == "المتحدث"


def test_a_label_in_marks_after_described_as_is_the_describers_word():
    text = "وندد الوزير بما وصفه بـ«العدوان» على البلدة.\n"
    h = hit(text, "العدوان")
    assert h.in_quote and not h.distanced
    short = "وقال: «المقاومة»\n"
    assert hit(short, "المقاومة").in_quote


def test_label_without_marker_is_not_distanced():
    h = hit("وهاجمت المقاومة مواقع الجيش.", "المقاومة")
    assert not h.distanced and h.stance == "legitimizing"


# --- quoted vs own voice ----------------------------------------------------------------
def test_nested_quotes():
    text = "وقال المسؤول: «إن ما سماه الطرف الآخر “الدفاع عن النفس” ليس إلا عدوانا».\n"
    assert hit(text, "عدوانا").in_quote
    assert hit(text, "الدفاع عن النفس").in_quote


def test_unbalanced_quote_runs_to_the_end_of_its_sentence():
    text = "وقال الناطق «إن الميليشيات هاجمت القرية. ثم قصف العدوان المدينة.\n"
    assert hit(text, "الميليشيات").in_quote
    assert not hit(text, "العدوان").in_quote


def test_one_mark_for_both_ends_and_reversed_guillemets():
    text = "ونقل عن شاهد قوله ”الميليشيات دخلت الحي“ ثم غادرت القوات الأمريكية.\n"
    text += "وقال آخر »المرتزقة في كل مكان« وانسحب المسلحين لاحقا.\n"
    assert hit(text, "الميليشيات").in_quote
    assert not hit(text, "القوات الأمريكية").in_quote
    assert hit(text, "المرتزقة").in_quote
    assert not hit(text, "المسلحين").in_quote
    same = "وروى شاهد ”الميليشيات أحرقت البيوت“، ثم تقدم جيش الاحتلال.\n".replace("“", "”")
    assert hit(same, "الميليشيات").in_quote
    assert not hit(same, "جيش الاحتلال").in_quote


def test_a_stray_reversed_mark_does_not_flip_the_paragraph():
    text = "وقصفت القوات و»الوحدات» مواقع ثم هاجمت «المقاومة الإسلامية» قافلة للمرتزقة.\n"
    assert not hit(text, "مرتزقة").in_quote
    assert hit(text, "المقاومة الإسلامية").scare_quoted


@pytest.mark.parametrize("text, word, speaker", [
    ("وقال البيان إن الميليشيات قصفت الحي.", "الميليشيات", "البيان"),
    ("وأضاف المتحدث العسكري أن جيش الاحتلال انسحب.", "جيش الاحتلال", "المتحدث العسكري"),
    ("أعلنت الوزارة أن عدد الشهداء ارتفع.", "الشهداء", "الوزارة"),
    ("وقال المتحدث: الميليشيات تتحمل المسؤولية.", "الميليشيات", "المتحدث"),
    ("غير أن مصادر محلية أكدت أن المرتزقة انسحبوا.", "المرتزقة", "مصادر محلية"),
])
def test_reported_speech_without_marks_is_quoted_with_its_speaker(text, word, speaker):
    h = hit(text, word)
    assert h.in_quote and h.speaker == speaker


def test_reported_speech_ends_with_its_sentence_and_the_verb_is_own_voice():
    text = "وقال الناطق إن الميليشيات انسحبت. وتقدمت المقاومة في المدينة.\n"
    assert hit(text, "الميليشيات").in_quote
    assert not hit(text, "المقاومة").in_quote
    assert not hit(text, "وقال").in_quote


def test_what_a_condemner_calls_the_act_is_their_word():
    text = "وأدانت المنظمة هذه المجزرة المروعة، ودعت إلى تحقيق. وقصف الاحتلال الحي.\n"
    h = hit(text, "المجزرة")
    assert h.in_quote and h.speaker == "المنظمة"
    assert not hit(text, "الاحتلال").in_quote


def test_speech_participle_with_an_complementizer_is_reported_speech():
    text = "وتحدث المدير عن الوضع الصعب، مضيفا أن الميليشيات تمنع القوافل.\n"
    assert hit(text, "الميليشيات").in_quote
    assert not hit("وتحدث المدير عن الميليشيات في المدينة.\n", "الميليشيات").in_quote


def test_follow_up_verb_keeps_the_speaker_named_before():
    text = "وقال قائد الشرطة إن الهجوم فشل. وأضاف أن المسلحين فروا.\n"
    assert hit(text, "المسلحين").speaker == "قائد الشرطة"


def test_a_trailing_source_attributes_its_clause():
    text = "وتقدمت الدبابات صباحا، وقتل عشرة مدنيين في القصف، وفق المرصد المحلي.\n"
    h = hit(text, "القصف")
    assert h.in_quote and h.speaker == "المرصد المحلي"


def test_the_outlets_own_reporters_speak_in_its_voice():
    text = "وقال مراسلنا إن الميليشيات انسحبت من البلدة.\n"
    assert not hit(text, "الميليشيات").in_quote


# --- lexicon format ---------------------------------------------------------------------
def test_sets_expand_into_variants():
    data = {"sets": {"WHO": ["الأولى", "الثانية"]},
            "categories": {"c": {"label": "C"}},
            "terms": [{"term": "القوة {WHO}", "category": "c"}]}
    lex = Lexicon.from_dict(data)
    assert lex.terms[0].term == "القوة الأولى" and lex.terms[0].variants == ("القوة الثانية",)
    with pytest.raises(LexiconError, match="no set named"):
        Lexicon.from_dict({**data, "terms": [{"term": "{NOPE}", "category": "c"}]})


def test_lexicon_round_trip_and_changes():
    lex = default_lexicon()
    assert Lexicon.from_dict(lex.to_dict()) == lex
    changed = lex.with_changes(add=[Term("الفصائل المسلحة", "armed_groups", "neutral", "armed factions")])
    assert changed.version != lex.version
    assert "الفصائل المسلحة" in [t.term for t in terms_in("والفصائل المسلحة", TermMatcher(changed))]
    with pytest.raises(LexiconError, match="unknown category"):
        lex.with_changes(add=[Term("x", "nope")])


def test_bundled_lexicon_has_no_glued_or_misspelt_entries():
    forms = [f for t in default_lexicon().terms for f in (t.term, *t.variants, *t.derived)]
    assert "العداون" not in forms and not any("الكيانالاحتلال" in f for f in forms)


def test_broken_lexicon_file_gives_a_clear_error(tmp_path):
    bad = tmp_path / "lex.toml"
    bad.write_text("[categories\n")
    with pytest.raises(LexiconError, match="not valid TOML"):
        load_lexicon(bad)
