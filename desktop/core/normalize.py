"""Normalization for matching, with an exact map back to original offsets.

Each original character becomes zero or one normalized character, so a normalized index maps
to exactly one original index. Character classes come from pyarabic's tables; the mapping is
ours because pyarabic's functions change string length and cannot report offsets.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, compress, repeat
from operator import add, is_, ne
from threading import Lock
from typing import NamedTuple, Sequence

import pyarabic.araby as araby

from . import rx
from .model import Span

QUOTE = '"'

# Characters whose removal must not break a span: diacritics and tatweel sit inside words.
_WORD_INTERNAL_DROPS = set(araby.TASHKEEL) | {
    araby.SHADDA,
    araby.TATWEEL,
    "\u0652",  # sukun
    "\u0653",  # maddah above
    "\u0654",  # hamza above
    "\u0655",  # hamza below
    "\u0670",  # superscript alef
}
WORD_INTERNAL_DROPS = _WORD_INTERNAL_DROPS
_CONTROL_DROPS = {
    "\u00ad",  # soft hyphen
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f",  # zero-width, LRM, RLM
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # embeddings and overrides
    "\u2066", "\u2067", "\u2068", "\u2069",  # isolates
    "\u061c",  # Arabic letter mark
    "\ufeff",  # BOM / zero-width no-break space
}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for ch in range(0x064B, 0x0656):
        table[ch] = ""
    for ch in _WORD_INTERNAL_DROPS | _CONTROL_DROPS:
        table[ord(ch)] = ""
    for ch in (araby.ALEF_HAMZA_ABOVE, araby.ALEF_HAMZA_BELOW, araby.ALEF_MADDA, araby.ALEF_WASLA):
        table[ord(ch)] = araby.ALEF
    for ch in (araby.ALEF_MAKSURA, "\u06cc", araby.YEH_HAMZA):  # ى ی ئ
        table[ord(ch)] = araby.YEH
    table[ord(araby.WAW_HAMZA)] = araby.WAW
    table[ord(araby.TEH_MARBUTA)] = araby.HEH
    table[ord("\u06a9")] = araby.KAF  # Persian keheh
    for ch in "«»“”\"„‟″":
        table[ord(ch)] = QUOTE
    for i in range(10):
        table[0x0660 + i] = str(i)  # Arabic-Indic digits
        table[0x06F0 + i] = str(i)  # Persian digits
    for ch in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000":
        table[ord(ch)] = " "
    return table


TABLE = _build_table()
_FOLDS = {chr(k): v for k, v in TABLE.items()}
_FOLDED_CHARS = rx.compile("[" + "".join(re.escape(c) for c in sorted(_FOLDS)) + "]")


def _fold_by_replace(text: str) -> str:
    """text.translate(TABLE), about three times faster on Arabic text: only the characters
    the table changes (found by _folded_in) are replaced, each with one str.replace."""
    for ch in _folded_in(text):
        text = text.replace(ch, _FOLDS[ch])
    return text


_FOLD_KEYS = tuple(sorted(_FOLDS))
_SCAN_EACH_FROM = 300  # characters: from here on each table character is looked for by itself (fewer instructions)


def _folded_in(text: str):
    """The distinct characters of the text the table changes. In a short text, those one
    regex scan finds; in a longer one, the table's characters the text holds, each asked
    with `in` (a scan of the text in C for each of them, several times faster than the
    regex's per-character class test on a text of a few thousand characters)."""
    if len(text) < _SCAN_EACH_FROM:
        return set(_FOLDED_CHARS.findall(text))
    return list(filter(text.__contains__, _FOLD_KEYS))


# replacing one character at a time equals translating only if no replacement is itself a
# character the table changes; the table is built so, and this keeps it honest
fold = _fold_by_replace if not any(v in _FOLDS and _FOLDS[v] != v for v in _FOLDS.values() if v) \
    else (lambda text: text.translate(TABLE))


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus, for each of its characters, the original index it came from."""

    text: str
    origin: Sequence[int]  # len(text) + 1 entries; the last is len(original) (a range or an array)
    original: str

    def to_original(self, start: int, end: int) -> Span:
        """Map a normalized span back, widening over diacritics the span swallowed."""
        if start >= end:
            pos = self.origin[start]
            return (pos, pos)
        o_start = self.origin[start]
        o_end = self.origin[end - 1] + 1
        original = self.original
        while o_end < len(original) and original[o_end] in _WORD_INTERNAL_DROPS:
            o_end += 1
        return (o_start, o_end)


_DROPPED = frozenset(chr(k) for k, v in TABLE.items() if v == "")
_DROPPED_RE = rx.compile("[" + "".join(sorted(re.escape(c) for c in _DROPPED)) + "]+")


# Ingest (credits, dates, outlet cues) and the engine normalize the same article text several
# times; the last few results are kept by the text's identity (not its value: a new string, as
# from reading a file again, is normalized afresh), within a bound on the characters held.
_SHARED_MIN = 256
_SHARED_CHARS = 400_000
_recent: OrderedDict[int, Normalized] = OrderedDict()
_recent_chars = 0
_recent_lock = Lock()


def normalize(text: str) -> Normalized:
    if len(text) < _SHARED_MIN:
        return _normalize(text)
    with _recent_lock:
        hit = _recent.get(id(text))
        if hit is not None and hit.original is text:
            _recent.move_to_end(id(text))
            return hit
    norm = _normalize(text)
    _remember(norm)
    return norm


def _remember(norm: Normalized) -> None:
    global _recent_chars
    with _recent_lock:
        old = _recent.pop(id(norm.original), None)
        if old is not None:
            _recent_chars -= len(old.original)
        _recent[id(norm.original)] = norm
        _recent_chars += len(norm.original)
        while _recent_chars > _SHARED_CHARS and len(_recent) > 1:
            _, gone = _recent.popitem(last=False)
            _recent_chars -= len(gone.original)


def _normalize(text: str) -> Normalized:
    if fold is not _fold_by_replace:
        return _normalize_plain(text)
    present = _folded_in(text)
    normalized = text
    for ch in present:  # fold(text)
        normalized = normalized.replace(ch, _FOLDS[ch])
    n = len(text)
    if len(normalized) == n:
        return Normalized(normalized, range(n + 1), text)
    # where characters were dropped, found with str.find for each dropped character the text
    # holds (a C scan each), while they are few; else by one regex scan for runs of them
    dropped = [ch for ch in present if ch in _DROPPED]
    at: list[int] = []
    find = text.find
    if (n - len(normalized)) * _FIND_UP_TO <= n:
        for ch in dropped:
            p = find(ch)
            while p >= 0:
                at.append(p)
                p = find(ch, p + 1)
        at.sort()
        runs = zip(at, map(_next, at))
    else:
        at = None
        runs = (m.span() for m in _DROPPED_RE.finditer(text))
    norm = Normalized(normalized, _origin(runs, n), text)
    if at is not None:  # (where characters were dropped: word_spans asks, kept beside the fields)
        norm.__dict__["_dropped_at"] = at
    # (whether a control mark was dropped: word_spans asks, kept beside the fields)
    norm.__dict__["_controls"] = not _CONTROL_DROPS.isdisjoint(dropped)
    return norm


_FIND_UP_TO = 40  # dropped characters looked for with str.find while they are at most 1 in 40
_next = (1).__add__


def _origin(runs, n: int) -> array:
    """The original index of each kept character (and n at the end), for a text of n
    characters whose dropped characters are the runs [start, end) (in order)."""
    # the kept indices are the ranges between dropped characters (few: diacritics, marks),
    # copied as machine integers from slices of 0, 1, 2, ... (an int object per character
    # took most of the new memory a normalization makes, and new memory is slow to touch)
    count = _counting(n + 1)
    origin = array(count.typecode)
    prev = 0
    for start, end in runs:
        origin.extend(count[prev:start])
        prev = end
    origin.extend(count[prev:n + 1])
    return origin


def _normalize_plain(text: str) -> Normalized:
    """_normalize as first written: fold, then the dropped characters' runs by one scan."""
    normalized = fold(text)
    n = len(text)
    if len(normalized) == n:
        return Normalized(normalized, range(n + 1), text)  # nothing dropped: an index maps to itself
    return Normalized(normalized, _origin((m.span() for m in _DROPPED_RE.finditer(text)), n), text)


_COUNT = array("i")  # 0, 1, 2, ...: what origin arrays are copied from (grown as texts need)
_COUNT_KEPT = 1 << 21  # entries (8 MB) at most kept for the process; a longer text makes its own


def _counting(size: int) -> array:
    """An array holding at least 0 .. size - 1 in order."""
    global _COUNT
    count = _COUNT
    if len(count) < size:
        if size > _COUNT_KEPT:
            return array("i" if size <= 2**31 else "q", range(size))
        count = _COUNT = array("i", range(min(max(size, 2 * len(count), 4096), _COUNT_KEPT)))
    return count


_AMERICA, _MILITIA = ("امريك", "اميرك"), ("ميليشي", "مليشي")  # spellings made one, in this order


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """Key under which spelling variants of one normalized word compare equal."""
    if _AMERICA[0] in word:
        word = word.replace(*_AMERICA)
    if _MILITIA[0] in word:
        word = word.replace(*_MILITIA)
    return word.lower()


_KEYS: dict[str, str] = {}  # word_key by word, for the life of the process (keys_of)
_MAX_KEYS = 262144  # an archive's vocabulary: start afresh past this many


def keys_of(words: Sequence[str]) -> tuple[str, ...]:
    """tuple(map(word_key, words)). The words not keyed yet in this process are keyed
    together: joined by newlines (which no word holds, and which neither spelling nor
    lower-casing crosses: it is neither cased nor case-ignorable, so a final sigma reads the
    same), replaced and lower-cased once, and split again."""
    known = _KEYS
    keys = list(map(known.get, words))
    if None not in keys:
        return tuple(keys)
    new = list(dict.fromkeys(compress(words, map(is_, keys, repeat(None)))))
    joined = "\n".join(new)
    if _AMERICA[0] in joined:
        joined = joined.replace(*_AMERICA)
    if _MILITIA[0] in joined:
        joined = joined.replace(*_MILITIA)
    made = joined.lower().split("\n")
    # a key equal to its word is the word itself (most: Arabic has no case), so the keys of
    # an article take no memory of their own (new memory costs a first touch of its pages)
    fresh = dict(zip(new, new))
    fresh.update(compress(zip(new, made), map(ne, new, made)))
    if len(known) + len(fresh) > _MAX_KEYS:
        known.clear()
    known.update(fresh)
    # answered from this call's own values (another thread may clear the shared memo)
    return tuple(map(fresh.get, words, keys))


WORD_RE = rx.compile(r"[^\W_]+", re.UNICODE)


class Token(NamedTuple):
    """One word: its key and its original span. A named tuple: the engine makes one per word
    of every article, and a tuple is built several times faster than a frozen dataclass."""

    key: str  # word_key of the normalized word
    start: int  # original span
    end: int


def tokenize(norm: Normalized, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of the normalized text between original offsets start and end."""
    text = norm.text
    origin = norm.origin
    if end is None:
        end = len(norm.original)
    n_start = _first_at_or_after(origin, start)
    n_end = _first_at_or_after(origin, end)
    tokens = []
    for m in WORD_RE.finditer(text, n_start, n_end):
        s, e = norm.to_original(m.start(), m.end())
        tokens.append(Token(word_key(m.group()), s, e))
    return tokens


def word_spans(norm: Normalized) -> list[tuple[str, int, int]]:
    """Every word of the normalized text with its original span, as tokenize() maps it:
    (normalized word, start, end). Scanned once per Normalized and kept on it, so ingest
    (credits) and the engine (tokenize_spans) share one pass over an article.

    One split of the text gives the words and the pieces between them; their lengths, summed
    in order, are the words' starts and ends (all at C speed). A word's original end is the
    origin of the character after it: the characters the normalization dropped between them
    all follow the word, and to_original() widens an end over word-internal drops, which these
    are unless one of them is a control mark (_end_at_controls then stops the end there)."""
    found = norm.__dict__.get("_words")
    if found is not None:
        return found
    found = _word_spans_by_chunks(norm)
    if found is None:
        found = _word_spans_by_split(norm)
    norm.__dict__["_words"] = found  # a cache beside the fields (not part of equality)
    return found


def _word_spans_by_split(norm: Normalized) -> list[tuple[str, int, int]]:
    """word_spans by one regex split of the text (see word_spans)."""
    text, origin, original = norm.text, norm.origin, norm.original
    pieces = _WORD_SPLIT.split(text)  # separator, word, separator, ..., word, separator
    words = pieces[1::2]
    if not words:
        found = []
    else:
        bounds = list(accumulate(map(len, pieces)))
        starts, ends = bounds[0:-1:2], bounds[1::2]
        if len(text) == len(original):  # nothing dropped: offsets are the same
            found = list(zip(words, starts, ends))
        else:
            at = origin.__getitem__
            o_ends = list(map(at, ends))
            controls = norm.__dict__.get("_controls")  # (told by _normalize)
            if controls is None:
                controls = _CONTROL_RE.search(original) is not None
            if controls:
                _end_at_controls(original, origin, ends, o_ends)
            found = list(zip(words, map(at, starts), o_ends))
    return found


# blanks and punctuation a word ends at, looked for with `in` (a C scan each): news text holds
# a few of them, and nothing else that is not part of a word (else the split by regex is used);
# the rarer ones only when a text holds a character the common ones leave
_SEPARATORS = tuple(dict.fromkeys("\n.،:\"-()/,_–—@؟#'٪=?…|!•\r\t"))
_RARER_SEPARATORS = tuple(dict.fromkeys(
    "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029;؛[]{}<>«»\\$%&*+~^`·▪●◦►▸‘’“”©®°×÷٫٬٭۔"))


def _blanked(text: str, blanked: str, separators: tuple[str, ...]) -> str:
    """`blanked` with each of the separators `text` holds made a blank."""
    for ch in filter(text.__contains__, separators):
        blanked = blanked.replace(ch, " ")
    return blanked


def _word_spans_by_chunks(norm: Normalized) -> list[tuple[str, int, int]] | None:
    """word_spans without a regex: the separators the text holds (_SEPARATORS, then the
    rarer ones when a character is left, each found with `in`) made blanks, one str.split
    at blanks gives chunks, and a chunk of word characters only (str.isalnum: the class
    [^\\W_]; asked once of all chunks joined) is a word; chunk starts are their lengths plus
    one summed. In a text with dropped characters (found by str.find, see _normalize), the
    original starts are summed from the chunks' steps, each widened by the drops it spans: a
    word's original start and end are those of its first character and of the character
    after it (drops just before a word belong to the gap, those just after to the word's
    end, as origin maps them). None when a chunk holds another character that is not part of
    a word (no known separator), or the drops are not known."""
    text, original = norm.text, norm.original
    dropped = len(original) - len(text)
    at = norm.__dict__.get("_dropped_at") if dropped else ()
    if at is None:
        return None
    blanked = _blanked(text, text, _SEPARATORS)
    chunks = blanked.split(" ")
    joined = "".join(chunks)
    if joined and not joined.isalnum():
        blanked = _blanked(text, blanked, _RARER_SEPARATORS)
        chunks = blanked.split(" ")
        joined = "".join(chunks)
        if not joined.isalnum():
            return None  # a chunk with a character that is neither a word's nor a known separator
    if not joined:
        return []
    # every chunk is a word or empty (two separators in a row): its length tells which
    lens = list(map(len, chunks))
    is_word = lens
    words = list(compress(chunks, is_word))
    steps = [n + 1 for n in lens]  # a chunk and the blank after it
    if not dropped:
        starts = list(compress(accumulate(steps, initial=0), is_word))
        return list(zip(words, starts, map(add, starts, compress(lens, is_word))))
    # O(j) = j + the drops whose place in the normalized text (the index of the kept character
    # after them: a drop's position less the drops before it) is at most j
    first = 0
    widths = lens[:]  # a chunk's original width up to the end of its word
    count_blanks = blanked.count
    i = upto = 0  # i blanks lie before upto (counted on from the last drop: they come in order)
    for k, p in enumerate(at):
        c = p - k
        if c <= 0:
            first += 1
            continue
        # the chunk i starting before c and ending at or after c - 1 (its blank, or its next
        # chunk's start, at c or after): i blanks lie before c - 1
        i += count_blanks(" ", upto, c - 1)
        upto = c - 1
        steps[i] += 1
        if blanked[c - 1] != " ":  # c - 1 is in chunk i: c is at most its word's end
            widths[i] += 1
    starts = list(compress(accumulate(steps, initial=first), is_word))
    ends = list(map(add, starts, compress(widths, is_word)))
    if norm.__dict__.get("_controls", True):
        # a word's end stops at a dropped control mark right after it (see _end_at_controls)
        n_starts = list(compress(accumulate([n + 1 for n in lens], initial=0), is_word))
        n_ends = list(map(add, n_starts, compress(lens, is_word)))
        _end_at_controls(original, norm.origin, n_ends, ends)
    return list(zip(words, starts, ends))


_WORD_SPLIT = rx.compile(r"([^\W_]+)", re.UNICODE)  # WORD_RE, kept by the split
_CONTROL_RE = rx.compile("[" + "".join(sorted(re.escape(c) for c in _CONTROL_DROPS)) + "]")


def _end_at_controls(original: str, origin: Sequence[int], ends: list[int], o_ends: list[int]) -> None:
    """Stop each word's original end at a dropped control mark right after it (a word ends
    where its run of word-internal drops does). Words are found by bisection per mark."""
    last = [origin[b - 1] for b in ends]  # each word's last kept character
    for m in _CONTROL_RE.finditer(original):
        p = m.start()
        i = bisect_left(last, p) - 1  # the word whose last character is the nearest before p
        if i >= 0 and last[i] < p < o_ends[i]:
            o_ends[i] = p


def tokenize_spans(norm: Normalized, spans) -> list[list[Token]]:
    """tokenize(norm, s, e) for each (s, e) of sorted, non-overlapping spans, in one pass.

    The words are taken once (word_spans) and made tokens in one go (map over C callables);
    each span takes the words whose first character it holds (found by bisection), so words
    between spans are skipped."""
    tokens, _keys, bounds = tokens_in_spans(norm, spans)
    return [tokens[lo:hi] for lo, hi in bounds]


def tokens_in_spans(norm: Normalized, spans) -> tuple[list[Token], tuple[str, ...], list[tuple[int, int]]]:
    """(every token of the text, their keys, for each span the range [lo, hi) of the tokens
    it holds): tokenize_spans(norm, spans)[k] is tokens[lo:hi] of the k-th range, and the keys
    of those tokens keys[lo:hi], so a caller slices instead of making a list per span."""
    words = word_spans(norm)
    if not words:
        return [], (), [(0, 0)] * len(spans)
    ws, starts, ends = zip(*words)
    keys = keys_of(ws)
    tokens = list(map(tuple.__new__, repeat(Token), zip(keys, starts, ends)))
    if not spans:
        return tokens, keys, []
    flat = list(chain.from_iterable(spans))  # s0, e0, s1, e1, ...: each bound's first word
    at = list(map(bisect_left, repeat(starts), flat))
    return tokens, keys, list(zip(at[0::2], at[1::2]))


def _first_at_or_after(origin: Sequence[int], pos: int) -> int:
    return bisect_left(origin, pos, 0, len(origin) - 1) if pos < origin[-1] else len(origin) - 1
