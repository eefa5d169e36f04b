""""Did this page help you?": a yes/no answer, then an optional comment, in
two plain HTML forms that work without JavaScript. The answer is saved at
the first click (people often leave after it).

Reading a page sets no cookie, so the forms carry no CSRF token: the vote
form carries a signed token for its page instead, one client can give a
limited number of answers an hour (``pages.throttle``: counted under a
keyed hash of its address, in the cache only: no IP address is stored), and the comment form
carries a signed one-time key that names no database row."""

import functools
import secrets

from django import forms as django_forms
from django.contrib import messages
from django.core import signing
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .. import throttle
from ..conf import app_settings
from .models import MAX_COMMENT_LENGTH, PageFeedback

VOTE_SALT = "balise.page-feedback.vote"
COMMENT_SALT = "balise.page-feedback.comment"
VOTE_TOKEN_MAX_AGE = 7 * 24 * 3600  # a page left open for days still works
DONE = "done"


class FeedbackCommentForm(django_forms.Form):
    comment = django_forms.CharField(
        label=_("Your comment"), required=False, strip=True,
        max_length=MAX_COMMENT_LENGTH, widget=django_forms.Textarea(attrs={"rows": 4}),
        help_text=_("Do not write your name, e-mail address, phone number or national "
                    "number: we cannot answer here. To ask a question, use the contact page."),
        error_messages={"max_length": _(
            "Your comment is too long: %(limit_value)d characters at most, "
            "and it has %(show_value)d.")},
    )


def accepts_feedback(page):
    return getattr(page.specific_class, "accepts_feedback", False)


def vote_token(page):
    return signing.dumps(page.pk, salt=VOTE_SALT)


def _feedback_page(page_id):
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    if not accepts_feedback(page):
        raise Http404
    return page.specific


def in_page_language(view):
    """The answer in the language of the page the answer is about, whatever
    the address's language prefix (a form posted to /fr/ for a Dutch page:
    an old copy of a page, a tampered form) would make Django pick."""
    @functools.wraps(view)
    def answer(request, page_id):
        page = _feedback_page(page_id)
        with translation.override(page.locale.language_code):
            response = view(request, page)
            if hasattr(response, "render"):
                response.render()  # now, not after the view, outside the page's language
            return response
    return answer


def _say(request, text):
    """An error for the next page, in the page's language now (the message
    is stored after the view, outside it)."""
    messages.error(request, str(text))


def _back_to(page, request, query=""):
    return HttpResponseRedirect(f"{page.get_url(request=request)}{query}#feedback")


def _too_many(request, page):
    context = page.get_context(request)
    context.update(feedback_state="throttled")
    return TemplateResponse(request, page.get_template(request), context, status=429)


@csrf_exempt
@require_POST
@in_page_language
def page_feedback(request, page):
    try:
        signed_page = signing.loads(request.POST.get("form_token", ""), salt=VOTE_SALT,
                                    max_age=VOTE_TOKEN_MAX_AGE)
    except signing.BadSignature:
        signed_page = None
    if signed_page != page.pk:
        _say(request, _("We could not save your answer: reload the page and try "
                                  "again."))
        return _back_to(page, request)
    answer = request.POST.get("helpful")
    if answer not in ("yes", "no"):
        _say(request, _("Choose \"Yes\" or \"No\" to answer."))
        return _back_to(page, request)
    if throttle.over_limit("feedback", throttle.client_address(request),
                           app_settings.FEEDBACK_ANSWERS_PER_HOUR, 3600):
        return _too_many(request, page)
    key = secrets.token_hex(16)
    PageFeedback.objects.create(page=page, helpful=answer == "yes", comment_key=key)
    token = signing.dumps({"page": page.pk, "key": key}, salt=COMMENT_SALT)
    return _back_to(page, request, f"?feedback={token}")


@csrf_exempt
@require_POST
@in_page_language
def page_feedback_comment(request, page):
    token = request.POST.get("token", "")
    feedback = _feedback_from_token(token, page)
    if feedback is None:
        _say(request, _(
            "We could not add your comment: the form is more than an hour old. "
            "Your yes or no answer is saved."))
        return _back_to(page, request)
    form = FeedbackCommentForm(request.POST)
    if not form.is_valid():
        context = page.get_context(request)
        context.update(feedback_state="comment", feedback_form=form, feedback_token=token)
        return TemplateResponse(request, page.get_template(request), context, status=400)
    feedback.comment = form.cleaned_data["comment"]
    feedback.comment_key = None
    feedback.save()
    return _back_to(page, request, f"?feedback={DONE}")


def _feedback_from_token(token, page):
    try:
        data = signing.loads(token, salt=COMMENT_SALT,
                             max_age=app_settings.FEEDBACK_COMMENT_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("page") != page.pk or not data.get("key"):
        return None
    return PageFeedback.objects.filter(page_id=page.pk, comment_key=str(data["key"])).first()


def feedback_context(request, page):
    """What the feedback box shows: the question, the comment form after an
    answer, or thanks."""
    token = request.GET.get("feedback", "") if request is not None else ""
    context = {"feedback_state": "ask", "feedback_form_token": vote_token(page)}
    if token == DONE:
        context["feedback_state"] = DONE
    elif token and _feedback_from_token(token, page) is not None:
        context.update(feedback_state="comment", feedback_token=token,
                       feedback_form=FeedbackCommentForm())
    return context
