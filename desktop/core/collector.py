"""The cyclic garbage collector paused around work that makes many objects and no cycles."""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    """Reference counting still frees everything dropped; the collector's passes over the new
    objects would free nothing. Process-wide, like the collector; left as it was found, so
    nested or concurrent pauses never leave it off."""
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
