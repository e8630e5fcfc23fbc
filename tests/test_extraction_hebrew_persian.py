"""Hebrew and Persian statements (invented names): a Hebrew "list of the organisations:"
before a comma list, Persian and Hebrew organisation words, and the Persian "and" written
apart from the last name."""

from __future__ import annotations

from extraction_helpers import PROSE, read_text

from sochi_er.extraction.block_enumeration import read_enumeration
from sochi_er.extraction.item_reading import ItemKind
from sochi_er.extraction.items import read_item


def test_a_hebrew_list_of_the_organisations() -> None:
    text = (
        PROSE + "\u05e8\u05e9\u05d9\u05de\u05ea \u05d4\u05d0\u05e8\u05d2\u05d5\u05e0\u05d9\u05dd: "
        "\u05d5\u05dc\u05de\u05e8, \u05d8\u05e8\u05d5\u05d1, \u05d4\u05d0\u05d2\u05d5\u05d3\u05d4 "
        "\u05dc\u05d5\u05dc\u05de\u05e8, \u05e7\u05d5\u05d5\u05e0\u05d1\u05d9.\n"
    )
    found = read_text(text).entries
    assert [e.text for e in found if e.reading.kind is ItemKind.ORGANISATION] == [
        "\u05d5\u05dc\u05de\u05e8",
        "\u05d8\u05e8\u05d5\u05d1",
        "\u05d4\u05d0\u05d2\u05d5\u05d3\u05d4 \u05dc\u05d5\u05dc\u05de\u05e8",
        "\u05e7\u05d5\u05d5\u05e0\u05d1\u05d9",
    ]


def test_persian_and_hebrew_organisation_words() -> None:
    party = "\u062d\u0632\u0628 \u0648\u0644\u0645\u0627\u0631"  # "Velmar party"
    association = "\u05d4\u05d0\u05d2\u05d5\u05d3\u05d4 \u05dc\u05d5\u05dc\u05de\u05e8"
    for name in (party, association):
        reading = read_item(name, in_list=True)
        assert reading.kind is ItemKind.ORGANISATION and reading.evidence == 2


def test_the_persian_and_apart_splits_the_last_two_names() -> None:
    first = "\u062d\u0632\u0628 \u0648\u0644\u0645\u0627\u0631"
    second = "\u0633\u0627\u0632\u0645\u0627\u0646 \u062a\u0627\u0631\u0648"
    third = "\u0627\u0646\u062c\u0645\u0646 \u06a9\u0648\u0626\u0646\u0628\u06cc"
    text = f"{first}\u060c {second} \u0648 {third}"
    assert [text[n.start : n.end] for n in read_enumeration(text)] == [first, second, third]


def test_names_after_a_hebrew_joined_in_a_sentence() -> None:
    """ "אל הקריאה הצטרפו A, B, C, ..." ("the call was joined by A, B, C"): the one-word
    list phrase "joined" and a Hebrew letter after it (Hebrew has no capitals) open the
    names of the sentence."""
    names = ["ולמר", "טרוב", "האגודה לזכויות ולמר", "הוועד הציבורי בטרוב", "קוונבי", "יש מרו"]
    text = (
        "בסוף השבוע האחרון הותקף ונפצע פעיל של הארגון, לאחר שבועות של הסלמה באלימות.\n\n"
        "אל הקריאה הצטרפו " + ", ".join(names) + ".\n\nהסיור יתקיים ביום שישי.\n"
    )
    assert [e.name for e in read_text(PROSE + text).organisations] == names
