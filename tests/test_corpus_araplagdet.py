"""Quality on AraPlagDet (development half). Skipped when the benchmark folder is absent.

The folder is found from QARIN_ARAPLAGDET, else ../shared/benchmarks/araplagdet beside the
repository. The fast test runs a fixed sixth of the suspicious documents against all 570
sources; the full run is marked slow.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.corpus.pan_run import run_pan, text_files
from desktop.corpus.pan_score import score_dirs
from desktop.corpus.pan_xml import DETECTION_FEATURE, GOLD_FEATURE, read_pan_dir

REPO = Path(__file__).resolve().parent.parent


def _benchmark_dir() -> Path | None:
    candidates = [os.environ.get("QARIN_ARAPLAGDET"), REPO.parent / "shared" / "benchmarks" / "araplagdet",
                  "/work/shared/benchmarks/araplagdet"]
    for c in candidates:
        if c and (Path(c) / "suspicious-documents").is_dir():
            return Path(c)
    return None


DATA = _benchmark_dir()
pytestmark = pytest.mark.skipif(DATA is None, reason="AraPlagDet benchmark folder not found")


def _run(tmp_path, every: int, jobs: int):
    suspicious = text_files(DATA / "suspicious-documents")[::every]
    run = run_pan(text_files(DATA / "source-documents"), suspicious, tmp_path / "out", jobs=jobs)
    assert not run.problems and len(run.written) == len(suspicious)
    gold_all = read_pan_dir(DATA / "plagiarism-annotation", GOLD_FEATURE)
    gold = {p.name: gold_all.get(p.name, []) for p in suspicious}
    return score_dirs(gold, read_pan_dir(tmp_path / "out", DETECTION_FEATURE))


def test_subset_quality_floor(tmp_path):
    overall, by_type = _run(tmp_path, every=6, jobs=2)
    assert overall.cases > 100
    assert overall.plagdet >= 0.85, overall
    assert overall.precision >= 0.85 and overall.recall >= 0.85 and overall.granularity <= 1.05
    for name in ("none", "word shuffling", "phrase shuffling"):
        assert by_type[name].plagdet >= 0.85, (name, by_type[name])


@pytest.mark.slow
def test_full_development_half(tmp_path):
    overall, by_type = _run(tmp_path, every=1, jobs=2)
    assert overall.cases == 789
    assert overall.plagdet >= 0.85, overall
    for name, s in by_type.items():
        if s.cases:
            assert s.plagdet >= 0.7, (name, s)
