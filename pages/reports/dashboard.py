"""The dashboard's "Reports" panel: staff land on the admin home page, and
from there reach the Balise reports they may read, with a line saying what
waits for them (for example how many pages are overdue)."""

from wagtail.admin.menu import reports_menu
from wagtail.admin.ui.components import Component

from .menu import ReportMenuItem


class ReportsPanel(Component):
    name = "balise_reports"
    template_name = "balise_pages/admin/reports_panel.html"
    order = 110

    def __init__(self, request):
        self.links = [
            {"label": item.label, "url": item.url, "icon_name": item.icon_name,
             "summary": item.summary(request.user)}
            for item in reports_menu.menu_items_for_request(request)
            if isinstance(item, ReportMenuItem)
        ]

    def render_html(self, parent_context=None):
        return super().render_html(parent_context) if self.links else ""

    def get_context_data(self, parent_context):
        return {"links": self.links}
