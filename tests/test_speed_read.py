"""This round's fast routes of the `read` stage against their plain routes, on text written
here (random mixes of furniture, repeated lines, lines with one key and other punctuation,
datelines, credits, dates, diacritics and blanks of every kind)."""
from __future__ import annotations

import marshal
import random
import re

import pytest

from desktop.core import boilerplate, credits, dates, furniture, inline_furniture, registry
from desktop.core.normalize import fold, normalize
from support import brute_force_boilerplate

_LINES = [
    "اقرأ أيضا: تفاصيل جديدة عن الغارة", "زر الذهاب إلى الأعلى", "تابعونا على قناتنا في تلغرام",
    "انضم إلى قناتنا على تيليغرام للمزيد من الأخبار العاجلة", "رئيس التحرير: فلان الفلاني",
    "المصدر: وكالة الأنباء", "الرياض – وكالات", "سامي خالد – الجزيرة", "12 يناير 2024 - 10:30",
    "عنوان  قصير  هنا  وآخر  هناك  وثالث", "خبر أول\u00a0\u00a0خبر ثان\u00a0\u00a0خبر ثالث\u00a0\u00a0خبر رابع",
    "قصفت الطائرات موقعين قرب النهر صباح اليوم، وقال مصدر إن الغارة أسفرت عن إصابات.",
    "دمشق - سانا - قالت الوزارة إن الأعمال مستمرة.", "وذكرت وكالة رويترز نقلا عن مصادر أن المحادثات توقفت.",
    "وقال مراسل الميادين إن القصف تجدد، وفقا لوكالة الأنباء الرسمية.", "بيروت (رويترز) - انفجرت أجهزة اتصال.",
    "شاهد أيضا: لحظة القصف", "وفيما يتساءل الكثيرون عن موعد القرار، نستعرض لكم في السطور التالية التفاصيل.",
    "(اقرأ أيضا: مقال آخر)", "طالع كذلك - تقرير", "تابع المزيد: هنا", "Reuters reported on 29/02/2024.",
    "عنوان المقال الرئيسي اليوم", "عنوان، المقال الرئيسي اليوم!", "عنوان آخر للمقال الرئيسي اليوم",
    "كلمة", "كلمة.", "مُحَمَّد يكتب", "محمد يكتب", "x", "صورة أرشيفية",
]
_BREAKS = ["\n", "\n", "\n\n", "\r\n", "\n \t\n", "\u2028"]
_EXTRA = ["", "", " ", "\u064e", "\u200f", "  ", "\u00a0", "«", "»", " (صور)"]


def _text(seed: int, n: int = 40) -> str:
    rng = random.Random(seed)
    words = " ".join(_LINES).split()
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.6:
            line = rng.choice(_LINES)
        elif r < 0.8:
            line = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        else:  # a line like an earlier one: the same words, other blanks and marks
            line = out[rng.randrange(len(out))] if out else "عنوان"
            line = line.replace(" ", rng.choice([" ", "  ", " - ", "، ", "\u00a0"]))
        out.append(rng.choice(["", "", " ", "\t", "• "]) + line + rng.choice(_EXTRA))
        out.append(rng.choice(_BREAKS))
    return "".join(out)


class _PlainKeys:
    """Every line's key made at once from its own text, and the key its own proxy: the
    route before keys were made only where proxies meet."""

    def __init__(self, norm, aligned) -> None:
        self.original = norm.original
        self.words = None

    def ref(self, s, e, folded_line):
        return furniture._key(self.original[s:e].strip())

    def key(self, ref):
        return ref

    def proxy(self, ref):
        return ref


@pytest.mark.parametrize("seed", range(14))
def test_furniture_with_keys_made_where_proxies_meet_equals_every_key_made(seed, monkeypatch):
    text = _text(seed)
    titles = [None, "عنوان المقال الرئيسي اليوم", "لا يوجد هذا العنوان"]
    fast = [furniture.find_furniture(text, t) for t in titles]
    monkeypatch.setattr(furniture, "_LineKeys", _PlainKeys)
    assert [furniture.find_furniture(text, t) for t in titles] == fast


