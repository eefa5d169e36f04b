"""The editor's checker (Wagtail's userbar and the page editor's Checks panel)
on Balise's one axe configuration, so that editors, CI and audits apply the
same rules. Swapped in by ``accessibility.wagtail_hooks``.

Wagtail's checker takes ``runOnly`` as tags or as rule ids, never both: it
runs Balise's tags, and the rules Wagtail runs by default are switched on by
name in axe's ``rules`` option, which axe honours next to a tag list. Most of
them carry no WCAG tag (``heading-order`` and ``empty-heading`` are best
practices, ``p-as-heading`` is experimental, ``alt-text-quality`` and
``empty-meta-description`` are Wagtail's own), yet they are what an editor
can fix in the content, so the editor keeps them on top of the shared tags.
"""

from django.utils import translation
from wagtail.admin.userbar import ContentCheckerItem

from . import configuration
from .messages import editor_messages

# Wagtail's default rule list (button-name, empty-heading, heading-order, link-name,
# p-as-heading, alt-text-quality, empty-meta-description…)
WAGTAIL_RULES = tuple(ContentCheckerItem.axe_run_only)


class BaliseContentChecker(ContentCheckerItem):
    def get_axe_run_only(self, request):
        return configuration.run_only_tags()

    def get_axe_rules(self, request):
        return {**{rule: {"enabled": True} for rule in WAGTAIL_RULES},
                **super().get_axe_rules(request)}

    def get_axe_messages(self, request):
        # Wagtail renders the userbar in the editor's preferred admin language
        return editor_messages(translation.get_language(), super().get_axe_messages(request))
