"""What the search page offers when it cannot help: the tasks citizens come
for most (the home page's top tasks) and the ways to reach a person, with the
phone number itself, in the reader's language. Read from the page frame's
cache, as every page's footer is."""

from ..contact.models import ContactChannel
from ..frame.cache import shared
from ..frame.language_frame import content_language, language_frame


def human_routes(request, locale):
    """{"tasks", "contact_page", "channels"} for the reader's language."""
    home = language_frame(request, content_language())["home"]
    links = home.reader_links(request) if hasattr(home, "reader_links") else {}
    # the same key and value as the "How to reach us" page: one cache entry
    channels = shared(request, f"channels:{locale.pk}",
                      lambda: ContactChannel.for_locale(locale.pk))
    return {"tasks": links.get("tasks", []), "contact_page": links.get("contact_page"),
            "channels": channels}
