"""Adding one to a day's count, safely when many readers do it at once.

Each event is one ``UPDATE ... SET count = count + 1``, done by the
database, so two requests never overwrite each other. Only the
first event of a day, language, kind and page creates its row; when two
requests create it at the same moment, the unique constraint keeps one and
the loser adds to it instead. Counting never breaks what it counts: a
database error is logged and the event lost.

Rows older than ``BALISE_PAGES["USAGE_DAYS"]`` are deleted here too, at most
once a day per process, and by ``manage.py purge_usage_counts``."""

import datetime
import logging

from django.db import DatabaseError, IntegrityError, connections, router, transaction
from django.utils import timezone
from django.utils.translation import get_language

from ..conf import app_settings
from ..frame.locales import locale_by_id
from ..models.usage_counts import DailyCount
from .kinds import KINDS
from .visitors import is_person

logger = logging.getLogger(__name__)
_last_purge = {"day": None}
KEY_LENGTH = 40


def _language_of(locale):
    code = getattr(locale, "language_code", locale) or ""
    return str(code)[:10]


def record(kind, locale, page=None, key=None, day=None):
    """Count one ``kind`` event in ``locale`` (a Locale or a language code),
    for ``page`` (a page or its id) or ``key`` (a short text). True when it
    was counted. Never raises."""

    if kind not in KINDS:
        raise ValueError(f"Unknown kind of use: {kind!r}")
    page_id = page if isinstance(page, int) else getattr(page, "pk", None)
    key = str(key if key is not None else (page_id or ""))[:KEY_LENGTH]
    row = {"day": day or timezone.localdate(), "kind": kind,
           "language": _language_of(locale), "key": key}
    try:
        if _add_one(row):
            counted = True
        else:
            try:
                with transaction.atomic():
                    DailyCount.objects.create(**row, page_id=page_id, count=1)
                counted = True
            except IntegrityError:  # created by another request meanwhile (or page gone)
                counted = bool(_add_one(row))
        _purge_once_a_day(timezone.localdate())
        return counted
    except DatabaseError:
        logger.exception("use not counted")
        return False


def _add_one(row):
    """``UPDATE ... SET count = count + 1`` for one row, written once per
    database: the ORM's making of that query cost more than the query (most
    of what a page served from the cache costs). The number of rows changed."""
    connection = connections[router.db_for_write(DailyCount)]
    sql = _UPDATES.get(connection.alias)
    if sql is None:
        quote = connection.ops.quote_name
        meta = DailyCount._meta
        column = {name: quote(meta.get_field(name).column)
                  for name in ("count", "day", "kind", "language", "key")}
        # quoted names only; the values are parameters
        sql = _UPDATES[connection.alias] = (
            f"UPDATE {quote(meta.db_table)} SET {column['count']} = {column['count']} + 1"  # noqa: S608
            f" WHERE {column['day']} = %s AND {column['kind']} = %s"
            f" AND {column['language']} = %s AND {column['key']} = %s")
    with connection.cursor() as cursor:
        cursor.execute(sql, [connection.ops.adapt_datefield_value(row["day"]), row["kind"],
                             row["language"], row["key"]])
        return cursor.rowcount


_UPDATES = {}


def record_request(request, kind, page=None, key=None, locale=None):
    """``record`` for a request, unless it comes from a robot, a prefetch,
    signed-in staff or a preview. ``locale`` defaults to the page's."""
    if not is_person(request):
        return False
    if locale is None:
        locale = _page_language(page, request)
    return record(kind, locale, page=page, key=key)


def _page_language(page, request):
    locale_id = getattr(page, "locale_id", None)
    if locale_id is None:
        return (get_language() or "").split("-")[0]
    locale = locale_by_id(locale_id, request)
    return locale.language_code if locale is not None else ""


def oldest_day_kept(today=None):
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=max(1, int(app_settings.USAGE_DAYS)) - 1)


def purge_old_counts(today=None):
    """Delete the counts of days before the period kept; the number deleted."""

    deleted, _by_model = DailyCount.objects.filter(day__lt=oldest_day_kept(today)).delete()
    return deleted


def _purge_once_a_day(day):
    if _last_purge["day"] == day:
        return
    _last_purge["day"] = day
    purge_old_counts(today=day)
