#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the wp blind extraction set (wp04, wp05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (the whole short pages; the wording is unchanged, only the layout
markers ``# `` and ``## `` were put in front of the title lines):

  wp04  Patiëntenfederatie Nederland news item of February 2022: the three umbrella bodies of
        patients' organisations (Patiëntenfederatie Nederland, Ieder(in) and Mind) send a
        "brandbrief" to the Tweede Kamer on funding the training of experts by experience
        (ervaringsdeskundigheid). The page title became the PDF heading 1; every other stored
        line (three paragraphs, then the attachment lines "-", "pdf, 128 kB", "februari, 2022")
        is a PDF paragraph.
  wp05  Houtrookvrij.nl post of 20 November 2021: the open letter of Stichting Houtrookvrij and
        Stichting Luchtfonds to the VVD ("Over de V van vrijheid en verantwoordelijkheid"), cut
        by the site itself at "Lees de hele brief." The post title became the Word heading 1,
        the letter's own title line ("Open brief aan VVD | Stichting Houtrookvrij en Stichting
        Luchtfonds") a Word heading 2, every other stored line a Word paragraph (the repeated
        title, the date and author line, the capitalised sub-title, the salutation, five
        paragraphs; the typing slips "StichtingvLuchtfonds" and "beschouwenven" kept).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wp04  PDF: a heading 1 (the title), three paragraphs (the third "Dat is de strekking van een
        brief van de drie grote koepels van patiëntenorganisaties A, B en C in een brandbrief
        aan de Tweede Kamer."), then three short paragraphs "-", "pdf, 128 kB", "februari, 2022".
  wp05  DOCX: a heading 1, two paragraphs (title repeated, "20 november 2021 Redactie"), a heading
        2 naming the two foundations after a " | ", a capitalised sub-title paragraph, the
        salutation, five paragraphs (the first and second name the two foundations again).

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
    "wp05_houtrookvrij-luchtfonds-open-brief-vvd": "Open brief aan de VVD",
}
PDF: dict[str, str] = {
    "wp04_patientenfederatie-ieder-in-mind-brandbrief-tweede-kamer": (
        "Oproep aan Tweede Kamer: voorkom dat patiëntenorganisaties straks hun werk niet meer"
        " kunnen doen"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
