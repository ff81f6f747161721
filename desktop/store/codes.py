"""The codebook: hierarchical codes with colour and description.

Code names are unique in a project and cannot contain "/": it separates the levels of a code
path ("parent/child"), which `project info`, the JSON export and the CSV ``code_path`` column
show and which every lookup (`Project.code`, the CLI's ``--code``/``--parent``) accepts, with or
without spaces around the "/". Older projects had "/" in names replaced by "∕" (U+2215).
"""
from __future__ import annotations

import re

from .base import StoreBase, new_guid, now
from .errors import CodeConflict, ProjectError, UnknownCode
from .records import Annotation, Code, CodeUsage

PALETTE = ("#E6194B", "#3CB44B", "#4363D8", "#F58231", "#911EB4", "#42D4F4", "#F032E6",
           "#BFEF45", "#469990", "#9A6324", "#800000", "#808000", "#000075", "#FFE119")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")



def _code(row: dict) -> Code:
    return Code(guid=row["guid"], name=row["name"], parent=row["parent"], color=row["color"],
                description=row["description"] or "", position=row["position"] or 0,
                created=row["created"] or "")


def check_color(color: str) -> str:
    if not isinstance(color, str) or not _COLOR.match(color):
        raise ProjectError(f"colour must look like #RRGGBB, not {color!r}")
    return color.upper()


SEPARATOR = "/"


def _check_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ProjectError("a code name cannot be empty")
    if "\n" in name:
        raise ProjectError("a code name must be one line")
    if SEPARATOR in name:
        raise ProjectError(f"a code name cannot contain '/' ({name!r}): it separates levels in "
                           "code paths such as 'parent/child'; nest a code with a parent instead, "
                           "or write '\u2215' (division slash)")
    return name


