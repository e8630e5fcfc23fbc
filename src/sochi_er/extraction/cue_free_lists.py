"""Whether a run with no cue is a list (:func:`accept_cue_free`: enough signers with
organisation evidence, not prose, a menu, citations or a wrapped paragraph), the
accepted runs next to the best one that are parts of one list, and a cue-free run right
before the first cue's list that is its first part."""

from __future__ import annotations

import itertools
import re

from sochi_er.extraction.block_enumeration import has_marks
from sochi_er.extraction.block_reader import BlockReader
from sochi_er.extraction.block_shapes import (
    MAX_ITEM_WORDS,
    MIN_CUE_FREE_ITEMS,
    MIN_CUE_FREE_LINES,
    block_family,
    word_count,
)
from sochi_er.extraction.blocks import BlockKind
from sochi_er.extraction.counts import find_claimed_counts
from sochi_er.extraction.cues import CueKind, announces_no_signers, whole_cue
from sochi_er.extraction.item_prose import opens_with_org_word
from sochi_er.extraction.item_reading import ItemKind
from sochi_er.extraction.item_words import ACRONYM
from sochi_er.extraction.lexicons import default_signer_words, fold, word_tokens
from sochi_er.extraction.lines import (
    SALUTATION,
    is_postal_address,
    lower_case_words,
    non_organisation_reason,
)
from sochi_er.extraction.list_passes import SIGNS_BELOW
from sochi_er.extraction.list_runs import MIN_ADDRESSES, ListRun, is_letters_date, run_from
from sochi_er.extraction.signatory_list import Entry, is_signer
from sochi_er.extraction.wrapped_lines import sentence_runs_on

#: Least mean organisation evidence (0..1) and share of signers in a cue-free run.
MIN_EVIDENCE = 0.5
MIN_SIGNER_SHARE = 0.6
#: Fewest signers of a cue-free list whose names, opening with an organisation word, may
#: write their other words in lower case.
MIN_HEADED_LIST = 6
#: A cue-free run of plain lines with more words of text than this after it is not a
#: list unless "the undersigned" came before it.
TAIL_WORDS = 80
#: Reasons of lines that do not count against a cue-free run: page furniture, not text.
_FURNITURE = frozenset(
    {"empty list item", "repeated header", "page furniture", "place of the line before",
     SIGNS_BELOW}
)  # fmt: skip


#: Words of text between two cue-free runs that still make them one list in parts
#: ("Regional organisations" table, a sub-heading, "National organisations" table).
MAX_WORDS_BETWEEN_PARTS = 40


def neighbour_runs(reader: BlockReader, candidates: list[ListRun], best: ListRun) -> list[ListRun]:
    """*best* with the accepted runs of its family next to it, in text order: a list
    printed in parts (two tables, lists under sub-headings) separated by little text."""
    family = block_family(reader.blocks[best.first])
    ordered = sorted(
        (r for r in candidates if block_family(reader.blocks[r.first]) == family),
        key=lambda r: r.first,
    )
    at = ordered.index(best)
    low = high = at

    def close(a: ListRun, b: ListRun) -> bool:
        return _words_between(reader, a, b) <= MAX_WORDS_BETWEEN_PARTS

    while low > 0 and close(ordered[low - 1], ordered[low]):
        low -= 1
    while high + 1 < len(ordered) and close(ordered[high], ordered[high + 1]):
        high += 1
    return ordered[low : high + 1]


def without_menus(reader: BlockReader, candidates: list[ListRun]) -> list[ListRun]:
    """*candidates* without the runs a page writes out again with little text between
    (at most ``MENU_WORDS_BETWEEN`` words): a site's menu at its head and foot ("General
    News", "Politics", ... and the same once more), no list of signers."""

    def names(run: ListRun) -> tuple[str, ...]:
        return tuple(" ".join(e.name.casefold().split()) for e in run.entries)

    ordered = sorted(candidates, key=lambda r: r.first)
    menus: set[int] = set()
    for a, b in itertools.pairwise(ordered):
        if _words_between(reader, a, b) <= MENU_WORDS_BETWEEN and names(a) == names(b):
            menus.update((a.first, b.first))
    return [r for r in candidates if r.first not in menus]


