"""The format-agnostic document model every parser produces: text plus typed blocks.

A parser turns its input (plain text, Markdown, HTML, DOCX, PDF...) into a
:class:`Document`: the text it read and, in reading order, the :class:`Block` s of that
text. Every block's ``[start, end)`` indexes ``Document.text`` and covers the block's own
words (no list marker, no markup), so a name sliced out of a block slices out of the
statement text too. The signatory detector (:mod:`sochi_er.extraction.signatories`)
works on blocks only, so every format gets the same extraction.

Build a document with :class:`DocumentWriter` (formats that render their own text) or
:func:`sochi_er.extraction.plaintext.text_document` (plain text, kept byte for byte).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator

from attrs import field, frozen

__all__ = ["CELL_SEPARATOR", "Block", "BlockKind", "Document", "DocumentWriter"]

#: How the cells of a table row are joined in its block's text ("Name | Country").
CELL_SEPARATOR = " | "


class BlockKind(enum.StrEnum):
    """What a block is in its document's structure."""

    HEADING = "heading"  # a title or section heading (``level`` 1..6)
    PARAGRAPH = "paragraph"  # a paragraph of running text
    LINE = "line"  # one line: of plain text, or of a paragraph broken by <br>
    LIST_ITEM = "list_item"  # an item of a bulleted or numbered list
    TABLE_ROW = "table_row"  # a row of a table; ``cells`` hold the cell spans


def _span_tuple(items: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in items)


@frozen
class Block:
    """One block of a document: ``Document.text[start:end]`` is its text.

    - ``level``: heading level (1..6) for headings, nesting depth (0 = top) for list
      items, else 0;
    - ``number``: the number a numbered list gives the item (as written or as the markup
      implies), ``None`` for bullets and everything else;
    - ``marker``: the list marker as written ("3.", "•", "-"), ``""`` if the markup
      gives none (an HTML ``<li>``), ``None`` for non-items;
    - ``group``: blocks of one list, one table or one ``<br>``-broken paragraph share a
      group number; ``None`` when the block stands alone;
    - ``cells``: ``(start, end)`` of each cell of a table row, in column order; an empty
      cell is kept as a zero-length span, so that a row's cells line up with its
      header's columns (:attr:`filled_cells` are the non-empty ones);
    - ``gap_before``: a blank line (or another visible break) precedes the block;
    - ``continuation``: a further line of the list item before (its first line is the
      item; the rest is reported, never read as another signatory);
    - ``chrome``: page furniture (navigation, footer, sidebar) outside the main content;
      never read;
    - ``boilerplate``: a main-content extractor left the block out; a cue-free list never
      starts or runs there (a list after a cue is read wherever it is: extractors drop
      link and logo lists, which is what signatory lists often are).
    """

    kind: BlockKind = field(converter=BlockKind)
    start: int
    end: int
    level: int = 0
    number: int | None = None
    marker: str | None = None
    group: int | None = None
    cells: tuple[tuple[int, int], ...] = field(default=(), converter=_span_tuple)
    gap_before: bool = False
    continuation: bool = False
    chrome: bool = False
    boilerplate: bool = False

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad block span [{self.start}, {self.end})")

    @property
    def filled_cells(self) -> tuple[tuple[int, int], ...]:
        """The spans of the row's non-empty cells."""
        return tuple((a, b) for a, b in self.cells if b > a)


def _block_tuple(items: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(items)


@frozen
class Document:
    """A document as blocks: ``text`` and its ``blocks`` in reading order."""

    text: str = field(repr=False)
    blocks: tuple[Block, ...] = field(converter=_block_tuple, repr=False)

    def __attrs_post_init__(self) -> None:
        for block in self.blocks:
            if block.end > len(self.text):
                raise ValueError(f"block [{block.start}, {block.end}) beyond the text")

    def text_of(self, block: Block) -> str:
        """The text of *block*."""
        return self.text[block.start : block.end]

    def content(self) -> Iterator[tuple[int, Block]]:
        """``(index, block)`` of every non-chrome block with text, and of every empty list
        item that has a marker (a bare "5." is a position worth reporting)."""
        for index, block in enumerate(self.blocks):
            if block.chrome:
                continue
            if block.end > block.start or (
                block.kind is BlockKind.LIST_ITEM and block.marker is not None
            ):
                yield index, block


class DocumentWriter:
    """Builds a :class:`Document` whose text the writer renders block by block.

    Each :meth:`add` appends the block's text on a line of its own, so offsets are exact
    by construction. Inline markup must already be stripped from *text*. Whitespace runs
    inside a block are kept as given; pass text with collapsed whitespace for clean names.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._blocks: list[Block] = []
        self._groups = 0
        self._gap = False

    def new_group(self) -> int:
        """A fresh group number for the blocks of one list, table or paragraph."""
        self._groups += 1
        return self._groups

    def gap(self) -> None:
        """Mark a visible break before the next block (a blank line in the text)."""
        self._gap = True

    def add(
        self,
        kind: BlockKind,
        text: str,
        *,
        level: int = 0,
        number: int | None = None,
        marker: str | None = None,
        group: int | None = None,
        cells: Iterable[str] = (),
        continuation: bool = False,
        chrome: bool = False,
    ) -> Block | None:
        """Append a block; *cells* (table rows) are joined with " | ". Returns ``None`` and
        adds nothing for a block with no visible text (an empty paragraph)."""
        cell_texts = [c.strip() for c in cells]
        if cell_texts:
            text = CELL_SEPARATOR.join(c for c in cell_texts if c)
        text = text.strip()
        if not text:
            if kind is BlockKind.LIST_ITEM and marker is not None:
                pass  # an empty item is kept: a numbered gap is worth reporting
            else:
                return None
        if self._parts:
            sep = "\n\n" if self._gap else "\n"
            self._parts.append(sep)
            self._length += len(sep)
        start = self._length
        cell_spans: list[tuple[int, int]] = []
        offset = previous_end = start
        for cell in cell_texts:
            if cell:
                cell_spans.append((offset, offset + len(cell)))
                previous_end = offset + len(cell)
                offset += len(cell) + 3
            else:  # an empty cell: zero-length, after the cell before it
                cell_spans.append((previous_end, previous_end))
        self._parts.append(text)
        self._length += len(text)
        block = Block(
            kind,
            start,
            self._length,
            level=level,
            number=number,
            marker=marker,
            group=group,
            cells=cell_spans,
            gap_before=self._gap,
            continuation=continuation,
            chrome=chrome,
        )
        self._gap = False
        self._blocks.append(block)
        return block

    @property
    def empty(self) -> bool:
        """Whether no block has been added yet."""
        return not self._blocks

    def document(self) -> Document:
        """The finished document."""
        return Document("".join(self._parts), self._blocks)
