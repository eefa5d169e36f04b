"""Before a right or a question goes live, the test personas are checked
against what the publish would make live: when an expected outcome that
holds today would break, the publish stops at a confirmation screen that
lists the broken expectations, with "Publish anyway" and "Go back to
editing".

Wagtail's ``before_edit_page``, ``before_create_page`` and
``before_edit_snippet`` hooks run before the editor's form is read, so the
posted form is validated here with the same form class; invalid data is
left to Wagtail, which shows its errors as usual. The confirmation screen
posts the editor's form data back unchanged (every value), with a flag that
lets the publish through, or without the publish button's value, which
keeps the changes as a draft: nothing the editor typed is lost. "Save draft"
is never stopped."""

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import persona_check, rule_set
from .questions import Question
from .right_page import RightPage

CONFIRMED = "balise_personas_confirmed"
PUBLISH = "action-publish"
TEMPLATE = "balise_rights/admin/confirm_publish.html"
NOT_REPOSTED = {"csrfmiddlewaretoken", CONFIRMED}


def is_publishing(request):
    """A publish from the editor's form (not a JSON autosave), not yet
    confirmed, with no file to post back."""
    return (request.method == "POST" and bool(request.POST.get(PUBLISH))
            and not request.POST.get(CONFIRMED) and not request.FILES
            and request.accepts("text/html"))


@hooks.register("before_edit_page")
def check_right_on_edit(request, page):
    if not isinstance(page, RightPage) or not is_publishing(request):
        return None
    if not page.permissions_for_user(request.user).can_publish():
        return None
    fresh = type(page).objects.get(pk=page.pk).get_latest_revision_as_object()
    return _check_page(request, fresh, page.get_parent())


@hooks.register("before_create_page")
def check_right_on_create(request, parent_page, page_class):
    if not issubclass(page_class, RightPage) or not is_publishing(request):
        return None
    if not parent_page.permissions_for_user(request.user).can_publish_subpage():
        return None
    page = page_class(owner=request.user)
    page.locale = parent_page.locale
    return _check_page(request, page, parent_page)


@hooks.register("before_edit_snippet")
def check_question_on_edit(request, instance):
    if not isinstance(instance, Question) or not is_publishing(request):
        return None
    policy = Question.snippet_viewset.permission_policy
    if not policy.user_has_permission(request.user, "publish"):
        return None
    if not rule_set.is_source_locale(instance.locale_id):
        return None
    fresh = Question.objects.get(pk=instance.pk).get_latest_revision_as_object()
    form_class = Question.snippet_viewset.get_edit_handler().get_form_class()
    form = form_class(request.POST, request.FILES, instance=fresh, for_user=request.user)
    if not form.is_valid():
        return None
    return _confirm_if_broken(request, question=form.instance)


def _check_page(request, page, parent):
    if not rule_set.is_source_locale(page.locale_id):
        return None
    form_class = type(page).get_edit_handler().get_form_class()
    form = form_class(request.POST, request.FILES, instance=page, parent_page=parent,
                      for_user=request.user)
    if not form.is_valid():
        return None
    return _confirm_if_broken(request, right=form.instance)


def _confirm_if_broken(request, right=None, question=None):
    ruleset, broken = persona_check.broken_by_change(right=right, question=question)
    if not broken:
        return None
    changed = right if right is not None else question
    view = ConfirmPublishView.as_view(
        changed=str(changed), rows=persona_check.rows(broken, ruleset),
        posted=[(name, value) for name, values in request.POST.lists()
                if name not in NOT_REPOSTED for value in values])
    return view(request)


class ConfirmPublishView(WagtailAdminTemplateMixin, TemplateView):
    """The confirmation screen, shown in place of the publish."""

    template_name = TEMPLATE
    header_icon = "warning"
    page_title = _("Publishing this breaks test personas")
    changed = ""
    rows = ()
    posted = ()

    def get_page_subtitle(self):
        return self.changed

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()}]

    def post(self, request, *args, **kwargs):
        return self.get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            changed=self.changed, rows=self.rows, confirmed_field=CONFIRMED,
            action=self.request.get_full_path(),
            posted=self.posted,
            draft_posted=[(name, value) for name, value in self.posted if name != PUBLISH],
            **kwargs)
