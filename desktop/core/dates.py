"""Publication dates read from an article's text, URL or page metadata, with where and how.

Text dates: a day, a Gregorian month name from either Arabic series (يناير … / كانون الثاني …,
also "يناير/ كانون الثاني") or a number, and a year; Arabic-Indic and Persian digits; ISO
(2024-02-29) and day/month/year forms. Only dates in a dateline or timestamp position count as
the publication date: a short line of its own, or the head of a paragraph before a dash
(الفاشر – 19 سبتمبر 2025 – ...). Dates inside marked furniture other than timestamps (tweet
embeds, "last updated" headers, tickers) are skipped, as are dates in running text (event
dates). A weekday name with a relative cue (اليوم الجمعة, أمس الثلاثاء) is checked against the
chosen date, when there is one.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass

from . import rx
from .model import BoilerplateMark, Span
from .normalize import fold, normalize

MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "يونيه": 6, "يوليه": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12, "ماي": 5,
    "يوليوز": 7, "جانفي": 1, "فيفري": 2, "افريل": 4, "جوان": 6, "جويليه": 7, "اوت": 8,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
}
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4,
            "السبت": 5, "الاحد": 6}
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_M = rf"(?:{_MONTH_ALT})"
_DAY = r"(?P<d>[0-3]?\d)"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_SEP = r"\s*(?:/|-|–|\()?\s*"
PATTERNS = (
    # 19 سبتمبر 2025 · 12 يناير/ كانون الثاني 2024 · 7 مايو ( أيار) 2023
    rx.compile(rf"{_DAY}\s*(?P<m>{_M})(?:{_SEP}{_M}\)?)?\s*[,،]?\s*{_YEAR}"),
    # يناير 28, 2025
    rx.compile(rf"(?P<m>{_M})\s+{_DAY}\s*[,،]\s*{_YEAR}"),
    # 2024-02-29, 2024/02/29
    rx.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<mo>[01]?\d)[-/.](?P<d>[0-3]?\d)(?!\d)"),
    # 29/02/2024, 29-2-2024
    rx.compile(r"(?<!\d)(?P<d>[0-3]?\d)[-/.](?P<mo>[01]?\d)[-/.](?P<y>(?:19|20)\d\d)(?!\d)"),
)
_DASH_AFTER = rx.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]")  # a dash, maybe after (وكالة)
_HEAD_OF_DATELINE = rx.compile(r"[-–—]\s*$|^\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[،,]\s*$")
_DASH_AT_END = rx.compile(r"[-–—]\s*$")
_WEEKDAY_CUE = rx.compile(r"(اليوم|امس|فجر اليوم|صباح اليوم|مساء اليوم)\s+(ال\w+)")
_SKIP_KINDS = {"tweet", "updated", "ticker", "most_read", "related", "read_also", "recommended"}
_URL_DATE = rx.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<mo>[01]?\d)[/-](?P<d>[0-3]?\d)(?:/|$|-)")


@dataclass(frozen=True)
class FoundDate:
    iso: str
    span: Span
    how: str  # "text:dateline" | "text:timestamp" | "url" | "html" | "metadata"
    note: str = ""


_DIGIT = rx.compile(r"\d")  # every pattern needs one; folding neither makes nor removes digits
_A_YEAR = rx.compile(r"(?:19|20)\d\d")  # every pattern needs one (on the folded text)
# for each of PATTERNS, a pattern every match of it holds a match of (a digit, then the month,
# or the comma and year, or the year and its separator): a quick no before the whole search
_NEEDS = (
    rx.compile(rf"\d\s*{_M}"),
    rx.compile(r"\d\s*[,،]\s*(?:19|20)\d\d"),
    rx.compile(r"(?:19|20)\d\d[-/.]"),
    rx.compile(r"[-/.](?:19|20)\d\d"),
)


def find_dates(text: str) -> list[tuple[str, Span]]:
    """Every full date written in the text: (ISO date, span).

    The dates are kept on the text's shared normalization (normalize() hands the same one
    back for the same string while it is kept, as word_spans keeps the words): reading an
    article looks for its dates, and its JSON lists them again without a second scan."""
    if not _DIGIT.search(text):
        return []
    folded = normalize(text)
    kept = folded.__dict__.get("_dates")
    if kept is None:
        kept = folded.__dict__["_dates"] = _find_dates(folded)  # beside the fields, as _words
    return list(kept)


def _find_dates(folded) -> list[tuple[str, Span]]:
    text = folded.text
    if not _A_YEAR.search(text):
        return []
    out = []
    runs = [m.span() for m in _DIGIT_RUN.finditer(text)]  # one scan, for the needs and starts
    for k, pat in enumerate(PATTERNS):
        if not _needs_met(k, text, runs):
            continue
        if k == 1:
            found = pat.finditer(text)
        else:
            found = rx.matches_at(pat, text, _starts(k, runs))
        for m in found:
            iso = _iso(m)
            if iso:
                out.append((iso, folded.to_original(m.start(), m.end())))
    out.sort(key=lambda x: x[1])
    kept: list[tuple[str, Span]] = []
    for iso, span in out:
        if kept and span[0] < kept[-1][1][1]:
            continue
        kept.append((iso, span))
    return kept


# \d+ written \d\d*: a pattern opening with a class (not a repeat) lets re skip to the next
# digit in C before trying a match, about twice as fast over a whole text
_DIGIT_RUN = rx.compile(r"\d\d*")


def _needs_met(k: int, text: str, runs: list[tuple[int, int]]) -> bool:
    """_NEEDS[k].search(text), tried only where a match can start, given the text's runs of
    digits (no month name opens with a digit): a digit then the month, or then the comma (0,
    1), at a run's last digit; a year and its separator (2) at a run's last four digits; a
    separator and a year (3) just before a run of four digits or more."""
    need = _NEEDS[k]
    if k <= 1:
        return any(need.match(text, b - 1) for _, b in runs)
    if k == 2:
        return any(need.match(text, b - 4) for a, b in runs if b - a >= 4)
    return any(need.match(text, a - 1) for a, b in runs if b - a >= 4 and a)


def _starts(k: int, runs: list[tuple[int, int]]) -> list[int]:
    """Where a match of PATTERNS[k] (not 1) can start, given the text's runs of digits: the
    day before a month name (0) is the last one or two digits of a run; a year or day after
    (?<!\\d) (2, 3) is a run's first digit. In order."""
    if k == 0:
        out = []
        for a, b in runs:
            if b - a >= 2:
                out.append(b - 2)
            out.append(b - 1)
        return out
    return [a for a, _ in runs]


