"""Settings read from the environment ($QARIN_...)."""
from __future__ import annotations

import os


def env_seconds(name: str, default: float) -> float:
    """A non-negative number of seconds from $name, or `default` when unset or invalid."""
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if value >= 0 else default
