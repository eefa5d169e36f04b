"""What the checker points out on crafted texts, rule by rule, and how a page's
text is cut into blocks (so headings, list items and paragraphs are told apart)."""

from pages.plain_language import analyse
from pages.plain_language.findings import Limits
from pages.plain_language.glossary import GlossaryEntry
from pages.plain_language.text_blocks import (
    HEADING,
    ITEM,
    PARAGRAPH,
    TextBlock,
    from_html,
    from_plain_text,
)

FR_GLOSSARY = [
    GlossaryEntry("cohabitant", "vous vivez avec quelqu'un",
                  "Une personne qui partage un logement.", True),
    GlossaryEntry("revenu d'intégration", "l'argent du CPAS chaque mois", "", True),
    GlossaryEntry("préalablement", "avant", "", False),
    GlossaryEntry("RIS", "revenu d'intégration", "", True),
]
NL_GLOSSARY = [GlossaryEntry("indien", "als", "", False),
               GlossaryEntry("derhalve", "dus", "", False)]


def rules(analysis):
    return [finding.rule for finding in analysis.findings]


def test_a_paragraph_over_80_words_is_pointed_out_but_a_list_of_short_items_is_not():
    sentence = "Vous pouvez venir nous voir au guichet le matin. "  # 9 words
    long_paragraph = TextBlock(PARAGRAPH, sentence * 9, "body-1")  # 81 words
    result = analyse([long_paragraph], "fr")
    finding = next(f for f in result.findings if f.rule == "long_paragraph")
    assert finding.detail == {"words": 81, "limit": 80} and finding.block == "body-1"
    items = [TextBlock(ITEM, sentence, "body-2")] * 9
    assert "long_paragraph" not in rules(analyse(items, "fr"))


def test_more_than_300_words_without_a_sub_heading_is_pointed_out_once_per_section():
    paragraph = TextBlock(PARAGRAPH, "Vous pouvez venir nous voir au guichet le matin. " * 8, "p")
    section = [paragraph] * 5  # 5 × 72 = 360 words
    assert rules(analyse(section, "fr")).count("no_subheading") == 1
    with_headings = [TextBlock(HEADING, "Quand venir ?", "h"), *section[:3],
                     TextBlock(HEADING, "Où venir ?", "h"), *section[:3]]  # 216 words each
    assert "no_subheading" not in rules(analyse(with_headings, "fr"))
    limits = Limits(max_words_without_subheading=200)
    assert rules(analyse(with_headings, "fr", limits=limits)).count("no_subheading") == 2


def test_words_in_capitals_are_shouting_but_a_short_acronym_alone_is_not():
    assert "capitals" in rules(analyse("N'oubliez pas votre carte IMPORTANTE.", "fr"))
    assert "capitals" in rules(analyse("Ne venez PAS SANS rendez-vous.", "fr"))
    assert "capitals" not in rules(analyse("Apportez votre carte. Le CPAS vous aide.", "fr"))


def test_an_abbreviation_must_be_explained_where_it_first_appears():
    unexplained = analyse("Le CPAS vous aide. Le CPAS vous écoute.", "fr")
    assert [f.detail for f in unexplained.findings if f.rule == "abbreviation"] == [
        {"abbreviation": "CPAS"}], "reported once, at its first use"
    for explained in ("Le CPAS (centre public d'action sociale) vous aide.",
                      "Le centre public d'action sociale (CPAS) vous aide.",
                      "Le CPAS est le service social de la commune. Le CPAS vous aide."):
        assert "abbreviation" not in rules(analyse(explained, "fr")), explained


def test_passive_voice_is_found_in_each_language():
    samples = {
        "fr": ("Votre demande est envoyée par le service.", "est envoyée"),
        "nl": ("Uw aanvraag wordt binnen 30 dagen behandeld.", "wordt binnen 30 dagen behandeld"),
        "de": ("Der Antrag wird geprüft.", "wird geprüft"),
        "en": ("Your request is checked by a social worker.", "is checked"),
    }
    for language, (text, phrase) in samples.items():
        found = [f.detail["phrase"] for f in analyse(text, language).findings
                 if f.rule == "passive"]
        assert found == [phrase], (language, found)
    assert "passive" not in rules(analyse("Le service est gratuit.", "fr"))


def test_jargon_comes_with_its_plain_alternative_and_explanation():
    result = analyse("Vous êtes cohabitant. Apportez préalablement vos papiers.", "fr",
                     glossary=FR_GLOSSARY)
    jargon = result.as_dict()["jargon"]
    assert [(hit["term"], hit["alternative"]) for hit in jargon] == [
        ("cohabitant", "vous vivez avec quelqu'un"), ("préalablement", "avant")]
    assert jargon[0]["explanation"] == "Une personne qui partage un logement."
    assert jargon[0]["sentence"] == "Vous êtes cohabitant."


def test_a_necessary_term_may_stay_once_explained_but_a_word_to_replace_never_may():
    explained = analyse(
        [TextBlock(HEADING, "Demander le revenu d'intégration"),
         "Le revenu d'intégration est de l'argent pour vivre. Le revenu d'intégration aide."],
        "fr", glossary=FR_GLOSSARY)
    assert "jargon" not in rules(explained), "a title names the term, the text explains it"
    replace = analyse("Derhalve vragen wij u dit. Indien u vragen hebt, bel ons. Derhalve.",
                      "nl", glossary=NL_GLOSSARY)
    assert [f.detail["term"] for f in replace.findings if f.rule == "jargon"] == [
        "derhalve", "indien", "derhalve"], "a word to replace is flagged at every use"


def test_glossary_matching_is_on_whole_words_with_both_apostrophes_and_acronym_case():
    hits = analyse("Le revenu d’intégration aide. Le risque est faible. Le RIS aussi.", "fr",
                   glossary=FR_GLOSSARY).as_dict()["jargon"]
    assert [hit["found"] for hit in hits] == ["revenu d’intégration", "RIS"]


def test_rich_text_html_is_cut_at_every_block_and_line_break():
    html = ("<h2>Que faire ?</h2><p>Appelez-nous.<br/>Venez au guichet</p>"
            "<ul><li>votre carte</li><li>vos factures</li></ul>")
    assert [(b.kind, b.text) for b in from_html(html, "body-7")] == [
        (HEADING, "Que faire ?"), (PARAGRAPH, "Appelez-nous."), (PARAGRAPH, "Venez au guichet"),
        (ITEM, "votre carte"), (ITEM, "vos factures")]
    assert {b.ref for b in from_html(html, "body-7")} == {"body-7"}


def test_plain_text_files_have_headings_items_and_paragraphs():
    text = "# Que faire ?\nAppelez-nous.\nVenez au guichet.\n\n- votre carte\n1. Appelez\n"
    assert [(b.kind, b.text) for b in from_plain_text(text)] == [
        (HEADING, "Que faire ?"), (PARAGRAPH, "Appelez-nous.\nVenez au guichet."),
        (ITEM, "votre carte"), (ITEM, "Appelez")]
