"""CLI: exit codes, one-line errors naming the file, the rest of the batch still written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sochi_er.cli import main


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_plugins_lists_installed_parsers_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["plugins"], capsys)
    rows = json.loads(out)
    assert code == 0
    by_name = {r["name"]: r for r in rows}
    assert {"text", "pdf", "wordpress-json", "html", "news", "csv"} <= set(by_name)
    assert by_name["text"]["distribution"] == "sochi-er-text"
    assert all(r["version"] for r in rows)


def test_parse_corpus_writes_statements_and_mentions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["parse"], capsys)
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    statements = [r for r in records if r["type"] == "statement"]
    mentions = {r["id"]: r for r in records if r["type"] == "mention"}
    assert {Path(s["source"]).name[:3] for s in statements} == {"000", "001", "002", "003", "004"}
    for s in statements:
        assert all(mid in mentions for mid in s["mention_ids"])
    by_doc = {Path(s["source"]).name[:3]: s for s in statements if s["kind"] == "statement"}
    assert by_doc["000"]["signatory_count"] == 132
    assert by_doc["001"]["signatory_count"] == 134
    assert by_doc["002"]["signatory_count"] == 149


def test_one_bad_file_does_not_stop_the_batch(
    tmp_path: Path, corpus: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    bad = {
        "missing.txt": None,
        "empty.txt": b"",
        "latin1.txt": "Caf\xe9 des Syriens\n1. Zaad\n".encode("latin-1"),
        "binary.dat": bytes(range(256)) * 4,
        "broken.json": b'{"title": {"rendered": "x"}, "content": {"rendered": "<ol><li>',
    }
    paths = []
    for name, data in bad.items():
        path = tmp_path / name
        if data is not None:
            path.write_bytes(data)
        paths.append(str(path))
    out_file = tmp_path / "out.jsonl"
    code, _, err = _run(["parse", *paths, str(corpus["000"]), "--out", str(out_file)], capsys)
    assert code == 1
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err
    for name in bad:
        assert sum(name in line for line in lines) == 1, (name, err)
    assert "no such file" in err and "empty file" in err and "not text" in err
    assert "JSON" in next(line for line in lines if "broken.json" in line)
    written = [json.loads(x) for x in out_file.read_text().splitlines()]
    assert sum(r["type"] == "mention" and r["role"] == "signatory" for r in written) == 132


def test_unknown_parser_is_a_usage_error(capsys: pytest.CaptureFixture[str], corpus) -> None:  # type: ignore[no-untyped-def]
    code, _, err = _run(["parse", str(corpus["000"]), "--parser", "nope"], capsys)
    assert code == 2 and "no parser named 'nope'" in err and "text" in err


def test_forced_parser_is_used(capsys: pytest.CaptureFixture[str], corpus) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(["parse", str(corpus["003"]), "--parser", "text"], capsys)
    assert code == 0, err
    kinds = {json.loads(x).get("kind") for x in out.splitlines()}
    assert "article" not in kinds


def test_bad_usage_exits_2() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2


def test_module_and_console_script_run(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sochi_er", "plugins"], capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout)
    script = Path(sys.executable).with_name("sochi-er")
    missing = subprocess.run(
        [str(script), "parse", str(tmp_path / "nope.txt")], capture_output=True, text=True
    )
    assert missing.returncode == 1
    assert missing.stderr.strip() == f"sochi-er: {tmp_path / 'nope.txt'}: no such file"
