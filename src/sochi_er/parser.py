"""The parser contract every plugin implements."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from sochi_er.records import Source, Statement

__all__ = ["Parser"]


@runtime_checkable
class Parser(Protocol):
    """A document-format parser.

    - ``name``: unique among installed parsers (lowercase, dashes).
    - ``confidence(source)``: how sure it is that it can read *source*, 0.0 (cannot) to
      1.0 (certain). Must not raise; a specific format (WordPress JSON) should answer
      higher than a generic one (any JSON). Cheap: it is asked for every document.
    - ``parse(source)``: the Statements in *source*. Raises
      :class:`sochi_er.ParseError` for input it cannot read (``source.require_text()``
      may raise :class:`sochi_er.SourceError` for binary input), never another
      exception. Everything read but not turned into a Mention is reported in
      ``Statement.skipped``.
    """

    name: str

    def confidence(self, source: Source) -> float: ...

    def parse(self, source: Source) -> Iterable[Statement]: ...
