"""Admin registration of the accessibility status at the point of writing:
imported from the app's ``wagtail_hooks``. (The audit on publish is
connected in the app's ``ready()``: pages are published outside the admin
too, by scheduled publishing and commands.)"""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from .explorer import page_viewset


# after Wagtail's own page viewset (order 0), which it replaces for ``Page``
@hooks.register("register_admin_viewset", order=100)
def register_page_viewset():
    return page_viewset


@hooks.register("insert_global_admin_css")
def status_css():
    return format_html('<link rel="stylesheet" href="{}">', static("balise_a11y/css/admin.css"))
