"""The bundled corpus: five documents about the January 2018 Sochi conference."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["corpus_paths"]


def corpus_paths() -> tuple[Path, ...]:
    """Paths of the bundled corpus documents, sorted by name."""
    root = resources.files("sochi_er") / "corpus"
    return tuple(sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith(".txt")))
