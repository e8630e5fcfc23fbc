"""Table rows that group their signers under a label: "Federações | A, B, C e D".

A table of signatories may give each group of signers one row: a first cell that names
the group by a collective noun ("Federations", "Demais organizações", "Sindacati") and a
second cell that enumerates its members. Read as a row of cells, such a row would give
the label as the signer and drop the names; :func:`names_in_grouped_rows` reads the label
as a section and the second cell's enumeration as the signers. Nothing here knows a
language beyond the collective nouns of :mod:`.lexicons`.
"""

from __future__ import annotations

from sochi_er.extraction.blocks import CELL_SEPARATOR
from sochi_er.extraction.enumeration_pieces import MIN_NAMES, separated
from sochi_er.extraction.item_reading import ItemKind, ItemReading
from sochi_er.extraction.lexicons import default_signer_words
from sochi_er.extraction.signatory_list import Entry

__all__ = ["GROUP_LABEL", "names_in_grouped_rows"]

#: Most words of a group's label ("Demais organizações", "Local branches").
LABEL_WORDS = 3
#: Why a row's first cell is no signer.
GROUP_LABEL = "label of a group of signers in a table row"


def names_in_grouped_rows(entries: list[Entry]) -> list[Entry]:
    """The entries, each table row of two cells whose first names a group by a
    collective noun and whose second enumerates at least ``MIN_NAMES`` names, most of
    them organisations, replaced by the label (a section) and those names, whatever the
    row was read as (a long enumeration reads as a sentence); else as they were."""
    words = default_signer_words()
    out: list[Entry] = []
    for entry in entries:
        cells = entry.text.split(CELL_SEPARATOR)
        label = cells[0].split()
        if (
            len(cells) != 2
            or entry.reading.kind is ItemKind.SECTION
            or not 0 < len(label) <= LABEL_WORDS
            or not words.has("collective", label[-1])
        ):
            out.append(entry)
            continue
        begin = len(cells[0]) + len(CELL_SEPARATOR)
        names = separated(entry.text, begin, len(entry.text.rstrip().rstrip(".")))
        organisations = sum(n.reading.kind is ItemKind.ORGANISATION for n in names)
        if len(names) < MIN_NAMES or 2 * organisations < len(names):
            out.append(entry)
            continue
        section = ItemReading(ItemKind.SECTION, 0, len(cells[0]), reason=GROUP_LABEL)
        out.append(Entry(entry.offset, cells[0], section, None, entry.block))
        out.extend(
            Entry(
                entry.offset + n.start,
                entry.text[n.start : n.end],
                n.reading,
                entry.ordinal if k == 0 else None,
                entry.block,
            )
            for k, n in enumerate(names)
        )
    return out
