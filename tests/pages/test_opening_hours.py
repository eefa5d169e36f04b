import datetime
from zoneinfo import ZoneInfo

from django.template.loader import render_to_string
from django.utils import translation

from pages.contact.calendar import WorkingCalendar
from pages.contact.opening_hours import group_by_day, status_at


def period(day, opens, closes):
    h1, m1 = map(int, opens.split(":"))
    h2, m2 = map(int, closes.split(":"))
    return {"weekday": str(day), "opens": datetime.time(h1, m1), "closes": datetime.time(h2, m2)}


def test_three_or_more_days_with_the_same_hours_read_as_one_row():
    periods = [period(d, "8:30", "16:30") for d in range(4)] + [period(4, "8:30", "12:30")]
    rows = group_by_day(periods)
    assert [(r.first, r.last) for r in rows] == [(0, 3), (4, 4)]
    with translation.override("fr"):
        assert (str(rows[0].first_name), str(rows[0].last_name)) == ("lundi", "jeudi")
        assert rows[1].last_name is None


def test_two_days_stay_two_rows_and_a_split_day_keeps_both_ranges_in_order():
    rows = group_by_day([
        period(2, "13:30", "16:00"), period(0, "9:00", "12:00"),
        period(1, "9:00", "12:00"), period(2, "9:00", "12:00"),
    ])
    assert [(r.first, r.last) for r in rows] == [(0, 0), (1, 1), (2, 2)]
    assert rows[2].ranges == (
        (datetime.time(9), datetime.time(12)), (datetime.time(13, 30), datetime.time(16)),
    )


def test_no_periods_means_no_rows():
    assert group_by_day([]) == []


def test_a_channel_is_closed_on_christmas_and_opens_on_the_next_working_day():
    from pages.contact.calendar import Closure, WorkingCalendar
    from pages.contact.opening_hours import status_at

    fridays = [period(4, "9:00", "12:00")]
    christmas = datetime.datetime(2026, 12, 25, 10)  # a Friday, a public holiday
    assert status_at(fridays, christmas).is_open, "without a calendar: the weekly hours only"
    status = status_at(fridays, christmas, WorkingCalendar())
    assert not status.is_open
    # 1 January 2027 is a Friday and a holiday too: the next opening is 8 January.
    assert (status.next_date, status.days_ahead, status.next_opens) == (
        datetime.date(2027, 1, 8), 14, datetime.time(9))
    with translation.override("en"):
        assert status.next_day_name == "Friday"

    early_closing = WorkingCalendar([Closure(datetime.date(2026, 12, 18), datetime.time(11))])
    friday = datetime.datetime(2026, 12, 18, 10)
    assert status_at(fridays, friday, early_closing).until == datetime.time(11)
    after = status_at(fridays, friday.replace(hour=11, minute=30), early_closing)
    assert (after.is_open, after.next_date) == (False, datetime.date(2027, 1, 8))


def test_the_contact_channel_status_uses_holidays_and_closure_days(db):
    from pages.models import ClosureDay
    from tests.factories import make_channel

    desk = make_channel("desk", hours=[{"type": "period", "value": {
        "weekday": str(day), "opens": "09:00:00", "closes": "12:00:00"}} for day in range(5)])
    assert not desk.status(datetime.datetime(2026, 12, 25, 10, tzinfo=datetime.UTC)).is_open
    monday = datetime.datetime(2026, 12, 28, 9, 30, tzinfo=datetime.UTC)  # 10:30 in Brussels
    assert desk.status(monday).is_open
    ClosureDay.objects.create(date=datetime.date(2026, 12, 28), label="Bridge day")
    bridge = desk.status(monday)
    assert (bridge.is_open, bridge.next_date) == (False, datetime.date(2026, 12, 29))


def test_a_next_opening_more_than_a_week_away_names_its_date():
    fridays = [{"weekday": "4", "opens": datetime.time(9), "closes": datetime.time(12)}]
    christmas = datetime.datetime(2026, 12, 25, 10, tzinfo=ZoneInfo("Europe/Brussels"))
    status = status_at(fridays, christmas, WorkingCalendar())
    with translation.override("en"):
        html = render_to_string("balise_pages/includes/open_status.html", {"status": status})
    assert "Opens on Friday 8 January at 9:00" in html
