"""Who may see a request: social data stays inside the service that answers.

A request is open to
- the staff groups of the service it is assigned to (``Service.groups``),
- the front-office group of the form it came through (``ContactFormPage.
  front_office_group``: it triages everything that form receives),
- superusers.
Nobody else: not an editor who may change the form page (Wagtail's default),
not another service. Every inbox view, export, reply, forward, download and
deletion asks ``can_access`` for each request it touches, and every list
starts from ``requests_for``.
"""

from django.db.models import Q

from .models import ContactFormPage, ContactSubmission, Service


def _group_ids(user):
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    cached = getattr(user, "_balise_group_ids", None)
    if cached is None:
        cached = user._balise_group_ids = frozenset(user.groups.values_list("pk", flat=True))
    return cached


def _scope(user, groups):
    """(service ids, form page ids) of the user's groups, once per request."""
    cached = getattr(user, "_balise_scope", None)
    if cached is None:
        cached = user._balise_scope = (
            list(Service.objects.filter(groups__in=groups).values_list("pk", flat=True)),
            list(ContactFormPage.objects.filter(front_office_group__in=groups)
                 .values_list("pk", flat=True)))
    return cached


def requests_for(user, queryset=None):
    """The requests ``user`` may read (one query, no join that repeats rows)."""
    queryset = ContactSubmission.objects.all() if queryset is None else queryset
    groups = _group_ids(user)
    if groups is None:
        return queryset.none()
    if user.is_superuser:
        return queryset
    if not groups:
        return queryset.none()
    # Ids first (two small queries), so the database gets plain IN lists on
    # indexed columns, and no OR when the user is only on one side.
    services, forms = _scope(user, groups)
    if services and forms:
        return queryset.filter(Q(assigned_to__in=services) | Q(page_id__in=forms))
    if forms:
        return queryset.filter(page_id__in=forms)
    return queryset.filter(assigned_to__in=services)


def services_for(user):
    """The services whose staff groups ``user`` is in (all for a superuser)."""
    groups = _group_ids(user)
    if groups is None:
        return Service.objects.none()
    if user.is_superuser:
        return Service.objects.all()
    return Service.objects.filter(groups__in=groups).distinct()


def front_office_forms(user):
    """The form pages whose front office ``user`` belongs to (all for a superuser)."""
    groups = _group_ids(user)
    if groups is None:
        return ContactFormPage.objects.none()
    if user.is_superuser:
        return ContactFormPage.objects.all()
    return ContactFormPage.objects.filter(front_office_group__in=groups)


def is_front_office(user, submission):
    groups = _group_ids(user)
    if groups is None:
        return False
    if user.is_superuser:
        return True
    page = submission.page.specific
    return getattr(page, "front_office_group_id", None) in groups


def can_access(user, submission):
    """May ``user`` read, reply to, forward, export or delete ``submission``?"""
    groups = _group_ids(user)
    if groups is None:
        return False
    if user.is_superuser:
        return True
    if submission.assigned_to_id is not None and submission.assigned_to.groups.filter(
            pk__in=groups).exists():
        return True
    return is_front_office(user, submission)


def may_use_inbox(user):
    """Anyone who answers for a service or a form's front office."""
    groups = _group_ids(user)
    if groups is None:
        return False
    return user.is_superuser or services_for(user).exists() or front_office_forms(user).exists()
