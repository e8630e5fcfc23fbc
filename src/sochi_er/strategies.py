"""Hypothesis strategies for parser property tests (part of the plugin author's kit;
needs ``hypothesis``, which the ``test`` extra installs).

    from hypothesis import given
    from sochi_er.strategies import mutated_text
    from sochi_er.testing import check_robust, make_source

    @given(mutated_text([SEED_DOCUMENT]))
    def test_any_input(text):
        check_robust(MyParser(), make_source(text))
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

__all__ = ["mutated_text"]

_OPS = ("delete", "insert", "duplicate", "swap_lines", "drop_line")


@st.composite
def _mutated(draw: st.DrawFn, seeds: Sequence[str], max_ops: int, max_slice: int) -> str:
    text = draw(st.sampled_from(list(seeds)))
    for _ in range(draw(st.integers(1, max_ops))):
        op = draw(st.sampled_from(_OPS))
        if op in ("swap_lines", "drop_line"):
            lines = text.split("\n")
            i = draw(st.integers(0, len(lines) - 1))
            if op == "drop_line":
                del lines[i]
            else:
                j = draw(st.integers(0, len(lines) - 1))
                lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
            continue
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + max_slice)))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        else:
            text = text[:i] + draw(st.text(max_size=20)) + text[i:]
    return text


def mutated_text(
    seeds: Sequence[str], *, max_ops: int = 4, max_slice: int = 400
) -> st.SearchStrategy[str]:
    """Texts made from one of *seeds* by up to *max_ops* random edits: delete, insert
    random Unicode, or duplicate a slice (at most *max_slice* characters), swap or drop
    a line. Shrinks towards few edits."""
    if not seeds:
        raise ValueError("mutated_text needs at least one seed")
    return _mutated(seeds, max_ops, max_slice)
