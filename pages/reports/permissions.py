"""Which pages a member of staff may edit, from Wagtail's page permissions
(granted per group on a branch of the page tree in Settings → Groups), so
reports about pages show each editor the pages they look after."""

from wagtail.permission_policies.pages import PagePermissionPolicy


def pages_user_can_edit(user):
    """Every page ``user`` may edit, as a queryset (all pages for a superuser,
    none for an inactive account). A user who may only add pages edits the
    pages they own, as in Wagtail's page explorer."""
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change")


def user_can_edit_some_page(user):
    return PagePermissionPolicy().user_has_permission(user, "change")
