"""Credits: where a text names another outlet as the source of what it reports.

General formulas, matched on folded words (hamza, ta marbuta, diacritics folded; quote marks of
any style and parentheses ignored between words), each followed or surrounded by an outlet name
found in the registry (its spelling variants and abbreviations included):

    المصدر: X · نقلا عن X · حسبما نقلت X · بحسب (ما ذكرت) X · وفق(ا ل)X · أفادت/ذكرت/نقلت/بثت
    ... وكالة|صحيفة|قناة X · صحيفة X named anywhere · قال مراسل X · لوكالة X, لرويترز,
    للميادين · (X) · مدينة - X - · - X at a line end · a short signature line holding X
    (دمشق/سانا, "Site 4_سانا")

A name in quote marks after a strong formula (المصدر:, نقلا عن, a verb with وكالة/صحيفة...) is
taken even when the registry does not know it, under the name as written.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import compress, islice
from operator import itemgetter
from typing import NamedTuple

from . import rx
from .model import Credit
from .normalize import fold, normalize, word_spans
from .registry import Registry, fold_words, registry
from .resources import load_toml

_WORD = rx.compile(r"[^\W_]+")
_QUOTES = "\"'«»“”„‟‘’‹›`"
DESCRIPTORS = {"وكاله", "صحيفه", "قناه", "موقع", "شبكه", "اذاعه", "تلفزيون", "جريده", "مجله",
               "منصه", "بوابه", "فضائيه", "راديو", "مركز", "وكالات"}
_SKIPPABLE = {"الانباء", "للانباء", "الاخباريه", "الرسميه", "الاخبار", "الاعلاميه", "الاخباري",
              "الامريكيه", "الاميركيه", "البريطانيه", "الفرنسيه", "الروسيه", "الايرانيه",
              "التركيه", "الصينيه", "الالمانيه", "الاسرائيليه", "العبريه", "اللبنانيه", "السوريه",
              "المصريه", "السعوديه", "القطريه", "الاماراتيه", "الكويتيه", "الاردنيه", "العراقيه",
              "اليمنيه", "السودانيه", "الفلسطينيه", "الليبيه", "التونسيه", "الجزائريه",
              "المغربيه", "شبه", "الحكوميه", "المحليه", "الدوليه"}
_VERBS = {"نقلت", "نقل", "نقلته", "نقلها", "ذكرت", "ذكر", "افادت", "افاد", "اوردت", "اورد",
          "قالت", "اعلنت", "بثت", "كشفت", "اكدت", "نشرت", "اضافت", "تابعت", "افادته", "اشارت",
          "نقلتها", "ذكرته", "اوضحت", "اعلن", "بث", "نشر", "كشف", "اكد", "نشرته", "نشرتها",
          "اوردته", "اوردتها", "بثته", "بثتها", "اوردها", "نقله",
          # written, present tense, and «a poll it conducted», «a copy it received»
          "كتبت", "كتب", "تذكر", "يذكر", "تقول", "يقول", "تنقل", "ينقل", "تشير", "يشير", "تؤكد",
          "يؤكد", "تفيد", "يفيد", "تكشف", "يكشف", "تورد", "يورد", "اجرته", "اجرتها", "تلقت",
          "تلقي", "سالته", "سالتها"}
# what an outlet puts out, between بحسب/وفق and its name: «بحسب بيانات وكالة رويترز»,
# «وفقا لتقرير صحيفة ...», «أشار تقرير مجلة ...»
_SOURCE_NOUNS = {"بيانات", "تقرير", "تقارير", "تقديرات", "معلومات", "ارقام", "احصاءات",
                 "احصاييات", "استطلاع", "مقابله", "حوار", "تصريحات", "دراسه", "تحليل", "رصد",
                 "احصاء", "تحقيق", "افتتاحيه", "موقع", "حساب"}
_LEAD = {"بحسب": "bihasab", "حسب": "hasab", "حسبما": "hasabama", "وفق": "wifq", "وفقا": "wifq",
         "طبقا": "wifq", "تبعا": "wifq"}
_TRANSLATED = {"مترجم", "مترجمه", "مترجما", "ترجمه", "مترجمون", "ترجمته", "ترجمتها"}
_CORRESPONDENT = {"مراسل", "مراسله", "مراسلو", "مراسلي", "موفد", "موفده", "مندوب"}
_WEAK = {"bihasab", "hasab", "hasabama", "wifq"}
_CLITIC = rx.compile(r"^(و|ف)")
_CONJUNCTIONS = ("و", "ف")  # the letters _CLITIC takes off
_TOLD_DESCRIPTORS = DESCRIPTORS - {"وكالات"}
_DASHES = "-–—ـ:"


class _Tok(NamedTuple):  # a named tuple: one is made per word of every article
    w: str  # folded word
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    # the words of normalize(text) (the engine's own pattern, [^\W_]+), mapped back as
    # norm.to_original() maps them; shared with the engine's tokenization of the article
    return [_new(_Tok, (w.lower(), s, e)) for w, s, e in word_spans(normalize(text))]


_new = tuple.__new__  # _Tok(...) without the named tuple's Python-level __new__
_START = itemgetter(1)


def lower_keeps(norm) -> bool:
    """norm.text.lower() == norm.text, asked once per normalization (kept beside its fields,
    as word_spans keeps the words): reading asks it for credits and for line keys."""
    got = norm.__dict__.get("_lower_keeps")
    if got is None:
        got = norm.__dict__["_lower_keeps"] = norm.text.lower() == norm.text
    return got


def _words(text: str) -> list[tuple[str, int, int]]:
    """_tokens(text) as plain (word, start, end) tuples: the engine's own list of words of the
    article (word_spans, shared) when lower-casing changes no word, as in Arabic text."""
    norm = normalize(text)
    spans = word_spans(norm)
    if lower_keeps(norm):  # no letter lower() changes: every word is its own lower()
        return spans
    # only the words lower() changes (Latin names, mostly) are made anew
    changed = {w: low for w in set(map(itemgetter(0), spans)) if (low := w.lower()) != w}
    out = list(spans)
    for i in compress(range(len(out)), map(changed.__contains__, map(itemgetter(0), out))):
        w, s, e = out[i]
        out[i] = (changed[w], s, e)
    return out


_CUE_WORDS = set(_VERBS) | set(_LEAD) | _CORRESPONDENT | DESCRIPTORS | _TRANSLATED | {"المصدر", "نقلا"} | {
    "ل" + d for d in DESCRIPTORS | _CORRESPONDENT}


def _bare(word: str) -> str:
    """A cue word without a leading و/ف conjunction (only when what is left is a cue word)."""
    if word in _CUE_WORDS or word[:1] not in _CONJUNCTIONS:
        return word
    rest = word[1:]  # what _CLITIC.sub("", word) leaves
    return rest if rest in _CUE_WORDS else word


# the words _bare() turns into a cue word, or into a word in ل: only these can open a formula
_OPENERS = frozenset(_CUE_WORDS | {c + w for c in _CONJUNCTIONS for w in _CUE_WORDS})


def _openings(words: list[str]) -> list[int]:
    """Indices of the words that may open a formula (see find_credits), in order: a cue word,
    a conjunction and a cue word, or a word in ل (what _bare leaves of every other word opens
    with neither)."""
    # "ل" <= w < "م" is w[:1] == "ل" (ل is U+0644, م U+0645) without making a string per word;
    # one pass over the words (a set of the distinct words first cost more: each word hashed
    # into it, then looked up again)
    openers = _OPENERS
    return [i for i, w in enumerate(words) if w in openers or "ل" <= w < "م"]


def find_credits(text: str, reg: Registry | None = None) -> tuple[Credit, ...]:
    reg = reg or registry()
    toks = _words(text)
    found: list[Credit] = []
    words = list(map(itemgetter(0), toks))
    for i in _openings(words):
        tok = toks[i]
        w = _bare(tok[0])
        if w[:1] != "ل" and w not in _CUE_WORDS:
            continue  # every formula below starts with a cue word or a word in ل
        formula = None
        j = i + 1
        if w == "المصدر" and _next_char(text, tok[2]) in ":：/":
            formula = "source_line"
        elif w == "نقلا" and j < len(toks) and toks[j][0] == "عن":
            formula, j = "naqlan_an", j + 1
        elif w in _TRANSLATED and j < len(toks) and toks[j][0] in ("عن", "من"):
            formula, j = "translated", j + 1  # «هذا الموضوع مترجم عن صحيفة X»
        elif w in _LEAD:
            formula = _LEAD[w]
            if j < len(toks) and toks[j][0] == "ما":
                j += 1
            if j < len(toks) and _bare(toks[j][0]) in _VERBS:
                formula, j = "hasabama", j + 1
            elif j < len(toks) and _source_noun(toks[j][0]) and j + 1 < len(toks) \
                    and _bare(toks[j + 1][0]) in DESCRIPTORS:
                j += 1  # «بحسب بيانات وكالة رويترز»
        elif w in _VERBS and j < len(toks):
            formula = "verb"
        elif w in _CORRESPONDENT or (w[:1] == "ل" and w[1:] in _CORRESPONDENT):
            formula = "correspondent"
        elif w[:1] == "ل" and w[1:] in _TOLD_DESCRIPTORS:
            formula, j = "told", i  # the descriptor is part of the name slot
        elif w == "ل" and text[tok[2]:tok[2] + 1] in "ـ" + _QUOTES and j < len(toks):
            formula = "told"  # «قال لـ"الجزيرة نت"», «في حديث لـ«المشهد»»
        elif w in DESCRIPTORS:
            formula, j = "named", i  # «صحيفة نيويورك تايمز» named anywhere
        elif w.startswith("لل") and len(w) > 4 and "ال" + w[2:] not in common_names():
            outlet, n, how = reg.match_words(["ال" + w[2:]])
            if outlet is not None and outlet.kind != "aggregator" and how != "spelling":
                # «مصدر ميداني للميادين»: لل + the name without its article
                found.append(Credit((tok[1], tok[2]), outlet.name, "told", text[tok[1]:tok[2]],
                                    (tok[1], tok[2])))
            continue
        elif w[:1] == "ل" and len(w) > 3 and _agency_word(w[1:], reg):
            formula, j = "told", i  # «وقال لرويترز»: an agency spoken to
        if formula is None:
            continue
        credit = _name_after(text, toks, words, j, tok[1], formula, reg,
                             need_descriptor=(formula == "verb"))
        if credit and formula in ("named", "correspondent") and not w.startswith("ل") \
                and not _source_context(text, toks, i, credit):
            continue  # «أغلقت السلطات مكتب قناة X», «استشهد مراسل X»: a mention, not a credit
        if credit:
            found.append(credit)
    found.extend(_parenthesized(text, toks, reg))
    found.extend(_line_credits(text, reg, toks))
    return _dedupe(found)


# verbs that report or witness: before «مراسل X» (وقال مراسل X) or after «صحيفة X» (صحيفة X
# التقت شهودا) they make the outlet the source of what follows
_REPORTING = _VERBS | {"قال", "شاهد", "شاهدت", "رصد", "رصدت", "التقت", "التقى", "حصلت", "حصل",
                       "اطلعت", "اطلع", "علمت", "علم", "وثقت", "وثق", "سالت", "تحدثت", "تحدث",
                       "اجرت", "اجرى", "افادت", "نقلت", "ترجمت", "عرضت", "عرض", "وصف", "وصفت",
                       "اشار", "اضاف", "ذكرت", "قالت", "لاحظ", "لاحظت", "لاحظه", "لاحظها", "راي",
                       "رات", "عاين", "عاينت", "سمع", "سمعت", "شهد", "شهدت"}
# words that open a clause: «كما صحيفة X ...» is as good as a sentence start
_CLAUSE_OPENERS = {"كما", "بينما", "فيما", "حيث", "وقد", "قد", "اذ", "ثم", "كذلك", "فقد", "لكن",
                   "بدورها", "بدوره", "من جهتها", "اما"}
# «في مقابلة مع قناة X», «في حوار مع صحيفة X»: what was said to the outlet
_TALK = {"مقابله", "حوار", "لقاء", "حديث", "اتصال", "تصريحات", "تصريح", "حوارا", "لقاءا",
         "حديثا", "اتصالا", "تصريحا", "مقابلات", "حوارات", "مقابلتين", "مقابلتها", "مقابلته"}
_OBJECT_WORDS = {"عنه", "عنها", "عنهم", "عنهما", "له", "لها", "لهم", "معه", "معها", "منه", "منها",
                 "عليه", "عليها", "عليهم"}
_TIME_WORDS = {"اليوم", "امس", "الليله", "صباح", "مساء", "فجر", "ظهر", "الاثنين", "الثلاثاء",
               "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "اول", "الماضي", "مؤخرا",
               "ايضا", "كذلك"}


_KNOWN_AFTER_CONJUNCTION = frozenset(_REPORTING | _CLAUSE_OPENERS | _TALK | set(_LEAD))
_DESCRIPTORS_OR_CORRESPONDENT = frozenset(DESCRIPTORS | _CORRESPONDENT)
_REPORTING_OR_THAT = frozenset(_REPORTING | {"ان", "بان"})
_DESCRIPTORS_WITH_LAM = frozenset(DESCRIPTORS | {"ل" + d for d in DESCRIPTORS})


def _without_conjunction(word: str) -> str:
    """A word without a leading و/ف when what is left is a reporting or clause word."""
    rest = _CLITIC.sub("", word)
    known = _KNOWN_AFTER_CONJUNCTION
    return rest if word not in known and rest in known else word


def _source_noun(word: str) -> bool:
    """بيانات, تقرير, لتقرير, وبحسب-less «وتقارير»: a thing an outlet publishes."""
    return word in _SOURCE_NOUNS or (word[:1] in "لبو" and word[1:] in _SOURCE_NOUNS)


def _glued_verb(word: str) -> bool:
    """«بلبنانونقلت»: a heading's last word glued to «ونقلت» when the page lost a line break."""
    return any(word.endswith("و" + v) and len(word) > len(v) + 3 for v in _VERBS)


