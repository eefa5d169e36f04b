"""The content rules as data: what each one tests (WCAG success criterion,
EN 301 549 clause, AnySurfer theme), how serious it is and how to fix it,
and the word lists that drive them.

The lists are plain data (strings and JavaScript-compatible regular
expressions) so that the editor's live check can run the same rules in the
browser (``browser_definitions``): the audit and the editor apply one rule set.
"""

import re

from django.utils.translation import gettext_lazy as _

from ..findings import Rule

LANGUAGES = ("fr", "nl", "de", "en")

# AnySurfer's checklist themes (the Belgian accessibility label)
ANYSURFER_THEMES = {
    "page-title": _("Page title"),
    "links": _("Links"),
    "images": _("Images"),
    "structure": _("Headings and structure"),
    "tables": _("Tables"),
    "language": _("Language"),
    "documents": _("Documents"),
    "readability": _("Readable text"),
}

ALT_FILE_NAME = "alt-file-name"
ALT_REDUNDANT = "alt-redundant-words"
LINK_GENERIC = "link-text-generic"
LINK_URL = "link-text-url"
HEADING_SKIPPED = "heading-skipped-level"
HEADING_H1 = "heading-h1-in-content"
HEADING_EMPTY = "heading-empty"
BOLD_AS_HEADING = "bold-as-heading"
TABLE_NO_HEADER = "table-no-header"
TABLE_NO_CAPTION = "table-no-caption"
DOCUMENT_NO_WEB_VERSION = "document-no-web-version"
LANGUAGE_OF_PARTS = "language-of-parts"
TITLE_DUPLICATE = "page-title-duplicate"
TITLE_GENERIC = "page-title-generic"
PLAIN_LANGUAGE_BELOW_TARGET = "plain-language-below-target"

RULES = {rule.id: rule for rule in (
    Rule(ALT_FILE_NAME, "1.1.1", "9.1.1.1", "images", "serious",
         _("Text alternative is a file name"),
         _("Describe what the image shows, in a short sentence, instead of its file name."),
         in_browser=True),
    Rule(ALT_REDUNDANT, "1.1.1", "9.1.1.1", "images", "minor",
         _("Text alternative says \"image of\""),
         _("Screen readers already say it is an image: describe only what it shows."),
         in_browser=True),
    Rule(LINK_GENERIC, "2.4.4", "9.2.4.4", "links", "serious",
         _("Link text says nothing on its own"),
         _("Write where the link goes in the link itself, for example \"Apply for the "
           "living wage\" instead of \"click here\"."),
         in_browser=True),
    Rule(LINK_URL, "2.4.4", "9.2.4.4", "links", "moderate",
         _("Link text is a web address"),
         _("Use words that say where the link goes; screen readers read an address "
           "letter by letter."),
         in_browser=True),
    Rule(HEADING_SKIPPED, "1.3.1", "9.1.3.1", "structure", "moderate",
         _("Heading skips a level"),
         _("Go down one level at a time: the first heading in the text is level 2, "
           "then level 3 inside it."),
         in_browser=True),
    Rule(HEADING_H1, "1.3.1", "9.1.3.1", "structure", "moderate",
         _("Level 1 heading in the text"),
         _("The page title is the only level 1 heading: use level 2 in the text."),
         in_browser=True),
    Rule(HEADING_EMPTY, "2.4.6", "9.2.4.6", "structure", "moderate",
         _("Empty heading"),
         _("Write the heading's text, or remove the heading."),
         in_browser=True),
    Rule(BOLD_AS_HEADING, "1.3.1", "9.1.3.1", "structure", "moderate",
         _("Bold text used as a heading"),
         _("Use a sub-heading block instead of a bold paragraph, so that screen-reader "
           "users can jump to it."),
         in_browser=True),
    Rule(TABLE_NO_HEADER, "1.3.1", "9.1.3.1", "tables", "serious",
         _("Table without header cells"),
         _("Give the table a header row, so that each cell is read with its column name."),
         in_browser=False),
    Rule(TABLE_NO_CAPTION, "1.3.1", "9.1.3.1", "tables", "minor",
         _("Table without a caption"),
         _("Add a caption that says what the table shows."),
         in_browser=False),
    # No success criterion asks for a web version; a document on its own is
    # judged by the EN clauses of chapter 10, which most PDFs fail (issue 12):
    # the criterion most of them fail, structure, is given.
    Rule(DOCUMENT_NO_WEB_VERSION, "1.3.1", "10.1.3.1", "documents", "serious",
         _("Document without a web version"),
         _("Put the same content on a web page and link it from the document block; many "
           "readers cannot use a PDF."),
         in_browser=False),
    Rule(LANGUAGE_OF_PARTS, "3.1.2", "9.3.1.2", "language", "moderate",
         _("Text in another language than the page"),
         _("Move this text to the page in its own language, or translate it."),
         in_browser=False),
    Rule(TITLE_DUPLICATE, "2.4.2", "9.2.4.2", "page-title", "moderate",
         _("Page title used by another page"),
         _("Give each page its own title, so that readers can tell pages apart in their "
           "tabs, bookmarks and search results."),
         in_browser=False),
    Rule(TITLE_GENERIC, "2.4.2", "9.2.4.2", "page-title", "serious",
         _("Page title says nothing"),
         _("Say what the page is about in its title, in the reader's words."),
         in_browser=False),
    Rule(PLAIN_LANGUAGE_BELOW_TARGET, "3.1.5", "9.3.1.5", "readability", "minor",
         _("Text harder to read than the site's target"),
         _("Use shorter sentences and everyday words; the plain-language panel shows "
           "which sentences to change."),
         in_browser=False),
)}


