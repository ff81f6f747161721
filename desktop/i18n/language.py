"""The interface languages and how the default one is chosen."""
from __future__ import annotations

import locale
import os

LANGUAGES = ("ar", "en")  # English is the source language of every string
SOURCE_LANGUAGE = "en"


def normalize(code: str | None) -> str | None:
    """"ar_SA.UTF-8", "ar-EG", "AR" -> "ar"; a language Qarin does not have -> None."""
    if not code:
        return None
    base = code.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def language_from_locale(environ=None) -> str:
    """Arabic where the user's locale is Arabic, otherwise English.

    Looks at LANGUAGE (a priority list), LC_ALL, LC_MESSAGES and LANG as POSIX does, then at
    what the C library reports."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if not value:
            continue
        for part in value.split(":"):
            lang = normalize(part)
            if lang:
                return lang
            if part and part not in ("C", "POSIX", "C.UTF-8"):
                return SOURCE_LANGUAGE
        return SOURCE_LANGUAGE
    if environ is None:
        try:
            current = locale.getlocale()[0]
        except ValueError:
            current = None
        return normalize(current) or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE
