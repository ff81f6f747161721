"""Page furniture in plain text, marked (never removed), and the headline among it.

On top of the line rules in resources/boilerplate.toml (share and follow lines, "read also"
teasers, tags, back-to-top, font-size controls, Telegram/WhatsApp prompts, tickers...), the
structure of a pasted page gives furniture away:

- lines holding only no-break spaces or other invisible filler;
- timestamp lines: a date (and time) with hardly anything else;
- short lines before the headline (menus, section names, "live" badges);
- a line repeating an earlier one (the headline printed twice, a menu listed twice);
- subheads and captions: short lines after the headline that do not end like a sentence;
- lines shared by several articles of one outlet (mark_outlet_repeats);
- furniture inside sentences (search-engine bait, "read also" links, click-bait prefixes):
  inline_furniture.py.

The headline is the first line that is not furniture, has at least three words and does not
end like a sentence; a page whose first text is already a long sentence has no headline here.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from operator import itemgetter
from dataclasses import replace
from typing import Sequence

from . import rx
from .boilerplate import find_boilerplate
from .credits import lower_keeps
from .dates import find_dates
from .inline_furniture import find_inline_furniture
from .model import Article, BoilerplateMark
from .normalize import fold, normalize, word_spans
from .openings import _string_starts

TITLE_MAX_WORDS = 25
SUBHEAD_MAX_WORDS = 7
SHARED_LINE_MAX_WORDS = 15
_SENTENCE_END = rx.compile(r"[.!؟?:،,;؛…]\s*$")
_TITLE_END = rx.compile(r"[.:،,;؛]\s*$")
_LETTERS = rx.compile(r"[^\W\d_]{2,}")
_ARABIC = rx.compile(r"[\u0600-\u06ff]")
_ARABIC_RUN = rx.compile(r"[\u0600-\u06ff]+")


def _arabic_count(text: str) -> int:
    """len(_ARABIC.findall(text)), counted over runs (one string per run, not per letter)."""
    return sum(map(len, _ARABIC_RUN.findall(text)))


def _more_words_than(text: str, n: int) -> bool:
    """len(text.split()) > n, without splitting a long line to its end."""
    return len(text.split(None, n)) > n


def _arabic_letters(text: str) -> int:
    """_arabic_count(text), counted in C: in UTF-16 every character of U+0600-U+06FF, and no
    other code unit (a surrogate's high byte is D8-DF), has the high byte 06. ("utf-16", the
    codec str.encode has built in: a BOM, then the machine's byte order, which the BOM tells.)"""
    data = text.encode("utf-16", "surrogatepass")
    return data[3::2].count(6) if data[:2] == b"\xff\xfe" else data[2::2].count(6)


def _arabic_text(text: str) -> bool:
    """_arabic_count(text) * 2 > len(_LETTERS.findall(text)): Arabic letters outnumber the
    words twice over. The words (runs of two letters or more, one character at least between
    two) are at most (len + 1) // 3, so a text with more Arabic letters than half that needs
    no count of its words."""
    arabic = _arabic_letters(text) * 2
    return arabic > (len(text) + 1) // 3 or arabic > len(_LETTERS.findall(text))


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) for every line, start/end excluding the line break."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append((pos, pos + len(body), body))
        pos += len(line)
    return out


_WORDS = rx.compile(r"[^\W_]+")


def _key(line: str) -> str:
    return " ".join(_WORDS.findall(fold(line).lower()))  # fold(line) is normalize(line).text


def _folded_key(folded: str) -> str:
    """_key of a line already folded."""
    return " ".join(_WORDS.findall(folded.lower()))


def _key_reader(norm, aligned: bool):
    """A function (line start, line end, folded line) -> _folded_key(folded line). When
    lower() changes no letter of the folded text (Arabic text), a line's key is its words
    joined, taken from the words of the whole text (normalize's word_spans, made once per text
    and shared with credits and the engine) by the line's original offsets. `aligned`: the
    text and its folded text have as many lines (folding drops no line break, but a dropped
    mark between "\r" and "\n" makes them one), so the line at (start, end) is the folded line."""
    keys = _LineKeys(norm, aligned)
    return lambda s, e, line: keys.key(keys.ref(s, e, line))


class _LineKeys:
    """Lines' keys (_folded_key of the folded line), made only when looked at. ref() names a
    line cheaply: in Arabic text (see _key_reader) the range of the whole text's words it
    holds (found by bisection), else its key itself; proxy() of two refs differs when their
    keys do (the number of words, the first and the last), so lines whose proxies differ need
    no keys to tell them apart."""

    def __init__(self, norm, aligned: bool) -> None:
        self.words = None
        if aligned and lower_keeps(norm):
            self.words = word_spans(norm)
        self._keys: dict = {}

    def ref(self, s: int, e: int, folded_line: str):
        words = self.words
        if words is None:
            return _folded_key(folded_line)
        return (bisect_left(words, s, key=_START), bisect_left(words, e, key=_START))

    def key(self, ref) -> str:
        if self.words is None:
            return ref
        got = self._keys.get(ref)
        if got is None:
            got = self._keys[ref] = " ".join([w[0] for w in self.words[ref[0]:ref[1]]])
        return got

    def proxy(self, ref):
        words = self.words
        if words is None:
            return ref
        i, j = ref
        return (j - i, words[i][0], words[j - 1][0]) if j > i else ""


_START = itemgetter(1)


class _Marks(list):
    """The marks found so far, with a quick test of whether a span lies inside one: short marks
    by their start (sorted), the few long ones (to the end of the text, merged blocks) by a scan."""

    LONG = 400

    def __init__(self, marks=()) -> None:
        super().__init__()
        self.starts: list[tuple[int, int]] = []
        self.long: list[tuple[int, int]] = []
        self.widest = 0  # the longest span among `starts`: a mark starting further back ends before
        for m in marks:
            self.append(m)

    def append(self, mark: BoilerplateMark) -> None:
        super().append(mark)
        a, b = mark.span
        if b - a > self.LONG:
            self.long.append((a, b))
        else:
            insort(self.starts, (a, b))
            if b - a > self.widest:
                self.widest = b - a

    def extend(self, marks) -> None:
        for m in marks:
            self.append(m)

    def covers(self, s: int, e: int) -> bool:
        k = bisect_right(self.starts, (s, float("inf")))
        # a mark covering [s, e) ends at e or later, so starts at e - widest or later
        back = max(s - self.LONG, e - self.widest)
        while k > 0 and self.starts[k - 1][0] >= back:
            a, b = self.starts[k - 1]
            if a <= s and e <= b:
                return True
            k -= 1
        return bool(self.long) and any(a <= s and e <= b for a, b in self.long)


def _covered(marks, s: int, e: int) -> bool:
    """Is [s, e) inside one mark?"""
    if isinstance(marks, _Marks):
        return marks.covers(s, e)
    return any(m.span[0] <= s and e <= m.span[1] for m in marks)


def find_furniture(text: str, title: str | None = None,
                   known: tuple[BoilerplateMark, ...] = ()) -> tuple[tuple[BoilerplateMark, ...], str]:
    """Furniture marks over `text` and its headline (`title`, when a page gave one, is looked
    up in the text instead of guessed). `known`: marks found elsewhere (lines an outlet
    repeats), taken as given."""
    line_marks = find_boilerplate(text)
    # furniture inside sentences, where no whole-line rule already covers it
    inline = [m for m in find_inline_furniture(text)
              if not any(b.span[0] <= m.span[0] and m.span[1] <= b.span[1] for b in line_marks)]
    marks = _Marks(list(line_marks) + inline + list(known))
    lines = _lines(text)
    arabic_text = _arabic_text(text)
    content: list[tuple[int, int, str]] = []
    # the folded text's lines are the text's lines folded (folding keeps every line break);
    # a line's key (_key) read from its folded line, once
    norm = normalize(text)
    folded_lines = norm.text.splitlines()
    keys = _LineKeys(norm, len(folded_lines) == len(lines))
    ref_at: dict[int, object] = {}  # a content line's key, by its start (keys.key(ref))
    covers = marks.covers
    for (s, e, body), folded_line in zip(lines, folded_lines):
        if not body:
            continue
        line = body.strip()
        if not line:
            marks.append(BoilerplateMark((s, e), "filler"))
            continue
        s2 = s + len(body) - len(body.lstrip())
        e2 = s2 + len(line)
        if covers(s2, e2):
            continue
        content.append((s2, e2, line))  # line == text[s2:e2]
        ref_at[s2] = keys.ref(s, e, folded_line)  # its key == _key(line): only spaces differ
        if _is_timestamp(line):
            marks.append(BoilerplateMark((s2, e2), "timestamp"))
        elif _is_ticker(line):
            marks.append(BoilerplateMark((s2, e2), "ticker"))
        elif _is_byline_line(line):
            marks.append(BoilerplateMark((s2, e2), "byline"))
    content = [c for c in content if not covers(c[0], c[1])]
    key = keys.key

    title_at = None
    wanted = _key(title) if title else ""
    if wanted:
        words = wanted.split(" ")  # (a key's words: no spaces in them)
        want = wanted if keys.words is None else (len(words), words[0], words[-1])  # its proxy
        for n, (s, e, body) in enumerate(content):
            if keys.proxy(ref_at[s]) == want and key(ref_at[s]) == wanted:
                title_at = n
                break
    if title_at is None:  # no title given, or the given one is not a line of the text
        # a line that a menu or other furniture repeats is a menu item, not the headline
        furniture_keys = {_key(text[m.span[0]:m.span[1]].lstrip("•·▪●◦►▸ ")) for m in marks
                          if m.span[1] - m.span[0] < 200}
        for n, (s, e, body) in enumerate(content):
            if key(ref_at[s]) in furniture_keys:
                continue
            if _headline_like(body, arabic_text) or (
                    n == 0 and _short_heading(body, content[1][2] if len(content) > 1 else "")):
                title_at = n
                break
            if _more_words_than(body, SUBHEAD_MAX_WORDS):
                break  # the text opens with a sentence: no headline in it
    if title_at is not None:
        for s, e, body in content[:title_at]:
            if len(body.split()) <= SUBHEAD_MAX_WORDS:
                marks.append(BoilerplateMark((s, e), "menu"))
        found_title = content[title_at][2]
    else:
        found_title = ""

    # a line whose key an earlier line has is a repeat: keys compared only between lines
    # of one proxy (see _LineKeys)
    seen: dict = {}  # proxy -> the refs of the earlier lines with it
    start_from = (title_at + 1) if title_at is not None else 0
    for n, (s, e, body) in enumerate(content):
        ref = ref_at[s]
        proxy = keys.proxy(ref)
        earlier = seen.get(proxy)
        if earlier is None:
            seen[proxy] = [ref]
        elif proxy and key(ref) in {key(r) for r in earlier}:  # (an empty proxy: no words, no key)
            if not covers(s, e):
                marks.append(BoilerplateMark((s, e), "repeated"))
            continue
        else:
            earlier.append(ref)
        if n < start_from or covers(s, e):
            continue
        # the last line counts only when complete (a line break follows): an excerpt cut off
        # mid-sentence ends without one
        complete = n + 1 < len(content) or text[e:].startswith(("\n", "\r"))
        if (not _more_words_than(body, SUBHEAD_MAX_WORDS) and not _SENTENCE_END.search(body) and complete
                and not _prose(body)):
            marks.append(BoilerplateMark((s, e), "subhead"))
    for start, end in _glued_headings(text):
        if not _covered(marks, start, end):
            marks.append(BoilerplateMark((start, end), "subhead"))
    marks.extend(_teased_lines(text, marks))
    for m in _labels(text):
        if not _covered(marks, m.start(), m.end()):
            marks.append(BoilerplateMark((m.start(), m.end()), "label"))
    if title_at is not None and title_at + 1 < len(content):
        marks.extend(_lead_dateline(text, content[title_at + 1]))
    elif title_at is None and content:
        marks.extend(_lead_dateline(text, content[0]))
    marks.sort(key=lambda m: m.span)
    return _merge(marks), found_title


_LABEL = rx.compile(r"[(\[]\s*(فيديو|فيديوهات|صور|بالصور|بالفيديو|فيديو وصور|صور وفيديو|إنفوجراف|"
                    r"انفوجراف|فيديوجراف|خاص|عاجل|حصري|محدث|تحديث|شاهد)\s*[)\]]")
def _labels(text: str):
    """_LABEL.finditer(text), tried only where str.find finds an opening bracket (the
    pattern's own scan tests every character against its class)."""
    finder = _LABEL_STARTS.get("finder", False)
    if finder is False:
        finder = _LABEL_STARTS["finder"] = _string_starts(_LABEL)
    return _LABEL.finditer(text) if finder is None else rx.matches_at(_LABEL, text, finder(text))


_LABEL_STARTS: dict = {}
_DATELINE = rx.compile(r"[ \t]*((?:[^\W_]+[ \t]+){0,3}[^\W_]+)[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?"
                       r"(?:[-–—][ \t]+|/[ \t]*)")
_DATELINE_END = rx.compile(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,1}[^\W\d_]+[ \t]*:[ \t]*")


# «و» first (a literal the search can skip to), then a look back at the letter before it
_GLUED = rx.compile(r"و(?<=[^\W\d_]و)(?:نقلت|نقل|قال|قالت|أكد|أكدت|اكد|اكدت|أفاد|أفادت|افاد|افادت|"
                    r"أشار|أشارت|اشار|اشارت|كشف|كشفت|ذكر|ذكرت|أعلن|أعلنت|اعلن|اعلنت|أضاف|أضافت|"
                    r"اضاف|اضافت)\b")


def _glued_headings(text: str) -> list[tuple[int, int]]:
    """A subheading that lost its line break when the page became text: the words between a
    sentence's end and a following sentence glued to it without a space
    («...بلبنانونقلت وكالة...»: the heading ends at «بلبنان»)."""
    out = []
    for m in _GLUED.finditer(text):
        glue = m.start()
        line_start = text.rfind("\n", 0, glue) + 1
        before = text[line_start:glue]
        ends = [i for i, ch in enumerate(before) if ch in ".!؟?"]
        start = line_start + (ends[-1] + 1 if ends else 0)
        while start < glue and text[start].isspace():
            start += 1
        words = text[start:glue].split()
        if 2 <= len(words) <= 15 and (ends or start == line_start):
            out.append((start, glue))
    return out


_TEASER_KINDS = {"read_also", "recommended", "related"}
_TEASER_LABEL_END = rx.compile(r"[:：]?\s*$")
_ENDS_SENTENCE = rx.compile(r"[.!؟?]\s*$")


def _teased_lines(text: str, marks) -> list[BoilerplateMark]:
    """The headline a bare «اقرأ أيضا:» (or «ذات صلة:») line announces, on the next line: a
    line that does not end like a sentence is the linked story's title, not the article."""
    out = []
    teasers = [m for m in marks if m.kind in _TEASER_KINDS]
    if not teasers:
        return out
    lines = [(s, e, body) for s, e, body in _lines(text) if body.strip()]
    for n, (s, e, body) in enumerate(lines[:-1]):
        if _more_words_than(body, 4) or not _TEASER_LABEL_END.search(body):
            continue  # (looked at first: the teaser covering the line is then looked for less)
        lead = len(body) - len(body.lstrip())
        s2, e2 = s + lead, s + len(body.rstrip())
        mark = next((m for m in teasers if m.span[0] <= s2 and e2 <= m.span[1]), None)
        if mark is None:
            continue
        ns, ne, nbody = lines[n + 1]
        lead = len(nbody) - len(nbody.lstrip())
        ns, ne = ns + lead, ns + len(nbody.rstrip())
        if len(nbody.split()) <= TITLE_MAX_WORDS and not _ENDS_SENTENCE.search(nbody) \
                and not _covered(marks, ns, ne):
            out.append(BoilerplateMark((ns, ne), mark.kind))
    return out


def _lead_dateline(text: str, line: tuple[int, int, str]) -> list[BoilerplateMark]:
    """The dateline opening an article's first paragraph: one to three words (a city, an
    outlet, or both: «وطن –», «أربيل (كوردستان24)-», «بيروت - الحياة الجديدة- هلا سلامة-»)
    before a dash; marked up to the last such dash, the paragraph itself left alone."""
    s, e, body = line
    if len(body.split()) <= SUBHEAD_MAX_WORDS:
        return []
    end = 0
    for _ in range(3):
        m = _DATELINE.match(body, end)
        if not m:
            break
        end = m.end()
    if end:
        # «أمد/ عواصم- وكالات:»: a closing source name and colon after the dateline's dashes
        m = _DATELINE_END.match(body, end)
        if m:
            end = m.end()
    return [BoilerplateMark((s, s + end), "dateline")] if end else []


def _headline_like(line: str, arabic_text: bool) -> bool:
    words = line.split()
    if not 3 <= len(words) <= TITLE_MAX_WORDS or _TITLE_END.search(line):
        return False
    lettered = _LETTERS.findall(line)
    if len(lettered) < 2:
        return False
    if arabic_text and _arabic_letters(line) * 2 < sum(len(w) for w in lettered):
        return False
    return True


_PROSE_WORDS = {"ان", "انه", "انها", "انهم", "قال", "قالت", "اضاف", "اضافت", "واضاف", "واضافت",
                "وقال", "وقالت", "واكد", "واكدت", "مضيفا", "مشيرا", "موضحا"}


def _prose(line: str) -> bool:
    """A short line that reads as a sentence (an unpunctuated short paragraph), not a heading:
    it has a comma or a reporting word (أن, قال, وأضاف...)."""
    if "،" in line or "," in line:
        return True
    return bool(set(_key(line).split()) & _PROSE_WORDS)


def _short_heading(line: str, following: str) -> bool:
    """A one- or two-word first line directly above a sentence is a heading too."""
    return 1 <= len(line.split()) <= 2 and bool(_SENTENCE_END.search(following)) \
        and not _SENTENCE_END.search(line)


# [ \t\u00a0]{2,} written with its class first: re skips ahead to a blank in C
_RUN_GAP = rx.compile(r"[ \t\u00a0][ \t\u00a0]+")


def _is_ticker(line: str) -> bool:
    """Headlines run together on one line, parted by runs of spaces (a ticker or a list of
    links flattened to text): four or more short pieces, most not ending like a sentence."""
    if "  " not in line and "\t" not in line and "\u00a0" not in line:
        return False  # no run of two gap characters (each pair holds a tab, a no-break space or is two spaces): one piece
    pieces = [p for p in _RUN_GAP.split(line.strip()) if p.strip()]
    if len(pieces) < 4 or any(len(p.split()) > 25 for p in pieces):
        return False
    open_ended = sum(1 for p in pieces if not _ENDS_SENTENCE.search(p))
    return open_ended * 3 >= len(pieces) * 2


