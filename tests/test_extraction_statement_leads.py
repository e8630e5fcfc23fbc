"""Who a statement is by, said before its names (invented names): a heading "A Joint
Statement by the A, B, ... and C", and a network "integrada por:" its member bodies."""

from __future__ import annotations

from extraction_helpers import PROSE, read_text


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
