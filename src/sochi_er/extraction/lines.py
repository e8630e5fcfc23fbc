"""Line-level judgements shared by every reader.

- :func:`non_organisation_reason`: why a line standing where a signatory could be is not
  an organisation (closing formula, contact line, page furniture, prose sentence...);
- :func:`split_list_marker`: recognise a numbered or bulleted list item line;
- :func:`iter_lines`: lines with their offsets, for any line ending (LF, CRLF, lone CR)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import frozen

from sochi_er.extraction.dates import is_date_line, is_dateline_place, is_programme_time
from sochi_er.extraction.lexicons import default_signer_words, word_tokens

__all__ = [
    "FUNCTION_WORDS",
    "PROSE_WORDS",
    "SALUTATION",
    "is_salutation",
    "iter_lines",
    "lower_case_words",
    "non_organisation_reason",
    "spelled_acronym",
    "split_list_marker",
    "trailing_phone_start",
]


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_CLOSING_RE = re.compile(
    r"^(?:(?:with\s+)?(?:warmest|warm|best|kind|kindest|many|sincere|respectful)?\s*"
    r"regards|sincerely(?:\s+yours)?|yours(?:\s+(?:sincerely|faithfully|truly|respectfully|ever|in\s+solidarity))?|"
    r"respectfully(?:\s+yours)?|thank\s+you(?:\s+very\s+much)?|many\s+thanks|thanks|"
    r"cordially|with\s+(?:best|warm|kind)\s+wishes|best\s+wishes|in\s+solidarity|"
    r"with\s+thanks)\s*[,.!]*$",
    re.IGNORECASE,
)
#: The reason given for a letter's salutation line ("Dear Prime Minister,").
SALUTATION = "salutation"
_SALUTATION_RE = re.compile(
    r"^(?:dear\b.*|your\s+(?:excellency|excellencies|honou?r)|excellenc(?:y|ies)|"
    r"to\s+whom\s+it\s+may\s+concern"
    # a formal address to an office holder: "Exmo. Sr. Presidente da República, ...",
    # "Egregio Presidente ...", "Sehr geehrte Frau Ministerin ..."
    r"|(?:exm[oa]s?|excm[oa]s?|ilm[oa]s?)\.\s.*|(?:egregi[oa]|sehr\s+geehrter?)\s.*"
    # Polish, Czech and Slovak: "Szanowny Panie Premierze", "Vážený pane ministře"
    r"|(?:szanown(?:a|e|i|y|ym)|v\u00e1\u017een\u00e1?\u00fd?|v\u00e1\u017een\u00e9|v\u00e1\u017een\u00ed)\s.*"
    # "Liebe Kolleginnen und Kollegen,", "Chers amis,", "Estimadas compañeras,", "Geachte
    # leden,": a greeting word, then a comma that ends the line
    r"|(?:liebe[rs]?|ch[e\u00e8]re?s?|estimad[oa]s?|querid[oa]s?|geachte|gentil[ei])\s[^.;]*[,:]"
    # "Monsieur le Président de la République,", "Madame, Monsieur,", "Señor Presidente:",
    # "Signor Ministro,": a formal address alone on its line
    r"|(?:monsieur|madame|mesdames|messieurs|se\u00f1or(?:a|es)?|se\u00f1oras|signor[ai]?)\b[^.;]*[,:])"
    r"\s*[,:!]*$",
    re.IGNORECASE,
)
#: A postal address on a line of its own: a street's word first, a number later
#: ("Travessa Exemplo, Quadra F-19, Lote 10", "Via Roma 5", "Rue de l'Exemple 12").
_ADDRESS_LINE = re.compile(
    r"(?i:via|viale|piazza|corso|street|rue|calle|avenida|rua|travessa|strasse|stra\u00dfe"
    r"|caddesi|sokak|avenue|boulevard)\b[^\n]{0,80}?\d"
    # "Wittener Stra\u00dfe 201", "Hauptstr. 5", "Keizersgracht 12": a street then its number
    r"|^(?:[\w.-]+\s+){0,3}?\w*(?i:stra\u00dfe|strasse|str\.|weg|gasse|platz|allee|damm|ufer"
    r"|straat|laan|gracht|plein)\s+\d{1,4}[a-z]?$"
    # "Example Street 4, 11000 Exampleton": a house number, then a postcode and a town
    r"|[^\n\d,]{1,60}\s\d{1,4}[a-z]?,\s*\d{4,5}\s+[A-Z\u00c0-\u00dd]"
    # "112 Hart Senate Office Building", "1849 C Street, NW": a house number first
    r"|\d{1,5}\s+(?:[A-Z][\w.'-]*\s+){0,5}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard"
    r"|Blvd\.?|Building|Drive|Lane|Parkway|Plaza)(?:[\s,]+(?:[NS][EW]|East|West|North|South))?\.?$"
    # "55 Rue du Faubourg Saint-Honor\u00e9", "12, rue de l'Exemple", "8 Calle Mayor": a house
    # number, then the street's word
    r"|\d{1,5}(?:\s*(?:bis|ter))?,?\s+(?i:rue|avenue|boulevard|bd|place|quai|chemin|impasse"
    r"|all\u00e9e|calle|avenida|rua|via|viale|piazza|corso)\b"
    # "Washington, D.C. 20510", "Albany, NY 12224-0341 USA": a town, its state, a ZIP code
    r"|[A-Z][\w .'-]{1,40},\s*(?:[A-Z]\.?\s?[A-Z]\.?|[A-Z][a-z]+)\s+\d{5}(?:-\d{4})?(?:\s+USA)?$"
)


def is_salutation(text: str) -> bool:
    """Whether *text* greets a letter's reader ("Dear colleagues,", "Sehr geehrte Damen
    und Herren,", "Liebe Kolleginnen und Kollegen,")."""
    return _SALUTATION_RE.match(" ".join(text.split())) is not None


