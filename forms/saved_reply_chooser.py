"""The saved replies' chooser, closed as their list is.

Wagtail's choosers answer any user who may enter the admin: they list what
an editor may link to. No page or snippet links to a saved reply (the inbox
offers each request its own service's replies, ``action_forms.
saved_replies_for``), so the chooser was only a back door: every admin user
(another service's staff, a page-feedback reader) could read every
service's replies there. Its views now ask for a permission on saved
replies, as the snippet's list does.
"""

from django.core.exceptions import PermissionDenied
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import chooser

ANY_PERMISSION = ["add", "change", "delete", "view"]


class KeepersOnly:
    def dispatch(self, request, *args, **kwargs):
        policy = ModelPermissionPolicy(self.model_class)
        if not policy.user_has_any_permission(request.user, ANY_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ChooseView(KeepersOnly, chooser.ChooseView):
    pass


class ChooseResultsView(KeepersOnly, chooser.ChooseResultsView):
    pass


class ChosenView(KeepersOnly, chooser.SnippetChosenView):
    pass


class ChosenMultipleView(KeepersOnly, chooser.SnippetChosenMultipleView):
    pass


class CreateView(KeepersOnly, chooser.SnippetCreateView):
    pass


class SavedReplyChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
    create_view_class = CreateView
