"""Wagtail hooks of the accessibility app."""

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem

from . import statement_hooks  # noqa: F401  (the statement: footer link, review reminder)
from .axe.checker import BaliseContentChecker
from .manual_audit import hooks as manual_audit_hooks  # noqa: F401
from .publishing import hooks as publishing_hooks  # noqa: F401  (explorer column)
from .report import hooks as report_hooks  # noqa: F401  (the automated audits' report)


@hooks.register("construct_wagtail_userbar")
def check_with_balise_configuration(request, items, page):
    """Wagtail's checker, in the userbar and in the editor's Checks panel (both
    run this hook), becomes Balise's: the same axe rules as CI and audits."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, BaliseContentChecker):
            items[index] = BaliseContentChecker(in_editor=item.in_editor)
