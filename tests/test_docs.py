"""The docs stay true: README commands and snippets, CI running the README's commands."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _setup_commands() -> list[str]:
    block = README.split("## Set up", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return [line.strip() for line in block.strip().splitlines()]


def test_readme_has_exactly_two_setup_commands_and_ci_runs_them() -> None:
    commands = _setup_commands()
    assert len(commands) == 2
    assert "sochi-er resolve" in commands[0] and "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in commands:
        assert command in ci.splitlines(), command


def test_readme_python_snippet_runs() -> None:
    snippet = re.search(r"```python\n(.*?)```", README, re.S)
    assert snippet is not None
    done = subprocess.run(
        [sys.executable, "-c", snippet.group(1)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "features" in done.stdout and "result:" in done.stdout


def _marked_snippets() -> list[tuple[str, str]]:
    """Every ```python block in docs/ preceded by ``<!-- snippet: run -->``."""
    found = []
    for path in sorted((ROOT / "docs").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"<!-- snippet: run -->\s*```python\n(.*?)```", text, re.S):
            found.append((path.name, match.group(1)))
    return found


def test_marked_doc_snippets_run_as_written() -> None:
    snippets = _marked_snippets()
    assert snippets, "no runnable snippet in docs/"
    for name, code in snippets:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT
        )
        assert done.returncode == 0, f"{name}: {done.stderr}"


def test_plugin_guide_runs_its_container_fuzzing_example() -> None:
    """The binary-format fuzzing example (a container builder given to ``fuzz_parser``)
    is one of the snippets run above, not prose that may rot."""
    assert any(
        name == "plugins.md" and "build=" in code and "fuzz_parser" in code
        for name, code in _marked_snippets()
    )
