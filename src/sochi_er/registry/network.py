"""The co-signature network, laid out in Python and drawn as inline SVG: organisations
(dots) joined to the statements they signed (squares), so organisations that sign
together sit together.

A picture of organisation-to-organisation ties alone is a solid block for joint
statements (every pair of one list's signatories is a tie); the two-mode picture shows
the same ties and which statements make them.

Contract: :func:`cosignatures` keeps the latest :data:`MAX_STATEMENTS` statements and the
:data:`MAX_ORGANISATIONS` organisations that signed the most of them (ties by id);
:func:`layout` is deterministic (no randomness) and keeps every node inside the unit
square, statements on a circle in date order; :func:`svg` escapes every text it writes
and links each organisation to ``#org-<id>`` and each statement to ``#statement-<id>``.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt
from attrs import frozen

__all__ = ["MAX_ORGANISATIONS", "MAX_STATEMENTS", "Network", "cosignatures", "layout", "svg"]

FloatArray = npt.NDArray[np.float64]
MAX_STATEMENTS = 40
MAX_ORGANISATIONS = 120
_SIZE = 900
_ITERATIONS = 200


@frozen
class Network:
    """``statements`` and ``organisations`` drawn; ``signatures``: (organisation,
    statement) pairs drawn; ``signed[org]``: statements drawn it signed; totals before
    the limits."""

    statements: tuple[str, ...]
    organisations: tuple[str, ...]
    signatures: tuple[tuple[str, str], ...]
    signed: Mapping[str, int]
    total_statements: int
    total_organisations: int


def cosignatures(
    groups: Sequence[tuple[str, frozenset[str]]],
    max_statements: int = MAX_STATEMENTS,
    max_organisations: int = MAX_ORGANISATIONS,
) -> Network:
    """The network of *groups*: (statement id, its signatory organisation ids), oldest
    first (see the module contract); statements without a drawn signatory are left
    out."""
    signed_any = [(sid, orgs) for sid, orgs in groups if orgs]
    kept = signed_any[-max_statements:] if max_statements else []
    signed: Counter[str] = Counter(org for _, orgs in kept for org in orgs)
    organisations = tuple(sorted(signed, key=lambda o: (-signed[o], o))[:max_organisations])
    shown = frozenset(organisations)
    signatures = tuple((org, sid) for sid, orgs in kept for org in sorted(orgs) if org in shown)
    drawn = {sid for _, sid in signatures}
    everyone = {org for _, orgs in groups for org in orgs}
    return Network(
        tuple(sid for sid, _ in kept if sid in drawn),
        organisations,
        signatures,
        {o: signed[o] for o in organisations},
        len(groups),
        len(everyone),
    )


def layout(network: Network) -> FloatArray:
    """Positions in ``[0, 1]^2``, statements first, then organisations, one row each.

    Statements are pinned on a circle in date order (statements signed by the same
    organisations would otherwise fall on one point); each organisation starts at the
    middle of the statements it signed, spread on a small spiral, and moves by
    Fruchterman-Reingold forces (pulled by its statements, pushed by every node)."""
    s, o = len(network.statements), len(network.organisations)
    angle = np.linspace(0.0, 2 * np.pi, s, endpoint=False) - np.pi / 2
    ring: FloatArray = 0.5 + 0.45 * np.c_[np.cos(angle), np.sin(angle)]
    if o == 0:
        return ring
    row = {sid: i for i, sid in enumerate(network.statements)}
    col = {org: i for i, org in enumerate(network.organisations)}
    links = np.zeros((o, max(s, 1)))
    for org, sid in network.signatures:
        links[col[org], row[sid]] = 1.0
    signed = np.maximum(links.sum(axis=1, keepdims=True), 1.0)
    turn = np.arange(o) * 2.399963  # the golden angle: a spiral with no two points close
    spiral = 0.02 * np.sqrt(np.arange(o) + 1)[:, None] * np.c_[np.cos(turn), np.sin(turn)]
    orgs: FloatArray = (links[:, :s] @ ring) / signed + spiral if s else 0.5 + spiral
    k = 0.6 / np.sqrt(s + o)
    temperature = 0.05
    for _ in range(_ITERATIONS):
        every = np.r_[ring, orgs]
        delta = orgs[:, None, :] - every[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-4)
        pull = np.c_[links[:, :s], np.zeros((o, o))]
        force = (k * k / dist**2 - pull * dist / k)[:, :, None] * delta
        move = force.sum(axis=1)
        length = np.maximum(np.linalg.norm(move, axis=1), 1e-9)[:, None]
        orgs = orgs + move / length * np.minimum(length, temperature)
        temperature *= 0.98
    pos = np.r_[ring, orgs]
    low, high = pos.min(axis=0), pos.max(axis=0)
    span = max(float((high - low).max()), 1e-9)  # one scale for both axes: no stretching
    scaled: FloatArray = 0.5 + 0.9 * (pos - (low + high) / 2) / span
    return scaled


def _label(x: float, y: float, offset: float, text: str, size: int) -> str:
    """A label beside a node, written towards the middle so it stays in the picture."""
    left = x > _SIZE / 2
    tx = x - offset if left else x + offset
    anchor = "end" if left else "start"
    return (
        f'<text x="{tx:.1f}" y="{y + 4:.1f}" font-size="{size}" '
        f'text-anchor="{anchor}">{text}</text>'
    )


def svg(
    network: Network, names: Mapping[str, str], titles: Mapping[str, str], labels: int = 5
) -> str:
    """The network as an ``<svg>`` element: a square per statement (labelled with
    *titles*), a dot per organisation sized by statements signed (a tooltip with its
    name; names written for the *labels* that signed the most), a line per signature."""
    pos = layout(network) * _SIZE
    nodes = [*network.statements, *network.organisations]
    at = {node: pos[i] for i, node in enumerate(nodes)}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_SIZE} {_SIZE}" '
        'width="100%" role="img" aria-label="co-signature network">'
    ]
    for org, sid in network.signatures:
        (x1, y1), (x2, y2) = at[org], at[sid]
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            'stroke="#8aa" stroke-opacity="0.6"/>'
        )
    for rank, org in enumerate(network.organisations):
        x, y = at[org]
        name = html.escape(names.get(org, org))
        radius = 2 + 1.5 * np.sqrt(network.signed[org])
        parts.append(
            f'<a href="#org-{html.escape(org)}"><circle cx="{x:.1f}" cy="{y:.1f}" '
            f'r="{radius:.1f}" fill="#357"><title>{name} ({network.signed[org]})</title>'
            "</circle></a>"
        )
        if rank < labels:
            parts.append(_label(x, y, radius + 2, name, 11))
    for sid in network.statements:
        x, y = at[sid]
        raw = titles.get(sid, sid)
        title = html.escape(raw)
        parts.append(
            f'<a href="#statement-{html.escape(sid)}"><rect x="{x - 7:.1f}" y="{y - 7:.1f}" '
            f'width="14" height="14" fill="#c63"><title>{title}</title></rect></a>'
        )
        parts.append(_label(x, y, 10, html.escape(raw[:60]), 12))  # cut, then escape
    parts.append("</svg>")
    return "".join(parts)
