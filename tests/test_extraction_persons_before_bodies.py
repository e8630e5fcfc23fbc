"""Signature lines run into one paragraph, each a person then her body with no comma
between (invented names)."""

from __future__ import annotations

from extraction_helpers import PROSE, read_text

from sochi_er.extraction.enumeration_pieces import InlineName
from sochi_er.extraction.item_reading import ItemKind
from sochi_er.extraction.items import read_item
from sochi_er.extraction.persons_before_bodies import persons_before_bodies

SECRETARIES = (
    "Len Roe Velmar, Dave Doe Unison Example, Tim Lee EXB, Manuel Poe TSSX, John Smith "
    "Musicians\u2019 Union of Tarrow, Dave Ward CWX, Matt Wren FBX, Gerry Oak Quenby Union\n"
)


def test_a_sign_off_of_general_secretaries_and_their_unions() -> None:
    found = read_text(PROSE + "We urge our members to vote.\n" + SECRETARIES)
    got = [(e.text[e.reading.start : e.reading.end], e.reading.person) for e in found.entries]
    assert got[:3] == [("Velmar", "Len Roe"), ("Unison Example", "Dave Doe"), ("EXB", "Tim Lee")]
    assert len(got) == 8 and all(e.reading.kind is ItemKind.ORGANISATION for e in found.entries)


def test_persons_with_two_family_names_are_no_bodies() -> None:
    text = "Juan Garc\u00eda Velmar, Mar\u00eda Roe Tarrow, Ana Lee Quenby, Jos\u00e9 Doe Vega"
    names, at = [], 0
    for piece in text.split(", "):
        names.append(InlineName(at, at + len(piece), read_item(piece, in_list=True)))
        at += len(piece) + 2
    assert persons_before_bodies(text, names) is names
