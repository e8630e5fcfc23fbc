"""The signatory list of a rendered HTML text, read by the shared detector.

:func:`page_document` turns a :class:`~sochi_er_web.render.Rendered` text into the
format-agnostic :class:`~sochi_er.extraction.Document`: headings (``h1``..``h6``), list
items (``<li>``, its whole text, all its lines; numbered as the markup gives them:
``<ol start>``, ``<li value>``), table
rows (cells joined by " | "), paragraphs (a ``<p>`` or other element of one line) and
lines (an element broken by ``<br>`` into several: one group, as a Markdown paragraph's
lines; a line that starts with a typed marker, "\u2022 X" or "3. X", is a list item, as
in plain text), page chrome
(``nav``, ``footer``, ``aside``, ``form`` and elements whose class or id says menu,
sidebar, footer, related, share...) marked so it is never read as a list.
:func:`add_signatories` runs :func:`sochi_er.extraction.find_signatories` on it.
"""

from __future__ import annotations

from collections import Counter

import attrs
from attrs import frozen

from sochi_er import StatementBuilder
from sochi_er.extraction import Block as DocBlock
from sochi_er.extraction import BlockKind, Document, SignatoryList, find_signatories
from sochi_er.extraction.lines import TypedMarker, typed_marker
from sochi_er_web.maincontent import is_boilerplate
from sochi_er_web.render import CELL_SEPARATOR, Rendered

__all__ = ["BODY_WORDS", "Block", "add_signatories", "page_document"]

#: A line of this many words that trafilatura keeps starts the page's content.
BODY_WORDS = 12
_PROSE = (BlockKind.LINE, BlockKind.PARAGRAPH)


@frozen
class Block:
    """Where the signatory block lies in the text: ``[start, end)``; empty if none."""

    start: int
    end: int

    @property
    def found(self) -> bool:
        return self.end > self.start


#: A table row of one cell holding more words than this is a page laid out in a table
#: (a paragraph of prose, or a whole enumeration, in a cell), read as a paragraph.
LAYOUT_CELL_WORDS = 25


def _layout_cell(row: str) -> bool:
    """Whether the rendered table row *row* is one long cell of a layout table."""
    cells = [c for c in row.split(CELL_SEPARATOR) if c.strip()]
    return len(cells) == 1 and len(cells[0].split()) > LAYOUT_CELL_WORDS


