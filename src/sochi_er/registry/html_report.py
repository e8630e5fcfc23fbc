"""``report``: the registry as one static HTML file, readable with no server.

Contract: the page holds the statements by date with their signatories, one section per
live organisation (``id="org-<id>"``: names with where each was seen, statements,
merges, splits and judgements with their reasons) and the co-signature network as
inline SVG; every text from the registry is escaped; the file is written atomically.
"""

from __future__ import annotations

import html
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from sochi_er.linkage import LinkageConfig, StatementGroup
from sochi_er.outputs import atomic_text
from sochi_er.records import Organisation, Role, Statement
from sochi_er.registry.judgements import judgement_line, judgements_by_organisation
from sochi_er.registry.network import cosignatures, svg
from sochi_er.registry.snapshot import Snapshot, load_snapshot

__all__ = ["render_report", "write_report"]

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:70em;margin:auto;padding:1em;color:#222}
h2{border-bottom:1px solid #ccc}section.organisation{border-top:1px solid #eee}
.id{color:#777;font-family:monospace;font-size:.9em}ol,ul{margin-top:.2em}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _org_link(org_id: str, names: dict[str, str]) -> str:
    return f'<a href="#org-{_e(org_id)}">{_e(names.get(org_id, org_id))}</a>'


def _signatories(group: StatementGroup, by_id: dict[str, Statement], snap: Snapshot) -> list[str]:
    out: list[str] = []
    for sid in group.statement_ids:
        for m in by_id[sid].signatories:
            org = snap.mention_organisation[m.id]
            if org not in out:
                out.append(org)
    return out


def _heading(group: StatementGroup) -> str:
    return f"{group.date.isoformat() if group.date else 'undated'}: {group.title or group.id}"


def _statements(
    groups: list[StatementGroup],
    signers: dict[str, list[str]],
    by_id: dict[str, Statement],
    names: dict[str, str],
) -> Iterable[str]:
    yield '<section id="statements"><h2>Statements by date</h2>'
    for g in groups:
        yield f'<article id="statement-{_e(g.id)}"><h3>{_e(_heading(g))}</h3>'
        sources = ", ".join(_e(Path(by_id[s].source).name) for s in g.statement_ids)
        yield f"<p>{_e(g.kind.value)}; from {sources}</p>"
        yield f"<p>{len(signers[g.id])} signatory organisations:</p><ol>"
        yield from (f"<li>{_org_link(o, names)}</li>" for o in signers[g.id])
        yield "</ol>"
        persons = [p for s in g.statement_ids for p in by_id[s].persons]
        if persons:
            yield "<p>Signed in their own name:</p><ul>"
            yield from (f"<li>{_e(p.name)}</li>" for p in persons)
            yield "</ul>"
        yield "</article>"
    yield "</section>"


def _items(heading: str, items: list[str]) -> Iterable[str]:
    if items:
        yield f"<h4>{_e(heading)}</h4><ul>"
        yield from (f"<li>{_e(item)}</li>" for item in items)
        yield "</ul>"


def _organisation(
    org: Organisation,
    titles: dict[str, str],
    events: list[sqlite3.Row],
    judgements: list[sqlite3.Row],
    redirects: list[str],
) -> Iterable[str]:
    yield f'<section class="organisation" id="org-{_e(org.id)}"><h3>{_e(org.name)}</h3>'
    yield f'<p class="id">{_e(org.id)}'
    if redirects:
        yield "; also known by the merged ids " + ", ".join(_e(r) for r in redirects)
    yield "</p><h4>Names</h4><ul>"
    seen: dict[str, set[str]] = defaultdict(set)
    for m in org.mentions:
        seen[m.name].add(Path(m.document).name)
    kind = {a.name: a.kind.value for a in org.aliases}
    for name, documents in sorted(seen.items()):
        label = "preferred" if name == org.name else kind.get(name, "variant")
        yield f"<li>{_e(name)} ({_e(label)}): seen in {_e(', '.join(sorted(documents)))}</li>"
    yield "</ul><h4>Statements</h4><ul>"
    roles: dict[str, set[str]] = defaultdict(set)
    for m in org.mentions:
        roles[m.statement_id].add(m.role.value)
    for sid, rs in sorted(roles.items()):
        yield f"<li>{_e(titles.get(sid, sid))} ({_e(', '.join(sorted(rs)))})</li>"
    yield "</ul>"
    history = [
        f"{ev['at']} {ev['kind']}{' ' + ev['other_id'] if ev['other_id'] else ''}: {ev['detail']}"
        for ev in events
    ]
    yield from _items("History", history)
    yield from _items("Judgements", [f"{j['at']} {judgement_line(j)}" for j in judgements])
    yield "</section>"


def render_report(conn: sqlite3.Connection, config: LinkageConfig | None = None) -> str:
    """The whole page as a string (see the module contract)."""
    snap = load_snapshot(conn, config)
    names = {o.id: o.name for o in snap.organisations}
    by_id = {s.id: s for s in snap.statements}
    titles = {s.id: s.title or s.id for s in snap.statements}
    dated = sorted(
        snap.statement_groups, key=lambda g: (g.date is None, g.date, g.title or "", g.id)
    )
    signers = {g.id: _signatories(g, by_id, snap) for g in dated}
    network = cosignatures([(g.id, frozenset(signers[g.id])) for g in dated])
    events: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for row in conn.execute("SELECT * FROM events ORDER BY id"):
        events[row["organisation_id"]].append(row)
    redirects: dict[str, list[str]] = defaultdict(list)
    for row in conn.execute(
        "SELECT id, redirect_to FROM organisations WHERE redirect_to IS NOT NULL ORDER BY id"
    ):
        redirects[row["redirect_to"]].append(row["id"])
    judged = judgements_by_organisation(conn)
    n_signed = sum(
        1 for o in snap.organisations if any(m.role is Role.SIGNATORY for m in o.mentions)
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>Registry of organisations</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>Registry of organisations</h1>",
        f"<p>{len(snap.statement_groups)} statements ({len(snap.statements)} renditions), "
        f"{len(snap.organisations)} organisations ({n_signed} signed a statement), "
        f"{len(snap.mention_organisation)} mentions.</p>",
        '<nav><a href="#network">Network</a> · <a href="#statements">Statements</a> · '
        '<a href="#organisations">Organisations</a></nav>',
        '<section id="network"><h2>Who signs with whom</h2>',
        f"<p>Organisations (dots, larger for more statements) and the statements they "
        f"signed (squares): organisations that sign together sit together. Shown: the "
        f"{len(network.statements)} latest of {network.total_statements} statements and the "
        f"{len(network.organisations)} of {network.total_organisations} organisations that "
        "signed the most of them. Select a dot or a square for its section.</p>",
        svg(network, names, {g.id: _heading(g) for g in dated}),
        "</section>",
        *_statements(dated, signers, by_id, names),
        '<section id="organisations"><h2>Organisations</h2>',
    ]
    for org in sorted(snap.organisations, key=lambda o: (o.name.casefold(), o.id)):
        parts.extend(
            _organisation(org, titles, events[org.id], judged.get(org.id, []), redirects[org.id])
        )
    parts += ["</section>", "</body></html>"]
    return "\n".join(parts) + "\n"


def write_report(conn: sqlite3.Connection, out: Path, config: LinkageConfig | None = None) -> None:
    """Render the page and write it to *out* atomically (folders created)."""
    page = render_report(conn, config)
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_text(out) as handle:
        handle.write(page)
