"""Linkage configuration and user judgements (frozen records, data only)."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from typing import Literal

from attrs import field, frozen

__all__ = [
    "BlockingOptions",
    "ClassifierName",
    "Judgement",
    "LabelledPair",
    "LinkageConfig",
    "read_alias_table",
]

ClassifierName = Literal["rules", "ecm", "logistic"]


@frozen
class Judgement:
    """A user's verdict on two mentions, overriding every score.

    *left*/*right* are mention ids, or exact written names (then every mention written so
    is meant). ``same=True`` forces one organisation; ``same=False`` forbids it, also
    through transitive chains.
    """

    left: str
    right: str
    same: bool
    note: str = ""


@frozen
class LabelledPair:
    """A labelled pair of written names for training a supervised classifier."""

    left: str
    right: str
    same: bool


def _judgements(rows: Iterable[Judgement]) -> tuple[Judgement, ...]:
    return tuple(rows)


def _labelled_pairs(rows: Iterable[LabelledPair]) -> tuple[LabelledPair, ...]:
    return tuple(rows)


def _tuple_of_tuples(rows: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(r) for r in rows)


@frozen
class BlockingOptions:
    """Which candidate-generation passes run and their limits.

    ``word_bags``: same content words in any order, one misspelt rare word tolerated.
    ``scripts``: Arabic-script against Latin-script names sharing a rare word's consonants.
    ``translations``: names with the same language-neutral key (organisation words
    translated, proper nouns kept or transliterated).
    ``window``: sorted-neighbourhood window (records compared with the next window-1);
    ``max_token_block``: a token shared by more forms than this is too common to block on
    (the IDF cut); ``max_key_block``: cap on exact/acronym/alias key blocks.
    """

    exact: bool = True
    sorted_neighbourhood: bool = True
    rare_tokens: bool = True
    acronyms: bool = True
    aliases: bool = True
    word_bags: bool = True
    scripts: bool = True
    translations: bool = True
    window: int = 7
    max_token_block: int = 60
    max_key_block: int = 200


@frozen
class LinkageConfig:
    """Everything that steers :func:`~sochi_er.linkage.resolve` and ``link_names``.

    ``threshold``: a candidate pair whose match probability is at least this is merged.
    ``classifier``: ``"rules"`` (hand-set log-odds weights, default), ``"ecm"``
    (unsupervised Fellegi-Sunter fitted by recordlinkage's ECM) or ``"logistic"``
    (supervised, trained on ``training_pairs``). ``judgements`` override scores.
    ``alias_table``: rows of names known to be one organisation (any script), e.g. read with
    :func:`read_alias_table`. ``publisher_forms_must_link``: the publisher mentions of one
    statement are forms of one publisher. ``allow_repeats_in_list``: two signatories of one
    list are different organisations (cannot-link) unless their normalised forms are
    identical and this is true (a list that repeats a name); set False to keep even exact
    repeats apart.
    """

    threshold: float = 0.5
    classifier: ClassifierName = "rules"
    blocking: BlockingOptions = BlockingOptions()
    judgements: tuple[Judgement, ...] = field(default=(), converter=_judgements)
    alias_table: tuple[tuple[str, ...], ...] = field(default=(), converter=_tuple_of_tuples)
    training_pairs: tuple[LabelledPair, ...] = field(default=(), converter=_labelled_pairs)
    publisher_forms_must_link: bool = True
    allow_repeats_in_list: bool = True
    statement_signatory_overlap: float = 0.8
    statement_text_similarity: float = 0.6
    statement_max_days_apart: int = 14

    def __attrs_post_init__(self) -> None:
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError(f"threshold must be in [0, 1], got {self.threshold}")
        if self.classifier == "logistic" and not self.training_pairs:
            raise ValueError("classifier 'logistic' needs training_pairs")


def read_alias_table(path: str | os.PathLike[str]) -> tuple[tuple[str, ...], ...]:
    """Read an alias table: a CSV file, one organisation per row, one name per cell."""
    with open(path, newline="", encoding="utf-8") as handle:
        return tuple(
            tuple(c.strip() for c in row if c.strip()) for row in csv.reader(handle) if row
        )
