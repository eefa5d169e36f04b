"""``rights_export``: the published questions and rights, with their rules,
as the contract's JSON (French source, the questions' wording in every
language), in a stable order."""

from django.core.management.base import BaseCommand, CommandError

from rights_explorer import rule_set
from rights_explorer.engine import RulesError, dumps, parse


class Command(BaseCommand):
    help = "Print the published questions and rights with their rules, as JSON."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["json"], default="json",
                            help="JSON, the contract's format (the only one).")

    def handle(self, *args, **options):
        try:
            text = dumps(parse(rule_set.export_data()))
        except RulesError as error:
            raise CommandError(f"The rules on the site do not hold:\n{error}") from None
        self.stdout.write(text, ending="")
