"""The ``pdf`` parser: PDF statements with a text layer, read like plain text."""

from __future__ import annotations

import io
import logging
import re

from pypdf import PdfReader

from sochi_er import ParseError, Source
from sochi_er.extraction import Document, text_document
from sochi_er.pluginkit import DocumentParser

__all__ = ["PdfParser", "extract_text", "logical_order"]

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
    return logical_order(text)


#: An Arabic word: its letters.
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
#: The definite article "al-" as a word's start, and as its end when the line is stored
#: in visual order (right to left, reversed: "la-").
_ARTICLE_FIRST = "\u0627\u0644"
_ARTICLE_LAST = "\u0644\u0627"
#: Fewest reversed articles that make a line one stored in visual order.
MIN_REVERSED_ARTICLES = 3
#: A left-to-right run inside a reversed line (digits, Latin words, a web address): it
#: keeps its own order when the line is turned round.
_LTR_RUN = re.compile(
    r"[0-9A-Za-z\u00c0-\u024f](?:[0-9A-Za-z\u00c0-\u024f.,:/@_\-]*[0-9A-Za-z\u00c0-\u024f])?"
)
#: Brackets and quotation marks that face the other way once a line is turned round.
_MIRROR = str.maketrans("()[]{}<>\u00ab\u00bb", ")(][}{><\u00bb\u00ab")


def logical_order(text: str) -> str:
    """*text* with each line stored in visual order turned into reading order: an Arabic
    line whose words end in the reversed article ("...\u0644\u0627") at least
    :data:`MIN_REVERSED_ARTICLES` times and more than twice as often as they start with
    it, as some PDF writers store right-to-left text. Its characters are reversed, its
    left-to-right runs (numbers, Latin words) kept in their own order and its brackets
    mirrored; every other line is left as it is. Linear in the text."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        words = _ARABIC_WORD.findall(line)
        first = sum(w.startswith(_ARTICLE_FIRST) for w in words)
        last = sum(w.endswith(_ARTICLE_LAST) and w != _ARTICLE_LAST for w in words)
        if last >= MIN_REVERSED_ARTICLES and last > 2 * first:
            turned = _LTR_RUN.sub(lambda run: run.group(0)[::-1], line[::-1])
            lines[k] = turned.translate(_MIRROR)
    return "\n".join(lines)


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
