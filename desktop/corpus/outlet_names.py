"""Outlet names and credits for corpus rows, through the outlet registry of ``desktop.core.outlets``.

A row's outlet field (``aawsat``, ``Al-Mayadeen``, ``الميادين``) is resolved to the registry's
name when the registry knows it (by the registry's own resolution function when it has one,
else by name or Arabic name); an unknown outlet keeps the name the archive gives it.
"""
from __future__ import annotations

from functools import lru_cache

from desktop.core import outlets
from desktop.core.normalize import normalize


def _fold(text: str) -> str:
    return " ".join(normalize(text).text.split()).lower()


@lru_cache(maxsize=1)
def _by_name() -> dict[str, str]:
    table: dict[str, str] = {}
    for sig in outlets.signatures():
        for alias in (sig.name, sig.arabic, *getattr(sig, "aliases", ())):
            if alias:
                table[_fold(alias)] = sig.name
    return table


@lru_cache(maxsize=4096)
def resolve_outlet(raw: str) -> str:
    raw = raw.strip()
    registry = getattr(outlets, "resolve_outlet", None)
    if callable(registry):
        try:
            found = registry(raw)
        except Exception:  # noqa: BLE001 - a registry problem must not stop an import
            found = None
        name = getattr(found, "name", found)
        if isinstance(name, str) and name:
            return name
    return _by_name().get(_fold(raw), raw)


@lru_cache(maxsize=4096)
def credit_cues(outlet: str) -> tuple[str, ...]:
    """Folded phrases by which a text credits ``outlet``: its relay cues and Arabic name from
    the registry, and the name itself."""
    cues = {_fold(outlet)} if len(outlet) >= 3 else set()
    for sig in outlets.signatures():
        if sig.name == outlet:
            cues.update(c for c in sig.relay if c)
            if sig.arabic:
                cues.add(_fold(sig.arabic))
    return tuple(sorted(c for c in cues if c))


def credits(text: str, outlet: str) -> bool:
    """Does ``text`` name ``outlet`` as a source?"""
    cues = credit_cues(outlet)
    if not cues:
        return False
    folded = _fold(text)
    return any(c in folded for c in cues)
