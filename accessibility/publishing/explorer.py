"""The "Accessibility" column of the page explorer: each page's latest
audit result, read for the whole listing in one query.

Wagtail 8 builds the explorer from the page viewset registered for
``Page``; this one differs from Wagtail's default only by its listing view,
which adds the column and fetches the statuses of the listed pages (the
listing already holds only the pages the user may explore).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.viewsets.pages import PageViewSet

from . import status as audit_status

STATUS_ATTRIBUTE = "_balise_accessibility_status"


class AccessibilityStatusColumn(Column):
    cell_template_name = "balise_a11y/publishing/status_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        status = getattr(instance, STATUS_ATTRIBUTE, None)
        context["label"] = audit_status.label(status)
        context["tone"] = audit_status.tone(status)
        return context


def status_column():
    return AccessibilityStatusColumn("accessibility", label=_("Accessibility"), width="12%")


class AuditStatusIndexView(ExplorableIndexView):
    base_columns = [*ExplorableIndexView.base_columns, status_column()]

    def get_table(self, object_list):
        pages = list(object_list)
        statuses = audit_status.statuses_for(pages)
        for page in pages:
            setattr(page, STATUS_ATTRIBUTE, statuses.get(page.pk))
        return super().get_table(pages)


class AuditStatusPageViewSet(PageViewSet):
    index_view_class = AuditStatusIndexView


page_viewset = AuditStatusPageViewSet()
