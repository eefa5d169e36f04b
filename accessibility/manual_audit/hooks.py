"""Admin registration of the manual audit register: imported from the app's
``wagtail_hooks`` (Wagtail discovers only that module)."""

from django.contrib.auth.models import Permission
from wagtail import hooks

from .viewset import manual_audit_viewset


@hooks.register("register_admin_viewset")
def register_manual_audits():
    return manual_audit_viewset


@hooks.register("register_permissions")
def manual_audit_permissions():
    """So administrators can give the register to a group in Settings → Groups."""
    return Permission.objects.filter(content_type__app_label="balise_a11y",
                                     content_type__model="manualaudit")
