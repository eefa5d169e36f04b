"""``rights_check_personas``: every test persona with OK or the expected
outcomes the rules break (right, expected, got, why); exit status 1 when any
breaks, so that a script or CI can stop on it. ``--drafts`` checks the
latest drafts of rights and questions instead of the published ones."""

import json

from django.core.management.base import BaseCommand, CommandError

from rights_explorer import persona_check
from rights_explorer.engine import RulesError


class Command(BaseCommand):
    help = "Check the test personas' expected outcomes against the rules; exit 1 if any breaks."

    def add_arguments(self, parser):
        parser.add_argument("--drafts", action="store_true",
                            help="Check the latest drafts of rights and questions instead of "
                                 "the published versions.")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, **options):
        try:
            ruleset, checks = persona_check.check(drafts=options["drafts"])
        except RulesError as error:
            raise CommandError(f"The rules do not hold:\n{error}") from None
        if options["format"] == "json":
            self.stdout.write(json.dumps(_as_json(checks), ensure_ascii=False, indent=2))
        else:
            for item in checks:
                self._write_text(item, ruleset)
            total, holding, broken = persona_check.summary(checks)
            self.stdout.write(f"{total} personas, {holding} hold, "
                              f"{broken} broken expectations.")
        if any(not item.holds for item in checks):
            raise SystemExit(1)

    def _write_text(self, item, ruleset):
        if item.holds:
            self.stdout.write(f"OK      {item.persona.name}")
            return
        self.stdout.write(f"BROKEN  {item.persona.name}")
        for broken in item.broken:
            got = broken.got or broken.problem
            self.stdout.write(f"  {broken.right}: expected {broken.expected}, got {got}")
            if broken.detail:
                self.stdout.write(f"    why: {broken.detail}")
            for status in broken.reasons:
                node = status.node
                what = (f"right {node.right}" if hasattr(node, "right")
                        else f"{node.question} {node.op} {_value(node.value)}")
                self.stdout.write(f"    why: {node.path or 'rule'}: {what} is {status.truth}")


def _value(value):
    if isinstance(value, (set, frozenset)):
        value = sorted(value)
    return json.dumps(value, ensure_ascii=False, default=str)


def _as_json(checks):
    return [{
        "persona": item.persona.name,
        "holds": item.holds,
        "broken": [{
            "right": broken.right,
            "expected": broken.expected,
            "got": broken.got,
            "problem": broken.problem or None,
            "detail": broken.detail or None,
            "why": [{"path": status.node.path, "truth": str(status.truth)}
                    for status in broken.reasons],
        } for broken in item.broken],
    } for item in checks]
