from dataclasses import dataclass, field

from . import syllables, tokens
from .findings import (
    ABBREVIATION,
    CAPITALS,
    JARGON,
    LONG_PARAGRAPH,
    LONG_SENTENCE,
    NO_SUBHEADING,
    PASSIVE,
    Finding,
    Limits,
    is_shouting,
)
from .formulas import BAND_LABELS, FORMULAS, LONG_WORD_LETTERS, lix
from .glossary import Glossary, acronyms_in
from .passive import passive_phrases
from .text_blocks import HEADING, PARAGRAPH, as_blocks


@dataclass
class SentenceReport:
    text: str
    words: int
    syllables: int
    block: str = ""
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
    findings: list = field(default_factory=list)

    @property
    def band_label(self):
        return BAND_LABELS[self.band]

    @property
    def has_text(self):
        return self.words > 0

    def findings_by_rule(self):
        counts = {}
        for finding in self.findings:
            counts[finding.rule] = counts.get(finding.rule, 0) + 1
        return counts

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
            "jargon": [
                {"term": f.detail["term"], "found": f.detail["found"],
                 "alternative": f.detail["alternative"], "explanation": f.detail["explanation"],
                 "sentence": f.text}
                for f in self.findings if f.rule == JARGON
            ],
            "findings": [f.as_dict() for f in self.findings],
        }


def analyse(blocks, language, max_sentence_words=None, limits=None, glossary=()):
    """Score a text given as blocks (TextBlocks, or strings taken as
    paragraphs) in one of fr, nl, de, en, and list what a writer should look
    at. ``glossary`` is a list of GlossaryEntry for that language."""
    limits = limits or Limits()
    if max_sentence_words is not None:
        limits = Limits(max_sentence_words, limits.max_paragraph_words,
                        limits.max_words_without_subheading)
    blocks = as_blocks(blocks)
    glossary = glossary if isinstance(glossary, Glossary) else Glossary(glossary, language)
    # Explanations are looked for in the running text: a heading or the
    # title names a term, the text under it explains it.
    page_text = "\n".join(block.text for block in blocks if block.kind != HEADING)
    formula = FORMULAS[language]
    reports, findings = [], []
    total_words = total_syllables = long_words = 0
    section_words, section_start = 0, None
    explained = {}

    def explained_here(term):
        """Explained on the page; an unexplained term is reported at its
        first use only (None afterwards), not at every sentence."""
        if term not in explained:
            explained[term] = glossary.is_explained_in(term, page_text)
            return explained[term]
        return explained[term] or None

    for block in blocks:
        block_words = 0
        for sentence in tokens.sentences([block.text]):
            found = tokens.words(sentence, language)
            count = sum(syllables.count(word, language) for word in found)
            report = SentenceReport(
                text=sentence, words=len(found), syllables=count, block=block.ref,
                acronyms=[word.text for word in found if word.is_acronym],
            )
            _check_sentence(report, found, language, limits, glossary, explained_here, findings)
            reports.append(report)
            block_words += len(found)
            total_syllables += count
            long_words += sum(1 for word in found if word.letters > LONG_WORD_LETTERS)
        total_words += block_words
        if block.kind == HEADING:
            section_words, section_start = 0, None
            continue
        if block.kind == PARAGRAPH and block_words > limits.max_paragraph_words:
            findings.append(Finding(LONG_PARAGRAPH, _start(block.text), block.ref,
                                    {"words": block_words, "limit": limits.max_paragraph_words}))
        if section_start is None and block_words:
            section_start = block
        section_words += block_words
        if section_words > limits.max_words_without_subheading and section_start:
            findings.append(Finding(NO_SUBHEADING, _start(section_start.text), section_start.ref,
                                    {"limit": limits.max_words_without_subheading}))
            section_start = False  # once per section

    if total_words:
        score = formula.score(total_words / len(reports), total_syllables / total_words)
    else:
        score = 100.0
    return Analysis(
        language=language, formula=formula.name, score=score, band=formula.band(score),
        lix=lix(total_words, len(reports), long_words), words=total_words,
        sentences=reports, syllables=total_syllables, long_words=long_words,
        findings=findings,
    )


def _check_sentence(report, found, language, limits, glossary, explained_here, findings):
    def add(rule, flag=None, **detail):
        findings.append(Finding(rule, report.text, report.block, detail))
        if flag and flag not in report.flags:
            report.flags.append(flag)

    if report.words > limits.max_sentence_words:
        add(LONG_SENTENCE, LONG_SENTENCE, words=report.words, limit=limits.max_sentence_words)
    if report.acronyms:
        report.flags.append("acronym")
    if is_shouting([word.text for word in found]):
        add(CAPITALS, CAPITALS)
    jargon_terms = set()
    for entry, text in glossary.hits(report.text):
        jargon_terms.add(text.upper() if entry.term.isupper() else text.lower())
        if entry.allowed_if_explained and explained_here(entry.term) is not False:
            continue
        add(JARGON, JARGON, term=entry.term, found=text, alternative=entry.alternative,
            explanation=entry.explanation)
    for acronym in acronyms_in(report.text):
        if acronym in jargon_terms or explained_here(acronym) is not False:
            continue
        add(ABBREVIATION, ABBREVIATION, abbreviation=acronym)
    for phrase in passive_phrases(report.text, language):
        add(PASSIVE, PASSIVE, phrase=phrase)


def _start(text, length=80):
    return text if len(text) <= length else text[:length].rsplit(" ", 1)[0] + "…"
