from dataclasses import dataclass, field

from . import syllables, tokens
from .formulas import BAND_LABELS, FORMULAS, LONG_WORD_LETTERS, lix

DEFAULT_MAX_SENTENCE_WORDS = 20


@dataclass
class SentenceReport:
    text: str
    words: int
    syllables: int
    flags: list = field(default_factory=list)
    acronyms: list = field(default_factory=list)


@dataclass
class Analysis:
    language: str
    formula: str
    score: float
    band: str
    lix: float
    words: int
    sentences: list
    syllables: int
    long_words: int

    @property
    def band_label(self):
        return BAND_LABELS[self.band]

    def as_dict(self):
        return {
            "language": self.language,
            "formula": self.formula,
            "score": round(self.score, 2),
            "band": self.band,
            "lix": round(self.lix, 2),
            "words": self.words,
            "syllables": self.syllables,
            "sentences": [
                {"text": s.text, "words": s.words, "flags": s.flags, "acronyms": s.acronyms}
                for s in self.sentences
            ],
        }


def analyse(blocks, language, max_sentence_words=DEFAULT_MAX_SENTENCE_WORDS):
    """Score a text given as blocks (paragraphs, list items, headings...) in
    one of fr, nl, de, en."""
    if isinstance(blocks, str):
        blocks = [blocks]
    formula = FORMULAS[language]
    reports, total_words, total_syllables, long_words = [], 0, 0, 0
    # tokens.sentences keeps only sentences with at least one word
    for sentence in tokens.sentences(blocks):
        found = tokens.words(sentence, language)
        count = sum(syllables.count(word, language) for word in found)
        report = SentenceReport(
            text=sentence, words=len(found), syllables=count,
            acronyms=[word.text for word in found if word.is_acronym],
        )
        if len(found) > max_sentence_words:
            report.flags.append("long_sentence")
        if report.acronyms:
            report.flags.append("acronym")
        reports.append(report)
        total_words += len(found)
        total_syllables += count
        long_words += sum(1 for word in found if word.letters > LONG_WORD_LETTERS)
    if total_words:
        score = formula.score(total_words / len(reports), total_syllables / total_words)
    else:
        score = 100.0
    return Analysis(
        language=language, formula=formula.name, score=score, band=formula.band(score),
        lix=lix(total_words, len(reports), long_words), words=total_words,
        sentences=reports, syllables=total_syllables, long_words=long_words,
    )
