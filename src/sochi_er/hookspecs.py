"""The whole hook surface of sochi_er: two hooks, both collect-all."""

from __future__ import annotations

from collections.abc import Callable

import pluggy

from sochi_er.parser import Parser

__all__ = ["PROJECT_NAME", "hookimpl", "hookspec", "register_gazetteer", "register_parsers"]

PROJECT_NAME = "sochi_er"
hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def register_parsers(register: Callable[[Parser], None]) -> None:
    """Call ``register(parser)`` once for each parser the plugin provides."""


@hookspec
def register_gazetteer(register: Callable[[str], None]) -> None:
    """Call ``register(line)`` for each gazetteer line the plugin provides, in the
    ``gazetteer.txt`` format: a name, ``-Excluded``, or ``@head Word`` (comments and blank
    lines are allowed and ignored). One line per call: a string holding a line break is
    reported as a plugin failure and left out."""
