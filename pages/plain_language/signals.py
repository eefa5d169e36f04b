"""Every saved revision of a checked page gets its plain-language result:
drafts (so a translator or writer sees the figures of their latest text),
published revisions, scheduled ones, and the translations wagtail-localize
saves and publishes (it saves revisions like the page editor does)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from wagtail.models import Revision
from wagtail.signals import page_published

from .tasks import enqueue_check, is_checked

DISPATCH_PREFIX = "balise_plain_language_"


def revision_saved(sender, instance, created=False, raw=False, **kwargs):
    # Autosave overwrites the latest revision: its text changed, check it again.
    if raw or not is_checked(ContentType.objects.get_for_id(instance.content_type_id)
                             .model_class()):
        return
    enqueue_check(revision_id=instance.pk)


def page_was_published(sender, instance, revision=None, **kwargs):
    if not is_checked(type(instance)):
        return
    if revision is not None:
        enqueue_check(revision_id=revision.pk, only_if_missing=True)
    else:
        enqueue_check(page_id=instance.pk)


def connect():
    post_save.connect(revision_saved, sender=Revision, dispatch_uid=f"{DISPATCH_PREFIX}revision")
    page_published.connect(page_was_published, dispatch_uid=f"{DISPATCH_PREFIX}published")
