"""The analyst's codes and annotations for a report, read through the project store's API."""
from __future__ import annotations

from typing import Iterable

from .content import ReportAnnotation, ReportCode


def codes_from_records(codes: Iterable) -> list[ReportCode]:
    """From desktop.store Code records (or anything with guid/name/color/parent/description)."""
    return [ReportCode(c.guid, c.name, c.color or "#888888", c.parent, getattr(c, "description", "") or "")
            for c in codes]


def annotations_from_records(annotations: Iterable) -> list[ReportAnnotation]:
    """From desktop.store Annotation records (one code each)."""
    return [ReportAnnotation(a.guid, a.article, a.start, a.end, a.exact, (a.code,) if a.code else (),
                             a.memo or "", a.author or "", a.created or "", a.modified or "",
                             bool(getattr(a, "orphan", False)))
            for a in annotations]


def coding_from_project(project) -> tuple[list[ReportCode], list[ReportAnnotation]]:
    """(codes, annotations) of an open desktop.store.Project."""
    return codes_from_records(project.codes()), annotations_from_records(project.annotations())
