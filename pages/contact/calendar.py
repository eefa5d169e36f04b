"""Working days of the organisation, for every promise with a date in it.

"An answer within 2 working days" and "open now" must agree with each other
and with the door of the office: weekends, Belgian public holidays (from the
maintained ``holidays`` package, so nobody re-keys Easter every year) and the
organisation's own closure days (a community holiday, a bridge day, the
afternoon of 24 December) all count as closed.

A request that arrives after the cut-off hour (16:00 by default, Brussels
time), or on a day the office is closed, counts as received on the next
working day, because that is when someone can first read it. The day of
receipt itself is never counted: 2 working days from Thursday morning is
Monday at the earliest, never Friday evening.

Pure Python: the closure days are given by the caller (the admin keeps them
in the database), so this is tested without a database.
"""

import datetime
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

BRUSSELS = ZoneInfo("Europe/Brussels")
DEFAULT_CUT_OFF = datetime.time(16)
# Django language codes to the ones `holidays` knows for Belgium.
HOLIDAY_LANGUAGES = {"fr": "fr", "nl": "nl", "de": "de", "en": "en_US"}
# How far ahead to look for the next working day: no office closes for longer.
MAX_CLOSED_DAYS = 366


@dataclass(frozen=True)
class Closure:
    """A day the organisation closes although the country works: the whole
    day, or from a time of day on (``closed_from``)."""

    day: datetime.date
    closed_from: datetime.time | None = None
    label: str = ""


@lru_cache(maxsize=64)
def public_holidays(year, language="fr"):
    """Belgian public holidays of a year, {date: name in the language}."""
    names = holidays.Belgium(years=year, language=HOLIDAY_LANGUAGES.get(language, "fr"))
    return dict(names)


class WorkingCalendar:
    """Weekends, Belgian public holidays and the organisation's closures."""

    def __init__(self, closures=(), cut_off=DEFAULT_CUT_OFF, tz=BRUSSELS):
        self.cut_off = cut_off
        self.tz = tz
        self._closures = {}
        for closure in closures:
            if closure.closed_from == datetime.time(0):  # closed from midnight: all day
                closure = Closure(closure.day, None, closure.label)
            known = self._closures.get(closure.day)
            # Two entries for one day: the earlier closing time wins (none = all day).
            if known is None or known.closed_from is not None and (
                closure.closed_from is None or closure.closed_from < known.closed_from
            ):
                self._closures[closure.day] = closure

    # Days

    def holiday_name(self, day, language="fr"):
        return public_holidays(day.year, language).get(day)

    def closure(self, day):
        return self._closures.get(day)

    def is_working_day(self, day):
        """Whether the office opens at all that day (a day closed only in the
        afternoon still is one)."""
        if day.weekday() >= 5 or day in public_holidays(day.year):
            return False
        closure = self._closures.get(day)
        return closure is None or closure.closed_from is not None

    def closed_from(self, day):
        """The time a working day closes early, or None."""
        closure = self._closures.get(day)
        return closure.closed_from if closure else None

    def next_working_day(self, day):
        """The first working day strictly after ``day``."""
        for offset in range(1, MAX_CLOSED_DAYS + 1):
            candidate = day + datetime.timedelta(days=offset)
            if self.is_working_day(candidate):
                return candidate
        raise ValueError(f"No working day in the year after {day}")

    def add_working_days(self, day, count):
        """The ``count``-th working day after ``day`` (``day`` not counted)."""
        if count < 0:
            raise ValueError("count must be 0 or more")
        for _step in range(count):
            day = self.next_working_day(day)
        return day

    # Moments

    def local(self, moment):
        """A datetime in the organisation's time zone; a naive one is taken
        to be local already."""
        if moment.tzinfo is None:
            return moment.replace(tzinfo=self.tz)
        return moment.astimezone(self.tz)

    def is_closed_at(self, moment):
        """Whether the office is closed at that moment because of the day
        (not because of a channel's opening hours)."""
        moment = self.local(moment)
        day = moment.date()
        if not self.is_working_day(day):
            return True
        closed_from = self.closed_from(day)
        return closed_from is not None and moment.time() >= closed_from

    def counted_from(self, received_at):
        """The working day a request counts as received: the same day before
        the cut-off (or an early closing, if earlier), else the next working day."""
        moment = self.local(received_at)
        day = moment.date()
        if not self.is_working_day(day):
            return self.next_working_day(day)
        closed_from = self.closed_from(day)
        last = min(self.cut_off, closed_from) if closed_from else self.cut_off
        if moment.time() >= last:
            return self.next_working_day(day)
        return day

    def due_date(self, received_at, working_days):
        """The last day an answer may come, ``working_days`` working days after
        the day the request counts as received (that day not counted)."""
        return self.add_working_days(self.counted_from(received_at), working_days)
