"""Cutting text into sentences and words the way readability formulas expect.

Rules from ../shared/facts/plain-language.md, because a naive count gives
wrong scores on CPAS pages:
- every block (paragraph, list item, heading, table cell) and every line break
  ends a sentence, so a list without full stops is not one long sentence;
- French elisions (l', d', qu'...) are split off: "d'argent" is "argent";
- hyphenated words count as one word, their parts are counted separately;
- numbers are dropped ("02 555 12 34" is not four words);
- acronyms (CPAS, OCMW, ÖSHZ) are read letter by letter and are flagged.
"""

import re
from dataclasses import dataclass

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
FRENCH_ELISION = re.compile(r"^(?:l|d|n|qu|s|j|m|t|c|jusqu|lorsqu|puisqu|quoiqu)['’]", re.I)


@dataclass(frozen=True)
class Word:
    text: str          # as written
    parts: tuple       # what syllables are counted on
    letters: int       # letters only, for "long word" (more than 6)
    is_acronym: bool


def sentences(blocks):
    """Sentences of a list of blocks (each block ends a sentence)."""
    found = []
    for block in blocks:
        for sentence in SENTENCE_END.split(block):
            sentence = sentence.strip()
            if WORD.search(sentence):
                found.append(sentence)
    return found


def is_acronym(token):
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def words(sentence, language):
    result = []
    for match in WORD.finditer(sentence):
        token = match.group()
        stem = FRENCH_ELISION.sub("", token) if language == "fr" else token
        parts = tuple(part for part in re.split(r"['’-]", stem) if part)
        result.append(Word(
            text=token,
            parts=parts,
            letters=sum(len(part) for part in parts),
            is_acronym=is_acronym(stem),
        ))
    return result