# Link texts that say nothing out of context, normalised (lower case, no
# punctuation). A link text is also generic when it is one of these with
# punctuation or an arrow around it ("Lire la suite…", "Read more →").
GENERIC_LINK_TEXTS = {
    "fr": ["cliquez ici", "cliquer ici", "cliquez", "ici", "lire la suite", "la suite", "suite",
           "en savoir plus", "savoir plus", "plus", "plus d'infos", "plus d'informations",
           "plus d'info", "voir", "voir plus", "lien", "ce lien", "page"],
    "nl": ["klik hier", "klik", "hier", "lees meer", "lees verder", "verder", "meer",
           "meer info", "meer informatie", "link", "deze link", "bekijk", "pagina"],
    "de": ["hier klicken", "klicken sie hier", "klicken", "hier", "mehr", "mehr lesen",
           "weiterlesen", "weiter", "mehr erfahren", "mehr infos", "mehr informationen",
           "link", "dieser link", "seite"],
    "en": ["click here", "click", "here", "read more", "more", "more info", "more information",
           "learn more", "find out more", "continue", "link", "this link", "page"],
}

# A link text that is a web address (JavaScript-compatible, case-insensitive)
URL_TEXT = r"^(https?://|www\.)\S+$"

# Alt texts that are a file name: "IMG_2041.jpg", "DSC0042", "banner_final",
# "photo-3" (JavaScript-compatible, case-insensitive; any of them matching)
FILE_NAME_ALT_PATTERNS = [
    r"\.(jpe?g|png|gif|webp|svg|tiff?|bmp|heic|avif)$",
    r"^(img|dsc|dscn|dcim|pxl|image|photo|pic|screenshot|capture)[\s_-]*\d+",
    r"^[A-Za-z0-9-]*[_0-9][A-Za-z0-9_-]*$",
]

# Alt texts that start by saying it is an image, and alt texts that are
# nothing but such a word
REDUNDANT_ALT_PREFIXES = {
    "fr": ["image de", "image d'", "photo de", "photo d'", "illustration de",
           "illustration d'", "image :", "photo :"],
    "nl": ["afbeelding van", "foto van", "plaatje van", "illustratie van", "afbeelding:",
           "foto:"],
    "de": ["bild von", "foto von", "abbildung von", "bild:", "foto:", "grafik von"],
    "en": ["image of", "picture of", "photo of", "graphic of", "illustration of", "image:",
           "photo:"],
}
REDUNDANT_ALT_WORDS = ["image", "images", "photo", "photos", "foto", "afbeelding", "bild",
                       "picture", "illustration", "illustratie", "abbildung", "img", "graphic",
                       "grafik", "plaatje", "logo"]

