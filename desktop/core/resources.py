"""Read the TOML data files under resources/ (parsed once, then kept in the derived cache)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from desktop.paths import RESOURCES

from . import derived


@lru_cache(maxsize=32)
def load_toml(name: str | Path) -> dict:
    path = Path(name) if Path(name).is_absolute() else RESOURCES / name

    def parse() -> dict:
        import tomllib  # only when the derived cache has no entry

        with open(path, "rb") as fh:
            return tomllib.load(fh)

    return derived.cached(f"toml-{path.stem}-{_short(path)}", parse, files=[path],
                          code=derived.here("resources"), plain=True)


def _short(path: Path) -> str:
    return derived.sha1(str(path).encode()).hexdigest()[:8]
