"""Everything a report shows, computed once from an Analysis and the analyst's coding.

Plain data only: the browser HTML, the Qt rich text for the PDF and the summary in words all
read a ReportContent, so the three never disagree. Qt-free, SQL-free.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence

from desktop.core.model import Analysis, Article, Change, FramingHit, Link, PairStats
from desktop.core.titles import display_title

from .highlight import Mark
from .labels import ROW_KINDS, outlet_display, t
from .summary import summarize


@dataclass(frozen=True)
class ReportCode:
    guid: str
    name: str
    color: str = "#888888"
    parent: str | None = None  # guid of the parent code
    memo: str = ""


@dataclass(frozen=True)
class ReportAnnotation:
    guid: str
    article_id: str
    start: int
    end: int
    exact: str
    codes: tuple[str, ...] = ()  # code guids
    memo: str = ""
    author: str = ""
    created: str = ""
    modified: str = ""
    orphan: bool = False


@dataclass(frozen=True)
class ArticleRow:
    id: str
    label: str  # unique short label used in tables and the heat map
    outlet: str
    title: str
    date: str
    source: str  # URL if known, else the file path
    words: int
    relay_of: str


@dataclass(frozen=True)
class FramingCell:
    own: int  # in the outlet's own voice, not held at a distance
    quoted: int
    terms: tuple[tuple[str, int], ...]  # most frequent matched texts in the outlet's own voice
    distanced: int = 0  # own voice, held at a distance (ما يسمى, scare quotes): not endorsed

    def term_list(self, lang: str, escape) -> str:
        """The terms as "term ×n" joined by the language's comma, each passed through escape."""
        return ("، " if lang == "ar" else ", ").join(f"{escape(w)} ×{n}" for w, n in self.terms)


@dataclass(frozen=True)
class Substitution:
    source: str  # outlet label of the likely source side
    copy: str
    source_text: str
    copy_text: str
    category: str
    count: int


@dataclass(frozen=True)
class AlignedRow:
    src_span: tuple[int, int] | None
    copy_span: tuple[int, int] | None
    kind: str  # link kind, or "unaligned"
    score: float
    moved: bool = False  # the copy put this passage elsewhere in its order (core/moves.py)


@dataclass(frozen=True)
class AlignedPair:
    source: str  # article id shown on the first (right-hand) side
    copy: str
    direction_known: bool
    stats: PairStats | None
    rows: tuple[AlignedRow, ...]
    marks: dict[str, tuple[Mark, ...]]  # article id -> highlight marks
    inserts: dict[str, tuple[tuple[int, str], ...]]  # article id -> (position, dropped text)

    @property
    def copied_share(self) -> float | None:
        """Share of the copy's words found in the source."""
        if self.stats is None:
            return None
        return self.stats.b_in_a if self.stats.a == self.source else self.stats.a_in_b


@dataclass(frozen=True)
class CodeGroup:
    code: ReportCode
    path: str  # "parent › child"
    depth: int
    annotations: tuple[ReportAnnotation, ...]
    names: tuple[str, ...] = ()  # the code names along the path, top first


@dataclass
class ReportContent:
    lang: str
    articles: list[ArticleRow]
    texts: dict[str, str]
    outlets: list[str]
    categories: list[tuple[str, str, str]]  # (id, label, colour)
    framing: dict[tuple[str, str], FramingCell]  # (outlet, category) -> cell
    substitutions: list[Substitution]
    matrix: list[list[float | None]]  # [row][col]: share of row article's words found in col
    directions: list[tuple[int, int]]  # (source index, copy index)
    pairs: list[PairStats]
    aligned: list[AlignedPair]
    code_groups: list[CodeGroup]
    uncoded: list[ReportAnnotation]
    attribution_drops: dict[tuple[str, str], list[Change]]  # (source id, copy id) -> changes
    framing_hits: list[FramingHit]
    aligned_omitted: int = 0  # linked pairs left out of the aligned texts (see max_pairs)
    engine_version: str = ""
    lexicon_version: str = ""
    summary: list[str] = field(default_factory=list)
    category_names: dict[str, str] = field(default_factory=dict)  # every known id -> label

    def category_label(self, category: str) -> str:
        return self.category_names.get(category, category)

    def row_kind(self, row: AlignedRow) -> str:
        """The row's link kind in the report's language, "moved" added when it was."""
        words = [t(self.lang, "kind_" + row.kind) if row.kind in ROW_KINDS else row.kind]
        if row.moved:
            words.append(t(self.lang, "kind_moved"))
        return " · ".join(words)

    def label(self, article_id: str) -> str:
        for row in self.articles:
            if row.id == article_id:
                return row.label
        return article_id


