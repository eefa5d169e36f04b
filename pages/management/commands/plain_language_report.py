import csv
import json

from django.core.management.base import BaseCommand

from pages.plain_language.findings import RULES
from pages.plain_language.formulas import FORMULAS
from pages.plain_language.reports import plain_language_rows
from pages.plain_language.tasks import pages_to_check, store_results


class Command(BaseCommand):
    help = ("List every live page with its plain-language score, band and the number of "
            "findings of each kind (the same figures as the admin report), as stored when "
            "each page was last published.")

    def add_arguments(self, parser):
        parser.add_argument("--locale", choices=sorted(FORMULAS), help="only this language")
        parser.add_argument("--format", choices=["text", "csv", "json"], default="text")
        parser.add_argument(
            "--refresh", action="store_true",
            help="check every live page again first (after the glossary or the thresholds "
                 "changed); without it, the results stored when pages were saved are read")

    def handle(self, *args, locale=None, format="text", refresh=False, **options):
        if refresh:
            checked = store_results(pages_to_check(locale, again=True))
            self.stderr.write(f"{checked} pages checked")
        rows = plain_language_rows(locale)
        if format == "json":
            self.stdout.write(json.dumps({"pages": [row.as_dict() for row in rows]},
                                         ensure_ascii=False, indent=2))
        elif format == "csv":
            writer = csv.writer(self.stdout, lineterminator="\n")
            writer.writerow(["id", "language", "url", "title", "score", "band", "lix", "words",
                             *RULES, "total_findings"])
            for row in rows:
                data = row.as_dict()
                writer.writerow([data["id"], data["language"], data["url"], data["title"],
                                 data["score"], data["band"], data["lix"], data["words"],
                                 *data["findings"].values(), data["total_findings"]])
        else:
            for row in rows:
                counts = ", ".join(f"{rule} {count}" for rule, count in row.findings.items())
                self.stdout.write(
                    f"{row.score:6.1f}  {row.band:<16} {row.language}  {row.url}  "
                    f"{counts or 'no findings'}"
                )
            self.stdout.write(f"{len(rows)} pages")
