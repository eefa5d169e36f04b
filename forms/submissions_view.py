"""Wagtail's own views of a form's submissions, closed to all but the
request's readers.

Wagtail lets anyone who may edit a form page read, export and delete its
submissions. For a contact form that would put social data in front of
every web editor, so:

- ``forms_for_user`` (the ``filter_form_submissions_for_user`` hook) keeps
  in the Forms menu only the contact forms whose front office the user is
  in (a superuser keeps them all); other form page types are left as they
  are. It only narrows Wagtail's list: a front office without the right to
  edit the page works in the inbox instead.
- ``ContactSubmissionsListView`` lists and exports only what
  ``forms.access.requests_for`` allows, and logs each request it shows or
  exports.
- ``ContactDeleteSubmissionsView`` (installed over Wagtail's address by
  ``forms.wagtail_hooks``) deletes only the selected requests the user may
  access, says how many it kept, and logs each deletion first.

Wagtail 7.4 fixed a hole of this kind (CVE-2026-44199): each view checks
every request it touches, not only the page.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import ngettext
from wagtail.admin import messages
from wagtail.contrib.forms.views import DeleteSubmissionsView, SubmissionsListView

from . import audit
from .access import front_office_forms, requests_for
from .models import ContactFormPage


def forms_for_user(user, editable_forms):
    """The form pages whose submissions ``user`` may open in Wagtail's views."""
    if getattr(user, "is_superuser", False):
        return editable_forms
    contact_forms = ContentType.objects.get_for_model(ContactFormPage)
    return editable_forms.exclude(
        Q(content_type=contact_forms) & ~Q(pk__in=front_office_forms(user).values("pk")))


class ContactSubmissionsListView(SubmissionsListView):
    """The requests of a form (its four languages) that the user may read."""

    def get_base_queryset(self):
        return requests_for(self.request.user, super().get_base_queryset())

    def render_to_response(self, context, **response_kwargs):
        """Each request shown (this list shows all its answers) or exported
        leaves a line in the audit log."""
        if self.is_export:
            audit.log_requests(self.request.user, context["submissions"], audit.EXPORT,
                               format=str(self.request.GET.get("export", ""))[:10])
        else:
            audit.log_requests(self.request.user, context["submissions"], audit.VIEW,
                               via="submissions_list")
        return super().render_to_response(context, **response_kwargs)


def selected_ids(request):
    """The ids ticked in the list; anything that is not a number is ignored
    (never a server error on a changed address)."""
    return [value for value in request.GET.getlist("selected-submissions")
            if value.isascii() and value.isdigit() and len(value) < 19]


class ContactDeleteSubmissionsView(DeleteSubmissionsView):
    """Wagtail's bulk deletion, for each selected request the user may access."""

    kept = 0

    def get_queryset(self):
        selected = self.page.get_submissions().filter(id__in=selected_ids(self.request))
        if not isinstance(self.page, ContactFormPage):
            return selected
        allowed = requests_for(self.request.user, selected)
        self.kept = selected.count() - allowed.count()
        return allowed

    def handle_delete(self, submissions):
        if isinstance(self.page, ContactFormPage):
            audit.log_requests(self.request.user, submissions, audit.DELETE, deleted=True,
                               reason="submissions_list")
        super().handle_delete(submissions)
        self.say_what_is_kept()

    def get_context_data(self, **kwargs):
        self.say_what_is_kept()
        return super().get_context_data(**kwargs)

    def say_what_is_kept(self):
        if self.kept:
            messages.warning(self.request, ngettext(
                "One selected request is not yours to delete: it is kept.",
                "%(count)d selected requests are not yours to delete: they are kept.",
                self.kept) % {"count": self.kept})
