"""The server's access log never keeps what a citizen typed: search terms,
the rights explorer's answers and status-lookup references travel in query
strings, and deploy/gunicorn.conf.py logs the path without them (nor the
referrer, which holds the previous page's query); nor the signed token of a
survey link, which is in the path (config/access_log.py)."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import requests
from django.core import signing
from django.db import connection
from django.urls import reverse
from django.utils import translation

from config.access_log import masked_path
from forms.survey import SALT as SURVEY_SALT

REPO = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).parent / "gunicorn"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port, server):
    for _ in range(600):  # up to 60 s for the worker to import Django and Wagtail
        if server.poll() is not None:
            pytest.fail(f"gunicorn stopped at start (exit {server.returncode})")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail("gunicorn did not listen within 60 s")


def this_database_url():
    """The test database, for the server process to read the demo from."""
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    credentials = f"{quote(database['USER'] or '')}:{quote(database['PASSWORD'] or '')}@"
    return (f"postgres://{credentials}{database['HOST'] or 'localhost'}:"
            f"{database['PORT'] or 5432}/{database['NAME']}")


@pytest.fixture
def gunicorn(demo_site_committed, tmp_path):
    """The reference site served by gunicorn with the shipped configuration,
    on this test's database."""
    port = free_port()
    log = tmp_path / "access.log"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": this_database_url(),
        "BALISE_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
        "GUNICORN_ACCESS_LOG": str(log),
    }
    server = subprocess.Popen(  # noqa: S603 - our own gunicorn, fixed arguments
        [str(GUNICORN), "-c", str(REPO / "deploy" / "gunicorn.conf.py")],
        env=environment, stderr=subprocess.DEVNULL)
    try:
        wait_for(port, server)
        yield f"http://127.0.0.1:{port}", log
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _log_lines(log, count):
    for _ in range(100):  # gunicorn writes a line after each answer
        if log.exists() and len(log.read_text().splitlines()) >= count:
            break
        time.sleep(0.1)
    return log.read_text().splitlines()


def test_the_access_log_keeps_the_path_but_not_what_was_searched(gunicorn):
    address, log = gunicorn
    response = requests.get(
        f"{address}/fr/recherche/?q=revenu+d%27int%C3%A9gration+Marie+Dupont",
        headers={"Referer": f"{address}/fr/explorateur/?age=23&income=low"}, timeout=30)
    # (the search may say it is unavailable: this server has no index of its own)
    assert response.status_code in {200, 503}
    token = signing.dumps({"s": 4217, "l": "fr", "n": "Xq3vJ0aZ8sLwP1kT9mYb2g"},
                          salt=SURVEY_SALT)
    with translation.override("fr"):
        survey = reverse("balise_forms:survey", args=[token])
    answered = requests.get(f"{address}{survey}", timeout=30)
    search_line, survey_line = _log_lines(log, 2)
    assert f'"GET /fr/recherche/ HTTP/1.1" {response.status_code}' in search_line
    for secret in ("?", "q=", "revenu", "Dupont", "int%C3%A9gration", "age=23", "income",
                   "127.0.0.1", "python-requests"):
        assert secret not in search_line
    assert f'"GET {survey.replace(token, "[token]")} HTTP/1.1" {answered.status_code}' \
        in survey_line
    assert token.split(":")[0] not in survey_line


@pytest.mark.parametrize(("path", "logged"), [
    ("/fr/enquete/eyJzIjo0MjE3fQ:1xYegO:l8rax_jzbKl5t-Py66xY6X4HPgnZ1piDBUeO_LvTP-g/",
     "/fr/enquete/[token]/"),
    ("/nl/enquete/eyJzIjo0MjE3fQ:l8rax_jzbKl5t-Py66xY6X4HPgnZ1piDBUeO_LvTP-g",
     "/nl/enquete/[token]"),
    ("/fr/aide-sociale/revenu-integration/", "/fr/aide-sociale/revenu-integration/"),
    ("/fr/a:b/", "/fr/a:b/"),  # too short to be a token
    ("/static/css/balise.3f9a.css", "/static/css/balise.3f9a.css"),
])
def test_a_signed_token_in_a_path_is_masked(path, logged):
    assert masked_path(path) == logged
