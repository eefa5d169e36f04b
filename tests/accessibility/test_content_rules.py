"""The content rules on hand-made content: each rule finds its planted
defect and stays silent on the good version, in the four languages where the
rule depends on the language. No database: the rules are a pure core."""

import ast
import importlib
import json
from pathlib import Path

import pytest

from accessibility.content_rules import definitions as d
from accessibility.content_rules.checks import check_content, check_titles
from accessibility.content_rules.content import (
    DocumentLink,
    Heading,
    Image,
    PageContent,
    PlainLanguage,
    RichText,
    Table,
    Text,
)
from accessibility.content_rules.language import detect
from accessibility.findings import IMPACTS, Finding

LANGUAGES = ("fr", "nl", "de", "en")
TITLES = {"fr": "Demander le revenu d'intégration", "nl": "Een leefloon aanvragen",
          "de": "Das Eingliederungseinkommen beantragen", "en": "Applying for the living wage"}


def rules_found(*fragments, language="fr", title=None, **page):
    content = PageContent(title=title or TITLES[language], language=language,
                          fragments=list(fragments), **page)
    return [finding.rule for finding in check_content(content)]


def paragraph(html, path="body[0] > paragraph"):
    return RichText(path, html)


# Alt texts

@pytest.mark.parametrize("alt", ["IMG_2034.jpg", "DSC0042", "banner_final", "photo-3",
                                 "scan.PNG"])
def test_an_alt_text_that_is_a_file_name_is_found(alt):
    assert rules_found(Image("body[1] > image", alt)) == [d.ALT_FILE_NAME]
    assert rules_found(paragraph(f'<embed embedtype="image" id="1" alt="{alt}" '
                                 'format="left"/>')) == [d.ALT_FILE_NAME]


def test_an_alt_text_equal_to_the_image_file_name_is_found():
    image = Image("body[1] > image", "Guichet", file_name="original_images/guichet.jpg")
    assert rules_found(image) == [d.ALT_FILE_NAME]


@pytest.mark.parametrize(("language", "bad", "good"), [
    ("fr", "Photo de l'accueil du CPAS", "L'accueil du CPAS, avec deux guichets"),
    ("fr", "image", "Une assistante sociale reçoit une famille"),
    ("nl", "Afbeelding van het onthaal", "Het onthaal van het OCMW, met twee loketten"),
    ("de", "Bild von dem Empfang", "Der Empfang des ÖSHZ mit zwei Schaltern"),
    ("en", "Image of the front desk", "The CPAS front desk, with two counters"),
    ("en", "photo", "A social worker meets a family"),
])
def test_an_alt_text_that_only_says_it_is_an_image_is_found(language, bad, good):
    assert rules_found(Image("body[1] > image", bad), language=language) == [d.ALT_REDUNDANT]
    assert rules_found(Image("body[1] > image", good), language=language) == []


def test_a_decorative_image_needs_no_alt_text():
    assert rules_found(Image("body[1] > image", "IMG_1.jpg", decorative=True)) == []


# Link texts

