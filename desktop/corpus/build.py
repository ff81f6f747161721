"""Build or extend a corpus store: import, index, candidates, alignment, derived tables.

    with CorpusStore.open("c.sqlite", create=True) as store, make_runner(workers=2) as runner:
        report = build_corpus(store, ["archive/"], fields, runner=runner, stage=progress)

Stages and what makes the build incremental and resumable:

1. import: records whose key is already stored are skipped (committed every 2,000).
2. index: features (masked content words) and a whole-text sketch for articles that have
   none (committed per batch).
3. candidates: n-gram hashes of every article, split by hash range into shards; each shard
   counts its votes; the shards merge (``candidates``); plus the pairs whose whole-text
   sketches agree (``sketch``: near-duplicates even when what they share is formulas). Cheap
   (numpy), redone on every build so document frequencies cover the whole corpus.
4. align: only candidate pairs not yet aligned (``checked``), in chunks, each committed with
   the reuse it found; an interrupted build resumes with the chunks left.
5. derived: stories, network and substitution groups rebuilt from all stored pairs.

Every stage is a pure function over shards (the ``_task_*`` functions) mapped by a runner,
in-process or on Dask; results come back in order, so the store does not depend on the runner.
"""
from __future__ import annotations

import datetime
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable

import numpy as np

from desktop.core.normalize import normalize
from desktop.store.corpus import CorpusStore

from .archive import ReadReport, read_archive
from .candidates import (CandidateSettings, candidate_mask, count_pairs, merge_counts, split_by_shard,
                         unpack_votes)
from .derived import derive
from .pairs import Doc, PairResult, PairSettings, Passage, Substitution, compare
from .runner import InProcess
from .shingles import Features, features, text_ngram_hashes
from .words import content_words
from .sketch import band_pairs, sketch, text_grams

Stage = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True)
class BuildSettings:
    candidates: CandidateSettings = field(default_factory=CandidateSettings)
    pairs: PairSettings = field(default_factory=PairSettings)
    index_batch: int = 500  # articles per indexing task
    shards: int = 0  # hash-range shards of the candidate index (0: one per 4,000 articles, at least 8)
    shard_batch: int = 4000  # articles per shingling task
    align_chunk: int = 400  # candidate pairs per alignment task


@dataclass
class BuildReport:
    read: int = 0
    added: int = 0
    already: int = 0
    indexed: int = 0
    candidates: int = 0
    voting: int = 0  # pairs sharing at least one rare n-gram (what the driver holds while merging)
    aligned: int = 0
    pairs_found: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # wall clock per stage
    cpu: dict[str, float] = field(default_factory=dict)  # CPU per stage (this process and the workers)
    cpu_workers: dict[str, float] = field(default_factory=dict)  # the workers' part of it (Dask)
    runner: str = "in-process"


# -- tasks (pure functions; run in this process or on a Dask worker) -------------------------
def _blobs(f: Features) -> tuple[bytes, bytes, bytes, bytes]:
    return tuple(np.ascontiguousarray(a).tobytes() for a in (f.keys, f.starts, f.ends, f.gap))


# Tasks take and return bytes and plain tuples rather than arrays and objects: on Dask every
# array is a frame of its own and every object a pickling step, both sides of each transfer,
# which cost a sixth of what indexing costs; bytes move as they are (and are what the store keeps).
def _task_features(rows: list[tuple[int, str]]) -> list[tuple[int, tuple[bytes, bytes, bytes, bytes], bytes]]:
    out = []
    for i, text in rows:
        norm = normalize(text)  # once for both
        out.append((i, _blobs(features(text, content_words(text, norm))),
                    sketch(text_ngram_hashes(norm.text)).tobytes()))
    return out


def _task_sketches(rows: list[tuple[int, str]]) -> list[tuple[int, bytes]]:
    return [(i, sketch(text_grams(text)).tobytes()) for i, text in rows]


def _sketch(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint32)


def _from_blobs(blobs) -> Features:
    keys, starts, ends, gap = blobs
    return Features(np.frombuffer(keys, dtype=np.uint64), np.frombuffer(starts, dtype=np.int32),
                    np.frombuffer(ends, dtype=np.int32), np.frombuffer(gap, dtype=bool))


def _day(date: str | None) -> int:
    """Day number of a date ("2015-07-21 02:51:32" -> its ordinal); -1 when there is none."""
    try:
        return datetime.date.fromisoformat((date or "")[:10]).toordinal()
    except ValueError:
        return -1


