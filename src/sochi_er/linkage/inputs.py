"""What the engine is given for a set of statements: mentions in order, the signatory
list each belongs to, and the publisher must-links (shared by ``resolve`` and the
registry's incremental linking)."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from sochi_er.linkage.config import LinkageConfig
from sochi_er.records import Mention, Role, Statement

__all__ = ["EngineInputs", "engine_inputs"]


@frozen
class EngineInputs:
    """``mentions`` in statement order; ``groups[i]``: the statement id when mention *i*
    is a signatory (cannot-link within a list), else ``None``; ``must``: index pairs of
    one statement's publishers (when ``config.publisher_forms_must_link``)."""

    mentions: list[Mention]
    groups: list[str | None]
    must: list[tuple[int, int]]


def engine_inputs(statements: Sequence[Statement], config: LinkageConfig) -> EngineInputs:
    """The mentions of *statements* with their list groups and publisher must-links."""
    mentions: list[Mention] = []
    groups: list[str | None] = []
    must: list[tuple[int, int]] = []
    for s in statements:
        publishers: list[int] = []
        for m in s.mentions:
            if m.role is Role.PUBLISHER:
                publishers.append(len(mentions))
            mentions.append(m)
            groups.append(s.id if m.role is Role.SIGNATORY else None)
        if config.publisher_forms_must_link:
            must.extend((publishers[0], p) for p in publishers[1:])
    return EngineInputs(mentions, groups, must)
