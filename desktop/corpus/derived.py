"""Tables derived from the stored pairs: stories, the outlet network, substitution groups.

- Stories: articles joined by strong reuse (a copy or an edited copy covering at least
  ``STORY_SHARE`` of one of the two articles) form one story; its first publisher is the
  earliest article (by date, then by import order), its timeline the members by date.
- Network: for each (source outlet, copying outlet), the copying outlet's articles that reuse
  the source outlet's, the pairs, how many credit the source, and the median lag (pairs of
  kind "formula", which share only a formula or template, are left out).
- Substitutions: wording the copy swapped for its source's, grouped over the whole archive
  with their outlets and examples; a group touching a framing lexicon term gets its category.
"""
from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass

from desktop.core.framing import matcher_for, terms_in
from desktop.core.lexicon import default_lexicon
from desktop.core.normalize import normalize

STORY_SHARE = 0.3
MAX_EXAMPLES = 5


@dataclass(frozen=True)
class Story:
    id: int
    articles: tuple[int, ...]  # by date
    first_article: int
    first_outlet: str
    first_date: str | None
    last_date: str | None
    outlets: list[str]
    title: str


@dataclass(frozen=True)
class NetworkEdge:
    from_outlet: str
    to_outlet: str
    articles: int
    pairs: int
    credited: int
    uncredited: int
    median_lag_hours: float | None


@dataclass(frozen=True)
class SubstitutionGroup:
    source_text: str
    copy_text: str
    category: str | None
    count: int
    outlets: list[dict]
    examples: list[dict]


class _Union:
    def __init__(self):
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        p = self.parent.setdefault(x, x)
        while p != self.parent[p]:
            self.parent[p] = self.parent[self.parent[p]]
            p = self.parent[p]
        self.parent[x] = p
        return p

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def stories_from(pairs: list[tuple], meta: dict) -> list[Story]:
    uf = _Union()
    for a, b, kind, _d, _c, _l, sa, sb in pairs:
        if kind in ("copy", "edited") and max(sa, sb) >= STORY_SHARE:
            uf.union(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for x in list(uf.parent):
        groups[uf.find(x)].append(x)
    order = lambda i: (meta[i].date or "\uffff", i)  # noqa: E731 - undated articles last
    out = []
    for members in sorted(groups.values(), key=lambda m: min(m)):
        members.sort(key=order)
        first = meta[members[0]]
        dates = [meta[i].date for i in members if meta[i].date]
        outlets = sorted({meta[i].outlet for i in members})
        out.append(Story(len(out) + 1, tuple(members), first.id, first.outlet, first.date,
                         max(dates) if dates else None, outlets, first.title))
    return out


def network_from(pairs: list[tuple], meta: dict) -> list[NetworkEdge]:
    acc: dict[tuple[str, str], dict] = defaultdict(lambda: {"articles": set(), "pairs": 0, "credited": 0, "lags": []})
    for a, b, kind, direction, credited, lag, _sa, _sb in pairs:
        if kind == "formula":
            continue  # a shared formula or template is not reuse
        if direction == "a->b":
            src, dst = a, b
        elif direction == "b->a":
            src, dst = b, a
        else:
            continue
        e = acc[(meta[src].outlet, meta[dst].outlet)]
        e["articles"].add(dst)
        e["pairs"] += 1
        e["credited"] += int(bool(credited))
        if lag is not None:
            e["lags"].append(lag / 3600)
    return [NetworkEdge(f, t, len(e["articles"]), e["pairs"], e["credited"], e["pairs"] - e["credited"],
                        round(statistics.median(e["lags"]), 2) if e["lags"] else None)
            for (f, t), e in sorted(acc.items())]


def _fold(text: str) -> str:
    return " ".join(normalize(text).text.split())


def _trivial(text: str) -> bool:
    return not any(ch.isalpha() for ch in text)


def substitutions_from(rows: list[tuple], pairs: dict, meta: dict) -> list[SubstitutionGroup]:
    matcher = matcher_for(default_lexicon())
    groups: dict[tuple[str, str], dict] = {}
    for a, b, _n, src_text, copy_text, ss, se, cs, ce in rows:
        if _trivial(src_text) and _trivial(copy_text):
            continue  # a figure changed: a different fact, not a wording
        direction = pairs[(a, b)]
        src, dst = (b, a) if direction == "b->a" else (a, b)
        key = (_fold(src_text), _fold(copy_text))
        g = groups.setdefault(key, {"texts": Counter(), "outlets": Counter(), "examples": []})
        g["texts"][(src_text, copy_text)] += 1
        g["outlets"][(meta[src].outlet, meta[dst].outlet, direction != "unknown")] += 1
        if len(g["examples"]) < MAX_EXAMPLES:
            g["examples"].append({"source": src, "copy": dst, "source_span": [ss, se], "copy_span": [cs, ce],
                                  "direction_known": direction != "unknown"})
    out = []
    for key, g in groups.items():
        (src_text, copy_text), _ = g["texts"].most_common(1)[0]
        cats = [t.category for t in terms_in(src_text, matcher) + terms_in(copy_text, matcher)]
        category = max(sorted(set(cats)), key=cats.count) if cats else None
        outlets = [{"from": f, "to": t, "count": n, "direction_known": known}
                   for (f, t, known), n in sorted(g["outlets"].items(), key=lambda x: (-x[1], x[0]))]
        out.append(SubstitutionGroup(src_text, copy_text, category, sum(g["texts"].values()), outlets, g["examples"]))
    out.sort(key=lambda s: (-s.count, s.category is None, s.source_text, s.copy_text))
    return out


def derive(store) -> tuple[list[Story], list[NetworkEdge], list[SubstitutionGroup]]:
    pairs = store.pair_rows()
    ids = sorted({p[0] for p in pairs} | {p[1] for p in pairs})
    meta = {r.id: r for r in store.articles(ids)}
    directions = {(p[0], p[1]): p[3] for p in pairs}
    return (stories_from(pairs, meta), network_from(pairs, meta),
            substitutions_from(store.substitution_rows(), directions, meta))
