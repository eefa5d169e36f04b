"""Pages whose content changes with the clock ("open now, until 12:00")
say when it will, and a kept copy is not used from that moment.

A page calls ``content_changes_at(request, moment)`` while it builds its
context; the earliest moment wins. The copy then holds exactly until its
text would be different, instead of a guessed short timeout.
"""

import datetime

from django.utils import timezone

ATTRIBUTE = "_balise_page_cache_until"
# "as of 9:00 today" stays within a quarter of an hour of the truth
STATUS_TIME_STEP = datetime.timedelta(minutes=15)


def content_changes_at(request, moment):
    """This request's page reads differently from ``moment`` (an aware
    datetime) on; None changes nothing."""
    if request is None or moment is None:
        return
    current = getattr(request, ATTRIBUTE, None)
    if current is None or moment < current:
        setattr(request, ATTRIBUTE, moment)


def changes_at(request):
    """The earliest moment a page said, or None."""
    return getattr(request, ATTRIBUTE, None)


def _next_step(now):
    local = timezone.localtime(now)
    floor = local.replace(minute=local.minute - local.minute % 15, second=0, microsecond=0)
    return floor + STATUS_TIME_STEP


def _local(day, time, tz):
    return timezone.make_aware(datetime.datetime.combine(day, time), tz)


def until_open_status_changes(now, statuses):
    """When a list of ``OpenStatus`` (``pages.contact.opening_hours``)
    computed at ``now`` stops being true: a channel closes or opens, the day
    changes ("tomorrow" becomes "today"), or the quarter hour the page gives
    as "as of" ends, whichever comes first."""
    local = timezone.localtime(now)
    tz = local.tzinfo
    moments = [_next_step(local),
               _local(local.date() + datetime.timedelta(days=1), datetime.time(), tz)]
    for status in statuses:
        if status is None:
            continue
        if status.is_open and status.until is not None:
            moments.append(_local(local.date(), status.until, tz))
        elif status.next_date is not None and status.next_opens is not None:
            moments.append(_local(status.next_date, status.next_opens, tz))
    return min(moment for moment in moments if moment > local)
