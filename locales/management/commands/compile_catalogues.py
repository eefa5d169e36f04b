from django.core.management.base import BaseCommand

from ...catalogues import compile_all


class Command(BaseCommand):
    help = "Compile the Balise apps' .po catalogues to .mo with polib (no GNU gettext needed)."

    def handle(self, *args, **options):
        compiled = compile_all()
        self.stdout.write(f"Compiled {len(compiled)} catalogues.")
