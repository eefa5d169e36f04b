"""The plain-language results stored when pages are saved, and the report that
reads them instead of re-analysing every page on every request."""

import csv
import io
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail import hooks
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from pages.models import PlainLanguageResult
from pages.plain_language.reports import PlainLanguageReportView
from tests.conftest import text_of
from tests.factories import (
    locales,
    make_editor_group,
    make_glossary_term,
    make_page,
    make_site,
    make_user,
)

LONG = ("Cette phrase est beaucoup trop longue parce que nous avons voulu y mettre toutes les "
        "informations utiles en une seule fois sans jamais nous arrêter pour respirer un peu.")


def never_analyse(*args, **kwargs):
    raise AssertionError("the report re-analysed a page")


@pytest.fixture
def home(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return make_site()


@pytest.fixture
def superuser_client(client, db):
    client.force_login(make_user(superuser=True))
    return client


def report(client, **params):
    return client.get(reverse("balise_plain_language_report"), params)


def csv_rows(client, **params):
    response = report(client, export="csv", **params)
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    _headings, *rows = csv.reader(io.StringIO(text))
    return [dict(zip(PlainLanguageReportView.list_export, row, strict=True)) for row in rows]


def test_saving_a_draft_stores_the_result_of_that_revision(home,
                                                           django_capture_on_commit_callbacks):
    page = make_page(home, intro="Une phrase courte.")
    page.intro = LONG
    with django_capture_on_commit_callbacks(execute=True):
        draft = page.save_revision()
    result = PlainLanguageResult.objects.get(revision=draft)
    assert result.page_id == page.pk and result.language == "fr"
    assert result.findings == {"long_sentence": 1} and result.total_findings == 1
    assert result.details[0]["rule"] == "long_sentence"
    assert not PlainLanguageResult.objects.live().filter(revision=draft).exists(), \
        "a draft is not what readers see: the report keeps the live version"


def test_publishing_stores_the_result_of_the_live_revision_once(
        home, django_capture_on_commit_callbacks, monkeypatch):
    page = make_page(home, live=False, intro=LONG)
    with django_capture_on_commit_callbacks(execute=True):
        revision = page.save_revision()
    checked = []
    monkeypatch.setattr("pages.plain_language.checking.analyse",
                        lambda *a, **k: checked.append(a) or never_analyse())
    with django_capture_on_commit_callbacks(execute=True):
        revision.publish()
    assert checked == [], "a revision checked when saved is not checked again on publish"
    page.refresh_from_db()
    live = PlainLanguageResult.objects.live().get(page=page)
    assert live.revision_id == page.live_revision_id == revision.pk
    assert live.count("long_sentence") == 1


def test_the_report_lists_live_results_without_analysing_any_page(
        home, superuser_client, django_capture_on_commit_callbacks, monkeypatch):
    with django_capture_on_commit_callbacks(execute=True):
        hard = make_page(home, title="Page difficile", intro=LONG)
        make_page(home, title="Page facile")
        hard.intro = "Une phrase courte."
        hard.save_revision()  # a draft: the report keeps the live text
    monkeypatch.setattr("pages.plain_language.checking.analyse", never_analyse)
    response = report(superuser_client, ordering="-total_findings")
    assert response.status_code == 200
    rows = csv_rows(superuser_client, ordering="-total_findings")
    assert [row["title"] for row in rows][:1] == ["Page difficile"]
    assert rows[0]["findings_counts.long_sentence"] == "1"
    assert {row["title"] for row in rows} == {"Accueil", "Page difficile", "Page facile"}


def test_the_report_sorts_in_the_database_and_shows_fifty_pages_at_a_time(
        home, superuser_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(55):
            make_page(home, title=f"Page {number:02}",
                      intro=" ".join([LONG] * (number % 3)) or "Court.")
    first = report(superuser_client, ordering="page__title")
    assert first.status_code == 200
    html = first.content.decode()
    assert "Page 00" in html and "Page 48" in html and "Page 49" not in html
    second = report(superuser_client, ordering="page__title", p=2).content.decode()
    assert "Page 49" in second and "Page 54" in second
    by_jargon = [float(row["score"]) for row in csv_rows(superuser_client, ordering="-score")]
    assert by_jargon == sorted(by_jargon, reverse=True) and len(by_jargon) == 56


def test_the_report_needs_the_same_queries_for_ten_or_sixty_pages(
        home, superuser_client, django_capture_on_commit_callbacks):
    def queries():
        report(superuser_client, ordering="score")  # warm Wagtail's caches
        with CaptureQueriesContext(connection) as captured:
            assert report(superuser_client, ordering="score").status_code == 200
        return len(captured)

    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(10):
            make_page(home)
    few = queries()
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(50):
            make_page(home)
    assert queries() == few


def test_pages_saved_before_results_existed_are_checked_once(home, superuser_client,
                                                             monkeypatch):
    page = make_page(home, title="Page ancienne", intro=LONG)
    PlainLanguageResult.objects.all().delete()
    assert report(superuser_client).status_code == 200
    assert PlainLanguageResult.objects.live().get(page=page).count("long_sentence") == 1
    monkeypatch.setattr("pages.plain_language.checking.analyse", never_analyse)
    assert "Page ancienne" in report(superuser_client).content.decode()


def test_refresh_checks_every_page_again_after_the_glossary_changed(
        home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_page(home, slug="revenu", intro="Vous êtes cohabitant.")
    make_glossary_term("cohabitant", plain_alternative="vous vivez avec quelqu'un")

    def jargon_on_page():
        out = io.StringIO()
        call_command("plain_language_report", "--format", "json", stdout=out)
        page = next(p for p in json.loads(out.getvalue())["pages"]
                    if p["url"].endswith("/revenu/"))
        return page["findings"]["jargon"]

    assert jargon_on_page() == 0, "the stored result is read, not re-computed"
    call_command("plain_language_report", "--refresh", stdout=io.StringIO(),
                 stderr=io.StringIO())
    assert jargon_on_page() == 1


def test_unpublished_pages_leave_the_report(home, superuser_client,
                                            django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = make_page(home, title="Page retirée")
    page.unpublish()
    assert "Page retirée" not in report(superuser_client).content.decode()


def test_an_editor_sees_only_the_results_of_pages_they_may_edit(
        home, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        theirs = make_page(home, title="Leur rubrique")
        make_page(theirs, title="Leur page")
        make_page(home, title="Autre page")
    client.force_login(make_user(groups=[make_editor_group(theirs)]))
    html = report(client).content.decode()
    assert "Leur page" in html and "Autre page" not in html


def translate_with_wagtail_localize(page, language, texts, publish=True):
    """What a translator does in wagtail-localize's editor: translate the
    source's strings, then save (or publish) the translation."""
    source, _ = TranslationSource.get_or_create_from_instance(page)
    locale = locales()[language]
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        if segment.string.data in texts:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string, locale=locale, context=segment.context,
                defaults={"data": texts[segment.string.data]})
    translation.save_target(publish=publish)
    return page.get_translation(locale)


def test_a_translation_saved_or_published_in_wagtail_localize_gets_its_own_result(
        home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        source = make_page(home, intro=LONG)
    long_dutch = ("Deze zin is veel te lang omdat wij alle nuttige informatie in één keer "
                  "wilden geven zonder ooit even te stoppen om adem te halen en na te denken.")
    with django_capture_on_commit_callbacks(execute=True):
        dutch = translate_with_wagtail_localize(source, "nl", {LONG: long_dutch})
    result = PlainLanguageResult.objects.live().get(page=dutch)
    assert result.language == "nl" and result.count("long_sentence") == 1
    with django_capture_on_commit_callbacks(execute=True):
        translate_with_wagtail_localize(source, "nl", {LONG: "Een korte zin."}, publish=False)
    dutch.refresh_from_db()
    draft = PlainLanguageResult.objects.get(revision=dutch.latest_revision)
    assert draft.count("long_sentence") == 0 and draft.revision_id != result.revision_id


# Translators: wagtail-localize's editor replaces the page editor (and its
# Checks panel) for a translation; they read the stored result instead.

@pytest.fixture
def translated(home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        source = make_page(home, title="Le revenu", intro="Une phrase courte.")
        dutch = translate_with_wagtail_localize(source, "nl", {"Une phrase courte.": LONG_DUTCH})
    return source, dutch


LONG_DUTCH = ("Deze zin is veel te lang omdat wij alle nuttige informatie in één keer wilden "
              "geven zonder ooit even te stoppen om adem te halen en na te denken.")


def test_a_translator_reads_the_result_of_their_translation_and_of_its_draft(
        translated, client, django_capture_on_commit_callbacks):
    source, dutch = translated
    translator = make_user(groups=[make_editor_group(dutch.get_parent())])
    client.force_login(translator)
    url = reverse("balise_plain_language_page", args=[dutch.pk])
    html = text_of(client.get(url))
    assert "Long sentence" in html or "Phrase longue" in html
    with django_capture_on_commit_callbacks(execute=True):
        translate_with_wagtail_localize(source, "nl", {"Une phrase courte.": "Een korte zin."},
                                        publish=False)
    response = client.get(url)
    assert response.status_code == 200
    stored = response.content.decode().count("data-plain-language-stored")
    assert stored == 2, "the published version and the newer draft, each with its figures"
    assert reverse("balise_plain_language_page", args=[source.pk]) not in \
        response.content.decode(), "no link to a page the translator may not edit"


def test_the_translation_editor_and_the_explorer_lead_to_the_check(translated,
                                                                   superuser_client):
    _source, dutch = translated
    editor = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[dutch.pk]))
    html = editor.content.decode()
    assert "js-translation-editor" in html, "wagtail-localize's editor is the one shown"
    assert "plain_language_translation.js" in html and \
        reverse("balise_plain_language_page", args=[0]) in html
    explorer = superuser_client.get(reverse("wagtailadmin_explore", args=[dutch.get_parent().pk]))
    assert reverse("balise_plain_language_page", args=[dutch.pk]) in explorer.content.decode()


def test_only_editors_of_the_page_read_its_check(translated, client):
    source, dutch = translated
    client.force_login(make_user(groups=[make_editor_group(dutch.get_parent())]))
    refused = client.get(reverse("balise_plain_language_page", args=[source.pk]))
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")
    missing = client.get(reverse("balise_plain_language_page", args=[999_999]), follow=True)
    assert missing.status_code == 404


def test_the_translation_report_can_ask_for_each_pages_readability(translated):
    _source, dutch = translated
    (hook,) = hooks.get_hooks("balise_translation_page_details")
    details = hook([dutch])
    assert details[dutch.pk]["url"] == reverse("balise_plain_language_page", args=[dutch.pk])
    assert details[dutch.pk]["value"].endswith(
        f"{PlainLanguageResult.objects.live().get(page=dutch).score:.0f}")
