"""The speed work changes how rules load and match, never what they match: each faster route
is checked here against the plain one on text written for these tests (and on the seeds)."""
from __future__ import annotations

import dataclasses
import pickle
import random
import re

import pytest

from desktop.core import boilerplate, derived, rx
from desktop.core.credits import _tokens
from desktop.core.dates import PATTERNS
from desktop.core.framing import TermMatcher, find_terms, matcher_for
from desktop.core.ingest import article_from_text, load_paths
from desktop.core.lexicon import default_lexicon
from desktop.core.normalize import TABLE, fold, normalize, tokenize
from desktop.paths import SEEDS
from support import brute_force_boilerplate

LINES = [
    "اقرأ أيضا: تفاصيل جديدة عن الغارة", "  إقرأ أيضاً المزيد من الأخبار", "زر الذهاب إلى الأعلى",
    "شارك على فيسبوك تويتر واتساب", "تابعونا على قناتنا في تلغرام", "الأكثر قراءة", "#غزة #لبنان #عاجل",
    "حجم الخط", "A+ A-", "12 يناير 2024 - 10:30", "آخر تحديث: 3 مارس 2024", "المصدر: وكالة الأنباء",
    "جميع الحقوق محفوظة © 2024", "pic.twitter.com/abc123", "— أحمد (@ahmad) 3 مارس 2024",
    "قصفت الطائرات موقعين قرب النهر صباح اليوم، وقال مصدر إن الغارة أسفرت عن إصابات.",
    "الرياض (واس) - أعلنت الوزارة اليوم عن خطة جديدة للطرق.", "• خبر قصير في القائمة",
    "×", "بث مباشر", "15 تعليق", "https://example.com/news/1", "(صورة: رويترز)", "//انتهى//",
    "رئيس التحرير: فلان الفلاني", "مقالات ذات صلة", "الوسوم: سياسة، اقتصاد", "Share on Facebook",
    "\u00a0\u00a0شارك الخبر", "\tالعودة الى الاعلى", "كتب: محمد علي", "ويظهر الفيديو لحظة القصف",
]


def _mixed_lines(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    words = " ".join(LINES).split()
    out = []
    for _ in range(n):
        if rng.random() < 0.5:
            line = rng.choice(LINES)
            if rng.random() < 0.3:
                line = " " * rng.randint(1, 3) + line + " " + rng.choice(words)
        else:
            line = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        out.append(line)
    return out


def test_rx_compile_gives_the_pattern_re_compile_gives():
    patterns = [r.pattern for r in boilerplate.rules()] + [r.folded for r in boilerplate.rules() if r.folded]
    patterns += list(PATTERNS)
    for p in patterns:
        assert p == re.compile(p.pattern, p.flags & ~re.UNICODE)  # == compares the programs
    assert rx.compile(r"(?P<y>\d{4})-(?P<m>\d\d)").groupindex == {"y": 1, "m": 2}
    with pytest.raises(re.error):
        rx.compile(r"(unclosed")


def test_rx_programs_survive_the_store(tmp_path, monkeypatch):
    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rx, "_store", None)
    monkeypatch.setattr(rx, "_dirty", False)
    monkeypatch.setattr(rx, "_compiled", {})
    src = r"^\s*(اقرأ|إقرأ) (أيضا|ايضا)\s*[:：]?"
    first = rx.compile(src)
    rx.save()
    assert list((tmp_path / "derived").glob("regex-programs-*"))
    monkeypatch.setattr(rx, "_store", None)  # a new process: programs read back from disk
    monkeypatch.setattr(rx, "_compiled", {})
    again = rx.compile(src)
    assert (src, 0) in rx._store and again == first == re.compile(src)
    assert again.search("اقرأ أيضا: خبر").group(1) == "اقرأ"


