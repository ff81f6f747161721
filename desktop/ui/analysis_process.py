"""Running a large analysis in a child process, so the window's interpreter stays free.

A worker thread in the window's process would share the interpreter lock with the UI thread;
parts of a large analysis (freeing millions of temporary objects, long C-level calls) hold
that lock for a tenth of a second or more. In a child process none of that touches the
window. The result comes back in chunks of a few thousand records, each unpickled on its own,
so receiving it never holds the lock for long either. Cancel ends the child at once.
"""
from __future__ import annotations

import multiprocessing
import os
import time
from collections import defaultdict

from desktop.core.model import Analysis, Article

CHUNK = 2000
FIELDS = ("links", "shared_spans", "changes", "framing", "pairs")
PROGRESS_INTERVAL = 0.05


class AnalysisProcessError(Exception):
    pass


def _child(conn, articles, lexicon) -> None:
    """Entry point of the child process (imports only the engine, never Qt)."""
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
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        conn.send(("error", message))
    finally:
        conn.close()


def analyze_in_process(articles: list[Article], lexicon, progress, cancel) -> Analysis:
    """Like ``desktop.core.analysis.analyze`` but in a child process (call from a thread)."""
    from desktop.core.analysis import AnalysisCancelled

    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(sender, list(articles), lexicon), daemon=True,
                        name="qarin-analysis")
    child.start()
    sender.close()
    fields: dict[str, list] = defaultdict(list)
    meta = None
    try:
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
                break
    finally:
        if child.is_alive():
            child.terminate()
        child.join(5)
        receiver.close()
    segmentation, timings, engine_version, lexicon_version = meta
    return Analysis(articles=tuple(articles), segmentation=segmentation,
                    links=tuple(fields["links"]), shared_spans=tuple(fields["shared_spans"]),
                    changes=tuple(fields["changes"]), framing=tuple(fields["framing"]),
                    pairs=tuple(fields["pairs"]), timings=timings,
                    engine_version=engine_version, lexicon_version=lexicon_version)
