"""Checking saved pages in the background, so that saving never waits for the
checker and the report only reads stored results.

``store_result`` is a django-tasks task: with the immediate backend (tests,
a site with no worker) it runs at once; with a queue (``django-tasks-db``
and its ``db_worker``) a worker runs it. It is enqueued once the saving
transaction commits, so a worker always finds the revision it is given.
"""

from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from wagtail.models import Page, Revision, get_page_models

from pages.background.retrying import retried_task

from .checking import check_page, glossary_for, page_language, settings_for
from .models import PlainLanguageResult


def checked_page_types():
    """The content types of the page models the checker reads."""
    models = [model for model in get_page_models() if hasattr(model, "plain_language_fields")]
    return list(ContentType.objects.get_for_models(*models).values())


def is_checked(model):
    return model is not None and hasattr(model, "plain_language_fields")


class _Checker:
    """Checks many pages with one glossary query per language and one
    settings query per site."""

    def __init__(self):
        self.glossaries, self.settings = {}, {}

    def store(self, page, revision=None):
        code = page_language(page)
        if code not in self.glossaries:
            self.glossaries[code] = glossary_for(code)
        site_key = page.path[:8]
        if site_key not in self.settings:
            self.settings[site_key] = settings_for(page)
        analysis = check_page(page, settings=self.settings[site_key],
                              glossary=self.glossaries[code])
        return PlainLanguageResult.record(page, revision, analysis)


def store_revision_result(revision, checker=None):
    """Check the page as it is in ``revision`` and keep the result."""
    page = revision.as_object()
    if not is_checked(type(page)):
        return None
    return (checker or _Checker()).store(page, revision)


def store_page_result(page):
    """Check a page that has no revision, as it is in the page table."""
    return _Checker().store(page)


@retried_task()  # a failure (a busy database) is tried again later
def store_result(revision_id=None, page_id=None, only_if_missing=False):
    """Check one saved revision (or, with ``page_id``, a page that has no
    revision) and store the result. ``only_if_missing`` skips revisions
    already checked: publishing a revision checked when it was saved costs
    nothing."""
    if revision_id is not None:
        if only_if_missing and PlainLanguageResult.objects.filter(
                revision_id=revision_id).exists():
            return None
        revision = Revision.page_revisions.filter(pk=revision_id).first()
        if revision is None:  # deleted meanwhile
            return None
        result = store_revision_result(revision)
    else:
        page = Page.objects.filter(pk=page_id).first()
        page = page.specific if page is not None else None
        if page is None or not is_checked(type(page)):
            return None
        result = store_page_result(page)
    return result.pk if result else None


def enqueue_check(revision_id=None, page_id=None, only_if_missing=False):
    """Ask for a check once the current transaction commits."""
    transaction.on_commit(partial(store_result.enqueue, revision_id=revision_id,
                                  page_id=page_id, only_if_missing=only_if_missing))


def pages_to_check(language=None, again=False):
    """Live pages the checker reads whose live version has no stored result:
    pages saved before results were stored, or whose check has not run yet
    (with ``again``, every live page the checker reads)."""
    of_live_revision = Exists(PlainLanguageResult.objects.filter(
        revision_id=OuterRef("live_revision_id")))
    of_page_itself = Exists(PlainLanguageResult.objects.filter(
        page_id=OuterRef("pk"), revision__isnull=True))
    checked = (Q(live_revision__isnull=False) & Q(of_live_revision)) | (
        Q(live_revision__isnull=True) & Q(of_page_itself))
    pages = Page.objects.live().filter(depth__gt=1, content_type__in=checked_page_types())
    if language:
        pages = pages.filter(locale__language_code=language)
    return pages if again else pages.exclude(checked)


def store_results(pages):
    """Check the live version of each page now (the report's first run on
    old data, and ``plain_language_report --refresh``)."""
    checker, stored = _Checker(), 0
    for page in pages.specific():
        if page.live_revision_id is not None:
            stored += store_revision_result(page.live_revision, checker) is not None
        else:
            checker.store(page)
            stored += 1
    return stored
