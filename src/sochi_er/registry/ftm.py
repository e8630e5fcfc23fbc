"""FollowTheMoney entities of the registry (optional: ``pip install 'sochi-er[ftm]'``).

Contract: :func:`write_ftm` writes ``entities.ftm.json`` (one entity a line, the
FollowTheMoney convention) atomically: an ``Organization`` per live organisation (id
the registry's, ``name`` the preferred name, ``alias`` the other written names,
``abbreviation`` acronyms, ``country`` where the mentions say one), a ``Document`` per
statement (renditions merged; id the statement group's; title, date, source URLs) and
a ``Documentation`` per organisation that signed one (role ``signatory``). Every entity
is built through the ``followthemoney`` model, so invalid values are cleaned or dropped
by it. Without the package, :class:`RegistryError` says how to install it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sochi_er.ids import content_id
from sochi_er.outputs import atomic_text
from sochi_er.records import AliasKind, Role
from sochi_er.registry.errors import RegistryError
from sochi_er.registry.snapshot import Snapshot

__all__ = ["FTM_FILE", "ftm_entities", "write_ftm"]

FTM_FILE = "entities.ftm.json"


def _model() -> Any:
    try:
        from followthemoney import model
    except ImportError:
        raise RegistryError(
            "FollowTheMoney output needs the optional dependency followthemoney: "
            "pip install 'sochi-er[ftm]'"
        ) from None
    return model


def ftm_entities(snap: Snapshot) -> Iterator[dict[str, Any]]:
    """The entities as FollowTheMoney dicts (see the module contract)."""
    model = _model()
    for org in snap.organisations:
        entity = model.make_entity("Organization")
        entity.id = org.id
        entity.add("name", org.name)
        for alias in org.aliases:
            prop = "abbreviation" if alias.kind is AliasKind.ACRONYM else "alias"
            entity.add(prop, alias.name)
        for m in org.mentions:
            if m.country:
                entity.add("country", m.country, quiet=True)
        yield entity.to_dict()
    by_id = {s.id: s for s in snap.statements}
    for group in snap.statement_groups:
        doc = model.make_entity("Document")
        doc.id = group.id
        doc.add("title", group.title or group.id)
        if group.date:
            doc.add("date", group.date.isoformat())
        signers: list[str] = []
        for sid in group.statement_ids:
            st = by_id[sid]
            if st.url:
                doc.add("sourceUrl", st.url, quiet=True)
            for m in st.with_role(Role.SIGNATORY):
                org_id = snap.mention_organisation[m.id]
                if org_id not in signers:
                    signers.append(org_id)
        yield doc.to_dict()
        for org_id in signers:
            link = model.make_entity("Documentation")
            link.id = content_id("ftm", group.id, org_id)
            link.add("document", group.id)
            link.add("entity", org_id)
            link.add("role", "signatory")
            yield link.to_dict()


def write_ftm(snap: Snapshot, out_dir: Path) -> Path:
    """Write :data:`FTM_FILE` into *out_dir*; returns its path."""
    entities = list(ftm_entities(snap))  # fails before any file is touched
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / FTM_FILE
    with atomic_text(path) as handle:
        for entity in entities:
            handle.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
    return path
