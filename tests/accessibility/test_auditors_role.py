"""The "Auditors" group (issue 12, point 8): the manual audits and the
accessibility statement, and nothing else: no contact requests, no other
page editing."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

import accessibility.manual_audit.hooks  # noqa: F401 (until wagtail_hooks imports them)
import accessibility.statement_hooks  # noqa: F401
from accessibility import roles
from accessibility.models import AccessibilityStatementPage, ManualAudit
from tests.factories import make_page, make_site, make_user, translate

pytestmark = pytest.mark.django_db


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"))


@pytest.fixture
def auditor():
    return make_user("ana", groups=[Group.objects.get(name=roles.AUDITORS_GROUP)])


@pytest.fixture
def site():
    home = make_site()
    statement = make_page(home, AccessibilityStatementPage, title="Déclaration",
                          slug="accessibilite")
    information = make_page(home, title="Logement")
    return home, statement, information


def test_the_migration_made_the_group_with_exactly_its_permissions():
    group = Group.objects.get(name=roles.AUDITORS_GROUP)
    names = {(p.content_type.app_label, p.codename) for p in group.permissions.all()}
    assert names == set(roles.AUDITOR_PERMISSIONS)


def test_making_the_group_again_changes_nothing():
    before = set(Group.objects.get(name=roles.AUDITORS_GROUP).permissions.all())
    roles.ensure_auditors_group(Group, Permission)
    roles.ensure_auditors_group(Group, Permission)
    assert Group.objects.filter(name=roles.AUDITORS_GROUP).count() == 1
    assert set(Group.objects.get(name=roles.AUDITORS_GROUP).permissions.all()) == before


def test_each_statement_page_and_translation_is_the_auditors_to_edit(site):
    home, statement, information = site
    dutch = translate(statement, "nl", title="Verklaring")
    granted = GroupPagePermission.objects.filter(group__name=roles.AUDITORS_GROUP)
    assert {(p.page_id, p.permission.codename) for p in granted} == {
        (page.pk, codename) for page in (statement, dutch)
        for codename in roles.STATEMENT_PAGE_PERMISSIONS}


def test_an_auditor_opens_the_audit_screens(client, auditor, site):
    home = site[0]
    audit = ManualAudit.objects.create(title="Audit", auditors="Ana")
    client.force_login(auditor)
    assert client.get(reverse("balise_manual_audits:index")).status_code == 200
    assert client.get(reverse("balise_manual_audits:add")).status_code == 200
    assert client.get(reverse("balise_manual_audits:overview", args=[audit.pk])).status_code == 200
    assert client.get(reverse("balise_manual_audits:assess",
                              args=[audit.pk, "shared"])).status_code == 200
    assert client.get(reverse("balise_manual_audits:export_csv",
                              args=[audit.pk])).status_code == 200
    assert home.pk  # the site exists: the admin has pages to refuse


def test_an_auditor_edits_and_publishes_the_statement(client, auditor, site):
    _home, statement, _information = site
    client.force_login(auditor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[statement.pk])
    assert client.get(edit_url).status_code == 200
    permissions = statement.permissions_for_user(auditor)
    assert permissions.can_edit() and permissions.can_publish()
    assert not permissions.can_add_subpage()


def test_an_auditor_cannot_edit_other_pages_nor_read_requests(client, auditor, site):
    home, _statement, information = site
    client.force_login(auditor)
    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[information.pk])))
    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])))
    assert not information.permissions_for_user(auditor).can_edit()
    assert not home.permissions_for_user(auditor).can_add_subpage()
    # the contact requests' front office answers a plain 403 (forms.inbox.listing)
    assert client.get(reverse("balise_inbox:index")).status_code == 403
