from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    # The label is fixed before the first migration: templates, static files
    # and template-tag libraries are all named after it.
    label = "balise_pages"
    verbose_name = _("Pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 (registers the system checks)
        from .caching import signals as caching_signals
        from .frame import signals as frame_signals  # noqa: F401 (keeps the cached frame current)

        caching_signals.connect()  # snippets, settings, images, documents empty the page cache

        # The admin form belongs to the layer above the models (it runs the
        # plain-language checker, which reads the glossary models), so it is
        # attached here rather than imported by the model module.
        from .models import BalisePage
        from .page_form import BalisePageForm

        BalisePage.base_form_class = BalisePageForm

        from .plain_language import signals as plain_language_signals

        plain_language_signals.connect()
