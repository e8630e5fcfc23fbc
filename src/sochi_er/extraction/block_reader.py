"""The reader of one document's content blocks (:class:`BlockReader`): what each block
announces (its cue), how each reads as a signatory line (a card's labels and initials,
running headers, place headings, a table's columns, a grid of names, rows of persons),
with each distinct line read once. Runs over the blocks are followed in
:mod:`.list_runs`."""

from __future__ import annotations

import re

import attrs

from sochi_er.extraction.block_enumeration import read_enumeration
from sochi_er.extraction.block_shapes import (
    MAX_CELL_WORDS,
    MIN_CUE_FREE_LINES,
    NUMBER_CELL,
    bracket_closed_by,
    item_span,
    itemable,
    line_like,
    name_continued_by,
    table_group,
    word_count,
)
from sochi_er.extraction.blocks import Block, BlockKind, Document
from sochi_er.extraction.cues import CueKind, block_cue, cue_tail
from sochi_er.extraction.document_votes import (
    bodies_written_first,
    body_then_person,
    country_tails,
    glued_names,
    glued_person,
    names_written_first,
)
from sochi_er.extraction.item_places import is_locality
from sochi_er.extraction.item_reading import PLACE_HEADING, ItemKind, ItemReading
from sochi_er.extraction.items import read_item
from sochi_er.extraction.lexicons import default_signer_words, fold
from sochi_er.extraction.lines import is_salutation
from sochi_er.extraction.list_passes import has_org_word
from sochi_er.extraction.person_names import looks_like_person
from sochi_er.extraction.roles import AFFILIATION_PREPOSITIONS
from sochi_er.extraction.run_in_numbers import split_run_in_numbers
from sochi_er.extraction.section_headings import is_table_header
from sochi_er.extraction.signatory_list import Entry, is_signer
from sochi_er.extraction.tables import TableColumns, infer_person_columns, kind_says, read_header

#: Blocks at the top of a document where a letterhead, repeated on every page, stands.
HEAD_BLOCKS = 5


