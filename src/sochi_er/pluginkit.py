"""The base class for parsers that read a document into blocks.

A new format plugin subclasses :class:`DocumentParser`, names itself, says which sources
it reads (``media_types`` / ``suffixes``, or its own :meth:`confidence`) and implements
:meth:`DocumentParser.document` (source -> :class:`~sochi_er.extraction.Document`). The
signatory list, persons, title, date, claimed count and prose organisations then come
from the shared extraction kit, the same for every format.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from sochi_er.errors import ParseError
from sochi_er.extraction.blocks import Document
from sochi_er.extraction.prose import Gazetteer, parser_gazetteer
from sochi_er.extraction.statement import StatementReading, read_statement
from sochi_er.records import Source, Statement

__all__ = ["DocumentParser"]


class DocumentParser:
    """Shared parts of block-based parsers: gazetteer options, text checks, parse().

    Class attributes: ``name`` (unique), ``media_types`` and ``suffixes`` (file name
    endings, lower case) the format is known by, ``format_confidence`` (returned for a
    source of that format). Subclasses implement :meth:`document`; they may override
    :meth:`confidence` and :meth:`finish` (to add what the format knows: metadata, a
    publisher).
    """

    name: str = ""
    media_types: frozenset[str] = frozenset()
    suffixes: tuple[str, ...] = ()
    format_confidence: float = 0.8

    def __init__(
        self,
        gazetteer_paths: Sequence[str | os.PathLike[str]] = (),
        *,
        use_env: bool = True,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        """Find prose organisations with the core's gazetteer, the installed data packs'
        lines, *gazetteer_paths* and (if *use_env*) the files in ``SOCHI_ER_GAZETTEER``; or
        exactly *gazetteer* if given. An unreadable file raises :class:`sochi_er.PluginError`."""
        self.gazetteer = gazetteer or parser_gazetteer(self.name, gazetteer_paths, use_env=use_env)

    def is_format(self, source: Source) -> bool:
        """Whether *source* is of this parser's format, by media type or file name."""
        return source.media_type in self.media_types or source.location.lower().endswith(
            self.suffixes or ("\0",)
        )

    def confidence(self, source: Source) -> float:
        """``format_confidence`` for a source of the format, else 0."""
        return self.format_confidence if self.is_format(source) else 0.0

    def fail(self, source: Source, problem: str) -> ParseError:
        """A :class:`ParseError` for *source* naming this parser."""
        return ParseError(source.location, problem, parser=self.name)

    def require_text(self, source: Source) -> str:
        """The source's text; :class:`ParseError` if it is not text or has none."""
        if source.text is None:
            raise self.fail(source, f"not text (binary or unknown encoding, {source.media_type})")
        if not source.text.strip():
            raise self.fail(source, "no text")
        return source.text

    def document(self, source: Source) -> Document:
        """The blocks of *source*; :class:`ParseError` if it cannot be read."""
        raise NotImplementedError

    def finish(self, source: Source, document: Document, reading: StatementReading) -> Statement:
        """Build the statement from *reading*; override to add format metadata."""
        return reading.builder.build(
            title=reading.title, date=reading.date, claimed_signers=reading.claimed_signers
        )

    def parse(self, source: Source) -> list[Statement]:
        """One statement read from the blocks of *source*."""
        document = self.document(source)
        if not any(ch.isalnum() for ch in document.text):
            raise self.fail(source, "no text content")
        return [self.finish(source, document, read_statement(source, document, self.gazetteer))]
