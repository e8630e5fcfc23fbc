"""Votes over a whole document on how its signatory lines are written, taken once before
any line is read for the list: "Person, Organisation" lines (:func:`names_written_first`),
"Given Family Organisation" lines with no separator (:func:`glued_names`,
:func:`glued_person`), and lists of persons printed as "Name Country" columns
(:func:`country_tails`)."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from sochi_er.extraction.block_shapes import itemable
from sochi_er.extraction.blocks import Block, BlockKind
from sochi_er.extraction.item_reading import ItemKind, ItemReading
from sochi_er.extraction.lexicons import SignerWords, default_signer_words, word_tokens
from sochi_er.extraction.person_names import glued_person_end, looks_like_name, looks_like_person


def country_tails(blocks: list[Block], items: list[tuple[int, str]]) -> dict[int, int]:
    """``{block index: where its country starts}`` for the lines of a list of persons
    printed in two columns, a name and a country, with no separator ("Jane ROE
    France"): at least ``COUNTRY_COLUMN_LINES`` lines of one group,
    ``COUNTRY_COLUMN_SHARE`` of them ending in a country's name, and that share of
    those after a personal name. A list of organisations keeps its countries
    ("Example Network France")."""
    words = default_signer_words()
    groups: dict[int, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.group is not None and block.kind in (BlockKind.LINE, BlockKind.LIST_ITEM):
            groups.setdefault(block.group, []).append(index)
    tails: dict[int, int] = {}
    for lines in groups.values():
        if len(lines) < COUNTRY_COLUMN_LINES:
            continue  # too short to be a column, whatever its lines end with
        ends = [(index, _country_start(items[index][1], words)) for index in lines]
        cut = [(index, at) for index, at in ends if at is not None]
        if len(cut) < COUNTRY_COLUMN_LINES or len(cut) < COUNTRY_COLUMN_SHARE * len(lines):
            continue
        persons = [
            (index, at) for index, at in cut
            if looks_like_person(items[index][1][:at].strip(), words)
        ]  # fmt: skip
        if len(persons) >= COUNTRY_COLUMN_SHARE * len(cut):
            tails.update(cut)
    return tails


def names_written_first(
    blocks: list[Block], items: list[tuple[int, str]], read: Callable[..., ItemReading]
) -> bool:
    """Whether the document's signatory lines are written "Person, Organisation":
    at least ``NAMES_FIRST_MIN`` lines begin with a known personal name followed by
    more, and they are at least as many as the lines whose first part merely looks
    like a name ("Given Family, Example"). Then the latter are read the same way."""
    known = unknown = 0
    for index, block in enumerate(blocks):
        text = items[index][1]
        if "," not in text or not itemable(block, text):
            continue
        reading = read(text, in_list=block.kind is not BlockKind.LINE)
        if reading.person is not None and (
            reading.kind is ItemKind.ORGANISATION or reading.person_role is not None
        ):
            known += 1
        elif (
            reading.kind is ItemKind.ORGANISATION
            and read(text, in_list=True, names_first=True).person is not None
        ):
            unknown += 1
    return known >= NAMES_FIRST_MIN and known >= unknown


def _glued_parts(
    text: str, read: Callable[..., ItemReading], least: int = 2
) -> tuple[int, ItemReading] | None:
    """Where the organisation starts in a "Given Family Organisation" line and how
    it reads: the rest of the line wholly an organisation with *least* evidence, or,
    read with the separator put back, a role then the organisation ("Jane Roe CTO na
    Example"); ``None`` otherwise ("Ana Roe Doe Restauradora": two family names)."""
    at = glued_person_end(text)
    if at is None:
        return None
    rest = read(text[at:], in_list=True)
    if (
        rest.kind is ItemKind.ORGANISATION
        and rest.start == 0
        and rest.evidence >= least
        and rest.person is None
        and rest.person_role is None
    ):
        return at, attrs.evolve(rest, start=rest.start + at, end=rest.end + at)
    head = text[:at].rstrip()
    joined = f"{head}, {text[at:]}"
    shift = len(joined) - len(text)
    rest = read(joined, in_list=True)
    if (
        rest.kind is ItemKind.ORGANISATION
        and rest.person_role is not None
        and rest.start - shift > at  # the role first, then the organisation
    ):
        return at, attrs.evolve(rest, start=rest.start - shift, end=rest.end - shift)
    return None


def glued_names(
    blocks: list[Block], items: list[tuple[int, str]], read: Callable[..., ItemReading]
) -> bool:
    """Whether the document's signatory lines are "Given Family Organisation" with
    no separator (a letter's names and affiliations, their line breaks lost): at least
    ``GLUED_NAMES_MIN`` lines read so, and more than half of the lines without a comma
    that read as organisations or persons."""
    glued = organisations = 0
    for index, block in enumerate(blocks):
        text = items[index][1]
        if block.kind not in (BlockKind.LINE, BlockKind.LIST_ITEM) or "," in text:
            continue
        if not itemable(block, text):
            continue
        if read(text, in_list=True).kind not in (ItemKind.ORGANISATION, ItemKind.PERSON):
            continue
        organisations += 1
        glued += _glued_parts(text, read) is not None
    return glued >= GLUED_NAMES_MIN and 2 * glued > organisations


def glued_person(text: str, reading: ItemReading, read: Callable[..., ItemReading]) -> ItemReading:
    """*reading* of a "Given Family Organisation" line as the organisation, with the
    person on it (unchanged when the line is not one)."""
    parts = _glued_parts(text, read, least=1)  # in such a list, a capitalised name
    if parts is None:
        return reading
    at, rest = parts
    return attrs.evolve(rest, person=rest.person or " ".join(text[:at].split()))


def _body_person_role(text: str) -> tuple[str, str, str] | None:
    """The three parts of a line "Organisation, Person, Role[, ...]" (the role is the
    rest), when its second part is shaped like a personal name; else ``None``."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 3 or not all(parts[:3]):
        return None
    if not looks_like_name(parts[1], default_signer_words()):
        return None
    return parts[0], parts[1], ", ".join(parts[2:])


def bodies_written_first(
    blocks: list[Block], items: list[tuple[int, str]], read: Callable[..., ItemReading]
) -> bool:
    """Whether the document's signatory lines are written "Organisation, Person, Role"
    ("Example Foods, Jane Roe, CEO"): at least :data:`NAMES_FIRST_MIN` such lines read
    as the organisation signed by the person of their second part, and more than the
    lines of that shape read otherwise (their person's given name unknown: "Example
    Pumps, Ask Roe, Head of Public Affairs"). Then the latter are read the same way
    (:func:`body_then_person`)."""
    known = unknown = 0
    for index, block in enumerate(blocks):
        text = items[index][1]
        if "," not in text or not itemable(block, text):
            continue
        shape = _body_person_role(text)
        if shape is None:
            continue
        reading = read(text, in_list=block.kind is not BlockKind.LINE)
        if reading.kind is ItemKind.ORGANISATION and reading.person == shape[1]:
            known += 1
        elif reading.person is None:
            unknown += 1
    return known >= NAMES_FIRST_MIN and known > unknown


def body_then_person(
    text: str, reading: ItemReading, read: Callable[..., ItemReading]
) -> ItemReading:
    """*reading* of an "Organisation, Person, Role" line as the organisation, signed by
    the person, in her role (unchanged when the line is not one, or names a person)."""
    shape = _body_person_role(text)
    if shape is None or reading.person is not None:
        return reading
    body = read(shape[0], in_list=True)
    if body.kind is not ItemKind.ORGANISATION or body.person is not None:
        return reading
    at = text.find(shape[0])  # the body's offsets in the whole line
    return attrs.evolve(
        body, start=body.start + at, end=body.end + at, person=shape[1], person_role=shape[2]
    )


#: Lines of "Known Person, Organisation" a document needs before an unknown first name
#: is read as a person's (:func:`names_written_first`).
NAMES_FIRST_MIN = 3
#: A list printed as "Name Country" columns has this many lines, at least, and this
#: share of them end in a country after a personal name.
COUNTRY_COLUMN_LINES = 5
COUNTRY_COLUMN_SHARE = 0.8
#: A country's name has at most this many words ("Central African Republic").
COUNTRY_WORDS = 3


def _country_start(text: str, words: SignerWords) -> int | None:
    """Where the country's name that ends *text* starts, after at least two other words
    and a space ("Jane ROE France" -> 9, "Jean DUPONT Burkina Faso"), else ``None``."""
    tokens = word_tokens(text.rstrip())
    for size in range(min(COUNTRY_WORDS, len(tokens) - 2), 0, -1):
        start = tokens[-size].start()
        if text[start - 1 : start].isspace() and words.is_country(text[start:]):
            return start
    return None


#: Lines of "Given Family Organisation" a document needs before such lines are split
#: into the person and the organisation (:func:`glued_names`).
GLUED_NAMES_MIN = 5
