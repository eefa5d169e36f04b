"""Documents in the search results, in a real browser on the demo: found by
a word of their text, leading to their web page or to the file, with no axe
violation in any language."""

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from selenium.webdriver.common.by import By
from wagtail.documents import get_document_model

from pages.models import InformationPage
from tests.pages import document_files

from .conftest import axe_violations, describe, load

pytestmark = pytest.mark.browser


@pytest.fixture
def demo_with_documents(demo_site_committed, search_index):
    """The demo with a PDF offered on a French page and a CSV no page uses."""
    document_model = get_document_model()
    pdf = document_model.objects.create(
        title="Formulaire de demande", description="Pour demander une aide au mazout.",
        file=ContentFile(document_files.pdf(["Joignez la facture de mazout."]), "demande.pdf"))
    page = InformationPage.objects.live().filter(locale__language_code="fr").first()
    page.body.append(("document", {"document": pdf, "web_version": None,
                                   "no_web_version": True}))
    page.save_revision().publish()
    document_model.objects.create(
        title="Permanences", file=ContentFile(b"Lieu;Jour\nAntenne mazout;mardi\n",
                                              "permanences.csv"))
    call_command("update_index", backend_name="whoosh", verbosity=0)
    return page


def test_documents_found_in_each_language_have_no_axe_violation(
        live_server, demo_with_documents, browser):
    failures = []
    for url in ("/fr/recherche/?q=mazout", "/nl/zoeken/?q=mazout", "/de/suche/?q=mazout",
                "/en/search/?q=mazout"):
        load(browser, live_server.url + url)
        found = browser.find_elements(By.CSS_SELECTOR, ".search-documents li")
        assert len(found) == 2, url
        links = [link.get_attribute("href") for link in
                 browser.find_elements(By.CSS_SELECTOR, ".search-documents li > a")]
        assert any(link.endswith("permanences.csv") for link in links), url
        assert any("/documents/" not in link for link in links), "the PDF leads to a page"
        failures += describe(url, axe_violations(browser)[0])
    assert not failures, "\n".join(failures)
