"""The same corpus build on a Dask LocalCluster (2 worker processes), on an existing cluster
(scheduler and worker started as separate processes, reached with --scheduler) and in this
process gives the same store, table by table."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus_fixtures import FIELDS, day1_rows, day2_rows, write_jsonl, write_zip_json
from desktop.corpus.archive import parse_fields
from desktop.corpus.build import BuildSettings, build_corpus
from desktop.corpus.export import corpus_dict
from desktop.store.corpus import CorpusStore

distributed = pytest.importorskip("distributed")
REPO = Path(__file__).resolve().parent.parent


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


def _start(args: list[str], tmp_path, name: str) -> subprocess.Popen:
    """A dask command as a real process; its output goes to a log (read when it fails)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    log = open(tmp_path / f"{name}.log", "w")
    return subprocess.Popen([sys.executable, "-m", *args], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)


def test_existing_cluster_via_scheduler_address(tmp_path, capsys):
    """`corpus build --scheduler tcp://127.0.0.1:PORT` on a scheduler and a worker started as
    separate processes (as on a real cluster) gives the same corpus as an in-process build."""
    from distributed import Client

    from support import run_cli

    archives = [write_zip_json(tmp_path / "d1.zip", day1_rows()), write_jsonl(tmp_path / "d2.jsonl", day2_rows())]
    scheduler_file = tmp_path / "scheduler.json"
    procs = [_start(["distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
                     "--dashboard-address", ":0", "--scheduler-file", str(scheduler_file)], tmp_path, "scheduler")]
    try:
        for _ in range(600):  # the scheduler writes its address once it listens
            if scheduler_file.exists() and scheduler_file.stat().st_size:
                break
            assert procs[0].poll() is None, (tmp_path / "scheduler.log").read_text()
            time.sleep(0.1)
        address = json.loads(scheduler_file.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        procs.append(_start(["distributed.cli.dask_worker", address, "--nthreads", "1", "--no-nanny",
                             "--no-dashboard", "--memory-limit", "1GB", "--name", "qarin-test-worker"],
                            tmp_path, "worker"))
        with Client(address, timeout=60) as client:
            client.wait_for_workers(1, timeout=120)
            # the worker imports Qarin from this checkout (as a cluster node needs it installed)
            assert client.run(lambda: __import__("desktop").__file__)
        outs = {}
        for name, extra in (("in-process", []), ("cluster", ["--scheduler", address])):
            corpus = tmp_path / f"{name}.sqlite"
            code, out, err = run_cli(capsys, "corpus", "build", corpus, *archives, "--fields", FIELDS, "--quiet", *extra)
            assert code == 0, err
            outs[name] = out
            with CorpusStore.open(corpus, readonly=True) as store:
                outs[name + " store"] = corpus_dict(store)
        assert f"Dask scheduler {address}" in outs["cluster"] and "in-process" in outs["in-process"]
        assert outs["cluster store"]["pairs"] and outs["cluster store"] == outs["in-process store"]
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in reversed(procs):
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
