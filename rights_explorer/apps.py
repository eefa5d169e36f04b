from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RightsExplorerConfig(AppConfig):
    name = "rights_explorer"
    # The label is fixed before the first migration: templates, static files
    # and template-tag libraries are all named after it.
    label = "balise_rights"
    verbose_name = _("Rights explorer")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import publish_together
        publish_together.connect()
