"""Sort-based integer array helpers for the engine's hot paths.

Contract: same results as the matching ``numpy.unique`` call (sorted unique values, first
positions, inverse), computed with one stable sort. ``numpy.unique`` on large int64 arrays
takes a hash-based path in numpy 2.x that is tens of times slower than sorting here.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["pack_pairs", "unique_first", "unique_ints", "unique_inverse"]

IntArray = npt.NDArray[np.int64]


def unique_ints(values: IntArray) -> IntArray:
    """Sorted distinct values of an integer array."""
    out = np.sort(np.asarray(values, np.int64), kind="stable")
    if len(out) == 0:
        return out
    return out[np.r_[True, out[1:] != out[:-1]]]


def unique_first(values: IntArray) -> tuple[IntArray, IntArray]:
    """Sorted distinct values and, for each, the first position where it occurs."""
    values = np.asarray(values, np.int64)
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    if len(ordered) == 0:
        return ordered, order.astype(np.int64)
    start = np.r_[True, ordered[1:] != ordered[:-1]]
    return ordered[start], order[start].astype(np.int64)


def unique_inverse(values: IntArray) -> tuple[IntArray, IntArray]:
    """Sorted distinct values and the index of each input value among them."""
    values = np.asarray(values, np.int64)
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    inverse = np.empty(len(values), np.int64)
    if len(ordered) == 0:
        return ordered, inverse
    start = np.r_[True, ordered[1:] != ordered[:-1]]
    inverse[order] = np.cumsum(start) - 1
    return ordered[start], inverse


def pack_pairs(left: IntArray, right: IntArray) -> IntArray:
    """One int64 per (left, right) pair of non-negative ints, ordered like the pairs
    (lexicographically); ``right`` must be below ``2**31``."""
    return (np.asarray(left, np.int64) << 31) | np.asarray(right, np.int64)
