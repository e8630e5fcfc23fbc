"""Family names that are no organisation's words (invented names): a double family name
with an organisation's word in its first part, and an Arabic family name with its
article glued by a hyphen."""

from __future__ import annotations

from sochi_er.extraction.item_reading import ItemKind
from sochi_er.extraction.items import read_item
from sochi_er.extraction.lexicons import default_signer_words
from sochi_er.extraction.person_names import is_person


def test_a_double_family_name_with_an_organisation_word_first() -> None:
    words = default_signer_words()
    assert is_person("Amanda Church-Velmar", words)
    assert not is_person("Friedrich Velmar-Stiftung", words)  # a foundation's name
    reading = read_item("Amanda Church-Velmar, Co-CEO of Tarrow Housing", in_list=True)
    assert reading.kind is ItemKind.ORGANISATION
    assert (reading.person, reading.person_role) == ("Amanda Church-Velmar", "Co-CEO")


def test_an_arabic_family_name_with_its_article_glued() -> None:
    words = default_signer_words()
    assert is_person("Omar al-Velmari", words)
    assert is_person("Jamal el-Tarrowi", words)
    assert not is_person("Omar al-velmari", words)  # no capital after the article
