"""Signers' lines and enumerations studied on the thirty-ninth blind round, on invented
names: lines that each open with a title and a person's name are one signer each (the
person with the unit she signs for), never an enumeration wrapped over lines; and an
enumeration separated by semicolons is cut at them even when a few names hold a spaced
dash."""

from __future__ import annotations

from extraction_helpers import PROSE, read_text

from sochi_er.extraction import SignatoryList


def _organisations(result: SignatoryList) -> list[str]:
    return [e.name for e in result.organisations]


def test_titled_lines_of_persons_with_their_units_are_one_signer_each() -> None:
    result = read_text(
        PROSE
        + "Sincerely,\n"
        "Professor Jane Roe, School of Tarrow Studies, Faculty of Science\n"
        "Professor John Doe, Velmar Institute of Management, Faculty of Business\n"
        "Dr. Ann Poe, School of Quenby Sciences, Faculty of Science\n"
        "Professor Max Moe, School of Tarrow Economics, Faculty of Business\n"
    )
    assert _organisations(result) == [
        "School of Tarrow Studies",
        "Velmar Institute of Management",
        "School of Quenby Sciences",
        "School of Tarrow Economics",
    ]
    assert [e.reading.person for e in result.organisations] == [
        "Jane Roe", "John Doe", "Ann Poe", "Max Moe",
    ]  # fmt: skip


def test_semicolons_cut_an_enumeration_whose_names_hold_a_few_dashes() -> None:
    result = read_text(
        PROSE
        + "On 15 May, the Velmar Bar Association along with 40 organisations, including "
        "the Tarrow Rights Network; the Quenby Women Union; EXA – The Example Centre for "
        "Justice; Velmar Youth Forum; Press House – Tarrow; the Quenby Law Centre; "
        "Tarrow Media Centre – Velmar; Quenby Farmers Society, demand the adoption of the "
        "declaration.\n"
    )
    assert _organisations(result)[:4] == [
        "Tarrow Rights Network",
        "Quenby Women Union",
        "EXA – The Example Centre for Justice",
        "Velmar Youth Forum",
    ]
    assert "Quenby Farmers Society" in _organisations(result)
