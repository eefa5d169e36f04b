"""Staff reach every editor the foundation gives them."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Site

from pages.models import InformationPage, OrganisationDetails, ReachUsPage, TopicPage
from tests import factories


@pytest.fixture
def staff_client(client, db):
    client.force_login(factories.make_user("editor", superuser=True))
    return client


@pytest.fixture
def home(db):
    """A French home with a topic, an information page and the contact page,
    each translated into Dutch."""
    home = factories.make_site()
    topic = factories.make_topic(home)
    for page in (topic, factories.make_page(topic), factories.make_reach_us(home)):
        factories.translate(page, "nl")
    factories.make_organisation(home)
    return home


def test_staff_can_open_the_editor_of_each_page_type_and_add_a_page(staff_client, home):
    pages = [home] + [model.objects.get(locale__language_code="nl")
                      for model in (TopicPage, InformationPage, ReachUsPage)]
    for page in pages:
        response = staff_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page
    for model in ("standardpage", "topicpage", "informationpage", "reachuspage"):
        add = reverse("wagtailadmin_pages:add", args=["balise_pages", model, home.pk])
        assert staff_client.get(add).status_code == 200, model


def test_staff_can_edit_the_organisation_and_the_site_settings(staff_client, home):
    organisation = OrganisationDetails.objects.get(locale__language_code="fr")
    edit = reverse("wagtailsnippets_balise_pages_organisationdetails:edit",
                   args=[organisation.pk])
    assert staff_client.get(edit).status_code == 200
    site = Site.objects.get(is_default_site=True)
    settings_url = reverse("wagtailsettings:edit", args=["balise_pages", "sitesettings", site.pk])
    assert staff_client.get(settings_url).status_code == 200


def test_top_tasks_are_limited_to_eight(home):
    page = factories.make_page(home)
    block = home.top_tasks.stream_block

    def tasks(count):
        task = {"type": "task", "value": {"page": page.pk, "label": "", "description": ""}}
        return block.to_python([task] * count)

    with pytest.raises(ValidationError) as error:
        block.clean(tasks(9))
    assert "8" in str(error.value.non_block_errors)  # "The maximum number of items is 8"
    assert len(block.clean(tasks(8))) == 8
