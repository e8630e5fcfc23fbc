"""Signatory tables: which column holds the name, the place and the kind of signer.

A table of signatories usually opens with a header row ("Name | Type | Country | Link").
:func:`read_header` recognises it from word lists (:mod:`.lexicons`: ``column_name``,
``column_place``, ``column_kind``, ``column_affiliation``, ``column_role``, ``header``)
and says which column is which, so that each row is read from its name cell, its place
cell becomes the mention's place, a kind cell such as "Individual" makes the row a
person (:func:`kind_says`), and in a table of persons the affiliation and function
columns are the person's organisation and role. Nothing here knows a table's language
or an organisation's name.
"""

from __future__ import annotations

import re

from attrs import frozen

from sochi_er.extraction.lexicons import SignerWords, default_signer_words, word_tokens
from sochi_er.extraction.lines import FUNCTION_WORDS

__all__ = ["TableColumns", "infer_person_columns", "kind_says", "read_header"]

#: A header cell longer than this (in words) is a value, not a column heading.
MAX_HEADER_WORDS = 8
_COLUMN_KINDS = ("column_name", "column_place", "column_kind", "column_affiliation", "column_role")


@frozen
class TableColumns:
    """Column indices (into the row's cells) of the name, the place and the signer's kind;
    ``None`` when the table has no such column."""

    name: int
    place: int | None = None
    kind: int | None = None
    #: the name column holds persons ("Individual Name", "Nome e cognome"): a row is a
    #: person, signing for the organisation its other cells name, if any
    persons: bool = False
    #: in a table of persons, the columns of their organisation, in header order (the
    #: first non-empty one is read: "Liste | Étiquette"), and of their function
    #: ("Nom | Fonction | Établissement")
    affiliations: tuple[int, ...] = ()
    role: int | None = None
    #: the name column's heading says it holds organisations ("Organisation",
    #: "Ente"): a name there that looks like a person's is an organisation's
    organisations: bool = False
    #: the name column's heading says its names signed ("Signatory", "Supporter"): the
    #: table is a signatory list with no cue before it
    signers: bool = False
    #: the affiliation columns' headings name nothing else ("Organisation", "Liste";
    #: not "Profession/Affiliation"): a cell there is an organisation's name
    affiliation_only: bool = False
    #: the cells a person's name is written over ("ROE | JANE"), first and last; ``None``
    #: when the name cell alone holds it
    person_cells: tuple[int, int] | None = None

    def cell(self, cells: list[str], column: int | None) -> str | None:
        """The stripped text of *column* in a row of *cells*, or ``None`` when empty."""
        if column is None or column >= len(cells):
            return None
        text = cells[column].strip()
        return text or None


def _column_kinds(cell: str, words: SignerWords) -> tuple[set[str], int, int]:
    """The column kinds a header cell's words name, its header words and its content words."""
    kinds: set[str] = set()
    header = content = 0
    for match in word_tokens(cell):
        token = match.group(0)
        if token.lower() in FUNCTION_WORDS:
            continue
        content += 1
        found = {k for k in _COLUMN_KINDS if words.has(k, token)}
        kinds |= found
        header += bool(found) or words.has("header", token)
    return kinds, header, content


def read_header(cells: list[str], words: SignerWords | None = None) -> TableColumns | None:
    """The columns of a table whose header row has these *cells*, or ``None`` when the row
    is not a header or names no name column. A header row has only short cells, at least
    half of whose words are column words ("Nom / Name", "Lien vers la publication / Link
    to publication"). The first name column wins; a column naming both a name and a
    kind ("Organisation type") is the kind column; a name column whose heading names
    individuals ("Individual Name"), or a name column followed by an affiliation or a
    function column ("Nom | Fonction | Établissement", "Nome | Cargo"), makes the table a
    table of persons."""
    words = words or default_signer_words()
    if not cells or any(len(c.split()) > MAX_HEADER_WORDS for c in cells):
        return None
    name = place = kind = role = None
    affiliations: list[int] = []
    affiliation_only = True
    persons = organisations = signers = False
    header = content = 0
    for column, cell in enumerate(cells):
        kinds, cell_header, cell_content = _column_kinds(cell, words)
        header += cell_header
        content += cell_content
        if "column_kind" in kinds:
            kind = column if kind is None else kind
        elif name is not None and "column_affiliation" in kinds:
            affiliations.append(column)  # "Name | Organisation": the names are persons'
            affiliation_only = affiliation_only and "column_role" not in kinds
        elif "column_name" in kinds and name is None:
            name = column
            tokens = [t.group(0) for t in word_tokens(cell)]
            persons = any(words.has("individual", t) for t in tokens)
            organisations = not persons and any(words.has("org", t) for t in tokens)
            signers = any(words.has("column_signer", t) for t in tokens)
        elif "column_role" in kinds:
            role = column if role is None else role
        elif "column_place" in kinds:
            place = column if place is None else place
    if name is None or content == 0 or header * 2 < content:
        return None
    persons = persons or bool(affiliations) or role is not None  # "Nome | Cargo"
    organisations = organisations and not persons
    return TableColumns(
        name,
        place,
        kind,
        persons,
        tuple(affiliations),
        role,
        organisations,
        signers,
        affiliation_only=bool(affiliations) and affiliation_only,
    )


