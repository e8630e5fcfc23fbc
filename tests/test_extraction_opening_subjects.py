"""Enumerations that open or end a sentence, studied on the blind rounds 139-148, each
rule on invented names: three bodies by their words that open a sentence (any verb),
bodies that appeal, a bracketed acronym that spells a name across its "and" (one name),
the Greek article after the last "and", names set off by spaced dashes after their
collective noun, and a statement "issued by the" A, B."""

from __future__ import annotations

import pytest
from extraction_helpers import PROSE, read_text

#: A paragraph after the one studied, so that no sentence is the text's closing line.
_AFTER = (
    "\n\nThe meeting will take place next week in the town hall, and everyone who wants "
    "to come is welcome to attend it.\n"
)


def _organisations(text: str) -> list[str]:
    return [e.name for e in read_text(PROSE + text + _AFTER).organisations]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Velmar Association, the Tarrow Union and the Quenby Federation welcome the "
            "decision of the court to review the rules.",
            ["Velmar Association", "Tarrow Union", "Quenby Federation"],
        ),
        (
            "L’Association Velmar (AVL), l’Union Tarrow (UTR) et le Groupement Quenby (GQB) "
            "se félicitent de la décision du tribunal.",
            ["Association Velmar (AVL)", "Union Tarrow (UTR)", "Groupement Quenby (GQB)"],
        ),
        (
            "Considering this situation, VLMR, TRWA, QNBY and ORSL are appealing to all "
            "parties to exercise restraint.",
            ["VLMR", "TRWA", "QNBY", "ORSL"],
        ),
        (
            "The Velmar Association, the Tarrow Union and the Quenby Federation appeal to "
            "the court to review the rules.",
            ["Velmar Association", "Tarrow Union", "Quenby Federation"],
        ),
    ],
)
def test_bodies_opening_their_sentence_are_its_subject(text: str, names: list[str]) -> None:
    """ "A, B and C welcome ...", "A, B et C se félicitent": three bodies by their words
    open the sentence (after a leading phrase and its comma at most) and a lower-case
    verb follows them; no statement word or verb of saying is needed."""
    assert _organisations(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # plain names, no word saying they are bodies
        "Velmar Smith, Tarrow Jones and Quenby Brown welcome the decision of the court.",
        # a place among the capitalised words of a dateline
        "LONDON, VELMAR AND TARROW, QUENBY – On the eve of the budget, groups are urging "
        "the government to act.",
        # a deeper subject: the names do not open their sentence
        "Yesterday the court heard that the Velmar Association, the Tarrow Union and the "
        "Quenby Federation welcome the decision.",
    ],
)
def test_an_opening_subject_needs_bodies_by_their_words(text: str) -> None:
    """Without an organisation word, acronym or legal form in every name, with a place
    among them, or when the names do not open the sentence, nothing is read."""
    assert _organisations(text) == []


def test_an_acronym_keeps_a_name_whole_across_its_and() -> None:
    """ "..., Movement for Free and Fair Orsl Elections (MFFOE) and the National Norby
    Observation Centre (NNOC) said": the acronym spells the words on both sides of the
    name's own "and", so the piece is two names, not "Movement for Free" and the rest."""
    text = (
        "The Velmar Action for Free and Fair Elections (VAFFE), Centre for Monitoring "
        "Tarrow Violence (CMTV), the Quenby Campaign for Free and Fair Votes (QCFFV), "
        "Movement for Free and Fair Orsl Elections (MFFOE) and the National Norby "
        "Observation Centre (NNOC) said that it is a right of the people to choose."
    )
    assert _organisations(text) == [
        "Velmar Action for Free and Fair Elections (VAFFE)",
        "Centre for Monitoring Tarrow Violence (CMTV)",
        "Quenby Campaign for Free and Fair Votes (QCFFV)",
        "Movement for Free and Fair Orsl Elections (MFFOE)",
        "National Norby Observation Centre (NNOC)",
    ]


def test_a_greek_article_after_the_last_and() -> None:
    """ "..., EXB (...) and the Supreme Federation (EXC), address": the Greek "and" and
    article before the last name, a comma before the verb."""
    text = (
        "Στο κοινό τους κάλεσμα, ΒΛΜ (Ένωση Βέλμαρ), ΚΝΜ (Ομοσπονδία Κουένμπι) και η "
        "Ανώτατη Ομοσπονδία Τάρροου (ΑΟΤ), απευθύνουν έκκληση στην κυβέρνηση."
    )
    assert _organisations(text) == [
        "ΒΛΜ (Ένωση Βέλμαρ)",
        "ΚΝΜ (Ομοσπονδία Κουένμπι)",
        "Ανώτατη Ομοσπονδία Τάρροου (ΑΟΤ)",
    ]


def test_names_set_off_by_spaced_dashes_after_their_collective_noun() -> None:
    """ "Die Spitzenverbände der deutschen Wirtschaft - A (EXA), B (EXB) sowie C (EXC) -
    wenden sich": the names between the spaced dashes, not the noun's last word before
    them ("Wirtschaft - A")."""
    text = (
        "Die Spitzenverbände der deutschen Wirtschaft \u2013 Bundesvereinigung der Velmar "
        "Arbeitgeberverbände (BVA), Bundesverband der Tarrow Industrie (BTI), Deutsche "
        "Quenby- und Handelskammer (DQH) sowie Zentralverband des Orsl Handwerks (ZOH) "
        "\u2013 wenden sich in einem gemeinsamen Brief an die Regierung."
    )
    assert _organisations(text) == [
        "Bundesvereinigung der Velmar Arbeitgeberverbände (BVA)",
        "Bundesverband der Tarrow Industrie (BTI)",
        "Deutsche Quenby- und Handelskammer (DQH)",
        "Zentralverband des Orsl Handwerks (ZOH)",
    ]


def test_a_statement_issued_by_the_names_after_an_article() -> None:
    """ "En un comunicado conjunto emitido por la A, la B, el C y la D": the authors'
    preposition, an article, the statement word three words before it."""
    text = (
        "En un comunicado conjunto emitido por la Asociación Velmar de Jueces (AVJ), la "
        "Asociación Tarrow (ATW), el Foro Quenby (FQB) y la Unión Orsl (UOR), se ha "
        "dicho que los datos son provisionales."
    )
    assert _organisations(text) == [
        "Asociación Velmar de Jueces (AVJ)",
        "Asociación Tarrow (ATW)",
        "Foro Quenby (FQB)",
        "Unión Orsl (UOR)",
    ]
