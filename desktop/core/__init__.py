"""Qt-free comparison engine: ingest, normalize, segment, align, reuse, framing."""
from . import method_cache as _method_cache

_method_cache.install()  # dataclass methods compiled once per machine (method_cache.py)
