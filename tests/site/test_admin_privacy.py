"""The admin makes the staff member's browser fetch nothing from another
site: no Gravatar picture (which tells Gravatar who signs in, and when), no
check for a newer Wagtail on releases.wagtail.org."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from pages.models import InformationPage

FETCHING = {"script": ("src",), "img": ("src", "srcset"), "iframe": ("src",),
            "source": ("src", "srcset"), "video": ("src", "poster"), "audio": ("src",),
            "link": ("href",), "embed": ("src",), "object": ("data",)}


class FetchedUrls(HTMLParser):
    """Every URL the browser loads by itself (not links the user may follow)."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.urls = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in {"alternate", "canonical", "help"}:
            return
        for name in FETCHING.get(tag, ()):
            for value in (attrs.get(name) or "").split(","):
                if value.strip():
                    self.urls.append(value.strip().split()[0])


def other_origins(html):
    return [url for url in FetchedUrls(html).urls if urlsplit(url).netloc not in {"", "testserver"}]


@pytest.fixture
def staff_client(client, db):
    # an e-mail address, so that a Gravatar picture would be asked for
    user = get_user_model().objects.create_superuser("marie", "marie@cpas.example", "pw")
    client.force_login(user)
    return client


def test_the_dashboard_and_the_page_editor_load_nothing_from_another_site(staff_client,
                                                                          demo_pages):
    page = InformationPage.objects.filter(locale__language_code="fr").first()
    for url in (reverse("wagtailadmin_home"), reverse("wagtailadmin_pages:edit", args=[page.pk]),
                reverse("wagtailadmin_account")):
        response = staff_client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert other_origins(html) == [], url
        assert "gravatar" not in html.lower(), url


def test_the_dashboard_does_not_check_for_a_newer_wagtail(staff_client, demo_pages):
    html = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "w-upgrade" not in html  # the controller that fetches releases.wagtail.org
