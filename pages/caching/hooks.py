"""Wagtail tells the page cache which page it served.

``on_serve_page`` wraps the page's own ``serve``, which Wagtail calls only
once the view restrictions have let the reader in (a password form or a
sign-in redirect never gets here). Previews are served elsewhere and never
noted.
"""

from wagtail import hooks

from .policy import note_page


@hooks.register("on_serve_page")
def note_served_page(next_serve_page):
    def serve(page, request, args, kwargs):
        note_page(request, page)
        return next_serve_page(page, request, args, kwargs)

    return serve
