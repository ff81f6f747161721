"""sha1 and sha256 from Python's built-in modules.

`hashlib` first loads OpenSSL's library, about 4 ms at every start, to hash a few short names
and resource files; the built-in `_sha1` and `_sha256` give the same digests without it.
"""
from __future__ import annotations

try:
    from _sha1 import sha1
    from _sha256 import sha256
except ImportError:  # pragma: no cover - a Python built without them
    from hashlib import sha1, sha256

__all__ = ["sha1", "sha256"]
