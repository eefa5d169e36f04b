"""The demo CPAS: a fictional commune, Valmont, and its social welfare centre.

Every text is written in French (the source language) with its Dutch,
German and English translation next to it, so that ``seed_demo`` can hand the
translations to wagtail-localize string by string, as a translator would.
Facts (amounts, delays, numbers) come from ../shared/facts/rights-be.md; the
address, phone and e-mail are invented.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class T:
    """One text in the four languages."""

    fr: str
    nl: str
    de: str
    en: str

    def get(self, language):
        return getattr(self, language)


ORGANISATION = {
    "name": T(
        "CPAS de Valmont",
        "OCMW Valmont",
        "ÖSHZ Valmont",
        "Valmont Public Social Welfare Centre",
    ),
    "address": T(
        "Rue de la Station 12\n1399 Valmont",
        "Stationsstraat 12\n1399 Valmont",
        "Bahnhofstraße 12\n1399 Valmont",
        "Rue de la Station 12\n1399 Valmont",
    ),
    "phone": "02 555 12 34",
    "email": "info@cpas-valmont.example",
    # (weekday 0 = Monday, opens, closes)
    "desk_hours": [
        (0, "09:00", "12:00"),
        (1, "09:00", "12:00"),
        (2, "09:00", "12:00"),
        (2, "13:30", "16:00"),
        (3, "09:00", "12:00"),
        (4, "09:00", "12:00"),
    ],
    "phone_hours": [
        (0, "08:30", "16:30"),
        (1, "08:30", "16:30"),
        (2, "08:30", "16:30"),
        (3, "08:30", "16:30"),
        (4, "08:30", "12:30"),
    ],
    "emergency_numbers": [
        (
            T("Ambulance et pompiers", "Ambulance en brandweer", "Rettungsdienst und Feuerwehr", "Ambulance and fire brigade"),
            T("112", "112", "112", "112"),
            T("", "", "", ""),
        ),
        (
            T("Police", "Politie", "Polizei", "Police"),
            T("101", "101", "101", "101"),
            T("", "", "", ""),
        ),
        (
            T("Centre Antipoisons", "Antigifcentrum", "Giftnotrufzentrale", "Poison centre"),
            T("070 245 245", "070 245 245", "070 245 245", "070 245 245"),
            T("", "", "", ""),
        ),
        (
            T("Télé-Accueil", "Tele-Onthaal", "TelefonHilfe", "Listening line"),
            T("107", "106", "108", "107"),
            T(
                "pour parler à quelqu'un, jour et nuit",
                "om met iemand te praten, dag en nacht",
                "um mit jemandem zu sprechen, Tag und Nacht",
                "to talk to someone, day and night",
            ),
        ),
    ],
}

HOME = {
    "slug": T("accueil", "home-nl", "start", "home"),
    "title": T(
        "Bienvenue au CPAS de Valmont",
        "Welkom bij het OCMW Valmont",
        "Willkommen beim ÖSHZ Valmont",
        "Welcome to the Valmont welfare centre",
    ),
    "intro": T(
        "Le CPAS (centre public d'action sociale) aide les habitants de Valmont qui ont des difficultés. Nous aidons pour l'argent, le logement, l'énergie, la santé et les dettes. Nos services sont gratuits.",
        "Het OCMW (openbaar centrum voor maatschappelijk welzijn) helpt inwoners van Valmont die het moeilijk hebben. Wij helpen bij geld, wonen, energie, gezondheid en schulden. Onze hulp is gratis.",
        "Das ÖSHZ (Öffentliches Sozialhilfezentrum) hilft Menschen in Valmont, die Schwierigkeiten haben. Wir helfen bei Geld, Wohnen, Energie, Gesundheit und Schulden. Unsere Hilfe ist kostenlos.",
        "The welfare centre helps people in Valmont who are having a hard time. We help with money, housing, energy, health and debts. Our help is free.",
    ),
    "reach_us_text": T(
        "Venez au guichet, appelez-nous ou écrivez-nous. Nous parlons français, néerlandais, allemand et anglais.",
        "Kom naar het onthaal, bel ons of schrijf ons. Wij spreken Nederlands, Frans, Duits en Engels.",
        "Kommen Sie zum Schalter, rufen Sie uns an oder schreiben Sie uns. Wir sprechen Deutsch, Französisch, Niederländisch und Englisch.",
        "Come to the desk, call us or write to us. We speak English, French, Dutch and German.",
    ),
    # (key of PAGES, short description), in the order shown on the home page
    "top_tasks": [
        ("income", T(
            "Une aide en argent chaque mois",
            "Elke maand hulp in geld",
            "Jeden Monat Hilfe mit Geld",
            "Money to help you every month",
        )),
        ("first-appointment", T(
            "Les papiers à apporter",
            "De papieren die u meebrengt",
            "Die Papiere, die Sie mitbringen",
            "The papers to bring",
        )),
        ("energy", T(
            "Gaz, électricité ou mazout",
            "Gas, elektriciteit of stookolie",
            "Gas, Strom oder Heizöl",
            "Gas, electricity or heating oil",
        )),
        ("debt-mediation", T(
            "Des dettes que vous ne pouvez pas payer",
            "Schulden die u niet kunt betalen",
            "Schulden, die Sie nicht bezahlen können",
            "Debts you cannot pay",
        )),
        ("medical-costs", T(
            "Médecin, pharmacie, hôpital",
            "Dokter, apotheek, ziekenhuis",
            "Arzt, Apotheke, Krankenhaus",
            "Doctor, pharmacy, hospital",
        )),
        ("contact", T(
            "Guichet, téléphone ou e-mail",
            "Onthaal, telefoon of e-mail",
            "Schalter, Telefon oder E-Mail",
            "Desk, phone or e-mail",
        )),
    ],
    "contact_page": "contact",
}

# The "How to reach us" page: its channels come from pages_help_and_rights.CHANNELS.
REACH_US = {
    "key": "contact",
    "slug": T("nous-contacter", "contact", "kontakt", "contact-us"),
    "title": T("Nous contacter", "Contact", "Kontakt", "Contact us"),
    "intro": T(
        "Vous pouvez venir au guichet, nous appeler, nous écrire ou nous voir en vidéo. Choisissez ce qui vous convient le mieux.",
        "U kunt naar het onthaal komen, ons bellen, ons schrijven of ons zien via video. Kies wat u het beste past.",
        "Sie können zum Schalter kommen, uns anrufen, uns schreiben oder uns per Video sehen. Wählen Sie, was am besten zu Ihnen passt.",
        "You can come to the desk, call us, write to us or see us on video. Choose what suits you best.",
    ),
}

# Demo colleagues who own pages and review them (no password: they cannot log in).
OWNERS = {
    "social": ("nadia.lambert", "Nadia", "Lambert"),
    "energy": ("luc.dupont", "Luc", "Dupont"),
    "communication": ("sarah.peeters", "Sarah", "Peeters"),
}

TRANSLATION_LANGUAGES = ("nl", "de", "en")
