"""Rows of a table kept as bytes and made into named tuples only when asked for.

The outlet registry is read from the derived cache at every start, and a run asks for a
handful of its ~300 outlets: keeping each row marshalled in one blob, and making it when it
is first indexed, saves making (and first-touching the memory of) the rest."""
from __future__ import annotations

import marshal


class LazyRows:
    """A tuple of named tuples (`kind`) kept as their rows' bytes: row i is marshalled at
    offsets[i]:offsets[i + 1] of one blob (offsets: unsigned 32-bit integers), and made into
    a `kind` the first time it is asked for. A sequence like the tuple it stands for (equal to
    it, iterated, indexed, sliced)."""

    __slots__ = ("_kind", "_blob", "_at", "_made", "_all")
    __hash__ = None

    def __init__(self, kind: type, blob: bytes, offsets: bytes) -> None:
        self._kind = kind
        self._blob = memoryview(blob)
        self._at = memoryview(offsets).cast("I")
        self._made: dict[int, tuple] = {}
        self._all: tuple | None = None

    def __len__(self) -> int:
        return len(self._at) - 1

    def __getitem__(self, k):
        if k.__class__ is not int:
            return self.as_tuple()[k]  # a slice
        got = self._made.get(k)
        if got is not None:
            return got
        n = len(self._at) - 1
        i = k + n if k < 0 else k
        if not 0 <= i < n:
            raise IndexError("row index out of range")
        got = self._made.get(i)
        if got is None:
            got = tuple.__new__(self._kind, marshal.loads(self._blob[self._at[i]:self._at[i + 1]]))
            self._made[i] = got
        self._made[k] = got
        return got

    def as_tuple(self) -> tuple:
        if self._all is None:
            self._all = tuple(map(self.__getitem__, range(len(self))))
        return self._all

    def __iter__(self):
        return iter(self.as_tuple())

    def __eq__(self, other) -> bool:
        if isinstance(other, LazyRows):
            return self.as_tuple() == other.as_tuple()
        if isinstance(other, tuple):
            return self.as_tuple() == other
        return NotImplemented

    def __repr__(self) -> str:
        return repr(self.as_tuple())

    def __reduce__(self):  # pickled (a registry sent to another process) as its bytes
        return (LazyRows, (self._kind, bytes(self._blob), bytes(self._at.cast("B"))))
