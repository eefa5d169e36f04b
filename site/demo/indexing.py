"""The search and reference indexes while the demo is seeded: each saved
object is indexed once, at the end, instead of at each of the four or five
saves Wagtail and wagtail-localize make while a page is created, published
and translated. Deletions still update the indexes at once."""

from contextlib import contextmanager

from django.apps import apps
from django.db.models.signals import post_save
from modelsearch.index import insert_or_update_object
from modelsearch.signal_handlers import post_save_signal_handler as search_on_save
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import update_reference_index_on_save as references_on_save

UPDATES = {search_on_save: insert_or_update_object,
           references_on_save: ReferenceIndex.create_or_update_for_object}


@contextmanager
def indexed_once_at_the_end():
    handled = {}  # model -> the index updates its saves trigger
    for model in apps.get_models():
        for handler, update in UPDATES.items():
            if post_save.disconnect(handler, sender=model):
                handled.setdefault(model, []).append((handler, update))
    saved = {}  # (model, pk), in the order last saved, as the indexes would have seen them

    def remember(sender, instance, raw=False, **kwargs):
        if sender in handled and not raw:
            saved.pop((sender, instance.pk), None)
            saved[(sender, instance.pk)] = None

    post_save.connect(remember, weak=False, dispatch_uid="balise_demo_indexing")
    try:
        yield
    finally:
        post_save.disconnect(dispatch_uid="balise_demo_indexing")
        for model, pairs in handled.items():
            for handler, _update in pairs:
                post_save.connect(handler, sender=model)
        for model, pk in saved:
            instance = model._default_manager.filter(pk=pk).first()
            for _handler, update in handled[model] if instance is not None else ():
                update(instance)
