"""The extraction kit: from a document's blocks to signatories, persons, dates and counts.

Every parser turns its input into a :class:`Document` (:mod:`.blocks`); the rest is
shared, so every format gets the same extraction:

- :mod:`.blocks` / :mod:`.plaintext`: the document model, and plain text as blocks;
- :mod:`.cues`: the multilingual cue lexicon ("Signed by:", "firmata da", "Sincerely,");
- :mod:`.items`: one signatory line read into organisation, person, section or not
  (:mod:`.item_reading`), with :mod:`.item_parts`, :mod:`.item_words`,
  :mod:`.person_names`, :mod:`.roles`, :mod:`.item_places`, :mod:`.item_descriptions`,
  :mod:`.item_contacts`, :mod:`.item_prose` and :mod:`.section_headings`;
- :mod:`.lexicons`: the word lists items are read with (organisation words, roles...);
- :mod:`.signatories`: the detector that finds the list in the blocks, with
  :mod:`.block_reader`, :mod:`.block_shapes`, :mod:`.document_votes`, :mod:`.list_runs`,
  :mod:`.wrapped_lines`, :mod:`.cue_free_lists`, :mod:`.fallbacks` and :mod:`.signed_for`;
- :mod:`.signatory_list`: the found list and its entries (what the detector returns);
- :mod:`.list_passes`: passes that re-read a found list as a whole (persons, places);
- :mod:`.inline` / :mod:`.tables`: lists written in a sentence, and table columns; the
  sentence's enumerations in :mod:`.list_phrases`, :mod:`.enumeration_pieces`,
  :mod:`.name_bounds`, :mod:`.block_enumeration`, :mod:`.prose_enumeration` and
  :mod:`.sentence_words`;
- :mod:`.frontmatter`: the YAML metadata block at the top of a page;
- :mod:`.statement`: title, date, letterhead, addressee, claimed count, list and prose
  organisations of one statement;
- :mod:`.dates`, :mod:`.counts`, :mod:`.acronyms`, :mod:`.lines`, :mod:`.prose`: helpers.
"""

from __future__ import annotations

from sochi_er.extraction.acronyms import AcronymDefinition, find_acronym_definitions
from sochi_er.extraction.blocks import Block, BlockKind, Document, DocumentWriter
from sochi_er.extraction.counts import find_claimed_counts
from sochi_er.extraction.cues import CueKind, CueLexicon, block_cue, default_cues
from sochi_er.extraction.dates import find_dates, is_date_line, parse_date
from sochi_er.extraction.frontmatter import front_matter_end, strip_front_matter
from sochi_er.extraction.item_reading import ItemKind, ItemReading
from sochi_er.extraction.items import read_item
from sochi_er.extraction.lines import iter_lines, non_organisation_reason, split_list_marker
from sochi_er.extraction.plaintext import text_document
from sochi_er.extraction.prose import Gazetteer, find_organisations, parser_gazetteer
from sochi_er.extraction.signatories import find_signatories
from sochi_er.extraction.signatory_list import Entry, SignatoryList
from sochi_er.extraction.statement import StatementReading, read_statement

__all__ = [
    "AcronymDefinition",
    "Block",
    "BlockKind",
    "CueKind",
    "CueLexicon",
    "Document",
    "DocumentWriter",
    "Entry",
    "Gazetteer",
    "ItemKind",
    "ItemReading",
    "SignatoryList",
    "StatementReading",
    "block_cue",
    "default_cues",
    "find_acronym_definitions",
    "find_claimed_counts",
    "find_dates",
    "find_organisations",
    "find_signatories",
    "front_matter_end",
    "is_date_line",
    "iter_lines",
    "non_organisation_reason",
    "parse_date",
    "parser_gazetteer",
    "read_item",
    "read_statement",
    "split_list_marker",
    "strip_front_matter",
    "text_document",
]
