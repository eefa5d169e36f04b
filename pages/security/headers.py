"""Permissions-Policy on every response.

Django's SecurityMiddleware already sends X-Content-Type-Options,
Referrer-Policy and Cross-Origin-Opener-Policy, and XFrameOptionsMiddleware
X-Frame-Options; the one header Django has no setting for is added here."""

from .conf import app_settings

HEADER = "Permissions-Policy"


def permissions_policy(features):
    """``{"camera": []}`` gives ``camera=()``; ``{"fullscreen": ["self"]}``
    gives ``fullscreen=(self)``."""
    return ", ".join(f"{name}=({' '.join(allowed)})" for name, allowed in features.items())


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = permissions_policy(app_settings.PERMISSIONS_POLICY)
        if policy and HEADER not in response:
            response[HEADER] = policy
        return response
