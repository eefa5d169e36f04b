"""``seed_demo`` builds the reference site from the data files in
site/demo/data through wagtail-localize, and can be run again without
changing or duplicating anything, revisions included."""

import dataclasses
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from demo import data_files
from demo.data_files import DemoDataError
from pages.models import (
    ContactChannel,
    GlossaryTerm,
    InformationPage,
    OrganisationDetails,
    SiteSettings,
)


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list(
            "path", "depth", "numchild", "slug", "title", "live", "locale__language_code",
            "content_type__model")),
        "organisations": list(OrganisationDetails.objects.order_by("locale__language_code")
                              .values_list("locale__language_code", "name")),
        "translations": Translation.objects.count(),
    }


def counts():
    """Everything a seed could add or redo."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "published revisions": sorted(Page.objects.values_list("pk", "live_revision_id")),
        "translation sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "organisations": OrganisationDetails.objects.count(),
        "contact channels": ContactChannel.objects.count(),
        "glossary terms": GlossaryTerm.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
    }


@pytest.mark.django_db(transaction=True)
def test_seed_demo_twice_gives_the_same_tree_and_a_working_admin_login(demo_site_committed, client):
    first = snapshot()
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert snapshot() == first

    # home, 5 topics, 12 pages, contact, the question, complaint and callback forms, the
    # partner directory, the rights explorer and its 19 rights, the accessibility statement
    assert Page.objects.filter(depth__gte=2).count() == 4 * 44
    for language in ("fr", "nl", "de", "en"):
        live = Page.objects.live().filter(depth__gte=2, locale__language_code=language)
        assert live.count() == 44
    assert len(first["organisations"]) == 4

    login = re.search(r"user: (\S+)\s+password: (\S+)", out.getvalue())
    assert login, out.getvalue()
    assert client.login(username=login[1], password=login[2])
    assert client.get("/admin/").status_code == 200


def test_a_second_seed_adds_nothing_not_even_a_revision(demo_pages):
    before = counts()
    out = io.StringIO()
    call_command("seed_demo", "--no-admin", stdout=out)
    assert counts() == before
    assert "(0 pages and 0 translations updated)" in out.getvalue()


def test_a_text_changed_in_the_data_republishes_that_page_and_its_translations_only(
        demo_pages, monkeypatch, django_capture_on_commit_callbacks):
    pages = data_files.pages()
    new_title = "Payer le médecin et la pharmacie"
    monkeypatch.setattr(data_files, "pages", lambda: tuple(
        dataclasses.replace(page, fields={**page.fields, "title": new_title})
        if page.path == "sante/frais-medicaux" else page for page in pages))
    for language, title in [("nl", "De dokter en de apotheek betalen"),
                            ("de", "Arzt und Apotheke bezahlen"),
                            ("en", "Pay the doctor and the pharmacy")]:
        monkeypatch.setitem(data_files.catalogue(language), new_title, title)
    revisions = Revision.objects.count()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", "--no-admin", stdout=io.StringIO())

    assert Revision.objects.count() == revisions + 4  # the French page and its 3 translations
    french = InformationPage.objects.get(locale__language_code="fr", slug="frais-medicaux")
    assert french.title == new_title and french.live and not french.has_unpublished_changes
    english = french.get_translation(Locale.objects.get(language_code="en"))
    assert english.title == "Pay the doctor and the pharmacy" and english.live


def test_a_missing_translation_names_the_text_and_its_data_file(demo_pages, monkeypatch):
    text = data_files.page("sante/frais-medicaux").fields["title"]
    monkeypatch.delitem(data_files.catalogue("de"), text)
    with pytest.raises(DemoDataError) as error:
        call_command("seed_demo", "--no-admin", stdout=io.StringIO())
    assert "data/locale/de.po" in str(error.value)
    assert "pages/sante/frais-medicaux.json" in str(error.value) and text in str(error.value)


def test_the_po_files_hold_every_string_of_the_demo_and_no_other(demo_pages):
    used = set(StringSegment.objects.values_list("string__data", flat=True))
    for language in data_files.TRANSLATION_LANGUAGES:
        assert set(data_files.catalogue(language)) == used, language


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
