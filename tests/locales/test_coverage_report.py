"""Reports → Translation coverage: per language, the share of live pages and
snippets translated and up to date, and each missing or stale one with a link
to translate, sync or update it. Only translators (who may send content for
translation) open it, and each sees only the pages they may edit."""

import csv
import io
import re
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from pages.models import ContactChannel, InformationPage, OrganisationDetails, TopicPage
from tests import factories
from tests.conftest import text_of
from tests.factories import permission, staff_member

REPORT = "balise_locales_coverage"
VARIANTS = ["page", "results", "csv", "xlsx"]




def report_url(variant="page", **query):
    url = reverse(f"{REPORT}_results" if variant == "results" else REPORT)
    if variant in ("csv", "xlsx"):
        query["export"] = variant
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url


@pytest.fixture
def translator(db):
    return staff_member("translator", permission("wagtail_localize", "submit_translation"))


@pytest.fixture
def boss(db):
    return get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")


# Glossary entries per language: each language keeps its own list.
GLOSSARY = {"fr": ["cohabitant", "subsidiaire", "ayant droit", "débiteur"],
            "nl": ["derhalve", "samenwonende", "rechthebbende"],
            "de": ["Bedarfsgemeinschaft", "subsidiär"], "en": ["subsidiary"]}


@pytest.fixture(scope="module")
def translated_once(module_db):
    """A home, two topics with an information page each, a contact channel
    and the organisation details, all translated into Dutch, German and
    English through wagtail-localize; a glossary per language. Built once
    for the module."""
    home = factories.make_site()
    money = factories.make_topic(home, title="Argent et dettes", slug="argent-dettes")
    income = factories.make_page(money, title="Demander le revenu d'intégration",
                                 slug="revenu-integration")
    housing = factories.make_topic(home, title="Logement et énergie", slug="logement-energie")
    bills = factories.make_page(housing, title="Payer vos factures d'énergie",
                                slug="factures-energie")
    channel = factories.make_channel("phone", summary="Nous répondons en semaine.")
    organisation = factories.make_organisation(home)
    for instance in (home, money, income, housing, bills, channel, organisation):
        factories.localize(instance)
    for language, terms in GLOSSARY.items():
        for term in terms:
            factories.make_glossary_term(term, language)
    return {"pages": [page.pk for page in (home, money, income, housing, bills)],
            "channel": channel.pk, "organisation": organisation.pk}


@pytest.fixture
def translated(translated_once, db):
    return SimpleNamespace(
        pages=list(Page.objects.filter(pk__in=translated_once["pages"])),
        snippets=[ContactChannel.objects.get(pk=translated_once["channel"]),
                  OrganisationDetails.objects.get(pk=translated_once["organisation"])],
        channel=ContactChannel.objects.get(pk=translated_once["channel"]))


def csv_rows(response):
    content = b"".join(response.streaming_content)
    assert content.startswith(b"\xef\xbb\xbf"), "Excel needs the byte-order mark for accents"
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))[1:]


def rows_for(client, user, **query):
    """(title, language, action path) of every row of the CSV export."""
    client.force_login(user)
    return {(row[0], row[2], row[6].removeprefix("http://testserver"))
            for row in csv_rows(client.get(report_url("csv", **query)))}


def french(slug):
    return InformationPage.objects.get(locale__language_code="fr", slug=slug)


def add_french_page(title, slug, intro):
    """A new French page under the "Argent et dettes" topic, not translated."""
    return factories.make_page(french("revenu-integration").get_parent(), title=title,
                               slug=slug, intro=intro)


