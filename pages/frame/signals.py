"""What makes the cached frame out of date, and moves its generation on.

Imported once from the pages app's ``ready()``. A page published,
unpublished, moved, deleted or saved (outside the bookkeeping of a draft
revision), and any save or delete of the snippets, settings, locales, sites
and view restrictions the frame is built from, bump the generation: now, and
again when the transaction commits, so a request that read the database
before the commit cannot leave the old state cached.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from ..contact.models import ClosureDay, ContactChannel, OrganisationDetails, SiteSettings
from .cache import bump

DISPATCH_PREFIX = "balise_frame_"
FRAME_MODELS = (OrganisationDetails, ContactChannel, ClosureDay, SiteSettings, Locale, Site,
                PageViewRestriction)
# Fields a draft revision, a lock or a workflow update on a page: readers see none of them.
DRAFT_BOOKKEEPING = frozenset({
    "latest_revision", "latest_revision_created_at", "draft_title", "has_unpublished_changes",
    "wagtail_admin_comments", "locked", "locked_at", "locked_by",
})


def frame_changed(sender=None, raw=False, **kwargs):
    if raw:  # loaddata
        return
    bump()
    transaction.on_commit(bump)


def page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if not isinstance(instance, Page):
        return
    if update_fields and set(update_fields) <= DRAFT_BOOKKEEPING:
        return
    frame_changed(raw=raw)


page_published.connect(frame_changed, dispatch_uid=f"{DISPATCH_PREFIX}published")
page_unpublished.connect(frame_changed, dispatch_uid=f"{DISPATCH_PREFIX}unpublished")
post_page_move.connect(frame_changed, dispatch_uid=f"{DISPATCH_PREFIX}moved")
post_delete.connect(frame_changed, sender=Page, dispatch_uid=f"{DISPATCH_PREFIX}page_deleted")
post_save.connect(page_saved, dispatch_uid=f"{DISPATCH_PREFIX}page_saved")
for model in FRAME_MODELS:
    post_save.connect(frame_changed, sender=model,
                      dispatch_uid=f"{DISPATCH_PREFIX}{model.__name__}_saved")
    post_delete.connect(frame_changed, sender=model,
                        dispatch_uid=f"{DISPATCH_PREFIX}{model.__name__}_deleted")
