"""The access matrix (issue 13, point 5): every admin view, report, export
and action of the Balise apps, and Wagtail's views of what citizens sent,
against eight roles: anonymous, an editor (Wagtail's "Editors"), the staff of
service A ("Service social") and of service B ("Cellule énergie"), the front
office, an auditor, a page-feedback reader and an administrator.

The URLs come from the URL resolver (``access_matrix_data.admin_urls``): a
view added later without its row in ``MATRIX`` fails
``test_every_admin_view_has_its_row_in_the_matrix``, so nobody ships a
screen whose access was never decided. Objects in an address are service
B's (its request, its document, its saved reply…), so service A's staff
are shown to get a 404 for them, never a 200.

A cell is what the role gets:
- ``OK``: 200;
- ``LOGIN``: a redirect to the admin sign-in page;
- ``HOME``: Wagtail's refusal (PermissionDenied in the admin: back to the
  dashboard with "Sorry, you do not have permission…");
- ``E403``, ``E404``, ``E405``: those statuses. A 404 under an address the
  language middleware sends on to ``/fr/…`` (the site's own 404 page) counts
  as the 404 it is.

Each refused role also POSTs to each view (with the payload the permitted
role uses, ``POSTS``): the answer is a refusal, and the database is the same
afterwards. The destructive management commands (purges, restore, backup,
seeding) have no way in from the web: no URL leads to them, and none of them
runs during the whole sweep.
"""

import csv
import hashlib
import io
import sys
from unittest import mock

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.test import Client
from django.test.utils import override_settings
from django.urls import get_resolver, reverse
from django.utils.functional import empty

from forms import private_storage

from .access_matrix_data import (
    ADMIN,
    ANONYMOUS,
    AUDITOR,
    EDITOR,
    FEEDBACK_READER,
    FRONT_OFFICE,
    ROLES,
    STAFF_A,
    STAFF_B,
    _walk,
    admin_urls,
    build_objects,
    make_role_users,
    url_kwargs,
)

OK, LOGIN, HOME, E400, E403, E404, E405 = "200", "login", "home", "400", "403", "404", "405"
SIGNED_IN = tuple(role for role in ROLES if role != ANONYMOUS)
INBOX_ROLES = (STAFF_A, STAFF_B, FRONT_OFFICE)


def row(refused=HOME, **cells):
    """Anonymous sent to sign in, the administrator let in, every other role
    ``refused`` unless named."""
    values = {role: refused for role in ROLES}
    values[ANONYMOUS] = LOGIN
    values[ADMIN] = OK
    values.update(cells)
    return values


def only(*roles, refused=HOME):
    return row(refused, **dict.fromkeys(roles, OK))


ADMIN_ONLY = row()
EVERY_SIGNED_IN = only(*SIGNED_IN)
# an object of service B: its staff and the front office (which triages
# everything the demo forms receive) read it; anyone else gets a 404
SERVICE_B_OBJECT = only(STAFF_B, FRONT_OFFICE, refused=E404)
INBOX = only(*INBOX_ROLES, refused=E403)
AUDITORS = only(AUDITOR)
EDITORS = only(EDITOR)
EDITORS_AND_AUDITORS = only(EDITOR, AUDITOR)
POST_ONLY = {role: E405 for role in SIGNED_IN} | {ANONYMOUS: LOGIN}

