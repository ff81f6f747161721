"""Synthetic Arabic news text of any size, for benchmarks and tests (no Qt, no real articles).

Sentences are composed from a small vocabulary written for this module (generic news words:
actors, verbs, places, times), so the text has realistic word and sentence lengths, paragraph
breaks and punctuation without copying any real article. The output is deterministic for a
given seed.
"""
from __future__ import annotations

import random

SUBJECTS = ("المسؤول", "المتحدث الرسمي", "المراسل", "الوزير", "مصدر ميداني", "شهود عيان",
            "المكتب الإعلامي", "قائد الشرطة", "رئيس البلدية", "الناطق باسم اللجنة",
            "الفريق الطبي", "مدير المستشفى", "المحافظ", "المنظمة الإنسانية", "السكان")
VERBS = ("قال", "أكد", "أوضح", "أشار", "ذكر", "أعلن", "نفى", "أفاد", "صرح", "لفت")
EVENTS = ("أن الاجتماع انتهى دون اتفاق", "أن الطريق الرئيسي أغلق لساعات",
          "أن فرق الإنقاذ وصلت إلى المكان", "أن الأسعار ارتفعت في الأسواق المحلية",
          "أن الانتخابات ستجري في موعدها", "أن المدارس ستفتح أبوابها الأسبوع المقبل",
          "أن المساعدات دخلت عبر المعبر", "أن التحقيق ما زال مستمرا",
          "أن الجسر الجديد سيفتتح قريبا", "أن الكهرباء عادت إلى معظم الأحياء",
          "أن الأمطار تسببت في أضرار محدودة", "أن المفاوضات ستستأنف بعد العطلة",
          "أن عدد المصابين بلغ العشرات", "أن الحركة التجارية تحسنت نسبيا",
          "أن اللجنة رفعت تقريرها إلى البرلمان")
PLACES = ("في العاصمة", "في المدينة الساحلية", "قرب الحدود الشمالية", "في الريف الجنوبي",
          "على الطريق الدولي", "في وسط البلد", "في المنطقة الصناعية", "في الضاحية الشرقية")
TIMES = ("صباح اليوم", "مساء أمس", "خلال الأسبوع الماضي", "في وقت متأخر من الليل",
         "منذ مطلع الشهر", "بعد ظهر الخميس", "في الساعات الأولى من الفجر")
TAILS = ("وفق ما نقلته وسائل إعلام محلية", "بحسب بيان صدر لاحقا", "دون أن يقدم تفاصيل إضافية",
         "مؤكدا أن الوضع تحت السيطرة", "داعيا إلى التهدئة", "في تصريح للصحفيين",
         "وسط ترقب من الأهالي", "في حين لم يصدر أي تعليق رسمي")


def sentence(rng: random.Random, n: int = 0) -> str:
    parts = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(TIMES), rng.choice(EVENTS),
             rng.choice(PLACES)]
    if rng.random() < 0.6:
        parts.append(rng.choice(TAILS))
    if n and rng.random() < 0.3:
        parts.append(f"بحسب التحديث رقم {n}")
    head = f"{parts[1]} {parts[0]}"  # verb-first, as Arabic news writes it
    return " ".join([head, *parts[2:]]) + "."


def paragraph(rng: random.Random, n: int = 0) -> str:
    return " ".join(sentence(rng, n) for _ in range(rng.randint(2, 5)))


def arabic_text(size_bytes: int, seed: int = 1) -> str:
    """About ``size_bytes`` of UTF-8 Arabic news prose in paragraphs (deterministic)."""
    rng = random.Random(seed)
    paras: list[str] = []
    total = 0
    n = 0
    while total < size_bytes:
        n += 1
        p = paragraph(rng, n)
        paras.append(p)
        total += len(p.encode("utf-8")) + 1
    return "\n".join(paras)


LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def pseudo_words(rng: random.Random, n: int) -> list[str]:
    """``n`` made-up Arabic-letter words (names, places, things of one event)."""
    return ["".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 7))) for _ in range(n)]


def event_paragraph(rng: random.Random, words: list[str]) -> str:
    sentences = []
    for _ in range(rng.randint(2, 4)):
        body = " ".join(rng.choice(words) for _ in range(rng.randint(8, 16)))
        sentences.append(f"{rng.choice(VERBS)} {body}.")
    return " ".join(sentences)


def news_corpus(n: int, seed: int = 1, per_event: int = 10) -> list[tuple[str, str]]:
    """``n`` distinct short articles as (outlet, text), ``per_event`` per event. Each event
    has its own made-up vocabulary and a pool of paragraphs; the articles on it retell some
    of them (one with a word changed, as copies are edited) and add lines of their own, so
    text is reused within an event and not across events."""
    rng = random.Random(seed)
    out = []
    pool: list[str] = []
    words: list[str] = []
    for i in range(n):
        if i % per_event == 0:
            words = pseudo_words(rng, 300)
            pool = [event_paragraph(rng, words) for _ in range(20)]
        taken = rng.sample(pool, rng.randint(5, 9))
        if rng.random() < 0.5:
            first = taken[0].split(" ")
            first[rng.randrange(len(first))] = rng.choice(words)
            taken[0] = " ".join(first)
        own = [event_paragraph(rng, words) for _ in range(rng.randint(2, 4))]
        paras = taken + own
        rng.shuffle(paras)
        out.append((f"Outlet {i % 12}", "\n".join(paras)))
    return out
