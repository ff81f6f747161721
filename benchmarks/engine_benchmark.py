#!/usr/bin/env python3
"""Engine speed, against the naive routes, in one run (report medians and ratios: the machine
is shared, so absolute figures move with its load).

1. The five seeds: the whole analysis warm (median of --repeats), again with the memos keyed
   by sentences and passages emptied before each run (a warm process meeting new text), the
   first run in a fresh process, and `timings.total` of single `analyze --json` CLI runs
   (median of --cli-runs processes). Baseline: difflib.SequenceMatcher over the characters of each pair.
2. Growth on real-size articles, 25 -> 200: a single story (copies of the seeds, each keeping
   a different subset of paragraphs, as benchmarks/ui_responsiveness.py builds them) and a
   random mix (articles drawn from ../shared/benchmarks/saudinewsnet when it is present;
   development data read at run time, never stored). Baseline: difflib over the words of every
   pair, the all-pairs route a first version would take. Growth is the exponent k of
   time ~ N^k between the smallest and the largest size. Both routes run in this process on
   one thread, so growth is timed in CPU seconds of the process (steadier than the wall clock
   on a shared machine); the seeds are timed both ways.

3. Framing on 200 real-size articles against the pre-issue-11 matcher (framing_benchmark.py).
4. Ingest (reading: furniture, credits, outlet, dates): per article on the seeds, and on one
   generated text as its size doubles (14k -> 222k characters; paragraphs of the seeds with
   datelines, credits and furniture lines written here, and a "short lines" shape), against
   plain decoding and splitting of the same bytes in the same run; growth per doubling.

    python benchmarks/engine_benchmark.py [--repeats 30] [--cli-runs 7] [--sizes 25,50,100,200]
                                          [--archive DIR] [--skip-growth] [--framing-articles 200]
                                          [--skip-ingest] [--code DIR]

`--code DIR` measures another checkout of Qarin (its engine, seeds and CLI) with this script,
for before/after figures in one sitting.
"""
from __future__ import annotations

import argparse
import difflib
import itertools
import json
import math
import random
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if "--code" in sys.argv:  # measure another checkout: its engine is imported, its CLI run
    ROOT = Path(sys.argv[sys.argv.index("--code") + 1]).resolve()
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from desktop.core.analysis import analyze  # noqa: E402
from desktop.core.ingest import article_from_text, load_paths  # noqa: E402
from desktop.paths import SEEDS  # noqa: E402

ARCHIVE = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "saudinewsnet"


def ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def cpu_ms(t0: float) -> float:
    return (time.process_time() - t0) * 1000


def qarin_once() -> tuple[float, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    analyze(load_paths([SEEDS]).articles)
    return ms(t0), cpu_ms(c0)


# Memos keyed by whole sentences or passages (not by a word or a rule): on the same seeds
# analysed again they return earlier results, so the "warm" figure would partly time them.
PASSAGE_MEMOS = (("desktop.core.worddiff", "_diff_cached"), ("desktop.core.paraphrase", "_unify"),
                 ("desktop.core.reuse", "names_source"))


def clear_passage_memos() -> list[str]:
    import importlib

    cleared = []
    for module, name in PASSAGE_MEMOS:
        memo = getattr(importlib.import_module(module), name, None)
        if hasattr(memo, "cache_clear"):
            memo.cache_clear()
            cleared.append(f"{module.rsplit('.', 1)[1]}.{name}")
    return cleared


def qarin_fresh_passages() -> tuple[float, float]:
    clear_passage_memos()
    return qarin_once()


def naive_chars_once() -> float:
    t0 = time.perf_counter()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for a, b in itertools.combinations(texts, 2):
        difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return ms(t0)


def cli_run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seeds.json"
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "analyze", "--json", str(out)],
                              capture_output=True, text=True, cwd=ROOT)
        wall = ms(t0)
        if proc.returncode != 0:
            raise SystemExit(proc.stderr)
        timings = json.loads(out.read_text(encoding="utf-8"))["timings"]
    timings["process"] = wall
    return timings


def single_story(n: int):
    seeds = load_paths([SEEDS]).articles
    out = []
    for i in range(n):
        base = seeds[i % len(seeds)]
        paras = [p for p in base.text.split("\n") if p.strip()]
        keep = [p for k, p in enumerate(paras) if (k + i) % 4 != 0] or paras
        out.append(article_from_text("\n\n".join(keep), id=f"syn-{i:03d}", outlet=f"Outlet {i % 10}"))
    return out


