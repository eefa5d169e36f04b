"""The admin list of contact-form e-mails, so staff see which ones failed
and can call the citizen or fix the service address. It shows the reference,
the kind and the delivery state, never an address or a message."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn

from pages.reports.views import BaliseReportView

from .email_log import OutgoingEmail

VIEW_EMAILS = "balise_forms.view_outgoingemail"


class OutgoingEmailFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=OutgoingEmail.STATUS_CHOICES)
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=OutgoingEmail.KIND_CHOICES)

    class Meta:
        model = OutgoingEmail
        fields = ["status", "kind"]


class OutgoingEmailReportView(BaliseReportView):
    required_permission = VIEW_EMAILS
    page_title = _("Contact-form e-mails")
    header_icon = "mail"
    index_url_name = "balise_outgoing_emails"
    index_results_url_name = "balise_outgoing_emails_results"
    filterset_class = OutgoingEmailFilterSet
    default_ordering = "-created_at"
    list_export = []  # nothing to export: the list is for checking delivery

    @property
    def columns(self):
        return [
            Column("reference", label=_("Reference"),
                   accessor=lambda row: row.submission.reference),
            Column("kind", label=_("Kind"), accessor="get_kind_display"),
            Column("status", label=_("Status"), accessor="get_status_display",
                   sort_key="status"),
            Column("attempts", label=_("Attempts"), sort_key="attempts"),
            Column("last_error", label=_("Last error")),
            DateColumn("created_at", label=_("Created"), sort_key="created_at"),
            DateColumn("sent_at", label=_("Sent"), sort_key="sent_at"),
        ]

    def get_queryset(self):
        return OutgoingEmail.objects.select_related("submission").order_by("-created_at", "-pk")