def _task_shingles(items: list[tuple[int, int, tuple[bytes, bytes]]], shards: int
                   ) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """For each shard: (hashes, article ids, days) of these articles' n-grams falling in it."""
    per_shard: list[list[np.ndarray]] = [[] for _ in range(shards)]
    per_docs: list[list[np.ndarray]] = [[] for _ in range(shards)]
    per_days: list[list[np.ndarray]] = [[] for _ in range(shards)]
    for doc, day, (keys, gap) in items:
        f = Features(np.frombuffer(keys, dtype=np.uint64), np.empty(0, np.int32), np.empty(0, np.int32),
                     np.frombuffer(gap, dtype=bool))
        for s, h in enumerate(split_by_shard(doc, f.shingles(), shards)):
            if len(h):
                per_shard[s].append(h)
                per_docs[s].append(np.full(len(h), doc, dtype=np.int64))
                per_days[s].append(np.full(len(h), day, dtype=np.int64))
    out = []
    for hs, ds, ys in zip(per_shard, per_docs, per_days):
        out.append((np.concatenate(hs) if hs else np.empty(0, np.uint64),
                    np.concatenate(ds) if ds else np.empty(0, np.int64),
                    np.concatenate(ys) if ys else np.empty(0, np.int64)))
    return out


def _task_count(pieces: list[tuple[np.ndarray, np.ndarray, np.ndarray]], settings: CandidateSettings):
    def cat(i, dtype):
        return np.concatenate([p[i] for p in pieces]) if pieces else np.empty(0, dtype)
    return count_pairs(cat(0, np.uint64), cat(1, np.int64), settings, cat(2, np.int64))


def _task_align(rows: dict[int, tuple], pairs: list[tuple[int, int]], settings: PairSettings,
                templates: frozenset = frozenset()):
    """``rows``: article id -> (text, outlet, date, feature blobs)."""
    docs = {i: Doc(i, text, outlet, date, _from_blobs(blobs)) for i, (text, outlet, date, blobs) in rows.items()}
    cache: dict = {}
    out = []
    for a, b in pairs:
        r = compare(docs[a], docs[b], settings, cache, template=(a, b) in templates)
        if r is not None:
            out.append(_flat(r))
    return out


def _flat(r: PairResult) -> tuple:
    """A pair's result as nested tuples (pickled several times faster than the dataclasses)."""
    return (r.a, r.b, tuple(_flat_passage(p) for p in r.passages), r.kind, r.direction, r.credited,
            r.lag_seconds, r.a_share, r.b_share,
            tuple((x.source_text, x.copy_text, x.source_span, x.copy_span) for x in r.substitutions))


def _flat_passage(p: Passage) -> tuple:
    return (p.a_span, p.b_span, p.words, p.kind)


def _unflat(t: tuple) -> PairResult:
    a, b, passages, kind, direction, credited, lag, a_share, b_share, subs = t
    return PairResult(a, b, tuple(Passage(*p) for p in passages), kind, direction, credited, lag, a_share, b_share,
                      tuple(Substitution(*x) for x in subs))


