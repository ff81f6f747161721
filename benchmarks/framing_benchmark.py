#!/usr/bin/env python3
"""Framing (quotes + lexicon matching) on 200 real-size articles: the current matcher against
the frozen pre-issue-11 one (benchmarks/framing_baseline), in one run.

The articles come from ../shared/benchmarks/saudinewsnet (read at run time, never copied);
without it the benchmark says so and skips. Both routes get the same tokens and segmentation;
"cold" builds a fresh matcher (its per-word cache empty, as in a first analysis), "warm" reuses
it (as when the window re-runs an analysis).

    python benchmarks/framing_benchmark.py [--articles 200] [--repeats 5]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from desktop.core.framing import TermMatcher, find_terms, headline_span  # noqa: E402
from desktop.core.lexicon import default_lexicon  # noqa: E402
from desktop.core.normalize import normalize, tokenize  # noqa: E402
from desktop.core.quotes import find_quotes  # noqa: E402
from desktop.core.segment import segment  # noqa: E402

ARCHIVE = ROOT.parent / "shared" / "benchmarks" / "saudinewsnet"


def real_articles(n: int) -> list[str]:
    texts: list[str] = []
    for z in sorted(ARCHIVE.glob("*.zip")) if ARCHIVE.is_dir() else []:
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for row in json.loads(zf.read(name)):
                    text = (row.get("content") or "").strip()
                    if len(text) >= 1500:  # real-size: a full article, not a brief
                        texts.append(text)
                    if len(texts) >= n:
                        return texts
    return texts


def prepare(texts):
    docs = []
    for k, text in enumerate(texts):
        seg = segment(text)
        docs.append((f"a{k}", text, tokenize(normalize(text)), seg))
    return docs


def run_new(docs, matcher) -> int:
    n = 0
    for aid, text, toks, seg in docs:
        quotes = find_quotes(text, seg.paragraphs, seg.sentences, toks)
        n += len(find_terms(aid, text, toks, matcher, quotes,
                            headline=headline_span(text, seg.paragraphs)))
    return n


def run_old(docs, matcher) -> int:
    from framing_baseline import old_framing

    return sum(len(old_framing(aid, text, toks, seg.paragraphs, matcher))
               for aid, text, toks, seg in docs)


def timed(fn, *args) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = fn(*args)
    return (time.perf_counter() - t0) * 1000, n


def bench(n_articles: int = 200, repeats: int = 5) -> bool:
    """Print the comparison; False when the archive is absent."""
    from framing_baseline import TermMatcher as OldMatcher
    from framing_baseline import old_lexicon

    texts = real_articles(n_articles)
    if len(texts) < n_articles:
        print(f"framing benchmark skipped: {ARCHIVE} not found or too small")
        return False
    docs = prepare(texts)
    chars = sum(len(t) for t in texts)
    new_lex, old_lex = default_lexicon(), old_lexicon()
    rows = {}
    for name, make, run, lex in (("old", OldMatcher, run_old, old_lex),
                                 ("new", TermMatcher, run_new, new_lex)):
        cold, warm = [], []
        hits = 0
        for _ in range(repeats):
            matcher = make(lex)
            ms, hits = timed(run, docs, matcher)
            cold.append(ms)
            warm.append(timed(run, docs, matcher)[0])
        rows[name] = (statistics.median(cold), statistics.median(warm), hits, len(lex.terms))
    print(f"framing on {len(docs)} real articles ({chars // len(docs)} characters on average), "
          f"median of {repeats}:")
    for name, (cold, warm, hits, terms) in rows.items():
        print(f"  {name} matcher ({terms:3} terms): cold {cold:7.1f} ms, warm {warm:7.1f} ms, "
              f"{hits} hits ({hits / len(docs):.1f} per article)")
    (oc, ow, oh, _), (nc, nw, nh, _) = rows["old"], rows["new"]
    print(f"  ratio new / old: cold {nc / oc:.2f}x, warm {nw / ow:.2f}x; "
          f"per article new warm {nw / len(docs):.2f} ms")
    return True


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    bench(args.articles, args.repeats)


if __name__ == "__main__":
    main()
