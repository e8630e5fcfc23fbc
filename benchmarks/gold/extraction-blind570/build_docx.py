#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the vn blind extraction set (vn06, vn09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vn06  ERTOpen (Greek) media advisory of August 2017 (Afghan refugees in Greece
        call on all to show solidarity), the march of Afghan refugees from the Ministry of
        Migration to the EU offices in Athens on 22 August 2017; the organisers are listed in a
        paragraph with no cue (the advisory's "who" label is not in the stored text) and the
        list runs over two stored lines ("..., ΚΕΕΡΦΑ," / "War Resisters League,No One is Illegal
        USA-Canada."); then the "when" and "what" labels, cut by the corpus ("... ως πρόσφυγες π").
  vn09  HKPinoyTV (Tagalog, with English names) story of March 2023: the Philippine Consul
        General in Hong Kong receives the letter of demands of the OFW groups to President
        Marcos ("PBBM"); the group is "sa pangunguna ng United Filipinos in HK (UNIFIL)" and the
        letter "pinirmahan ng representative ng 64 organisasyon"; cut by the corpus ("Siniguro d").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vn06  PDF: the title a heading 1, then one paragraph per stored line (six paragraphs, one
        page; the organisers' list is two paragraphs, the second opening "War Resisters League,").
  vn09  DOCX: the breadcrumb line a paragraph ("Home Community Events PHL ConGen ..."), the
        headline a Word heading 1, then one Word paragraph per stored paragraph (ten), the
        consul general's quote included (twelve paragraphs in all).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 10, 12, 0, 0)

DOCX: dict[str, str] = {
    "vn09_hkpinoytv-ofw-groups-letter-pbbm-consul-general": (
        "PHL ConGen hinarap ang grupo ng mga OFWs at tinanggap ang sulat para kay PBBM"
    ),
}
PDF: dict[str, str] = {
    "vn06_ertopen-afghan-refugees-greece-call-march-eu-office": (
        "Οι Αφγανοί πρόσφυγες στην Ελλάδα καλούν όλους/ες να δείξουν αλληλεγγύη"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
