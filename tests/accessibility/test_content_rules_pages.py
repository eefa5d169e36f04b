"""The content rules on real pages, as an auditor's run sees them: a page
with one planted defect per rule gives exactly those findings, each with its
WCAG criterion, page, locale and revision; the corrected page gives none;
every page type is read, whatever its fields."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from accessibility.content_rules import definitions as d
from accessibility.content_rules.pages import check_page, check_pages, check_site
from pages.models import InformationPage, PlainLanguageSettings
from rights_explorer.models import RightPage
from tests.factories import make_page, make_site, translate

pytestmark = pytest.mark.django_db

DUTCH = "Het OCMW kan u helpen om uw energiefacturen te betalen als u niet genoeg geld heeft."
HARD = ("Conformément aux dispositions réglementaires applicables, l'introduction "
        "d'une demande administrative nécessite impérativement la communication préalable "
        "d'informations justificatives circonstanciées.")


def planted_body(image, document, target):
    """One defect per rule (the title and the readability are the page's)."""
    return [
        {"type": "subheading", "value": {"text": "Qui peut l'avoir ?", "level": "h3"}},
        {"type": "paragraph", "value": (
            "<p><b>Les papiers à apporter</b></p>"
            f'<p>Pour le formulaire, <a linktype="page" id="{target.pk}">cliquez ici</a>.</p>'
            '<p>Voir <a href="https://www.mi-is.be/fr">https://www.mi-is.be/fr</a></p>'
            "<h1>Le revenu</h1><h2></h2>"
            f'<embed embedtype="image" id="{image.pk}" alt="Photo de l\'accueil" format="left"/>'
            "<p>Venez nous voir.</p>")},
        {"type": "image", "value": {"image": image.pk, "alt_text": "IMG_2034.jpg",
                                    "decorative": False, "caption": ""}},
        {"type": "table", "value": {"caption": "", "header": [],
                                    "rows": [{"cells": ["876,13 euros"]}]}},
        {"type": "document", "value": {"document": document.pk, "web_version": None,
                                       "no_web_version": False}},
        {"type": "paragraph", "value": f"<p>{DUTCH}</p>"},
    ]


def good_body(image, document, target):
    return [
        {"type": "subheading", "value": {"text": "Qui peut l'avoir ?", "level": "h2"}},
        {"type": "subheading", "value": {"text": "Les papiers à apporter", "level": "h3"}},
        {"type": "paragraph", "value": (
            f'<p>Remplissez le <a linktype="page" id="{target.pk}">formulaire de demande</a>.'
            '</p><p>Voir <a href="https://www.mi-is.be/fr">le site du SPP Intégration '
            "sociale</a>.</p>"
            f'<embed embedtype="image" id="{image.pk}" alt="L\'accueil du CPAS" format="left"/>'
            "<p>Venez nous voir. Nous vous aidons.</p>")},
        {"type": "image", "value": {"image": image.pk, "alt_text": "Deux guichets du CPAS",
                                    "decorative": False, "caption": ""}},
        {"type": "table", "value": {"caption": "Les montants par mois",
                                    "header": ["Par mois"],
                                    "rows": [{"cells": ["876,13 euros"]}]}},
        {"type": "document", "value": {"document": document.pk, "web_version": target.pk,
                                       "no_web_version": False}},
    ]


@pytest.fixture
def site():
    home = make_site()
    image = Image.objects.create(title="Accueil du CPAS", file=get_test_image_file())
    document = get_document_model().objects.create(
        title="Formulaire de demande", file=ContentFile(b"%PDF-1.4\n", name="formulaire.pdf"))
    target = make_page(home, title="Le formulaire de demande en ligne")
    return home, image, document, target


def set_plain_language_target(home, band):
    settings = PlainLanguageSettings.for_site(home.get_site())
    settings.minimum_band_to_publish = band
    settings.save()


EXPECTED = {
    d.TITLE_GENERIC: "2.4.2", d.TITLE_DUPLICATE: "2.4.2", d.HEADING_SKIPPED: "1.3.1",
    d.HEADING_H1: "1.3.1", d.HEADING_EMPTY: "2.4.6", d.BOLD_AS_HEADING: "1.3.1",
    d.LINK_GENERIC: "2.4.4", d.LINK_URL: "2.4.4", d.ALT_FILE_NAME: "1.1.1",
    d.ALT_REDUNDANT: "1.1.1", d.TABLE_NO_HEADER: "1.3.1", d.TABLE_NO_CAPTION: "1.3.1",
    d.DOCUMENT_NO_WEB_VERSION: "1.3.1", d.LANGUAGE_OF_PARTS: "3.1.2",
    d.PLAIN_LANGUAGE_BELOW_TARGET: "3.1.5",
}


def test_a_page_with_one_planted_defect_per_rule_gives_exactly_those_findings(site):
    home, image, document, target = site
    set_plain_language_target(home, "easy")
    planted = make_page(home, title="Nouvelle page", intro=HARD,
                        body=planted_body(image, document, target))
    twin = make_page(home, title="Nouvelle  page")
    findings = [f for f in check_pages([home, target, planted, twin]) if f.page_id == planted.pk]
    assert {f.rule for f in findings} == set(EXPECTED) == set(d.RULES)
    assert len(findings) == len(EXPECTED), [f.rule for f in findings]
    for finding in findings:
        assert finding.wcag == EXPECTED[finding.rule], finding.rule
        assert finding.locale == "fr"
        assert finding.revision_id == planted.live_revision_id
    where = {f.rule: f.location for f in findings}
    assert where[d.HEADING_SKIPPED] == "body[0] > subheading"
    assert where[d.ALT_FILE_NAME] == "body[2] > image"
    assert where[d.LANGUAGE_OF_PARTS] == "body[5] > paragraph"


def test_the_corrected_page_gives_no_finding(site):
    home, image, document, target = site
    page = make_page(home, title="Demander le revenu d'intégration",
                     body=good_body(image, document, target))
    assert check_page(page) == []
    assert check_pages([home, target, page]) == []


def test_a_dutch_translation_is_checked_in_dutch(site):
    home, image, document, target = site
    page = make_page(home, title="Demander le revenu d'intégration", body=[
        {"type": "paragraph", "value": "<p>Venez nous voir. Nous vous aidons. Merci.</p>"}])
    dutch = translate(page, "nl", title="Een leefloon aanvragen", body=[
        {"type": "paragraph", "value": f"<p>{DUTCH}</p>"}])
    assert [f.rule for f in check_page(dutch)] == []
    french_left = translate(page, "de", title="Das Eingliederungseinkommen beantragen")
    findings = check_page(french_left)
    assert [(f.rule, f.locale) for f in findings] == [], "too short to tell: left alone"


def test_titles_are_compared_within_one_language(site):
    home, _image, _document, _target = site
    first = make_page(home, title="Logement et énergie")
    second = make_page(home, title="Logement et énergie")
    dutch = translate(first, "nl", title="Wonen en energie")
    findings = check_site([first, second, dutch])
    assert {(f.page_id, f.rule) for f in findings} == {
        (first.pk, d.TITLE_DUPLICATE), (second.pk, d.TITLE_DUPLICATE)}


def test_the_plain_language_band_is_compared_with_the_sites_target(site):
    home, *_rest = site
    page = make_page(home, title="Demander le revenu d'intégration", intro=HARD)
    assert check_page(page) == [], "no target set"
    set_plain_language_target(home, "very_difficult")
    assert check_page(page) == []
    set_plain_language_target(home, "easy")
    assert [f.rule for f in check_page(page)] == [d.PLAIN_LANGUAGE_BELOW_TARGET]


def test_a_draft_revision_is_checked_with_its_own_revision_id(site):
    home, *_rest = site
    page = make_page(home, title="Demander le revenu d'intégration")
    page.body = [{"type": "paragraph",
                  "value": '<p><a linktype="page" id="1">lees meer</a></p>'}]
    revision = page.save_revision()
    draft = revision.as_object()
    findings = check_page(draft, revision=revision)
    assert [(f.rule, f.revision_id, f.page_id) for f in findings] == [
        (d.LINK_GENERIC, revision.pk, page.pk)]
    assert check_page(InformationPage.objects.get(pk=page.pk)) == [], "live version is clean"


def test_other_page_types_are_read_through_their_own_fields(site):
    home, *_rest = site
    from tests.rights_explorer.rights_factories import make_explorer

    explorer = make_explorer(home)
    right = make_page(explorer, RightPage, title="La prime d'installation", slug="prime",
                      rule={"all": []},
                      what_it_is='<p>Pour tout savoir, <a href="/x">lire la suite</a>.</p>',
                      how_to_apply=[{"type": "step", "value": DUTCH}])
    findings = check_page(right)
    assert {(f.rule, f.location) for f in findings} == {
        (d.LINK_GENERIC, "what_it_is"), (d.LANGUAGE_OF_PARTS, "how_to_apply[0] > step")}


def test_wagtails_own_table_blocks_are_read_as_tables():
    from wagtail import blocks
    from wagtail.contrib.table_block.blocks import TableBlock
    from wagtail.contrib.typed_table_block.blocks import TypedTableBlock

    from accessibility.content_rules.content import Table
    from accessibility.content_rules.pages import block_fragments

    table = TableBlock()
    plain = table.to_python({"data": [["a", "b"]], "first_row_is_table_header": False,
                             "first_col_is_header": False, "table_caption": ""})
    assert block_fragments(table, plain, "body[0] > table") == [
        Table("body[0] > table", "", has_header=False)]
    typed = TypedTableBlock([("text", blocks.CharBlock())])
    value = typed.to_python({"columns": [{"type": "text", "heading": "Montant"}],
                             "rows": [{"values": ["1"]}], "caption": "Les montants"})
    assert block_fragments(typed, value, "body[1] > amounts") == [
        Table("body[1] > amounts", "Les montants", has_header=True)]


def test_a_web_version_that_is_not_published_does_not_count(site):
    home, _image, document, _target = site
    draft = make_page(home, title="Le formulaire en ligne", live=False)
    page = make_page(home, title="Demander le revenu d'intégration", body=[
        {"type": "document", "value": {"document": document.pk, "web_version": draft.pk,
                                       "no_web_version": False}}])
    assert [f.rule for f in check_page(page)] == [d.DOCUMENT_NO_WEB_VERSION]
