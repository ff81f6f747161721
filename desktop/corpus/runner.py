"""Where corpus stages run: in this process, or on Dask (dask.distributed).

A stage is a plain function mapped over shards; ``Runner.map`` yields its results in input
order, so the same build gives the same store whichever runner ran it.

- ``InProcess()``: a loop in this process (the default; nothing to start).
- ``DaskRunner.local(n)``: a LocalCluster of ``n`` single-threaded worker processes.
- ``DaskRunner.connect(address)``: an existing cluster's scheduler (``tcp://host:8786``);
  its workers need Qarin installed (same version) to import the stage functions.
"""
from __future__ import annotations

import contextlib
import logging
import time
from collections import deque
from typing import Any, Callable, Iterable, Iterator


IDLE_CONFIG = {"distributed.admin.system-monitor.interval": "5s",
               "distributed.worker.memory.monitor-interval": "2s",
               "distributed.admin.tick.interval": "1s",
               "distributed.worker.profile.enabled": False,  # stack sampling every 10 ms
               "distributed.scheduler.work-stealing": False}  # the runner keeps 2 tasks per worker


def _call(func: Callable, args: tuple) -> Any:
    """A task whose inputs were scattered: ``func(*args)`` on the worker holding ``args``."""
    return func(*args)


class RunnerError(Exception):
    """The cluster cannot be started or reached; the message is one line."""


class InProcess:
    workers = 1
    description = "in-process"

    def cpu_seconds(self) -> float:
        """CPU time used so far by this process (and, on Dask, by the workers)."""
        return sum(self.cpu_split())

    def cpu_split(self) -> tuple[float, float]:
        """(this process, the workers): CPU time used so far."""
        return time.process_time(), 0.0

    def map(self, func: Callable, items: Iterable[tuple], window: int | None = None) -> Iterator[Any]:
        for args in items:
            yield func(*args)

    def shuffle(self, map_func: Callable, map_inputs: Iterable[tuple], parts: int, reduce_func: Callable,
                reduce_extra: tuple = (), progress: Callable[[str, int], None] | None = None) -> list:
        """Map tasks each return ``parts`` pieces; reduce task ``s`` gets piece ``s`` of every map
        result (then ``reduce_extra``). Returns the reduce results in order."""
        pieces: list[list] = [[] for _ in range(parts)]
        for n, result in enumerate(self.map(map_func, map_inputs), 1):
            for s, piece in enumerate(result):
                pieces[s].append(piece)
            if progress:
                progress("map", n)
        out = []
        for s in range(parts):
            out.append(reduce_func(pieces[s], *reduce_extra))
            pieces[s] = []
            if progress:
                progress("reduce", s + 1)
        return out

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class DaskRunner:
    def __init__(self, client, cluster=None, description: str = "dask"):
        self.client = client
        self.cluster = cluster
        self.description = description
        try:
            self.workers = max(1, len(client.scheduler_info().get("workers", {})))
        except Exception:  # noqa: BLE001
            self.workers = 1

    @classmethod
    def local(cls, n_workers: int, memory_limit: str | int = "auto") -> "DaskRunner":
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise RunnerError("--workers needs dask.distributed: pip install 'dask[distributed]'") from None
        for name in ("distributed", "distributed.worker", "distributed.nanny", "distributed.scheduler"):
            logging.getLogger(name).setLevel(logging.ERROR)
        import dask

        # a cluster on this machine for one build: no statistical profiler and fewer periodic
        # self-checks (system and memory monitors, ticks, work stealing), which cost CPU in
        # every worker whether it computes or waits; the spawned workers inherit this
        dask.config.set(IDLE_CONFIG)
        try:
            cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                   dashboard_address=":0", memory_limit=memory_limit, silence_logs=logging.ERROR)
            client = Client(cluster, direct_to_workers=True)
        except Exception as exc:  # noqa: BLE001
            raise RunnerError(f"cannot start a local Dask cluster: {exc}") from None
        return cls(client, cluster, f"Dask LocalCluster, {n_workers} workers")

    @classmethod
    def connect(cls, address: str, timeout: float = 20) -> "DaskRunner":
        try:
            from distributed import Client
        except ImportError:
            raise RunnerError("--scheduler needs dask.distributed: pip install 'dask[distributed]'") from None
        try:
            client = Client(address, timeout=timeout)
        except Exception as exc:  # noqa: BLE001
            raise RunnerError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        return cls(client, None, f"Dask scheduler {address}")

    def cpu_seconds(self) -> float:
        return sum(self.cpu_split())

    def cpu_split(self) -> tuple[float, float]:
        """(this process: the driver, and on a LocalCluster the scheduler and nannies too; the
        worker processes): CPU time used so far."""
        try:
            workers = sum(self.client.run(time.process_time).values())
        except Exception:  # noqa: BLE001 - a measurement, never a failure
            workers = 0.0
        return time.process_time(), workers

    def _submit(self, func: Callable, args: tuple):
        """``func(*args)`` as a task. The inputs are scattered first: they go to one worker
        (straight there on a local cluster) and the scheduler only learns their key. Passed to
        ``submit`` they would be part of the task graph, which the scheduler unpickles and
        pickles again for the worker: three passes over every byte in the driver's process
        (the LocalCluster's scheduler lives there) instead of one."""
        data = self.client.scatter([args], hash=False)[0]
        return self.client.submit(_call, func, data, pure=False), data

    def map(self, func: Callable, items: Iterable[tuple], window: int | None = None) -> Iterator[Any]:
        """Results in input order, with at most ``window`` tasks (default 2 per worker) in
        flight, so a large stage never holds all its inputs at once."""
        window = window or 2 * self.workers
        pending: deque = deque()
        try:
            for args in items:
                pending.append(self._submit(func, args))
                if len(pending) >= window:
                    fut, _data = pending.popleft()
                    yield fut.result()
            while pending:
                fut, _data = pending.popleft()
                yield fut.result()
        finally:
            for fut, data in pending:
                fut.cancel()
                data.cancel()

    def shuffle(self, map_func: Callable, map_inputs: Iterable[tuple], parts: int, reduce_func: Callable,
                reduce_extra: tuple = (), progress: Callable[[str, int], None] | None = None) -> list:
        """As ``InProcess.shuffle``, but the pieces stay on the workers: reduce task ``s`` fetches
        its pieces from the workers holding them, so the driver never holds the whole index."""
        import operator

        client = self.client
        piece_futures: list[list] = [[] for _ in range(parts)]
        mapped = []
        for n, args in enumerate(map_inputs, 1):
            fut, data = self._submit(map_func, args)
            mapped.append((fut, data))
            for s in range(parts):
                piece_futures[s].append(client.submit(operator.getitem, fut, s, pure=False))
            if progress:
                progress("map", n)
        reduced = [client.submit(reduce_func, piece_futures[s], *reduce_extra, pure=False) for s in range(parts)]
        del mapped
        out = []
        for s, fut in enumerate(reduced):
            out.append(fut.result())
            piece_futures[s] = []
            if progress:
                progress("reduce", s + 1)
        return out

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.close()
        if self.cluster is not None:
            with contextlib.suppress(Exception):
                self.cluster.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def make_runner(workers: int | None = None, scheduler: str | None = None):
    if scheduler:
        return DaskRunner.connect(scheduler)
    if workers and workers > 1:
        return DaskRunner.local(workers)
    return InProcess()
