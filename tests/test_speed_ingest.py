"""Reading an article faster changes nothing it finds: each fast route of the `read` stage
(furniture, boilerplate, credits, dates, registry) against the plain route, on text written
here (random-ish mixes of furniture lines, credits, datelines and dates)."""
from __future__ import annotations

import random
import re

import pytest

from desktop.core import boilerplate, credits, dates, furniture, needles, registry, rx
from desktop.core.normalize import fold, normalize
from support import brute_force_boilerplate

FURNITURE = [
    "اقرأ أيضا: تفاصيل جديدة عن الغارة", "زر الذهاب إلى الأعلى", "شارك على فيسبوك تويتر واتساب",
    "تابعونا على قناتنا في تلغرام", "انضم إلى قناتنا على تيليغرام للمزيد", "الأكثر قراءة",
    "#غزة #لبنان #عاجل", "حجم الخط", "12 يناير 2024 - 10:30", "آخر تحديث: 3 مارس 2024",
    "المصدر: وكالة الأنباء", "جميع الحقوق محفوظة © 2024", "pic.twitter.com/abc123",
    "كتب: محمد علي", "تحرير: سامي", "//انتهى//", "(صورة أرشيفية)", "نستخدم ملفات تعريف الارتباط لتحسين تجربتك",
    "الآراء الواردة تعبر عن رأي كاتبها", "A post shared by someone", "خاص بـ«المثال»",
    "اقرأ المزيد", "سجل بريدك الإلكتروني", "المقال التالي", "رئيس التحرير: فلان",
    "مصدر الصورة: رويترز", "وكالات", "متابعات", "ويظهر الفيديو لحظة القصف", "بث مباشر",
]
SENTENCES = [
    "قصفت الطائرات موقعين قرب النهر صباح اليوم، وقال مصدر إن الغارة أسفرت عن إصابات.",
    "الرياض (واس) - أعلنت الوزارة اليوم عن خطة جديدة للطرق.",
    "دمشق - سانا - قالت الوزارة إن الأعمال مستمرة.",
    "وذكرت وكالة رويترز نقلا عن مصادر أن المحادثات توقفت.",
    "بحسب ما ذكرت صحيفة الشرق الأوسط، فإن الوفد وصل أمس الثلاثاء.",
    "وقال مراسل الميادين إن القصف تجدد، وفقا لوكالة الأنباء الرسمية.",
    "وأفادت قناة الجزيرة بأن الاجتماع انتهى، حسبما نقلت «وكالة الأنباء الألمانية».",
    "بيروت، 17 أيلول 2024 (رويترز) - انفجرت أجهزة اتصال في مناطق عدة.",
    "الفاشر – 19 سبتمبر 2025 – قتل العشرات في هجوم بطائرة مسيرة.",
    "وكتبت صحيفة ديلي ميل البريطانية أن التحقيق مستمر منذ 2024-02-29.",
    "Reuters reported on 29/02/2024 that talks resumed, per CNN and BBC.",
    "وقالت لرويترز إن الهدنة صامدة منذ يناير 28, 2025 على الأقل.",
    "أكد مصدر ميداني\u00a0للميادين\u00a0اندلاع اشتباكات عنيفة فجر اليوم الجمعة.",
    "وتابعت «الحياة الجديدة» أن الطرق أغلقت، مشيرة إلى أن المراسلين لاحظوا ذلك.",
    "وبثت قناة العربية مقطعا، فيما نشرت صحيفة النهار صورا للموقع.",
    "ولفت المصدر إلى أنَّ الصواريخ استهدفت مواقع عدّة في ٧ تشرين الأول ٢٠٢٣.",
]
BREAKS = ["\n", "\n", "\n\n", "\r\n", "\n   \n"]


def _text(seed: int, n: int = 40) -> str:
    rng = random.Random(seed)
    words = " ".join(FURNITURE + SENTENCES).split()
    parts = []
    for _ in range(n):
        r = rng.random()
        if r < 0.35:
            line = rng.choice(FURNITURE)
        elif r < 0.8:
            line = rng.choice(SENTENCES)
        else:
            line = " ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
        if rng.random() < 0.2:
            line = rng.choice(["  ", "\t", "\u00a0", "• "]) + line
        if rng.random() < 0.1:
            line = line + rng.choice(["\u064e", "\u200f", " "])
        parts.append(line)
        parts.append(rng.choice(BREAKS))
    return "".join(parts)


@pytest.mark.parametrize("seed", range(12))
def test_boilerplate_marks_what_every_rule_on_every_line_marks(seed):
    text = _text(seed)
    got = [(m.span, m.kind) for m in boilerplate.find_boilerplate(text)]
    assert got == brute_force_boilerplate(text)


