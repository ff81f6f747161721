"""Rows of the columns view: which passage of each article sits on which row.

Pure code (no Qt). The pivot article sets the order. Each row holds, per column, the spans of
that article shown in the row; an empty tuple is a gap. Passages linked to the pivot sit on the
pivot passage's row; text of another article that matches nothing in the pivot gets a row of
its own right after the row of the passage before it, leaving gaps in the other columns; an
article with no passage linked to the pivot comes last.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from desktop.core.model import Analysis, Link, Span


@dataclass(frozen=True)
class Row:
    cells: tuple[tuple[Span, ...], ...]  # per column: display spans (one per line), maybe empty
    aligned: bool  # True: a pivot passage and what is linked to it; False: unmatched text
    links: tuple[Link, ...] = ()  # the links that put text on this row


def units(text: str, sentences: tuple[Span, ...]) -> list[Span]:
    """Cover the whole text with one unit per sentence (a unit runs to the next sentence)."""
    if not sentences:
        return [(0, len(text))] if text.strip() else []
    starts = [0] + [s for s, _ in sentences[1:]]
    ends = [s for s, _ in sentences[1:]] + [len(text)]
    return list(zip(starts, ends))


def display_spans(text: str, spans: list[Span]) -> tuple[Span, ...]:
    """Merge touching spans, then cut at line breaks and trim: the pieces a cell shows."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    pieces: list[Span] = []
    for s, e in merged:
        pos = s
        while pos < e:
            nl = text.find("\n", pos, e)
            stop = e if nl < 0 else nl
            a, b = pos, stop
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                pieces.append((a, b))
            pos = stop + 1
    return tuple(pieces)


def _overlapping(unit_spans: list[Span], span: Span, starts: list[int] | None = None) -> list[int]:
    """Indexes of the units overlapping ``span``. Units are sorted and do not overlap, so
    with their ``starts`` given this is two binary searches, not a scan of every unit."""
    s, e = span
    if starts is None:
        return [i for i, (us, ue) in enumerate(unit_spans) if us < e and s < ue]
    lo = max(0, bisect_right(starts, s) - 1)
    hi = bisect_left(starts, e)
    return [i for i in range(lo, hi) if unit_spans[i][0] < e and s < unit_spans[i][1]]


def _sides(link: Link, pivot: str, other: str) -> tuple[Span, Span] | None:
    if link.a == pivot and link.b == other:
        return link.a_span, link.b_span
    if link.b == pivot and link.a == other:
        return link.b_span, link.a_span
    return None


def align_rows(analysis: Analysis, columns: list[str], pivot: str | None = None,
               links: list[Link] | None = None) -> list[Row]:
    """Rows for ``columns`` (article ids, display order) aligned on ``pivot`` (default: first).
    ``links``: the analysis links to consider (default: all; the pivot's own are enough)."""
    if not columns:
        return []
    pivot = pivot if pivot in columns else columns[0]
    texts = {aid: analysis.article(aid).text for aid in columns}
    unit_map: dict[str, list[Span]] = {}
    for aid in columns:
        seg = analysis.segmentation.get(aid)
        unit_map[aid] = units(texts[aid], seg.sentences if seg else ())
    p_units = unit_map[pivot]
    if not p_units:
        return []
    starts = {aid: [u[0] for u in spans] for aid, spans in unit_map.items()}
    # joined[k]: pivot unit k shares a row with unit k - 1 (one link covers both)
    joined = [False] * len(p_units)
    assigned: dict[str, dict[int, tuple[int, Link]]] = {}
    for other in columns:
        if other == pivot:
            continue
        best: dict[int, tuple[int, Link]] = {}
        for link in analysis.links if links is None else links:
            sides = _sides(link, pivot, other)
            if not sides:
                continue
            p_idx = _overlapping(p_units, sides[0], starts[pivot])
            x_idx = _overlapping(unit_map[other], sides[1], starts[other])
            if not p_idx or not x_idx:
                continue
            for k in range(p_idx[0] + 1, p_idx[-1] + 1):
                joined[k] = True
            for u in x_idx:
                if u not in best or best[u][1].score < link.score:
                    best[u] = (p_idx[0], link)
        assigned[other] = best
    run_of: list[int] = []
    for k in range(len(p_units)):
        run_of.append(run_of[-1] + (0 if joined[k] else 1) if run_of else 0)
    n_runs = run_of[-1] + 1
    col_index = {aid: i for i, aid in enumerate(columns)}
    cells: list[list[list[Span]]] = [[[] for _ in columns] for _ in range(n_runs)]
    inserted: list[list[list[Span]]] = [[[] for _ in columns] for _ in range(n_runs + 1)]
    row_links: list[list[Link]] = [[] for _ in range(n_runs)]
    for k, unit in enumerate(p_units):
        cells[run_of[k]][col_index[pivot]].append(unit)
    for other, best in assigned.items():
        for u, (p_first, link) in best.items():
            run = run_of[p_first]
            cells[run][col_index[other]].append(unit_map[other][u])
            if link not in row_links[run]:
                row_links[run].append(link)
    # pivot passages nothing is linked to: other articles' unmatched text can sit beside them
    free = [not row_links[run] for run in range(n_runs)]
    for other, best in assigned.items():
        c = col_index[other]
        if not best:  # shares nothing with the pivot: after everything, out of the way
            inserted[n_runs][c].extend(unit_map[other])
            continue
        gap: list[Span] = []
        lo = 0  # the gap runs from pivot run `lo` up to the next linked unit's run
        for u, unit in enumerate(unit_map[other]):
            if u in best:
                run = run_of[best[u][0]]
                _place_gap(gap, lo, run, c, free, cells, inserted)
                gap, lo = [], run + 1
            else:
                gap.append(unit)
        _place_gap(gap, lo, n_runs, c, free, cells, inserted)
    rows: list[Row] = []

    def emit(row_cells: list[list[Span]], aligned: bool, links: list[Link]) -> None:
        shown = tuple(display_spans(texts[aid], row_cells[i]) for i, aid in enumerate(columns))
        if any(shown):
            rows.append(Row(shown, aligned, tuple(links)))

    emit(inserted[0], False, [])
    for run in range(n_runs):
        emit(cells[run], bool(row_links[run]), row_links[run])
        emit(inserted[run + 1], False, [])
    return rows


def _place_gap(gap: list[Span], lo: int, hi: int, c: int, free: list[bool],
               cells: list[list[list[Span]]], inserted: list[list[list[Span]]]) -> None:
    """Place an article's unmatched units that lie between its passages linked to pivot runs
    ``lo - 1`` and ``hi``: beside the pivot's own unmatched passages in that stretch (in
    order; the rest with the last), else on a row of their own after run ``lo - 1``. Text
    before the article's first link never goes above the pivot's first passage: with no
    room for it, it joins the first linked passage's cell."""
    if not gap:
        return
    beside = [run for run in range(lo, hi) if free[run]]
    if beside:
        for i, unit in enumerate(gap):
            cells[beside[min(i, len(beside) - 1)]][c].append(unit)
    elif lo == 0 and hi == 0:
        cells[0][c].extend(gap)
    else:
        inserted[max(lo, 1)][c].extend(gap)