MATRIX = {
    # --- forms: the inbox, its export, its actions, the documents --------------
    "balise_inbox:index": INBOX,
    "balise_inbox:export": INBOX,
    "balise_inbox:record": INBOX,
    "balise_inbox:reassign": only(*INBOX_ROLES),
    "balise_inbox:detail": SERVICE_B_OBJECT,
    "balise_inbox:delete": SERVICE_B_OBJECT,
    "balise_inbox:act": POST_ONLY,
    "balise_contact_document": SERVICE_B_OBJECT,
    "balise_service_report": only(*INBOX_ROLES),
    "balise_service_report_results": only(*INBOX_ROLES),
    "balise_outgoing_emails": ADMIN_ONLY,
    "balise_outgoing_emails_results": ADMIN_ONLY,
    # Wagtail's form submissions: read in the inbox, not by page editors
    "wagtailforms:index": EDITORS_AND_AUDITORS,
    "wagtailforms:index_results": EDITORS_AND_AUDITORS,
    "wagtailforms:list_submissions": ADMIN_ONLY,
    "wagtailforms:list_submissions_results": ADMIN_ONLY,
    "wagtailforms:delete_submissions": ADMIN_ONLY,
    "balise_delete_submissions": ADMIN_ONLY,
    # --- pages: feedback, plain language, reviews, search terms, use ---------
    "balise_feedback_report": only(FEEDBACK_READER),
    "balise_feedback_report_results": only(FEEDBACK_READER),
    "balise_feedback_detail": only(FEEDBACK_READER),
    "balise_feedback_detail_results": only(FEEDBACK_READER),
    "balise_plain_language_check": row(editor=E405, admin=E405),
    "balise_plain_language_check_new": row(editor=E405, admin=E405),
    "balise_plain_language_page": EDITORS,
    "balise_plain_language_report": EDITORS_AND_AUDITORS,
    "balise_plain_language_report_results": EDITORS_AND_AUDITORS,
    "balise_freshness_report": EDITORS_AND_AUDITORS,
    "balise_freshness_report_results": EDITORS_AND_AUDITORS,
    "balise_documents_report": EDITORS_AND_AUDITORS,
    "balise_documents_report_results": EDITORS_AND_AUDITORS,
    "balise_search_terms_report": ADMIN_ONLY,
    "balise_search_terms_report_results": ADMIN_ONLY,
    "balise_usage_report": ADMIN_ONLY,
    "balise_usage_report_results": ADMIN_ONLY,
    # --- rights explorer ------------------------------------------------------
    "balise_rights_check_personas": ADMIN_ONLY,
    "balise_rights_result_report": ADMIN_ONLY,
    "balise_rights_result_report_results": ADMIN_ONLY,
    # --- accessibility ----------------------------------------------------------
    **{f"balise_a11y_report:{name}": AUDITORS for name in (
        "overview", "runs", "run", "criterion_findings", "page_findings", "finding",
        "download", "dismissed")},
    "balise_a11y_report:dismiss": row(auditor=E405, admin=E405),
    "balise_a11y_report:revoke": POST_ONLY,
    "balise_a11y_report:audit_now": POST_ONLY,
    **{f"balise_manual_audits:{name}": AUDITORS for name in (
        "index", "index_results", "add", "overview", "assess", "copy_for_reaudit",
        "export_csv", "edit", "delete", "history", "history_results", "usage")},
    # --- locales ------------------------------------------------------------------
    "balise_locales_coverage": EDITORS,
    "balise_locales_coverage_results": EDITORS,
    "admin/localize/reports/translations/": EDITORS,
    "admin/localize/reports/translations/results/": EDITORS,
}

# The snippets of the Balise apps: kept by administrators (the demo gives no
# group a snippet permission). Wagtail's choosers answer every admin user, as
# in any Wagtail site: they list what an editor may link to.
SNIPPETS = {
    "balise_pages_organisationdetails": (), "balise_pages_closureday": (),
    "balise_pages_contactchannel": (), "balise_pages_glossaryterm": (),
    "balise_pages_promotedresult": (), "balise_rights_partnerorganisation": (),
    "balise_rights_persona": (), "balise_forms_service": (), "balise_forms_savedreply": (),
    "balise_rights_question": ("unpublish", "revisions_revert", "revisions_compare",
                               "revisions_unschedule"),
}
SNIPPET_VIEWS = ("list", "list_results", "add", "edit", "delete", "usage", "history",
                 "history_results", "copy")
CHOOSER_VIEWS = ("choose", "choose_results", "chosen", "chosen_multiple")
for _snippet, _extra in SNIPPETS.items():
    for _view in (*SNIPPET_VIEWS, *_extra):
        MATRIX[f"wagtailsnippets_{_snippet}:{_view}"] = ADMIN_ONLY
    for _view in CHOOSER_VIEWS:
        MATRIX[f"wagtailsnippetchoosers_{_snippet}:{_view}"] = EVERY_SIGNED_IN
    MATRIX[f"wagtailsnippetchoosers_{_snippet}:create"] = ADMIN_ONLY
