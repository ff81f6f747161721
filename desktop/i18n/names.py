"""Names of lexicon categories, stances and frames in the interface language — one place for
the window, the report and the exports.

Categories carry their own Arabic label in the lexicon (`label_ar`). Stances are a fixed set
and frames the families the bundled lexicon uses; their Arabic names live in the translation
catalogue (context "Lexicon") with every other string, marked below for `pyside6-lupdate`.
A frame the analyst typed is shown as typed.
"""
from __future__ import annotations

from .catalog import translate

CONTEXT = "Lexicon"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for the catalogue without Qt (lupdate finds the call by its name)."""
    return text


STANCE_NAMES = (
    QT_TRANSLATE_NOOP("Lexicon", "legitimizing"),
    QT_TRANSLATE_NOOP("Lexicon", "neutral"),
    QT_TRANSLATE_NOOP("Lexicon", "delegitimizing"),
)

FRAME_NAMES = (
    QT_TRANSLATE_NOOP("Lexicon", "affiliated groups"),
    QT_TRANSLATE_NOOP("Lexicon", "affirmed"),
    QT_TRANSLATE_NOOP("Lexicon", "aggression"),
    QT_TRANSLATE_NOOP("Lexicon", "army"),
    QT_TRANSLATE_NOOP("Lexicon", "attacks"),
    QT_TRANSLATE_NOOP("Lexicon", "auxiliary forces"),
    QT_TRANSLATE_NOOP("Lexicon", "battle"),
    QT_TRANSLATE_NOOP("Lexicon", "claimed"),
    QT_TRANSLATE_NOOP("Lexicon", "coalition"),
    QT_TRANSLATE_NOOP("Lexicon", "conspiracy"),
    QT_TRANSLATE_NOOP("Lexicon", "contempt"),
    QT_TRANSLATE_NOOP("Lexicon", "criminality"),
    QT_TRANSLATE_NOOP("Lexicon", "defilement"),
    QT_TRANSLATE_NOOP("Lexicon", "enemy"),
    QT_TRANSLATE_NOOP("Lexicon", "entity"),
    QT_TRANSLATE_NOOP("Lexicon", "epic"),
    QT_TRANSLATE_NOOP("Lexicon", "honour"),
    QT_TRANSLATE_NOOP("Lexicon", "hostilities"),
    QT_TRANSLATE_NOOP("Lexicon", "illegitimate"),
    QT_TRANSLATE_NOOP("Lexicon", "iran-backed"),
    QT_TRANSLATE_NOOP("Lexicon", "malice"),
    QT_TRANSLATE_NOOP("Lexicon", "militia"),
    QT_TRANSLATE_NOOP("Lexicon", "national"),
    QT_TRANSLATE_NOOP("Lexicon", "occupation"),
    QT_TRANSLATE_NOOP("Lexicon", "operation name"),
    QT_TRANSLATE_NOOP("Lexicon", "personnel"),
    QT_TRANSLATE_NOOP("Lexicon", "proxy"),
    QT_TRANSLATE_NOOP("Lexicon", "resistance"),
    QT_TRANSLATE_NOOP("Lexicon", "ridicule"),
    QT_TRANSLATE_NOOP("Lexicon", "said"),
    QT_TRANSLATE_NOOP("Lexicon", "self-defence"),
    QT_TRANSLATE_NOOP("Lexicon", "state name"),
    QT_TRANSLATE_NOOP("Lexicon", "strikes"),
    QT_TRANSLATE_NOOP("Lexicon", "zionist"),
)


def category_name(category, lang: str) -> str:
    """A category's label: ``label_ar`` in Arabic when the lexicon gives one."""
    if category is None:
        return ""
    if lang == "ar":
        arabic = (getattr(category, "label_ar", "") or "").strip()
        if arabic:
            return arabic
    return category.label or category.id


def stance_name(stance: str, lang: str) -> str:
    return translate(lang, CONTEXT, stance) if stance else ""


def frame_name(frame: str, lang: str) -> str:
    return translate(lang, CONTEXT, frame) if frame else ""
