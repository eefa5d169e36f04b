"""Passive voice per language, on sentences a CPAS / OCMW / ÖSHZ page contains.

Each passive must come back as the exact phrase shown to the writer; each
active or adjectival sentence must give nothing, because a false alarm on
"Le service est gratuit" teaches staff to ignore the check.
"""

import pytest

from pages.plain_language.passive import passive_phrases

PASSIVE = [
    # French: être + participle, avoir + été + participle
    ("fr", "La demande est envoyée par le CPAS.", "est envoyée"),
    ("fr", "Votre dossier a été transmis au comité spécial.", "a été transmis"),
    ("fr", "Le montant n'est pas payé en cas de retard.", "est pas payé"),
    ("fr", "Vous êtes convoqué à un entretien avec l'assistant social.", "êtes convoqué"),
    ("fr", "Les frais médicaux sont couverts par la mutuelle.", "sont couverts"),
    ("fr", "Le formulaire doit être signé et daté.", "être signé"),
    ("fr", "La décision vous sera communiquée par écrit.", "sera communiquée"),
    ("fr", "L'aide est aussi accordée aux étudiants.", "est aussi accordée"),
    ("fr", "Vous êtes accueilli par un assistant social.", "êtes accueilli"),
    ("fr", "Votre demande n'a pas encore été traitée.", "a pas encore été traitée"),
    ("fr", "La confidentialité est garantie.", "est garantie"),
    # Dutch: worden + participle in the same clause (or just before worden)
    ("nl", "Uw aanvraag wordt binnen 30 dagen behandeld.", "wordt binnen 30 dagen behandeld"),
    ("nl", "Het geld wordt door ons betaald.", "wordt door ons betaald"),
    ("nl", "U wordt gebeld door een maatschappelijk werker.", "wordt gebeld"),
    ("nl", "Het te veel betaalde bedrag wordt teruggebetaald.", "wordt teruggebetaald"),
    ("nl", "Uw leefloon wordt op uw rekening gestort.", "wordt op uw rekening gestort"),
    ("nl", "Het formulier moet volledig ingevuld worden.", "ingevuld worden"),
    ("nl", "U wordt doorverwezen naar de schuldbemiddeling.", "wordt doorverwezen"),
    ("nl", "Uw dossier werd goedgekeurd door het bijzonder comité.", "werd goedgekeurd"),
    ("nl", "De aanvraag wordt ingediend bij het OCMW van uw gemeente.", "wordt ingediend"),
    ("nl", "In sommige gevallen wordt een voorschot gegeven.", "wordt een voorschot gegeven"),
    ("nl", "U wordt bijgestaan door een tolk.", "wordt bijgestaan"),
    # German: werden + Partizip II (after it, or just before it at the clause end)
    ("de", "Der Antrag wird geprüft.", "wird geprüft"),
    ("de", "Das Geld wurde überwiesen.", "wurde überwiesen"),
    ("de", "Der Antrag muss bis Ende Mai gestellt werden.", "gestellt werden"),
    ("de", "Ihr Antrag ist geprüft worden.", "geprüft worden"),
    ("de", "Sie werden schriftlich informiert.", "werden schriftlich informiert"),
    ("de", "Die Kosten werden vom ÖSHZ übernommen.", "werden vom ÖSHZ übernommen"),
    ("de", "Der Betrag wird monatlich ausgezahlt.", "wird monatlich ausgezahlt"),
    ("de", "Sie werden zu einem Gespräch eingeladen.", "werden zu einem Gespräch eingeladen"),
    ("de", "Ihr Antrag wurde abgelehnt.", "wurde abgelehnt"),
    ("de", "Das Einkommen wird als Einnahme angerechnet.", "wird als Einnahme angerechnet"),
    ("de", "Wenn Ihr Antrag bewilligt wird, erhalten Sie einen Brief.", "bewilligt wird"),
    # English: be (or have been) + participle, at most two adverbs between
    ("en", "Your request is checked by a social worker.", "is checked"),
    ("en", "The money was not paid.", "was not paid"),
    ("en", "The money has been paid into your account.", "has been paid"),
    ("en", "Your file is being processed.", "is being processed"),
    ("en", "You will be contacted by a social worker.", "be contacted"),
    ("en", "Your rent is paid directly to the landlord.", "is paid"),
    ("en", "The form must be signed by both partners.", "be signed"),
    ("en", "Your application wasn't approved.", "wasn't approved"),
    ("en", "The decision is sent to you by post.", "is sent"),
    ("en", "The amount is then automatically deducted.", "is then automatically deducted"),
]