def random_mix(n: int, archive: Path, seed: int = 12):
    rows = []
    for zpath in sorted(archive.glob("*.zip"))[:3]:
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                if name.endswith(".json"):
                    rows += [r for r in json.loads(z.read(name)) if len(r.get("content") or "") > 800]
    random.Random(seed).shuffle(rows)
    return [article_from_text(r["content"], id=f"mix-{k:03d}", outlet=r.get("source") or "x")
            for k, r in enumerate(rows[:n])]


def naive_words(articles) -> float:
    t0 = time.process_time()
    words = [a.text.split() for a in articles]
    for a, b in itertools.combinations(words, 2):
        difflib.SequenceMatcher(None, a, b).get_matching_blocks()
    return cpu_ms(t0)


def growth(label: str, make, sizes: list[int]) -> None:
    print(f"\n{label}")
    print(f"  {'N':>4} {'pairs':>6} {'qarin ms':>9} {'difflib ms':>11} {'ratio':>6}  links  stories  json pairs"
          "   (CPU ms)")
    rows = []
    for n in sizes:
        arts = make(n)
        if len(arts) < n:
            print(f"  {n:>4}: only {len(arts)} articles available; stopped")
            break
        analyze(arts[:2])  # warm caches and imports
        t0 = time.process_time()
        result = analyze(arts)
        q = cpu_ms(t0)
        d = naive_words(arts)
        rows.append((n, q, d))
        print(f"  {n:>4} {n * (n - 1) // 2:>6} {q:>9.0f} {d:>11.0f} {d / q:>5.1f}x  {len(result.links):>5}"
              f"  {len(getattr(result, 'stories', ())):>7}  {len(result.pairs):>10}")
    if len(rows) >= 2:
        (n0, q0, d0), (n1, q1, d1) = rows[0], rows[-1]
        k = lambda a, b: math.log(b / a) / math.log(n1 / n0)  # noqa: E731
        print(f"  growth {n0}->{n1}: qarin N^{k(q0, q1):.2f}, difflib N^{k(d0, d1):.2f}")


DATELINES = ("الرياض (واس) - ", "دمشق - سانا - ", "بيروت - رويترز: ", "القاهرة (أ ش أ) - ", "", "", "")
CREDIT_TAILS = ("", "", "", " نقلا عن وكالة الأنباء الرسمية.", " بحسب ما ذكرت وكالة رويترز.",
                " المصدر: الميادين")
FURNITURE = ("اقرأ أيضا: تفاصيل جديدة عن الحادث", "شارك على فيسبوك تويتر واتساب",
             "زر الذهاب إلى الأعلى", "تابعونا على قناتنا في تلغرام", "الأكثر قراءة",
             "12 يناير 2024 - 10:30", "#أخبار #عاجل", "حجم الخط")


