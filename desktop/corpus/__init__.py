"""Corpus-scale text-reuse detection (no Qt): word index, candidate retrieval, passage
alignment, PAN XML and PAN measures.

    from desktop.corpus import find_reuse
    detections = find_reuse({"src1": text1, ...}, {"doc7": text7, ...})
    # -> [Detection(suspicious_id, suspicious_span, source_id, source_span, matched_words)]
"""
from .align import AlignSettings
from .engine import Detection, Detector, LoadError, ReuseSettings, build_detector, find_reuse
from .index import RetrievalSettings
from .pan_score import Scores, score, score_by_type
from .pan_xml import Annotation, PanFormatError, read_pan_dir, read_pan_file, write_pan_file

__all__ = [
    "AlignSettings", "Annotation", "Detection", "Detector", "LoadError", "PanFormatError",
    "RetrievalSettings", "ReuseSettings", "Scores", "build_detector", "find_reuse",
    "read_pan_dir", "read_pan_file", "score", "score_by_type", "write_pan_file",
]
