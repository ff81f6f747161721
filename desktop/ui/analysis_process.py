"""Running a large analysis in a child process, so the window's interpreter stays free.

A worker thread in the window's process would share the interpreter lock with the UI thread;
parts of a large analysis (freeing millions of temporary objects, long C-level calls) hold
that lock for a tenth of a second or more. In a child process none of that touches the
window. The result comes back in chunks of a few thousand records, each unpickled on its own,
so receiving it never holds the lock for long either. Cancel ends the child at once.

Given the project's path, the child then keeps the result in the project's analysis cache
(encoding a large entry is long interpreter-locked work too); the window goes on meanwhile,
and `wait_for_cache_writes` lets it finish before the project closes.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import defaultdict

from desktop.core.model import Analysis, Article

CHUNK = 2000
FIELDS = ("links", "shared_spans", "changes", "framing", "pairs")
PROGRESS_INTERVAL = 0.05
STORE_WAIT = 2.0  # seconds the child waits for another program's write before giving up

_writers: set = set()  # child processes still writing a cache entry


class AnalysisProcessError(Exception):
    pass


def _store(path, analysis) -> None:
    """Keep ``analysis`` in the cache of the project at ``path`` (a busy, read-only or
    vanished project just keeps no entry: the cache is an optimisation)."""
    from desktop.store import Project, ProjectError

    try:
        with Project.open(path) as project:
            if not project.readonly:
                project.store_analysis(analysis, wait=STORE_WAIT)
    except (ProjectError, OSError):
        pass


def _child(conn, inbox, store_path=None) -> None:
    """Entry point of the child process (imports only the engine, never Qt). The articles
    and the lexicon arrive through ``inbox`` one by one (see analyze_in_process)."""
    a = None
    articles = []
    while True:
        try:
            message = inbox.recv()
        except EOFError:  # cancelled before everything was sent
            conn.close()
            return
        if message[0] == "article":
            articles.append(message[1])
        else:
            lexicon = message[1]
            break
    inbox.close()
    try:
        if hasattr(os, "nice"):
            os.nice(5)  # on a busy machine the window's process gets the processor first
        from desktop.core.analysis import analyze

        last = [0.0]

        def progress(stage: str, fraction: float) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL:
                last[0] = now
                conn.send(("progress", stage, fraction))

        a = analyze(articles, lexicon, progress=progress)
        conn.send(("meta", a.segmentation, a.timings, a.engine_version, a.lexicon_version))
        for name in FIELDS:
            items = getattr(a, name)
            for i in range(0, len(items), CHUNK):
                conn.send(("chunk", name, items[i:i + CHUNK]))
        conn.send(("done",))
    except Exception as exc:  # noqa: BLE001 - reported to the parent as one line
        a = None
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        conn.send(("error", message))
    finally:
        conn.close()
    if a is not None and store_path is not None:
        _store(store_path, a)


def process_context():
    """How child processes start: from a fork server where the system has one, else spawned.

    Starting a child by spawning forks this process first, and forking a window that holds
    a large document copies its page tables while the interpreter lock is held (a quarter
    of a second and more with a 5 MB article open). The fork server is a small process
    started once, early, with the engine already imported: later children are forked from
    it, cheaply, and start at once."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["desktop.core.analysis", "desktop.core.ingest",
                                    "desktop.store"])
        return ctx
    return multiprocessing.get_context("spawn")


def start_process_server() -> None:
    """Start the fork server now, while this process is still small (see process_context)."""
    ctx = process_context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver
        forkserver.ensure_running()


def wait_for_cache_writes(timeout: float = 30.0) -> None:
    """Let child processes that are still writing an analysis into a project finish."""
    deadline = time.monotonic() + timeout
    for child in list(_writers):
        child.join(max(0.0, deadline - time.monotonic()))


def _reap(child) -> None:
    child.join()
    _writers.discard(child)


def analyze_in_process(articles: list[Article], lexicon, progress, cancel,
                       store_path=None) -> Analysis:
    """Like ``desktop.core.analysis.analyze`` but in a child process (call from a thread).
    With ``store_path`` the child then caches the result in that project."""
    from desktop.core.analysis import AnalysisCancelled

    ctx = process_context()
    receiver, sender = ctx.Pipe(duplex=False)
    inbox, outbox = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(sender, inbox,
                                             str(store_path) if store_path else None),
                        daemon=True, name="qarin-analysis")
    child.start()
    sender.close()
    inbox.close()
    fields: dict[str, list] = defaultdict(list)
    meta = None
    complete = False
    try:
        try:  # one pickle per article: none holds the interpreter lock for long
            for article in articles:
                if cancel():
                    raise AnalysisCancelled()
                outbox.send(("article", article))
            outbox.send(("lexicon", lexicon))
        except OSError:
            raise AnalysisProcessError("the analysis process ended unexpectedly") from None
        finally:
            outbox.close()
        while True:
            if cancel():
                raise AnalysisCancelled()
            if not receiver.poll(0.05):
                if not child.is_alive() and not receiver.poll(0):
                    raise AnalysisProcessError("the analysis process ended unexpectedly")
                continue
            try:
                message = receiver.recv()
            except EOFError:
                raise AnalysisProcessError("the analysis process ended unexpectedly") from None
            kind = message[0]
            if kind == "progress":
                progress(message[1], message[2])
            elif kind == "meta":
                meta = message[1:]
            elif kind == "chunk":
                fields[message[1]].extend(message[2])
                time.sleep(0)  # let the UI thread in between chunks
            elif kind == "error":
                raise AnalysisProcessError(message[1])
            elif kind == "done":
                complete = True
                break
    finally:
        receiver.close()
        if complete and store_path is not None:
            _writers.add(child)  # it goes on to write the cache entry; reaped when it ends
            threading.Thread(target=_reap, args=(child,), daemon=True).start()
        else:
            if child.is_alive():
                child.terminate()
            child.join(5)
    segmentation, timings, engine_version, lexicon_version = meta
    return Analysis(articles=tuple(articles), segmentation=segmentation,
                    links=tuple(fields["links"]), shared_spans=tuple(fields["shared_spans"]),
                    changes=tuple(fields["changes"]), framing=tuple(fields["framing"]),
                    pairs=tuple(fields["pairs"]), timings=timings,
                    engine_version=engine_version, lexicon_version=lexicon_version)
