"""The server's access log never keeps what a citizen typed: search terms,
the rights explorer's answers and status-lookup references travel in query
strings, and deploy/gunicorn.conf.py logs the path without them (nor the
referrer, which holds the previous page's query)."""

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
from django.db import connection

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


def test_the_access_log_keeps_the_path_but_not_what_was_searched(gunicorn):
    address, log = gunicorn
    response = requests.get(
        f"{address}/fr/recherche/?q=revenu+d%27int%C3%A9gration+Marie+Dupont",
        headers={"Referer": f"{address}/fr/explorateur/?age=23&income=low"}, timeout=30)
    # (the search may say it is unavailable: this server has no index of its own)
    assert response.status_code in {200, 503}
    for _ in range(100):  # gunicorn writes the line after the answer
        if log.exists() and log.read_text():
            break
        time.sleep(0.1)
    [line] = log.read_text().splitlines()
    assert f'"GET /fr/recherche/ HTTP/1.1" {response.status_code}' in line
    for secret in ("?", "q=", "revenu", "Dupont", "int%C3%A9gration", "age=23", "income",
                   "127.0.0.1", "python-requests"):
        assert secret not in line
