"""An unknown site's own name, read from the page where it names itself, when that name is
spelt like its web address: «سيرياهوم نيوز» in a closing signature of syriahomenews.com.

Where a page names itself: a dateline or byline opening the text («X –», «متابعة/ X»), a short
signature line near its end («X 4_سانا», «X – عواصم»), a copyright line («© 2024 X», «جميع
الحقوق محفوظة لـ X»). A candidate counts only when its consonants, transliterated, are those of
the domain's first label (vowels, alef, waw, yeh, ain dropped; s/z, k/q, j/g/gh folded): a
city, an agency or a reporter's name in the same places never matches the address, so a
wrong name is not given. The address stays in the name, so two sites with one name stay apart.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from . import rx
from .normalize import normalize

_AR = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d", "ر": "r",
    "ز": "s", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "d", "غ": "j", "ف": "f",
    "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "پ": "f", "چ": "j", "گ": "j",
}
_LATIN_DIGRAPHS = (("sh", "s"), ("th", "t"), ("dh", "d"), ("kh", "k"), ("gh", "j"), ("ph", "f"),
                   ("ch", "s"), ("ck", "k"))
_LATIN = str.maketrans({"z": "s", "c": "k", "q": "k", "g": "j", "p": "f", "v": "f", "x": "k"})
_DROP = set("aeiouyw3'-_. ")
_WORDS = rx.compile(r"[^\W\d_ـ]+")  # words without digits (a year) or tatweel


def skeleton_arabic(name: str) -> str:
    return _arabic_skeletons(name)[0]


def _arabic_skeletons(name: str) -> list[str]:
    """Consonant skeletons of an Arabic name; ta marbuta is silent, or t in a construct
    («بوابة الرافدين» -> bawabat alrafidain), or h: one skeleton per reading (a few at most)."""
    out = [""]
    for ch in name:
        if ch == "ة":
            out = [o + x for o in out for x in ("", "t", "h")][:9]
            continue
        folded = normalize(ch).text
        add = "".join(_AR.get(c, c if c.isdigit() else "") for c in folded)
        out = [o + add for o in out]
    return out


def skeleton_latin(label: str) -> str:
    s = label.lower()
    for a, b in _LATIN_DIGRAPHS:
        s = s.replace(a, b)
    s = s.translate(_LATIN)
    return "".join(ch for ch in s if ch.isalnum() and ch not in _DROP)


def spelt_like(name: str, host: str) -> bool:
    """Does `name` (Arabic or Latin script) spell the first label of `host`?"""
    label = host.lower().removeprefix("www.").split(".")[0]
    want = skeleton_latin(label)
    arabic = re.search(r"[\u0600-\u06ff]", name)
    for got in (_arabic_skeletons(name) if arabic else [skeleton_latin(name)]):
        if len(got) < 4 or len(want) < 4:
            continue
        if got == want or (SequenceMatcher(None, got, want).ratio() >= 0.85 and got[0] == want[0]):
            return True
    return False


_SEPARATORS = rx.compile(r"\s*(?:[-–—/|_:]+|\d+_)\s*")
_COPYRIGHT = rx.compile(r"(?:©|\(c\)|حقوق\s+(?:النشر|الطبع)?\s*محفوظة\s*(?:ل|لـ|ل\s+)?|جميع الحقوق محفوظة\s*(?:ل|لـ)?\s*)"
                        r"\s*(?:\d{4}\s*[-–]?\s*(?:\d{4})?\s*)?([^\n©|.،,]{3,40})", re.I)


def candidates(text: str) -> list[str]:
    """Names where a page names itself (see the module notes), nearest the head first."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    out: list[str] = []
    head, tail = lines[:4], lines[-6:] if len(lines) > 4 else []
    for line in head + tail:
        if len(line.split()) > 6 and line in tail:
            continue
        pieces = _SEPARATORS.split(line[:80]) if len(line.split()) > 6 else _SEPARATORS.split(line)
        for piece in pieces[:3]:
            words = _WORDS.findall(piece)
            if 1 <= len(words) <= 4:
                out.append(" ".join(words))
    for m in _COPYRIGHT.finditer(text):
        words = _WORDS.findall(m.group(1))
        if 1 <= len(words) <= 5:
            out.append(" ".join(words))
    return list(dict.fromkeys(out))


def own_name(text: str, host: str) -> str | None:
    """The page's name for itself when one candidate spells the host, else None."""
    if not host:
        return None
    for name in candidates(text):
        if spelt_like(name, host):
            return name
    return None