# Regression: no page or snippet chooses a saved reply, and the chooser let
# every admin user (service A's staff, a feedback reader) read service B's
# replies; it is closed as the list is (forms/saved_reply_chooser.py).
for _view in CHOOSER_VIEWS:
    MATRIX[f"wagtailsnippetchoosers_balise_forms_savedreply:{_view}"] = ADMIN_ONLY


# What a POST gets where it differs from the GET's cell.
POST_CELLS = {
    "balise_inbox:act": SERVICE_B_OBJECT,
    "balise_a11y_report:dismiss": AUDITORS,
    "balise_a11y_report:revoke": AUDITORS,
    "balise_a11y_report:audit_now": AUDITORS,
    "balise_plain_language_check": EDITORS,
    "balise_plain_language_check_new": EDITORS,
}
# GET-only views: the method is refused before anything is looked at
for _key in ("balise_inbox:index", "balise_inbox:export", "balise_inbox:detail",
             "balise_contact_document", "balise_a11y_report:download"):
    POST_CELLS[_key] = {role: LOGIN if role == ANONYMOUS else E405 for role in ROLES}


def post_payload(key, objects):
    """What the permitted role posts (the same for the refused ones)."""
    a, b = objects["service_a"], objects["service_b"]
    return {
        "balise_inbox:act": {"status-status": "answered"},
        "balise_inbox:delete": {"reason": "duplicate"},
        "balise_inbox:reassign": {"from_service": b.pk, "to_service": a.pk, "reason": "x"},
        "balise_inbox:record": {
            "channel": "phone_call", "form_page": objects["form_page"].pk,
            "question": "Matrix question", "reply_by": "phone", "phone": "+32470000000",
            "language": "fr"},
        "balise_a11y_report:dismiss": {"reason": "false_positive", "explanation": "Matrix"},
        "balise_delete_submissions": {},
        "wagtailforms:delete_submissions": {},
        "balise_plain_language_check": {"title": "Matrix"},
    }.get(key, {})


def post_query(key, objects):
    if key.endswith("delete_submissions"):
        return f"?selected-submissions={objects['request_b'].pk}"
    return ""


# ---------------------------------------------------------------------------
# fixtures


@pytest.fixture(scope="module")
def world(demo_db, module_db, tmp_path_factory):
    """The role users, one signed-in client each, and the objects, built once
    for the module (rolled back after it); the citizens' documents in a folder
    of this run."""
    root = tmp_path_factory.mktemp("matrix-documents")
    forms_settings = {**getattr(settings, "BALISE_FORMS", {}), "DOCUMENTS_ROOT": str(root)}
    with override_settings(BALISE_FORMS=forms_settings):
        private_storage._wrapped = empty
        users = make_role_users()
        objects = build_objects()
        clients = {}
        for role in ROLES:
            client = Client()
            if role != ANONYMOUS:
                client.force_login(users[role])
            clients[role] = client
        yield {"users": users, "objects": objects, "clients": clients}
    private_storage._wrapped = empty


@pytest.fixture(scope="module")
def urls():
    return admin_urls()


def address(url, objects):
    if "/" in url.key:  # an unnamed view, known by its route
        return "/" + url.route
    return reverse(url.key, kwargs=url_kwargs(url, objects))


def outcome(client, response, method="get"):
    code = response.status_code
    if code in (301, 302):
        location = response["Location"]
        if location.startswith(reverse("wagtailadmin_login")):
            return LOGIN
        if location == reverse("wagtailadmin_home"):
            return HOME
        # LocaleMiddleware sends a 404 outside the language prefixes on to
        # /fr/…: follow it to see the 404 it is
        if location.startswith("/fr/admin/") and client.get(location).status_code == 404:
            return E404
        return f"302 to {location}"
    return str(code)


DESTRUCTIVE = (
    ("forms.purge", "purge"),
    ("pages.search.terms", "purge_old_terms"),
    ("pages.usage.recording", "purge_old_counts"),
    ("pages.backup", "restore_site"),
)


