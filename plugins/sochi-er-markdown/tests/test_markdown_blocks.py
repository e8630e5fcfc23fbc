"""The blocks the ``markdown`` parser builds: kinds, markers, numbers, levels, groups,
cells and gaps, and text free of markup."""

from __future__ import annotations

from sochi_er_markdown import MarkdownParser
from sochi_er_markdown.parser import mostly_html

from sochi_er import Source
from sochi_er.extraction import Block, BlockKind, Document
from sochi_er.extraction.frontmatter import front_matter_title, strip_front_matter

PARSER = MarkdownParser(use_env=False)


def _document(text: str) -> Document:
    return PARSER.document(Source.from_text("blocks.md", text))


def _rows(document: Document) -> list[tuple[BlockKind, str]]:
    return [(b.kind, document.text_of(b)) for b in document.blocks]


def _only(document: Document, kind: BlockKind) -> list[Block]:
    return [b for b in document.blocks if b.kind is kind]


def test_headings_and_paragraphs() -> None:
    document = _document("# Title *one*\n\nSome **bold** text.\n\n### Third level\n")
    assert _rows(document) == [
        (BlockKind.HEADING, "Title one"),
        (BlockKind.PARAGRAPH, "Some bold text."),
        (BlockKind.HEADING, "Third level"),
    ]
    assert [b.level for b in document.blocks] == [1, 0, 3]
    assert document.text == "Title one\n\nSome bold text.\n\nThird level"
    assert [b.gap_before for b in document.blocks] == [False, True, True]


def test_setext_heading_level() -> None:
    document = _document("Big title\n=========\n\nSmaller\n-------\n")
    assert [(b.kind, b.level) for b in document.blocks] == [
        (BlockKind.HEADING, 1),
        (BlockKind.HEADING, 2),
    ]


def test_broken_paragraph_becomes_lines_of_one_group() -> None:
    document = _document("Example One\nExample Two  \nExample   Three\n\nAfter\n")
    lines = _only(document, BlockKind.LINE)
    assert [document.text_of(b) for b in lines] == ["Example One", "Example Two", "Example Three"]
    assert len({b.group for b in lines}) == 1 and lines[0].group is not None
    assert [b.gap_before for b in lines] == [False, False, False]
    assert _rows(document)[-1] == (BlockKind.PARAGRAPH, "After")


def test_wrapped_prose_stays_one_paragraph() -> None:
    document = _document("We ask the council to act\nbefore the summer, as the water\nis low.\n")
    assert _rows(document) == [
        (BlockKind.PARAGRAPH, "We ask the council to act before the summer, as the water is low.")
    ]


def test_an_enumeration_wrapped_at_a_column_stays_one_paragraph() -> None:
    """Lines that all fill the same width but the last are text wrapped at a column, even
    when most open with a capital (an enumeration of names): one paragraph."""
    text = (
        "The text of the following declaration was released by the Ministers of\n"
        "Velmaria, Tarrowland, Quenbia, the Exa Islands, Northtown, Southtown,\n"
        "The Velmar Republic, Eastmark, Westmark, the Tarrow Federation, Upland\n"
        "Republic of Lowland, and Midland at the Ministerial on 18 September.\n"
        "Done in Velmar.\n"
    )
    document = _document(text)
    assert _rows(document) == [(BlockKind.PARAGRAPH, " ".join(text.split()))]
    names = "Velmar Union\nTarrow Network of Example Friends\nQuenby Trust\n"
    assert [b.kind for b in _document(names).blocks] == [BlockKind.LINE] * 3


def test_hard_breaks_split_even_wrapped_prose() -> None:
    document = _document("first line\\\nsecond line<br>third line\n")
    assert _rows(document) == [
        (BlockKind.LINE, "first line"),
        (BlockKind.LINE, "second line"),
        (BlockKind.LINE, "third line"),
    ]


def test_kramdown_forced_line_breaks_leave_no_backslash() -> None:
    # Jekyll (kramdown): "\\\\" ending a line breaks it; CommonMark reads an escaped "\\"
    document = _document(
        "## Name, Institution\nJane Roe, Example University  \\\\\n"
        "wrapped lower case, Example College \\\\\nJohn Doe, Example Institute\\\\\n"
    )
    assert [document.text_of(b) for b in _only(document, BlockKind.LINE)] == [
        "Jane Roe, Example University", "wrapped lower case, Example College",
        "John Doe, Example Institute",
    ]  # fmt: skip