def test_boilerplate_rules_that_need_strings_still_match_their_lines():
    # each of these lines is matched only by a rule that is tried where its strings are
    always, _ = boilerplate._needle_rules(boilerplate.rules())
    assert always != (1 << len(boilerplate.rules())) - 1  # some rules do wait for their strings
    for line in ("تابعونا على قناتنا في تلغرام", "نستخدم ملفات تعريف الارتباط لتحسين تجربتك",
                 "A post shared by someone", "كتب: محمد علي"):
        text = "فقرة أولى من النص هنا.\n" + line + "\nفقرة أخيرة من النص هنا."
        assert [(m.span, m.kind) for m in boilerplate.find_boilerplate(text)] == brute_force_boilerplate(text)
        assert boilerplate.find_boilerplate(text)


@pytest.mark.parametrize("use_automaton", [True, False])
def test_needles_find_every_occurrence_overlapping_ones_too(monkeypatch, use_automaton):
    if not use_automaton:
        monkeypatch.setattr(needles, "ahocorasick", None)
    elif needles.ahocorasick is None:
        pytest.skip("pyahocorasick is not installed")
    rng = random.Random(5)
    strings = {"ab": 1, "abc": 2, "bca": 4, "c": 8, "تحرير": 16, "حرير": 32, "": 64}
    found = needles.Needles(strings)
    for _ in range(200):
        text = "".join(rng.choice("abcx تحرير") for _ in range(rng.randint(0, 40)))
        want = sorted((i, i + len(s), v) for s, v in strings.items() if s
                      for i in range(len(text)) if text.startswith(s, i))
        assert sorted(found.found(text)) == want
        assert found.held(text) == (0 if not want else __import__("functools").reduce(
            lambda a, b: a | b, (v for _, _, v in want)))
    assert needles.by_line([(0, 2, 1), (3, 6, 2), (5, 9, 4)], [0, 3, 7], [2, 6, 9]) == {0: 1, 1: 2}


@pytest.mark.parametrize("seed", range(6))
def test_credits_visiting_only_opening_words_finds_what_visiting_every_word_finds(seed, monkeypatch):
    text = _text(seed, 60)
    fast = credits.find_credits(text)
    monkeypatch.setattr(credits, "_openings", lambda words: list(range(len(words))))
    assert credits.find_credits(text) == fast
    assert fast  # the text credits outlets: the comparison is not empty


def test_credit_words_are_the_lowered_tokens():
    for text in (_text(1), _text(2) + " CNN BBC Reuters ΣΑΣ İstanbul", "لا شيء", ""):
        assert credits._words(text) == [tuple(t) for t in credits._tokens(text)]


def test_opening_words_are_the_words_bare_turns_into_a_cue():
    words = [t[0] for t in credits._words(_text(3, 80))] + ["ولرويترز", "فنقلت", "وكالة", "لل", "ل",
                                                            "والمصدر", "وو", "ف"]
    plain = [i for i, w in enumerate(words)
             if credits._bare(w)[:1] == "ل" or credits._bare(w) in credits._CUE_WORDS]
    assert credits._openings(words) == plain


def _plain_dates(text: str):
    folded = normalize(text)
    out = []
    for pat in dates.PATTERNS:
        for m in pat.finditer(folded.text):
            iso = dates._iso(m)
            if iso:
                out.append((iso, folded.to_original(m.start(), m.end())))
    out.sort(key=lambda x: x[1])
    kept = []
    for iso, span in out:
        if kept and span[0] < kept[-1][1][1]:
            continue
        kept.append((iso, span))
    return kept


def test_dates_pre_tests_rule_out_no_date():
    rng = random.Random(9)
    pieces = ["19 سبتمبر 2025", "7 مايو ( أيار) 2023", "يناير 28, 2025", "2024-02-29", "29/02/2024",
              "12 يناير/ كانون الثاني 2024", "٢٠٢٣/١٠/٠٧", "1999.12.31", "3-4-2020", "٧ تشرين الأول ٢٠٢٣",
              "2023", "19", "سبتمبر", ",", "-", "/", " ", "كلمة", "(", ")", "20", "1", "،"]
    hits = 0
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        got = dates.find_dates(text)
        assert got == _plain_dates(text), text
        hits += bool(got)
    assert hits > 50


def test_line_keys_from_the_folded_text_are_the_line_keys():
    for text in (_text(4), _text(7)):
        lines = furniture._lines(text)
        folded = normalize(text).text.splitlines()
        assert len(lines) == len(folded)
        for (s, e, body), f in zip(lines, folded):
            assert furniture._folded_key(f) == furniture._key(body.strip())


