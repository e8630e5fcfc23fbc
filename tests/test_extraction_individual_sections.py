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


def test_surnames_after_words_naming_a_group_of_persons_are_persons() -> None:
    senators = read_text(
        PROSE + "Trentadue senatori scrivono al presidente dell'associazione. Di seguito i "
        "senatori firmatari della lettera: Velmari, D\u2019Tarrow, Quenbini, Roeti, Doessi "
        "e Lombi.\n"
    )
    assert [(e.name, e.reading.kind) for e in senators.entries][:2] == [
        ("Velmari", ItemKind.PERSON),
        ("D\u2019Tarrow", ItemKind.PERSON),
    ]
    assert all(e.reading.kind is ItemKind.PERSON for e in senators.entries)
    cosigners = read_text(
        PROSE + "Current Co-Signers (12): Reps. Velmar, Tarrow (GA), Quenby, Roe, Doe, "
        "Poe, Lowe, Rowe, Stowe, Crowe, Vance, and Yarrow\n\nDear Colleague,\n"
    )
    signers = [e for e in cosigners.entries if e.reading.kind is not ItemKind.SECTION]
    assert signers and all(e.reading.kind is ItemKind.PERSON for e in signers[:12])


def test_names_signed_by_human_rights_defenders_are_persons() -> None:
    found = read_text(
        PROSE + "The statement by 25 human rights organisations was signed by human rights "
        "defenders Velmar Raj Tarrowkurel, Quenby Krishna Roewakoti and Doe Budhathoki.\n"
    )
    assert [(e.name, e.reading.kind) for e in found.entries] == [
        ("Velmar Raj Tarrowkurel", ItemKind.PERSON),
        ("Quenby Krishna Roewakoti", ItemKind.PERSON),
        ("Doe Budhathoki", ItemKind.PERSON),
    ]


def test_bodies_after_words_naming_persons_stay_bodies() -> None:
    found = read_text(
        PROSE + "Di seguito i senatori firmatari e le loro associazioni: Associazione "
        "Velmar, Tarrow, EXB, Quenby Union.\n"
    )
    assert ItemKind.ORGANISATION in {e.reading.kind for e in found.entries}


def test_bullets_in_sentence_case_that_end_a_text_the_undersigned_speak_for() -> None:
    found = read_text(
        PROSE + "Le sottoscritte Associazioni della scuola ritengono che sia cruciale per "
        "il futuro del paese la funzione di una buona scuola.\n\n15 novembre 2011\n\n"
        "- EXC (Centro Velmar insegnanti)\n- EXG (Coordinamento Genitori Tarrow)\n"
        "- Assemblea delle scuole di Velmar e provincia\n"
        "- Coordinamento scuole secondo Municipio, Tarrow\n- Coordinamento scuole superiori\n"
        "- Consulta velmarese per la laicit\u00e0\n- Comitato tarrowese Scuola e Costituzione\n"
        "- Ass.ne Rete Scuole, Quenby\n- La scuola siamo noi, Velmar\n"
    )
    assert len(found.entries) == 9
    assert found.entries[2].name == "Assemblea delle scuole di Velmar e provincia"


def test_points_in_bullets_after_the_undersigned_are_no_signers() -> None:
    found = read_text(
        PROSE + "Wir, die unterzeichnenden Organisationen, fordern:\n\n"
        "- Massnahmen zum Aufschwung m\u00fcssen die Lage aller Frauen ber\u00fccksichtigen\n"
        "- Die Vereinbarkeit von Beruf und Familie muss erreicht werden\n"
        "- Gewalt gegen Frauen ist eine Krise mit epidemischem Ausmass\n"
        "- Die Finanzierung der Krise darf nicht auf dem R\u00fccken der Frauen geschehen\n"
    )
    assert not any(e.reading.kind is ItemKind.ORGANISATION for e in found.entries)


def test_a_note_before_a_list_with_no_cue_says_affiliations_only_identify() -> None:
    found = read_text(
        PROSE + "\n[Listing of institutional affiliation is for identification only]\n\n"
        "Jane Velmar, Albany Law School\nJohn Tarrow, Albany Law School\n"
        "Ann Quenby, American University\nMary Roe, American University\n"
        "Paul Doe, Boston College\n"
    )
    signers = [e for e in found.entries if e.reading.kind is not ItemKind.NOT_SIGNATORY]
    assert [e.reading.person for e in signers] == [
        "Jane Velmar", "John Tarrow", "Ann Quenby", "Mary Roe", "Paul Doe"
    ]  # fmt: skip
    assert all(e.reading.kind is ItemKind.PERSON for e in signers)
