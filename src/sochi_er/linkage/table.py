"""``link_table``: a table of names in, one organisation per row out, every decision
explainable.

For users who have tables (a spreadsheet of signatories, a registry export) rather than
documents. Each row becomes a :class:`~sochi_er.records.Mention` and goes through the same
engine as the document pipeline (:func:`~sochi_er.linkage.link_names`): rows of one group
(a signatory list) are cannot-linked, a country column is evidence (the ``country``
feature), and :meth:`TableLinkage.explain` answers for any two rows.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sochi_er.errors import ConfigError
from sochi_er.linkage.config import LinkageConfig
from sochi_er.linkage.engine import link_names
from sochi_er.linkage.resolution import Explanation, Resolution, judgement_pairs
from sochi_er.records import Mention, Organisation, Role

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TableLinkage", "link_table"]

#: ``Mention.document`` of the mentions made from table rows.
TABLE_DOCUMENT = "<table>"


def cell(value: Any) -> str | None:
    """A cell as text; empty, missing (None / NaN) -> None."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    return text or None


class TableLinkage:
    """The outcome of :func:`link_table` (read-only).

    ``organisation_ids[r]``: the organisation id of row *r* (``None`` for a row without a
    name); ``row_ids``: each row's id (the id column, else the row number as text);
    ``resolution``: the :class:`~sochi_er.linkage.Resolution` over the rows' mentions
    (organisations, their names and aliases, ``hardest_merges``, timings).
    """

    def __init__(
        self,
        row_ids: Sequence[str],
        row_mention: Sequence[int | None],
        mentions: Sequence[Mention],
        resolution: Resolution,
    ) -> None:
        self.row_ids = tuple(row_ids)
        self._row_of_id = {rid: r for r, rid in enumerate(self.row_ids)}
        self._row_mention = tuple(row_mention)
        self._mentions = tuple(mentions)
        self.resolution = resolution
        self.organisation_ids: tuple[str | None, ...] = tuple(
            resolution.mention_organisation[self._mentions[k].id] if k is not None else None
            for k in self._row_mention
        )

    def __len__(self) -> int:
        return len(self.row_ids)

    @property
    def organisations(self) -> tuple[Organisation, ...]:
        return self.resolution.organisations

    def _mention_of(self, row: int | str) -> Mention:
        r = self._row_of_id[row] if isinstance(row, str) else row
        k = self._row_mention[r]
        if k is None:
            raise KeyError(f"row {self.row_ids[r]} has no name")
        return self._mentions[k]

    def organisation_of(self, row: int | str) -> Organisation:
        """The organisation of a row (by position, or by its id when a string)."""
        return self.resolution.organisation_of(self._mention_of(row).id)

    def explain(self, row_a: int | str, row_b: int | str) -> Explanation:
        """Why two rows are (not) one organisation: rows by position, or by id (a string)."""
        return self.resolution.explain(self._mention_of(row_a).id, self._mention_of(row_b).id)

    def rows(self) -> list[dict[str, str | None]]:
        """One record per row: ``row_id``, ``organisation_id``, ``organisation_name``."""
        names = {o.id: o.name for o in self.resolution.organisations}
        return [
            {
                "row_id": rid,
                "organisation_id": oid,
                "organisation_name": names[oid] if oid is not None else None,
            }
            for rid, oid in zip(self.row_ids, self.organisation_ids, strict=True)
        ]


def table_records(data: pd.DataFrame | Iterable[Mapping[str, Any]]) -> list[Mapping[Hashable, Any]]:
    to_dict = getattr(data, "to_dict", None)
    if callable(to_dict) and hasattr(data, "columns"):
        records: list[Mapping[Hashable, Any]] = to_dict("records")
        return records
    return list(data)  # type: ignore[arg-type]


def link_table(
    data: pd.DataFrame | Iterable[Mapping[str, Any]],
    column: str = "name",
    *,
    group_column: str | None = None,
    country_column: str | None = None,
    id_column: str | None = None,
    config: LinkageConfig | None = None,
    progress: Callable[[str], None] | None = None,
) -> TableLinkage:
    """Link the names in *column* of a table into organisations.

    *data*: a pandas DataFrame or an iterable of row mappings. *group_column*: rows with
    the same value are one signatory list (two names of one list are different
    organisations unless written identically). *country_column*: a country beside the
    name; two names given with different countries are kept apart unless other evidence
    outweighs it. *id_column*: row ids (unique) for :meth:`TableLinkage.explain`; the row
    number otherwise. ``config.judgements`` may name row ids' mention names or exact names.
    A missing column is a :class:`~sochi_er.errors.ConfigError`.
    """
    config = config or LinkageConfig()
    records = table_records(data)
    wanted = [c for c in (column, group_column, country_column, id_column) if c is not None]
    if records:
        missing = [c for c in wanted if c not in records[0]]
        if missing:
            raise ConfigError("table", f"no column {', '.join(map(repr, missing))}")
    row_ids: list[str] = []
    row_mention: list[int | None] = []
    mentions: list[Mention] = []
    groups: list[str | None] = []
    countries: list[str | None] = []
    for r, row in enumerate(records):
        rid = cell(row.get(id_column)) if id_column else None
        row_ids.append(rid if rid is not None else str(r))
        name = cell(row.get(column))
        if name is None:
            row_mention.append(None)
            continue
        group = cell(row.get(group_column)) if group_column else None
        row_mention.append(len(mentions))
        mentions.append(
            Mention(
                name=name,
                role=Role.SIGNATORY if group is not None else Role.MENTIONED,
                statement_id=f"table:{group}" if group is not None else "table",
                document=TABLE_DOCUMENT,
                ordinal=r + 1,
                country=cell(row.get(country_column)) if country_column else None,
            )
        )
        groups.append(group)
        countries.append(mentions[-1].country)
    if id_column and len(set(row_ids)) != len(row_ids):
        raise ConfigError("table", f"id column {id_column!r} repeats an id")
    same, not_same = judgement_pairs(config, mentions)
    linkage = link_names(
        [m.name for m in mentions],
        groups,
        config,
        cannot_link=not_same,
        forced_link=same,
        progress=progress,
        countries=countries if country_column else None,
    )
    resolution = Resolution((), mentions, linkage, config, lambda _org_of: ())
    return TableLinkage(row_ids, row_mention, mentions, resolution)
