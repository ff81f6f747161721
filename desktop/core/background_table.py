"""The background frequency table in a form read in place, without building a dict of its words.

significance.background() parses resources/background_ar.txt into {word key: Zipf x 10}; that
makes one string object and one dict entry per word, a few milliseconds at the first use in
every process, while one analysis looks up a few hundred to a few thousand words. Here the same
table is laid out once as a hash table of bytes: the words are spread over BUCKETS buckets by a
stable hash (CRC-32 of the UTF-8 bytes; Python's own str hash changes between processes), each
bucket holding records b"\\0" + word (UTF-8) + b"\\xff" + value (two bytes 0x80 | six bits). A
NUL starts every record and nothing else (words hold no NUL; the value bytes are 0x80-0xBF), and
0xFF is never part of UTF-8, so a look-up finds b"\\0" + key + b"\\xff" between its bucket's
offsets exactly where the key's record is, or nowhere.

The derived cache keeps the layout as one file (FILE_MAGIC, the bucket count, the buckets'
offsets, the records), which is mapped and read in place: no copy, nothing decoded, and only
the pages a look-up touches are mapped. It holds exactly the words and values of background().
"""
from __future__ import annotations

from array import array
from zlib import crc32

BUCKETS = 4096  # a power of two: ~3 words per bucket
FILE_MAGIC = b"QBGTAB02"
_HEAD = len(FILE_MAGIC) + 4  # the magic, then the bucket count (4 bytes, little-endian)


def build(table: dict[str, int]) -> tuple[bytes, bytes]:
    """(records, bucket offsets as array('I') bytes) for {key: value} (0 <= value < 4096)."""
    buckets: list[list[bytes]] = [[] for _ in range(BUCKETS)]
    for key, value in table.items():
        if not 0 <= value < 4096:
            raise ValueError(f"background value out of range: {key} {value}")
        if "\0" in key:
            raise ValueError(f"background key holds a NUL: {key!r}")
        word = key.encode("utf-8")
        buckets[crc32(word) & (BUCKETS - 1)].append(
            b"\0" + word + bytes((0xFF, 0x80 | value >> 6, 0x80 | value & 0x3F)))
    offsets = array("I", [0])
    parts = []
    size = 0
    for records in buckets:
        chunk = b"".join(records)
        parts.append(chunk)
        size += len(chunk)
        offsets.append(size)
    return b"".join(parts), offsets.tobytes()


def to_file(layout: tuple[bytes, bytes]) -> bytes:
    """The layout as one file's bytes (see the module's docstring); its offsets count from the
    file's start, so the mapped file is searched as it is."""
    records, raw = layout
    offsets = array("I")
    offsets.frombytes(raw)
    start = _HEAD + len(raw)
    moved = array("I", [start + k for k in offsets])
    return b"".join([FILE_MAGIC, (len(offsets) - 1).to_bytes(4, "little"), moved.tobytes(), records])


def from_file(data) -> "Table":
    """The Table over a file's bytes or mapping (to_file's layout); ValueError if it is not one."""
    view = memoryview(data)
    if len(view) < _HEAD or view[:len(FILE_MAGIC)] != FILE_MAGIC:
        raise ValueError("not a background table")
    count = int.from_bytes(view[len(FILE_MAGIC):_HEAD], "little")
    end = _HEAD + 4 * (count + 1)
    if count < 1 or count & (count - 1) or end > len(view):
        raise ValueError("not a background table")
    offsets = view[_HEAD:end].cast("I")
    if offsets[0] != end or offsets[count] != len(view):
        raise ValueError("not a background table")
    return Table((data, offsets))


class Table:
    """Look-ups in a built layout: get(key) is table.get(key) for the dict it was built from.
    The layout is (records, offsets): bytes (or a mapping) and the buckets' offsets into them
    (bytes of array('I'), or a memoryview of unsigned ints)."""

    __slots__ = ("_records", "_offsets", "_mask")

    def __init__(self, layout: tuple):
        self._records, raw = layout
        self._offsets = raw if isinstance(raw, memoryview) else memoryview(raw).cast("I")
        self._mask = len(self._offsets) - 2  # the layout's number of buckets, less one

    def get(self, key: str) -> int | None:
        word = key.encode("utf-8")
        h = crc32(word) & self._mask
        records = self._records
        at = records.find(b"\0" + word + b"\xff", self._offsets[h], self._offsets[h + 1])
        if at < 0:
            return None
        at += len(word) + 2
        return (records[at] & 0x3F) << 6 | records[at + 1] & 0x3F

    def get_many(self, keys) -> list[int | None]:
        """[get(key) for key in keys], without a call per key."""
        records, offsets, mask = self._records, self._offsets, self._mask
        find = records.find
        out: list[int | None] = []
        add = out.append
        for key in keys:
            word = key.encode("utf-8")
            h = crc32(word) & mask
            at = find(b"\0" + word + b"\xff", offsets[h], offsets[h + 1])
            if at < 0:
                add(None)
            else:
                at += len(word) + 2
                add((records[at] & 0x3F) << 6 | records[at + 1] & 0x3F)
        return out


def cached(table, files, code) -> Table:
    """The Table of `table()` ({key: value}), its file kept in the derived cache (keyed by the
    resource `files` and `code`) and read in place; built afresh when the file is missing or
    not a table."""
    from . import derived

    return derived.cached_file("background-table", lambda: to_file(build(table())), from_file,
                               files=files, code=[*code, *derived.here("background_table")])