class BlockReader:
    def __init__(self, document: Document) -> None:
        self.doc = document
        # a numbered list run into one paragraph is read as its items
        self.blocks = split_run_in_numbers([b for _, b in document.content()], document.text)
        self.texts = [document.text_of(b) for b in self.blocks]
        # a table with a header row is read by its columns (name, place, kind of signer)
        # a header row inside a run of rows starts a table of its own (two tables one
        # after the other: "Organisation Name", then "Individual Name | Affiliation")
        self.table_of: dict[int, int] = {}  # row's block index -> its table's first row
        self.columns: dict[int, TableColumns] = {}  # table's first row -> its columns
        current: dict[int, int] = {}  # block group -> the table it is in now
        for index, block in enumerate(self.blocks):
            group = table_group(block, index)
            if group is None:
                continue
            columns = read_header(self._cells(block))
            if group not in current or columns is not None:
                current[group] = index
                if columns is not None:
                    self.columns[index] = columns
            self.table_of[index] = current[group]
        # a table with no header: a table of persons when its cells say so ("ROE | JANE")
        tables: dict[int, list[int]] = {}
        for index, first in self.table_of.items():
            tables.setdefault(first, []).append(index)
        for first, members in tables.items():
            header = self.columns.get(first)
            if header is not None and (header.persons or len(self.blocks[first].filled_cells) > 1):
                continue  # the header says what each column holds
            rows = members[1:] if header is not None else members  # "Signatories" spanning
            inferred = infer_person_columns([self._cells(self.blocks[i]) for i in rows])
            if inferred is not None:
                signers = header is not None and header.signers
                self.columns[first] = attrs.evolve(inferred, signers=signers)
        #: rows of a table of contents ("Joining organisations | 2"): no cue, no signer
        self.contents = {i for rows in tables.values() if self._is_contents(rows) for i in rows}
        # what is read as the signatory line: the block, or a table row's name cells
        self.items = [self._item_span(i, b) for i, b in enumerate(self.blocks)]
        # a name broken over the lines of one list item ("Centre" / "for Policy Analysis")
        # is one item (:meth:`reading` reads its line breaks as spaces)
        self.names_over_lines = name_continued_by(self.texts, self.blocks)
        for index, last in self.names_over_lines.items():
            at = self.items[index][0]
            self.items[index] = (at, self.doc.text[at : self.blocks[last].end])
        # a long form broken over two lines is one item; its second line is reported
        for index, closing in bracket_closed_by(self.texts, self.blocks).items():
            at = self.items[index][0]
            self.items[index] = (at, self.doc.text[at : self.blocks[closing].end])
            self.blocks[closing] = attrs.evolve(self.blocks[closing], continuation=True)
        # readings and cues by line text: a line repeated in a document is read once
        self._item_memo: dict[tuple[str, bool, bool, bool], ItemReading] = {}
        self._cue_memo: dict[tuple[str, bool], CueKind | None] = {}
        #: rows of tables laid out as a grid of names, one signatory per cell
        self.grid_rows = self._grid_rows()
        self.names_first = names_written_first(self.blocks, self.items, self.read)
        #: the list's lines are "Organisation, Person, Role"
        self.bodies_first = bodies_written_first(self.blocks, self.items, self.read)
        #: the list's lines are "Given Family Organisation", with no separator
        self.glued_names = glued_names(self.blocks, self.items, self.read)
        #: lines of a list printed as "Name Country" columns: where the country starts
        self.country_tails = country_tails(self.blocks, self.items)
        self.cues = [self._cue(i) for i in range(len(self.blocks))]
        #: the first "the undersigned" block (a run of plain lines after it may be a list)
        self.undersigned = next(
            (i for i, cue in enumerate(self.cues) if cue is CueKind.UNDERSIGNED), len(self.cues)
        )
        #: the first block that greets a letter's reader ("Dear colleagues,"), if any
        self.salutation = next(
            (i for i, text in enumerate(self.texts) if is_salutation(text)), len(self.texts)
        )
        # where each line first stands: a line of the document's head seen again later
        # is a running page header ("EXAMPLE NETWORK" at the top of every page)
        self.first_seen: dict[str, int] = {}
        #: how often each block text stands in the document (a card's badge comes back)
        self.times: dict[str, int] = {}
        for index, text in enumerate(self.texts):
            self.first_seen.setdefault(text, index)
            self.times[text] = self.times.get(text, 0) + 1
        self._readings: dict[tuple[int, bool], ItemReading] = {}
        self._words_from = [0] * (len(self.blocks) + 1)  # words in blocks index.. end
        for index in range(len(self.blocks) - 1, -1, -1):
            self._words_from[index] = self._words_from[index + 1] + word_count(self.texts[index])

    def read(
        self, text: str, persons: bool = False, in_list: bool = False, names_first: bool = False
    ) -> ItemReading:
        """:func:`read_item` of *text* with these flags, each distinct line read once."""
        key = (text, persons, in_list, names_first)
        reading = self._item_memo.get(key)
        if reading is None:
            reading = read_item(
                text, persons_section=persons, in_list=in_list, names_first=names_first
            )
            self._item_memo[key] = reading
        return reading

    def words_after(self, index: int) -> int:
        """Words in the content blocks after block *index*."""
        return self._words_from[index + 1] if index + 1 < len(self._words_from) else 0

    def _card_heading(self, index: int) -> bool:
        """Whether heading *index* names a card: the next or the previous heading, within
        ``CARD_REACH`` blocks, has its level and reads as an organisation by its words
        ("Example for Equity" / "Visit website" / "Example Tenants Organization")."""
        level = self.blocks[index].level
        ahead = range(index + 1, min(index + 1 + CARD_REACH, len(self.blocks)))
        behind = range(index - 1, max(index - 1 - CARD_REACH, -1), -1)
        for near in (ahead, behind):
            for other in near:
                block = self.blocks[other]
                if block.kind is not BlockKind.HEADING:
                    continue
                if block.level == level and self.cues[other] is None:
                    reading = self.read(self.items[other][1])
                    if reading.kind is ItemKind.ORGANISATION and reading.evidence >= 2:
                        return True
                break
        return False

    def _is_contents(self, rows: list[int]) -> bool:
        """Whether the table *rows* are a table of contents: at least
        ``MIN_CONTENTS_ROWS``, most of them (``CONTENTS_SHARE``) a title then a page
        number in the last cell, the numbers never going down."""
        pages = []
        for index in rows:
            cells = [c.strip() for c in self._cells(self.blocks[index]) if c.strip()]
            if len(cells) >= 2 and _PAGE_NUMBER.fullmatch(cells[-1]):
                pages.append(int(cells[-1]))
        return (
            len(rows) >= MIN_CONTENTS_ROWS
            and len(pages) >= CONTENTS_SHARE * len(rows)
            and pages == sorted(pages)
        )

    def _cue(self, index: int) -> CueKind | None:
        if index in self.contents:
            return None  # "A. Joining organisations | 2": a title in a table of contents
        block = self.blocks[index]
        columns = self.columns.get(index)
        if columns is not None and columns.signers:  # "Signatory | Country": the list
            return CueKind.PERSONS if columns.persons else CueKind.LIST
        if block.kind is BlockKind.TABLE_ROW and not line_like(block):
            return None  # a row of cells; a row of one cell is a line of a laid-out page
        cue = self._words_cue(index)
        heading = block.kind is BlockKind.HEADING
        if cue is None and self._semicolon_for_colon(index):
            # "Associazioni che hanno dato la loro adesione al Comitato;" over "A, B, ...":
            # a semicolon typed for the colon
            cue = block_cue(self.texts[index].rstrip()[:-1] + ":", heading=heading)
        if (
            block.kind is BlockKind.LIST_ITEM
            and cue not in (CueKind.ORGS, CueKind.PERSONS)
            and not (cue is CueKind.LIST and self._heads_lines(index))
        ):
            return None
        if block.kind is BlockKind.LIST_ITEM and cue is not None and self._menu_entry(index):
            return None  # "• Nel territorio / • Organizzazioni / ◦ Soci": a site's menu
        if cue is CueKind.LIST and self._sentence_runs_on(index):
            return None  # "As entidades signatárias também declaram" / "apoio às ...": prose
        return cue

    def _words_cue(self, index: int) -> CueKind | None:
        """:func:`block_cue` of block *index* by its words alone, each distinct text read
        once."""
        key = (self.texts[index], self.blocks[index].kind is BlockKind.HEADING)
        if key not in self._cue_memo:
            self._cue_memo[key] = block_cue(key[0], heading=key[1])
        return self._cue_memo[key]

    def _menu_entry(self, index: int) -> bool:
        """Whether list item *index* has items nested under it and a sibling before it (an
        item of its level in its list, no item of a shallower level between) that is no
        cue: an entry of a menu's tree, not a sub-heading of a list ("Organisations" as
        the first item, over its members, is one)."""
        block = self.blocks[index]
        following = self._following(index)
        if not (
            following is not None
            and following.kind is BlockKind.LIST_ITEM
            and following.level > block.level
        ):
            return False
        for other in range(index - 1, -1, -1):
            before = self.blocks[other]
            if (
                before.kind is not BlockKind.LIST_ITEM
                or before.group != block.group
                or before.level < block.level
            ):
                return False
            if before.level == block.level:  # its cue read by its words alone
                return self._words_cue(other) is None
        return False

    def _semicolon_for_colon(self, index: int) -> bool:
        """Whether block *index* is a short line ending with a semicolon, not one of a run
        of such lines, and the next block is an enumeration of names by itself."""
        text = self.texts[index].rstrip()
        following = self._following(index)
        previous = self.texts[index - 1].rstrip() if index else ""
        return (
            text.endswith(";")
            and word_count(text) <= SEMICOLON_CUE_WORDS
            and not previous.endswith(";")
            and following is not None
            and not self.texts[index + 1].rstrip().endswith(";")
            and len(read_enumeration(self.texts[index + 1])) >= MIN_CUE_FREE_LINES
        )

    def _following(self, index: int) -> Block | None:
        """The block after block *index*, or ``None`` at the end."""
        return self.blocks[index + 1] if index + 1 < len(self.blocks) else None

    def _heads_lines(self, index: int) -> bool:
        """Whether list item *index* ends with a colon and lines of text, not items of its
        list, follow it ("• Organismi promotori:" then the names), or its own further
        lines do ("• Co-signatories" over indented names): a cue in a bullet."""
        following = self._following(index)
        return following is not None and (
            following.continuation
            or (self.texts[index].rstrip().endswith(":") and following.kind is BlockKind.LINE)
        )

    def _sentence_runs_on(self, index: int) -> bool:
        """Whether line *index* is the start of a sentence wrapped onto the next line: no
        colon or full stop ends it, and the next line of its paragraph starts in lower
        case, or the line is a sentence (``RUN_ON_WORDS`` words) whose names go on in an
        enumeration on the next ("Assinaram o documento a Example" / "(EXA), o B, ...")."""
        block, following = self.blocks[index], self._following(index)
        if block.kind is not BlockKind.LINE or following is None:
            return False
        text = self.texts[index].rstrip()
        if (
            following.kind is not BlockKind.LINE
            or following.group != block.group
            or following.gap_before
            or text.endswith((":", ".", "!", "?"))
        ):
            return False
        next_text = self.texts[index + 1]
        return next_text.lstrip()[:1].islower() or (
            word_count(text) >= RUN_ON_WORDS
            and len(SEPARATORS.findall(next_text)) >= 2
            and cue_tail(text) is None  # not "Premiers signataires : A, B, C, D"
        )

    def reading(self, index: int, persons: bool) -> ItemReading:
        key = (index, persons)
        if key not in self._readings:
            block = self.blocks[index]
            text = self.items[index][1]
            if (
                index
                and self.blocks[index - 1].kind is not block.kind
                and " ".join(self.texts[index - 1].split()) == " ".join(text.split())
            ):  # a card's logo (its alt text), then its caption heading: one signer
                reason = "repeated line"
                reading = ItemReading(ItemKind.NOT_SIGNATORY, 0, len(text), reason=reason)
            elif block.kind is BlockKind.HEADING and self.cues[index] is None:
                reading = self.read(text, persons)
                if (
                    reading.kind is ItemKind.ORGANISATION
                    and reading.evidence < 2
                    and not self._card_heading(index)
                ):
                    reading = ItemReading(ItemKind.SECTION, 0, len(text), reason="section heading")
            elif index in self.contents:
                reason = "table of contents"
                reading = ItemReading(ItemKind.NOT_SIGNATORY, 0, len(text), reason=reason)
            elif not itemable(block, text):
                reading = ItemReading(ItemKind.NOT_SIGNATORY, 0, len(text), reason="prose")
            elif (
                block.kind is BlockKind.LINE
                and self.first_seen.get(text, index) < HEAD_BLOCKS < index
            ):
                reason = "repeated header"  # a running page header, not a name
                reading = ItemReading(ItemKind.NOT_SIGNATORY, 0, len(text), reason=reason)
            else:
                in_list = block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)
                columns = self._table_columns(index)
                people = columns is not None and columns.persons  # "Individual Name | ..."
                tail = self.country_tails.get(index)
                name = text if tail is None else text[:tail].rstrip()
                if index in self.names_over_lines:  # one name, its line breaks as spaces
                    name = name.replace("\n", " ")
                reading = self.read(name, persons or people, in_list, self.names_first or people)
                if tail is not None and reading.country is None:  # "Jane ROE France"
                    reading = attrs.evolve(reading, country=text[tail:].strip())
                    if reading.kind is ItemKind.ORGANISATION and (
                        reading.evidence < 2 or looks_like_person(name)  # "Jean DUPONT"
                    ):
                        person = name[reading.start : reading.end].strip()  # a list of persons
                        reading = attrs.evolve(reading, kind=ItemKind.PERSON, person=person)
                if self.glued_names and reading.kind in (ItemKind.ORGANISATION, ItemKind.PERSON):
                    reading = glued_person(name, reading, self.read)
                if self.bodies_first and reading.kind is ItemKind.ORGANISATION:
                    reading = body_then_person(name, reading, self.read)  # "EXA, Ask Roe, CEO"
                reading = self._with_columns(index, reading)
                if reading.kind is ItemKind.ORGANISATION and self._badge(index):
                    reason = "label repeated on cards"  # "Operators and Keepers" on each card
                    reading = ItemReading(ItemKind.NOT_SIGNATORY, 0, len(text), reason=reason)
                elif reading.kind is ItemKind.ORGANISATION and self._avatar(index):
                    reason = "initials of the next name"  # "EFS" over "Example Floating Sauna"
                    reading = ItemReading(ItemKind.NOT_SIGNATORY, 0, len(text), reason=reason)
                elif reading.kind is ItemKind.ORGANISATION and self._place_heading(index):
                    reason = PLACE_HEADING  # "Gdańsk", then the signers from there
                    reading = ItemReading(ItemKind.SECTION, 0, len(text), reason=reason)
            self._readings[key] = reading
        return self._readings[key]

    def _badge(self, index: int) -> bool:
        """Whether block *index* is a label printed on several cards of a list: a short
        text, no list item, that stands ``MIN_BADGE_REPEATS`` times or more in the
        document ("Operators and Keepers", "Researchers and Educators"); one word needs
        ``MIN_WORD_BADGE_REPEATS`` (a link under each name: "Apri", "Website")."""
        text = self.texts[index]
        words = len(text.split())
        return (
            self.times.get(text, 0) >= (MIN_BADGE_REPEATS if words > 1 else MIN_WORD_BADGE_REPEATS)
            and self.blocks[index].kind is not BlockKind.LIST_ITEM
            and words <= MAX_BADGE_WORDS
        )

    def _place_heading(self, index: int) -> bool:
        """Whether line *index* is a city's name heading the list items that follow it
        ("Gdańsk" / "- Example University" / "Kraków" / ...)."""
        block = self.blocks[index]
        following = self._following(index)
        return (
            block.kind is not BlockKind.LIST_ITEM
            and following is not None
            and following.kind is BlockKind.LIST_ITEM
            and following.group != block.group
            and default_signer_words().is_city(self.texts[index].strip())
        )

    def _avatar(self, index: int) -> bool:
        """Whether block *index* is the initials drawn in place of a logo above the name
        that follows ("EFS" / "Example Floating Sauna", "HWE" / "humanswhoexample")."""
        text = self.texts[index].strip()
        if not _AVATAR.fullmatch(text) or index + 1 >= len(self.texts):
            return False
        following = self.texts[index + 1].strip()
        words = [w for w in re.findall(r"[^\W\d_]+", following) if w[0].isupper()]
        initials = "".join(w[0] for w in words).upper()
        return initials.startswith(text) or fold(following).upper().startswith(text)

    # ------------------------------------------------------------------ tables
    def _grid_rows(self) -> set[int]:
        """Rows of the header-less tables that are grids of names ("Example Network |
        Example Union | Example Forum" on each row: a list printed in columns): two
        columns or more, at least ``MIN_GRID_CELLS`` cells, and nearly every cell a
        signer's name, not a place, that comes once (a column of kinds, "NGO", repeats)."""
        tables: dict[int, list[int]] = {}
        for index, first in self.table_of.items():
            if first not in self.columns:
                tables.setdefault(first, []).append(index)
        words = default_signer_words()
        grid: set[int] = set()
        for rows in tables.values():
            cells = [self._cells(self.blocks[i]) for i in rows]
            texts = [t.strip() for row in cells for t in row if t.strip()]
            widest = max(sum(bool(t.strip()) for t in row) for row in cells)
            if widest < 2 or len(texts) < MIN_GRID_CELLS:
                continue
            kinds = [
                reading.kind
                for t in texts
                if is_signer(reading := self.read(t, in_list=True))
                and reading.place is None
                and reading.country is None
                and not words.is_country(t)
                and not is_locality(t)
                and word_count(t) <= MAX_CELL_WORDS
                and not _YEAR_FIRST.match(t)
            ]
            # one kind of signer: "Jane Roe | Example University" is a person's line
            names = max(kinds.count(ItemKind.ORGANISATION), kinds.count(ItemKind.PERSON))
            if names >= GRID_SHARE * len(texts) and len(set(texts)) >= GRID_SHARE * len(texts):
                grid.update(rows)
        return grid

    def _grid_entries(self, index: int, persons: bool) -> list[Entry]:
        """One entry per non-empty cell of grid row *index*; ordinals are set by the run."""
        block = self.blocks[index]
        out = []
        for a, b in block.cells:
            text = self.doc.text[a:b]
            if text.strip() and not NUMBER_CELL.match(text):
                out.append(Entry(a, text, self.read(text, persons, True), None, index))
        return out

    def _cells(self, block: Block) -> list[str]:
        return [self.doc.text[a:b] for a, b in block.cells]

    def _table_columns(self, index: int) -> TableColumns | None:
        table = self.table_of.get(index)
        return None if table is None else self.columns.get(table)

    def _is_header_row(self, index: int) -> bool:
        if self.table_of.get(index) != index:  # not the first row of a table
            return False
        return index in self.columns or is_table_header(self._cells(self.blocks[index]))

    def _item_span(self, index: int, block: Block) -> tuple[int, str]:
        """``(offset, text)`` of the signatory line block *index* holds: its name cell
        when its table has a header naming one, else :func:`item_span`."""
        columns = self._table_columns(index)
        if columns is not None and columns.persons and block.filled_cells:
            filled = block.filled_cells  # the person and affiliation
            start, end = filled[0][0], filled[-1][1]
            return start, self.doc.text[start:end]
        if columns is not None and columns.name < len(block.cells):
            start, end = block.cells[columns.name]
            if end > start:
                return start, self.doc.text[start:end]
        return item_span(self.doc, block)

    def _person_row(self, index: int, columns: TableColumns) -> ItemReading:
        """A row of a table of persons ("Jane Roe | Professor, Example University"): the
        name cell is the person; the other cells name the organisation they sign for when
        it is clearly one ("Example University", "EXA"), else they are the person's role
        ("Advocate", "Policy Researcher")."""
        block = self.blocks[index]
        at = self.items[index][0]
        first, last = columns.person_cells or (columns.name, columns.name)
        last = min(last, len(block.cells) - 1)
        name_start, name_end = block.cells[min(first, last)][0], block.cells[last][1]
        cell = self.doc.text[name_start:name_end]
        person = " ".join(  # "ROE | JANE" written over two cells: "ROE JANE"
            self.doc.text[a:b].strip() for a, b in block.cells[min(first, last) : last + 1]
        ).strip()
        begin = name_start - at + len(cell) - len(cell.lstrip())
        end = name_end - at - (len(cell) - len(cell.rstrip()))
        others = [
            cell for k, cell in enumerate(block.cells)
            if not first <= k <= last and k not in (columns.place, columns.kind)
            and cell[1] > cell[0]
        ]  # fmt: skip
        if columns.affiliations:  # "Nom | Fonction | Établissement": the first one given
            given = [block.cells[k] for k in columns.affiliations if k < len(block.cells)]
            others = [cell for cell in given if cell[1] > cell[0]][:1]
        role = columns.cell(self._cells(block), columns.role)
        if others:
            a, b = others[0][0], others[-1][1]
            # read as the line "Person, affiliation" would be, so roles, departments and
            # disciplines before the institution are dropped the same way
            lead = f"{person}, "
            cell = self.doc.text[a:b].rstrip(",; ")  # "PS,": a list's dangling comma
            affiliation = read_item(lead + cell, in_list=True, person_first=True)
            # a column headed as an affiliation ("Organisation", "Liste") holds one, and
            # so does a function of it ("Member of Example Group"): any evidence will
            # do; elsewhere a role is as likely
            said = (lead + cell)[: affiliation.start].split()
            named = columns.affiliation_only or (
                affiliation.person_role is not None
                and bool(said)
                and said[-1].casefold() in AFFILIATION_PREPOSITIONS  # "Member of"
            )
            if (
                affiliation.kind is ItemKind.ORGANISATION
                and affiliation.evidence >= (1 if named else 2)
                and affiliation.start >= len(lead)
            ):
                shift = a - at - len(lead)
                return attrs.evolve(
                    affiliation, start=affiliation.start + shift, end=affiliation.end + shift,
                    person=person if columns.person_cells else affiliation.person or person,
                    person_role=role or affiliation.person_role,
                )  # fmt: skip
            role = role or self.doc.text[a:b].strip() or None
        return ItemReading(ItemKind.PERSON, begin, end, person=person, person_role=role)

    def _with_columns(self, index: int, reading: ItemReading) -> ItemReading:
        """A row's reading completed from its place and kind columns: the place cell is
        the mention's country or place, and a kind cell such as "Individual" makes the
        row a person's."""
        columns = self._table_columns(index)
        if columns is None or reading.kind is ItemKind.SECTION:
            return reading
        cells = self._cells(self.blocks[index])
        if columns.persons:
            return _with_place(self._person_row(index, columns), columns.cell(cells, columns.place))
        if columns.organisations:  # "Organisation | Website": "Example Fine Art" is a firm
            reading = as_organisation(reading)
        kind = columns.cell(cells, columns.kind)
        if kind is not None:  # the table says what the signer is
            name = self.items[index][1]
            organisation, individual = kind_says(kind)
            if organisation and not individual and reading.kind is not ItemKind.ORGANISATION:
                core = name.strip()  # "Example Name | FOSS Project": not a person
                begin = name.index(core)
                reading = ItemReading(ItemKind.ORGANISATION, begin, begin + len(core), evidence=2)
            elif (
                individual
                and not organisation
                and reading.kind is ItemKind.ORGANISATION
                and not has_org_word(name[reading.start : reading.end])  # "Example Blog"
            ):
                person = reading.person or name[reading.start : reading.end].strip()
                return attrs.evolve(reading, kind=ItemKind.PERSON, person=person)
        return _with_place(reading, columns.cell(cells, columns.place))


