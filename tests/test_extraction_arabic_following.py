"""An Arabic sentence that ends "... the following organisations:" before the names
(invented names)."""

from __future__ import annotations

from extraction_helpers import read_text

from sochi_er.extraction.item_reading import ItemKind

NAMES = [
    "\u062c\u0645\u0639\u064a\u0629 \u0641\u0644\u0645\u0627\u0631",
    "\u0627\u062a\u062d\u0627\u062f \u062a\u0631\u0648",
    "\u0634\u0628\u0643\u0629 \u0643\u0648\u064a\u0646\u0628\u064a",
    "\u0646\u0627\u062f\u064a \u062a\u0631\u0648",
]


def test_the_following_organisations_then_names_between_dashes() -> None:
    # "The following associations and organisations organised:"
    cue = (
        "\u0646\u0638\u0645\u062a \u0627\u0644\u062c\u0645\u0639\u064a\u0627\u062a "
        "\u0648\u0627\u0644\u0645\u0646\u0638\u0645\u0627\u062a "
        "\u0627\u0644\u062a\u0627\u0644\u064a\u0629:"
    )
    # a sit-in before the national museum in solidarity with the prisoners
    after = (
        "\u0627\u0639\u062a\u0635\u0627\u0645\u0627\u064b "
        "\u0634\u0628\u0627\u0628\u064a\u0627\u064b \u0623\u0645\u0627\u0645 "
        "\u0627\u0644\u0645\u062a\u062d\u0641 \u0627\u0644\u0648\u0637\u0646\u064a "
        "\u062a\u0636\u0627\u0645\u0646\u0627\u064b \u0645\u0639 "
        "\u0627\u0644\u0623\u0633\u0631\u0649 "
        "\u0641\u064a \u0627\u0644\u0633\u062c\u0648\u0646 \u0648\u0643\u0627\u0641\u0629 "
        "\u0645\u0639\u062a\u0642\u0644\u064a \u0627\u0644\u0631\u0623\u064a.\n"
    )
    found = read_text(cue + "\n" + " - ".join(NAMES) + "\n" + after)
    assert [e.text for e in found.entries if e.reading.kind is ItemKind.ORGANISATION] == NAMES


def test_quoted_names_after_the_organisations_in_a_sentence() -> None:
    # "At the head of those organisations were "A" (EXA) with "B" (EXB), "C", "D" (EXD)
    # and "E"": each name in quotation marks, Arabic commas between them
    quoted = [f'"{name}"' for name in NAMES]
    sentence = (
        "\u0648\u0643\u0627\u0646 \u0639\u0644\u0649 \u0631\u0623\u0633 \u062a\u0644\u0643 "
        "\u0627\u0644\u0645\u0646\u0638\u0645\u0627\u062a "
        f"{quoted[0]} (EXA) \u0628\u0627\u0644\u062a\u0639\u0627\u0648\u0646 \u0645\u0639 "
        f"{quoted[1]} (EXB)\u060c {quoted[2]}\u060c {quoted[3]} (EXD)\u060c "
        '"\u0645\u0631\u0643\u0632 \u0641\u0644\u0645\u0627\u0631 \u0644\u062d\u0642\u0648\u0642 '
        '\u0627\u0644\u0625\u0646\u0633\u0627\u0646".\n'
    )
    text = "The rights groups called on the commissioner to act.\n\n" + sentence
    names = [e.name for e in read_text(text).entries if e.reading.kind is ItemKind.ORGANISATION]
    assert len(names) == 4
    assert names[0].startswith(quoted[1])
    assert names[-1].endswith("\u0627\u0644\u0625\u0646\u0633\u0627\u0646")
