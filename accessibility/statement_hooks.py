"""The statement's place in the site and the admin: a link in the footer of
every page (through the pages app's ``balise_footer_links`` hook, so pages
never imports this app), a dashboard reminder when a statement has not been
reviewed for a year, and no bulk publishing from an unfinished audit.
Imported from the app's ``wagtail_hooks``."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from pages.navigation import FOOTER_LINKS_HOOK

from .models import AccessibilityStatementPage
from .models.statement import AUTOMATED_SUMMARY_HOOK, publish_problem
from .statement_automated import latest_automated_summary

hooks.register(AUTOMATED_SUMMARY_HOOK, latest_automated_summary)


@hooks.register(FOOTER_LINKS_HOOK)
def statement_footer_link(request, home):
    """The live statement of the reader's language home. Built with the
    cached footer: any publish renews the frame, so a newly published (or
    unpublished) statement shows at once."""
    if home is None:
        return None
    statement = (AccessibilityStatementPage.objects.live().public().descendant_of(home)
                 .only("id", "url_path", "title", "locale_id").first())
    if statement is None:
        return None
    return {"url": statement.get_url(request), "text": _("Accessibility")}


def overdue_statements(user, today=None):
    """The statements ``user`` may edit whose last review is over a year old."""
    overdue = []
    for statement in AccessibilityStatementPage.objects.select_related("locale").order_by("path"):
        if statement.review_overdue(today) and statement.permissions_for_user(user).can_edit():
            overdue.append(statement)
    return overdue


class StatementReviewPanel(Component):
    name = "balise_statement_review"
    template_name = "balise_a11y/statement_review_panel.html"
    order = 110

    def __init__(self, statements):
        self.statements = statements

    def get_context_data(self, parent_context):
        return {"statements": self.statements}


@hooks.register("construct_homepage_panels")
def statement_review_reminder(request, panels):
    statements = overdue_statements(request.user)
    if statements:
        panels.append(StatementReviewPanel(statements))


@hooks.register("before_bulk_action")
def no_bulk_publishing_from_an_unfinished_audit(request, action_type, objects, action):
    """The editor's publish button checks the audit (``StatementPageForm``);
    publishing from the page listing's bulk action must check it too."""
    if action_type != "publish":
        return None
    for page in objects:
        if page.specific_class is not AccessibilityStatementPage:
            continue
        draft = page.specific.get_latest_revision_as_object()
        problem = publish_problem(draft.audit)
        if problem:
            messages.error(request, problem)
            return redirect(action.next_url)
    return None
