"""The staff groups of the reference site, beside Wagtail's own "Editors"
and "Moderators": who may read what citizens wrote in the page feedback."""

from django.contrib.auth.models import Group, Permission

FEEDBACK_READERS = "Page feedback readers"

GROUP_PERMISSIONS = {
    FEEDBACK_READERS: [
        ("wagtailadmin", "access_admin"),
        ("balise_pages", "read_pagefeedback"),
    ],
}


def ensure_staff_groups():
    """Create the groups and give them their permissions (keeping any an
    administrator added); running it again changes nothing. Returns the
    groups by name."""
    groups = {}
    for name, permissions in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*[
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in permissions
        ])
        groups[name] = group
    return groups
