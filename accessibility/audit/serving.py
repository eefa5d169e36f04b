"""The site served by the audit itself, on a free loopback port, for as long
as the run lasts: the browsers then check the pages as the code and the
database are now, with no web server to set up (``--base-url`` checks a
site served elsewhere instead).

It is Django's own test server thread (``LiveServerThread``: a threaded WSGI
server with the static files), so an in-memory test database is shared with
the browsers' requests the same way as in Django's live-server tests.
"""

from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.http import Http404
from django.test.testcases import LiveServerThread
from django.test.utils import override_settings
from django.views.static import serve

HOST = "127.0.0.1"


class CollectedStaticFilesHandler(StaticFilesHandler):
    """Static files from the apps' folders, else from ``STATIC_ROOT``.

    With hashed static storage (the demo and production settings), pages
    name ``balise.3f2a….css``, which exists only where ``collectstatic``
    put it: served from the apps' folders alone, every page would be checked
    without its style sheet (and axe would report what the CSS fixes)."""

    def serve(self, request):
        try:
            return super().serve(request)
        except Http404:
            if not settings.STATIC_ROOT:
                raise
            return serve(request, self.file_path(request.path),
                         document_root=settings.STATIC_ROOT)


class ServedSite:
    """``with ServedSite() as base_url:`` serves the site until the block ends."""

    def __init__(self, host=HOST):
        self.host = host
        self.thread = None
        self.allowed = None
        self.shared = []

    def _connections_override(self):
        found = {}
        for connection in connections.all():
            # an in-memory SQLite database exists only in this connection
            if connection.vendor == "sqlite" and connection.is_in_memory_db():
                connection.inc_thread_sharing()
                self.shared.append(connection)
                found[connection.alias] = connection
        return found

    def __enter__(self):
        self.allowed = override_settings(ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, self.host])
        self.allowed.enable()
        self.thread = LiveServerThread(self.host, CollectedStaticFilesHandler,
                                       connections_override=self._connections_override())
        self.thread.daemon = True
        self.thread.start()
        self.thread.is_ready.wait()
        if self.thread.error:
            error = self.thread.error
            self.__exit__(None, None, None)
            raise error
        return f"http://{self.host}:{self.thread.port}"

    def __exit__(self, *exc_info):
        if self.thread is not None:
            self.thread.terminate()
            self.thread = None
        for connection in self.shared:
            connection.dec_thread_sharing()
        self.shared = []
        if self.allowed is not None:
            self.allowed.disable()
            self.allowed = None
        return False
