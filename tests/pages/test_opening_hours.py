import datetime

from django.utils import translation

from pages.contact.opening_hours import group_by_day


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
