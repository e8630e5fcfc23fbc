"""The ``pdf`` parser: PDF statements with a text layer, read like plain text."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader

from sochi_er import ParseError, Source
from sochi_er.extraction import Document, text_document
from sochi_er.pluginkit import DocumentParser

__all__ = ["PdfParser", "extract_text"]

#: Pages are joined with a blank line, as a page break reads in extracted text.
PAGE_BREAK = "\n\n"


def extract_text(source: Source, parser: str = "pdf") -> str:
    """The text layer of the PDF in *source*, pages joined by :data:`PAGE_BREAK`.

    Raises :class:`ParseError` for a malformed or password-protected PDF or one with no
    text layer (a scan).
    """

    def fail(problem: str) -> ParseError:
        return ParseError(source.location, problem, parser=parser)

    if not source.data.startswith(b"%PDF-"):
        raise fail("not a PDF (no %PDF- header)")
    # pypdf logs what it cannot decode in a broken file (a line of every glyph it knows);
    # the parser's own ParseError is the report
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(source.data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise fail("encrypted PDF: a password is needed to read it")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ParseError:
        raise
    except Exception as exc:  # pypdf raises many types for broken files
        raise fail(f"malformed PDF: {type(exc).__name__}: {exc}") from exc
    if not pages:
        raise fail("PDF has no pages")
    text = PAGE_BREAK.join(page.strip("\n") for page in pages)
    if not text.strip():
        raise fail("PDF has no text layer (a scanned image?)")
    return text


class PdfParser(DocumentParser):
    """``application/pdf`` sources: confidence 0.9 for data starting with ``%PDF-``."""

    name = "pdf"

    def confidence(self, source: Source) -> float:
        return 0.9 if source.data.startswith(b"%PDF-") else 0.0

    def build_container(self, text: str) -> bytes:
        """A valid PDF whose text layer holds *text*, one paragraph a line (written with
        fpdf2, which the ``test`` extra installs; characters outside Latin-1 become
        "?"): the container builder fuzzers rebuild around mutated text."""
        from fpdf import FPDF  # a test dependency: only fuzzing builds PDFs

        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        for line in text.split("\n"):
            latin = line.encode("latin-1", "replace").decode("latin-1")
            pdf.multi_cell(0, 5, latin, new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())

    def document(self, source: Source) -> Document:
        return text_document(extract_text(source, self.name))
