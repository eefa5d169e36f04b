"""Links to what editors chose in French reach the reader's language, and only
pages that are live and public there: never a French page on the Dutch site,
never a 404, never a password form (pages/links.py)."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from pages.links import live_translation, live_translations
from tests import factories
from tests.conftest import outline, text_of

Document = get_document_model()


def hrefs(response):
    assert response.status_code == 200
    return {link.get("href") for link in outline(response).links}


def private(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret")


@pytest.fixture
def site(db):
    """A French home with a topic and an information page, all translated into Dutch."""
    home = factories.make_site()
    topic = factories.make_topic(home, title="Argent", slug="argent")
    income = factories.make_page(topic, title="Revenu d'intégration", slug="revenu")
    dutch = {page: factories.translate(page, "nl", title=f"{page.title} (nl)")
             for page in (home, topic, income)}
    return home, topic, income, dutch


def with_top_task(home, page, label=""):
    home.top_tasks = [("task", {"page": page, "label": label, "description": ""})]
    return factories.publish(home)


def test_an_unpublished_dutch_top_task_is_left_out_not_sent_to_the_french_page(client, site):
    home, _topic, income, dutch = site
    with_top_task(home, income, label="Demander le revenu")
    # As wagtail-localize syncs it: the Dutch task still points at the French page.
    dutch_home = with_top_task(dutch[home], income, label="Demander le revenu")
    dutch_income = dutch[income]
    assert dutch_income.url in hrefs(client.get(dutch_home.url))

    dutch_income.unpublish()
    links = hrefs(client.get(dutch_home.url))
    assert dutch_income.url not in links
    assert income.url not in links, "never a French page on the Dutch home"
    assert "Demander le revenu" not in text_of(client.get(dutch_home.url))
    assert income.url in hrefs(client.get(home.url)), "the French home keeps its task"


def test_a_private_page_is_not_linked_for_anonymous_readers(client, site):
    home, topic, income, _dutch = site
    home.contact_page = income
    with_top_task(home, income)
    assert income.url in hrefs(client.get(home.url))
    assert topic.url in hrefs(client.get(income.url)), "the menu links the topic"

    private(income)
    private(topic)
    links = hrefs(client.get(home.url))
    assert income.url not in links, "neither as a top task nor as the contact page"
    assert topic.url not in links, "nor in the menu"
    assert client.get(income.url).status_code == 200  # the password form, as before
    assert "password" in client.get(income.url).content.decode().lower()


def test_who_can_help_links_the_readers_page_and_channel_or_leaves_the_page_out(client, site):
    home, topic, income, dutch = site
    service = factories.make_page(topic, title="Service de médiation de dettes", slug="dettes")
    dutch_service = factories.translate(service, "nl", title="Schuldbemiddeling")
    channel = factories.make_channel("phone", name="Par téléphone", phone="02 555 00 00")
    factories.translate_snippet(channel, "nl", name="Telefonisch")
    income.body = [("who_can_help", {"channel": channel, "page": service,
                                     "note": "Une assistante sociale vous aide."})]
    income = factories.publish(income)
    dutch_income = dutch[income]  # the French channel and page, as chosen in French
    dutch_income.body = income.body.raw_data
    dutch_income = factories.publish(dutch_income)

    response = client.get(dutch_income.url)
    assert dutch_service.url in hrefs(response)
    assert "Telefonisch" in text_of(response) and "Par téléphone" not in text_of(response)

    dutch_service.unpublish()
    response = client.get(dutch_income.url)
    assert dutch_service.url not in hrefs(response)
    assert service.url not in hrefs(response), "never the French page"
    assert "Telefonisch" in text_of(response), "the channel still shows"

    private(service)
    assert service.url not in hrefs(client.get(income.url)), "nor a private page"


def test_a_documents_web_version_follows_the_same_rule(client, site):
    _home, topic, income, dutch = site
    web = factories.make_page(topic, title="Formulaire en ligne", slug="formulaire")
    dutch_web = factories.translate(web, "nl", title="Online formulier")
    document = Document.objects.create(
        title="Formulaire", file=ContentFile(b"%PDF-1.4\n", name="formulaire.pdf"))
    dutch_income = dutch[income]
    dutch_income.body = [("document", {"document": document, "web_version": web,
                                       "no_web_version": False})]
    dutch_income = factories.publish(dutch_income)
    assert dutch_web.url in hrefs(client.get(dutch_income.url))

    dutch_web.unpublish()
    links = hrefs(client.get(dutch_income.url))
    assert dutch_web.url not in links and web.url not in links
    assert document.url in links, "the document itself stays"


def test_links_cost_the_same_queries_for_one_or_six_of_them(client, site):
    """Every link of a page is looked up in one query, whatever their number."""
    _home, topic, income, dutch = site
    targets = [factories.make_page(topic, title=f"Service {n}", slug=f"service-{n}")
               for n in range(6)]
    dutch_targets = [factories.translate(target, "nl") for target in targets]
    channel = factories.make_channel("desk")

    def queries_with(count):
        page = dutch[income]
        page.body = [("who_can_help", {"channel": channel, "page": target, "note": "Aide."})
                     for target in targets[:count]]
        page = factories.publish(page)
        client.get(page.url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(page.url)
        assert {target.url for target in dutch_targets[:count]} <= hrefs(response)
        return len(captured)

    assert queries_with(1) == queries_with(6)


def test_the_helper_gives_the_readers_version_or_nothing(site):
    home, topic, income, dutch = site
    dutch_locale = dutch[home].locale
    channel = factories.make_channel("desk", name="Au guichet")
    untranslated = factories.make_channel("phone", name="Par téléphone")
    dutch_channel = factories.translate_snippet(channel, "nl", name="Aan het loket")
    draft = factories.make_page(topic, title="Brouillon", live=True)
    factories.translate(draft, "nl", live=False)

    found = live_translations([income, draft, channel, untranslated, None], dutch_locale)
    assert [getattr(obj, "pk", None) for obj in found] == [
        dutch[income].pk, None, dutch_channel.pk, untranslated.pk, None]
    assert live_translation(income, income.locale).pk == income.pk
    private(dutch[topic])
    assert live_translation(income, dutch_locale) is None, "below a private page"
