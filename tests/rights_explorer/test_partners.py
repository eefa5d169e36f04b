"""The social map: partner organisations, listed by theme on the "who can
help" page in the reader's language, the CPAS's own services first."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from rights_explorer.models import PartnerDirectoryPage, PartnerOrganisation
from tests import factories
from tests.conftest import text_of

MONDAY_MORNING = [{"type": "period", "value": {
    "weekday": "0", "opens": datetime.time(9), "closes": datetime.time(12)}}]


def make_partner(name, themes, **fields):
    fields.setdefault("helps_with", f"{name} vous aide.")
    fields.setdefault("locale", factories.locales()["fr"])
    return PartnerOrganisation.objects.create(name=name, themes=themes, **fields)


@pytest.fixture
def directory(db):
    home = factories.make_site()
    return factories.make_page(home, PartnerDirectoryPage, title="Qui peut vous aider ?",
                               slug="qui-peut-aider", intro="Des associations vous aident.")


def sections(response):
    """Each theme's heading and the organisation names under it, in order."""
    html = response.content.decode()
    found = {}
    for part in re.split(r'<section aria-labelledby="theme-', html)[1:]:
        heading = re.search(r"<h2[^>]*>(.*?)</h2>", part).group(1)
        found[heading] = re.findall(r"<h3>(.*?)</h3>", part)
    return found


def test_organisations_are_listed_by_theme_with_the_cpas_services_first(client, directory):
    make_partner("Agence immobilière sociale", ["housing-energy"])
    make_partner("Zèbre énergie", ["housing-energy"])
    make_partner("Service social du CPAS", ["housing-energy", "food"], is_cpas_service=True)
    make_partner("Épicerie sociale", ["food"])
    make_partner("Banque alimentaire", ["food"])

    response = client.get(directory.url)

    assert response.status_code == 200
    assert sections(response) == {
        "Logement et énergie": ["Service social du CPAS", "Agence immobilière sociale",
                                "Zèbre énergie"],
        "Alimentation": ["Service social du CPAS", "Banque alimentaire", "Épicerie sociale"],
    }
    assert "Un service du CPAS" in text_of(response)


def test_each_organisation_shows_what_it_helps_with_its_contact_hours_and_website(
        client, directory):
    make_partner("Bureau d'aide juridique", ["legal-aid"],
                 helps_with="Un avocat vous conseille gratuitement.",
                 address="Place du Palais 3\n1399 Valmont", phone="02 555 40 10",
                 email="aide@barreau.example", website="https://aide.example/",
                 hours=MONDAY_MORNING, accessibility="Trois marches à l'entrée.")

    response = client.get(directory.url)
    html, text = response.content.decode(), text_of(response)

    assert "Un avocat vous conseille gratuitement." in text
    assert "Place du Palais 3<br>1399 Valmont" in html
    assert 'href="tel:025554010"' in html and 'href="mailto:aide@barreau.example"' in html
    assert 'href="https://aide.example/"' in html
    assert '<table class="hours">' in html and "Heures d'ouverture : Bureau d'aide" in text
    assert "Lundi" in text
    assert "Trois marches à l'entrée." in text


def test_dutch_readers_see_the_dutch_organisations_and_the_french_ones_not_translated_yet(
        client, directory):
    translated = make_partner("Service social du CPAS", ["money-debts"], is_cpas_service=True)
    factories.translate_snippet(translated, "nl", name="Sociale dienst van het OCMW",
                                helps_with="Een maatschappelijk werker helpt u.")
    make_partner("Médiation de dettes", ["money-debts"])
    dutch_page = factories.translate(directory, "nl", title="Wie kan u helpen?",
                                     slug="wie-kan-helpen")

    response = client.get(dutch_page.url)

    assert response.status_code == 200
    assert sections(response) == {
        "Geld en schulden": ["Sociale dienst van het OCMW", "Médiation de dettes"]}
    text = text_of(response)
    assert "Een maatschappelijk werker helpt u." in text and "Een dienst van het OCMW" in text
    assert "Service social du CPAS" not in text
    assert "Kies een thema" in text and "Alle thema's" in text


def test_a_theme_link_shows_that_theme_only_and_marks_it_current(client, directory):
    make_partner("Banque alimentaire", ["food"])
    make_partner("Maison médicale", ["health"])

    response = client.get(directory.url, {"theme": "food"})

    assert sections(response) == {"Alimentation": ["Banque alimentaire"]}
    html = response.content.decode()
    assert f'href="{directory.url}?theme=food" aria-current="page"' in html
    # every theme with an organisation stays one plain link away, and "all themes" too
    assert f'href="{directory.url}?theme=health"' in html
    assert f'<a href="{directory.url}">Tous les thèmes</a>' in html


def test_a_theme_without_organisations_says_so_and_offers_a_human_route(client, directory):
    make_partner("Banque alimentaire", ["food"])

    response = client.get(directory.url, {"theme": "legal-aid"})

    assert sections(response) == {"Aide juridique": []}
    assert "Demandez-nous : nous vous aidons à en trouver une." in text_of(response)


