"""Demo information pages: health costs, paperwork help and your rights, and
the contact channels of the demo centre.

Format and writing rules: /tmp/spec/demo-information-format.md. French is the
source; each text carries its Dutch, German and English translation. Facts
come from ../shared/facts/rights-be.md (#4 urgent medical aid, #5 increased
reimbursement); legal aid and the appeal to the labour tribunal keep to facts
every Belgian legal aid office publishes. Texts that already exist in
content.py are repeated here word for word, so that one French text always
has one translation.
"""

from .content import ORGANISATION, T

EMPTY = T("", "", "", "")

# Texts used on more than one page or channel: one object, one translation.
IDENTITY_CARD = T("votre carte d'identité", "uw identiteitskaart", "Ihren Personalausweis", "your identity card")
WHO_LIVES_WITH_YOU = T(
    "un papier de la commune qui dit qui vit chez vous",
    "een papier van de gemeente dat zegt wie bij u woont",
    "ein Papier der Gemeinde, das zeigt, wer bei Ihnen wohnt",
    "a paper from the municipality that shows who lives with you",
)
NEVER_GIVE_CODES = T(
    "Ne donnez jamais vos codes secrets, ni à nous ni à personne.",
    "Geef nooit uw geheime codes, niet aan ons en niet aan iemand anders.",
    "Geben Sie nie Ihre Geheimcodes weiter, auch nicht an uns.",
    "Never give anyone your secret codes, not even us.",
)

