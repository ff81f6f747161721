"""Turn file bytes into text, saying which encoding was used, or refuse with a reason."""
from __future__ import annotations

import codecs
import re

MAX_BYTES = 5 * 1024 * 1024
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")  # below 32, not tab, line feed, form feed, CR
_CONTROL_CHARS = "".join(map(chr, [*range(0x00, 0x09), 0x0b, *range(0x0e, 0x20)]))  # the same


class IngestError(Exception):
    """A file that cannot be read as an article; the message names the file and the reason."""


def too_big(name: str, size: int) -> IngestError:
    return IngestError(f"{name}: the file is {size / 1_048_576:.1f} MB; the limit is 5 MB")


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str]:
    if not data:
        raise IngestError(f"{name}: the file is empty")
    if len(data) > MAX_BYTES:
        raise too_big(name, len(data))
    if data.startswith(codecs.BOM_UTF8):
        return _finish(data[3:].decode("utf-8", errors="strict"), "utf-8-sig", name)
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return _finish(data[2:].decode(codec), "utf-16", name)
            except UnicodeDecodeError:
                raise IngestError(f"{name}: declares UTF-16 but is not valid UTF-16") from None
    if b"\x00" in data[:4096]:
        raise IngestError(f"{name}: looks like a binary file, not text")
    try:
        return _finish(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    if text.count("\ufffd") > max(3, len(text) // 200) or _arabic_share(text) < 0.2:
        raise IngestError(f"{name}: neither UTF-8, UTF-16 nor Windows-1256 Arabic text")
    return _finish(text, "windows-1256", name)


def _arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0600" <= c <= "\u06ff") / len(letters)


def _finish(text: str, encoding: str, name: str) -> tuple[str, str]:
    if not text or text.isspace():
        raise IngestError(f"{name}: the file holds only whitespace")
    # (most texts hold none: each control character looked for with `in`, a C scan, before
    # the regex's test of a class at every character counts them)
    head = text[:4096]
    controls = len(_CONTROLS.findall(head)) if any(map(head.__contains__, _CONTROL_CHARS)) else 0
    if controls > 8:
        raise IngestError(f"{name}: looks like a binary file, not text")
    return text, encoding
