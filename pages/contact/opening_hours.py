"""Opening hours as data, grouped for display.

Weekday names come from Django's own translated calendar names, so hours read
the same in every language without anyone translating "Monday" by hand.
Three or more consecutive days with the same hours are shown as one row
("Monday to Thursday"), which is how people read a timetable on a door.
"""

import datetime
from dataclasses import dataclass

from django.utils.dates import WEEKDAYS

WEEKDAY_CHOICES = [(str(day), name) for day, name in WEEKDAYS.items()]


@dataclass(frozen=True)
class DayRange:
    first: int
    last: int
    ranges: tuple  # ((opens, closes), ...) as datetime.time

    @property
    def first_name(self):
        return WEEKDAYS[self.first]

    @property
    def last_name(self):
        return WEEKDAYS[self.last] if self.last != self.first else None


def group_by_day(periods):
    """DayRanges in weekday order from OpeningPeriodBlock values (any order)."""
    days = {}
    for period in periods:
        days.setdefault(int(period["weekday"]), []).append((period["opens"], period["closes"]))
    runs = []
    for day in sorted(days):
        ranges = tuple(sorted(days[day]))
        if runs and runs[-1][-1][0] == day - 1 and runs[-1][-1][1] == ranges:
            runs[-1].append((day, ranges))
        else:
            runs.append([(day, ranges)])
    grouped = []
    for run in runs:
        if len(run) >= 3:
            grouped.append(DayRange(run[0][0], run[-1][0], run[0][1]))
        else:  # "Monday to Tuesday" reads oddly: two days stay two rows
            grouped.extend(DayRange(day, day, ranges) for day, ranges in run)
    return grouped


@dataclass(frozen=True)
class OpenStatus:
    """Whether a channel is open at a moment, and when that changes: "open
    until 12:00", or "opens tomorrow at 9:00". Computed on the server, so it
    needs no JavaScript; the page says at what time it was computed."""

    is_open: bool
    until: object = None          # closing time today, when open
    next_weekday: int | None = None
    next_opens: object = None     # opening time, when closed
    days_ahead: int | None = None  # 0 today, 1 tomorrow...
    next_date: object = None      # the date it opens, when closed

    @property
    def next_day_name(self):
        return WEEKDAYS[self.next_weekday] if self.next_weekday is not None else None


# With public holidays and closure days a channel can stay closed for more than
# a week (Christmas to New Year); further than this, no next opening is shown.
LOOK_AHEAD_DAYS = 62


def _open_ranges(by_day, day, calendar):
    """The day's (opens, closes) ranges, cut short by the calendar: none on a
    holiday or closure day, none after an early closing time."""
    ranges = sorted(by_day.get(day.weekday(), []))
    if calendar is None or not ranges:
        return ranges
    if not calendar.is_working_day(day):
        return []
    closed_from = calendar.closed_from(day)
    if closed_from is None:
        return ranges
    return [(opens, min(closes, closed_from)) for opens, closes in ranges if opens < closed_from]


def status_at(periods, moment, calendar=None):
    """OpenStatus of opening periods at a local datetime; None when there are
    no periods (a channel without hours, such as e-mail).

    ``calendar`` (a WorkingCalendar, or anything with ``is_working_day(date)``
    and ``closed_from(date)``) closes the channel on public holidays and the
    organisation's closure days, and the next opening skips them."""
    by_day = {}
    for period in periods:
        by_day.setdefault(int(period["weekday"]), []).append((period["opens"], period["closes"]))
    if not by_day:
        return None
    today, now = moment.date(), moment.time()
    for opens, closes in _open_ranges(by_day, today, calendar):
        if opens <= now < closes:
            return OpenStatus(True, until=closes)
    horizon = LOOK_AHEAD_DAYS if calendar is not None else 8
    for days_ahead in range(horizon):
        day = today + datetime.timedelta(days=days_ahead)
        for opens, _closes in _open_ranges(by_day, day, calendar):
            if days_ahead or opens > now:
                return OpenStatus(False, next_weekday=day.weekday(), next_opens=opens,
                                  days_ahead=days_ahead, next_date=day)
    return None