class CodesMixin(StoreBase):
    def codes(self) -> list[Code]:
        """All codes, parents before children, siblings in their order."""
        rows = [_code(r) for r in self._rows("SELECT * FROM codes ORDER BY position, name")]
        children: dict[str | None, list[Code]] = {}
        for c in rows:
            children.setdefault(c.parent, []).append(c)
        out: list[Code] = []

        def walk(parent: str | None) -> None:
            for c in children.get(parent, []):
                out.append(c)
                walk(c.guid)

        walk(None)
        return out

    def code(self, ref: Code | str) -> Code:
        """Look a code up by Code, GUID, name or path ("parent/child", from the top level, as
        `code_paths` gives it); raises UnknownCode."""
        key = ref.guid if isinstance(ref, Code) else ref
        row = self._one("SELECT * FROM codes WHERE guid = ?", (key,)) or \
            self._one("SELECT * FROM codes WHERE name = ?", (key,)) or self._code_at(key)
        if row is None:
            hint = (" (a path names the codes from the top level down, as `project info` "
                    "shows them)") if isinstance(key, str) and SEPARATOR in key else ""
            raise UnknownCode(f"no code {key!r} in {self.path.name}{hint}")
        return _code(row)

    def _code_at(self, path: str) -> dict | None:
        if not isinstance(path, str) or SEPARATOR not in path:
            return None
        parts = [part.strip() for part in path.split(SEPARATOR)]
        if not all(parts):
            return None
        row, parent = None, None
        for part in parts:
            row = self._one("SELECT * FROM codes WHERE name = ? AND parent IS ?", (part, parent))
            if row is None:
                return None
            parent = row["guid"]
        return row

    def find_code(self, ref: Code | str) -> Code | None:
        try:
            return self.code(ref)
        except UnknownCode:
            return None

    def add_code(self, name: str, parent: Code | str | None = None, color: str | None = None,
                 description: str = "") -> Code:
        name = _check_name(name)
        with self.atomic():
            if self._one("SELECT 1 AS x FROM codes WHERE name = ?", (name,)):
                raise CodeConflict(f"a code named {name!r} already exists")
            parent_guid = self.code(parent).guid if parent is not None else None
            count = self._one("SELECT COUNT(*) AS n FROM codes")["n"]
            color = check_color(color) if color else PALETTE[count % len(PALETTE)]
            pos = self._one("SELECT COALESCE(MAX(position), -1) + 1 AS p FROM codes WHERE parent IS ?",
                            (parent_guid,))["p"]
            stamp = now()
            guid = new_guid()
            self._exec("INSERT INTO codes (guid, name, parent, color, description, position, created, "
                       "modified) VALUES (?,?,?,?,?,?,?,?)",
                       (guid, name, parent_guid, color, description or "", pos, stamp, stamp))
            self._emit("codes", (guid,))
        return self.code(guid)

    def _set_code(self, ref: Code | str, **fields) -> Code:
        with self.atomic():
            guid = self.code(ref).guid
            sets = ", ".join(f"{k} = ?" for k in fields)
            self._exec(f"UPDATE codes SET {sets}, modified = ? WHERE guid = ?",
                       (*fields.values(), now(), guid))
            self._emit("codes", (guid,))
        return self.code(guid)

    def rename_code(self, ref: Code | str, name: str) -> Code:
        name = _check_name(name)
        current = self.code(ref)
        other = self.find_code(name)
        if other is not None and other.guid != current.guid:
            raise CodeConflict(f"a code named {name!r} already exists")
        return self._set_code(current, name=name)

    def recolor_code(self, ref: Code | str, color: str) -> Code:
        return self._set_code(ref, color=check_color(color))

    def describe_code(self, ref: Code | str, description: str) -> Code:
        return self._set_code(ref, description=description or "")

    def move_code(self, ref: Code | str, parent: Code | str | None, position: int | None = None) -> Code:
        """Reparent (None: top level) and optionally place among the new siblings."""
        with self.atomic():
            code = self.code(ref)
            parent_guid = self.code(parent).guid if parent is not None else None
            walk = parent_guid
            while walk is not None:
                if walk == code.guid:
                    raise CodeConflict(f"cannot move {code.name!r} under itself")
                walk = self._one("SELECT parent FROM codes WHERE guid = ?", (walk,))["parent"]
            siblings = [r["guid"] for r in self._rows(
                "SELECT guid FROM codes WHERE parent IS ? AND guid != ? ORDER BY position, name",
                (parent_guid, code.guid))]
            at = len(siblings) if position is None else max(0, min(position, len(siblings)))
            siblings.insert(at, code.guid)
            self._exec("UPDATE codes SET parent = ?, modified = ? WHERE guid = ?",
                       (parent_guid, now(), code.guid))
            self._execmany("UPDATE codes SET position = ? WHERE guid = ?",
                           [(i, g) for i, g in enumerate(siblings)])
            self._emit("codes", (code.guid,))
        return self.code(code.guid)

    def merge_codes(self, source: Code | str, target: Code | str) -> Code:
        """Give `source`'s annotations and child codes to `target`, then delete `source`."""
        with self.atomic():
            src, dst = self.code(source), self.code(target)
            if src.guid == dst.guid:
                raise CodeConflict("cannot merge a code into itself")
            walk = dst.parent
            while walk is not None:
                if walk == src.guid:
                    raise CodeConflict(f"cannot merge {src.name!r} into its own descendant")
                walk = self._one("SELECT parent FROM codes WHERE guid = ?", (walk,))["parent"]
            stamp = now()
            self._exec("UPDATE annotations SET code = ?, modified = ? WHERE code = ?",
                       (dst.guid, stamp, src.guid))
            self._exec("UPDATE codes SET parent = ?, modified = ? WHERE parent = ?",
                       (dst.guid, stamp, src.guid))
            self._exec("DELETE FROM codes WHERE guid = ?", (src.guid,))
            self._emit("codes", (src.guid, dst.guid))
            self._emit("annotations")
        return self.code(dst.guid)

    def _subtree(self, ref: Code | str) -> list[Code]:
        """The code and all its descendants, parents first."""
        subtree = [self.code(ref)]
        i = 0
        while i < len(subtree):
            subtree += [_code(r) for r in self._rows(
                "SELECT * FROM codes WHERE parent = ? ORDER BY position", (subtree[i].guid,))]
            i += 1
        return subtree

    def code_usage(self, ref: Code | str) -> CodeUsage:
        """What deleting the code with cascade would take: its sub-codes (all levels), the
        annotations coded with any of them, and how many of those carry a memo."""
        guids = [c.guid for c in self._subtree(ref)]
        marks = ",".join("?" * len(guids))
        row = self._one(f"SELECT COUNT(*) AS n, COALESCE(SUM(memo != ''), 0) AS memos "
                        f"FROM annotations WHERE code IN ({marks})", guids)
        return CodeUsage(len(guids) - 1, row["n"], row["memos"])

    def delete_code(self, ref: Code | str, cascade: bool = False
                    ) -> tuple[list[Code], list[Annotation]]:
        """Delete a code. A code with children or annotations is refused unless `cascade`,
        which deletes its subtree and their annotations. Returns what was deleted (parents
        first) so `restore_code`/`restore_annotation` can undo it."""
        with self.atomic():
            subtree = self._subtree(ref)
            code = subtree[0]
            guids = [c.guid for c in subtree]
            marks = ",".join("?" * len(guids))
            anns = [self.annotation(r["guid"]) for r in self._rows(
                f"SELECT guid FROM annotations WHERE code IN ({marks})", guids)]
            if not cascade and (len(subtree) > 1 or anns):
                raise CodeConflict(f"code {code.name!r} has {len(subtree) - 1} sub-code(s) and "
                                   f"{len(anns)} annotation(s); merge it or delete with cascade")
            self._exec(f"DELETE FROM annotations WHERE code IN ({marks})", guids)
            for c in reversed(subtree):
                self._exec("DELETE FROM codes WHERE guid = ?", (c.guid,))
            self._emit("codes", tuple(guids))
            if anns:
                self._emit("annotations", tuple(a.guid for a in anns))
        return subtree, anns

    def restore_code(self, code: Code) -> Code:
        """Put back a deleted code exactly (same GUID); for undo and import."""
        _check_name(code.name)
        with self.atomic():
            if self.find_code(code.guid) is not None:
                raise CodeConflict(f"code {code.guid} exists already")
            if self.find_code(code.name) is not None:
                raise CodeConflict(f"a code named {code.name!r} already exists")
            if code.parent is not None:
                self.code(code.parent)
            self._exec("INSERT INTO codes (guid, name, parent, color, description, position, created, "
                       "modified) VALUES (?,?,?,?,?,?,?,?)",
                       (code.guid, code.name, code.parent, code.color, code.description,
                        code.position, code.created or now(), now()))
            self._emit("codes", (code.guid,))
        return self.code(code.guid)