def test_generated_text_has_repeated_lines_to_find():
    assert sum(m.kind == "repeated" for seed in range(14) for m in furniture.find_furniture(_text(seed))[0]) > 5


def test_line_key_proxies_differ_only_for_lines_whose_keys_differ():
    for seed in range(6):
        text = _text(seed, 80).lower()  # (no capital Latin letter: the words route)
        norm = normalize(text)
        keys = furniture._LineKeys(norm, True)
        assert keys.words is not None
        lines = [(s, e) for s, e, body in furniture._lines(text) if body.strip()]
        refs = [keys.ref(s, e, "") for s, e in lines]
        for (s, e), ref in zip(lines, refs):
            assert keys.key(ref) == furniture._key(text[s:e].strip())
        for a in refs:
            for b in refs:
                if keys.proxy(a) != keys.proxy(b):
                    assert keys.key(a) != keys.key(b)


def test_arabic_letters_counted_from_utf16_are_the_regex_count():
    rng = random.Random(3)
    pieces = ["كلمة", "\u0600", "\u06ff", "\u0700", "\u05ff", "a", " ", "😀", "\ud800", "ـ", "َ", "٣", "۴"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        assert furniture._arabic_letters(text) == len(re.findall(r"[\u0600-\u06ff]", text))


def test_ticker_short_cut_is_the_split():
    rng = random.Random(4)
    for _ in range(2000):
        line = "".join(rng.choice(["خبر", "أول", " ", "  ", "\t", "\u00a0", ".", "x"]) for _ in range(rng.randint(0, 30)))
        pieces = [p for p in re.split(r"[ \t\u00a0]{2,}", line.strip()) if p.strip()]
        plain = (len(pieces) >= 4 and not any(len(p.split()) > 25 for p in pieces)
                 and sum(1 for p in pieces if not furniture._ENDS_SENTENCE.search(p)) * 3 >= len(pieces) * 2)
        assert furniture._is_ticker(line) == plain


@pytest.mark.parametrize("seed", range(10))
def test_boilerplate_with_word_limits_marks_what_every_rule_marks(seed):
    text = _text(seed + 100, 60)
    assert [(m.span, m.kind) for m in boilerplate.find_boilerplate(text)] == brute_force_boilerplate(text)


def test_boilerplate_on_lines_of_every_length_near_the_word_limits():
    openings = ["تابعونا على", "قناتنا على تلغرام", "رئيس التحرير", "المصدر:", "خاص بـ«المثال»", "خدمة"]
    lines = [o + " كلمة" * k + end for o in openings for k in range(0, 24) for end in ("", " ")]
    text = "\n".join(lines) + "\nفقرة أخيرة من النص هنا."
    got = [(m.span, m.kind) for m in boilerplate.find_boilerplate(text)]
    assert got == brute_force_boilerplate(text)
    assert 20 < len(got) < len(lines)  # some lines are short enough, some are not


def test_word_limits_are_the_look_aheads():
    limited = [(r, boilerplate._word_limit(r.pattern)) for r in boilerplate.rules()]
    assert [n for _, n in limited if n]  # some rules open with the look ahead
    rng = random.Random(5)
    for rule, most in limited:
        if not most:
            continue
        look = re.compile(re.match(r"\^\(\?=.*?\$\)", rule.pattern.pattern).group(0))
        for _ in range(300):
            line = "".join(rng.choice(["كلمة", " ", "\t", "\u00a0", "x"]) for _ in range(rng.randint(0, 60)))
            assert bool(look.match(line)) == (1 <= len(line.split()) <= most)
    assert boilerplate._word_limit(re.compile(r"^(?=\s*(\S+\s+){0,3}\S+\s*$)x", re.MULTILINE)) == 0


@pytest.mark.parametrize("seed", range(6))
def test_inline_rules_tried_where_their_opening_strings_are_equal_the_whole_scan(seed):
    text = normalize(_text(seed + 200, 60)).text
    routed = 0
    for rule in inline_furniture.inline_rules():
        finder = inline_furniture._string_starts(rule.pattern)
        routed += finder is not None
        if finder is not None:
            assert [m.span() for m in inline_furniture.rx.matches_at(rule.pattern, text, finder(text))] == \
                [m.span() for m in rule.pattern.finditer(text)]
        assert [m.span() for m in inline_furniture.rule_matches(rule.pattern, text)] == \
            [m.span() for m in rule.pattern.finditer(text)]
    assert routed


def test_opening_strings_of_patterns():
    def opens(p):
        return inline_furniture._opening_strings(p, re.compile(p).flags)

    assert opens(r"(?:اقرا|طالع)\s+x") == ["اقرا", "طالع"]
    assert opens(r"[(\[]\s*x") == ["(", "["]
    assert opens(r"abc\s") == ["abc"]
    assert opens(r"(?:و|ف)?(?:نستعرض|نرصد)") is None  # an optional opening: anything may open
    assert opens(r"[a-z]x") is None and opens(r"\w+") is None and opens(r"(?i)ab") is None
    rng = random.Random(6)
    for p in (r"(?:ab|a)c", r"(?:xy|z)+q", r"[(\[]x", r"ab?c"):
        pat = re.compile(p)
        finder = inline_furniture._string_starts(pat)
        for _ in range(300):
            text = "".join(rng.choice("abcxyzq([ ") for _ in range(rng.randint(0, 30)))
            got = finder(text) if finder else None
            if got is not None:
                assert [m.span() for m in inline_furniture.rx.matches_at(pat, text, got)] == \
                    [m.span() for m in pat.finditer(text)]


def _plain_line_credits(text, reg):
    """credits._line_credits with every cut of every line found (the route before a long
    line's first three cuts only)."""
    saved = credits.islice
    credits.islice = lambda it, n: it
    try:
        return credits._line_credits(text, reg)
    finally:
        credits.islice = saved


def test_datelines_from_a_long_lines_first_cuts_equal_all_cuts():
    reg = registry.registry()
    found = 0
    for seed in range(10):
        text = _text(seed + 300, 50).replace(
            "الرياض – وكالات", "دمشق - اليوم - سانا - " + "كلمة " * 12 + "- x / y")
        got = credits._line_credits(text, reg)
        assert got == _plain_line_credits(text, reg)
        found += sum(c.outlet == "SANA" for c in got)
    assert found


def test_opening_words_are_the_set_test_twice_over():
    words = [w for w, _, _ in credits._words(_text(7, 80))] + ["ولرويترز", "فنقلت", "ل", "", "لل", "وكالة"]
    for _ in range(2):  # the second time from what is remembered
        assert credits._openings(words) == [i for i, w in enumerate(words)
                                            if w in credits._OPENERS or w[:1] == "ل"]


def _plain_registry(outlets):
    """The registry's tables as built before (outlets in lists), for the look-ups below."""
    exact, fuzzy, abbrevs = {}, {}, {}
    for o in outlets:
        for name in (o.name, o.arabic, *o.variants):
            key = registry.fold_words(name)
            if key:
                exact.setdefault(key, []).append(o)
                if sum(len(w) for w in key) >= 5 and registry._loose_is_safe(key):
                    fuzzy.setdefault(registry.loose(key), []).append(o)
        for ab in o.abbrev:
            key = registry.fold_words(ab)
            if key:
                abbrevs.setdefault(key, o)
                exact.setdefault(key, []).append(o)
    return exact, fuzzy, abbrevs


def test_registry_tables_by_position_and_from_marshal_give_the_outlets_the_lists_gave():
    base = registry.registry()
    extra = [registry.Outlet("Example News", "أخبار المثال", ("المثال",), ("EXN",), ("example.com",), "site"),
             registry.Outlet("Example News (Egypt)", "أخبار المثال", (), (), ("example.eg",), "paper"),
             registry.Outlet("Example News (Qatar)", "أخبار المثال", (), (), (), "paper")]
    outlets = [*extra, *base.outlets]
    reg = registry.Registry.build(outlets)
    again = registry.Registry.from_plain(marshal.loads(marshal.dumps(registry.plain_tables(outlets))))
    assert again == reg and again.outlets == tuple(outlets)
    exact, fuzzy, abbrevs = _plain_registry(outlets)
    assert {k: [reg.outlets[i] for i in v] for k, v in reg.exact.items()} == exact
    assert {k: [reg.outlets[i] for i in v] for k, v in reg.fuzzy.items()} == fuzzy
    assert reg.abbrevs == abbrevs
    for key, found in list(exact.items()) + list(fuzzy.items()):
        for table in (reg.exact, reg.fuzzy):
            if key in table and [reg.outlets[i] for i in table[key]] == found:
                assert reg._pick_at(table[key]) == registry._pick(found)
                assert reg._pick_at(table[key]) == registry._pick(found)  # remembered
    assert reg.by_name("أخبار المثال").name == "Example News"
    assert reg.by_url("https://www.example.eg/x").name == "Example News (Egypt)"
    assert reg.match_words(["exn"]) == (extra[0], 1, "abbrev")


def test_words_without_a_clitic_are_the_loop_over_clitics():
    def plain(first):
        for c in registry._CLITICS:
            rest = first[len(c):]
            if first.startswith(c) and len(rest) >= 2:
                return rest
        return first

    words = [w for w, _, _ in credits._words(_text(8, 80))] + ["", "و", "وب", "ولل", "كتاب", "كم", "abc"]
    for w in words:
        assert registry._without_clitic(w) == plain(w)


def test_the_lead_cut_from_the_shared_normalization_is_the_fold_of_the_lead():
    for seed in range(8):
        text = _text(seed + 400, 60) + "\u064e" * seed
        for n in (0, 1, 7, 255, 256, 1000, 3000, len(text), len(text) + 5):
            assert dates._folded_lead(text, n) == fold(text[:n])
    assert dates._folded_lead("قصير\u064e", 3) == fold("قصي")


def test_line_openings_are_a_promise_every_match_keeps():
    from desktop.core.openings import line_openings

    rng = random.Random(9)
    promised = 0
    for rule in boilerplate.rules():
        for pattern in (rule.pattern, rule.folded):
            if pattern is None:
                continue
            opens = line_openings(pattern.pattern, pattern.flags)
            if opens is None:
                continue
            promised += 1
            blanks, strings = opens
            alts = [w for w in re.findall(r"[^\W\d_]+", pattern.pattern) if len(w) > 1][:12] or ["x"]
            for _ in range(150):
                line = rng.choice(["", " ", "\t", "  ", "\u00a0"]) + " ".join(
                    rng.choice(alts + list(strings) + ["(", ":", "-", "كلمة", " "]) for _ in range(rng.randint(0, 5)))
                if pattern.search(line):
                    assert (line.lstrip() if blanks else line).startswith(strings), (pattern.pattern, line)
    assert promised > 20
    assert line_openings(r"^\s*(?:a|b?)c", 0) == (True, ("ac", "b", "c"))
    assert line_openings(r"^\s*(?: a|b)", 0) is None  # a blank the \s* could give back
    assert line_openings(r"^\s*[a-z]", 0) is None and line_openings(r"x", 0) is None
    assert line_openings(r"^(?=x)\s*(ab|cd)e", 0) == (True, ("abe", "cde"))
    assert line_openings(r"^ab", 0) == (False, ("ab",))


def test_lower_keeps_is_asked_once_and_is_the_comparison():
    for text in (_text(1), _text(2).lower(), "قال İstanbul", "abc", ""):
        norm = normalize(text)
        assert credits.lower_keeps(norm) == (norm.text.lower() == norm.text)
        assert credits.lower_keeps(norm) == (norm.text.lower() == norm.text)  # as remembered


def test_weekday_cues_tried_where_their_words_begin_equal_the_whole_scan():
    pieces = ["اليوم", "امس", "فجر اليوم", "صباح", "مساء اليوم", " ", "  ", "\n", "الخميس", "الجمعه",
              "السبت", "الاحد", "كلمه", "ال", "اليومين", "وامس"]
    assert _matches_as_the_whole_scan(dates._weekday_cues, dates._WEEKDAY_CUE, pieces, seed=10) > 50


def _matches_as_the_whole_scan(fast, pattern, pieces, seed: int) -> int:
    """Assert that fast(text) gives the spans pattern.finditer(text) gives, on 400 texts made
    of the pieces; the number of matches found (so a test can ask that there were some)."""
    rng = random.Random(seed)
    found = 0
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        got = [m.span() for m in fast(text)]
        assert got == [m.span() for m in pattern.finditer(text)], text
        found += len(got)
    return found


def test_digit_runs_pattern_is_one_or_more_digits():
    rng = random.Random(11)
    for _ in range(300):
        text = "".join(rng.choice(["1", "22", "٣", "x", " ", "2024", "-", "۴"]) for _ in range(rng.randint(0, 20)))
        assert [m.span() for m in dates._DIGIT_RUN.finditer(text)] == [m.span() for m in re.finditer(r"\d+", text)]


def test_labels_tried_at_brackets_equal_the_whole_scan():
    pieces = ["(", ")", "[", "]", "فيديو", "صور", " ", "عاجل", "خاص", "x", "\n", "(فيديو)", "[ عاجل ]"]
    assert _matches_as_the_whole_scan(furniture._labels, furniture._LABEL, pieces, seed=12) > 50


def test_cuts_tried_at_marks_equal_the_whole_scan():
    rng = random.Random(13)
    pieces = ["-", "–", "—", "/", "|", "_", ":", " ", "  ", "\t", "\u00a0", "\u2003", "كلمة", "x", "سانا", "--"]
    cut = 0
    for _ in range(3000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        got = [m.span() for m in credits._cuts(body)]
        assert got == [m.span() for m in credits._DASH_SPLIT.finditer(body)], body
        cut += len(got)
    assert cut > 1000


def test_date_needs_tried_at_digit_runs_equal_the_whole_scan():
    rng = random.Random(14)
    pieces = ["19 سبتمبر 2025", "7 مايو ( أيار) 2023", "يناير 28, 2025", "2024-02-29", "29/02/2024", "٢٠٢٣/١٠/٠٧",
              "1999.12.31", "3-4-2020", "2023", "19", "سبتمبر", ",", "،", "-", "/", ".", " ", "كلمة", "(", ")",
              "20", "1", "12020", "\n", "٣"]
    met = 0
    for _ in range(3000):
        text = normalize("".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))).text
        runs = [m.span() for m in dates._DIGIT_RUN.finditer(text)]
        for k in range(4):
            got = dates._needs_met(k, text, runs)
            assert got == bool(dates._NEEDS[k].search(text)), (k, text)
            met += got
    assert met > 1000


def test_names_tried_only_at_their_lengths_match_what_every_length_matches():
    reg = registry.registry()
    words = [w for w, _, _ in credits._words(_text(15, 120))]
    names = [registry.fold_words(n) for o in reg.outlets[:120] for n in (o.name, o.arabic, *o.variants, *o.abbrev)]
    rng = random.Random(15)
    seqs = [words[i:i + rng.randint(1, 9)] for i in range(len(words))]
    seqs += [list(n) + words[:rng.randint(0, 3)] for n in names if n]
    seqs += [["و" + n[0], *n[1:]] for n in names if n] + [[registry.loose(n)[0], *n[1:]] for n in names if n]

    class Plain(registry.Registry):  # every length tried, as before
        def _lengths(self, w0):
            return tuple(range(self.longest, 0, -1))

    plain = Plain.from_plain(registry.plain_tables(reg.outlets))
    hits = 0
    for seq in seqs:
        for abbrev_only in (False, True):
            got = reg.match_words(seq, abbrev_only=abbrev_only)
            assert got == plain.match_words(seq, abbrev_only=abbrev_only), seq
            hits += got[0] is not None
    assert hits > 200
