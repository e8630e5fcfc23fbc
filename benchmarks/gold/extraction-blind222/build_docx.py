#!/usr/bin/env python3
"""Build the DOCX document of the hf blind extraction set (hf03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a post of the Jamildo political blog (JC / NE10, Recife) kept
as Markdown in the repository ``github:cynaramaira/jamildorep`` (see ``sources.csv``): the
full letter of the Movimento Atitude Pernambuco handed to President Bolsonaro on 3 September
2021, with its front matter left out, its HTML entities decoded, and the two blocks of
"related posts" link titles the blog inserted inside the letter left out. The post's title
became the Word heading 1, each line of the letter a plain paragraph, and the signature line
(``Guilherme Ferreira da CostaPresidente do Conselho ...`` in the scraped post, where a line
break was lost) two paragraphs: the name, then the office. Nothing here decides who signed:
the labels in ``labels/`` were written by reading.

Layout:
  hf03  DOCX: a single-issuer business letter: heading 1, the salutation "Senhor
        Presidente,", twelve paragraphs (the Movimento named in the first one, the
        minister Tarcísio Gomes de Freitas in the tenth), "Respeitosamente," and a
        two-paragraph signature block "Name" / "Presidente do Conselho do <Movimento>";
        no list, no cue word.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "hf03_jamildo-atitude-pernambuco-carta-bolsonaro": (
        "Confira a íntegra da carta-manifesto dos empresários pernambucanos entregue a Bolsonaro"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
