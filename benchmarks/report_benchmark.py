#!/usr/bin/env python3
"""Report speed: the seeds (5 articles) and 50 articles synthesized from them, in one run.

Baseline in the same run: the engine's analysis of the same articles (a report should cost a
fraction of the analysis it presents, or at least not dwarf it), and the 5 -> 50 scaling.

    python benchmarks/report_benchmark.py [--repeats 3] [--no-pdf]
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core.analysis import analyze  # noqa: E402
from desktop.core.ingest import article_from_text, load_paths  # noqa: E402
from desktop.core.lexicon import load_lexicon  # noqa: E402
from desktop.paths import SEEDS  # noqa: E402
from desktop.report import ReportAnnotation, ReportCode, write_report  # noqa: E402
from desktop.report.content import build_content  # noqa: E402
from desktop.report.html import render_html  # noqa: E402

OUTLETS = ["Al-Diyar", "Al-Mayadeen", "InfoPlus", "Orient News", "Outlet A", "Outlet B", "Outlet C",
           "Outlet D", "Outlet E", "Outlet F"]
SWAPS = [("قوات الاحتلال الأميركي", "القوات الأمريكية"), ("المقاومة", "الميليشيات"),
         ("العدوان", "الضربات"), ("أكد", "زعم")]


def synthesize(n: int, seed: int = 7):
    """n edited copies of the seeds: paragraphs dropped or reordered, labels swapped."""
    rng = random.Random(seed)
    seeds = load_paths([SEEDS]).articles
    out = []
    for i in range(n):
        base = seeds[i % len(seeds)]
        paras = [p for p in base.text.split("\n") if p.strip()]
        keep = [p for p in paras if rng.random() > 0.2] or paras[:1]
        if rng.random() < 0.3 and len(keep) > 2:
            j = rng.randrange(len(keep) - 1)
            keep[j], keep[j + 1] = keep[j + 1], keep[j]
        text = "\n\n".join(keep)
        for old, new in SWAPS:
            if rng.random() < 0.4:
                text = text.replace(old, new)
        out.append(article_from_text(text, id=f"syn{i:02d}", outlet=OUTLETS[i % len(OUTLETS)],
                                     title=f"synthetic {i}"))
    return out


def coding(articles, per_article: int = 3):
    codes = [ReportCode("00000000-0000-4000-8000-000000000001", "تأطير", "#D9480F"),
             ReportCode("00000000-0000-4000-8000-000000000002", "تسمية القوات", "#1864AB",
                        "00000000-0000-4000-8000-000000000001")]
    anns = []
    for k, art in enumerate(articles):
        for j in range(per_article):
            s = min(len(art.text) - 1, 40 * j)
            e = min(len(art.text), s + 25)
            anns.append(ReportAnnotation(f"{k:08x}-0000-4000-8000-{j:012x}", art.id, s, e, art.text[s:e],
                                         (codes[j % 2].guid,), "مذكرة"))
    return codes, anns


def timed(fn, repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def run(label: str, articles, repeats: int, pdf: bool, tmp: Path) -> dict:
    lexicon = load_lexicon()
    t_an, analysis = timed(lambda: analyze(articles, lexicon), repeats)
    codes, anns = coding(articles)
    cats = {cid: (c.label, c.color) for cid, c in lexicon.categories.items()}
    t_content, content = timed(lambda: build_content(analysis, anns, codes, categories=cats), repeats)
    t_html, html = timed(lambda: render_html(content), repeats)
    html_path = tmp / f"{label}.html"
    t_write, _ = timed(lambda: write_report(analysis, anns, codes, html_path, lexicon=lexicon,
                                            csv=tmp / f"{label}.csv", json=tmp / f"{label}.json"), repeats)
    row = {"label": label, "articles": len(articles), "analysis": t_an, "content": t_content,
           "html": t_html, "all_but_pdf": t_write, "html_mb": html_path.stat().st_size / 1e6,
           "pairs_shown": len(content.aligned)}
    if pdf:
        pdf_path = tmp / f"{label}.pdf"
        t_pdf, res = timed(lambda: write_report(analysis, anns, codes, pdf=pdf_path, lexicon=lexicon), 1)
        row.update(pdf=t_pdf, pages=res.pdf_pages, pdf_mb=pdf_path.stat().st_size / 1e6)
    return row


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        rows = [run("seeds", load_paths([SEEDS]).articles, args.repeats, not args.no_pdf, tmp),
                run("synthetic50", synthesize(50), args.repeats, not args.no_pdf, tmp)]
    for r in rows:
        print(f"{r['label']:>12}: {r['articles']} articles, {r['pairs_shown']} aligned pairs shown | "
              f"analysis {r['analysis']:.0f} ms | content {r['content']:.0f} ms | HTML render {r['html']:.0f} ms "
              f"({r['html_mb']:.2f} MB) | HTML+CSV+JSON written {r['all_but_pdf']:.0f} ms", end="")
        if "pdf" in r:
            print(f" | PDF {r['pdf']:.0f} ms ({r['pages']} pages, {r['pdf_mb']:.2f} MB)", end="")
        print()
        print(f"{'':>12}  ratio report/analysis: HTML+CSV+JSON {r['all_but_pdf'] / r['analysis']:.2f}x"
              + (f", PDF {r['pdf'] / r['analysis']:.2f}x" if "pdf" in r else ""))
    a, b = rows
    print(f"scaling 5 -> 50 articles (10x articles, {b['pairs_shown']}/{max(a['pairs_shown'], 1)} aligned pairs): "
          f"analysis {b['analysis'] / a['analysis']:.1f}x, HTML+CSV+JSON {b['all_but_pdf'] / a['all_but_pdf']:.1f}x"
          + (f", PDF {b['pdf'] / a['pdf']:.1f}x" if "pdf" in b else ""))


if __name__ == "__main__":
    main()
