"""Plain-JSON views of the records (for JSON Lines output and tests)."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from sochi_er.records import Mention, Statement

__all__ = ["mention_to_dict", "statement_to_dict", "to_jsonable"]


#: Types returned as they are (exact types: an enum that is also a ``str`` is not one).
_PLAIN = frozenset({str, int, float, bool, type(None)})
_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(kind: type) -> tuple[str, ...] | None:
    """The attribute names of the attrs class *kind* (``None`` if it is not one),
    looked up once per class."""
    if kind not in _NAMES:
        _NAMES[kind] = tuple(a.name for a in attrs.fields(kind)) if attrs.has(kind) else None
    return _NAMES[kind]


def to_jsonable(value: Any) -> Any:
    """Turn records, enums, dates and tuples into JSON-ready values (recursively)."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    names = _field_names(kind)
    if names is not None:
        return {name: to_jsonable(getattr(value, name)) for name in names}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


def mention_to_dict(mention: Mention) -> dict[str, Any]:
    """A Mention as a flat JSON object with ``"type": "mention"``: its fields in order,
    the role as its value and the span as ``{"start", "end"}`` (what :func:`to_jsonable`
    gives, written out because a parse writes one per signatory)."""
    span = mention.span
    return {
        "type": "mention",
        "name": mention.name,
        "role": mention.role.value,
        "statement_id": mention.statement_id,
        "document": mention.document,
        "ordinal": mention.ordinal,
        "span": None if span is None else {"start": span.start, "end": span.end},
        "person": mention.person,
        "person_role": mention.person_role,
        "country": mention.country,
        "place": mention.place,
        "legal_form": mention.legal_form,
        "id": mention.id,
    }


def statement_to_dict(statement: Statement, *, with_text: bool = False) -> dict[str, Any]:
    """A Statement as a JSON object with ``"type": "statement"``, its mentions as ids and
    its skipped items and counts inline; ``text`` only when *with_text*."""
    return {
        "type": "statement",
        "id": statement.id,
        "source": statement.source,
        "kind": statement.kind.value,
        "title": statement.title,
        "date": statement.date.isoformat() if statement.date else None,
        "published": statement.published.isoformat() if statement.published else None,
        "url": statement.url,
        "author": statement.author,
        "language": statement.language,
        "reported_in": statement.reported_in,
        "claimed_signers": to_jsonable(statement.claimed_signers),
        "signatory_count": len(statement.signatories),
        "mention_ids": [m.id for m in statement.mentions],
        "persons": to_jsonable(statement.persons),
        "skipped": to_jsonable(statement.skipped),
        **({"text": statement.text} if with_text else {}),
    }