def test_first_chars_never_rules_out_a_line_the_pattern_matches():
    lines = _mixed_lines(600) + LINES
    for rule in boilerplate.rules():
        for pat, text_of in ((rule.pattern, lambda s: s), (rule.folded, fold)):
            if pat is None:
                continue
            first = rx.first_chars(pat)
            if first is None:
                continue
            for line in lines:
                body = text_of(line)
                if pat.search(body):
                    assert body.lstrip()[:1] in first, (pat.pattern, line)
    assert rx.first_chars(re.compile(r"^\s*(زر )?(الذهاب|العودة)")) == frozenset("زا")
    assert rx.first_chars(re.compile(r"(^|\s)كتب")) is None  # not anchored
    assert rx.first_chars(re.compile(r"^\s*$")) is None  # may match nothing
    assert rx.first_chars(re.compile(r"^\s*\w+")) is None  # a category: any letter


@pytest.mark.parametrize("seed", range(8))
def test_boilerplate_with_candidate_rules_marks_what_trying_every_rule_marks(seed):
    text = "\n".join(_mixed_lines(120, seed))
    assert [(m.span, m.kind) for m in boilerplate.find_boilerplate(text)] == brute_force_boilerplate(text)


def test_fold_is_the_translation_table():
    samples = LINES + ["إِنَّ الْقُوَّاتِ «الأمريكية» ١٢٣ ۴۵ ى ئ ؤ ة ک\u00a0\u200f\u0640ـ\"x\u201d"]
    for s in samples + _mixed_lines(200):
        assert fold(s) == s.translate(TABLE)
        assert normalize(s).text == s.translate(TABLE)


def test_shared_normalization_is_by_identity_and_equal_to_a_fresh_one():
    text = "قَالَ المتحدث إن «القوات» انسحبت. " * 20
    a = normalize(text)
    assert normalize(text) is a  # the same string: shared
    copy = "".join(list(text))
    b = normalize(copy)
    assert b is not a and (b.text, tuple(b.origin)) == (a.text, tuple(a.origin))
    plain = "بلا تشكيل " * 40
    n = normalize(plain)
    assert list(n.origin) == list(range(len(plain) + 1)) and n.to_original(0, 3) == (0, 3)


def test_credit_tokens_match_the_offset_map():
    for text in ("وقالَ مراسلُ «الميادين» إنّ الغارة", "بحسب ما نقلت رويترز (واس) - ٢٠٢٤", LINES[15]):
        norm = normalize(text)
        expected = [(m.group().lower(), *norm.to_original(m.start(), m.end()))
                    for m in re.finditer(r"[^\W_]+", norm.text)]
        assert [tuple(t) for t in _tokens(text)] == expected
        assert all(t.w == w for t, (w, _, _) in zip(_tokens(text), expected))


def test_matcher_pre_test_changes_no_lookup():
    lexicon = default_lexicon()
    fast = TermMatcher(lexicon)
    slow = TermMatcher(lexicon)
    slow._may_match = lambda key: True
    slow._may_be_typo = lambda key: True
    keys = {t.key for p in sorted(SEEDS.glob("*.txt")) for t in tokenize(normalize(p.read_text("utf-8")))}
    for term in lexicon.terms:
        for form in (term.term, *term.variants, *term.derived, *term.verbs):
            for k in (t.key for t in tokenize(normalize(form))):
                for pre in ("", "و", "ال", "لل", "وب", "سي"):
                    for suf in ("", "ها", "ات", "هم", "ين", "ه", "تها", "وا", "ي", "ون"):
                        keys.add(pre + k + suf)
                        keys.add(pre + k[:-1] + suf)
                        if len(k) >= 5:  # a swap of neighbouring letters: the typo route
                            keys.add(pre + k[:-2] + k[-1] + k[-2] + suf)
    assert any(not fast._may_match(k) for k in keys)  # the pre-test does skip words
    for key in sorted(keys):
        assert fast.entries_for(key) == slow.entries_for(key), key