#: A headerless table is one of persons when this many rows, and this share of them,
#: hold a given name in one column beside a short name cell ("ROE | JANE | Director, X").
MIN_PERSON_ROWS = 3
PERSON_ROW_SHARE = 0.6
#: Most words in a cell of a surname or a given name.
MAX_NAME_CELL_WORDS = 3


def infer_person_columns(
    rows: list[list[str]], words: SignerWords | None = None
) -> TableColumns | None:
    """The columns of a headerless table of persons, or ``None``: a column whose cells
    are given names (:meth:`SignerWords.is_given_name`, "JANE", "don Luigi") next to a
    column of short cells with no given name nor organisation word (the surname), in
    most rows; the name column is the first of the two, the cells after them the
    persons' affiliations. A cell holding a whole name ("Jane Roe") is no given name."""
    words = words or default_signer_words()
    width = max((len(r) for r in rows), default=0)
    if width < 2 or len(rows) < MIN_PERSON_ROWS:
        return None

    def given(cell: str) -> bool:  # "JANE", "don Luigi": given names and honorifics only
        tokens = [t.group(0) for t in word_tokens(cell)]
        return (
            0 < len(tokens) <= MAX_NAME_CELL_WORDS
            and all(words.is_given_name(t) or words.has("honorific", t) for t in tokens)
            and any(words.is_given_name(t) for t in tokens)
        )

    def short(cell: str) -> bool:  # a surname: no given name, no organisation word
        tokens = [t.group(0) for t in word_tokens(cell)]
        return 0 < len(tokens) <= MAX_NAME_CELL_WORDS and not any(
            words.is_given_name(t) or words.has("org", t) for t in tokens
        )

    for column in range(width):
        for other in (column - 1, column + 1):
            if not 0 <= other < width:
                continue
            hits = sum(
                1 for r in rows
                if len(r) > max(column, other) and given(r[column]) and short(r[other])
            )  # fmt: skip
            if hits >= MIN_PERSON_ROWS and hits >= PERSON_ROW_SHARE * len(rows):
                first, last = min(column, other), max(column, other)
                return TableColumns(
                    first, persons=True, affiliations=tuple(range(last + 1, width)),
                    person_cells=(first, last),
                )  # fmt: skip
    return None


_OF = frozenset("of for de di da del della des du von für pour per para".split())  # noqa: SIM905
_KIND_SEGMENTS = re.compile(r"\s*(?:[,;/&+]|\band\b|\bund\b|\bet\b|\be\b|\by\b)\s*", re.I)


def _kind_heads(cell: str) -> list[str]:
    """The head word (the last) of each part of a kind cell: "Free software user and
    contributor" -> user, contributor; "Librarian/Hacker" -> Librarian, Hacker."""
    heads = []
    for segment in _KIND_SEGMENTS.split(cell):
        tokens = [t.group(0) for t in word_tokens(segment)]
        cut = next((k for k, t in enumerate(tokens) if t.casefold() in _OF), len(tokens))
        if cut:  # "Cooperative of Freelancers": the head comes before "of"
            heads.append(tokens[cut - 1])
    return heads


def kind_says(cell: str) -> tuple[bool, bool]:
    """What a kind cell says of the signer: ``(organisation, individual)``. An organisation
    word heads one of its parts ("Association", "FOSS Project", "Cooperative of
    Freelancers"); an individual is named by any person word ("Individual", "Privato",
    "Free software user", "Librarian/Hacker")."""
    words = default_signer_words()
    organisation = any(words.has("org", h) or words.has("legal", h) for h in _kind_heads(cell))
    individual = any(
        words.has("individual", t.group(0)) or words.has("role", t.group(0))
        for t in word_tokens(cell)
    )
    return organisation, individual
