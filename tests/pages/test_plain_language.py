"""The readability engine against values computed by hand from each formula.

Syllables are pyphen's hyphenation points (listed per word in the comments),
acronyms one per letter, French elisions split off, numbers dropped, and
every block or line break ends a sentence.
"""

import pytest
from django.utils import translation

from pages.plain_language import analyse


def test_french_kandel_moles_with_elision_and_an_acronym():
    text = ("Le CPAS vous aide si vous n'avez pas assez d'argent pour vivre. "
            "Vous pouvez demander une aide financière au service social de votre commune.")
    # Le 1, CPAS 4 (C-P-A-S), vous 1, aide 1, si 1, vous 1, (n')avez 1, pas 1, assez 2,
    # (d')argent 2, pour 1, vivre 1 = 17; Vous 1, pouvez 2, demander 3, une 1, aide 1,
    # financière 3, au 1, service 2, social 2, de 1, votre 1, commune 2 = 20
    result = analyse(text, "fr")
    assert (result.words, len(result.sentences), result.syllables) == (24, 2, 37)
    asl, asw = 24 / 2, 37 / 24
    assert result.score == pytest.approx(207 - 1.015 * asl - 73.6 * asw)  # 81.35
    # long words (> 6 letters): demander, financière, service, commune ("argent" has 6)
    assert result.lix == pytest.approx(asl + 100 * 4 / 24)  # 28.67
    assert result.band == "easy"
    assert result.sentences[0].acronyms == ["CPAS"]
    assert result.sentences[0].flags == ["acronym", "abbreviation"]  # not explained


def test_typographic_apostrophe_is_an_elision_too():
    straight = analyse("Vous n'avez pas d'argent.", "fr")
    curly = analyse("Vous n’avez pas d’argent.", "fr")
    assert (straight.words, straight.syllables) == (curly.words, curly.syllables) == (4, 5)


def test_dutch_flesch_douma():
    # Het 1, OCMW 4, helpt 1, u 1 | Bel 1, ons 1, voor 1, een 1, afspraak 2 = 13
    result = analyse("Het OCMW helpt u. Bel ons voor een afspraak.", "nl")
    assert (result.words, len(result.sentences), result.syllables) == (9, 2, 13)
    assert result.score == pytest.approx(206.835 - 0.93 * 4.5 - 77 * 13 / 9)  # 91.43
    assert result.lix == pytest.approx(4.5 + 100 * 1 / 9)  # afspraak
    assert result.formula == "Flesch-Douma"


def test_german_amstad():
    # Rufen 2, Sie 1, uns 1, an 1 | Wir 1, helfen 2, Ihnen 2, gern 1 = 11
    result = analyse("Rufen Sie uns an. Wir helfen Ihnen gern.", "de")
    assert (result.words, result.syllables) == (8, 11)
    assert result.score == pytest.approx(180 - 4 - 58.5 * 11 / 8)  # 95.56
    assert result.lix == pytest.approx(4.0)


def test_english_flesch_reading_ease():
    # Call 1, us 1, today 1 | We 1, can 1, help 1, you 1, pay 1, your 1, energy 2, bills 1
    result = analyse("Call us today. We can help you pay your energy bills.", "en")
    assert (result.words, result.syllables) == (11, 12)
    assert result.score == pytest.approx(206.835 - 1.015 * 5.5 - 84.6 * 12 / 11)


def test_each_list_item_is_a_sentence_even_without_full_stops():
    # Apportez 3 | votre 1, carte 1, (d')identité 3 | vos 1, extraits 2, de 1, compte 1
    result = analyse(["Apportez :", "votre carte d’identité", "vos extraits de compte"], "fr")
    assert len(result.sentences) == 3 and result.words == 8 and result.syllables == 13
    assert result.lix == pytest.approx(8 / 3 + 100 * 3 / 8)  # Apportez, identité, extraits
    as_one_block = analyse("Apportez : votre carte d’identité vos extraits de compte", "fr")
    assert len(as_one_block.sentences) == 1 and as_one_block.lix > result.lix


def test_numbers_are_dropped_and_hyphenated_parts_counted_separately():
    # Appelez 3, le 1, peut-être 1 + 1 (one word, 9 letters)
    result = analyse("Appelez le 02 555 12 34 peut-être.", "fr")
    assert (result.words, result.syllables, result.long_words) == (3, 6, 2)


def test_long_sentences_are_flagged_at_the_site_threshold():
    sentence = " ".join(["mot"] * 21) + "."
    assert analyse(sentence, "fr").sentences[0].flags == ["long_sentence"]
    assert analyse(sentence, "fr", max_sentence_words=25).sentences[0].flags == []


def test_band_is_told_in_the_editors_language():
    result = analyse("Rufen Sie uns an.", "de")
    with translation.override("nl"):
        assert str(result.band_label) == "heel makkelijk"
    with translation.override("fr"):
        assert str(result.band_label) == "très facile"


def test_empty_text_scores_without_dividing_by_zero():
    result = analyse(["", "12 34", "   "], "nl")
    assert result.words == 0 and result.sentences == [] and result.lix == 0
