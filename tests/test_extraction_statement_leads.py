"""Who a statement is by, said before its names (invented names): a heading "A Joint
Statement by the A, B, ... and C", and a network "integrada por:" its member bodies."""

from __future__ import annotations

from extraction_helpers import PROSE, read_text

from sochi_er.extraction.item_reading import ItemKind


def test_a_heading_names_the_statement_by_its_bodies() -> None:
    text = (
        "A Joint Statement by the Velmar Federation Against Disappearances, Tarrow Human "
        "Rights Commission, Quenby Network for Free Elections, Example Justice Project, "
        "Families of Velmar Victims, Tarrow Rights Watch, Quenby Human Rights Center, and "
        "World Organisation Against Example\n\n"
        "International Community Should Stand with Victims\n\n" + PROSE
    )
    names = [e.text for e in read_text(text).entries]
    assert names == [
        "Velmar Federation Against Disappearances",
        "Tarrow Human Rights Commission",
        "Quenby Network for Free Elections",
        "Example Justice Project",
        "Families of Velmar Victims",
        "Tarrow Rights Watch",
        "Quenby Human Rights Center",
        "World Organisation Against Example",
    ]


def test_a_network_integrada_por_its_members() -> None:
    text = (
        PROSE + "\nLa RED VELMAR DE LIMA est\u00e1 integrada por:\n\n"
        "- Colectivo Tarrow (CT)\n- Grupo de Mujeres Quenby (GMQ)\n- Colectiva 13 Ejemplos\n"
        "- Red Peruana Velmar\n"
    )
    found = read_text(text)
    assert found.how == "cue"  # the members are read under the phrase, not as a bare run
    assert [e.text for e in found.entries] == [
        "Colectivo Tarrow (CT)",
        "Grupo de Mujeres Quenby (GMQ)",
        "Colectiva 13 Ejemplos",
        "Red Peruana Velmar",
    ]


def test_an_industry_composed_of_its_parts_is_no_list() -> None:
    text = (
        PROSE + "\nIl cinema \u00e8 composto da filiere:\n\n- finanziamenti\n- coproduzioni\n"
        "- accordi di distribuzione\n- vendite\n"
    )
    assert read_text(text).entries == ()


def test_a_short_sentence_naming_the_statement_then_a_colon_leads_its_signers() -> None:
    # the object first, then the verb: "Den Aufruf unterstützen:", "Assinam o manifesto:"
    text = (
        PROSE + "\nDen Aufruf unterst\u00fctzen: Jugend Velmar JOV, Tarrow e.V. \u2013 "
        "kurdischer Kulturverein Quenby, Fl\u00fcchtlingsrat Velmar, Gesellschaft f\u00fcr "
        "Tarrow, Karawane f\u00fcr die Rechte der Velmarer und MigrantInnen\n\n"
        "Seit Jahren gibt es eine zunehmende Ann\u00e4herung zwischen den Regierungen, und "
        "die Abschiebungen gehen weiter, obwohl die Gerichte die Lage kennen.\n"
    )
    found = [e.text for e in read_text(text).entries if e.reading.kind is ItemKind.ORGANISATION]
    # (the last name is split at its "und": an open case)
    assert found[:5] == [
        "Jugend Velmar JOV",
        "Tarrow e.V. \u2013 kurdischer Kulturverein Quenby",
        "Fl\u00fcchtlingsrat Velmar",
        "Gesellschaft f\u00fcr Tarrow",
        "Karawane f\u00fcr die Rechte der Velmarer",
    ]


def test_a_sentence_that_quotes_the_statement_after_its_colon_names_no_signers() -> None:
    text = (
        PROSE + "\nThe letter states: \u201cVelmar activists, grassroots organizers, labor "
        "unions, and progressive organizations like ours oppose the plan.\u201d\n"
    )
    assert read_text(text).entries == ()


def test_a_department_at_a_board_is_a_body_not_a_role() -> None:
    # "beim" is a preposition: the head word is "Migrationspolitik", not the board's
    text = (
        PROSE + "\nDen Aufruf haben erstellt: Velmar Stiftung; Aktion Tarrow e.V.; Referat "
        "Migrationspolitik beim Bundesvorstand des EXB; Pro Quenby\n\nZum Aufruf\n"
    )
    assert [e.text for e in read_text(text).entries] == [
        "Velmar Stiftung",
        "Aktion Tarrow e.V.",
        "Referat Migrationspolitik beim Bundesvorstand des EXB",
        "Pro Quenby",
    ]
