"""One readability formula per language, and LIX for all four.

ASL = words per sentence, ASW = syllables per word. Constants and bands from
../shared/facts/plain-language.md. Higher is easier for the four Flesch-like
formulas; LIX is the other way round.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Formula:
    name: str
    constant: float
    per_word_in_sentence: float  # × ASL
    per_syllable_in_word: float  # × ASW
    # (lowest score, band key), from easiest down; the first one reached wins
    bands: tuple

    def score(self, asl, asw):
        return self.constant - self.per_word_in_sentence * asl - self.per_syllable_in_word * asw

    def band(self, score):
        for lowest, key in self.bands:
            if score >= lowest:
                return key
        return self.bands[-1][1]


FLESCH_BANDS = (
    (90, "very_easy"), (80, "easy"), (70, "fairly_easy"), (60, "standard"),
    (50, "fairly_difficult"), (30, "difficult"), (float("-inf"), "very_difficult"),
)
DOUMA_BANDS = (
    (90, "very_easy"), (80, "easy"), (70, "fairly_easy"), (60, "standard"),
    (45, "fairly_difficult"), (30, "difficult"), (float("-inf"), "very_difficult"),
)

FORMULAS = {
    # French has no validated bands of its own: the Flesch bands are used.
    "fr": Formula("Kandel & Moles", 207, 1.015, 73.6, FLESCH_BANDS),
    "nl": Formula("Flesch-Douma", 206.835, 0.93, 77, DOUMA_BANDS),
    "de": Formula("Amstad", 180, 1, 58.5, FLESCH_BANDS),
    "en": Formula("Flesch reading ease", 206.835, 1.015, 84.6, FLESCH_BANDS),
}

BAND_LABELS = {
    "very_easy": _("very easy"),
    "easy": _("easy"),
    "fairly_easy": _("fairly easy"),
    "standard": _("standard"),
    "fairly_difficult": _("fairly hard"),
    "difficult": _("hard"),
    "very_difficult": _("very hard"),
}

LONG_WORD_LETTERS = 6


def lix(word_count, sentence_count, long_word_count):
    """Björnsson's LIX: words per sentence + percentage of words over 6 letters."""
    if not word_count or not sentence_count:
        return 0.0
    return word_count / sentence_count + 100 * long_word_count / word_count
