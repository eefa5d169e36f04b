"""What the access matrix (test_access_matrix.py) runs against: the admin
URLs to check, read from the URL resolver so that a view added later is
found without anyone remembering to list it, the roles as the demo defines
them, and the objects each URL needs, built once for the module on the demo.

Service A is the demo's "Service social", service B its "Cellule énergie":
each is a staff group named on a service, and the demo's requests are
routed to one or the other."""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver

BALISE_APPS = ("pages", "forms", "rights_explorer", "accessibility", "locales")
# Wagtail's own views that show what citizens sent (the form submissions):
# they read social data, so they are in the matrix beside the Balise apps'.
WAGTAIL_SOCIAL_DATA = ("wagtailforms:",)

ANONYMOUS = "anonymous"
EDITOR = "editor"
STAFF_A = "staff_a"
STAFF_B = "staff_b"
FRONT_OFFICE = "front_office"
AUDITOR = "auditor"
FEEDBACK_READER = "feedback_reader"
ADMIN = "admin"
ROLES = (ANONYMOUS, EDITOR, STAFF_A, STAFF_B, FRONT_OFFICE, AUDITOR, FEEDBACK_READER, ADMIN)

# role -> the demo's (or Wagtail's) group its user is in
ROLE_GROUPS = {
    EDITOR: "Editors",
    STAFF_A: "Service social",
    STAFF_B: "Cellule énergie",
    FRONT_OFFICE: "Accueil (front office)",
    AUDITOR: "Auditors",  # accessibility.roles.AUDITORS_GROUP
    FEEDBACK_READER: "Page feedback readers",
}


@dataclass(frozen=True)
class AdminUrl:
    key: str  # the URL name with its namespace, or the route of an unnamed one
    route: str
    params: tuple
    view: str  # module.qualname, for the failure messages


def _view_path(callback):
    view_class = getattr(callback, "view_class", None)
    target = view_class or callback
    return f"{target.__module__}.{getattr(target, '__qualname__', target.__class__.__name__)}"


