"""Shared pieces of the REFI-QDA project format (project.qde inside a .qdpx zip).

Facts (REFI-QDA Project Exchange 1.0): namespace ``urn:QDA-XML:project:1.0``; the root
``Project`` holds, in this order, Users, CodeBook, Variables, Cases, Sources, Notes, Links,
Sets, Graphs, Description; text sources live in the zip's ``sources/`` folder and are named
``internal://<guid>.txt``; positions count Unicode code points of that plain text.
"""
from __future__ import annotations

import re
import uuid

NS = "urn:QDA-XML:project:1.0"
PROJECT_ORDER = ("Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links", "Sets",
                 "Graphs", "Description")
GUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
COLOR_RE = re.compile(r"#[0-9a-fA-F]{6}")
# Derived GUIDs (codings, memo notes, variables) come from this namespace so they stay the same
# on every export of the same project.
QARIN_NS = uuid.UUID("6f1d7a52-3c0e-4b8e-9a57-2f4e1d0c9b31")
# Article metadata carried as REFI-QDA text variables, so a round trip keeps it.
VARIABLES = (("Outlet", "outlet"), ("Title", "title"), ("Date", "date"), ("URL", "url"),
             ("RelayOf", "relay_of"), ("Path", "path"), ("Encoding", "encoding"))

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class QdpxError(Exception):
    """A .qdpx that cannot be read or written; the message is one line for the user."""


def q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def derived_guid(*parts: str) -> str:
    return str(uuid.uuid5(QARIN_NS, "\x1f".join(parts)))


def norm_guid(value: str | None, *fallback: str) -> str:
    """A lowercase 8-4-4-4-12 GUID; a malformed one is replaced by a stable derived one."""
    if value and GUID_RE.fullmatch(value.strip()):
        return value.strip().lower()
    return derived_guid("foreign", value or "", *fallback)


def xml_safe(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR)."""
    return _XML_BAD.sub("", text or "")


def lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def crlf_map(text: str) -> tuple[str, list[int]]:
    """Text with CRLF/CR turned into LF, and for each old index its new index (len+1 entries)."""
    out: list[str] = []
    mapping: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        mapping.append(len(out))
        if ch == "\r":
            if i + 1 < n and text[i + 1] == "\n":
                mapping.append(len(out))  # the LF of a CRLF lands where the pair does
                out.append("\n")
                i += 2
                continue
            out.append("\n")
        else:
            out.append(ch)
        i += 1
    mapping.append(len(out))
    return "".join(out), mapping
