"""The report body's one template (resources/report/report.j2), rendered in two dialects:
browser HTML (html.py) and Qt rich text for the PDF (qt_html.py). Each dialect hands the
template its helpers (escaping, isolation, highlighted text, table rows); the template holds
what the report shows and in which order, once. Qt-free."""
from __future__ import annotations

import re
from functools import lru_cache

from jinja2 import Environment, StrictUndefined

from desktop.paths import RESOURCES

from .labels import t

TEMPLATE = RESOURCES / "report" / "report.j2"


@lru_cache(maxsize=1)
def _template():
    # line breaks and indentation in the template are layout only (see its header)
    source = re.sub(r"\n[ \t]*", "", TEMPLATE.read_text(encoding="utf-8"))
    env = Environment(autoescape=False, undefined=StrictUndefined, keep_trailing_newline=False)
    return env.from_string(source)


def shown_groups(c) -> list:
    """Code groups worth a heading: with annotations or a memo."""
    return [g for g in c.code_groups if g.annotations or g.code.memo]


def render_body(content, helpers, *, web: bool, meta: str) -> str:
    return _template().render(c=content, h=helpers, web=web, meta=meta,
                              t=lambda key: t(content.lang, key))
