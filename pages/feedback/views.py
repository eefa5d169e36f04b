""""Did this page help you?": a yes/no answer, then an optional comment, in
two plain HTML forms that work without JavaScript. The answer is saved at
the first click (people often leave after it); a signed token lets the
same reader add a comment for an hour, and nobody else."""

from django import forms as django_forms
from django.contrib import messages
from django.core import signing
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .models import MAX_COMMENT_LENGTH, PageFeedback

TOKEN_SALT = "balise.page-feedback"  # noqa: S105 (a signing salt, not a secret)
TOKEN_MAX_AGE = 3600
DONE = "done"


class FeedbackCommentForm(django_forms.Form):
    comment = django_forms.CharField(
        required=False, strip=True,
        max_length=MAX_COMMENT_LENGTH,
        error_messages={"max_length": _(
            "Your comment is too long: %(limit_value)d characters at most, "
            "and it has %(show_value)d.")},
    )


def _live_page(page_id):
    return get_object_or_404(Page.objects.live().public(), pk=page_id).specific


def _back_to(page, request, query=""):
    return HttpResponseRedirect(f"{page.get_url(request=request)}{query}#feedback")


@require_POST
def page_feedback(request, page_id):
    page = _live_page(page_id)
    answer = request.POST.get("helpful")
    if answer not in ("yes", "no"):
        messages.error(request, _("Choose \"Yes\" or \"No\" to answer."))
        return _back_to(page, request)
    feedback = PageFeedback.objects.create(page=page, helpful=answer == "yes")
    token = signing.dumps(feedback.pk, salt=TOKEN_SALT)
    return _back_to(page, request, f"?feedback={token}")


@require_POST
def page_feedback_comment(request, page_id):
    page = _live_page(page_id)
    feedback = _feedback_from_token(request.POST.get("token", ""), page)
    if feedback is None:
        messages.error(request, _(
            "We could not add your comment: the form is more than an hour old. "
            "Your yes or no answer is saved."))
        return _back_to(page, request)
    form = FeedbackCommentForm(request.POST)
    if not form.is_valid():
        context = page.get_context(request)
        context.update(feedback_state="comment", feedback_form=form,
                       feedback_token=request.POST.get("token", ""),
                       feedback_max_length=MAX_COMMENT_LENGTH)
        return TemplateResponse(request, page.get_template(request), context, status=400)
    if form.cleaned_data["comment"]:
        feedback.comment = form.cleaned_data["comment"]
        feedback.save()
    return _back_to(page, request, f"?feedback={DONE}")


def _feedback_from_token(token, page):
    try:
        pk = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    return PageFeedback.objects.filter(pk=pk, page_id=page.pk).first()


def feedback_context(request, page):
    """What the feedback box shows: the question, the comment form after an
    answer, or thanks."""
    token = request.GET.get("feedback", "") if request is not None else ""
    context = {"feedback_state": "ask", "feedback_max_length": MAX_COMMENT_LENGTH}
    if token == DONE:
        context["feedback_state"] = DONE
    elif token and _feedback_from_token(token, page) is not None:
        context.update(feedback_state="comment", feedback_token=token,
                       feedback_form=FeedbackCommentForm())
    return context
