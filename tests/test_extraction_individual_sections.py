"""Who signs, said by the words around the names (invented names): a sub-heading that says
individuals sign below ("Assinaturas individuais", "signatures individuelles") makes the
names under it persons, also when their given names are unknown; "we" and a collective
noun before an enumeration ("N\u00f3s, movimentos e entidades, A, B e C, ...") make its
names the authors."""

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


def test_we_and_a_collective_noun_then_the_bodies_that_we_are() -> None:
    text = (
        "N\u00f3s, movimentos e entidades urbanas populares, Central dos Movimentos Velmar "
        "(CMV), Confedera\u00e7\u00e3o Nacional das Associa\u00e7\u00f5es de Tarrow (CONAT), "
        "Movimento Nacional de Luta Quenby (MNLQ) e Uni\u00e3o Nacional por Moradia Velmar "
        "(UNMV), encerramos com vit\u00f3ria a jornada nacional.\n"
    )
    names = [e.text for e in read_text(PROSE + text).entries]
    assert names == [
        "Central dos Movimentos Velmar (CMV)",
        "Confedera\u00e7\u00e3o Nacional das Associa\u00e7\u00f5es de Tarrow (CONAT)",
        "Movimento Nacional de Luta Quenby (MNLQ)",
        "Uni\u00e3o Nacional por Moradia Velmar (UNMV)",
    ]
