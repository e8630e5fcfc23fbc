"""Inline signatory lists: "... the letter was signed by A, B, C and D." (a fallback).

:func:`find_inline_list` looks in a block for a ``list`` cue phrase of the lexicon
("signed by", "firmata da", "endorsed by") and reads the names that follow it up to the
end of the sentence, split at commas and semicolons and at a final "and" ("e", "y",
"et", "und"...) between two capitalised names. It is a lower-confidence reading: every
name must carry organisation evidence and at least one must carry strong evidence
(:attr:`ItemReading.evidence`), else nothing is returned.
"""

from __future__ import annotations

import re
import unicodedata

from attrs import frozen

from sochi_er.extraction.cues import CueLexicon, default_cues
from sochi_er.extraction.items import ItemKind, ItemReading, read_item

__all__ = ["InlineName", "find_inline_list", "read_enumeration"]

#: Fewest names an inline list needs.
MIN_NAMES = 2
#: Share of an enumeration's pieces that must read as signers, and the most words a
#: piece may have (a sentence split at its commas has long pieces and few names).
MIN_ENUMERATION_SIGNERS = 0.8
MAX_PIECE_WORDS = 14
_LEAD = re.compile(
    r"[\s:,]*(?:(?:the|les|las|los|le|la|i|gli|die)\s+)?"
    r"(?:following|suivantes?|siguientes|seguenti|folgende[nr]?|seguintes)?"
    r"(?:\s+(?:organi[sz]ations?|groups|organisations|organizaciones|organizzazioni|"
    r"organisationen|organizações|institutions|entities))?\s*:?\s*",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"(?:the|la|le|il|lo|el|die|der|das|a|o)\s+(?=[A-Z\u00c0-\u00dd])")
_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z]|\s*$)|[!?\n]")
_SPLIT = re.compile(r"\s*[,;]\s*(?:(?:and|e|y|et|und|en|ve|&)\s+)?")
#: Separators of an enumeration written without commas: spaced slashes, bullets, bars.
_MARKS = re.compile(r"\s+[/\u00b7\u2022|]\s*|\s*[/\u00b7\u2022|]\s+")
#: "and many others", "e molti altri", "etc." closing an enumeration: not a name.
_AND_OTHERS = re.compile(
    r"(?:\s*,)?\s+(?:and|e|y|et|und|ed)\s+(?:many\s+|molti\s+|molte\s+|tanti\s+|tante\s+"
    r"|muchos\s+|muchas\s+|bien\s+d'|viele\s+|several\s+|numerous\s+)?"
    r"(?:others|more|altri|altre|ancora|m[aá]s|otros|otras|autres|andere|weitere)\s*[.!]?\s*$"
    r"|(?:\s*,)?\s*(?:etc|ecc|usw)\.?\s*$",
    re.IGNORECASE,
)
#: Spaced dashes, the separators of "A - B - C - D" when the block has no commas.
_DASHED = re.compile(r"\s+[-\u2013\u2014]\s+")
_LAST_AND = re.compile(r"\s+(?:and|e|y|et|und|en|ve)\s+(?=[A-Z\u00c0-\u00dd])")


@frozen
class InlineName:
    """One name of an inline list: ``text[start:end]`` of the block text, and its reading
    (offsets relative to the name)."""

    start: int
    end: int
    reading: ItemReading


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """*text* case folded with accents removed, and for each folded character the index
    of the character of *text* it came from (one pass)."""
    out: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        for part in unicodedata.normalize("NFKD", ch.casefold()):
            if not unicodedata.combining(part):
                out.append(part)
                where.append(index)
    where.append(len(text))
    return "".join(out), where


