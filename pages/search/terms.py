"""Counting what citizens search for (Reports → Search terms).

People type their e-mail address, phone or national number into a search
box as readily as into a comment, so a query is masked with the comment
form's masker before anything is stored, then normalised (lower case, one
space between words, at most 100 characters) so that "Leefloon " and
"leefloon" add up. Two readers searching at the same moment must both be
counted: the day's row is created when missing (the unique constraint keeps
one when two create it at once) and every search is one ``F()`` update.

Rows older than ``BALISE_PAGES["SEARCH_TERMS_DAYS"]`` are deleted by
``manage.py purge_search_terms``, and also here, at most once a day per
process, so a site without the daily job still forgets."""

import datetime
import logging

from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone

from ..conf import app_settings
from ..models.search_terms import SearchTerm, normalise_query
from ..personal_data import mask_personal_data

logger = logging.getLogger(__name__)
_last_purge = {"day": None}


def stored_form(query):
    """What is kept of ``query``: masked first (a number cut at 100
    characters would no longer look like one), then normalised."""
    return normalise_query(mask_personal_data(query or ""))


def record_search(query, language, result_count, day=None):
    """Add one search of ``query`` in ``language`` to the day's counts.
    Never raises: a search must work even when its counting does not."""
    stored = stored_form(query)
    if not stored:
        return
    day = day or timezone.localdate()
    try:
        with transaction.atomic():
            SearchTerm.objects.bulk_create(
                [SearchTerm(day=day, language=language[:10], query=stored)],
                ignore_conflicts=True)
            SearchTerm.objects.filter(day=day, language=language[:10], query=stored).update(
                searches=F("searches") + 1, last_result_count=max(0, int(result_count)))
        if _last_purge["day"] != day:
            _last_purge["day"] = day
            with transaction.atomic():
                purge_old_terms(today=day)
    except DatabaseError:
        logger.exception("search terms not counted")


def oldest_day_kept(today=None):
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=max(1, int(app_settings.SEARCH_TERMS_DAYS)) - 1)


def purge_old_terms(today=None):
    """Delete the counts of days before the period kept; the number deleted."""
    deleted, _by_model = SearchTerm.objects.filter(day__lt=oldest_day_kept(today)).delete()
    return deleted