def page_document(rendered: Rendered, main: frozenset[str] | None = None) -> Document:
    """The blocks of *rendered* (see the module doc).

    With the words of the page's *main* content
    (:func:`~sochi_er_web.maincontent.main_vocabulary`), blocks mostly outside it are
    marked boilerplate, but only before the first paragraph of content (the page head:
    menus, banners). Later blocks are never judged so: on the dev set, trafilatura left
    out two of six signatory lists entirely (a list of links, a list of logos)."""
    text = rendered.text
    items: dict[int, tuple[int | None, int, int, int]] = {}  # number, group, end, depth
    empty: list[DocBlock] = []  # "<li></li>": a position worth reporting
    for group, lst in enumerate(rendered.lists, 1):
        for item in lst.items:
            number = item.value if lst.ordered else None
            if item.end > item.start:
                items[item.start] = (number, group, item.end, lst.depth)
            elif not lst.chrome:
                empty.append(
                    DocBlock(
                        BlockKind.LIST_ITEM, min(item.start, len(text)), min(item.start, len(text)),
                        number=number, marker="", level=lst.depth,
                        group=group + 1_000_000,
                    )
                )  # fmt: skip
    levels = {line.start: level for level, line in rendered.headings}
    blocks: list[DocBlock] = []
    row_group = 0
    previous_row = False
    typed_group = 0
    previous_typed = False
    lines_in = Counter(line.paragraph for line in rendered.lines)
    previous_paragraph = -1
    covered = 0  # the end of the list item read so far: its further lines are its own
    body_seen = False  # boilerplate is judged only before the first paragraph of content
    for line in rendered.lines:
        chunk = text[line.start : line.end]
        typed: TypedMarker | None = None  # a marker typed at the line's start, if any
        if line.start < covered and line.start not in items:
            continue
        if line.heading:
            block = DocBlock(
                BlockKind.HEADING, line.start, line.end, level=levels.get(line.start, 1),
                chrome=line.chrome,
            )  # fmt: skip
        elif line.start in items:
            number, group, end, depth = items[line.start]
            covered = end
            block = DocBlock(
                BlockKind.LIST_ITEM, line.start, end, number=number, marker="",
                group=group + 1_000_000, level=depth, chrome=line.chrome,
            )  # fmt: skip
        elif line.table_row and not _layout_cell(chunk):
            if not previous_row:
                row_group += 1
            cells: list[tuple[int, int]] = []
            offset = line.start
            for cell in chunk.split(CELL_SEPARATOR):  # an empty cell: zero-length
                cells.append((offset, offset + len(cell) if cell.strip() else offset))
                offset += len(cell) + len(CELL_SEPARATOR)
            block = DocBlock(
                BlockKind.TABLE_ROW, line.start, line.end, group=row_group, cells=cells,
                chrome=line.chrome,
            )  # fmt: skip
        elif (typed := typed_marker(chunk) if not line.in_list else None) is not None:
            # a marker the markup did not make ("\u2022 X<br>", "3. X"): an item, as
            # in plain text; consecutive such lines are one list
            if not previous_typed:
                typed_group += 1
            begin = line.start + chunk.find(typed.text) if typed.text else line.end
            block = DocBlock(
                BlockKind.LIST_ITEM, begin, line.end if typed.text else begin,
                number=typed.number, marker=typed.marker, group=typed_group + 2_000_000,
                chrome=line.chrome,
            )  # fmt: skip
        elif line.in_list:
            block = DocBlock(
                BlockKind.LINE, line.start, line.end, continuation=True, chrome=line.chrome
            )
        elif lines_in[line.paragraph] == 1:  # a <p> (or <div>...) of one line
            block = DocBlock(BlockKind.PARAGRAPH, line.start, line.end, chrome=line.chrome)
        else:  # one of the lines <br> broke an element into: one group, as in Markdown
            block = DocBlock(
                BlockKind.LINE, line.start, line.end, group=line.paragraph + 3_000_000,
                chrome=line.chrome,
            )  # fmt: skip
        previous_typed = typed is not None
        previous_row = line.table_row
        # a new element is set off from the one before (a paragraph's margin, as a blank
        # line in Markdown); the items of one list, the rows of one table and the lines
        # of one element are not
        prior = blocks[-1] if blocks else None
        if not line.in_list and (
            prior is None
            or (
                line.paragraph != previous_paragraph
                and not (block.group is not None and block.group == prior.group)
            )
        ):
            block = attrs.evolve(block, gap_before=True)
        previous_paragraph = line.paragraph
        if main is not None and not body_seen and not block.chrome:
            if is_boilerplate(chunk, main):
                block = attrs.evolve(block, boilerplate=True)
            elif block.kind in _PROSE and len(chunk.split()) >= BODY_WORDS:
                body_seen = True
        blocks.append(block)
    if empty:  # each before the line that starts where it stands; sorted is stable
        blocks = sorted(empty + blocks, key=lambda b: b.start)
    return Document(text, blocks)


def add_signatories(
    builder: StatementBuilder, rendered: Rendered, main: frozenset[str] | None = None
) -> Block:
    """Add the signatory list of *rendered* (whose text is ``builder.text``) to *builder*
    (organisations as signatory mentions, persons, skipped lines); return where it lies.
    *main*: the words of the page's main content, if known. A page without a list says
    "no signatory list found" in ``skipped``."""
    found: SignatoryList = find_signatories(page_document(rendered, main))
    if not found.found:
        builder.skip("", "no signatory list found")
        return Block(0, 0)
    found.add_to(builder)
    return Block(found.start, found.end)
