"""Paragraphs a text file or a PDF wrapped over several lines: how far an enumeration
that runs on from line to line goes (:func:`wrapped_through`), and whether a line's
sentence or enumeration goes on in the next."""

from __future__ import annotations

import re

from sochi_er.extraction.block_reader import SEPARATORS, BlockReader
from sochi_er.extraction.blocks import BlockKind
from sochi_er.extraction.lexicons import default_signer_words, word_tokens
from sochi_er.extraction.lines import FUNCTION_WORDS
from sochi_er.extraction.roles import has_role


def wrapped_through(reader: BlockReader, index: int) -> int:
    """The last block of the paragraph that line *index* starts when a text or PDF
    wrapped it over several lines (each line an enumeration's part that runs on into
    the next: "Jane Roe (EXA), John Doe (Example Union), Ann" / "Poe (EXB)"), else
    *index*."""
    end = index
    first = reader.texts[index]
    enumeration = not SEPARATORS.search(first) and (
        len(_SPACED_DASH.findall(first)) >= MIN_DASHES
    )  # "A - B - C - Example" / "Union - D - E - F"
    # signers' lines parted by dashes, a comma inside each: "A - Jane Roe, presidente di
    # Example" / "Union - John Doe, presidente B - Ann" / "Poe, ..."
    mixed = bool(SEPARATORS.search(first) and _SPACED_DASH.search(first))
    titled = _opens_with_title(first)
    while end + 1 < min(len(reader.blocks), index + MAX_WRAPPED_LINES):  # linear in all
        block, following = reader.blocks[end], reader.blocks[end + 1]
        if titled and _opens_with_title(reader.texts[end + 1]):
            break  # "Professor Jane Roe, School of X, Faculty of Y": a signer's line each
        # the dash that went to the next line looks like a list marker: "- D - E"
        dashed = enumeration and (
            following.marker in _DASH_MARKERS or block.marker in _DASH_MARKERS
        )
        if enumeration and len(reader.texts[end]) < WRAP_SHARE * len(first):
            break  # a short line is the paragraph's last
        if not (
            block.kind in _WRAPPED_KINDS
            and (following.kind is BlockKind.LINE or dashed)
            and (following.group == block.group or dashed)
            and not following.gap_before
            and reader.cues[end + 1] is None
            and _enumeration_runs_on(
                reader.texts[end],
                reader.texts[end + 1],
                ends_paragraph(reader, end + 1),
                enumeration,
                mixed,
            )
        ):
            break
        end += 1
    # wrapped at a width: every line but the last about as long as the longest; a first
    # line that ends with a separator may be short ("E.x.A.,", then the wrapped names)
    widths = [len(reader.texts[k].rstrip()) for k in range(index, end)]
    if len(widths) > 1 and reader.texts[index].rstrip()[-1:] in _ITEM_ENDS:
        del widths[0]
    if widths and (max(widths) < MIN_WRAP_WIDTH or min(widths) < WRAP_SHARE * max(widths)):
        return index
    return end


def _opens_with_title(line: str) -> bool:
    """Whether *line* opens with a capitalised title or office ("Dr.", "Professor",
    "Associate Professor"): a signer's line of its own, not an enumeration's wrapped part
    (a text seldom wraps before a title on two lines in a row)."""
    tokens = word_tokens(line)
    first = tokens[0].group(0) if tokens else ""
    if not first[:1].isupper():
        return False
    words = default_signer_words()
    return words.has("honorific", first) or has_role(words, first)


def ends_paragraph(reader: BlockReader, index: int) -> bool:
    """Whether block *index* is the last line of its paragraph."""
    following = reader._following(index)
    return (
        following is None or following.gap_before or following.group != reader.blocks[index].group
    )


#: Lines wrapped at a width: the longest at least this long, the others (but the last)
#: at least this share of it.
MIN_WRAP_WIDTH = 50
WRAP_SHARE = 0.7
#: The most lines one wrapped paragraph is followed over (a bound that keeps the reading
#: linear in the document's size whatever its layout).
MAX_WRAPPED_LINES = 200
#: What ends a line that ends an enumeration's item.
_ITEM_ENDS = (",", ";")
#: List markers that are the dash of an enumeration wrapped before it.
_DASH_MARKERS = ("-", "\u2013", "\u2014")
#: Blocks that a wrapped enumeration goes on from.
_WRAPPED_KINDS = (BlockKind.LINE, BlockKind.LIST_ITEM)
#: Spaced dashes on a line of an enumeration written with dashes ("Jane Roe - Example
#: Group - 20 May" is one signer's line, not an enumeration).
MIN_DASHES = 3
#: A dash between spaces: the separator of "A - B - C" written without commas.
_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")
#: A comma, a semicolon or a spaced dash (or one ending the line): the separators of a
#: mixed enumeration.
_MIXED_SEPARATORS = re.compile(r"[,;]|\s[-\u2013\u2014](?:\s|$)")
_SENTENCE_END = re.compile(r"\w{4,}[.!?:]$|[)\]\"\u201d][.!?:]$")


def _enumeration_runs_on(
    line: str, following: str, last: bool, dashed: bool = False, mixed: bool = False
) -> bool:
    """Whether *line* is part of an enumeration that goes on in *following*: it ends with
    no full stop (an abbreviation such as "sen." is none), and it holds two separators
    or more and *following* holds one too, or it holds one and *following* ends the
    paragraph (*last*), or *following* holds two or more; or its sentence runs on
    (:func:`sentence_runs_on`). In a *dashed* enumeration ("A - B - C") the separators are
    spaced dashes, one on a line is enough; in a *mixed* one ("A - Jane Roe, presidente")
    commas and spaced dashes both count."""
    stripped = line.rstrip()
    if _LABEL_START.match(following):
        return False  # "Solidarité : A, B, C": the next line is an item of its own
    separators, least = SEPARATORS, 2
    if dashed and not SEPARATORS.search(stripped):
        separators, least = _SPACED_DASH, 1  # "A - B - C - Example" / "Union - D - E"
        following = " " + following
    elif mixed:
        separators = _MIXED_SEPARATORS
        following = " " + following
    if _SENTENCE_END.search(stripped):
        return sentence_runs_on(line, following)
    found = len(separators.findall(stripped))
    return (
        (found >= least and bool(separators.search(following)))
        or (found >= 1 and last)  # "..., Example" / "Union (EXU).": the enumeration's end
        # a line of fewer names (or a cue's tail) wrapped onto a line that enumerates on
        or len(separators.findall(following)) >= least
        or sentence_runs_on(line, following)
    )


#: A line that starts with a short label and a colon ("Logement : ...").
_LABEL_START = re.compile(r"^\s*[^\W\d][^:,;()]{0,40}?\s?:\s")


#: A line of prose has at least this many words (a name seldom has).
PROSE_LINE_WORDS = 8


def sentence_runs_on(line: str, following: str, *, at_comma: bool = True) -> bool:
    """Whether the sentence of the long *line* goes on into *following*: it ends with a
    function word ("der", "the"), *following* opens in lower case, or (*at_comma*) it
    ends with a comma (which may also part a list's lines)."""
    words = line.split()
    if len(words) < PROSE_LINE_WORDS:
        return False
    last = words[-1].casefold()
    return (
        (at_comma and last.endswith(","))
        or last in FUNCTION_WORDS
        or following.lstrip()[:1].islower()
    )
