"""The one-question survey sent with the answer to a request: "Was your
question answered? Yes / Partly / No", anonymous by construction.

The link carries a signed token (``django.core.signing``, a salt of its own)
that holds only what the service-level report groups by (service, topic,
channel, kind), the language of the page and a random nonce: never the
reference, the request's id, a name or an address. So an answer cannot be
joined back to the request, even by whoever reads the database.

A link counts once: the first answer stores a ``SatisfactionAnswer`` and the
nonce as a keyed hash (``UsedSurveyLink``, HMAC with a key derived from
``SECRET_KEY``); using it again thanks the citizen and counts nothing. A
tampered or expired link (90 days) gets a kind message, never an error page.

The page is exempt from CSRF checks, like the status lookup: the secret is
the signed token in the URL, which a forged cross-site post cannot know, and
a citizen whose browser refuses cookies can still answer.

How the reply e-mail adds the link (``forms.front_office_emails``)::

    from forms.survey import survey_url
    context["survey_url"] = survey_url(submission, request)  # or a Site, or None

and in ``email/reply.txt``::

    {% if survey_url %}{% translate "Was your question answered? Tell us in one click:" %}
    {{ survey_url }}{% endif %}
"""

import datetime
import secrets
from urllib.parse import urljoin

from django import forms
from django.core import signing
from django.db import IntegrityError, transaction
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from .satisfaction import SatisfactionAnswer, UsedSurveyLink
from .services import Service

SALT = "balise_forms.survey"
DIGEST_SALT = "balise_forms.survey.used"
MAX_AGE = datetime.timedelta(days=90)
TEMPLATE = "balise_forms/survey.html"
TOKEN_MAX_LENGTH = 1000


def make_token(submission, language=None):
    """The signed payload: report dimensions, language and a nonce only."""
    payload = {
        "s": submission.assigned_to_id,
        "t": submission.topic or "",
        "c": submission.channel or "",
        "k": submission.kind or "",
        "l": language or submission.locale.language_code,
        "n": secrets.token_urlsafe(16),
    }
    # Not compressed: a compressed token starts with ".", which some web
    # servers refuse in a path (rules against hidden files).
    return signing.dumps(payload, salt=SALT)


def read_token(token):
    """The payload of a valid token, or None (tampered, expired, malformed)."""
    if not isinstance(token, str) or len(token) > TOKEN_MAX_LENGTH:
        return None
    try:
        payload = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except (signing.BadSignature, ValueError, TypeError):  # SignatureExpired is a BadSignature
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("n"), str):
        return None
    return payload


def survey_url(submission, request_or_site=None):
    """The absolute survey link for a closed request, in its language, or ""
    when the site does not include ``forms.urls``. ``request_or_site``: the
    current request, a Wagtail ``Site``, or None for the request's site."""
    language = submission.locale.language_code
    with translation.override(language):
        try:
            path = reverse("balise_forms:survey", args=[make_token(submission, language)])
        except NoReverseMatch:
            return ""
    if hasattr(request_or_site, "build_absolute_uri"):
        return request_or_site.build_absolute_uri(path)
    site = request_or_site if isinstance(request_or_site, Site) else None
    if site is None:
        page = getattr(submission, "page", None)
        site = page.get_site() if page is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return urljoin(site.root_url, path) if site is not None else path


def used_digest(nonce):
    """A keyed hash of the nonce: without ``SECRET_KEY`` it cannot be
    matched to a link."""
    return salted_hmac(DIGEST_SALT, nonce, algorithm="sha256").hexdigest()


def is_used(payload):
    return UsedSurveyLink.objects.filter(digest=used_digest(payload["n"])).exists()


def record(payload, answer, today=None):
    """Store one answer for the link, once. Returns False if already used."""
    today = today or timezone.localdate()
    try:
        with transaction.atomic():
            UsedSurveyLink.objects.create(digest=used_digest(payload["n"]), used_on=today)
            SatisfactionAnswer.objects.create(
                answer=answer, week=today - datetime.timedelta(days=today.weekday()),
                service_id=_service_id(payload.get("s")),
                topic=str(payload.get("t") or "")[:120],
                channel=str(payload.get("c") or "")[:10], kind=str(payload.get("k") or "")[:10])
    except IntegrityError:
        return False
    return True


def _service_id(value):
    if isinstance(value, int) and Service.objects.filter(pk=value).exists():
        return value
    return None


class SurveyForm(forms.Form):
    answer = forms.ChoiceField(choices=SatisfactionAnswer.ANSWER_CHOICES)


def _language(payload):
    from django.conf import settings

    language = payload.get("l") if payload else None
    codes = {code for code, _name in settings.LANGUAGES}
    return language if language in codes else None


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def survey(request, token):
    payload = read_token(token)
    language = _language(payload) or translation.get_language()
    with translation.override(language):
        if payload is None:
            return render(request, "invalid", status=400)
        if is_used(payload):
            return render(request, "already")
        if request.method != "POST":
            return render(request, "question")
        form = SurveyForm(request.POST)
        if not form.is_valid():
            return render(request, "question", status=400, error=True)
        if not record(payload, form.cleaned_data["answer"]):
            return render(request, "already")
        return render(request, "thanks")


def render(request, state, status=200, error=False):
    response = TemplateResponse(request, TEMPLATE, {
        "state": state, "error": error, "choices": SatisfactionAnswer.ANSWER_CHOICES,
    }, status=status)
    response.render()  # inside the token's language
    return response
