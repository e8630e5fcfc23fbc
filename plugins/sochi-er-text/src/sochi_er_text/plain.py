"""The ``text`` parser: plain-text statements."""

from __future__ import annotations

import os
from collections.abc import Sequence

from sochi_er import ParseError, Source, Statement
from sochi_er.prose import Gazetteer, parser_gazetteer
from sochi_er.textkit import read_signatory_list
from sochi_er_text.statement_reader import read_statement

__all__ = ["PlainTextParser"]

#: Media types read as plain text; ``text/*`` other than these (HTML, XML, CSV) is not.
_PLAIN_TYPES = frozenset(
    {"text/plain", "text/markdown", "text/x-markdown", "text/x-rst", "application/octet-stream"}
)


class PlainTextParser:
    """Plain-text statements: 0.8 if the text holds a signatory list, 0.2 if not (so a more
    specific parser, e.g. for news articles, can outrank it), 0 for non-plain sources."""

    name = "text"
    with_list = 0.8
    without_list = 0.2

    def __init__(
        self,
        gazetteer_paths: Sequence[str | os.PathLike[str]] = (),
        *,
        use_env: bool = True,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        """Find prose organisations with the core's gazetteer plus *gazetteer_paths* and (if
        *use_env*) the files in ``SOCHI_ER_GAZETTEER``; or exactly *gazetteer* if given.
        An unreadable file raises :class:`sochi_er.PluginError`."""
        self.gazetteer = gazetteer or parser_gazetteer(self.name, gazetteer_paths, use_env=use_env)

    def confidence(self, source: Source) -> float:
        if source.text is None or source.media_type not in _PLAIN_TYPES:
            return 0.0
        try:
            found = read_signatory_list(source.text).found
        except Exception:  # confidence must never raise
            return 0.0
        return self.with_list if found else self.without_list

    def parse(self, source: Source) -> list[Statement]:
        if source.text is None:
            raise ParseError(
                source.location, f"not plain text ({source.media_type})", parser=self.name
            )
        if not source.text.strip():
            raise ParseError(source.location, "no text", parser=self.name)
        return [read_statement(source, source.text, self.gazetteer)]
