"""sha1 and sha256 from Python's built-in modules.

`hashlib` first loads OpenSSL's library, about 4 ms at every start, to hash a few short names
and resource files; the built-in `_sha1` and `_sha256` give the same digests without it.
`sha256` is loaded at its first use (a run that builds no new lexicon needs none: each of
these modules is a shared library, ~0.2 ms to load).
"""
from __future__ import annotations

try:
    from _sha1 import sha1
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import sha1


def __getattr__(name: str):
    if name == "sha256":
        try:
            from _sha256 import sha256
        except ImportError:  # pragma: no cover - a Python built without it
            from hashlib import sha256
        globals()["sha256"] = sha256
        return sha256
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["sha1", "sha256"]
