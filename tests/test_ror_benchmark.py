"""The ROR benchmark's split and scorer (benchmarks/ror.py), on rows written here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ror() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ror_bench", ROOT / "benchmarks" / "ror.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["ror_bench"] = module
    spec.loader.exec_module(module)
    return module


def _row(name: str, cluster: str, kind: str = "display", script: str = "LATIN") -> dict[str, str]:
    return {"name": name, "cluster_id": cluster, "kind": kind, "script": script, "country": ""}


def test_split_is_by_organisation_seeded_and_disjoint(ror: ModuleType) -> None:
    rows = [_row(f"n{i}-{j}", f"c{i}") for i in range(40) for j in range(3)]
    first, again = ror.split(rows, 9), ror.split(rows, 9)
    assert first == again
    tune = {r["cluster_id"] for r in first["tune"]}
    report = {r["cluster_id"] for r in first["report"]}
    assert not tune & report and len(tune) == len(report) == 20
    assert len(first["tune"]) + len(first["report"]) == len(rows)
    assert {r["cluster_id"] for r in ror.split(rows, 10)["tune"]} != tune


def test_scores_ambiguous_strings_apart_and_recall_per_kind(ror: ModuleType) -> None:
    rows = [
        _row("Institute of Soil Studies", "a"),
        _row("ISS", "a", "acronym"),
        _row("Instituto de Estudios del Suelo", "a", "label"),
        _row("Ministry of Health", "a", "alias"),  # also owned by b: ambiguous
        _row("Health Ministry of Nowhere", "b"),
        _row("Ministry of Health", "b", "alias"),
        _row("Морской институт", "c", "label", "CYRILLIC"),
        _row("Marine Institute", "c"),
    ]
    # system: the acronym joins, the translation does not, the ambiguous string is one form
    labels = np.array([0, 0, 2, 3, 4, 3, 6, 7])
    got = ror.evaluate(rows, labels)
    # unambiguous rows 0,1,2,4,6,7: true pairs (0,1),(0,2),(1,2),(6,7); predicted (0,1)
    assert got["unambiguous_precision"] == 1.0
    assert got["unambiguous_recall"] == pytest.approx(0.25)
    assert got["ambiguous_mentions"] == 2
    # pairs touching rows 3/5: true (0,3),(1,3),(2,3),(4,5); predicted (3,5), wrong
    assert got["ambiguous_precision"] == 0.0 and got["ambiguous_recall"] == 0.0
    assert got["recall_acronym"] == 1.0
    assert got["recall_label_latin"] == 0.0
    assert got["recall_label_cyrillic"] == 0.0
    assert got["recall_alias"] is None  # the only alias is ambiguous


def test_dev_file_rows_link_when_present(ror: ModuleType) -> None:
    """On a sample of the real dev split (skipped where the shared data is absent)."""
    path = ror.default_data()
    if not path.exists():
        pytest.skip(f"{path} not present")
    rows = ror.sample(ror.split(ror.load(path))["tune"], 300, 9)
    got = ror.run_half(rows, False, ror.LinkageConfig())
    assert got["organisations"] == 300
    assert got["unambiguous_precision"] > 0.8
    assert got["recall_acronym"] is not None and got["count_acronym"] > 20
