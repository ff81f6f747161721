#!/usr/bin/env python3
"""Corpus mode on a real archive: time, CPU, peak memory and growth of `corpus build`, against a
MinHash-LSH baseline (datasketch) in the same run, with a near-copy check and a sample of
pairs to read.

    python benchmarks/corpus_benchmark.py [ARCHIVE_DIR] [--sizes 1000,5000,10000,0] [--workers 2]
        [--sample 50 --sample-out pairs.txt] [--no-baseline]

ARCHIVE_DIR defaults to $QARIN_SAUDINEWSNET or ../shared/benchmarks/saudinewsnet beside the
repository (the zipped SaudiNewsNet days, loaded with the mapping in FIELDS); the benchmark
exits with a message when it is absent. Size 0 means every article. Each size runs
`main.py corpus build` in a fresh process on the first N articles by date (written to a temporary
JSONL file outside the repository), so its CPU time and peak memory are its own: CPU is the
whole process tree's (``wait4`` of the build process, which reaps its Dask workers; on a
LocalCluster the scheduler and nannies are threads of the build process), split by process
(build, workers) and by stage (from the build's own report: its process plus the workers'
``process_time``; what falls outside the stages is start-up, imports and the cluster's start
and stop). Growth exponents compare CPU time between consecutive sizes, CPU ~ N^k, for the
whole build and for each stage, beside the growth of candidate pairs.

Baseline (whole archive only): datasketch MinHash (128 permutations) of each article's word
5-grams, LSH at threshold 0.5; a baseline pair counts when its estimated Jaccard is >= 0.5.
Checked: every baseline pair is a corpus pair; every near-copy (>= 80% of the shorter article's
word 5-grams in the other; found exactly, all pairs) is a corpus pair; how many corpus pairs the
baseline misses (partial reuse).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402

from desktop.core.normalize import normalize, tokenize  # noqa: E402
from desktop.corpus.archive import parse_fields, read_archive  # noqa: E402
from desktop.store.corpus import CorpusStore  # noqa: E402

FIELDS = "text=content,title=title,url=url,date=date_extracted,outlet=source"


def default_data() -> Path:
    env = os.environ.get("QARIN_SAUDINEWSNET")
    return Path(env) if env else REPO.parent / "shared" / "benchmarks" / "saudinewsnet"


def load_records(data: Path):
    """Every article, in date order: the first N are the archive as it was when it held N
    (the files list each day by outlet, so their first N would be one or two outlets)."""
    records = list(read_archive(sorted(data.glob("*.zip")), parse_fields(FIELDS)))
    return [r for _, r in sorted(enumerate(records), key=lambda x: (x[1].date or "", x[0]))]


def write_subset(records, n: int, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in records[:n]:
            fh.write(json.dumps({"text": r.text, "title": r.title, "url": r.url, "date": r.date,
                                 "outlet": r.outlet_raw}, ensure_ascii=False) + "\n")


def _tree_sample(pid: int, cpu: dict) -> int:
    """RSS of the process tree; records each process's CPU time so far in ``cpu`` (pid ->
    (role, seconds)), so a worker that has exited keeps its last reading."""
    import psutil

    try:
        p = psutil.Process(pid)
        procs = [p] + p.children(recursive=True)
    except psutil.Error:
        return 0
    total = 0
    for q in procs:
        try:
            total += q.memory_info().rss
            t = q.cpu_times()
            if q.pid not in cpu:
                line = " ".join(q.cmdline())
                cpu[q.pid] = ["build" if q.pid == pid else "worker" if "multiprocessing-fork" in line
                              and "resource_tracker" not in line else "other", 0.0]
            cpu[q.pid][1] = t.user + t.system
        except psutil.Error:
            pass
    return total


def run_build(jsonl: Path, store: Path, workers: int) -> dict:
    """One ``corpus build`` in a child process. CPU time is the whole process tree's: the build
    process (driver; on a LocalCluster also the scheduler and the nannies, which are threads of
    it) and the worker processes it spawns, which it reaps, so the kernel adds theirs to what
    ``wait4`` reports. The split by process comes from sampling every 0.1 s."""
    cmd = [sys.executable, str(REPO / "main.py"), "corpus", "build", str(store), str(jsonl), "--quiet"]
    if workers > 1:
        cmd += ["--workers", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    cpu: dict = {}
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_sample(proc.pid, cpu))
            time.sleep(0.1)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    done.set()
    th.join()
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"build failed: {err.strip().splitlines()[-1] if err.strip() else proc.returncode}")
    total = usage.ru_utime + usage.ru_stime
    by_role = Counter()
    for role, secs in cpu.values():
        by_role[role] += secs
    return {"wall_s": round(wall, 1), "cpu_s": round(total, 1),
            "cpu_workers_s": round(by_role["worker"], 1),
            "cpu_build_s": round(total - by_role["worker"] - by_role["other"], 1),
            "peak_tree_mb": round(peak / 2**20), "summary": out.strip()}


STAGE = re.compile(r"(\w+) ([\d.]+) s \(cpu ([\d.]+) s(?:, workers ([\d.]+) s)?\)")


def stage_cpu(summary: str) -> dict[str, tuple[float, float, float]]:
    """Stage -> (wall, CPU of the tree, the workers' part) from the build's summary line."""
    return {m.group(1): (float(m.group(2)), float(m.group(3)), float(m.group(4) or 0))
            for m in STAGE.finditer(summary.rsplit("[", 1)[-1])}


def print_stages(row: dict) -> None:
    stages = stage_cpu(row["summary"])
    inside = sum(c for _, c, _ in stages.values())
    parts = [f"{k} {c:.1f}" + (f" ({w:.1f} workers)" if w else "") for k, (_, c, w) in stages.items()]
    print(f"  CPU by stage (s): {', '.join(parts)}; outside the stages {row['cpu_s'] - inside:.1f} "
          f"(start-up, imports, on Dask the cluster's start and stop); by process: build {row['cpu_build_s']:.1f}, "
          f"workers {row['cpu_workers_s']:.1f}")


def print_growth(rows: list[dict]) -> None:
    print("\ngrowth (CPU ~ N^k between consecutive sizes; per stage too):")
    for r0, r1 in zip(rows, rows[1:]):
        ln = math.log(r1["articles"] / r0["articles"])
        k = math.log(r1["cpu_s"] / r0["cpu_s"]) / ln
        s0, s1 = stage_cpu(r0["summary"]), stage_cpu(r1["summary"])
        per = ", ".join(f"{st} {math.log(s1[st][1] / s0[st][1]) / ln:.2f}" for st in s1
                        if s0.get(st) and s0[st][1] > 0.2 and s1[st][1] > 0)
        kp = (f", candidate pairs ~N^{math.log(r1['checked'] / r0['checked']) / ln:.2f}"
              if r0.get("checked") and r1.get("checked") else "")
        print(f"  {r0['articles']:>6} -> {r1['articles']:>6}: CPU x{r1['cpu_s'] / r0['cpu_s']:.2f}, "
              f"N x{r1['articles'] / r0['articles']:.2f}, k = {k:.2f} (stages: {per}{kp})")
    if len(rows) > 1:
        r0, r1 = rows[0], rows[-1]
        k = math.log(r1["cpu_s"] / r0["cpu_s"]) / math.log(r1["articles"] / r0["articles"])
        print(f"  overall {r0['articles']} -> {r1['articles']}: k = {k:.2f}")


def word_shingles(text: str, n: int = 5) -> set[str]:
    keys = [t.key for t in tokenize(normalize(text))]
    return {" ".join(keys[i:i + n]) for i in range(len(keys) - n + 1)}


def lsh_baseline(shingles: list[set[str]], threshold: float = 0.5, num_perm: int = 128):
    from datasketch import MinHash, MinHashLSH

    t0 = time.process_time()
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    sketches = []
    for i, sh in enumerate(shingles):
        m = MinHash(num_perm=num_perm)
        m.update_batch([s.encode("utf-8") for s in sh])
        sketches.append(m)
        if sh:
            lsh.insert(i, m)
    pairs = set()
    for i, m in enumerate(sketches):
        if not shingles[i]:
            continue
        for j in lsh.query(m):
            if j > i and m.jaccard(sketches[j]) >= threshold:
                pairs.add((i, j))
    return pairs, time.process_time() - t0


def near_copies(shingles: list[set[str]], share: float = 0.8) -> set[tuple[int, int]]:
    """Pairs where >= share of the shorter article's 5-grams are in the other, exactly: such a
    pair must share one of the shorter article's rarest (1 - share) + 1 grams."""
    post: dict[str, list[int]] = defaultdict(list)
    for i, sh in enumerate(shingles):
        for g in sh:
            post[g].append(i)
    out = set()
    for i, sh in enumerate(shingles):
        if not sh:
            continue
        rare = sorted(sh, key=lambda g: len(post[g]))[: int((1 - share) * len(sh)) + 1]
        cands = {j for g in rare for j in post[g] if j != i}
        for j in cands:
            other = shingles[j]
            if len(other) < len(sh) or (len(other) == len(sh) and j < i):
                continue  # i is the shorter side (ties: checked once)
            if len(sh & other) >= share * len(sh):
                out.add((min(i, j), max(i, j)))
    return out


def sample_pairs(store_path: Path, records, k: int, out: Path, seed: int = 14) -> None:
    """``k`` random reuse pairs (and up to 10 pairs of kind formula, apart) to read."""
    with CorpusStore.open(store_path, readonly=True) as store:
        pairs = store.pair_rows()
        passages = defaultdict(list)
        for a, b, _n, a0, a1, b0, b1, words, kind in store.passage_rows():
            passages[(a, b)].append((a0, a1, b0, b1, words, kind))
        meta = {r.id: r for r in store.articles()}
        rng = random.Random(seed)
        reuse = [p for p in pairs if p[2] != "formula"]
        formula = [p for p in pairs if p[2] == "formula"]
        chosen = rng.sample(reuse, min(k, len(reuse)))
        chosen_f = rng.sample(formula, min(10, len(formula)))
        texts = store.texts({x for p in chosen + chosen_f for x in p[:2]})
    with open(out, "w", encoding="utf-8") as fh:
        for title, group in (("reuse pairs", chosen), ("pairs of kind formula (not reuse)", chosen_f)):
            fh.write(f"##### {len(group)} random {title}\n")
            for n, (a, b, kind, direction, credited, lag, sa, sb) in enumerate(group, 1):
                fh.write(f"=== {n}. pair {a} ({meta[a].outlet}, {meta[a].date}) / {b} ({meta[b].outlet}, "
                         f"{meta[b].date}) kind={kind} direction={direction} shares={sa}/{sb}\n")
                fh.write(f"    titles: {meta[a].title} | {meta[b].title}\n")
                for a0, a1, b0, b1, words, pkind in passages[(a, b)][:3]:
                    fh.write(f"  A[{a0}:{a1}] {texts[a][a0:a1][:400]!r}\n  B[{b0}:{b1}] {texts[b][b0:b1][:400]!r}\n")
    print(f"sample of {len(chosen)} reuse pairs (and {len(chosen_f)} formula pairs) written to {out}")


def project(rows: list[dict], store_path: Path, workers: int, target: int = 500_000) -> None:
    """The 500k-article run from the largest size's per-stage CPU, the growth of candidate
    pairs between the two largest sizes, and the index's memory per article."""
    if len(rows) < 2:
        return
    r0, r1 = rows[-2], rows[-1]
    n = r1["articles"]
    cpu = {k: c for k, (_, c, _) in stage_cpu(r1["summary"]).items()}
    g = math.log(r1["checked"] / r0["checked"]) / math.log(n / r0["articles"])
    with CorpusStore.open(store_path, readonly=True) as st:
        entries = sum(len(np.frombuffer(b[0], dtype=np.uint64)) for _, b in st.iter_features())  # ~ n-grams
    cand = r1["checked"] * (target / n) ** g
    idx = cpu.get("index", 0) / n * target
    align = cpu.get("align", 0) / r1["checked"] * cand
    cands = cpu.get("candidates", 0) / n * target * math.log(target) / math.log(n)
    rest = (cpu.get("import", 0) + cpu.get("derive", 0)) / n * target * (cand / r1["checked"]) / (target / n)
    shard_bytes = entries / n * target * 24  # hash, article, day: 8 bytes each, spread over the shards
    m = re.search(r"of (\d+) sharing a rare n-gram", r1["summary"])
    m0 = re.search(r"of (\d+) sharing a rare n-gram", r0["summary"])
    gv = math.log(int(m.group(1)) / int(m0.group(1))) / math.log(n / r0["articles"]) if m and m0 else 1.0
    voting = int(m.group(1)) * (target / n) ** gv if m else 0
    shards = max(8, target // 4000)
    print(f"\nprojection to {target:,} articles (from {n:,}: per-stage CPU, candidate pairs ~ N^{g:.2f}):")
    print(f"  index {idx / 60:.0f} min CPU ({cpu.get('index', 0) / n * 1000:.2f} ms/article); "
          f"candidates {cands / 60:.0f} min; align {align / 60:.0f} min for ~{cand / 1e6:.2f}M candidate pairs "
          f"({cpu.get('align', 0) / r1['checked'] * 1000:.2f} ms/pair); import+derive {rest / 60:.0f} min")
    total = idx + align + cands + rest
    print(f"  total ~{total / 3600:.1f} h CPU: ~{total / 60 / workers:.0f} min on {workers} cores, "
          f"~{total / 60 / 32:.0f} min on 32 cores")
    print(f"  memory: n-gram shards ~{shard_bytes / 2**30:.1f} GB in all, spread over the workers "
          f"({shards} shards of ~{shard_bytes / shards / 2**20:.0f} MB); driver: votes of ~{voting / 1e6:.1f}M pairs "
          f"sharing a rare n-gram (~N^{gv:.2f}) ~{voting * 16 * 3 / 2**20:.0f} MB while merging, "
          f"sketches {target * 256 / 2**20:.0f} MB")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=default_data())
    ap.add_argument("--sizes", default="1000,5000,10000,0")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--sample-out", type=Path, default=Path(tempfile.gettempdir()) / "corpus_sample.txt")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--keep", type=Path, help="keep the corpus files and the subsets in this folder")
    ap.add_argument("--missed-out", type=Path, default=Path(tempfile.gettempdir()) / "corpus_missed.txt",
                    help="where the baseline pairs and near-copies corpus mode lacks are written, with texts")
    args = ap.parse_args()
    if not args.data.is_dir() or not list(args.data.glob("*.zip")):
        print(f"skipped: no SaudiNewsNet zip files in {args.data}")
        return 0
    records = load_records(args.data)
    print(f"{len(records)} articles with text in {args.data}")
    sizes = [len(records) if s == 0 else min(s, len(records)) for s in map(int, args.sizes.split(","))]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            tmp = args.keep
        for n in sizes:
            jsonl, store = tmp / f"a{n}.jsonl", tmp / f"c{n}.sqlite"
            write_subset(records, n, jsonl)
            row = {"articles": n, **run_build(jsonl, store, args.workers)}
            with CorpusStore.open(store, readonly=True) as st:
                row.update({k: v for k, v in st.counts().items()
                            if k in ("pairs", "reuse_pairs", "formula_pairs", "checked", "stories")})
            rows.append(row)
            print(json.dumps({k: v for k, v in row.items() if k != "summary"}))
            print(f"  stages: {row['summary'].rsplit('; ', 1)[-1].rstrip(']')}")
            print_stages(row)
        print_growth(rows)
        full = tmp / f"c{sizes[-1]}.sqlite"
        project(rows, full, args.workers)
        if not args.no_baseline:
            compare_baseline(records[: sizes[-1]], full, args.missed_out)
        if args.sample:
            sample_pairs(full, records, args.sample, args.sample_out)
    return 0


