"""What the checker tells a writer, beyond the score: one Finding per thing to
look at, with the sentence (or block) it is about, so the editor panel, the
commands and the reports can all show the same advice.

Rules and thresholds from ../shared/facts/plain-language.md §3; every
threshold is a field of Limits so a site can set its own.
"""

from dataclasses import asdict, dataclass, field

from django.utils.translation import gettext_lazy as _

LONG_SENTENCE = "long_sentence"
LONG_PARAGRAPH = "long_paragraph"
NO_SUBHEADING = "no_subheading"
CAPITALS = "capitals"
ABBREVIATION = "abbreviation"
PASSIVE = "passive"
JARGON = "jargon"

RULES = {
    LONG_SENTENCE: _("Long sentence"),
    LONG_PARAGRAPH: _("Long paragraph"),
    NO_SUBHEADING: _("Long text without a sub-heading"),
    CAPITALS: _("Words in capitals"),
    ABBREVIATION: _("Abbreviation not explained"),
    PASSIVE: _("Passive voice"),
    JARGON: _("Jargon"),
}

ADVICE = {
    LONG_SENTENCE: _("Cut it into two or more sentences: one idea per sentence."),
    LONG_PARAGRAPH: _("Split the paragraph, or turn it into a list or steps."),
    NO_SUBHEADING: _("Add a sub-heading so readers can scan the page."),
    CAPITALS: _("Write in normal letters; use bold for what matters."),
    ABBREVIATION: _("Write it out in full, or explain it in brackets where it first appears."),
    PASSIVE: _("Say who does what: \"we send you\" rather than \"you are sent\"."),
    JARGON: _("Use the plain word, or explain the term where it first appears."),
}


@dataclass(frozen=True)
class Limits:
    max_sentence_words: int = 20
    max_paragraph_words: int = 80
    max_words_without_subheading: int = 300


@dataclass
class Finding:
    rule: str
    text: str          # the sentence or the start of the block it is about
    block: str = ""    # TextBlock.ref: where to fix it
    detail: dict = field(default_factory=dict)

    @property
    def label(self):
        return RULES[self.rule]

    @property
    def advice(self):
        return ADVICE[self.rule]

    def as_dict(self):
        return asdict(self)


def is_shouting(words):
    """Capitals used for emphasis: an all-capital word of 7 letters or more
    ("IMPORTANT"), or two all-capital words in a row ("NE PAS"). Shorter
    capitals alone are abbreviations, checked on their own."""
    run = 0
    for word in words:
        letters = [ch for ch in word if ch.isalpha()]
        capitals = len(letters) >= 2 and all(ch.isupper() for ch in letters)
        if capitals and len(letters) >= 7:
            return True
        run = run + 1 if capitals else 0
        if run >= 2:
            return True
    return False