def _source_context(text: str, toks, i: int, credit: Credit) -> bool:
    """Is the outlet named at toks[i] (a descriptor or «مراسل») the source of what the text
    reports, rather than mentioned? Yes when a reporting verb or بحسب/وفق comes just before
    (وقال مراسل X, بحسب مراسل X), when the outlet opens a clause and a reporting verb follows
    its name (صحيفة X التقت شهودا, مراسل X: ...), or after «مقابلة/حوار مع»."""
    prev = _without_conjunction(toks[i - 1][0]) if i > 0 else ""
    gap = text[toks[i - 1][2]:toks[i][1]] if i > 0 else "\n"
    if i > 0 and not any(c in gap for c in ".!؟?:؛،,\n") and (
            prev in _REPORTING or prev in _LEAD or _glued_verb(prev)):
        return True
    if i > 1 and prev in _OBJECT_WORDS and _without_conjunction(toks[i - 2][0]) in _REPORTING:
        return True  # «ونقلت عنه وكالة X», «وقال له مراسل X», «اطلعت عليه صحيفة X»
    k = i - 1
    while k >= 0 and i - k <= 4 and toks[k][0] in _TIME_WORDS:
        k -= 1  # «بثته اليوم (الخميس) وكالة X»
    if k < i - 1 and k >= 0 and _without_conjunction(toks[k][0]) in _REPORTING and not any(
            c in text[toks[k][2]:toks[i][1]] for c in ".!؟?؛\n"):
        return True
    if prev in ("الي", "ل") and any(_without_conjunction(toks[k][0]) in _TALK
                                    for k in range(max(0, i - 3), i - 1)):
        return True  # «في تصريحات إلى مجلة X»
    if prev == "مع" and any(_without_conjunction(toks[k][0]) in _TALK for k in range(max(0, i - 4), i - 1)):
        return True  # «في مقابلة (سابقة) مع صحيفة X»
    if i > 0 and not any(c in gap for c in ".!؟?:؛،,\n") and _source_noun(toks[i - 1][0]):
        return True  # «أشار تقرير مجلة X», «بيانات وكالة X»
    opens = i == 0 or any(c in gap for c in ".!؟?:؛،,\n") or prev in _CLAUSE_OPENERS \
        or (toks[i][0][:1] in "وف" and toks[i][0][1:] in _DESCRIPTORS_OR_CORRESPONDENT)
    if not opens:
        return False
    end = credit.name_span[1]
    k = bisect_left(toks, end, key=_START)  # the first word starting at or after `end`
    while k < len(toks) and toks[k][0] in _SKIPPABLE:
        k += 1
    after = text[end:toks[k][1]] if k < len(toks) else text[end:]
    if ":" in after.strip(_QUOTES + " ") [:2]:
        return True  # «مراسل X: ...»
    if k < len(toks) and _without_conjunction(toks[k][0]) in _REPORTING_OR_THAT:
        return True
    return False


