"""The ``text`` parser: plain-text statements."""

from __future__ import annotations

from sochi_er.extraction import Document, find_signatories, text_document
from sochi_er.pluginkit import DocumentParser
from sochi_er.records import Source

__all__ = ["PlainTextParser"]


class PlainTextParser(DocumentParser):
    """Plain-text statements, read line by line (:func:`sochi_er.extraction.text_document`).

    Confidence: 0.8 for plain text that holds a signatory list, 0.3 for plain text
    without one (so a more specific plain-text parser, e.g. for news articles, can
    outrank it), 0 for anything else. A plain text without a list still parses, and
    its statement says "no signatory list found" in ``skipped``.
    """

    name = "text"
    media_types = frozenset({"text/plain", "text/x-rst", "application/octet-stream"})
    with_list = 0.8
    without_list = 0.3

    def confidence(self, source: Source) -> float:
        if source.text is None or source.media_type not in self.media_types:
            return 0.0
        try:
            found = find_signatories(text_document(source.text)).found
        except Exception:  # confidence must never raise
            return 0.0
        return self.with_list if found else self.without_list

    def document(self, source: Source) -> Document:
        return text_document(self.require_text(source))
