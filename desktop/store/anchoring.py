"""Re-anchoring annotations when an article's text changes (DESIGN.md §8). Pure functions.

An annotation remembers its quote (``exact``) with up to 32 characters of ``prefix`` and
``suffix``. Given the new text (and the old one when known), ``reanchor`` tries, in order:

1. ``position``: the stored span, carried through a diff of the two texts when the old text is
   known (an insertion before it shifts it), still reads ``exact``. Without the old text, the
   stored offsets must still read ``exact``.
2. ``exact``: a verbatim occurrence of the quote anywhere in the new text. Occurrences whose
   surrounding text agrees with the stored prefix/suffix (at least ``CONTEXT_MIN`` characters,
   fewer where the text ends sooner) come first, best context then nearest to the old
   (diff-carried) position; when none agrees, the occurrence nearest that position is taken.
   A verbatim copy always wins over a fuzzy match, as DESIGN §8 orders.
3. ``fuzzy``: no verbatim copy is left. Candidate boundaries from where the prefix ends, the
   suffix begins and the quote's head and tail occur; scored on quote similarity
   (diacritic-insensitive), prefix, suffix and distance. Accepted only when the placed text is
   at least ``FUZZY_MIN`` similar to the quote (quotes shorter than ``FUZZY_MIN_LENGTH`` only
   when equal after normalization, i.e. up to diacritics, hamza forms, controls) and the
   context agrees at least half-way. When the old text is known, a match made only of text
   that was already there outside the quote is refused (a look-alike, not the annotated
   words); the span of the quote's surviving characters is always a candidate.
4. ``orphan``: nothing qualifies; the annotation keeps its old data and is shown as an orphan.

``method`` is ``"position"`` only when the offsets are unchanged; a span carried through the
diff to new offsets is reported as ``"exact"`` (it moved, reading the same words). The store
keeps the analyst's original quote (``original_exact``) whatever happens here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from desktop.core.normalize import normalize

CONTEXT = 32
CONTEXT_MIN = 8
FUZZY_MIN = 0.8
FUZZY_MIN_LENGTH = 5  # shorter quotes move fuzzily only when equal up to diacritics etc.
MAX_OCCURRENCES = 5000
CHAR_DIFF_LIMIT = 2000
_PROBE = 12  # characters of quote/prefix/suffix used to find fuzzy boundary candidates
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class Anchored:
    method: str  # "position" | "exact" | "fuzzy" | "orphan"
    start: int | None = None
    end: int | None = None
    score: float = 0.0

    @property
    def placed(self) -> bool:
        return self.method != "orphan"


def quote_at(text: str, start: int, end: int, context: int = CONTEXT) -> Quote:
    """The quote and its context for a span of `text` (the span must lie inside it)."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span [{start}, {end}) outside text of length {len(text)}")
    return Quote(start, end, text[start:end], text[max(0, start - context):start],
                 text[end:end + context])


# --- diff of two texts, as blocks of equal characters -------------------------------------

def equal_blocks(old: str, new: str) -> list[tuple[int, int, int]]:
    """(old_start, new_start, length) runs the two texts share, in order."""
    limit = min(len(old), len(new))
    p = 0
    while p < limit and old[p] == new[p]:
        p += 1
    s = 0
    while s < limit - p and old[len(old) - 1 - s] == new[len(new) - 1 - s]:
        s += 1
    blocks: list[tuple[int, int, int]] = [(0, 0, p)] if p else []
    a_mid, b_mid = old[p:len(old) - s], new[p:len(new) - s]
    if a_mid and b_mid:
        if max(len(a_mid), len(b_mid)) <= CHAR_DIFF_LIMIT:  # small change: align characters
            ta = [(ch, i, i + 1) for i, ch in enumerate(a_mid)]
            tb = [(ch, i, i + 1) for i, ch in enumerate(b_mid)]
        else:  # large change: align words and spaces, which is much faster
            ta = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(a_mid)]
            tb = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(b_mid)]
        matcher = SequenceMatcher(None, [t[0] for t in ta], [t[0] for t in tb], autojunk=False)
        for i, j, n in matcher.get_matching_blocks():
            if n:
                blocks.append((p + ta[i][1], p + tb[j][1], ta[i + n - 1][2] - ta[i][1]))
    if s:
        blocks.append((len(old) - s, len(new) - s, s))
    return blocks