@lru_cache(maxsize=1)
def common_names() -> frozenset[str]:
    """Outlet names that are everyday words (resources/outlets.toml, [common_names])."""
    from .outlets import from_outlets_file

    return frozenset(from_outlets_file("common-names", _common_name_words, ("credits", "registry")))


def _common_name_words() -> list[str]:
    words = load_toml("outlets.toml").get("common_names", {}).get("words", [])
    return sorted({w for name in words for w in fold_words(name)})


def _agency_word(word: str, reg: Registry) -> bool:
    outlet, n, how = reg.match_words([word])
    return outlet is not None and outlet.kind == "agency" and how in ("name", "spelling")


def _next_char(text: str, pos: int) -> str:
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    return text[pos] if pos < len(text) else ""


def _gap_ok(text: str, a: int, b: int) -> bool:
    """Only spaces, quote marks, parentheses or a colon between two words of one name slot."""
    return all(c.isspace() or c in _QUOTES + "()[]:،,ـ" for c in text[a:b]) and b - a <= 6


def _name_after(text, toks, words, j, cue_start, formula, reg, need_descriptor=False):
    if j >= len(toks):
        return None
    if j > 0 and not _gap_ok(text, toks[j - 1][2], toks[j][1]) and not (
            formula == "source_line" and _gap_ok(text.replace("/", " "), toks[j - 1][2], toks[j][1])):
        return None  # (المصدر / X: a slash may stand for the colon)
    k = j
    had_descriptor = False
    for _ in range(3):  # try the name here, then after a descriptor and its adjectives
        # the slot's words only when a name may start with its first (match_words' quick no)
        outlet, n, how = reg.match_words(_slot_words(text, toks, k) if reg._may_open(toks[k][0]) else ())
        if outlet:
            had_descriptor = had_descriptor or _bare(toks[k][0]) in DESCRIPTORS
            plain = (not had_descriptor and not _quoted_at(text, toks[k][1])
                     and outlet.kind != "agency" and how != "abbrev")
            # a bare name after a verb, or a one-word name after بحسب/وفق, is too often a common
            # word (البيان, اليوم, العالم): take it only quoted, after وكالة/صحيفة..., or an agency
            # a name of two words or more, none of them an everyday word, names the outlet
            # without help (وقالت هيئة البث الإسرائيلية, ذكرت سكاي نيوز عربية)
            distinct = n >= 2 and not (set(toks[k + x][0] for x in range(n)) & common_names())
            if plain and not distinct and (need_descriptor or (n == 1 and formula in _WEAK)):
                return None
            if plain and n == 1 and toks[k][0] in common_names():
                return None
            s, e = toks[k][1], toks[k + n - 1][2]
            longer = _longer_quoted_name(text, s, e)
            if longer:  # «العالم الصيني» is not «العالم»: the name as the quotes give it
                qs, qe, name = longer
                known = reg.by_name(name)
                if known is None and not had_descriptor:
                    return None  # «تابعة لـ«الاتحاد الإسلامي ...»»: a name, not an outlet
                return Credit((cue_start, qe + 1), known.name if known else name, formula,
                              text[qs:qe], (qs, qe))
            return Credit((cue_start, _close_quote(text, e)), outlet.name, formula,
                          text[s:e], (s, e))
        if k < len(toks) and _bare(toks[k][0]) in _DESCRIPTORS_WITH_LAM:
            had_descriptor = True
            k += 1
            while k < len(toks) and toks[k][0] in _SKIPPABLE and _gap_ok(text, toks[k - 1][2], toks[k][1]):
                k += 1
            if k >= len(toks) or not _gap_ok(text, toks[k - 1][2], toks[k][1]):
                return None
            continue
        break
    if formula in ("source_line", "naqlan_an", "verb", "told", "named", "translated") and (
            had_descriptor or formula == "source_line"):
        quoted = _quoted_name(text, toks[k][1] if k < len(toks) else len(text))
        if quoted:
            s, e, name = quoted
            return Credit((cue_start, e), name, formula, text[s:e], (s, e))
    if had_descriptor and k < len(toks):
        # «صحيفة ديلي ميل البريطانية»: a name the registry lacks, closed by a nationality
        n = _name_before_adjective(text, toks, k)
        if n:
            s, e = toks[k][1], toks[k + n - 1][2]
            return Credit((cue_start, e), " ".join(text[s:e].split()), formula, text[s:e], (s, e))
    return None


