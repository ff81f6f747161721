"""What the corpus runners move between processes: results in input order, nothing left on
the workers afterwards, and pair results that survive their compact transfer form."""
from __future__ import annotations

import dataclasses
import time

import pytest

from desktop.corpus.build import _flat, _unflat
from desktop.corpus.pairs import PairResult, Passage, Substitution
from desktop.corpus.runner import InProcess


def _weigh(blob: bytes, n: int) -> tuple[int, int]:
    return n, len(blob)


def test_pair_result_survives_its_transfer_form():
    r = PairResult(3, 9, (Passage((0, 40), (10, 52), 14, "edited"), Passage((60, 80), (90, 111), 12, "copy")),
                   "edited", "b->a", False, -3600.0, 0.42, 0.37,
                   (Substitution("قوات الاحتلال", "القوات الأمريكية", (5, 18), (7, 23)),))
    flat = _flat(r)
    assert len(flat) == len(dataclasses.fields(PairResult))  # a new field must be carried too
    assert _unflat(flat) == r
    assert _unflat(_flat(dataclasses.replace(r, credited=None, lag_seconds=None, substitutions=()))) \
        == dataclasses.replace(r, credited=None, lag_seconds=None, substitutions=())


def test_in_process_map_keeps_order():
    items = [(bytes(k), k) for k in (5, 0, 3)]
    assert list(InProcess().map(_weigh, items)) == [(5, 5), (0, 0), (3, 3)]


def test_local_cluster_map_keeps_order_and_releases_its_inputs():
    pytest.importorskip("distributed")
    from desktop.corpus.runner import DaskRunner

    items = [(bytes(200_000 + k), k) for k in range(7)]
    with DaskRunner.local(2, memory_limit="1GB") as runner:
        assert list(runner.map(_weigh, items)) == [(k, 200_000 + k) for k in range(7)]
        assert runner.cpu_split()[1] > 0  # the workers' CPU is counted
        for _ in range(100):  # the scheduler forgets released keys asynchronously
            left = runner.client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks))
            if not left:
                break
            time.sleep(0.05)
        assert left == 0  # neither the scattered inputs nor the results stay on the workers
