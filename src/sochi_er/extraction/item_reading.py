"""What one signatory line says (:class:`ItemReading`) and what kind of line it is
(:class:`ItemKind`): the result of :func:`.items.read_item`, kept in the found list's
entries (:mod:`.signatory_list`)."""

from __future__ import annotations

import enum

from attrs import frozen

from sochi_er.extraction.cues import CueKind

__all__ = [
    "ROLE_LINE",
    "ItemKind",
    "ItemReading",
]

#: Why a line that names only an office is no signer ("Presidente da EXU" on its own).
ROLE_LINE = "a role, not a name"
#: The reason of a country or place on a line of its own, heading the signers from there.
PLACE_HEADING = "place heading"


class ItemKind(enum.StrEnum):
    ORGANISATION = "organisation"
    PERSON = "person"
    SECTION = "section"
    NOT_SIGNATORY = "not_signatory"


@frozen
class ItemReading:
    """What one item says; ``start:end`` index the item text given to :func:`read_item`.

    ``evidence`` grades how surely the name is an organisation's: 2 (an organisation
    word, an acronym, a legal form), 1 (a name-like run of words), 0 (nothing).
    ``section`` is the kind of a ``SECTION`` (``ORGS``, ``PERSONS`` or ``None``).
    """

    kind: ItemKind
    start: int
    end: int
    person: str | None = None
    person_role: str | None = None
    country: str | None = None
    place: str | None = None
    legal_form: str | None = None
    reason: str | None = None
    evidence: int = 0
    section: CueKind | None = None
