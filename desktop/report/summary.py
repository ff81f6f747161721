"""The short summary in words at the top of a report, generated from the report content."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from desktop.i18n import LANGUAGES, catalog
from desktop.i18n.names import QT_TRANSLATE_NOOP

from .labels import outlet_display

if TYPE_CHECKING:
    from .content import ReportContent

MAX_PAIRS = 6
MAX_CATEGORIES = 4
MAX_SUBSTITUTIONS = 3
SHARED_FLOOR = 0.2  # undirected pairs below this share are not worth a sentence


def translate(context: str, text: str, disambiguation: str, n: int) -> str:
    """Marks a count for `pyside6-lupdate` (it finds the call by its name); the words come
    from the catalogue in ``_count``."""
    return text


def _count(lang: str, source: str, n: int) -> str:
    """``n`` with its noun in the form CLDR's plural rules (Babel) pick for ``lang``: Arabic
    has six (zero, one, two, few, many, other), English two."""
    return catalog(lang if lang in LANGUAGES else "ar").count("ReportSummary", source, n,
                                                              (source, source))


# the counts the summary writes, in the Arabic case each sentence needs
ARTICLES = translate("ReportSummary", "%n article(s)", "", 0)  # object: يقارن ... مقالات
OUTLETS = translate("ReportSummary", "%n outlet(s)", "", 0)  # after من
TIMES = translate("ReportSummary", "%n time(s)", "", 0)
# a whole sentence: the verb agrees with the count in both languages
QUOTED_IN_QUOTES = translate("ReportSummary", "%n framing term(s) inside quotations (is/are) "
                                              "credited to the speaker, not the outlet.", "", 0)


def _say(lang: str, english: str) -> str:
    """A summary sentence template in ``lang``, from the translation catalogue."""
    return catalog(lang if lang in LANGUAGES else "ar").text("ReportSummary", english)


def _pct(x: float, lang: str = "ar") -> str:
    return f"{round(100 * x)}٪" if lang == "ar" else f"{round(100 * x)}%"


def _q(text: str, lang: str) -> str:
    text = " ".join(text.split())
    if len(text) > 60:
        text = text[:57] + "…"
    return f"«{text}»" if lang == "ar" else f"“{text}”"


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    if lang == "ar":
        return "، ".join(items[:-1]) + " و" + items[-1]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _overview(c: "ReportContent") -> str:
    names = [outlet_display(o, c.lang) for o in c.outlets]
    return _say(c.lang, QT_TRANSLATE_NOOP(
        "ReportSummary", "This report compares {articles} from {outlets}: {names}.")).format(
        articles=_count(c.lang, ARTICLES, len(c.articles)),
        outlets=_count(c.lang, OUTLETS, len(names)), names=_join(names, c.lang))


def _copying(c: "ReportContent") -> list[str]:
    L = c.lang
    out = []
    directed = []
    undirected = []
    for p in c.pairs:
        if p.direction == "a->b":
            directed.append((p.b_in_a, p.a, p.b))
        elif p.direction == "b->a":
            directed.append((p.a_in_b, p.b, p.a))
        elif max(p.a_in_b, p.b_in_a) >= SHARED_FLOOR:
            undirected.append((max(p.a_in_b, p.b_in_a), p.a, p.b))
    directed.sort(key=lambda d: (-d[0], d[1], d[2]))
    for share, src, cpy in directed[:MAX_PAIRS]:
        drops = c.attribution_drops.get((src, cpy), [])
        s = _say(L, QT_TRANSLATE_NOOP(
            "ReportSummary", "{copy} takes about {share} of its words from {source}")).format(
            copy=c.label(cpy), share=_pct(share, L), source=c.label(src))
        if drops:
            s += _say(L, QT_TRANSLATE_NOOP(
                "ReportSummary", ", dropping the attribution {times} (e.g. {example})")).format(
                times=_count(L, TIMES, len(drops)), example=_q(drops[0].a_text, L))
        out.append(s + ".")
    if len(directed) > MAX_PAIRS:
        out.append(_say(L, QT_TRANSLATE_NOOP(
            "ReportSummary", "{n} more copying relations are in the reuse matrix.")).format(
            n=len(directed) - MAX_PAIRS))
    undirected.sort(key=lambda d: (-d[0], d[1], d[2]))
    for share, a, b in undirected[:MAX_PAIRS]:
        out.append(_say(L, QT_TRANSLATE_NOOP(
            "ReportSummary", "{a} and {b} share about {share} of their text; which copied from "
                             "which is undecided.")).format(
            a=c.label(a), b=c.label(b), share=_pct(share, L)))
    if not directed and not undirected:
        out.append(_say(L, QT_TRANSLATE_NOOP("ReportSummary",
                                             "No copied text was found between the articles.")))
    return out


def _framing(c: "ReportContent") -> list[str]:
    L = c.lang
    outlet_of = {a.id: a.outlet for a in c.articles}
    frames: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    example: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for h in c.framing_hits:
        if h.in_quote or h.distanced or h.article not in outlet_of:
            continue  # quoted or held at a distance: not the outlet's own label
        outlet = outlet_of[h.article]
        family = h.frame or h.term or h.text
        frames[h.category][outlet][family] += 1
        example[(h.category, outlet, family)][" ".join(h.text.split())] += 1
    labels = {cid: label for cid, label, _ in c.categories}
    ranked = sorted(frames, key=lambda cat: -sum(sum(v.values()) for v in frames[cat].values()))
    out = []
    for cat in ranked:
        per_outlet = frames[cat]
        dominant = {o: cnt.most_common(1)[0][0] for o, cnt in per_outlet.items()}
        if len(per_outlet) < 2 or len(set(dominant.values())) < 2:
            continue
        groups: dict[str, list[str]] = {}
        for outlet in [o for o in c.outlets if o in dominant]:
            groups.setdefault(dominant[outlet], []).append(outlet)
        parts = []
        for family, members in groups.items():
            words: Counter = Counter()
            for outlet in members:
                words.update(example[(cat, outlet, family)])
            word = words.most_common(1)[0][0]
            names = _join([outlet_display(o, L) for o in members], L)
            parts.append(_say(L, QT_TRANSLATE_NOOP("ReportSummary", "{names}: {word}")).format(
                names=names, word=_q(word, L)))
        sep = "؛ " if L == "ar" else "; "
        out.append(_say(L, QT_TRANSLATE_NOOP("ReportSummary", "On “{category}”: {parts}.")).format(
            category=labels.get(cat, cat), parts=sep.join(parts)))
        if len(out) == MAX_CATEGORIES:
            break
    if not out and c.framing_hits:
        out.append(_say(L, QT_TRANSLATE_NOOP(
            "ReportSummary", "The outlets use the same dominant term in every category.")))
    return out


def _substitutions(c: "ReportContent") -> list[str]:
    L = c.lang
    return [_say(L, QT_TRANSLATE_NOOP(
        "ReportSummary", "When copying, {source_text} became {copy_text} ({copy} from {source}).")
        ).format(source_text=_q(s.source_text, L), copy_text=_q(s.copy_text, L), copy=s.copy,
                 source=s.source)
        for s in c.substitutions[:MAX_SUBSTITUTIONS]]


def _quotes(c: "ReportContent") -> list[str]:
    L = c.lang
    quoted = sum(1 for h in c.framing_hits if h.in_quote)
    scare = Counter((h.article, " ".join(h.text.split())) for h in c.framing_hits if h.scare_quoted)
    out = []
    if quoted:
        out.append(_count(L, QUOTED_IN_QUOTES, quoted))
    for (art, word), n in sorted(scare.items(), key=lambda kv: -kv[1])[:2]:
        out.append(_say(L, QT_TRANSLATE_NOOP(
            "ReportSummary", "{article} puts {word} in scare quotes {times}.")).format(
            article=c.label(art), word=_q(word, L), times=_count(L, TIMES, n)))
    return out


def summarize(content: "ReportContent") -> list[str]:
    """Sentences, plain text (the renderers escape them)."""
    return [_overview(content), *_copying(content), *_framing(content),
            *_substitutions(content), *_quotes(content)]
