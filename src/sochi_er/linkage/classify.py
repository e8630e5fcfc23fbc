"""Classifiers: feature rows -> per-feature log-odds contributions -> match probability.

Contract: every classifier exposes ``bias`` and ``contributions(x)`` (one additive log-odds
term per feature), so a score is ``sigmoid(bias + sum(contributions))`` whichever model
made it, and every score can be explained feature by feature. The caller sets the
threshold. ``rules`` is the unsupervised default; ``ecm`` and ``logistic`` are fitted by
recordlinkage behind :mod:`sochi_er.linkage._frame`.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
import numpy.typing as npt

from sochi_er.linkage.features import (
    ACR_CONFLICT,
    ACRONYM,
    ALIAS,
    DISTINCT,
    FEATURES,
    IDF,
    JW,
    LETTERS,
    PLACE,
    RATIO,
    WORDS,
)

__all__ = ["Classifier", "RulesClassifier", "probability"]

FloatArray = npt.NDArray[np.float32]


class Classifier(Protocol):
    """What the engine needs from a classifier."""

    name: str
    bias: float

    def contributions(self, x: FloatArray) -> FloatArray:
        """Log-odds contribution of each feature, shape ``x.shape``."""
        ...


def probability(clf: Classifier, x: FloatArray) -> FloatArray:
    """Match probability for each row of *x*."""
    logit = clf.bias + clf.contributions(x).sum(axis=1)
    prob: FloatArray = (1.0 / (1.0 + np.exp(-np.clip(logit, -30, 30)))).astype(np.float32)
    return prob


class RulesClassifier:
    """Hand-set, documented log-odds weights (no training).

    String similarities count for or against within bounds (so that they can never veto
    an alias or acronym hit); an unambiguous alias/acronym hit adds +12; identical letters
    +4; the same content words in another order +6; differing place qualifiers or explicit
    acronyms -10; a distinguishing word -8, a likely misspelling of a rarely attested form
    +2.5.
    """

    name = "rules"
    bias = -1.5

    def contributions(self, x: FloatArray) -> FloatArray:
        c = np.zeros_like(x, dtype=np.float32)
        c[:, RATIO] = np.clip(15.0 * (x[:, RATIO] - 0.88), -4.0, 2.0)
        c[:, JW] = np.clip(5.0 * (x[:, JW] - 0.9), -2.0, 0.5)
        c[:, IDF] = np.clip(4.0 * (x[:, IDF] - 0.6), -2.4, 1.6)
        c[:, LETTERS] = 4.0 * x[:, LETTERS]
        c[:, ACRONYM] = 12.0 * x[:, ACRONYM]
        c[:, ALIAS] = 12.0 * x[:, ALIAS]
        c[:, PLACE] = np.where(x[:, PLACE] > 0, 0.5, np.where(x[:, PLACE] < 0, -10.0, 0.0))
        c[:, ACR_CONFLICT] = -10.0 * x[:, ACR_CONFLICT]
        c[:, DISTINCT] = np.where(x[:, DISTINCT] < 0, -8.0, 2.5 * x[:, DISTINCT])
        c[:, WORDS] = 6.0 * x[:, WORDS]
        assert c.shape[1] == len(FEATURES)
        return c
