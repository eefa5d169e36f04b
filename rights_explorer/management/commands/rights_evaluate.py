"""``rights_evaluate --answers JSON``: every published right's outcome for
one set of answers, with the status of each condition (the engine's
evaluation JSON), to try the rules without the questionnaire."""

import json

from django.core.management.base import BaseCommand, CommandError

from rights_explorer import rule_set
from rights_explorer.engine import AnswerError, RulesError, evaluate, evaluation_dumps


class Command(BaseCommand):
    help = "Print every right's outcome and the status of each condition for some answers."

    def add_arguments(self, parser):
        parser.add_argument("--answers", default="{}",
                            help='The answers as JSON, e.g. \'{"age": 30}\'; '
                                 "unanswered questions are unknown.")
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args, **options):
        try:
            answers = json.loads(options["answers"])
        except ValueError as error:
            raise CommandError(f"--answers is not valid JSON: {error}") from None
        try:
            evaluation = evaluate(rule_set.current(), answers)
        except RulesError as error:
            raise CommandError(f"The rules on the site do not hold:\n{error}") from None
        except AnswerError as error:
            raise CommandError(f"An answer does not fit its question: {error}") from None
        if options["format"] == "json":
            self.stdout.write(evaluation_dumps(evaluation), ending="")
            return
        for result in evaluation:
            self.stdout.write(f"{result.slug}: {result.outcome}")
            for status in result.conditions:
                self.stdout.write(f"  {status.path or 'rule'}: {status.truth}")
