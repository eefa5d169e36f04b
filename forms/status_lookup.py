"""The public status page: a citizen types the reference and the e-mail
address or phone number given with the request, and sees its status, the
promised date and the note staff wrote for them; nothing else of the request.

A wrong pair says nothing about what was wrong: an unknown reference, a
reference with a bad check character, a wrong e-mail address and a wrong
phone number all get the same message on the same page, so the page cannot be
used to learn whether a reference exists.

Guessing is throttled (``pages.throttle``: counters in the cache under keyed
hashes, no IP address stored), and only wrong tries count:

- per reference, a tight limit: the e-mail address or phone number of a
  known reference cannot be guessed, whoever tries;
- per client, a generous one on the number of *different* references tried
  wrongly: one connection cannot try reference after reference, while a
  public computer or a reception desk where people look up their own
  requests all day is not refused: right pairs never count, a citizen who
  mistypes their e-mail address three times counts once (the per-reference
  limit covers the repeats), and a mistyped reference, which its check
  character already refuses without reading the database, does not count.

When a limit is reached the lookup is refused before the pair is compared,
so a refused try teaches nothing.

The lookup is a POST, so the e-mail address never lands in a URL, a browser
history or a server log; the answer is the result page itself (nothing is
stored, so there is nothing to redirect after). It is exempt from CSRF
checks for the same reason: a forged POST changes nothing, and shows the
result to the browser that sent it, not to the forger.
"""

from django import forms as django_forms
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from pages import throttle

from . import email_addresses, phone_numbers, references
from .conf import app_settings
from .models import ContactSubmission

TEMPLATE = "balise_forms/status_lookup.html"
WINDOW_SECONDS = 3600
CONTACT_MAX_LENGTH = 254  # the longest e-mail address that can be delivered

NO_MATCH = _("We found no request with this reference and this e-mail address or phone "
             "number. Check both and try again, or call us.")
TOO_MANY_TRIES = _("There were too many tries to look up this request. Try again in an hour, "
                   "or call us.")


class StatusLookupForm(django_forms.Form):
    reference = django_forms.CharField(
        label=_("Your reference"), max_length=references.MAX_INPUT_LENGTH,
        help_text=_("It is on the confirmation page and in our e-mail, for example "
                    "K7P-4RM-9M3."),
        error_messages={
            "required": _("Enter your reference"),
            "max_length": _("Enter your reference: 9 letters and digits, like K7P-4RM-9M3"),
        },
        widget=django_forms.TextInput(attrs={
            "autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters",
            "size": "15"}),
    )
    contact = django_forms.CharField(
        label=_("Your e-mail address or phone number"), max_length=CONTACT_MAX_LENGTH,
        help_text=_("The one you gave with your request."),
        error_messages={
            "required": _("Enter the e-mail address or phone number you gave with your "
                          "request"),
            "max_length": _("Enter an e-mail address or phone number of 254 characters or "
                            "less"),
        },
        widget=django_forms.TextInput(attrs={
            "autocomplete": "off", "spellcheck": "false", "autocapitalize": "none",
            "size": "40"}),
    )


def contact_matches(submission, typed):
    """Whether ``typed`` is the e-mail address or the phone number given with
    ``submission`` (an empty stored value never matches)."""
    if "@" in typed:
        return bool(submission.email) and email_addresses.same_address(submission.email, typed)
    phone = phone_numbers.normalise(typed)
    return bool(submission.phone) and phone is not None and phone == submission.phone


def find_submission(reference, typed_contact):
    """The request when the pair is right, else None (whatever was wrong)."""
    if reference is None:
        return None
    submission = ContactSubmission.objects.filter(reference=reference).first()
    if submission is None or not contact_matches(submission, typed_contact):
        return None
    return submission


def over_limit(client, reference):
    if throttle.current("status_lookup_client", client) >= (
            app_settings.STATUS_LOOKUP_WRONG_TRIES_PER_CLIENT):
        return True
    return reference is not None and throttle.current("status_lookup_reference", reference) >= (
        app_settings.STATUS_LOOKUP_WRONG_TRIES_PER_REFERENCE)


def count_wrong_try(client, reference):
    """Only a well-formed reference with a wrong contact counts: per reference
    each time, per client once per reference."""
    if reference is None:
        return
    throttle.count("status_lookup_reference", reference, WINDOW_SECONDS)
    pair = f"{client}|{reference}"
    if throttle.current("status_lookup_pair", pair) == 0:
        throttle.count("status_lookup_pair", pair, WINDOW_SECONDS)
        throttle.count("status_lookup_client", client, WINDOW_SECONDS)


def initial_reference(request):
    """``?reference=`` from the confirmation page's link, shown as typed."""
    value = request.GET.get("reference", "")
    return value[:references.MAX_INPUT_LENGTH] if isinstance(value, str) else ""


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def status_lookup(request):
    if request.method != "POST":
        form = StatusLookupForm(initial={"reference": initial_reference(request)})
        return render(request, form)
    form = StatusLookupForm(request.POST)
    if not form.is_valid():
        return render(request, form)
    client = throttle.client_address(request)
    reference = references.normalise(form.cleaned_data["reference"])
    if over_limit(client, reference):
        form.add_error(None, TOO_MANY_TRIES)
        return render(request, form, status=429)
    submission = find_submission(reference, form.cleaned_data["contact"])
    if submission is None:
        count_wrong_try(client, reference)
        form.add_error(None, NO_MATCH)
        return render(request, form)
    return render(request, None, submission=submission)


def render(request, form, status=200, submission=None):
    return TemplateResponse(request, TEMPLATE, {"form": form, "submission": submission},
                            status=status)
