"""Inline Markdown as plain text: what a reader sees, without markup.

Kept: text, code spans and link text, and in list items and table cells the alt text of
images that are all there is (a logo: its name). Dropped: link targets, other images,
emphasis and strike-through markers, inline HTML. Entities arrive decoded from
markdown-it. Whitespace is collapsed inside each line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it.token import Token

__all__ = ["collapse", "inline_lines", "inline_text"]

_TEXT_TYPES = frozenset({"text", "text_special", "code_inline"})
_BR = re.compile(r"^<br\s*/?>$", re.IGNORECASE)
#: Words a name never ends with: a line ending in one is prose wrapped mid-sentence.
_CONNECTIVE_WORDS = (
    "a an the of for and or to with by from in on at into as that "
    "de du des la le les et pour en el los las y del por para con da di e il per "
    "der die das und von zu mit f\u00fcr"
)
_CONNECTIVES = frozenset(_CONNECTIVE_WORDS.split())


#: kramdown attribute lists ("Share this{: .share}", a line "{: .logos}"): markup.
_ATTRIBUTES = re.compile(r"\s*\{:[^{}\n]*\}")


def collapse(text: str) -> str:
    """*text* with every whitespace run made one space, and no space at the ends."""
    return " ".join(text.split())


def _kramdown_break(piece: list[str]) -> bool:
    """Drop the backslash of kramdown's forced line break ("Name \\\\" at a line's end, read
    by markdown-it as an escaped "\\") from the end of *piece*; whether there was one."""
    if not piece or not piece[-1].rstrip().endswith("\\"):
        return False
    piece[-1] = piece[-1].rstrip()[:-1]
    return True


def _pieces(children: Sequence[Token], images: bool) -> tuple[list[str], list[bool]]:
    """The text between line breaks, and for each break whether it is a hard one; with
    *images*, the alt text of the images when there is no other text."""
    pieces: list[list[str]] = [[]]
    hard: list[bool] = []
    for token in children:
        if token.type in _TEXT_TYPES:
            pieces[-1].append(token.content)
        elif token.type == "softbreak":
            # kramdown's forced line break: "\\" ending a line (markdown-it leaves "\")
            hard.append(_kramdown_break(pieces[-1]))
            pieces.append([])
        elif token.type == "hardbreak" or (
            token.type == "html_inline" and _BR.match(token.content.strip())
        ):
            hard.append(True)
            pieces.append([])
        # link_open/close, em/strong/s markers, images, other inline HTML: nothing
    _kramdown_break(pieces[-1])
    lines = [collapse(_ATTRIBUTES.sub("", "".join(p))) for p in pieces]
    if images and not any(lines):  # "* ![Example Network](logo.png)": a logo
        alts = [collapse(t.content) for t in children if t.type == "image" and t.content.strip()]
        if alts:
            return alts, [True] * (len(alts) - 1)
    return lines, hard


#: Fewest lines, and the shortest longest line, of text wrapped at a column.
WRAPPED_LINES = 3
WRAPPED_WIDTH = 50
#: Share of the longest line every line but the last fills when wrapped at a column.
WRAPPED_FILL = 0.8


def _wrapped_at_a_column(lines: Sequence[str]) -> bool:
    """Whether *lines* are text wrapped at a fixed column: three or more, the longest of
    :data:`WRAPPED_WIDTH` characters or more, and all but the last nearly as long (names
    one a line vary in length; an enumeration wrapped at 72 characters does not)."""
    if len(lines) < WRAPPED_LINES:
        return False
    widest = max(len(line) for line in lines)
    return widest >= WRAPPED_WIDTH and all(
        len(line) >= WRAPPED_FILL * widest for line in lines[:-1]
    )


def _reads_as_lines(lines: Sequence[str]) -> bool:
    """Whether soft-broken *lines* are one entry each (names, an address) rather than
    prose wrapped at a column: fewer than half the lines after the first start in lower
    case (wrapped prose mostly continues a sentence; a list of names may hold one
    "epicenter.works"), and they are not all as long as the widest."""
    rest = lines[1:]
    return sum(line[:1].islower() for line in rest) * 2 < len(rest) and not (
        _wrapped_at_a_column(lines)
    )


def _dangles(line: str) -> bool:
    """Whether *line* stops mid-sentence: it ends with a connective ("... Parliament of")."""
    words = line.split()
    return bool(words) and words[-1] in _CONNECTIVES


def inline_lines(children: Sequence[Token], *, images: bool = False) -> list[str]:
    """The non-empty plain-text lines of an inline token's *children*.

    Hard breaks (two trailing spaces, a backslash, ``<br>``) always end a line; soft
    breaks end one when the paragraph reads as one entry per line and the line does not
    stop on a connective ("of", "and"); otherwise they are a space, as in wrapped prose.
    *images*: an inline of images only reads as their alt texts (in a list item or a
    table cell, a logo names a signatory; in a paragraph it is a picture's caption).
    """
    lines, hard = _pieces(children, images)
    split_soft = _reads_as_lines([line for line in lines if line])
    out = [lines[0]]
    for is_hard, line in zip(hard, lines[1:], strict=True):
        if is_hard or (split_soft and not _dangles(out[-1])):
            out.append(line)
        else:
            out[-1] = collapse(f"{out[-1]} {line}")
    return [line for line in out if line]


def inline_text(children: Sequence[Token], *, images: bool = False) -> str:
    """The plain text of an inline token's *children* on one line (*images*: see
    :func:`inline_lines`)."""
    return collapse(" ".join(_pieces(children, images)[0]))