def generated_text(size: int, shape: str, seed: int = 10) -> str:
    """About `size` characters: the seeds' paragraphs in random order under datelines, with
    credits and a furniture line now and then ("paragraphs"), or cut into lines of one to
    five words ("short lines": menus, tickers and lists flattened to text)."""
    rng = random.Random(seed)
    paras = [p for f in sorted(SEEDS.glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n")
             if len(p.split()) > 6]
    out, n = [], 0
    while n < size:
        if shape == "short lines":
            words = rng.choice(paras).split()
            k = 0
            while k < len(words) and n < size:
                step = rng.randint(1, 5)
                out.append(" ".join(words[k:k + step]))
                n += len(out[-1]) + 1
                k += step
            continue
        piece = rng.choice(DATELINES) + rng.choice(paras) + rng.choice(CREDIT_TAILS)
        if rng.random() < 0.15:
            piece += "\n" + rng.choice(FURNITURE)
        out.append(piece)
        n += len(piece) + 2
    sep = "\n" if shape == "short lines" else "\n\n"
    return sep.join(out)[:size]


def _best_cpu(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        c0 = time.process_time()
        fn()
        times.append(cpu_ms(c0))
    return statistics.median(times)


def plain_split(text: str) -> None:
    """The baseline: decode the bytes and split them into lines and words."""
    decoded = text.encode("utf-8").decode("utf-8")
    for line in decoded.splitlines():
        line.split()


def ingest_figures(repeats: int) -> None:
    files = sorted(SEEDS.glob("*.txt"))
    load_paths([SEEDS])  # warm
    q = _best_cpu(lambda: load_paths([SEEDS]), repeats) / len(files)
    base = _best_cpu(lambda: [plain_split(p.read_bytes().decode("utf-8")) for p in files], repeats) / len(files)
    print(f"\ningest (CPU ms, median of {repeats}): seeds {q:.2f} ms per article; plain decode+split "
          f"{base:.3f} ms   ratio {q / base:.0f}x")
    sizes = [14_000, 28_000, 55_500, 111_000, 222_000]
    for shape in ("paragraphs", "short lines"):
        print(f"  one generated text, {shape}:")
        print(f"    {'chars':>8} {'ingest ms':>10} {'split ms':>9} {'ratio':>6}  growth per doubling")
        prev = None
        rows = []
        for size in sizes:
            text = generated_text(size, shape)
            reps = max(3, repeats // (size // 14_000))
            # a new string each time: the normalization shared by identity is not reused
            t = _best_cpu(lambda: article_from_text((text + " ")[:-1], id="big"), reps)
            b = _best_cpu(lambda: plain_split(text), reps)
            grow = f"x{t / prev:.2f}" if prev else ""
            print(f"    {len(text):>8} {t:>10.1f} {b:>9.2f} {t / b:>5.0f}x  {grow}")
            rows.append((len(text), t))
            prev = t
        (n0, t0), (n1, t1) = rows[0], rows[-1]
        print(f"    growth {n0}->{n1} chars: N^{math.log(t1 / t0) / math.log(n1 / n0):.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=30)
    ap.add_argument("--cli-runs", type=int, default=7)
    ap.add_argument("--sizes", default="25,50,100,200")
    ap.add_argument("--archive", default=str(ARCHIVE))
    ap.add_argument("--skip-growth", action="store_true")
    ap.add_argument("--framing-articles", type=int, default=200, help="0 to skip")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--code", metavar="DIR", help="measure the Qarin checkout in DIR")
    args = ap.parse_args()

    cold, _ = qarin_once()
    runs = [qarin_once() for _ in range(args.repeats)]
    warm = [w for w, _ in runs]
    naive = naive_chars_once()
    q = statistics.median(warm)
    print(f"seeds, whole analysis warm: median {q:.1f} ms over {args.repeats} runs "
          f"(min {min(warm):.1f}, max {max(warm):.1f}; CPU median {statistics.median(c for _, c in runs):.1f} ms; "
          f"first run in process {cold:.1f} ms)   target <= 15 ms")
    fresh = [qarin_fresh_passages() for _ in range(args.repeats)]
    print(f"seeds, warm process, passage memos cleared before each run ({', '.join(clear_passage_memos())}): "
          f"median {statistics.median(w for w, _ in fresh):.1f} ms (CPU {statistics.median(c for _, c in fresh):.1f} ms)")
    print(f"seeds, naive difflib over characters, 10 pairs: {naive:.0f} ms   ratio naive/qarin {naive / q:.0f}x")
    clis = [cli_run() for _ in range(args.cli_runs)]
    med = {k: statistics.median(r.get(k, 0.0) for r in clis) for k in clis[0]}
    stages = ", ".join(f"{k} {v:.1f}" for k, v in med.items() if k not in ("total", "command", "process"))
    print(f"seeds, one `analyze --json` CLI run (median of {args.cli_runs} processes): timings.total "
          f"{med['total']:.1f} ms   target <= 30 ms\n  stages: {stages}\n  command {med.get('command', 0):.1f} ms, "
          f"whole process incl. interpreter start and imports {med['process']:.0f} ms")
    if not args.skip_ingest:
        ingest_figures(max(5, args.repeats // 3))
    if args.framing_articles:
        from framing_benchmark import bench  # the framing layer alone, against the old matcher

        bench(args.framing_articles, repeats=3)
    if args.skip_growth:
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    growth("single story (seed copies)", single_story, sizes)
    archive = Path(args.archive)
    if archive.is_dir():
        growth(f"random mix ({archive.name})", lambda n: random_mix(n, archive), sizes)
    else:
        print(f"\nrandom mix: skipped ({archive} is absent)")


if __name__ == "__main__":
    main()