def test_bullet_list_markers_levels_and_groups() -> None:
    document = _document("- One\n- Two\n  * Nested a\n  * Nested b\n- Three\n\n+ Other list\n")
    items = _only(document, BlockKind.LIST_ITEM)
    assert [(document.text_of(b), b.marker, b.level, b.number) for b in items] == [
        ("One", "-", 0, None),
        ("Two", "-", 0, None),
        ("Nested a", "*", 1, None),
        ("Nested b", "*", 1, None),
        ("Three", "-", 0, None),
        ("Other list", "+", 0, None),
    ]
    groups = [b.group for b in items]
    assert groups[0] == groups[1] == groups[4]
    assert groups[2] == groups[3] != groups[0]
    assert groups[5] not in groups[:5]


def test_ordered_list_numbers() -> None:
    document = _document("3. Three\n4. Four\n7. Seven\n\n1) Alpha\n1) Beta\n")
    items = _only(document, BlockKind.LIST_ITEM)
    assert [(document.text_of(b), b.marker, b.number) for b in items] == [
        ("Three", "3.", 3),
        ("Four", "4.", 4),
        ("Seven", "7.", 7),
        ("Alpha", "1)", 1),
        ("Beta", "1)", 1),
    ]


def test_item_with_several_paragraphs() -> None:
    document = _document("- Example Network\n  Secretariat Office\n\n  More about it\n- Next\n")
    assert _rows(document) == [
        (BlockKind.LIST_ITEM, "Example Network"),
        (BlockKind.LINE, "Secretariat Office"),
        (BlockKind.LINE, "More about it"),
        (BlockKind.LIST_ITEM, "Next"),
    ]
    assert len({b.group for b in document.blocks}) == 1


def test_empty_items_are_kept_with_their_number() -> None:
    document = _document("1. One\n2.\n3. Three\n")
    items = _only(document, BlockKind.LIST_ITEM)
    assert [(document.text_of(b), b.number) for b in items] == [("One", 1), ("", 2), ("Three", 3)]


def test_item_holding_only_a_nested_list() -> None:
    document = _document("1. - Inner one\n   - Inner two\n2. Outer two\n")
    items = _only(document, BlockKind.LIST_ITEM)
    assert [(document.text_of(b), b.number, b.level) for b in items] == [
        ("", 1, 0),
        ("Inner one", None, 1),
        ("Inner two", None, 1),
        ("Outer two", 2, 0),
    ]


def test_table_rows_and_cells() -> None:
    document = _document(
        "| Organisation | Country |\n|---|---|\n| Example *Org* | Kenya |\n| Solo | |\n"
    )
    rows = _only(document, BlockKind.TABLE_ROW)
    assert [[document.text[a:b] for a, b in row.cells] for row in rows] == [
        ["Organisation", "Country"],
        ["Example Org", "Kenya"],
        ["Solo", ""],  # the empty cell stays: the row lines up with its header
    ]
    assert len({row.group for row in rows}) == 1


def test_blockquote_html_rule_and_code() -> None:
    document = _document(
        "> Quoted paragraph\n>\n> - quoted item\n\n<div>\nraw html\n</div>\n\n---\n\n"
        "```\nExample One\n\nExample Two\n```\n"
    )
    assert _rows(document) == [
        (BlockKind.PARAGRAPH, "Quoted paragraph"),
        (BlockKind.LIST_ITEM, "quoted item"),
        (BlockKind.PARAGRAPH, "raw html"),  # a <div> of one line, as the web parser reads it
        (BlockKind.LINE, "Example One"),
        (BlockKind.LINE, "Example Two"),
    ]


def test_html_inside_markdown_is_read_as_the_web_parser_reads_it() -> None:
    document = _document(
        "# Appeal\n\nWe ask for peace.\n\n<h4>Organisations:</h4>\n"
        "<ul><li>Example Network</li><li>Example Union <img src=x.png></li></ul>\n"
        "<nav><ul><li>Home</li></ul></nav>\n"
    )
    rows = [(b.kind, document.text_of(b), b.chrome) for b in document.blocks]
    assert rows == [
        (BlockKind.HEADING, "Appeal", False),
        (BlockKind.PARAGRAPH, "We ask for peace.", False),
        (BlockKind.HEADING, "Organisations:", False),
        (BlockKind.LIST_ITEM, "Example Network", False),
        (BlockKind.LIST_ITEM, "Example Union", False),
    ]


def test_a_page_written_in_html_and_saved_as_markdown_is_read_as_html() -> None:
    page = (
        '---\nlayout: page\n---\n<section>\n  <div class="container">\n'
        "    <h2>Organizzazioni:</h2>\n\n"
        "    <p>Example Network, Example Union, Associazione Esempio e Example Forum.</p>\n"
        "  </div>\n</section>\n"
    )
    assert mostly_html(page)
    assert not mostly_html("Some *markdown* text\n\n<span>inline</span> more text here\n")
    document = _document(page)
    assert [document.text_of(b) for b in document.blocks] == [
        "Organizzazioni:",
        "Example Network, Example Union, Associazione Esempio e Example Forum.",
    ]


