"""Demo information pages: money (income, debts, children, food) and housing
and energy (energy bills, the rent deposit), and the five topics the demo
pages hang under.

Format and writing rules: /tmp/spec/demo-information-format.md. French is the
source; each text carries its Dutch, German and English translation. Facts
come from ../shared/facts/rights-be.md (#1 integration income, #2 the same
amount for other people in need, #6 social tariff, #7 heating fund, #8 gas
and electricity help, #10 rent deposit, #11 installation grant, #12 debt
mediation, #13 budget help, #15 social supplement, #18 food aid). Texts that
already exist in content.py are repeated here word for word, so that one
French text always has one translation.
"""

from .content import T

# Texts used more than once, or already in content.py: one object, one translation.
IDENTITY_CARD = T("votre carte d'identité", "uw identiteitskaart", "Ihren Personalausweis", "your identity card")
INCOME_PROOF = T("la preuve de vos revenus", "het bewijs van uw inkomen", "den Nachweis Ihres Einkommens", "proof of your income")
WHAT_TO_BRING = T("Ce qu'il faut apporter", "Wat moet u meebrengen?", "Was Sie mitbringen", "What to bring")
WHAT_WE_CAN_DO = T("Ce que nous pouvons faire", "Wat wij kunnen doen", "Was wir tun können", "What we can do")
HOW_MUCH = T("Combien ?", "Hoeveel?", "Wie viel?", "How much?")
WHAT_TO_DO = T("Comment faire la demande ?", "Hoe vraagt u het aan?", "Wie stellen Sie den Antrag?", "How to apply")
WHO_CAN_ASK = T("Qui peut le demander ?", "Wie kan het aanvragen?", "Wer kann es beantragen?", "Who can ask for it?")
YOUR_RIGHTS = T("Vos droits", "Uw rechten", "Ihre Rechte", "Your rights")
MAKE_AN_APPOINTMENT = T(
    "Appelez-nous ou venez au guichet pour prendre rendez-vous.",
    "Bel ons of kom naar het onthaal voor een afspraak.",
    "Rufen Sie uns an oder kommen Sie zum Schalter für einen Termin.",
    "Call us or come to the desk to make an appointment.",
)

TOPICS = [
    {
        "key": "money",
        "slug": T("argent-dettes", "geld-schulden", "geld-schulden", "money-debts"),
        "title": T("Argent et dettes", "Geld en schulden", "Geld und Schulden", "Money and debts"),
        "intro": T(
            "Vous manquez d'argent pour vivre ou vous avez des dettes ? Ici, vous trouvez les aides pour vous, vos enfants et vos repas.",
            "Hebt u te weinig geld om te leven of hebt u schulden? Hier vindt u de hulp voor u, uw kinderen en uw eten.",
            "Ihnen fehlt Geld zum Leben oder Sie haben Schulden? Hier finden Sie Hilfe für sich, Ihre Kinder und Ihr Essen.",
            "Are you short of money to live on, or do you have debts? Here you find help for you, your children and your meals.",
        ),
    },
    {
        "key": "housing-energy",
        "slug": T("logement-energie", "wonen-energie", "wohnen-energie", "housing-energy"),
        "title": T("Logement et énergie", "Wonen en energie", "Wohnen und Energie", "Housing and energy"),
        "intro": T(
            "Ici, vous trouvez de l'aide pour la garantie de votre logement. Vous trouvez aussi de l'aide pour vos factures de gaz, d'électricité ou de mazout.",
            "Hier vindt u hulp bij de waarborg voor uw woning. U vindt ook hulp bij uw rekeningen voor gas, elektriciteit of stookolie.",
            "Hier finden Sie Hilfe bei der Kaution für Ihre Wohnung. Sie finden auch Hilfe bei Ihren Rechnungen für Gas, Strom oder Heizöl.",
            "Here you find help with the deposit for your home. You also find help with your gas, electricity or heating oil bills.",
        ),
    },
    {
        "key": "health",
        "slug": T("sante", "gezondheid", "gesundheit", "health"),
        "title": T("Santé", "Gezondheid", "Gesundheit", "Health"),
        "intro": T(
            "Vous ne pouvez pas payer le médecin ou la pharmacie ? Ici, vous trouvez de l'aide. Même sans papiers de séjour, vous pouvez recevoir des soins.",
            "Kunt u de dokter of de apotheek niet betalen? Hier vindt u hulp. Ook zonder verblijfspapieren kunt u zorg krijgen.",
            "Sie können den Arzt oder die Apotheke nicht zahlen? Hier finden Sie Hilfe. Auch ohne Papiere bekommen Sie Pflege.",
            "You cannot pay the doctor or the pharmacy? Here you find help. Even without residence papers, you can get care.",
        ),
    },
    {
        "key": "paperwork",
        "slug": T("papiers", "papieren", "papiere", "paperwork"),
        "title": T("Papiers et rendez-vous", "Papieren en afspraken", "Papiere und Termine", "Paperwork and appointments"),
        "intro": T(
            "Nous vous aidons pour vos papiers et vos rendez-vous. Ici, vous trouvez aussi de l'aide pour trouver un avocat. Nous vous aidons aussi à l'ordinateur.",
            "Wij helpen u met uw papieren en afspraken. Hier vindt u ook hulp om een advocaat te vinden. Wij helpen u ook aan de computer.",
            "Wir helfen Ihnen bei Papieren und Terminen. Hier finden Sie auch Hilfe bei der Suche nach einem Anwalt. Wir helfen auch am Computer.",
            "We help you with your papers and appointments. Here you also find help to find a lawyer. We also help you at the computer.",
        ),
    },
    {
        "key": "your-rights",
        "slug": T("vos-droits", "uw-rechten", "ihre-rechte", "your-rights"),
        "title": YOUR_RIGHTS,
        "intro": T(
            "Vous n'êtes pas d'accord avec nous ? Ici, vous lisez comment vous plaindre. Vous lisez aussi ce que nous faisons de vos données.",
            "Bent u het niet eens met ons? Hier leest u hoe u een klacht geeft. U leest ook wat wij met uw gegevens doen.",
            "Sie sind nicht einverstanden mit uns? Hier lesen Sie, wie Sie sich beschweren können. Sie lesen auch, was wir mit Ihren Daten machen.",
            "You do not agree with us? Here you read how to make a complaint. You also read what we do with your data.",
        ),
    },
]

