"""Cut a text into pieces that each carry the set of highlight classes covering them.

Pure and Qt-free; both the browser HTML and the Qt rich-text renderer use it, so the two
outputs highlight exactly the same characters.
"""
from __future__ import annotations

from dataclasses import dataclass

# Directional formatting characters with scope (embeddings, overrides, isolates). Left in
# escaped text they would still reorder what follows, so the renderers show them as visible
# marks instead. LRM/RLM/ALM have no scope and stay as they are.
BIDI_SCOPED = {
    "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
    "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    cls: str  # one of the legend classes, e.g. "shared", "sub", "drop", "attr", "frame"
    title: str = ""  # tooltip / explanation, plain text


@dataclass(frozen=True)
class Piece:
    text: str
    classes: tuple[str, ...]  # sorted, unique
    titles: tuple[str, ...]


def pieces(text: str, start: int, end: int, marks: list[Mark]) -> list[Piece]:
    """Split ``text[start:end]`` at every mark boundary.

    Marks are clipped to the window; empty marks (a dropped phrase's position on the side
    that lacks it) are ignored here and shown by the caller as an insertion sign.
    """
    inside = [
        Mark(max(m.start, start), min(m.end, end), m.cls, m.title)
        for m in marks
        if m.end > start and m.start < end and m.end > m.start
    ]
    cuts = {start, end}
    for m in inside:
        cuts.add(m.start)
        cuts.add(m.end)
    bounds = sorted(cuts)
    out: list[Piece] = []
    for lo, hi in zip(bounds, bounds[1:]):
        if lo >= hi:
            continue
        cover = [m for m in inside if m.start <= lo and m.end >= hi]
        classes = tuple(sorted({m.cls for m in cover}))
        titles = tuple(dict.fromkeys(m.title for m in cover if m.title))
        if out and out[-1].classes == classes and out[-1].titles == titles:
            prev = out.pop()
            out.append(Piece(prev.text + text[lo:hi], classes, titles))
        else:
            out.append(Piece(text[lo:hi], classes, titles))
    return out


def split_controls(text: str) -> list[tuple[str, bool]]:
    """Split text into runs of ordinary text and single scoped bidi controls (flag True)."""
    out: list[tuple[str, bool]] = []
    run: list[str] = []
    for ch in text:
        if ch in BIDI_SCOPED:
            if run:
                out.append(("".join(run), False))
                run = []
            out.append((ch, True))
        else:
            run.append(ch)
    if run:
        out.append(("".join(run), False))
    return out


def control_label(ch: str) -> str:
    return f"[{BIDI_SCOPED[ch]} U+{ord(ch):04X}]"