def test_cached_matcher_finds_what_a_fresh_one_finds(tmp_path, monkeypatch):
    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path))
    lexicon = default_lexicon()
    fresh = TermMatcher(lexicon)
    loaded = pickle.loads(pickle.dumps(fresh))
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text("utf-8")
    tokens = tokenize(normalize(text))
    assert find_terms("a", text, tokens, loaded, []) == find_terms("a", text, tokens, fresh, [])
    assert matcher_for(lexicon) is matcher_for(lexicon)


def test_derived_cache_builds_once_and_rebuilds_on_change(tmp_path, monkeypatch):
    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "data.txt"
    src.write_text("one", encoding="utf-8")
    calls = []

    def build():
        calls.append(1)
        return {"text": src.read_text(encoding="utf-8")}

    assert derived.cached("t", build, files=[src]) == {"text": "one"}
    assert derived.cached("t", build, files=[src]) == {"text": "one"} and len(calls) == 1
    src.write_text("two!", encoding="utf-8")  # another size: another key
    assert derived.cached("t", build, files=[src]) == {"text": "two!"} and len(calls) == 2
    src.write_text("one", encoding="utf-8")  # back to the first version: its entry was kept
    assert derived.cached("t", build, files=[src]) == {"text": "one"} and len(calls) == 2
    for n, text in enumerate(("three", "four!!", "five!!!"), 3):  # versions past KEEP: the oldest go
        src.write_text(text, encoding="utf-8")
        assert derived.cached("t", build, files=[src]) == {"text": text}
        assert len(calls) == n
    assert len(list((tmp_path / "cache" / "derived").glob("t-*.pickle"))) == derived.KEEP
    for entry in (tmp_path / "cache" / "derived").glob("t-*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert derived.cached("t", build, files=[src]) == {"text": "five!!!"} and len(calls) == 6
    monkeypatch.setenv("QARIN_DERIVED_CACHE", "0")
    derived.cached("t", build, files=[src])
    assert len(calls) == 7


def test_derived_cache_in_an_unwritable_place_still_answers(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("QARIN_CACHE_DIR", str(blocker))  # a file where a folder should be
    assert derived.cached("u", lambda: [1, 2]) == [1, 2]


def test_seeds_read_the_same_with_and_without_the_cache(tmp_path, monkeypatch):
    with_cache = load_paths([SEEDS]).articles
    monkeypatch.setenv("QARIN_DERIVED_CACHE", "0")
    from desktop.core import registry as reg_mod

    reg_mod._registry.cache_clear()
    try:
        without = load_paths([SEEDS]).articles
    finally:
        reg_mod._registry.cache_clear()
    strip = lambda arts: [dataclasses.replace(a, path="") for a in arts]  # noqa: E731
    assert strip(with_cache) == strip(without)


def test_credit_heavy_text_keeps_every_credit():
    para = "أعلنت الوزارة اليوم عن خطة جديدة لإصلاح الطرق في المدينة وقال مسؤول إنها تبدأ قريبا."
    heads = ["الرياض (واس) - ", "دمشق - سانا - ", "بيروت - رويترز: ", ""]
    words = para.split()
    text = "\n\n".join(heads[k % 4] + " ".join(words[k % 5:] + words[:k % 5]) + f" ({k})"
                        for k in range(120))
    art = article_from_text(text, id="x")
    assert len({c.name_span for c in art.credits}) == len(art.credits)
    starts = {text.rfind("\n", 0, c.span[0]) + 1 for c in art.credits if c.formula in ("dateline", "paren")}
    assert len(starts) >= 80  # the datelines of (nearly) every headed paragraph


def test_dates_pre_test_on_digits_is_sound():
    from desktop.core.dates import find_dates

    digit = re.compile(r"\d")
    for code, value in TABLE.items():  # folding neither makes nor removes a digit
        assert bool(digit.match(chr(code))) == bool(value and digit.match(value))
    assert find_dates("نشر في ١٩ سبتمبر ٢٠٢٥ - الخرطوم") == [("2025-09-19", (7, 21))]
    assert find_dates("الخميس الماضي في شهر سبتمبر") == []


def test_readings_keep_their_order():
    """readings() looks each ending up once for every prefix; its readings, and their order
    (which settles ties in the matcher), are those of the prefix-by-prefix reading."""
    from desktop.core.morphology import readings

    assert [tuple(r) for r in readings("قتلاهم")] == [
        ("قتلاهم", "noun", "", False, False), ("قتلا", "noun", "هم", True, False),
        ("قتلي", "noun", "هم", True, False), ("قتل", "noun", "اهم", True, False),
        ("قتلاهم", "perfect", "", False, False), ("قتلا", "perfect", "هم", True, False),
        ("قتل", "perfect", "اهم", True, False)]
    assert [tuple(r) for r in readings("ادعوا")] == [
        ("ادعوا", "noun", "", False, False), ("ادعو", "noun", "ا", False, False),
        ("ادعوا", "perfect", "", False, False), ("ادعو", "perfect", "ا", False, False),
        ("ادع", "perfect", "وا", False, False), ("ادعي", "perfect", "وا", False, False),
        ("دعوا", "imperfect", "", False, False), ("دعو", "imperfect", "ا", False, False),
        ("دع", "imperfect", "وا", False, False)]
    assert ("مقاوم", "noun", "تها", True, False) in [tuple(r) for r in readings("مقاومتها")]
    assert len(readings("وللمقاومين")) == 14 and len(readings("وكلاوها")) == 22
    assert readings("ب") == ()


def test_candidate_edges_by_numbered_units_match_the_tuple_count():
    from collections import Counter, defaultdict
    from itertools import combinations

    from desktop.core.align import MAX_POSTING, make_unit
    from support import candidate_edges

    rng = random.Random(5)
    words = "قصفت الطائرات موقعين قرب النهر صباح اليوم وقال مصدر إن الغارة أسفرت عن إصابات".split()
    units = []
    for doc in range(4):
        for idx in range(12):
            toks = [normalize(w) for w in rng.sample(words, rng.randint(3, 9))]
            units.append(make_unit(doc, idx, (0, 1), [tokenize(t)[0] for t in toks]))
    postings = defaultdict(list)  # the count as it was written first: nested tuples
    for u in units:
        for g in u.bigrams:
            postings[g].append((u.doc, u.index))
    counts = Counter()
    for plist in postings.values():
        if 2 <= len(plist) <= MAX_POSTING:
            counts.update([(a, b) for a, b in combinations(plist, 2) if a[0] != b[0]])
    expected = defaultdict(dict)
    for ((da, ia), (db, ib)), n in counts.items():
        expected[(da, db)][(ia, ib)] = n
    assert candidate_edges(units) == expected and expected


def test_needed_strings_never_rule_out_a_line_the_pattern_matches():
    lines = _mixed_lines(600) + LINES + [
        "تابعونا على قناتنا في تلغرام", "جميع الحقوق محفوظة لموقع المثال 2024",
        "A post shared by someone", "الآراء الواردة تعبر عن رأي كاتبها", "آخر تحديث: 12:30"]
    for rule in boilerplate.rules():
        for pat, text_of in ((rule.pattern, lambda s: s), (rule.folded, fold)):
            if pat is None:
                continue
            needs = rx.needed_strings(pat)
            if needs is None:
                continue
            for line in lines:
                body = text_of(line)
                if pat.search(body):
                    assert any(n in body for n in needs), (pat.pattern, line)
    assert rx.needed_strings(re.compile(r"^.{0,80}(قناتنا|حسابنا)\s*(على|عبر)")) == ("قناتنا", "حسابنا")
    assert rx.needed_strings(re.compile(r"(a|b)?xyz")) == ("xyz",)
    assert rx.needed_strings(re.compile(r"a|b")) is None  # parsed as a character class: no string
    assert rx.needed_strings(re.compile(r"(ab|)c")) == ("c",)  # an empty branch promises nothing
    assert rx.needed_strings(re.compile(r"(?i)abc")) is None
