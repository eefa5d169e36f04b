"""The Content-Security-Policy: django-csp's middleware with two choices made
per response.

- ``frame-ancestors``: ``'self'`` only for a response that may be framed by
  the site itself (Wagtail's preview panel, whose views send
  ``X-Frame-Options: SAMEORIGIN``), ``'none'`` for everything else, so the
  two headers always agree (a browser that knows CSP ignores X-Frame-Options).
- under Wagtail's admin only, ``'unsafe-inline'`` for scripts and styles and
  ``blob:`` images: Wagtail 8 still writes inline scripts (date pickers,
  inline panels; jQuery runs the scripts of chooser answers) and style
  attributes (wagtail/wagtail#1288); the browser test
  tests/browser/test_content_security_policy.py shows each. Everything else
  of the policy holds there too (this site's files only, no plugin, no
  foreign frame or form target). Public pages never allow inline code: no
  nonce is used, since anonymous pages are cached and a nonce shared by
  every reader would protect nothing.
"""

from csp.constants import HEADER, NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware

from .conf import app_settings


def frames_allowed(response):
    return response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"


ADMIN_DIRECTIVES = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
}


def is_admin(request):
    return request.path_info.startswith(tuple(app_settings.ADMIN_PATHS))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        """Wagtail's preview renders the page through the whole middleware
        chain again, for the page's own address: that inner pass gives the
        public policy (``frame-ancestors 'none'``), which django-csp would
        keep, and the preview panel could not show the page. What the
        admin serves carries the admin's policy."""
        if is_admin(request) and HEADER in response:
            del response[HEADER]
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        replace = dict(parts.replace or {})
        replace.setdefault("frame-ancestors", [SELF] if frames_allowed(response) else [NONE])
        if is_admin(request):
            for name, sources in ADMIN_DIRECTIVES.items():
                replace.setdefault(name, sources)
        parts.replace = replace
        return parts
