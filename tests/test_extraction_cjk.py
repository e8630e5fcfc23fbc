"""Statements in Chinese, Japanese and Korean (invented names): a cue inside a longer run
of characters with no spaces, a count of bodies written with its counter noun, a count
line between the cue and the names, and a polite Japanese sentence that is no name."""

from __future__ import annotations

from extraction_helpers import PROSE, read_text

from sochi_er.extraction.counts import find_claimed_counts
from sochi_er.extraction.cues import CueKind, default_cues, normalise_cue_text
from sochi_er.extraction.item_reading import ItemKind
from sochi_er.extraction.items import read_item

NAMES = [
    "\u30f4\u30a7\u30eb\u30de\u30fc\u5354\u4f1a",  # "Velmar Association"
    "\u30bf\u30ed\u30a6\u5e02\u6c11\u306e\u4f1a",
    "\u30af\u30a8\u30f3\u30d3\u30fc\u30cd\u30c3\u30c8\u30ef\u30fc\u30af",
    "\u4f8b\u984c\u7814\u7a76\u6240",
    "\u30f4\u30a7\u30eb\u30de\u30fc\u9023\u5e2f",
    "\u30bf\u30ed\u30a6\u59d4\u54e1\u4f1a",
]


def test_a_cue_inside_a_longer_run_of_characters() -> None:
    # "signing participant groups": the cue "participant groups" inside it
    line = "<\u7f72\u540d\u53c2\u4e0e\u56e3\u4f53 \u7dcf\u657065\u56e3\u4f53>"
    assert CueKind.LIST in default_cues().kinds_in(normalise_cue_text(line))


def test_counts_written_with_their_counter_noun() -> None:
    for text, count in (
        ("161\u56e3\u4f53", 161),  # Japanese
        ("\u517165\u500b\u5718\u9ad4", 65),  # Chinese
        ("65\uac1c \ub2e8\uccb4", 65),  # Korean
    ):
        assert [c.count for c in find_claimed_counts(text)] == [count]


def test_names_after_the_cue_and_a_count_line() -> None:
    text = (
        PROSE + "\u58f0\u660e\u6587\u306b\u5bfe\u3059\u308b\u8cdb\u540c\u56e3\u4f53\u4e00\u89a7\n\n"
        "161\u56e3\u4f53<2020\u5e743\u670810\u65e5\u73fe\u5728>\n\n" + " / ".join(NAMES) + "\n"
    )
    found = read_text(text).entries
    assert [e.text for e in found if e.reading.kind is ItemKind.ORGANISATION] == NAMES


def test_a_polite_japanese_sentence_is_no_name() -> None:
    # "... the names of the groups that support it are listed below."
    sentence = (
        "\u58f0\u660e\u306b\u5bfe\u3057\u3066\u8cdb\u540c\u3092\u9802\u3044\u3066\u3044\u308b"
        "\u56e3\u4f53\u540d\u3092\u3001\u4ee5\u4e0b\u306b\u63b2\u8f09\u3057\u307e\u3059\u3002"
    )
    reading = read_item(sentence, in_list=True)
    assert reading.kind is ItemKind.NOT_SIGNATORY and reading.reason == "prose sentence"