_NATIONALITY = rx.compile(r"^(ال)?\w{3,}(يه|يين|ي)$")
_NOT_NAME = {"التي", "الذي", "في", "من", "عن", "على", "الى", "ان", "انه", "قد", "عبر", "بعد",
             "قبل", "مع", "هذه", "هذا", "الرسميه", "الحكوميه", "المحليه", "الدوليه", "الاخباريه"}


def _name_before_adjective(text, toks, k) -> int:
    """How many words (one to three) stand between a descriptor and a nationality adjective
    (البريطانية, الأمريكية): that is the outlet's name. 0 when the pattern does not hold."""
    for n in range(1, 4):
        at = k + n
        if at >= len(toks):
            return 0
        gap_ok = all(_gap_ok(text, toks[i - 1][2], toks[i][1]) for i in range(k + 1, at + 1))
        if not gap_ok:
            return 0
        word = toks[at][0]
        if any(toks[i][0] in _NOT_NAME or toks[i][0].startswith("ال") and i == k and n == 1
               and toks[i][0] in _SKIPPABLE for i in range(k, at)):
            return 0
        if word in _SKIPPABLE and word not in {"شبه", "الانباء", "للانباء", "الاخبار"} \
                and _NATIONALITY.match(word):
            return n
    return 0


def _slot_words(text: str, toks, k: int) -> list[str]:
    """Folded words from k on while they stay inside one name slot (no punctuation between)."""
    out = []
    for n in range(k, min(k + 8, len(toks))):
        if n > k and not all(c.isspace() or c in _QUOTES for c in text[toks[n - 1][2]:toks[n][1]]):
            break
        out.append(toks[n][0])
    return out