def is_postal_address(text: str) -> bool:
    """Whether *text* is a postal address line ("Via Roma 5", "112 Hart Senate Office
    Building", "Washington, DC 20510"), or a postcode and a known town ("75008 Paris")."""
    line = " ".join(text.split())
    if _ADDRESS_LINE.match(line) is not None:
        return True
    code = _POSTCODE_TOWN.match(line)
    return code is not None and default_signer_words().is_city(code["town"])


#: A postcode of four or five digits, then a town ("75008 Paris", "1000 Bruxelles",
#: "75008 Paris Cedex 08").
_POSTCODE_TOWN = re.compile(r"\d{4,5}\s+(?P<town>[^\d,;]{2,40}?)(?:\s+(?i:cedex)(?:\s+\d+)?)?$")


_CONTACT_RE = re.compile(
    r"(?:^@\w+"
    r"|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}"
    r"|\bhttps?://\S+|\bwww\.\S+"
    r"|(?<![\w@-])[\w-]{1,63}\.(?:org|com|net|info|int|gov|edu|uk|de|fr|sy|tr)(?:/\S*)?$"
    r"|^(?:tel|phone|fax|mobile|cell|cellphone|e-?mail|email|web(?:site)?|twitter|facebook)"
    r"\s*[:.]"
    # "fon 0234 - 587315 - 60", "Telefon: 030 123456": a phone by its German or short label
    r"|^(?i:fon|fax|telefon|telefax|mobil|handy|tel|t\u00e9l)\.?\s*:?\s*\+?\(?\d[\d\s/().\u2013-]{5,}$"
    r"|(?<![\w+])\+\d[\d \t().-]{7,30}\d(?!\d)"
    r"|^(?:press\s+|media\s+)?(?:contacts?|contactos?|contatti|contato|kontakt|[i\u0130]leti[s\u015f]im)\b"
    r"|^\+?\(?\d[\d\s().-]{6,}\d$"
    r"|\(\d{3}\)\s*\d{3}[-.\s]\d{4}\b"  # "(503) 603-9009"
    r"|^\d{3}([-.])\d{3}\1\d{4}\b"  # "416.363.0321 ext. 225", "514-277-7223"
    r"|:\s*\+?\(?(?:\d[\s().-]{0,2}){9,15}$"  # "Secretariat Office: 011-26499563"
    r"|\bP\.?\s?O\.?\s+Box\s+\d)",  # "PO Box 23573": a postal address
    re.IGNORECASE,
)
#: A part of a document's own structure with its title, or its preamble: "Chapter 3:
#: Rules of Origin", "Annex II - Lists", "Preamble" (a table of contents, not signers).
_DOCUMENT_PART_RE = re.compile(
    r"^(?:(?:chapter|article|section|part|annex|appendix|title|cap[ií]tulo|chapitre|"
    r"kapitel|capitolo|art[ií]culo|articolo|artikel|anexo|annexe|allegato|anhang)"
    r"\s+(?:\d+|[ivxlc]+)\b\s*[:.\-\u2013\u2014]\s*\S.*"  # and its title
    r"|(?:preamble|pr[ée]ambule|pre[áa]mbulo|preambolo|pr[äa]ambel)\s*[:.]?)$",
    re.IGNORECASE,
)
#: Digits in three or more groups ending a line ("Jane Roe 536 508 15 14").
_TRAILING_DIGIT_GROUPS = re.compile(r"(?<![\w.,/-])\d{2,4}(?:[ .-]\d{2,4}){2,5}$")
#: Fewest digits of a phone number written without "+" or brackets.
PHONE_MIN_DIGITS = 9


