"""The reference site's staff groups: its "Page feedback readers" group lets
the communication team read what citizens wrote, and nothing else."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.pages.test_report_permissions import get_as, is_denied


def test_the_demo_has_a_group_of_feedback_readers(client, db):
    from demo.groups import ensure_staff_groups

    ensure_staff_groups()
    group = ensure_staff_groups()["Page feedback readers"]
    assert Group.objects.filter(name="Page feedback readers").count() == 1
    assert group.permissions.count() == 2
    reader = get_user_model().objects.create_user("communication", "c@example.org", "pw")
    reader.groups.add(group)
    assert get_as(client, reader, reverse("balise_feedback_report")).status_code == 200
    assert is_denied(client, reader, reverse("balise_plain_language_report"))
