"""``rights_import FILE``: load questions and rights from the contract's
JSON (``-`` reads standard input). Everything is checked before anything is
written: a file with one mistake changes nothing, and every mistake is listed
with the right (or question) and the condition it is in."""

import sys

from django.core.management.base import BaseCommand, CommandError

from rights_explorer.engine import RulesError
from rights_explorer.rules_import import import_rules


class Command(BaseCommand):
    help = "Load questions and rights from a JSON file, all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The JSON file (as rights_export prints it), or -.")

    def handle(self, *args, **options):
        path = options["file"]
        try:
            if path == "-":
                text = sys.stdin.read()
            else:
                with open(path, encoding="utf-8") as handle:
                    text = handle.read()
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from None
        try:
            questions, rights = import_rules(text)
        except RulesError as error:
            raise CommandError(f"Nothing was imported; fix these first:\n{error}") from None
        self.stdout.write(f"Imported {questions} questions and {rights} rights.")
