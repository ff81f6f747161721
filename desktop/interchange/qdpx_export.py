"""Write a project as a REFI-QDA .qdpx: codes (nested, coloured), articles as text sources,
annotations as coded selections, memos as notes. Reads the project through its public API."""
from __future__ import annotations

import os
import re
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .qde import (NS, VARIABLES, QdpxError, crlf_map, derived_guid, lf, q,
                  xml_safe)


@dataclass
class ExportStats:
    sources: int = 0
    codes: int = 0
    selections: int = 0
    notes: int = 0
    orphans: int = 0  # annotations whose place was lost: exported as notes, not selections
    not_carried: list[str] = field(default_factory=list)  # what REFI-QDA has no place for


def _sub(parent: ET.Element, tag: str, attrs: dict | None = None, text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, q(tag), {k: xml_safe(str(v)) for k, v in (attrs or {}).items()
                                       if v not in (None, "")})
    if text is not None:
        el.text = xml_safe(text)
    return el


def _stamp(value: str) -> str:
    """REFI-QDA dateTime (xs:dateTime); the store's ISO strings already fit."""
    return value or ""


def source_guids(project) -> dict[str, str]:
    """Article id -> TextSource GUID: the article's stable GUID in the store (a .qdpx import
    keeps the file's)."""
    return {info.id: info.guid for info in project.article_infos()}


def user_guids(project) -> dict[str, str]:
    """User name -> User GUID, as the store keeps them (a .qdpx import keeps the file's)."""
    return {u.name: u.guid for u in project.users()}