# A paragraph all in bold and shorter than this reads as a heading
BOLD_HEADING_MAX_CHARACTERS = 80

# Page titles that say nothing (normalised). The home words are allowed on a
# home page only.
HOME_TITLES = ["accueil", "bienvenue", "startpagina", "welkom", "home", "startseite",
               "willkommen", "welcome", "homepage", "home page"]
GENERIC_TITLES = {
    "fr": ["page", "nouvelle page", "sans titre", "page sans titre", "titre", "test",
           "brouillon", "document", "copie"],
    "nl": ["pagina", "nieuwe pagina", "naamloos", "zonder titel", "titel", "test",
           "kopie", "document"],
    "de": ["seite", "neue seite", "ohne titel", "unbenannt", "titel", "test", "entwurf",
           "kopie", "dokument"],
    "en": ["page", "new page", "untitled", "untitled page", "title", "test", "draft", "copy",
           "document"],
}
# A title of one word this short or shorter says too little ("Info", "Aide")
SHORT_TITLE_MAX_CHARACTERS = 4

# Stop words, to tell which language a paragraph is in. Words shared by two
# languages ("de", "en", "in", "die", "is"…) are dropped by ``stop_words``.
_STOP_WORDS = {
    "fr": """le la les un une des du de et est sont dans pour avec sur pas ne que qui
        vous nous au aux ce cette ces ou par plus votre vos leur leurs être avoir il elle
        ils elles on se sa son ses mais comme tout tous aussi peut faut été fait très
        mon ma mes lui y en à où""",
    "nl": """de het een en van is dat die niet op te zijn met voor als er maar om aan ook
        bij uit dan nog wel naar kan wordt worden heeft hebben u uw je jij wij we ze zij
        hun dit deze wat geen meer moet kunt zo al hoe waar""",
    "de": """der die das und ist nicht ein eine einen einem einer den dem des mit von zu
        auf für sich im auch es sie wir ihr ihre ihnen sind wird werden hat haben kann
        können oder aber wenn dass bei nach noch nur schon wie über ist""",
    "en": """the and of to is are in that it for with on not be you your we our they
        this these by or from have has can will would should at an which who what when
        if do does there their""",
}


def stop_words():
    """Each language's stop words that belong to no other language."""
    words = {language: set(text.split()) for language, text in _STOP_WORDS.items()}
    shared = set()
    for language, own in words.items():
        for other, theirs in words.items():
            if other != language:
                shared |= own & theirs
    return {language: sorted(own - shared) for language, own in words.items()}


# Language of parts: a paragraph is checked from this many words on, and its
# language is "clear" when it has this many stop words of its own and at
# least this many times as many as any other language's.
LANGUAGE_MIN_WORDS = 8
LANGUAGE_MIN_STOP_WORDS = 3
LANGUAGE_MARGIN = 2


def normalise(text):
    """Lower case, no punctuation around words, spaces collapsed: how link
    texts, alt texts and titles are compared with the lists."""
    text = str(text or "").casefold().replace("\u2019", "'")
    text = re.sub(r"[\s\u00a0]+", " ", text)
    text = re.sub(r"^[^\w']+|[^\w']+$", "", text)
    return text.strip()


def browser_definitions():
    """The rules the editor's live check runs in the browser, and the lists
    they need, as JSON-able data (titles and hints in the active language)."""
    return {
        "rules": {rule.id: rule.as_dict() for rule in RULES.values() if rule.in_browser},
        "generic_link_texts": GENERIC_LINK_TEXTS,
        "url_text": URL_TEXT,
        "file_name_alt_patterns": FILE_NAME_ALT_PATTERNS,
        "redundant_alt_prefixes": REDUNDANT_ALT_PREFIXES,
        "redundant_alt_words": REDUNDANT_ALT_WORDS,
        "bold_heading_max_characters": BOLD_HEADING_MAX_CHARACTERS,
        "first_heading_level": 2,
    }
