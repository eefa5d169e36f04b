"""Throttling of the admin's sign-in and password reset.

Sign-in goes through django-axes (its backend sees every ``authenticate``
call, Wagtail's LoginView included); ``locked_out`` is its lock-out answer.
Password reset is not a sign-in, so axes does not see it: a small cache-based
limiter counts reset requests per client and per e-mail address, so nobody
can flood an inbox or the outgoing mail server from the "Forgotten
password?" form. Counters hold hashes, never the address or the IP itself.
"""

import hashlib
import logging

from axes.helpers import get_cool_off
from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from wagtail.admin.views.account import PasswordResetView

logger = logging.getLogger(__name__)

TOO_MANY_ATTEMPTS = "balise_pages/errors/too_many_attempts.html"


def client_address(request):
    """AXES_CLIENT_IP_CALLABLE, also used for the reset limiter: REMOTE_ADDR,
    or behind BALISE_PROXY_COUNT proxies the address the outermost one saw
    (addresses further left can be made up by the client)."""
    proxies = getattr(settings, "BALISE_PROXY_COUNT", 0)
    if proxies:
        forwarded = [part.strip() for part in
                     request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


def too_many_attempts(request, kind, minutes):
    # rendered now: axes' middleware swaps it in after the other middleware ran
    return render(request, TOO_MANY_ATTEMPTS, {"kind": kind, "minutes": minutes}, status=429)


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: say what happened, for how long and what to do."""
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else 0
    return too_many_attempts(request, "sign_in", minutes)


def _digest(value):
    return hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()[:32]


def _count(kind, value, window):
    """One more request in the current window; returns the count so far."""
    key = f"balise:password-reset:{kind}:{_digest(value)}"
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1


class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's password reset, answering 429 (and sending nothing) once a
    client or an address has asked too often within the window."""

    def post(self, request, *args, **kwargs):
        limits = settings.BALISE_PASSWORD_RESET_THROTTLE
        window = limits["window_minutes"] * 60
        client = client_address(request) or "unknown"
        over = _count("client", client, window) > limits["per_client"]
        form = self.get_form()
        if form.is_valid():
            address = form.cleaned_data["email"].strip().lower()
            over = _count("address", address, window) > limits["per_address"] or over
        if over:
            logger.warning("Password reset refused: too many requests from client %s", client)
            return too_many_attempts(request, "password_reset", limits["window_minutes"])
        return self.form_valid(form) if form.is_valid() else self.form_invalid(form)
