"""Linkage: resolve organisation mentions into organisations, and statement renditions
into statement groups.

Public entry points: :func:`resolve` (records in, :class:`Resolution` out),
:func:`link_table` (a table of names in, :class:`TableLinkage` out),
:func:`link_to_reference` (new names against known organisations, :class:`ReferenceLinkage`
out) and :func:`link_names`
(plain name arrays in, :class:`NameLinkage` out; the scale path both are built on).
Pipeline modules: ``normalise`` (pure name functions),
``forms`` (distinct names as integer codes), ``blocking`` (candidate passes),
``features`` (pair features), ``classify`` (scores), ``cluster`` (constrained union-find),
``statements`` (rendition grouping); ``_frame`` is the only module touching
pandas/recordlinkage.
"""

from sochi_er.linkage.blocking import BlockingStats
from sochi_er.linkage.config import (
    BlockingOptions,
    Judgement,
    LabelledPair,
    LinkageConfig,
    read_alias_table,
)
from sochi_er.linkage.engine import NameLinkage, link_names
from sochi_er.linkage.normalise import NameForm, normalise_name
from sochi_er.linkage.reference import (
    NEW_ID,
    ReferenceLinkage,
    ReferenceMatch,
    link_to_reference,
)
from sochi_er.linkage.resolution import Explanation, FeatureExplanation, Resolution, resolve
from sochi_er.linkage.statements import StatementGroup
from sochi_er.linkage.table import TableLinkage, link_table

__all__ = [
    "NEW_ID",
    "BlockingOptions",
    "BlockingStats",
    "Explanation",
    "FeatureExplanation",
    "Judgement",
    "LabelledPair",
    "LinkageConfig",
    "NameForm",
    "NameLinkage",
    "ReferenceLinkage",
    "ReferenceMatch",
    "Resolution",
    "StatementGroup",
    "TableLinkage",
    "link_names",
    "link_table",
    "link_to_reference",
    "normalise_name",
    "read_alias_table",
    "resolve",
]
