"""What else empties the page cache, beyond what empties the frame.

Pages and the snippets the frame is built from already move the frame's
generation on (``pages.frame.signals``: publish, unpublish, move, delete,
and a translation synced by wagtail-localize, which publishes the
translated page). Whole pages also show other things staff edit: partner
organisations and contact channels on a right, images and documents in a
body. Rather than a list that would fall behind, any save or delete of a
registered snippet, a settings model, an image or a document moves the
generation on: staff do that a few times a day, and the next reader of each
page builds it once. A page a reader answers (feedback, a form) saves
nothing of that kind, so reading and answering never empty the cache.

Changed settings (``override_settings`` in tests) empty it too.
"""

from functools import lru_cache

from django.apps import apps
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from ..frame.cache import bump

DISPATCH_PREFIX = "balise_page_cache_"


@lru_cache(maxsize=1)
def shown_on_pages():
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.snippets.models import get_snippet_models

    return frozenset([*get_snippet_models(), *settings_registry, get_image_model(),
                      get_document_model()])


def empty_page_cache(**kwargs):
    """Now, and again once the transaction commits: a page built from the
    database before the commit cannot stay kept."""
    bump()
    transaction.on_commit(bump)


def content_changed(sender, raw=False, **kwargs):
    if raw or not apps.ready or sender not in shown_on_pages():
        return
    empty_page_cache()


def connect():
    post_save.connect(content_changed, dispatch_uid=f"{DISPATCH_PREFIX}saved")
    post_delete.connect(content_changed, dispatch_uid=f"{DISPATCH_PREFIX}deleted")
    setting_changed.connect(lambda **kwargs: bump(), weak=False,
                            dispatch_uid=f"{DISPATCH_PREFIX}setting_changed")