def find_inline_list(text: str, lexicon: CueLexicon | None = None) -> list[InlineName]:
    """The names of the first inline list in *text*, or ``[]`` (see the module doc)."""
    folded, where = _fold_with_offsets(text)
    for match in (lexicon or default_cues()).list_phrases().finditer(folded):
        begin = where[match.end()]
        lead = _LEAD.match(text, begin)
        begin = lead.end() if lead else begin
        end_match = _SENTENCE_END.search(text, begin)
        end = end_match.start() if end_match else len(text)
        others = _AND_OTHERS.search(text, begin, end)
        end = others.start() if others is not None else end
        names = _split(text, begin, end)
        if len(names) >= MIN_NAMES and _confident(names):
            return names
    return []


def read_enumeration(text: str) -> list[InlineName]:
    """The names of *text* when the whole block is an enumeration that stands under a
    cue ("Organisations:" then "Example Network, Example Union, ... and Example
    Forum."), else ``[]``: at least ``MIN_NAMES`` pieces, none longer than
    ``MAX_PIECE_WORDS`` words, and ``MIN_ENUMERATION_SIGNERS`` of them signers
    (organisations or persons)."""
    end = len(text.rstrip().rstrip("."))
    others = _AND_OTHERS.search(text, 0, end)
    if others is not None:  # "..., Example Forum and many others."
        end = others.start()
    begin = len(text) - len(text.lstrip())
    marks = _MARKS.findall(text, begin, end)
    dashes = _DASHED.findall(text, begin, end)
    if len(marks) >= MIN_NAMES:  # "A / B / C", "A · B · C": split there only
        names = _pieces(text, begin, end, _MARKS)
    elif len(dashes) >= 3 and text.count(",", begin, end) < 2:  # "A - B - C - D"
        names = _pieces(text, begin, end, _DASHED)
    else:
        names = _split(text, begin, end)
    if len(names) < MIN_NAMES or any(
        len(text[n.start : n.end].split()) > MAX_PIECE_WORDS for n in names
    ):
        return []
    signers = sum(n.reading.kind in (ItemKind.ORGANISATION, ItemKind.PERSON) for n in names)
    return names if signers >= MIN_ENUMERATION_SIGNERS * len(names) else []


def _pieces(text: str, begin: int, end: int, separator: re.Pattern[str]) -> list[InlineName]:
    """The names between the *separator* marks of ``text[begin:end]``."""
    spans: list[tuple[int, int]] = []
    cut = begin
    for mark in separator.finditer(text, begin, end):
        spans.append((cut, mark.start()))
        cut = mark.end()
    spans.append((cut, end))
    return _read_spans(text, spans, articles=False)


def _split(text: str, begin: int, end: int) -> list[InlineName]:
    pieces: list[tuple[int, int]] = []
    cut = begin
    for sep in _SPLIT.finditer(text, begin, end):
        if sep.end() > sep.start():
            pieces.append((cut, sep.start()))
            cut = sep.end()
    pieces.append((cut, end))
    if pieces:  # "A, B and C": the last piece holds two names
        start, stop = pieces.pop()
        ands = list(_LAST_AND.finditer(text, start, stop))
        last_and = ands[-1] if ands else None
        if last_and is not None:
            pieces += [(start, last_and.start()), (last_and.end(), stop)]
        else:
            pieces.append((start, stop))
    return _read_spans(text, pieces, articles=True)


def _read_spans(text: str, spans: list[tuple[int, int]], *, articles: bool) -> list[InlineName]:
    """Each non-blank ``text[start:stop]`` read as a name (without a leading article
    when *articles*: "the Example Network")."""
    names: list[InlineName] = []
    for start, stop in spans:
        article = _ARTICLE.match(text, start, stop) if articles else None
        if article:
            start = article.end()
        piece = text[start:stop]
        if piece.strip():
            names.append(InlineName(start, stop, read_item(piece)))
    return names


def _confident(names: list[InlineName]) -> bool:
    readings = [n.reading for n in names]
    return all(r.kind is ItemKind.ORGANISATION and r.evidence >= 1 for r in readings) and any(
        r.evidence >= 2 for r in readings
    )
