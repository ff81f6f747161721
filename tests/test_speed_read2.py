"""Fast routes of reading and of the JSON's labels and dates against the plain routes, on
generated text (weekday names with and without cues, blanks of every kind, diacritics, Latin
and digits before the first Arabic word)."""
from __future__ import annotations

import random
import re

from desktop.core import dates, titles
from desktop.core.model import BoilerplateMark
from desktop.core.normalize import normalize

_DAYS = ["الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "الإثنين"]
_CUES = ["اليوم", "امس", "اول امس", "فجر اليوم", "صباح اليوم", "ظهر اليوم", "مساء اليوم", "ليل",
         "ليله", "فجر", "صباح", "مساء", "ظهر", "يوم", "واليوم", "لليوم", "صباحا"]
_RELS = ["الماضي", "المقبل", "القادم", "الفايت", "الفاءت", "الماضيه"]
_WORDS = ["قال", "المتحدث", "إن", "القصف", "استهدف", "مدينه", "غزه", "ال", "في", "2024", "AFP",
          "news", "١٢", "ـ", "،", ".", "(", ")", "-", "«", "»", "كتب", "مُحَمَّد", "😀", "\u200f",
          "_", "x_y"]
_BLANKS = [" ", "  ", "\n", "\t", "\u00a0", " \n ", "\u2003", "", " " * 210]


def _text(rng: random.Random, n: int) -> str:
    parts = []
    for _ in range(n):
        r = rng.random()
        if r < 0.2:
            parts.append(rng.choice(_CUES))
        elif r < 0.4:
            parts.append(rng.choice(_DAYS))
        elif r < 0.5:
            parts.append(rng.choice(_RELS))
        else:
            parts.append(rng.choice(_WORDS))
        parts.append(rng.choice(_BLANKS))
    return "".join(parts)


def test_relative_weekdays_found_as_the_whole_scan_finds_them():
    rng = random.Random(12)
    for i in range(400):
        text = _text(rng, rng.randint(0, 60))
        for t in (text, normalize(text).text):
            fast = [(m.span(), m.groupdict()) for m in dates.relative_matches(t)]
            plain = [(m.span(), m.groupdict()) for m in dates.relative_matches_plain(t)]
            assert fast == plain, t


def test_relative_weekday_after_a_cue_and_blanks():
    t = "قال فجر اليوم \n الخميس الماضي ثم امسالسبت و الاحد"
    assert [m.group(0) for m in dates.relative_matches(t)] == ["فجر اليوم \n الخميس الماضي",
                                                                "السبت", "الاحد"]


def test_mentions_on_generated_text_equal_the_plain_scan(monkeypatch):
    rng = random.Random(7)
    texts = [_text(rng, rng.randint(5, 80)) + " 19 سبتمبر 2025 " + _text(rng, 20) for _ in range(80)]
    fast = [dates.mentions(t, "2025-09-19") for t in texts]
    monkeypatch.setattr(dates, "relative_matches", dates.relative_matches_plain)
    plain = [dates.mentions(t, "2025-09-19") for t in texts]
    assert fast == plain
    assert any(f.how == "text:relative" for found in fast for f in found)


def _lead_words_plain(text, marks=(), n=titles.LEAD_WORDS):
    """lead_words as it was written first: the letters counted one by one, up front."""
    arabic = len(re.findall(r"[\u0600-\u06ff]", text)) * 2 > len(re.findall(r"[^\W\d_]", text))
    out = []
    for m in re.finditer(r"\S+", text):
        if titles._inside(marks, m.start(), m.end()):
            if out:
                break
            continue
        word = m.group()
        if not out and arabic and not re.search(r"[\u0600-\u06ff]", word):
            continue
        out.append(word)
        if re.search(r"[.!؟?]$", word):
            return " ".join(out).rstrip(".")
        if len(out) >= n:
            break
        nxt = text.find("\n", m.end(), m.end() + 3)
        if nxt >= 0 and not text[m.end():nxt].strip():
            return " ".join(out) + "…"
    return (" ".join(out).rstrip("،,:؛") + "…") if out else ""


def test_lead_words_equal_the_letter_by_letter_count():
    rng = random.Random(3)
    latin = ["Breaking", "AFP", "2024", "news:", "١٢:٣٠", "x_y", "Über", "—", "naïve."]
    for i in range(500):
        words = [rng.choice(latin if rng.random() < 0.5 else _WORDS + _DAYS) for _ in range(rng.randint(0, 30))]
        text = "".join(w + rng.choice([" ", "\n\n", " ", "\n"]) for w in words)
        marks = ()
        if text and rng.random() < 0.3:
            a = rng.randrange(len(text))
            marks = (BoilerplateMark((a, min(len(text), a + rng.randint(1, 30))), "tweet"),)
        assert titles.lead_words(text, marks) == _lead_words_plain(text, marks), text


def test_count_sums_runs_as_one_per_character():
    rng = random.Random(5)
    for _ in range(200):
        t = "".join(rng.choice(_WORDS + [" ", "a1", "é"]) for _ in range(rng.randint(0, 40)))
        assert titles._count(titles._LETTER_RUN, t) == len(re.findall(r"[^\W\d_]", t))
        assert titles._count(titles._ARABIC_RUN, t) == len(re.findall(r"[\u0600-\u06ff]", t))


def test_dates_kept_on_the_shared_normalization_equal_a_fresh_scan():
    from desktop.core.normalize import _normalize

    rng = random.Random(9)
    forms = ["19 سبتمبر 2025", "2024-02-29", "29/02/2024", "يناير 28, 2025", "31/02/2024",
             "12 يناير/ كانون الثاني 2024", "٢٠٢٤-٠٣-٠١"]
    for _ in range(60):
        text = " ".join(_text(rng, 8) + " " + rng.choice(forms) for _ in range(rng.randint(1, 6)))
        text += " " * 300  # long enough to be shared by identity
        first = dates.find_dates(text)
        assert first == dates._find_dates(_normalize(text))
        first.append(("x", (0, 0)))  # a caller's list is its own
        assert dates.find_dates(text) == dates._find_dates(_normalize(text))
        copy = "".join(list(text))  # another string of the same value: scanned afresh
        assert dates.find_dates(copy) == dates._find_dates(_normalize(text))


def _furniture_text(rng: random.Random, n: int) -> str:
    bits = ["اليكم", "واليكم", "اليك", "تعرف علي", "اعرف", "التفاصيل", "ابرز", "كل ما", "فيديو",
            "صور", "بالفيديو", "شاهد", "كيف", "عاجل", "خاص", "Next", "Previous", "السابق", "التالي",
            "خبر", "في", "خلال", "عبر", "هذا", "المقال", "نستعرض", "-", "–", "—", "|", ".", ":",
            "؟", "!", "..", "…", "\n", "\n\n", " ", "\t", "  ", "x", "2024", "\u00a0"]
    return "".join(rng.choice(bits) + rng.choice(["", " ", " ", "\t", "\n"]) for _ in range(n))


def test_inline_rules_matched_where_they_can_start_as_the_whole_scan_finds_them():
    from desktop.core import inline_furniture as inline

    rules = inline.inline_rules()
    fast_rules = [r for r in rules if inline._starts_finder(r.pattern) is not None]
    # every opening the route knows is in use: line starts, after a stop, blanks before a dash
    assert {inline._starts_finder(r.pattern) for r in fast_rules} == {
        inline._line_starts, inline._after_stops, inline._blank_runs_before_dashes}
    rng = random.Random(21)
    hits = 0
    for _ in range(600):
        text = _furniture_text(rng, rng.randint(0, 50))
        for r in fast_rules:
            fast = [m.span() for m in inline.rule_matches(r.pattern, text)]
            assert fast == [m.span() for m in r.pattern.finditer(text)], (r.pattern.pattern, text)
            hits += len(fast)
    assert hits > 100  # the text gives the rules something to find


def test_inline_furniture_marks_equal_the_plain_scan(monkeypatch):
    from desktop.core import inline_furniture as inline

    rng = random.Random(4)
    texts = [_furniture_text(rng, rng.randint(10, 80)) for _ in range(150)]
    fast = [inline.find_inline_furniture(t) for t in texts]
    monkeypatch.setattr(inline, "rule_matches", lambda pattern, text: pattern.finditer(text))
    assert fast == [inline.find_inline_furniture(t) for t in texts]
    assert sum(map(len, fast)) > 20


def test_a_pattern_that_can_match_empty_text_keeps_the_plain_scan():
    from desktop.core import inline_furniture as inline

    assert inline._starts_finder(re.compile(r"(?m)^[ \t]*")) is None
    assert inline._starts_finder(re.compile(r"(?m)^x")) is inline._line_starts


def test_arabic_text_counted_by_quarters_is_the_whole_count():
    from desktop.core import furniture

    rng = random.Random(31)
    pieces = ["كلمة", "و", " ", "\n", "news", "x", "2024", "ـ", "َ", "..", "Ab cd", "ء"]
    for _ in range(300):
        weights = [rng.random() for _ in pieces]
        n = rng.choice([0, 5, 300, 1500, 5000])
        text = "".join(rng.choices(pieces, weights, k=n))
        if rng.random() < 0.3:  # Latin first, Arabic only in the last part
            text = "plain latin words " * rng.randint(50, 200) + text
        plain = furniture._arabic_count(text) * 2 > len(furniture._LETTERS.findall(text))
        assert furniture._arabic_text(text) == plain


def test_arabic_text_near_its_bound():
    """Two-letter words one blank apart: as many words as the bound allows, so the letters'
    share decides, on either side of it, with the Arabic words first (the early stop)."""
    from desktop.core import furniture

    for j in range(100, 900, 37):
        for k in range(j, 6 * j, max(1, j // 7)):
            for text in ("كل " * j + "ab " * k, "ab " * k + "كل " * j):
                plain = furniture._arabic_count(text) * 2 > len(furniture._LETTERS.findall(text))
                assert furniture._arabic_text(text) == plain, (j, k)


def test_line_keys_from_the_whole_texts_words_equal_each_lines_own():
    from desktop.core import furniture
    from desktop.core.normalize import normalize as norm_of

    rng = random.Random(41)
    bits = ["كلمة", "مُحَمَّد", "الـقـدس", "news", "x_y", "2024", "١٢", "،", ".", "-", "«", "»",
            "\u200f", "\u00ad", "😀", "\u2028", "\x85", "\x0b", "\u00a0", "Über", "ΑΣ", "İstanbul",
            " ", " ", "\t", "\n", "\r\n", "\n\n", "\r", "\r\u200f\n"]
    for _ in range(400):
        parts = rng.choices(bits, k=rng.randint(0, 60))
        if rng.random() < 0.5:  # Arabic and Latin in lower case only: the joined-words route
            parts = [b for b in parts if b.lower() == b]
        text = "".join(parts)
        norm = norm_of(text)
        lines = furniture._lines(text)
        folded_lines = norm.text.splitlines()
        key_of = furniture._key_reader(norm, len(folded_lines) == len(lines))
        for (s, e, _), folded_line in zip(lines, folded_lines):
            assert key_of(s, e, folded_line) == furniture._folded_key(folded_line), text


# --- this round: what the boilerplate rules' patterns tell, read once with the rules ----------

def _fresh_boilerplate_tables(boilerplate):
    boilerplate._CANDIDATES[:] = [None, {}]
    boilerplate._TABLE[:] = [None, ()]
    boilerplate._NEEDLES[:] = [None, None]
    boilerplate._LIMITS.clear()
    boilerplate._TRIES.clear()


def _lazy_reading(boilerplate, rules):
    """What _table, _tries and _needle_rules read from the patterns at first use, without a
    plan (rx.first_chars, rx.needed_strings, _word_limit, _openings)."""
    from desktop.core import rx

    saved = list(boilerplate._PLAN)
    boilerplate._PLAN[:] = [None, None]
    remembered = rx._remembered

    def fresh(kind, pattern, read):  # read now, not from the store of earlier runs
        try:
            return read(pattern.pattern, pattern.flags)
        except Exception:  # noqa: BLE001 - as rx._remembered
            return None

    rx._remembered = fresh
    try:
        _fresh_boilerplate_tables(boilerplate)
        bits = boilerplate._by_bits(rules)["bits"]
        limits = tuple((boilerplate._word_limit(r.pattern), boilerplate._word_limit(r.folded),
                        boilerplate._openings(r.pattern), boilerplate._openings(r.folded)) for r in rules)
        always, needles = boilerplate._needle_rules(rules)
        return bits, limits, (always, needles.values)
    finally:
        rx._remembered = remembered
        boilerplate._PLAN[:] = saved
        _fresh_boilerplate_tables(boilerplate)


def test_boilerplate_plan_equals_what_the_patterns_tell_at_first_use():
    from desktop.core import boilerplate
    from desktop.core.boilerplate import Rule

    rules = boilerplate.rules()
    assert boilerplate._PLAN[0] is rules  # rules() keeps the plan read with them
    assert boilerplate._PLAN[1] == _lazy_reading(boilerplate, rules)
    # rules written here: anchored and not, word limits, optional openings, needed strings
    sources = [r"^\s*(اقرأ|إقرأ) (أيضا|ايضا)\s*[:：]?", r"^(?=\s*(\S+\s+){0,5}\S+\s*$)\s*(وكالات|خاص)\b",
               r"pic\.twitter\.com/\S+", r"^.{0,40}(جميع الحقوق محفوظة|©)", r"^\s*-?\s*انتهى\s*$",
               r"^\s*[0-9٠-٩]+\s*(خبر|مقال)\s*$", r"(^|\s)(كتب|بقلم)\s*[/:]\s*\S", r"^\s*$", r"(?i)^\s*share\b"]
    mine = tuple(Rule("k%d" % k, re.compile(s), False, re.compile(fold_) if (fold_ := boilerplate.fold(s)) != s else None)
                 for k, s in enumerate(sources))
    assert boilerplate._plan(mine) == _lazy_reading(boilerplate, mine)


def test_boilerplate_marks_with_the_plan_equal_every_rule_tried_on_every_line():
    from desktop.core import boilerplate
    from support import brute_force_boilerplate

    assert boilerplate._PLAN[0] is boilerplate.rules()
    rng = random.Random(51)
    lines = ["اقرأ أيضا: تفاصيل", "  زر الذهاب إلى الأعلى", "تابعونا على قناتنا في تلغرام", "- انتهى -",
             "(صورة أرشيفية)", "الرياض – وكالات", "وكالات", "pic.twitter.com/abc", "12 خبر",
             "قصفت الطائرات موقعين قرب النهر صباح اليوم، وقال مصدر إن الغارة أسفرت عن إصابات.",
             "جميع الحقوق محفوظة © 2024", "كتب: فلان", "• عنوان قصير", "مُحَمَّد", "", " \t"]
    hits = 0
    for _ in range(200):
        text = "".join(rng.choice(lines) + rng.choice(["\n", "\r\n", "\n\n", " \n"]) for _ in range(rng.randint(1, 25)))
        fast = [(m.span, m.kind) for m in boilerplate.find_boilerplate(text)]
        assert fast == brute_force_boilerplate(text), text
        hits += len(fast)
    assert hits > 200


# --- this round: normalization with the table's characters found by `in`, drops by str.find ----

def _normalize_text(rng: random.Random) -> str:
    bits = ["كلمة", "أحمد", "إلى", "آخر", "مؤسسة", "ى", "ة", "ی", "ک", "٣", "۴", "«", "»", "“", "”", '"',
            "\u064e", "\u0650", "\u0651", "\u0652", "\u0670", "ـ", "\u200f", "\u200e", "\u00ad", "\ufeff",
            "\u2066", "\u061c", "\u00a0", "\u2003", "\u202f", " ", "  ", "\n", "\r\n", "news", "Über", "x_y",
            "2024", "،", ".", "😀", "\U0010ffff"]
    weights = [rng.random() for _ in bits]
    r = rng.random()
    if r < 0.3:  # every letter with its diacritics: the regex scan for runs
        weights[bits.index("\u064e")] = weights[bits.index("\u0651")] = 30.0
    elif r < 0.7:  # a dropped character now and then: looked for with str.find
        weights = [w / 100 if nm_drops(b) else w for w, b in zip(weights, bits)]
    return "".join(rng.choices(bits, weights, k=rng.choice([0, 1, 5, 40, 200, 900, 3000])))


def nm_drops(piece: str) -> bool:
    from desktop.core.normalize import TABLE

    return piece.translate(TABLE) != piece and len(piece.translate(TABLE)) < len(piece)


def test_normalize_with_drops_found_by_find_equals_the_plain_route():
    from desktop.core import normalize as nm

    rng = random.Random(61)
    routes = set()
    for _ in range(500):
        text = _normalize_text(rng)
        got, want = nm._normalize(text), nm._normalize_plain(text)
        assert got.text == want.text == text.translate(nm.TABLE)
        assert list(got.origin) == list(want.origin), text
        assert nm.fold(text) == want.text
        plain_words = nm.word_spans(want)  # the control marks looked for by a scan
        assert "_controls" not in want.__dict__
        assert nm.word_spans(got) == plain_words
        drops = len(text) - len(got.text)
        routes.add((len(text) >= nm._SCAN_EACH_FROM, 0 < drops and drops * nm._FIND_UP_TO <= len(text)))
    assert routes == {(False, False), (False, True), (True, False), (True, True)}


# --- this round: an article's words by str.split at its separators, not by a regex split -----

def test_a_words_class_is_isalnum_and_the_separators_are_not_word_characters():
    from desktop.core import normalize as nm

    word = re.compile(r"[^\W_]")
    for cp in range(0x110000):
        ch = chr(cp)
        assert ch.isalnum() == (word.match(ch) is not None), hex(cp)
    separators = nm._SEPARATORS + nm._RARER_SEPARATORS
    assert " " not in separators and not any(ch.isalnum() for ch in separators)


def _words_text(rng: random.Random) -> str:
    words = ["كلمة", "أحمد", "مؤسسة", "news", "Über", "2024", "٣٤", "x", "𝐀𝐁", "قال", "في"]
    marks = ["\u064e", "\u0651", "\u0670", "ـ", "\u200f", "\u200e", "\u00ad", "\ufeff", "\u061c"]
    gaps = [" ", "  ", "\n", "\r\n", "\t", "\u00a0", "،", ".", ":", "«", "»", "-", "–", "_", "/", "(", ")",
            "…", "\u2028", "؟ ", "'", '"', "x_y", "؛", "%", "‘", "©"]
    strange = ["☃", "😀", "\u0600", "\x01", "\u2063"]  # neither a word's nor a known separator
    out = []
    # drops now and then (found by str.find) or often (by a regex scan), strange characters in some
    mark_rate = rng.choice([0.0, 0.005, 0.01, 0.02, 0.3])
    strange_rate = rng.choice([0.0, 0.0, 0.0, 0.05])
    for _ in range(rng.choice([0, 1, 3, 30, 300])):
        r = rng.random()
        if r < strange_rate:
            out.append(rng.choice(strange))
        elif r < strange_rate + mark_rate:
            out.append(rng.choice(marks))
        elif r < 0.55:
            out.append(rng.choice(words))
        else:
            out.append(rng.choice(gaps))
    return "".join(out)


def test_word_spans_by_chunks_equal_the_regex_split():
    from desktop.core import normalize as nm

    rng = random.Random(71)
    seen = {"none": 0, "plain": 0, "dropped": 0, "controls": 0}
    for _ in range(3000):
        text = _words_text(rng)
        norm = nm._normalize(text)
        got = nm._word_spans_by_chunks(norm)
        want = nm._word_spans_by_split(norm)
        if got is None:
            seen["none"] += 1
            continue
        assert got == want, repr(text)
        dropped = len(text) != len(norm.text)
        seen["controls" if norm.__dict__.get("_controls") else "dropped" if dropped else "plain"] += 1
        assert nm.word_spans(norm) == want
    assert min(seen.values()) > 50, seen


# --- this round: credits' pieces and parentheses read from the text's words ------------------

def _credit_lines_text(rng: random.Random) -> str:
    names = ["سانا", "واس", "رويترز", "الميادين", "Reuters", "AFP", "وكالة الأنباء", "سكاي نيوز عربية",
             "الجزيرة نت", "اليوم", "كوردستان24", "Site 4_سانا", "BBC"]
    places = ["دمشق", "بيروت", "الرياض", "أربيل", "عواصم", "متابعات"]
    cuts = [" - ", "-", " – ", "/", " / ", "|", "_", ": ", ":", " — "]
    marks = ["", "", "", "\u064e", "\u200f", "\u00ad", "ـ", "\u00a0"]
    lines = []
    for _ in range(rng.randint(1, 12)):
        r = rng.random()
        if r < 0.3:
            line = rng.choice(places) + rng.choice(marks) + rng.choice(cuts) + rng.choice(names)
        elif r < 0.5:
            line = rng.choice(places) + " (" + rng.choice(names) + rng.choice(marks) + ")" + rng.choice(cuts) + \
                "قال المتحدث إن الهجوم وقع صباح اليوم في المدينة وأسفر عن أضرار كبيرة في المباني"
        elif r < 0.7:
            line = rng.choice(cuts).strip() + " " + rng.choice(names) + rng.choice(marks)
        else:
            line = " ".join(rng.choice(["وقال", "مصدر", "(" + rng.choice(names) + ")", "في", "الحادث",
                                        rng.choice(names), rng.choice(marks) + "اليوم"]) for _ in range(rng.randint(1, 14)))
        lines.append(rng.choice(["", " ", "\t"]) + line + rng.choice(marks))
    return rng.choice(["\n", "\r\n", "\n\n"]).join(lines)


def test_credits_pieces_read_from_the_texts_words_equal_each_piece_folded():
    from desktop.core import credits, registry

    reg = registry.registry()
    rng = random.Random(81)
    found = 0
    for _ in range(400):
        text = _credit_lines_text(rng)
        toks = credits._words(text)
        fast = credits._line_credits(text, reg, toks)
        assert fast == credits._line_credits(text, reg), repr(text)
        fast_paren = credits._parenthesized(text, toks, reg)
        assert fast_paren == credits._parenthesized(text, None, reg), repr(text)
        found += len(fast) + len(fast_paren)
        # any span between two characters that are not part of a word
        bounds = [0, len(text)] + [i for i, ch in enumerate(text) if not ch.isalnum() and ch not in
                                   "\u064e\u200f\u00adـ"]
        for _ in range(5):
            a, b = sorted(rng.sample(bounds, 2)) if len(bounds) > 1 else (0, len(text))
            assert credits._words_in(text, toks, a, b) == credits._words_in(text, None, a, b), (text, a, b)
    assert found > 200


# --- this round: the first character after a line's blanks that an anchored pattern allows ----

def test_first_nonblank_chars_of_patterns_written_here():
    from desktop.core.openings import first_nonblank_chars as first

    assert first(r"^\s*-?\s*x", 0) == {"-", "x"}
    assert first(r"^\s*(a|\s)b", 0) == {"a", "b"}
    assert first(r"^[\s|/]*x", 0) == {"|", "/", "x"}
    assert first(r"^a|^\s*[bc]", 0) == {"a", "b", "c"}
    assert first(r"^(?=x)\s*[ab]+", 0) == {"a", "b"}
    assert first(r"^\s*(a)?", 0) is None  # a match may consume blanks only
    assert first(r"^\s*\S", 0) is None and first(r"^\s*.", 0) is None and first(r"^\s*[^a]", 0) is None
    assert first(r"^a|b", 0) is None and first(r"x", 0) is None and first(r"(?i)^a", 0) is None
    assert first(r"^\s*(?i:a)", 0) is None  # local flags


def test_first_nonblank_chars_are_a_promise_every_match_keeps():
    from desktop.core import boilerplate
    from desktop.core.openings import first_nonblank_chars as first

    rng = random.Random(91)
    pieces = ["-", "/", "//", "(", ")", "[", "]", "انتهى", "صورة", "صوره", "الصورة", "أرشيفية", "ارشيفيه",
              "تعبيرية", "N", "NNNN", "///", "•", "*", "خاص", "حصري", "المزيد", "Next", "More", "...", "…",
              "»", "خبر", "x", "Menu", "Live", "بحث", ":", "|", "12", "خدمة", "لـ", "بـ", "«", "كلمة"]
    blanks = ["", "", " ", "  ", "\t", "\u00a0", "\u2003"]
    checked = matched = 0
    for rule in boilerplate.rules():
        for pattern in (rule.pattern, rule.folded):
            if pattern is None or (allowed := first(pattern.pattern, pattern.flags)) is None:
                continue
            checked += 1
            for _ in range(3000):
                line = "".join(rng.choice(blanks) + rng.choice(pieces) for _ in range(rng.randint(1, 4)))
                line += rng.choice(blanks)
                if pattern.search(line):
                    matched += 1
                    assert line.lstrip()[:1] in allowed, (pattern.pattern, line)
    assert checked >= 4 and matched > 100


# --- this round: tight line openings (optional literal runs written before what follows) -----

def test_tight_line_openings_of_patterns_written_here():
    from desktop.core.openings import line_openings

    assert line_openings(r"^\s*(?:a|b?)c", 0, tight=True) == (True, ("ac", "bc", "c"))
    assert line_openings(r"^\s*(زر )?(الذهاب|العودة)", 0, tight=True) == (
        True, ("الذهاب", "العودة", "زر الذهاب", "زر العودة"))  # (re's parser takes «ال» out first)
    assert line_openings(r"^\s*[0-9٠-٩]+x", 0, tight=True) == (True, tuple(sorted("0123456789٠١٢٣٤٥٦٧٨٩")))
    assert line_openings(r"^\s*[a-z]", 0, tight=True) is None  # too many to be worth it
    assert line_openings(r"^\s*(a\d)?b", 0, tight=True) == (True, ("a", "b"))  # not all literal
    assert line_openings(r"^\s*(ab)*c", 0, tight=True) == (True, ("ab", "c"))  # may repeat


def test_tight_line_openings_are_a_promise_every_match_keeps():
    from desktop.core import boilerplate
    from desktop.core.openings import line_openings

    rng = random.Random(101)
    promised = hits = 0
    for rule in boilerplate.rules():
        for pattern in (rule.pattern, rule.folded):
            if pattern is None or (opens := line_openings(pattern.pattern, pattern.flags, tight=True)) is None:
                continue
            promised += 1
            blanks, strings = opens
            alts = [w for w in re.findall(r"[^\W_]+", pattern.pattern) if len(w) > 1][:12] or ["x"]
            for _ in range(300):
                line = rng.choice(["", " ", "\t", "  ", "\u00a0"]) + rng.choice(["", "و", "(", "زر ", "1", "٣"]) + " ".join(
                    rng.choice(alts + list(strings) + ["(", ":", "-", "كلمة", " ", "5", "دقائق", "قراءة"])
                    for _ in range(rng.randint(0, 4)))
                if pattern.search(line):
                    hits += 1
                    assert (line.lstrip() if blanks else line).startswith(strings), (pattern.pattern, line)
    assert promised > 20 and hits > 300


def test_control_characters_looked_for_with_in_are_the_class():
    from desktop.core import decode

    assert set(decode._CONTROL_CHARS) == {chr(c) for c in range(0x110000) if decode._CONTROLS.match(chr(c))}
    rng = random.Random(121)
    for _ in range(500):
        text = "".join(rng.choices(["كلمة ", "a", "\n", "\t", "\x0c", "\r", "\x01", "\x1f", "\x0b", "\x00"],
                                   [5, 5, 2, 1, 1, 1, .1, .1, .1, .1], k=rng.randint(1, 6000)))
        if text.isspace():
            continue
        try:
            got = decode._finish(text, "utf-8", "x")
        except decode.IngestError:
            got = None
        want = None if len(decode._CONTROLS.findall(text, 0, 4096)) > 8 else (text, "utf-8")
        assert got == want


# --- this round: boilerplate's and inline furniture's strings found in one pass ---------------

def test_shared_needles_give_each_sets_own_answers():
    from desktop.core import boilerplate, inline_furniture
    from desktop.core.needles import Needles
    from desktop.core.normalize import normalize as norm_of

    shared = inline_furniture.shared_needles()
    _, line_needles = boilerplate._needle_rules(boilerplate.rules())
    inline_needles = inline_furniture._needles(inline_furniture.inline_rules())
    strings = sorted(set(line_needles.values) | set(inline_needles.values))
    both = set(line_needles.values) & set(inline_needles.values)
    rng = random.Random(131)
    hits = 0
    for _ in range(300):
        parts = rng.choices(strings + ["كلمة", " ", "\n", "في", "x"], k=rng.randint(0, 40))
        text = "".join(p + rng.choice(["", " ", "\n"]) for p in parts) + " " * 300  # (kept: 256 or more)
        norm = norm_of(text)
        assert sorted(shared.first_found(norm)) == sorted(line_needles.found(norm.text))
        assert shared.second_held(norm) == inline_needles.held(norm.text)
        assert shared.found(norm) is shared.found(norm_of(text))  # one pass per normalization
        hits += len(shared.found(norm))
    assert hits > 1000 and isinstance(shared.needles, Needles)
    assert all(shared.needles.values[s] >> shared.shift and shared.needles.values[s] & shared.mask for s in both)
