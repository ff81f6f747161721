"""Counts in words through CLDR plural rules (Babel): Arabic has six forms (zero, one, two,
few, many, other), English two."""
from __future__ import annotations

from functools import lru_cache

from babel import Locale

# The order Qt Linguist stores numerus forms in a .ts file for each language; it is the CLDR
# order of the categories the language uses.
FORMS = {"ar": ("zero", "one", "two", "few", "many", "other"), "en": ("one", "other")}


@lru_cache(maxsize=None)
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def plural_category(n: int, lang: str) -> str:
    """CLDR plural category of ``n`` in ``lang`` ("zero", "one", "two", "few", "many", "other")."""
    return _locale(lang).plural_form(abs(n))


def form_index(n: int, lang: str) -> int:
    forms = FORMS.get(lang, FORMS["en"])
    category = plural_category(n, lang if lang in FORMS else "en")
    return forms.index(category) if category in forms else len(forms) - 1


def format_count(forms: tuple[str, ...] | list[str], n: int, lang: str) -> str:
    """Pick the form of ``n`` among ``forms`` (in FORMS order) and put ``n`` in for %n."""
    if not forms:
        return str(n)
    i = min(form_index(n, lang), len(forms) - 1)
    return forms[i].replace("%n", str(n))
