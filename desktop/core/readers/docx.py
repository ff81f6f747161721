"""Word files (.docx) to a Document, through python-docx: one line per paragraph."""
from __future__ import annotations

import io

from ..decode import MAX_BYTES, IngestError, too_big
from . import Document


def read_docx(data: bytes, name: str) -> Document:
    if len(data) > MAX_BYTES:
        raise too_big(name, len(data))
    try:
        import docx
        document = docx.Document(io.BytesIO(data))
    except ImportError as exc:
        raise IngestError(f"{name}: cannot read Word files ({exc}); install python-docx") from None
    except Exception:  # python-docx raises its own errors for damaged packages
        raise IngestError(f"{name}: not a readable Word (.docx) file") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise IngestError(f"{name}: the Word file holds no text")
    props = document.core_properties  # (its dates are the file's, not the article's)
    return Document(
        text=text + "\n", encoding="docx", source="docx", title=(props.title or None),
        date=None, author=(props.author or None), original=data,
        original_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
