"""What the highlight layers mark in one article, and what hovering a position tells.

Pure code (no Qt): turns an Analysis (plus annotations) into per-article lists of marks with
their tooltip text, so views only have to paint them.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.core.model import Analysis, Article, Span
from desktop.core.quotes import find_quotes
from desktop.i18n.names import frame_name, stance_name

from desktop.ui.language import current_language, tr

SNIPPET = 140
TIP_PARTS = 6  # at most this many entries in one tooltip
LINK_KINDS = {"copy": QT_TRANSLATE_NOOP("", "copy"), "edited": QT_TRANSLATE_NOOP("", "edited"),
              "shared": QT_TRANSLATE_NOOP("", "shared")}
BUCKET = 1024  # characters per bucket of the mark index


@dataclass
class ArticleIndex:
    """The parts of an analysis that concern one article (built once, off the UI thread)."""

    shared: list = field(default_factory=list)
    links: list = field(default_factory=list)
    changes: list = field(default_factory=list)
    framing: list = field(default_factory=list)
    sources: dict = field(default_factory=dict)  # other article id -> id of the likely source
    quotes: list | None = None  # quotes.Quote list, found off the UI thread (None: not yet)


def index_analysis(analysis: Analysis) -> dict[str, ArticleIndex]:
    index = {a.id: ArticleIndex() for a in analysis.articles}
    for sp in analysis.shared_spans:
        for aid in (sp.a, sp.b):
            if aid in index:
                index[aid].shared.append(sp)
    for link in analysis.links:
        for aid in (link.a, link.b):
            if aid in index:
                index[aid].links.append(link)
    for ch in analysis.changes:
        for aid in (ch.a, ch.b):
            if aid in index:
                index[aid].changes.append(ch)
    for hit in analysis.framing:
        if hit.article in index:
            index[hit.article].framing.append(hit)
    for p in analysis.pairs:
        if p.direction != "unknown" and p.a in index and p.b in index:
            src = p.a if p.direction == "a->b" else p.b
            index[p.a].sources[p.b] = src
            index[p.b].sources[p.a] = src
    return index


def find_article_quotes(analysis: Analysis, index: dict[str, ArticleIndex],
                        min_chars: int = 0) -> None:
    """Fill the quotes of each article of at least ``min_chars`` characters into ``index``
    (a scan of each text: run it off the UI thread). Shorter ones are scanned when their
    marks are built, which for one short article is quick."""
    for art in analysis.articles:
        if art.id in index and len(art.text) >= min_chars:
            seg = analysis.segmentation.get(art.id)
            index[art.id].quotes = find_quotes(art.text,
                                               seg.paragraphs if seg else ((0, len(art.text)),))


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    layer: str  # a key of style.LAYERS
    color: str  # "#rrggbb": source outlet, category or code colour
    tip: object  # HTML shown on hover, or a callable making it (built only when hovered)

    def tip_text(self) -> str:
        return self.tip() if callable(self.tip) else self.tip


@dataclass
class ArticleMarks:
    article: Article
    marks: list[Mark] = field(default_factory=list)
    links: list[tuple[Span, object]] = field(default_factory=list)  # (span, tooltip or maker)
    _buckets: tuple | None = field(default=None, repr=False, compare=False)

    def _index(self) -> dict[int, list[tuple[int, Mark]]]:
        """(position in ``marks``, mark) by BUCKET-sized stretch of text; rebuilt when marks
        were added."""
        if self._buckets is None or self._buckets[0] != len(self.marks):
            buckets: dict[int, list[tuple[int, Mark]]] = {}
            for i, m in enumerate(self.marks):
                for b in range(m.start // BUCKET, max(m.start, m.end - 1) // BUCKET + 1):
                    buckets.setdefault(b, []).append((i, m))
            self._buckets = (len(self.marks), buckets)
        return self._buckets[1]

    def overlapping(self, start: int, end: int) -> list[Mark]:
        """Marks overlapping ``[start, end)`` in the order of ``marks``; the cost depends on
        the marks near the span, not on all of the article's marks."""
        if end <= start:
            return []
        buckets = self._index()
        found: dict[int, Mark] = {}
        for b in range(start // BUCKET, (end - 1) // BUCKET + 1):
            for i, m in buckets.get(b, ()):
                if m.start < end and start < m.end:
                    found[i] = m
        return [found[i] for i in sorted(found)]

    def at(self, offset: int, layers: set[str] | None = None) -> list[Mark]:
        return [m for m in self.overlapping(offset, offset + 1)
                if layers is None or m.layer in layers]

    def tooltip(self, offset: int, layers: set[str] | None = None) -> str:
        parts = [m.tip_text() for m in self.at(offset, layers)]
        parts += [tip() if callable(tip) else tip
                  for (s, e), tip in self.links if s <= offset < e]
        seen: list[str] = []
        for p in parts:
            if p not in seen:
                seen.append(p)
        if len(seen) > TIP_PARTS:
            seen = seen[:TIP_PARTS] + [tr("… and %n more", "", len(seen) - TIP_PARTS)]
        return "<hr>".join(seen)


def snippet(text: str, span: Span) -> str:
    s, e = span
    piece = " ".join(text[s:e].split())
    if len(piece) > SNIPPET:
        piece = piece[:SNIPPET] + "…"
    return piece


def _rtl(text: str) -> str:
    return f'<div dir="rtl">{html.escape(text)}</div>'


def build_marks(
    analysis: Analysis,
    outlet_colors: dict[str, str],
    category_info: dict[str, tuple[str, str]],  # category id -> (label, colour)
    only: set[str] | None = None,  # article ids to build marks for (default: all)
    index: dict[str, ArticleIndex] | None = None,
) -> dict[str, ArticleMarks]:
    index = index if index is not None else index_analysis(analysis)
    texts = {a.id: a.text for a in analysis.articles}
    outlet_of = {a.id: a.outlet for a in analysis.articles}

    def color_of(aid: str) -> str:
        return outlet_colors.get(outlet_of.get(aid, ""), "#888888")

    out: dict[str, ArticleMarks] = {}
    for art in analysis.articles:
        if only is not None and art.id not in only:
            continue
        me = art.id
        am = out[me] = ArticleMarks(art)
        idx = index.get(me, ArticleIndex())
        for sp in idx.shared:
            my_span, other, other_span = ((sp.a_span, sp.b, sp.b_span) if sp.a == me
                                          else (sp.b_span, sp.a, sp.a_span))
            if other not in texts:
                continue
            src = idx.sources.get(other, other)
            came = src == other

            def tip(came=came, other=other, other_span=other_span) -> str:
                outlet = f"<b>{html.escape(outlet_of[other])}</b>"
                text = (tr("<b>Shared text</b> — comes from {outlet}:") if came
                        else tr("<b>Shared text</b> — was taken by {outlet}:"))
                return text.format(outlet=outlet) + _rtl(snippet(texts[other], other_span))
            am.marks.append(Mark(my_span[0], my_span[1], "shared", color_of(src), tip))
        for hit in idx.framing:
            label, color = category_info.get(hit.category, (hit.category, "#6a1b9a"))

            def tip(hit=hit, label=label) -> str:
                lang = current_language()
                voice = tr("quoted speech") if hit.in_quote else tr("outlet's own voice")
                voice += f" ({html.escape(hit.speaker)})" if hit.speaker else ""
                extra = " · " + tr("in scare quotes") if hit.scare_quoted else ""
                extra += " · " + tr("distanced (not endorsed)") if hit.distanced else ""
                frame = (" · " + tr("frame: {frame}").format(
                    frame=html.escape(frame_name(hit.frame, lang))) if hit.frame else "")
                return (tr("<b>Framing term</b>: {term} → {category}").format(
                            term=html.escape(hit.term or hit.text), category=html.escape(label))
                        + "<br>" + tr("stance: {stance}").format(
                            stance=html.escape(stance_name(hit.stance, lang)))
                        + frame + f"<br>{voice}{extra}")
            am.marks.append(Mark(hit.span[0], hit.span[1], "framing", color, tip))
        for ch in idx.changes:
            if not ch.attribution or ch.a != me or ch.b not in texts:
                continue
            tip = (tr("<b>Attribution dropped</b> by {outlet} when it copied this passage:")
                   .format(outlet=f"<b>{html.escape(outlet_of[ch.b])}</b>")
                   + _rtl(ch.a_text.strip()))
            if ch.a_span[0] < ch.a_span[1]:
                am.marks.append(Mark(ch.a_span[0], ch.a_span[1], "attribution", "#c62828", tip))
        for bp in art.boilerplate:
            am.marks.append(Mark(bp.span[0], bp.span[1], "boilerplate", "#9e9e9e",
                                 tr("<b>Boilerplate</b>: {kind}").format(
                                     kind=html.escape(bp.kind))))
        seg = analysis.segmentation.get(me)
        quotes = idx.quotes if idx.quotes is not None else \
            find_quotes(art.text, seg.paragraphs if seg else ((0, len(art.text)),))
        for q in quotes:
            kind = tr("Scare quotes") if q.scare else tr("Quoted speech")
            am.marks.append(Mark(q.span[0], q.span[1], "quotes", "#0b5d1e", f"<b>{kind}</b>"))
        for link in idx.links:
            my_span, other, other_span = ((link.a_span, link.b, link.b_span) if link.a == me
                                          else (link.b_span, link.a, link.a_span))
            if other not in texts:
                continue

            def tip(link=link, other=other, other_span=other_span) -> str:
                return (tr("<b>Aligned</b> with {outlet} ({kind}, score {score}):").format(
                            outlet=f"<b>{html.escape(outlet_of[other])}</b>",
                            kind=html.escape(tr(LINK_KINDS.get(link.kind, link.kind))),
                            score=f"{link.score:.2f}")
                        + _rtl(snippet(texts[other], other_span)))
            am.links.append((my_span, tip))
    return out

PAIR_LAYERS = ("p_shared", "p_changed", "p_dropped", "p_added", "p_moved")
MOVED_COLOR = "#6a1b9a"


def pair_marks(analysis: Analysis, left: str, right: str,
               index: dict[str, ArticleIndex] | None = None) -> dict[str, list[Mark]]:
    """Word-level marks for the pair view: shared, changed, dropped and added runs."""
    out: dict[str, list[Mark]] = {left: [], right: []}
    outlet_of = {a.id: a.outlet for a in analysis.articles}
    mine = index.get(left) if index else None
    shared = mine.shared if mine else analysis.shared_spans
    changes = mine.changes if mine else analysis.changes
    for sp in shared:
        if {sp.a, sp.b} != {left, right}:
            continue
        for me, span in ((sp.a, sp.a_span), (sp.b, sp.b_span)):
            out[me].append(Mark(span[0], span[1], "p_shared", "#9ec5e8",
                                tr("<b>Same wording</b> in both articles")))
    for ch in changes:
        if {ch.a, ch.b} != {left, right}:
            continue
        by = html.escape(outlet_of.get(ch.b, ch.b))
        cat = ("<br>" + tr("category: {category}").format(category=html.escape(ch.category))
               if ch.category else "")
        if ch.type == "substitution":
            tip = (tr("<b>Changed</b> by {outlet}:").format(outlet=by)
                   + _rtl(ch.a_text) + "→" + _rtl(ch.b_text) + cat)
            out[ch.a].append(Mark(ch.a_span[0], ch.a_span[1], "p_changed", "#f9a825", tip))
            out[ch.b].append(Mark(ch.b_span[0], ch.b_span[1], "p_changed", "#f9a825", tip))
        elif ch.type == "dropped":
            what = (tr("<b>Attribution dropped</b> by {outlet}:") if ch.attribution
                    else tr("<b>Dropped</b> by {outlet}:"))
            tip = what.format(outlet=by) + _rtl(ch.a_text) + cat
            out[ch.a].append(Mark(ch.a_span[0], ch.a_span[1], "p_dropped", "#c62828", tip))
        elif ch.type == "added":
            tip = tr("<b>Added</b> by {outlet}:").format(outlet=by) + _rtl(ch.b_text) + cat
            out[ch.b].append(Mark(ch.b_span[0], ch.b_span[1], "p_added", "#2e7d32", tip))
        elif ch.type == "moved":
            tip = tr("<b>Moved</b> by {outlet} to another place in its text:").format(outlet=by) + _rtl(ch.b_text)
            out[ch.a].append(Mark(ch.a_span[0], ch.a_span[1], "p_moved", MOVED_COLOR, tip))
            out[ch.b].append(Mark(ch.b_span[0], ch.b_span[1], "p_moved", MOVED_COLOR, tip))
    return out
