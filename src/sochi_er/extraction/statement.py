"""Read one statement out of a :class:`Document`: the reader every block-based parser shares.

Rules (generic, none tuned to one document); "line" means a block of the document:

- title: the first substantial line near the top (2..25 words, not a date, contact or
  page line, not a sentence ending with a full stop);
- date: the first line before the signatory list that states a date and nothing else (a
  dateline); dates inside other lines (bylines, "5 min read Jan 4", prose) do not count;
- publishers: a letterhead, i.e. a block of short upper-case or non-Latin-script lines at
  the top that holds an acronym spelled out by another of its lines or an upper-case
  organisation word ("NETWORK", "COUNCIL"...); every line of it is a publisher mention;
- addressee: the first line of the address block right before a salutation ("Your
  Excellency,", "Dear ..."), or the text after a "To:" line at the top; organisations
  named in the rest of that block ("Secretary-General / United Nations") are addressees
  too;
- claimed signers: the first claimed count in the lines above the body, else one in a
  sentence speaking of "the undersigned"/"we";
- signatories: :func:`sochi_er.extraction.signatories.find_signatories`; persons go to
  ``Statement.persons``; gaps and non-signatory lines go to ``Statement.skipped`` keeping
  their ordinal; a document with no list says so in ``skipped``;
- mentioned: organisations named in the prose (title included) outside the list, the
  letterhead and the address block, found by :func:`sochi_er.extraction.prose.find_organisations`
  (gazetteer, "Full Name (ACR)" definitions -- the name and each acronym, a mention
  each -- and the head-noun pattern), each occurrence once with its exact span.

:func:`read_statement` returns a :class:`StatementBuilder` holding all of this, so a
parser can add what its format knows besides (metadata, a publisher) before building.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from attrs import frozen

from sochi_er.building import StatementBuilder
from sochi_er.extraction.blocks import Document
from sochi_er.extraction.counts import find_claimed_counts
from sochi_er.extraction.dates import is_date_line, parse_date
from sochi_er.extraction.lines import non_organisation_reason
from sochi_er.extraction.prose import Gazetteer, find_organisations
from sochi_er.extraction.signatories import find_signatories
from sochi_er.extraction.signatory_list import SignatoryList
from sochi_er.records import ClaimedCount, Role, Source, Span, StatementKind

__all__ = ["StatementReading", "read_statement"]

#: A line of at least this many words with a prose reason starts the body.
_BODY_WORDS = 12
#: Only this many non-blank lines at the top are considered for the title.
_TITLE_WINDOW = 8
_ORG_WORDS = re.compile(
    r"\b(?:NETWORK|COUNCIL|ASSOCIATION|ORGANI[SZ]ATION|COMMITTEE|FOUNDATION|CENT(?:ER|RE)|"
    r"UNION|COALITION|LEAGUE|INSTITUTE|SOCIETY|GROUP|CAMPAIGN|MOVEMENT|FORUM|SYNDICATE|"
    r"TRUST|ALLIANCE|OBSERVATORY|COMMISSION|BAR)\b"
)
_SALUTATION = re.compile(
    r"^(?:dear\b|your\s+(?:excellency|excellencies)\b|excellenc(?:y|ies)\b|to\s+whom\b)",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
_TO_LINE = re.compile(r"^to\s*:\s*(?P<who>\S.*?)\s*$", re.IGNORECASE)
_SELF_REFERENCE = re.compile(r"\b(?:undersigned|we|us)\b", re.IGNORECASE)
_STOP = {"of", "for", "and", "the", "in", "on", "at", "to", "a", "an", "de", "la", "le"}


class _Line:
    """A non-blank line: offset of its stripped text, the text, its line number."""

    __slots__ = ("number", "offset", "text")

    def __init__(self, number: int, offset: int, text: str) -> None:
        self.number = number
        self.offset = offset
        self.text = text


def _block_lines(document: Document) -> list[_Line]:
    """One line per content block; a visible break between blocks skips a line number."""
    out: list[_Line] = []
    number = 0
    for _, block in document.content():
        number += 2 if block.gap_before else 1
        out.append(_Line(number, block.start, document.text_of(block)))
    return out


def _words(text: str) -> list[str]:
    return text.split()


def _is_body(line: _Line) -> bool:
    return (
        len(_words(line.text)) >= _BODY_WORDS
        and non_organisation_reason(line.text) == "prose sentence"
    )


def _title(lines: list[_Line]) -> _Line | None:
    for line in lines[:_TITLE_WINDOW]:
        words = _words(line.text)
        if not 2 <= len(words) <= 25 or line.text.endswith("."):
            continue
        if non_organisation_reason(line.text) in {"contact line", "page furniture", "date line"}:
            continue
        if len(words) <= 6 and (parse_date(line.text) or _CLOCK.search(line.text)):
            continue  # "5 min read Jan 4, 2018", "Last Update 15:20"
        return line
    return None


def _is_letterhead_line(text: str) -> bool:
    if len(_words(text)) > 8 or non_organisation_reason(text) is not None:
        return False
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    if all(ch.isupper() for ch in letters if ch.isascii()) and any(ch.isascii() for ch in letters):
        return True
    return all(not ch.isascii() and not _is_latin(ch) for ch in letters)


def _is_latin(ch: str) -> bool:
    return "LATIN" in unicodedata.name(ch, "")


def _initials(text: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", text) if w.lower() not in _STOP)


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 10 and " " not in text and text.isalpha() and text.isupper()


def _letterhead(head: list[_Line]) -> list[_Line]:
    """The first block of letterhead lines in *head* that names an organisation."""
    blocks: list[list[_Line]] = []
    current: list[_Line] = []
    for line in head:
        if _is_letterhead_line(line.text):
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    for block in blocks:
        texts = [line.text for line in block]
        spelled = any(
            _is_acronym(a) and any(b != a and _initials(b).upper() == a for b in texts)
            for a in texts
        )
        if spelled or any(_ORG_WORDS.search(t) for t in texts if t.isupper() and " " in t):
            return block
    return []


class _Addressee:
    """The addressee's name at ``offset``, and the ``[start, end)`` of its address block."""

    __slots__ = ("block", "name", "offset")

    def __init__(self, name: str, offset: int, block: tuple[int, int]) -> None:
        self.name = name
        self.offset = offset
        self.block = block