_PIECES = rx.compile(r"\s+[-–—]\s+|\s*/\s*")
_BYLINE_WORDS = {"متابعات", "متابعه", "وكالات", "خاص", "مواقع", "المحرر", "محرر", "تحرير",
                 "الموقع", "وكالات الانباء", "فريق التحرير"}


def _is_byline_line(line: str) -> bool:
    """A short line of two or three dash-separated pieces, one of them a byline word
    (متابعات, وكالات, خاص) or an outlet the registry knows: «الرياض – وكالات», «سامي خالد –
    الجزيرة». It signs or places the article; it is not its headline."""
    if len(line) > 80 or not any(c in line for c in "-–—/"):
        return False
    pieces = [p.strip() for p in _PIECES.split(line.strip()) if p.strip()]
    if not 2 <= len(pieces) <= 3 or any(len(p.split()) > 3 for p in pieces):
        return False
    if _SENTENCE_END.search(line):
        return False
    from .registry import registry

    reg = registry()
    for n, piece in enumerate(pieces):
        if _key(piece) in _BYLINE_WORDS:
            return True
        outlet = reg.by_name(piece)
        others = [q for k, q in enumerate(pieces) if k != n]
        # with a longer piece beside the outlet's name it is a masthead and slogan instead
        if outlet is not None and outlet.kind != "aggregator" and all(len(q.split()) <= 2 for q in others):
            return True
    return False


def _is_timestamp(line: str) -> bool:
    if _more_words_than(line, 12):
        return False
    dates = find_dates(line)
    if not dates:
        return False
    rest = line
    for _, (s, e) in reversed(dates):
        rest = rest[:s] + " " + rest[e:]
    return len(_LETTERS.findall(rest)) <= 4


def _merge(marks: list[BoilerplateMark]) -> tuple[BoilerplateMark, ...]:
    out: list[BoilerplateMark] = []
    for m in marks:
        if out and m.span[0] < out[-1].span[1]:
            if m.span[1] > out[-1].span[1]:
                out[-1] = BoilerplateMark((out[-1].span[0], m.span[1]), out[-1].kind)
            continue
        out.append(m)
    return tuple(out)


def mark_outlet_repeats(articles: Sequence[Article]) -> list[Article]:
    """Mark short lines that recur in two or more articles of one outlet (a site's own
    signature, promo or tagline), as kind "outlet_repeat"."""
    by_outlet: dict[str, list[int]] = {}
    for k, art in enumerate(articles):
        by_outlet.setdefault(art.outlet, []).append(k)
    out = list(articles)
    for idxs in by_outlet.values():
        if len(idxs) < 2:
            continue
        counts: dict[str, int] = {}
        per_article = []
        for k in idxs:
            keys = {}
            for s, e, body in _lines(articles[k].text):
                if body.strip() and len(body.split()) <= SHARED_LINE_MAX_WORDS:
                    keys.setdefault(_key(body), []).append((s, e, body))
            per_article.append(keys)
            for key in keys:
                if key:
                    counts[key] = counts.get(key, 0) + 1
        for k, keys in zip(idxs, per_article):
            art = out[k]
            extra = []
            for key, spots in keys.items():
                if counts.get(key, 0) < 2:
                    continue
                for s, e, body in spots:
                    lead = len(body) - len(body.lstrip())
                    s2, e2 = s + lead, s + len(body.rstrip())
                    if not _covered(list(art.boilerplate), s2, e2):
                        extra.append(BoilerplateMark((s2, e2), "outlet_repeat"))
            if extra:
                merged = _merge(sorted(list(art.boilerplate) + extra, key=lambda m: m.span))
                title = art.title
                at = art.text.find(title) if title else -1
                if at >= 0 and _covered(extra, at, at + len(title)):
                    # the "headline" was a line the outlet prints on every page (its slogan)
                    merged, title = find_furniture(art.text, None, tuple(extra))
                out[k] = replace(art, boilerplate=merged, title=title)
    return out
