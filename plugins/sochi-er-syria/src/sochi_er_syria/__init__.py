"""sochi-er-syria: a data pack of gazetteer entries for statements about the Syrian
conflict (opposition bodies, Syrian NGOs, the peace-talk events and people that are never
organisations).

It registers no parser: :func:`register_gazetteer` hands every line of the bundled
``sochi_er_syria/gazetteer.txt`` to sochi_er, which adds them to the gazetteer every
parser loads (:func:`sochi_er.extraction.prose.parser_gazetteer`).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from sochi_er import hookimpl

__all__ = ["gazetteer_lines", "register_gazetteer"]


def gazetteer_lines() -> list[str]:
    """The lines of the bundled ``gazetteer.txt``, comments and blank lines included."""
    text = (resources.files(__name__) / "gazetteer.txt").read_text("utf-8")
    return text.splitlines()


@hookimpl
def register_gazetteer(register: Callable[[str], None]) -> None:
    """Register each line of the bundled ``gazetteer.txt``."""
    for line in gazetteer_lines():
        register(line)