def order_pairs(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs grouped by connected component (articles joined by candidate pairs), then by
    article: a chunk of pairs then holds few distinct articles, and each article is read,
    tokenized and indexed once per chunk rather than once per pair (ten copies of one story
    are 45 pairs over 10 articles). Deterministic, so every runner aligns the same chunks."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return sorted(pairs, key=lambda p: (find(p[0]), p[0], p[1]))


# -- the build ---------------------------------------------------------------------------
def _chunks(seq: list, size: int) -> Iterable[list]:
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def build_corpus(store: CorpusStore, archives: Iterable[str], fields: dict[str, str] | None = None,
                 runner=None, settings: BuildSettings | None = None, stage: Stage | None = None
                 ) -> BuildReport:
    settings = settings or BuildSettings()
    runner = runner or InProcess()
    report = BuildReport(runner=runner.description)
    stage = stage or (lambda *_: None)
    clock = time.perf_counter()
    cpu = runner.cpu_split()

    def lap(name: str) -> None:
        nonlocal clock, cpu
        now, now_cpu = time.perf_counter(), runner.cpu_split()
        report.seconds[name] = round(now - clock, 2)
        report.cpu[name] = round(sum(now_cpu) - sum(cpu), 2)
        report.cpu_workers[name] = round(now_cpu[1] - cpu[1], 2)
        clock, cpu = now, now_cpu

    # 1. import
    read = ReadReport()
    archives = list(archives)
    if archives:
        report.added, report.already = store.add_records(read_archive(archives, fields, read))
        report.read = read.records
        report.problems.extend(read.problems)
        stage("import", read.records, read.records)
    lap("import")

    # 2. index new articles
    total = store.unindexed_count()
    done = 0
    if total:
        batches = ([rows] for rows in store.iter_unindexed(settings.index_batch))
        for result in runner.map(_task_features, batches):
            store.save_features([(i, _from_blobs(b)) for i, b, _ in result])
            store.save_sketches([(i, _sketch(sk)) for i, _, sk in result])
            done += len(result)
            stage("index", done, total)
    report.indexed = done
    missing = store.unsketched_count()  # a store made before sketches: compute them once
    if missing:
        done_sk = 0
        for result in runner.map(_task_sketches, ([rows] for rows in store.iter_unsketched(settings.index_batch))):
            store.save_sketches([(i, _sketch(sk)) for i, sk in result])
            done_sk += len(result)
            stage("sketch", done_sk, missing)
    lap("index")

    # 3. candidates: shingle in article batches, count votes per hash shard, merge
    n_articles = store.article_count()
    shards = settings.shards or max(8, n_articles // 4000)  # any number gives the same votes

    days = {r.id: _day(r.date) for r in store.articles()}
    sizes = np.zeros(max(days, default=0) + 1, dtype=np.int64)  # n-grams per article

    def shingle_inputs():
        batch = []
        for doc, blobs in store.iter_features():
            sizes[doc] = len(_from_blobs(blobs).shingles())
            batch.append((doc, days[doc], (blobs[0], blobs[3])))
            if len(batch) >= settings.shard_batch:
                yield (batch, shards)
                batch = []
        if batch:
            yield (batch, shards)

    def shuffle_progress(step: str, n: int) -> None:
        if step == "map":
            stage("shingle", min(n_articles, n * settings.shard_batch), n_articles)
        else:
            stage("count", n, shards)

    counted_parts = runner.shuffle(_task_shingles, shingle_inputs(), shards, _task_count,
                                   (settings.candidates,), shuffle_progress)
    keys, votes = merge_counts(counted_parts)
    del counted_parts
    report.voting = len(keys)
    chosen = candidate_mask(keys, votes, settings.candidates, sizes)
    # plus pairs whose whole texts are near-duplicates, formulas included (sketch bands); one
    # the n-gram index turned down for sharing only recurring formulas is a template pair
    bands = band_pairs(*store.sketches())
    extra = bands[~np.isin(bands, keys[chosen], assume_unique=True)]
    at = np.minimum(np.searchsorted(keys, extra), max(0, len(keys) - 1))
    found = (keys[at] == extra) if len(keys) else np.zeros(len(extra), dtype=bool)
    total = np.where(found, unpack_votes(votes[at])[0] if len(keys) else 0, 0)
    templates = frozenset((int(k >> 32), int(k & 0xFFFFFFFF))
                          for k in extra[total >= settings.candidates.min_shared])
    keys = np.union1d(keys[chosen], extra)
    del votes
    report.candidates = len(keys)
    todo = keys[~np.isin(keys, store.checked_keys(), assume_unique=True)]
    lap("candidates")

    # 4. align the new candidate pairs
    pairs = order_pairs([(int(k >> 32), int(k & 0xFFFFFFFF)) for k in todo])
    total = len(pairs)

    def align_inputs():
        for chunk in _chunks(pairs, settings.align_chunk):
            ids = sorted({i for p in chunk for i in p})
            texts = store.texts(ids)
            meta = {r.id: r for r in store.articles(ids)}
            rows = {i: (texts[i], meta[i].outlet, meta[i].date, blobs) for i, blobs in store.iter_features(ids)}
            yield (rows, chunk, settings.pairs, frozenset(p for p in chunk if p in templates))

    done = 0
    for chunk, found in zip(_chunks(pairs, settings.align_chunk), runner.map(_task_align, align_inputs())):
        store.save_pairs(chunk, [_unflat(t) for t in found])
        done += len(chunk)
        report.aligned += len(chunk)
        stage("align", done, total)
    lap("align")

    # 5. derived tables
    stories, network, substitutions = derive(store)
    store.replace_derived(stories, network, substitutions)
    report.pairs_found = store.counts()["pairs"]
    stage("derive", 1, 1)
    lap("derive")
    return report
