"""The ``markdown`` parser: Markdown statements (CommonMark plus pipe tables)."""

from __future__ import annotations

import functools
import re

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from sochi_er.extraction import Document
from sochi_er.pluginkit import DocumentParser
from sochi_er.records import Source
from sochi_er_markdown.walk import tree_document

__all__ = ["MarkdownParser", "strip_front_matter"]

#: YAML front matter at the very top: ``---``, ``key: value`` lines, ``---`` (or ``...``).
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?=[ \t]*[A-Za-z_][\w.-]*[ \t]*:(?:[ \t]|\r?\n))"
    r".*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
    re.DOTALL,
)


def strip_front_matter(text: str) -> str:
    """*text* without a YAML front matter block at its top (one whose first line is a
    ``key:``); unchanged if there is none or it is not closed."""
    return _FRONT_MATTER.sub("", text, count=1)


class MarkdownParser(DocumentParser):
    """Markdown statements, parsed with markdown-it-py (CommonMark and pipe tables) into
    headings, paragraphs, lines, list items and table rows (:mod:`sochi_er_markdown.walk`).

    Confidence: 0.85 for ``text/markdown`` / ``text/x-markdown`` sources or file names
    ending ``.md``, ``.markdown``, ``.mdown``; 0 otherwise. Front matter is skipped.
    A source that is not text, or holds no visible text, raises :class:`ParseError`.
    """

    name = "markdown"
    media_types = frozenset({"text/markdown", "text/x-markdown"})
    suffixes = (".md", ".markdown", ".mdown")
    format_confidence = 0.85

    def document(self, source: Source) -> Document:
        text = strip_front_matter(self.require_text(source))
        return tree_document(SyntaxTreeNode(_markdown().parse(text)))


@functools.cache
def _markdown() -> MarkdownIt:
    """The shared CommonMark parser with pipe tables (parsing keeps no state in it)."""
    return MarkdownIt("commonmark").enable("table")
