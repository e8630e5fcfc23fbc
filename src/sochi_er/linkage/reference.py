"""``link_to_reference``: new names linked to a reference list of known organisations.

Each new name gets the id of a known organisation, or ``"new"``, with a score and an
explanation. The reference (id, name, aliases, acronyms) and the new names go through the
engine of :func:`~sochi_er.linkage.link_table` together: the forms of one known
organisation are forced into one cluster, two known organisations are never merged (one
cannot-link group holds every reference form), so a new name can join at most one of them,
directly or through other new names; new names that join none are grouped among
themselves (``new_group``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs
import numpy as np
from attrs import frozen

from sochi_er.errors import ConfigError
from sochi_er.linkage.config import LinkageConfig
from sochi_er.linkage.engine import link_names
from sochi_er.linkage.resolution import Explanation, Resolution
from sochi_er.linkage.table import cell, table_records
from sochi_er.records import Mention, Role

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["NEW_ID", "ReferenceLinkage", "ReferenceMatch", "link_to_reference"]

#: ``ReferenceMatch.reference_id`` of a name that matches no known organisation.
NEW_ID = "new"
#: ``Mention.document`` of reference forms and of the new names.
REFERENCE_DOCUMENT = "<reference>"
QUERY_DOCUMENT = "<new names>"
_REFERENCE_GROUP = "<reference list>"
Status = Literal["known", "new", "ambiguous"]


@frozen
class ReferenceMatch:
    """One new name's outcome: ``reference_id`` (a known id, or :data:`NEW_ID`); ``status``
    (``known``; ``new``; ``ambiguous``: written like the names of several known
    organisations, so ``new`` unless other evidence decides); ``score`` (the match
    probability of the best pair with a form of that organisation, 1.0 for a form written
    as in the reference; for a new name, that of the nearest known organisation or 0);
    ``nearest_id`` (the known organisation of that best pair, or None); ``matched_form``
    (the reference name of that pair); ``new_group`` (new names sharing it are one new
    organisation)."""

    row_id: str
    name: str
    reference_id: str
    status: Status
    score: float
    nearest_id: str | None
    matched_form: str | None
    new_group: str | None = None


class ReferenceLinkage:
    """The outcome of :func:`link_to_reference` (read-only): ``matches`` (one
    :class:`ReferenceMatch` per row with a name, in row order), ``explain(row)``,
    ``rows()``, ``resolution`` (the underlying :class:`~sochi_er.linkage.Resolution`)."""

    def __init__(
        self,
        matches: Sequence[ReferenceMatch],
        best_pair: Sequence[tuple[str, str] | None],
        resolution: Resolution,
    ) -> None:
        self.matches = tuple(matches)
        self._best_pair = tuple(best_pair)
        self._row_of_id = {m.row_id: k for k, m in enumerate(self.matches)}
        self.resolution = resolution

    def __len__(self) -> int:
        return len(self.matches)

    def match(self, row: int | str) -> ReferenceMatch:
        """The match of a row (by position among named rows, or by its id)."""
        return self.matches[self._row_of_id[row] if isinstance(row, str) else row]

    def explain(self, row: int | str) -> Explanation | None:
        """Why the row got its id: the engine's explanation of its best pair with a
        reference form (features, score, constraints); None when no reference form was
        compared with it."""
        pair = self._best_pair[self._row_of_id[row] if isinstance(row, str) else row]
        return self.resolution.explain(*pair) if pair is not None else None

    def rows(self) -> list[dict[str, str]]:
        """One record per match: ``row_id``, ``reference_id``, ``match_status``,
        ``match_score``, ``matched_name``, ``new_group``."""
        return [
            {
                "row_id": m.row_id,
                "reference_id": m.reference_id,
                "match_status": m.status,
                "match_score": f"{m.score:.3f}",
                "matched_name": (m.matched_form or "") if m.status == "known" else "",
                "new_group": m.new_group or "",
            }
            for m in self.matches
        ]


def _split(value: Any, separator: str) -> list[str]:
    text = cell(value)
    if text is None:
        return []
    return [p.strip() for p in text.split(separator) if p.strip()]


def _reference_forms(
    records: list[Mapping[Hashable, Any]],
    id_column: str,
    name_column: str,
    alias_columns: Sequence[str],
    separator: str,
) -> list[tuple[str, str]]:
    """(known id, written name) for every name, alias and acronym of the reference."""
    if records:
        missing = [c for c in (id_column, name_column, *alias_columns) if c not in records[0]]
        if missing:
            raise ConfigError("reference", f"no column {', '.join(map(repr, missing))}")
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for row in records:
        rid = cell(row.get(id_column))
        if rid is None:
            raise ConfigError("reference", f"a row without an id in column {id_column!r}")
        if rid in seen:
            raise ConfigError("reference", f"id {rid!r} appears twice")
        seen.add(rid)
        names = [cell(row.get(name_column))] + [
            n for c in alias_columns for n in _split(row.get(c), separator)
        ]
        out.extend((rid, n) for n in dict.fromkeys(n for n in names if n is not None))
    return out


def link_to_reference(
    data: pd.DataFrame | Iterable[Mapping[str, Any]],
    reference: pd.DataFrame | Iterable[Mapping[str, Any]],
    column: str = "name",
    *,
    id_column: str | None = None,
    reference_id_column: str = "id",
    reference_name_column: str = "name",
    reference_alias_columns: Sequence[str] = ("aliases", "acronyms"),
    separator: str = "|",
    config: LinkageConfig | None = None,
    progress: Callable[[str], None] | None = None,
) -> ReferenceLinkage:
    """Link the names in *column* of *data* to the known organisations of *reference*.

    *reference*: one known organisation a row: ``reference_id_column`` (unique),
    ``reference_name_column``, and ``reference_alias_columns`` (columns absent from the
    reference are skipped when left at the default) holding further names, *separator*
    -separated (aliases, acronyms, names in other languages). *data*: rows with a name
    (DataFrame or row mappings), ids from *id_column* or the row number. Returns a
    :class:`ReferenceLinkage`. Missing columns, a repeated or missing reference id are a
    :class:`~sochi_er.errors.ConfigError`.
    """
    config = config or LinkageConfig()
    ref_records = table_records(reference)
    if ref_records and reference_alias_columns == ("aliases", "acronyms"):
        reference_alias_columns = tuple(c for c in reference_alias_columns if c in ref_records[0])
    forms = _reference_forms(
        ref_records,
        reference_id_column,
        reference_name_column,
        reference_alias_columns,
        separator,
    )
    records = table_records(data)
    if records:
        missing = [c for c in (column, id_column) if c is not None and c not in records[0]]
        if missing:
            raise ConfigError("table", f"no column {', '.join(map(repr, missing))}")
    mentions: list[Mention] = []
    groups: list[str | None] = []
    for k, (rid, name) in enumerate(forms):
        mentions.append(
            Mention(
                name=name,
                role=Role.MENTIONED,
                statement_id=f"reference:{rid}",
                document=REFERENCE_DOCUMENT,
                ordinal=k + 1,
            )
        )
        groups.append(_REFERENCE_GROUP)
    n_ref = len(mentions)
    queries: list[tuple[str, str]] = []
    for r, row in enumerate(records):
        written = cell(row.get(column))
        if written is None:
            continue
        row_id = cell(row.get(id_column)) if id_column else None
        queries.append((row_id if row_id is not None else str(r), written))
        mentions.append(
            Mention(
                name=written,
                role=Role.MENTIONED,
                statement_id="new names",
                document=QUERY_DOCUMENT,
                ordinal=r + 1,
            )
        )
        groups.append(None)
    if id_column and len({q for q, _ in queries}) != len(queries):
        raise ConfigError("table", f"id column {id_column!r} repeats an id")
    # the forms of one known organisation are one organisation whatever their scores
    first: dict[str, int] = {}
    forced: list[tuple[int, int]] = []
    for k, (rid, _name) in enumerate(forms):
        if rid in first:
            forced.append((first[rid], k))
        else:
            first[rid] = k
    run_config = attrs.evolve(config, allow_repeats_in_list=False)
    linkage = link_names(
        [m.name for m in mentions], groups, run_config, forced_link=forced, progress=progress
    )
    resolution = Resolution((), mentions, linkage, run_config, lambda _org_of: ())
    matches, best = _matches(forms, queries, mentions, linkage, n_ref)
    return ReferenceLinkage(matches, best, resolution)


def _matches(
    forms: Sequence[tuple[str, str]],
    queries: Sequence[tuple[str, str]],
    mentions: Sequence[Mention],
    linkage: Any,
    n_ref: int,
) -> tuple[list[ReferenceMatch], list[tuple[str, str] | None]]:
    """Per query: its cluster's known id, the best pair score with a reference form (of
    that organisation when known, of any otherwise) and that pair."""
    labels = linkage.labels
    form_of = linkage.form_of_name
    known_of_label: dict[int, str] = {}
    for k, (rid, _name) in enumerate(forms):
        known_of_label.setdefault(int(labels[k]), rid)
    # reference names per normalised form: a query written like several known bodies
    ids_of_form: dict[int, set[str]] = {}
    ref_of_form: dict[int, int] = {}
    for k, (rid, _name) in enumerate(forms):
        ids_of_form.setdefault(int(form_of[k]), set()).add(rid)
        ref_of_form.setdefault(int(form_of[k]), k)
    # best candidate pair of each query form with a reference form, per known id and
    # over all of them (key id None)
    is_ref_form = np.zeros(linkage.table.n, np.bool_)
    is_ref_form[form_of[:n_ref]] = True
    owner_code = np.full(linkage.table.n, -1, np.int64)
    owner_names = sorted({rid for rid, _ in forms})
    owner_index = {rid: k for k, rid in enumerate(owner_names)}
    for f, ids in ids_of_form.items():
        owner_code[f] = owner_index[sorted(ids)[0]]
    a, b, s = linkage.candidates.left, linkage.candidates.right, linkage.scores
    one = is_ref_form[a] != is_ref_form[b]
    q = np.where(is_ref_form[a], b, a)[one]
    r = np.where(is_ref_form[a], a, b)[one]
    s = s[one]
    order = np.lexsort((r, -s, owner_code[r], q))
    q, r, s = q[order], r[order], s[order]
    best_score: dict[tuple[int, str | None], tuple[float, int]] = {}
    for qf, rf, sc in zip(q.tolist(), r.tolist(), s.tolist(), strict=True):
        best_score.setdefault((qf, owner_names[owner_code[rf]]), (float(sc), rf))
        got = best_score.get((qf, None))
        if got is None or got[0] < sc:
            best_score[(qf, None)] = (float(sc), rf)
    new_label_group: dict[int, str] = {}
    matches: list[ReferenceMatch] = []
    best: list[tuple[str, str] | None] = []
    for j, (row_id, name) in enumerate(queries):
        i = n_ref + j
        f = int(form_of[i])
        known = known_of_label.get(int(labels[i]))
        owners = ids_of_form.get(f, set())
        status: Status
        if len(owners) > 1:
            status, known, score, partner = "ambiguous", None, 1.0, ref_of_form[f]
        elif owners:
            status, score, partner = "known", 1.0, ref_of_form[f]
            known = next(iter(owners))
        else:
            status = "known" if known is not None else "new"
            score_form = best_score.get((f, known))
            if score_form is None and known is not None:
                # joined through other new names: its best pair with that body's forms
                score, partner = max(
                    (_score(linkage, i, k), k) for k, (rid, _n) in enumerate(forms) if rid == known
                )
            elif score_form is None:
                score, partner = 0.0, -1
            else:
                score, partner_form = score_form
                partner = _first_name_of_form(form_of, n_ref, partner_form)
        nearest = forms[partner][0] if partner >= 0 else None
        group = None
        if known is None:
            group = new_label_group.setdefault(int(labels[i]), f"new-{len(new_label_group) + 1}")
        matches.append(
            ReferenceMatch(
                row_id=row_id,
                name=name,
                reference_id=known if known is not None else NEW_ID,
                status=status,
                score=score,
                nearest_id=nearest,
                matched_form=forms[partner][1] if partner >= 0 else None,
                new_group=group,
            )
        )
        best.append((mentions[i].id, mentions[partner].id) if partner >= 0 else None)
    return matches, best


def _first_name_of_form(form_of: Any, n_ref: int, form: int) -> int:
    hits = np.flatnonzero(form_of[:n_ref] == form)
    return int(hits[0]) if len(hits) else -1


def _score(linkage: Any, i: int, j: int) -> float:
    score = linkage.detail(i, j).score
    return 1.0 if score is None else float(score)
