"""The WCAG success criteria of levels A and AA, as data: what a manual audit
assesses, one row per criterion and sample page.

Pure: no Django, no ORM. Short titles are the official translations' (W3C
authorised translations for fr, nl, de) so an auditor recognises them; the
AnySurfer theme groups them the way the Belgian checklist does.
"""

from dataclasses import dataclass

LANGUAGES = ("fr", "nl", "de", "en")
WCAG_VERSIONS = ("2.1", "2.2")
DEFAULT_VERSION = "2.2"


@dataclass(frozen=True)
class Criterion:
    number: str
    level: str  # "A" or "AA"
    theme: str  # a key of THEMES
    titles: dict  # {"fr": ..., "nl": ..., "de": ..., "en": ...}
    since: str = "2.0"
    removed_in: str = ""

    def title(self, language="en"):
        return self.titles.get((language or "en")[:2], self.titles["en"])

    def label(self, language="en"):
        return f"{self.number} {self.title(language)} ({self.level})"

    def applies_to(self, version):
        """Whether the criterion is part of WCAG ``version`` ("2.1", "2.2")."""
        if _version_key(self.since) > _version_key(version):
            return False
        return not (self.removed_in and _version_key(self.removed_in) <= _version_key(version))

    @property
    def sort_key(self):
        return tuple(int(part) for part in self.number.split("."))


def _version_key(version):
    return tuple(int(part) for part in version.split("."))


THEMES = {
    "images": {"fr": "Images", "nl": "Afbeeldingen", "de": "Bilder", "en": "Images"},
    "multimedia": {"fr": "Audio et vidéo", "nl": "Audio en video", "de": "Audio und Video",
                   "en": "Audio and video"},
    "structure": {"fr": "Titres et structure", "nl": "Koppen en structuur",
                  "de": "Überschriften und Struktur", "en": "Headings and structure"},
    "colour": {"fr": "Couleurs et contraste", "nl": "Kleur en contrast",
               "de": "Farbe und Kontrast", "en": "Colour and contrast"},
    "layout": {"fr": "Mise en page et zoom", "nl": "Opmaak en zoom", "de": "Layout und Zoom",
               "en": "Layout and zoom"},
    "keyboard": {"fr": "Clavier et focus", "nl": "Toetsenbord en focus",
                 "de": "Tastatur und Fokus", "en": "Keyboard and focus"},
    "moving": {"fr": "Contenu qui bouge et délais", "nl": "Bewegende inhoud en tijd",
               "de": "Bewegte Inhalte und Zeit", "en": "Moving content and time"},
    "navigation": {"fr": "Navigation", "nl": "Navigatie", "de": "Navigation",
                   "en": "Navigation"},
    "page-title": {"fr": "Titre de page", "nl": "Paginatitel", "de": "Seitentitel",
                   "en": "Page title"},
    "links": {"fr": "Liens", "nl": "Links", "de": "Links", "en": "Links"},
    "pointer": {"fr": "Souris et écran tactile", "nl": "Muis en aanraakscherm",
                "de": "Maus und Touchscreen", "en": "Mouse and touch screen"},
    "language": {"fr": "Langue", "nl": "Taal", "de": "Sprache", "en": "Language"},
    "forms": {"fr": "Formulaires", "nl": "Formulieren", "de": "Formulare", "en": "Forms"},
    "code": {"fr": "Code et composants", "nl": "Code en componenten",
             "de": "Code und Komponenten", "en": "Code and components"},
}


def _c(number, level, theme, en, fr, nl, de, since="2.0", removed_in=""):
    return Criterion(number, level, theme, {"en": en, "fr": fr, "nl": nl, "de": de},
                     since, removed_in)