_CLOSERS = {"«": "»", "“": "”", '"': '"', "„": "“", "'": "'", "(": ")"}


def _longer_quoted_name(text: str, s: int, e: int):
    """(start, end, name) when the registry name at [s, e) opens a quoted name that goes on
    past it («العالم الصيني»), else None."""
    at = s - 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    if at < 0 or text[at] not in _CLOSERS:
        return None
    close = text.find(_CLOSERS[text[at]], e, e + 40)
    if close < 0 or "\n" in text[e:close] or not text[e:close].strip():
        return None
    name = " ".join(text[at + 1:close].split())
    if len(name.split()) > 5:
        return None
    return at + 1, close, name


def _quoted_at(text: str, pos: int) -> bool:
    back = text[max(0, pos - 2):pos]
    return any(c in _QUOTES + "(" for c in back)


def _close_quote(text: str, end: int) -> int:
    if end < len(text) and text[end] in _QUOTES + ")":
        return end + 1
    return end


def _quoted_name(text: str, pos: int):
    m = rx.compile(r"\s*[\"«“„']([^\"»”'\n]{2,40})[\"»”']").match(text, max(0, pos - 2))
    if not m:
        return None
    name = " ".join(m.group(1).split())
    if len(name.split()) > 4:
        return None
    return m.start(1), m.end(1) + 1, name


