"""The analysis as JSON (the `analyze --json` contract, version 1) and back."""
from __future__ import annotations

from typing import Sequence

from .dates import mentions as date_mentions
from .titles import display_title
from .model import (Analysis, Article, Change, FramingHit, Link, PairStats, Segmentation,
                    SharedSpan, Story)

JSON_VERSION = 1


def _span(s) -> list[int]:
    return [int(s[0]), int(s[1])]


def _credit_span(credit, span):
    """A credit's span; null for a credit the analyst added without marking it in the text."""
    if credit.how == "analyst" and tuple(span) == (0, 0):
        return None
    return _span(span)


def analysis_to_dict(analysis: Analysis) -> dict:
    articles = []
    for art in analysis.articles:
        seg = analysis.segmentation.get(art.id, Segmentation((), ()))
        articles.append({
            "id": art.id, "path": art.path, "outlet": art.outlet, "encoding": art.encoding,
            "title": art.title,
            "label": display_title(art),  # the title, or "[opening words…]" without a headline
            "boilerplate": [_span(m.span) for m in art.boilerplate],
            "paragraphs": [_span(p) for p in seg.paragraphs],
            "sentences": [_span(s) for s in seg.sentences],
            # beyond the contract:
            "boilerplate_kinds": [m.kind for m in art.boilerplate],
            "outlet_source": art.outlet_source, "relay_of": art.relay_of,
            "date": art.date, "url": art.url, "length": len(art.text),
            # the input side (issue 10): the text all offsets refer to, and its provenance
            "text": art.text, "source": art.source, "author": art.author or None,
            "date_how": art.date_how or None,
            "date_span": _span(art.date_span) if art.date_span else None,
            "credits": [{"outlet": c.outlet, "span": _credit_span(c, c.span), "name": c.name,
                         "name_span": _credit_span(c, c.name_span), "formula": c.formula,
                         "how": c.how}
                        for c in art.credits],
            "credits_removed": [{"outlet": c.outlet, "span": _span(c.span), "name": c.name,
                                 "name_span": _span(c.name_span), "formula": c.formula}
                                for c in art.credits_removed],
            "relay_how": art.relay_how or ("found" if art.relay_of else None),
            "dates": [{"date": d.iso, "span": _span(d.span), "how": d.how}
                      for d in date_mentions(art.text, art.date)],
        })
    return {
        "version": JSON_VERSION,
        "engine_version": analysis.engine_version,
        "lexicon_version": analysis.lexicon_version,
        "articles": articles,
        "links": [{"a": l.a, "a_span": _span(l.a_span), "b": l.b, "b_span": _span(l.b_span),
                   "kind": l.kind, "score": l.score} for l in analysis.links],
        "shared_spans": [{"a": s.a, "a_span": _span(s.a_span), "b": s.b, "b_span": _span(s.b_span)}
                         for s in analysis.shared_spans],
        "changes": [{"a": c.a, "a_span": _span(c.a_span), "a_text": c.a_text, "b": c.b,
                     "b_span": _span(c.b_span), "b_text": c.b_text, "type": c.type,
                     "category": c.category, "attribution": c.attribution} for c in analysis.changes],
        "framing": [{"article": h.article, "span": _span(h.span), "text": h.text,
                     "category": h.category, "stance": h.stance, "in_quote": h.in_quote,
                     "term": h.term, "frame": h.frame, "scare_quoted": h.scare_quoted,
                     "distanced": h.distanced, "speaker": h.speaker}
                    for h in analysis.framing],
        "pairs": [{"a": p.a, "b": p.b, "a_in_b": p.a_in_b, "b_in_a": p.b_in_a,
                   "direction": p.direction, "evidence": list(p.evidence)} for p in analysis.pairs],
        "stories": [{"id": s.id, "articles": list(s.articles), "pivot": s.pivot, "terms": list(s.terms)}
                    for s in analysis.stories],
        "timings": dict(analysis.timings),
    }


def analysis_from_dict(data: dict, articles: Sequence[Article]) -> Analysis:
    """Rebuild an Analysis from its JSON and the articles it was computed on (texts included)."""
    if data.get("version") != JSON_VERSION:
        raise ValueError(f"unsupported analysis JSON version {data.get('version')!r}")
    by_id = {a.id: a for a in articles}
    missing = [a["id"] for a in data["articles"] if a["id"] not in by_id]
    if missing:
        raise ValueError(f"analysis refers to unknown articles: {', '.join(missing)}")
    t = tuple
    segs = {a["id"]: Segmentation(t(map(t, a["paragraphs"])), t(map(t, a["sentences"])))
            for a in data["articles"]}
    return Analysis(
        articles=t(by_id[a["id"]] for a in data["articles"]),
        segmentation=segs,
        links=t(Link(l["a"], t(l["a_span"]), l["b"], t(l["b_span"]), l["kind"], l["score"])
                for l in data["links"]),
        shared_spans=t(SharedSpan(s["a"], t(s["a_span"]), s["b"], t(s["b_span"]))
                       for s in data["shared_spans"]),
        changes=t(Change(c["a"], t(c["a_span"]), c["a_text"], c["b"], t(c["b_span"]), c["b_text"],
                         c["type"], c["category"], c["attribution"]) for c in data["changes"]),
        framing=t(FramingHit(h["article"], t(h["span"]), h["text"], h["category"], h["stance"],
                             h["in_quote"], h.get("term", ""), h.get("frame", ""),
                             h.get("scare_quoted", False), h.get("distanced", False),
                             h.get("speaker", "")) for h in data["framing"]),
        pairs=t(PairStats(p["a"], p["b"], p["a_in_b"], p["b_in_a"], p["direction"],
                          t(p.get("evidence", ()))) for p in data["pairs"]),
        timings=dict(data.get("timings", {})),
        stories=t(Story(s["id"], t(s["articles"]), s["pivot"], t(s.get("terms", ())))
                  for s in data.get("stories", ())),
        engine_version=data.get("engine_version", ""),
        lexicon_version=data.get("lexicon_version", ""),
    )
