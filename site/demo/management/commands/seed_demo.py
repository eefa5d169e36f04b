import os
import secrets
from collections import Counter

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from ... import data_files
from ...groups import STAFF_USERS
from ...seeding import seed

PAGE_TYPES = [("HomePage", "home"), ("TopicPage", "topics"),
              ("InformationPage", "information pages"), ("ReachUsPage", "contact"),
              ("balise_forms.ContactFormPage", "contact forms"),
              ("balise_rights.PartnerDirectoryPage", "partner directory"),
              ("balise_rights.RightsExplorerPage", "rights explorer"),
              ("balise_rights.RightPage", "rights"),
              ("balise_a11y.AccessibilityStatementPage", "accessibility statement")]


class Command(BaseCommand):
    help = (
        "Build the demo CPAS site in French, Dutch, German and English from the data "
        "files in site/demo/data (idempotent) and print an admin login."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--username", default=os.environ.get("BALISE_ADMIN_USER", "admin"),
            help="Admin user name (default: admin, or BALISE_ADMIN_USER).",
        )
        parser.add_argument(
            "--no-admin", action="store_true", help="Do not create or reset the admin user."
        )

    def handle(self, *args, username, no_admin, **options):
        seeded = seed()
        counts = Counter(page.type for page in data_files.pages())
        kinds = ", ".join(
            f"{counts[kind]} {label}" if counts[kind] > 1 else label
            for kind, label in PAGE_TYPES if counts[kind]
        )
        self.stdout.write(
            f"Demo site ready: {len(seeded.pages)} pages in French ({kinds}), each translated "
            f"into Dutch, German and English ({seeded.published} pages and "
            f"{seeded.translated} translations updated)."
        )
        if no_admin:
            return
        # The password is set on every run so that the login printed is always
        # the one that works; BALISE_ADMIN_PASSWORD fixes it for scripts.
        password = os.environ.get("BALISE_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User = get_user_model()
        user, _ = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@cpas-valmont.example"}
        )
        user.is_staff = True
        user.is_superuser = True
        user.set_password(password)
        user.save()
        for staff in User.objects.filter(username__in=STAFF_USERS):
            staff.set_password(password)
            staff.save()
        address = os.environ.get("BALISE_ADDR") or "127.0.0.1:8000"
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin login: http://{address}/admin/  user: {username}  password: {password}"
            )
        )
        self.stdout.write(
            "Front-office logins, same password: "
            + ", ".join(f"{name} ({group})" for name, (group, _first, _last)
                        in STAFF_USERS.items())
            + ". Requests → the inbox shows each what they may read."
        )
