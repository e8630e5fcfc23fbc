"""``sochi-er new-plugin NAME``: write a working parser plugin to start from.

The skeleton is a whole distribution: ``pyproject.toml`` declaring the ``sochi_er`` entry
point, a :class:`~sochi_er.pluginkit.DocumentParser` subclass for a made-up line format
(``.NAME`` files: ``#`` headings, ``*`` list items, other lines paragraphs), the module's
``register_parsers`` hook, a README, and tests written with the plugin kit
(:mod:`sochi_er.testing`) that pass as generated. ``pip install -e DIR`` makes the
parser available to every ``sochi-er`` command.
"""

from __future__ import annotations

import keyword
import re
from pathlib import Path

from sochi_er.errors import ConfigError
from sochi_er.outputs import atomic_text

__all__ = ["plugin_files", "write_plugin"]

_NAME = re.compile(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$")

_PYPROJECT = """\
[build-system]
requires = ["setuptools>=69", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "{dist}"
version = "0.1.0"
description = "sochi_er parser for {name} documents (parser name: {name})."
readme = "README.md"
requires-python = ">=3.11"
dependencies = ["sochi-er"]

[project.optional-dependencies]
test = ["pytest>=8"]

[project.entry-points.sochi_er]
{name} = "{module}"

[tool.setuptools.packages.find]
where = ["src"]
"""

_INIT = '''\
"""sochi_er plugin: the ``{name}`` parser."""

from __future__ import annotations

from collections.abc import Callable

from sochi_er import Parser, hookimpl
from {module}.parser import {cls}

__all__ = ["{cls}", "register_parsers"]


@hookimpl
def register_parsers(register: Callable[[Parser], None]) -> None:
    """Give sochi_er this plugin's parser."""
    register({cls}())
'''

_PARSER = '''\
"""The ``{name}`` parser: ``.{name}`` files, one block a line."""

from __future__ import annotations

from sochi_er import Source
from sochi_er.extraction import BlockKind, Document, DocumentWriter
from sochi_er.pluginkit import DocumentParser

__all__ = ["{cls}"]


class {cls}(DocumentParser):
    """``.{name}`` documents: ``#`` lines are headings, ``*`` lines list items, other
    lines paragraphs. The shared detector finds the signatories in these blocks.

    Replace :meth:`document` with the reading of your format; keep the rest.
    """

    name = "{name}"
    suffixes = (".{name}",)
    format_confidence = 0.9

    def document(self, source: Source) -> Document:
        writer = DocumentWriter()
        group = writer.new_group()
        for line in self.require_text(source).splitlines():
            if line.startswith("#"):
                writer.add(BlockKind.HEADING, line.lstrip("# "), level=1)
            elif line.startswith("*"):
                writer.add(BlockKind.LIST_ITEM, line[1:], marker="*", group=group)
            elif line.strip():
                writer.add(BlockKind.PARAGRAPH, line)
        return writer.document()
'''

_TESTS = '''\
"""The ``{name}`` parser, checked with the sochi_er plugin kit."""

from __future__ import annotations

from sochi_er.testing import check_parser, check_robust, fuzz_parser, make_source, registry_with

import {module}
from {module} import {cls}

LETTER = (
    "# Open letter on clean water\\n"
    "We, the undersigned, ask the council to publish its water tests.\\n"
    "# Signatories\\n"
    "* Example Coalition for Clean Water, Colombia\\n"
    "* Jane Roe, Director, Example River Trust\\n"
    "* John Doe, hydrologist\\n"
)


def test_reads_the_signatories() -> None:
    (statement,) = check_parser(
        {cls}(use_env=False), make_source(LETTER, "letter.{name}"), min_confidence=0.5
    )
    assert [m.name for m in statement.signatories] == [
        "Example Coalition for Clean Water",
        "Example River Trust",
    ]
    assert [p.name for p in statement.persons] == ["John Doe"]


def test_other_files_are_not_claimed() -> None:
    assert {cls}(use_env=False).confidence(make_source(LETTER, "letter.txt")) == 0.0


def test_the_module_registers_the_parser() -> None:
    registry = registry_with({cls}())
    assert "{name}" in registry.parsers
    assert callable({module}.register_parsers)


def test_bad_input_gives_typed_errors_only() -> None:
    parser = {cls}(use_env=False)
    check_robust(parser, make_source("", "empty.{name}"))
    assert fuzz_parser(parser, [LETTER], rounds=200, location="letter.{name}") == 200
'''

_README = """\
# {dist}

A [sochi_er](https://pypi.org/project/sochi-er/) parser plugin: parser name `{name}`,
for `.{name}` files.

```sh
pip install -e .            # every sochi-er command now knows the parser
sochi-er plugins            # lists "{name}"
python -m pytest tests      # the plugin kit's checks
```

Start in `src/{module}/parser.py`: `document()` turns a file into blocks (headings,
paragraphs, list items, table rows); sochi_er's shared detector finds the signatories.
"""


def _identifiers(name: str) -> tuple[str, str, str]:
    """``(distribution, module, class)`` for the plugin *name* ("my-format")."""
    if not _NAME.match(name):
        raise ConfigError("plugin name", f"{name!r}: use lower-case letters, digits, '-' or '_'")
    words = re.split(r"[-_]", name)
    module = "sochi_er_" + "_".join(words)
    cls = "".join(w.capitalize() for w in words) + "Parser"
    if keyword.iskeyword(module) or not module.isidentifier():
        raise ConfigError("plugin name", f"{name!r} does not make a module name")
    return f"sochi-er-{name}", module, cls


def plugin_files(name: str) -> dict[str, str]:
    """The skeleton's files for the plugin *name*: relative path -> content."""
    dist, module, cls = _identifiers(name)
    values = {"name": name, "dist": dist, "module": module, "cls": cls}
    return {
        "pyproject.toml": _PYPROJECT.format(**values),
        "README.md": _README.format(**values),
        f"src/{module}/__init__.py": _INIT.format(**values),
        f"src/{module}/parser.py": _PARSER.format(**values),
        f"src/{module}/py.typed": "",
        "tests/test_parser.py": _TESTS.format(**values),
    }


def write_plugin(name: str, directory: Path) -> list[Path]:
    """Write the skeleton of plugin *name* into *directory* (which must not exist or be
    empty); returns the files written. :class:`ConfigError` for a bad name or a folder
    that already holds files."""
    files = plugin_files(name)
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise ConfigError(str(directory), "exists and is not an empty folder")
    written = []
    for relative, content in files.items():
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_text(path) as handle:
            handle.write(content)
        written.append(path)
    return written
