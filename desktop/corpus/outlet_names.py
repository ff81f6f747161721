"""Outlet names and credits for corpus rows, through the outlet registry of ``desktop.core.outlets``.

A row's outlet field (``aawsat``, ``Al-Mayadeen``, ``الميادين``) is resolved to the registry's
name when the registry knows it (by the registry's own resolution function when it has one,
else by name or Arabic name); an unknown outlet keeps the name the archive gives it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from desktop.core import outlets
from desktop.core.normalize import normalize
from desktop.core.registry import Outlet, Registry, registry


def fold(text: str) -> str:
    """Normalized text, whitespace collapsed, lower case: what credit cues are matched in."""
    return " ".join(normalize(text).text.split()).lower()


_fold = fold


@lru_cache(maxsize=1)
def _registry() -> Registry:
    return registry()


@lru_cache(maxsize=1)
def _signature_names() -> dict[str, str]:
    """Names the older cue table (outlets.signatures) knows, for outlets the registry lacks."""
    table: dict[str, str] = {}
    for sig in outlets.signatures():
        for alias in (sig.name, sig.arabic, *getattr(sig, "aliases", ())):
            if alias:
                table[_fold(alias)] = sig.name
    return table


def _registry_outlet(raw: str, url: str | None = None) -> Outlet | None:
    reg = _registry()
    found = reg.by_name(raw) or reg.by_label.get(raw.lower())
    if found is None and "." in raw and " " not in raw:
        found = reg.by_url(raw)  # a domain given as the outlet
    if found is None and url:
        found = reg.by_url(url)
    return found


@lru_cache(maxsize=4096)
def resolve_outlet(raw: str, url: str | None = None) -> str:
    """The registry's name for an archive's outlet field (a name in any language, a site's
    short label such as ``okaz``, or a domain), else the article URL's outlet, else the
    name the archive gives."""
    raw = raw.strip()
    found = _registry_outlet(raw, url) if raw or url else None
    if found is not None:
        return found.name
    return _signature_names().get(_fold(raw), raw)


@lru_cache(maxsize=4096)
def credit_cues(outlet: str) -> tuple[str, ...]:
    """Folded phrases by which a text credits ``outlet``: its names, spelling variants and
    abbreviations in the registry (واس, قنا), relay cues, and the name itself."""
    cues = {_fold(outlet)} if len(outlet) >= 3 else set()
    found = _registry_outlet(outlet)
    if found is not None:
        cues.update(_fold(n) for n in (found.arabic, *found.variants) if n and len(n) >= 3)
        cues.update(_fold(a) for a in found.abbrev if a and len(a) >= 2)
    for sig in outlets.signatures():
        if sig.name == outlet:
            cues.update(c for c in sig.relay if c)
            if sig.arabic:
                cues.add(_fold(sig.arabic))
    return tuple(sorted(c for c in cues if c))


@lru_cache(maxsize=4096)
def _credit_pattern(outlet: str) -> re.Pattern | None:
    cues = credit_cues(outlet)
    if not cues:
        return None
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    # whole words only ("واس" must not match inside "حواس"), with a conjunction or
    # preposition attached as Arabic writes it
    return re.compile(rf"(?<!\w)(?:[وفبل]|لل)?(?:{alternatives})(?!\w)")


def credits(text: str, outlet: str) -> bool:
    """Does ``text`` name ``outlet`` as a source?"""
    return credits_folded(fold(text), outlet)


def credits_folded(folded: str, outlet: str) -> bool:
    """``credits`` on a text already passed through ``fold``."""
    pattern = _credit_pattern(outlet)
    return bool(pattern and pattern.search(folded))
