"""The co-signature network: organisations that sign statements together, laid out in
Python and drawn as inline SVG.

Contract: :func:`cosignatures` counts, per pair of organisations, the statement groups
both signed; :func:`layout` is deterministic (seeded, no randomness across runs) and
keeps every node inside the unit square; :func:`svg` escapes every text it writes and
links each node to ``#org-<id>``.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import combinations

import numpy as np
import numpy.typing as npt
from attrs import frozen

__all__ = ["Network", "cosignatures", "layout", "svg"]

FloatArray = npt.NDArray[np.float64]
#: At most this many organisations are drawn (those that signed the most).
MAX_NODES = 80
#: At most this many lines per node: weaker ties are left out beyond it.
MAX_EDGES_PER_NODE = 6
_SIZE = 900
_ITERATIONS = 200


@frozen
class Network:
    """``nodes``: organisation ids drawn; ``signed[id]``: statement groups signed;
    ``edges``: (a, b) -> groups both signed, at least ``min_weight``; ``total``:
    organisations that signed any."""

    nodes: tuple[str, ...]
    signed: Mapping[str, int]
    edges: Mapping[tuple[str, str], int]
    total: int
    min_weight: int


def cosignatures(signatories: Sequence[frozenset[str]], limit: int = MAX_NODES) -> Network:
    """The network of *signatories* (one set of organisation ids per statement group),
    keeping the *limit* organisations that signed the most (ties by id) and the
    strongest ties: the smallest ``min_weight`` that leaves at most
    :data:`MAX_EDGES_PER_NODE` lines per node."""
    signed: Counter[str] = Counter(org for group in signatories for org in group)
    nodes = tuple(sorted(signed, key=lambda o: (-signed[o], o))[:limit])
    shown = frozenset(nodes)
    edges: Counter[tuple[str, str]] = Counter()
    for group in signatories:
        edges.update(combinations(sorted(group & shown), 2))
    weights = sorted(edges.values(), reverse=True)
    cap = MAX_EDGES_PER_NODE * len(nodes)
    min_weight = weights[cap] + 1 if len(weights) > cap else 1
    kept = {pair: w for pair, w in edges.items() if w >= min_weight}
    return Network(nodes, dict(signed), kept, len(signed), min_weight)


def layout(network: Network) -> FloatArray:
    """Fruchterman-Reingold positions in ``[0, 1]^2``, one row per node, starting from a
    circle in node order (so the same network always gets the same picture)."""
    n = len(network.nodes)
    if n == 0:
        return np.zeros((0, 2))
    angle = np.linspace(0.0, 2 * np.pi, n, endpoint=False)
    pos: FloatArray = 0.5 + 0.4 * np.c_[np.cos(angle), np.sin(angle)]
    if n == 1:
        return pos
    index = {org: i for i, org in enumerate(network.nodes)}
    weight = np.zeros((n, n))
    for (a, b), w in network.edges.items():
        weight[index[a], index[b]] = weight[index[b], index[a]] = w
    k = 1.0 / np.sqrt(n)
    temperature = 0.1
    for _ in range(_ITERATIONS):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-4)
        force = (k * k / dist**2 - weight * dist / k)[:, :, None] * delta
        move = force.sum(axis=1)
        length = np.maximum(np.linalg.norm(move, axis=1), 1e-9)[:, None]
        pos += move / length * np.minimum(length, temperature)
        temperature *= 0.98
    low, high = pos.min(axis=0), pos.max(axis=0)
    scaled: FloatArray = 0.05 + 0.9 * (pos - low) / np.maximum(high - low, 1e-9)
    return scaled


def svg(network: Network, names: Mapping[str, str], labels: int = 15) -> str:
    """The network as an ``<svg>`` element: edge width by groups signed together, node
    size by groups signed, a tooltip with each name, names written for the *labels*
    organisations that signed the most."""
    pos = layout(network) * _SIZE
    index = {org: i for i, org in enumerate(network.nodes)}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_SIZE} {_SIZE}" '
        f'width="100%" role="img" aria-label="co-signature network">'
    ]
    for (a, b), w in sorted(network.edges.items()):
        (x1, y1), (x2, y2) = pos[index[a]], pos[index[b]]
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="#8aa" stroke-opacity="0.5" stroke-width="{min(0.5 + w, 6):.1f}"/>'
        )
    for rank, org in enumerate(network.nodes):
        x, y = pos[index[org]]
        name = html.escape(names.get(org, org))
        radius = 3 + 2 * np.sqrt(network.signed[org])
        parts.append(
            f'<a href="#org-{html.escape(org)}"><circle cx="{x:.1f}" cy="{y:.1f}" '
            f'r="{radius:.1f}" fill="#357"><title>{name} ({network.signed[org]})</title>'
            "</circle></a>"
        )
        if rank < labels:
            parts.append(
                f'<text x="{x + radius + 2:.1f}" y="{y + 4:.1f}" font-size="12">{name}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
