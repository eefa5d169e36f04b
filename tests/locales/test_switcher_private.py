"""A translation behind a view restriction is not offered to a reader who
may not open it: neither in the switcher nor in hreflang."""

from wagtail.models import PageViewRestriction

from tests import factories
from tests.conftest import outline


def test_a_password_protected_translation_is_not_linked(client, db):
    home = factories.make_site()
    page = factories.make_page(factories.make_topic(home), title="Aide énergie")
    dutch = factories.translate(page, "nl", title="Hulp energie")
    factories.translate(page, "de", title="Hilfe Energie")
    restriction = PageViewRestriction.objects.create(
        page=dutch, password="geheim", restriction_type=PageViewRestriction.PASSWORD)
    html = client.get(page.url).content.decode()
    found = outline(client.get(page.url))
    assert "de" in found.alternates and "nl" not in found.alternates
    assert dutch.url not in html, "no link to the page behind the password"
    restriction.restriction_type = PageViewRestriction.LOGIN
    restriction.save()
    assert "nl" not in outline(client.get(page.url)).alternates
    client.force_login(factories.make_user())
    assert "nl" in outline(client.get(page.url)).alternates, \
        "a reader who may open it is still offered it"
