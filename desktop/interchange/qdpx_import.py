"""Read a REFI-QDA .qdpx into a new project, through the project store's API only.

Accepts what other tools write: CRLF line ends (in project.qde and in sources; positions are
checked against each selection's quote, see ``placement``), a capitalised ``Sources/`` folder,
upper-case GUIDs, a BOM, sources given inline (PlainTextContent). Anything it cannot bring over
is listed in ``skipped``; selections it cannot place are kept as orphan annotations and listed
in ``warnings``.

Every GUID in the file is kept: codes, selections and notes through the store's restore calls,
TextSources through ``Project.add_articles(..., guids=...)`` and Users through
``Project.user(name, guid)``, so the project's JSON, W3C and .qdpx exports show the same GUIDs.
A "/" in a code name (it separates levels in Qarin's code paths) becomes "∕" (U+2215).
"""
from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .placement import Placement, place
from .qde import NS, VARIABLES, QdpxError, COLOR_RE, crlf_map, derived_guid, norm_guid

MAX_ENTRY = 512 * 1024 * 1024  # refuse zip members that expand beyond this
UNCODED = "Uncoded selections"


@dataclass
class ImportReport:
    sources: int = 0
    codes: int = 0
    selections: int = 0
    notes: int = 0
    orphans: int = 0  # selections kept as orphan annotations (place them by hand)
    skipped: list[str] = field(default_factory=list)  # things not brought over
    warnings: list[str] = field(default_factory=list)  # brought over, but look at them


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el if _local(c.tag) == name]


def _child(el: ET.Element, name: str) -> ET.Element | None:
    found = _children(el, name)
    return found[0] if found else None


class _Zip:
    """Zip members looked up case-insensitively (Sources/ and sources/ alike)."""

    def __init__(self, path: Path) -> None:
        try:
            self.zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise QdpxError(f"{path.name} is not a .qdpx (zip) file") from None
        except OSError as exc:
            raise QdpxError(f"cannot read {path.name}: {exc.strerror or exc}") from None
        self.names = {i.filename.replace("\\", "/").lower(): i for i in self.zf.infolist() if not i.is_dir()}

    def read(self, name: str) -> bytes | None:
        info = self.names.get(name.replace("\\", "/").lower())
        if info is None:
            return None
        if info.file_size > MAX_ENTRY:
            raise QdpxError(f"{info.filename} is too large ({info.file_size} bytes)")
        try:
            return self.zf.read(info)
        except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
            raise QdpxError(f"cannot read {info.filename}: {exc}") from None

    def project_qde(self) -> bytes:
        data = self.read("project.qde")
        if data is None:
            nested = [n for n in self.names if n.endswith("/project.qde") or n.endswith(".qde")]
            if not nested:
                raise QdpxError("the .qdpx has no project.qde")
            data = self.read(sorted(nested, key=len)[0])
        return data

    def source(self, internal: str) -> bytes | None:
        data = self.read(f"sources/{internal}")
        if data is None:  # some tools nest or rename the folder; the file name is the GUID
            tail = "/" + internal.lower()
            hits = [n for n in self.names if n.endswith(tail)]
            data = self.read(hits[0]) if hits else None
        return data


def _parse(data: bytes) -> ET.Element:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if re.search(rb"<!DOCTYPE|<!ENTITY", data, re.IGNORECASE):
        raise QdpxError("project.qde declares a DOCTYPE or entities; refusing to read it")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise QdpxError(f"project.qde is not well-formed XML ({exc})") from None
    if _local(root.tag) != "Project":
        raise QdpxError(f"project.qde has <{_local(root.tag)}> at its root, not <Project>")
    if root.tag.startswith("{") and root.tag[1:].split("}")[0] != NS:
        raise QdpxError(f"project.qde uses namespace {root.tag[1:].split('}')[0]!r}, not {NS!r}")
    return root


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from desktop.core.ingest import IngestError, decode_bytes

        try:
            return decode_bytes(data, name)[0]
        except IngestError as exc:
            raise QdpxError(str(exc)) from None


def _text_of(el: ET.Element, zf: _Zip, what: str) -> str | None:
    """Plain text of a TextSource or Note: inline content or an internal:// file."""
    inline = _child(el, "PlainTextContent")
    if inline is not None:
        return inline.text or ""
    path = el.get("plainTextPath") or ""
    if path.lower().startswith("internal://"):
        name = path[len("internal://"):]
        data = zf.source(name)
        if data is None:
            raise QdpxError(f"{what}: sources/{name} is missing from the .qdpx")
        return _decode(data, name)
    return None


def _stamp(value: str | None) -> str:
    return (value or "").strip()


