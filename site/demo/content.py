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
        "Le CPAS aide les habitants de Valmont qui ont des difficultés. Nous aidons pour l'argent, le logement, l'énergie, la santé et les dettes. Nos services sont gratuits.",
        "Het OCMW helpt inwoners van Valmont die het moeilijk hebben. Wij helpen bij geld, wonen, energie, gezondheid en schulden. Onze hulp is gratis.",
        "Das ÖSHZ hilft Menschen in Valmont, die Schwierigkeiten haben. Wir helfen bei Geld, Wohnen, Energie, Gesundheit und Schulden. Unsere Hilfe ist kostenlos.",
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
        ("contact", T(
            "Guichet, téléphone ou e-mail",
            "Onthaal, telefoon of e-mail",
            "Schalter, Telefon oder E-Mail",
            "Desk, phone or e-mail",
        )),
        ("data", T(
            "Qui les lit, vos droits",
            "Wie ze leest, uw rechten",
            "Wer sie liest, Ihre Rechte",
            "Who reads it, your rights",
        )),
    ],
    "contact_page": "contact",
}

# Each page: key, menu, slug, title, intro and a body of blocks:
# ("heading", T), ("paragraph", [T, ...]) or ("list", [T, ...]).
PAGES = [
    {
        "key": "income",
        "in_menu": True,
        "slug": T("revenu-integration", "leefloon", "eingliederungseinkommen", "integration-income"),
        "title": T(
            "Demander le revenu d'intégration",
            "Een leefloon aanvragen",
            "Das Eingliederungseinkommen beantragen",
            "Apply for the integration income",
        ),
        "intro": T(
            "Le revenu d'intégration est de l'argent que vous recevez chaque mois. Il est pour les personnes qui n'ont pas assez pour vivre.",
            "Het leefloon is geld dat u elke maand krijgt. Het is voor mensen die niet genoeg hebben om van te leven.",
            "Das Eingliederungseinkommen ist Geld, das Sie jeden Monat bekommen. Es ist für Menschen, die nicht genug zum Leben haben.",
            "The integration income is money you get every month. It is for people who do not have enough to live on.",
        ),
        "body": [
            ("heading", T("Qui peut le demander ?", "Wie kan het aanvragen?", "Wer kann es beantragen?", "Who can ask for it?")),
            (
                "list",
                [
                    T("Vous avez 18 ans ou plus.", "U bent 18 jaar of ouder.", "Sie sind 18 Jahre oder älter.", "You are 18 or older."),
                    T(
                        "Vous habitez en Belgique et vous avez le droit d'y rester.",
                        "U woont in België en u mag hier blijven.",
                        "Sie wohnen in Belgien und dürfen hier bleiben.",
                        "You live in Belgium and you are allowed to stay.",
                    ),
                    T(
                        "Vous n'avez pas assez d'argent pour vivre.",
                        "U hebt niet genoeg geld om van te leven.",
                        "Sie haben nicht genug Geld zum Leben.",
                        "You do not have enough money to live on.",
                    ),
                    T(
                        "Vous êtes prêt à travailler, si votre santé le permet.",
                        "U wilt werken, als uw gezondheid het toelaat.",
                        "Sie sind bereit zu arbeiten, wenn Ihre Gesundheit es erlaubt.",
                        "You are ready to work, if your health allows it.",
                    ),
                ],
            ),
            ("heading", T("Combien ?", "Hoeveel?", "Wie viel?", "How much?")),
            (
                "paragraph",
                [
                    T(
                        "Le montant dépend de votre famille. Une personne seule reçoit au maximum 1 314,20 euros par mois. C'est le montant au 1er février 2025.",
                        "Het bedrag hangt af van uw gezin. Een alleenstaande krijgt maximaal 1 314,20 euro per maand. Dat is het bedrag op 1 februari 2025.",
                        "Der Betrag hängt von Ihrer Familie ab. Eine alleinstehende Person bekommt höchstens 1 314,20 Euro im Monat. Das ist der Betrag am 1. Februar 2025.",
                        "The amount depends on your family. A person living alone gets at most 1,314.20 euros a month. This is the amount on 1 February 2025.",
                    ),
                ],
            ),
            ("heading", T("Comment faire ?", "Hoe gaat het?", "Wie geht das?", "What to do")),
            (
                "paragraph",
                [
                    T(
                        "Venez au guichet ou appelez-nous pour prendre rendez-vous. Une assistante sociale parle avec vous de votre situation.",
                        "Kom naar het onthaal of bel ons voor een afspraak. Een maatschappelijk werker praat met u over uw situatie.",
                        "Kommen Sie zum Schalter oder rufen Sie uns an, um einen Termin zu machen. Eine Sozialarbeiterin spricht mit Ihnen über Ihre Lage.",
                        "Come to the desk or call us to make an appointment. A social worker talks with you about your situation.",
                    ),
                    T(
                        "Le CPAS vous donne sa réponse dans les 30 jours.",
                        "Het OCMW geeft u een antwoord binnen 30 dagen.",
                        "Das ÖSHZ gibt Ihnen innerhalb von 30 Tagen eine Antwort.",
                        "The welfare centre gives you an answer within 30 days.",
                    ),
                ],
            ),
        ],
    },
    {
        "key": "first-appointment",
        "in_menu": False,
        "slug": T("premier-rendez-vous", "eerste-afspraak", "erster-termin", "first-appointment"),
        "title": T(
            "Préparer votre premier rendez-vous",
            "Uw eerste afspraak voorbereiden",
            "Ihren ersten Termin vorbereiten",
            "Get ready for your first appointment",
        ),
        "intro": T(
            "Au premier rendez-vous, une assistante sociale parle avec vous. Apportez ces papiers, si vous les avez.",
            "Bij de eerste afspraak praat een maatschappelijk werker met u. Breng deze papieren mee, als u ze hebt.",
            "Beim ersten Termin spricht eine Sozialarbeiterin mit Ihnen. Bringen Sie diese Papiere mit, wenn Sie sie haben.",
            "At the first appointment, a social worker talks with you. Bring these papers, if you have them.",
        ),
        "body": [
            ("heading", T("Ce qu'il faut apporter", "Wat moet u meebrengen?", "Was Sie mitbringen", "What to bring")),
            (
                "list",
                [
                    T("votre carte d'identité", "uw identiteitskaart", "Ihren Personalausweis", "your identity card"),
                    T(
                        "la preuve de vos revenus des 3 derniers mois",
                        "het bewijs van uw inkomen van de laatste 3 maanden",
                        "den Nachweis Ihres Einkommens der letzten 3 Monate",
                        "proof of your income for the last 3 months",
                    ),
                    T(
                        "vos extraits de compte des 3 derniers mois",
                        "uw rekeninguittreksels van de laatste 3 maanden",
                        "Ihre Kontoauszüge der letzten 3 Monate",
                        "your bank statements for the last 3 months",
                    ),
                    T("votre contrat de bail", "uw huurcontract", "Ihren Mietvertrag", "your rental contract"),
                    T(
                        "les factures que vous ne pouvez pas payer",
                        "de rekeningen die u niet kunt betalen",
                        "die Rechnungen, die Sie nicht bezahlen können",
                        "the bills you cannot pay",
                    ),
                ],
            ),
            ("heading", T("Un papier vous manque ?", "Mist u een papier?", "Ihnen fehlt ein Papier?", "A paper is missing?")),
            (
                "paragraph",
                [
                    T(
                        "Venez quand même. Nous cherchons une solution avec vous.",
                        "Kom toch. Wij zoeken samen met u een oplossing.",
                        "Kommen Sie trotzdem. Wir suchen mit Ihnen eine Lösung.",
                        "Come anyway. We will find a solution with you.",
                    ),
                ],
            ),
        ],
    },
    {
        "key": "energy",
        "in_menu": True,
        "slug": T("factures-energie", "energiefacturen", "energierechnungen", "energy-bills"),
        "title": T(
            "Payer vos factures d'énergie",
            "Uw energiefacturen betalen",
            "Ihre Energierechnungen bezahlen",
            "Pay your energy bills",
        ),
        "intro": T(
            "Vous ne pouvez pas payer votre facture de gaz ou d'électricité ? Parlez-en vite avec nous. Pas besoin d'être déjà aidé par le CPAS.",
            "Kunt u uw rekening voor gas of elektriciteit niet betalen? Praat er snel met ons over. U hoeft nog geen hulp van het OCMW te krijgen.",
            "Sie können Ihre Rechnung für Gas oder Strom nicht bezahlen? Sprechen Sie schnell mit uns. Sie müssen noch keine Hilfe vom ÖSHZ bekommen.",
            "You cannot pay your gas or electricity bill? Talk to us soon. You do not need to get help from the welfare centre already.",
        ),
        "body": [
            ("heading", T("Ce que nous pouvons faire", "Wat wij kunnen doen", "Was wir tun können", "What we can do")),
            (
                "list",
                [
                    T(
                        "faire un plan de paiement avec votre fournisseur",
                        "een afbetalingsplan maken met uw leverancier",
                        "einen Zahlungsplan mit Ihrem Lieferanten machen",
                        "agree a payment plan with your supplier",
                    ),
                    T(
                        "payer une partie de vos factures en retard",
                        "een deel van uw achterstallige rekeningen betalen",
                        "einen Teil Ihrer offenen Rechnungen bezahlen",
                        "pay part of your late bills",
                    ),
                    T(
                        "vérifier si vous avez droit au tarif social",
                        "nakijken of u recht hebt op het sociaal tarief",
                        "prüfen, ob Sie Anrecht auf den Sozialtarif haben",
                        "check if you can get the social tariff",
                    ),
                    T(
                        "vous donner des conseils pour consommer moins",
                        "u tips geven om minder te verbruiken",
                        "Ihnen Tipps geben, um weniger zu verbrauchen",
                        "give you tips to use less energy",
                    ),
                ],
            ),
            ("heading", T("Vous vous chauffez au mazout ?", "Verwarmt u met stookolie?", "Heizen Sie mit Heizöl?", "Do you heat with heating oil?")),
            (
                "paragraph",
                [
                    T(
                        "Le Fonds social chauffage peut payer une partie de la facture. Demandez-le dans les 60 jours après la livraison.",
                        "Het Sociaal Verwarmingsfonds kan een deel van de rekening betalen. Vraag het aan binnen 60 dagen na de levering.",
                        "Der Sozialfonds Heizung kann einen Teil der Rechnung bezahlen. Stellen Sie den Antrag innerhalb von 60 Tagen nach der Lieferung.",
                        "The Social Heating Fund can pay part of the bill. Ask for it within 60 days after the delivery.",
                    ),
                ],
            ),
        ],
    },
    {
        "key": "contact",
        "in_menu": True,
        "slug": T("nous-contacter", "contact", "kontakt", "contact-us"),
        "title": T("Nous contacter", "Contact opnemen", "Kontakt aufnehmen", "Contact us"),
        "intro": T(
            "Vous pouvez venir au guichet, nous appeler ou nous écrire. Choisissez ce qui est le plus facile pour vous.",
            "U kunt naar het onthaal komen, ons bellen of ons schrijven. Kies wat voor u het makkelijkst is.",
            "Sie können zum Schalter kommen, uns anrufen oder uns schreiben. Wählen Sie, was für Sie am einfachsten ist.",
            "You can come to the desk, call us or write to us. Choose what is easiest for you.",
        ),
        "body": [
            ("heading", T("Au guichet", "Aan het onthaal", "Am Schalter", "At the desk")),
            (
                "paragraph",
                [
                    T(
                        "Venez sans rendez-vous pendant les heures d'ouverture. Quelqu'un vous écoute et vous dit qui peut vous aider.",
                        "Kom zonder afspraak tijdens de openingsuren. Iemand luistert naar u en zegt wie u kan helpen.",
                        "Kommen Sie ohne Termin während der Öffnungszeiten. Jemand hört Ihnen zu und sagt Ihnen, wer Ihnen helfen kann.",
                        "Come without an appointment during opening hours. Someone listens to you and tells you who can help.",
                    ),
                ],
            ),
            ("heading", T("Par téléphone", "Telefonisch", "Per Telefon", "By phone")),
            (
                "paragraph",
                [
                    T(
                        "Appelez le 02 555 12 34. Nous répondons aux questions simples et nous donnons les rendez-vous.",
                        "Bel 02 555 12 34. Wij beantwoorden eenvoudige vragen en geven afspraken.",
                        "Rufen Sie 02 555 12 34 an. Wir beantworten einfache Fragen und geben Termine.",
                        "Call 02 555 12 34. We answer simple questions and give appointments.",
                    ),
                ],
            ),
            ("heading", T("Par e-mail", "Per e-mail", "Per E-Mail", "By e-mail")),
            (
                "paragraph",
                [
                    T(
                        "Écrivez à info@cpas-valmont.example. Nous répondons dans les 5 jours ouvrables. N'envoyez pas votre numéro de registre national par e-mail.",
                        "Schrijf naar info@cpas-valmont.example. Wij antwoorden binnen 5 werkdagen. Stuur uw rijksregisternummer niet per e-mail.",
                        "Schreiben Sie an info@cpas-valmont.example. Wir antworten innerhalb von 5 Werktagen. Senden Sie Ihre Nationalregisternummer nicht per E-Mail.",
                        "Write to info@cpas-valmont.example. We answer within 5 working days. Do not send your national register number by e-mail.",
                    ),
                ],
            ),
            ("heading", T("En cas d'urgence", "In een noodgeval", "Im Notfall", "In an emergency")),
            (
                "paragraph",
                [
                    T(
                        "Votre vie ou celle d'une autre personne est en danger ? Appelez le 112.",
                        "Is uw leven of dat van iemand anders in gevaar? Bel 112.",
                        "Ist Ihr Leben oder das Leben einer anderen Person in Gefahr? Rufen Sie 112 an.",
                        "Is your life or someone else's life in danger? Call 112.",
                    ),
                ],
            ),
        ],
    },
    {
        "key": "data",
        "in_menu": False,
        "slug": T("vos-donnees", "uw-gegevens", "ihre-daten", "your-data"),
        "title": T(
            "Ce que nous faisons de vos données",
            "Wat wij met uw gegevens doen",
            "Was wir mit Ihren Daten machen",
            "What we do with your data",
        ),
        "intro": T(
            "Le CPAS garde des informations sur vous pour pouvoir vous aider. Voici qui peut les lire et quels sont vos droits.",
            "Het OCMW bewaart informatie over u om u te kunnen helpen. Hier leest u wie ze mag lezen en wat uw rechten zijn.",
            "Das ÖSHZ speichert Informationen über Sie, um Ihnen helfen zu können. Hier lesen Sie, wer sie lesen darf und welche Rechte Sie haben.",
            "The welfare centre keeps information about you so that it can help you. Here is who can read it and what your rights are.",
        ),
        "body": [
            ("heading", T("Qui peut lire vos données ?", "Wie mag uw gegevens lezen?", "Wer darf Ihre Daten lesen?", "Who can read your data?")),
            (
                "paragraph",
                [
                    T(
                        "Seules les personnes qui suivent votre dossier. Elles doivent garder le secret.",
                        "Alleen de mensen die uw dossier volgen. Zij moeten het geheim houden.",
                        "Nur die Personen, die Ihre Akte betreuen. Sie müssen das Geheimnis wahren.",
                        "Only the people who follow your file. They must keep it secret.",
                    ),
                ],
            ),
            ("heading", T("Vos droits", "Uw rechten", "Ihre Rechte", "Your rights")),
            (
                "list",
                [
                    T("voir vos données", "uw gegevens inkijken", "Ihre Daten einsehen", "see your data"),
                    T("faire corriger une erreur", "een fout laten verbeteren", "einen Fehler berichtigen lassen", "have a mistake corrected"),
                    T(
                        "demander d'effacer ce qui n'est plus utile",
                        "vragen om te wissen wat niet meer nodig is",
                        "verlangen, dass gelöscht wird, was nicht mehr nötig ist",
                        "ask us to delete what is no longer needed",
                    ),
                ],
            ),
            (
                "paragraph",
                [
                    T(
                        "Pour cela, écrivez à dpo@cpas-valmont.example ou demandez au guichet.",
                        "Schrijf daarvoor naar dpo@cpas-valmont.example of vraag het aan het onthaal.",
                        "Schreiben Sie dafür an dpo@cpas-valmont.example oder fragen Sie am Schalter.",
                        "To do this, write to dpo@cpas-valmont.example or ask at the desk.",
                    ),
                ],
            ),
        ],
    },
]

TRANSLATION_LANGUAGES = ("nl", "de", "en")