def _walk(patterns, route="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace
            names = ":".join(part for part in (namespace, inner) if part) or None
            yield from _walk(pattern.url_patterns, route + str(pattern.pattern), names)
        elif isinstance(pattern, URLPattern):
            name = pattern.name
            key = f"{namespace}:{name}" if namespace and name else name
            yield (key, route + str(pattern.pattern), pattern.callback,
                   tuple(pattern.pattern.regex.groupindex))


def in_matrix(key, view):
    """An admin URL of a Balise app (its view lives in one, or its name says
    ``balise``: the snippets and viewsets the apps register), or a Wagtail
    view that shows what citizens sent."""
    module = view.split(".", 1)[0]
    return (module in BALISE_APPS or "balise" in (key or "")
            or (key or "").startswith(WAGTAIL_SOCIAL_DATA))


def admin_urls():
    """Every admin URL the matrix must cover, first definition of a key wins
    (as the resolver does)."""
    found = {}
    for key, route, callback, params in _walk(get_resolver().url_patterns):
        if not route.startswith("admin/"):
            continue
        view = _view_path(callback)
        key = key or route
        if in_matrix(key, view) and key not in found:
            found[key] = AdminUrl(key, route, params, view)
    return found


# ---------------------------------------------------------------------------
# the users and the objects


def make_role_users():
    User = get_user_model()
    users = {}
    for role, group_name in ROLE_GROUPS.items():
        user = User.objects.create_user(f"matrix-{role}", f"{role}@matrix.example", "pw")
        user.groups.add(Group.objects.get(name=group_name))
        users[role] = user
    users[ADMIN] = User.objects.create_superuser("matrix-admin", "admin@matrix.example", "pw")
    return users


def build_objects():
    """One of each object the admin URLs take in their address, on the demo."""
    from wagtail.models import Page

    from accessibility.models import FindingDismissal, ManualAudit
    from accessibility.models.audits import AuditSample
    from accessibility.report.views import page_key
    from forms.models import ContactDocument, ContactFormPage, ContactSubmission, Service
    from pages.models import InformationPage
    from rights_explorer.personas import Persona
    from tests.accessibility.report_factories import add_finding, make_run

    service_a = Service.objects.get(groups__name=ROLE_GROUPS[STAFF_A], locale__language_code="fr")
    service_b = Service.objects.get(groups__name=ROLE_GROUPS[STAFF_B], locale__language_code="fr")
    request_a = (ContactSubmission.objects.filter(assigned_to=service_a)
                 .exclude(status="closed").exclude(email="").order_by("pk").first())
    request_b = (ContactSubmission.objects.filter(assigned_to=service_b)
                 .exclude(status="closed").exclude(email="").order_by("pk").first())
    documents = {}
    for label, submission in (("a", request_a), ("b", request_b)):
        document = ContactDocument(submission=submission, name=f"attestation-{label}.pdf",
                                   content_type="application/pdf", size=8)
        document.file.save(f"attestation-{label}.pdf", ContentFile(b"%PDF-1.4"), save=True)
        documents[label] = document
    form_page = request_b.page.specific
    info_page = (InformationPage.objects.live().filter(locale__language_code="fr")
                 .order_by("path").first())
    run = make_run()
    finding = add_finding(run, page=info_page)
    dismissal = FindingDismissal.objects.create(
        fingerprint="0" * 16, rule="link-name", reason=FindingDismissal.FALSE_POSITIVE,
        explanation="Matrix")
    manual_audit = ManualAudit.objects.create(title="Audit matrix", auditors="Ana",
                                              wcag_version="2.2")
    sample = AuditSample.objects.create(audit=manual_audit, kind="home", page=info_page,
                                        sort_order=0)
    if not Persona.objects.exists():
        Persona.objects.create(name="Matrix persona")
    # the snippets the demo has none of, so that their edit and delete views exist
    from forms.models import SavedReply
    from pages.contact.models import ClosureDay
    from pages.models.promoted_result import PromotedResult
    from rights_explorer.questions import Question

    if not SavedReply.objects.exists():
        SavedReply.objects.create(title="Matrix reply", locale=info_page.locale,
                                  service=service_b, body="Bonjour")
    if not ClosureDay.objects.exists():
        ClosureDay.objects.create(date=datetime.date(2099, 12, 24), label="Matrix")
    if not PromotedResult.objects.exists():
        PromotedResult.objects.create(locale=info_page.locale, query="matrix", page=info_page)
    question = Question.objects.order_by("pk").first()
    revision = question.latest_revision or question.save_revision()
    return {
        "service_a": service_a, "service_b": service_b,
        "request_a": request_a, "request_b": request_b,
        "document_a": documents["a"], "document_b": documents["b"],
        "form_page": ContactFormPage.objects.get(pk=form_page.pk),
        "info_page": info_page, "home": Page.objects.get(pk=info_page.get_parent().pk),
        "run": run, "finding": finding, "finding_key": page_key(info_page, info_page.locale),
        "dismissal": dismissal, "manual_audit": manual_audit, "sample": sample,
        "revision": revision,
    }


def snippet_model(key):
    """The model of a snippet URL name: ``wagtailsnippets_balise_forms_service:edit``."""
    from django.apps import apps

    prefix = key.split(":", 1)[0]
    label = prefix.removeprefix("wagtailsnippets_").removeprefix("wagtailsnippetchoosers_")
    app_label, _, model_name = label.rpartition("_")
    return apps.get_model(app_label, model_name)


def url_kwargs(url, objects):
    """The address's arguments, taken from ``objects`` (of service B where the
    object belongs to a service: the other roles must not reach it)."""
    key = url.key
    values = {}
    for param in url.params:
        if param == "pk":
            if key.startswith("balise_inbox:"):
                value = objects["request_b"].pk
            elif key.startswith("balise_manual_audits:"):
                value = objects["manual_audit"].pk
            elif "snippet" in key:
                model = snippet_model(key)
                if model.__name__ == "Service":
                    value = objects["service_b"].pk
                else:
                    value = model.objects.order_by("pk").values_list("pk", flat=True).first()
            else:
                raise KeyError(f"{key}: which object for pk?")
        elif param == "action":
            value = "status"
        elif param == "submission_id":
            value = objects["request_b"].pk
        elif param == "document_id":
            value = objects["document_b"].pk
        elif param == "page_id":
            # the form page for the submissions' views, a content page otherwise
            value = (objects["form_page"].pk if "submissions" in key
                     else objects["info_page"].pk)
        elif param == "parent_page_id":
            value = objects["home"].pk
        elif param == "content_type_app_name":
            value = "balise_pages"
        elif param == "content_type_model_name":
            value = "informationpage"
        elif param == "run_id":
            value = objects["run"].pk
        elif param == "finding_id":
            value = objects["finding"].pk
        elif param == "dismissal_id":
            value = objects["dismissal"].pk
        elif param == "code":
            value = "1.1.1"
        elif param == "key":
            value = objects["finding_key"]
        elif param == "file_format":
            value = "csv"
        elif param == "revision_id":
            value = objects["revision"].pk
        elif param == "revision_id_a":
            value = "earliest"
        elif param == "revision_id_b":
            value = "latest"
        elif param == "sample_key":
            value = str(objects["sample"].pk)
        else:
            raise KeyError(f"{key}: no value for the URL argument {param!r}")
        values[param] = value
    return values
