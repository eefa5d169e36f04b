"""Citizens find the documents a CPAS publishes by what they say: the text of
a PDF or an office file, uploaded by an editor in the admin, is searchable on
the public search page, and each document leads to its web page."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    PageViewRestriction,
)

from tests import factories
from tests.conftest import text_of
from tests.pages import document_files

Document = get_document_model()

# the public search reads the Whoosh index, which each test fills as it saves
pytestmark = pytest.mark.usefixtures("search_index")


@pytest.fixture
def topic(db):
    home = factories.make_site()
    return factories.make_topic(home, title="Aides")


@pytest.fixture
def editor(client, db):
    """A member of staff who may add documents to the root collection, signed
    in to the admin."""
    group = Group.objects.create(name="Rédaction")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin",
                                                 codename="access_admin"))
    for codename in ("add_document", "change_document", "choose_document"):
        GroupCollectionPermission.objects.create(
            group=group, collection=Collection.get_first_root_node(),
            permission=Permission.objects.get(content_type__app_label="wagtaildocs",
                                              codename=codename))
    user = factories.make_user("redaction", groups=[group])
    client.force_login(user)
    return user


def upload(client, title, filename, content, collection=None, description=""):
    """The admin's "Add a document" form, posted as an editor's browser does."""
    collection = collection or Collection.get_first_root_node()
    response = client.post(reverse("wagtaildocs:add"), {
        "title": title, "description": description, "collection": collection.pk,
        "tags": "", "file": SimpleUploadedFile(filename, content)})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert response.url.startswith("/admin/documents/"), response.url
    return Document.objects.get(title=title)


def search(client, query):
    client.logout()
    return client.get("/fr/recherche/", {"q": query})


def documents_section(response):
    html = response.content.decode()
    found = re.search(r'<section aria-labelledby="documents-heading".*?</section>', html, re.S)
    return found.group(0) if found else ""


def offer(page, document, web_version=None, no_web_version=False):
    """Add a "Document" block to ``page`` and publish it."""
    page.body.append(("document", {"document": document, "web_version": web_version,
                                   "no_web_version": no_web_version}))
    return factories.publish(page)


def test_a_pdf_an_editor_uploads_is_found_by_a_word_of_its_text_and_leads_to_its_web_page(
        client, topic, editor):
    pdf = upload(client, "Formulaire de demande", "demande.pdf", document_files.pdf([
        "Demande d'intervention dans les frais de chauffage",
        "Joignez la facture de mazout de votre fournisseur."]))
    web = factories.make_page(topic, title="Aide pour payer le chauffage")
    offering = factories.make_page(topic, title="Vos démarches")
    offer(offering, pdf, web_version=web)

    response = search(client, "mazout")
    section = documents_section(response)
    assert "Formulaire de demande" in section
    assert f'href="{web.url}"' in section, "the document leads to its web version"
    assert "<mark>mazout</mark>" in section, "a passage of the text, the word marked"
    assert f'href="{pdf.url}"' in section and "PDF, 1 ko" in text_of(response)
    assert "1 résultat" in text_of(response)


def test_word_writer_and_excel_files_and_csv_are_found_by_their_text(client, topic, editor):
    files = {
        "Attestation de revenus": ("attestation.docx", document_files.docx(
            ["Attestation de revenus", "Signature du bailleur obligatoire"])),
        "Règlement intérieur": ("reglement.odt", document_files.odt(
            ["Règlement du restaurant social", "Horaires de la buanderie"])),
        "Barème": ("bareme.xlsx", document_files.xlsx(["Catégorie", "Cohabitant isolé"])),
        "Liste des permanences": ("permanences.csv",
                                  "Lieu;Jour\nAntenne de Jambes;mercredi\n".encode("cp1252")),
        "Modèle de lettre": ("lettre.rtf", document_files.rtf("Objet : recours au tribunal")),
    }
    for title, (filename, content) in files.items():
        upload(client, title, filename, content)
    for word, title in (("bailleur", "Attestation de revenus"), ("buanderie", "Règlement"),
                        ("cohabitant", "Barème"), ("jambes", "Liste des permanences"),
                        ("tribunal", "Modèle de lettre")):
        section = documents_section(search(client, word))
        assert title in section, word
        document = Document.objects.get(title__startswith=title)
        assert f'href="{document.url}"' in section, "no page uses it: the file itself"


def test_the_description_is_searched_and_shown(client, topic, editor):
    upload(client, "Formulaire B", "b.pdf", document_files.pdf(["Annexe B"]),
           description="Pour demander une carte médicale au CPAS.")
    section = documents_section(search(client, "carte médicale"))
    assert "Formulaire B" in section
    assert "<mark>carte</mark> <mark>médicale</mark>" in section


def test_words_are_found_in_other_forms_in_the_language_of_the_document(client, topic, editor):
    upload(client, "Guide", "guide.pdf", document_files.pdf([
        "Les allocations familiales sont versées chaque mois par la caisse. "
        "Vous pouvez demander une avance au CPAS si les allocations sont en retard. "
        "Le service social vous aide pour les démarches avec la caisse."]))
    assert Document.objects.get().locale.language_code == "fr"
    assert "Guide" in documents_section(search(client, "allocation"))


def test_a_replaced_file_is_searched_by_its_new_text(client, topic, editor):
    document = upload(client, "Horaires", "horaires.pdf", document_files.pdf(["Fermé le lundi"]))
    response = client.post(reverse("wagtaildocs:edit", args=[document.pk]), {
        "title": "Horaires", "description": "", "collection": document.collection_id,
        "tags": "", "file": SimpleUploadedFile("horaires.pdf",
                                               document_files.pdf(["Fermé le vendredi"]))})
    assert response.status_code == 302
    assert "Horaires" in documents_section(search(client, "vendredi"))
    assert "Horaires" not in documents_section(search(client, "lundi"))


def test_a_document_offered_on_a_page_in_another_language_is_labelled(client, topic):
    document = Document.objects.create(
        title="Aanvraagformulier", file=ContentFile(
            document_files.pdf(["Aanvraag huurwaarborg bij het OCMW"]), "aanvraag.pdf"))
    dutch_topic = factories.translate(topic, "nl", title="Hulp", slug="hulp")
    dutch = factories.make_page(dutch_topic, title="Huurwaarborg")
    offer(dutch, document, no_web_version=True)
    section = documents_section(search(client, "huurwaarborg"))
    assert f'href="{dutch.url}"' in section
    assert 'hreflang="nl"' in section and "page web en néerlandais" in section


def test_a_reader_is_sent_to_the_page_in_their_own_language_when_there_is_one(client, topic):
    document = Document.objects.create(
        title="Formulaire", file=ContentFile(document_files.pdf(["Garantie locative"]),
                                             "garantie.pdf"))
    french = factories.make_page(topic, title="Garantie locative")
    offer(french, document, no_web_version=True)
    dutch = factories.translate(french, "nl", title="Huurwaarborg", slug="huurwaarborg")
    response = client.get("/nl/zoeken/", {"q": "locative"})
    section = documents_section(response)
    assert f'href="{dutch.url}"' in section and "hreflang" not in section


def test_a_page_the_reader_may_not_open_is_never_the_link(client, topic):
    document = Document.objects.create(
        title="Procédure interne", file=ContentFile(document_files.pdf(["Note de service"]),
                                                    "note.pdf"))
    secret = factories.make_page(topic, title="Intranet")
    offer(secret, document, no_web_version=True)
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    section = documents_section(search(client, "service"))
    assert secret.url not in section
    assert f'href="{document.url}"' in section


def test_a_private_collections_document_is_listed_only_where_a_visible_page_offers_it(
        client, topic):
    private = Collection.get_first_root_node().add_child(name="Service social")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    unused = Document.objects.create(
        title="Rapport social", collection=private,
        file=ContentFile(document_files.pdf(["Enquête sociale confidentielle"]), "r.pdf"))
    offered = Document.objects.create(
        title="Charte", collection=private,
        file=ContentFile(document_files.pdf(["Charte sociale du CPAS"]), "c.pdf"))
    page = factories.make_page(topic, title="Nos engagements")
    offer(page, offered, no_web_version=True)

    section = documents_section(search(client, "sociale"))
    assert "Rapport social" not in section and "confidentielle" not in section
    assert "Charte" in section and f'href="{page.url}"' in section
    assert offered.url not in section, "no link to a file the reader may not download"

    client.force_login(factories.make_user())
    response = client.get("/fr/recherche/", {"q": "sociale"})
    assert "Rapport <mark>social</mark>" in documents_section(response), \
        "a reader let in finds it"
    assert unused.url in documents_section(response)


def test_documents_cost_the_same_queries_for_1_or_5_hits(client, topic):
    def add(number):
        document = Document.objects.create(
            title=f"Formulaire {number}",
            file=ContentFile(document_files.pdf([f"Prime énergie numéro {number}"]),
                             f"f{number}.pdf"))
        offer(factories.make_page(topic, title=f"Page {number}"), document,
              no_web_version=True)

    def queries():
        search(client, "prime")
        with CaptureQueriesContext(connection) as captured:
            response = search(client, "prime")
        assert response.status_code == 200
        return len(captured)

    add(0)
    one = queries()
    for number in range(1, 5):
        add(number)
    assert queries() == one
    assert documents_section(search(client, "prime")).count("<li>") == 5


def test_a_document_linked_in_a_paragraph_leads_to_that_page(client, topic):
    document = Document.objects.create(
        title="Formulaire", file=ContentFile(document_files.pdf(["Prime au déménagement"]),
                                             "prime.pdf"))
    link = f'<a linktype="document" id="{document.pk}">le formulaire</a>'
    page = factories.make_page(topic, title="Déménager", body=[{
        "type": "paragraph", "value": f"<p>Remplissez {link}.</p>"}])
    section = documents_section(search(client, "déménagement"))
    assert f'href="{page.url}"' in section


def test_editors_write_the_description_in_the_document_form(client, topic, editor):
    document = upload(client, "Horaires", "horaires.pdf", document_files.pdf(["Fermé le lundi"]))
    form = client.get(reverse("wagtaildocs:edit", args=[document.pk])).content.decode()
    assert 'name="description"' in form and "affichent sous le titre" in form
    response = client.post(reverse("wagtaildocs:edit", args=[document.pk]), {
        "title": "Horaires", "description": "Quand le CPAS est ouvert.",
        "collection": document.collection_id, "tags": ""})
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.description == "Quand le CPAS est ouvert."
    assert document.text == "Fermé le lundi", "the text stays when only the description changes"
    assert "Horaires" in documents_section(search(client, "ouvert"))


def test_only_the_best_documents_are_listed_and_the_reader_is_told(client, topic, settings):
    settings.BALISE_PAGES = {"SEARCH_DOCUMENTS_SHOWN": 2}
    for number in range(3):
        Document.objects.create(
            title=f"Formulaire {number}",
            file=ContentFile(document_files.pdf([f"Aide sociale urgente {number}"]), "f.pdf"))
    response = search(client, "urgente")
    assert documents_section(response).count("<li>") == 2
    text = text_of(response)
    assert "Voici les 2 documents qui correspondent le mieux, sur 3." in text
    assert "3 résultats" in text