@pytest.mark.parametrize("seed", range(4))
def test_furniture_on_mixed_text_keeps_its_marks_with_fresh_strings(seed):
    text = _text(seed)
    once = furniture.find_furniture(text)
    again = furniture.find_furniture("".join(list(text)))  # a new string: nothing shared
    assert once == again and once[0]


def test_registry_quick_no_is_the_set_test():
    reg = registry.registry()
    for w in [t[0] for t in credits._words(_text(5, 80))] + ["رويترز", "وللميادين", "الميادين", "cnn"]:
        s0 = registry._strip_clitic((w,))[0]
        plain = bool({w, s0, registry.loose((w,))[0], registry.loose((s0,))[0]} & reg.firsts)
        assert reg._may_open(w) == plain


def test_user_outlet_file_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv(registry.USER_OUTLETS_ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "a"))
    assert registry._user_outlets_file() == str(registry.user_outlets_path())
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "b"))
    assert registry._user_outlets_file() == str(tmp_path / "b" / "qarin" / "outlets.toml")
    monkeypatch.setenv(registry.USER_OUTLETS_ENV, str(tmp_path / "mine.toml"))
    assert registry._user_outlets_file() == str(tmp_path / "mine.toml")
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.delenv(registry.USER_OUTLETS_ENV)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert registry._user_outlets_file() == str(registry.user_outlets_path())


def test_fold_of_a_line_is_the_line_of_the_folded_text():
    text = _text(6) + "\u2028سطر\u0085آخر\x0bثالث"
    assert [fold(x) for x in text.splitlines(keepends=True)] == normalize(text).text.splitlines(keepends=True)


def test_glued_heading_pattern_finds_what_the_look_behind_first_one_finds():
    import re

    old = re.compile(r"(?<=[^\W\d_])" + furniture._GLUED.pattern.replace(r"و(?<=[^\W\d_]و)", "و", 1))
    assert old.pattern.startswith(r"(?<=[^\W\d_])و(?:نقلت")
    rng = random.Random(11)
    pieces = ["بلبنان", "ونقلت", "وقال", " ", "1", "_", "و", "وكالة", "وأكدت", ".", "x", "قال", "\n"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        assert [m.span() for m in furniture._GLUED.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_arabic_text_short_cut_is_the_count():
    rng = random.Random(12)
    for _ in range(300):
        text = "".join(rng.choice(["قال", "a", "ab", " ", "١٢", "xyz ", "و", "."]) for _ in range(rng.randint(0, 30)))
        plain = furniture._arabic_count(text) * 2 > len(furniture._LETTERS.findall(text))
        assert furniture._arabic_text(text) == plain


def test_outlets_of_a_name_are_found_in_registry_order():
    reg = registry.registry()
    for name in {o.name for o in reg.outlets}:
        assert [reg.outlets[k] for k in reg.positions_named(name)] == [o for o in reg.outlets if o.name == name]
    assert reg.positions_named("no such outlet") == []
    assert registry.fold_words("وكالة الأنباء") == tuple(w.lower() for w in registry._WORD.findall(fold("وكالة الأنباء")))


def test_inline_rules_tried_by_needles_found_in_one_pass(monkeypatch):
    from desktop.core import inline_furniture as inline

    texts = [_text(s) for s in range(6)] + [
        "وفيما يتساءل الكثيرون عن موعد القرار، نستعرض لكم في السطور التالية التفاصيل.",
        "شاهد: لحظة القصف\nاضغط هنا للمزيد من التفاصيل. Next Previous المقال"]
    fast = [inline.find_inline_furniture(t) for t in texts]
    class PerRule:  # the plain route: each rule's needles looked for one by one
        def __init__(self, rules):
            self.rules = rules

        def held(self, folded):
            return sum(1 << k for k, r in enumerate(self.rules) if any(w in folded for w in r.needles))

    monkeypatch.setattr(inline, "_needles", PerRule)
    assert [inline.find_inline_furniture(t) for t in texts] == fast
    assert sum(map(len, fast)) >= 3


def test_outlet_file_extracts_from_the_cache_are_what_the_file_gives(tmp_path, monkeypatch):
    from desktop.core import outlets

    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path))
    built = []
    for _ in range(2):  # the first builds and stores, the second reads the store
        for f in (outlets.signatures, outlets.attribution_cues, credits.common_names):
            f.cache_clear()
        built.append((outlets.signatures(), outlets.attribution_cues(), credits.common_names()))
    assert list((tmp_path / "derived").glob("outlets-*"))
    assert built[0] == built[1]
    for f in (outlets.signatures, outlets.attribution_cues, credits.common_names):
        f.cache_clear()
    assert built[1][0] == tuple(outlets.OutletSignature(*row) for row in outlets._signature_rows())
    assert built[1][1] == outlets._attribution_cues() and built[1][1]
    assert built[1][2] == frozenset(credits._common_name_words()) and built[1][2]


