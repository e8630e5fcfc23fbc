"""The calibrated generator profile writes names as the corpus's real lists do
(benchmarks/calibration.py, benchmarks/synthetic.py)."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest
from conftest import bench_module


@pytest.fixture(scope="module")
def calibration() -> ModuleType:
    return bench_module("calibration")


def test_kinds(calibration: ModuleType) -> None:
    assert calibration.kind_of("Example Trust", "Example Trust") == "usual"
    assert calibration.kind_of("EXAMPLE TRUST", "Example Trust") == "case"
    assert calibration.kind_of("Example-Trust", "Example Trust") == "punctuation"
    assert calibration.kind_of("The Example Trust", "Example Trust") == "normalised"
    assert calibration.kind_of("Exmaple Trust", "Example Trust") == "other"


def test_the_calibrated_profile_matches_the_real_lists(calibration: ModuleType) -> None:
    real = calibration.corpus_lists()
    synthetic = importlib.import_module("synthetic")
    fitted = calibration.synthetic_lists(5000, 4, synthetic.CALIBRATED)
    for kind in calibration.KINDS:
        assert abs(fitted[kind] - real[kind]) < 0.015, (kind, fitted[kind], real[kind])
    original = calibration.synthetic_lists(5000, 4)
    assert original["usual"] < real["usual"] - 0.15  # the original is far off, as reported
