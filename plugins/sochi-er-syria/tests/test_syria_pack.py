"""sochi-er-syria: the data pack registers its gazetteer through the entry point, and
parsers built with installed plugins read the Syrian corpus's names."""

from __future__ import annotations

from pathlib import Path

import sochi_er_syria

from sochi_er import Role, Source, corpus_paths
from sochi_er.extraction.blocks import Document
from sochi_er.extraction.plaintext import text_document
from sochi_er.extraction.prose import (
    Gazetteer,
    find_excluded,
    find_organisations,
    parser_gazetteer,
)
from sochi_er.pluginkit import DocumentParser
from sochi_er.plugins import (
    installed_gazetteer_lines,
    load_gazetteer_lines,
    load_registry,
    make_plugin_manager,
)
from sochi_er.testing import check_parser, make_source

PACK = Gazetteer.parse(sochi_er_syria.gazetteer_lines())
PROSE = (
    "Statement\n\n"
    "The White Helmets and SNHR condemned the Sochi Conference, as Ahram Online reported.\n"
)


class ProseParser(DocumentParser):
    """The smallest block parser: plain text, organisations in prose from the kit."""

    name = "syria-pack-prose"
    suffixes = (".txt",)

    def document(self, source: Source) -> Document:
        return text_document(self.require_text(source))


def test_hook_is_registered_through_the_entry_point_and_contributes_lines() -> None:
    pm = make_plugin_manager()
    assert pm.has_plugin("syria")
    assert pm.distributions["syria"] == ("sochi-er-syria", "0.1.0")
    collected = load_gazetteer_lines(pm)
    assert not [f for f in collected.failures if f.plugin == "syria"]
    lines = collected.plugins["syria"]
    assert lines == tuple(sochi_er_syria.gazetteer_lines())
    expected = {"Syrian Interim Government", "SNHR", "-Sochi Conference", "@head Helmets"}
    assert expected <= set(lines)
    assert installed_gazetteer_lines().plugins["syria"] == lines
    # a data pack registers no parser and is no failure of the registry
    registry = load_registry(pm)
    assert all(info.plugin != "syria" for info in registry.info.values())
    assert not [f for f in registry.failures if f.plugin == "syria"]


def test_pack_file_is_well_formed() -> None:
    assert len(PACK.names) >= 20 and len(PACK.excluded) >= 10
    assert not PACK.names & PACK.excluded
    assert "Helmets" in PACK.heads
    assert {"Syrian Network for Human Rights", "White Helmets"} <= PACK.names
    assert {"Sochi Conference", "Bashar al-Assad", "Syrian Civil Society"} <= PACK.excluded


def test_parser_gazetteer_holds_the_pack_and_only_with_plugins() -> None:
    with_pack = parser_gazetteer("syria-pack-prose", use_env=False)
    without = parser_gazetteer("syria-pack-prose", use_env=False, use_plugins=False)
    assert PACK.names <= with_pack.names and PACK.excluded <= with_pack.excluded
    assert not PACK.names & without.names
    assert "Helmets" in with_pack.heads and "Helmets" not in without.heads


def test_a_parser_finds_corpus_names_in_prose_with_the_pack() -> None:
    source = make_source(PROSE, "statement.txt")
    (statement,) = check_parser(ProseParser(use_env=False), source)
    mentioned = [m.name for m in statement.mentions if m.role is Role.MENTIONED]
    assert mentioned == ["White Helmets", "SNHR", "Ahram Online"]
    core_only = ProseParser(gazetteer=Gazetteer.load(use_env=False, use_plugins=False))
    (bare,) = check_parser(core_only, source)
    assert [m.name for m in bare.mentions if m.role is Role.MENTIONED] == []


def test_a_user_exclusion_beats_a_pack_name(tmp_path: Path) -> None:
    veto = tmp_path / "veto.txt"
    veto.write_text("-Ahram Online\n", "utf-8")
    found = find_organisations(PROSE, Gazetteer.load([veto], use_env=False))
    assert [f.name for f in found] == ["White Helmets", "SNHR"]


def test_syrian_sectors_are_not_organisations_but_longer_names_holding_them_are() -> None:
    gazetteer = Gazetteer.load(use_env=False)
    text = (
        "Syrian Civil Society acknowledges it. Civil Society Response to Sochi. "
        "Groups, Local Councils, and White Helmets. The Syrian Civil Society Coalition met."
    )
    assert [f.name for f in find_organisations(text, gazetteer)] == [
        "White Helmets", "Syrian Civil Society Coalition"
    ]
    assert [f.name for f in find_excluded(text, gazetteer)] == [
        "Syrian Civil Society", "Civil Society", "Local Councils", "Syrian Civil Society"
    ]


def test_letter_prose_of_the_real_corpus() -> None:
    """The prose of the 002 letter above its list: the UN in its many forms, OHCHR, the
    Special Envoy's office, SNHR described; no event, person or sector."""
    gazetteer = Gazetteer.load(use_env=False)
    (path,) = [p for p in corpus_paths() if p.name.startswith("002")]
    text = path.read_text(encoding="utf-8")
    prose = text[: text.index("Sincerely,")]
    found = find_organisations(prose, gazetteer)
    assert all(prose[f.start : f.end] == f.name for f in found)
    assert [f.name for f in found] == [
        "UN", "SNHR", "Syrian Network for Human Rights", "SNHR", "OHCHR", "United Nations",
        "Office of the Special Envoy", "United Nations", "UN", "United Nations", "UN", "UN",
        "United Nations",
    ]
    assert [f.name for f in find_excluded(prose, gazetteer)] == [
        "Sochi Conference", "Civil Society", "Ant\u00f3nio Guterres"
    ]