GENERIC_LINKS = {
    "fr": ["cliquez ici", "Ici", "Lire la suite…", "en savoir plus"],
    "nl": ["klik hier", "hier", "Lees meer", "meer info"],
    "de": ["Hier klicken", "hier", "mehr"],
    "en": ["click here", "Read more →", "here"],
}
GOOD_LINKS = {
    "fr": "Demander le revenu d'intégration", "nl": "Een leefloon aanvragen",
    "de": "Das Eingliederungseinkommen beantragen", "en": "Apply for the living wage",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_link_text_that_says_nothing_out_of_context_is_found(language):
    for text in GENERIC_LINKS[language]:
        html = f'<p>Pour le formulaire, <a linktype="page" id="3">{text}</a>.</p>'
        assert rules_found(paragraph(html), language=language) == [d.LINK_GENERIC], text
    good = f'<p><a linktype="page" id="3">{GOOD_LINKS[language]}</a></p>'
    assert rules_found(paragraph(good), language=language) == []


def test_a_link_text_that_is_a_web_address_is_found():
    html = '<p>Voir <a href="https://www.mi-is.be/fr">https://www.mi-is.be/fr</a></p>'
    assert rules_found(paragraph(html)) == [d.LINK_URL]
    html = '<p>Voir <a href="https://www.mi-is.be/fr">le site du SPP Intégration sociale</a></p>'
    assert rules_found(paragraph(html)) == []


# Headings

def test_the_first_heading_of_the_content_is_level_2():
    assert rules_found(Heading("body[0] > subheading", 3, "Combien ?")) == [d.HEADING_SKIPPED]
    assert rules_found(Heading("body[0] > subheading", 2, "Combien ?")) == []


def test_a_heading_that_skips_a_level_is_found_in_blocks_and_in_rich_text():
    skipped = [Heading("body[0] > subheading", 2, "Qui ?"),
               paragraph("<h4>Les papiers</h4><p>Votre carte d'identité.</p>", "body[1] > text")]
    assert rules_found(*skipped) == [d.HEADING_SKIPPED]
    good = [Heading("body[0] > subheading", 2, "Qui ?"),
            paragraph("<h3>Les papiers</h3><p>Votre carte d'identité.</p>", "body[1] > text"),
            Heading("body[2] > subheading", 2, "Quand ?")]
    assert rules_found(*good) == []


def test_a_level_1_heading_in_the_content_is_found():
    assert rules_found(paragraph("<h1>Le revenu</h1><p>Texte.</p>")) == [d.HEADING_H1]


def test_an_empty_heading_is_found():
    assert rules_found(paragraph("<h2> </h2><p>Texte.</p>")) == [d.HEADING_EMPTY]
    assert rules_found(Heading("body[0] > subheading", 2, "")) == [d.HEADING_EMPTY]


def test_a_short_bold_paragraph_used_as_a_heading_is_found():
    assert rules_found(paragraph("<p><b>Les papiers à apporter</b></p>")) == [d.BOLD_AS_HEADING]
    assert rules_found(paragraph("<p><strong>Les papiers</strong> <b>à apporter</b></p>")) == [
        d.BOLD_AS_HEADING]
    # bold inside a sentence, or a long bold paragraph, is emphasis
    assert rules_found(paragraph("<p>Apportez <b>votre carte d'identité</b>.</p>")) == []
    long_bold = "<p><b>" + "Attention : le CPAS est fermé le lundi 1er novembre " * 2 + "</b></p>"
    assert rules_found(paragraph(long_bold)) == []


# Tables

def test_a_table_without_header_cells_or_caption_is_found():
    assert rules_found(Table("body[2] > table", "Montants", has_header=False)) == [
        d.TABLE_NO_HEADER]
    assert rules_found(Table("body[2] > table", "", has_header=True)) == [d.TABLE_NO_CAPTION]
    assert rules_found(Table("body[2] > table", "Montants", has_header=True)) == []


# Documents

def test_a_document_without_a_web_version_is_found():
    pdf = DocumentLink("body[3] > document", "Formulaire de demande", "formulaire.pdf")
    assert rules_found(pdf) == [d.DOCUMENT_NO_WEB_VERSION]
    declared = DocumentLink("body[3] > document", "Formulaire", "f.pdf", no_web_version=True)
    assert rules_found(declared) == [d.DOCUMENT_NO_WEB_VERSION], "listed, for the statement"
    with_page = DocumentLink("body[3] > document", "Formulaire", "f.pdf", has_web_version=True)
    assert rules_found(with_page) == []


def test_a_document_linked_from_rich_text_has_no_web_version():
    html = '<p>Le <a linktype="document" id="4">formulaire de demande</a> à signer.</p>'
    assert rules_found(paragraph(html)) == [d.DOCUMENT_NO_WEB_VERSION]


# Language of parts

SENTENCES = {
    "fr": "Le CPAS peut vous aider à payer vos factures d'énergie si vous n'avez pas assez "
          "d'argent.",
    "nl": "Het OCMW kan u helpen om uw energiefacturen te betalen als u niet genoeg geld heeft.",
    "de": "Das ÖSHZ kann Ihnen helfen, Ihre Energierechnungen zu bezahlen, wenn Sie nicht "
          "genug Geld haben.",
    "en": "The CPAS can help you pay your energy bills if you do not have enough money to "
          "live on.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_is_recognised_in_a_paragraph(language):
    assert detect(SENTENCES[language]) == language


@pytest.mark.parametrize("page_language", LANGUAGES)
def test_text_in_another_language_than_the_page_is_found(page_language):
    other = "nl" if page_language != "nl" else "fr"
    assert rules_found(paragraph(f"<p>{SENTENCES[other]}</p>"),
                       language=page_language) == [d.LANGUAGE_OF_PARTS]
    assert rules_found(Text("intro", SENTENCES[other]),
                       language=page_language) == [d.LANGUAGE_OF_PARTS]
    assert rules_found(paragraph(f"<p>{SENTENCES[page_language]}</p>"),
                       language=page_language) == []


def test_a_paragraph_marked_with_its_language_or_too_short_is_left_alone():
    marked = f'<p lang="nl">{SENTENCES["nl"]}</p>'
    assert rules_found(paragraph(marked)) == []
    assert rules_found(paragraph("<p>Het OCMW helpt u.</p>")) == [], "too short to tell"
    assert detect("CPAS OCMW ÖSHZ 02 555 00 00 Rue de l'Essai Bruxelles Brussel") is None


# Page titles

@pytest.mark.parametrize(("language", "title"), [
    ("fr", "Nouvelle page"), ("fr", "Page"), ("fr", "Accueil"), ("nl", "Nieuwe pagina"),
    ("de", "Neue Seite"), ("en", "Untitled"), ("en", "Home"), ("fr", "Aide"),
])
def test_a_title_that_says_nothing_is_found(language, title):
    assert rules_found(title=title, language=language) == [d.TITLE_GENERIC]


def test_a_home_page_may_be_called_home():
    assert rules_found(title="Accueil", is_home=True) == []
    assert rules_found(title="Startpagina", language="nl", is_home=True) == []


def test_a_title_used_twice_in_a_language_is_found_on_both_pages():
    found = check_titles([(1, "fr", "Logement"), (2, "fr", "logement "), (3, "nl", "Logement"),
                          (4, "fr", "Argent et dettes")])
    assert set(found) == {1, 2}
    assert {finding.rule for finding in found.values()} == {d.TITLE_DUPLICATE}


# Plain language

def test_a_page_below_the_sites_plain_language_target_is_found():
    below = PlainLanguage("difficult", "fairly_easy", meets_target=False)
    assert rules_found(plain_language=below) == [d.PLAIN_LANGUAGE_BELOW_TARGET]
    assert rules_found(plain_language=PlainLanguage("easy", "fairly_easy", True)) == []
    assert rules_found(plain_language=None) == [], "no target set for the site"


# Findings and definitions

def test_every_finding_names_its_criterion_clause_theme_and_fix():
    for rule in d.RULES.values():
        assert rule.wcag and rule.en_clause and rule.hint and rule.title, rule.id
        assert rule.impact in IMPACTS
        assert rule.anysurfer in d.ANYSURFER_THEMES
        assert rule.en_clause.endswith(rule.wcag), "EN clauses number WCAG's criteria"


def test_a_fingerprint_does_not_change_when_the_block_moves():
    first = d.RULES[d.LINK_GENERIC].finding("body[3] > paragraph", "cliquez ici")
    moved = d.RULES[d.LINK_GENERIC].finding("body[5] > paragraph", "Cliquez  ici")
    other = d.RULES[d.LINK_GENERIC].finding("body[5] > paragraph", "lire la suite")
    assert first.fingerprint == moved.fingerprint != other.fingerprint
    assert first.on_page(7, "fr", 12).fingerprint == first.fingerprint


def test_a_finding_has_a_short_snippet_and_a_json_form():
    finding = Finding("x", "minor", "intro", snippet="mot " * 100)
    assert len(finding.snippet) <= 120
    data = finding.as_dict()
    assert json.loads(json.dumps(data))["fingerprint"] == finding.fingerprint
    with pytest.raises(ValueError):
        Finding("x", "blocking", "intro")


def test_the_browser_rules_are_json_and_limited_to_what_a_browser_can_check():
    data = json.loads(json.dumps(d.browser_definitions()))
    assert set(data["rules"]) == {d.ALT_FILE_NAME, d.ALT_REDUNDANT, d.LINK_GENERIC,
                                  d.LINK_URL, d.HEADING_SKIPPED, d.HEADING_H1,
                                  d.HEADING_EMPTY, d.BOLD_AS_HEADING}
    assert "cliquez ici" in data["generic_link_texts"]["fr"]
    assert data["rules"][d.LINK_GENERIC]["wcag"] == "2.4.4"


def test_the_language_lists_share_no_stop_word():
    words = d.stop_words()
    for language in LANGUAGES:
        for other in LANGUAGES:
            if other != language:
                assert not set(words[language]) & set(words[other])


def test_odd_html_never_breaks_a_check():
    for html in ["<p><b>Texte", "</a></p><p>", "<a>", "<<<>>>", "<embed alt>", ""]:
        check_content(PageContent("Un titre correct", "fr", [paragraph(html)]))


PURE = ["accessibility.findings", "accessibility.content_rules.definitions",
        "accessibility.content_rules.content", "accessibility.content_rules.rich_text",
        "accessibility.content_rules.checks", "accessibility.content_rules.images",
        "accessibility.content_rules.links", "accessibility.content_rules.headings",
        "accessibility.content_rules.tables", "accessibility.content_rules.documents",
        "accessibility.content_rules.language", "accessibility.content_rules.titles",
        "accessibility.content_rules.readability", "accessibility.documents.pdf"]


@pytest.mark.parametrize("module_name", PURE)
def test_the_rules_core_imports_no_orm_and_no_wagtail(module_name):
    tree = ast.parse(Path(importlib.util.find_spec(module_name).origin).read_text())
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module}
    outside = {name for name in imported if name.split(".")[0] in {"django", "wagtail"}
               and name != "django.utils.translation"}
    assert not outside


# words that are the same in English and in the translation
SAME_WORD = {("fr", "Images"), ("fr", "Documents"), ("nl", "Links"), ("de", "Links")}


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_titles_and_fix_hints_are_translated_for_the_auditor(language):
    from django.utils import translation

    from accessibility.documents import pdf

    texts = [text for rule in [*d.RULES.values(), *pdf.RULES.values()]
             for text in (rule.title, rule.hint)] + list(d.ANYSURFER_THEMES.values())
    with translation.override("en"):
        english = [str(text) for text in texts]
    with translation.override(language):
        translated = [str(text) for text in texts]
    untranslated = [source for source, text in zip(english, translated, strict=True)
                    if source == text and (language, source) not in SAME_WORD]
    assert not untranslated