def _map_char(blocks: list[tuple[int, int, int]], pos: int) -> int | None:
    for a0, b0, n in blocks:
        if a0 <= pos < a0 + n:
            return b0 + pos - a0
    return None


def _surviving(blocks: list[tuple[int, int, int]], start: int, end: int
               ) -> tuple[int, int] | None:
    """New [start, end) spanning the quote's characters that survived the edit, or None."""
    first = last = None
    for a0, b0, n in blocks:
        lo, hi = max(start, a0), min(end, a0 + n)
        if lo < hi:
            if first is None:
                first = b0 + lo - a0
            last = b0 + hi - a0
    return None if first is None else (first, last)


def _estimate(blocks: list[tuple[int, int, int]], pos: int) -> int:
    """Where `pos` most likely went: shifted like the nearest preceding shared run."""
    best = 0
    for a0, b0, n in blocks:
        if a0 <= pos:
            best = b0 - a0
        else:
            break
    return max(0, pos + best)


# --- scoring helpers ----------------------------------------------------------------------

def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


def _context_agreement(quote: Quote, text: str, start: int, end: int) -> int:
    before = text[max(0, start - len(quote.prefix)):start]
    after = text[end:end + len(quote.suffix)]
    return _common_suffix(quote.prefix, before) + _common_prefix(quote.suffix, after)


