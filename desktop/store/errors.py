"""Errors the project store raises. Every message is one line a user can read."""
from __future__ import annotations


class ProjectError(Exception):
    """Base class: anything that stops a project operation. Nothing was changed."""


class ProjectNotFound(ProjectError):
    """The project file does not exist."""


class ProjectExists(ProjectError):
    """`Project.create` was asked to overwrite an existing file."""


class ProjectReadOnly(ProjectError):
    """The project was opened for reading only (asked for, or the file or its folder is not
    writable), and something tried to change it."""


class ProjectBusy(ProjectError):
    """Another program holds the project's write lock longer than the busy timeout."""


class ProjectCorrupt(ProjectError):
    """The file is a damaged SQLite database (or not a database at all)."""


class ProjectForeign(ProjectError):
    """The file is a SQLite database, but not a Qarin project."""


class ProjectTooNew(ProjectError):
    """The project was written by a newer Qarin; this version refuses to touch it."""


class ProjectClosed(ProjectError):
    """The project was used after `close()`."""


class InvalidSpan(ProjectError):
    """A span lies outside the article's text, or is empty or reversed."""


class UnknownArticle(ProjectError):
    """No article with that id."""


class UnknownCode(ProjectError):
    """No code with that name or GUID."""


class UnknownAnnotation(ProjectError):
    """No annotation with that GUID."""


class UnknownMemo(ProjectError):
    """No memo with that GUID."""


class CodeConflict(ProjectError):
    """A code name is taken, a move would make a cycle, or a code still has annotations."""


class ArticleMismatch(ProjectError):
    """A re-imported article (same id) shares too little with the stored text to be an edit of
    it; pass ``replace_dissimilar=True`` (CLI: ``--replace``) to replace it anyway."""


class GuidConflict(ProjectError):
    """A GUID asked for is malformed or already belongs to another record."""


class ArticleInUse(ProjectError):
    """An article still carries annotations and cannot be removed without them."""