def test_inline_text_without_markup() -> None:
    document = _document(
        "A [link **bold**](https://x.example) and ![alt text](i.png) plus `code`, "
        "<b>tags</b> &amp; entities &copy;\n"
    )
    assert document.text == "A link bold and plus code, tags & entities \u00a9"


def test_front_matter() -> None:
    assert strip_front_matter("---\ntitle: X\n---\n# Body\n") == "# Body\n"
    assert strip_front_matter("---\ntitle: X\n...\nBody") == "Body"
    # not front matter: not at the top, not key: lines, or never closed
    for text in ("\n---\ntitle: X\n---\n", "---\nSome text\n---\n", "---\ntitle: X\nBody\n"):
        assert strip_front_matter(text) == text


def test_front_matter_title() -> None:
    """The title as the site renders it: YAML quoting and folding undone, whitespace
    collapsed; none without a title, with a title that is no string, or bad YAML."""
    folded = '---\ndate: 2024-01-23\ntitle: "Joint Statement from A,\\\n  \\ B and C"\n---\nBody\n'
    assert front_matter_title(folded) == "Joint Statement from A, B and C"
    assert front_matter_title("---\ntitle: Endorsements  \n---\n") == "Endorsements"
    for text in ("---\nlayout: page\n---\n", "---\ntitle: [1, 2]\n---\n",
                 "---\ntitle: a: b: c\n---\n", "# No front matter\n"):  # fmt: skip
        assert front_matter_title(text) is None


def test_the_front_matter_title_is_the_first_heading() -> None:
    document = _document("---\nlayout: post\ntitle: A *starred* title\n---\n\nBody text.\n")
    assert _rows(document) == [
        (BlockKind.HEADING, "A *starred* title"), (BlockKind.PARAGRAPH, "Body text."),
    ]  # fmt: skip


def test_liquid_tags_are_left_out() -> None:
    """ "![Logo]({{ site.baseurl }}/logo.png) Example Union": the site fills the tag in;
    left in, its spaces would break the image, and its markup would be read as text."""
    document = _document(
        "| Organisation |\n|---|\n| ![Logo]({{ site.baseurl }}/a.png) Example Union |\n"
        "{% include footer.html %}\n"
    )
    assert _rows(document)[-1] == (BlockKind.TABLE_ROW, "Example Union")


def test_every_block_span_is_in_the_text() -> None:
    document = _document("# T\n\n- a\n- b\n\n|x|y|\n|-|-|\n|1|2|\n\nline one\nLine two\n")
    for block in document.blocks:
        text = document.text_of(block)
        assert text == text.strip() and "  " not in text


def test_foreign_markers_in_broken_paragraphs_become_items() -> None:
    document = _document("Signed by:\n\u2022 Example One\n\u2022 Example Two\n(3) Example Three\n")
    assert [(b.kind, document.text_of(b), b.marker, b.number) for b in document.blocks] == [
        (BlockKind.LINE, "Signed by:", None, None),
        (BlockKind.LIST_ITEM, "Example One", "\u2022", None),
        (BlockKind.LIST_ITEM, "Example Two", "\u2022", None),
        (BlockKind.LIST_ITEM, "Example Three", "(3)", 3),
    ]
    assert len({b.group for b in document.blocks}) == 1
    single = _document("\u2022 Example One\n\n\u2022 Example Two\n")
    assert [(b.kind, single.text_of(b), b.marker) for b in single.blocks] == [
        (BlockKind.LIST_ITEM, "Example One", "\u2022"),
        (BlockKind.LIST_ITEM, "Example Two", "\u2022"),
    ]
    # "2018 - ..." starts a sentence about a year, not an item
    assert _rows(_document("2018 - a dry year for every river in the region.\n")) == [
        (BlockKind.PARAGRAPH, "2018 - a dry year for every river in the region.")
    ]


def test_a_line_ending_on_a_connective_is_wrapped() -> None:
    document = _document("Example Network of\nRiver Guardians\nSample Union\n")
    assert [document.text_of(b) for b in document.blocks] == [
        "Example Network of River Guardians",
        "Sample Union",
    ]


def test_one_lower_case_name_does_not_merge_a_list() -> None:
    document = _document("Example One\nexample.two\nExample Three\nExample Four\n")
    assert [b.kind for b in document.blocks] == [BlockKind.LINE] * 4


