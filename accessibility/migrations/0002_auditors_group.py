"""The "Auditors" group (issue 12, point 8): idempotent, and it only adds.

Django creates a model's permissions after every migration has run, so on
a new database they are created here first (``create_permissions``)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from accessibility import roles


def add_auditors_group(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    roles.ensure_auditors_group(group_model, permission_model)
    statement_model = apps.get_model("balise_a11y", "AccessibilityStatementPage")
    page_permission_model = apps.get_model("wagtailcore", "GroupPagePermission")
    for page in statement_model.objects.all():
        roles.grant_statement_page(page, group_model, permission_model, page_permission_model)


class Migration(migrations.Migration):

    dependencies = [
        ("balise_a11y", "0001_manual_audit_statement"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        # After Wagtail's migrations that give every admin group "choose
        # document": the Auditors get no document permission.
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.RunPython(add_auditors_group, migrations.RunPython.noop),
    ]
