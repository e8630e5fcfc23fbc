#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the mu blind extraction set (mu05, mu07) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are real public texts (see ``sources.csv``):

  mu05  DOCX: the letter of representatives of the charity and voluntary sector in Witney to
        the Witney Gazette (UK, late 2013) on the Transparency of Lobbying, Non-Party
        Campaigning and Trade Union Administration Bill then in the House of Lords, as held by
        the stored web-page corpus (print view of witneygazette.co.uk letter 10890501, 1,510
        characters, complete). Each stored paragraph became a Word paragraph (the empty lines
        between them left out); the signatures stay one run-on paragraph as stored ("Name,
        Organisation, Name, Organisation, Place, ..."). The stored page has no headline, so
        the document has no heading; its core title property is a neutral description.
  mu07  PDF: the open letter of 27 June 2016 to Donald Tusk and the EU heads of state and
        government, "Withdraw the TTIP mandate, say 240 European organisations", as held by
        the stored web-page corpus (esdocs.com rendering of the PDF, 2,000 bytes, one run-on
        text cut by the corpus inside the fourth signer, "F"). The address lines, the date,
        the "Re :" line (as a PDF sub-heading), the salutation, five body paragraphs and
        "Yours sincerely," were restored from the run-on text; the stray "1" after "Yours
        sincerely," (read as the first page's number) ends page 1, and the signers follow on
        page 2, one "Name - Region" a line, the cut "F" kept as its own line. The words are
        unchanged (checked token by token against the stored text when the text was made).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "mu05_witneygazette-charities-letter-lobbying-bill": (
        "Letter to the Witney Gazette on the Lobbying Bill"
    ),
}
PDF: dict[str, str] = {
    "mu07_esdocs-ttip-withdraw-mandate-240-european-organisations": (
        "Withdraw the TTIP mandate, say 240 European organisations"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