@pytest.fixture
def no_command_runs():
    """Any management command (call_command goes through ``execute``) or
    destructive function run while the fixture is active is recorded,
    wherever the function was imported."""
    ran = []
    patches = [mock.patch.object(BaseCommand, "execute",
                                 lambda self, *a, **k: ran.append(type(self).__module__))]
    for module_name, name in DESTRUCTIVE:
        module = __import__(module_name, fromlist=[name])
        target = getattr(module, name)
        for loaded in list(sys.modules.values()):
            if getattr(loaded, name, None) is target:
                patches.append(mock.patch.object(
                    loaded, name, lambda *a, _n=name, **k: ran.append(_n)))
    for patch in patches:
        patch.start()
    yield ran
    for patch in reversed(patches):
        patch.stop()


# ---------------------------------------------------------------------------
# the matrix


def test_every_admin_view_has_its_row_in_the_matrix(urls):
    missing = sorted(f"{key} ({url.view})" for key, url in urls.items() if key not in MATRIX)
    assert not missing, (
        "These admin URLs have no row in tests/site/test_access_matrix.py MATRIX: decide who "
        "may open them and add the row:\n  " + "\n  ".join(missing))
    stale = sorted(set(MATRIX) - set(urls))
    assert not stale, "MATRIX rows for URLs that no longer exist:\n  " + "\n  ".join(stale)
    assert all(set(cells) == set(ROLES) for cells in MATRIX.values())


def test_every_role_gets_its_cell_on_every_admin_view(world, urls, db, no_command_runs):
    wrong = []
    for key, url in sorted(urls.items()):
        path = address(url, world["objects"])
        for role in ROLES:
            client = world["clients"][role]
            got = outcome(client, client.get(path))
            if got != MATRIX[key][role]:
                wrong.append(f"{key} as {role}: {got}, expected {MATRIX[key][role]} ({path})")
    assert not wrong, "\n".join(wrong)
    assert no_command_runs == []


def database_state():
    """A digest of every row of the Balise apps' models (pages aside: no view
    in the matrix edits one), and of the users, groups, revisions and the
    audit log: a refused POST must leave all of it as it was."""
    from django.contrib.auth.models import Group, User
    from wagtail.models import ModelLogEntry, PageLogEntry, Revision

    digest = hashlib.sha256()
    models = [model for model in apps.get_models()
              if model._meta.app_label.startswith("balise_")
              and not model._meta.proxy and not hasattr(model, "get_url_parts")]
    models += [User, Group, Revision, ModelLogEntry, PageLogEntry]
    for model in models:
        digest.update(model._meta.label.encode())
        for values in model.objects.order_by("pk").values_list():
            digest.update(repr(values).encode())
    return digest.hexdigest()


def test_refused_roles_posting_get_a_refusal_and_change_nothing(world, urls, db,
                                                                no_command_runs):
    objects = world["objects"]
    before = database_state()
    wrong, changed_by = [], []
    for key, url in sorted(urls.items()):
        cells = POST_CELLS.get(key, MATRIX[key])
        path = address(url, objects) + post_query(key, objects)
        for role in ROLES:
            if cells[role] == OK:
                continue
            client = world["clients"][role]
            got = outcome(client, client.post(path, post_payload(key, objects)))
            if got != cells[role]:
                wrong.append(f"POST {key} as {role}: {got}, expected {cells[role]} ({path})")
            if key in WATCHED_ONE_BY_ONE and database_state() != before:
                changed_by.append(f"POST {key} as {role}")
    assert not wrong, "\n".join(wrong)
    assert database_state() == before, f"a refused POST changed the database: {changed_by}"
    assert no_command_runs == []


# the POSTs whose effect is checked after each refused role, not only at the end
WATCHED_ONE_BY_ONE = {"balise_inbox:act", "balise_inbox:delete", "balise_inbox:reassign",
                      "balise_contact_document", "balise_delete_submissions",
                      "wagtailforms:delete_submissions", "balise_a11y_report:dismiss",
                      "balise_a11y_report:revoke"}


# ---------------------------------------------------------------------------
# what each service's staff see in the lists and exports


def request_of(world, label):
    from forms.models import ContactSubmission

    return ContactSubmission.objects.get(pk=world["objects"][f"request_{label}"].pk)