def _trailing_phone(text: str) -> bool:
    """A line ending in a phone number written as groups of digits, 9 or more in all."""
    return trailing_phone_start(text) is not None


def trailing_phone_start(text: str) -> int | None:
    """Where the phone number ending *text* starts (groups of digits, 9 or more in all,
    maybe after "+"), or ``None``: "Jane Roe, EXA : 77 633 87 13" -> the "77"."""
    found = _TRAILING_DIGIT_GROUPS.search(text)
    if found is None or sum(ch.isdigit() for ch in found.group(0)) < PHONE_MIN_DIGITS:
        return None
    at = found.start()
    return at - 1 if at and text[at - 1] == "+" else at


#: The marks a word processor leaves where a web form was pasted ("Top of Form").
_FORM_MARK_RE = re.compile(
    r"^(?:(?:top|bottom) of form|(?:principio|final) del formulario|(?:d[ée]but|fin) du formulaire"
    r"|(?:inizio|fine) modulo|formular(?:beginn|ende)|(?:in[íi]cio|fim) do formul[áa]rio)$",
    re.IGNORECASE,
)
#: A news page's advertisement label, alone or framed by dashes ("- Anzeige -",
#: "Advertisement", "PUBLICIDAD").
_ADVERT_RE = re.compile(
    r"^[-\u2013\u2014\s]*(?:anzeige|werbung|advertisement|advertising|sponsored|publicit[ée]"
    r"|pubblicit[àa]|publicidad|publicidade|reklam|reklama|advertentie)[-\u2013\u2014\s]*$"
    # a template's advertising slot left as text: "Banner Leaderboard 2", "Skyscraper"
    r"|^(?:(?:banner|ad|ads)\s+)?(?:leaderboard|skyscraper|billboard|rectangle|banner)"
    r"(?:\s+(?:top|bottom|left|right|\d+))?$",
    re.IGNORECASE,
)
#: "And many more...", "Ve daha birçok sendika…", "y muchas más": the list goes on
#: unnamed (a line of at most ``_OTHERS_WORDS`` words).
_AND_OTHERS_RE = re.compile(
    r"^(?:and|e|y|et|und|ed|ve|en|i|og|\u0648)\s+(?:so\s+|bien\s+|de\s+)?(?:many|more|other|others|"
    r"numerous|several|\d[\d.,]*|daha|bir\u00e7ok|bircok|\u00e7ok|di\u011fer|muchas|muchos|m\u00e1s|otras|"
    r"otros|molti|molte|altri|altre|tante|tanti|nombreux|nombreuses|d['\u2019]autres|viele|weitere|"
    r"andere|muitas|muitos|outras|outros)\b",
    re.IGNORECASE,
)
_OTHERS_WORDS = 10


def _and_others(text: str) -> bool:
    """ "And many more…": a short line that says the list goes on, written as a phrase
    (a word after the first in lower case, or an ellipsis; "And More Foundation" is a
    name)."""
    words = text.split()
    return (
        _AND_OTHERS_RE.match(text) is not None
        and len(words) <= _OTHERS_WORDS
        and (any(w[0].islower() for w in words[1:]) or text.endswith(("\u2026", "...")))
    )


