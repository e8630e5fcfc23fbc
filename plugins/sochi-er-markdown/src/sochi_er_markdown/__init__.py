"""sochi_er plugin: the ``markdown`` statement parser."""

from __future__ import annotations

from collections.abc import Callable

import sochi_er
from sochi_er import Parser
from sochi_er_markdown.parser import MarkdownParser

__all__ = ["MarkdownParser", "register_parsers"]


@sochi_er.hookimpl
def register_parsers(register: Callable[[Parser], None]) -> None:
    """Register the ``markdown`` parser."""
    register(MarkdownParser())