def test_a_grid_table_is_read_as_table_rows() -> None:
    document = _document(
        "+-----------------+---------+\n| Organisation    | Country |\n"
        "+=================+=========+\n| Example Network | Kenya   |\n"
        "+-----------------+---------+\n"
    )
    rows = [[document.text[a:b] for a, b in block.cells] for block in document.blocks]
    assert rows == [["Organisation", "Country"], ["Example Network", "Kenya"]]
    assert {block.kind for block in document.blocks} == {BlockKind.TABLE_ROW}


def test_a_grid_table_with_cells_over_several_lines() -> None:
    document = _document(
        "The first signatories are:\n\n"
        "+----------------------+-----------------+\n"
        "| <p>                  | [Example        |\n"
        "| [![](http://x.org/lo | Network](http:/ |\n"
        "| go.png)](http://x.or | /x.org/)        |\n"
        "| g/)                  | - Italy\\        |\n"
        "|                      | What the network|\n"
        "|                      | does, at length.|\n"
        "+----------------------+-----------------+\n"
        "| Second               | Example Union   |\n"
        "+----------------------+-----------------+\n"
    )
    rows = [[document.text[a:b] for a, b in block.cells] for block in document.blocks
            if block.kind is BlockKind.TABLE_ROW]  # fmt: skip
    # the logo's cell is empty once its image is gone, and stays, zero-length
    assert rows == [["", "Example Network - Italy"], ["Second", "Example Union"]]


def test_a_file_whose_only_text_is_its_front_matter_is_read_as_text() -> None:
    text = "---\ntitle: Example Statement\nexcerpt: >\n  Example text of the statement.\n---\n"
    document = _document(text)
    assert document.text == text
    assert all(block.boilerplate for _, block in document.content())
    (statement,) = PARSER.parse(Source.from_text("statement.md", text))
    assert statement.signatories == ()


def test_logos_in_list_items_and_cells_are_their_alt_text_and_captions_are_dropped() -> None:
    document = _document(
        "![A photo of the march, October](photo.jpg)\n\n"
        "Supported by\n\n"
        "* ![Example Network](/logos/example.png)\n"
        "* [![Example Union](/logos/union.png)](https://union.example)\n"
        "* ![Example Forum](/logos/forum.png){: .logos}\n\n"
        "| ![Example Alliance](a.png) | Kenya |\n|---|---|\n"
    )
    items = [document.text_of(b) for b in _only(document, BlockKind.LIST_ITEM)]
    assert items == ["Example Network", "Example Union", "Example Forum"]
    assert "A photo of the march" not in document.text
    row = _only(document, BlockKind.TABLE_ROW)[0]
    assert [document.text[a:b] for a, b in row.cells] == ["Example Alliance", "Kenya"]


def test_kramdown_attribute_lists_are_markup() -> None:
    document = _document("Share this{: .share}\n\n{: .note}\n\nExample Network\n")
    assert _rows(document) == [
        (BlockKind.PARAGRAPH, "Share this"),
        (BlockKind.PARAGRAPH, "Example Network"),
    ]


def test_markdown_inside_an_html_element_is_read_as_markdown() -> None:
    # kramdown / PHP Markdown Extra: markdown="1" asks for the content to be Markdown
    text = (
        '<div markdown="1">\n'
        '  • [Example Union](https://union.example.org){:target="_blank"}\n'
        "  • [EXU](https://exu.example.org)\n"
        "</div>\n\n"
        "<div>\n  • [Raw Html](https://raw.example.org)\n</div>\n"
    )
    document = _document(text)
    items = [document.text_of(b) for b in _only(document, BlockKind.LIST_ITEM)]
    # without markdown="1" the content is raw: the link stays as written (the pasted
    # bullet still makes it an item, as on a web page)
    assert items == ["Example Union", "EXU", "[Raw Html](https://raw.example.org)"]


def test_indented_html_after_a_blank_line_is_read_as_html() -> None:
    # a Jekyll page: CommonMark ends the HTML block at the blank line and would read the
    # indented cards after it as code, tags and all; kramdown (and a reader) as HTML
    text = (
        "### Organizations\n\n"
        '  <div class="wrap">\n'
        '      <article class="card">\n'
        '        <div class="logo"><img src="/a.png" alt="Example Union"></div>\n'
        '        <div class="caption"><h3>Example Union</h3></div>\n'
        "      </article>\n\n"
        '      <article class="card">\n'
        '        <div class="caption"><h3>Example Forum</h3></div>\n'
        "      </article>\n"
        "  </div>\n"
    )
    document = _document(text)
    texts = [document.text_of(b) for b in document.blocks]
    assert not any("<" in t for t in texts)
    assert "Example Forum" in texts