def _iso(m: re.Match) -> str | None:
    g = m.groupdict()
    month = MONTHS.get(" ".join(g["m"].split())) if g.get("m") else int(g["mo"])
    try:
        return dt.date(int(g["y"]), int(month), int(g["d"])).isoformat()
    except (TypeError, ValueError):
        return None


def publication_date(text: str, marks: tuple[BoilerplateMark, ...] = ()) -> FoundDate | None:
    """The date a dateline or timestamp line gives, if any (see the module notes)."""
    for iso, (s, e) in find_dates(text):
        kind = _mark_kind(marks, s, e)
        if kind in _SKIP_KINDS:
            continue
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        head = text[line_start:s]
        if len(line.split(None, 12)) <= 12:  # len(line.split()) <= 12, without splitting it all
            return FoundDate(iso, (s, e), "text:timestamp")
        # «الفاشر – 19 سبتمبر 2025 – ...», «بيروت، 17 أيلول 2024 (رويترز) - ...»
        if len(head.split()) <= 4 and _HEAD_OF_DATELINE.search(head) \
                and (_DASH_AT_END.search(head) or _DASH_AFTER.match(text, e)) or (
                len(head.split()) <= 3 and _DASH_AFTER.match(text, e)):
            return FoundDate(iso, (s, e), "text:dateline")
    return None


def date_from_url(url: str | None) -> FoundDate | None:
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    try:
        iso = dt.date(int(m["y"]), int(m["mo"]), int(m["d"])).isoformat()
    except ValueError:
        return None
    return FoundDate(iso, (0, 0), "url")


def weekday_note(text: str, iso: str) -> str:
    """Does a relative cue in the text (اليوم الجمعة, أمس الثلاثاء) agree with the date?"""
    day = dt.date.fromisoformat(iso)
    folded = _folded_lead(text, 3000)  # the lead is where such a cue dates the report
    for m in _weekday_cues(folded):
        wd = WEEKDAYS.get(m.group(2))
        if wd is None:
            continue
        offset = 0 if m.group(1) != "امس" else 1
        expected = (day - dt.timedelta(days=offset)).weekday()
        verdict = "agrees" if expected == wd else "disagrees"
        return f"«{m.group(0)}» {verdict} with {iso}"
    return ""


