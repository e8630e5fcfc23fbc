"""The ``markdown`` parser: Markdown statements (CommonMark plus pipe tables)."""

from __future__ import annotations

import functools
import re

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from sochi_er.extraction import Document, DocumentWriter, text_document
from sochi_er.extraction.frontmatter import (
    front_matter_title,
    strip_front_matter,
    without_liquid_tags,
)
from sochi_er.pluginkit import DocumentParser
from sochi_er.records import Source
from sochi_er_markdown.gridtables import grid_to_pipe
from sochi_er_markdown.walk import html_into, tree_document

__all__ = ["MarkdownParser", "mostly_html"]


class MarkdownParser(DocumentParser):
    """Markdown statements, parsed with markdown-it-py (CommonMark and pipe tables) into
    headings, paragraphs, lines, list items and table rows (:mod:`sochi_er_markdown.walk`).

    Confidence: 0.85 for ``text/markdown`` / ``text/x-markdown`` sources or file names
    ending ``.md``, ``.markdown``, ``.mdown``; 0 otherwise. Front matter is skipped but for
    its title, the first heading as a site generator renders it (a file whose only text
    is in its front matter is read as plain text); Liquid tags are left out. Raw
    HTML blocks, and a whole file that is mostly HTML, are read as the web parser reads
    HTML (``sochi-er-web``).
    A source that is not text, or holds no visible text, raises :class:`ParseError`.
    """

    name = "markdown"
    media_types = frozenset({"text/markdown", "text/x-markdown"})
    suffixes = (".md", ".markdown", ".mdown")
    format_confidence = 0.85

    def document(self, source: Source) -> Document:
        whole = self.require_text(source)
        text = strip_front_matter(whole)
        if not any(ch.isalnum() for ch in text):  # all the text is in the front matter
            return text_document(whole)  # read as text, its metadata lines marked so
        if mostly_html(text):  # a page written in HTML and saved as .md (Jekyll, Hugo)
            writer = DocumentWriter()
            html_into(writer, text)
            return writer.document()
        if "+-" in text:  # pandoc grid tables, as pipe tables
            text = grid_to_pipe(text)
        text = _MARKDOWN_INSIDE.sub("\n", text)
        text = without_liquid_tags(text)  # "{{ site.baseurl }}/logo.png": the site fills it
        title = front_matter_title(whole)
        if title is not None:  # the page's heading, as the site generator renders it
            text = "# " + _ESCAPED.sub(r"\\\g<0>", title) + "\n\n" + text
        return tree_document(SyntaxTreeNode(_markdown().parse(text)))


#: The share of a file's visible characters on lines that start with a tag, above which
#: the file is HTML saved as Markdown (indented HTML would otherwise read as code).
HTML_SHARE = 0.6


_BLOCK_TAG = re.compile(
    r"</?(?:html|head|body|div|section|article|main|header|footer|nav|aside|p|ul|ol|li|"
    r"table|thead|tbody|tr|td|th|h[1-6]|form|iframe|script|style|link|meta|br|hr|img|"
    r"figure|blockquote)\b|<!--|<!doctype",
    re.IGNORECASE,
)


#: An HTML element whose content is Markdown (kramdown, PHP Markdown Extra and
#: Python-Markdown's ``markdown="1"``): the opening tag gives way to a blank line so that
#: CommonMark reads the content as Markdown instead of one raw HTML block (the closing
#: tag alone is an empty HTML block).
_MARKDOWN_INSIDE = re.compile(
    r"^[ \t]*<[a-z][a-z0-9]*\b[^<>]*\bmarkdown\s*=\s*[\"']?(?:1|block)[\"']?[^<>]*>[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


#: Characters of a front matter title that Markdown would read as markup.
_ESCAPED = re.compile(r"[\\`*_\[\]<>#|]")

_MARKDOWN_HEADING = re.compile(r"#{1,6} \S")


def mostly_html(text: str) -> bool:
    """Whether most of *text*'s non-blank characters are on lines that start with a
    block-level HTML tag (an inline ``<span>`` paragraph is still Markdown), and no line
    is a Markdown heading."""
    tagged = total = 0
    for line in text.splitlines():
        stripped = line.strip()
        if _MARKDOWN_HEADING.match(line):
            return False
        total += len(stripped)
        if _BLOCK_TAG.match(stripped):
            tagged += len(stripped)
    return total > 0 and tagged >= HTML_SHARE * total


@functools.cache
def _markdown() -> MarkdownIt:
    """The shared CommonMark parser with pipe tables (parsing keeps no state in it)."""
    return MarkdownIt("commonmark").enable("table")