#: A link's own words: "Visit Example website", "(opens in a new tab)", "Skip to content".
_LINK_TEXT_RE = re.compile(
    r"^(?:visit|go\s+to|view|open)\b.{0,80}\b(?:website|web\s*site|site|homepage|page|profile)\b"
    r"|\bopens?\s+in\s+a\s+new\s+(?:tab|window)\b|^skip\s+to\b"
    r"|^(?:share|partager|compartir|condividi|teilen|partilhar)(?:\s+(?:on|this|sur|en|su|auf))?\s*:"
    # "Download the letter (PDF)", "Baixe o arquivo AQUI", "click here to sign"
    r"|^(?:download|baixe|baixar|descargue|descargar|descarga|scarica|t[ée]l[ée]charge[rz]?|"
    r"herunterladen)\b"
    # "Comunicat en PDF", "The letter as PDF", "Brief (PDF)": a link to the text's file
    r"|\b(?:in|en|em|as|als|au\s+format|in\s+formato|en\s+formato)\s+(?:pdf|docx?|odt)\W*$"
    r"|^\S+(?:\s+\S+){0,5}\s*\((?:pdf|docx?|odt)\)\W*$"
    r"|\b(?:click|clique|cliquez|clicca|haga\s+clic|haz\s+clic)\b.{0,40}"
    r"\b(?:here|aqui|aqu[íi]|ici|qui|hier)\b"
    # "Read the full statement here", "Leggi qui il testo": a link, by its verb and "here"
    r"|^(?:read|see|view|watch|find|leggi|lire|lisez|lea|leia|lies|lees)\b.{0,80}"
    r"\b(?:here|qui|ici|aqu[íi]|hier)\W*$"
    # "Zu den Unterlagen zum Aktionsprogramm": a link to the documents of a text
    r"|^zu\s+den\s+(?:unterlagen|positionen|dokumenten|kommentaren|materialien|texten)\b"
    # a news page's link to another story: "READ ALSO: ...", "Lire aussi : ..."
    r"|^(?:read\s+(?:also|more)|see\s+also|related|lire\s+aussi|[àa]\s+lire\s+aussi|"
    r"leia\s+tamb[ée]m|lea\s+tambi[ée]n|leer\s+m[áa]s|leggi\s+anche|lesen\s+sie\s+auch|"
    r"lees\s+ook)\s*:"
    # a page's controls: "Show more", "Load more", "Loading…", "Filter by role"
    r"|^(?:show|load|see|view)\s+(?:more|all|less)\W*$|^loading\W*$|^filter\s+by\b"
    r"|^(?:mostra|mostrar|ver|voir|afficher|mehr)\s+(?:mais|m[aá]s|altro|altri|plus|anzeigen)$"
    # a link to more about the page's subject: "Find out more", "En savoir plus"
    r"|^(?:find\s+out|learn|read|know|discover)\s+more\W*$|^more\s+info(?:rmation)?\W*$"
    r"|^(?:en\s+savoir|pour\s+en\s+savoir)\s+plus\W*$|^saiba\s+mais\W*$|^scopri\s+di\s+pi[uù]\W*$"
    r"|^mehr\s+erfahren\W*$|^(?:leer|saber)\s+m[aá]s\W*$|^m[aá]s\s+informaci[oó]n\W*$",
    re.IGNORECASE,
)
#: A letter's or an e-mail's subject line ("RE: Expiring provisions of ...", "Objet :").
_SUBJECT_RE = re.compile(
    r"^(?:re|fwd?|subject|objet|oggetto|asunto|assunto|betreff|onderwerp|konu)\s*:\s*\S",
    re.IGNORECASE,
)
#: A letter's copy line: "Cc. Sres. Representantes ...", "CC: the Minister", "C.c.:"
#: (not "CC.OO.", an acronym with its dots).
_COPY_RE = re.compile(r"^(?:cc\.\s|cc\s*:|c\.\s?c\.(?:\s|:))\s*:?\s*\S", re.IGNORECASE)
#: A credit line: where a text or a picture comes from ("Fonte: Example.org", "Photo:
#: Jane Roe"), not who signed.
_CREDIT_RE = re.compile(
    r"^(?:source|sources|fonte|fontes|fuente|fuentes|quelle|bron|fonti|photos?|fotos?|images?|"
    r"fotoğraf(?:lar)?|fotograf(?:ie|ía|ia|ias|ías|y)?|fotografien|cr[eé]dits?|cr[eé]dito"
    # "Autor: Example Redaktion | Example |": who wrote the page, not who signs
    r"|authors?|autor(?:a|es|en)?|auteurs?|autore|autori|autrice)\s*:"
    # a caption's credit after its text: "Jane Roe at the rally. Abbildung: John Doe"
    r"|(?<=[.\s])(?:abbildung|bildnachweis|foto|photo|crédit\s+photo|credit)\s*:\s*\S",
    re.IGNORECASE,
)
#: A news story's byline: "By Jane Roe \u2013 Abuja", "By Jane Roe and John Doe" (the
#: words capitalised, case-sensitive).
_BYLINE_RE = re.compile(
    r"^[Bb][Yy]\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}"
    r"(?:\s+(?:and|&)\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3})?"
    r"(?:\s*[,\u2013\u2014-]\s*[A-Z][\w' .-]*)?$"
)
#: A field of a page's document record, its label and value, often glued together
#: ("Submitted byJane Roe", "Submission Date05/26/2025", "File TypePDF").
_RECORD_FIELD_RE = re.compile(
    r"^(?:(?:Submitted|Uploaded)\s*by|(?:Submission|Publication|Upload)"
    r"\s*[Dd]ate|Last\s*(?:updated|modified)|File\s*(?:[Tt]ype|[Ss]ize))(?![a-z])\s*:?\s*\S"
)
#: An attached file's name or size ("Appello 9 dicembre.doc", "1.55 MB"): a download
#: list, not a signer.
_ATTACHMENT_RE = re.compile(
    r"\.(?:docx?|pdf|odt|rtf|xlsx?|ods|pptx?|jpe?g|png|gif|zip)$|^\d+(?:[.,]\d+)?\s*(?:[kmg]i?b|bytes?)$",
    re.IGNORECASE,
)
_COPYRIGHT_RE = re.compile(r"^(?:\u00a9|copyright\b)", re.IGNORECASE)  # not "(c)": a list letter
_PAGE_RE = re.compile(
    r"^(?:page\s+\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:of|/)\s*\d+|[-\u2013\u2014]?\s*\d+\s*[-\u2013\u2014]?|"
    r"[ivxlc]+)$",
    re.IGNORECASE,
)
_PERSON_RE = re.compile(r"^(?:h\.\s?e\.|mr|mrs|ms|dr|prof|sir|madam)\.?\s", re.IGNORECASE)
#: A reference number: "No. 20001210004322", "Nr. 4711/2020".
_REFERENCE_RE = re.compile(r"^(?:no|nr|n[\u00b0\u00ba]|ref)\.?\s*\d{4,}[\d/.-]*$", re.IGNORECASE)
#: A share, then what it is of: "90% Program services", "10 % Verwaltungskosten".
_SHARE_RE = re.compile(r"^\d{1,3}(?:[.,]\d+)?\s?%\s+\w")
#: Short connecting words of several languages: lower case inside organisation names.
FUNCTION_WORDS = _words(
    "a an the of for and in on at to with by from into under per via or & "
    "de du des la le les et pour sur en al el van der den und für y del da di "
    "do dos das della delle dello degli dei e i il lo gli per con su tra fra "
    "los las por para con sin entre o u "
    "au aux dans par avec sans sous une un "
    "em no na nos nas um uma pelo pela com sem "
    "zu zur zum im am auf an bei mit von vom für ein eine einer dem die das "
    "gegen ohne über nach aus contro contra contre senza "
    "voor het een op te ve ile için "
    "w z ze na dla oraz przy "  # Polish
    "dan dari untuk di ke yang atau "  # Indonesian, Malay
    "și si din pentru "  # Romanian
    "pro v och av för és "  # Czech, Slovak, Swedish, Hungarian
    "za od sa iz pri kod prema protiv"  # Serbian, Croatian, Bosnian
)


