"""The same corpus build on a Dask LocalCluster (2 worker processes) and in this process gives
the same store, table by table."""
from __future__ import annotations

import pytest

from corpus_fixtures import FIELDS, day1_rows, day2_rows, write_jsonl, write_zip_json
from desktop.corpus.archive import parse_fields
from desktop.corpus.build import BuildSettings, build_corpus
from desktop.corpus.export import corpus_dict
from desktop.store.corpus import CorpusStore

distributed = pytest.importorskip("distributed")


def test_local_cluster_matches_in_process(tmp_path):
    from desktop.corpus.runner import DaskRunner, InProcess

    archives = [write_zip_json(tmp_path / "d1.zip", day1_rows()), write_jsonl(tmp_path / "d2.jsonl", day2_rows())]
    # small shards and chunks, so the work really is split across tasks and workers
    settings = BuildSettings(index_batch=2, shards=3, shard_batch=3, align_chunk=2)
    results = {}
    for name, make in (("in-process", InProcess), ("dask", lambda: DaskRunner.local(2, memory_limit="1GB"))):
        with make() as runner, CorpusStore.open(tmp_path / f"{name}.sqlite", create=True) as store:
            report = build_corpus(store, archives, parse_fields(FIELDS), runner=runner, settings=settings)
            if name == "dask":
                assert runner.workers == 2 and report.runner.startswith("Dask LocalCluster")
            results[name] = corpus_dict(store)
    assert results["dask"]["pairs"] and results["dask"] == results["in-process"]