@pytest.mark.parametrize("variant", VARIANTS)
def test_an_admin_user_who_may_not_submit_translations_is_refused(client, translated, variant):
    """Wagtail sends a refused page load back to the dashboard with "Sorry, you
    do not have permission", and answers a script (the filters) with a 403."""
    client.force_login(staff_member("visitor"))
    url = report_url(variant)
    page = client.get(url)
    assert page.status_code == 302 and page["Location"] == reverse("wagtailadmin_home")
    assert client.get(url, headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403


def test_the_menu_entry_is_shown_only_to_translators(client, translated, translator):
    client.force_login(staff_member("visitor"))
    assert reverse(REPORT) not in client.get(reverse("wagtailadmin_reports:aging_pages"),
                                              follow=True).content.decode()
    client.force_login(translator)
    assert reverse(REPORT) in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_translator_opens_the_report_and_its_exports(client, translated, translator, variant):
    client.force_login(translator)
    assert client.get(report_url(variant)).status_code == 200


def test_a_site_translated_through_wagtail_localize_is_fully_covered_and_the_glossary_is_counted_per_language(  # noqa: E501
    client, translated, boss
):
    client.force_login(boss)
    text = text_of(client.get(report_url()))
    pages, snippets = len(translated.pages), len(translated.snippets)
    glossary = {code: len(terms) for code, terms in GLOSSARY.items()}
    # Lists kept per language get a column each: the forms' saved replies and
    # the search's promoted results (none here), then the glossary.
    assert "Pas à jour Réponses types Résultats mis en avant Glossaire" in text
    assert re.search(rf"Français \(\w+\) {pages} {snippets} – – 0 0 {glossary['fr']} ",
                     text), text
    for name, code in (("Nederlands", "nl"), ("Deutsch", "de"), ("English", "en")):
        assert re.search(rf"{name} 100 % \({pages} \w+ {pages}\) 100 % "
                         rf"\({snippets} \w+ {snippets}\) 0 0 0 0 {glossary[code]} ", text), name
    assert rows_for(client, boss) == set()


def test_a_new_page_is_missing_in_every_other_language_with_a_link_to_translate_it(
    client, translated, boss
):
    page = add_french_page("Nouvelle aide", "nouvelle-aide", "Nouveau.")
    submit = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert rows_for(client, boss) == {
        ("Nouvelle aide", "Nederlands", submit),
        ("Nouvelle aide", "Deutsch", submit),
        ("Nouvelle aide", "English", submit),
    }
    pages = len(translated.pages) + 1
    text = text_of(client.get(report_url()))
    assert re.search(rf"Deutsch 83 % \({pages - 1} \w+ {pages}\)", text)


def test_a_page_published_again_after_the_last_sync_is_stale_with_a_link_to_sync(
    client, translated, boss
):
    page = french("revenu-integration")
    page.intro = "Un nouveau résumé de la page."
    page.save_revision().publish()
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert rows_for(client, boss) == {(page.title, language, sync)
                                      for language in ("Nederlands", "Deutsch", "English")}
    assert rows_for(client, boss, status="stale") == rows_for(client, boss)
    assert rows_for(client, boss, status="missing") == set()


def test_a_sync_not_followed_by_publishing_the_translation_leaves_it_stale(
    client, translated, boss
):
    page = french("revenu-integration")
    TranslationSource.objects.get(object_id=page.translation_key,
                                  locale=page.locale).update_from_db()
    dutch = page.get_translation(Locale.objects.get(language_code="nl"))
    edit = reverse("wagtailadmin_pages:edit", args=[dutch.pk])
    assert (page.title, "Nederlands", edit) in rows_for(client, boss)


def test_a_new_text_waiting_for_its_translation_is_stale(client, translated, boss):
    page = french("revenu-integration")
    page.intro = "Une phrase que personne n'a encore traduite."
    page.save_revision().publish()
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    source.update_from_db()
    german = Locale.objects.get(language_code="de")
    source.translations.get(target_locale=german).save_target(publish=True)
    german_page = page.get_translation(german)
    edit = reverse("wagtailadmin_pages:edit", args=[german_page.pk])
    assert (page.title, "Deutsch", edit) in rows_for(client, boss, language="de")


def test_a_language_that_shows_the_source_as_an_alias_is_missing(client, translated, boss):
    page = add_french_page("Page en alias", "page-en-alias", "Alias.")
    page.copy_for_translation(Locale.objects.get(language_code="nl"), alias=True)
    submit = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert ("Page en alias", "Nederlands", submit) in rows_for(client, boss, language="nl")


def test_a_changed_snippet_is_stale_and_a_new_one_is_missing(client, translated, boss):
    channel = translated.channel
    channel.summary = "Un résumé changé depuis la traduction."
    channel.save()
    source = TranslationSource.objects.get(object_id=channel.translation_key,
                                           locale=channel.locale)
    new = ContactChannel.objects.create(kind="chat", name="Chat du CPAS",
                                        locale=channel.locale)
    rows = rows_for(client, boss, kind="snippet", language="en")
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    submit = reverse("wagtail_localize:submit_snippet_translation",
                     args=["balise_pages", "contactchannel", new.pk])
    assert rows == {(channel.name, "English", sync), ("Chat du CPAS", "English", submit)}


def test_a_translator_sees_only_the_pages_they_may_edit(client, translated):
    dutch_topic = TopicPage.objects.get(locale__language_code="nl",
                                        translation_key=french("revenu-integration")
                                        .get_parent().translation_key)
    translator = staff_member("nl-translator",
                              permission("wagtail_localize", "submit_translation"),
                              pages=[dutch_topic])
    for slug in ("revenu-integration", "factures-energie"):
        page = french(slug)
        page.intro = "Changé."
        page.save_revision().publish()
    titles = {title for title, _language, _url in rows_for(client, translator, kind="page")}
    assert titles == {french("revenu-integration").title}


def test_cells_that_look_like_formulas_are_exported_as_text(client, translated, boss):
    add_french_page('=HYPERLINK("http://evil.example";"Aide")', "formule", "Piège.")
    client.force_login(boss)
    titles = {row[0] for row in csv_rows(client.get(report_url("csv")))}
    assert titles == {"'=HYPERLINK(\"http://evil.example\";\"Aide\")"}


def test_bad_filter_values_are_ignored_not_an_error(client, translated, boss):
    client.force_login(boss)
    for query in ({"language": "xx"}, {"status": "<script>"}, {"p": "abc"}, {"p": "99999"},
                  {"kind": "page", "language": "²"}):
        assert client.get(report_url(**query)).status_code == 200
        assert client.get(report_url("results", **query)).status_code == 200


def test_the_number_of_queries_does_not_grow_with_the_pages(client, translated, boss):
    client.force_login(boss)

    def queries():
        with CaptureQueriesContext(connection) as context:
            rows = csv_rows(client.get(report_url("csv")))
        return len(context.captured_queries), len(rows)

    queries()  # Django's content-type cache filled

    before = queries()
    topic = french("revenu-integration").get_parent()
    for number in range(5):
        page = topic.add_child(instance=InformationPage(
            title=f"Page {number}", slug=f"page-{number}", locale=topic.locale, intro="."))
        page.intro = "Changé."
        page.save_revision().publish()
    after = queries()
    assert after[1] == before[1] + 5 * 3
    assert after[0] == before[0]


def test_a_stale_translation_shows_its_own_plain_language_result_for_the_translator(
    client, translated, boss
):
    page = french("revenu-integration")
    dutch = page.get_translation(Locale.objects.get(language_code="nl"))
    with TestCase.captureOnCommitCallbacks(execute=True):  # the task runs after the commit
        dutch.save_revision().publish()
        page.intro = "Un nouveau résumé de la page."
        page.save_revision().publish()
    client.force_login(boss)
    rows = {row[2]: row for row in csv_rows(client.get(report_url("csv")))}
    # the admin speaks French unless staff choose another language
    assert re.fullmatch(r"Langage clair : .+ · \d+", rows["Nederlands"][7]), rows["Nederlands"][7]
    html = client.get(report_url()).content.decode()
    assert reverse("balise_plain_language_page", args=[dutch.pk]) in html, \
        "the translator opens the translation's own check from the report"
