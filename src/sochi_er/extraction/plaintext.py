"""Plain text as blocks: one block per non-blank line, over the text exactly as given.

A line with a list marker ("1.", "12)", "(3)", "•", "-", "*") is a ``LIST_ITEM`` whose span
is the item text after the marker (an empty span for a bare number such as "22."), its
``level`` how deeply its marker is indented among the items above it (0: the outermost); a
line indented under a list item, with no blank line between, is a ``LINE`` marked
``continuation`` (the item's next line); a line written as a pipe-table row ("| A | B |")
or as tab-separated cells (a table pasted as text) is a ``TABLE_ROW``, numbered by its
first cell when that is a number; every other line is a ``LINE``. A blank line before a
block sets ``gap_before``. Lines of a YAML front matter at the top are ``boilerplate``
(page metadata, never a list). Offsets index the text as given, so spans stay valid in
the raw file.
"""

from __future__ import annotations

import functools
import re

from sochi_er.extraction.blocks import Block, BlockKind, Document
from sochi_er.extraction.frontmatter import front_matter_end
from sochi_er.extraction.lines import iter_lines, split_list_marker

__all__ = ["text_document"]

_PIPE_ROW = re.compile(r"^\s*\|(?P<body>.*)\|\s*$")
_NUMBER = re.compile(r"^\d{1,7}[.)]?$")
_RULE_CHARS = frozenset("|:+-= \t")


def _is_rule_row(line: str) -> bool:
    """A table's rule row ("|---|:--:|", "+---+", a grid table's "+===+"): rule
    characters only, with "---" or "===" in it."""
    stripped = line.strip()
    return ("---" in stripped or "===" in stripped) and set(stripped) <= _RULE_CHARS


def _split_cells(parts: list[str], start: int, offset: int) -> list[tuple[int, int]]:
    """The spans of *parts* (the cells of a row, from *start* in the line at *offset*),
    stripped; an empty cell is a zero-length span."""
    cells: list[tuple[int, int]] = []
    for part in parts:
        stripped = part.strip()
        at = start + (part.index(stripped) if stripped else 0)
        cells.append((offset + at, offset + at + len(stripped)))
        start += len(part) + 1
    return cells


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The cells of a pipe table row (``| a | b |``), empty ones included."""
    start = line.index("|") + 1
    return _split_cells(line[start:].split("|")[:-1], start, offset)


def _tab_cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The tab-separated cells of *line* (a table pasted as text), from its first
    non-blank character; empty ones included."""
    start = len(line) - len(line.lstrip())
    return _split_cells(line[start:].rstrip().split("\t"), start, offset)


@functools.lru_cache(maxsize=2)
def text_document(text: str) -> Document:
    """The blocks of the plain *text* (see the module doc). The last answers are
    remembered: a parser that reads the text while judging its confidence and again while
    parsing splits it once."""
    blocks: list[Block] = []
    gap = False
    group = 0
    previous_kind: BlockKind | None = None
    indents: list[int] = []  # the markers' indentation in the list so far, deepest last
    metadata_end = front_matter_end(text)
    for offset, line in iter_lines(text):
        stripped = line.strip()
        if not stripped or _is_rule_row(stripped):
            gap = gap or not stripped
            continue
        marker = split_list_marker(line)
        tabbed = _tab_cells(line, offset) if "\t" in stripped else []
        number: int | None = None
        raw_marker: str | None = None
        cells: list[tuple[int, int]] = []
        if ("|" in line and _PIPE_ROW.match(line)) or sum(b > a for a, b in tabbed) >= 2:
            kind = BlockKind.TABLE_ROW
            cells = tabbed or _cells(line, offset)
            filled = [(a, b) for a, b in cells if b > a]
            if not filled:
                continue
            start, end = filled[0][0], filled[-1][1]
            first = text[filled[0][0] : filled[0][1]]
            number = int(first.rstrip(".)")) if _NUMBER.match(first) else None
        elif marker is not None:
            number, item, at = marker
            kind = BlockKind.LIST_ITEM
            start = offset + at
            end = start + len(item)
            raw_marker = line[:at].strip() if item else stripped
            if previous_kind is not BlockKind.LIST_ITEM or gap:
                indents = []
            indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
            while indents and indents[-1] > indent:
                indents.pop()
            if not indents or indents[-1] < indent:
                indents.append(indent)
        else:
            kind = BlockKind.LINE
            start = offset + line.index(stripped)
            end = start + len(stripped)
        # an indented line right under a list item, no blank line between: the item's
        # next line ("- Example Org, with its seat in\n  Example City")
        further = (
            kind is BlockKind.LINE
            and not gap
            and previous_kind is BlockKind.LIST_ITEM
            and line[:1] in (" ", "\t")
        )
        run_kind = BlockKind.LIST_ITEM if further else kind  # the item goes on
        if run_kind is not previous_kind or (gap and kind is BlockKind.LINE):
            group += 1
        previous_kind = run_kind
        blocks.append(
            Block(
                kind, start, end, number=number, marker=raw_marker, group=group, cells=cells,
                gap_before=gap, continuation=further, boilerplate=offset < metadata_end,
                level=len(indents) - 1 if kind is BlockKind.LIST_ITEM else 0,
            )
        )  # fmt: skip
        gap = False
    return Document(text, blocks)
