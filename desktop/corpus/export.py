"""Export a corpus store: JSON (every table), CSV (one row per reused passage), HTML (a report).

JSON shape (documented in the README):

    {"format": "qarin-corpus-export", "version": 1,
     "articles": [{"id", "url", "outlet", "date", "title"}],
     "pairs": [{"a", "b", "kind", "direction", "source", "copy", "credited", "lag_hours",
                "a_share", "b_share",
                "passages": [{"a_span": [s, e], "b_span": [s, e], "words", "kind"}]}],
     "stories": [{"id", "articles", "first_publisher": {"article", "outlet", "date"}, "outlets",
                  "last_date", "title", "timeline": [{"article", "outlet", "date"}]}],
     "network": [{"from", "to", "articles", "pairs", "credited", "uncredited", "median_lag_hours"}],
     "substitutions": [{"from", "to", "category", "count", "outlets", "examples"}]}
"""
from __future__ import annotations

import csv
import html
import json
from collections import defaultdict
from pathlib import Path


def corpus_dict(store) -> dict:
    articles = store.articles()
    meta = {a.id: a for a in articles}
    passages = defaultdict(list)
    for a, b, _n, a0, a1, b0, b1, words, kind in store.passage_rows():
        passages[(a, b)].append({"a_span": [a0, a1], "b_span": [b0, b1], "words": words, "kind": kind})
    pairs = []
    for a, b, kind, direction, credited, lag, sa, sb in store.pair_rows():
        src, dst = {"a->b": (a, b), "b->a": (b, a)}.get(direction, (None, None))
        pairs.append({"a": a, "b": b, "kind": kind, "direction": direction, "source": src, "copy": dst,
                      "credited": None if credited is None else bool(credited),
                      "lag_hours": None if lag is None else round(lag / 3600, 2), "a_share": sa, "b_share": sb,
                      "passages": passages[(a, b)]})
    stories = []
    for s in store.stories():
        stories.append({"id": s["id"], "articles": s["articles"],
                        "first_publisher": {"article": s["first_article"], "outlet": s["first_outlet"],
                                            "date": s["first_date"]},
                        "outlets": s["outlets"], "last_date": s["last_date"], "title": s["title"],
                        "timeline": [{"article": i, "outlet": meta[i].outlet, "date": meta[i].date}
                                     for i in sorted(s["articles"], key=lambda i: (meta[i].date or "\uffff", i))]})
    return {
        "format": "qarin-corpus-export", "version": 1,
        "articles": [{"id": a.id, "url": a.url, "outlet": a.outlet, "date": a.date, "title": a.title}
                     for a in articles],
        "pairs": pairs, "stories": stories, "network": store.network(), "substitutions": store.substitutions(),
    }


def write_json(store, out: Path) -> int:
    data = corpus_dict(store)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(data, fh, ensure_ascii=False)
    return len(data["pairs"])


CSV_COLUMNS = ("a", "b", "a_outlet", "b_outlet", "a_date", "b_date", "pair_kind", "direction", "credited",
               "passage", "passage_kind", "words", "a_start", "a_end", "b_start", "b_end", "a_text", "b_text")


def write_csv(store, out: Path) -> int:
    meta = {a.id: a for a in store.articles()}
    pairs = {(p[0], p[1]): p for p in store.pair_rows()}
    rows = store.passage_rows()
    needed = sorted({x for r in rows for x in r[:2]})
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(CSV_COLUMNS)
        for i in range(0, len(needed), 2000):  # texts in slices, not all at once
            ids = set(needed[i:i + 2000])
            texts = store.texts(sorted({x for r in rows if r[0] in ids for x in r[:2]}))
            for a, b, n, a0, a1, b0, b1, words, kind in rows:
                if a not in ids:
                    continue
                p = pairs[(a, b)]
                w.writerow((a, b, meta[a].outlet, meta[b].outlet, meta[a].date or "", meta[b].date or "", p[2], p[3],
                            "" if p[4] is None else int(p[4]), n, kind, words, a0, a1, b0, b1,
                            texts[a][a0:a1], texts[b][b0:b1]))
    return len(pairs)


def write_html(store, out: Path, limit: int = 200) -> int:
    e = html.escape
    stories, network, subs = store.stories(), store.network(), store.substitutions()
    counts = store.counts()
    parts = ['<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">',
             "<title>Qarin corpus</title><style>body{font-family:'Noto Naskh Arabic',Amiri,serif;margin:2em}"
             "table{border-collapse:collapse;margin-bottom:2em}td,th{border:1px solid #bbb;padding:3px 6px}"
             "th{background:#eee}</style></head><body>",
             f"<h1>Corpus: {counts['articles']} articles, {counts['reuse_pairs']} reuse pairs "
             f"({counts['formula_pairs']} more share only a formula)</h1>",
             f"<h2>Stories ({len(stories)})</h2><table><tr><th>#</th><th>size</th><th>first publisher</th>"
             "<th>first date</th><th>last date</th><th>outlets</th><th>title</th></tr>"]
    for s in stories[:limit]:
        parts.append(f"<tr><td>{s['id']}</td><td>{s['size']}</td><td>{e(s['first_outlet'] or '')}</td>"
                     f"<td>{e(s['first_date'] or '')}</td><td>{e(s['last_date'] or '')}</td>"
                     f"<td>{e(', '.join(s['outlets']))}</td><td>{e(s['title'] or '')}</td></tr>")
    parts.append("</table>")
    outlets = sorted({n["from"] for n in network} | {n["to"] for n in network})
    cell = {(n["from"], n["to"]): n for n in network}
    parts.append("<h2>Network (rows: source outlet, columns: copying outlet; articles / uncredited)</h2>"
                 "<table><tr><th></th>" + "".join(f"<th>{e(o)}</th>" for o in outlets) + "</tr>")
    for f in outlets:
        row = [f"<tr><th>{e(f)}</th>"]
        for t in outlets:
            n = cell.get((f, t))
            row.append(f"<td>{n['articles']} / {n['uncredited']}</td>" if n else "<td></td>")
        parts.append("".join(row) + "</tr>")
    parts.append("</table>")
    parts.append("<h2>Substitutions</h2><table><tr><th>count</th><th>source wording</th><th>copy wording</th>"
                 "<th>category</th><th>outlets</th></tr>")
    for s in subs[:limit]:
        outs = ", ".join(f"{o['from']} → {o['to']}: {o['count']}" for o in s["outlets"][:4])
        parts.append(f"<tr><td>{s['count']}</td><td>{e(s['from'])}</td><td>{e(s['to'])}</td>"
                     f"<td>{e(s['category'] or '')}</td><td>{e(outs)}</td></tr>")
    parts.append("</table></body></html>")
    out.write_text("\n".join(parts), encoding="utf-8", newline="\n")
    return counts["pairs"]


def write_export(store, fmt: str, out: Path) -> int:
    return {"json": write_json, "csv": write_csv, "html": write_html}[fmt](store, Path(out))
