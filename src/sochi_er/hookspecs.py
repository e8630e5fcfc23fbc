"""The whole hook surface of sochi_er: one hook, collect-all."""

from __future__ import annotations

from collections.abc import Callable

import pluggy

from sochi_er.parser import Parser

__all__ = ["PROJECT_NAME", "hookimpl", "hookspec", "register_parsers"]

PROJECT_NAME = "sochi_er"
hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def register_parsers(register: Callable[[Parser], None]) -> None:
    """Call ``register(parser)`` once for each parser the plugin provides."""
