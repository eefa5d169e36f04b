"""Answer dates in working days, as a citizen reads them on a contact form:
weekends, Belgian public holidays, the organisation's own closure days and a
16:00 cut-off all push the date, the same way every time. Worked examples
from ../shared/facts/forms.md section 6."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pages.contact.calendar import Closure, WorkingCalendar
from pages.models import ClosureDay

BRUSSELS = ZoneInfo("Europe/Brussels")


def at(day, hour=10, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=BRUSSELS)


D = datetime.date
CHRISTMAS_EVE_2026 = D(2026, 12, 24)  # a Thursday
CHRISTMAS_EVE_2027 = D(2027, 12, 24)  # a Friday


@pytest.mark.parametrize(("received", "closures", "due"), [
    (at(CHRISTMAS_EVE_2026, 10), [], D(2026, 12, 29)),
    (at(CHRISTMAS_EVE_2026, 16), [], D(2026, 12, 30)),
    (at(CHRISTMAS_EVE_2026, 17, 30), [], D(2026, 12, 30)),
    (at(CHRISTMAS_EVE_2026, 10), [Closure(D(2026, 12, 28), label="Bridge day")], D(2026, 12, 30)),
    (at(CHRISTMAS_EVE_2027, 10), [], D(2027, 12, 28)),
    (at(CHRISTMAS_EVE_2027, 16, 1), [], D(2027, 12, 29)),
], ids=["thu-24-morning", "thu-24-at-16h", "thu-24-evening", "bridge-day-28",
        "fri-24-2027", "fri-24-2027-after-cut-off"])
def test_two_working_days_at_the_end_of_the_year(received, closures, due):
    assert WorkingCalendar(closures).due_date(received, 2) == due


def test_weekends_holidays_and_closure_days_are_not_working_days():
    calendar = WorkingCalendar([Closure(D(2026, 11, 2), label="Jour des défunts"),
                                Closure(D(2026, 12, 24), datetime.time(12))])
    assert not calendar.is_working_day(D(2026, 12, 25)), "Christmas"
    assert not calendar.is_working_day(D(2026, 12, 26)), "a Saturday"
    assert not calendar.is_working_day(D(2026, 7, 21)), "national day"
    assert not calendar.is_working_day(D(2026, 11, 2)), "the organisation's own closure"
    assert calendar.is_working_day(D(2026, 11, 3))
    assert calendar.is_working_day(D(2026, 12, 24)), "closed only in the afternoon"
    assert calendar.holiday_name(D(2026, 12, 25), "nl") == "Kerstmis"
    assert calendar.holiday_name(D(2026, 12, 25), "fr") == "Noël"


def test_an_afternoon_closure_is_closed_after_its_time_and_moves_the_cut_off():
    calendar = WorkingCalendar([Closure(D(2026, 12, 24), datetime.time(12))])
    assert not calendar.is_closed_at(at(CHRISTMAS_EVE_2026, 11, 59))
    assert calendar.is_closed_at(at(CHRISTMAS_EVE_2026, 12))
    assert calendar.is_closed_at(at(D(2026, 12, 25), 10))
    # Sent at 13:00 on the 24th: nobody reads it before Monday 28.
    assert calendar.due_date(at(CHRISTMAS_EVE_2026, 13), 2) == D(2026, 12, 30)
    assert calendar.due_date(at(CHRISTMAS_EVE_2026, 11), 2) == D(2026, 12, 29)


def test_a_request_on_a_holiday_counts_from_the_next_working_day_and_utc_is_read_locally():
    calendar = WorkingCalendar()
    assert calendar.due_date(at(D(2026, 12, 25), 9), 2) == D(2026, 12, 30)
    # 15:30 UTC on 24 December is 16:30 in Brussels: after the cut-off.
    utc = datetime.datetime(2026, 12, 24, 15, 30, tzinfo=datetime.UTC)
    assert calendar.due_date(utc, 2) == D(2026, 12, 30)
    assert calendar.due_date(datetime.datetime(2026, 12, 24, 15, 30), 2) == D(2026, 12, 29), \
        "a naive time is taken as Brussels time"
    assert calendar.due_date(at(CHRISTMAS_EVE_2026, 10), 1) == D(2026, 12, 28), \
        "acknowledged by the end of the next working day"


def test_a_later_cut_off_keeps_an_afternoon_request_on_its_own_day():
    calendar = WorkingCalendar(cut_off=datetime.time(17))
    assert calendar.due_date(at(CHRISTMAS_EVE_2026, 16, 30), 2) == D(2026, 12, 29)


moments = st.datetimes(min_value=datetime.datetime(2025, 1, 1),
                       max_value=datetime.datetime(2030, 12, 31)).map(
    lambda moment: moment.replace(tzinfo=BRUSSELS))
closure_lists = st.lists(st.builds(
    Closure, st.dates(min_value=D(2025, 1, 1), max_value=D(2031, 3, 1)),
    st.one_of(st.none(), st.times()),
), max_size=30)


@given(moments, st.integers(min_value=1, max_value=30), closure_lists)
def test_a_due_date_is_a_working_day_after_the_day_of_receipt(received, days, closures):
    calendar = WorkingCalendar(closures)
    due = calendar.due_date(received, days)
    assert calendar.is_working_day(due)
    assert due > received.date()


@given(moments, moments, st.integers(min_value=0, max_value=20),
       st.integers(min_value=0, max_value=20), closure_lists)
def test_a_later_request_or_a_longer_promise_never_gives_an_earlier_date(
        first, second, days, more, closures):
    calendar = WorkingCalendar(closures)
    first, second = sorted([first, second])
    assert calendar.due_date(first, days) <= calendar.due_date(second, days)
    assert calendar.due_date(first, days) <= calendar.due_date(first, days + more)
    if more:
        assert calendar.due_date(first, days) < calendar.due_date(first, days + more)


def test_closure_days_from_the_admin_close_the_contact_channels(db, settings):
    from pages.contact.models import working_calendar

    ClosureDay.objects.create(date=D(2026, 12, 28), label="Bridge day")
    ClosureDay.objects.create(date=D(2026, 12, 31), closed_from=datetime.time(12))
    settings.BALISE_PAGES = {"WORKING_DAY_CUT_OFF": "15:00"}
    calendar = working_calendar()
    assert not calendar.is_working_day(D(2026, 12, 28))
    assert calendar.is_closed_at(at(D(2026, 12, 31), 13))
    assert calendar.due_date(at(CHRISTMAS_EVE_2026, 10), 2) == D(2026, 12, 30)
    assert calendar.due_date(at(D(2026, 12, 23), 15, 30), 1) == D(2026, 12, 29), \
        "after the site's 15:00 cut-off, the 23rd counts from the 24th"


def test_staff_add_a_closure_day_in_the_admin_and_the_contact_page_says_closed(client, db):
    from django.urls import reverse
    from django.utils import timezone

    from tests.factories import make_channel, make_reach_us, make_site, make_user

    home = make_site()
    make_channel("desk", hours=[{"type": "period", "value": {
        "weekday": str(day), "opens": "00:00:00", "closes": "23:59:00"}} for day in range(7)])
    page = make_reach_us(home, title="Nous contacter")
    html = client.get(page.url).content.decode()
    assert "open-status--open" in html or "open-status--closed" in html

    client.force_login(make_user(superuser=True))
    today = timezone.localdate()
    add = reverse("wagtailsnippets_balise_pages_closureday:add")
    response = client.post(add, {"date": today.isoformat(), "closed_from": "",
                                 "label": "Staff training"})
    assert response.status_code == 302
    assert ClosureDay.objects.get().label == "Staff training"
    listing = client.get(reverse("wagtailsnippets_balise_pages_closureday:list"))
    assert "Staff training" in listing.content.decode()
    client.logout()
    html = client.get(page.url).content.decode()
    assert "open-status--open" not in html and "open-status--closed" in html, \
        "a desk open around the clock is closed on the day staff marked as closed"
