"""How long the plain-language checker takes on a page, per language.

Targets (issue 3): under 30 ms for a 1,500-word page, and a cost that grows
linearly from 500 to 5,000 words. Texts are built from the demo's own
information pages (real sentences, real block structure), with each
language's seeded glossary. "cold" clears every cache first (the first check
after a restart); "warm" is the editor re-checking while staff type.

The baseline, measured in the same run on the same text, is the cheapest
possible pass: cutting the text into sentences and words only. The ratio says
what syllables, formulas and findings cost on top of reading the text.

Run: .venv/bin/python benchmarks/plain_language.py
"""

import os
import re
import statistics
import sys
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from demo import data_files  # noqa: E402
from pages.plain_language import analyse, passive, syllables, tokens  # noqa: E402
from pages.plain_language.glossary import Glossary, GlossaryEntry  # noqa: E402
from pages.plain_language.text_blocks import HEADING, PARAGRAPH, TextBlock  # noqa: E402

LANGUAGES = ("fr", "nl", "de", "en")
REPEATS = 15


def glossary(language):
    return Glossary([GlossaryEntry(e["term"], e["plain_alternative"], e["explanation"],
                                   e["allowed_if_explained"])
                     for e in data_files.glossary(language)], language)


def texts_in(value):
    """The translatable French texts of a block's stored value: each
    paragraph or list item of rich text on its own, as wagtail-localize
    cuts them."""
    if isinstance(value, dict):
        return [text for key, item in value.items() if key != "id" for text in texts_in(item)]
    if isinstance(value, list):
        return [text for item in value for text in texts_in(item)]
    if isinstance(value, str):
        texts = re.findall(r"<(?:p|li)>(.*?)</(?:p|li)>", value) or [value]
        return [text for text in texts if text in data_files.catalogue("nl")]
    return []


def demo_blocks(language):
    """Every text of the demo's information pages as blocks, in page order."""
    blocks = []
    for page in data_files.pages():
        if page.type != "InformationPage":
            continue
        blocks.append(TextBlock(HEADING, data_files.translate(page.fields["title"], language)))
        blocks.append(TextBlock(PARAGRAPH, data_files.translate(page.fields["intro"], language)))
        for block in page.fields["body"]:
            kind = HEADING if block["type"] == "subheading" else PARAGRAPH
            blocks.extend(TextBlock(kind, data_files.translate(text, language))
                          for text in texts_in(block["value"]))
    return blocks


def words_in(blocks, language):
    return sum(len(tokens.words(s, language)) for s in tokens.sentences([b.text for b in blocks]))


def text_of_size(blocks, language, target):
    """Repeat the demo blocks until the text has ``target`` words."""
    chosen, count, index = [], 0, 0
    while count < target:
        block = blocks[index % len(blocks)]
        chosen.append(block)
        count += words_in([block], language)
        index += 1
    return chosen, count


def clear_caches():
    syllables._count.cache_clear()
    passive._passive_spans.cache_clear()


def median_ms(function, cold):
    timings = []
    for _ in range(REPEATS):
        if cold:
            clear_caches()
        start = time.perf_counter()
        function()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def baseline(blocks, language):
    for sentence in tokens.sentences([block.text for block in blocks]):
        tokens.words(sentence, language)


def main():
    print(f"Python {sys.version.split()[0]}, median of {REPEATS} runs\n")
    print("1,500-word page (target: under 30 ms)")
    print(f"{'lang':<5}{'words':>7}{'baseline':>11}{'cold':>10}{'warm':>10}{'cold/base':>11}")
    for language in LANGUAGES:
        entries = glossary(language)
        blocks, count = text_of_size(demo_blocks(language), language, 1500)
        check = partial(analyse, blocks, language, glossary=entries)
        base = median_ms(partial(baseline, blocks, language), cold=False)
        cold = median_ms(check, cold=True)
        warm = median_ms(check, cold=False)
        print(f"{language:<5}{count:>7}{base:>9.1f}ms{cold:>8.1f}ms{warm:>8.1f}ms"
              f"{cold / base:>10.1f}x")

    print("\nGrowth with page length (cold; linear means the per-word cost stays flat)")
    print(f"{'lang':<5}" + "".join(f"{size:>10}" for size in (500, 1000, 2500, 5000))
          + f"{'5000/500':>11}")
    for language in LANGUAGES:
        entries = glossary(language)
        demo = demo_blocks(language)
        per_word = []
        cells = []
        for size in (500, 1000, 2500, 5000):
            blocks, count = text_of_size(demo, language, size)
            ms = median_ms(partial(analyse, blocks, language, glossary=entries), cold=True)
            per_word.append(ms / count)
            cells.append(f"{ms:>8.1f}ms")
        ratio = per_word[-1] / per_word[0]
        print(f"{language:<5}" + "".join(cells) + f"{ratio:>10.2f}x per word")


if __name__ == "__main__":
    main()
