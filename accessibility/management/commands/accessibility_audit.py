"""``manage.py accessibility_audit``: the automated audit from a terminal or a
CI job. The report goes to a file or to stdout; the progress and the summary
go to stderr, so ``--format json > report.json`` stays a clean file. The exit
status is 1 when an active finding is serious or critical, so CI can fail on it.
"""

import datetime
import sys
from pathlib import Path
from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from wagtail.models import Locale, Page

from ...audit.run import audit_report_file, blocking_findings, run_audit
from ...exports import FORMATS, export
from ...findings import IMPACTS
from ...models.runs import AuditRun
from ...results.summary import run_summary

BAR_WIDTH = 30


class Progress:
    """A bar redrawn in place on a terminal; elsewhere (a CI log) one line
    each time another tenth of the addresses is done."""

    def __init__(self, stream):
        self.stream = stream
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.tenth = 0

    def __call__(self, done, total, url):
        if not total:
            return
        if self.tty:
            filled = BAR_WIDTH * done // total
            self.stream.write(f"\r[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] "
                              f"{done}/{total} {url[-60:]:<60}")
            if done == total:
                self.stream.write("\n")
            self.stream.flush()
            return
        tenth = 10 * done // total
        if tenth > self.tenth or done == total:
            self.tenth = tenth
            self.stream.write(f"{done}/{total} addresses checked ({100 * done // total} %)\n")
            self.stream.flush()


def parse_date(value):
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--changed-since: {value!r} is not a date; write it as "
                           "YYYY-MM-DD, for example 2026-11-30.") from None
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


class Command(BaseCommand):
    help = ("Audit the site's accessibility: every live page of every language, and the "
            "states a crawler never sees (forms with their errors, the rights explorer's "
            "steps and results, search results), in headless Chromium with axe, plus the "
            "content rules and the PDF checks. Stores the run and writes its report. Exit "
            "status 1 when an active finding is serious or critical.")

    def add_arguments(self, parser):
        parser.add_argument("--locale", help="only the pages of this language (fr, nl, de, en)")
        parser.add_argument("--page", type=int, help="only the page with this id")
        parser.add_argument("--workers", type=int, default=1,
                            help="browsers checking pages in parallel (default 1)")
        parser.add_argument("--format", choices=FORMATS, default="json",
                            help="the report's format (default json)")
        parser.add_argument("--output", help="write the report to this file (default stdout)")
        parser.add_argument("--changed-since", metavar="YYYY-MM-DD",
                            help="only the pages published on or after this date")
        parser.add_argument("--base-url", help="check the site served at this address "
                                               "instead of serving it here")
        parser.add_argument("--timeout", type=float, default=30,
                            help="seconds a page may take to load (default 30)")
        parser.add_argument("--include-submissions", action="store_true",
                            help="also open states that store an answer: each form completed "
                                 "and sent (its confirmation; a request is stored) and the "
                                 "feedback box; not on a production site")

    def check_options(self, options):
        locale = options["locale"]
        if locale and not Locale.objects.filter(language_code=locale).exists():
            known = ", ".join(Locale.objects.order_by("language_code")
                              .values_list("language_code", flat=True))
            raise CommandError(f"--locale: no language {locale!r} on this site; "
                               f"use one of: {known}.")
        page_id = options["page"]
        if page_id is not None:
            page = Page.objects.filter(pk=page_id).first()
            if page is None:
                raise CommandError(f"--page: no page with id {page_id}.")
            if not page.live:
                raise CommandError(f"--page: page {page_id} ({page.title}) is not published.")
        if options["workers"] < 1:
            raise CommandError("--workers: at least 1.")
        if options["timeout"] <= 0:
            raise CommandError("--timeout: a number of seconds above 0.")
        base_url = options["base_url"]
        if base_url and (urlsplit(base_url).scheme not in ("http", "https")
                         or not urlsplit(base_url).netloc):
            raise CommandError(f"--base-url: {base_url!r} is not a web address "
                               "(http://host:port).")
        output = options["output"]
        if output and not Path(output).resolve().parent.is_dir():
            raise CommandError(f"--output: the folder of {output!r} does not exist.")
        return parse_date(options["changed_since"]) if options["changed_since"] else None

    def handle(self, *args, **options):
        changed_since = self.check_options(options)
        run = run_audit(
            locale=options["locale"], page=options["page"], changed_since=changed_since,
            workers=options["workers"], base_url=options["base_url"],
            trigger=AuditRun.COMMAND, timeout=options["timeout"],
            progress=Progress(self.stderr._out if hasattr(self.stderr, "_out")
                              else sys.stderr),
            include_submissions=options["include_submissions"])
        if run.status != AuditRun.FINISHED:
            raise CommandError(f"The audit failed (run {run.pk}): {run.error}")
        output = options["output"]
        content, _type, _name = export(run_summary(run), options["format"])
        if output:
            Path(output).write_bytes(content)
            if options["format"] == "html":
                audit_report_file(run, output, timeout=options["timeout"])
        else:
            self.stdout.write(content.decode("utf-8"), ending="")
        self.summarise(run)
        blocking = blocking_findings(run)
        if blocking:
            raise CommandError(f"{len(blocking)} active findings of serious or critical "
                               "impact.", returncode=1)

    def summarise(self, run):
        summary = run_summary(run)
        lines = [f"Run {run.pk}: {run.addresses_checked} addresses checked, "
                 f"{run.addresses_unavailable} not loaded, in "
                 f"{run.duration.total_seconds():.0f} s "
                 f"({run.browser_start_seconds:.1f} s starting browsers)."]
        for address in summary.unavailable:
            lines.append(f"  not checked: {address.url} ({address.reason})")
        totals = ", ".join(f"{impact} {summary.totals.get(impact, 0)}"
                           for impact in reversed(IMPACTS))
        lines.append(f"Active findings: {len(summary.active)} ({totals}); "
                     f"dismissed: {len(summary.dismissed)}.")
        if summary.previous is not None:
            lines.append(f"Since run {summary.previous.pk}: {len(summary.new)} new, "
                         f"{len(summary.fixed)} fixed.")
        self.stderr.write("\n".join(lines))