def _addressee(lines: list[_Line], before: int) -> _Addressee | None:
    """The addressee: the address block before a salutation, or a To: line."""
    for index, line in enumerate(lines):
        if line.offset >= before:
            break
        to_line = _TO_LINE.match(line.text)
        if to_line and index < _TITLE_WINDOW * 2:
            who = to_line["who"]
            start = line.offset + to_line.start("who")
            return _Addressee(who, start, (line.offset, line.offset + len(line.text)))
        if not _SALUTATION.match(line.text) or len(_words(line.text)) > 6:
            continue
        k = index - 1
        while k >= 0 and is_date_line(lines[k].text):
            k -= 1
        if k < 0:
            return None
        # the block is the run of lines with no blank line between them, ending at k
        first = k
        while first > 0 and lines[first - 1].number == lines[first].number - 1:
            first -= 1
        candidate = lines[first]
        if len(_words(candidate.text)) <= 10 and not _is_body(candidate):
            block = (candidate.offset, lines[k].offset + len(lines[k].text))
            return _Addressee(candidate.text, candidate.offset, block)
        return None
    return None


def _claimed(head: list[_Line], text: str, body_start: int) -> ClaimedCount | None:
    for line in head:
        for claim in find_claimed_counts(line.text):
            assert claim.span is not None
            return ClaimedCount(
                claim.count,
                claim.qualifier,
                claim.text,
                Span(line.offset + claim.span.start, line.offset + claim.span.end),
            )
    for claim in find_claimed_counts(text[body_start:]):
        assert claim.span is not None
        start = body_start + claim.span.start
        sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
        if _SELF_REFERENCE.search(text[sentence_start:start]):
            span = Span(start, body_start + claim.span.end)
            return ClaimedCount(claim.count, claim.qualifier, claim.text, span)
    return None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _add_prose(
    builder: StatementBuilder,
    gazetteer: Gazetteer,
    taken: list[tuple[int, int]],
    addressee: _Addressee | None,
) -> None:
    """Organisations named outside the *taken* ranges: in the address block (beside the
    addressee's own line) as addressees, elsewhere as mentioned."""
    for org in find_organisations(builder.text, gazetteer, reserved=taken):
        span = (org.start, org.end)
        if addressee is None or not _overlaps(span, addressee.block):
            builder.add(org.name, Role.MENTIONED, org.start)
            continue
        own = (addressee.offset, addressee.offset + len(addressee.name))
        block_start, block_end = addressee.block
        if not _overlaps(span, own) and block_start <= org.start and org.end <= block_end:
            builder.add(org.name, Role.ADDRESSEE, org.start)


@frozen
class StatementReading:
    """What :func:`read_statement` read: the builder (mentions, persons, skipped lines
    added), the title, the date, the claimed count and the signatory list."""

    builder: StatementBuilder
    title: str | None
    date: dt.date | None
    claimed_signers: ClaimedCount | None
    signatories: SignatoryList


def read_statement(
    source: Source,
    document: Document,
    gazetteer: Gazetteer,
    *,
    kind: StatementKind = StatementKind.STATEMENT,
    index: int = 0,
) -> StatementReading:
    """Read the statement *document* (read from *source*) holds; *gazetteer* serves to
    find the organisations its prose names."""
    text = document.text
    builder = StatementBuilder(source, text, kind=kind, index=index)
    found = find_signatories(document)
    list_start = found.start if found.found else len(text)
    lines = _block_lines(document)
    head: list[_Line] = []
    for line in lines:
        if line.offset >= list_start or _is_body(line):
            break
        head.append(line)
    body_start = lines[len(head)].offset if len(head) < len(lines) else len(text)

    title = _title(head)
    dateline = next((ln for ln in lines if ln.offset < list_start and is_date_line(ln.text)), None)
    date = parse_date(dateline.text) if dateline else None
    letterhead = _letterhead([ln for ln in head if ln is not title])
    addressee = _addressee(lines, list_start)

    if found.found:
        found.add_to(builder)
    else:
        builder.skip("", "no signatory list found")
    for line in letterhead:
        builder.add(line.text, Role.PUBLISHER, line.offset)
    if addressee is not None:
        builder.add(addressee.name, Role.ADDRESSEE, addressee.offset)
    taken = [(line.offset, line.offset + len(line.text)) for line in letterhead]
    if found.found:
        taken.append((found.start, found.end))
    _add_prose(builder, gazetteer, taken, addressee)
    return StatementReading(
        builder,
        title.text if title else None,
        date,
        _claimed(head, text, body_start),
        found,
    )
