"""Project store speed, each figure against a naive baseline measured in the same run.

1. Adding N annotations (default 10,000): one transaction per annotation (`annotate`, what a
   naive loop does; every commit is fsynced, synchronous=FULL) against one batched transaction
   (`annotate_many`); then listing them all back.
2. Opening a project of M articles (default 200, variations of the seeds) and getting its
   analysis: from the cache in the file against re-running the engine.

    .venv/bin/python benchmarks/store_benchmark.py [--annotations N] [--articles M]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.analysis import analyze  # noqa: E402
from desktop.core.ingest import load_paths  # noqa: E402
from desktop.paths import SEEDS  # noqa: E402
from desktop.store import NewAnnotation, Project  # noqa: E402


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def synth_articles(count: int, seed: int = 7):
    """`count` articles: the seeds, then edited copies (paragraphs dropped, shuffled, lines
    added), as a newsroom corpus of one event would look."""
    rng = random.Random(seed)
    base = load_paths([SEEDS]).articles
    out = list(base)
    n = 0
    while len(out) < count:
        src = base[n % len(base)]
        n += 1
        paras = [p for p in src.text.split("\n") if p.strip()]
        if len(paras) > 3:
            paras.pop(rng.randrange(len(paras)))
        i, j = rng.randrange(len(paras)), rng.randrange(len(paras))
        paras[i], paras[j] = paras[j], paras[i]
        paras.insert(rng.randrange(len(paras) + 1), f"تحديث رقم {n}: تابع المراسل التطورات في المنطقة.")
        out.append(replace(src, id=f"{src.id}-v{n}", path=f"synthetic/{src.id}-v{n}.txt",
                           text="\n".join(paras), boilerplate=()))
    return out[:count]


def bench_annotations(n: int, tmp: Path) -> None:
    print(f"== {n:,} annotations ==")
    arts = load_paths([SEEDS]).articles
    rng = random.Random(1)
    items = []
    for _ in range(n):
        a = arts[rng.randrange(len(arts))]
        s = rng.randrange(len(a.text) - 40)
        items.append(NewAnnotation(a.id, s, s + rng.randrange(1, 40), "label", memo="m"))
    naive_path, batch_path = tmp / "naive.qarin", tmp / "batch.qarin"
    for path in (naive_path, batch_path):
        with Project.create(path) as p:
            p.add_articles(arts)
            p.add_code("label")
    with Project.open(naive_path) as p:
        t_naive, _ = timed(lambda: [p.annotate(i.article, i.start, i.end, i.code, i.memo)
                                    for i in items])
    with Project.open(batch_path) as p:
        t_batch, _ = timed(lambda: p.annotate_many(items))
        t_list, listed = timed(p.annotations)
        t_list_code, _ = timed(lambda: p.annotations(code="label", article=arts[0].id))
    assert len(listed) == n
    print(f"add, one transaction each (naive): {t_naive:8.3f} s  ({n / t_naive:,.0f}/s)")
    print(f"add, one batched transaction:      {t_batch:8.3f} s  ({n / t_batch:,.0f}/s)"
          f"  -> {t_naive / t_batch:.1f}x faster")
    print(f"list all {n:,} back:              {t_list:8.3f} s")
    print(f"list one article's, by code:       {t_list_code:8.3f} s")


def bench_open(m: int, tmp: Path) -> None:
    print(f"== open a project of {m} articles with its analysis ==")
    arts = synth_articles(m)
    path = tmp / "big.qarin"
    with Project.create(path) as p:
        t_add, _ = timed(lambda: p.add_articles(arts))
        t_first, first = timed(p.analysis)  # computes and stores
    size = path.stat().st_size
    t_open, result = timed(lambda: _open_and_analysis(path))
    t_open_only, _ = timed(lambda: Project.open(path).close())
    with Project.open(path) as p:
        stored = p.articles()
        lex = p.lexicon()
    t_engine, fresh = timed(lambda: analyze(stored, lexicon=lex))
    assert len(result.links) == len(fresh.links) == len(first.links)
    print(f"import {m} articles:                    {t_add:8.3f} s")
    print(f"first analysis (engine + store):        {t_first:8.3f} s")
    print(f"project file: {size / 1e6:.1f} MB, {len(first.links):,} links, "
          f"{len(first.framing):,} framing hits")
    print(f"open only:                              {t_open_only:8.3f} s")
    print(f"open + cached analysis:                 {t_open:8.3f} s")
    print(f"re-analysis without cache (baseline):   {t_engine:8.3f} s"
          f"  -> cache {t_engine / t_open:.1f}x faster")


def _open_and_analysis(path):
    with Project.open(path) as p:
        return p.analysis()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--annotations", type=int, default=10_000)
    ap.add_argument("--articles", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        bench_annotations(args.annotations, Path(d))
        bench_open(args.articles, Path(d))
    return 0


if __name__ == "__main__":
    sys.exit(main())
