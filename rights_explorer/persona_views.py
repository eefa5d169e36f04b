"""The "Check personas" admin page: every test persona against the
published rules (or the latest drafts), with each broken expectation, the
outcome the rules give and the conditions that explain it.

Anyone who may view or change personas may open it; the view checks that
itself, so a direct link is refused to others (Wagtail sends them back to
the dashboard with "Sorry, you do not have permission", a script gets a 403)."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import persona_check
from .engine import RulesError

TEMPLATE = "balise_rights/admin/check_personas.html"
PERMISSIONS = ("balise_rights.view_persona", "balise_rights.change_persona")


def user_can_view_personas(user):
    return any(user.has_perm(permission) for permission in PERMISSIONS)


class CheckPersonasView(WagtailAdminTemplateMixin, TemplateView):
    template_name = TEMPLATE
    header_icon = "tasks"
    page_title = _("Check personas")

    @classmethod
    def user_can_view(cls, user):
        """Asked by the Reports menu entry too."""
        return user_can_view_personas(user)

    @classmethod
    def summary(cls, user):
        """The Reports menu and dashboard panel line: none (checking every
        persona on each dashboard view would cost too much)."""
        return ""

    def dispatch(self, request, *args, **kwargs):
        if not self.user_can_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailsnippets_balise_rights_persona:list"),
             "label": _("Test personas")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        drafts = self.request.GET.get("drafts") == "1"
        context = super().get_context_data(drafts=drafts, **kwargs)
        try:
            ruleset, checks = persona_check.check(drafts=drafts)
        except RulesError as error:
            context["rules_problem"] = str(error)
            return context
        total, holding, broken = persona_check.summary(checks)
        can_edit = self.request.user.has_perm("balise_rights.change_persona")
        context.update(
            total=total, holding=holding, broken=broken,
            personas=[{
                "name": item.persona.name,
                "holds": item.holds,
                "edit_url": reverse("wagtailsnippets_balise_rights_persona:edit",
                                    args=[item.persona.key]) if can_edit else "",
                "rows": persona_check.rows(item.broken, ruleset),
            } for item in checks],
        )
        return context