def _code_name(name: str, used: set[str], report: ImportReport) -> str:
    name = " ".join((name or "").split()) or "code"
    if "/" in name:
        plain = name.replace("/", "\u2215")
        report.warnings.append(f"code name {name!r}: '/' separates levels in Qarin's code paths; "
                               f"named {plain!r}")
        name = plain
    base, k = name, 2
    while name in used:
        name = f"{base} ({k})"
        k += 1
    if name != base:
        report.skipped.append(f"code name {base!r} is used twice; the second became {name!r}")
    used.add(name)
    return name


def import_qdpx(path: str | os.PathLike, out: str | os.PathLike) -> ImportReport:
    """Create the project ``out`` from the .qdpx at ``path``. On any error nothing is left."""
    from desktop.store import Project

    path, out = Path(path), Path(out)
    zf = _Zip(path)
    root = _parse(zf.project_qde())
    project = Project.create(out, name=root.get("name") or path.stem)
    try:
        with project:
            report = _fill(project, root, zf)
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(f"{out}{suffix}")
            except OSError:
                pass
        raise
    return report


def _fill(project, root: ET.Element, zf: _Zip) -> ImportReport:
    from desktop.core.ingest import article_from_text
    from desktop.store import Annotation, Code, Memo
    from desktop.store.anchoring import Quote, quote_at

    report = ImportReport()
    users = {norm_guid(u.get("guid"), "user"): (u.get("name") or "").strip()
             for u in root.iter() if _local(u.tag) == "User"}

    def who(guid: str | None) -> str:
        return users.get(norm_guid(guid, "user"), "") if guid else ""

    notes: dict[str, ET.Element] = {}
    notes_el = _child(root, "Notes")
    for n in _children(notes_el, "Note") if notes_el is not None else []:
        notes[norm_guid(n.get("guid"), "note", n.get("name") or "")] = n
    used_notes: set[str] = set()

    def note_text(refs: list[ET.Element]) -> str:
        parts = []
        for ref in refs:
            g = norm_guid(ref.get("targetGUID"), "note")
            if g in notes:
                used_notes.add(g)
                body = _text_of(notes[g], zf, f"note {g}")
                if body:
                    parts.append(crlf_map(body)[0])
        return "\n\n".join(parts)

    variables = {}
    vars_el = _child(root, "Variables")
    for v in _children(vars_el, "Variable") if vars_el is not None else []:
        variables[norm_guid(v.get("guid"), "variable")] = v.get("name") or ""
    wanted = dict(VARIABLES)

    with project.atomic():
        for guid, name in users.items():  # the file's User GUIDs (the first one for a name)
            if name:
                project.user(name, guid=guid)
        # codes, depth first so parents exist before children
        used_names: set[str] = set()
        code_ids: set[str] = set()
        book = _child(root, "CodeBook")
        codes_el = _child(book, "Codes") if book is not None else None

        def add_codes(parent_el: ET.Element, parent: str | None) -> None:
            for pos, el in enumerate(_children(parent_el, "Code")):
                guid = norm_guid(el.get("guid"), "code", el.get("name") or "")
                if guid in code_ids:
                    report.skipped.append(f"code {guid} appears twice; kept the first")
                    continue
                color = el.get("color") or ""
                desc_el = _child(el, "Description")
                desc = crlf_map(desc_el.text or "")[0] if desc_el is not None else ""
                memo = note_text(_children(el, "NoteRef"))
                if memo:
                    desc = f"{desc}\n\n{memo}".strip()
                project.restore_code(Code(guid, _code_name(el.get("name"), used_names, report), parent,
                                          color.upper() if COLOR_RE.fullmatch(color) else "#888888",
                                          desc, pos))
                code_ids.add(guid)
                report.codes += 1
                add_codes(el, guid)

        if codes_el is not None:
            add_codes(codes_el, None)

        sources_el = _child(root, "Sources")
        source_guids: set[str] = set()
        used_ids: set[str] = set()
        pending = []  # (article id, file text, LF text, mapping, source element)
        for src in list(sources_el) if sources_el is not None else []:
            kind = _local(src.tag)
            label = src.get("name") or src.get("guid") or "?"
            if kind != "TextSource":
                report.skipped.append(f"{kind} {label!r}: only text sources can be imported")
                continue
            raw = _text_of(src, zf, f"source {label!r}")
            if raw is None:
                report.skipped.append(f"source {label!r}: its text ({src.get('plainTextPath')}) is not inside the .qdpx")
                continue
            text, mapping = crlf_map(raw)
            art_id = re.sub(r"[\s/\\]+", "_", (src.get("name") or "").strip()) or norm_guid(src.get("guid"), "source")
            base, k = art_id, 2
            while art_id in used_ids:
                art_id = f"{base}_{k}"
                k += 1
            used_ids.add(art_id)
            meta = {}
            for vv in _children(src, "VariableValue"):
                ref = _child(vv, "VariableRef")
                name = variables.get(norm_guid(ref.get("targetGUID") if ref is not None else "", "variable"), "")
                value_el = next((c for c in vv if _local(c.tag).endswith("Value") and _local(c.tag) != "VariableValue"), None)
                if name in wanted and value_el is not None and (value_el.text or "").strip():
                    meta[wanted[name]] = value_el.text.strip()
            article = article_from_text(
                text, id=art_id, path=meta.get("path", ""), encoding=meta.get("encoding", "utf-8"),
                outlet=meta.get("outlet"), title=meta.get("title"), date=meta.get("date"),
                url=meta.get("url"), relay_of=meta.get("relay_of"))
            guid = norm_guid(src.get("guid"), "source", art_id)
            if guid in source_guids:
                report.warnings.append(f"source {label!r}: its GUID {guid} is used by another "
                                       "source; it was given a new one")
                project.add_articles([article], merge_copies=False, allow_duplicates=True)
            else:
                project.add_articles([article], guids={art_id: guid}, merge_copies=False,
                                     allow_duplicates=True)
            source_guids.add(guid)
            report.sources += 1
            pending.append((art_id, raw, text, mapping, src))

        uncoded: str | None = None
        for art_id, raw, text, mapping, src in pending:
            for sel in _children(src, "PlainTextSelection"):
                sel_guid = norm_guid(sel.get("guid"), "selection", art_id)
                quote = crlf_map(sel.get("name") or "")[0]
                try:
                    s_raw, e_raw = int(sel.get("startPosition")), int(sel.get("endPosition"))
                except (TypeError, ValueError):
                    spot = Placement(None, None, "", False, "its positions are not numbers")
                    s_raw = e_raw = 0
                else:
                    spot = place(raw, text, mapping, s_raw, e_raw, quote)
                memo = note_text(_children(sel, "NoteRef")
                                 + [r for c in _children(sel, "Coding") for r in _children(c, "NoteRef")])
                desc = _child(sel, "Description")
                if desc is not None and (desc.text or "").strip():
                    memo = "\n\n".join(x for x in (crlf_map(desc.text.strip())[0], memo) if x)
                codings = []
                for coding in _children(sel, "Coding"):
                    ref = _child(coding, "CodeRef")
                    target = norm_guid(ref.get("targetGUID") if ref is not None else "", "code")
                    if target in code_ids:
                        codings.append((coding, target))
                    else:
                        report.skipped.append(f"selection {sel_guid}: refers to an unknown code {target}")
                if not codings:
                    if uncoded is None:
                        uncoded = project.add_code(_code_name(UNCODED, used_names, report)).guid
                    codings = [(sel, uncoded)]
                if spot.placed:
                    q = quote_at(text, spot.start, spot.end)
                    if spot.problem:
                        report.warnings.append(f"selection {sel_guid} in {art_id!r}: {spot.problem}")
                else:
                    # kept, never dropped: an orphan with the quote the file gave (DESIGN.md §8)
                    s0 = max(0, s_raw)
                    q = Quote(s0, max(s0, e_raw), quote, "", "")
                    report.warnings.append(f"selection {sel_guid} in {art_id!r}: {spot.problem}; "
                                           "kept as an orphan annotation to place by hand")
                author = who(sel.get("creatingUser"))
                created = _stamp(sel.get("creationDateTime"))
                modified = _stamp(sel.get("modifiedDateTime")) or created
                for k, (coding, code_guid) in enumerate(codings):
                    guid = sel_guid if k == 0 else derived_guid("split", sel_guid, code_guid)
                    project.restore_annotation(Annotation(
                        guid, art_id, q.start, q.end, q.exact, q.prefix, q.suffix, code_guid, memo,
                        author or who(coding.get("creatingUser")), created or _stamp(coding.get("creationDateTime")),
                        modified or created, orphan=not spot.placed, anchor=None if spot.placed else "orphan"))
                    report.selections += 1
                    report.orphans += 0 if spot.placed else 1
            for ref in _children(src, "NoteRef"):
                g = norm_guid(ref.get("targetGUID"), "note")
                if g in notes and g not in used_notes:
                    used_notes.add(g)
                    _memo(project, notes[g], g, art_id, zf, who, Memo)
        for g, n in notes.items():
            if g not in used_notes:
                used_notes.add(g)
                _memo(project, n, g, None, zf, who, Memo)
        report.notes = len(used_notes)  # every Note carried, on a selection or as a memo: as export counts
        for kind in ("Cases", "Links", "Sets", "Graphs"):
            el = _child(root, kind)
            if el is not None and len(el):
                report.skipped.append(f"{kind}: not supported by Qarin; {len(el)} item(s) left out")
    return report


def _memo(project, note: ET.Element, guid: str, article: str | None, zf: _Zip, who, Memo) -> None:
    body = _text_of(note, zf, f"note {guid}")
    project.restore_memo(Memo(guid, crlf_map(body or "")[0], article, note.get("name") or "",
                              who(note.get("creatingUser")), _stamp(note.get("creationDateTime")),
                              _stamp(note.get("modifiedDateTime")) or _stamp(note.get("creationDateTime"))))