def test_marks_cover_as_a_scan_of_every_mark_does():
    from desktop.core.model import BoilerplateMark

    rng = random.Random(13)
    for _ in range(60):
        spans = []
        for _ in range(rng.randint(0, 40)):
            a = rng.randint(0, 2000)
            spans.append((a, a + rng.choice([0, 1, 5, 30, 120, 399, 400, 401, 900])))
        marks = furniture._Marks([BoilerplateMark(sp, "x") for sp in spans[: len(spans) // 2]])
        for sp in spans[len(spans) // 2:]:
            marks.append(BoilerplateMark(sp, "x"))
        for _ in range(100):
            s = rng.randint(0, 2100)
            e = s + rng.choice([0, 1, 3, 20, 100, 300, 500])
            assert marks.covers(s, e) == any(a <= s and e <= b for a, b in spans)


def test_candidate_rules_by_bits_are_the_rules_whose_first_characters_fit():
    rules = boilerplate.rules()
    table = boilerplate._table(rules)
    chars = {ch for plain, fold_, _ in table for s in (plain, fold_) if s for ch in s} | {"", "x", " ", "ء"}
    rng = random.Random(14)
    for first in sorted(chars):
        for folded_first in rng.sample(sorted(chars), 6) + [first]:
            for possible in (-1, rng.getrandbits(len(rules)), 0):
                want = tuple(
                    (rule, rule.pattern if plain is None or first in plain else None,
                     rule.folded if fold_ is None or folded_first in fold_ else None)
                    for k, (plain, fold_, (rule, _, _)) in enumerate(table)
                    if (possible >> k & 1) and (plain is None or first in plain or fold_ is None
                                                 or folded_first in fold_))
                assert boilerplate._candidates(rules, first, folded_first, possible) == want


def test_counting_words_up_to_a_bound_is_counting_them_all():
    rng = random.Random(15)
    for _ in range(500):
        text = "".join(rng.choice(["و", " ", "  ", "\t", "\n", "\u00a0", "كلمة", "x"]) for _ in range(rng.randint(0, 40)))
        for n in (0, 1, 3, 7, 12):
            assert furniture._more_words_than(text, n) == (len(text.split()) > n)
            assert (len(text.split(None, n)) <= n) == (len(text.split()) <= n)


def test_dates_tried_at_digit_runs_match_what_scanning_every_position_matches():
    rng = random.Random(16)
    pieces = ["19 سبتمبر 2025", "7 مايو ( أيار) 2023", "2024-02-29", "29/02/2024", "123 يناير 2024",
              "3-4-2020", "12020-01-01", "1999.12.31", "2024/1/2/2023", "ابريل", "2", "0", " ", "-", "/",
              ".", "20", "19", "مارس", "كلمة", "\n", "٢٠٢٣", "١٢"]
    for _ in range(600):
        text = normalize("".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))).text
        runs = [m.span() for m in dates._DIGIT_RUN.finditer(text)]
        for k in (0, 2, 3):
            pat = dates.PATTERNS[k]
            got = [m.span() for m in rx.matches_at(pat, text, dates._starts(k, runs))]
            assert got == [m.span() for m in pat.finditer(text)], (k, text)


def _plain_teased_lines(text, marks):
    out = []
    teasers = [m for m in marks if m.kind in furniture._TEASER_KINDS]
    lines = [(s, e, body) for s, e, body in furniture._lines(text) if body.strip()]
    for n, (s, e, body) in enumerate(lines[:-1]):
        lead = len(body) - len(body.lstrip())
        s2, e2 = s + lead, s + len(body.rstrip())
        mark = next((m for m in teasers if m.span[0] <= s2 and e2 <= m.span[1]), None)
        if mark is None or len(body.split()) > 4 or not furniture._TEASER_LABEL_END.search(body):
            continue
        ns, ne, nbody = lines[n + 1]
        lead = len(nbody) - len(nbody.lstrip())
        ns, ne = ns + lead, ns + len(nbody.rstrip())
        if len(nbody.split()) <= furniture.TITLE_MAX_WORDS and not re.search(r"[.!؟?]\s*$", nbody) \
                and not furniture._covered(marks, ns, ne):
            out.append((ns, ne, mark.kind))
    return out


def test_teased_lines_as_the_plain_scan_finds_them():
    found = 0
    for seed in range(10):
        text = _text(seed, 50).replace("اقرأ أيضا: تفاصيل جديدة عن الغارة", "اقرأ أيضا:")
        marks = list(boilerplate.find_boilerplate(text))
        got = [(m.span[0], m.span[1], m.kind) for m in furniture._teased_lines(text, marks)]
        assert got == _plain_teased_lines(text, marks)
        found += len(got)
    assert found
