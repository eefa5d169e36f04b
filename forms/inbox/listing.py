"""The inbox: every request the user may read, whatever the form, language
or channel, late ones first, then by due date; and the same list as a CSV
file without personal content.

The list starts from ``access.requests_for`` and never from all requests;
what each row shows comes with the page of rows (``select_related``), so
the number of queries does not grow with the number of requests.
"""

import uuid

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.models import ModelLogEntry

from locales.exports import SafeSpreadsheetExportMixin

from .. import access, audit
from ..models import ContactSubmission
from .filters import InboxFilterForm, today, with_overdue
from .overdue_first import OverdueFirst

PER_PAGE = 50
TEMPLATE = "balise_forms/inbox/index.html"
LOG_BATCH = 500


FORBIDDEN_TEMPLATE = "balise_forms/inbox/forbidden.html"


def refused(request):
    """A plain 403 page. Raising ``PermissionDenied`` in the admin would
    redirect to the dashboard (Wagtail's ``require_admin_access``), which
    hides that the answer is "no"."""
    return TemplateResponse(request, FORBIDDEN_TEMPLATE, {
        "page_title": _("No access to requests"), "header_title": _("No access to requests"),
        "header_icon": "mail"}, status=403)


def filtered_requests(request):
    """The filter form and the user's requests it selects, late ones first."""
    form = InboxFilterForm(request.GET or None, user=request.user)
    queryset = form.apply(access.requests_for(request.user))
    queryset = with_overdue(queryset).order_by("-is_overdue", "due_date", "pk")
    return form, queryset


@require_safe
def inbox(request):
    if not access.may_use_inbox(request.user):
        return refused(request)
    form = InboxFilterForm(request.GET or None, user=request.user)
    queryset = form.apply(access.requests_for(request.user))
    problems = form.problems()
    if problems:
        messages.warning(request, gettext(
            "Some filters were not understood and are not applied: %(filters)s."
        ) % {"filters": ", ".join(problems)})
    rows = queryset.select_related("assigned_to", "locale").only(
        "reference", "topic", "kind", "channel", "status", "due_date", "submit_time",
        "assigned_to__name", "locale__language_code")
    paginator = Paginator(OverdueFirst(rows, today()), PER_PAGE)
    page = paginator.get_page(request.GET.get("p"))
    query = form.query_string()
    return TemplateResponse(request, TEMPLATE, {
        "page_title": _("Requests"), "header_title": _("Requests"), "header_icon": "mail",
        "filter_form": form, "requests": page, "paginator": paginator, "query": query,
        "today": timezone.localdate(),
    })


class InboxExport(SafeSpreadsheetExportMixin, SpreadsheetExportMixin):
    """The list's columns, and nothing the citizen wrote or gave to be reached."""

    list_export = ["reference", "submit_time", "channel", "kind", "topic", "service_name",
                   "status", "due_date", "overdue", "language"]
    export_headings = {
        "reference": _("Reference"), "submit_time": _("Received"), "channel": _("Channel"),
        "kind": _("Kind"), "topic": _("Topic"), "service_name": _("Service"),
        "status": _("Status"), "due_date": _("Answer due"), "overdue": _("Overdue"),
        "language": _("Language"),
    }
    export_filename = "requests"

    def to_row_dict(self, item):
        return {
            "reference": item.reference,
            "submit_time": timezone.localtime(item.submit_time).strftime("%Y-%m-%d %H:%M"),
            "channel": item.get_channel_display(),
            "kind": item.get_kind_display(),
            "topic": item.topic,
            "service_name": item.assigned_to.name if item.assigned_to_id else "",
            "status": item.get_status_display(),
            "due_date": item.due_date.isoformat(),
            "overdue": gettext("Yes") if item.is_overdue else gettext("No"),
            "language": item.locale.language_code,
        }


def log_export(user, queryset):
    """One audit entry per exported request (its reference, no content),
    each with the export's size; written in batches, sharing one id."""
    rows = list(queryset.values_list("pk", "reference"))
    content_type = ContentType.objects.get_for_model(ContactSubmission)
    shared = uuid.uuid4()
    now = timezone.now()
    entries = [ModelLogEntry(content_type=content_type, object_id=str(pk), label=reference,
                             action=audit.EXPORT, timestamp=now, user=user, uuid=shared,
                             data={"count": len(rows), "format": "csv"})
               for pk, reference in rows]
    ModelLogEntry.objects.bulk_create(entries, batch_size=LOG_BATCH)
    return len(rows)


@require_safe
def export(request):
    if not access.may_use_inbox(request.user):
        return refused(request)
    _form, queryset = filtered_requests(request)
    queryset = queryset.select_related("assigned_to", "locale")
    log_export(request.user, queryset)
    return InboxExport().write_csv_response(queryset)
