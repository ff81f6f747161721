"""Words broken on purpose to slip past filters, joined again for matching the lexicon."""
from __future__ import annotations

from . import rx
from .normalize import Token, word_key


def rejoin_broken_words(text: str, tokens: list[Token]) -> list[Token]:
    """Words broken on purpose to slip past filters (شـ.ـهيد, قـ-ـتلى): a dot, dash or star
    between tatweels inside one word. Joined again for matching; other tokens unchanged."""
    if "\u0640" not in text or not _BROKEN.search(text):
        return tokens
    out: list[Token] = []
    for tok in tokens:
        if out:
            gap = text[out[-1].end:tok.start]
            if gap and len(gap) <= 3 and "\u0640" in text[out[-1].end - 1:tok.start + 1] \
                    and set(gap) <= _BREAKERS:
                prev = out.pop()
                tok = Token(word_key(prev.key + tok.key), prev.start, tok.end)
        out.append(tok)
    return out


_BREAKERS = set(".-*_\u0640")
_BROKEN = rx.compile("\u0640[.*_-]|[.*_-]\u0640")
