# ruff: noqa: E501 - one case a line reads best as a table
"""Write ``benchmarks/gold/hard_cases/lists.csv`` and ``pairs.csv``: invented signatory
lists and the labelled pairs of the hard-case gate (``benchmarks/hard_cases.py``).

Run: ``python benchmarks/tools/build_hard_cases.py``. The output is committed; edit the
cases here and rerun. Every name is invented (no corpus name; ``tests/test_faults.py``
checks). A background of 72 "Neighbourhood Water Committee <village>" names (seeded
syllables) spread over six lists makes its three words frequent, as a real pattern's
constant words are, so that word frequencies, name patterns and list attestation behave
as in real lists. Each case names what it guards: the feature, blocking pass or constraint
whose removal turns it wrong (shown by ``benchmarks/faults.py``). Pairs noted "KNOWN WRONG"
are weaknesses of the engine today, listed in ``baseline.json``.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "gold" / "hard_cases"
SYLLABLES = [
    "ar", "bel", "cor", "dun", "el", "fen", "gar", "hol", "ith", "jor", "kel", "lum", "mor",
    "nev", "ol", "pen", "quar", "ros", "sel", "tor", "ul", "ven", "wick", "yar", "zan", "mo",
    "ra", "li", "ta", "no",
]
LISTS: dict[str, list[tuple[str, str]]] = {f"L{i}": [] for i in range(1, 7)}
PAIRS: list[dict[str, str]] = []


def put(name: str, lists: list[str], country: str = "") -> None:
    """*name* (with *country*) is a signatory of each of *lists*."""
    for key in lists:
        LISTS[key].append((name, country))


def pair(a: str, b: str, label: str, guards: str, notes: str, ca: str = "", cb: str = "",
         by: str = "cluster", found_by: str = "") -> None:
    """A labelled pair (see ``hard_cases.py`` for *by* and *found_by*)."""
    PAIRS.append(dict(name_a=a, country_a=ca, name_b=b, country_b=cb, label=label, by=by,
                      found_by=found_by, guards=guards, notes=notes))


def background() -> None:
    rng = random.Random(7)
    villages: set[str] = set()
    while len(villages) < 72:
        villages.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize())
    for k, v in enumerate(sorted(villages)):
        put(f"Neighbourhood Water Committee {v}", [f"L{1 + (k + j) % 6}" for j in range(2)])


def cases() -> None:
    # --- near-twins inside the frequent pattern, never in one list: the differing word
    put("Neighbourhood Water Committee Tarnok", ["L1", "L3"])
    put("Neighbourhood Water Committee Tarnek", ["L2", "L4"])
    pair("Neighbourhood Water Committee Tarnok", "Neighbourhood Water Committee Tarnek", "different", "-", "two villages one vowel apart, each attested in two lists; no single removal turns it (the differing word and the IDF overlap both count against)")
    # a typo of a pattern member, seen once: same
    put("Neighbourhood Water Committee Orvelle", ["L1", "L2", "L3", "L5"])
    put("Neighbourhood Water Committee Orvele", ["L6"])
    pair("Neighbourhood Water Committee Orvelle", "Neighbourhood Water Committee Orvele", "same", "differing_word, token_sort_ratio", "a slip seen once against a name in four lists")
    # one list names both: the list says two organisations
    put("Kestrel Youth Choir", ["L1", "L2"])
    put("Kestrel Youth Choirs", ["L1"])
    pair("Kestrel Youth Choir", "Kestrel Youth Choirs", "different", "lists", "one list names both")
    # typo outside any pattern
    put("Harrowgate Tenants Union", ["L1", "L2", "L3"])
    put("Harrowgate Tenants Unoin", ["L4"])
    pair("Harrowgate Tenants Union", "Harrowgate Tenants Unoin", "same", "sorted_neighbourhood", "transposed letters", found_by="sorted_neighbourhood")
    pair("Harrowgate Tenants Union", "Harrowgate Tenants Unoin", "same", "rare_tokens", "transposed letters", found_by="rare_tokens")
    put("Longmead Mutual Aid Network", ["L2", "L5"])
    put("Longmead Mutual Atd Network", ["L3"])
    pair("Longmead Mutual Aid Network", "Longmead Mutual Atd Network", "same", "token_sort_ratio", "a slip in a short common word: string similarity carries it", by="score")
    # acronym alone
    put("Coastal Wetlands Restoration Trust", ["L1", "L5"])
    put("CWRT", ["L3"])
    pair("Coastal Wetlands Restoration Trust", "CWRT", "same", "acronym, acronyms", "initials alone", found_by="acronyms")
    # explicit acronyms that differ
    put("Civic Media Lab (CIMELA)", ["L2"])
    put("Civic Media Labs (MEDLAB)", ["L4"])
    pair("Civic Media Lab (CIMELA)", "Civic Media Labs (MEDLAB)", "different", "acronym_conflict", "two labs with near-equal generic names, each with its own short name")
    put("Open Seed Library (OSELI)", ["L1"])
    put("Open Seed Library (SEEDLIB)", ["L3"])
    pair("Open Seed Library (OSELI)", "Open Seed Library (SEEDLIB)", "different", "acronym_conflict", "KNOWN WRONG: equal generic names with different short names; same letters and same words outweigh the conflict")
    # dash units of one parent with the bare parent between them
    put("Solar Schools Project - Dunmore", ["L1"])
    put("Solar Schools Project - Kilbride", ["L2"])
    put("Solar Schools Project", ["L3", "L5"])
    pair("Solar Schools Project - Dunmore", "Solar Schools Project - Kilbride", "different", "unit_code", "two units; the bare parent must not chain them")
    # alias part and the alias alone
    put("Greenway Cycling Collective (Spokewise)", ["L2"])
    put("Spokewise", ["L5"])
    pair("Greenway Cycling Collective (Spokewise)", "Spokewise", "same", "alias, aliases", "short name in brackets, then alone", found_by="aliases")
    # place qualifiers that differ
    put("Refugee Legal Aid (Portugal)", ["L1"])
    put("Refugee Legal Aid (Spain)", ["L2"])
    pair("Refugee Legal Aid (Portugal)", "Refugee Legal Aid (Spain)", "different", "place", "two national branches", by="score")
    put("Seed Savers Exchange (Italy)", ["L1"])
    put("Seed Savers Exchange (Greece)", ["L2"])
    put("Seed Savers Exchange", ["L6"])
    pair("Seed Savers Exchange (Italy)", "Seed Savers Exchange (Greece)", "different", "place_country_code", "two national branches; the bare name must not chain them (a country qualifier is exclusive in a cluster)")
    # legal forms
    put("Tarnwick Data GmbH", ["L1"])
    put("Tarnwick Data", ["L4"])
    pair("Tarnwick Data GmbH", "Tarnwick Data", "same", "shortened", "the name without its legal form", by="score")
    # numbers
    put("Parents Association School 12", ["L3"])
    put("Parents Association School 21", ["L4"])
    pair("Parents Association School 12", "Parents Association School 21", "different", "numbers", "two schools", by="score")
    put("Scout Troop 17 Hillcrest", ["L1"])
    put("Scout Troop 29 Hillcrest", ["L2"])
    put("Scout Troop Hillcrest", ["L3"])
    pair("Scout Troop 17 Hillcrest", "Scout Troop 29 Hillcrest", "different", "number_code", "two troops; the bare name must not chain them")
    # countries
    put("Digital Rights Forum", ["L1"], "KE")
    put("Digital Rights Forum", ["L2"], "UG")
    put("Digital Rights Forum", ["L3"], "")
    pair("Digital Rights Forum", "Digital Rights Forum", "different", "country, country_code", "same name, two countries", "KE", "UG", by="score")
    # letters without spaces
    put("Sun Rise Weavers Collective", ["L1"])
    put("Sunrise Weavers Collective", ["L4"])
    pair("Sun Rise Weavers Collective", "Sunrise Weavers Collective", "same", "same_letters, exact", "one word or two", found_by="exact")
    # word order
    put("Kelmark Tenants Association", ["L2"])
    put("Tenants Association of Kelmark", ["L5"])
    pair("Kelmark Tenants Association", "Tenants Association of Kelmark", "same", "same_words, word_bags", "word order", found_by="word_bags")
    # translation
    put("Quellmar Education Foundation", ["L1", "L2"])
    put("Fundación para la Educación Quellmar", ["L6"])
    pair("Quellmar Education Foundation", "Fundación para la Educación Quellmar", "same", "translation, translations", "Spanish rendering", found_by="translations")
    # Arabic script
    put("Beldarin Hospital", ["L3"])
    put("مستشفى بلدارين", ["L5"])
    pair("Beldarin Hospital", "مستشفى بلدارين", "same", "translation, scripts", "Arabic rendering of an invented place's hospital", found_by="scripts")
    # extra word: two bodies
    put("Riverside Womens Cooperative", ["L1", "L3"])
    put("Riverside Rural Womens Cooperative", ["L2", "L4"])
    pair("Riverside Womens Cooperative", "Riverside Rural Womens Cooperative", "different", "-", "one word more, both well attested; no single removal turns it")
    # borderline string evidence
    put("Northgate Food Pantry", ["L1", "L4"])
    put("NorthgateFood Pantry", ["L6"])
    pair("Northgate Food Pantry", "NorthgateFood Pantry", "same", "same_letters", "a lost space", by="score")
    put("Neighbourhood Water Committee Arbelin Dunmoran", ["L2", "L5"])
    put("Neighbourhood Water Committee Arbelan Dunmorin", ["L3", "L6"])
    pair("Neighbourhood Water Committee Arbelin Dunmoran", "Neighbourhood Water Committee Arbelan Dunmorin", "different", "idf_overlap", "two two-word village names, both words different", by="score")
    put("Pemberly Rowing Club", ["L1"])
    put("Pemberley Rowing Clubs", ["L4"])
    pair("Pemberly Rowing Club", "Pemberley Rowing Clubs", "same", "differing_word", "KNOWN WRONG: two slips (a letter and a plural) in one name")
    put("Thornbury Aid Collective", ["L1", "L4"])
    put("Thornbury Ade Collective", ["L2"])
    pair("Thornbury Aid Collective", "Thornbury Ade Collective", "same", "jaro_winkler, token_sort_ratio", "a slip in a three-letter word: only string similarity carries it", by="score")
    put("Harwick Bee Keepers", ["L3", "L6"])
    put("Harwick Beekeepers", ["L4"])
    pair("Harwick Bee Keepers", "Harwick Beekeepers", "same", "same_letters", "KNOWN WRONG: one word or two, and the sorted-word similarity counts against")
    put("Tenants Association of Farrowby", ["L2", "L5"])
    put("Farrowby Tenant Association", ["L1"])
    pair("Tenants Association of Farrowby", "Farrowby Tenant Association", "same", "same_words", "KNOWN WRONG: word order and a singular")
    # generic near names outside patterns
    put("Institute for Ocean Literacy", ["L2"])
    put("Institute for Ocean Policy", ["L4"])
    pair("Institute for Ocean Literacy", "Institute for Ocean Policy", "different", "-", "the distinguishing word is the rare one; no single removal turns it")

def main() -> None:
    background()
    cases()
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "lists.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["list", "name", "country"])
        for key, rows in LISTS.items():
            for name, country in rows:
                w.writerow([key, name, country])
    with (OUT / "pairs.csv").open("w", newline="", encoding="utf-8") as fh:
        d = csv.DictWriter(fh, fieldnames=["name_a", "country_a", "name_b", "country_b", "label",
                                           "by", "found_by", "guards", "notes"])
        d.writeheader()
        d.writerows(PAIRS)


if __name__ == "__main__":
    main()
