"""``review``: the most uncertain pairs first, in the terminal; each answer is stored as
a judgement at once.

Contract: :func:`review` reads answers from *answers* and writes to *out* (any text
streams, so a script or a test can drive it); pairs come from the ``review_pairs`` table
(kept by ``add``), ordered by distance of their score from the threshold, then by ids;
a pair whose two mentions already carry a judgement is not asked again. ``s`` same,
``d`` different, ``u`` unsure (each stored with the author, through
:meth:`~sochi_er.registry.store.Registry.judge`), ``k`` skip, ``q`` or end of input
quit; anything else asks again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, TextIO

from attrs import frozen

from sochi_er.linkage import LinkageConfig
from sochi_er.registry.judgements import Verdict
from sochi_er.registry.linking import ReviewPair

if TYPE_CHECKING:
    from sochi_er.registry.store import Registry

__all__ = ["ReviewSummary", "pending_pairs", "review"]

_KEYS: Mapping[str, Verdict | str] = {
    "s": Verdict.SAME,
    "d": Verdict.DIFFERENT,
    "u": Verdict.UNSURE,
    "k": "skip",
    "q": "quit",
}
_PROMPT = "same / different / unsure / skip / quit? [s/d/u/k/q] "
#: Statement titles shown per side.
_TITLES = 3


@frozen
class ReviewSummary:
    """How a review went: ``asked`` pairs shown, ``answers`` per verdict, ``skipped``,
    ``left`` pairs not reached."""

    asked: int
    answers: Mapping[str, int]
    skipped: int
    left: int


def pending_pairs(registry: Registry, threshold: float) -> list[ReviewPair]:
    """Review pairs not judged yet, most uncertain first."""
    judged = {
        frozenset((r["left_ref"], r["right_ref"]))
        for r in registry.conn.execute("SELECT left_ref, right_ref FROM judgements")
    }
    rows = registry.conn.execute(
        "SELECT * FROM review_pairs ORDER BY ABS(score - ?), left_mention, right_mention",
        (threshold,),
    )
    return [
        ReviewPair(r["left_mention"], r["right_mention"], r["score"], r["explanation"])
        for r in rows
        if frozenset((r["left_mention"], r["right_mention"])) not in judged
    ]


def _side(registry: Registry, label: str, mention_id: str) -> list[str]:
    row = registry.conn.execute(
        "SELECT m.name, m.organisation_id, o.name AS org_name FROM mentions m "
        "JOIN organisations o ON o.id = m.organisation_id WHERE m.id = ?",
        (mention_id,),
    ).fetchone()
    titles = [
        r["title"] or r["id"]
        for r in registry.conn.execute(
            "SELECT DISTINCT st.id, st.title, st.date FROM mentions m "
            "JOIN statements st ON st.id = m.statement_id WHERE m.organisation_id = ? "
            "ORDER BY st.date, st.id",
            (row["organisation_id"],),
        )
    ]
    more = f" and {len(titles) - _TITLES} more" if len(titles) > _TITLES else ""
    return [
        f"  {label}: {row['name']!r}  ({mention_id})",
        f"     organisation {row['organisation_id']} {row['org_name']!r}, "
        f"{len(titles)} statement(s): {'; '.join(titles[:_TITLES])}{more}",
    ]


def _ask(answers: TextIO, out: TextIO) -> Verdict | str:
    while True:
        out.write(_PROMPT)
        out.flush()
        line = answers.readline()
        if not line:
            return "quit"
        key = line.strip().lower()[:1]
        if key in _KEYS:
            return _KEYS[key]
        out.write("answer s, d, u, k or q\n")


def review(
    registry: Registry,
    answers: TextIO,
    out: TextIO,
    *,
    author: str = "",
    config: LinkageConfig | None = None,
) -> ReviewSummary:
    """Walk the pending pairs (see the module contract)."""
    config = config or LinkageConfig()
    pairs = pending_pairs(registry, config.threshold)
    counts: Counter[str] = Counter()
    skipped = asked = 0
    for k, pair in enumerate(pairs, start=1):
        asked += 1
        out.write(
            f"\n[{k}/{len(pairs)}] score {pair.score:.3f} (threshold {config.threshold:.2f})\n"
        )
        out.write("\n".join(_side(registry, "A", pair.left) + _side(registry, "B", pair.right)))
        out.write(
            "\n  why:\n" + "\n".join("    " + line for line in pair.explanation.splitlines()) + "\n"
        )
        answer = _ask(answers, out)
        if answer == "quit":
            return ReviewSummary(asked, dict(counts), skipped, len(pairs) - k + 1)
        if answer == "skip":
            skipped += 1
            continue
        result = registry.judge(
            pair.left, pair.right, answer, note="review", author=author, config=config
        )
        counts[result.verdict.value] += 1
        out.write(f"  stored judgement #{result.id}: {result.action}\n")
    return ReviewSummary(asked, dict(counts), skipped, 0)
