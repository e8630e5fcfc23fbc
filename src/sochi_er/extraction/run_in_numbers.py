"""A numbered list run into one block ("1. Example Aid 2. EXB 3. Example Forum"), its
line breaks lost where a page was flattened, split back into its items; also when a PDF
or a text file then wrapped that block over several lines ("... 3" / "Example Forum 4.
...")."""

from __future__ import annotations

import re

import attrs

from sochi_er.extraction.blocks import Block, BlockKind

__all__ = ["MIN_NUMBERED_ITEMS", "split_run_in_numbers"]

#: An item's number inside a block: "3. ", "4) " after a space or at the start.
_ITEM_NUMBER = re.compile(r"(?<!\S)(?P<number>\d{1,3})[.)]\s+(?=\S)")
#: Fewest items, numbered one after another, a block must hold to be split.
MIN_NUMBERED_ITEMS = 5


def _item_spans(block: Block, text: str) -> list[tuple[int, int, int]]:
    """``(number, start, end)`` of each item of *block* (offsets into *text*, the
    document's text) when it is a numbered list run together: it opens with an item's
    number (or is a list item numbered so) and the numbers that follow one another from
    there number at least ``MIN_NUMBERED_ITEMS`` items; a number out of turn belongs to
    a name ("Velmar 21"). ``[]`` otherwise."""
    first = _ITEM_NUMBER.match(text, block.start, block.end)
    if first is not None:
        number, start = int(first["number"]), first.end()
    elif block.kind is BlockKind.LIST_ITEM and block.number is not None:
        number, start = block.number, block.start
    else:
        return []
    items = [(number, start, start)]  # (number, where its mark starts, where its text starts)
    for mark in _ITEM_NUMBER.finditer(text, start, block.end):
        if int(mark["number"]) == items[-1][0] + 1:
            items.append((int(mark["number"]), mark.start(), mark.end()))
    if len(items) < MIN_NUMBERED_ITEMS:
        return []
    ends = [mark for _, mark, _ in items[1:]] + [block.end]
    return [
        (number, begin, begin + len(text[begin:end].rstrip()))
        for (number, _, begin), end in zip(items, ends, strict=True)
    ]


def _wrapped_lines(blocks: list[Block], first: int, text: str) -> int:
    """The index after the lines that continue line *first* with no gap between, none
    opening with an item's number of its own (a paragraph wrapped at a width)."""
    if blocks[first].kind not in (BlockKind.LINE, BlockKind.LIST_ITEM):
        return first + 1
    k = first + 1
    while (
        k < len(blocks)
        and blocks[k].kind is BlockKind.LINE
        and not blocks[k].gap_before
        and _ITEM_NUMBER.match(text, blocks[k].start, blocks[k].end) is None
    ):
        k += 1
    return k


def split_run_in_numbers(blocks: list[Block], text: str) -> list[Block]:
    """*blocks* with each numbered list run into one block (of *text*, the document's
    text) replaced by one list item per number, in a group of their own, the numbers
    kept; other blocks unchanged."""
    fresh = max((b.group or 0 for b in blocks), default=0)
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        k += 1
        spans = (
            _item_spans(block, text)
            if block.kind in (BlockKind.PARAGRAPH, BlockKind.LINE, BlockKind.LIST_ITEM)
            else []
        )
        numbered = block.kind is BlockKind.LIST_ITEM and block.number is not None
        # only from a line that opens with a number: the lines after it are read up to the
        # next such line, so each line is read once (linear however long the text)
        wrapped = (
            _wrapped_lines(blocks, k - 1, text)
            if numbered or _ITEM_NUMBER.match(text, block.start, block.end)
            else k
        )
        if wrapped > k:  # "1. A 2. B 3" / "C 4. D 5. E": a PDF or text wrapped the run-in list
            joined = _item_spans(attrs.evolve(block, end=blocks[wrapped - 1].end), text)
            if len(joined) > len(spans):
                spans, k = joined, wrapped
        if not spans:
            out.append(block)
            continue
        fresh += 1
        out.extend(
            attrs.evolve(
                block,
                kind=BlockKind.LIST_ITEM,
                start=start,
                end=end,
                number=number,
                marker=f"{number}.",
                group=fresh,
                gap_before=block.gap_before and k == 0,
            )
            for k, (number, start, end) in enumerate(spans)
        )
    return out
