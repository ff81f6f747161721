"""User text (titles, outlet, code and author names, memos) inside the window's own labels.

Embedding, override and isolate controls (U+202A–E, U+2066–9) in a title or a name would
otherwise reorder the text around them: after U+202E (right-to-left override) "abc" shows as
"cba", and so does whatever the label shows after it. Labels show each such control as a
visible marker instead (as the reports do), and user text that shares a line with other text
sits in a first-strong isolate (FSI … PDI), so its direction cannot spill over either.
"""
from __future__ import annotations

import html

from desktop.core.display import BIDI_CONTROLS, shown  # noqa: F401 - re-exported for the UI
from desktop.core.titles import display_title

FSI, PDI = "\u2068", "\u2069"


def isolated(text: str) -> str:
    """``text`` (controls made visible) as a first-strong isolate, for a line shared with
    other text."""
    return f"{FSI}{shown(text)}{PDI}"


def isolated_html(text: str) -> str:
    """The same, escaped for a rich-text label."""
    return html.escape(isolated(text))


def article_label(article) -> str:
    """"Outlet — title" for lists and combo boxes of articles."""
    return f"{isolated(article.outlet)} — {isolated(display_title(article))}"