PAGES = [
    # ------------------------------------------------------------------ health
    {
        "key": "medical-costs",
        "topic": "health",
        "slug": T("frais-medicaux", "medische-kosten", "arztkosten", "medical-costs"),
        "title": T(
            "Payer vos frais médicaux",
            "Uw medische kosten betalen",
            "Ihre Arztkosten bezahlen",
            "Pay your medical costs",
        ),
        "in_short": T(
            "Vous ne pouvez pas payer le médecin ou la pharmacie ? Il existe plusieurs aides. Nous cherchons avec vous celle qui vous convient.",
            "Kunt u de dokter of de apotheek niet betalen? Er bestaan verschillende vormen van hulp. Wij zoeken samen met u wat bij u past.",
            "Sie können den Arzt oder die Apotheke nicht bezahlen? Es gibt mehrere Hilfen. Wir suchen mit Ihnen die passende Hilfe.",
            "You cannot pay the doctor or the pharmacy? There are several kinds of help. We look with you for the one that fits.",
        ),
        "reviewed": "2026-10-05",
        "review_months": 6,
        "owner": "social",
        "body": [
            ("heading", T(
                "Un meilleur remboursement de vos soins",
                "Meer terugbetaling voor uw zorg",
                "Mehr Geld zurück für Arzt und Apotheke",
                "More money back for your care",
            )),
            ("paragraph", [
                T(
                    "Demandez l'intervention majorée (un meilleur remboursement de vos soins). Avec elle, vous payez moins chez le médecin et à la pharmacie.",
                    "Vraag de verhoogde tegemoetkoming (een betere terugbetaling van uw zorg). Dan betaalt u minder bij de dokter en de apotheek.",
                    "Fragen Sie nach der erhöhten Kostenbeteiligung (Sie bekommen dann mehr Geld zurück). Dann zahlen Sie weniger beim Arzt und in der Apotheke.",
                    "Ask for the increased reimbursement (you get more money back for your care). Then you pay less at the doctor and the pharmacy.",
                ),
                T(
                    "Elle vous donne aussi d'autres réductions, par exemple pour le bus ou le train.",
                    "U krijgt dan ook andere kortingen, bijvoorbeeld voor de bus of de trein.",
                    "Sie bekommen dann auch andere Rabatte, zum Beispiel für Bus oder Zug.",
                    "It also gives you other discounts, for example on the bus or the train.",
                ),
                T(
                    "Vous recevez de l'argent de notre part chaque mois depuis 3 mois complets ? Alors vous l'avez souvent sans rien demander. Sinon, demandez-la à votre mutuelle. Votre mutuelle est la caisse qui rembourse vos soins.",
                    "Krijgt u al 3 volle maanden elke maand geld van ons? Dan krijgt u ze vaak vanzelf. Anders vraagt u ze aan uw ziekenfonds. Uw ziekenfonds is de kas die uw zorg terugbetaalt.",
                    "Sie bekommen seit 3 vollen Monaten jeden Monat Geld von uns? Dann haben Sie sie oft von selbst. Sonst fragen Sie Ihre Krankenkasse danach. Die Krankenkasse zahlt Ihnen einen Teil der Kosten zurück.",
                    "Have you had money from us every month for 3 full months? Then you often get it without asking. If not, ask your health insurance fund. That is the fund that pays back your care.",
                ),
            ]),
            ("heading", T(
                "La carte médicale de notre centre",
                "De medische kaart van ons centrum",
                "Die Arztkarte von unserem Zentrum",
                "Our medical card",
            )),
            ("paragraph", [
                T(
                    "Vous ne pouvez pas payer vos soins, même avec l'aide de votre mutuelle ? Nous pouvons vous donner une carte médicale.",
                    "Kunt u uw zorg niet betalen, ook niet met de hulp van uw ziekenfonds? Dan kunnen wij u een medische kaart geven.",
                    "Sie können den Arzt auch mit der Krankenkasse nicht bezahlen? Dann können wir Ihnen eine Arztkarte geben.",
                    "You cannot pay for your care, even with help from your health insurance fund? We can give you a medical card.",
                ),
                T(
                    "Avec cette carte, vous allez chez un médecin et une pharmacie que vous choisissez avec nous. Nous leur payons la facture.",
                    "Met die kaart gaat u naar een dokter en een apotheek die u samen met ons kiest. Wij betalen hun rekening.",
                    "Mit dieser Karte gehen Sie zu einem Arzt und einer Apotheke, die Sie mit uns wählen. Wir bezahlen ihre Rechnung.",
                    "With this card, you go to a doctor and a pharmacy that you choose with us. We pay their bill.",
                ),
            ]),
            ("heading", T(
                "Vous n'avez pas de papiers de séjour ?",
                "Hebt u geen verblijfspapieren?",
                "Sie leben ohne Papiere in Belgien?",
                "You have no residence papers?",
            )),
            ("paragraph", [
                T(
                    "Vous pouvez quand même recevoir des soins. L'aide médicale urgente est une aide pour les personnes qui vivent en Belgique sans papiers de séjour.",
                    "U kunt toch zorg krijgen. Dringende medische hulp is hulp voor mensen die zonder verblijfspapieren in België wonen.",
                    "Sie können trotzdem zum Arzt gehen. Dringende medizinische Hilfe ist eine Hilfe für Menschen ohne Papiere.",
                    "You can still get care. Urgent medical aid is help for people who live in Belgium without residence papers.",
                ),
                T(
                    "Nous payons directement le médecin, l'hôpital ou la pharmacie. Vous ne recevez pas d'argent. L'aide paie aussi les soins pour rester en bonne santé.",
                    "Wij betalen de dokter, het ziekenhuis of de apotheek rechtstreeks. U krijgt geen geld. De hulp betaalt ook zorg om gezond te blijven.",
                    "Wir bezahlen den Arzt, das Krankenhaus oder die Apotheke direkt. Sie bekommen kein Geld. Die Hilfe zahlt auch Besuche beim Arzt, damit Sie gesund bleiben.",
                    "We pay the doctor, the hospital or the pharmacy directly. You do not get money. The aid also pays for care to keep you healthy.",
                ),
                T(
                    "Un médecin vous donne un certificat. C'est le médecin qui décide si les soins sont urgents, pas nous. Ensuite, une assistante sociale regarde votre situation avec vous. Après une urgence, l'hôpital fait la demande avec nous.",
                    "Een dokter geeft u een attest. De dokter beslist of de zorg dringend is, niet wij. Daarna bekijkt een maatschappelijk werker samen met u uw situatie. Na een noodgeval doet het ziekenhuis de aanvraag bij ons.",
                    "Ein Arzt gibt Ihnen eine Bescheinigung. Der Arzt entscheidet, ob die Behandlung dringend ist, nicht wir. Dann spricht jemand von uns mit Ihnen über Ihre Lage. Nach einem Notfall stellt das Krankenhaus den Antrag bei uns.",
                    "A doctor gives you a certificate. The doctor decides if the care is urgent, not us. Then a social worker looks at your situation with you. After an emergency, the hospital asks us for you.",
                ),
                T(
                    "Nous ne donnons pas vos données à l'Office des étrangers. Vous pouvez venir nous voir sans crainte.",
                    "Wij geven uw gegevens niet aan de Dienst Vreemdelingenzaken. U kunt zonder angst bij ons komen.",
                    "Wir geben Ihre Daten nicht an das Ausländeramt weiter. Sie können ohne Angst zu uns kommen.",
                    "We do not give your data to the Immigration Office. You can come to us without fear.",
                ),
            ]),
            ("who_can_help", "desk", T(
                "Une assistante sociale cherche avec vous l'aide qui vous convient.",
                "Een maatschappelijk werker zoekt samen met u de hulp die bij u past.",
                "Jemand von uns sucht mit Ihnen die Hilfe, die zu Ihnen passt.",
                "A social worker looks with you for the help that fits.",
            )),
        ],
    },
    # --------------------------------------------------------------- paperwork
    {
        "key": "first-appointment",
        "topic": "paperwork",
        "slug": T("premier-rendez-vous", "eerste-afspraak", "erster-termin", "first-appointment"),
        "title": T(
            "Préparer votre premier rendez-vous",
            "Uw eerste afspraak voorbereiden",
            "Ihren ersten Termin vorbereiten",
            "Get ready for your first appointment",
        ),
        "in_short": T(
            "Au premier rendez-vous, nous parlons avec vous de votre situation. Voici comment prendre rendez-vous et quoi apporter.",
            "Bij de eerste afspraak praten wij met u over uw situatie. Hier leest u hoe u een afspraak maakt en wat u meebrengt.",
            "Beim ersten Termin sprechen wir mit Ihnen über Ihre Lage. Hier lesen Sie, wie Sie einen Termin machen und was Sie mitbringen.",
            "At the first appointment, we talk with you about your situation. Here is how to make an appointment and what to bring.",
        ),
        "reviewed": "2026-09-14",
        "review_months": 12,
        "owner": "social",
        "body": [
            ("heading", T("Prendre rendez-vous", "Een afspraak maken", "Einen Termin machen", "Make an appointment")),
            ("steps", [
                T(
                    "Appelez le 02 555 12 34 ou venez au guichet.",
                    "Bel 02 555 12 34 of kom naar het onthaal.",
                    "Rufen Sie 02 555 12 34 an oder kommen Sie zum Schalter.",
                    "Call 02 555 12 34 or come to the desk.",
                ),
                T(
                    "Nous vous donnons un jour et une heure de rendez-vous.",
                    "Wij geven u een dag en een uur voor uw afspraak.",
                    "Wir geben Ihnen einen Tag und eine Uhrzeit.",
                    "We give you a day and a time.",
                ),
                T(
                    "Rassemblez les papiers de la liste ci-dessous.",
                    "Zoek de papieren van de lijst hieronder bij elkaar.",
                    "Legen Sie die Papiere von der Liste unten bereit.",
                    "Gather the papers on the list below.",
                ),
                T(
                    "Venez au rendez-vous. Vous pouvez venir avec une personne de confiance.",
                    "Kom naar de afspraak. U mag iemand meebrengen die u vertrouwt.",
                    "Kommen Sie zum Termin. Sie dürfen jemanden mitbringen, dem Sie vertrauen.",
                    "Come to the appointment. You may bring someone you trust.",
                ),
            ]),
            ("heading", T("Ce qu'il faut apporter", "Wat moet u meebrengen?", "Was Sie mitbringen", "What to bring")),
            ("checklist", [
                IDENTITY_CARD,
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
                WHO_LIVES_WITH_YOU,
                T(
                    "les factures que vous ne pouvez pas payer",
                    "de rekeningen die u niet kunt betalen",
                    "die Rechnungen, die Sie nicht bezahlen können",
                    "the bills you cannot pay",
                ),
            ]),
            ("heading", T("Vos questions", "Uw vragen", "Ihre Fragen", "Your questions")),
            ("questions", [
                (
                    T("Un papier vous manque ?", "Mist u een papier?", "Ihnen fehlt ein Papier?", "A paper is missing?"),
                    T(
                        "Venez quand même. Nous cherchons une solution avec vous.",
                        "Kom toch. Wij zoeken samen met u een oplossing.",
                        "Kommen Sie trotzdem. Wir suchen mit Ihnen eine Lösung.",
                        "Come anyway. We will find a solution with you.",
                    ),
                ),
                (
                    T(
                        "Venons-nous chez vous ?",
                        "Komen wij bij u thuis?",
                        "Kommen wir zu Ihnen nach Hause?",
                        "Do we come to your home?",
                    ),
                    T(
                        "Parfois, oui. Nous voulons mieux comprendre comment vous vivez.",
                        "Soms wel. Zo begrijpen wij beter hoe u leeft.",
                        "Manchmal, ja. So sehen wir besser, wie Sie leben.",
                        "Sometimes, yes. This helps us understand how you live.",
                    ),
                ),
                (
                    T(
                        "Quand recevez-vous notre réponse ?",
                        "Wanneer krijgt u ons antwoord?",
                        "Wann bekommen Sie unsere Antwort?",
                        "When do you get our answer?",
                    ),
                    T(
                        "Au plus tard 30 jours après votre demande.",
                        "Ten laatste 30 dagen na uw aanvraag.",
                        "Spätestens 30 Tage nach Ihrem Antrag.",
                        "At the latest 30 days after your request.",
                    ),
                ),
            ]),
            ("who_can_help", "phone", T(
                "Nous répondons à vos questions et nous donnons les rendez-vous.",
                "Wij beantwoorden uw vragen en geven de afspraken.",
                "Wir antworten auf Ihre Fragen und geben Termine.",
                "We answer your questions and give appointments.",
            )),
        ],
    },
    {
        "key": "legal-aid",
        "topic": "paperwork",
        "slug": T("aide-juridique", "juridische-hulp", "rechtshilfe", "legal-aid"),
        "title": T(
            "Recevoir l'aide gratuite d'un avocat",
            "Gratis hulp van een advocaat krijgen",
            "Kostenlose Hilfe von einem Anwalt bekommen",
            "Get free help from a lawyer",
        ),
        "in_short": T(
            "Vous avez un problème avec votre propriétaire, votre patron ou la justice ? Un avocat peut vous donner un premier conseil gratuit. Selon vos revenus, un avocat peut aussi vous défendre gratuitement.",
            "Hebt u een probleem met uw verhuurder, uw baas of het gerecht? Een advocaat kan u een eerste gratis advies geven. Als uw inkomen laag is, kan een advocaat u ook gratis verdedigen.",
            "Sie haben ein Problem mit Ihrem Vermieter, Ihrem Chef oder dem Gericht? Ein Anwalt kann Ihnen kostenlos einen ersten Rat geben. Je nach Einkommen kann ein Anwalt Sie auch kostenlos verteidigen.",
            "Do you have a problem with your landlord, your boss or the courts? A lawyer can give you free first advice. Depending on your income, a lawyer can also defend you for free.",
        ),
        "reviewed": "2026-08-24",
        "review_months": 12,
        "owner": "social",
        "body": [
            ("heading", T("Un premier conseil gratuit", "Een eerste gratis advies", "Ein erster Rat ohne Kosten", "Free first advice")),
            ("paragraph", [
                T(
                    "Un avocat écoute votre problème et vous explique vos droits. Il vous dit aussi quoi faire ensuite.",
                    "Een advocaat luistert naar uw probleem en legt uw rechten uit. Hij zegt ook wat u daarna kunt doen.",
                    "Ein Anwalt hört sich Ihr Problem an und erklärt Ihnen Ihre Rechte. Er sagt Ihnen auch, was Sie danach tun können.",
                    "A lawyer listens to your problem and explains your rights. The lawyer also tells you what to do next.",
                ),
                T(
                    "Tout le monde reçoit ce premier conseil sans payer. Vous ne devez pas montrer vos revenus.",
                    "Dat eerste advies is gratis voor iedereen. U hoeft uw inkomen niet te tonen.",
                    "Dieser erste Rat ist für alle kostenlos. Sie müssen Ihr Einkommen nicht zeigen.",
                    "This first advice is free for everyone. You do not need to show your income.",
                ),
                T(
                    "Des avocats donnent ces conseils au palais de justice et dans certaines communes. Demandez-nous où et quand.",
                    "Advocaten geven dat advies in het gerechtsgebouw en in sommige gemeenten. Vraag ons waar en wanneer.",
                    "Anwälte geben diesen Rat im Gericht und in manchen Gemeinden. Fragen Sie uns, wo und wann.",
                    "Lawyers give this advice at the courthouse and in some municipalities. Ask us where and when.",
                ),
            ]),
            ("heading", T("Un avocat qui vous défend", "Een advocaat die u verdedigt", "Ein Anwalt, der Sie verteidigt", "A lawyer who defends you")),
            ("paragraph", [
                T(
                    "Vous avez besoin d'un avocat pour toute une affaire ? Demandez un avocat pro deo. Un avocat pro deo est un avocat que vous ne payez pas, ou très peu.",
                    "Hebt u een advocaat nodig voor een hele zaak? Vraag een pro-Deoadvocaat. Een pro-Deoadvocaat is een advocaat die u niet of bijna niet betaalt.",
                    "Sie brauchen einen Anwalt für eine ganze Sache? Fragen Sie nach einem kostenlosen Anwalt. Sie zahlen ihm nichts oder nur sehr wenig.",
                    "Do you need a lawyer for a whole case? Ask for a legal aid lawyer. A legal aid lawyer is a lawyer you pay nothing or very little for.",
                ),
                T(
                    "Le bureau d'aide juridique vous trouve un avocat. Ce bureau regarde vos revenus et ceux de votre famille. Apportez-lui ces papiers :",
                    "Het bureau voor juridische bijstand zoekt een advocaat voor u. Dat bureau kijkt naar uw inkomen en dat van uw gezin. Breng deze papieren mee:",
                    "Das Büro für juristischen Beistand sucht einen Anwalt für Sie. Das Büro prüft Ihr Einkommen und das Einkommen Ihrer Familie. Bringen Sie diese Papiere mit:",
                    "The legal aid office finds a lawyer for you. This office looks at your income and your family's income. Bring these papers:",
                ),
            ]),
            ("checklist", [
                IDENTITY_CARD,
                T("la preuve de vos revenus", "het bewijs van uw inkomen", "den Nachweis Ihres Einkommens", "proof of your income"),
                WHO_LIVES_WITH_YOU,
                T(
                    "les lettres et les papiers sur votre problème",
                    "de brieven en papieren over uw probleem",
                    "die Briefe und Papiere zu Ihrem Problem",
                    "the letters and papers about your problem",
                ),
            ]),
            ("callout", "important", T(
                "Vous recevez de l'argent de notre part chaque mois ? Dites-le au bureau d'aide juridique. En général, vous ne payez alors rien pour votre avocat.",
                "Krijgt u elke maand geld van ons? Zeg het aan het bureau voor juridische bijstand. Meestal is uw advocaat dan gratis.",
                "Sie bekommen jeden Monat Geld von uns? Sagen Sie es dem Büro für juristischen Beistand. Meistens ist Ihr Anwalt dann kostenlos.",
                "Do you get money from us every month? Tell the legal aid office. You then usually pay nothing for your lawyer.",
            )),
            ("who_can_help", "desk", T(
                "Nous vous disons où trouver un avocat gratuit près de chez vous.",
                "Wij zeggen u waar u een gratis advocaat vindt in uw buurt.",
                "Wir sagen Ihnen, wo Sie einen kostenlosen Anwalt in Ihrer Nähe finden.",
                "We tell you where to find a free lawyer near you.",
            )),
        ],
    },
    {
        "key": "digital-help",
        "topic": "paperwork",
        "slug": T("aide-numerique", "digitale-hulp", "digitale-hilfe", "digital-help"),
        "title": T(
            "Remplir un formulaire en ligne avec de l'aide",
            "Een online formulier invullen met hulp",
            "Ein Formular im Internet mit Hilfe ausfüllen",
            "Fill in an online form with help",
        ),
        "in_short": T(
            "Vous n'avez pas d'ordinateur ou Internet vous semble difficile ? Nous vous aidons gratuitement. Vous pouvez toujours demander un formulaire sur papier.",
            "Hebt u geen computer of vindt u internet moeilijk? Wij helpen u gratis. U kunt altijd een papieren formulier vragen.",
            "Sie haben keinen Computer oder das Internet ist Ihnen zu schwer? Wir helfen Ihnen kostenlos. Sie können immer ein Formular auf Papier verlangen.",
            "You have no computer or you find the internet hard? We help you for free. You can always ask for a paper form.",
        ),
        "reviewed": "2026-07-20",
        "review_months": 12,
        "owner": "communication",
        "body": [
            ("heading", T("Ce que nous vous proposons", "Wat wij u aanbieden", "Was wir Ihnen anbieten", "What we offer")),
            ("list", [
                T(
                    "un ordinateur que vous pouvez utiliser chez nous, pendant les heures du guichet",
                    "een computer die u bij ons kunt gebruiken, tijdens de openingsuren van het onthaal",
                    "einen Computer, den Sie bei uns nutzen können, wenn der Schalter offen ist",
                    "a computer you can use at our centre during desk hours",
                ),
                T(
                    "une personne de notre équipe qui remplit avec vous les formulaires en ligne, sur rendez-vous",
                    "iemand van ons team die samen met u online formulieren invult, op afspraak",
                    "eine Person aus unserem Team, die mit Ihnen Formulare im Internet ausfüllt, mit Termin",
                    "someone from our team who fills in online forms with you, by appointment",
                ),
                T(
                    "un formulaire sur papier, si vous le préférez",
                    "een papieren formulier, als u dat liever hebt",
                    "ein Formular auf Papier, wenn Ihnen das lieber ist",
                    "a paper form, if you prefer",
                ),
            ]),
            ("heading", T("Montrer qui vous êtes sur Internet", "Online tonen wie u bent", "Im Internet zeigen, wer Sie sind", "Show who you are online")),
            ("paragraph", [
                T(
                    "Certains sites de l'État vous demandent de prouver qui vous êtes. Vous avez deux moyens pour cela.",
                    "Sommige websites van de overheid vragen u om te tonen wie u bent. Dat kan op twee manieren.",
                    "Manche Seiten vom Staat wollen wissen, wer Sie sind. Das geht auf zwei Wegen.",
                    "Some government websites ask you to prove who you are. You can do this in two ways.",
                ),
                T(
                    "L'application itsme sur votre téléphone vous permet de le prouver. Vous l'ouvrez avec un code secret.",
                    "Met de app itsme op uw telefoon kunt u dat tonen. U opent de app met een geheime code.",
                    "Mit der App itsme auf Ihrem Handy geht das. Sie öffnen die App mit einem Geheimcode.",
                    "The itsme app on your phone lets you prove it. You open it with a secret code.",
                ),
                T(
                    "Vous pouvez aussi utiliser votre carte d'identité avec un lecteur de carte. Vous avez alors besoin du code secret de votre carte.",
                    "U kunt ook uw identiteitskaart gebruiken met een kaartlezer. Dan hebt u de geheime code van uw kaart nodig.",
                    "Sie können auch Ihren Ausweis mit einem Kartenleser nutzen. Dann brauchen Sie den Geheimcode Ihrer Karte.",
                    "You can also use your identity card with a card reader. Then you need the secret code of your card.",
                ),
                T(
                    "Vous avez oublié ce code ? Votre commune peut vous en donner un nouveau.",
                    "Weet u die code niet meer? Uw gemeente kan u een nieuwe code geven.",
                    "Sie haben den Code vergessen? Ihre Gemeinde kann Ihnen einen neuen Code geben.",
                    "Have you forgotten this code? Your municipality can give you a new one.",
                ),
            ]),
            ("callout", "warning", NEVER_GIVE_CODES),
            ("questions", [
                (
                    T(
                        "Vous n'avez pas d'adresse e-mail ?",
                        "Hebt u geen e-mailadres?",
                        "Sie haben keine E-Mail-Adresse?",
                        "You have no e-mail address?",
                    ),
                    T(
                        "Nous vous aidons à en créer une, sans frais.",
                        "Wij helpen u er een te maken. Dat is gratis.",
                        "Wir helfen Ihnen, eine Adresse zu machen. Das ist kostenlos.",
                        "We help you make one. It is free.",
                    ),
                ),
                (
                    T(
                        "Vous préférez le papier ?",
                        "Werkt u liever op papier?",
                        "Sie möchten lieber Papier?",
                        "You prefer paper?",
                    ),
                    T(
                        "Vous en avez le droit. Demandez-nous un formulaire sur papier. Nous vous aidons à le remplir.",
                        "Dat is uw recht. Vraag ons een papieren formulier. Wij helpen u het in te vullen.",
                        "Das ist Ihr Recht. Fragen Sie uns nach einem Formular auf Papier. Wir helfen Ihnen beim Ausfüllen.",
                        "That is your right. Ask us for a paper form. We help you fill it in.",
                    ),
                ),
            ]),
            ("who_can_help", "desk", T(
                "Prenez rendez-vous au guichet pour remplir un formulaire avec nous.",
                "Maak een afspraak aan het onthaal om samen een formulier in te vullen.",
                "Machen Sie am Schalter einen Termin, um mit uns ein Formular auszufüllen.",
                "Make an appointment at the desk to fill in a form with us.",
            )),
        ],
    },
    # ------------------------------------------------------------- your rights
    {
        "key": "complaint",
        "topic": "your-rights",
        "slug": T("plainte", "klacht", "beschwerde", "complaint"),
        "title": T(
            "Vous plaindre ou contester une décision",
            "Klagen of een beslissing aanvechten",
            "Sich beschweren oder gegen eine Entscheidung vorgehen",
            "Complain or challenge a decision",
        ),
        "in_short": T(
            "Vous n'êtes pas d'accord avec nous ? Parlez-nous-en d'abord. Vous pouvez aussi demander à un juge de revoir notre décision, sans payer.",
            "Bent u het niet eens met ons? Praat er eerst met ons over. U kunt ook gratis een rechter vragen om onze beslissing te herzien.",
            "Sie sind mit uns nicht einverstanden? Sprechen Sie zuerst mit uns. Sie können auch kostenlos einen Richter bitten, unsere Entscheidung zu prüfen.",
            "You do not agree with us? Talk to us first. You can also ask a judge to look at our decision again, for free.",
        ),
        "reviewed": "2026-09-28",
        "review_months": 12,
        "owner": "social",
        "body": [
            ("heading", T("Faire une plainte", "Een klacht indienen", "Sich bei uns beschweren", "Make a complaint")),
            ("steps", [
                T(
                    "Parlez du problème avec votre assistante sociale. Souvent, cela suffit.",
                    "Praat over het probleem met uw maatschappelijk werker. Vaak is dat genoeg.",
                    "Sprechen Sie mit Ihrer Sozialarbeiterin über das Problem. Oft reicht das schon.",
                    "Talk about the problem with your social worker. Often, that is enough.",
                ),
                T(
                    "Le problème reste ? Écrivez-nous une lettre ou un e-mail à info@cpas-valmont.example.",
                    "Blijft het probleem? Schrijf ons een brief of een e-mail naar info@cpas-valmont.example.",
                    "Das Problem bleibt? Schreiben Sie uns einen Brief oder eine E-Mail an info@cpas-valmont.example.",
                    "The problem is still there? Write us a letter or an e-mail to info@cpas-valmont.example.",
                ),
                T(
                    "Vous pouvez aussi remplir une feuille de plainte au guichet.",
                    "U kunt ook aan het onthaal een klachtenformulier invullen.",
                    "Sie können auch am Schalter ein Blatt für Beschwerden ausfüllen.",
                    "You can also fill in a complaint form at the desk.",
                ),
                T(
                    "Nous vous répondons par écrit dans les 30 jours.",
                    "Wij antwoorden u schriftelijk binnen 30 dagen.",
                    "Wir schreiben Ihnen in höchstens 30 Tagen eine Antwort.",
                    "We answer you in writing within 30 days.",
                ),
            ]),
            ("questions", [
                (
                    T(
                        "Une plainte peut-elle vous faire perdre votre aide ?",
                        "Kunt u door een klacht uw hulp verliezen?",
                        "Können Sie durch eine Beschwerde Ihre Hilfe verlieren?",
                        "Can a complaint make you lose your help?",
                    ),
                    T(
                        "Non. Vous gardez votre aide. Votre plainte nous aide à mieux travailler.",
                        "Nee. U houdt uw hulp. Uw klacht helpt ons om beter te werken.",
                        "Nein. Sie behalten Ihre Hilfe. Ihre Beschwerde hilft uns, besser zu arbeiten.",
                        "No. You keep your help. Your complaint helps us work better.",
                    ),
                ),
            ]),
            ("heading", T(
                "Contester une décision devant un juge",
                "Een beslissing aanvechten bij de rechter",
                "Gegen eine Entscheidung vor Gericht gehen",
                "Challenge a decision in court",
            )),
            ("paragraph", [
                T(
                    "Vous n'êtes pas d'accord avec une décision sur votre aide ? Allez au tribunal du travail (le juge pour le travail et les aides en argent).",
                    "Bent u het niet eens met een beslissing over uw hulp? Ga naar de arbeidsrechtbank (de rechter voor werk en uitkeringen).",
                    "Sie sind mit einer Entscheidung über Ihre Hilfe nicht einverstanden? Gehen Sie zum Arbeitsgericht (das Gericht für Arbeit und soziale Hilfen).",
                    "You do not agree with a decision about your help? Go to the labour tribunal (the court for work and benefits).",
                ),
                T(
                    "Vous avez 3 mois après notre décision pour le faire. Vous ne payez rien et vous n'avez pas besoin d'avocat.",
                    "U hebt daarvoor 3 maanden na onze beslissing. Het is gratis en u hebt geen advocaat nodig.",
                    "Sie haben dafür 3 Monate nach unserer Entscheidung Zeit. Es ist kostenlos und Sie brauchen keinen Anwalt.",
                    "You have 3 months after our decision to do this. It is free and you do not need a lawyer.",
                ),
                T(
                    "Écrivez une lettre au tribunal et expliquez pourquoi vous n'êtes pas d'accord. Joignez une copie de notre décision.",
                    "Schrijf een brief aan de rechtbank en leg uit waarom u het niet eens bent. Voeg een kopie van onze beslissing toe.",
                    "Schreiben Sie einen Brief an das Gericht und sagen Sie, warum Sie nicht einverstanden sind. Legen Sie eine Kopie unserer Entscheidung bei.",
                    "Write a letter to the court and explain why you do not agree. Add a copy of our decision.",
                ),
            ]),
            ("callout", "warning", T(
                "Une plainte chez nous n'arrête pas le délai de 3 mois. N'attendez pas notre réponse pour aller au tribunal.",
                "Een klacht bij ons stopt de termijn van 3 maanden niet. Wacht niet op ons antwoord om naar de rechtbank te gaan.",
                "Eine Beschwerde bei uns stoppt die Frist von 3 Monaten nicht. Warten Sie nicht auf unsere Antwort, um zum Gericht zu gehen.",
                "A complaint to us does not stop the 3 months. Do not wait for our answer to go to court.",
            )),
            ("who_can_help", "desk", T(
                "Nous vous aidons à écrire votre plainte ou votre lettre au tribunal.",
                "Wij helpen u om uw klacht of uw brief aan de rechtbank te schrijven.",
                "Wir helfen Ihnen, Ihre Beschwerde oder Ihren Brief an das Gericht zu schreiben.",
                "We help you write your complaint or your letter to the court.",
            )),
        ],
    },
    {
        "key": "data",
        "topic": "your-rights",
        "slug": T("vos-donnees", "uw-gegevens", "ihre-daten", "your-data"),
        "title": T(
            "Ce que nous faisons de vos données",
            "Wat wij met uw gegevens doen",
            "Was wir mit Ihren Daten machen",
            "What we do with your data",
        ),
        "in_short": T(
            "Nous gardons des informations sur vous pour pouvoir vous aider. Voici qui peut les lire, combien de temps nous les gardons et quels droits vous avez.",
            "Wij bewaren informatie over u om u te kunnen helpen. Hier leest u wie ze mag lezen, hoe lang wij ze bewaren en wat uw rechten zijn.",
            "Wir speichern Informationen über Sie, um Ihnen helfen zu können. Hier lesen Sie, wer sie lesen darf, wie lange wir sie speichern und welche Rechte Sie haben.",
            "We keep information about you so that we can help you. Here is who can read it, how long we keep it and what your rights are.",
        ),
        "reviewed": "2026-11-02",
        "review_months": 12,
        "owner": "communication",
        "body": [
            ("heading", T("Qui peut lire vos données ?", "Wie mag uw gegevens lezen?", "Wer darf Ihre Daten lesen?", "Who can read your data?")),
            ("paragraph", [
                T(
                    "Seules les personnes qui suivent votre dossier. Elles doivent garder le secret.",
                    "Alleen de mensen die uw dossier volgen. Zij moeten het geheim houden.",
                    "Nur die Personen, die Ihre Akte betreuen. Sie müssen das Geheimnis wahren.",
                    "Only the people who follow your file. They must keep it secret.",
                ),
                T(
                    "Les membres du comité qui décide de votre aide lisent aussi votre demande. Eux aussi doivent garder le secret.",
                    "Ook de leden van het comité dat over uw hulp beslist, lezen uw aanvraag. Ook zij moeten het geheim houden.",
                    "Auch die Mitglieder des Ausschusses, der über Ihre Hilfe entscheidet, lesen Ihren Antrag. Auch sie müssen das Geheimnis wahren.",
                    "The members of the committee that decides on your help also read your request. They too must keep it secret.",
                ),
                T(
                    "Nous vérifions certaines informations auprès d'autres services publics, par exemple vos revenus. Nous ne vendons jamais vos données.",
                    "Wij kijken sommige gegevens na bij andere openbare diensten, bijvoorbeeld uw inkomen. Wij verkopen uw gegevens nooit.",
                    "Wir prüfen manche Angaben bei anderen Ämtern, zum Beispiel Ihr Einkommen. Wir verkaufen Ihre Daten nie.",
                    "We check some information with other public services, for example your income. We never sell your data.",
                ),
            ]),
            ("heading", T(
                "Combien de temps gardons-nous vos données ?",
                "Hoe lang bewaren wij uw gegevens?",
                "Wie lange speichern wir Ihre Daten?",
                "How long do we keep your data?",
            )),
            ("paragraph", [
                T(
                    "Nous gardons votre dossier tant que nous vous aidons. Ensuite, la loi nous demande de le garder encore un certain temps. Après, nous le détruisons.",
                    "Wij bewaren uw dossier zolang wij u helpen. Daarna moeten wij het van de wet nog een tijd bewaren. Dan vernietigen wij het.",
                    "Wir bewahren Ihre Akte auf, solange wir Ihnen helfen. Danach müssen wir sie nach dem Gesetz noch eine Zeit lang aufbewahren. Dann vernichten wir sie.",
                    "We keep your file while we help you. After that, the law asks us to keep it for some time. Then we destroy it.",
                ),
                T(
                    "Vous voulez savoir combien de temps pour votre dossier ? Demandez-le-nous.",
                    "Wilt u weten hoe lang dat is voor uw dossier? Vraag het ons.",
                    "Sie möchten wissen, wie lange das für Ihre Akte gilt? Fragen Sie uns.",
                    "Do you want to know how long for your file? Ask us.",
                ),
            ]),
            ("heading", T("Vos droits", "Uw rechten", "Ihre Rechte", "Your rights")),
            ("list", [
                T("voir vos données", "uw gegevens inkijken", "Ihre Daten einsehen", "see your data"),
                T("faire corriger une erreur", "een fout laten verbeteren", "einen Fehler berichtigen lassen", "have a mistake corrected"),
                T(
                    "nous demander d'effacer ce qui ne sert plus",
                    "ons vragen om te wissen wat wij niet meer nodig hebben",
                    "uns bitten, zu löschen, was wir nicht mehr brauchen",
                    "ask us to delete what we no longer need",
                ),
            ]),
            ("paragraph", [
                T(
                    "Pour cela, écrivez à dpo@cpas-valmont.example ou demandez au guichet.",
                    "Schrijf daarvoor naar dpo@cpas-valmont.example of vraag het aan het onthaal.",
                    "Schreiben Sie dafür an dpo@cpas-valmont.example oder fragen Sie am Schalter.",
                    "To do this, write to dpo@cpas-valmont.example or ask at the desk.",
                ),
                T(
                    "Nous vous répondons dans un délai d'un mois.",
                    "Wij antwoorden u binnen een maand.",
                    "Wir antworten Ihnen in höchstens einem Monat.",
                    "We answer you within one month.",
                ),
                T(
                    "Vous n'êtes pas content de notre réponse ? Écrivez à l'Autorité de protection des données (le service de l'État qui protège vos données).",
                    "Bent u niet tevreden met ons antwoord? Schrijf naar de Gegevensbeschermingsautoriteit (de dienst van de overheid die uw gegevens beschermt).",
                    "Sie sind mit unserer Antwort nicht zufrieden? Schreiben Sie an die Datenschutzbehörde (das Amt vom Staat, das Ihre Daten schützt).",
                    "Are you unhappy with our answer? Write to the Data Protection Authority (the state service that protects your data).",
                ),
            ]),
        ],
    },
]

