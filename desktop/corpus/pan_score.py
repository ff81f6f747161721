"""PAN plagiarism-detection measures (Potthast, Stein, Barron-Cedeno, Rosso 2010).

A case ``s`` and a detection ``r`` are each a set of character references: the passage in the
suspicious document plus the passage in the source document, so ``|s| = this_length +
source_length``. ``r`` *detects* ``s`` when both name the same two documents and overlap in the
suspicious passage and in the source passage; then ``s ⊓ r = s ∩ r``, otherwise it is empty.

- macro recall    = 1/|S| * sum over s of |U_{r in R} (s ⊓ r)| / |s|
- macro precision = 1/|R| * sum over r of |U_{s in S} (s ⊓ r)| / |r|
- granularity     = 1/|S_R| * sum over detected cases s of |{r in R : r detects s}|
- plagdet         = F1 / log2(1 + granularity)

With no cases and no detections precision and recall are 1; with only one of them empty both
are 0 (as in the reference implementation). Granularity is 1 when no case is detected.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from .pan_xml import Annotation

NO_REUSE = "(documents without reuse)"


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    granularity: float
    plagdet: float
    cases: int
    detections: int
    detected_cases: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _detects(r: Annotation, s: Annotation) -> bool:
    return (
        r.this_reference == s.this_reference
        and r.source_reference == s.source_reference
        and r.this_offset < s.this_end
        and s.this_offset < r.this_end
        and r.source_offset < s.source_end
        and s.source_offset < r.source_end
    )


def _union_length(intervals: list[tuple[int, int]]) -> int:
    total = 0
    cur_s = cur_e = None
    for s, e in sorted(intervals):
        if e <= s:
            continue
        if cur_e is None or s > cur_e:
            if cur_e is not None:
                total += cur_e - cur_s
            cur_s, cur_e = s, e
        elif e > cur_e:
            cur_e = e
    if cur_e is not None:
        total += cur_e - cur_s
    return total


def _overlap_chars(a: Annotation, others: list[Annotation]) -> int:
    """|U_o (a ∩ o)| over both documents."""
    this = [(max(a.this_offset, o.this_offset), min(a.this_end, o.this_end)) for o in others]
    src = [(max(a.source_offset, o.source_offset), min(a.source_end, o.source_end)) for o in others]
    return _union_length(this) + _union_length(src)


def _detection_map(cases: list[Annotation], detections: list[Annotation]):
    """(for each case: detections detecting it, for each detection: cases it detects)."""
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, r in enumerate(detections):
        by_pair[(r.this_reference, r.source_reference)].append(j)
    case_dets: list[list[int]] = []
    det_cases: list[list[int]] = [[] for _ in detections]
    for i, s in enumerate(cases):
        hits = [j for j in by_pair.get((s.this_reference, s.source_reference), ()) if _detects(detections[j], s)]
        case_dets.append(hits)
        for j in hits:
            det_cases[j].append(i)
    return case_dets, det_cases


def score(cases: Iterable[Annotation], detections: Iterable[Annotation]) -> Scores:
    """PAN macro precision, recall, granularity and plagdet of ``detections`` against ``cases``."""
    cases = list(cases)
    detections = list(detections)
    case_dets, det_cases = _detection_map(cases, detections)
    if not cases and not detections:
        precision = recall = 1.0
    elif not cases or not detections:
        precision = recall = 0.0
    else:
        rec_sum = 0.0
        for s, hits in zip(cases, case_dets):
            size = s.this_length + s.source_length
            if hits and size:
                rec_sum += _overlap_chars(s, [detections[j] for j in hits]) / size
        prec_sum = 0.0
        for r, hits in zip(detections, det_cases):
            size = r.this_length + r.source_length
            if hits and size:
                prec_sum += _overlap_chars(r, [cases[i] for i in hits]) / size
        recall = rec_sum / len(cases)
        precision = prec_sum / len(detections)
    detected = [len(h) for h in case_dets if h]
    granularity = sum(detected) / len(detected) if detected else 1.0
    f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    plagdet = f1 / math.log2(1 + granularity)
    return Scores(precision, recall, granularity, plagdet, len(cases), len(detections), len(detected))


def score_by_type(cases: Iterable[Annotation], detections: Iterable[Annotation]) -> dict[str, Scores]:
    """Scores per obfuscation type of the gold cases.

    A detection belongs to the types of the cases it detects; one that detects nothing belongs
    to the types of the cases in its suspicious document, or to ``NO_REUSE`` when that document
    has no case. Cases without a type count as ``"unspecified"``.
    """
    cases = list(cases)
    detections = list(detections)
    _, det_cases = _detection_map(cases, detections)
    doc_types: dict[str, set[str]] = defaultdict(set)
    for s in cases:
        doc_types[s.this_reference].add(s.obfuscation or "unspecified")
    types = sorted({s.obfuscation or "unspecified" for s in cases})
    det_types: list[set[str]] = []
    for r, hits in zip(detections, det_cases):
        if hits:
            det_types.append({cases[i].obfuscation or "unspecified" for i in hits})
        else:
            det_types.append(doc_types.get(r.this_reference) or {NO_REUSE})
    result = {}
    for t in types + ([NO_REUSE] if any(NO_REUSE in d for d in det_types) else []):
        sub_cases = [s for s in cases if (s.obfuscation or "unspecified") == t]
        sub_dets = [r for r, ts in zip(detections, det_types) if t in ts]
        result[t] = score(sub_cases, sub_dets)
    return result


def score_dirs(gold: dict[str, list[Annotation]], detections: dict[str, list[Annotation]]):
    """(overall Scores, per-type Scores) for gold and detections read with ``read_pan_dir``.

    Only suspicious documents present in ``gold`` are scored; detections for documents the gold
    does not list are ignored (the gold directory defines the collection).
    """
    cases = [a for ref in gold for a in gold[ref]]
    dets = [a for ref in gold for a in detections.get(ref, ())]
    return score(cases, dets), score_by_type(cases, dets)
