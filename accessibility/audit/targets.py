"""The addresses an audit opens: every live page of every language, from the
page tree (so pages no menu links to are checked too), and the states of
those pages a crawler never sees, each reached by declarative browser
actions (``runners.base``): a form submitted empty with its errors shown,
each step and the results of the rights explorer, the search results with
and without an answer.

Pages are recognised by what they are, not imported: Wagtail's ``FormMixin``
marks a form page, the explorer is named by its model label (accessibility
imports neither the forms app nor the explorer). Nothing here sends real
data unless the auditor asks (``include_submissions``): a form is otherwise
only submitted empty; with it, each form is also completed and sent (its
confirmation is checked; the request is stored and acknowledged to an
address that cannot receive mail) and the feedback box is answered.
"""

import re
from dataclasses import dataclass

from django.apps import apps
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.contrib.forms.models import FormMixin
from wagtail.models import Page

from ..models.runs import AuditedAddress

# The page's own form: not the search box (header, home page) nor the feedback box
FORM = 'main form:not([role="search"]):not(#feedback form)'
EXPLORER_MODEL = "balise_rights.rightsexplorerpage"
EXPLORER_START = 'main form[method="post"]'
EXPLORER_QUESTION = "main form[novalidate]"
# "I don't know" is offered on every question: a radio, a box to tick or a checkbox
EXPLORER_DONT_KNOW = (f'{EXPLORER_QUESTION} input[value="dont_know"], '
                      f'{EXPLORER_QUESTION} input[name="dont_know"]')
EXPLORER_MOST_STEPS = 40
FEEDBACK_NO = '#feedback button[value="no"]'
NO_RESULT_QUERY = "zqxwvy"
_WORDS = re.compile(r"\w{4,}")


@dataclass(frozen=True)
class Target:
    """One address to open: ``url`` is a path on the site (the run puts the
    site's address in front), ``actions`` lead from the loaded page to the
    state to check. ``unavailable``: why it is listed but not opened."""

    url: str
    state: str = AuditedAddress.PAGE
    page_id: int | None = None
    locale: str = ""
    revision_id: int | None = None
    actions: tuple = ()
    unavailable: str = ""

    def address(self, base_url):
        return base_url.rstrip("/") + self.url


def live_pages(locale=None, page=None, changed_since=None):
    """The live pages to audit (specific), in tree order."""
    pages = Page.objects.live().filter(depth__gt=1).select_related("locale")
    if locale:
        pages = pages.filter(locale__language_code=locale)
    if page is not None:
        pages = pages.filter(pk=getattr(page, "pk", page))
    if changed_since is not None:
        pages = pages.filter(last_published_at__gte=changed_since)
    return list(pages.order_by("path").specific())


def language_of(page):
    return page.locale.language_code.split("-")[0]


def page_path(page):
    """The page's path on its site, or None when no site serves it."""
    parts = page.get_url_parts()
    if parts is None:
        return None
    _site_id, _root_url, path = parts
    return path


def _step_actions(answered):
    """Start the explorer, answer "I don't know" ``answered`` times."""
    answer = (("tick", EXPLORER_DONT_KNOW), ("submit", EXPLORER_QUESTION))
    return (("submit", EXPLORER_START),
            *(action for _time in range(answered) for action in answer))


def explorer_question_count(page):
    """How many questions the explorer may ask (its live questions, in any
    language); 0 when the explorer app is not installed."""
    try:
        model = apps.get_model("balise_rights", "Question")
    except LookupError:
        return 0
    return model.objects.filter(live=True, locale_id=page.locale_id).count() or \
        model.objects.filter(live=True).values("slug").distinct().count()


def explorer_targets(page, path, stamp):
    """Each question screen (answering "I don't know" to the ones before),
    the first one with its error, and the results."""
    found = [Target(path, AuditedAddress.EXPLORER_STEP, actions=_step_actions(0), **stamp),
             Target(path, AuditedAddress.FORM_ERRORS,
                    actions=(*_step_actions(0), ("submit", EXPLORER_QUESTION)), **stamp)]
    for answered in range(1, min(explorer_question_count(page), EXPLORER_MOST_STEPS)):
        found.append(Target(path, AuditedAddress.EXPLORER_STEP,
                            actions=(*_step_actions(answered), ("expect", EXPLORER_QUESTION)),
                            **stamp))
    found.append(Target(
        path, AuditedAddress.EXPLORER_RESULTS, **stamp,
        actions=(("submit", EXPLORER_START),
                 ("repeat", EXPLORER_QUESTION, EXPLORER_MOST_STEPS,
                  (("tick", EXPLORER_DONT_KNOW), ("submit", EXPLORER_QUESTION))),
                 ("expect", "main"))))
    return found


