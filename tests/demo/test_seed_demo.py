"""``seed_demo`` builds the reference site through wagtail-localize and can be
run again without changing or duplicating anything."""

import io
import re

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from pages.models import OrganisationDetails, SiteSettings


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list(
            "path", "depth", "numchild", "slug", "title", "live", "locale__language_code",
            "content_type__model")),
        "organisations": list(OrganisationDetails.objects.order_by("locale__language_code")
                              .values_list("locale__language_code", "name")),
        "translations": Translation.objects.count(),
    }


@pytest.mark.django_db(transaction=True)
def test_seed_demo_twice_gives_the_same_tree_and_a_working_admin_login(demo_site_committed, client):
    first = snapshot()
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert snapshot() == first

    assert Page.objects.filter(depth__gte=2).count() == 4 * 19  # home, 5 topics, 12 pages, contact
    for language in ("fr", "nl", "de", "en"):
        live = Page.objects.live().filter(depth__gte=2, locale__language_code=language)
        assert live.count() == 19
    assert len(first["organisations"]) == 4

    login = re.search(r"user: (\S+)\s+password: (\S+)", out.getvalue())
    assert login, out.getvalue()
    assert client.login(username=login[1], password=login[2])
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_translations_are_wagtail_localize_translations_of_the_french_source(demo_pages):
    french = [p for p in demo_pages if p.locale.language_code == "fr"]
    for page in french:
        targets = Translation.objects.filter(source__object_id=page.translation_key)
        assert sorted(t.target_locale.language_code for t in targets) == ["de", "en", "nl"]
        for translation in targets:
            translated = translation.get_target_instance()
            assert translated.live and translated.title != page.title


@pytest.mark.django_db
def test_site_settings_point_to_the_organisation_shown_in_the_footer(demo_pages):
    settings = SiteSettings.for_site(demo_pages[0].get_site())
    assert settings.organisation.locale.language_code == "fr"
    dutch = settings.organisation.get_translation(Locale.objects.get(language_code="nl"))
    assert dutch.name == "OCMW Valmont" and dutch.phone == settings.organisation.phone
