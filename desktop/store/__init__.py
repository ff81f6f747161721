"""The project store: an analyst's articles, codebook, annotations, memos, lexicon overrides
and cached analysis in one SQLite file (sqlite-utils). The only package with SQL in it.

    from desktop.store import Project
    with Project.create("gaza.qarin") as project:      # or Project.open(path[, readonly=True])
        project.add_articles(articles)                   # -> AddReport (re-anchors changes)
        code = project.add_code("occupation label", color="#E6194B")
        ann = project.annotate(article_id, 10, 24, code, memo="why")
        project.annotations(code=code)                   # -> [Annotation]

Every call commits before returning; group calls with `with project.atomic():`.
Errors are `ProjectError` subclasses with one-line messages. Records are frozen dataclasses
from `desktop.store.records`; re-anchoring is pure code in `desktop.store.anchoring`.
"""
from .annotations import NewAnnotation
from .errors import (
    ArticleInUse,
    ArticleMismatch,
    GuidConflict,
    CodeConflict,
    InvalidSpan,
    ProjectBusy,
    ProjectClosed,
    ProjectCorrupt,
    ProjectError,
    ProjectExists,
    ProjectForeign,
    ProjectNotFound,
    ProjectReadOnly,
    ProjectTooNew,
    UnknownAnnotation,
    UnknownArticle,
    UnknownCode,
    UnknownMemo,
)
from .extras import analysis_key
from .project import SUFFIX, Project
from .records import (
    AddReport,
    Annotation,
    ArticleInfo,
    Code,
    CodeUsage,
    LexiconOverride,
    Memo,
    Placement,
    StoreEvent,
    User,
)
from .schema import SCHEMA_VERSION

__all__ = [
    "AddReport", "Annotation", "ArticleInUse", "ArticleInfo", "ArticleMismatch", "Code", "CodeUsage",
    "CodeConflict", "GuidConflict", "InvalidSpan", "LexiconOverride", "Memo", "NewAnnotation",
    "Placement", "Project", "ProjectBusy", "ProjectClosed", "ProjectCorrupt", "ProjectError",
    "ProjectExists", "ProjectForeign", "ProjectNotFound", "ProjectReadOnly", "ProjectTooNew",
    "SCHEMA_VERSION", "SUFFIX", "StoreEvent", "UnknownAnnotation", "UnknownArticle", "UnknownCode",
    "UnknownMemo", "User", "analysis_key",
]