def _weekday_cues(folded: str):
    """_WEEKDAY_CUE.finditer(folded), tried only where one of its cue words begins (found
    with str.find: the pattern's own scan would try its words at every alef)."""
    from .openings import _string_starts

    finder = _CUE_STARTS.get("finder", False)
    if finder is False:
        finder = _CUE_STARTS["finder"] = _string_starts(_WEEKDAY_CUE)
    if finder is None:
        return _WEEKDAY_CUE.finditer(folded)
    return rx.matches_at(_WEEKDAY_CUE, folded, finder(folded))


_CUE_STARTS: dict = {}


def _folded_lead(text: str, n: int) -> str:
    """fold(text[:n]), cut from the text's shared normalization when the text is long enough
    to have one kept (folding maps each character to zero or one, so the fold of a prefix is
    the prefix of the fold holding the characters kept from it)."""
    if len(text) < 256:  # (normalize() keeps no shorter text: folding the prefix is as quick)
        return fold(text[:n])
    norm = normalize(text)
    origin = norm.origin
    if isinstance(origin, range):  # nothing dropped
        return norm.text[:n]
    return norm.text[:bisect_left(origin, n, 0, len(norm.text))]


_RELATIVE = rx.compile(
    r"(?:(?P<cue>اليوم|امس|اول امس|فجر اليوم|صباح اليوم|ظهر اليوم|مساء اليوم|ليل|ليله|فجر|صباح|"
    r"مساء|ظهر|يوم)\s+)?(?P<day>الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)"
    r"(?:\s+(?P<rel>الماضي|المقبل|القادم|الفايت|الفاءت))?")


def mentions(text: str, base: str | None = None) -> list[FoundDate]:
    """Every date the text gives: full dates ("text"), and, when a base date is known (the
    publication date), weekday names with a relative cue resolved against it
    ("text:relative": اليوم الخميس, أمس الأربعاء, الأحد الماضي, السبت المقبل)."""
    out = [FoundDate(iso, span, "text") for iso, span in find_dates(text)]
    if base:
        try:
            day0 = dt.date.fromisoformat(str(base)[:10])
        except ValueError:
            day0 = None
        if day0 is not None:
            folded = normalize(text)
            taken = [f.span for f in out]
            for m in relative_matches(folded.text):
                if not (m.group("cue") or m.group("rel")):
                    continue
                span = folded.to_original(m.start(), m.end())
                if any(s <= span[0] < e for s, e in taken):
                    continue
                when = _resolve_weekday(day0, WEEKDAYS[m.group("day")], m.group("cue") or "",
                                        m.group("rel") or "")
                out.append(FoundDate(when.isoformat(), span, "text:relative",
                                     f"{m.group(0)} from {day0.isoformat()}"))
    out.sort(key=lambda f: f.span)
    return out


_CUES = ("اليوم", "امس", "اول امس", "فجر اليوم", "صباح اليوم", "ظهر اليوم", "مساء اليوم", "ليل",
         "ليله", "فجر", "صباح", "مساء", "ظهر", "يوم")  # _RELATIVE's cues
# no day name holds another's start (each opens with «ال», none holds it again), so a plain
# scan finds them all; a lookahead scan would be four times slower
_DAY_AT = rx.compile(r"الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد")


def relative_matches(text: str):
    """_RELATIVE.finditer(text), trying only where a match can start: every match holds a
    weekday name, and starts either at it or at a cue that ends where the blanks before the
    name begin. Each such start is tried in order, skipping those inside the last match."""
    starts = set()
    for d in _DAY_AT.finditer(text):
        at = d.start()
        starts.add(at)
        w = at
        while w and text[w - 1].isspace():  # str.isspace is re's \s
            w -= 1
        if w == at:
            continue
        for cue in _CUES:
            if text.endswith(cue, 0, w):
                starts.add(w - len(cue))
    return rx.matches_at(_RELATIVE, text, sorted(starts))


def relative_matches_plain(text: str):
    """_RELATIVE.finditer(text): the reference relative_matches is tested against."""
    return _RELATIVE.finditer(text)


def _resolve_weekday(base: dt.date, weekday: int, cue: str, rel: str) -> dt.date:
    if rel in ("المقبل", "القادم"):
        ahead = (weekday - base.weekday()) % 7 or 7
        return base + dt.timedelta(days=ahead)
    start = base
    if cue in ("امس",):
        start = base - dt.timedelta(days=1)
    elif cue == "اول امس":
        start = base - dt.timedelta(days=2)
    back = (start.weekday() - weekday) % 7
    if rel in ("الماضي", "الفايت", "الفاءت") and back == 0:
        back = 7
    return start - dt.timedelta(days=back)


def _mark_kind(marks, s: int, e: int) -> str | None:
    for m in marks:
        if m.span[0] <= s and e <= m.span[1]:
            return m.kind
    return None