def _words_between(reader: BlockReader, a: ListRun, b: ListRun) -> int:
    """How many words stand between run *a* and the later run *b*."""
    return reader.words_after(a.last) - reader.words_after(b.first - 1)


#: Most words between two runs of the same names that make them a menu written twice.
MENU_WORDS_BETWEEN = 12


#: Lines naming a body and its person that make a list with no cue wherever it stands,
#: and the share of the run's lines that must read so.
MIN_SIGNED_LINES = 10
SIGNED_LINES_SHARE = 0.9


def accept_cue_free(reader: BlockReader, run: ListRun, family: str) -> bool:
    """A cue-free run is a list when enough of it are signers with organisation evidence;
    a run of plain lines also needs "the undersigned" before it or to end the text (and
    with both, two names are enough)."""
    least = MIN_CUE_FREE_LINES if family == "line" else MIN_CUE_FREE_ITEMS
    if run.first and whole_cue(reader.texts[run.first - 1]) is CueKind.END:
        # wholly "Related", "Sources", "Comments" (not a call to sign): no signers follow
        return False
    if run.first and announces_no_signers(reader.texts[run.first - 1]):
        return False  # "I sent it to the following groups:", "We demand:": no signers follow
    if run.first and _announces_other(reader.texts[run.first - 1]):
        return False  # "The run will find 31 transfers:": what follows is no signer
    heads = _heads_a_letter(reader, run)  # the names above its date: never the addressee
    if not heads and _addressed(reader, run):
        return False  # "Prime Minister", "Office of ...", a street, then "Dear ...,"
    if _after_rights_notice(reader, run.first):
        return False  # "... All rights reserved." then "Related topics", "Weather": furniture
    ends_text = reader.words_after(run.last) <= TAIL_WORDS
    # each line a body with its person: signers' lines, whatever the case of their words
    signed = all(e.reading.person is not None and e.reading.evidence >= 2 for e in run.entries)
    if ends_text and (
        reader.undersigned < run.first  # "We, the undersigned ..." and the text ends with names
        or signed  # the text ends with signers' lines: a sign-off
    ):
        least = MIN_CUE_FREE_ITEMS
    if reader.salutation < run.first - 1 and _we_wrote(reader, run.first):
        # "Sehr geehrte Damen und Herren," ... "Wir danken ...", then the bodies: the
        # letter's signers, whatever follows them (an annex, a page's furniture)
        least = MIN_CUE_FREE_ITEMS
    if family == "line" and _wrapped(run):
        return False
    if family == "line" and 2 * sum(has_marks(e.text) for e in run.entries) > len(run.entries):
        return False  # "A * B * C" lines: an enumeration over lines, read as one
    with_person = sum(e.reading.person is not None and e.reading.evidence >= 1 for e in run.entries)
    if family == "line" and not (
        reader.undersigned < run.first
        or ends_text
        # a long run of lines, nearly each a body with its person ("Prof. Dr. Jane Roe,
        # Example University"), then a page's comments: signers' lines wherever they stand
        or (
            run.signers >= MIN_SIGNED_LINES and with_person >= SIGNED_LINES_SHARE * len(run.entries)
        )
        or _counted_before(reader, run.first)
        or (run.evidence >= WE_EVIDENCE and _we_wrote(reader, run.first))
        # the names head a letter: its date, the addressee's postal address, "Dear ..."
        or heads
    ):
        return False
    lines = [
        e
        for e in run.entries
        if e.reading.kind is not ItemKind.SECTION and e.reading.reason not in _FURNITURE
    ]
    share = run.signers / len(lines) if lines else 0.0
    signers = [e for e in lines if is_signer(e.reading)]
    words = default_signer_words()
    if 3 * sum(word_count(e.text) > MAX_ITEM_WORDS for e in run.entries) >= len(run.entries):
        return False  # bullets of prose ("On 16 December, over 100 charities urged ...")
    # in a long list of names opening with an organisation word (two in three), the other
    # words are written in lower case in many languages ("Le syndicat g\u00e9n\u00e9ral de
    # l'enseignement de base"); two points made ("The council acts now.") are no such list
    headed = [opens_with_org_word(e.name, words) for e in signers]
    of_org_words = len(signers) >= MIN_HEADED_LIST and 3 * sum(headed) >= 2 * len(signers)
    worded = sum(
        _has_lower_case_word(e.name) and not (of_org_words and opens)
        for e, opens in zip(signers, headed, strict=True)
    )
    return (
        run.signers >= least
        and run.evidence >= MIN_EVIDENCE
        and share >= MIN_SIGNER_SHARE
        # "Ein wirksames Klimaschutzgesetz": points, not names; unless the text before
        # counts as many signers as the run has ("36 associations ont décidé ...")
        and (
            worded * 2 <= len(signers)
            or signed
            or _count_agrees(reader, run)
            or _counted_heading(reader, run.first)
            # bullets that end a text "the undersigned" speaks for, most opening with an
            # organisation word or an acronym: its signers, whatever the case of their
            # other words ("Assemblea delle scuole di Example e provincia")
            or (
                family != "line"
                and ends_text
                and reader.undersigned < run.first
                and 2
                * sum(o or _acronym_first(e.name) for e, o in zip(signers, headed, strict=True))
                > len(signers)
            )
        )
        # lines with no cue, mostly single words no organisation's words vouch for: a
        # menu ("Comentários", "Newsletter", "Parceiros"), not a list
        # (unless half the lines name the person who signs: "Exa, Jane Roe, CEO")
        and (
            family != "line"
            or 2 * sum(map(_bare_word, signers)) < len(signers)
            or 2 * with_person >= len(run.entries)
        )
        # list items two in three single words: a menu too ("Facebook", "Eventi")
        and (family == "line" or 3 * sum(map(_bare_word, signers)) < 2 * len(signers))
        # items nested as a tree, mostly single words or words in lower case: a menu
        and not (
            _nested(reader, run)
            and 2 * sum(_bare_word(e) or _has_lower_case_word(e.name) for e in signers)
            >= len(signers)
        )
        # notes citing sources ('Example News, "A title in quotes," 2015, https://...')
        and 2 * sum(_citation(e.text) for e in run.entries) < len(run.entries)
        # captions among their images' file names ("march2014_left", "poster_small"):
        # a flattened page's gallery, not a list
        and not _gallery(run.entries)
    )