@pytest.mark.parametrize("theme", ["<script>alert(1)</script>", "../../admin", "food\x00",
                                   "é" * 500, ""])
def test_a_tampered_theme_shows_every_theme_never_an_error(client, directory, theme):
    make_partner("Banque alimentaire", ["food"])
    make_partner("Maison médicale", ["health"])

    response = client.get(directory.url, {"theme": theme})

    assert response.status_code == 200
    assert sections(response) == {"Santé": ["Maison médicale"],
                                  "Alimentation": ["Banque alimentaire"]}
    assert "<script>alert" not in response.content.decode()


def test_only_known_themes_can_be_saved(db):
    partner = PartnerOrganisation(name="Club", helps_with="Aide.", themes=["sport"],
                                  locale=factories.locales()["fr"])
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    assert "themes" in error.value.message_dict
    partner.themes = []
    with pytest.raises(ValidationError):
        partner.full_clean()  # an organisation without a theme would be listed nowhere


def test_a_translation_made_with_wagtail_localize_keeps_the_contact_data_of_the_french(db):
    french = make_partner("Maison médicale", ["health", "family"],
                          helps_with="Des médecins au même endroit.",
                          address="Rue Neuve 21\n1399 Valmont", phone="02 555 46 70",
                          email="accueil@mm.example", website="https://mm.example/",
                          hours=MONDAY_MORNING, accessibility="Entrée de plain-pied.",
                          is_cpas_service=False)
    texts = {"nl": {"Maison médicale": "Wijkgezondheidscentrum",
                    "Rue Neuve 21<br/>1399 Valmont": "Nieuwstraat 21<br/>1399 Valmont"}}
    dutch = factories.localize(french, ["nl"], texts)["nl"]
    assert dutch.name == "Wijkgezondheidscentrum"
    assert dutch.address == "Nieuwstraat 21\n1399 Valmont"

    french.phone, french.website = "02 555 99 99", "https://nieuw.example/"
    french.themes = ["health"]
    french.save()
    dutch = factories.localize(french, ["nl"], texts)["nl"]

    assert (dutch.phone, dutch.email, dutch.website) == (
        "02 555 99 99", "accueil@mm.example", "https://nieuw.example/")
    assert dutch.themes == ["health"] and dutch.is_cpas_service is False
    assert [child.value["opens"] for child in dutch.hours] == [datetime.time(9)]
    assert dutch.name == "Wijkgezondheidscentrum"


def test_staff_filter_the_organisations_by_theme_in_the_admin(client, db):
    make_partner("Banque alimentaire", ["food"])
    make_partner("Maison médicale", ["health"])
    client.force_login(factories.make_user(superuser=True))
    url = reverse("wagtailsnippets_balise_rights_partnerorganisation:list")

    response = client.get(url, {"theme": "food"})

    assert response.status_code == 200
    text = text_of(response)
    assert "Banque alimentaire" in text and "Maison médicale" not in text
    add_form = client.get(reverse("wagtailsnippets_balise_rights_partnerorganisation:add"))
    assert add_form.status_code == 200
    assert 'type="checkbox" name="themes" value="legal-aid"' in add_form.content.decode()


def test_the_directory_is_a_page_staff_add_under_a_home_page():
    from pages.models import HomePage

    assert PartnerDirectoryPage in HomePage.allowed_subpage_models()
    assert PartnerDirectoryPage.allowed_parent_page_models() == [HomePage]


def test_staff_add_an_organisation_in_the_admin_with_its_themes_ticked(client, db):
    factories.locales()
    client.force_login(factories.make_user(superuser=True))
    url = reverse("wagtailsnippets_balise_rights_partnerorganisation:add")

    response = client.post(url + "?locale=fr", {
        "name": "Banque alimentaire", "helps_with": "Des colis de nourriture.",
        "themes": ["food", "family"], "address": "", "phone": "02 555 00 01", "email": "",
        "website": "", "hours-count": "0", "accessibility": "",
    })

    assert response.status_code == 302, response.content.decode()[:3000]
    partner = PartnerOrganisation.objects.get(name="Banque alimentaire")
    assert partner.themes == ["food", "family"] and partner.locale.language_code == "fr"
    edit = client.get(reverse("wagtailsnippets_balise_rights_partnerorganisation:edit",
                              args=[partner.pk]))
    ticked = re.findall(r'name="themes" value="([a-z-]+)"[^>]*checked', edit.content.decode())
    assert ticked == ["food", "family"]


def test_the_translation_editor_opens_for_a_translated_organisation(client, db):
    french = make_partner("Maison médicale", ["health"], phone="02 555 46 70",
                          hours=MONDAY_MORNING)
    dutch = factories.localize(french, ["nl"])["nl"]
    client.force_login(factories.make_user(superuser=True))

    response = client.get(reverse("wagtailsnippets_balise_rights_partnerorganisation:edit",
                                  args=[dutch.pk]))

    assert response.status_code == 200
    assert "Maison médicale (nl)" in response.content.decode()
