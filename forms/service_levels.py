"""The figures of the service-level report, computed from plain rows.

Nothing here reads the database: the report view (``forms.service_report``)
turns the requests a reader may access into ``RequestRow`` objects and the
satisfaction answers into ``AnswerRow`` objects, and these functions count.
That keeps the definitions in one place, where a test can check them on a
hand-made set:

- *requests per week*: requests received in the period (by the day they
  were sent), divided by the number of weeks of the period;
- *median time to first answer*: the median of ``first_answered_at -
  submitted_at`` in **calendar days** (one decimal), over the requests that
  have a first answer;
- *answered in time*: answered (first answer, else closing) on or before
  the due date, by the organisation's local date. The share counts only the
  requests whose outcome is known: answered ones, and unanswered ones whose
  due date has passed (a request still within its time counts for neither);
- *overdue now*: still open (received or being handled) with a due date
  before today, whenever it came in (not only in the period);
- *satisfaction*: the yes / partly / no answers of the survey, by the week
  they were given.
"""

import datetime
import statistics
from dataclasses import dataclass, field

from django.utils.timezone import is_aware, localtime

SERVICE = "service"
TOPIC = "topic"
CHANNEL = "channel"
KIND = "kind"
GROUP_BY = (SERVICE, TOPIC, CHANNEL, KIND)
OPEN_STATUSES = ("received", "in_progress")
SECONDS_PER_DAY = 86400


@dataclass(frozen=True)
class RequestRow:
    submitted_at: datetime.datetime
    due_date: datetime.date
    status: str
    first_answered_at: datetime.datetime | None = None
    closed_at: datetime.datetime | None = None
    service: int | None = None
    topic: str = ""
    channel: str = ""
    kind: str = ""

    def dimension(self, group_by):
        return getattr(self, group_by)

    @property
    def answered_at(self):
        return self.first_answered_at or self.closed_at

    def is_open(self):
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class AnswerRow:
    answer: str  # yes, partly or no
    week: datetime.date
    service: int | None = None
    topic: str = ""
    channel: str = ""
    kind: str = ""

    def dimension(self, group_by):
        return getattr(self, group_by)


@dataclass
class Figures:
    """One line of the report: a service, topic, channel or kind."""

    key: object
    label: str = ""
    requests: int = 0
    weeks: int = 1
    median_days: float | None = None
    counted: int = 0
    in_time: int = 0
    overdue: int = 0
    yes: int = 0
    partly: int = 0
    no: int = 0
    _delays: list = field(default_factory=list, repr=False)

    @property
    def per_week(self):
        return round(self.requests / self.weeks, 1) if self.weeks else 0.0

    @property
    def share_in_time(self):
        """Percentage (0–100, one decimal), or None when nothing is known yet."""
        return round(100 * self.in_time / self.counted, 1) if self.counted else None

    @property
    def answers(self):
        return self.yes + self.partly + self.no


@dataclass(frozen=True)
class WeekPoint:
    monday: datetime.date
    requests: int
    counted: int
    in_time: int

    @property
    def share_in_time(self):
        return round(100 * self.in_time / self.counted, 1) if self.counted else None


def monday_of(day):
    return day - datetime.timedelta(days=day.weekday())


def local_date(moment):
    return localtime(moment).date() if is_aware(moment) else moment.date()


def weeks_between(start, end):
    """The Mondays of the weeks from ``start`` to ``end`` (both included)."""
    monday, last = monday_of(start), monday_of(end)
    mondays = []
    while monday <= last:
        mondays.append(monday)
        monday += datetime.timedelta(days=7)
    return mondays


def days_to_first_answer(row):
    if row.first_answered_at is None:
        return None
    return (row.first_answered_at - row.submitted_at).total_seconds() / SECONDS_PER_DAY


def outcome_known(row, today):
    """Whether the request counts in the share answered in time."""
    return row.answered_at is not None or row.due_date < today


def answered_in_time(row):
    answered = row.answered_at
    return answered is not None and local_date(answered) <= row.due_date


def median_days(delays):
    return round(statistics.median(delays), 1) if delays else None


def figures(rows, today, group_by=SERVICE, weeks=1, overdue_rows=(), answers=(), labels=None):
    """The report's lines, one per value of ``group_by``, sorted by label.

    ``rows``: the requests received in the period; ``overdue_rows``: the open
    requests to look at for "overdue now" (any date); ``answers``: the survey
    answers of the period; ``labels``: a function giving a value's label."""
    if group_by not in GROUP_BY:
        raise ValueError(f"Unknown grouping {group_by!r}")
    labels = labels or (lambda value: str(value or ""))
    groups = {}

    def group(value):
        if value not in groups:
            groups[value] = Figures(key=value, label=labels(value), weeks=weeks)
        return groups[value]

    for row in rows:
        line = group(row.dimension(group_by))
        line.requests += 1
        delay = days_to_first_answer(row)
        if delay is not None:
            line._delays.append(delay)
        if outcome_known(row, today):
            line.counted += 1
            line.in_time += answered_in_time(row)
    for row in overdue_rows:
        if row.is_open() and row.due_date < today:
            group(row.dimension(group_by)).overdue += 1
    for answer in answers:
        line = group(answer.dimension(group_by))
        if answer.answer in ("yes", "partly", "no"):
            setattr(line, answer.answer, getattr(line, answer.answer) + 1)
    for line in groups.values():
        line.median_days = median_days(line._delays)
    return sorted(groups.values(), key=lambda line: (line.label.casefold(), str(line.key)))


def totals(rows, today, weeks=1, overdue_rows=(), answers=(), label=""):
    """All the reader's requests as one line."""
    line = Figures(key=None, label=label, weeks=weeks)
    delays = []
    for row in rows:
        line.requests += 1
        delay = days_to_first_answer(row)
        if delay is not None:
            delays.append(delay)
        if outcome_known(row, today):
            line.counted += 1
            line.in_time += answered_in_time(row)
    line.overdue = sum(1 for row in overdue_rows if row.is_open() and row.due_date < today)
    for answer in answers:
        if answer.answer in ("yes", "partly", "no"):
            setattr(line, answer.answer, getattr(line, answer.answer) + 1)
    line.median_days = median_days(delays)
    return line


def weekly_trend(rows, start, end, today):
    """Requests received and the share answered in time, week by week."""
    points = {monday: [0, 0, 0] for monday in weeks_between(start, end)}
    for row in rows:
        point = points.get(monday_of(local_date(row.submitted_at)))
        if point is None:
            continue
        point[0] += 1
        if outcome_known(row, today):
            point[1] += 1
            point[2] += answered_in_time(row)
    return [WeekPoint(monday, *values) for monday, values in points.items()]
