"""A few tiny pages for the runner tests, served by pytest-django's live
server (``ROOT_URLCONF`` is switched to this module in those tests)."""

import threading

from django.http import HttpResponse, HttpResponseNotFound
from django.urls import path
from django.views.decorators.clickjacking import xframe_options_sameorigin

PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>
</head><body><main><h1>{title}</h1>{body}</main></body></html>"""

# a 1x1 transparent GIF: a real image, so axe judges its missing alt
PIXEL = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="


def page(title, body=""):
    return HttpResponse(PAGE.format(title=title, body=body))


def clean(request):
    return page("Une page sans défaut", "<p>Bonjour.</p>")


def with_frame(request):
    return page("Une page avec un cadre",
                '<iframe title="Le cadre" src="/framed/" width="400" height="200"></iframe>')


@xframe_options_sameorigin
def framed(request):
    """The defect is only inside the frame."""
    return page("Le contenu du cadre", f'<img src="{PIXEL}" width="20" height="20">')


def missing(request):
    return HttpResponseNotFound(PAGE.format(title="Introuvable", body=""))


# The slow page answers once the test has seen the runner give up on it
RELEASE_SLOW_PAGE = threading.Event()


def slow(request):
    RELEASE_SLOW_PAGE.wait(120)
    return page("Enfin")


urlpatterns = [
    path("clean/", clean),
    path("with-frame/", with_frame),
    path("framed/", framed),
    path("missing/", missing),
    path("slow/", slow),
]
