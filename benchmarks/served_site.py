"""The reference site built in a throw-away folder and served by gunicorn on
loopback, for the benchmarks that measure it over HTTP (``load.py``,
``contact_form.py``).

Everything the site writes goes under one folder (``BALISE_VAR_DIR``: the
SQLite database, the Whoosh index, static files, the access log), so a run
leaves nothing behind once the folder is removed, and a folder kept by one
run (``--keep``) can be served again without building the demo twice.

The server is started the way ``deploy/`` runs it: ``gunicorn -c
deploy/gunicorn.conf.py`` with the production settings (DEBUG off, hashed
static files through whitenoise), through a small settings module written in
the folder that changes only what a benchmark must change (each benchmark
says what and why). Two things differ from a server behind nginx, because
nothing here ends TLS: ``SECURE_SSL_REDIRECT`` and the secure cookies are off.

Only loopback is ever used: the server binds to 127.0.0.1 and the clients
refuse any other address (``require_loopback``).
"""

import ipaddress
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
CONFIG = ROOT / "deploy" / "gunicorn.conf.py"
SETTINGS_MODULE = "bench_settings"
BUILT_MARK = "demo-built"  # written in the folder once the demo is complete
START_SECONDS = 120  # gunicorn's workers import Django and Wagtail: slow on a busy machine


def environment(folder):
    """The variables both the server and this process read."""
    folder = Path(folder)
    return {
        "BALISE_VAR_DIR": str(folder),
        "DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}",
        "STATIC_ROOT": str(folder / "static"),
        "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
        "SECRET_KEY": "benchmark-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        # plain HTTP on 127.0.0.1, no TLS proxy in front: no redirect to https,
        # and cookies that come back over http
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "PYTHONPATH": os.pathsep.join([str(folder), str(ROOT / "site"), str(ROOT)]),
    }


def configure(folder, settings_text):
    """Write the benchmark's settings module in ``folder`` and point this
    process at it; call before ``django.setup()``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{SETTINGS_MODULE}.py").write_text(settings_text)
    os.environ.update(environment(folder))
    sys.path[:0] = [str(folder), str(ROOT / "site"), str(ROOT)]


def is_built(folder):
    return (Path(folder) / BUILT_MARK).exists()


def build_demo(folder):
    """migrate, seed_demo (four languages, search index kept current on
    save), collectstatic; seconds taken. Django must be set up."""
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("seed_demo", "--no-admin", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    (Path(folder) / BUILT_MARK).write_text("migrate, seed_demo, collectstatic\n")
    return time.perf_counter() - started


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def require_loopback(host):
    """Refuse to measure anything but this machine: a load run against
    another address is an attack on it."""
    try:
        address = ipaddress.ip_address(socket.gethostbyname(host))
    except (OSError, ValueError):
        raise SystemExit(f"{host!r} is not an address this benchmark can check") from None
    if not address.is_loopback:
        raise SystemExit(f"Refused: {host} ({address}) is not a loopback address; "
                         "the benchmarks only measure a server on this machine.")
    return str(address)


class Gunicorn:
    """gunicorn started with deploy/gunicorn.conf.py on 127.0.0.1:``port``;
    ``extra_environment`` adds variables (e.g. what the settings module reads),
    ``extra_arguments`` override the configuration file on the command line."""

    def __init__(self, folder, port, workers=None, threads=None, extra_environment=None,
                 extra_arguments=(), access_log=None):
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        variables = {**os.environ, **environment(folder), **(extra_environment or {}),
                     "BALISE_BIND": f"127.0.0.1:{port}",
                     "GUNICORN_ACCESS_LOG": str(access_log or Path(folder) / "access.log")}
        if workers:
            variables["GUNICORN_WORKERS"] = str(workers)
        if threads:
            variables["GUNICORN_THREADS"] = str(threads)
        self.log = Path(folder) / f"gunicorn-{port}.log"
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - our gunicorn, fixed arguments
                [str(GUNICORN), "-c", str(CONFIG), "--log-level", "warning",
                 *extra_arguments],
                env=variables, stdout=log, stderr=subprocess.STDOUT)
        self.pid = self.process.pid

    def wait_until_ready(self, path="/fr/", seconds=START_SECONDS):
        """Poll ``path`` until it answers 200 (a worker has imported the site),
        with a deadline; stops the server and exits if it never does."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn stopped at start (exit {self.process.returncode});"
                                 f" see {self.log}")
            try:
                with urllib.request.urlopen(self.base + path, timeout=10) as answer:  # noqa: S310
                    if answer.status == 200:
                        return self
            except OSError:  # not listening yet, or no worker yet (URLError is an OSError)
                pass
            time.sleep(0.2)
        self.stop()
        raise SystemExit(f"gunicorn did not answer {path} within {seconds} s; see {self.log}")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def cpu_seconds(self):
        """CPU time used so far by gunicorn's master and its workers (Linux
        /proc): what requests cost the server, whatever else the machine does.
        A worker recycled meanwhile (max_requests) still counts: once the
        master has waited for it, its time is in the master's children's."""
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue  # a process that ended meanwhile
            if int(stat.parent.name) == self.pid:  # utime, stime, cutime, cstime
                total += sum(int(value) for value in fields[11:15])
            elif int(fields[1]) == self.pid:  # a live worker: utime, stime
                total += int(fields[11]) + int(fields[12])
        return total / ticks

    def worker_pids(self):
        """The worker processes now (a worker recycled after ``max_requests``
        comes back with a new id)."""
        found = set()
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if parent == self.pid:
                found.add(int(stat.parent.name))
        return found

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