#: Most lines of an addressee's block, and blocks looked on from it for the salutation.
ADDRESS_LINES = 6
ADDRESS_REACH = 6


def _heads_a_letter(reader: BlockReader, run: ListRun) -> bool:
    """Whether the run stands right above a letter's date that an addressee's lines with
    a postal address follow (before any salutation): the names heading the letter."""
    date = run.last + 1
    if date >= len(reader.texts) or not is_letters_date(reader, date):
        return False
    for k in range(date + 1, min(date + 1 + ADDRESS_REACH + ADDRESS_LINES, len(reader.texts))):
        if non_organisation_reason(reader.texts[k]) == SALUTATION:
            return False
        if is_postal_address(reader.texts[k]):
            return True
    return False


def _addressed(reader: BlockReader, run: ListRun) -> bool:
    """Whether the run's signers all stand right before a salutation ("Dear Prime
    Minister,"), maybe with the letter's date between: they are the letter's addressee
    and her address, not its signers (the caller asks first whether they head the letter:
    :func:`_heads_a_letter`)."""
    after = run.last + 1
    if after < len(reader.texts) and non_organisation_reason(reader.texts[after]) == "date line":
        after += 1  # "Rt Hon Jane Roe MP, ...", "13 July 2023", "Dear Leaders,"
    if after < len(reader.texts) and non_organisation_reason(reader.texts[after]) == SALUTATION:
        return True
    # a short address block, then copies, a date or a motto, then "Dear Jane Roe,"
    if len(run.entries) <= ADDRESS_LINES and any(
        non_organisation_reason(reader.texts[k]) == SALUTATION
        for k in range(after, min(after + ADDRESS_REACH, len(reader.texts)))
    ):
        return True
    # the letter's date, then its addressees' names and postal addresses (the salutation
    # may be cut off with the page): "June 13, 2013", "Senator Jane Roe, Chair", "Example
    # Committee", "112 Example Building", "Washington, DC 20510"
    if (
        run.first
        and non_organisation_reason(reader.texts[run.first - 1]) == "date line"
        and sum(is_postal_address(e.text) for e in run.entries) >= MIN_ADDRESSES
    ):
        return True
    greeting = next((k for k, e in enumerate(run.entries) if e.reading.reason == SALUTATION), None)
    return greeting is not None and not any(
        is_signer(e.reading) for e in run.entries[greeting + 1 :]
    )


