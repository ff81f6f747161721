"""Corpus-scale reuse detection: index the sources, retrieve candidates, align, merge.

``find_reuse(sources, suspicious)`` is the library entry point; ``Detector`` keeps a built
index to run many suspicious documents against it, in parallel when ``jobs > 1``.
"""
from __future__ import annotations

import multiprocessing
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Mapping

from desktop.core.model import Span

from .align import AlignSettings, Block, align_pair
from .extend import extend_exact
from .index import RetrievalSettings, SourceIndex
from .words import Words, content_words

Progress = Callable[[int, int], None]  # (done, total)


class LoadError(Exception):
    """A document that cannot be read; the message names it. Raised by ``load_text`` callables."""


@dataclass(frozen=True)
class Detection:
    """A passage of ``suspicious_id`` reused from ``source_id`` (code-point spans)."""

    suspicious_id: str
    suspicious_span: Span
    source_id: str
    source_span: Span
    matched_words: int


@dataclass(frozen=True)
class ReuseSettings:
    retrieval: RetrievalSettings = field(default_factory=RetrievalSettings)
    align: AlignSettings = field(default_factory=AlignSettings)
    max_overlap: float = 0.5  # drop a detection overlapping a stronger one by this share


def resolve_overlaps(detections: list[Detection], max_overlap: float) -> list[Detection]:
    """Keep, among detections overlapping in the suspicious text, the ones with most matches.

    A reused passage has one source; a weaker detection covering more than ``max_overlap`` of
    its own length with a stronger detection from another place is dropped.
    """
    kept: list[Detection] = []
    for d in sorted(detections, key=lambda d: (-d.matched_words, d.suspicious_span)):
        s, e = d.suspicious_span
        length = max(1, e - s)
        if any(min(e, k.suspicious_span[1]) - max(s, k.suspicious_span[0]) > max_overlap * length for k in kept):
            continue
        kept.append(d)
    kept.sort(key=lambda d: (d.suspicious_span, d.source_id, d.source_span))
    return kept


def _blocks_to_detections(susp_id: str, susp: Words, source_id: str, source: Words,
                          blocks: Iterable[Block]) -> list[Detection]:
    out = []
    for b in blocks:
        s_span, r_span = susp.span(b.s_first, b.s_last), source.span(b.r_first, b.r_last)
        if susp.text and source.text:
            s_span, r_span = extend_exact(susp.text, s_span, source.text, r_span)
        out.append(Detection(susp_id, s_span, source_id, r_span, b.points))
    return out


class Detector:
    """An index over source documents, queried one suspicious document at a time."""

    def __init__(self, settings: ReuseSettings | None = None):
        self.settings = settings or ReuseSettings()
        self.index = SourceIndex()
        self.problems: list[LoadError] = []

    def add_source(self, source_id: str, text: str) -> None:
        self.index.add(source_id, content_words(text))

    def add_source_words(self, source_id: str, words: Words) -> None:
        self.index.add(source_id, words)

    def detect(self, susp_id: str, text: str) -> list[Detection]:
        return self.detect_words(susp_id, content_words(text))

    def detect_words(self, susp_id: str, words: Words) -> list[Detection]:
        index, st = self.index, self.settings
        found: list[Detection] = []
        for s, regions in index.candidates(words, st.retrieval):
            if index.ids[s] == susp_id:
                continue
            blocks = align_pair(words, index.words[s], index.positions[s], st.align, regions)
            found.extend(_blocks_to_detections(susp_id, words, index.ids[s], index.words[s], blocks))
        return resolve_overlaps(found, st.max_overlap)

    def detect_all(self, suspicious: Iterable[tuple[str, Callable[[], str]]], jobs: int = 1,
                   total: int | None = None, progress: Progress | None = None
                   ) -> Iterator[tuple[str, list[Detection] | LoadError]]:
        """``(id, detections)`` for each ``(id, load_text)``, in input order; a document whose
        ``load_text`` raises ``LoadError`` yields the error instead of detections.

        ``load_text`` runs in the worker (so file reading is parallel too); it must be picklable
        when ``jobs > 1`` and the platform cannot fork.
        """
        items = list(suspicious)
        total = len(items) if total is None else total
        done = 0
        if jobs <= 1 or len(items) <= 1:
            for item in items:
                sid, result = _detect_item(self, item)
                done += 1
                if progress:
                    progress(done, total)
                yield sid, result
            return
        with _pool(self, jobs) as pool:
            for sid, result in pool.imap(_worker_detect, items, chunksize=1):
                done += 1
                if progress:
                    progress(done, total)
                yield sid, result


