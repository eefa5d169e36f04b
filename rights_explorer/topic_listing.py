"""The rights of a theme on its topic page ("Your rights on this theme"),
through the pages app's ``balise_topic_sections`` hook: the pages app must
not know the rights explorer.

A right names its topic once, on the French page (``RightPage.topic`` is
synchronised), so a topic in any language lists the reader's translations of
the rights whose French page names the French topic. The list is the same for
every reader and is cached with the shared frame: any publish, unpublish,
move or deletion of a page (a right included) starts a new generation of
that cache (pages/frame/signals.py), so a published right shows at once."""

from django.db.models import Subquery
from wagtail import hooks

from pages.frame.cache import shared
from pages.frame.privacy import is_public
from pages.models.topic import TOPIC_SECTIONS_HOOK

from . import rule_set
from .right_page import RightPage, RightsExplorerPage

TEMPLATE = "balise_rights/includes/topic_rights.html"


def rights_of(topic, request=None):
    """The live, public rights of ``topic``'s theme in its language, in the
    explorer's order, and the explorer in that language (or None)."""
    source = rule_set.source_locale()
    if source is None:
        return {"rights": [], "explorer": None}
    on_this_topic = RightPage.objects.filter(
        locale=source, topic__translation_key=topic.translation_key,
        topic__locale=source).values("translation_key")
    rights = [page for page in RightPage.objects.live().filter(
        locale_id=topic.locale_id, translation_key__in=Subquery(on_this_topic),
    ).defer_streamfields().order_by("path") if is_public(page, request)]
    explorer = None
    if rights:
        explorer = RightsExplorerPage.objects.live().filter(
            locale_id=topic.locale_id).order_by("path").first()
        if explorer is not None and not is_public(explorer, request):
            explorer = None
    return {"rights": rights, "explorer": explorer}


@hooks.register(TOPIC_SECTIONS_HOOK)
def topic_rights_section(topic, request):
    if getattr(request, "is_preview", False):
        found = rights_of(topic, request)
    else:
        found = shared(request, f"topic-rights:{topic.pk}", lambda: rights_of(topic, request))
    if not found["rights"]:
        return None
    return {"template": TEMPLATE, "context": found}
