"""The C allocator kept from handing freed memory back during a large run.

Contract: :func:`retained_heap` changes two glibc ``malloc`` settings for the duration of a
``with`` block and restores glibc's fixed defaults after, returning what was kept; off
glibc, or below *size*, it changes nothing. Results never depend on it.

Why: by default glibc serves each block above 32 MiB (the pair-sized arrays of a 1 M-name
run: 4 M int64 values) with a fresh ``mmap`` and unmaps it when freed, and trims the top of
the heap; every new array then touches new pages, one page fault per 4 KiB. On this
project's VM that was 5 of 14 s of scoring 4.4 M pairs (400 k faults). Kept, freed memory
is reused without faults.
"""

from __future__ import annotations

import ctypes
import platform
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["RETAIN_FROM", "retained_heap"]

#: From this many names, a run keeps its freed memory (smaller runs fault little).
RETAIN_FROM = 100_000
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
#: While retained: blocks up to 128 MiB come from the heap, which is never trimmed (a
#: larger threshold kept 90 MiB more at the peak of a 1 M run, the feature matrix and
#: row gathers of 200+ MiB fragmenting the heap).
_RETAIN_MMAP, _RETAIN_TRIM = 1 << 27, (1 << 31) - 1
#: glibc's defaults restored after (the mmap threshold at the top of its dynamic range).
_DEFAULT_MMAP, _DEFAULT_TRIM = 32 << 20, 128 << 10


def _glibc() -> ctypes.CDLL | None:
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return None
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None


@contextmanager
def retained_heap(size: int) -> Iterator[None]:
    """Keep freed C memory for reuse while the block runs, for a run over *size* names
    (:data:`RETAIN_FROM` or more; otherwise nothing changes)."""
    libc = _glibc() if size >= RETAIN_FROM else None
    if libc is None:
        yield
        return
    libc.mallopt(_M_MMAP_THRESHOLD, _RETAIN_MMAP)
    libc.mallopt(_M_TRIM_THRESHOLD, _RETAIN_TRIM)
    try:
        yield
    finally:
        libc.mallopt(_M_MMAP_THRESHOLD, _DEFAULT_MMAP)
        libc.mallopt(_M_TRIM_THRESHOLD, _DEFAULT_TRIM)
        libc.malloc_trim(0)