@pytest.mark.parametrize(("role", "own", "other"), [(STAFF_A, "a", "b"), (STAFF_B, "b", "a")])
def test_a_services_staff_see_only_their_services_requests_in_lists_and_exports(
        world, db, role, own, other):
    client = world["clients"][role]
    mine, theirs = request_of(world, own), request_of(world, other)
    inbox = client.get(reverse("balise_inbox:index")).content.decode()
    assert mine.reference in inbox
    assert theirs.reference not in inbox
    # searching for the other service's reference: the page repeats what was
    # typed (the field, the export link) but lists no request
    searched = client.get(reverse("balise_inbox:index"),
                          {"reference": theirs.reference}).content.decode()
    assert reverse("balise_inbox:detail", args=[theirs.pk]) not in searched
    assert reverse("balise_inbox:detail", args=[mine.pk]) in inbox
    searched_export = client.get(reverse("balise_inbox:export"),
                                 {"reference": theirs.reference}).getvalue().decode("utf-8-sig")
    assert theirs.reference not in searched_export
    export = client.get(reverse("balise_inbox:export"))
    rows = list(csv.reader(io.StringIO(export.getvalue().decode("utf-8-sig"))))
    exported = {line[0] for line in rows[1:]}
    assert mine.reference in exported
    assert theirs.reference not in exported
    assert all(line[5] in ("", mine.assigned_to.name) for line in rows[1:])
    for name in ("balise_service_report", "balise_service_report_results"):
        report = client.get(reverse(name)).content.decode()
        assert theirs.assigned_to.name not in report, name


def test_the_front_office_sees_every_request_of_its_forms(world, db):
    client = world["clients"][FRONT_OFFICE]
    inbox = client.get(reverse("balise_inbox:index")).content.decode()
    assert request_of(world, "a").reference in inbox
    assert request_of(world, "b").reference in inbox


@pytest.mark.parametrize("role", [EDITOR, AUDITOR, FEEDBACK_READER])
def test_roles_without_a_service_see_no_request_in_wagtails_form_lists(world, db, role):
    """Editors may edit the form pages: Wagtail's Forms menu would show them
    the submissions; here it lists no contact form and so no request."""
    client = world["clients"][role]
    html = client.get(reverse("wagtailforms:index")).content.decode()
    form_page = world["objects"]["form_page"]
    assert reverse("wagtailforms:list_submissions", args=[form_page.pk]) not in html


# ---------------------------------------------------------------------------
# service A's staff against every action on service B's request


def action_payloads(world):
    a = world["objects"]["service_a"]
    return {
        "note": {"note-text": "Matrix"},
        "reply": {"reply-subject": "Re", "reply-body": "Matrix"},
        "called_back": {"called_back-text": "Matrix"},
        "citizen_note": {"citizen_note-citizen_note": "Matrix"},
        "status": {"status-status": "answered"},
        "close": {"close-outcome": "Matrix"},
        "reopen": {"reopen-text": "Matrix"},
        "forward": {"forward-to_service": a.pk, "forward-reason": "Matrix",
                    "forward-due_date": "keep"},
    }


def test_every_action_of_the_inbox_is_a_404_for_another_services_staff(world, db):
    from forms.inbox.actions import ACTIONS

    payloads = action_payloads(world)
    assert set(payloads) == set(ACTIONS), "a new inbox action needs its cell here"
    theirs = request_of(world, "b")
    client = world["clients"][STAFF_A]
    before = database_state()
    for action, data in payloads.items():
        response = client.post(reverse("balise_inbox:act", args=[theirs.pk, action]), data)
        assert outcome(client, response) == E404, action
    for name in ("balise_inbox:detail", "balise_inbox:delete"):
        response = client.post(reverse(name, args=[theirs.pk]), {"reason": "duplicate"})
        assert outcome(client, response) in (E404, E405), name
    document = world["objects"]["document_b"]
    response = client.get(reverse("balise_contact_document", args=[theirs.pk, document.pk]))
    assert outcome(client, response) == E404
    # its own request's id with the other's document: the same 404
    mine = request_of(world, "a")
    response = client.get(reverse("balise_contact_document", args=[mine.pk, document.pk]))
    assert outcome(client, response) == E404
    response = client.post(reverse("balise_inbox:reassign"), {
        "references": theirs.reference, "to_service": world["objects"]["service_a"].pk})
    assert response.status_code == 302
    assert database_state() == before
    assert request_of(world, "b").assigned_to_id == world["objects"]["service_b"].pk