CRITERIA = (
    _c("1.1.1", "A", "images", "Non-text Content", "Contenu non textuel",
       "Niet-tekstuele content", "Nicht-Text-Inhalt"),
    _c("1.2.1", "A", "multimedia", "Audio-only and Video-only (Prerecorded)",
       "Contenu seulement audio ou vidéo (pré-enregistré)",
       "Louter geluid en louter beeld (vooraf opgenomen)",
       "Reine Audio- und Videoinhalte (aufgezeichnet)"),
    _c("1.2.2", "A", "multimedia", "Captions (Prerecorded)", "Sous-titres (pré-enregistrés)",
       "Ondertitels (vooraf opgenomen)", "Untertitel (aufgezeichnet)"),
    _c("1.2.3", "A", "multimedia", "Audio Description or Media Alternative (Prerecorded)",
       "Audio-description ou version de remplacement (pré-enregistrée)",
       "Audiodescriptie of media-alternatief (vooraf opgenomen)",
       "Audiodeskription oder Medienalternative (aufgezeichnet)"),
    _c("1.2.4", "AA", "multimedia", "Captions (Live)", "Sous-titres (en direct)",
       "Ondertitels (live)", "Untertitel (live)"),
    _c("1.2.5", "AA", "multimedia", "Audio Description (Prerecorded)",
       "Audio-description (pré-enregistrée)", "Audiodescriptie (vooraf opgenomen)",
       "Audiodeskription (aufgezeichnet)"),
    _c("1.3.1", "A", "structure", "Info and Relationships", "Information et relations",
       "Info en relaties", "Info und Beziehungen"),
    _c("1.3.2", "A", "structure", "Meaningful Sequence", "Ordre séquentiel logique",
       "Betekenisvolle volgorde", "Bedeutungstragende Reihenfolge"),
    _c("1.3.3", "A", "structure", "Sensory Characteristics", "Caractéristiques sensorielles",
       "Zintuiglijke eigenschappen", "Sensorische Eigenschaften"),
    _c("1.3.4", "AA", "layout", "Orientation", "Orientation", "Weergavestand", "Ausrichtung",
       since="2.1"),
    _c("1.3.5", "AA", "forms", "Identify Input Purpose", "Identifier la finalité des champs",
       "Identificeer het doel van de input", "Eingabezweck bestimmen", since="2.1"),
    _c("1.4.1", "A", "colour", "Use of Color", "Utilisation de la couleur", "Gebruik van kleur",
       "Benutzung von Farbe"),
    _c("1.4.2", "A", "multimedia", "Audio Control", "Contrôle du son", "Geluidsbediening",
       "Audio-Steuerelement"),
    _c("1.4.3", "AA", "colour", "Contrast (Minimum)", "Contraste (minimum)",
       "Contrast (minimum)", "Kontrast (Minimum)"),
    _c("1.4.4", "AA", "layout", "Resize Text", "Redimensionnement du texte",
       "Herschalen van tekst", "Textgröße ändern"),
    _c("1.4.5", "AA", "images", "Images of Text", "Texte sous forme d'image",
       "Afbeeldingen van tekst", "Bilder eines Textes"),
    _c("1.4.10", "AA", "layout", "Reflow", "Redistribution", "Reflow", "Umfließen",
       since="2.1"),
    _c("1.4.11", "AA", "colour", "Non-text Contrast", "Contraste du contenu non textuel",
       "Contrast van niet-tekstuele content", "Nicht-Text-Kontrast", since="2.1"),
    _c("1.4.12", "AA", "layout", "Text Spacing", "Espacement du texte", "Tekstafstand",
       "Textabstand", since="2.1"),
    _c("1.4.13", "AA", "layout", "Content on Hover or Focus",
       "Contenu au survol ou au focus", "Content bij hover of focus",
       "Eingeblendeter Inhalt bei Hover oder Fokus", since="2.1"),
    _c("2.1.1", "A", "keyboard", "Keyboard", "Clavier", "Toetsenbord", "Tastatur"),
    _c("2.1.2", "A", "keyboard", "No Keyboard Trap", "Pas de piège au clavier",
       "Geen toetsenbordval", "Keine Tastaturfalle"),
    _c("2.1.4", "A", "keyboard", "Character Key Shortcuts",
       "Raccourcis clavier utilisant des caractères", "Enkel-teken-sneltoetsen",
       "Tastaturkürzel mit Zeichentasten", since="2.1"),
    _c("2.2.1", "A", "moving", "Timing Adjustable", "Réglage du délai", "Timing aanpasbaar",
       "Zeitvorgaben anpassbar"),
    _c("2.2.2", "A", "moving", "Pause, Stop, Hide", "Mettre en pause, arrêter, masquer",
       "Pauzeren, stoppen, verbergen", "Pausieren, beenden, ausblenden"),
    _c("2.3.1", "A", "moving", "Three Flashes or Below Threshold",
       "Pas plus de trois flashs ou sous le seuil critique",
       "Drie flitsen of beneden drempelwaarde", "Grenzwert von dreimaligem Blitzen"),
    _c("2.4.1", "A", "navigation", "Bypass Blocks", "Contourner des blocs", "Blokken omzeilen",
       "Blöcke umgehen"),
    _c("2.4.2", "A", "page-title", "Page Titled", "Titre de page", "Paginatitel",
       "Seite mit Titel"),
    _c("2.4.3", "A", "keyboard", "Focus Order", "Parcours du focus", "Focusvolgorde",
       "Fokus-Reihenfolge"),
    _c("2.4.4", "A", "links", "Link Purpose (In Context)", "Fonction du lien (selon le contexte)",
       "Linkdoel (in context)", "Linkzweck (im Kontext)"),
    _c("2.4.5", "AA", "navigation", "Multiple Ways", "Accès multiples", "Meerdere manieren",
       "Verschiedene Methoden"),
    _c("2.4.6", "AA", "structure", "Headings and Labels", "En-têtes et étiquettes",
       "Koppen en labels", "Überschriften und Beschriftungen"),
    _c("2.4.7", "AA", "keyboard", "Focus Visible", "Visibilité du focus", "Focus zichtbaar",
       "Fokus sichtbar"),
    _c("2.4.11", "AA", "keyboard", "Focus Not Obscured (Minimum)",
       "Focus non masqué (minimum)", "Focus niet bedekt (minimum)",
       "Fokus nicht verdeckt (Minimum)", since="2.2"),
    _c("2.5.1", "A", "pointer", "Pointer Gestures", "Gestes de pointeur", "Aanwijzergebaren",
       "Zeigergesten", since="2.1"),
    _c("2.5.2", "A", "pointer", "Pointer Cancellation", "Annulation de l'action du pointeur",
       "Aanwijzerannulering", "Zeigerbedienung abbrechen", since="2.1"),
    _c("2.5.3", "A", "forms", "Label in Name", "Étiquette dans le nom", "Label in naam",
       "Beschriftung im Namen", since="2.1"),
    _c("2.5.4", "A", "pointer", "Motion Actuation", "Activation par le mouvement",
       "Bewegingsactivering", "Auslösung durch Bewegung", since="2.1"),
    _c("2.5.7", "AA", "pointer", "Dragging Movements", "Mouvements de glissement",
       "Sleepbewegingen", "Ziehbewegungen", since="2.2"),
    _c("2.5.8", "AA", "pointer", "Target Size (Minimum)", "Taille de la cible (minimum)",
       "Grootte van het aanwijsgebied (minimum)", "Zielgröße (Minimum)", since="2.2"),
    _c("3.1.1", "A", "language", "Language of Page", "Langue de la page", "Taal van de pagina",
       "Sprache der Seite"),
    _c("3.1.2", "AA", "language", "Language of Parts", "Langue d'un passage",
       "Taal van onderdelen", "Sprache von Teilen"),
    _c("3.2.1", "A", "navigation", "On Focus", "Au focus", "Bij focus", "Bei Fokus"),
    _c("3.2.2", "A", "forms", "On Input", "À la saisie", "Bij input", "Bei Eingabe"),
    _c("3.2.3", "AA", "navigation", "Consistent Navigation", "Navigation cohérente",
       "Consistente navigatie", "Konsistente Navigation"),
    _c("3.2.4", "AA", "navigation", "Consistent Identification", "Identification cohérente",
       "Consistente identificatie", "Konsistente Erkennung"),
    _c("3.2.6", "A", "navigation", "Consistent Help", "Aide cohérente", "Consistente hulp",
       "Konsistente Hilfe", since="2.2"),
    _c("3.3.1", "A", "forms", "Error Identification", "Identification des erreurs",
       "Foutidentificatie", "Fehlererkennung"),
    _c("3.3.2", "A", "forms", "Labels or Instructions", "Étiquettes ou instructions",
       "Labels of instructies", "Beschriftungen oder Anweisungen"),
    _c("3.3.3", "AA", "forms", "Error Suggestion", "Suggestion après une erreur",
       "Foutsuggestie", "Fehlerempfehlung"),
    _c("3.3.4", "AA", "forms", "Error Prevention (Legal, Financial, Data)",
       "Prévention des erreurs (juridiques, financières, de données)",
       "Foutpreventie (wettelijk, financieel, gegevens)",
       "Fehlervermeidung (rechtlich, finanziell, Daten)"),
    _c("3.3.7", "A", "forms", "Redundant Entry", "Saisie redondante", "Overbodige invoer",
       "Redundante Einträge", since="2.2"),
    _c("3.3.8", "AA", "forms", "Accessible Authentication (Minimum)",
       "Authentification accessible (minimum)", "Toegankelijke authenticatie (minimum)",
       "Barrierefreie Authentifizierung (Minimum)", since="2.2"),
    _c("4.1.1", "A", "code", "Parsing", "Analyse syntaxique", "Parsen", "Syntaxanalyse",
       removed_in="2.2"),
    _c("4.1.2", "A", "code", "Name, Role, Value", "Nom, rôle et valeur", "Naam, rol, waarde",
       "Name, Rolle, Wert"),
    _c("4.1.3", "AA", "code", "Status Messages", "Messages d'état", "Statusberichten",
       "Statusmeldungen", since="2.1"),
)

BY_NUMBER = {criterion.number: criterion for criterion in CRITERIA}


def criteria_for(version=DEFAULT_VERSION):
    """The A and AA criteria of WCAG ``version``, in numbering order."""
    if version not in WCAG_VERSIONS:
        raise ValueError(f"Unknown WCAG version {version!r}: use one of {WCAG_VERSIONS}.")
    return sorted((c for c in CRITERIA if c.applies_to(version)), key=lambda c: c.sort_key)


def theme_label(theme, language="en"):
    labels = THEMES.get(theme, {})
    return labels.get((language or "en")[:2], labels.get("en", theme))
