"""The ``docx`` parser: Word (Office Open XML) statements."""

from __future__ import annotations

from sochi_er.extraction import Document
from sochi_er.pluginkit import DocumentParser
from sochi_er.records import Source
from sochi_er_docx.body import body_document
from sochi_er_docx.package import READ_ERRORS, UnreadableDocx, describe, is_docx_package, open_docx
from sochi_er_docx.writer import write_docx

__all__ = ["DOCX_MEDIA_TYPE", "DocxParser"]

DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class DocxParser(DocumentParser):
    """Word statements read with python-docx: the body's paragraphs and tables in order,
    as headings, paragraphs, lines, list items and table rows
    (:mod:`sochi_er_docx.body`).

    Confidence: 0.9 for a zip archive holding ``word/document.xml``; 0.5 for a source
    that says it is a DOCX (media type, ``.docx`` name) but is not one, so a damaged file
    gets a :class:`ParseError` naming its problem; 0 otherwise. Never raises.
    """

    name = "docx"
    media_types = frozenset({DOCX_MEDIA_TYPE})
    suffixes = (".docx",)
    format_confidence = 0.9
    damaged_confidence = 0.5

    def confidence(self, source: Source) -> float:
        if is_docx_package(source.data):
            return self.format_confidence
        return self.damaged_confidence if self.is_format(source) else 0.0

    def build_container(self, text: str) -> bytes:
        """A valid DOCX holding *text* (:func:`sochi_er_docx.writer.write_docx`): the
        container builder fuzzers rebuild around mutated text."""
        return write_docx(text)

    def document(self, source: Source) -> Document:
        """The blocks of the DOCX *source*; :class:`ParseError` naming the problem if it is
        not a readable DOCX (not a zip, no main part, encrypted, damaged XML...)."""
        try:
            return body_document(open_docx(source.data))
        except UnreadableDocx as exc:
            raise self.fail(source, exc.problem) from None
        except READ_ERRORS as exc:  # damaged XML met while reading the body
            raise self.fail(source, f"damaged DOCX content ({describe(exc)})") from None