def test_the_same_actions_work_for_the_services_own_staff(world, db):
    """The payloads above are valid: refused roles were refused for who they
    are, not for a wrong form."""
    from forms.history import RequestEvent

    theirs = request_of(world, "b")
    client = world["clients"][STAFF_B]
    for action in ("note", "status"):
        response = client.post(reverse("balise_inbox:act", args=[theirs.pk, action]),
                               action_payloads(world)[action])
        assert response.status_code == 302, action
    assert request_of(world, "b").status == "answered"
    assert RequestEvent.objects.filter(submission=theirs, text="Matrix").exists()
    response = client.get(reverse("balise_contact_document",
                                  args=[theirs.pk, world["objects"]["document_b"].pk]))
    assert response.status_code == 200
    response = client.post(reverse("balise_inbox:delete", args=[theirs.pk]),
                           post_payload("balise_inbox:delete", world["objects"]))
    assert response.status_code == 302
    assert not type(theirs).objects.filter(pk=theirs.pk).exists()


def test_an_auditor_dismisses_and_revokes_with_the_payload_others_were_refused_with(
        world, db):
    from accessibility.models import FindingDismissal

    objects, client = world["objects"], world["clients"][AUDITOR]
    url = next(url for key, url in admin_urls().items() if key == "balise_a11y_report:dismiss")
    response = client.post(address(url, objects),
                           post_payload("balise_a11y_report:dismiss", objects))
    assert response.status_code == 302
    assert FindingDismissal.objects.filter(explanation="Matrix").exists()
    client.post(reverse("balise_a11y_report:revoke", args=[objects["dismissal"].pk]))
    assert FindingDismissal.objects.get(pk=objects["dismissal"].pk).revoked_at is not None


def test_an_administrator_deletes_submissions_with_the_payload_others_were_refused_with(
        world, db):
    objects = world["objects"]
    client = world["clients"][ADMIN]
    path = reverse("balise_delete_submissions", args=[objects["form_page"].pk])
    response = client.post(path + post_query("balise_delete_submissions", objects))
    assert response.status_code == 302
    assert not type(objects["request_b"]).objects.filter(pk=objects["request_b"].pk).exists()


# ---------------------------------------------------------------------------
# CSRF


def test_a_post_without_the_csrf_token_is_refused_even_for_the_permitted_staff(world, db):
    theirs = request_of(world, "b")
    client = Client(enforce_csrf_checks=True)
    client.force_login(world["users"][STAFF_B])
    path = reverse("balise_inbox:act", args=[theirs.pk, "status"])
    before = database_state()
    for url, data in ((path, {"status-status": "answered"}),
                      (reverse("balise_inbox:delete", args=[theirs.pk]), {"reason": "duplicate"}),
                      (reverse("balise_inbox:reassign"),
                       {"references": theirs.reference,
                        "to_service": world["objects"]["service_a"].pk})):
        assert client.post(url, data).status_code == 403, url
    assert database_state() == before
    # with the token of the request's page, the same post goes through
    client.get(reverse("balise_inbox:detail", args=[theirs.pk]))
    token = client.cookies[settings.CSRF_COOKIE_NAME].value
    response = client.post(path, {"status-status": "answered", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert request_of(world, "b").status == "answered"


# ---------------------------------------------------------------------------
# management commands


def test_no_address_leads_to_a_management_command_or_a_backup():
    """The purges, the restore (which empties the database first), the backup
    (every citizen's data in one file) and the seeding run from ``manage.py``
    only: no URL of the whole site has a view in a command module or in the
    backup package. The sweeps above also show that none of them runs on any
    request (``no_command_runs``)."""
    reachable = []
    for key, route, callback, _params in _walk(get_resolver().url_patterns):
        view = getattr(callback, "view_class", None) or callback
        module = view.__module__
        if ".management.commands." in module or module.startswith(("pages.backup", "demo.")):
            reachable.append(f"{route} ({key}): {module}")
    assert reachable == []
