"""What a block's kind and size make of it: whether it can be one signatory line and
which of its text that is (a table row's name cells), whether it reads like a line, its
family for cue-free runs, the table it belongs to; and how many signatory lines a
cue-free run needs."""

from __future__ import annotations

import re

from sochi_er.extraction.blocks import Block, BlockKind, Document
from sochi_er.extraction.lexicons import default_signer_words
from sochi_er.extraction.person_names import is_person

#: Signatory lines a cue-free run needs: of a marked list or table, of plain lines.
MIN_CUE_FREE_ITEMS = 2
MIN_CUE_FREE_LINES = 4
#: Longest block (in words) read as one signatory line.
MAX_ITEM_WORDS = 25


def word_count(text: str) -> int:
    return len(text.split())


def itemable(block: Block, text: str) -> bool:
    """Whether *block* can be one signatory line."""
    if block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW):
        return True
    return word_count(text) <= MAX_ITEM_WORDS


NUMBER_CELL = re.compile(r"^\s*\d{1,7}[.)]?\s*$")
#: A table cell longer than this (in words) is a description, not part of the name.
MAX_CELL_WORDS = 8


def item_span(document: Document, block: Block) -> tuple[int, str]:
    """``(offset, text)`` of the signatory line a block holds: the block itself, or for a
    table row its cells from the first that is not a number up to the first long one
    (a description column is not part of the name, but follows a person's name as
    their role and affiliation)."""
    if block.kind is not BlockKind.TABLE_ROW or not block.filled_cells:
        return block.start, document.text_of(block)
    cells = [(a, b) for a, b in block.filled_cells if not NUMBER_CELL.match(document.text[a:b])]
    if not cells:
        return block.start, document.text_of(block)
    start, end = cells[0]
    for a, b in cells[1:]:
        if word_count(document.text[a:b]) > MAX_CELL_WORDS:
            # after a person's name, a long cell says what they do and for whom ("Jane
            # Roe | Professor of Biology and Director of the Example Centre, Example
            # University"): the line "Jane Roe, Professor ..., Example University"
            if is_person(document.text[start:end], default_signer_words()):
                end = b
            break
        end = b
    return start, document.text[start:end]


def block_family(block: Block) -> str:
    """Blocks of one family can form one cue-free run: list items, table rows, lines
    (headings are a family of their own and never start one)."""
    if block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW, BlockKind.HEADING):
        return block.kind.value
    return "line"


def line_like(block: Block) -> bool:
    """A paragraph, a line, or a table row of one cell (a page laid out in a table)."""
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.LINE) or (
        block.kind is BlockKind.TABLE_ROW and len(block.filled_cells) <= 1
    )


def table_group(block: Block, index: int) -> int | None:
    """The table a row belongs to (its group; a lone row is a table of its own)."""
    if block.kind is not BlockKind.TABLE_ROW:
        return None
    return block.group if block.group is not None else -index - 1


#: The most words of a line that closes the bracket the line before left open.
MAX_CLOSING_WORDS = 16


def _open_brackets(text: str) -> int:
    return text.count("(") - text.count(")")


def bracket_closed_by(texts: list[str], blocks: list[Block]) -> dict[int, int]:
    """Lines that leave a bracket open, with the next line that closes it: block index ->
    that line's index. A name's long form broken over two lines of a list ("EXU (Example
    Union of Workers in the" / "Province of Examplia)") is one item; the second line opens
    no bracket, ends closing the first, is short, and follows with no gap, both lines or
    paragraphs (or a list item, then a line)."""
    closed: dict[int, int] = {}
    for index in range(len(blocks) - 1):  # one look at each pair of neighbours
        block, following = blocks[index], blocks[index + 1]
        text, after = texts[index], texts[index + 1]
        if (
            block.kind in (BlockKind.LINE, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            and following.kind in (BlockKind.LINE, BlockKind.PARAGRAPH)
            and not following.gap_before
            and following.group == block.group
            and _open_brackets(text) == 1
            and not text.rstrip().endswith("(")
            and after.rstrip(" .,;").endswith(")")
            and "(" not in after
            and word_count(after) <= MAX_CLOSING_WORDS
        ):
            closed[index] = index + 1
    return closed
