"""The background frequency table in a form read without building a dict of its 11k words.

significance.background() parses resources/background_ar.txt into {word key: Zipf x 10}; that
makes one string object and one dict entry per word, a few milliseconds at the first use in
every process, while one analysis looks up a few hundred to a few thousand words. Here the same
table is laid out once as a hash table inside one string: the words are spread over BUCKETS
buckets by a stable hash (CRC-32 of the UTF-8 bytes; Python's own str hash changes between
processes), each bucket holding "\\0word<value>" records, where <value> is one private-use
character (U+E000 + Zipf x 10). Word keys are letters and digits only, so neither separator can
occur inside a word. The layout is kept in the derived cache (derived.py) as one string and the
bucket offsets as bytes, which load in a fraction of a millisecond; a look-up is a CRC, a slice
and a find. It holds exactly the words and values of background().
"""
from __future__ import annotations

from array import array
from zlib import crc32

BUCKETS = 4096  # a power of two: ~3 words per bucket
_VALUE_BASE = 0xE000


def build(table: dict[str, int]) -> tuple[str, bytes]:
    """(records, bucket offsets as array('I') bytes) for {key: value} (0 <= value < 4096)."""
    buckets: list[list[str]] = [[] for _ in range(BUCKETS)]
    for key, value in table.items():
        if not 0 <= value < 4096:
            raise ValueError(f"background value out of range: {key} {value}")
        buckets[_bucket(key)].append("\0" + key + chr(_VALUE_BASE + value))
    offsets = array("I", [0])
    parts = []
    size = 0
    for records in buckets:
        chunk = "".join(records)
        parts.append(chunk)
        size += len(chunk)
        offsets.append(size)
    return "".join(parts), offsets.tobytes()


def _bucket(key: str) -> int:
    return crc32(key.encode("utf-8")) & (BUCKETS - 1)


class Table:
    """Look-ups in a built layout: get(key) is table.get(key) for the dict it was built from."""

    __slots__ = ("_records", "_offsets")

    def __init__(self, layout: tuple[str, bytes]):
        self._records, raw = layout
        self._offsets = memoryview(raw).cast("I")

    def get(self, key: str) -> int | None:
        h = crc32(key.encode("utf-8")) & (BUCKETS - 1)
        chunk = self._records[self._offsets[h]:self._offsets[h + 1]]
        probe = "\0" + key
        at = chunk.find(probe)
        end = len(probe)
        while at >= 0:
            value_at = at + end
            # the record's word ends here when a value character (private use, never part of
            # a word) follows, not more letters of a longer word
            if value_at < len(chunk) and "\ue000" <= chunk[value_at] <= "\uf8ff":
                return ord(chunk[value_at]) - _VALUE_BASE
            at = chunk.find(probe, at + 1)
        return None

    def get_many(self, keys) -> list[int | None]:
        """[get(key) for key in keys], without a call or a bucket slice per key: each probe is
        looked for between its bucket's offsets in the whole records string."""
        records, offsets = self._records, self._offsets
        find = records.find
        out: list[int | None] = []
        add = out.append
        for key in keys:
            h = crc32(key.encode("utf-8")) & (BUCKETS - 1)
            lo, hi = offsets[h], offsets[h + 1]
            probe = "\0" + key
            at = find(probe, lo, hi)
            value = None
            while at >= 0:
                value_at = at + len(probe)
                if value_at < hi and "\ue000" <= records[value_at] <= "\uf8ff":
                    value = ord(records[value_at]) - _VALUE_BASE
                    break
                at = find(probe, at + 1, hi)
            add(value)
        return out
