"""Whether a saved document repeats a statement the gold sets already hold.

    python benchmarks/tools/seen_texts.py --build [GOLD]     # index GOLD (default
                                                             # benchmarks/gold) once
    python benchmarks/tools/seen_texts.py FILE...            # NEW or ALREADY SEEN each

A document is ALREADY SEEN when a third or more of its 8-word runs (every third one,
hashed) are in the index: the same statement, saved before from this or another site.
The helpers who collect blind sets (``collect_brief.md``) run it on every document they
save, so that a blind set never measures rules already shaped on its texts; the test
``test_no_document_repeats_an_earlier_sets_text`` checks the committed sets the same way.
The index is written next to this file (``seen_index.txt.gz``, not committed).
"""

from __future__ import annotations

import gzip
import hashlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
INDEX = HERE / "seen_index.txt.gz"
#: Share of a document's runs already indexed that makes it a repeat.
SEEN_SHARE = 0.33
#: Documents built from a text in the set's ``texts/`` folder (``build_docx.py``).
_BUILT_SUFFIXES = (".docx", ".pdf")


def word_runs(text: str) -> set[str]:
    """Every third 8-word run of *text*, lower-cased, as a short hash."""
    words = re.findall(r"\w+", text.lower())
    return {
        hashlib.md5(" ".join(words[i : i + 8]).encode(), usedforsecurity=False).hexdigest()[:12]
        for i in range(0, max(0, len(words) - 8), 3)
    }


def document_text(path: Path) -> str:
    """The text of a gold document: the file itself, or for a built Word or PDF file its
    ``texts/`` source (empty when it has none)."""
    if path.suffix in _BUILT_SUFFIXES:
        built = sorted(path.parent.parent.glob(f"texts/{path.stem}.*"))
        if not built:
            return ""
        path = built[0]
    return path.read_text(encoding="utf-8", errors="ignore")


def build(gold: Path) -> int:
    """Index every document of every set under *gold*; the number of runs."""
    seen: set[str] = set()
    for path in sorted(gold.glob("*/docs/*")):
        seen |= word_runs(document_text(path))
    with gzip.open(INDEX, "wt", encoding="utf-8") as out:
        out.write("\n".join(sorted(seen)))
    return len(seen)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--build"]:
        gold = Path(argv[1]) if len(argv) > 1 else HERE.parent / "gold"
        print(build(gold), "runs indexed")
        return 0
    with gzip.open(INDEX, "rt", encoding="utf-8") as handle:
        seen = set(handle.read().split("\n"))
    for name in argv:
        runs = word_runs(document_text(Path(name)))
        share = len(runs & seen) / len(runs) if runs else 0.0
        verdict = "ALREADY SEEN" if share >= SEEN_SHARE else "NEW"
        print(f"{name}: {verdict} ({share:.0%} of its text already in the gold sets)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