def lower_case_words(text: str) -> tuple[int, int]:
    """How many words *text* has, and how many of them are written in lower case and are
    not function words: names capitalise their words ("Example Union of Velmar"); demands
    and sentences do not."""
    tokens = [t.group(0) for t in word_tokens(text)]
    return len(tokens), sum(t[0].islower() and t.casefold() not in FUNCTION_WORDS for t in tokens)


PROSE_WORDS = _words(
    "we our us you your is are was were will would shall should has have had be been "
    "that this these those not it its they their them which who whom must can could "
    "may might do does did"
)
_ABBREVIATIONS = _words("est co inc ltd corp assoc org dept int st e.v")
_WORD_RE = re.compile(r"[^\W\d_][\w\u2019'.\-]*")


#: A line wholly in square brackets (an editor's placeholder or note), or a template's
#: unrendered tag ("{{ signer.name }}", "{% endfor %}"): not a name.
_PLACEHOLDER_RE = re.compile(r"^(?:\[[^\[\]]*\]|\{\{.*\}\}|\{%.*%\})$")
#: Text elided where it was quoted: a paragraph's first words, then "(...)" or "[...]".
_ELIDED_RE = re.compile(r"[(\[](?:\.{3}|\u2026)[)\]]$")


def _described_share(text: str) -> bool:
    """Whether the words after a share say what it is of in lower case, with no function
    word ("90% Program services"), not a name ("1% for the Example", "100% Example Field")."""
    rest = text.split()[1:]
    return not any(w.casefold() in FUNCTION_WORDS for w in rest) and any(
        w[:1].islower() for w in rest
    )


