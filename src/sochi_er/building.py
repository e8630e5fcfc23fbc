"""StatementBuilder: the helper a parser uses to assemble a Statement whose spans are right.

Every mention and skipped item is located in the statement's text at the moment it is
added, so a parser cannot produce a span that does not slice out its name.
"""

from __future__ import annotations

import datetime as dt

from sochi_er.records import (
    ClaimedCount,
    Mention,
    Person,
    Role,
    Skipped,
    Source,
    Span,
    Statement,
    StatementKind,
)

__all__ = ["StatementBuilder"]


class StatementBuilder:
    """Collects mentions and skipped items for one statement of *source*.

    *text* is the text the parser read (its own rendering of the source, e.g. HTML turned
    to text); *index* numbers statements within one source from 0.
    """

    def __init__(
        self,
        source: Source,
        text: str,
        *,
        index: int = 0,
        kind: StatementKind = StatementKind.STATEMENT,
    ) -> None:
        self.source = source
        self.text = text
        self.kind = kind
        self.id = Statement.make_id(source, index)
        self._mentions: list[Mention] = []
        self._persons: list[Person] = []
        self._skipped: list[Skipped] = []

    def span_of(self, name: str, start: int) -> Span:
        """The span of *name* at *start*; ``ValueError`` unless the text has it there."""
        end = start + len(name)
        if self.text[start:end] != name:
            raise ValueError(f"{name!r} is not at offset {start} of the statement text")
        return Span(start, end)

    def add(
        self,
        name: str,
        role: Role,
        start: int | None,
        ordinal: int | None = None,
        **qualifiers: str | None,
    ) -> Mention:
        """Add a mention of *name* at offset *start* (``None``: position unknown).
        *qualifiers* are :class:`Mention`'s ``person``, ``person_role``, ``country``,
        ``place`` and ``legal_form``."""
        span = None if start is None else self.span_of(name, start)
        mention = Mention(
            name=name,
            role=role,
            statement_id=self.id,
            document=self.source.location,
            ordinal=ordinal,
            span=span,
            **qualifiers,
        )
        self._mentions.append(mention)
        return mention

    def add_person(
        self, name: str, start: int | None, ordinal: int | None = None, **details: str | None
    ) -> Person:
        """Add a person who signed in their own name; *details*: ``role``, ``country``,
        ``place``."""
        span = None if start is None else self.span_of(name, start)
        person = Person(
            name=name,
            statement_id=self.id,
            document=self.source.location,
            ordinal=ordinal,
            span=span,
            **details,
        )
        self._persons.append(person)
        return person

    def skip(
        self, text: str, reason: str, start: int | None = None, ordinal: int | None = None
    ) -> Skipped:
        """Report *text* as read but not taken as a mention, saying *reason*."""
        span = None if start is None else self.span_of(text, start)
        item = Skipped(text=text, reason=reason, ordinal=ordinal, span=span)
        self._skipped.append(item)
        return item

    @property
    def mentions(self) -> tuple[Mention, ...]:
        return tuple(self._mentions)

    @property
    def persons(self) -> tuple[Person, ...]:
        return tuple(self._persons)

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        return tuple(self._skipped)

    def build(
        self,
        *,
        title: str | None = None,
        date: dt.date | None = None,
        published: dt.date | None = None,
        claimed_signers: ClaimedCount | None = None,
        language: str | None = None,
        url: str | None = None,
        author: str | None = None,
        reported_in: str | None = None,
    ) -> Statement:
        """The finished Statement, mentions in the order they were added."""
        return Statement(
            id=self.id,
            source=self.source.location,
            kind=self.kind,
            text=self.text,
            title=title,
            date=date,
            published=published,
            mentions=self._mentions,
            skipped=self._skipped,
            persons=self._persons,
            claimed_signers=claimed_signers,
            language=language,
            url=url,
            author=author,
            reported_in=reported_in,
        )
