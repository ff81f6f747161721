"""Content words of a document, as match keys with exact original offsets.

Keys come from ``desktop.core.normalize`` (normalized, spelling variants folded); this module
drops function words and strips the clitics that vary most between a text and its reworded
copy (the conjunctions و/ف and the article with its prepositions: ال بال كال لل).
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.normalize import WORD_RE, normalize, word_key

# Arabic function words, in normalized spelling (أ إ آ -> ا, ى -> ي, ة -> ه).
STOPWORDS = frozenset(
    """
    من في علي الي عن ان انه انها انهم ما او ام الذي التي الذين اللذين اللتين اللواتي اللاتي
    مع هذا هذه هذان هاتان هؤلاء ذلك تلك اولئك ذا بين كما لا لم لن هو هي هم هن هما انت انتم
    انا نحن بعد قبل حيث كل حتي قد ثم اي ايضا اما الا لكن لكنه بل كان كانت يكون تكون كانوا
    اذا اذ لو لما منذ عند عندما غير بعض مثل فيه فيها فيهم به بها بهم بهن له لها لهم لهن منه
    منها منهم عليه عليها عليهم اليه اليها اليهم عنه عنها عنهم ذات ذو ذي هناك هنا كيف اين متي
    لماذا ماذا سوف مما عما فان بان لان لانه ليس ليست يمكن تم خلال نحو دون ضمن عبر لدي لذلك
    لهذا كذلك وكذلك بذلك هكذا جدا فقط اخري اخر احد احدي عدم اذن لقد انما مازال مازالت زال
    يزال تزال كلا كلتا سواء اكثر اقل وهو وهي وقد وفي ومن وما ولا ولم وان وكان وكانت وهذا وهذه
    ذلك فهو فهي فقد فلا فان فما اما بعدما قبلما كلما بينما وبين عدة جميع معظم مثلا الخ ال
    """.split()
)

_PREFIXES = ("بال", "كال", "فال", "لل", "ال")


@lru_cache(maxsize=200_000)
def match_key(key: str) -> str | None:
    """Stem used to match words across documents, or None for a function word."""
    if key in STOPWORDS or len(key) < 2:
        return None
    if len(key) >= 4 and key[0] in "وف":
        key = key[1:]
        if key in STOPWORDS:
            return None
    for p in _PREFIXES:
        if key.startswith(p) and len(key) - len(p) >= 2:
            key = key[len(p):]
            break
    return key


@dataclass
class Words:
    """Content words of one text: ``keys[i]`` spans ``text[starts[i]:ends[i]]``."""

    keys: list[str]
    starts: array
    ends: array
    text: str = ""

    def __len__(self) -> int:
        return len(self.keys)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Original span from the start of word ``first`` to the end of word ``last``."""
        return self.starts[first], self.ends[last]


def content_words(text: str, norm=None) -> Words:
    """The words ``desktop.core.normalize.tokenize`` finds, less function words, with the same
    original spans (computed here without building a Token per word, which is most of the
    cost on a large collection). ``norm``: ``normalize(text)`` when already at hand."""
    norm = norm or normalize(text)
    to_original = norm.to_original
    keys: list[str] = []
    starts = array("l")
    ends = array("l")
    for m in WORD_RE.finditer(norm.text):
        k = match_key(word_key(m.group()))
        if k is not None:
            s, e = to_original(m.start(), m.end())
            keys.append(k)
            starts.append(s)
            ends.append(e)
    return Words(keys, starts, ends, text)


def all_words(text: str) -> tuple[list[str], list[int], list[int]]:
    """Every word ``desktop.core.normalize.tokenize`` finds (function words too) as three
    lists: keys, original starts, original ends; the same words and spans as its Tokens,
    without building one object per word."""
    norm = normalize(text)
    to_original = norm.to_original
    keys: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    identity = len(norm.text) == len(text)
    for m in WORD_RE.finditer(norm.text):
        keys.append(word_key(m.group()))
        if identity:
            s, e = m.span()
        else:
            s, e = to_original(m.start(), m.end())
        starts.append(s)
        ends.append(e)
    return keys, starts, ends


def content_from_all(words: tuple[list[str], list[int], list[int]], text: str) -> Words:
    """``content_words(text)`` from ``all_words(text)`` (same keys and spans, one pass less)."""
    keys, starts, ends = words
    out_keys: list[str] = []
    out_starts = array("l")
    out_ends = array("l")
    for k, s, e in zip(keys, starts, ends):
        m = match_key(k)
        if m is not None:
            out_keys.append(m)
            out_starts.append(s)
            out_ends.append(e)
    return Words(out_keys, out_starts, out_ends, text)
