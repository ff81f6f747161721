"""Files of the user's own (the user lexicon, the user's outlets): written whole or not at all."""
from __future__ import annotations

import json
import os
from pathlib import Path


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string (a JSON string is one)."""
    return json.dumps(str(text), ensure_ascii=False)


def replace_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file beside it, so a crash leaves the old
    file or the new one, never half of one. Raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
