"""A held-back page with one planted defect per content rule (issue 12,
point 9), built by the test that needs it and never part of the demo tree.

``PLANTED`` is the contract: for every rule in
``content_rules.definitions.RULES``, where on the planted page its one
finding must be reported. A new rule without a planted defect here fails
``test_planted_defects`` until one is added, so the rules cannot drift from
what the CI proves they find.
"""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from accessibility.content_rules import definitions as d
from pages.models import PlainLanguageSettings
from tests.factories import make_page, make_site

TITLE = "Nouvelle page"  # says nothing, and the twin page has it too
DUTCH = "Het OCMW kan u helpen om uw energiefacturen te betalen als u niet genoeg geld heeft."
HARD = ("Conformément aux dispositions réglementaires applicables, l'introduction "
        "d'une demande administrative nécessite impérativement la communication préalable "
        "d'informations justificatives circonstanciées.")

# rule id -> where its one finding is on the planted page
PLANTED = {
    d.HEADING_SKIPPED: "body[0] > subheading",
    d.BOLD_AS_HEADING: "body[1] > paragraph",
    d.LINK_GENERIC: "body[2] > paragraph",
    d.LINK_URL: "body[3] > paragraph",
    d.HEADING_H1: "body[4] > paragraph",
    d.HEADING_EMPTY: "body[5] > paragraph",
    d.ALT_REDUNDANT: "body[6] > paragraph",
    d.ALT_FILE_NAME: "body[7] > image",
    d.TABLE_NO_HEADER: "body[8] > table",
    d.TABLE_NO_CAPTION: "body[9] > table",
    d.DOCUMENT_NO_WEB_VERSION: "body[10] > document",
    d.LANGUAGE_OF_PARTS: "body[11] > paragraph",
    d.TITLE_GENERIC: "title",
    d.TITLE_DUPLICATE: "title",
    d.PLAIN_LANGUAGE_BELOW_TARGET: "text",
}


def planted_body(image, document, target):
    """One block per planted defect, in ``PLANTED``'s order; every other
    part of each block is correct."""
    return [
        {"type": "subheading", "value": {"text": "Qui peut l'avoir ?", "level": "h3"}},
        {"type": "paragraph", "value": "<p><b>Les papiers à apporter</b></p>"},
        {"type": "paragraph", "value": (
            f'<p>Pour le formulaire, <a linktype="page" id="{target.pk}">cliquez ici</a>.</p>')},
        {"type": "paragraph", "value": (
            '<p>Voir <a href="https://www.mi-is.be/fr">https://www.mi-is.be/fr</a></p>')},
        {"type": "paragraph", "value": "<h1>Le revenu d'intégration</h1>"},
        {"type": "paragraph", "value": "<h2></h2>"},
        {"type": "paragraph", "value": (
            f'<embed embedtype="image" id="{image.pk}" alt="Photo de l\'accueil" '
            'format="left"/>')},
        {"type": "image", "value": {"image": image.pk, "alt_text": "IMG_2034.jpg",
                                    "decorative": False, "caption": ""}},
        {"type": "table", "value": {"caption": "Les montants par mois", "header": [],
                                    "rows": [{"cells": ["876,13 euros"]}]}},
        {"type": "table", "value": {"caption": "", "header": ["Par mois"],
                                    "rows": [{"cells": ["876,13 euros"]}]}},
        {"type": "document", "value": {"document": document.pk, "web_version": None,
                                       "no_web_version": False}},
        {"type": "paragraph", "value": f"<p>{DUTCH}</p>"},
    ]


def build_planted_pages():
    """(planted page, twin page, clean pages) on a new site: the twin shares
    the planted page's title, so "title used twice" has its pair; the clean
    pages (the home and the form the planted links point to) must give
    nothing. The site's plain-language target is "standard", which the
    planted intro misses and the clean pages' short sentences reach."""
    home = make_site(reach_us_text="Venez nous voir. Nous vous aidons.")
    settings = PlainLanguageSettings.for_site(home.get_site())
    settings.minimum_band_to_publish = "standard"
    settings.save()
    image = Image.objects.create(title="Accueil du CPAS", file=get_test_image_file())
    document = get_document_model().objects.create(
        title="Formulaire de demande", file=ContentFile(b"%PDF-1.4\n", name="formulaire.pdf"))
    target = make_page(home, title="Le formulaire de demande en ligne",
                       intro="Le formulaire est ici. Il est court.")
    planted = make_page(home, title=TITLE, intro=HARD,
                        body=planted_body(image, document, target))
    twin = make_page(home, title=TITLE, slug="nouvelle-page-bis",
                     intro="Venez nous voir. Nous vous aidons.")
    return planted, twin, [home, target]
