"""The signatory detector: one for every format, working on :class:`Document` blocks.

Where the list is (:func:`find_signatories`):

1. **After a cue.** A block that announces a list (``block_cue``: "Signed by:",
   "**Signatories**", "firmata da:", "Sincerely,", an "Organisations" sub-heading...)
   starts a list; the list runs over the blocks that follow as long as they read as
   signatory lines (:func:`sochi_er.extraction.items.read_item`). A cue followed by prose
   yields nothing.
2. **No cue.** Failing that, a run of name-like lines of one kind (at least
   :data:`MIN_CUE_FREE_ITEMS` list items or table rows, or :data:`MIN_CUE_FREE_LINES`
   plain lines after "the undersigned" or at the end of the text) in which most lines are
   signers with organisation evidence; the run with the most evidence-weighted signers
   wins, so a bare run of names at the end of a page is found.
3. **Inline.** Failing that, a sentence with a cue ("... was signed by A, B, C and D.") is
   split into names (lower confidence: every name must carry organisation evidence).

A run never ends at one odd line: a line that is not a signatory is reported in
``skipped`` with its reason, and the list goes on when signatory lines follow within
:data:`LOOKAHEAD` blocks; it ends at an "end" heading ("Endnotes", "Press contact").
Sub-headings are sections ("Individuals" makes bare personal names persons). Ordinals are
the document's own numbers while they rise (a number the list skips is reported), else
positions; they only increase. Every list line is a signatory, a person, or a skipped line
with its reason; lines between a cue and the first name that are not list items are not
part of the list; when more than :data:`MAX_TAIL` lines follow a list, one note says where
it ended instead of a line each.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator

import attrs
from attrs import frozen

from sochi_er.extraction.blocks import Block, BlockKind, Document
from sochi_er.extraction.counts import find_claimed_counts
from sochi_er.extraction.cues import CueKind, block_cue, cue_tail, whole_cue
from sochi_er.extraction.governments import find_government_list
from sochi_er.extraction.inline import (
    InlineName,
    find_authored_list,
    find_enumerated_paragraph,
    find_inline_list,
    find_list_continuation,
    find_prose_enumeration,
    find_range_enumeration,
    has_marks,
    is_clause,
    read_category_enumeration,
    read_enumeration,
)
from sochi_er.extraction.items import (
    AFFILIATION_PREPOSITIONS,
    PERSONS_COUNT,
    ItemKind,
    ItemReading,
    glued_person_end,
    is_locality,
    is_table_header,
    looks_like_person,
    read_item,
)
from sochi_er.extraction.lexicons import SignerWords, default_signer_words, fold, word_tokens
from sochi_er.extraction.lines import FUNCTION_WORDS, non_organisation_reason
from sochi_er.extraction.list_passes import (
    country_code_column,
    has_org_word,
    persons_by_section,
    places_after_dashes,
    places_in_parentheses,
    signing_for,
    titles_for_identification,
)
from sochi_er.extraction.signatory_list import Entry, SignatoryList, is_signer
from sochi_er.extraction.tables import (
    TableColumns,
    infer_person_columns,
    kind_says,
    read_header,
)

__all__ = ["Entry", "SignatoryList", "find_signatories"]

#: Signatory lines a cue-free run needs: of a marked list or table, of plain lines.
MIN_CUE_FREE_ITEMS = 2
MIN_CUE_FREE_LINES = 4
#: Least mean organisation evidence (0..1) and share of signers in a cue-free run.
MIN_EVIDENCE = 0.5
MIN_SIGNER_SHARE = 0.6
#: Blocks looked at past an odd line to see whether the list goes on.
LOOKAHEAD = 3
#: A numbering jump larger than this is not reported as missing numbers.
MAX_GAP = 5
#: A cue-free run of plain lines with more words of text than this after it is not a
#: list unless "the undersigned" came before it.
TAIL_WORDS = 80
#: Blocks at the top of a document where a letterhead, repeated on every page, stands.
HEAD_BLOCKS = 5
#: Lines after the list reported one by one when no more than this many follow it.
MAX_TAIL = 12
#: Longest block (in words) read as one signatory line.
MAX_ITEM_WORDS = 25
#: Reasons of lines that do not count against a cue-free run: page furniture, not text.
_FURNITURE = frozenset(
    {"empty list item", "repeated header", "page furniture", "place of the line before"}
)
_START_CUES = (CueKind.LIST, CueKind.CLOSING, CueKind.ORGS, CueKind.PERSONS)


_NONE = SignatoryList((), (), 0, 0, "none")


def _words(text: str) -> int:
    return len(text.split())


def _itemable(block: Block, text: str) -> bool:
    """Whether *block* can be one signatory line."""
    if block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW):
        return True
    return _words(text) <= MAX_ITEM_WORDS



@frozen
class _Run:
    entries: tuple[Entry, ...]
    first: int  # block index of the first entry
    last: int  # block index of the last entry
    how: str
    stop_note: str | None

    @functools.cached_property
    def signers(self) -> int:
        return sum(is_signer(e.reading) for e in self.entries)

    @functools.cached_property
    def evidence(self) -> float:
        scores = [
            min(e.reading.evidence, 2) / 2 if e.reading.kind is ItemKind.ORGANISATION else 0.5
            for e in self.entries
            if is_signer(e.reading)
        ]
        return sum(scores) / len(scores) if scores else 0.0


class _Reader:
    def __init__(self, document: Document) -> None:
        self.doc = document
        self.blocks = [b for _, b in document.content()]
        self.texts = [document.text_of(b) for b in self.blocks]
        # a table with a header row is read by its columns (name, place, kind of signer)
        # a header row inside a run of rows starts a table of its own (two tables one
        # after the other: "Organisation Name", then "Individual Name | Affiliation")
        self.table_of: dict[int, int] = {}  # row's block index -> its table's first row
        self.columns: dict[int, TableColumns] = {}  # table's first row -> its columns
        current: dict[int, int] = {}  # block group -> the table it is in now
        for index, block in enumerate(self.blocks):
            group = _table_group(block, index)
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
        # what is read as the signatory line: the block, or a table row's name cells
        self.items = [self._item_span(i, b) for i, b in enumerate(self.blocks)]
        # readings and cues by line text: a line repeated in a document is read once
        self._item_memo: dict[tuple[str, bool, bool, bool], ItemReading] = {}
        self._cue_memo: dict[tuple[str, bool], CueKind | None] = {}
        #: rows of tables laid out as a grid of names, one signatory per cell
        self.grid_rows = self._grid_rows()
        self.names_first = self._names_first()
        #: the list's lines are "Given Family Organisation", with no separator
        self.glued_names = self._glued_names()
        #: lines of a list printed as "Name Country" columns: where the country starts
        self.country_tails = self._country_tails()
        self.cues = [self._cue(i) for i in range(len(self.blocks))]
        #: the first "the undersigned" block (a run of plain lines after it may be a list)
        self.undersigned = next(
            (i for i, cue in enumerate(self.cues) if cue is CueKind.UNDERSIGNED), len(self.cues)
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
            self._words_from[index] = self._words_from[index + 1] + _words(self.texts[index])

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

    def _cue(self, index: int) -> CueKind | None:
        block = self.blocks[index]
        columns = self.columns.get(index)
        if columns is not None and columns.signers:  # "Signatory | Country": the list
            return CueKind.PERSONS if columns.persons else CueKind.LIST
        if block.kind is BlockKind.TABLE_ROW and not _line_like(block):
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
        if not (following is not None and following.kind is BlockKind.LIST_ITEM
                and following.level > block.level):
            return False
        for other in range(index - 1, -1, -1):
            before = self.blocks[other]
            if before.kind is not BlockKind.LIST_ITEM or before.group != block.group \
                    or before.level < block.level:
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
            and _words(text) <= SEMICOLON_CUE_WORDS
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
        list, follow it ("• Organismi promotori:" then the names): a cue in a bullet."""
        following = self._following(index)
        return (
            self.texts[index].rstrip().endswith(":")
            and following is not None
            and following.kind is BlockKind.LINE
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
            _words(text) >= RUN_ON_WORDS
            and len(_SEPARATORS.findall(next_text)) >= 2
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
            elif not _itemable(block, text):
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
                reading = self.read(name, persons or people, in_list, self.names_first or people)
                if tail is not None and reading.country is None:  # "Jane ROE France"
                    reading = attrs.evolve(reading, country=text[tail:].strip())
                    if reading.kind is ItemKind.ORGANISATION and (
                        reading.evidence < 2 or looks_like_person(name)  # "Jean DUPONT"
                    ):
                        person = name[reading.start : reading.end].strip()  # a list of persons
                        reading = attrs.evolve(reading, kind=ItemKind.PERSON, person=person)
                if self.glued_names and reading.kind in (ItemKind.ORGANISATION, ItemKind.PERSON):
                    reading = self._glued_person(name, reading)
                reading = self._with_columns(index, reading)
                if reading.kind is ItemKind.ORGANISATION and self._badge(index):
                    reason = "label repeated on cards"  # "Operators and Keepers" on each card
                    reading = ItemReading(ItemKind.NOT_SIGNATORY, 0, len(text), reason=reason)
                elif reading.kind is ItemKind.ORGANISATION and self._avatar(index):
                    reason = "initials of the next name"  # "LFS" over "Löyly Floating Sauna"
                    reading = ItemReading(ItemKind.NOT_SIGNATORY, 0, len(text), reason=reason)
                elif reading.kind is ItemKind.ORGANISATION and self._place_heading(index):
                    reason = "place heading"  # "Gdańsk", then the signers from there
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
        that follows ("LFS" / "Löyly Floating Sauna", "HUM" / "humanswhobathe")."""
        text = self.texts[index].strip()
        if not _AVATAR.fullmatch(text) or index + 1 >= len(self.texts):
            return False
        following = self.texts[index + 1].strip()
        words = [w for w in re.findall(r"[^\W\d_]+", following) if w[0].isupper()]
        initials = "".join(w[0] for w in words).upper()
        return initials.startswith(text) or fold(following).upper().startswith(text)

    def _country_tails(self) -> dict[int, int]:
        """``{block index: where its country starts}`` for the lines of a list of persons
        printed in two columns, a name and a country, with no separator ("Jane ROE
        France"): at least ``COUNTRY_COLUMN_LINES`` lines of one group,
        ``COUNTRY_COLUMN_SHARE`` of them ending in a country's name, and that share of
        those after a personal name. A list of organisations keeps its countries
        ("Example Network France")."""
        words = default_signer_words()
        groups: dict[int, list[int]] = {}
        for index, block in enumerate(self.blocks):
            if block.group is not None and block.kind in (BlockKind.LINE, BlockKind.LIST_ITEM):
                groups.setdefault(block.group, []).append(index)
        tails: dict[int, int] = {}
        for lines in groups.values():
            if len(lines) < COUNTRY_COLUMN_LINES:
                continue  # too short to be a column, whatever its lines end with
            ends = [(index, _country_start(self.items[index][1], words)) for index in lines]
            cut = [(index, at) for index, at in ends if at is not None]
            if len(cut) < COUNTRY_COLUMN_LINES or len(cut) < COUNTRY_COLUMN_SHARE * len(lines):
                continue
            persons = [
                (index, at) for index, at in cut
                if looks_like_person(self.items[index][1][:at].strip(), words)
            ]  # fmt: skip
            if len(persons) >= COUNTRY_COLUMN_SHARE * len(cut):
                tails.update(cut)
        return tails

    def _names_first(self) -> bool:
        """Whether the document's signatory lines are written "Person, Organisation":
        at least ``NAMES_FIRST_MIN`` lines begin with a known personal name followed by
        more, and they are at least as many as the lines whose first part merely looks
        like a name ("Given Family, Example"). Then the latter are read the same way."""
        known = unknown = 0
        for index, block in enumerate(self.blocks):
            text = self.items[index][1]
            if "," not in text or not _itemable(block, text):
                continue
            reading = self.read(text, in_list=block.kind is not BlockKind.LINE)
            if reading.person is not None and (
                reading.kind is ItemKind.ORGANISATION or reading.person_role is not None
            ):
                known += 1
            elif (
                reading.kind is ItemKind.ORGANISATION
                and self.read(text, in_list=True, names_first=True).person is not None
            ):
                unknown += 1
        return known >= NAMES_FIRST_MIN and known >= unknown

    def _glued_parts(self, text: str, least: int = 2) -> tuple[int, ItemReading] | None:
        """Where the organisation starts in a "Given Family Organisation" line and how
        it reads: the rest of the line wholly an organisation with *least* evidence, or,
        read with the separator put back, a role then the organisation ("Jane Roe CTO na
        Example"); ``None`` otherwise ("Ana Roe Doe Restauradora": two family names)."""
        at = glued_person_end(text)
        if at is None:
            return None
        rest = self.read(text[at:], in_list=True)
        if (
            rest.kind is ItemKind.ORGANISATION
            and rest.start == 0
            and rest.evidence >= least
            and rest.person is None
            and rest.person_role is None
        ):
            return at, attrs.evolve(rest, start=rest.start + at, end=rest.end + at)
        head = text[:at].rstrip()
        joined = f"{head}, {text[at:]}"
        shift = len(joined) - len(text)
        rest = self.read(joined, in_list=True)
        if (
            rest.kind is ItemKind.ORGANISATION
            and rest.person_role is not None
            and rest.start - shift > at  # the role first, then the organisation
        ):
            return at, attrs.evolve(rest, start=rest.start - shift, end=rest.end - shift)
        return None

    def _glued_names(self) -> bool:
        """Whether the document's signatory lines are "Given Family Organisation" with
        no separator (a letter's names and affiliations, their line breaks lost): at least
        ``GLUED_NAMES_MIN`` lines read so, and more than half of the lines without a comma
        that read as organisations or persons."""
        glued = organisations = 0
        for index, block in enumerate(self.blocks):
            text = self.items[index][1]
            if block.kind not in (BlockKind.LINE, BlockKind.LIST_ITEM) or "," in text:
                continue
            if not _itemable(block, text):
                continue
            if self.read(text, in_list=True).kind not in (ItemKind.ORGANISATION, ItemKind.PERSON):
                continue
            organisations += 1
            glued += self._glued_parts(text) is not None
        return glued >= GLUED_NAMES_MIN and 2 * glued > organisations

    def _glued_person(self, text: str, reading: ItemReading) -> ItemReading:
        """*reading* of a "Given Family Organisation" line as the organisation, with the
        person on it (unchanged when the line is not one)."""
        parts = self._glued_parts(text, least=1)  # in such a list, a capitalised name
        if parts is None:
            return reading
        at, rest = parts
        return attrs.evolve(rest, person=rest.person or " ".join(text[:at].split()))

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
                and _words(t) <= MAX_CELL_WORDS
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
            if text.strip() and not _NUMBER_CELL.match(text):
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
        when its table has a header naming one, else :func:`_item_span`."""
        columns = self._table_columns(index)
        if columns is not None and columns.persons and block.filled_cells:
            filled = block.filled_cells  # the person and affiliation
            start, end = filled[0][0], filled[-1][1]
            return start, self.doc.text[start:end]
        if columns is not None and columns.name < len(block.cells):
            start, end = block.cells[columns.name]
            if end > start:
                return start, self.doc.text[start:end]
        return _item_span(self.doc, block)

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
        if columns.organisations:  # "Organisation | Website": "Bell Fine Art" is a firm
            reading = _as_organisation(reading)
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

    # -------------------------------------------------------------------- runs
    def run_from(
        self,
        begin: int,
        how: str,
        persons: bool = False,
        family: str | None = None,
        organisations: bool = False,
    ) -> _Run:
        """Read signatory lines from block *begin* on, until the list ends. With a
        *family* (cue-free runs), only blocks of that family belong to the run."""
        entries: list[Entry] = []
        pending: list[Entry] = []
        ordinals = _Ordinals()
        index = begin
        first = last = -1
        stop_note: str | None = None
        after_cue = how == "cue"  # the block read next stands right under a cue
        # under an "Organisations" sub-heading or "Supporting organisations:"
        enumerated = False  # the list so far is names enumerated in blocks
        tail_of, tail_at = -1, 0  # a cue's line that goes on with names, and where

        def take(index: int, several: list[Entry]) -> None:
            """Add the entries read from block *index* (a grid row's cells, a kind's
            members), after the sections pending before them."""
            nonlocal first, last, pending
            if first < 0:
                first = index
                pending = [e for e in pending if e.reading.kind is ItemKind.SECTION]
            entries.extend(pending)
            pending = []
            entries.extend(several)
            last = index
        while index < len(self.blocks):
            block = self.blocks[index]
            text = self.texts[index]
            cue = self.cues[index]
            if family is not None and (_family(block) != family or block.boilerplate):
                break
            if cue is CueKind.END:  # "Endnotes", "Press contact": the list is over
                stop_note = f"list ends at: {_clip(text)}" if entries else None
                break
            if block.continuation and (entries or pending):
                reading = ItemReading(
                    ItemKind.NOT_SIGNATORY, 0, len(text), reason="further line of a list item"
                )
                pending.append(Entry(block.start, text, reading, None))
                index += 1
                continue
            if cue is CueKind.LIST and index > begin and not entries:
                break  # a later cue before any name: that cue starts its own list
            if index == tail_of:
                cue = None  # the names after the cue, on the cue's own line
            if cue in (CueKind.ORGS, CueKind.PERSONS, CueKind.LIST):
                persons = cue is CueKind.PERSONS or (
                    cue is CueKind.LIST
                    and (persons or self.read(text).reason == PERSONS_COUNT)
                )  # "517 personas ya han firmado, aquí están algunas": persons follow
                organisations = cue is CueKind.ORGS or (
                    cue is CueKind.LIST and _names_organisations(text)
                )
                tail = cue_tail(text) if block.kind in _TAILED else None
                pending.append(_section_entry(block, text[:tail].rstrip() if tail else text, cue))
                after_cue = True
                if tail is not None:  # "Premiers signataires : A, B, C, ..." then lines
                    tail_of, tail_at = index, tail
                    continue
                index += 1
                continue
            if self._is_header_row(index):
                header = ItemReading(ItemKind.SECTION, 0, len(text), reason="table header")
                pending.append(Entry(block.start, text, header, None))
                index += 1
                continue
            if index in self.grid_rows:  # a list printed in columns: one name per cell
                cells = self._grid_entries(index, persons)
                if any(is_signer(e.reading) for e in cells):
                    take(index, [
                        attrs.evolve(e, ordinal=ordinals.next(block))
                        if is_signer(e.reading) else e
                        for e in cells
                    ])  # fmt: skip
                    index += 1
                    after_cue = False
                    continue
            reading = self.reading(index, persons)
            at, item = self.items[index]
            if index == tail_of:  # read from where the names start
                at, item = at + tail_at, item[tail_at:]
                reading = self.read(item, persons)
            members = (
                read_category_enumeration(item)
                if reading.kind in (ItemKind.ORGANISATION, ItemKind.NOT_SIGNATORY)
                else []
            )
            if members:  # "Organizaciones agrarias: COAG, UPA": the members sign
                take(index, [
                    Entry(at + n.start, item[n.start : n.end], n.reading, ordinals.next(block),
                          index)
                    for n in members
                ])  # fmt: skip
                index += 1
                after_cue = False
                continue
            if after_cue and _line_like(block) and reading.reason not in _NOT_ENUMERATIONS:
                # "Organisations:" then "Example Network, Example Union and Example Forum.",
                # also wrapped over several lines of a text or PDF
                through = self._wrapped_through(index)
                if through > index:
                    item = self.doc.text[at : self.blocks[through].end]
                # the line breaks read as spaces (offsets stay); names keep them, as written
                names = read_enumeration(item.translate(_NO_BREAKS))
                split = reading.kind is ItemKind.NOT_SIGNATORY or _many_names(item, names, reading)
                split = split or (through > index and len(names) >= MIN_WRAPPED_NAMES)
                split = split or index == tail_of  # names on the cue's own line
                long = sum(len(item[n.start : n.end].split()) >= PROSE_LINE_WORDS for n in names)
                if enumerated and 2 * long >= len(names):
                    names = []  # after an enumeration, mostly long pieces: a sentence's clauses
                if names and split:
                    if first < 0:
                        first = index
                    entries.extend(pending)
                    pending = []
                    entries.extend(
                        Entry(
                            at + n.start,
                            item[n.start : n.end],
                            _as_organisation(n.reading) if organisations else n.reading,
                            ordinals.next(block),
                            index,
                        )
                        for n in names
                    )
                    rest = item[names[-1].end :].strip(" \t.,;:")
                    if rest:  # "... e molti altri": read, and said so
                        at_rest = at + item.rindex(rest)
                        reading = ItemReading(
                            ItemKind.NOT_SIGNATORY, 0, len(rest), reason="end of an enumeration"
                        )
                        entries.append(Entry(at_rest, rest, reading, None, index))
                    last = index = through
                    index += 1
                    after_cue = True  # another enumeration may follow (persons, then groups)
                    enumerated = True
                    continue
                if through > index and reading.kind is ItemKind.NOT_SIGNATORY:
                    # a paragraph of prose wrapped over lines: one odd block, not a name
                    # a line ("... que se ha enriquecido con" / "varias asociaciones")
                    if entries and not self._continues(through + 1, persons, family):
                        stop_note = f"list ends before: {_clip(text)}"
                        break
                    prose = ItemReading(ItemKind.NOT_SIGNATORY, 0, len(item), reason="prose")
                    pending.append(Entry(at, item, prose, None, index))
                    index = through + 1
                    continue
            if enumerated and reading.kind is not ItemKind.SECTION:
                # names enumerated in a paragraph, then a line of its own: not the list's
                stop_note = f"list ends before: {_clip(text)}"
                break
            after_cue = False
            previous = entries[-1] if entries and not pending else None
            if (
                previous is not None
                and is_signer(reading)
                and previous.block == index - 1
                and block.kind is BlockKind.LINE
                and self.blocks[index - 1].kind is BlockKind.LINE
                and self.blocks[index - 1].group == block.group
                and not block.gap_before
                and previous.reading.kind is ItemKind.ORGANISATION
                and not (previous.reading.place or previous.reading.country)
                and is_locality(item)
            ):  # "<strong>Example Network</strong><br>Amman, Jordan": where it is
                entries[-1] = attrs.evolve(
                    previous, reading=attrs.evolve(previous.reading, place=item.strip())
                )
                reason = "place of the line before"
                pending.append(Entry(at, item, ItemReading(
                    ItemKind.NOT_SIGNATORY, 0, len(item), reason=reason), None, index))  # fmt: skip
                index += 1
                continue
            if is_signer(reading):
                if first < 0:  # text between the cue and the list is not part of it
                    first = index
                    pending = [  # sections and list positions; not text between
                        e
                        for e in pending
                        if e.reading.kind is ItemKind.SECTION or e.ordinal is not None
                    ]
                entries.extend(pending)
                pending = []
                entries.append(Entry(at, item, reading, ordinals.next(block), index))
                last = index
                index += 1
                continue
            if reading.kind is ItemKind.SECTION:
                if reading.section in (CueKind.PERSONS, CueKind.ORGS):
                    persons = reading.section is CueKind.PERSONS
                pending.append(Entry(at, item, reading, None))
                after_cue = True
                index += 1
                continue
            # an odd line: the list goes on only if signatory lines follow soon
            if not self._continues(index + 1, persons, family):
                stop_note = f"list ends before: {_clip(text)}" if entries else None
                break
            ordinal = ordinals.next(block) if block.kind is BlockKind.LIST_ITEM else None
            pending.append(Entry(at, item, reading, ordinal, index))
            index += 1
        return _Run(tuple(entries), first, last, how, stop_note)

    def _wrapped_through(self, index: int) -> int:
        """The last block of the paragraph that line *index* starts when a text or PDF
        wrapped it over several lines (each line an enumeration's part that runs on into
        the next: "Jane Roe (EXA), John Doe (Example Union), Ann" / "Poe (EXB)"), else
        *index*."""
        end = index
        first = self.texts[index]
        enumeration = not _SEPARATORS.search(first) and (
            len(_SPACED_DASH.findall(first)) >= MIN_DASHES
        )  # "A - B - C - Example" / "Union - D - E - F"
        while end + 1 < min(len(self.blocks), index + MAX_WRAPPED_LINES):  # linear in all
            block, following = self.blocks[end], self.blocks[end + 1]
            # the dash that went to the next line looks like a list marker: "- D - E"
            dashed = enumeration and (
                following.marker in _DASH_MARKERS or block.marker in _DASH_MARKERS
            )
            if enumeration and len(self.texts[end]) < WRAP_SHARE * len(first):
                break  # a short line is the paragraph's last
            if not (
                block.kind in _WRAPPED_KINDS
                and (following.kind is BlockKind.LINE or dashed)
                and (following.group == block.group or dashed)
                and not following.gap_before
                and self.cues[end + 1] is None
                and _enumeration_runs_on(
                    self.texts[end], self.texts[end + 1], self._ends_paragraph(end + 1),
                    enumeration,
                )
            ):
                break
            end += 1
        # wrapped at a width: every line but the last about as long as the longest
        widths = [len(self.texts[k].rstrip()) for k in range(index, end)]
        if widths and (
            max(widths) < MIN_WRAP_WIDTH or min(widths) < WRAP_SHARE * max(widths)
        ):
            return index
        return end

    def _ends_paragraph(self, index: int) -> bool:
        """Whether block *index* is the last line of its paragraph."""
        following = self._following(index)
        return following is None or following.gap_before or following.group != self.blocks[
            index
        ].group

    def _continues(self, index: int, persons: bool, family: str | None) -> bool:
        """Whether signatory lines follow soon after block *index* (within ``LOOKAHEAD``
        blocks, not counting a card's labels and initials)."""
        seen = 0
        for k in range(index, min(len(self.blocks), index + 3 * LOOKAHEAD)):  # bounded
            if seen >= LOOKAHEAD:
                break
            if family is not None and _family(self.blocks[k]) != family:
                return False
            if self.cues[k] in (CueKind.ORGS, CueKind.PERSONS):
                return True
            reading = self.reading(k, persons)
            if reading.kind is ItemKind.PERSON or (is_signer(reading) and reading.evidence >= 1):
                return True
            if reading.kind is ItemKind.NOT_SIGNATORY and reading.reason == "prose":
                return False
            seen += reading.reason not in _CARD_FURNITURE
        return False

    def cue_runs(self) -> Iterator[_Run]:
        index = 0
        while index < len(self.blocks):
            cue = self.cues[index]
            if cue in _START_CUES and self._cue_is_start(index):
                persons = cue is CueKind.PERSONS
                if index in self.columns:  # "Signatory | Country": the table is the list
                    block = self.blocks[index]
                    run = self.run_from(index, "cue", persons, family=_family(block))
                elif cue in (CueKind.ORGS, CueKind.PERSONS):
                    run = self.run_from(index, "cue", persons)
                else:
                    orgs = _names_organisations(self.texts[index])
                    # names on the cue's own line ("Premiers signataires : A, B, ..."): from it
                    own = self.blocks[index].kind in _TAILED and cue_tail(
                        self.texts[index]
                    ) is not None
                    start = index if own else index + 1
                    run = self.run_from(start, "cue", persons, organisations=orgs)
                if run.signers:
                    yield run
                    index = max(run.last + 1, index + 1)
                    continue
            index += 1

    def _cue_is_start(self, index: int) -> bool:
        cue = self.cues[index]
        if cue in (CueKind.ORGS, CueKind.PERSONS):
            # a bare "Organisations" sub-heading starts a list only before list lines,
            # or before names enumerated in one block ("Organisations:" then "A, B, C")
            after = index + 1
            return after < len(self.blocks) and (
                is_signer(self.reading(after, False))
                or (_line_like(self.blocks[after]) and bool(read_enumeration(self.items[after][1])))
            )
        return True

    def cue_free_runs(self) -> Iterator[_Run]:
        index = 0
        while index < len(self.blocks):
            reading = self.reading(index, False)
            block = self.blocks[index]
            if is_signer(reading) and _family(block) != "heading" and not block.boilerplate:
                run = self.run_from(index, "cue-free", family=_family(block))
                if run.signers:
                    yield run
                    index = max(run.last + 1, index + 1)
                    continue
            index += 1


#: Blocks after a card's heading in which the next card's heading stands.
CARD_REACH = 6
#: A short text standing this many times in a document is a label on cards, not a name.
MIN_BADGE_REPEATS = 3
MIN_WORD_BADGE_REPEATS = 4
MAX_BADGE_WORDS = 5
_CARD_FURNITURE = ("label repeated on cards", "initials of the next name")
#: Lines read as these are never split as an enumeration under a cue.
_NOT_ENUMERATIONS = (*_CARD_FURNITURE, "repeated header")
#: Initials drawn in place of a logo: one to four capital letters.
_AVATAR = re.compile(r"[A-Z]{1,4}")


#: A header-less table is a grid of names when it has this many cells and this share of
#: them are distinct signers' names (:meth:`_Reader._grid_rows`).
MIN_GRID_CELLS = 4
GRID_SHARE = 0.9

#: Lines of "Known Person, Organisation" a document needs before an unknown first name
#: is read as a person's (:meth:`_Reader._names_first`).
NAMES_FIRST_MIN = 3
_NUMBER_CELL = re.compile(r"^\s*\d{1,7}[.)]?\s*$")
#: A cell that opens with a year ("2015 Review"): a dated record, not a name of a grid.
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d\b(?![.\-/]\w)")
#: A table cell longer than this (in words) is a description, not part of the name.
MAX_CELL_WORDS = 8


def _item_span(document: Document, block: Block) -> tuple[int, str]:
    """``(offset, text)`` of the signatory line a block holds: the block itself, or for a
    table row its cells from the first that is not a number up to the first long one
    (a description column is not part of the name)."""
    if block.kind is not BlockKind.TABLE_ROW or not block.filled_cells:
        return block.start, document.text_of(block)
    cells = [
        (a, b) for a, b in block.filled_cells if not _NUMBER_CELL.match(document.text[a:b])
    ]
    if not cells:
        return block.start, document.text_of(block)
    start, end = cells[0]
    for a, b in cells[1:]:
        if _words(document.text[a:b]) > MAX_CELL_WORDS:
            break
        end = b
    return start, document.text[start:end]


#: A cue line of this many words whose sentence goes on into an enumeration on the next
#: line is a sentence naming its signers, read as such (not a cue above a list).
RUN_ON_WORDS = 6
#: A list printed as "Name Country" columns has this many lines, at least, and this
#: share of them end in a country after a personal name.
COUNTRY_COLUMN_LINES = 5
COUNTRY_COLUMN_SHARE = 0.8
#: A country's name has at most this many words ("Central African Republic").
COUNTRY_WORDS = 3


def _country_start(text: str, words: SignerWords) -> int | None:
    """Where the country's name that ends *text* starts, after at least two other words
    and a space ("Jane ROE France" -> 9, "Jean DUPONT Burkina Faso"), else ``None``."""
    tokens = word_tokens(text.rstrip())
    for size in range(min(COUNTRY_WORDS, len(tokens) - 2), 0, -1):
        start = tokens[-size].start()
        if text[start - 1 : start].isspace() and words.is_country(text[start:]):
            return start
    return None


def _with_place(reading: ItemReading, place: str | None) -> ItemReading:
    """*reading* with a place column's *place* as its country or place, unless it
    has one already."""
    if place is None or reading.country or reading.place:
        return reading
    if default_signer_words().is_country(place):
        return attrs.evolve(reading, country=place)
    return attrs.evolve(reading, place=place)


def _family(block: Block) -> str:
    """Blocks of one family can form one cue-free run: list items, table rows, lines
    (headings are a family of their own and never start one)."""
    if block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW, BlockKind.HEADING):
        return block.kind.value
    return "line"


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _names_organisations(cue: str) -> bool:
    """Whether a list cue says its signers are organisations ("Supporting organisations:"),
    and not also persons ("Organisations and individuals:")."""
    words = default_signer_words()
    tokens = [t.group(0) for t in word_tokens(cue)]
    plural = [t for t in tokens if words.has("collective", t) and words.has("org", t)]
    return bool(plural) and not any(
        words.has("individual", t) for t in tokens
    )


def _as_organisation(reading: ItemReading) -> ItemReading:
    """*reading* under an "Organisations" sub-heading: a bare name shaped like a
    person's, with no role, is an organisation's ("Uçan Example" in a list of groups)."""
    if reading.kind is not ItemKind.PERSON or reading.person_role is not None:
        return reading
    return attrs.evolve(reading, kind=ItemKind.ORGANISATION, person=None, evidence=1)


def _line_like(block: Block) -> bool:
    """A paragraph, a line, or a table row of one cell (a page laid out in a table)."""
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.LINE) or (
        block.kind is BlockKind.TABLE_ROW and len(block.filled_cells) <= 1
    )


def _many_names(text: str, names: list[InlineName], whole: ItemReading) -> bool:
    """Whether an enumeration in *text* read as one name (*whole*) is several: five names
    or more, or three or more, most of several words ("Coalition for Water, Land and Air"
    is one name), and the whole reading found no place after a name ("Example Org, Town, Region")
    unless two of the names are clearly organisations', nor a person with her affiliations."""
    strong = sum(n.reading.evidence >= 2 for n in names)
    if (whole.place is not None or whole.country is not None) and strong < 2:
        return False
    if (
        whole.person is not None
        and names
        and names[0].reading.kind is ItemKind.PERSON
        and len(_SEPARATORS.findall(text)) == 1
    ):
        return False  # "Jane Roe, Example University and Example Centre": her affiliations
    long_names = sum(_several_words(text[n.start : n.end]) for n in names)
    return len(names) >= _ALWAYS_MANY or (len(names) >= 3 and long_names * 2 >= len(names))


#: Names in an enumeration that make it several names, however short they are (no
#: organisation's name holds four commas).
_ALWAYS_MANY = 5


#: Chinese and Japanese characters: words are not separated by spaces.
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _several_words(name: str) -> bool:
    """A name of two words or more; in Chinese or Japanese, of three characters or more."""
    return len(name.split()) >= 2 or (_CJK.search(name) is not None and len(name.strip()) >= 3)


def _table_group(block: Block, index: int) -> int | None:
    """The table a row belongs to (its group; a lone row is a table of its own)."""
    if block.kind is not BlockKind.TABLE_ROW:
        return None
    return block.group if block.group is not None else -index - 1


def _section_entry(block: Block, text: str, cue: CueKind | None) -> Entry:
    reading = ItemReading(ItemKind.SECTION, 0, len(text), reason="section heading", section=cue)
    return Entry(block.start, text, reading, None)


class _Ordinals:
    """Ordinals for a run: the list's own numbers while they increase, else positions."""

    def __init__(self) -> None:
        self.last = 0
        self.missing: list[tuple[int, int]] = []

    def next(self, block: Block) -> int:
        number = block.number
        if number is not None and self.last < number <= self.last + 1 + MAX_GAP:
            if self.last > 0:  # a list may start where it likes ("<ol start=3>")
                self.missing.extend((k, block.start) for k in range(self.last + 1, number))
            self.last = number
        else:
            self.last += 1
        return self.last


#: Words of text between two cue-free runs that still make them one list in parts
#: ("Regional organisations" table, a sub-heading, "National organisations" table).
MAX_WORDS_BETWEEN_PARTS = 40


def _neighbour_runs(reader: _Reader, candidates: list[_Run], best: _Run) -> list[_Run]:
    """*best* with the accepted runs of its family next to it, in text order: a list
    printed in parts (two tables, lists under sub-headings) separated by little text."""
    family = _family(reader.blocks[best.first])
    ordered = sorted(
        (r for r in candidates if _family(reader.blocks[r.first]) == family),
        key=lambda r: r.first,
    )
    at = ordered.index(best)
    low = high = at

    def close(a: _Run, b: _Run) -> bool:
        between = reader.words_after(a.last) - reader.words_after(b.first - 1)
        return between <= MAX_WORDS_BETWEEN_PARTS

    while low > 0 and close(ordered[low - 1], ordered[low]):
        low -= 1
    while high + 1 < len(ordered) and close(ordered[high], ordered[high + 1]):
        high += 1
    return ordered[low : high + 1]


def _accept_cue_free(reader: _Reader, run: _Run, family: str) -> bool:
    """A cue-free run is a list when enough of it are signers with organisation evidence;
    a run of plain lines also needs "the undersigned" before it or to end the text (and
    with both, two names are enough)."""
    least = MIN_CUE_FREE_LINES if family == "line" else MIN_CUE_FREE_ITEMS
    if run.first and whole_cue(reader.texts[run.first - 1]) is CueKind.END:
        # wholly "Related", "Sources", "Comments" (not a call to sign): no signers follow
        return False
    if reader.undersigned < run.first and reader.words_after(run.last) <= TAIL_WORDS:
        least = MIN_CUE_FREE_ITEMS  # "We, the undersigned ..." and the text ends with names
    if family == "line" and _wrapped(run):
        return False
    if family == "line" and 2 * sum(has_marks(e.text) for e in run.entries) > len(run.entries):
        return False  # "A * B * C" lines: an enumeration over lines, read as one
    if family == "line" and not (
        reader.undersigned < run.first
        or reader.words_after(run.last) <= TAIL_WORDS
        or _counted_before(reader, run.first)
    ):
        return False
    lines = [
        e
        for e in run.entries
        if e.reading.kind is not ItemKind.SECTION and e.reading.reason not in _FURNITURE
    ]
    share = run.signers / len(lines) if lines else 0.0
    signers = [e for e in lines if is_signer(e.reading)]
    if 3 * sum(_words(e.text) > MAX_ITEM_WORDS for e in run.entries) >= len(run.entries):
        return False  # bullets of prose ("On 16 December, over 100 charities urged ...")
    worded = sum(_has_lower_case_word(e.name) for e in signers)
    return (
        run.signers >= least
        and run.evidence >= MIN_EVIDENCE
        and share >= MIN_SIGNER_SHARE
        and worded * 2 <= len(signers)  # "Ein wirksames Klimaschutzgesetz": points, not names
        # lines with no cue, mostly single words no organisation's words vouch for: a
        # menu ("Comentários", "Newsletter", "Parceiros"), not a list
        and (family != "line" or 2 * sum(map(_bare_word, signers)) < len(signers))
        # list items two in three single words: a menu too ("Facebook", "Eventi")
        and (family == "line" or 3 * sum(map(_bare_word, signers)) < 2 * len(signers))
        # items nested as a tree, mostly single words or words in lower case: a menu
        and not (
            _nested(reader, run)
            and 2 * sum(_bare_word(e) or _has_lower_case_word(e.name) for e in signers)
            >= len(signers)
        )
        # notes citing sources ('Example News, "A title in quotes," 2015, https://...')
        and 2 * sum(_citation(e.text) for e in run.entries) < len(run.entries)
    )


#: Lines of "Given Family Organisation" a document needs before such lines are split
#: into the person and the organisation (:meth:`_Reader._glued_names`).
GLUED_NAMES_MIN = 5
#: How many blocks before a run of names a title counting its signers may stand.
COUNT_REACH = 2


def _counted_before(reader: _Reader, first: int) -> bool:
    """Whether a block just before block *first*, or the first of the run itself, counts
    signers ("Joint statement of 24 organisations"): the lines that follow are they."""
    return any(
        find_claimed_counts(reader.texts[k])
        for k in range(max(0, first - COUNT_REACH), min(first + COUNT_REACH, len(reader.texts)))
    )


#: What a note citing a source holds: "Ibid.", or a year with a title in quotes of
#: three words or more or a web address.
_IBID = re.compile(r"^\s*(?:ibid|op\. cit)\b", re.IGNORECASE)
_SOURCE = re.compile(
    r"https?://|\bwww\.|[\u201c\u00ab\"][^\u201d\u00bb\"]*\s\S+\s[^\u201d\u00bb\"]*[\u201d\u00bb\"]",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _citation(text: str) -> bool:
    """Whether *text* is a note citing a source ('Example News, "A title," 2015'); a
    signer's quotation ('Jane Roe, "Freedom first, always"') has no year."""
    return bool(_IBID.match(text)) or bool(_SOURCE.search(text) and _YEAR.search(text))


def _nested(reader: _Reader, run: _Run) -> bool:
    """Whether the run's list items stand at three levels or more (a menu's tree)."""
    levels = {
        reader.blocks[i].level for i in range(run.first, run.last + 1)
        if reader.blocks[i].kind is BlockKind.LIST_ITEM
    }
    return len(levels) >= NESTED_LEVELS


#: Levels of list items that make a cue-free run a tree (a site's menu) to be judged by
#: its words, as a run of plain lines is.
NESTED_LEVELS = 3


def _bare_word(entry: Entry) -> bool:
    """Whether *entry* is one word, with no organisation evidence beyond its capital."""
    return len(entry.name.split()) == 1 and entry.reading.evidence < 2


def _has_lower_case_word(name: str) -> bool:
    """Whether *name* holds a word in lower case that is not a function word: names
    capitalise their words; demands and sentences do not."""
    return any(
        t.group(0)[0].islower() and t.group(0).casefold() not in FUNCTION_WORDS
        for t in word_tokens(name)
    )


def _wrapped(run: _Run) -> bool:
    """Whether a run of lines is one paragraph wrapped at the line ends: most lines hold
    several commas and end with one ("Gießen, Göttingen, Karlsruhe, Regensburg,"), or
    most are long lines of prose whose sentence runs on into the next line (they end
    with a function word or a comma, or the next line starts in lower case: "... que
    se ha enriquecido con" / "varias asociaciones ..."), or a quarter of them leave a
    parenthesis open."""
    lines = [e.text.rstrip() for e in run.entries]
    wrapped = sum(line.endswith(",") and line.count(",") >= 3 for line in lines)
    runs_on = sum(
        _runs_on(line, following) for line, following in itertools.pairwise(lines)
    )
    # "Example Workers' Confederation (" / "EXW), Example Bar Association (EBA)": a
    # parenthesis left open at the end of a line, again and again
    open_ends = sum(line.count("(") > line.count(")") for line in lines)
    return (
        wrapped * 2 >= len(lines)
        or (len(lines) >= 3 and runs_on * 2 >= len(lines) - 1)
        or (open_ends >= 2 and open_ends * 4 >= len(lines))
    )


_NO_BREAKS = str.maketrans("\r\n", "  ")
_LINE_MARKS = str.maketrans("\r\n", "\u2022\u2022")  # a line break as a mark between names
#: Lines wrapped at a width: the longest at least this long, the others (but the last)
#: at least this share of it.
MIN_WRAP_WIDTH = 50
WRAP_SHARE = 0.7
#: The most lines one wrapped paragraph is followed over (a bound that keeps the reading
#: linear in the document's size whatever its layout).
MAX_WRAPPED_LINES = 200
#: An enumeration wrapped over lines gives at least this many names.
MIN_WRAPPED_NAMES = 3
_SEPARATORS = re.compile(r"[,;]")
#: List markers that are the dash of an enumeration wrapped before it.
_DASH_MARKERS = ("-", "\u2013", "\u2014")
#: Blocks that a wrapped enumeration goes on from.
_WRAPPED_KINDS = (BlockKind.LINE, BlockKind.LIST_ITEM)
#: Spaced dashes on a line of an enumeration written with dashes ("Jane Roe - Example
#: Group - 20 May" is one signer's line, not an enumeration).
MIN_DASHES = 3
#: A dash between spaces: the separator of "A - B - C" written without commas.
_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")
_SENTENCE_END = re.compile(r"\w{4,}[.!?:]$|[)\]\"\u201d][.!?:]$")


def _enumeration_runs_on(line: str, following: str, last: bool, dashed: bool = False) -> bool:
    """Whether *line* is part of an enumeration that goes on in *following*: it ends with
    no full stop (an abbreviation such as "sen." is none), and it holds two separators
    or more and *following* holds one too, or it holds one and *following* ends the
    paragraph (*last*), or *following* holds two or more; or its sentence runs on
    (:func:`_runs_on`). In a *dashed* enumeration ("A - B - C") the separators are
    spaced dashes, one on a line is enough."""
    stripped = line.rstrip()
    if _LABEL_START.match(following):
        return False  # "Solidarité : A, B, C": the next line is an item of its own
    separators, least = _SEPARATORS, 2
    if dashed and not _SEPARATORS.search(stripped):
        separators, least = _SPACED_DASH, 1  # "A - B - C - Example" / "Union - D - E"
        following = " " + following
    if _SENTENCE_END.search(stripped):
        return _runs_on(line, following)
    found = len(separators.findall(stripped))
    return (
        (found >= least and bool(separators.search(following)))
        or (found >= 1 and last)  # "..., Example" / "Union (EXU).": the enumeration's end
        # a line of fewer names (or a cue's tail) wrapped onto a line that enumerates on
        or len(separators.findall(following)) >= least
        or _runs_on(line, following)
    )


#: The blocks whose cue may go on with names after its colon.
_TAILED = (BlockKind.LINE, BlockKind.PARAGRAPH)


#: A line that starts with a short label and a colon ("Logement : ...").
_LABEL_START = re.compile(r"^\s*[^\W\d][^:,;()]{0,40}?\s?:\s")


#: A line of prose has at least this many words (a name seldom has).
PROSE_LINE_WORDS = 8


def _runs_on(line: str, following: str) -> bool:
    """Whether the sentence of the long *line* goes on into *following*."""
    words = line.split()
    if len(words) < PROSE_LINE_WORDS:
        return False
    last = words[-1].casefold()
    return (
        last.endswith(",")
        or last in FUNCTION_WORDS
        or following.lstrip()[:1].islower()
    )


@functools.lru_cache(maxsize=4)
def find_signatories(document: Document) -> SignatoryList:
    """The signatory list of *document* (see the module doc); ``how == "none"`` if none.
    The last few answers are remembered: a parser that asks while judging its confidence
    and again while parsing reads the document once."""
    reader = _Reader(document)
    runs = list(reader.cue_runs())
    if runs:
        before = _run_before(reader, runs[0])
        if before is not None:  # the list, then "New adhesions:" and more names
            runs.insert(0, before)
        if _few_plain_lines(reader, runs):
            # a cue over a few stray lines ("X among the signers", then "Press release",
            # "Print, PDF & Email") that skipped, as prose, a sentence naming many more
            # organisations gives way to that sentence's list
            inline = _inline(reader)
            named = sum(e.name.lstrip()[:1].isupper() for e in inline.organisations)
            if named >= max(FEW_PLAIN_LINES, 2 * sum(r.signers for r in runs)) and any(
                e.offset <= inline.start < e.offset + len(e.text)  # a line the run skipped
                for r in runs
                for e in r.entries
                if e.reading.kind is ItemKind.NOT_SIGNATORY
            ):
                return inline
    if not runs:
        candidates = [
            r
            for r in reader.cue_free_runs()
            if _accept_cue_free(reader, r, _family(reader.blocks[r.first]))
        ]
        if candidates:
            best = max(candidates, key=lambda r: (r.signers * r.evidence, r.first))
            runs = _neighbour_runs(reader, candidates, best)
            if _few_plain_lines(reader, runs):
                inline = _inline(reader)
                if len(inline.organisations) > sum(r.signers for r in runs):
                    return inline  # "A, B, ... and O issued a statement" over a ticker's lines
    if not runs:
        return _inline(reader)
    return _combine(reader, runs)


#: Most words of a line ending with a semicolon read as a cue ending with a colon.
SEMICOLON_CUE_WORDS = 12
#: A cue-free list of plain lines or list items with fewer signers than this gives way
#: to a longer inline list its text's sentences name.
FEW_PLAIN_LINES = 6


def _few_plain_lines(reader: _Reader, runs: list[_Run]) -> bool:
    """Whether *runs* are a short cue-free list of plain lines or list items (no table,
    fewer than ``FEW_PLAIN_LINES`` signers): weak evidence of a list."""
    return sum(r.signers for r in runs) < FEW_PLAIN_LINES and all(
        _family(reader.blocks[r.first]) in ("line", "list_item") for r in runs
    )


def _run_before(reader: _Reader, first: _Run) -> _Run | None:
    """A list of items with no cue that ends right before the first cue's list, of the
    same family, and would be accepted without a cue ("... 16 de mayo de 2020", 21 names,
    then "Nuevas adhesiones:" and 13 more): the first part of the same list."""
    cue_block = first.first - 1
    while cue_block >= 0 and reader.cues[cue_block] is None:
        cue_block -= 1  # the cue that starts the first list
    if cue_block < 1 or _family(reader.blocks[first.first]) != "list_item":
        return None
    start = cue_block - 1
    while start >= 0 and _family(reader.blocks[start]) == "list_item":
        start -= 1
    if start + 1 >= cue_block:
        return None
    run = reader.run_from(start + 1, "cue-free", family="list_item")
    if run.last != cue_block - 1 or not _accept_cue_free(reader, run, "list_item"):
        return None
    return run


def _inline(reader: _Reader) -> SignatoryList:
    """The first inline list of the text: one a cue phrase introduces ("... signed by A,
    B and C."), else a paragraph that is a long enumeration by itself ("[1] A, B, C,
    ..."), else one the sentence's words introduce ("The groups A, B and C have released
    a joint statement"); else none."""
    # a paragraph wrapped over lines reads as one line (same offsets): a name may run on
    marked = set(_marked_lines(reader))
    blocks = sorted({*_paragraphs(reader), *marked})
    paragraphs = [  # in a letterhead of marked lines a line's end ends a name too
        (start, text, text.translate(_LINE_MARKS if (start, text) in marked else _NO_BREAKS))
        for start, text in blocks
    ]
    for find in (
        find_inline_list, find_enumerated_paragraph, find_prose_enumeration,
        find_range_enumeration, find_authored_list, find_government_list,
    ):
        for at, (start, text, one_line) in enumerate(paragraphs):
            names = find(one_line)
            if names:
                fuller = _fuller_list(find, paragraphs, at, names)
                if fuller is not None:  # a headline's few names, then the whole list
                    at, names = fuller
                    start, text, one_line = paragraphs[at]
                parts = [(start, text, names), *_continued(paragraphs[at + 1 :])]
                entries = tuple(  # the names as written, line breaks and all
                    Entry(begin + n.start, written[n.start : n.end], n.reading, k)
                    for k, (begin, written, n) in enumerate(
                        ((b, w, n) for b, w, ns in parts for n in ns), 1
                    )
                )
                last_start, _, last_names = parts[-1]
                end = last_start + last_names[-1].end
                entries = tuple(_cut_at_the_end(reader.doc, list(entries)))
                return SignatoryList(entries, (), start + names[0].start, end, "inline")
    return _sign_off(reader)


#: Share of a first inline list's organisations a later, longer one must repeat to be
#: the whole list the first one sums up.
SUMMED_UP_SHARE = 0.5


def _fuller_list(
    find: Callable[[str], list[InlineName]],
    paragraphs: list[tuple[int, str, str]],
    at: int,
    names: list[InlineName],
) -> tuple[int, list[InlineName]] | None:
    """A later paragraph's list, by the same finder, that names more organisations and
    repeats at least ``SUMMED_UP_SHARE`` of the first one's ("Supporters include A, B and
    C" in the headline, "Participants include: A, D, B, E, C, ..." below it), with its
    index; else ``None``."""

    def organisations(one_line: str, found: list[InlineName]) -> set[str]:
        return {
            fold(one_line[n.start : n.end]).removeprefix("the ")
            for n in found
            if n.reading.kind is ItemKind.ORGANISATION
        }

    first = organisations(paragraphs[at][2], names)
    if not first:
        return None
    for later in range(at + 1, len(paragraphs)):
        one_line = paragraphs[later][2]
        found = find(one_line)
        if not found:
            continue
        these = organisations(one_line, found)
        if len(these) > len(first) and len(first & these) >= SUMMED_UP_SHARE * len(first):
            return later, found
    return None


#: Paragraphs after an inline list looked at for its continuation, and how many of them
#: may go on with something else between two parts ("See also ...").
CONTINUATION_REACH = 2


def _continued(
    paragraphs: list[tuple[int, str, str]],
) -> list[tuple[int, str, list[InlineName]]]:
    """The names of the paragraphs that go on with an inline list ("They also include
    A, B", "Others are C and D"), each within ``CONTINUATION_REACH`` paragraphs of the
    part before it."""
    out: list[tuple[int, str, list[InlineName]]] = []
    missed = 0
    for start, text, one_line in paragraphs:
        names = find_list_continuation(one_line)
        if names:
            out.append((start, text, names))
            missed = 0
            continue
        missed += 1
        if missed >= CONTINUATION_REACH:
            break
    return out


#: A sign-off's letter: its last paragraph before the name has this many words or more.
SIGN_OFF_PROSE_WORDS = 25
#: A sign-off is a name of at most this many words.
SIGN_OFF_WORDS = 8
#: The statement word that makes the text a letter stands in its first blocks.
SIGN_OFF_HEAD_BLOCKS = 3


def _prose_words_before(reader: _Reader, index: int) -> int:
    """The words of the paragraph right before block *index*: a paragraph block, or the
    lines of a paragraph wrapped in a text file; 0 when a list or a table stands there."""
    words = 0
    for k in range(index - 1, -1, -1):
        block = reader.blocks[k]
        if block.kind is BlockKind.PARAGRAPH and k == index - 1:
            return _words(reader.texts[k])
        if block.kind is not BlockKind.LINE:
            return words
        words += _words(reader.texts[k])
        if block.gap_before:
            break
    return words


def _sign_off(reader: _Reader) -> SignatoryList:
    """The one organisation that signs a letter with no list, as its sign-off: the last
    block of the text (before a contact section: "Kontakt:", "Press contact") is a short
    line that reads as an organisation, right after a paragraph of prose, in a text
    whose head names a statement ("Offener Brief", "Joint statement"); else none."""
    end = next((i for i, cue in enumerate(reader.cues) if cue is CueKind.END), len(reader.blocks))
    last = end - 1
    if last < 1 or not reader.blocks[last].gap_before:
        return _NONE
    text = reader.texts[last]
    if _words(text) > SIGN_OFF_WORDS or _prose_words_before(reader, last) < SIGN_OFF_PROSE_WORDS:
        return _NONE
    words = default_signer_words()
    head = " ".join(reader.texts[: min(SIGN_OFF_HEAD_BLOCKS, last - 1)])
    if not any(words.has("statement", t.group(0)) for t in word_tokens(head)):
        return _NONE
    reading = reader.read(text, in_list=True)
    if reading.kind is not ItemKind.ORGANISATION or reading.evidence < 1 or is_clause(text):
        return _NONE  # "This letter is also available as a PDF": a sentence, not a name
    block = reader.blocks[last]
    entry = Entry(block.start, text, reading, 1)
    return SignatoryList((entry,), (), block.start, block.end, "sign-off")


_PROSE_KINDS = (BlockKind.PARAGRAPH, BlockKind.LINE, BlockKind.LIST_ITEM)


def _paragraphs(reader: _Reader) -> list[tuple[int, str]]:
    """``(offset, text)`` of each paragraph of prose: a paragraph or list item block, or
    consecutive lines with no blank line between them (a paragraph wrapped in a text
    file)."""
    out: list[tuple[int, str]] = []
    run: list[Block] = []

    def close() -> None:
        if run:
            out.append((run[0].start, reader.doc.text[run[0].start : run[-1].end]))
            run.clear()

    for block in reader.blocks:
        if block.boilerplate or block.kind not in _PROSE_KINDS:
            close()
        elif block.kind is not BlockKind.LINE:  # a paragraph, or a list item in prose
            close()
            out.append((block.start, reader.doc.text_of(block)))
        else:
            if block.gap_before or (run and run[-1].group != block.group):
                close()
            run.append(block)
    close()
    return out


def _marked_lines(reader: _Reader) -> list[tuple[int, str]]:
    """``(offset, text)`` of each run of two or more lines that all separate names with
    marks, inside a longer paragraph of lines (a PDF letterhead "A * B * C" over lines
    above the letter)."""
    out: list[tuple[int, str]] = []
    run: list[Block] = []
    marked = 0  # lines of the run with marks
    capitals = True  # all of them in capitals
    rows = [*zip(reader.blocks, reader.texts, strict=True), (None, "")]
    for k, (block, text) in enumerate(rows):
        if block is not None and block.kind is BlockKind.LINE and has_marks(text):
            run.append(block)
            marked += 1
            capitals = capitals and text.isupper()
            continue
        following = rows[k + 1][1] if k + 1 < len(rows) else ""
        if (
            run
            and block is not None
            and block.kind is BlockKind.LINE
            and _one_letterhead_name(text)
            and (has_marks(following) or (capitals and text.isupper()))
        ):  # a name alone on its line between marked lines, or after them in capitals
            run.append(block)
            continue
        if marked >= 2:
            out.append((run[0].start, reader.doc.text[run[0].start : run[-1].end]))
        run, marked, capitals = [], 0, True
    return out


#: Most words of a letterhead's line holding one name.
LETTERHEAD_NAME_WORDS = 8


def _one_letterhead_name(text: str) -> bool:
    """Whether a line of a letterhead holds one name: a few words, no digit, no stop."""
    stripped = text.strip()
    return (
        0 < len(stripped.split()) <= LETTERHEAD_NAME_WORDS
        and not any(ch.isdigit() for ch in stripped)
        and stripped[-1] not in ".:;,"
    )


#: The last word of a name cut off where a stored page ends ("Al-Fu", "Example Ne").
_CUT_WORD = re.compile(r"(?:^|[\s\-\u2010'\u2019])[^\W\d_][a-z]{0,1}$")
#: A name's capitalised words, then a capital alone or with one more letter: the stub of
#: a word a stored page cut ("East Tu"); not a Roman numeral ("Example Lodge IV").
_CAPITAL_STUB = re.compile(r"[A-Z][a-z]+\s+(?![IVX]$)[A-Z][a-z]?$")


def _cut_at_the_end(document: Document, entries: list[Entry]) -> list[Entry]:
    """The entries, with the last one reported instead of read when the document stops
    inside it: nothing follows that name, and its last word is a stub of one or two
    letters after a hyphen or apostrophe ("Al-Fu"), after a space when the text ends
    mid-line ("Example Ne"), or a capital (and one letter) after capitalised words
    ("World Wide W", "East Tu") whatever ends the text."""
    signers = [k for k, e in enumerate(entries) if e.reading.kind is ItemKind.ORGANISATION]
    if not signers:
        return entries
    k = signers[-1]
    entry = entries[k]
    end = entry.offset + len(entry.text.rstrip())
    if any(
        b.end > end and document.text[max(b.start, end) : b.end].strip()
        for _, b in document.content()
    ):
        return entries  # text follows the last name (a page's menus and footer do not count)
    stub = _CUT_WORD.search(entry.name)
    broken_line = not document.text.endswith(("\n", "\r"))
    # a stored page cut, then saved with a line break: "World Wide W", "European Mo"
    capital_stub = stub is not None and _CAPITAL_STUB.search(entry.name) is not None
    if stub is None or not (
        broken_line or capital_stub or stub.group(0)[:1] in "-\u2010'\u2019"
    ):
        return entries
    reading = ItemReading(
        ItemKind.NOT_SIGNATORY, 0, len(entry.text), reason="cut off at the end of the document"
    )
    return [*entries[:k], attrs.evolve(entry, reading=reading), *entries[k + 1 :]]


def _combine(reader: _Reader, runs: list[_Run]) -> SignatoryList:
    """One list from *runs*, renumbered so ordinals only increase across them."""
    entries: list[Entry] = []
    missing: list[tuple[int, int]] = []
    last = 0
    for run in runs:
        ordinals = _Ordinals()
        ordinals.last = last
        for entry in run.entries:
            ordinal = None
            if entry.ordinal is not None and entry.block >= 0:
                ordinal = ordinals.next(reader.blocks[entry.block])
            entries.append(Entry(entry.offset, entry.text, entry.reading, ordinal))
        missing.extend(ordinals.missing)
        last = ordinals.last
    tail = list(range(runs[-1].last + 1, len(reader.blocks)))
    known = len(ordinals.missing)
    if len(tail) <= MAX_TAIL:
        for index in tail:
            block, text = reader.blocks[index], reader.texts[index]
            reason = non_organisation_reason(text) or "text after the list"
            reading = ItemReading(ItemKind.NOT_SIGNATORY, 0, len(text), reason=reason)
            numbered = block.kind is BlockKind.LIST_ITEM and block.number is not None
            entries.append(
                Entry(block.start, text, reading, ordinals.next(block) if numbered else None)
            )
        missing.extend(ordinals.missing[known:])  # numbers the tail skips
        runs = [*runs[:-1], attrs.evolve(runs[-1], stop_note=None)]
    entries = _cut_at_the_end(reader.doc, entries)
    entries = persons_by_section(
        places_in_parentheses(places_after_dashes(country_code_column(entries)))
    )
    entries = signing_for(titles_for_identification(entries))
    notes = tuple(r.stop_note for r in runs if r.stop_note)
    first_block = reader.blocks[runs[0].first]
    last_block = reader.blocks[runs[-1].last]
    return SignatoryList(
        tuple(entries), tuple(missing), first_block.start, last_block.end, runs[0].how, notes
    )
