"""What every response says to the browser about security, and how the
public forms are protected without a cookie.

- ``content_policy``: the Content-Security-Policy (django-csp), one fixed
  policy with no nonce, because anonymous pages are cached and shared.
- ``headers``: Permissions-Policy (Django's SecurityMiddleware sends the rest).
- ``public_forms``: the signed form token and the same-site check that
  replace Django's CSRF cookie on the citizens' forms.
- ``conf``: the defaults, overridden with ``BALISE_SECURITY`` in the settings.
"""