def non_organisation_reason(line: str) -> str | None:
    """Why *line* (standing where a signatory could be) is not an organisation name, or
    ``None`` if it may be one.

    Reasons: ``"blank line"``, ``"closing formula"`` ("Warmest regards", "Sincerely,"),
    ``"salutation"`` ("Your Excellency,"), ``"contact line"`` (handle, e-mail, URL,
    phone), ``"copyright line"`` ("© 2025 Example"), ``"page furniture"`` (page numbers,
    bare numbers), ``"record field"``, ``"date line"``,
    ``"form mark"`` ("Top of Form", "Principio del formulario": pasted web forms;
    "- Anzeige -", "Advertisement": a news page's advertisement label),
    ``"attachment"`` (a file's name or size: "Appello.doc", "134 KB"), ``"byline"`` ("By
    Jane Roe \u2013 Abuja"), ``"credit line"``
    ("Fonte: Example.org", "Photo: Jane Roe"), ``"subject line"`` ("RE: Example Act",
    "Objet : ..."),
    ``"placeholder"`` (a line wholly in square brackets: "[ Logo to come ]", "[signature]";
    a template tag: "{{ signer.name }}"; a paragraph's first words quoted and cut: "Dans
    (...)"),
    ``"count"`` (a number, then numbers and words in lower case: "2 victoires d'\u00e9tape"),
    ``"share"`` (a percentage and what it is of: "90% Program services"),
    ``"personal name"`` (starts with an honorific), ``"heading"`` (ends with a colon),
    ``"prose sentence"`` (a sentence or slogan rather than a name). Organisation names
    full of function words ("Office for the Documentation of Violations in the Southern
    Region") are not prose.
    """
    text = " ".join(line.split())
    if not text:
        return "blank line"
    if _CLOSING_RE.match(text):
        return "closing formula"
    if _SALUTATION_RE.match(text):
        return SALUTATION
    if _CREDIT_RE.search(text):
        return "credit line"
    if _SUBJECT_RE.match(text) or _COPY_RE.match(text):
        return "subject line"  # "RE: ...", "Cc. Sres. Ministros ...": the letter's heading
    if _CONTACT_RE.search(text) or is_postal_address(text) or _trailing_phone(text):
        return "contact line"  # a handle, an address, a phone number: how to reach them
    if _PLACEHOLDER_RE.match(text) or _ELIDED_RE.search(text):
        return "placeholder"  # "[signature]"; "Dans (...)": a quoted paragraph cut short
    if _FORM_MARK_RE.match(text) or _ADVERT_RE.match(text):
        return "form mark"
    if _LINK_TEXT_RE.search(text):
        return "link text"
    if _BYLINE_RE.match(text):
        return "byline"
    if _ATTACHMENT_RE.search(text):
        return "attachment"
    if _and_others(text):
        return "and others"
    if _COPYRIGHT_RE.match(text):
        return "copyright line"  # "© 2025 Example • Initiative of X": the page's owner
    if is_date_line(text) or is_dateline_place(text):
        return "date line"  # "Vila Velmar," over "dezembro de 2017": a dateline in two lines
    if is_programme_time(text):
        return "programme time"  # "9h00 - Opening talk": a programme's entry
    if _DOCUMENT_PART_RE.match(text):
        return "document part"  # "Chapter 3: Rules of Origin": a table of contents
    if _PAGE_RE.match(text) or not any(ch.isalpha() for ch in text):
        return "page furniture"
    if _RECORD_FIELD_RE.match(text) or _REFERENCE_RE.match(text):
        return "record field"  # "Submitted byJane Roe", "File TypePDF": a page's fields
    if COUNTED_WORDS.fullmatch(text):
        return "count"  # "2 victoires d'étape", "1985 et 1995": a number and lower case
    if _SHARE_RE.match(text) and _described_share(text):
        return "share"  # "90% Program services" (not "1% for the Example", "100% Example")
    if _dated_page(text):
        return "date line"  # "July 28, 2006 | Page 15": a news page's dateline
    if _PERSON_RE.match(text):
        return "personal name"
    if text.endswith(":"):
        return "heading"
    if _is_prose(text) and not spelled_acronym(text):
        return "prose sentence"
    return None


