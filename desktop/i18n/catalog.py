"""Read the translation sources (Qt Linguist `.ts` XML) without Qt.

A message is found by its context (the class name for `self.tr`, or the name given to
`QCoreApplication.translate`) and its English source text. Numerus messages (`%n`) keep their
plural forms, picked by CLDR rules (see plural.py).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from desktop.paths import RESOURCES

from .plural import format_count

I18N = RESOURCES / "i18n"


def ts_path(lang: str) -> Path:
    return I18N / f"qarin_{lang}.ts"


@dataclass
class Catalog:
    lang: str
    messages: dict[tuple[str, str], str] = field(default_factory=dict)
    plurals: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path, lang: str) -> "Catalog":
        cat = cls(lang)
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished",
                                                                       "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if message.get("numerus") == "yes" and forms:
                    cat.plurals[(name, source)] = tuple(forms)
                elif translation.text:
                    cat.messages[(name, source)] = translation.text
        return cat

    def text(self, context: str, source: str) -> str:
        return self.messages.get((context, source), source)

    def count(self, context: str, source: str, n: int, english: tuple[str, str]) -> str:
        """``n`` in words: ``english`` is (one, other) for the source language."""
        forms = self.plurals.get((context, source))
        if forms is None:
            return format_count(english, n, "en")
        return format_count(forms, n, self.lang)


@lru_cache(maxsize=None)
def catalog(lang: str) -> Catalog:
    """The catalogue of ``lang`` (English, the source language, holds only plural forms)."""
    path = ts_path(lang)
    if not path.is_file():
        return Catalog(lang)
    return Catalog.load(path, lang)


def translate(lang: str, context: str, source: str) -> str:
    return catalog(lang).text(context, source)
