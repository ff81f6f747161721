"""PAN measures on small hand-made cases; every expected value is worked out in the comment."""
from __future__ import annotations

import math

import pytest

from desktop.corpus.pan_score import NO_REUSE, score, score_by_type, score_dirs
from desktop.corpus.pan_xml import Annotation


def A(this_off, this_len, src_off, src_len, doc="s1", src="r1", obf=None):
    return Annotation(doc, this_off, this_len, src, src_off, src_len, obf)


def close(a, b):
    return a == pytest.approx(b, abs=1e-9)


def test_half_overlap():
    # case 0-100/0-100 (200 chars), detection 50-150/50-150: overlap 50 + 50 = 100 chars.
    # recall 100/200, precision 100/200, granularity 1, plagdet 0.5 / log2(2) = 0.5
    s = score([A(0, 100, 0, 100)], [A(50, 100, 50, 100)])
    assert close(s.recall, 0.5) and close(s.precision, 0.5)
    assert s.granularity == 1 and close(s.plagdet, 0.5)


def test_split_detection_costs_granularity():
    # two detections cover the two halves exactly: P = R = 1, granularity 2,
    # plagdet = 1 / log2(3)
    s = score([A(0, 100, 0, 100)], [A(0, 50, 0, 50), A(50, 50, 50, 50)])
    assert close(s.recall, 1) and close(s.precision, 1)
    assert s.granularity == 2 and close(s.plagdet, 1 / math.log2(3))


def test_overlapping_detections_are_counted_once_in_recall():
    # r1 0-60, r2 40-100 on both sides: union covers the case once -> recall 1;
    # each detection lies inside the case -> precision 1; granularity 2
    s = score([A(0, 100, 0, 100)], [A(0, 60, 0, 60), A(40, 60, 40, 60)])
    assert close(s.recall, 1) and close(s.precision, 1) and s.granularity == 2


def test_false_positive_and_missed_case_macro_average():
    # cases: s1<-r1 (found exactly), s1<-r2 at 200-300 (missed); detections: the exact one
    # and one from r3 (false positive). recall (1 + 0)/2, precision (1 + 0)/2, gran 1
    cases = [A(0, 100, 0, 100, src="r1"), A(200, 100, 0, 100, src="r2")]
    dets = [A(0, 100, 0, 100, src="r1"), A(500, 100, 0, 100, src="r3")]
    s = score(cases, dets)
    assert close(s.recall, 0.5) and close(s.precision, 0.5)
    assert s.granularity == 1 and close(s.plagdet, 0.5) and s.detected_cases == 1


def test_overlap_in_one_document_only_does_not_detect():
    # same suspicious passage, but the source passage 500-600 misses the case's 0-100
    s = score([A(0, 100, 0, 100)], [A(0, 100, 500, 100)])
    assert s.recall == 0 and s.precision == 0 and s.plagdet == 0 and s.detected_cases == 0


def test_wrong_source_document_does_not_detect():
    s = score([A(0, 100, 0, 100, src="r1")], [A(0, 100, 0, 100, src="r2")])
    assert s.recall == 0 and s.precision == 0


def test_one_detection_spanning_two_cases():
    # cases 0-100/0-100 and 100-200/300-400 (same documents); detection 0-200/0-400 (600 chars)
    # covers 200 suspicious chars and 200 source chars of the cases: precision 400/600,
    # recall 1 for each case, granularity 1; F1 = 2*(2/3)*1/(2/3+1) = 0.8
    cases = [A(0, 100, 0, 100), A(100, 100, 300, 100)]
    s = score(cases, [A(0, 200, 0, 400)])
    assert close(s.precision, 2 / 3) and close(s.recall, 1)
    assert s.granularity == 1 and close(s.plagdet, 0.8)


def test_source_length_differs_from_suspicious_length():
    # case 0-100 / 0-300 (400 chars); detection 0-100 / 0-100: 200 of the case's 400 chars
    # -> recall 0.5; the detection is all inside -> precision 1; F1 = 2/3
    s = score([A(0, 100, 0, 300)], [A(0, 100, 0, 100)])
    assert close(s.recall, 0.5) and close(s.precision, 1) and close(s.plagdet, 2 / 3)


def test_documents_are_kept_apart():
    # identical offsets in another suspicious document detect nothing
    s = score([A(0, 100, 0, 100, doc="s1")], [A(0, 100, 0, 100, doc="s2")])
    assert s.recall == 0 and s.precision == 0


def test_empty_sets():
    both = score([], [])
    assert both.precision == 1 and both.recall == 1 and both.plagdet == 1
    assert score([A(0, 10, 0, 10)], []).plagdet == 0
    assert score([], [A(0, 10, 0, 10)]).plagdet == 0


def test_by_type_splits_cases_and_assigns_detections():
    # doc s1 holds a "none" case found exactly plus a stray detection (charged to "none");
    # doc s2 holds a "shuffle" case found exactly; doc s3 has no case and one detection.
    cases = [A(0, 100, 0, 100, doc="s1", obf="none"), A(0, 100, 0, 100, doc="s2", obf="shuffle")]
    dets = [A(0, 100, 0, 100, doc="s1"), A(300, 100, 300, 100, doc="s1"),
            A(0, 100, 0, 100, doc="s2"), A(0, 100, 0, 100, doc="s3")]
    by = score_by_type(cases, dets)
    assert close(by["none"].precision, 0.5) and close(by["none"].recall, 1)
    assert close(by["shuffle"].plagdet, 1)
    assert by[NO_REUSE].detections == 1 and by[NO_REUSE].cases == 0


def test_score_dirs_ignores_documents_outside_the_gold():
    gold = {"s1": [A(0, 100, 0, 100, doc="s1")]}
    dets = {"s1": [A(0, 100, 0, 100, doc="s1")], "other": [A(0, 5, 0, 5, doc="other")]}
    overall, _ = score_dirs(gold, dets)
    assert close(overall.plagdet, 1) and overall.detections == 1
