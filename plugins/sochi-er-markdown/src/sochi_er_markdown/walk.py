"""Markdown syntax tree -> document blocks.

- headings -> ``HEADING`` (level from the tag; trailing ``{#id}`` attributes dropped);
- paragraphs -> ``PARAGRAPH``, or one ``LINE`` per line (sharing a group) when the
  paragraph is broken into lines (see :func:`sochi_er_markdown.inline.inline_lines`);
  a line that starts with a marker Markdown does not know ("\u2022 X", "(3) X") is a
  ``LIST_ITEM`` with that marker (:func:`sochi_er.extraction.lines.typed_marker`);
- list items -> ``LIST_ITEM`` (``marker`` as written, ``number`` for ordered lists,
  ``level`` = nesting depth, a group per list); further lines of an item -> ``LINE``
  blocks in the list's group; an item with no text is kept empty (its number is a gap);
- table rows (header too) -> ``TABLE_ROW`` with cells, a group per table (grid tables
  arrive as pipe tables: :mod:`sochi_er_markdown.gridtables`);
- block quotes -> their content as usual; code blocks -> one ``LINE`` per line, but an
  indented block that starts with an HTML tag is read as HTML (a Jekyll page's indented
  markup after a blank line: kramdown reads it as HTML, CommonMark as code);
- raw HTML blocks -> the blocks the HTML renderer of ``sochi-er-web`` reads in them
  (:func:`html_into`); rules: skipped.

Top-level blocks are separated by a blank line (``DocumentWriter.gap``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from attrs import define
from markdown_it.token import Token
from markdown_it.tree import SyntaxTreeNode
from sochi_er_web.render import render
from sochi_er_web.signatories import page_document

from sochi_er.extraction import BlockKind, Document, DocumentWriter
from sochi_er.extraction.lines import typed_marker
from sochi_er_markdown.inline import collapse, inline_lines, inline_text

__all__ = ["html_into", "tree_document"]

#: Pandoc / kramdown heading attributes: "Title {#an-id .a-class}".
_HEADING_ATTRIBUTES = re.compile(r"\s*\{[#.][^{}]*\}$")


@define
class _Item:
    """A list item being written: its first line becomes the ``LIST_ITEM`` block."""

    marker: str
    number: int | None
    level: int
    group: int
    written: bool = False


def _inline_tokens(node: SyntaxTreeNode) -> list[list[Token]]:
    """The inline tokens of each inline child of a paragraph, heading or cell *node*."""
    return [
        child.token.children or []
        for child in node.children
        if child.type == "inline" and child.token is not None
    ]


def _lines(node: SyntaxTreeNode, *, images: bool = False) -> list[str]:
    """The plain-text lines of a paragraph or heading *node* (*images*: a logo's alt text
    is its line, in a list item)."""
    return [
        line for tokens in _inline_tokens(node) for line in inline_lines(tokens, images=images)
    ]


def _cell_text(node: SyntaxTreeNode) -> str:
    return collapse(
        " ".join(inline_text(tokens, images=True) for tokens in _inline_tokens(node))
    )


def _start(node: SyntaxTreeNode) -> int:
    """The first number of an ordered list *node* (``start`` attribute, default 1)."""
    value = node.attrs.get("start", 1)
    if isinstance(value, str):
        return int(value) if value.isdigit() else 1
    return int(value)


def _number(info: str, start: int, position: int) -> int:
    """An item's number: as written (``info``), else what the list's start implies."""
    return int(info) if info.isdigit() else start + position


class _Walker:
    def __init__(self) -> None:
        self.writer = DocumentWriter()
        self.item: _Item | None = None
        self.depth = 0  # list nesting depth

    # ------------------------------------------------------------------ output
    def _add(self, kind: BlockKind, text: str, *, level: int = 0, group: int | None = None) -> None:
        """Write one line of content; inside a list item the first line is the item."""
        item = self.item
        if item is not None and not item.written:
            item.written = True
            self.writer.add(
                BlockKind.LIST_ITEM, text, level=item.level, number=item.number,
                marker=item.marker, group=item.group,
            )  # fmt: skip
            return
        if item is not None and kind is not BlockKind.HEADING:  # a further line of the item
            self.writer.add(BlockKind.LINE, text, group=item.group, continuation=True)
            return
        self.writer.add(kind, text, level=level, group=group)

    def _flush_item(self) -> None:
        """Write the pending item with no text (before a nested list or a table)."""
        if self.item is not None and not self.item.written:
            self._add(BlockKind.LIST_ITEM, "")

    def _lines_block(self, lines: list[str]) -> None:
        """A paragraph: one ``PARAGRAPH``, or ``LINE`` blocks in a group when broken into
        lines. Outside list items, a line starting with a marker Markdown does not know
        ("\u2022 X", "(3) X") is a ``LIST_ITEM`` with that marker, as in plain text."""
        group = self.writer.new_group() if len(lines) > 1 else None
        for line in lines:
            typed = typed_marker(line) if self.item is None else None
            if typed is not None:
                self.writer.add(
                    BlockKind.LIST_ITEM, typed.text, number=typed.number, marker=typed.marker,
                    group=group,
                )  # fmt: skip
            elif group is None:
                self._add(BlockKind.PARAGRAPH, line)
            else:
                self._add(BlockKind.LINE, line, group=group)

    # ------------------------------------------------------------------ blocks
    def blocks(self, nodes: Iterable[SyntaxTreeNode]) -> None:
        for node in nodes:
            if self.item is None and not self.writer.empty and node.type != "blockquote":
                self.writer.gap()
            self.block(node)

    def block(self, node: SyntaxTreeNode) -> None:
        kind = node.type
        if kind == "heading":
            level = int(node.tag[1:]) if node.tag[1:].isdigit() else 1
            text = _HEADING_ATTRIBUTES.sub("", " ".join(_lines(node)))
            self._add(BlockKind.HEADING, text, level=level)
        elif kind == "paragraph":
            self._lines_block(_lines(node, images=self.item is not None))
        elif kind in ("bullet_list", "ordered_list"):
            self.list(node)
        elif kind == "table":
            self.table(node)
        elif kind == "blockquote":
            self.blocks(node.children)
        elif kind == "code_block" and _HTML_START.match(node.content):
            # indented HTML after a blank line inside an HTML block (Jekyll pages: kramdown
            # reads it as HTML, CommonMark as code): the page's markup, read as HTML
            self._flush_item()
            html_into(self.writer, node.content)
        elif kind in ("fence", "code_block"):
            self._lines_block([c for c in map(collapse, node.content.splitlines()) if c])
        elif kind == "html_block":
            self._flush_item()
            html_into(self.writer, node.content)
        # hr and anything unknown: not content

    def list(self, node: SyntaxTreeNode) -> None:
        self._flush_item()
        ordered = node.type == "ordered_list"
        start = _start(node) if ordered else 1
        group = self.writer.new_group()
        outer = self.item
        items = [child for child in node.children if child.type == "list_item"]
        for position, child in enumerate(items):
            number = _number(child.info, start, position) if ordered else None
            marker = f"{child.info or number}{child.markup}" if ordered else child.markup
            self.item = _Item(marker, number, self.depth, group)
            self.depth += 1
            self.blocks(child.children)
            self.depth -= 1
            self._flush_item()
        self.item = outer

    def table(self, node: SyntaxTreeNode) -> None:
        self._flush_item()
        group = self.writer.new_group()
        for section in node.children:  # thead, tbody
            for row in section.children:
                if row.type != "tr":
                    continue
                cells = [_cell_text(cell) for cell in row.children]
                self.writer.add(BlockKind.TABLE_ROW, "", cells=cells, group=group)


#: An indented block that starts with an HTML tag ("<article class=...>", "</div>").
_HTML_START = re.compile(r"\s*</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")


def html_into(writer: DocumentWriter, html: str) -> None:
    """Write the blocks of the HTML fragment *html* (headings, list items, table rows,
    lines) as the web parser reads them; page chrome (menus, banners, footers) is left
    out, as Markdown's own text has none."""
    document = page_document(render(html))
    groups: dict[int, int] = {}
    for block in document.blocks:
        if block.chrome:
            continue
        group = None if block.group is None else groups.setdefault(block.group, writer.new_group())
        cells = [document.text[a:b] for a, b in block.cells]
        writer.add(
            block.kind, "" if cells else document.text_of(block), level=block.level,
            number=block.number, marker=block.marker, group=group, cells=cells,
            continuation=block.continuation, chrome=block.chrome,
        )  # fmt: skip


def tree_document(tree: SyntaxTreeNode) -> Document:
    """The blocks of the Markdown syntax *tree* (see the module doc)."""
    walker = _Walker()
    walker.blocks(tree.children)
    return walker.writer.document()
