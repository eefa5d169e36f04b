"""gunicorn settings for Balise: ``gunicorn -c deploy/gunicorn.conf.py``.

Read from the environment so that one file serves every installation (the
systemd unit sets the variables). The access log never holds a query string
or a referrer: the rights explorer's answers, search terms and status-lookup
references travel in query strings, and a log is copied, kept and read far
more widely than the database. Neither does it keep the client's address or
user agent (nothing here needs them; the sign-in lock-out logs its own).
"""

import multiprocessing
import os
from pathlib import Path

SITE_DIR = Path(__file__).resolve().parent.parent / "site"

wsgi_app = "config.wsgi:application"
chdir = str(SITE_DIR)
pythonpath = str(SITE_DIR)
# DJANGO_SETTINGS_MODULE: config.settings.production unless set (config/wsgi.py).

# nginx on the same machine forwards to this address; never expose it directly.
bind = os.environ.get("BALISE_BIND", "127.0.0.1:8000").split(",")

# Django's work is CPU-bound Python: one process per core, one request at a
# time each (gunicorn's sync worker; nginx, in front, buffers slow clients).
# Threads in a process fight for its GIL: on 2 cores, 2 workers with 1, 2 and 4
# threads (benchmarks/load.py, 10 clients, page cache off): an information
# page's p95 38, 50 and 56 ms, a search's 67, 101 and 125 ms; the contact form
# under 50 clients 68.8, 65.9 and 58.1 tries a second. GUNICORN_THREADS=2 or
# more (the gthread worker) keeps connections open for a client that reaches
# gunicorn without nginx.
workers = int(os.environ.get("GUNICORN_WORKERS") or multiprocessing.cpu_count())
threads = int(os.environ.get("GUNICORN_THREADS") or 1)
# A request that runs longer than this is stuck: its worker is restarted.
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 30)
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, so a slow leak never grows for weeks: after
# some 50,000 requests (half a day at one request a second). Not after 2,000:
# a new worker imports Django and Wagtail again (about 2 s of CPU) and starts
# with empty caches (the page and the frame in local memory), which under load
# came every few seconds (benchmarks/load.py).
max_requests = 50_000
max_requests_jitter = 5_000

# Which proxies may set X-Forwarded-Proto (https): nginx on loopback.
forwarded_allow_ips = os.environ.get("BALISE_TRUSTED_PROXIES") or "127.0.0.1,::1"

errorlog = "-"
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or "-"
# %(U)s is the path without its query string; no %(r)s (request line with the
# query), %(f)s (referrer: the previous page's query), %(h)s or %(a)s.
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
# ... and a signed token in a path (the survey link) written "[token]" (config/access_log.py)
logger_class = "config.access_log.PrivateAccessLogger"
