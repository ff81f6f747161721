"""Read the TOML data files under resources/."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from desktop.paths import RESOURCES


@lru_cache(maxsize=32)
def load_toml(name: str | Path) -> dict:
    path = Path(name) if Path(name).is_absolute() else RESOURCES / name
    with open(path, "rb") as fh:
        return tomllib.load(fh)
