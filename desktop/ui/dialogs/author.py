"""The analyst's name on their annotations: asked once, in the first coding dialog
(prefilled with $QARIN_AUTHOR or the login name), then remembered in QSettings."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.store.base import default_author

AUTHOR_KEY = "user/author"


def remembered_author() -> str | None:
    name = str(QSettings().value(AUTHOR_KEY, "") or "").strip()
    return name or None


def remember_author(name: str) -> str:
    name = " ".join((name or "").split())
    if name:
        QSettings().setValue(AUTHOR_KEY, name)
    return name


def suggested_author() -> str:
    return default_author()