def filter_outlets(analysis: Analysis, outlets: Sequence[str] | None) -> Analysis:
    if not outlets:
        return analysis
    wanted = {o.strip().casefold() for o in outlets if o.strip()}
    keep = tuple(a for a in analysis.articles if a.outlet.casefold() in wanted
                 or outlet_display(a.outlet, "ar").casefold() in wanted)
    if not keep:
        known = ", ".join(sorted({a.outlet for a in analysis.articles}))
        raise ValueError(f"no article from the outlets {', '.join(outlets)} (known: {known})")
    ids = {a.id for a in keep}
    both = lambda x: x.a in ids and x.b in ids  # noqa: E731
    return replace(
        analysis, articles=keep,
        segmentation={k: v for k, v in analysis.segmentation.items() if k in ids},
        links=tuple(filter(both, analysis.links)),
        shared_spans=tuple(filter(both, analysis.shared_spans)),
        changes=tuple(filter(both, analysis.changes)),
        framing=tuple(h for h in analysis.framing if h.article in ids),
        pairs=tuple(filter(both, analysis.pairs)),
    )


def _labels(articles: Iterable[Article], lang: str) -> dict[str, str]:
    arts = list(articles)
    per_outlet = Counter(a.outlet for a in arts)
    seen: Counter = Counter()
    labels = {}
    for a in arts:
        name = outlet_display(a.outlet, lang)
        if per_outlet[a.outlet] > 1:
            seen[a.outlet] += 1
            name = f"{name} {seen[a.outlet]}"
        labels[a.id] = name
    return labels


def _oriented(pair: PairStats) -> tuple[str, str, bool]:
    """(source id, copy id, direction known)."""
    if pair.direction == "b->a":
        return pair.b, pair.a, True
    return pair.a, pair.b, pair.direction == "a->b"


@dataclass
class _Index:
    """The analysis grouped by pair and by article, so each aligned pair costs only its own data."""

    texts: dict[str, str]
    shared: dict[frozenset, list]
    changes: dict[frozenset, list[Change]]
    framing: dict[str, list[FramingHit]]

    @classmethod
    def of(cls, analysis: Analysis) -> "_Index":
        shared, changes, framing = defaultdict(list), defaultdict(list), defaultdict(list)
        for sh in analysis.shared_spans:
            shared[frozenset((sh.a, sh.b))].append(sh)
        for ch in analysis.changes:
            changes[frozenset((ch.a, ch.b))].append(ch)
        for hit in analysis.framing:
            framing[hit.article].append(hit)
        return cls({a.id: a.text for a in analysis.articles}, shared, changes, framing)


def _aligned_pair(idx: _Index, pair: PairStats, links: list[Link],
                  category_names: dict[str, str] | None = None) -> AlignedPair:
    src, cpy, known = _oriented(pair)
    rows: list[AlignedRow] = []
    oriented = []
    for ln in links:
        if ln.a == src:
            oriented.append((ln.a_span, ln.b_span, ln.kind, ln.score))
        else:
            oriented.append((ln.b_span, ln.a_span, ln.kind, ln.score))
    oriented.sort(key=lambda r: (r[1][0], r[0][0]))
    copy_text = idx.texts[cpy]
    key = frozenset((src, cpy))
    moved = {ch.b_span if ch.b == cpy else ch.a_span
             for ch in idx.changes.get(key, ()) if ch.type == "moved"}
    pos = 0
    for s_span, c_span, kind, score in oriented:
        if c_span[0] > pos and copy_text[pos:c_span[0]].strip():
            rows.append(AlignedRow(None, _trim(copy_text, pos, c_span[0]), "unaligned", 0.0))
        rows.append(AlignedRow(s_span, c_span, kind, score, c_span in moved))
        pos = max(pos, c_span[1])
    if copy_text[pos:].strip():
        rows.append(AlignedRow(None, _trim(copy_text, pos, len(copy_text)), "unaligned", 0.0))
    marks: dict[str, list[Mark]] = {src: [], cpy: []}
    inserts: dict[str, list[tuple[int, str]]] = {src: [], cpy: []}
    for sh in idx.shared.get(key, ()):
        marks[sh.a].append(Mark(*sh.a_span, "shared"))
        marks[sh.b].append(Mark(*sh.b_span, "shared"))
    for ch in idx.changes.get(key, ()):
        _change_marks(ch, marks, inserts)
    for hit in [*idx.framing.get(src, ()), *idx.framing.get(cpy, ())]:
        name = (category_names or {}).get(hit.category, hit.category)
        title = f"{name}: {hit.term or hit.text}" + (" (quoted)" if hit.in_quote else "") \
            + (" (distanced)" if hit.distanced else "")
        marks[hit.article].append(Mark(*hit.span, "frameq" if hit.in_quote else "frame", title))
    return AlignedPair(
        src, cpy, known, pair, tuple(rows),
        {k: tuple(v) for k, v in marks.items()},
        {k: tuple(sorted(v)) for k, v in inserts.items()},
    )


