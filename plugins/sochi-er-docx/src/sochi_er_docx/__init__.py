"""sochi_er plugin: the ``docx`` (Word) statement parser."""

from __future__ import annotations

from collections.abc import Callable

import sochi_er
from sochi_er import Parser
from sochi_er_docx.parser import DocxParser

__all__ = ["DocxParser", "register_parsers"]


@sochi_er.hookimpl
def register_parsers(register: Callable[[Parser], None]) -> None:
    """Register the ``docx`` parser."""
    register(DocxParser())