def _similar(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    raw = SequenceMatcher(None, a, b, autojunk=False).ratio()
    na, nb = normalize(a).text, normalize(b).text
    if na and na == nb:
        return max(raw, 0.99)
    return raw


def _side(stored: str, found: str, at_edge: bool) -> float:
    if not stored:
        return 1.0 if at_edge else 0.5
    return _similar(stored, found)


def _find_all(text: str, needle: str, limit: int = MAX_OCCURRENCES) -> list[int]:
    hits: list[int] = []
    if not needle:
        return hits
    i = text.find(needle)
    while i != -1 and len(hits) < limit:
        hits.append(i)
        i = text.find(needle, i + 1)
    return hits


# --- the search ---------------------------------------------------------------------------

def _exact(quote: Quote, text: str, hint: int) -> Anchored | None:
    hits = _find_all(text, quote.exact)
    if not hits:
        return None
    agreeing: list[tuple[int, int, int]] = []
    for h in hits:
        end = h + len(quote.exact)
        # context that could still be there (less near the ends of the text)
        room = min(len(quote.prefix), h) + min(len(quote.suffix), len(text) - end)
        agree = _context_agreement(quote, text, h, end)
        if agree >= min(CONTEXT_MIN, room):
            agreeing.append((-agree, abs(h - hint), h))
    if agreeing:
        h = min(agreeing)[2]
    else:  # no copy in its old context: the nearest copy of the same words
        h = min(hits, key=lambda x: (abs(x - hint), x))
    return Anchored("exact", h, h + len(quote.exact), 1.0)


def _nearest(values: list[int], hint: int, k: int = 12) -> list[int]:
    return sorted(set(values), key=lambda v: (abs(v - hint), v))[:k]


def _old_elsewhere(blocks: list[tuple[int, int, int]], quote: Quote, s: int, e: int) -> bool:
    """Every character of new [s, e) is old text from outside the quote's old span."""
    covered = 0
    for a0, b0, n in blocks:
        lo, hi = max(s, b0), min(e, b0 + n)
        if lo >= hi:
            continue
        old_lo, old_hi = a0 + lo - b0, a0 + hi - b0
        inside = max(0, min(old_hi, quote.end) - max(old_lo, quote.start))
        covered += (hi - lo) - inside
    return covered == e - s


def _fuzzy(quote: Quote, text: str, hint: int,
           edit: tuple[list[tuple[int, int, int]], tuple[int, int] | None] | None = None
           ) -> Anchored | None:
    """`edit`: (blocks, span of the quote's surviving characters) when the old text is known."""
    length = len(quote.exact)
    if length == 0:
        return None
    starts = [hint]
    ends = [hint + length]
    if quote.prefix:
        tail = quote.prefix[-_PROBE:]
        starts += [h + len(tail) for h in _find_all(text, tail)]
    if quote.suffix:
        head = quote.suffix[:_PROBE]
        ends += _find_all(text, head)
    probe = min(_PROBE, max(1, length // 2))
    starts += _find_all(text, quote.exact[:probe])
    ends += [h + probe for h in _find_all(text, quote.exact[-probe:])]
    starts = [s for s in _nearest(starts, hint) if 0 <= s <= len(text)]
    ends = [e for e in _nearest(ends, hint + length) if 0 <= e <= len(text)]
    if edit is not None and edit[1] is not None:  # what is left of the quote's own characters
        lo, hi = edit[1]
        starts.append(lo)
        ends.append(hi)
        # and its words: an edit may have prefixed or appended a word to the quote's own
        starts += [i for i in range(lo + 1, hi)
                   if text[i - 1].isspace() and not text[i].isspace()][:_PROBE]
        ends += [i for i in range(hi - 1, lo, -1)
                 if text[i].isspace() and not text[i - 1].isspace()][:_PROBE]
    lo, hi = max(1, length // 2), 2 * length + 2  # vocalization can double a word
    scale = max(1000, len(text))
    best: tuple[float, int, int] | None = None
    for s in starts:
        for e in ends:
            if not lo <= e - s <= hi:
                continue
            if edit is not None and _old_elsewhere(edit[0], quote, s, e):
                continue  # text that was already there, outside the quote: a look-alike
            found = text[s:e]
            if found == quote.exact:
                continue  # not reached with a verbatim copy left: the exact step takes those
            q = _similar(quote.exact, found)
            if q < FUZZY_MIN or (q < 0.99 and length < FUZZY_MIN_LENGTH):
                continue
            p = _side(quote.prefix, text[max(0, s - len(quote.prefix)):s], s == 0)
            x = _side(quote.suffix, text[e:e + len(quote.suffix)], e == len(text))
            if (p + x) / 2 < 0.5:
                continue
            d = min(1.0, abs(s - hint) / scale)
            score = 0.6 * q + 0.15 * p + 0.15 * x + 0.1 * (1 - d)
            if best is None or score > best[0]:
                best = (score, s, e)
    if best is None:
        return None
    return Anchored("fuzzy", best[1], best[2], round(best[0], 4))


def reanchor(quote: Quote, new_text: str, old_text: str | None = None,
             blocks: list[tuple[int, int, int]] | None = None) -> Anchored:
    """Place `quote` in `new_text`; see the module docstring for the order of attempts.
    `blocks`: `equal_blocks(old_text, new_text)` when already computed (many quotes, one edit)."""
    hint = quote.start
    edit = None
    if old_text is not None and old_text != new_text:
        if blocks is None:
            blocks = equal_blocks(old_text, new_text)
        ms = _map_char(blocks, quote.start) if quote.end > quote.start else None
        me = _map_char(blocks, quote.end - 1) if quote.end > quote.start else None
        if ms is not None and me is not None and new_text[ms:me + 1] == quote.exact:
            method = "position" if (ms, me + 1) == (quote.start, quote.end) else "exact"
            return Anchored(method, ms, me + 1, 1.0)
        survived = _surviving(blocks, quote.start, quote.end)
        edit = (blocks, survived)
        if ms is not None:
            hint = ms
        elif survived is not None:
            hint = survived[0]
        else:
            hint = _estimate(blocks, quote.start)
    elif new_text[quote.start:quote.end] == quote.exact and quote.end <= len(new_text):
        return Anchored("position", quote.start, quote.end, 1.0)
    found = _exact(quote, new_text, hint)
    if found is not None:
        if (found.start, found.end) == (quote.start, quote.end):
            return Anchored("position", found.start, found.end, 1.0)
        return found
    return _fuzzy(quote, new_text, hint, edit) or Anchored("orphan")
