"""The Auditors group gets the automated audits' permissions (issue 12,
points 3 and 5): read the report, start an audit, dismiss a finding.

Idempotent, and it only adds. The permissions of the models made in 0003
do not exist yet when migrations run on a new database (Django creates
them after every migration), so they are created here first."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from accessibility import roles


def add_report_permissions(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    roles.ensure_auditors_group(apps.get_model("auth", "Group"),
                                apps.get_model("auth", "Permission"))


class Migration(migrations.Migration):

    dependencies = [
        ("balise_a11y", "0003_audit_runs"),
    ]

    operations = [
        migrations.RunPython(add_report_permissions, migrations.RunPython.noop),
    ]