#: A number, then only numbers and words in lower case: what a person won or when, not a
#: name ("2 victoires d'\u00e9tape", "1985 et 1995", "12 members").
COUNTED_WORDS = re.compile(r"\d[\d.,]*(?:\s+(?:\d[\d.,]*|[a-z\u00df-\u00ff][\w'\u2019-]*))+")


def _dated_page(text: str) -> bool:
    """Whether *text* is a date and a page number between bars ("July 28, 2006 | Page
    15", "Page 3 | 12 mai 2020"): every part one or the other."""
    parts = [p.strip() for p in text.split("|")]
    return len(parts) >= 2 and all(
        p and (is_date_line(p) or _PAGE_RE.match(p) is not None) for p in parts
    )


#: A name and its acronym, one of them in brackets: "EXA (Example eXtra Alliance)".
_SPELLED = re.compile(r"^(?P<a>[^()]+?)(?:\s+[-\u2013\u2014])?\s*\((?P<b>[^()]+)\)$")


def spelled_acronym(text: str) -> bool:
    """Whether *text* is an acronym and its expansion, either in brackets, the acronym's
    letters the initials of the expansion's words ("Fima (Federazione italiana media
    ambientali)"): a name, however few of its words are capitalised."""
    match = _SPELLED.match(text)
    if match is None:
        return False
    for short, long in ((match["a"], match["b"]), (match["b"], match["a"])):
        letters = "".join(ch for ch in short if ch.isalnum()).casefold()
        words = _WORD_RE.findall(long)
        if len(short.split()) != 1 or len(letters) < 2:
            continue
        every = "".join(w[0] for w in words).casefold()
        content = "".join(w[0] for w in words if w.casefold() not in FUNCTION_WORDS)
        if letters in (every, content.casefold()) or _syllabic(short, letters, long):
            return True
    return False


def _syllabic(short: str, letters: str, long: str) -> bool:
    """Whether *short* is a syllabic acronym of *long*: written in capitals, 3+ letters,
    its first the long form's first, and all of them in order in the long form
    ("EXSINDPRO (Example Sindicato dos Profissionais)")."""
    if len(letters) < 3 or not short.isupper() or long[:1].casefold() != letters[0]:
        return False
    rest = iter(long.casefold())
    return all(letter in rest for letter in letters)  # a subsequence: one pass


#: Runs of Chinese and Japanese text, and a sentence in it (its punctuation): that text
#: has no spaces between words, so words cannot be counted.
_CJK_RUN = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff]+")
_CJK_SENTENCE = re.compile(
    r"[\u4e00-\u9fff\u3040-\u30ff][^\n]*[\uff0c\u3002\uff1b\uff01\uff1f\u3001]"
)
#: Longest run of CJK characters read as a name (longer is a sentence).
MAX_CJK_NAME = 30


#: First-person pronouns that open a sentence, not a name, when a lower-case word that
#: is no function word (the verb) follows them, in a line of at least
#: ``_PRONOUN_SENTENCE_WORDS`` words ("We the Example People" and "i freedom Example"
#: are names).
_FIRST_PERSON = frozenset(
    "ich je yo io eu ik ben we wir nous noi nosotros nosotras wij biz".split()  # noqa: SIM905
)
_PRONOUN_SENTENCE_WORDS = 4


