"""User text shown inside the program's own lines (terminal output, window labels).

Embedding, override and isolate controls (U+202A–E, U+2066–9) in a title or a name would
reorder the text around them: after U+202E (right-to-left override) "abc" shows as "cba", and
so does the rest of the line. Wherever such text is shown among the program's words, each
control is shown as a visible marker instead.
"""
from __future__ import annotations

BIDI_CONTROLS = {
    "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
    "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
}
_VISIBLE = str.maketrans({ch: f"[{name} U+{ord(ch):04X}]" for ch, name in BIDI_CONTROLS.items()})


def shown(text: str) -> str:
    """``text`` with every embedding, override and isolate control made visible."""
    return (text or "").translate(_VISIBLE)