def build_qde(project) -> tuple[bytes, dict[str, str], ExportStats]:
    """(project.qde bytes, {zip path: source text}, stats)."""
    stats = ExportStats()
    ET.register_namespace("", NS)
    users = user_guids(project)

    def user(name: str) -> str:
        if not name:
            return ""
        if name not in users:
            users[name] = derived_guid("user", name)
        return users[name]

    codes = project.codes()
    annotations = project.annotations()
    memos = project.memos()
    for a in annotations:
        user(a.author)
    for m in memos:
        user(m.author)
    meta = project.meta()
    root = ET.Element(q("Project"), {
        "name": xml_safe(project.name), "origin": "Qarin",
        "creationDateTime": meta.get("created", ""),
        "modifiedDateTime": datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
    })
    if users:
        root.set("creatingUserGUID", next(iter(users.values())))
    # Users
    users_el = _sub(root, "Users")
    for name, guid in users.items():
        _sub(users_el, "User", {"guid": guid, "name": name})
    # CodeBook: nested codes
    codes_el = _sub(_sub(root, "CodeBook"), "Codes")
    elements: dict[str | None, ET.Element] = {None: codes_el}
    for c in codes:  # parents come before children
        parent_el = elements.get(c.parent, codes_el)
        el = _sub(parent_el, "Code", {"guid": c.guid, "name": c.name, "isCodable": "true",
                                      "color": c.color.upper() if c.color else ""})
        if c.description:
            _sub(el, "Description", text=lf(c.description))
        elements[c.guid] = el
        stats.codes += 1
    # Variables: article metadata
    var_el = _sub(root, "Variables")
    var_guid = {}
    for label, _ in VARIABLES:
        var_guid[label] = derived_guid("variable", label)
        _sub(var_el, "Variable", {"guid": var_guid[label], "name": label, "typeOfVariable": "Text"})
    # Sources
    sources_el = _sub(root, "Sources")
    guids = source_guids(project)
    infos = {i.id: i for i in project.article_infos()}
    by_article: dict[str, list] = {}
    for a in annotations:
        by_article.setdefault(a.article, []).append(a)
    article_memos: dict[str, list] = {}
    for m in memos:
        if m.article is not None:
            article_memos.setdefault(m.article, []).append(m)
    files: dict[str, str] = {}
    notes: list[tuple[str, str, str, str, str]] = []  # guid, name, text, author, created
    for art in project.articles():
        info = infos[art.id]
        guid = guids[art.id]
        text, mapping = crlf_map(art.text)
        files[f"sources/{guid}.txt"] = text
        src = _sub(sources_el, "TextSource", {
            "guid": guid, "name": art.id, "plainTextPath": f"internal://{guid}.txt",
            "creatingUser": root.get("creatingUserGUID", ""),
            "creationDateTime": _stamp(info.added), "modifiedDateTime": _stamp(info.modified),
        })
        stats.sources += 1
        for a in by_article.get(art.id, []):
            if a.orphan:
                stats.orphans += 1
                notes.append((derived_guid("orphan", a.guid), f"Orphaned annotation {a.guid}",
                              f"«{a.exact}»\ncode: {a.code}\n{a.memo}".rstrip(), a.author, a.created))
                continue
            start, end = mapping[a.start], mapping[a.end]
            sel = _sub(src, "PlainTextSelection", {
                "guid": a.guid, "name": text[start:end][:200], "startPosition": start, "endPosition": end,
                "creatingUser": user(a.author), "creationDateTime": _stamp(a.created),
                "modifyingUser": user(a.author), "modifiedDateTime": _stamp(a.modified),
            })
            coding = _sub(sel, "Coding", {"guid": derived_guid("coding", a.guid), "creatingUser": user(a.author),
                                          "creationDateTime": _stamp(a.created)})
            _sub(coding, "CodeRef", {"targetGUID": a.code})
            if a.memo:
                note_guid = derived_guid("memo", a.guid)
                notes.append((note_guid, "Memo", a.memo, a.author, a.created))
                _sub(sel, "NoteRef", {"targetGUID": note_guid})
            stats.selections += 1
        # TextSourceType: Description, PlainTextContent, PlainTextSelection*, Coding*, NoteRef*,
        # VariableValue* -- article memos come before the metadata
        for m in article_memos.get(art.id, []):
            _sub(src, "NoteRef", {"targetGUID": m.guid})
        for label, field_name in VARIABLES:
            value = getattr(art, field_name, None)
            if field_name == "path" and value:
                value = _file_name(str(value))  # never a local folder of the analyst's
            if value:
                vv = _sub(src, "VariableValue")
                _sub(vv, "VariableRef", {"targetGUID": var_guid[label]})
                _sub(vv, "TextValue", text=str(value))
    # Notes: annotation memos, article memos, project memos
    notes_el = _sub(root, "Notes")
    for m in memos:
        notes.append((m.guid, m.title or "Memo", m.text, m.author, m.created))
    for guid, name, body, author, created in notes:
        note = _sub(notes_el, "Note", {"guid": guid, "name": name, "creatingUser": user(author),
                                        "creationDateTime": _stamp(created)})
        _sub(note, "PlainTextContent", text=lf(body))
        stats.notes += 1
    for m in memos:  # project memos are referenced from the project itself (last in order)
        if m.article is None:
            _sub(root, "NoteRef", {"targetGUID": m.guid})
    # the schema wants at least one child in each of these containers: leave out empty ones
    for tag in ("Users", "Sources", "Notes"):
        el = root.find(q(tag))
        if el is not None and not len(el):
            root.remove(el)
    if not len(codes_el):
        root.remove(root.find(q("CodeBook")))
    ET.indent(root, space=" ")
    xml = ET.tostring(root, encoding="unicode")
    data = ('<?xml version="1.0" encoding="utf-8"?>\n' + lf(xml) + "\n").encode("utf-8")
    stats.not_carried = _not_carried(project)
    return data, files, stats


def _file_name(path: str) -> str:
    """The last part of a POSIX or Windows path."""
    return re.split(r"[\\/]", path.rstrip("\\/"))[-1]


def _not_carried(project) -> list[str]:
    """Project content a .qdpx cannot hold, for the user to be told about."""
    out = []
    overrides = len(project.lexicon_overrides())
    category_edits = any("lexicon" in key for key in project.meta())
    if overrides or category_edits:
        parts = [f"{overrides} lexicon term edit(s)"] if overrides else []
        parts += ["lexicon category edits"] if category_edits else []
        out.append(" and ".join(parts) + " (REFI-QDA has no place for a lexicon)")
    return out


def export_qdpx(project, out: str | os.PathLike) -> ExportStats:
    """Write ``out`` (.qdpx). UTF-8 without BOM, LF line ends, code-point positions."""
    data, files, stats = build_qde(project)
    out = Path(out)
    if not out.parent.is_dir():
        raise QdpxError(f"the folder for {out} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("project.qde", data)
            for name, text in files.items():
                zf.writestr(name, text.encode("utf-8"))
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return stats
