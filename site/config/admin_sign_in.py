"""Throttling of the admin's sign-in and password reset.

Sign-in goes through django-axes (its backend sees every ``authenticate``
call, Wagtail's LoginView included); ``locked_out`` is its lock-out answer.
Password reset is not a sign-in, so axes does not see it: a small cache-based
limiter counts reset requests per client and per e-mail address, so nobody
can flood an inbox or the outgoing mail server from the "Forgotten
password?" form. Counters hold hashes, never the address or the IP itself.
"""

import logging

from axes.helpers import get_cool_off
from django.conf import settings
from django.shortcuts import render
from wagtail.admin.views.account import PasswordResetView

from pages import throttle

logger = logging.getLogger(__name__)

TOO_MANY_ATTEMPTS = "balise_pages/errors/too_many_attempts.html"


def client_address(request):
    """AXES_CLIENT_IP_CALLABLE: the same client address as every Balise
    limiter (``pages.throttle``)."""
    return throttle.client_address(request)


def too_many_attempts(request, kind, minutes):
    # rendered now: axes' middleware swaps it in after the other middleware ran
    return render(request, TOO_MANY_ATTEMPTS, {"kind": kind, "minutes": minutes}, status=429)


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: say what happened, for how long and what to do."""
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else 0
    return too_many_attempts(request, "sign_in", minutes)


class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's password reset, answering 429 (and sending nothing) once a
    client or an address has asked too often within the window."""

    def post(self, request, *args, **kwargs):
        limits = settings.BALISE_PASSWORD_RESET_THROTTLE
        window = limits["window_minutes"] * 60
        client = throttle.client_address(request)
        over = throttle.over_limit("password-reset-client", client, limits["per_client"], window)
        form = self.get_form()
        if form.is_valid():
            address = form.cleaned_data["email"].strip().lower()
            over = throttle.over_limit("password-reset-address", address,
                                       limits["per_address"], window) or over
        if over:
            logger.warning("Password reset refused: too many requests from client %s", client)
            return too_many_attempts(request, "password_reset", limits["window_minutes"])
        return self.form_valid(form) if form.is_valid() else self.form_invalid(form)
