"""Shared fixtures: the bundled corpus and throwaway parsers."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings

from sochi_er import Role, Source, Statement, StatementBuilder, corpus_paths

# Property tests check behaviour, not speed: hypothesis's default 200 ms deadline per
# example fails them at random on a loaded CI machine (speed belongs in benchmarks/).
settings.register_profile("sochi_er", deadline=None)
settings.load_profile("sochi_er")


class LineParser:
    """A throwaway parser: every non-empty line of a text is a signatory (numbered by its
    line; a blank line is reported as skipped)."""

    def __init__(self, name: str = "lines", confidence: float = 0.5) -> None:
        self.name = name
        self._confidence = confidence

    def confidence(self, source: Source) -> float:
        return self._confidence if source.text is not None else 0.0

    def parse(self, source: Source) -> Iterator[Statement]:
        text = source.require_text()
        builder = StatementBuilder(source, text)
        offset = 0
        for ordinal, line in enumerate(text.splitlines(keepends=True), start=1):
            name = line.strip()
            if name:
                builder.add(name, Role.SIGNATORY, offset + line.index(name), ordinal)
            else:  # a blank line's position is reported, never silently lost
                builder.skip("", "blank line", ordinal=ordinal)
            offset += len(line)
        yield builder.build(title="lines")


@pytest.fixture
def corpus() -> dict[str, Path]:
    """Bundled corpus documents by their three-digit prefix ("000".."004")."""
    return {p.name[:3]: p for p in corpus_paths()}


BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def bench_module(name: str) -> ModuleType:
    """A module of ``benchmarks/`` (not a package: its folder goes on ``sys.path``)."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    return importlib.import_module(name)