#: Fewest words of a sentence that announces, with its colon, what the lines after it are.
ANNOUNCING_WORDS = 6
#: Kinds of signer words that make such a sentence announce signers: "the letter of:"
_SIGNER_KINDS = ("org", "collective", "statement")


#: A page's notice of rights, which closes its text: what follows is the site's furniture.
_RIGHTS_NOTICE = re.compile(
    r"all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tutti\s+i\s+diritti\s+riservati"
    r"|todos\s+los\s+derechos\s+reservados|tous\s+droits\s+r[e\u00e9]serv[e\u00e9]s"
    r"|todos\s+os\s+direitos\s+reservados",
    re.IGNORECASE,
)
#: Blocks looked back from a cue-free run for such a notice.
RIGHTS_NOTICE_REACH = 6


def _after_rights_notice(reader: BlockReader, first: int) -> bool:
    """Whether one of the :data:`RIGHTS_NOTICE_REACH` blocks before block *first* is a
    page's notice of rights ("Copyright © Example Press. All rights reserved.")."""
    return any(
        _RIGHTS_NOTICE.search(reader.texts[k])
        for k in range(max(0, first - RIGHTS_NOTICE_REACH), first)
    )


def _announces_other(text: str) -> bool:
    """Whether *text* is a sentence of :data:`ANNOUNCING_WORDS` words or more ending with
    a colon whose words name no signer (no organisation, collective or statement word,
    no "we"): "The survey found these 31 transfers:" announces what the lines after it
    are, not who signs (a cue would have been read as one)."""
    if not text.rstrip().endswith(":"):
        return False
    words = default_signer_words()
    tokens = [t.group(0).casefold() for t in word_tokens(text)]
    return (
        len(tokens) >= ANNOUNCING_WORDS
        and not any(words.has_form(_SIGNER_KINDS, t) for t in tokens)
        and not any(t in _WE or fold(t) in _TAKING_PART for t in tokens)
    )


#: Words of taking part, folded: "Ihre Teilnahme haben zugesagt:" announces who joins.
_TAKING_PART = frozenset(
    "teilnahme beteiligung zugesagt participation participacion partecipazione "  # noqa: SIM905
    "participacao deelname uczestnictwo".split()
)


#: First-person plural words, in several languages: a text in their voice, right before
#: a run of organisations' names, is the statement those organisations make.
_WE_WORDS = (
    "we our us ours nous notre nos wir uns unsere unser unseren noi nostro nostra nostri "
    "nostre nosotros nosotras nuestro nuestra nuestros nuestras n\u00f3s nosso nossa "
    "nossos nossas wij onze ons vi v\u00e5r v\u00e5re vores vore biz bizim \u0646\u062d\u0646"
)
_WE = frozenset(_WE_WORDS.split())
#: Fewest such words in the paragraph, and least mean organisation evidence of the run.
WE_WORDS = 2
WE_EVIDENCE = 0.9


def _we_wrote(reader: BlockReader, first: int) -> bool:
    """Whether the block right before block *first* is text in the first person
    plural ("We remain committed to these principles and we call on our government"):
    the names that follow, all with an organisation's evidence, are who "we" are."""
    if first == 0:
        return False
    tokens = [t.group(0).casefold() for t in word_tokens(reader.texts[first - 1])]
    return sum(t in _WE for t in tokens) >= WE_WORDS


#: How many blocks before a run of names a title counting its signers may stand.
COUNT_REACH = 2


def _counted_before(reader: BlockReader, first: int) -> bool:
    """Whether a block just before block *first*, or the first of the run itself, counts
    signers ("Joint statement of 24 organisations"): the lines that follow are they."""
    return any(
        find_claimed_counts(reader.texts[k])
        for k in range(max(0, first - COUNT_REACH), min(first + 1, len(reader.texts)))
    )


#: Most words of a heading that is a count of signers ("Le quarantaquattro sigle").
COUNTED_HEADING_WORDS = 6


