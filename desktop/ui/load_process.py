"""Reading article files for the window without holding its interpreter lock.

Decoding and normalizing a multi-megabyte article is a handful of long C-level calls
(`str.translate`, building offset tuples) that keep the interpreter lock for a quarter of a
second or more each; on a worker thread that still freezes the UI thread. Inputs of more than
IN_PROCESS_BYTES are therefore read in a child process (which imports no Qt); the articles
come back pickled, which the parent unpacks with plain memory copies. Small inputs are read
in this process (a child would only add its start-up time).
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

IN_PROCESS_BYTES = 1_000_000  # bytes of input from which files are read in a child process


def input_size(paths) -> int:
    """Bytes in the files under ``paths`` (folders walked; what is not a file counts 0)."""
    total = 0
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                for root, _dirs, files in os.walk(path):
                    for name in files:
                        try:
                            total += os.stat(os.path.join(root, name)).st_size
                        except OSError:
                            pass
            elif path.is_file():
                total += path.stat().st_size
        except OSError:
            pass
    return total


def load_paths_isolated(paths, load):
    """``load(paths)`` here, or in a child process when the input is large. ``load`` must be a
    module-level function (it is pickled by name)."""
    paths = [str(p) for p in paths]
    if input_size(paths) < IN_PROCESS_BYTES:
        return load(paths)
    from desktop.ui.analysis_process import process_context

    with ProcessPoolExecutor(max_workers=1, mp_context=process_context()) as pool:
        return pool.submit(load, paths).result()
