"""Constrained clustering: union-find over nodes with cluster-level cannot-link groups.

Contract: forced links (user judgements) are joined first, unconditionally; must-links
next, unless that would break a cannot-link group.
Scored edges are then taken in the given order (descending score); an edge joins two
clusters only if no *group* (a signatory list, or a user's not-same judgement) has members
in both, so no transitive chain can join two cannot-linked nodes, and only if the two
clusters do not carry different known values of an *exclusive* attribute (a country given
beside the names). Labels are the smallest node index of each cluster.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from attrs import frozen

__all__ = ["EXCLUSIVE_CONFLICT", "ClusterResult", "cluster"]

#: ``conflict_group`` of an edge refused because the clusters' values of exclusive
#: attribute *k* differ: ``EXCLUSIVE_CONFLICT - k``.
EXCLUSIVE_CONFLICT = -2

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


@frozen
class ClusterResult:
    """``labels[node]``; per edge: ``merged`` (joined two clusters), ``blocked`` (refused by
    a cannot-link group or the exclusive attribute), ``conflict_group`` (a group id that
    refused it, :data:`EXCLUSIVE_CONFLICT` for the exclusive attribute, else -1)."""

    labels: IntArray
    merged: BoolArray
    blocked: BoolArray
    conflict_group: IntArray


def cluster(
    n_nodes: int,
    group_indptr: IntArray,
    group_ids: IntArray,
    must_links: Sequence[tuple[int, int]],
    edge_a: IntArray,
    edge_b: IntArray,
    forced_links: Sequence[tuple[int, int]] = (),
    exclusive: IntArray | None = None,
) -> ClusterResult:
    """Cluster *n_nodes*; node ``i`` belongs to groups
    ``group_ids[group_indptr[i]:group_indptr[i+1]]``; edges are tried in array order.
    *forced_links* (user "same" judgements) join first, whatever the groups. *exclusive*:
    per node and attribute a value, shape ``(n_nodes, k)`` (-1 unknown); a must-link or
    edge never joins two clusters holding different known values of one attribute."""
    parent = list(range(n_nodes))
    if exclusive is None:
        exclusive = np.full((n_nodes, 0), -1, np.int64)
    width = exclusive.size // n_nodes if n_nodes else 0  # no nodes: -1 cannot be inferred
    value: list[list[int]] = exclusive.reshape(n_nodes, width).tolist()
    groups: dict[int, set[int]] = {}
    indptr = group_indptr.tolist()
    gids = group_ids.tolist()

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def groups_of(root: int) -> set[int]:
        got = groups.get(root)
        if got is None:
            got = groups[root] = set(gids[indptr[root] : indptr[root + 1]])
        return got

    def join(ra: int, rb: int) -> None:
        ga, gb = groups_of(ra), groups_of(rb)
        if len(ga) < len(gb):
            ra, rb, ga, gb = rb, ra, gb, ga
        parent[rb] = ra
        ga |= gb
        groups.pop(rb, None)
        va, vb = value[ra], value[rb]
        for k, v in enumerate(vb):
            if va[k] < 0:
                va[k] = v

    def clash(ra: int, rb: int) -> int | None:
        for k, (x, y) in enumerate(zip(value[ra], value[rb], strict=True)):
            if x >= 0 and y >= 0 and x != y:
                return EXCLUSIVE_CONFLICT - k
        ga, gb = groups_of(ra), groups_of(rb)
        small, large = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
        return next((g for g in small if g in large), None)

    # Must-links (publisher forms, "same" judgements) go first but never join two
    # members of one cannot-link group: a letterhead naming two organisations that
    # both sign the list must not fuse them.
    for a, b in forced_links:
        ra, rb = find(a), find(b)
        if ra != rb:
            join(ra, rb)
    for a, b in must_links:
        ra, rb = find(a), find(b)
        if ra != rb and clash(ra, rb) is None:
            join(ra, rb)

    m = len(edge_a)
    merged = np.zeros(m, np.bool_)
    blocked = np.zeros(m, np.bool_)
    conflict = np.full(m, -1, np.int64)
    ea, eb = edge_a.tolist(), edge_b.tolist()
    for k in range(m):
        ra, rb = find(ea[k]), find(eb[k])
        if ra == rb:
            continue
        group = clash(ra, rb)
        if group is not None:
            blocked[k] = True
            conflict[k] = group
            continue
        join(ra, rb)
        merged[k] = True

    roots = np.fromiter((find(i) for i in range(n_nodes)), np.int64, n_nodes)
    smallest = np.full(n_nodes, n_nodes, np.int64)
    np.minimum.at(smallest, roots, np.arange(n_nodes, dtype=np.int64))
    return ClusterResult(
        labels=smallest[roots], merged=merged, blocked=blocked, conflict_group=conflict
    )
