"""Admin-side tag of the Checks panel: the page's latest audit result, with
a link to its findings for those who may read the report."""

from django import template
from wagtail.models import Page

from ..models.runs import PageAuditStatus
from ..publishing import status as audit_status

register = template.Library()


@register.inclusion_tag("balise_a11y/publishing/checks_panel_status.html", takes_context=True)
def accessibility_audit_status(context, page=None):
    request = context.get("request")
    if not isinstance(page, Page) or not page.pk or request is None:
        return {"enabled": False}
    status = PageAuditStatus.objects.filter(page_id=page.pk).first()
    return {
        "enabled": True,
        "label": audit_status.label(status),
        "tone": audit_status.tone(status),
        "checked_at": status.checked_at if status else None,
        "report_url": audit_status.report_url(status, request.user),
        "live": page.live,
    }
