"""What the explorer's results tell a citizen to do next: for each right
they probably or may have, how to apply, the documents to bring, where to go
(in their language) and whether it is a legal right or a CPAS decision; and
results that print cleanly, without the buttons."""

import re
from pathlib import Path

import pytest

from rights_explorer.models import PartnerOrganisation
from tests.conftest import text_of
from tests.factories import locales, make_channel, translate, translate_snippet
from tests.rights_explorer.rights_factories import (
    AGE_18,
    make_explorer,
    make_question,
    make_right,
)
from tests.rights_explorer.test_journey import answer_all

pytestmark = pytest.mark.django_db

IN_BELGIUM = {"question": "in_belgium", "op": "eq", "value": True,
              "text": {"fr": "Vous vivez en Belgique", "nl": "U woont in België",
                       "de": "Sie wohnen in Belgien", "en": "You live in Belgium"}}
STUDENT = {"question": "student", "op": "eq", "value": True,
           "text": {"fr": "Vous êtes étudiant", "nl": "U bent student",
                    "de": "Sie sind Student", "en": "You are a student"}}
STYLESHEET = Path(__file__).parents[2] / "pages/static/balise_pages/css/balise.css"
ANSWERS = {"age": "30", "in_belgium": "dont_know", "student": "no"}


@pytest.fixture
def explorer():
    make_question("age", "age", text="Quel âge avez-vous ?", sort_order=1)
    make_question("in_belgium", text="Vivez-vous en Belgique ?", sort_order=2)
    make_question("student", text="Êtes-vous étudiant ?", sort_order=3)
    page = make_explorer()
    partner = PartnerOrganisation.objects.create(
        locale=locales()["fr"], name="Bureau d'aide juridique", helps_with="Conseils.",
        themes=["legal-aid"], address="Rue Haute 1\n1000 Bruxelles", phone="02 555 11 22")
    translate_snippet(partner, "nl", name="Bureau voor juridische bijstand",
                      address="Hoogstraat 1\n1000 Brussel")
    channel = make_channel("desk", name="Au guichet du CPAS", address="Rue Basse 2")
    likely = make_right(
        page, "revenu-integration", AGE_18, title="Le revenu d'intégration", kind="E",
        how_to_apply=[("step", "Prenez rendez-vous avec une assistante sociale")],
        documents=[("document", "Votre carte d'identité")], partner=partner)
    translate(likely, "nl", title="Het leefloon", slug="leefloon",
              how_to_apply=[("step", "Maak een afspraak met een maatschappelijk werker")],
              documents=[("document", "Uw identiteitskaart")])
    make_right(page, "aide-sociale", {"all": [AGE_18, IN_BELGIUM]}, title="L'aide sociale",
               kind="D", how_to_apply=[("step", "Venez au guichet")],
               contact_channel=channel)
    make_right(page, "bourse", STUDENT, title="La bourse d'études", kind="E",
               how_to_apply=[("step", "Remplissez le formulaire de la Communauté")])
    return page


def between(text, start, end):
    return text.split(start)[1].split(end)[0]


def test_a_likely_right_says_how_to_apply_what_to_bring_where_to_go_and_its_kind(
        explorer, client):
    response, _seen = answer_all(client, explorer, ANSWERS)
    likely = between(text_of(response), "Vous avez probablement droit à",
                     "Vous avez peut-être droit à")
    assert "Le revenu d'intégration" in likely
    assert "Un droit prévu par la loi : si les conditions sont remplies" in likely
    assert "Prenez rendez-vous avec une assistante sociale" in likely
    assert "Votre carte d'identité" in likely
    assert "Bureau d'aide juridique" in likely
    assert "Rue Haute 1" in likely and "02 555 11 22" in likely
    assert 'href="tel:025551122"' in response.content.decode()


def test_a_possible_right_names_the_contact_channel_and_the_cpas_decision(explorer, client):
    response, _seen = answer_all(client, explorer, ANSWERS)
    text = text_of(response)
    possible = between(text, "Vous avez peut-être droit à", "Probablement pas")
    assert "L'aide sociale" in possible
    assert "Le CPAS décide au cas par cas." in possible
    assert "Venez au guichet" in possible
    assert "Au guichet du CPAS" in possible and "Rue Basse 2" in possible


def test_a_right_probably_not_for_now_gives_no_steps(explorer, client):
    response, _seen = answer_all(client, explorer, ANSWERS)
    unlikely = text_of(response).split("Probablement pas pour le moment")[1]
    assert "La bourse d'études" in unlikely
    assert "Remplissez le formulaire" not in text_of(response)


def test_the_next_steps_and_the_partner_speak_the_readers_language(explorer, client):
    dutch = translate(explorer, "nl", title="Uw rechten", slug="uw-rechten")
    response, _seen = answer_all(client, dutch, ANSWERS)
    text = text_of(response)
    likely = between(text, "U hebt waarschijnlijk recht op", "U hebt misschien recht op")
    assert "Het leefloon" in likely
    assert "Maak een afspraak met een maatschappelijk werker" in likely
    assert "Uw identiteitskaart" in likely
    assert "Bureau voor juridische bijstand" in likely and "Hoogstraat 1" in likely
    assert "Bureau d'aide juridique" not in text
    assert "Een recht dat in de wet staat" in likely


def test_the_results_print_without_their_buttons_and_offer_a_print_button(explorer, client):
    response, _seen = answer_all(client, explorer, ANSWERS)
    html = response.content.decode()
    assert "balise_forms/print_button.js" in html
    assert re.search(r"<button[^>]*data-print-button[^>]*hidden", html)
    assert "Imprimer ces résultats" in html
    assert "Imprimer de votre navigateur" in text_of(response)  # how to print without it
    forms = re.findall(r"<form[^>]*>", html)
    main_forms = [form for form in forms if 'name="q"' not in form and "search" not in form]
    assert main_forms and all("print-hidden" in form for form in main_forms if "post" in form)
    print_rules = STYLESHEET.read_text().split("@media print")[1]
    assert re.search(r"\.print-hidden[^{]*\{\s*display: none", print_rules)