def state_targets(page, path, stamp):
    """The states of ``page`` a crawler never sees."""
    found = []
    if isinstance(page, FormMixin):
        found.append(Target(path, AuditedAddress.FORM_ERRORS, actions=(("submit", FORM),),
                            **stamp))
    if page._meta.label_lower == EXPLORER_MODEL:
        found.extend(explorer_targets(page, path, stamp))
    return found


def feedback_target(page, path, stamp):
    """The feedback box's next step ("tell us more"): answering stores a
    vote, so only when the auditor asks for submissions."""
    return Target(path, AuditedAddress.FORM_CONFIRMATION,
                  actions=(("click", FEEDBACK_NO), ("expect", "#feedback")), **stamp)


# a form of several steps (a topic, then the questions) is completed step by step
FORM_MOST_STEPS = 5


def form_confirmation_target(page, path, stamp):
    """What a citizen sees once the form is sent (its confirmation, with a
    reference): each step completed with plausible values and sent. It
    stores a real request, so only when the auditor asks for submissions;
    a form still on screen after the last step means the confirmation was
    not reached (reported, not checked)."""
    step = (("complete", FORM), ("submit", FORM))
    return Target(path, AuditedAddress.FORM_CONFIRMATION,
                  actions=(("repeat", FORM, FORM_MOST_STEPS, step), ("absent", FORM)),
                  **stamp)


def search_query_for(pages):
    """A word from a page title of that language, which the search finds."""
    for page in pages:
        if page.depth > 2:
            words = _WORDS.findall(page.title)
            if words:
                return max(words, key=len)
    return pages[0].title if pages else ""


def search_targets(language, pages):
    with translation.override(language):
        try:
            path = reverse("search")
        except NoReverseMatch:
            return []
    query = search_query_for(pages)
    stamp = {"locale": language}
    found = []
    if query:
        found.append(Target(f"{path}?q={query}", AuditedAddress.SEARCH_RESULTS, **stamp))
    found.append(Target(f"{path}?q={NO_RESULT_QUERY}", AuditedAddress.SEARCH_RESULTS, **stamp))
    return found


def restriction_reason(page):
    restrictions = page.get_view_restrictions()
    if not restrictions:
        return ""
    kinds = sorted({restriction.get_restriction_type_display() for restriction in restrictions})
    return f"view restricted ({', '.join(str(kind) for kind in kinds)}): not opened"


def targets_for(pages, *, include_states=True, include_search=True,
                include_submissions=False):
    """The targets for ``pages`` (from ``live_pages``): each page, then its
    states; then the search results per language."""
    found = []
    feedback_done = set()
    for page in pages:
        language = language_of(page)
        stamp = {"page_id": page.pk, "locale": language,
                 "revision_id": page.live_revision_id}
        path = page_path(page)
        if path is None:
            found.append(Target(page.url_path, unavailable="no site serves this page",
                                **stamp))
            continue
        reason = restriction_reason(page)
        if reason:
            found.append(Target(path, unavailable=reason, **stamp))
            continue
        found.append(Target(path, **stamp))
        if not include_states:
            continue
        found.extend(state_targets(page, path, stamp))
        if include_submissions and isinstance(page, FormMixin):
            found.append(form_confirmation_target(page, path, stamp))
        if include_submissions and language not in feedback_done \
                and page._meta.label_lower == "balise_pages.informationpage":
            feedback_done.add(language)
            found.append(feedback_target(page, path, stamp))
    if include_states and include_search:
        by_language = {}
        for page in pages:
            by_language.setdefault(language_of(page), []).append(page)
        for language, in_language in by_language.items():
            found.extend(search_targets(language, in_language))
    return found
