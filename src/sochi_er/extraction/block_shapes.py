"""What a block's kind and size make of it: whether it can be one signatory line and
which of its text that is (a table row's name cells), whether it reads like a line, its
family for cue-free runs, the table it belongs to; and how many signatory lines a
cue-free run needs."""

from __future__ import annotations

import re

from sochi_er.extraction.blocks import Block, BlockKind, Document
from sochi_er.extraction.lexicons import SignerWords, default_signer_words
from sochi_er.extraction.lines import FUNCTION_WORDS
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


#: Most words of a further line of a list item that goes on the item's name.
MAX_NAME_LINE_WORDS = 5
#: Most words of a list item's first line that a name's last words may follow on.
SHORT_FIRST_LINE = 3
#: A line that ends a name: its last word an organisation's ("Organization"), or an
#: acronym in brackets ("(VOSOMWO)").
_BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Za-z0-9&.-]{1,11}\)$")


def name_continued_by(texts: list[str], blocks: list[Block]) -> dict[int, int]:
    """List items whose name goes on over the further lines of the item: block index ->
    the last such line's index. The item's line ends with no mark; each further line
    (with no gap, of the same group) is short, holds no comma but at its end and no
    digit; and the first of them opens with a function word in lower case ("Centre" /
    "for Policy Analysis"), or the item's line is short and no person's name and the last
    of them ends with an organisation's word or an acronym in brackets ("Garsoor" /
    "Social Development Organization")."""
    words = default_signer_words()
    continued: dict[int, int] = {}
    index = 0
    while index < len(blocks) - 1:
        block, text = blocks[index], texts[index].strip()
        last = index
        while (
            last + 1 < len(blocks)
            and blocks[last + 1].continuation
            and blocks[last + 1].kind is BlockKind.LINE
            and blocks[last + 1].group == block.group
            and not blocks[last + 1].gap_before
        ):
            last += 1
        if (
            block.kind is BlockKind.LIST_ITEM
            and last > index
            and _name_goes_on(text, [texts[k].strip() for k in range(index + 1, last + 1)], words)
        ):
            continued[index] = last
        index = last + 1
    return continued


def _name_goes_on(first: str, lines: list[str], words: SignerWords) -> bool:
    """Whether the further *lines* of a list item whose first line is *first* are the
    rest of its name (see :func:`name_continued_by`)."""
    if not first or first[-1] in ".,;:!?" or any(ch.isdigit() for ch in first):
        return False
    for line in lines:
        if (
            word_count(line) > MAX_NAME_LINE_WORDS
            or "," in line.rstrip(",")
            or any(ch.isdigit() for ch in line)
            or not line[:1].isalpha()
        ):
            return False
    opening = lines[0].split()[0]
    if opening.islower():
        return opening.casefold() in FUNCTION_WORDS  # "Centre" / "for Policy Analysis"
    ending = lines[-1].rstrip(",").split()
    return (
        word_count(first) <= SHORT_FIRST_LINE
        and not is_person(first, words)
        and (words.has("org", ending[-1]) or _BRACKETED_ACRONYM.search(ending[-1]) is not None)
    )


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
