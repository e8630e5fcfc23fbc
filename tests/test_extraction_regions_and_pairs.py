"""Union lists of several countries (invented names): two acronyms joined by "and"
mid-list are two bodies, a region in brackets after a body is its place, an inline list
after a Catalan "subscrit per", and an Indonesian "termasuk" before names with a serial
"dan"."""

from __future__ import annotations

from extraction_helpers import PROSE, read_text

from sochi_er.extraction.item_reading import ItemKind
from sochi_er.extraction.items import read_item


def _names(text: str) -> list[str]:
    return [e.text[e.reading.start : e.reading.end] for e in read_text(PROSE + text).entries]


def test_a_catalan_text_subscrit_per_unions_of_several_regions() -> None:
    text = (
        "Els sindicats es solidaritzen amb el poble. En un text subscrit per EXA, EXB i "
        "Velmaras (Euskal Herria), EXC i EXD (Gal\u00edcia), Intersindical-EXE, Intersindical "
        "Tarrow, EXF (Illes Balears) i EXG (Quenby).\n"
    )
    assert _names(text) == [
        "EXA",
        "EXB i Velmaras (Euskal Herria)",
        "EXC",  # two acronyms joined by "i": two unions
        "EXD",  # and the region in brackets is their place
        "Intersindical-EXE",
        "Intersindical Tarrow",
        "EXF",
        "EXG (Quenby)",
    ]


def test_a_region_in_brackets_is_the_bodys_place() -> None:
    for written, place in (("EXD (Galicia)", "Galicia"), ("EXF (Illes Balears)", "Illes Balears")):
        reading = read_item(written, in_list=True)
        assert reading.kind is ItemKind.ORGANISATION
        assert written[reading.start : reading.end] == written.split(" (")[0]
        assert reading.place == place


def test_a_short_region_name_is_no_place() -> None:
    # a one-word region of fewer than six letters names a firm as often ("Meta")
    assert read_item("Tarrow (Meta)", in_list=True).place is None


def test_an_indonesian_coalition_termasuk_its_members() -> None:
    text = (
        "Adapun Koalisi ini terdiri dari berbagai organisasi masyarakat sipil, termasuk "
        "Velmaria, YLBEX, KontraX, PBEX, Tarrow International Indonesia, ELSAX, HRWX, WALEX, "
        "LBH Quenby, dan sejumlah lembaga lainnya.\n"
    )
    names = _names(text)
    assert names[0] == "Velmaria" and names[-1] == "LBH Quenby" and len(names) == 9