_PAREN = rx.compile(r"\(\s*([^()\n]{2,40}?)\s*\)")


def _words_in(text: str, toks, start: int, end: int) -> list[str]:
    """[w.lower() for w in _WORD.findall(fold(text[start:end]))] for a span that opens and
    closes at a character that is not part of a word (or at a line's end) and is not
    dropped by folding: the words of the whole text (toks, lowered) lying in it, found by
    bisection. Without toks, the span's own."""
    if toks is None:
        return [w.lower() for w in _WORD.findall(fold(text[start:end]))]
    return [t[0] for t in toks[bisect_left(toks, start, key=_START):bisect_left(toks, end, key=_START)]]


def _parenthesized(text: str, toks, reg: Registry) -> list[Credit]:
    """(واس), أربيل (كوردستان24)-: a parenthesized outlet name or abbreviation. `toks`:
    the text's words (_words), or None (each name folded and split itself)."""
    out = []
    for m in _PAREN.finditer(text):
        inner = m.group(1)
        words = _words_in(text, toks, m.start(1), m.end(1))
        if not words or len(words) > 5:
            continue
        outlet, n, how = reg.match_words(words)
        if not outlet or n != len(words):
            continue
        if how == "name" and outlet.kind != "agency" and not _dateline_context(text, m.start(), m.end()):
            continue
        out.append(Credit((m.start(), m.end()), outlet.name, "paren", inner, (m.start(1), m.end(1))))
    return out