PAGES = [
    # ------------------------------------------------------------ money
    {
        "key": "income",
        "topic": "money",
        "slug": T("revenu-integration", "leefloon", "eingliederungseinkommen", "integration-income"),
        "title": T(
            "Demander le revenu d'intégration",
            "Een leefloon aanvragen",
            "Das Eingliederungseinkommen beantragen",
            "Apply for the integration income",
        ),
        "in_short": T(
            "Le revenu d'intégration est de l'argent que nous vous donnons chaque mois. Il complète vos revenus jusqu'à un montant fixe. Nous vous répondons dans les 30 jours.",
            "Het leefloon is geld dat wij u elke maand geven. Het vult uw inkomen aan tot een vast bedrag. Wij antwoorden u binnen 30 dagen.",
            "Das Eingliederungseinkommen ist Geld, das wir Ihnen jeden Monat geben. Es füllt Ihr Einkommen bis zu einem festen Betrag auf. Wir antworten Ihnen innerhalb von 30 Tagen.",
            "The integration income is money we give you every month. It tops up your income to a fixed amount. We answer you within 30 days.",
        ),
        "reviewed": "2026-10-12",
        "review_months": 6,
        "owner": "social",
        "body": [
            ("heading", HOW_MUCH),
            (
                "table",
                T(
                    "Le montant le plus haut par mois, au 1er février 2025",
                    "Het hoogste bedrag per maand, op 1 februari 2025",
                    "Der höchste Betrag im Monat, am 1. Februar 2025",
                    "The highest amount a month, on 1 February 2025",
                ),
                [
                    T("Votre situation", "Uw situatie", "Ihre Lage", "Your situation"),
                    T("Par mois", "Per maand", "Im Monat", "A month"),
                ],
                [
                    [
                        T("Vous vivez avec quelqu'un", "U woont samen met iemand", "Sie wohnen mit jemandem zusammen", "You live with someone"),
                        T("876,13 euros", "876,13 euro", "876,13 Euro", "876.13 euros"),
                    ],
                    [
                        T("Vous vivez seul", "U woont alleen", "Sie wohnen allein", "You live alone"),
                        T("1 314,20 euros", "1 314,20 euro", "1 314,20 Euro", "1,314.20 euros"),
                    ],
                    [
                        T(
                            "Vous vivez avec au moins un enfant de moins de 18 ans, dont vous vous occupez",
                            "U woont met minstens één kind jonger dan 18 en u zorgt voor dat kind",
                            "Sie wohnen mit mindestens einem Kind unter 18 und sorgen für das Kind",
                            "You live with at least one child under 18 and you care for the child",
                        ),
                        T("1 776,07 euros", "1 776,07 euro", "1 776,07 Euro", "1,776.07 euros"),
                    ],
                ],
            ),
            ("heading", WHO_CAN_ASK),
            (
                "list",
                [
                    T("Vous avez 18 ans ou plus.", "U bent 18 jaar of ouder.", "Sie sind 18 Jahre oder älter.", "You are 18 or older."),
                    T(
                        "Vous avez moins de 18 ans, mais vous êtes marié, enceinte ou vous avez un enfant.",
                        "U bent jonger dan 18, maar u bent getrouwd, zwanger of u hebt een kind.",
                        "Sie sind jünger als 18, aber Sie sind verheiratet, schwanger oder haben ein Kind.",
                        "You are under 18, but you are married, pregnant or have a child.",
                    ),
                    T(
                        "Vous habitez en Belgique et vous avez le droit d'y vivre.",
                        "U woont in België en u hebt het recht om hier te wonen.",
                        "Sie wohnen in Belgien und haben das Recht, hier zu leben.",
                        "You live in Belgium and you have the right to live here.",
                    ),
                    T(
                        "Vous n'avez pas de logement ? Vous pouvez quand même le demander.",
                        "U hebt geen woning? U kunt het toch aanvragen.",
                        "Sie haben keine Wohnung? Sie können es trotzdem beantragen.",
                        "You have no home? You can still ask for it.",
                    ),
                    T(
                        "Vos revenus et ceux de votre partenaire sont plus bas que le montant du tableau.",
                        "Uw inkomen en dat van uw partner zijn lager dan het bedrag in de tabel.",
                        "Ihr Einkommen und das Ihres Partners sind kleiner als der Betrag in der Tabelle.",
                        "Your income and your partner's income are lower than the amount in the table.",
                    ),
                    T(
                        "Vous êtes prêt à travailler, si votre santé le permet.",
                        "U wilt werken, als uw gezondheid het toelaat.",
                        "Sie sind bereit zu arbeiten, wenn Ihre Gesundheit es erlaubt.",
                        "You are ready to work, if your health allows it.",
                    ),
                    T(
                        "Vous demandez d'abord vos autres droits, comme le chômage ou l'argent de la mutuelle quand vous êtes malade.",
                        "U vraagt eerst uw andere rechten aan, zoals een werkloosheidsuitkering of geld van het ziekenfonds als u ziek bent.",
                        "Sie fragen zuerst nach anderem Geld, das Ihnen zusteht, zum Beispiel wenn Sie ohne Arbeit oder krank sind.",
                        "You first ask for your other rights, such as unemployment benefit or sick pay.",
                    ),
                    T(
                        "Il vous manque une condition ? Venez quand même. Une aide du même montant est parfois possible.",
                        "Voldoet u niet aan alles? Kom toch. Soms is er hulp met hetzelfde bedrag.",
                        "Sie erfüllen nicht alles? Kommen Sie trotzdem. Manchmal gibt es Hilfe mit dem gleichen Betrag.",
                        "You do not meet every condition? Come anyway. Sometimes there is help of the same amount.",
                    ),
                ],
            ),
            ("heading", WHAT_TO_DO),
            (
                "steps",
                [
                    MAKE_AN_APPOINTMENT,
                    T(
                        "Apportez votre carte d'identité, votre bail et vos extraits de compte des 3 derniers mois.",
                        "Breng uw identiteitskaart, uw huurcontract en uw rekeninguittreksels van de laatste 3 maanden mee.",
                        "Bringen Sie Ihren Ausweis, Ihren Mietvertrag und Ihre Kontoauszüge der letzten 3 Monate mit.",
                        "Bring your identity card, your rental contract and your bank statements for the last 3 months.",
                    ),
                    T(
                        "Apportez aussi les preuves de vos revenus et de vos dépenses des 3 derniers mois.",
                        "Breng ook de bewijzen van uw inkomen en uw uitgaven van de laatste 3 maanden mee.",
                        "Bringen Sie auch Belege für Ihr Einkommen und Ihre Kosten der letzten 3 Monate mit.",
                        "Also bring proof of your income and your costs for the last 3 months.",
                    ),
                    T(
                        "Vous parlez de votre situation avec une assistante sociale.",
                        "U praat met een maatschappelijk werker over uw situatie.",
                        "Sie sprechen mit jemandem von uns über Ihre Lage.",
                        "You talk about your situation with a social worker.",
                    ),
                    T(
                        "Nous vous donnons notre réponse dans les 30 jours.",
                        "Wij geven u ons antwoord binnen 30 dagen.",
                        "Nach höchstens 30 Tagen geben wir Ihnen unsere Antwort.",
                        "We give you our answer within 30 days.",
                    ),
                    T(
                        "C'est oui ? Alors, dans les 3 mois, nous faisons ensemble un plan pour votre avenir.",
                        "Is het antwoord ja? Dan maken wij binnen 3 maanden samen een plan voor uw toekomst.",
                        "Die Antwort ist Ja? Dann machen wir in den 3 Monaten danach zusammen einen Plan für Ihre Zukunft.",
                        "Is the answer yes? Then, within 3 months, we make a plan for your future together.",
                    ),
                ],
            ),
            (
                "who_can_help",
                "desk",
                T(
                    "Au guichet, nous vous donnons un rendez-vous. Il vous manque un papier ? Venez quand même.",
                    "Aan het onthaal krijgt u een afspraak. Mist u een papier? Kom toch.",
                    "Am Schalter bekommen Sie einen Termin. Ihnen fehlt ein Papier? Kommen Sie trotzdem.",
                    "At the desk, we give you an appointment. A paper is missing? Come anyway.",
                ),
            ),
        ],
    },
    {
        "key": "debt-mediation",
        "topic": "money",
        "slug": T("dettes", "schulden", "schulden", "debts"),
        "title": T(
            "Vous avez trop de dettes ?",
            "Hebt u te veel schulden?",
            "Sie haben zu viele Schulden?",
            "Do you have too many debts?",
        ),
        "in_short": T(
            "Vous ne pouvez plus payer vos factures ou vos crédits ? Nous vous aidons gratuitement. Ensemble, nous cherchons comment payer vos dettes et garder assez pour vivre.",
            "Kunt u uw rekeningen of leningen niet meer betalen? Wij helpen u gratis. Samen zoeken we hoe u uw schulden betaalt en genoeg overhoudt om te leven.",
            "Sie können Ihre Rechnungen oder Kredite nicht mehr zahlen? Wir helfen Ihnen gratis. Zusammen suchen wir einen Weg: Sie zahlen Ihre Schulden und haben genug zum Leben.",
            "You can no longer pay your bills or loans? We help you for free. Together, we look for a way to pay your debts and keep enough to live on.",
        ),
        "reviewed": "2026-09-21",
        "review_months": 12,
        "owner": "social",
        "body": [
            ("heading", T("Trois façons de vous aider", "Drie manieren om u te helpen", "Drei Arten von Hilfe", "Three ways to help you")),
            (
                "list",
                [
                    T(
                        "La guidance budgétaire (des conseils pour gérer votre argent). Vous gardez la main sur votre budget.",
                        "Budgetbegeleiding (tips om uw geld te beheren). U blijft zelf baas over uw budget.",
                        "Budgetbegleitung (Tipps für Ihr Geld). Sie entscheiden weiter selbst über Ihr Geld.",
                        "Budget guidance (advice to manage your money). You stay in charge of your budget.",
                    ),
                    T(
                        "La gestion budgétaire (nous gérons votre argent avec vous, pour un temps). Nous payons vos factures. Vous recevez de l'argent pour vivre tous les 10, 15 ou 30 jours.",
                        "Budgetbeheer (wij beheren uw geld samen met u, voor een tijd). Wij betalen uw rekeningen. U krijgt leefgeld om de 10, 15 of 30 dagen.",
                        "Budgetverwaltung (wir verwalten Ihr Geld eine Zeit lang mit Ihnen). Wir zahlen Ihre Rechnungen. Sie bekommen alle 10, 15 oder 30 Tage Geld zum Leben.",
                        "Budget management (we manage your money with you for a while). We pay your bills. You get money to live on every 10, 15 or 30 days.",
                    ),
                    T(
                        "La médiation de dettes (un accord avec ceux à qui vous devez de l'argent). Vous remboursez petit à petit. Vous gardez assez pour vivre.",
                        "Schuldbemiddeling (een afspraak met wie u geld schuldig bent). U betaalt stap voor stap terug. U houdt genoeg over om te leven.",
                        "Schuldnerberatung (eine Absprache mit allen, denen Sie Geld schulden). Sie zahlen Schritt für Schritt zurück. Ihnen bleibt genug zum Leben.",
                        "Debt mediation (a deal with the people you owe money to). You pay back bit by bit. You keep enough to live on.",
                    ),
                ],
            ),
            (
                "callout",
                "important",
                T(
                    "Ouvrez vos lettres et gardez vos factures. Apportez-les toutes, même celles qui vous font peur.",
                    "Open uw brieven en bewaar uw rekeningen. Breng ze allemaal mee, ook de brieven die u bang maken.",
                    "Öffnen Sie Ihre Briefe und heben Sie Ihre Rechnungen auf. Bringen Sie alle mit, auch die Briefe, die Ihnen Angst machen.",
                    "Open your letters and keep your bills. Bring them all, even the ones that scare you.",
                ),
            ),
            ("heading", WHAT_TO_BRING),
            (
                "checklist",
                [
                    IDENTITY_CARD,
                    T("vos factures et vos rappels", "uw rekeningen en herinneringen", "Ihre Rechnungen und Mahnungen", "your bills and reminders"),
                    T(
                        "les lettres de ceux à qui vous devez de l'argent",
                        "de brieven van wie u geld schuldig bent",
                        "die Briefe von Firmen und Menschen, denen Sie Geld schulden",
                        "the letters from the people you owe money to",
                    ),
                    INCOME_PROOF,
                ],
            ),
            (
                "questions",
                [
                    (
                        T("Qui peut demander cette aide ?", "Wie kan deze hulp vragen?", "Wer kann diese Hilfe bekommen?", "Who can ask for this help?"),
                        T(
                            "Tous les habitants de Valmont qui ont trop de dettes. Vous pouvez travailler, avoir une pension ou recevoir une allocation.",
                            "Alle inwoners van Valmont met te veel schulden. U mag werken, een pensioen hebben of een uitkering krijgen.",
                            "Alle Menschen in Valmont mit zu vielen Schulden. Sie können arbeiten, eine Pension haben oder anderes Geld bekommen.",
                            "Everyone in Valmont with too many debts. You may have a job, a pension or benefits.",
                        ),
                    ),
                    (
                        T("Est-ce que je dois payer ?", "Moet ik betalen?", "Muss ich dafür zahlen?", "Do I have to pay?"),
                        T(
                            "Non. Notre aide pour vos dettes et votre budget est gratuite.",
                            "Nee. Onze hulp bij uw schulden en uw budget is gratis.",
                            "Nein. Unsere Hilfe bei Schulden und Budget ist gratis.",
                            "No. Our help with your debts and your budget is free.",
                        ),
                    ),
                    (
                        T("Et si mes dettes sont trop grandes ?", "En als mijn schulden te groot zijn?", "Und wenn meine Schulden zu hoch sind?", "What if my debts are too big?"),
                        T(
                            "Il existe le règlement collectif de dettes (un plan pour toutes vos dettes, devant un juge). Nous pouvons vous aider à le demander.",
                            "Er bestaat een collectieve schuldenregeling (een plan voor al uw schulden, bij een rechter). Wij kunnen u helpen om ze aan te vragen.",
                            "Es gibt die kollektive Schuldenregelung (ein Plan für alle Ihre Schulden, bei einem Richter). Wir helfen Ihnen, sie zu beantragen.",
                            "There is collective debt settlement (a plan for all your debts, before a judge). We can help you ask for it.",
                        ),
                    ),
                ],
            ),
            (
                "who_can_help",
                "phone",
                T(
                    "Appelez-nous pour un premier rendez-vous sur vos dettes.",
                    "Bel ons voor een eerste afspraak over uw schulden.",
                    "Rufen Sie uns an für einen ersten Termin zu Ihren Schulden.",
                    "Call us for a first appointment about your debts.",
                ),
            ),
        ],
    },
    {
        "key": "family-supplement",
        "topic": "money",
        "slug": T("supplement-social", "sociale-toeslag", "sozialzuschlag", "social-supplement"),
        "title": T(
            "Plus d'argent pour vos enfants",
            "Meer geld voor uw kinderen",
            "Mehr Geld für Ihre Kinder",
            "More money for your children",
        ),
        "in_short": T(
            "Le supplément social est de l'argent en plus des allocations familiales. Il est pour les familles qui ont de petits revenus. Souvent, vous le recevez sans rien demander.",
            "De sociale toeslag is extra geld bovenop het Groeipakket of de kinderbijslag. Hij is voor gezinnen met een laag inkomen. Vaak krijgt u hem zonder iets te vragen.",
            "Der Sozialzuschlag ist Geld zusätzlich zum Kindergeld. Er ist für Familien mit wenig Einkommen. Oft bekommen Sie ihn, ohne etwas zu tun.",
            "The social supplement is extra money on top of your family allowance. It is for families with a low income. Often you get it without asking.",
        ),
        "reviewed": "2026-08-24",
        "review_months": 12,
        "owner": "social",
        "body": [
            ("heading", T("Qui le reçoit ?", "Wie krijgt hem?", "Wer bekommt ihn?", "Who gets it?")),
            (
                "paragraph",
                [
                    T(
                        "Cela dépend de vos revenus et de la Région où vit votre enfant : Bruxelles, la Wallonie ou la Flandre. Le montant dépend aussi du nombre d'enfants.",
                        "Dat hangt af van uw inkomen en van het gewest waar uw kind woont: Brussel, Wallonië of Vlaanderen. Het bedrag hangt ook af van het aantal kinderen.",
                        "Das hängt von Ihrem Einkommen ab und von der Region, in der Ihr Kind lebt: Brüssel, Wallonien oder Flandern. Der Betrag hängt auch von der Zahl der Kinder ab.",
                        "It depends on your income and on the region where your child lives: Brussels, Wallonia or Flanders. The amount also depends on the number of children.",
                    ),
                    T(
                        "Souvent, la caisse qui paie vos allocations familiales regarde vos revenus elle-même.",
                        "Vaak kijkt het fonds dat uw kinderbijslag betaalt zelf naar uw inkomen.",
                        "Oft prüft die Kasse, die Ihr Kindergeld zahlt, Ihr Einkommen selbst.",
                        "Often the fund that pays your family allowance checks your income itself.",
                    ),
                    T(
                        "Un exemple à Bruxelles. Un couple a 2 enfants et de petits revenus. Il reçoit 85,33 euros en plus par mois pour chaque enfant de 0 à 11 ans. C'est le montant au 1er mai 2024.",
                        "Een voorbeeld in Brussel. Een koppel heeft 2 kinderen en een laag inkomen. Het krijgt 85,33 euro extra per maand voor elk kind van 0 tot 11 jaar. Dat is het bedrag op 1 mei 2024.",
                        "Ein Beispiel aus Brüssel. Ein Paar hat 2 Kinder und wenig Einkommen. Es bekommt 85,33 Euro mehr im Monat für jedes Kind von 0 bis 11 Jahren. Das ist der Betrag am 1. Mai 2024.",
                        "An example in Brussels. A couple has 2 children and a low income. They get 85.33 euros more a month for each child aged 0 to 11. This is the amount on 1 May 2024.",
                    ),
                ],
            ),
            (
                "callout",
                "important",
                T(
                    "Vous recevez de nous le revenu d'intégration (notre aide en argent de chaque mois) ? À Bruxelles, après 6 mois dans l'année, la caisse vérifie votre droit sans demande.",
                    "Krijgt u van ons een leefloon (ons geld voor elke maand)? In Brussel kijkt het fonds na 6 maanden in het jaar vanzelf na of u recht hebt.",
                    "Sie bekommen von uns das Eingliederungseinkommen (unser Geld für jeden Monat)? In Brüssel prüft die Kasse nach 6 Monaten im Jahr von selbst Ihr Recht.",
                    "Do you get the integration income (our money for every month) from us? In Brussels, after 6 months in the year, the fund checks your right without a request.",
                ),
            ),
            ("heading", T("Vous ne le recevez pas ?", "U krijgt hem niet?", "Sie bekommen ihn nicht?", "You do not get it?")),
            (
                "steps",
                [
                    T(
                        "Cherchez qui vous paie les allocations familiales. Son nom est sur vos extraits de compte.",
                        "Zoek wie uw kinderbijslag betaalt. De naam staat op uw rekeninguittreksels.",
                        "Suchen Sie, wer Ihr Kindergeld zahlt. Der Name steht auf Ihren Kontoauszügen.",
                        "Find out who pays your family allowance. The name is on your bank statements.",
                    ),
                    T(
                        "Contactez cette caisse. Demandez si vous avez droit au supplément social.",
                        "Neem contact op met dat fonds. Vraag of u recht hebt op de sociale toeslag.",
                        "Melden Sie sich bei dieser Kasse. Fragen Sie, ob Sie den Sozialzuschlag bekommen können.",
                        "Contact this fund. Ask if you can get the social supplement.",
                    ),
                    T(
                        "Vous ne comprenez pas la réponse ? Apportez-la-nous.",
                        "Begrijpt u het antwoord niet? Breng het naar ons.",
                        "Sie verstehen die Antwort nicht? Bringen Sie sie zu uns.",
                        "You do not understand the answer? Bring it to us.",
                    ),
                ],
            ),
            (
                "who_can_help",
                "desk",
                T(
                    "Une assistante sociale peut appeler la caisse avec vous.",
                    "Een maatschappelijk werker kan samen met u het fonds bellen.",
                    "Eine Sozialarbeiterin kann die Kasse mit Ihnen anrufen.",
                    "A social worker can call the fund with you.",
                ),
            ),
        ],
    },
    {
        "key": "food-aid",
        "topic": "money",
        "slug": T("aide-alimentaire", "voedselhulp", "essen", "food-aid"),
        "title": T(
            "Trouver de l'aide pour manger",
            "Hulp vinden voor eten",
            "Essen bekommen, wenn Geld fehlt",
            "Get help with food",
        ),
        "in_short": T(
            "Vous n'avez pas assez d'argent pour manger ? Vous pouvez recevoir de la nourriture ou manger un repas pour un petit prix. Nous vous disons où aller.",
            "Hebt u niet genoeg geld voor eten? U kunt eten krijgen of een maaltijd eten voor een kleine prijs. Wij zeggen u waar u heen kunt.",
            "Sie haben nicht genug Geld für Essen? Sie können Essen bekommen oder für wenig Geld eine Mahlzeit essen. Wir sagen Ihnen, wo Sie hingehen können.",
            "You do not have enough money for food? You can get food or eat a meal for a small price. We tell you where to go.",
        ),
        "reviewed": "2026-07-06",
        "review_months": 12,
        "owner": "social",
        "body": [
            ("heading", T("Les aides qui existent", "Welke hulp er is", "Welche Hilfe es gibt", "The help you can get")),
            (
                "list",
                [
                    T(
                        "Un colis alimentaire : un paquet de nourriture à emporter chez vous.",
                        "Een voedselpakket: een pakket met eten dat u mee naar huis neemt.",
                        "Ein Essenspaket: ein Paket mit Essen für zu Hause.",
                        "A food parcel: a box of food to take home.",
                    ),
                    T(
                        "Une épicerie sociale : un magasin où la nourriture coûte moins cher.",
                        "Een sociale kruidenier: een winkel waar eten minder kost.",
                        "Ein Sozialladen: Dort kostet Essen weniger.",
                        "A social grocery: a shop where food costs less.",
                    ),
                    T(
                        "Un restaurant social : un restaurant où un repas coûte peu.",
                        "Een sociaal restaurant: een restaurant waar een maaltijd weinig kost.",
                        "Ein Sozialrestaurant: Dort kostet eine Mahlzeit wenig.",
                        "A social restaurant: a restaurant where a meal costs little.",
                    ),
                ],
            ),
            (
                "paragraph",
                [
                    T(
                        "Ces aides viennent de nous ou d'associations. Le prix est souvent très petit. Parfois, nous payons ce prix pour vous.",
                        "Deze hulp komt van ons of van verenigingen. De prijs is vaak heel klein. Soms betalen wij die prijs voor u.",
                        "Diese Hilfe kommt von uns oder von Vereinen. Der Preis ist oft sehr klein. Manchmal zahlen wir den Preis für Sie.",
                        "This help comes from us or from charities. The price is often very low. Sometimes we pay this price for you.",
                    ),
                ],
            ),
            ("heading", T("Comment recevoir cette aide ?", "Hoe krijgt u deze hulp?", "Wie bekommen Sie diese Hilfe?", "How to get this help")),
            (
                "steps",
                [
                    MAKE_AN_APPOINTMENT,
                    T(
                        "Expliquez votre situation à l'assistante sociale.",
                        "Leg uw situatie uit aan de maatschappelijk werker.",
                        "Sagen Sie uns, wie es Ihnen geht.",
                        "Explain your situation to the social worker.",
                    ),
                    T(
                        "Nous cherchons avec vous l'aide qui vous convient. Nous vous disons où aller et quand.",
                        "Wij zoeken samen met u de hulp die bij u past. Wij zeggen u waar en wanneer u kunt gaan.",
                        "Wir suchen mit Ihnen die Hilfe, die zu Ihnen passt. Wir sagen Ihnen, wo und wann Sie hingehen.",
                        "We look with you for the help that suits you. We tell you where to go and when.",
                    ),
                ],
            ),
            (
                "questions",
                [
                    (
                        T(
                            "Je n'ai pas de papiers de séjour. Puis-je avoir de l'aide ?",
                            "Ik heb geen verblijfspapieren. Kan ik hulp krijgen?",
                            "Ich bin ohne Papiere hier. Kann ich Hilfe bekommen?",
                            "I have no residence papers. Can I get help?",
                        ),
                        T(
                            "Oui, souvent. Beaucoup d'associations aident aussi les personnes sans papiers. Nous vous donnons leurs adresses.",
                            "Ja, vaak wel. Veel verenigingen helpen ook mensen zonder papieren. Wij geven u hun adressen.",
                            "Ja, oft schon. Viele Vereine helfen auch Menschen ohne Papiere. Wir geben Ihnen ihre Adressen.",
                            "Yes, often. Many charities also help people without papers. We give you their addresses.",
                        ),
                    ),
                    (
                        T(
                            "Qui décide si je peux recevoir cette aide ?",
                            "Wie beslist of ik deze hulp krijg?",
                            "Wer entscheidet, ob ich diese Hilfe bekomme?",
                            "Who decides if I can get this help?",
                        ),
                        T(
                            "Chaque service a ses propres règles. Souvent, une assistante sociale regarde d'abord votre situation.",
                            "Elke dienst heeft eigen regels. Vaak bekijkt een maatschappelijk werker eerst uw situatie.",
                            "Jeder Dienst hat eigene Regeln. Oft schaut eine Sozialarbeiterin zuerst Ihre Lage an.",
                            "Each service has its own rules. Often, a social worker first looks at your situation.",
                        ),
                    ),
                ],
            ),
            (
                "who_can_help",
                "phone",
                T(
                    "Vous avez faim aujourd'hui ? Appelez-nous et dites-le tout de suite.",
                    "Hebt u vandaag honger? Bel ons en zeg het meteen.",
                    "Sie haben heute Hunger? Rufen Sie uns an und sagen Sie es sofort.",
                    "Are you hungry today? Call us and tell us straight away.",
                ),
            ),
        ],
    },
    # ------------------------------------------------------------ housing and energy
    {
        "key": "energy",
        "topic": "housing-energy",
        "slug": T("factures-energie", "energiefacturen", "energierechnungen", "energy-bills"),
        "title": T(
            "Payer vos factures d'énergie",
            "Uw energiefacturen betalen",
            "Ihre Energierechnungen bezahlen",
            "Pay your energy bills",
        ),
        "in_short": T(
            "Vous ne pouvez pas payer votre facture de gaz, d'électricité ou de mazout ? Parlez-en vite avec nous. Vous pouvez venir, même si nous ne vous aidons pas encore.",
            "Kunt u uw rekening voor gas, elektriciteit of stookolie niet betalen? Praat er snel met ons over. U mag komen, ook als wij u nog niet helpen.",
            "Sie können Ihre Rechnung für Gas, Strom oder Heizöl nicht bezahlen? Sprechen Sie schnell mit uns. Sie können kommen, auch wenn wir Ihnen noch nicht helfen.",
            "You cannot pay your gas, electricity or heating oil bill? Talk to us soon. You can come even if we do not help you yet.",
        ),
        "reviewed": "2026-10-26",
        "review_months": 6,
        "owner": "energy",
        "body": [
            ("heading", WHAT_WE_CAN_DO),
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
                        "vérifier si vous avez droit au tarif social (le prix le plus bas pour le gaz et l'électricité)",
                        "nakijken of u recht hebt op het sociaal tarief (de laagste prijs voor gas en elektriciteit)",
                        "prüfen, ob Sie den Sozialtarif (den günstigsten Preis für Gas und Strom) bekommen",
                        "check if you can get the social tariff (the lowest price for gas and electricity)",
                    ),
                    T(
                        "vous aider à consommer moins, avec des conseils ou un appareil économe",
                        "u helpen om minder te verbruiken, met tips of een zuinig toestel",
                        "Ihnen helfen, weniger zu verbrauchen: mit Tipps oder einem sparsamen Gerät",
                        "help you use less energy, with tips or an appliance that uses less",
                    ),
                    T(
                        "vous aider pour de petits travaux dans votre logement",
                        "u helpen bij kleine werken in uw woning",
                        "Ihnen bei kleinen Arbeiten in Ihrer Wohnung helfen",
                        "help you with small repairs in your home",
                    ),
                ],
            ),
            (
                "questions",
                [
                    (
                        T("Qui reçoit le tarif social ?", "Wie krijgt het sociaal tarief?", "Wer bekommt den Sozialtarif?", "Who gets the social tariff?"),
                        T(
                            "Souvent, vous l'avez sans rien demander. Il suffit qu'une personne chez vous reçoive notre aide chaque mois. Une allocation de handicap ou pour personnes âgées compte aussi.",
                            "Vaak krijgt u het zonder iets te vragen. Het volstaat dat iemand bij u thuis elke maand geld van ons krijgt. Een uitkering voor een handicap of voor ouderen telt ook.",
                            "Oft bekommen Sie ihn, ohne etwas zu tun. Es reicht, wenn jemand bei Ihnen jeden Monat Geld von uns bekommt. Geld für Menschen mit Behinderung oder für ältere Menschen zählt auch.",
                            "Often you get it without asking. It is enough if someone in your home gets money from us every month. A disability allowance or an allowance for older people also counts.",
                        ),
                    ),
                ],
            ),
            (
                "heading",
                T("Vous vous chauffez au mazout ?", "Verwarmt u met stookolie?", "Heizen Sie mit Heizöl?", "Do you heat with heating oil?"),
            ),
            (
                "list",
                [
                    T(
                        "Le Fonds social chauffage est une aide pour payer une partie du mazout. Il aide aussi pour le pétrole lampant et le propane en vrac.",
                        "Het Sociaal Verwarmingsfonds is hulp om een deel van uw stookolie te betalen. Het helpt ook voor lamppetroleum en bulkpropaan.",
                        "Der Sozialfonds Heizung ist eine Hilfe für einen Teil Ihres Heizöls. Er hilft auch bei Petroleum und bei Propan im Tank.",
                        "The Social Heating Fund is help to pay part of your heating oil. It also helps with lamp oil and bulk propane.",
                    ),
                    T(
                        "Il ne paie pas le gaz en bouteille, les pellets, le bois ou le charbon.",
                        "Het betaalt geen gasflessen, pellets, hout of steenkool.",
                        "Er zahlt nicht für Gasflaschen, Pellets, Holz oder Kohle.",
                        "It does not pay for bottled gas, pellets, wood or coal.",
                    ),
                    T(
                        "Vous y avez droit avec l'intervention majorée (un meilleur remboursement de vos soins) et de petits revenus.",
                        "U hebt er recht op met de verhoogde tegemoetkoming (een betere terugbetaling van uw zorg) en een laag inkomen.",
                        "Sie bekommen ihn mit der erhöhten Kostenbeteiligung (mehr Geld von der Krankenkasse) und wenig Einkommen.",
                        "You can get it with increased reimbursement (a better refund of your care) and a low income.",
                    ),
                    T(
                        "Vous y avez aussi droit si votre ménage gagne au plus 24 814,75 euros brut par an. Ajoutez 4 591,85 euros par personne qui vit de vos revenus. Ce sont les montants depuis le 1er février 2025.",
                        "U hebt er ook recht op als uw gezin ten hoogste 24 814,75 euro bruto per jaar verdient. Tel 4 591,85 euro bij per persoon die van uw inkomen leeft. Dat zijn de bedragen sinds 1 februari 2025.",
                        "Sie bekommen ihn auch, wenn Ihr Haushalt höchstens 24 814,75 Euro brutto im Jahr hat. Für jede Person, die von Ihrem Geld lebt, kommen 4 591,85 Euro dazu. Das sind die Beträge seit dem 1. Februar 2025.",
                        "You can also get it if your household earns at most 24,814.75 euros gross a year. Add 4,591.85 euros for each person who lives on your income. These are the amounts since 1 February 2025.",
                    ),
                    T(
                        "Vous suivez une médiation de dettes (un plan pour payer vos dettes) ? Vous y avez droit aussi, si vous ne pouvez pas payer la facture.",
                        "Hebt u schuldbemiddeling (een plan om uw schulden te betalen)? Dan hebt u er ook recht op, als u de rekening niet kunt betalen.",
                        "Sie haben eine Schuldnerberatung (einen Plan, um Ihre Schulden zu zahlen)? Dann bekommen Sie ihn auch, wenn Sie die Rechnung nicht zahlen können.",
                        "Are you in debt mediation (a plan to pay your debts)? You can get it too, if you cannot pay the bill.",
                    ),
                    T(
                        "Apportez la facture, votre carte d'identité et la preuve de vos revenus. Vous vivez dans un immeuble à appartements ? Apportez aussi un papier du propriétaire.",
                        "Breng de rekening, uw identiteitskaart en het bewijs van uw inkomen mee. Woont u in een appartementsgebouw? Breng dan ook een papier van de eigenaar mee.",
                        "Bringen Sie die Rechnung, Ihren Ausweis und den Nachweis Ihres Einkommens mit. Sie wohnen in einem Haus mit mehreren Wohnungen? Dann bringen Sie auch ein Papier vom Vermieter mit.",
                        "Bring the bill, your identity card and proof of your income. Do you live in a block of flats? Then also bring a paper from your landlord.",
                    ),
                ],
            ),
            (
                "callout",
                "warning",
                T(
                    "Demandez cette aide dans les 60 jours après la livraison, pas plus tard.",
                    "Vraag deze hulp aan binnen 60 dagen na de levering, niet later.",
                    "Fragen Sie nach dieser Hilfe innerhalb von 60 Tagen nach der Lieferung, nicht später.",
                    "Ask for this help within 60 days after the delivery, not later.",
                ),
            ),
            (
                "who_can_help",
                "phone",
                T(
                    "Notre service énergie vous aide à faire la demande.",
                    "Onze energiedienst helpt u met de aanvraag.",
                    "Unser Energiedienst hilft Ihnen beim Antrag.",
                    "Our energy team helps you with the request.",
                ),
            ),
        ],
    },
    {
        "key": "rent-guarantee",
        "topic": "housing-energy",
        "slug": T("garantie-locative", "huurwaarborg", "mietgarantie", "rent-deposit"),
        "title": T(
            "Payer la garantie de votre logement",
            "De waarborg voor uw woning betalen",
            "Die Kaution für Ihre Wohnung bezahlen",
            "Pay the deposit for your home",
        ),
        "in_short": T(
            "La garantie locative est l'argent que vous bloquez pour le propriétaire quand vous louez un logement. Vous ne pouvez pas la payer ? Nous pouvons vous aider, et le propriétaire n'a pas besoin de le savoir.",
            "De huurwaarborg is geld dat u vastzet voor de eigenaar als u een woning huurt. Kunt u hem niet betalen? Wij kunnen u helpen, en de eigenaar hoeft dat niet te weten.",
            "Die Mietgarantie ist Geld, das Sie für den Vermieter sperren, wenn Sie eine Wohnung mieten. Sie können sie nicht zahlen? Wir können Ihnen helfen, und der Vermieter muss das nicht wissen.",
            "The rent deposit is money you lock away for the landlord when you rent a home. You cannot pay it? We can help you, and the landlord does not need to know.",
        ),
        "reviewed": "2026-09-07",
        "review_months": 12,
        "owner": "social",
        "body": [
            ("heading", WHAT_WE_CAN_DO),
            (
                "list",
                [
                    T(
                        "Une garantie de la banque, jusqu'à 3 mois de loyer. Vous remboursez un peu chaque mois.",
                        "Een bankwaarborg van hoogstens 3 maanden huur. U betaalt elke maand een deel terug.",
                        "Eine Garantie der Bank, bis zu 3 Monate Miete. Sie zahlen jeden Monat einen Teil zurück.",
                        "A bank guarantee of up to 3 months' rent. You pay back a little every month.",
                    ),
                    T(
                        "Une lettre de garantie : nous promettons au propriétaire de payer si c'est nécessaire.",
                        "Een waarborgbrief: wij beloven de eigenaar te betalen als het nodig is.",
                        "Ein Garantiebrief: Wir versprechen dem Vermieter zu zahlen, wenn es nötig ist.",
                        "A letter of guarantee: we promise the landlord to pay if needed.",
                    ),
                    T(
                        "Une avance sur un compte bloqué, de 2 mois de loyer au plus. Vous nous la remboursez ensuite.",
                        "Een voorschot op een geblokkeerde rekening, van hoogstens 2 maanden huur. U betaalt het ons daarna terug.",
                        "Wir leihen Ihnen das Geld für ein gesperrtes Konto, bis zu 2 Monate Miete. Sie zahlen es uns danach zurück.",
                        "An advance on a blocked account, of at most 2 months' rent. You pay it back to us later.",
                    ),
                ],
            ),
            (
                "callout",
                "important",
                T(
                    "Vous pouvez venir avec le projet de bail, avant de signer. Nous pouvons dire non si le loyer est trop haut pour vos revenus.",
                    "U mag komen met het ontwerp van huurcontract, voor u tekent. Wij kunnen nee zeggen als de huur te hoog is voor uw inkomen.",
                    "Sie können mit dem Entwurf kommen, bevor Sie den Vertrag unterschreiben. Wir können Nein sagen, wenn die Miete für Ihr Einkommen zu hoch ist.",
                    "You can come with the draft lease, before you sign. We can say no if the rent is too high for your income.",
                ),
            ),
            ("heading", WHAT_TO_BRING),
            (
                "checklist",
                [
                    T("votre bail ou le projet de bail", "uw huurcontract of het ontwerp", "Ihren Mietvertrag oder den Entwurf", "your lease or the draft lease"),
                    IDENTITY_CARD,
                    INCOME_PROOF,
                ],
            ),
            (
                "questions",
                [
                    (
                        T("Qui peut recevoir cette aide ?", "Wie kan deze hulp krijgen?", "Wer kann diese Hilfe bekommen?", "Who can get this help?"),
                        T(
                            "Cela dépend de vos revenus, et il faut un nouveau bail. Vous habitez à Valmont quand vous demandez ? Alors, nous vous aidons, même si le logement est ailleurs.",
                            "Dat hangt af van uw inkomen, en u hebt een nieuw huurcontract nodig. Woont u in Valmont als u het vraagt? Dan helpen wij u, ook als de woning ergens anders is.",
                            "Das hängt von Ihrem Einkommen ab, und Sie brauchen einen neuen Mietvertrag. Sie wohnen in Valmont, wenn Sie fragen? Dann helfen wir Ihnen, auch wenn die Wohnung woanders ist.",
                            "It depends on your income, and you need a new lease. Do you live in Valmont when you ask? Then we help you, even if the home is somewhere else.",
                        ),
                    ),
                    (
                        T(
                            "Vous avez vécu sans logement ?",
                            "Hebt u zonder woning geleefd?",
                            "Sie hatten keine Wohnung?",
                            "Have you been homeless?",
                        ),
                        T(
                            "La prime d'installation est une somme pour meubler votre nouveau logement. Elle est de 1 776,07 euros au 1er février 2025. Vous y avez droit si vous avez de petits revenus, une seule fois dans votre vie.",
                            "De installatiepremie is geld om uw nieuwe woning in te richten. Ze is 1 776,07 euro op 1 februari 2025. U hebt er recht op als u een laag inkomen hebt, één keer in uw leven.",
                            "Die Einrichtungsprämie ist Geld, um Ihre neue Wohnung einzurichten. Sie ist 1 776,07 Euro am 1. Februar 2025. Sie bekommen sie bei wenig Einkommen, nur einmal im Leben.",
                            "The installation grant is money to furnish your new home. It is 1,776.07 euros on 1 February 2025. You can get it if you have a low income, once in your life.",
                        ),
                    ),
                ],
            ),
            (
                "who_can_help",
                "desk",
                T(
                    "Au guichet, nous regardons avec vous quelle aide vous convient.",
                    "Aan het onthaal bekijken wij samen met u welke hulp bij u past.",
                    "Am Schalter schauen wir mit Ihnen, welche Hilfe zu Ihnen passt.",
                    "At the desk, we look with you at which help suits you.",
                ),
            ),
        ],
    },
]
