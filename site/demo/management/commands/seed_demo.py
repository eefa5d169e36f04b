import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from ...seeding import seed


class Command(BaseCommand):
    help = (
        "Build the demo CPAS site in French, Dutch, German and English (idempotent) "
        "and print an admin login."
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
        home, pages = seed()
        from wagtail.models import Page

        count = Page.objects.descendant_of(home, inclusive=True).count()
        self.stdout.write(
            f"Demo site ready: {count} pages in French (home, topics, {len(pages) - 1} "
            "information pages, contact), each translated into Dutch, German and English."
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
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin login: http://127.0.0.1:8000/admin/  user: {username}  password: {password}"
            )
        )