def _change_marks(ch: Change, marks: dict, inserts: dict) -> None:
    if ch.type == "substitution":
        title = f"{ch.a_text} → {ch.b_text}"
        marks[ch.a].append(Mark(*ch.a_span, "sub", title))
        marks[ch.b].append(Mark(*ch.b_span, "sub", title))
    elif ch.type == "dropped":
        cls = "attr" if ch.attribution else "drop"
        marks[ch.a].append(Mark(*ch.a_span, cls, ch.a_text))
        inserts[ch.b].append((ch.b_span[0], ch.a_text))
    elif ch.type == "moved":
        # shown on its row beside its source; the mark says the copy reordered it
        marks[ch.a].append(Mark(*ch.a_span, "move", ch.a_text))
        marks[ch.b].append(Mark(*ch.b_span, "move", ch.b_text))
    else:  # added
        marks[ch.b].append(Mark(*ch.b_span, "add", ch.b_text))
        inserts[ch.a].append((ch.a_span[0], ch.b_text))


def _file_name(path: str) -> str:
    """Only the file's name: a shared report should not reveal the analyst's folders."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


def _code_groups(codes: Sequence[ReportCode], annotations: Sequence[ReportAnnotation], ids: set[str]):
    by_guid = {c.guid: c for c in codes}
    children: dict[str | None, list[ReportCode]] = defaultdict(list)
    for c in codes:
        parent = c.parent if c.parent in by_guid else None
        children[parent].append(c)
    anns = [a for a in annotations if a.article_id in ids]
    per_code: dict[str, list[ReportAnnotation]] = defaultdict(list)
    uncoded = []
    for ann in sorted(anns, key=lambda a: (a.article_id, a.start, a.end, a.guid)):
        known = [g for g in ann.codes if g in by_guid]
        if not known:
            uncoded.append(ann)
        for g in known:
            per_code[g].append(ann)
    groups: list[CodeGroup] = []

    def walk(parent: str | None, names: tuple[str, ...], seen: set[str]) -> None:
        for c in sorted(children.get(parent, []), key=lambda c: c.name):
            if c.guid in seen:  # a cycle in bad data; show each code once
                continue
            seen.add(c.guid)
            here = (*names, c.name)
            groups.append(CodeGroup(c, " › ".join(here), len(names), tuple(per_code.get(c.guid, ())), here))
            walk(c.guid, here, seen)

    walk(None, (), set())
    return groups, uncoded


def build_content(
    analysis: Analysis,
    annotations: Sequence[ReportAnnotation] = (),
    codes: Sequence[ReportCode] = (),
    outlets: Sequence[str] | None = None,
    categories: dict[str, tuple[str, str]] | None = None,
    lang: str = "ar",
    max_pairs: int = 40,
    min_share: float = 0.05,
) -> ReportContent:
    """``categories``: id -> (label, colour), usually from the lexicon; unknown ids still show.

    The aligned texts show pairs with a known direction first, then undirected pairs sharing at
    least ``min_share`` of one side, most shared first, at most ``max_pairs`` of them."""
    analysis = filter_outlets(analysis, outlets)
    labels = _labels(analysis.articles, lang)
    rows = [
        ArticleRow(a.id, labels[a.id], a.outlet, display_title(a), a.date or "",
                   a.url or _file_name(a.path), len(a.text.split()), _relay(a, lang))
        for a in analysis.articles
    ]
    outlet_order = list(dict.fromkeys(a.outlet for a in analysis.articles))
    cats = dict(categories or {})
    names = {cid: label for cid, (label, _) in cats.items() if label}
    used = list(dict.fromkeys(h.category for h in analysis.framing))
    cat_ids = [c for c in cats if c in used] + [c for c in used if c not in cats]
    palette = ["#7b61ff", "#d9480f", "#2b8a3e", "#c2255c", "#1864ab", "#e67700", "#5f3dc4"]
    cat_rows = [(c, cats.get(c, (c, ""))[0] or c, cats.get(c, ("", ""))[1] or palette[i % len(palette)])
                for i, c in enumerate(cat_ids)]
    outlet_of = {a.id: a.outlet for a in analysis.articles}
    framing: dict[tuple[str, str], FramingCell] = {}
    grouped: dict[tuple[str, str], list[FramingHit]] = defaultdict(list)
    for h in analysis.framing:
        grouped[(outlet_of[h.article], h.category)].append(h)
    for key, hits in grouped.items():
        own = [h for h in hits if not h.in_quote and not h.distanced]
        far = sum(1 for h in hits if h.distanced and not h.in_quote)
        terms = Counter(" ".join(h.text.split()) for h in own).most_common(3)
        framing[key] = FramingCell(len(own), sum(1 for h in hits if h.in_quote), tuple(terms), far)

    subs: Counter = Counter()
    drops: dict[tuple[str, str], list[Change]] = defaultdict(list)
    for ch in analysis.changes:
        if ch.type == "substitution":
            subs[(labels[ch.a], labels[ch.b], " ".join(ch.a_text.split()),
                  " ".join(ch.b_text.split()), ch.category or "")] += 1
        elif ch.type == "dropped" and ch.attribution:
            drops[(ch.a, ch.b)].append(ch)
    for key in drops:
        drops[key].sort(key=lambda ch: (ch.a_span, ch.b_span))
    substitutions = [Substitution(*k, n) for k, n in subs.items()]
    substitutions.sort(key=lambda s: (-s.count, s.source, s.copy, s.source_text))

    index = {a.id: i for i, a in enumerate(analysis.articles)}
    n = len(rows)
    matrix: list[list[float | None]] = [[None] * n for _ in range(n)]
    directions: list[tuple[int, int]] = []
    for p in analysis.pairs:
        i, j = index[p.a], index[p.b]
        matrix[i][j] = p.a_in_b
        matrix[j][i] = p.b_in_a
        src, cpy, known = _oriented(p)
        if known:
            directions.append((index[src], index[cpy]))

    links_by_pair: dict[frozenset, list[Link]] = defaultdict(list)
    for ln in analysis.links:
        links_by_pair[frozenset((ln.a, ln.b))].append(ln)
    aligned = []
    idx = _Index.of(analysis)
    candidates = [p for p in analysis.pairs if links_by_pair.get(frozenset((p.a, p.b)))
                  and (p.direction != "unknown" or max(p.a_in_b, p.b_in_a) >= min_share)]
    candidates.sort(key=lambda p: (p.direction == "unknown", -max(p.a_in_b, p.b_in_a), p.a, p.b))
    for p in candidates[:max_pairs]:
        aligned.append(_aligned_pair(idx, p, links_by_pair[frozenset((p.a, p.b))], names))
    omitted = len(candidates) - len(aligned)

    groups, uncoded = _code_groups(codes, annotations, set(index))
    content = ReportContent(
        lang=lang, articles=rows, texts={a.id: a.text for a in analysis.articles},
        outlets=outlet_order, categories=cat_rows, framing=framing, substitutions=substitutions,
        matrix=matrix, directions=directions, pairs=list(analysis.pairs), aligned=aligned,
        code_groups=groups, uncoded=uncoded, attribution_drops=dict(drops), aligned_omitted=omitted,
        framing_hits=list(analysis.framing), engine_version=analysis.engine_version,
        lexicon_version=analysis.lexicon_version, category_names=names,
    )
    content.summary = summarize(content)
    return content


def _relay(art: Article, lang: str) -> str:
    """Whom the article relays; marked when the analyst set it (core/analyst_edits.py)."""
    if art.relay_how == "analyst" and art.relay_of:
        return f"{art.relay_of} {t(lang, 'by_analyst')}"
    return art.relay_of or ""