def _is_prose(text: str) -> bool:
    longest_cjk = max((len(run) for run in _CJK_RUN.findall(text)), default=0)
    if longest_cjk > MAX_CJK_NAME or _CJK_SENTENCE.search(text):
        return True
    words = _WORD_RE.findall(text)
    if len(words) > 18:
        return True
    if not words:
        return False
    last = words[-1].lower().rstrip(".")
    if text[-1] in ".!?" and len(words) >= 5 and last not in _ABBREVIATIONS and len(last) > 2:
        return True
    if (
        len(words) >= _PRONOUN_SENTENCE_WORDS
        and words[0].casefold() in _FIRST_PERSON
        and words[1][0].islower()
        and words[1].casefold() not in FUNCTION_WORDS
    ):
        return True  # "Ich möchte per Mail informiert werden", "We call on": a sentence
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    lower = [w for w in content if w[0].islower()]
    if sum(w in PROSE_WORDS for w in lower) >= 1 and len(words) >= 5:
        return True
    # names capitalise their content words; running text does not
    return len(lower) >= 3 and len(lower) * 2 > len(content)


_NUMBERED_RE = re.compile(
    r"^(?P<lead>\s*(?:[-\u2013\u2014\u2022*\u00b7]\s*)?)"
    r"(?:\((?P<p>\d{1,7})\)|(?P<n>\d{1,7})(?:\.\.?|\)|\s*[-\u2013\u2014](?=\s)))"
    r"(?![\d])(?![a-z])(?P<gap>[ \t]*)"  # not "350.example": a name that starts with digits
)
_BULLETS = r"\u2022*\u00b7\u25aa\u25e6\u25cb\u25cf\u25a0\u2023\u2043\-\u2013\u2014"
_BULLET_RE = re.compile(rf"^(?P<lead>\s*)[{_BULLETS}](?P<gap>[ \t]+)(?=\S)")


def split_list_marker(line: str) -> tuple[int | None, str, int] | None:
    """Recognise a list-item line.

    Numbered forms "1. X", "12) X", "(3) X", "- 8.X", "8.X", "3 - X" give the number as
    ordinal; bulleted forms "• X", "- X", "* X", "\u2013 X" give ``None``. Returns
    ``(ordinal, item text stripped, offset of the item text in line)``, or ``None`` if
    *line* is not a list item. A number with nothing after it ("22.") returns
    ``(22, "", offset)`` with the offset just after the marker.
    """
    match = _NUMBERED_RE.match(line)
    if match:
        rest = line[match.end() :]
        if rest.strip() and not match["gap"] and not match["p"] and rest[0].isdigit():
            return None
        ordinal = int(match["p"] or match["n"])
        item = rest.strip()
        offset = match.end() + (len(rest) - len(rest.lstrip())) if item else match.start("gap")
        # "8.X" without a space must be followed by a letter or quote: not "3.5" or "1.-"
        if item and match["n"] and not match["gap"] and not _starts_name(rest):
            return None
        return ordinal, item, offset
    match = _BULLET_RE.match(line)
    if match:
        rest = line[match.end() :]
        return None, rest.strip(), match.end()
    return None


def _starts_name(rest: str) -> bool:
    return rest[0].isalpha() or (rest[0] in "\"'\u201c\u2018(" and len(rest) > 1)


_LINE_RE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")


def iter_lines(text: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """``(offset, line)`` for each line of ``text[start:]``, without its terminator.

    LF, CRLF and a lone CR all end a line, so old Mac files read like any other.
    """
    pos = start
    if "\r" not in text:  # LF only (the common case): split, no pattern per line
        for line in text[start:].split("\n"):
            yield pos, line
            pos += len(line) + 1
        return
    while True:
        match = _LINE_RE.match(text, pos)
        assert match is not None  # the pattern matches the empty string
        yield pos, match.group(1)
        if not match.group(2):
            return
        pos = match.end()


_NUMBER_MARKER = re.compile(r"\(\d+\)|\d+(?:\.\.?|\))")  # "3.", "3)", a typo "3.."


@frozen
class TypedMarker:
    """A list marker typed into the text: as written, the number it gives (``None`` for
    bullets), and the item text after it."""

    marker: str
    number: int | None
    text: str


def typed_marker(line: str) -> TypedMarker | None:
    """The list marker *line* starts with when a format's markup made none (a pasted
    "\u2022", a typed "3."): a bullet ("\u2022", "-", "\u2013"...) or a number written
    "3.", "3)" or "(3)"; ``None`` otherwise, and for "2018 - ..." (a year more often than
    an item)."""
    found = split_list_marker(line)
    if found is None:
        return None
    number, text, at = found
    marker = line[:at].strip() if text else line.strip()
    if number is not None and not _NUMBER_MARKER.fullmatch(marker):
        return None
    return TypedMarker(marker, number, text)
