"""The admin form every Balise page uses. Its only addition: when a site asks
for a minimum readability to publish, a page whose text is harder cannot be
published (saving a draft always works)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .plain_language.checking import check_page, settings_for
from .plain_language.formulas import BAND_LABELS


class BalisePageForm(WagtailAdminPageForm):
    def _post_clean(self):
        super()._post_clean()  # the instance now holds the submitted values
        if "action-publish" not in self.data or self.errors:
            return
        settings = settings_for(self.instance, self.parent_page)
        if settings is None or not settings.minimum_band_to_publish:
            return
        analysis = check_page(self.instance, settings=settings)
        if analysis.has_text and not settings.allows_publishing(analysis.band):
            self.add_error(None, _(
                "This text is %(band)s to read. This site publishes pages that are at least "
                "%(minimum)s. Save a draft, then make sentences shorter and words simpler."
            ) % {"band": analysis.band_label,
                 "minimum": BAND_LABELS[settings.minimum_band_to_publish]})
