"""The demo's social map: fictional organisations of the real kinds, in four
languages, on the "who can help" page of each language."""

import pytest

from rights_explorer.models import PartnerDirectoryPage, PartnerOrganisation
from tests.conftest import LANGUAGES, text_of

TITLES = {"fr": "Qui peut vous aider ?", "nl": "Wie kan u helpen?",
          "de": "Wer kann Ihnen helfen?", "en": "Who can help you?"}


def test_the_demo_has_at_least_8_partners_and_2_cpas_services_in_each_language(demo_pages):
    for language in LANGUAGES:
        partners = PartnerOrganisation.objects.filter(locale__language_code=language)
        assert partners.filter(is_cpas_service=False).count() >= 8, language
        assert partners.filter(is_cpas_service=True).count() >= 2, language
    kinds = {"legal-aid", "money-debts", "housing-energy", "food", "digital-help", "health",
             "work-training"}
    assert kinds <= {theme for partner in PartnerOrganisation.objects.all()
                     for theme in partner.themes}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_directory_answers_in_each_language_with_its_organisations(
        client, demo_pages, language):
    page = PartnerDirectoryPage.objects.get(locale__language_code=language)
    response = client.get(page.url)
    assert response.status_code == 200
    text = text_of(response)
    assert TITLES[language] in text
    for partner in PartnerOrganisation.objects.filter(locale__language_code=language):
        assert partner.name in text, (language, partner.name)
    assert f'<html lang="{language}">' in response.content.decode()


def test_a_dutch_reader_sees_the_food_theme_with_the_cpas_first(client, demo_pages):
    page = PartnerDirectoryPage.objects.get(locale__language_code="nl")
    text = text_of(client.get(page.url, {"theme": "food"}))
    assert "Sociale kruidenier Le Panier" in text
    assert text.index("De sociale dienst van het OCMW") < text.index("Sociale kruidenier")
    assert "Maison médicale" not in text and "Wijkgezondheidscentrum" not in text
