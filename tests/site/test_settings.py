"""Configuration from the environment: one writable directory, a database
URL, and production settings that refuse to start half-configured."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRINT_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "db": str(settings.DATABASES["default"]["NAME"]),
    "engine": settings.DATABASES["default"]["ENGINE"],
    "media": settings.MEDIA_ROOT,
    "mail": getattr(settings, "EMAIL_FILE_PATH", ""),
    "index": settings.BALISE_SEARCH_INDEX_DIR,
    "debug": settings.DEBUG,
}))
"""


def run_settings(module, **env):
    base = {k: v for k, v in os.environ.items()
            if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "BALISE_VAR_DIR"}}
    base.update(env, DJANGO_SETTINGS_MODULE=module,
                PYTHONPATH=os.pathsep.join([str(ROOT / "site"), str(ROOT)]))
    return subprocess.run([sys.executable, "-c", PRINT_SETTINGS], env=base,
                          capture_output=True, text=True, cwd=ROOT)


def test_everything_the_site_writes_goes_under_balise_var_dir(tmp_path):
    result = run_settings("config.settings.dev", BALISE_VAR_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    for key in ("db", "media", "mail", "index"):
        assert Path(values[key]).is_relative_to(tmp_path), (key, values[key])
    assert values["engine"] == "django.db.backends.sqlite3" and values["debug"] is True


def test_var_defaults_to_the_var_folder_of_the_checkout():
    values = json.loads(run_settings("config.settings.dev").stdout)
    assert Path(values["db"]) == ROOT / "var" / "balise.sqlite3"


def test_database_url_selects_another_database(tmp_path):
    result = run_settings("config.settings.dev", BALISE_VAR_DIR=str(tmp_path),
                          DATABASE_URL="postgres://balise:secret@db.internal:5432/balise")
    values = json.loads(result.stdout)
    assert values["engine"] == "django.db.backends.postgresql" and values["db"] == "balise"


def test_production_refuses_to_start_without_secret_key_or_allowed_hosts():
    no_key = run_settings("config.settings.production", ALLOWED_HOSTS="cpas.example")
    assert no_key.returncode != 0 and "SECRET_KEY" in no_key.stderr
    no_hosts = run_settings("config.settings.production", SECRET_KEY="x" * 50)
    assert no_hosts.returncode != 0 and "ALLOWED_HOSTS" in no_hosts.stderr
    ok = run_settings("config.settings.production", SECRET_KEY="x" * 50,
                      ALLOWED_HOSTS="cpas.example")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["debug"] is False
