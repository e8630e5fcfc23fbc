"""sochi_er.extraction.prose: organisation names in prose, the gazetteer and its extension.

The core's generic gazetteer only (``use_plugins=False``): names of one domain come from
data packs, tested with their pack (plugins/sochi-er-syria)."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sochi_er import ConfigError
from sochi_er.extraction.prose import (
    ENV_VAR,
    Gazetteer,
    env_paths,
    find_excluded,
    find_organisations,
)

ROOT = Path(__file__).parents[1]
GAZETTEER = Gazetteer.load(use_env=False, use_plugins=False)


def orgs(text: str, gazetteer: Gazetteer = GAZETTEER, **kwargs: object) -> list[str]:
    found = find_organisations(text, gazetteer, **kwargs)  # type: ignore[arg-type]
    for f in found:
        assert text[f.start : f.end] == f.name
    return [f.name for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Syrian Interim Government said so.", ["Syrian Interim Government"]),
        ("the Russian Ministry of Defence is leading", ["Russian Ministry of Defence"]),
        ("the UN and the Arab League agree", ["UN", "Arab League"]),
        ("Arab League Secretary-General Ahmed Aboul Gheit", ["Arab League"]),
        ("the Damascus Bar Council\u2019s decision", ["Damascus Bar Council"]),
        ("envoy Staffan de Mistura met Bashar al-Assad", []),
        ("Many Syrian activists went to the Sochi Conference", []),
        ("It will undermine the Geneva Peace Process and the UN-led process.", ["UN"]),
        ("a \u201cSyrian Congress on National Dialogue\u201d in Sochi", []),
        (
            "at the United Nations Security Council and the UN's failure",
            ["United Nations Security Council", "UN"],
        ),
        ("both your office and the Office of the Special Envoy", ["Office of the Special Envoy"]),
        ("wasted time lambasting the Special Envoy.", []),
    ],
)
def test_organisation_patterns(text: str, expected: list[str]) -> None:
    assert orgs(text) == expected


def test_acronym_definition_gives_the_name_and_every_acronym() -> None:
    text = "the Douma Medical Relief Bureau (DMRB) said. Later DMRB added, DMRBs aside."
    found = find_organisations(text, GAZETTEER)
    assert [(f.name, f.how) for f in found] == [
        ("Douma Medical Relief Bureau", "acronym"),
        ("DMRB", "acronym"),
        ("DMRB", "acronym"),
    ]
    assert found[1].start == text.index("(DMRB)") + 1


def test_sectors_are_not_organisations_but_longer_names_holding_them_are() -> None:
    text = (
        "Civil Society acknowledges it. Groups, Local Councils, and the ICRC. "
        "The Ruritanian Civil Society Coalition met."
    )
    assert orgs(text) == ["ICRC", "Ruritanian Civil Society Coalition"]
    excluded = [f.name for f in find_excluded(text, GAZETTEER)]
    assert excluded == ["Civil Society", "Local Councils", "Civil Society"]


def test_reserved_and_ignored_ranges() -> None:
    text = "OCHA\nThe United Nations and the Arab League met.\nLast Update: UN"
    furniture = text.index("Last Update")
    assert orgs(text) == ["OCHA", "United Nations", "Arab League", "UN"]
    assert orgs(text, reserved=[(0, 4)], ignore=[(furniture, len(text))]) == [
        "United Nations",
        "Arab League",
    ]
    # a reserved range drops what overlaps it, even in part
    arab = text.index("Arab League")
    assert orgs(text, reserved=[(arab + 2, arab + 3)]) == ["OCHA", "United Nations", "UN"]


def test_apostrophes_and_line_breaks_in_gazetteer_names() -> None:
    gazetteer = Gazetteer.parse(["Women\u2019s Union of Idlib", "Baytna Syria"])
    text = "the Women's Union of Idlib met Baytna\nSyria"
    assert orgs(text, gazetteer) == ["Women's Union of Idlib", "Baytna\nSyria"]


def test_gazetteer_file_format() -> None:
    gazetteer = Gazetteer.parse(
        [
            "# comment",
            "",
            "  Kesh   Malek ",
            "-Geneva Process",
            "@head Collective Forum",
            "-",
            "Geneva Process",
        ]
    )
    assert gazetteer.names == {"Kesh Malek"}
    assert gazetteer.excluded == {"Geneva Process"}
    assert {"Collective", "Forum", "Council"} <= gazetteer.heads
    assert orgs("the Douma Lawyers Collective met Kesh Malek", gazetteer) == [
        "Douma Lawyers Collective",
        "Kesh Malek",
    ]


def test_bundled_gazetteer_ships_with_the_core() -> None:
    assert {"United Nations", "UN", "OHCHR", "European Union"} <= GAZETTEER.names
    assert {"Soviet Union", "Civil Society", "Local Councils"} <= GAZETTEER.excluded
    assert not GAZETTEER.names & GAZETTEER.excluded


def test_core_gazetteer_holds_none_of_the_data_packs_names() -> None:
    """Corpus knowledge lives in the sochi-er-syria data pack, not in the core."""
    pack_file = ROOT / "plugins" / "sochi-er-syria" / "src" / "sochi_er_syria" / "gazetteer.txt"
    pack = Gazetteer.parse(pack_file.read_text("utf-8").splitlines())
    assert pack.names and pack.excluded
    assert not pack.names & GAZETTEER.names
    assert not pack.excluded & GAZETTEER.excluded
    assert "Helmets" in pack.heads and "Helmets" not in GAZETTEER.heads
    words = {w for entry in GAZETTEER.names | GAZETTEER.excluded for w in entry.split()}
    assert not {"Syria", "Syrian", "Sochi", "Geneva", "Russian"} & words


def test_extension_by_paths_and_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "The Douma Lawyers Collective and the Foreign Ministry spoke."
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert orgs(text, Gazetteer.load()) == ["Foreign Ministry"]
    mine = tmp_path / "mine.txt"
    mine.write_text("Douma Lawyers Collective\n-Foreign Ministry\n", "utf-8")
    assert orgs(text, Gazetteer.load([mine], use_env=False)) == ["Douma Lawyers Collective"]
    heads = tmp_path / "heads.txt"
    heads.write_text("@head Collective\n", "utf-8")
    monkeypatch.setenv(ENV_VAR, f"{heads}{os.pathsep} ")
    assert env_paths() == [str(heads)]
    assert orgs(text, Gazetteer.load()) == ["Douma Lawyers Collective", "Foreign Ministry"]
    assert orgs(text, Gazetteer.load(use_env=False)) == ["Foreign Ministry"]


def test_unreadable_gazetteer_file_is_a_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ConfigError, match=r"missing\.txt"):
        Gazetteer.load([tmp_path / "missing.txt"], use_env=False)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa not utf-8")
    monkeypatch.setenv(ENV_VAR, str(bad))
    with pytest.raises(ConfigError, match=r"bad\.txt"):
        Gazetteer.load()


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("UN SNHR(of)the Council Arab League\n'\u2019-aZ"), max_size=120
    )
)
def test_results_slice_the_text_and_never_overlap(text: str) -> None:
    found = find_organisations(text, GAZETTEER)
    for f in found:
        assert text[f.start : f.end] == f.name and f.name
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_span_index_answers_like_a_scan_over_every_span() -> None:
    import random

    from sochi_er.extraction.prose import _Spans

    rng = random.Random(7)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 15)) for a in (rng.randint(0, 60) for _ in range(12))]
        index = _Spans(spans)
        for position in range(-2, 80):
            assert index.covers(position) == any(a <= position < b for a, b in spans)
        for start in range(0, 70, 3):
            end = start + rng.randint(1, 10)
            found = sorted(index.overlapping(start, end))
            expected = sorted((a, b) for a, b in spans if a < end and start < b and a < b)
            assert found == expected
