"""The short summary in words at the top of a report, generated from the report content."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from desktop.i18n import LANGUAGES, catalog

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
QUOTED_TERMS = translate("ReportSummary", "%n framing term(s)", "", 0)


def _pct(x: float) -> str:
    return f"{round(100 * x)}٪"


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
    if c.lang == "ar":
        return (f"يقارن هذا التقرير {_count('ar', ARTICLES, len(c.articles))} من "
                f"{_count('ar', OUTLETS, len(names))}: {_join(names, 'ar')}.")
    return (f"This report compares {_count('en', ARTICLES, len(c.articles))} from "
            f"{_count('en', OUTLETS, len(names))}: {_join(names, 'en')}.")


def _copying(c: "ReportContent") -> list[str]:
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
        if c.lang == "ar":
            s = f"يأخذ مقال {c.label(cpy)} نحو {_pct(share)} من كلماته من مقال {c.label(src)}"
            if drops:
                s += (f"، وحُذف منه الإسناد {_count('ar', TIMES, len(drops))}"
                      f" (مثل {_q(drops[0].a_text, 'ar')})")
        else:
            s = f"{c.label(cpy)} takes about {_pct(share).replace('٪', '%')} of its words from {c.label(src)}"
            if drops:
                s += (f", dropping the attribution {_count('en', TIMES, len(drops))} "
                      f"(e.g. {_q(drops[0].a_text, 'en')})")
        out.append(s + ".")
    if len(directed) > MAX_PAIRS:
        rest = len(directed) - MAX_PAIRS
        out.append(f"وثمة {rest} من حالات النقل الأخرى في مصفوفة إعادة الاستخدام." if c.lang == "ar"
                   else f"{rest} more copying relations are in the reuse matrix.")
    undirected.sort(key=lambda d: (-d[0], d[1], d[2]))
    for share, a, b in undirected[:MAX_PAIRS]:
        out.append(
            f"يتشارك مقالا {c.label(a)} و{c.label(b)} نحو {_pct(share)} من النص دون أن يتضح من نقل عن من."
            if c.lang == "ar" else
            f"{c.label(a)} and {c.label(b)} share about {_pct(share).replace('٪', '%')} of their text; "
            "which copied from which is undecided."
        )
    if not directed and not undirected:
        out.append("لم يُعثر على نص منقول بين المقالات." if c.lang == "ar"
                   else "No copied text was found between the articles.")
    return out


def _framing(c: "ReportContent") -> list[str]:
    outlet_of = {a.id: a.outlet for a in c.articles}
    frames: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    example: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for h in c.framing_hits:
        if h.in_quote or h.article not in outlet_of:
            continue
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
            names = _join([outlet_display(o, c.lang) for o in members], c.lang)
            parts.append(f"{_q(word, c.lang)} عند {names}" if c.lang == "ar" else f"{names}: {_q(word, 'en')}")
        sep = "؛ " if c.lang == "ar" else "; "
        label = labels.get(cat, cat)
        out.append(f"في فئة «{label}»: {sep.join(parts)}." if c.lang == "ar"
                   else f"On “{label}”: {sep.join(parts)}.")
        if len(out) == MAX_CATEGORIES:
            break
    if not out and c.framing_hits:
        out.append("لا تختلف المنافذ في المصطلح الغالب لكل فئة." if c.lang == "ar"
                   else "The outlets use the same dominant term in every category.")
    return out


def _substitutions(c: "ReportContent") -> list[str]:
    out = []
    for s in c.substitutions[:MAX_SUBSTITUTIONS]:
        if c.lang == "ar":
            out.append(f"عند النقل استُبدلت عبارة {_q(s.source_text, 'ar')} بعبارة {_q(s.copy_text, 'ar')} "
                       f"({s.copy} عن {s.source}).")
        else:
            out.append(f"When copying, {_q(s.source_text, 'en')} became {_q(s.copy_text, 'en')} "
                       f"({s.copy} from {s.source}).")
    return out


def _quotes(c: "ReportContent") -> list[str]:
    quoted = sum(1 for h in c.framing_hits if h.in_quote)
    scare = Counter((h.article, " ".join(h.text.split())) for h in c.framing_hits if h.scare_quoted)
    out = []
    if quoted:
        out.append(f"ورد {_count('ar', QUOTED_TERMS, quoted)} "
                   "من مصطلحات التأطير داخل اقتباسات، فنُسبت إلى المتحدث لا إلى المنفذ."
                   if c.lang == "ar" else
                   f"{_count('en', QUOTED_TERMS, quoted)} inside quotations "
                   "{verb} credited to the speaker, not the outlet.".format(
                       verb="is" if quoted == 1 else "are"))
    for (art, word), n in sorted(scare.items(), key=lambda kv: -kv[1])[:2]:
        out.append(f"يضع مقال {c.label(art)} {_q(word, 'ar')} بين علامتي تنصيص {_count('ar', TIMES, n)}."
                   if c.lang == "ar" else
                   f"{c.label(art)} puts {_q(word, 'en')} in scare quotes {_count('en', TIMES, n)}.")
    return out


def summarize(content: "ReportContent") -> list[str]:
    """Sentences, plain text (the renderers escape them)."""
    return [_overview(content), *_copying(content), *_framing(content),
            *_substitutions(content), *_quotes(content)]
