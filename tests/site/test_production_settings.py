"""Production settings pass Django's deployment checklist (`check --deploy`)
with no warning, while development and test settings still work over http."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, **env):
    base = {k: v for k, v in os.environ.items()
            if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE",
                         "SECURE_SSL_REDIRECT", "SECURE_COOKIES", "SECURE_HSTS_SECONDS",
                         "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD"}}
    base.update(env)
    return subprocess.run([sys.executable, str(ROOT / "site" / "manage.py"), *args],
                          capture_output=True, text=True, env=base, cwd=ROOT, timeout=300,
                          check=False)


def test_production_settings_pass_the_deployment_checklist_without_a_warning(tmp_path):
    result = manage("check", "--deploy", "--settings=config.settings.production",
                    "--fail-level", "WARNING", SECRET_KEY=secrets.token_urlsafe(50),
                    ALLOWED_HOSTS="example.org", BALISE_VAR_DIR=str(tmp_path))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNINGS" not in output and "ERRORS" not in output, output


PRINT_HTTPS = """
from django.conf import settings
print(settings.SECURE_SSL_REDIRECT, settings.SECURE_HSTS_SECONDS,
      settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE)
"""


def test_production_redirects_to_https_and_asks_browsers_to_stay_on_it(tmp_path):
    result = manage("shell", "--settings=config.settings.production", "-c", PRINT_HTTPS,
                    SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="example.org",
                    BALISE_VAR_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    redirect, hsts, session_secure, csrf_secure = result.stdout.strip().splitlines()[-1].split()
    assert redirect == "True" and int(hsts) >= 180 * 24 * 3600
    assert session_secure == csrf_secure == "True"


def test_development_settings_still_answer_over_plain_http(tmp_path):
    result = manage("shell", "--settings=config.settings.dev", "-c", PRINT_HTTPS,
                    BALISE_VAR_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    redirect, hsts, *_ = result.stdout.strip().splitlines()[-1].split()
    assert redirect == "False" and hsts == "0"
