"""Rebuild ``src/sochi_er/data/given_names.txt`` from Faker's first-name lists (all locales).

Run: ``pip install faker && python benchmarks/tools/build_given_names.py``. The output is
committed; the library never imports Faker.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
#: Given names that are also common words of organisation names.
NOT_NAMES = frozenset(
    [
        "Christian",
        "Will",
        # articles that open organisations' names ("Les Amis de ...", "El Colectivo ...")
        "Les",
        "El",
        "Lo",
        "Una",
        "May",
        "Hope",
        "Faith",
        "Grace",
        "Mercy",
        "Justice",
        "Liberty",
        "Unity",
        "Peace",
        "Joy",
        "Amnesty",
        "Art",
        "Bill",
        "Sunny",
        "Rich",
        "Summer",
        "Autumn",
        "Winter",
        "Ocean",
        "River",
        "Rose",
        "Lily",
        "Iris",
        "Ruby",
        "Pearl",
        "Dawn",
        "Star",
        "Sky",
        "Jade",
        "Amber",
        "Crystal",
        "Harmony",
        "Miracle",
        "Blessing",
        "Gift",
        "Precious",
        "Destiny",
        "Trinity",
        "Heaven",
        "Paradise",
        "Eden",
        "Haven",
        "Journey",
        "Legend",
        "Royal",
        "King",
        "Prince",
        "Princess",
        "Duke",
        "Angel",
        "Patience",
        "Prudence",
        "Charity",
        "Honor",
        "Honour",
        "Constance",
        "Felicity",
        "Verity",
        "Temperance",
        "Mission",
        "Sage",
        "Saint",
        "Major",
        "Rebel",
        "Marshall",
        "Forest",
        "Free",
        "Rain",
        "Storm",
        "Trust",
        "Union",
        "Alliance",
        "Victory",
        "Action",
        "Civil",
        "Human",
        "Rights",
        "Open",
        "Save",
        "Child",
        "Children",
        "Women",
        "Youth",
        "Green",
        "Global",
        "World",
        "Center",
        "Centre",
        "Media",
        "Life",
        "Light",
        "Family",
        "Friends",
        "Home",
        "Hand",
        "Hands",
        "Help",
        "Aid",
        "Change",
        "Future",
        "Freedom",
    ]
)
#: Given names of languages Faker has no locale for (Catalan, Basque).
EXTRA_NAMES = frozenset(
    [
        "Enric", "Pere", "Oriol", "Meritxell", "Roser", "Neus", "Dolors", "Francesc", "Ferran",
        "Jaume", "Lluís", "Miquel", "Bernat", "Guillem", "Quim", "Sergi", "Mercè", "Eulàlia",
        "Elisenda", "Glòria", "Imma", "Montse", "Txell", "Carme", "Pol", "Nil", "Biel", "Arnau",
        "Jordi", "Josep", "Joan", "Núria", "Laia", "Montserrat", "Assumpta", "Ariadna", "Aina",
        "Xabier", "Ander", "Unai", "Ainhoa", "Edurne", "Garazi", "Iñaki", "Aitor", "Iker", "Amaia",
        "Nerea", "Itziar", "Maite", "Leire", "Koldo", "Gorka", "Mikel", "Idoia", "Arantxa",
        "Begoña", "Nekane",
    ]
)
HEADER = """\
# Given names, one a line, used to tell a person's name ("Jane Roe") from an organisation's.
# Built from the first-name lists of the Faker package (MIT) for every locale by
# benchmarks/tools/build_given_names.py; words that are also common organisation-name
# words (Hope, Justice, Unity...) are left out; names of languages Faker lacks are added.
"""


def main() -> None:
    import faker.providers.person as person_providers

    names: set[str] = set()
    for module in pkgutil.iter_modules(person_providers.__path__):  # every locale
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in ATTRIBUTES:
            values = getattr(provider, attribute, None) or ()
            if isinstance(values, property):
                continue
            names.update(v for v in values if isinstance(v, str) and v.strip() and " " not in v)
    kept = sorted(n for n in (names | EXTRA_NAMES) - NOT_NAMES if len(n) >= 2)
    out = Path(__file__).resolve().parents[2] / "src/sochi_er/data/given_names.txt"
    out.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} names -> {out}")


if __name__ == "__main__":
    main()
