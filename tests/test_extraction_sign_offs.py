"""Sign-offs of letters with no list, each rule on invented names: a body's officers
signing under a line that names the body ("For the Board of X:", "F\u00fcr den Vorstand
von X:", "Pour le bureau de X :")."""

from __future__ import annotations

import pytest
from extraction_helpers import PROSE, read_text

LETTER = (
    "Open letter to the government\n\n" + PROSE + "\n"
    "We call for an end to this and demand action from all of those responsible for it "
    "today, and we stand with all the people who work for human rights everywhere.\n\n"
)


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("For the Board of Velmar Aid Network:", "Velmar Aid Network"),
        ("On behalf of Velmar Aid Network:", "Velmar Aid Network"),
        ("F\u00fcr den Vorstand von Velmar Hilfe \u00d6sterreich:", "Velmar Hilfe \u00d6sterreich"),
        ("Pour le bureau de l'Association Tarrow :", "Association Tarrow"),
        ("Por la Junta Directiva de la Asociaci\u00f3n Quenby:", "Asociaci\u00f3n Quenby"),
    ],
)
def test_officers_under_the_line_naming_their_body_sign_for_it(line: str, body: str) -> None:
    """The body is the one signer, signed by the first officer with her office; the
    officers are not read as organisations."""
    result = read_text(LETTER + line + "\nDr. Jane Roe (President),\nJohn Doe (Vice President)\n")
    assert [(e.name, e.reading.person, e.reading.person_role) for e in result.organisations] == [
        (body, "Jane Roe", "President")
    ]
    assert result.how == "sign-off"


def test_a_line_naming_a_body_over_prose_is_no_sign_off() -> None:
    """ "For the Board of X:" followed by a paragraph, not by persons' lines, signs nothing."""
    text = LETTER + "For the Board of Velmar Aid Network:\n\n" + PROSE
    assert read_text(text).organisations == ()


@pytest.mark.parametrize(
    ("office", "body"),
    [
        ("Chair of the Velmar Ecological Council", "Velmar Ecological Council"),
        ("Formand for Det Velmarske R\u00e5d", "Det Velmarske R\u00e5d"),
        ("Pr\u00e9sidente de l'Association Tarrow", "Association Tarrow"),
    ],
)
def test_a_name_over_her_office_in_a_body_signs_for_the_body(office: str, body: str) -> None:
    """A press release that ends with a person's name over her office ("Formand for Det
    Example R\u00e5d") and a line where to ask for more is signed by the body."""
    text = LETTER + "Jane Roe\n" + office + "\n\nFurther information: Jane Roe, tel. 33 18 19 33.\n"
    result = read_text(text)
    assert [(e.name, e.reading.person) for e in result.organisations] == [(body, "Jane Roe")]


def test_an_office_of_a_place_signs_for_no_body() -> None:
    """ "Senator for Tasmania" under a name is an office of a place, not a signer."""
    assert read_text(LETTER + "Jane Roe\nSenator for Tasmania\n").organisations == ()


def test_a_legal_form_after_the_name_at_the_texts_end_is_no_cut_word() -> None:
    """ "Velmar ry" (a Finnish registered association) closing a letter after "Kunnioittaen,"
    and its officers is the signer, not a name the stored page cut."""
    text = LETTER + "Kunnioittaen,\n\nJane Roe\npuheenjohtaja\n\nJohn Doe\nsihteeri,\n\nVelmar ry\n"
    assert [e.name for e in read_text(text).organisations] == ["Velmar ry"]


def test_an_author_line_under_the_signature_is_no_part_of_it() -> None:
    """ "Autor: Example Redaktion | Example |" under the officers' lines says who wrote the
    page: the sign-off above it is still read."""
    text = (
        LETTER + "Für den Vorstand von Velmar Hilfe:\nDr. Jane Roe (President),\n"
        "John Doe (Vice President)\nAutor:TARROWBLATT Redaktion aus Quenby | TARROWBLATT |\n"
    )
    assert [e.name for e in read_text(text).organisations] == ["Velmar Hilfe"]
