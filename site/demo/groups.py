"""The staff groups of the reference site, beside Wagtail's own "Editors"
and "Moderators": who may read what citizens wrote in the page feedback, and
the front office: a group per service and one for the front office."""

from django.contrib.auth.models import Group, Permission

FEEDBACK_READERS = "Page feedback readers"
SOCIAL_SERVICE = "Service social"
ENERGY_CELL = "Cellule énergie"
FRONT_OFFICE = "Accueil (front office)"

GROUP_PERMISSIONS = {
    FEEDBACK_READERS: [
        ("wagtailadmin", "access_admin"),
        ("balise_pages", "read_pagefeedback"),
    ],
    # The front office: each service reads its own requests (its group is on
    # the service), the front office everything the demo forms receive.
    SOCIAL_SERVICE: [("wagtailadmin", "access_admin")],
    ENERGY_CELL: [("wagtailadmin", "access_admin")],
    FRONT_OFFICE: [("wagtailadmin", "access_admin")],
}
# Demo staff logins (seed_demo prints them): user name -> (group, first and last name).
STAFF_USERS = {
    "social": (SOCIAL_SERVICE, "Amira", "Benali"),
    "energie": (ENERGY_CELL, "Koen", "Claes"),
    "accueil": (FRONT_OFFICE, "Julie", "Martin"),
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
