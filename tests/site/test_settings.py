"""Configuration from the environment: one writable directory, a database
URL, and production settings that refuse to start half-configured."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRINT_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "db": str(settings.DATABASES["default"]["NAME"]),
    "engine": settings.DATABASES["default"]["ENGINE"],
    "media": settings.MEDIA_ROOT,
    "mail": getattr(settings, "EMAIL_FILE_PATH", ""),
    "index": settings.BALISE_SEARCH_INDEX_DIR,
    "debug": settings.DEBUG,
    "static_storage": settings.STORAGES["staticfiles"]["BACKEND"],
    "middleware": settings.MIDDLEWARE,
    "allowed_hosts": settings.ALLOWED_HOSTS,
    "apps": settings.INSTALLED_APPS,
    "admins": settings.ADMINS,
    "error_handlers": [settings.LOGGING["handlers"][name]["class"]
                       for name in settings.LOGGING["root"]["handlers"]],
    "update_check": settings.WAGTAIL_ENABLE_UPDATE_CHECK,
    "gravatar": settings.WAGTAIL_GRAVATAR_PROVIDER_URL,
}))
"""


def run_settings(module, **env):
    base = {k: v for k, v in os.environ.items()
            if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "BALISE_VAR_DIR",
                         "BALISE_DEBUG", "BALISE_ADDR", "ADMINS"}}
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
    assert values["engine"] == "django.db.backends.sqlite3"


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


def test_the_demo_runs_without_debug_unless_balise_debug_is_set(tmp_path):
    demo = json.loads(run_settings("config.settings.dev", BALISE_VAR_DIR=str(tmp_path)).stdout)
    assert demo["debug"] is False
    debug = json.loads(run_settings("config.settings.dev", BALISE_VAR_DIR=str(tmp_path),
                                    BALISE_DEBUG="1").stdout)
    assert debug["debug"] is True
    off = json.loads(run_settings("config.settings.dev", BALISE_VAR_DIR=str(tmp_path),
                                  BALISE_DEBUG="0").stdout)
    assert off["debug"] is False


HASHED = "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_static_files_are_hashed_and_compressed_by_whitenoise_without_debug(tmp_path):
    demo = json.loads(run_settings("config.settings.dev", BALISE_VAR_DIR=str(tmp_path)).stdout)
    production = json.loads(run_settings("config.settings.production", SECRET_KEY="x" * 50,
                                         ALLOWED_HOSTS="cpas.example").stdout)
    for values in (demo, production):
        assert values["static_storage"] == HASHED
        middleware = values["middleware"]
        assert middleware[0] == "django.middleware.security.SecurityMiddleware"
        # only the security headers come between: static files carry them too
        between = middleware[1:middleware.index("whitenoise.middleware.WhiteNoiseMiddleware")]
        assert all(name.startswith("pages.security.") for name in between), between
    debug = json.loads(run_settings("config.settings.dev", BALISE_VAR_DIR=str(tmp_path),
                                    BALISE_DEBUG="1").stdout)
    assert debug["static_storage"] != HASHED  # files served as they are edited


def test_the_test_settings_need_no_collectstatic():
    from django.conf import settings

    assert settings.STORAGES["staticfiles"]["BACKEND"] != HASHED


def test_the_demo_answers_on_localhost_and_on_the_address_it_serves(tmp_path):
    default = json.loads(run_settings("config.settings.dev", BALISE_VAR_DIR=str(tmp_path)).stdout)
    assert {"localhost", "127.0.0.1"} <= set(default["allowed_hosts"])
    served = json.loads(run_settings("config.settings.dev", BALISE_VAR_DIR=str(tmp_path),
                                     BALISE_ADDR="demo.cpas.test:8080").stdout)
    assert {"localhost", "127.0.0.1", "demo.cpas.test"} <= set(served["allowed_hosts"])
    assert "*" not in served["allowed_hosts"]


def test_djangos_own_admin_is_not_installed_and_the_admin_calls_no_other_site(tmp_path):
    values = json.loads(run_settings("config.settings.dev", BALISE_VAR_DIR=str(tmp_path)).stdout)
    assert "django.contrib.admin" not in values["apps"]
    assert values["update_check"] is False and values["gravatar"] is None


LOG_SOMETHING = """
import logging, django
django.setup()
logging.getLogger("django.request").error("Internal Server Error: /fr/boom/")
logging.getLogger("django.security.csrf").warning("Forbidden (CSRF cookie not set.): /fr/")
logging.getLogger("pages.feedback").warning("feedback refused")
logging.getLogger("axes.handlers.database").warning("AXES: Locking out admin")
"""


def test_errors_reach_stderr_in_production():
    env = {k: v for k, v in os.environ.items() if k not in {"ADMINS", "DATABASE_URL"}}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY="x" * 50,
               ALLOWED_HOSTS="cpas.example",
               PYTHONPATH=os.pathsep.join([str(ROOT / "site"), str(ROOT)]))
    result = subprocess.run([sys.executable, "-c", LOG_SOMETHING], env=env,
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    for line in ("Internal Server Error: /fr/boom/", "CSRF cookie not set",
                 "feedback refused", "Locking out admin"):
        assert line in result.stderr


def test_admins_named_in_the_environment_get_the_errors_by_e_mail(tmp_path):
    values = json.loads(run_settings(
        "config.settings.dev", BALISE_VAR_DIR=str(tmp_path),
        ADMINS="Ana Peeters <ana@cpas.example>, ops@cpas.example").stdout)
    assert values["admins"] == [["Ana Peeters", "ana@cpas.example"],
                                ["ops@cpas.example", "ops@cpas.example"]]
    assert "django.utils.log.AdminEmailHandler" in values["error_handlers"]
    nobody = json.loads(run_settings("config.settings.dev", BALISE_VAR_DIR=str(tmp_path)).stdout)
    assert nobody["admins"] == []
    assert nobody["error_handlers"] == ["logging.StreamHandler"]
