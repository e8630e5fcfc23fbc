"""A sub-heading that says individuals sign below ("Assinaturas individuais",
"signatures individuelles"): the names under it are persons, also when their given names
are unknown (invented names)."""

from __future__ import annotations

from extraction_helpers import PROSE, read_text

from sochi_er.extraction.item_reading import ItemKind


def test_names_under_assinaturas_individuais_are_persons() -> None:
    text = (
        PROSE + "\nAssinam:\n\nVelmar Movimento Popular\n\nSindicato Tarrow\n\n"
        "Assinaturas individuais\n\nZorvalina Galdeiro de Almeida\n\nQuenbio Reis\n\n"
        "Tarvina Moraes Graciotti\n"
    )
    found = read_text(text).entries
    kinds = {e.text: e.reading.kind for e in found}
    assert kinds["Velmar Movimento Popular"] is ItemKind.ORGANISATION
    assert kinds["Quenbio Reis"] is ItemKind.PERSON
    assert kinds["Zorvalina Galdeiro de Almeida"] is ItemKind.PERSON
