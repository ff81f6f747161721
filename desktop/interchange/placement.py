"""Where a REFI-QDA ``PlainTextSelection`` lands in an imported source. Pure functions.

Qarin stores a source with LF line ends. A source file with CRLF line ends can carry positions
counted two ways: on the file as stored (the standard: code points of the plain text, CRs
included) or on the text with LF line ends (what a tool that read the file in text mode, or a
converted export, counts). The two differ by one per line end before the position, so taking
the wrong one moves every selection onto other words.

``place`` tries both and checks each against the selection's own quote (its ``name``, which
QualCoder, ATLAS.ti and Qarin fill with the selected text, sometimes cut short or with line
breaks turned into spaces). The first reading whose text agrees wins. When a quote is given and
no reading agrees, or the positions lie outside the text, the selection is not placed: the
caller keeps it as an orphan annotation. Without a quote the positions cannot be checked; the
file's own counting (the standard one) is taken and the caller is told it was not verified.
"""
from __future__ import annotations

from dataclasses import dataclass

ELLIPSES = ("…", "...")


@dataclass(frozen=True)
class Placement:
    start: int | None  # [start, end) in the LF text; None: not placed (an orphan)
    end: int | None
    basis: str  # "file" (positions count CRs), "lf" (positions skip CRs), "" when not placed
    verified: bool  # the quote agreed with the text at the placed span
    problem: str = ""  # why it was not placed, or why the placement is unverified

    @property
    def placed(self) -> bool:
        return self.start is not None


def squash(text: str) -> str:
    """Whitespace runs as one space, ends trimmed (XML attributes lose line breaks)."""
    return " ".join(text.split())


def _short(text: str, limit: int = 40) -> str:
    text = squash(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def readings(raw: str, text: str, mapping: list[int], start: int, end: int) -> list[tuple[str, int, int]]:
    """(basis, start, end) in the LF text for each way of counting that fits in the text;
    the same span is listed once (under "file", the standard counting)."""
    out: list[tuple[str, int, int]] = []
    if 0 <= start < end <= len(raw):
        s, e = mapping[start], mapping[end]
        if s < e:
            out.append(("file", s, e))
    if raw != text and 0 <= start < end <= len(text):
        if all((s, e) != (start, end) for _, s, e in out):
            out.append(("lf", start, end))
    return out


def quote_agrees(quote: str, found: str) -> bool:
    """The selection's quote is the found text, or its beginning when the quote was cut short;
    whitespace differences do not count."""
    q, f = squash(quote), squash(found)
    if not q:
        return False
    if q == f:
        return True
    for mark in ELLIPSES:
        if q.endswith(mark):
            q = q[: -len(mark)].rstrip()
            break
    return bool(q) and len(q) < len(f) and f.startswith(q)


def place(raw: str, text: str, mapping: list[int], start: int, end: int, quote: str = "") -> Placement:
    """Place the selection [start, end) of the source file ``raw`` (``text``/``mapping`` from
    ``qde.crlf_map(raw)``), checked against ``quote`` when there is one."""
    options = readings(raw, text, mapping, start, end)
    if not options:
        if start >= end:
            why = f"[{start}, {end}) is empty or reversed"
        elif start < 0 or end > len(raw):
            why = f"[{start}, {end}) is outside the text ({len(raw)} characters)"
        else:
            why = f"[{start}, {end}) covers only a line end"
        return Placement(None, None, "", False, why)
    if squash(quote):
        exact = [o for o in options if squash(text[o[1]:o[2]]) == squash(quote)]
        agreeing = exact or [o for o in options if quote_agrees(quote, text[o[1]:o[2]])]
        if agreeing:
            basis, s, e = agreeing[0]
            return Placement(s, e, basis, True)
        seen = " / ".join(f"«{_short(text[s:e])}»" for _, s, e in options)
        return Placement(None, None, "", False,
                         f"its quote «{_short(quote)}» is not the text at [{start}, {end}) "
                         f"(found {seen})")
    basis, s, e = options[0]
    problem = ""
    if len(options) > 1:
        problem = (f"[{start}, {end}) has no quote to check it against; counted on the file as "
                   "stored (line ends as CR LF)")
    return Placement(s, e, basis, False, problem)
