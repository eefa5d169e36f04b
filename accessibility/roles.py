"""The "Auditors" group (issue 12, point 8): audits, reports and the
accessibility statement, and nothing else. The automated audits' permissions
came with the audit runs (migration 0004), so an existing group gets them there.

Page permissions in Wagtail go with a page and its subtree, never with a
page type. Giving auditors "edit" on each home would let them edit every
page; so they get edit and publish on each statement page itself, granted
when the page is created (``grant_statement_page``, called from the
statement model's ``post_save``) and by the group's data migration for the
pages that already exist. The trade-off: auditors cannot create a statement
page (that needs "add" on the home, which opens every child type); an
administrator, or ``seed_demo``, creates one per home and auditors keep it
up to date, its translations included (each is a page created the same way).
"""

AUDITORS_GROUP = "Auditors"
# (app label, codename): entering the admin and the manual audit register
AUDITOR_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("balise_a11y", "add_manualaudit"),
    ("balise_a11y", "change_manualaudit"),
    ("balise_a11y", "delete_manualaudit"),
    ("balise_a11y", "view_manualaudit"),
    # the automated audits: read their report, start one, dismiss a finding
    ("balise_a11y", "view_auditrun"),
    ("balise_a11y", "run_audit"),
    ("balise_a11y", "dismiss_finding"),
    ("balise_a11y", "view_findingdismissal"),
)
STATEMENT_PAGE_PERMISSIONS = ("change_page", "publish_page")


def _permission(permission_model, app_label, codename):
    return permission_model.objects.filter(content_type__app_label=app_label,
                                           codename=codename).first()


def ensure_auditors_group(group_model, permission_model):
    """The group with its permissions (missing ones added, nothing removed):
    safe to run again. Returns the group."""
    group, _created = group_model.objects.get_or_create(name=AUDITORS_GROUP)
    permissions = [_permission(permission_model, app_label, codename)
                   for app_label, codename in AUDITOR_PERMISSIONS]
    group.permissions.add(*[permission for permission in permissions if permission])
    return group


def grant_statement_page(page, group_model, permission_model, group_page_permission_model):
    """Edit and publish on ``page`` for the Auditors group, once."""
    group = group_model.objects.filter(name=AUDITORS_GROUP).first()
    if group is None:
        return
    for codename in STATEMENT_PAGE_PERMISSIONS:
        permission = _permission(permission_model, "wagtailcore", codename)
        if permission is not None:
            group_page_permission_model.objects.get_or_create(
                group=group, page_id=page.pk, permission=permission)