def _counted_heading(reader: BlockReader, first: int) -> bool:
    """Whether the block right before block *first* is a heading that counts signers
    ("The 28 signatory organisations", "Le quarantaquattro sigle"): of a few words, no
    sentence, a claimed count in it. The run under it are the signers it counts, whatever
    the case of their words, even when the page cut the list short of the count."""
    if first == 0:
        return False
    text = reader.texts[first - 1].strip().rstrip(":")
    return (
        word_count(text) <= COUNTED_HEADING_WORDS
        and not text.endswith((".", "!", "?"))
        and bool(find_claimed_counts(text))
    )


def _count_agrees(reader: BlockReader, run: ListRun) -> bool:
    """Whether a block just before the run claims a count of signers that the run's
    signers make, within a tenth (at least one): "Le 27 juin, 36 associations et médias
    ont décidé d'intervenir" before 35 names, whatever their case."""
    for k in range(max(0, run.first - COUNT_REACH), run.first):
        for claim in find_claimed_counts(reader.texts[k]):
            if abs(claim.count - run.signers) <= max(1, claim.count // 10):
                return True
    return False


#: What a note citing a source holds: "Ibid.", or a year with a title in quotes of
#: three words or more or a web address.
_IBID = re.compile(r"^\s*(?:ibid|op\. cit)\b", re.IGNORECASE)
_SOURCE = re.compile(
    r"https?://|\bwww\.|[\u201c\u00ab\"][^\u201d\u00bb\"]*\s\S+\s[^\u201d\u00bb\"]*[\u201d\u00bb\"]",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _citation(text: str) -> bool:
    """Whether *text* is a note citing a source ('Example News, "A title," 2015'); a
    signer's quotation ('Jane Roe, "Freedom first, always"') has no year."""
    return bool(_IBID.match(text)) or bool(_SOURCE.search(text) and _YEAR.search(text))


#: A line that is one image's file name: letters (and digits), an underscore, then a
#: lower-case suffix ("march2014_left", "poster_small", "photo_02"); not a handle with
#: capitals after its underscore ("Example_Group").
_FILE_NAME = re.compile(r"[^\W_]+(?:_[a-z0-9]+)+")
#: Fewest file names, and least share of a run's lines (one in so many), that make it a
#: gallery.
MIN_FILE_NAMES = 3
FILE_NAME_SHARE = 10


def _gallery(entries: tuple[Entry, ...]) -> bool:
    """Whether at least ``MIN_FILE_NAMES`` lines of a run, and one in
    ``FILE_NAME_SHARE``, are images' file names (see :data:`_FILE_NAME`)."""
    names = sum(bool(_FILE_NAME.fullmatch(e.text.strip())) for e in entries)
    return names >= MIN_FILE_NAMES and FILE_NAME_SHARE * names >= len(entries)


def _nested(reader: BlockReader, run: ListRun) -> bool:
    """Whether the run's list items stand at three levels or more (a menu's tree)."""
    levels = {
        reader.blocks[i].level
        for i in range(run.first, run.last + 1)
        if reader.blocks[i].kind is BlockKind.LIST_ITEM
    }
    return len(levels) >= NESTED_LEVELS


#: Levels of list items that make a cue-free run a tree (a site's menu) to be judged by
#: its words, as a run of plain lines is.
NESTED_LEVELS = 3


def _bare_word(entry: Entry) -> bool:
    """Whether *entry* is one word, with no organisation evidence beyond its capital."""
    return len(entry.name.split()) == 1 and entry.reading.evidence < 2


def _has_lower_case_word(name: str) -> bool:
    """Whether *name* holds a word in lower case that is not a function word: names
    capitalise their words; demands and sentences do not."""
    return lower_case_words(name)[1] > 0


def _acronym_first(name: str) -> bool:
    """Whether *name* opens with an acronym ("EXA (Example Association)")."""
    first = name.split()[:1]
    return bool(first) and ACRONYM.match(first[0].strip("(),")) is not None


def _wrapped(run: ListRun) -> bool:
    """Whether a run of lines is one paragraph wrapped at the line ends: most lines hold
    several commas and end with one ("Gießen, Göttingen, Karlsruhe, Regensburg,"), or
    most are long lines of prose whose sentence runs on into the next line (they end
    with a function word or a comma, or the next line starts in lower case: "... que
    se ha enriquecido con" / "varias asociaciones ..."), or a quarter of them leave a
    parenthesis open."""
    lines = [e.text.rstrip() for e in run.entries]
    wrapped = sum(line.endswith(",") and line.count(",") >= 3 for line in lines)
    runs_on = sum(
        sentence_runs_on(line, following) for line, following in itertools.pairwise(lines)
    )
    # "Example Workers' Confederation (" / "EXW), Example Bar Association (EBA)": a
    # parenthesis left open at the end of a line, again and again
    open_ends = sum(line.count("(") > line.count(")") for line in lines)
    # "Example Union, EXA, Example Aid, Example" / "Forum, ...": a comma enumeration
    # wrapped at a width, its names cut at the line ends
    enumerated = sum(line.count(",") >= MIN_WRAPPED_COMMAS for line in lines)
    return (
        _hard_wrapped(lines)
        or wrapped * 2 >= len(lines)
        or (enumerated * 2 >= len(lines) and runs_on >= 2 and _at_width(lines))
        or (len(lines) >= 3 and runs_on * 2 >= len(lines) - 1)
        or (open_ends >= 2 and open_ends * 4 >= len(lines))
    )


#: A paragraph hard-wrapped at a fixed width: its long lines (:data:`WRAP_MIN_CHARS`
#: or more) fall within :data:`WRAP_SPREAD` of the longest, and make up
#: :data:`WRAP_SHARE` of the run's lines at least.
WRAP_MIN_CHARS = 60
WRAP_SPREAD = 0.15
WRAP_SHARE = 0.4
#: Fewest lines of a run that end a sentence for it to be hard-wrapped text.
WRAP_SENTENCE_ENDS = 2
_SENTENCE_ENDS = (".", "!", "?", "\u06d4", "\u3002")


#: Fewest commas in a line of a comma enumeration wrapped over lines.
MIN_WRAPPED_COMMAS = 3


def _at_width(lines: list[str]) -> bool:
    """Whether many of *lines* are about as wide as the widest, 60 characters or more."""
    widest = max((len(line) for line in lines), default=0)
    if widest < WRAP_MIN_CHARS:
        return False
    wide = sum(len(line) >= max(WRAP_MIN_CHARS, (1 - WRAP_SPREAD) * widest) for line in lines)
    return wide >= 3 and wide >= WRAP_SHARE * len(lines)


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether *lines* are running text wrapped at a fixed width, whatever the script
    (Arabic has no capitals to tell a name's words from a sentence's): many lines of
    about the width of the longest, at least 60 characters, and sentences ending at
    the end of some of them."""
    ends = sum(line.endswith(_SENTENCE_ENDS) for line in lines)
    return _at_width(lines) and ends >= WRAP_SENTENCE_ENDS


def _own_section(reader: BlockReader, heading: int, cue_block: int) -> bool:
    """Whether block *heading* is a heading, like the cue block, that names no signers
    ("## Sources", its links, then "## Signatories"): the list under it is its own
    section's, not the first part of the signers' list ("### Partner organisations" is)."""
    if heading < 0 or not all(
        reader.blocks[k].kind is BlockKind.HEADING for k in (heading, cue_block)
    ):
        return False
    words = default_signer_words()
    return not any(
        words.has_form(("collective", "org", "section"), t.group(0))
        for t in word_tokens(reader.texts[heading])
    )


def run_before(reader: BlockReader, first: ListRun) -> ListRun | None:
    """A list of items with no cue that ends right before the first cue's list, of the
    same family, and would be accepted without a cue ("... 16 de mayo de 2020", 21 names,
    then "Nuevas adhesiones:" and 13 more): the first part of the same list."""
    cue_block = first.first - 1
    while cue_block >= 0 and reader.cues[cue_block] is None:
        cue_block -= 1  # the cue that starts the first list
    if cue_block < 1 or block_family(reader.blocks[first.first]) != "list_item":
        return None
    start = cue_block - 1
    while start >= 0 and block_family(reader.blocks[start]) == "list_item":
        start -= 1
    if start + 1 >= cue_block:
        return None
    if _own_section(reader, start, cue_block):
        return None
    run = run_from(reader, start + 1, "cue-free", family="list_item")
    if run.last != cue_block - 1 or not accept_cue_free(reader, run, "list_item"):
        return None
    return run
