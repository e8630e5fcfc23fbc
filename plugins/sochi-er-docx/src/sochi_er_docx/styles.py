"""What a Word paragraph is, by its style and numbering: heading, list item or paragraph."""

from __future__ import annotations

import re

from attrs import frozen
from docx.text.paragraph import Paragraph

from sochi_er.extraction import BlockKind

__all__ = ["ParagraphRole", "paragraph_role"]

_DIGITS = re.compile(r"\d+")
#: Word's deepest list level (``w:ilvl`` runs 0..8).
_MAX_LEVEL = 8


@frozen
class ParagraphRole:
    """``kind`` of block a paragraph makes; ``level`` (heading level 1..6, or list nesting
    depth from 0); ``numbered``: a list item of a numbered style ("List Number")."""

    kind: BlockKind
    level: int = 0
    numbered: bool = False


def _style_name(paragraph: Paragraph) -> str:
    style = paragraph.style
    return (style.name if style is not None else None) or ""


def _number_in(name: str) -> int | None:
    found = _DIGITS.search(name)
    return int(found.group()) if found else None


def _list_level(paragraph: Paragraph, style: str) -> int | None:
    """The nesting depth of a list paragraph (its numbering level ``w:ilvl``, else the
    style's number less one: "List Bullet 2" is depth 1); ``None`` if not a list item.
    Numbering id 0 is Word's "no numbering"."""
    p = paragraph._p
    num_ids: list[str] = p.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    has_numbering = bool(p.xpath("./w:pPr/w:numPr")) and num_ids[:1] != ["0"]
    if not has_numbering and "List" not in style:
        return None
    ilvl: list[str] = p.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")
    if ilvl and ilvl[0].strip().isdigit():
        return min(int(ilvl[0]), _MAX_LEVEL)
    number = _number_in(style)
    return max(0, number - 1) if number is not None else 0


def paragraph_role(paragraph: Paragraph) -> ParagraphRole:
    """The role of *paragraph*: style "Title" or "Heading N" -> heading (Title is level
    1, "Heading" without a number too, levels above 6 count as 6); a style containing
    "List" or numbering properties (``w:numPr``) -> list item; else a paragraph."""
    style = _style_name(paragraph)
    if style.startswith("Title"):
        return ParagraphRole(BlockKind.HEADING, 1)
    if style.startswith("Heading"):
        number = _number_in(style)
        return ParagraphRole(BlockKind.HEADING, min(max(number or 1, 1), 6))
    level = _list_level(paragraph, style)
    if level is not None:
        return ParagraphRole(BlockKind.LIST_ITEM, level, numbered="Number" in style)
    return ParagraphRole(BlockKind.PARAGRAPH)