# The contact channels of the demo centre, desk and phone first.
CHANNELS = [
    {
        "kind": "desk",
        "name": T("Au guichet", "Aan het onthaal", "Am Schalter", "At the desk"),
        "summary": T(
            "Venez nous voir pour parler à quelqu'un, poser une question ou nous donner des papiers.",
            "Kom langs om met iemand te praten, een vraag te stellen of ons papieren te geven.",
            "Kommen Sie vorbei, um mit jemandem zu sprechen, eine Frage zu stellen oder uns Papiere zu geben.",
            "Come to see us to talk to someone, ask a question or give us papers.",
        ),
        "response_time": T(
            "Quelqu'un vous reçoit le jour même, sans rendez-vous.",
            "Iemand ontvangt u dezelfde dag, zonder afspraak.",
            "Jemand empfängt Sie am selben Tag, ohne Termin.",
            "Someone sees you the same day, without an appointment.",
        ),
        "prepare": T(
            "Apportez votre carte d'identité. Apportez aussi les lettres ou les factures qui concernent votre question.",
            "Breng uw identiteitskaart mee. Breng ook de brieven of rekeningen mee die over uw vraag gaan.",
            "Bringen Sie Ihren Personalausweis mit. Bringen Sie auch die Briefe oder Rechnungen zu Ihrer Frage mit.",
            "Bring your identity card. Also bring the letters or bills about your question.",
        ),
        "do_not_share": EMPTY,
        "wheelchair": T(
            "Le guichet se trouve au rez-de-chaussée. L'entrée n'a pas de marche. Il y a des toilettes pour les personnes en fauteuil roulant.",
            "Het onthaal is op het gelijkvloers. De ingang heeft geen trede. Er is een toilet voor mensen met een rolstoel.",
            "Der Schalter ist im Erdgeschoss. Der Eingang hat keine Stufe. Es gibt eine Toilette für Menschen im Rollstuhl.",
            "The desk is on the ground floor. The entrance has no step. There is a toilet for wheelchair users.",
        ),
        "hours": list(ORGANISATION["desk_hours"]),
    },
    {
        "kind": "phone",
        "name": T("Par téléphone", "Telefonisch", "Per Telefon", "By phone"),
        "summary": T(
            "Appelez-nous pour une question simple ou pour prendre rendez-vous.",
            "Bel ons voor een eenvoudige vraag of om een afspraak te maken.",
            "Rufen Sie uns an für eine einfache Frage oder für einen Termin.",
            "Call us for a simple question or to make an appointment.",
        ),
        "response_time": T(
            "Nous répondons tout de suite pendant les heures d'ouverture. Vous attendez parfois quelques minutes.",
            "Wij antwoorden meteen tijdens de openingsuren. Soms wacht u een paar minuten.",
            "Wir antworten sofort während der Öffnungszeiten. Manchmal warten Sie ein paar Minuten.",
            "We answer straight away during opening hours. Sometimes you wait a few minutes.",
        ),
        "prepare": T(
            "Gardez votre carte d'identité près de vous. Notez vos questions avant d'appeler.",
            "Houd uw identiteitskaart bij de hand. Schrijf uw vragen op voor u belt.",
            "Halten Sie Ihren Ausweis bereit. Schreiben Sie Ihre Fragen vor dem Anruf auf.",
            "Keep your identity card near you. Write down your questions before you call.",
        ),
        "do_not_share": NEVER_GIVE_CODES,
        "wheelchair": EMPTY,
        "hours": list(ORGANISATION["phone_hours"]),
    },
    {
        "kind": "email",
        "name": T("Par e-mail", "Per e-mail", "Per E-Mail", "By e-mail"),
        "summary": T(
            "Écrivez-nous pour une question qui peut attendre quelques jours.",
            "Schrijf ons voor een vraag die een paar dagen kan wachten.",
            "Schreiben Sie uns bei einer Frage, die ein paar Tage warten kann.",
            "Write to us about a question that can wait a few days.",
        ),
        "response_time": T(
            "Nous répondons dans les 5 jours ouvrables.",
            "Wij antwoorden binnen 5 werkdagen.",
            "Wir antworten innerhalb von 5 Werktagen.",
            "We answer within 5 working days.",
        ),
        "prepare": T(
            "Écrivez votre nom, votre adresse et votre numéro de téléphone. Expliquez votre question en quelques phrases.",
            "Schrijf uw naam, uw adres en uw telefoonnummer. Leg uw vraag uit in een paar zinnen.",
            "Schreiben Sie Ihren Namen und Ihre Adresse. Geben Sie auch Ihre Telefonnummer an. Sagen Sie kurz, was Ihre Frage ist.",
            "Write your name, your address and your phone number. Explain your question in a few sentences.",
        ),
        "do_not_share": T(
            "N'envoyez pas votre numéro national ni vos extraits de compte par e-mail.",
            "Stuur uw rijksregisternummer en uw rekeninguittreksels niet per e-mail.",
            "Senden Sie Ihre Nummer aus dem Nationalregister nicht per E-Mail. Senden Sie auch keine Auszüge von Ihrem Konto.",
            "Do not send your national number or your bank statements by e-mail.",
        ),
        "wheelchair": EMPTY,
        "hours": [],
    },
    {
        "kind": "video",
        "name": T(
            "En appel vidéo, sur rendez-vous",
            "Met videobellen, op afspraak",
            "Per Videoanruf, mit Termin",
            "By video call, by appointment",
        ),
        "summary": T(
            "Parlez avec nous sans vous déplacer.",
            "Praat met ons zonder dat u zich moet verplaatsen.",
            "Sprechen Sie mit uns, ohne aus dem Haus zu gehen.",
            "Talk with us without leaving home.",
        ),
        "response_time": T(
            "Nous vous proposons un rendez-vous dans les 5 jours ouvrables.",
            "Wij geven u een afspraak binnen 5 werkdagen.",
            "Sie bekommen einen Termin in den nächsten 5 Werktagen.",
            "We offer you an appointment within 5 working days.",
        ),
        "prepare": T(
            "Il vous faut un téléphone ou un ordinateur avec une caméra. Nous vous envoyons le lien de l'appel par e-mail.",
            "U hebt een telefoon of een computer met een camera nodig. Wij sturen u de link voor het gesprek per e-mail.",
            "Sie brauchen ein Handy oder einen Computer mit Kamera. Wir senden Ihnen den Link für das Gespräch per E-Mail.",
            "You need a phone or a computer with a camera. We send you the link for the call by e-mail.",
        ),
        "do_not_share": T(
            "Ne montrez pas votre carte bancaire à la caméra.",
            "Toon uw bankkaart niet aan de camera.",
            "Zeigen Sie Ihre Bankkarte nicht in die Kamera.",
            "Do not show your bank card to the camera.",
        ),
        "wheelchair": EMPTY,
        "hours": [(1, "14:00", "16:00"), (3, "14:00", "16:00")],
    },
]
