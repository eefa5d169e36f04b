"""Admin registration of the parts every report shares: the dashboard panel."""

from wagtail import hooks

from .dashboard import ReportsPanel


@hooks.register("construct_homepage_panels")
def add_reports_panel(request, panels):
    panels.append(ReportsPanel(request))
