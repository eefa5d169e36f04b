import json
import sys

from django.core.management.base import BaseCommand, CommandError

from pages.plain_language import analyse
from pages.plain_language.checking import glossary_for
from pages.plain_language.findings import Limits
from pages.plain_language.formulas import FORMULAS
from pages.plain_language.text_blocks import from_html, from_plain_text


class Command(BaseCommand):
    help = (
        "Check a text with the plain-language checker and print JSON: score, band, LIX, "
        "sentences with their flags, findings and jargon with plain alternatives. "
        "FILE is plain text (blank lines between paragraphs, '#' headings, '-' list items) "
        "or HTML; '-' reads standard input."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a text or HTML file, or - for standard input")
        parser.add_argument("--locale", required=True, choices=sorted(FORMULAS),
                            help="language of the text")
        parser.add_argument("--max-sentence-words", type=int,
                            default=Limits.max_sentence_words)
        parser.add_argument("--no-glossary", action="store_true",
                            help="do not look for the site's glossary terms")

    def handle(self, *args, file, locale, max_sentence_words, no_glossary, **options):
        text = self._read(file)
        looks_like_html = text.lstrip().startswith("<")
        blocks = from_html(text) if looks_like_html else from_plain_text(text)
        glossary = () if no_glossary else glossary_for(locale)
        analysis = analyse(blocks, locale, glossary=glossary,
                           limits=Limits(max_sentence_words=max_sentence_words))
        result = analysis.as_dict()
        result["band_label"] = str(analysis.band_label)
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))

    def _read(self, file):
        if file == "-":
            return sys.stdin.read()
        try:
            with open(file, encoding="utf-8") as handle:
                return handle.read()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from error
        except UnicodeDecodeError as error:
            raise CommandError(f"{file} is not UTF-8 text.") from error