STUB_GRAMS = 5  # an "article" with fewer word 5-grams than this is a line (a name, a title), not an article


def compare_baseline(records, store_path: Path, missed_out: Path) -> None:
    with CorpusStore.open(store_path, readonly=True) as store:
        by_key = {r.key: r.id for r in store.articles()}
        kinds = {(a, b): kind for a, b, kind, *_ in store.pair_rows()}
        checked = {tuple(map(int, r)) for r in store.db.execute("SELECT a, b FROM checked").fetchall()}
    ours = set(kinds)
    ids = [by_key[r.key] for r in records]
    index_of = {i: n for n, i in enumerate(ids)}
    t0 = time.process_time()
    shingles = [word_shingles(r.text) for r in records]
    t_sh = time.process_time() - t0
    lsh, t_lsh = lsh_baseline(shingles)
    lsh_pairs = {tuple(sorted((ids[i], ids[j]))) for i, j in lsh}
    near = {tuple(sorted((ids[i], ids[j]))) for i, j in near_copies(shingles)}
    missed_lsh = sorted(lsh_pairs - ours)
    missed_near = sorted(near - ours)
    shorter = {p: min(len(shingles[index_of[p[0]]]), len(shingles[index_of[p[1]]])) for p in missed_near}
    stubs = [p for p in missed_near if shorter[p] < STUB_GRAMS]
    missed_real = [p for p in missed_near if shorter[p] >= STUB_GRAMS]

    def by_kind(found) -> str:
        c = Counter(kinds[p] for p in found if p in kinds)
        return ", ".join(f"{k} {c[k]}" for k in ("copy", "edited", "shared", "formula") if c[k])

    n_formula = sum(1 for k in kinds.values() if k == "formula")
    print(f"\nbaseline MinHash-LSH: {len(lsh_pairs)} pairs at est. Jaccard >= 0.5 "
          f"(CPU {t_sh + t_lsh:.1f} s incl. {t_sh:.1f} s tokenizing)")
    print(f"  found by corpus mode: {len(lsh_pairs) - len(missed_lsh)} / {len(lsh_pairs)} "
          f"({by_kind(lsh_pairs)}); missed: {len(missed_lsh)} "
          f"({sum(p in checked for p in missed_lsh)} of them aligned and rejected)")
    print(f"  corpus reuse pairs the baseline lacks (partial reuse): "
          f"{sum(1 for p, k in kinds.items() if k != 'formula' and p not in lsh_pairs)} of {len(ours) - n_formula}"
          f" (and {n_formula} pairs of kind formula)")
    print(f"near-copies (>= 80% of the shorter article's word 5-grams in the other): {len(near)} "
          f"({by_kind(near)}); missed by corpus mode: {len(missed_real)} {missed_real[:20]}")
    if stubs:
        stub_ids = Counter(p[0] if len(shingles[index_of[p[0]]]) < STUB_GRAMS else p[1] for p in stubs)
        print(f"  not counted: {len(stubs)} containments of {len(stub_ids)} texts of under {STUB_GRAMS} word 5-grams "
              f"(under {STUB_GRAMS + 4} words: a name or a title line, not an article), e.g.:")
        for i, c in stub_ids.most_common(6):
            print(f"    {i} ({records[index_of[i]].outlet_raw}): {records[index_of[i]].text.strip()[:80]!r} "
                  f"inside {c} articles")
    with open(missed_out, "w", encoding="utf-8") as fh:
        for title, missed in (("LSH pair", missed_lsh), ("near-copy", missed_real), ("stub containment", stubs)):
            for a, b in missed:
                ra, rb = records[index_of[a]], records[index_of[b]]
                sa, sb = shingles[index_of[a]], shingles[index_of[b]]
                jac = len(sa & sb) / max(1, len(sa | sb))
                fh.write(f"=== {title} {a} ({ra.outlet_raw}, {ra.date}) / {b} ({rb.outlet_raw}, {rb.date}) "
                         f"jaccard={jac:.2f} aligned={(a, b) in checked} 5-grams={len(sa)}/{len(sb)}\n")
                fh.write(f"  A: {ra.text[:700]!r}\n  B: {rb.text[:700]!r}\n")
    if missed_lsh or missed_near:
        print(f"  missed pairs with their texts written to {missed_out}")


if __name__ == "__main__":
    sys.exit(main())
