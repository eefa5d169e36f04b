from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsConfig(AppConfig):
    name = "forms"
    # The label is fixed before the first migration: templates, static files
    # and template-tag libraries are all named after it.
    label = "balise_forms"
    verbose_name = _("Contact forms")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Registers the system checks, and removes a document's file with its row.
        from . import checks, signals  # noqa: F401

    def backup_folders(self):
        """Folders that ``manage.py backup_site`` (pages.backup) saves and
        ``restore_site`` puts back, by name in the archive."""
        from .private_storage import documents_root

        return {"private-documents": documents_root()}
