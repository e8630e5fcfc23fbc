"""Outputs are written whole, one run at a time, and checked before the work (issue 12)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from sochi_er import ConfigError
from sochi_er.cli import main
from sochi_er.outputs import atomic_text, check_output_dir, check_output_file


def test_an_error_while_writing_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "mentions.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_text(target) as handle:
        handle.write("half a ")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["mentions.csv"]
    with atomic_text(target) as handle:
        handle.write("new\n")
    assert target.read_text(encoding="utf-8") == "new\n"


def test_output_paths_are_checked_before_the_work(tmp_path: Path) -> None:
    a_file = tmp_path / "taken"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(ConfigError, match="exists and is not a folder"):
        check_output_dir(a_file)
    with pytest.raises(ConfigError, match="is a file, not a folder"):
        check_output_dir(a_file / "below")
    with pytest.raises(ConfigError, match="is a folder, not a file"):
        check_output_file(tmp_path)
    check_output_dir(tmp_path / "new" / "deeper")  # missing folders are fine
    assert main(["resolve", "--out", str(a_file)]) == 2
    assert a_file.read_text(encoding="utf-8") == "x"


def test_parse_out_creates_missing_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "statements.jsonl"
    assert main(["parse", "--out", str(target)]) == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["type"] in ("statement", "mention") for line in lines)


def test_concurrent_resolves_to_one_folder_leave_one_runs_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "sochi_er", "resolve", "--out", str(out)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(3)
    ]
    assert [run.wait(timeout=300) for run in runs] == [0, 0, 0]
    with open(out / "mentions.csv", newline="", encoding="utf-8") as handle:
        mentions = list(csv.DictReader(handle))
    with open(out / "organisations.csv", newline="", encoding="utf-8") as handle:
        organisations = {row["organisation_id"] for row in csv.DictReader(handle)}
    assert {row["organisation_id"] for row in mentions} <= organisations
    for line in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(line)  # every line whole
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_outputs_get_the_mode_of_an_ordinary_new_file(tmp_path: Path) -> None:
    import os

    from sochi_er.outputs import atomic_text

    target = tmp_path / "report.html"
    with atomic_text(target) as handle:
        handle.write("<p>x</p>")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
