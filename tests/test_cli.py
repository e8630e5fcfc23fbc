"""CLI: exit codes, one-line errors naming the file, the rest of the batch still written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sochi_er.cli import main
from sochi_er.report import MENTION_COLUMNS


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


def _read_csv(path: Path) -> list[dict[str, str]]:
    import csv

    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_resolve_corpus_writes_every_mention_and_merges_renditions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["resolve", "--out", str(tmp_path)], capsys)
    assert code == 0, err
    assert "after merging renditions" in out and "hardest merges" in out
    rows = _read_csv(tmp_path / "mentions.csv")
    assert list(rows[0]) == list(MENTION_COLUMNS)
    _, parsed, _ = _run(["parse"], capsys)
    mentions = [json.loads(x) for x in parsed.splitlines() if '"type": "mention"' in x]
    assert len(rows) == len(mentions)  # one row per mention, none dropped
    by_doc_name = {(Path(r["document"]).name[:3], r["name"]): r for r in rows}
    org = {key: r["organisation_id"] for key, r in by_doc_name.items()}
    assert org[("000", "Help4Syria")] == org[("001", "Help4Syria")]
    assert by_doc_name[("000", "Help4Syria")]["country"] == "UK"  # "Help4Syria, UK"
    assert org[("000", "Help4Syria")] == org[("002", "Help 4Syria UK")]
    assert org[("000", "Local Council of Namar")] != org[("000", "Local Council of Namir")]
    assert by_doc_name[("002", "Zaad")]["ordinal"] == "148"
    assert all(r["ordinal"] == "" for r in rows if r["role"] != "signatory")
    orgs = _read_csv(tmp_path / "organisations.csv")
    assert list(orgs[0]) == ["organisation_id", "name", "aliases", "statements"]
    assert {r["organisation_id"] for r in orgs} == {r["organisation_id"] for r in rows}
    groups = [json.loads(x) for x in (tmp_path / "statements.jsonl").read_text().splitlines()]
    docs = [sorted(Path(r["source"]).name[:3] for r in g["renditions"]) for g in groups]
    assert ["000", "001"] in docs and ["002"] in docs


def test_resolve_applies_user_judgements(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], corpus: dict[str, Path]
) -> None:
    def sac_orgs(extra: list[str]) -> set[str]:
        args = ["resolve", str(corpus["000"]), str(corpus["001"]), "--out", str(tmp_path)]
        code, _, err = _run(args + extra, capsys)
        assert code == 0, err
        rows = _read_csv(tmp_path / "mentions.csv")
        return {r["organisation_id"] for r in rows if r["name"].startswith("Syrian American")}

    assert len(sac_orgs([])) == 1  # "Syrian American Council (SAC)" ~ "Syrian American Council"
    judgements = tmp_path / "judgements.csv"
    judgements.write_text(
        "left,right,verdict\nSyrian American Council (SAC),Syrian American Council,different\n"
    )
    assert len(sac_orgs(["--judgements", str(judgements)])) == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b,perhaps\n")
    code, _, err = _run(["resolve", "--judgements", str(bad), "--out", str(tmp_path)], capsys)
    assert code == 2 and err.strip() == f"sochi-er: {bad}:1: expected left,right,same|different"
    code, _, err = _run(
        ["resolve", "--aliases", str(tmp_path / "none.csv"), "--out", str(tmp_path)], capsys
    )
    assert code == 2 and err.strip() == f"sochi-er: {tmp_path / 'none.csv'}: no such file"


def test_resolve_goes_on_when_one_document_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], corpus: dict[str, Path]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, err = _run(
        ["resolve", str(empty), str(corpus["000"]), "--out", str(tmp_path / "o")], capsys
    )
    assert code == 1 and f"{empty}: empty file" in err
    assert "documents: 1 parsed, 1 failed" in out
    rows = _read_csv(tmp_path / "o" / "mentions.csv")
    assert sum(r["role"] == "signatory" for r in rows) == 132


def test_the_same_document_twice_is_read_once_and_said_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], corpus: dict[str, Path]
) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(corpus["000"].read_bytes())
    out = tmp_path / "o"
    code, _, err = _run(
        ["resolve", str(corpus["000"]), str(corpus["000"]), str(copy), "--out", str(out)], capsys
    )
    assert code == 0, err
    assert f"{corpus['000']}: same content as {corpus['000']}; read once" in err
    assert f"{copy}: same content as {corpus['000']}; read once" in err
    rows = _read_csv(out / "mentions.csv")
    assert len([r for r in rows if r["role"] == "signatory"]) == 132
    statements = [json.loads(line) for line in (out / "statements.jsonl").read_text().splitlines()]
    sources = {Path(r["source"]).name for s in statements for r in s["renditions"]}
    assert sources == {corpus["000"].name}


def test_judgements_with_a_bom_header_and_judgements_matching_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], corpus: dict[str, Path]
) -> None:
    judgements = tmp_path / "judgements.csv"
    judgements.write_bytes(
        "\ufeffleft,right,verdict\n"
        "Syrian American Council (SAC),Syrian American Council,different\n"
        "Example Nowhere Org,Syrian American Council,same\n".encode()
    )
    args = ["resolve", str(corpus["000"]), str(corpus["001"]), "--judgements", str(judgements)]
    code, _, err = _run([*args, "--out", str(tmp_path / "o")], capsys)
    assert code == 1
    assert err.count("matches no mention") == 1 and "'Example Nowhere Org'" in err


def test_an_image_named_pdf_is_not_called_a_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "scan.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    code, _, err = _run(["parse", str(fake), "--out", str(tmp_path / "p.jsonl")], capsys)
    assert code == 1
    assert "image/png" in err and "application/pdf" not in err


def test_parse_names_each_statements_parser_and_debug_shows_tracebacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], corpus: dict[str, Path]
) -> None:
    code, out, err = _run(["parse", str(corpus["000"]), str(corpus["001"])], capsys)
    assert code == 0, err
    parsers = [json.loads(line)["parser"] for line in out.splitlines()
               if json.loads(line)["type"] == "statement"]  # fmt: skip
    assert parsers == ["text", "wordpress-json"]
    bad = tmp_path / "out.txt"
    bad.write_text("x")
    code, _, err = _run(["--debug", "resolve", "--out", str(bad)], capsys)
    assert code == 2 and "Traceback" in err
    code, _, err = _run(["resolve", "--out", str(bad)], capsys)
    assert code == 2 and "Traceback" not in err


def test_a_legacy_encoded_file_is_read_and_the_guess_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "lettera.txt"
    letter.write_bytes(
        "Lettera aperta per la libert\u00e0 di stampa, firmata da associazioni.\n\n"
        "Firmatari:\n\n- Associazione Citt\u00e0 Aperta\n- Comitato Libert\u00e0 e Diritti\n"
        "- Rete Solidariet\u00e0 Esempio\n".encode("cp1252")
    )
    code, out, err = _run(["parse", str(letter)], capsys)
    assert code == 0, err
    assert f"{letter}: not UTF-8; read as cp1252 (guessed)" in err
    names = [json.loads(x)["name"] for x in out.splitlines() if '"mention"' in x]
    assert names == [
        "Associazione Citt\u00e0 Aperta", "Comitato Libert\u00e0 e Diritti",
        "Rete Solidariet\u00e0 Esempio",
    ]  # fmt: skip


def test_new_plugin_writes_a_plugin_whose_own_tests_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plugin"
    code, out, err = _run(["new-plugin", "tab-list", "--directory", str(target)], capsys)
    assert code == 0, err
    assert "next: pip install -e" in out
    assert (target / "src" / "sochi_er_tab_list" / "parser.py").exists()
    assert 'tab-list = "sochi_er_tab_list"' in (target / "pyproject.toml").read_text()
    env = {**__import__("os").environ, "PYTHONPATH": str(target / "src")}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(target / "tests")],
        capture_output=True, text=True, env=env, cwd=target, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert "4 passed" in run.stdout
    code, _, err = _run(["new-plugin", "tab-list", "--directory", str(target)], capsys)
    assert code == 2 and "not an empty folder" in err
    code, _, err = _run(["new-plugin", "Bad Name!"], capsys)
    assert code == 2 and "lower-case letters" in err


def test_progress_is_a_bar_on_a_terminal_and_plain_lines_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from sochi_er.cli import _progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    plain = io.StringIO()
    monkeypatch.setattr(sys, "stderr", plain)
    with _progress(25) as show:
        for i in range(25):
            show(i, f"doc{i}.txt")
    assert plain.getvalue().splitlines()[-1] == "[25/25] doc24.txt"
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with _progress(3) as show:
        for i in range(3):
            show(i, f"doc{i}.txt")
    assert "[1/3]" not in terminal.getvalue() and terminal.getvalue()  # a bar was drawn
