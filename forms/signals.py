"""Documents leave the disk with their row.

``QuerySet.delete()`` and the cascade from a deleted request or page never
call ``Model.delete()``, but they send ``post_delete`` for every document.
The file goes once the transaction commits: a rolled-back deletion keeps
both the row and its file. Emptied year/month folders stay: they hold
nothing and are private like the rest of the storage.
"""

import logging

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import ContactDocument

logger = logging.getLogger(__name__)


def remove_file(storage, name):
    try:
        storage.delete(name)
    except OSError:
        # The row is gone already; what is left on disk is logged (not the
        # citizen's file name, which only the row held).
        logger.exception("Could not remove the attached document file %s", name)


@receiver(post_delete, sender=ContactDocument, dispatch_uid="balise_forms_document_file")
def remove_document_file(sender, instance, using, **kwargs):
    if not instance.file.name:
        return
    storage, name = instance.file.storage, instance.file.name
    transaction.on_commit(lambda: remove_file(storage, name), using=using)
