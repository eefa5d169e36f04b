"""A form's questions and topics become translatable rows (wagtail-localize
translates them with their page).

Existing rows get their page's locale and a translation key; the rows that
correspond across a page's translations (under pages with the same
translation key: a question with the same ``clean_name``, else the row at the
same place) share one key, so that wagtail-localize recognises them as
translations of each other and keeps them on its next sync.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def _same_row_key(row, position, by_name):
    clean_name = getattr(row, "clean_name", "") if by_name else ""
    return ("name", clean_name) if clean_name else ("place", position)


def _fill(model, pages, by_name):
    """Each row gets its page's locale, and the key its counterparts share;
    a second row of one locale under the same key (a duplicate) a fresh key."""
    rows = list(model.objects.filter(translation_key__isnull=True).order_by(
        "page_id", "sort_order", "pk"))
    shared = {}  # (page translation key, row key) -> [uuid, locales already holding it]
    position, last_page = 0, None
    for row in rows:
        position = 0 if row.page_id != last_page else position + 1
        last_page = row.page_id
        locale_id, page_key = pages[row.page_id]
        key, taken = shared.setdefault((page_key, _same_row_key(row, position, by_name)),
                                       (uuid.uuid4(), set()))
        if locale_id in taken:
            key = uuid.uuid4()
        else:
            taken.add(locale_id)
        row.translation_key, row.locale_id = key, locale_id
    model.objects.bulk_update(rows, ["translation_key", "locale"], batch_size=500)


def give_rows_locale_and_key(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    FormField = apps.get_model("balise_forms", "ContactFormField")
    Topic = apps.get_model("balise_forms", "ContactFormTopic")
    page_ids = {*FormField.objects.values_list("page_id", flat=True),
                *Topic.objects.values_list("page_id", flat=True)}
    pages = {pk: (locale_id, key) for pk, locale_id, key in Page.objects.filter(
        pk__in=page_ids).values_list("pk", "locale_id", "translation_key")}
    _fill(FormField, pages, by_name=True)
    _fill(Topic, pages, by_name=False)
    if schema_editor.connection.vendor == "postgresql":
        # The new locale keys are checked at commit; PostgreSQL refuses to
        # alter a table with such checks pending, as the next steps do.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def _nullable_fields(model_name):
    return [
        migrations.AddField(
            model_name=model_name, name="locale",
            field=models.ForeignKey(
                editable=False, null=True, on_delete=django.db.models.deletion.PROTECT,
                related_name="+", to="wagtailcore.locale", verbose_name="locale"),
        ),
        migrations.AddField(
            model_name=model_name, name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
    ]


def _required_fields(model_name):
    return [
        migrations.AlterField(
            model_name=model_name, name="locale",
            field=models.ForeignKey(
                editable=False, on_delete=django.db.models.deletion.PROTECT,
                related_name="+", to="wagtailcore.locale", verbose_name="locale"),
        ),
        migrations.AlterField(
            model_name=model_name, name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name=model_name, unique_together={("translation_key", "locale")},
        ),
    ]


class Migration(migrations.Migration):

    dependencies = [
        ("balise_forms", "0006_kinds_and_documents"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *_nullable_fields("contactformfield"),
        *_nullable_fields("contactformtopic"),
        migrations.RunPython(give_rows_locale_and_key, migrations.RunPython.noop),
        *_required_fields("contactformfield"),
        *_required_fields("contactformtopic"),
    ]
