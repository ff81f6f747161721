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
    QT_TRANSLATE_NOOP("Lexicon", "PMF"),
    QT_TRANSLATE_NOOP("Lexicon", "abducted"),
    QT_TRANSLATE_NOOP("Lexicon", "admitted"),
    QT_TRANSLATE_NOOP("Lexicon", "affiliated groups"),
    QT_TRANSLATE_NOOP("Lexicon", "affirmed"),
    QT_TRANSLATE_NOOP("Lexicon", "aggression"),
    QT_TRANSLATE_NOOP("Lexicon", "alleged"),
    QT_TRANSLATE_NOOP("Lexicon", "armed groups"),
    QT_TRANSLATE_NOOP("Lexicon", "army"),
    QT_TRANSLATE_NOOP("Lexicon", "assassination"),
    QT_TRANSLATE_NOOP("Lexicon", "atrocity"),
    QT_TRANSLATE_NOOP("Lexicon", "attacks"),
    QT_TRANSLATE_NOOP("Lexicon", "auxiliary forces"),
    QT_TRANSLATE_NOOP("Lexicon", "barbarity"),
    QT_TRANSLATE_NOOP("Lexicon", "bases"),
    QT_TRANSLATE_NOOP("Lexicon", "battle"),
    QT_TRANSLATE_NOOP("Lexicon", "boasted"),
    QT_TRANSLATE_NOOP("Lexicon", "brutality"),
    QT_TRANSLATE_NOOP("Lexicon", "civil war"),
    QT_TRANSLATE_NOOP("Lexicon", "civilians"),
    QT_TRANSLATE_NOOP("Lexicon", "claimed"),
    QT_TRANSLATE_NOOP("Lexicon", "coalition"),
    QT_TRANSLATE_NOOP("Lexicon", "collaborator"),
    QT_TRANSLATE_NOOP("Lexicon", "conspiracy"),
    QT_TRANSLATE_NOOP("Lexicon", "contempt"),
    QT_TRANSLATE_NOOP("Lexicon", "cowardice"),
    QT_TRANSLATE_NOOP("Lexicon", "crime"),
    QT_TRANSLATE_NOOP("Lexicon", "criminality"),
    QT_TRANSLATE_NOOP("Lexicon", "crisis"),
    QT_TRANSLATE_NOOP("Lexicon", "de facto"),
    QT_TRANSLATE_NOOP("Lexicon", "dead"),
    QT_TRANSLATE_NOOP("Lexicon", "defence army"),
    QT_TRANSLATE_NOOP("Lexicon", "defilement"),
    QT_TRANSLATE_NOOP("Lexicon", "denied"),
    QT_TRANSLATE_NOOP("Lexicon", "derogatory"),
    QT_TRANSLATE_NOOP("Lexicon", "detainees"),
    QT_TRANSLATE_NOOP("Lexicon", "died"),
    QT_TRANSLATE_NOOP("Lexicon", "enemy"),
    QT_TRANSLATE_NOOP("Lexicon", "entity"),
    QT_TRANSLATE_NOOP("Lexicon", "epic"),
    QT_TRANSLATE_NOOP("Lexicon", "evacuation"),
    QT_TRANSLATE_NOOP("Lexicon", "extremism"),
    QT_TRANSLATE_NOOP("Lexicon", "factions"),
    QT_TRANSLATE_NOOP("Lexicon", "fake"),
    QT_TRANSLATE_NOOP("Lexicon", "fedayeen"),
    QT_TRANSLATE_NOOP("Lexicon", "forced displacement"),
    QT_TRANSLATE_NOOP("Lexicon", "fraternity"),
    QT_TRANSLATE_NOOP("Lexicon", "freedom"),
    QT_TRANSLATE_NOOP("Lexicon", "genocide"),
    QT_TRANSLATE_NOOP("Lexicon", "government"),
    QT_TRANSLATE_NOOP("Lexicon", "great satan"),
    QT_TRANSLATE_NOOP("Lexicon", "gunmen"),
    QT_TRANSLATE_NOOP("Lexicon", "heroism"),
    QT_TRANSLATE_NOOP("Lexicon", "honour"),
    QT_TRANSLATE_NOOP("Lexicon", "hostages"),
    QT_TRANSLATE_NOOP("Lexicon", "hostilities"),
    QT_TRANSLATE_NOOP("Lexicon", "illegitimate"),
    QT_TRANSLATE_NOOP("Lexicon", "in their words"),
    QT_TRANSLATE_NOOP("Lexicon", "incursion"),
    QT_TRANSLATE_NOOP("Lexicon", "injustice"),
    QT_TRANSLATE_NOOP("Lexicon", "international legitimacy"),
    QT_TRANSLATE_NOOP("Lexicon", "invasion"),
    QT_TRANSLATE_NOOP("Lexicon", "iran-backed"),
    QT_TRANSLATE_NOOP("Lexicon", "isis"),
    QT_TRANSLATE_NOOP("Lexicon", "islamists"),
    QT_TRANSLATE_NOOP("Lexicon", "janjaweed"),
    QT_TRANSLATE_NOOP("Lexicon", "junta"),
    QT_TRANSLATE_NOOP("Lexicon", "justified"),
    QT_TRANSLATE_NOOP("Lexicon", "killed"),
    QT_TRANSLATE_NOOP("Lexicon", "legitimate government"),
    QT_TRANSLATE_NOOP("Lexicon", "malice"),
    QT_TRANSLATE_NOOP("Lexicon", "martyr"),
    QT_TRANSLATE_NOOP("Lexicon", "martyrdom"),
    QT_TRANSLATE_NOOP("Lexicon", "massacre"),
    QT_TRANSLATE_NOOP("Lexicon", "mercenaries"),
    QT_TRANSLATE_NOOP("Lexicon", "militia"),
    QT_TRANSLATE_NOOP("Lexicon", "name"),
    QT_TRANSLATE_NOOP("Lexicon", "national"),
    QT_TRANSLATE_NOOP("Lexicon", "national army"),
    QT_TRANSLATE_NOOP("Lexicon", "occupation"),
    QT_TRANSLATE_NOOP("Lexicon", "occupied"),
    QT_TRANSLATE_NOOP("Lexicon", "official name"),
    QT_TRANSLATE_NOOP("Lexicon", "operation name"),
    QT_TRANSLATE_NOOP("Lexicon", "opposition"),
    QT_TRANSLATE_NOOP("Lexicon", "perished"),
    QT_TRANSLATE_NOOP("Lexicon", "personal army"),
    QT_TRANSLATE_NOOP("Lexicon", "personnel"),
    QT_TRANSLATE_NOOP("Lexicon", "piracy"),
    QT_TRANSLATE_NOOP("Lexicon", "pounding"),
    QT_TRANSLATE_NOOP("Lexicon", "prisoners"),
    QT_TRANSLATE_NOOP("Lexicon", "propagated"),
    QT_TRANSLATE_NOOP("Lexicon", "proxy"),
    QT_TRANSLATE_NOOP("Lexicon", "putschists"),
    QT_TRANSLATE_NOOP("Lexicon", "quality operation"),
    QT_TRANSLATE_NOOP("Lexicon", "rabble"),
    QT_TRANSLATE_NOOP("Lexicon", "rebels"),
    QT_TRANSLATE_NOOP("Lexicon", "regime"),
    QT_TRANSLATE_NOOP("Lexicon", "reported"),
    QT_TRANSLATE_NOOP("Lexicon", "resistance"),
    QT_TRANSLATE_NOOP("Lexicon", "revealed"),
    QT_TRANSLATE_NOOP("Lexicon", "revolution"),
    QT_TRANSLATE_NOOP("Lexicon", "revolutionaries"),
    QT_TRANSLATE_NOOP("Lexicon", "ridicule"),
    QT_TRANSLATE_NOOP("Lexicon", "saboteurs"),
    QT_TRANSLATE_NOOP("Lexicon", "said"),
    QT_TRANSLATE_NOOP("Lexicon", "security prisoners"),
    QT_TRANSLATE_NOOP("Lexicon", "self-defence"),
    QT_TRANSLATE_NOOP("Lexicon", "self-name"),
    QT_TRANSLATE_NOOP("Lexicon", "self-styled"),
    QT_TRANSLATE_NOOP("Lexicon", "settler herds"),
    QT_TRANSLATE_NOOP("Lexicon", "settlers"),
    QT_TRANSLATE_NOOP("Lexicon", "shelling"),
    QT_TRANSLATE_NOOP("Lexicon", "siege"),
    QT_TRANSLATE_NOOP("Lexicon", "so-called"),
    QT_TRANSLATE_NOOP("Lexicon", "state"),
    QT_TRANSLATE_NOOP("Lexicon", "state army"),
    QT_TRANSLATE_NOOP("Lexicon", "state name"),
    QT_TRANSLATE_NOOP("Lexicon", "steadfastness"),
    QT_TRANSLATE_NOOP("Lexicon", "storming"),
    QT_TRANSLATE_NOOP("Lexicon", "strikes"),
    QT_TRANSLATE_NOOP("Lexicon", "suicide"),
    QT_TRANSLATE_NOOP("Lexicon", "takfiri"),
    QT_TRANSLATE_NOOP("Lexicon", "targeting"),
    QT_TRANSLATE_NOOP("Lexicon", "terrorism"),
    QT_TRANSLATE_NOOP("Lexicon", "terrorist"),
    QT_TRANSLATE_NOOP("Lexicon", "treachery"),
    QT_TRANSLATE_NOOP("Lexicon", "uprising"),
    QT_TRANSLATE_NOOP("Lexicon", "valour"),
    QT_TRANSLATE_NOOP("Lexicon", "victims"),
    QT_TRANSLATE_NOOP("Lexicon", "violation"),
    QT_TRANSLATE_NOOP("Lexicon", "zionist"),
    QT_TRANSLATE_NOOP("Lexicon", "zionist entity"),
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
