"""Small archives written for the corpus tests (imported as `corpus_fixtures`).

Prose comes from a seeded generator over a vocabulary written here, so unrelated articles share
no passage by chance; the reuse, the formulas and the lists of names are placed on purpose.
"""
from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path

CONTENT = """
الحكومة الوزارة المدينة المحافظة الشركة المصنع الجامعة المدرسة المستشفى الطريق الجسر المطار الميناء
السوق البنك الميزانية المشروع الخطة التقرير الدراسة اللجنة المجلس البرلمان الانتخابات الحملة الاتفاق
المفاوضات الحدود المنطقة القرية الساحل الجبل النهر البحيرة الصحراء الغابة المزرعة المحصول القمح الماء
الكهرباء الوقود النفط الغاز الرياح الشمس المطر الحرارة العاصفة الفيضان الزلزال الحريق الإسعاف الطبيب
الممرضة المريض الدواء اللقاح الوباء الطلاب المعلمون الكتاب المكتبة المتحف المسرح المهرجان الفنان
الكاتب الصحفي المصور الملعب الفريق المباراة البطولة الهدف الحكم الجمهور التذاكر الأسعار الرواتب
العمال النقابة الإضراب المحكمة القاضي المحامي القانون الدستور الشرطة الحادث السيارة الحافلة القطار
الرحلة المسافرون الفندق السياح الآثار القلعة الحديقة الشارع الحي السكان المنازل الإيجار البناء
المهندسون التصميم الحاسوب الشبكة الهاتف التطبيق البيانات الأمن الدفاع الجيش الحدث الاجتماع المؤتمر
الوفد السفير العلاقات التجارة الصادرات الواردات الاستثمار التمويل القرض الديون العجز النمو البطالة
الفقر المساعدات الإغاثة اللاجئين المخيم الغذاء الدقيق الخبز الأرز السكر الزيت اللحوم الأسماك الخضار
""".split()
VERBS = """
أعلنت أكدت قالت أوضحت أضافت بدأت افتتحت ناقشت استقبلت وقعت قررت أطلقت رفعت خفضت سجلت شهدت نظمت
زارت درست طالبت رفضت وافقت استأنفت أنهت أجلت حددت كشفت نفت توقعت حذرت دعت
""".split()
FUNCTION = ["في", "من", "على", "إلى", "عن", "مع", "بعد", "قبل", "أن", "التي", "الذي", "خلال", "حيث", "كما"]

WIRE = "الميادين"  # resolves to the registry outlet Al-Mayadeen (relay cue: نقلا عن الميادين)


def prose(seed: int, sentences: int = 6, half: int | None = None) -> str:
    """Generated sentences; ``half`` 0 or 1 draws from one half of the vocabulary only, so two
    texts from different halves share no content word."""
    rng = random.Random(seed)
    content = CONTENT if half is None else CONTENT[half::2]
    verbs = VERBS if half is None else VERBS[half::2]
    out = []
    for _ in range(sentences):
        words = [rng.choice(verbs)]
        for _ in range(rng.randint(10, 14)):
            words.append(rng.choice(content))
            if rng.random() < 0.35:
                words.append(rng.choice(FUNCTION))
        out.append(" ".join(words) + ".")
    return " ".join(out)


STORY = ("أعلنت قوات الاحتلال في المنطقة الشرقية بدء عملية واسعة على الحدود مع القرية بعد الاجتماع "
         "الذي عقده المجلس في المدينة. " + prose(1, 5))
# a copy that swaps the label, cuts the first clause's details and credits the wire
EDITED = STORY.replace("قوات الاحتلال", "القوات الأميركية").replace(
    "الاجتماع الذي عقده المجلس", "اجتماع المجلس") + " نقلا عن الميادين."

GREETING = ("بسم الله الرحمن الرحيم والصلاة والسلام على أشرف الأنبياء والمرسلين. يتقدم صاحب السمو الملكي "
            "الأمير رئيس مجلس الإدارة والرئيس التنفيذي والمدير العام بالتهنئة. كل عام وأنتم بخير.")
LINK_FOOTER = "للمزيد من المعلومات اضغط هنا عبر الرابط التالي للاطلاع على الموقع الإلكتروني."
NAMES = ("محمد بن سعد العتيبي، خالد بن فهد القحطاني، سعد بن علي الشهري، فهد بن ناصر الدوسري، "
         "ناصر بن محمد الغامدي، علي بن خالد الزهراني، عبدالله بن سعد المطيري، سلطان بن فهد الحربي، "
         "ماجد بن علي العنزي، تركي بن ناصر الشمري، بندر بن محمد السبيعي، فيصل بن خالد البقمي.")


def day1_rows() -> list[dict]:
    """Wire story, a verbatim copy, an edited credited copy, and articles that share only
    formulas or a list of names."""
    return [
        {"content": STORY, "title": "عملية على الحدود", "url": "http://wire.example/1",
         "date_extracted": "2024-03-01 08:00:00", "source": WIRE},
        {"content": "متابعات: " + STORY, "title": "عملية على الحدود", "url": "http://b.example/7",
         "date_extracted": "2024-03-01 09:30:00", "source": "OutletB"},
        {"content": EDITED, "title": "عملية أميركية", "url": "http://c.example/3",
         "date_extracted": "2024-03-01 11:00:00", "source": "OutletC"},
        {"content": GREETING + " " + prose(20) + " " + LINK_FOOTER, "title": "تهنئة", "url": "http://b.example/8",
         "date_extracted": "2024-03-01 10:00:00", "source": "OutletB"},
        {"content": GREETING + " " + prose(21) + " " + LINK_FOOTER, "title": "تهنئة", "url": "http://c.example/9",
         "date_extracted": "2024-03-01 12:00:00", "source": "OutletC"},
        {"content": prose(30, 3) + " وفاز كل من " + NAMES + " " + prose(31, 2), "title": "جوائز",
         "url": "http://d.example/1", "date_extracted": "2024-03-01 13:00:00", "source": "OutletD"},
        {"content": prose(32, 3) + " وتخرج كل من " + NAMES + " " + prose(33, 2), "title": "تخرج",
         "url": "http://b.example/10", "date_extracted": "2024-03-01 14:00:00", "source": "OutletB"},
        {"content": prose(40), "title": "خبر", "url": "http://d.example/2",
         "date_extracted": "2024-03-01 15:00:00", "source": "OutletD"},
        {"content": "", "title": "فارغ", "url": "http://d.example/3", "date_extracted": "2024-03-01", "source": "OutletD"},
    ]


def day2_rows() -> list[dict]:
    """A late copy of the story, a new story and its copy."""
    story2 = prose(50, 7)
    return [
        {"content": STORY.replace("قوات الاحتلال", "القوات الأميركية"), "title": "عملية", "url": "http://d.example/9",
         "date_extracted": "2024-03-02 07:00:00", "source": "OutletD"},
        {"content": story2, "title": "قصة ثانية", "url": "http://wire.example/2",
         "date_extracted": "2024-03-02 08:00:00", "source": WIRE},
        {"content": prose(51, 2) + " " + story2, "title": "قصة ثانية", "url": "http://b.example/20",
         "date_extracted": "2024-03-02 10:00:00", "source": "OutletB"},
        {"content": prose(60), "title": "خبر آخر", "url": "http://c.example/20",
         "date_extracted": "2024-03-02 11:00:00", "source": "OutletC"},
    ]


def write_zip_json(path: Path, rows: list[dict], member: str = "day.json") -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(member, json.dumps(rows, ensure_ascii=False, indent=1))
    return path


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


FIELDS = "text=content,title=title,url=url,date=date_extracted,outlet=source"