NOT_PASSIVE = [
    # French: adjectives, passé composé with être, reflexives, "est-ce", nouns
    ("fr", "Le service est gratuit."),
    ("fr", "Le CPAS vous aide si vous n'avez pas assez d'argent pour vivre."),
    ("fr", "Il est venu au bureau ce matin."),
    ("fr", "Elle s'est inscrite comme demandeuse d'emploi."),
    ("fr", "Nous nous sommes inscrits au CPAS."),
    ("fr", "Est-ce que vous avez droit au revenu d'intégration ?"),
    ("fr", "Le bureau est ouvert du lundi au vendredi."),
    ("fr", "Vous êtes enceinte ou vous avez un enfant."),
    ("fr", "Vous êtes marié ou cohabitant légal."),
    ("fr", "Les sommes versées par votre employeur comptent."),
    ("fr", "Le CPAS est situé rue Haute."),
    ("fr", "Vous êtes le bienvenu."),
    # Dutch: worden as "become", present tense, nouns
    ("nl", "Het wordt koud."),
    ("nl", "Het OCMW betaalt de huur."),
    ("nl", "U wordt lid van de bibliotheek."),
    ("nl", "Het wordt duidelijk dat u te weinig verdient."),
    ("nl", "Het wordt moeilijk om de huur te betalen."),
    ("nl", "De huur wordt elk jaar duurder."),
    ("nl", "U wordt eigenaar van de woning."),
    ("nl", "Uw kind wordt volwassen."),
    ("nl", "Het wordt herfst."),
    ("nl", "U wordt verplicht om te werken."),
    # German: werden as "become", future tense, nouns
    ("de", "Das wird schwierig."),
    ("de", "Sie werden es bekommen."),
    ("de", "Wir werden Sie anrufen."),
    ("de", "Sie werden das Geld erhalten."),
    ("de", "Ihr Kind wird erwachsen."),
    ("de", "Das wird Ihnen gefallen."),
    ("de", "Er wird nächstes Jahr 65."),
    ("de", "Es wird Zeit."),
    ("de", "Das ÖSHZ hilft Ihnen, wenn Sie nicht genug Geld haben."),
    ("de", "Wir werden bestimmt eine Lösung finden."),
    # English: adjectives after be, -ed adjectives
    ("en", "The service is free."),
    ("en", "You are ready."),
    ("en", "You are entitled to help."),
    ("en", "You are married or live together."),
    ("en", "The office is closed on Mondays."),
    ("en", "You are interested in training."),
    ("en", "We are here to help."),
    ("en", "You are over 65."),
    ("en", "You are self-employed."),
    ("en", "The rent is due on the first day of the month."),
]


@pytest.mark.parametrize(("language", "sentence", "phrase"), PASSIVE)
def test_passive_is_found(language, sentence, phrase):
    assert passive_phrases(sentence, language) == [phrase]


@pytest.mark.parametrize(("language", "sentence"), NOT_PASSIVE)
def test_active_or_adjectival_is_not_flagged(language, sentence):
    assert passive_phrases(sentence, language) == []


@pytest.mark.parametrize(("language", "sentence", "phrases"), [
    ("fr", "La demande est reçue et la décision est prise dans les 30 jours.",
     ["est reçue", "est prise"]),
    ("nl", "Als de aanvraag goedgekeurd wordt, wordt het geld gestort.",
     ["goedgekeurd wordt", "wordt het geld gestort"]),
    ("de", "Der Antrag wird geprüft und danach wird das Geld überwiesen.",
     ["wird geprüft", "wird das Geld überwiesen"]),
    ("en", "Your request was received and your file was opened.",
     ["was received", "was opened"]),
])
def test_two_passives_come_back_in_order(language, sentence, phrases):
    assert passive_phrases(sentence, language) == phrases


def test_typographic_apostrophe_keeps_the_text_as_written():
    assert passive_phrases("Votre demande n’a pas été acceptée.", "fr") == ["a pas été acceptée"]


def test_unknown_language_gives_nothing():
    assert passive_phrases("La demande est envoyée par le CPAS.", "es") == []
    assert passive_phrases("", "fr") == []