# --- multiprocessing -------------------------------------------------------------------------

_WORKER_DETECTOR: Detector | None = None


def _init_worker(detector: Detector | None) -> None:
    global _WORKER_DETECTOR
    if detector is not None:
        _WORKER_DETECTOR = detector


def _detect_item(detector: Detector, item: tuple[str, Callable[[], str]]):
    sid, load = item
    try:
        text = load()
    except LoadError as exc:
        return sid, exc
    return sid, detector.detect(sid, text)


def _worker_detect(item: tuple[str, Callable[[], str]]):
    assert _WORKER_DETECTOR is not None
    return _detect_item(_WORKER_DETECTOR, item)


def _worker_words(item: tuple[str, Callable[[], str]]) -> tuple[str, Words | LoadError]:
    sid, load = item
    try:
        return sid, content_words(load())
    except LoadError as exc:
        return sid, exc


def _pool(detector: Detector | None, jobs: int):
    """A pool whose workers see ``detector``: inherited by fork where possible, else pickled."""
    global _WORKER_DETECTOR
    if "fork" in multiprocessing.get_all_start_methods():
        _WORKER_DETECTOR = detector
        try:
            return multiprocessing.get_context("fork").Pool(jobs)
        finally:
            _WORKER_DETECTOR = None  # the workers hold their copy; the parent keeps none
    return multiprocessing.get_context().Pool(jobs, initializer=_init_worker, initargs=(detector,))


def build_detector(sources: Iterable[tuple[str, Callable[[], str]]], settings: ReuseSettings | None = None,
                   jobs: int = 1, progress: Progress | None = None, total: int | None = None) -> Detector:
    """Index ``(id, load_text)`` sources, reading and tokenizing them on ``jobs`` processes.

    Sources whose ``load_text`` raises ``LoadError`` are left out and listed in
    ``detector.problems``.
    """
    detector = Detector(settings)
    items = list(sources)
    total = len(items) if total is None else total
    if jobs <= 1 or len(items) <= 1:
        results: Iterable[tuple[str, Words]] = (_worker_words(item) for item in items)
        pool = None
    else:
        pool = _pool(None, jobs)
        results = pool.imap(_worker_words, items, chunksize=8)
    try:
        for done, (sid, words) in enumerate(results, 1):
            if isinstance(words, LoadError):
                detector.problems.append(words)
            else:
                detector.add_source_words(sid, words)
            if progress:
                progress(done, total)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    return detector


class _Text:
    """A picklable ``load_text`` for text already in memory."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __call__(self) -> str:
        return self.text


def find_reuse(sources: Mapping[str, str], suspicious: Mapping[str, str],
               settings: ReuseSettings | None = None, jobs: int = 1,
               progress: Progress | None = None) -> list[Detection]:
    """Every passage of a suspicious text reused from a source text.

    ``sources`` and ``suspicious`` map ids to texts; spans are code points into those texts.
    A text listed on both sides under the same id is not compared with itself, so passing one
    collection as both finds the reuse among its members (each direction is reported).
    """
    detector = build_detector(((k, _Text(v)) for k, v in sources.items()), settings, jobs)
    out: list[Detection] = []
    items = [(k, _Text(v)) for k, v in suspicious.items()]
    for _, dets in detector.detect_all(items, jobs=jobs, progress=progress):
        out.extend(dets)  # in-memory texts never fail to load
    return out