def _dateline_context(text: str, start: int, end: int) -> bool:
    """Is (X) part of a dateline: near a line start and followed by a dash or colon?"""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    after = text[end:end + 3].strip()
    return len(before.split()) <= 3 and (not after or after[0] in _DASHES)


_HEAD_MARK = rx.compile(r"[-–—/|_:]")  # a dash, slash, bar or colon: a dateline's head
_DASH_SPLIT = rx.compile(r"\s*[-–—/|_]+\s*|\s*:\s*")


_CUT_MARK = rx.compile(r"[-–—/|_:]")


def _cuts(body: str):
    """_DASH_SPLIT.finditer(body), tried only where a cut can start: at a dash, slash, bar,
    underscore or colon, or where the blanks just before one begin (a cut's blanks are
    greedy, so a scan never resumes inside a run of them). The marks are found by a scan for
    one class, which re does in C; _DASH_SPLIT itself opens with \\s* and is tried at
    every character."""
    starts = []
    for m in _CUT_MARK.finditer(body):
        at = m.start()
        run = at
        while run and body[run - 1].isspace():  # str.isspace is re's \\s
            run -= 1
        if run < at:
            starts.append(run)
        starts.append(at)
    return rx.matches_at(_DASH_SPLIT, body, starts)


def _line_credits(text: str, reg: Registry, toks=None) -> list[Credit]:
    """Datelines (مدينة - X -, X: at a paragraph start, - X at its end) and signature lines.
    `toks`: the text's words (_words), or None (each piece folded and split itself)."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        base = pos
        pos += len(line)
        stripped = body.strip()
        if not stripped:
            continue
        lead = base + len(body) - len(body.lstrip())
        short = len(stripped.split(None, 7)) <= 7  # len(stripped.split()) <= 7
        if not short and not _HEAD_MARK.search(body, 0, 45):
            continue  # a paragraph without a dateline head
        # (a long line's first three pieces need only its first three cuts)
        cuts = _cuts(body)
        parts = [m.span() for m in (cuts if short else islice(cuts, 3))]
        if not parts and not short:
            continue
        # pieces of the line between dashes, slashes or colons
        cuts = [0] + [x for s, e in parts for x in (s, e)] + [len(body)]
        pieces = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts) - 1, 2)]
        if not short:
            # a dateline at a paragraph's start: the first two or three pieces only
            head_end = parts[0][0] if parts else 0
            if head_end > 40 or len(pieces) < 2:
                continue
            pieces = pieces[:3]
        for s, e in pieces:
            piece = body[s:e]
            words = _words_in(text, toks, base + s, base + e)
            if not words or len(words) > 6:
                continue
            outlet, n, how = reg.match_words(words)
            if not outlet:
                # a signature such as "Site 4_سانا": an abbreviation at the piece's end
                outlet, n, how = reg.match_words(words[-1:], abbrev_only=True)
                if not outlet:
                    continue
            elif n != len(words):
                continue
            if not short and how == "name" and outlet.kind != "agency" and s != 0 and len(pieces) < 3:
                continue
            ps = base + s + len(piece) - len(piece.lstrip())
            pe = base + s + len(piece.rstrip())
            at_end = not body[e:].strip(" \t-–—/|_:")
            # a signature closes the text (its last third, or its last line); a dateline opens it
            tail = base * 3 >= len(text) * 2 or not text[pos:].strip()
            formula = ("signature" if short and (not parts or (at_end and s > 0)) and
                       (tail or not parts) else "dateline")
            if formula == "signature" and not parts and n == 1 and words[0] in common_names():
                continue  # a one-word line such as «اليوم» is a heading, not a signature
            out.append(Credit((ps, pe), outlet.name, formula, text[ps:pe], (ps, pe)))
    return out


def _dedupe(found: list[Credit]) -> tuple[Credit, ...]:
    found.sort(key=lambda c: (c.span[0], -(c.span[1] - c.span[0])))
    out: list[Credit] = []
    taken: set = set()  # name spans already credited (a set: credit-heavy texts stay linear)
    for c in found:
        if out and c.name_span[0] < out[-1].span[1] and c.outlet == out[-1].outlet:
            continue
        if c.name_span in taken:
            continue
        out.append(c)
        taken.add(c.name_span)
    return tuple(out)



def main_source(credits: tuple[Credit, ...], publisher: str | None) -> str | None:
    """The outlet an article relays: a dateline, signature, المصدر: or parenthesized credit,
    or one outlet credited at least twice. Never the publisher itself."""
    score: dict[str, int] = {}
    for c in credits:
        if c.outlet == publisher or c.formula == "photo":
            continue
        weight = 3 if c.formula in ("dateline", "signature", "source_line", "paren") else 1
        score[c.outlet] = score.get(c.outlet, 0) + weight
    if not score:
        return None
    best = max(sorted(score), key=lambda k: score[k])
    return best if score[best] >= 2 else None

