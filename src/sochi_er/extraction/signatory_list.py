"""The records of a found signatory list: each line as read (:class:`Entry`) and the list
itself (:class:`SignatoryList`), which adds itself to a :class:`StatementBuilder`."""

from __future__ import annotations

from attrs import frozen

from sochi_er.building import StatementBuilder
from sochi_er.extraction.item_reading import ItemKind, ItemReading
from sochi_er.records import Role

__all__ = ["Entry", "SignatoryList", "is_signer"]


def is_signer(reading: ItemReading) -> bool:
    """Whether *reading* is a signer: an organisation or a person."""
    return reading.kind in (ItemKind.ORGANISATION, ItemKind.PERSON)


@frozen
class Entry:
    """One line of the list as read: ``reading`` indexes ``document.text[offset:]``.

    ``ordinal`` is ``None`` for sections and lines that are not list positions.
    """

    offset: int
    text: str
    reading: ItemReading
    ordinal: int | None
    block: int = -1  # index of the block among the document's content blocks

    @property
    def name(self) -> str:
        return self.text[self.reading.start : self.reading.end]

    @property
    def start(self) -> int:
        return self.offset + self.reading.start


@frozen
class SignatoryList:
    """The signatory list of a document: its entries in order, missing numbers, where it
    lies (``start``/``end``; equal when nothing was found) and how it was found
    (``"cue"``, ``"cue-free"``, ``"inline"``, ``"sign-off"`` or ``"none"``)."""

    entries: tuple[Entry, ...]
    missing: tuple[tuple[int, int], ...]  # (ordinal, offset of the next entry)
    start: int
    end: int
    how: str
    notes: tuple[str, ...] = ()  # e.g. where and why a list stopped

    @property
    def found(self) -> bool:
        return any(e.reading.kind in (ItemKind.ORGANISATION, ItemKind.PERSON) for e in self.entries)

    @property
    def organisations(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.reading.kind is ItemKind.ORGANISATION)

    @property
    def persons(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.reading.kind is ItemKind.PERSON)

    def add_to(self, builder: StatementBuilder) -> None:
        """Add the list to *builder*: organisations as signatory mentions, persons as
        persons, every other line and each missing number as skipped, in text order."""
        missing = self.missing
        next_missing = 0  # an index, not pop(0): a long list may miss many numbers
        for entry in self.entries:
            while next_missing < len(missing) and missing[next_missing][1] <= entry.offset:
                builder.skip("", "number missing from the list", None, missing[next_missing][0])
                next_missing += 1
            reading = entry.reading
            if reading.kind is ItemKind.ORGANISATION:
                builder.add(
                    entry.name, Role.SIGNATORY, entry.start, entry.ordinal,
                    person=reading.person, person_role=reading.person_role,
                    country=reading.country, place=reading.place, legal_form=reading.legal_form,
                )  # fmt: skip
            elif reading.kind is ItemKind.PERSON:
                builder.add_person(
                    entry.name, entry.start, entry.ordinal, role=reading.person_role,
                    country=reading.country, place=reading.place,
                )  # fmt: skip
            else:
                core = entry.text[reading.start : reading.end]
                builder.skip(
                    core, reading.reason or "not a signatory", entry.offset + reading.start,
                    entry.ordinal,
                )  # fmt: skip
        for ordinal, _ in missing[next_missing:]:
            builder.skip("", "number missing from the list", None, ordinal)
        for note in self.notes:
            builder.skip("", note)