#: Blocks after a card's heading in which the next card's heading stands.
CARD_REACH = 6
#: A short text standing this many times in a document is a label on cards, not a name.
MIN_BADGE_REPEATS = 3
MIN_WORD_BADGE_REPEATS = 4
MAX_BADGE_WORDS = 5
#: Initials drawn in place of a logo: one to four capital letters.
_AVATAR = re.compile(r"[A-Z]{1,4}")


#: A header-less table is a grid of names when it has this many cells and this share of
#: them are distinct signers' names (:meth:`BlockReader._grid_rows`).
MIN_GRID_CELLS = 4
GRID_SHARE = 0.9
#: A cell that opens with a year ("2015 Review"): a dated record, not a name of a grid.
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d\b(?![.\-/]\w)")


#: A cue line of this many words whose sentence goes on into an enumeration on the next
#: line is a sentence naming its signers, read as such (not a cue above a list).
RUN_ON_WORDS = 6


#: Fewest rows of a table of contents, and the share of them ending with a page number.
MIN_CONTENTS_ROWS = 3
CONTENTS_SHARE = 0.8
_PAGE_NUMBER = re.compile(r"\d{1,4}")


def _with_place(reading: ItemReading, place: str | None) -> ItemReading:
    """*reading* with a place column's *place* as its country or place, unless it
    has one already."""
    if place is None or reading.country or reading.place:
        return reading
    if default_signer_words().is_country(place):
        return attrs.evolve(reading, country=place)
    return attrs.evolve(reading, place=place)


def as_organisation(reading: ItemReading) -> ItemReading:
    """*reading* under an "Organisations" sub-heading: a bare name shaped like a
    person's, with no role, is an organisation's ("Uçan Example" in a list of groups)."""
    if reading.kind is not ItemKind.PERSON or reading.person_role is not None:
        return reading
    return attrs.evolve(reading, kind=ItemKind.ORGANISATION, person=None, evidence=1)


SEPARATORS = re.compile(r"[,;]")


#: Most words of a line ending with a semicolon read as a cue ending with a colon.
SEMICOLON_CUE_WORDS = 12
