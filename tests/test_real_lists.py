"""The real-lists linkage benchmark: its loader and its scoring on a small labelled set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import real_lists

ROWS = [
    ("l1", "Example Network for Human Rights", "exnhr"),
    ("l1", "Example Civil Defence", "excd"),
    ("l1", "Local Council of Examplar", "lc-examplar"),
    ("l2", "Example Network for Human Rights (ENHR)", "exnhr"),
    ("l2", "Local Council of Northvale", "lc-northvale"),
    ("l3", "ENHR", "exnhr"),
    ("l3", "Example Civil Defence", "excd"),
]


def _write(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    lines = ["list_id,document,ordinal,name,entity_id"]
    lines += [f'{lid},{lid}.txt,{k},"{name}",{eid}' for k, (lid, name, eid) in enumerate(rows, 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_lists_are_linked_and_scored(tmp_path: Path) -> None:
    rows = real_lists.load(_write(tmp_path / "m.csv", ROWS))
    counts = real_lists.summary(rows)
    assert counts == {
        "lists": 3, "mentions": 7, "entities": 4, "entities_in_two_lists": 2,
        "true_pairs_across_lists": 4,
    }  # fmt: skip
    figures = real_lists.evaluate(rows, with_lists=True)
    assert figures["true_pairs"] == 4
    assert figures["pairwise_precision"] == 1.0  # the two councils stay apart
    assert figures["pairwise_recall"] >= 0.5


def test_a_row_without_an_entity_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.csv", [("l1", "Example Union", "")])
    with pytest.raises(ValueError, match=r"bad\.csv:2"):
        real_lists.load(path)


def test_the_bundled_set_is_taken_from_the_labelled_extraction_sets() -> None:
    """Every mention of ``gold/real_lists`` is an ORG row of its statement's labels, every
    ORG row of a chosen statement is there once, and no list comes from the dev set."""
    import csv

    gold = Path(real_lists.DEFAULT_DATA).parent.parent
    rows = real_lists.load(real_lists.DEFAULT_DATA)
    source: dict[tuple[str, str], str] = {}
    for path in gold.glob("extraction?*/labels/*.csv"):
        with path.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                if r["kind"] == "ORG":
                    source[(r["document"], r["ordinal"])] = r["name"]
    keys = [(r["document"], r["ordinal"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert all(source.get(k) == r["name"] for k, r in zip(keys, rows, strict=True))
    chosen = {d for d, _ in keys}
    assert {k for k in source if k[0] in chosen} == set(keys)
    assert all(r["document"].startswith(r["list_id"] + "_") for r in rows)
