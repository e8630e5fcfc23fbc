#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xi blind extraction set (xi07, xi08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  xi07  Website of MATAKIN, the Supreme Council for the Confucian Religion in Indonesia
        (matakin.or.id, "Berita"): report on the interfaith press conference of 15 January 2016
        ("Apel Kebhinekaan Lintas Iman Bela Negara", Kantor PBNU, Jakarta) condemning the
        Sarinah/Thamrin terror attack; the stored page repeats two of its paragraphs and is
        cut by the corpus inside the repetition ("Ketua Majelis T", 2,000 bytes). There is no
        headline in the stored text, so none was added; every stored line is one PDF
        paragraph.
  xi08  JPNN (jpnn.com) news item of 1 September 2019: the chairs of four youth and mass
        organisations (GP Ansor, Pemuda Muhammadiyah, GAMKI, Pemuda Katolik) issue a joint
        statement calling for a comprehensive settlement in Papua; cut by the corpus after
        the second of six points ("Empat ketua umum Ormas yaitu GP", 2,000 bytes). The stored
        headline became the Word heading 1, every other stored line a Word paragraph (the
        numbered points kept as plain paragraphs with their numbers).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xi07  PDF: eight paragraphs - the lead sentence naming the seven leaders as "Office ORG
        Person" items ("diantaranya Ketua Umum PBNU Said Aqil Siradj, Ketua Umum MATAKIN Uung
        Sendana, ..., dan Sekretaris Lembaga Persahabatan Ormas Islam Lutfi A Tamimi,
        mengecam ..."), then quotes of two of them with their bodies' full names, repeated as
        stored, the last paragraph cut.
  xi08  DOCX: a heading 1, the lead paragraph (inline list "yaitu A, B, C (X), dan D"), the
        paragraph naming each chair ("Ketua Umum A, Name; Ketua Umum DPP B, Name; ..."), three
        paragraphs, a cue paragraph ("Berikut ini enam catatan dan seruan bersama ..."), two
        numbered paragraphs and a cut paragraph.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "xi08_jpnn-empat-ketua-umum-ormas-seruan-papua": (
        "Empat Ketua Umum Ormas Serukan Penyelesaian Papua Harus Komprehensif"
    ),
}
PDF: dict[str, str] = {
    "xi07_matakin-tokoh-lintas-agama-konferensi-pers-teror-sarinah": (
        "Konferensi Pers Tokoh Lintas Agama"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
