"""The service-level report (issue 9, point 7): figures on a hand-made set,
the CSV, the SVG chart, and who may read what."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from forms import service_levels
from forms.models import ContactSubmission
from forms.satisfaction import SatisfactionAnswer
from forms.svg_chart import trend_chart
from tests.factories import make_site, make_user, staff_member
from tests.forms.test_contact_form import make_form_page
from tests.forms.test_digest import make_request, make_service

SVG = "{http://www.w3.org/2000/svg}"
REPORT = "balise_service_report"


def at(day, hour=9, minute=0):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


# The figures, without the database

def row(submitted, due, status="answered", answered=None, closed=None, service=1, **fields):
    return service_levels.RequestRow(submitted_at=submitted, due_date=due, status=status,
                                     first_answered_at=answered, closed_at=closed,
                                     service=service, **fields)


def test_figures_give_exact_medians_shares_and_overdue_counts():
    today = datetime.date(2026, 12, 1)
    nov = lambda day: datetime.date(2026, 11, day)  # noqa: E731
    rows = [
        row(at(nov(2)), nov(4), answered=at(nov(3))),                       # 1 day, in time
        row(at(nov(2)), nov(4), answered=at(nov(6))),                       # 4 days, late
        row(at(nov(9)), nov(11), status="closed", closed=at(nov(10))),      # closed in time
        row(at(nov(16)), nov(18), status="received"),                       # late, open
        row(at(nov(30)), datetime.date(2026, 12, 2), status="received"),    # not due yet
        row(at(nov(2)), nov(4), answered=at(nov(3), 21), service=2),        # 1.5 days
    ]
    answers = [service_levels.AnswerRow("yes", nov(16), service=1),
               service_levels.AnswerRow("no", nov(16), service=1),
               service_levels.AnswerRow("partly", nov(23), service=2)]
    lines = service_levels.figures(rows, today, weeks=5, overdue_rows=rows, answers=answers,
                                   labels=lambda key: f"S{key}")
    first, second = lines
    assert (first.label, first.requests, first.per_week) == ("S1", 5, 1.0)
    assert first.median_days == 2.5
    assert (first.in_time, first.counted, first.share_in_time) == (2, 4, 50.0)
    assert first.overdue == 1
    assert (first.yes, first.partly, first.no) == (1, 0, 1)
    assert (second.median_days, second.share_in_time, second.overdue) == (1.5, 100.0, 0)
    assert second.partly == 1
    total = service_levels.totals(rows, today, weeks=5, overdue_rows=rows, answers=answers)
    assert (total.requests, total.median_days, total.in_time, total.counted) == (6, 1.5, 3, 5)


def test_weekly_trend_counts_requests_by_the_week_they_came_in():
    today = datetime.date(2026, 12, 1)
    rows = [row(at(datetime.date(2026, 11, 3)), datetime.date(2026, 11, 5),
                answered=at(datetime.date(2026, 11, 4))),
            row(at(datetime.date(2026, 11, 5)), datetime.date(2026, 11, 9), status="received")]
    trend = service_levels.weekly_trend(rows, datetime.date(2026, 10, 26), today, today)
    by_week = {point.monday: point for point in trend}
    assert len(trend) == 6
    assert by_week[datetime.date(2026, 11, 2)].requests == 2
    assert by_week[datetime.date(2026, 11, 2)].share_in_time == 50.0
    assert by_week[datetime.date(2026, 10, 26)].share_in_time is None


def test_the_chart_is_well_formed_svg_with_a_title_and_escaped_text():
    svg = trend_chart([("02/11", 3, 50.0), ("09/11", 0, None), ("16/11", 7, 100.0)],
                      "Requests <per> week & more", "A description", "Requests", "In time")
    root = ET.fromstring(svg)  # noqa: S314 - our own output
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    assert root.find(f"{SVG}title").text == "Requests <per> week & more"
    assert root.find(f"{SVG}desc").text == "A description"
    assert len(root.findall(f"{SVG}rect")) == 4  # three bars and the legend


# The admin report

@pytest.fixture
def requests_set(db):
    page = make_form_page(make_site())
    group_a, group_b = Group.objects.create(name="A"), Group.objects.create(name="B")
    social = make_service("Le service social", "social@example.org", group_a)
    energy = make_service("La cellule énergie", "energie@example.org", group_b)
    today = timezone.localdate()
    days = lambda count: today - datetime.timedelta(days=count)  # noqa: E731
    made = [
        (social, "AAA-000-001", days(20), days(18), days(19), "answered"),   # 1 day, in time
        (social, "AAA-000-002", days(20), days(18), days(16), "answered"),   # 4 days, late
        (social, "AAA-000-003", days(10), days(8), None, "received"),        # overdue
        (social, "AAA-000-004", days(1), today + datetime.timedelta(days=5), None, "received"),
        (energy, "BBB-000-001", days(20), days(18), None, "answered"),       # 1.5 days
    ]
    for service, reference, sent, due, answered, status in made:
        request = make_request(page, service, reference, due, status=status,
                               first_answered_at=at(answered) if answered else None)
        ContactSubmission.objects.filter(pk=request.pk).update(submit_time=at(sent))
    ContactSubmission.objects.filter(reference="BBB-000-001").update(
        first_answered_at=at(days(19), 21))
    SatisfactionAnswer.objects.create(answer="yes", service=social, topic="Aide sociale",
                                      channel="form", week=service_levels.monday_of(today))
    SatisfactionAnswer.objects.create(answer="no", service=energy, channel="form",
                                      week=service_levels.monday_of(today))
    return {"social": social, "energy": energy, "group_a": group_a, "group_b": group_b,
            "period": {"start": days(30).isoformat(), "end": today.isoformat()}}


def report(client, user, **params):
    client.force_login(user)
    return client.get(reverse(REPORT), params)


def lines_by_label(response):
    return {line.label: line for line in response.context["object_list"]}


def test_an_administrator_sees_every_service_with_exact_figures(client, requests_set):
    response = report(client, make_user(superuser=True), **requests_set["period"])
    assert response.status_code == 200
    lines = lines_by_label(response)
    social, energy = lines["Le service social"], lines["La cellule énergie"]
    assert (social.requests, social.median_days, social.share_in_time) == (4, 2.5, 33.3)
    assert (social.overdue, social.yes, social.no) == (1, 1, 0)
    assert (energy.requests, energy.median_days, energy.share_in_time) == (1, 1.5, 100.0)
    assert energy.no == 1
    assert "Le service social" in response.content.decode()


def test_a_services_staff_see_only_their_services_figures(client, requests_set):
    staff = staff_member("anne")
    staff.groups.add(requests_set["group_a"])
    response = report(client, staff, **requests_set["period"])
    assert response.status_code == 200
    lines = lines_by_label(response)
    assert list(lines) == ["Le service social"]
    assert lines["Le service social"].requests == 4
    assert response.context["totals"].no == 0  # the energy cell's answer is not theirs
    assert "BBB-000-001" not in response.content.decode()


def refused(response):
    """Wagtail's admin answers a PermissionDenied with a redirect to the
    dashboard and a message; either way, no figures."""
    return (response.status_code == 403
            or response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"))


def test_someone_who_may_not_use_the_inbox_is_refused(client, requests_set):
    editor = staff_member("editor")
    assert refused(report(client, editor))
    assert refused(client.get(reverse(f"{REPORT}_results")))
    assert refused(client.get(reverse(REPORT), {"export": "csv"}))
    client.logout()
    assert client.get(reverse(REPORT)).status_code == 302  # to the login page


def test_the_report_is_in_the_reports_menu_only_for_inbox_users(client, requests_set):
    staff = staff_member("anne")
    staff.groups.add(requests_set["group_a"])
    client.force_login(staff)
    assert reverse(REPORT) in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(staff_member("editor"))
    assert reverse(REPORT) not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_csv_export_has_the_figures_and_safe_cells(client, requests_set):
    requests_set["energy"].name = "=HYPERLINK(\"x\")"
    requests_set["energy"].save()
    response = report(client, make_user(superuser=True), export="csv",
                      **requests_set["period"])
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    lines = text.lstrip("\ufeff").splitlines()
    assert lines[0].startswith("Service,")
    start = datetime.date.fromisoformat(requests_set["period"]["start"])
    weeks = len(service_levels.weeks_between(start, timezone.localdate()))
    assert f"Le service social,4,{round(4 / weeks, 1)},2.5,1,3,33.3,1,1,0,0" in lines
    assert any(line.startswith("\"'=HYPERLINK") for line in lines)


def test_the_page_shows_an_accessible_svg_chart_and_its_table(client, requests_set):
    response = report(client, make_user(superuser=True), **requests_set["period"])
    html = response.content.decode()
    start = html.index('<svg xmlns="http://www.w3.org/2000/svg" role="img"')
    svg = html[start:html.index("</svg>", start) + len("</svg>")]
    root = ET.fromstring(svg)  # noqa: S314 - our own output
    assert root.get("role") == "img" and root.find(f"{SVG}title").text
    assert "<caption>" in html  # the same figures as a table
    assert "<script" not in svg


def test_grouping_by_channel_and_a_bad_period_never_fail(client, requests_set):
    user = make_user(superuser=True)
    response = report(client, user, group_by="channel", **requests_set["period"])
    lines = response.context["object_list"]
    assert [(line.key, line.requests, line.yes, line.no) for line in lines] == [("form", 5, 1, 1)]
    for params in ({"start": "not a date"}, {"start": "2026-12-01", "end": "2020-01-01"},
                   {"group_by": "reference"}):
        assert report(client, user, **params).status_code == 200
