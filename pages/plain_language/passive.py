"""Passive voice in one sentence, for fr, nl, de and en.

Why: plain-language guides (FALC, Wablieft, GOV.UK) ask for active sentences
that say who does what ("nous vous envoyons" rather than "vous êtes envoyé").
Like Yoast's readability check, Balise counts the share of sentences with a
passive and shows each construction to the writer (facts/plain-language.md §3).
The rules below are written from the grammar of each language, not from
Yoast's code.

The rule is an auxiliary followed by a past participle:
- fr: être (or avoir + été) + participle, with at most two adverbs in between;
- nl: worden + participle later in the same clause (or just before worden:
  "dat betaald wordt");
- de: werden + Partizip II later in the same clause (or just before the
  auxiliary: "muss geprüft werden", "ist bezahlt worden");
- en: be (or have + been) + participle, with at most two adverbs in between.

A false alarm teaches staff to ignore the check, so when in doubt a passive is
missed rather than an active sentence flagged. Left out on purpose:
- fr: passé composé with être ("il est venu"), reflexives ("elle s'est
  inscrite"), "est-ce", "sommes" without "nous" (it is also a noun), and
  participles that mostly describe a state after être ("gratuit", "ouvert",
  "fermé", "inscrit", "marié", "situé", "enceinte"...);
- nl: passives with zijn ("is betaald" is also a perfect tense), adjectives
  after worden ("het wordt koud", "bekend", "verplicht"), present tense forms
  ("betaalt", "gebeurt"), nouns that look like participles ("geld",
  "gemeenten", "bericht");
- de: Zustandspassiv with sein (also a perfect tense), inseparable -en forms
  after a present "werden" that may be a future ("Sie werden es bekommen"),
  unless the participle differs from the infinitive ("übernommen"); words
  before a noun ("die bewilligten Leistungen") and capitalised words;
- en: contractions ("it's paid"), get-passives, and -ed adjectives
  ("interested", "married", "entitled", "based", "closed");
- everywhere: "born" (nl/de "geboren", fr "né"), which has no active form.
"""

import re
from functools import lru_cache

__all__ = ["passive_phrases"]


def _forms(*bases):
    """Masculine, feminine and plural forms of French participles/adjectives."""
    found = set()
    for base in bases:
        found.update({base, base + "e", base + "es"})
        if not base.endswith("s"):
            found.add(base + "s")
    return found


_L = r"[^\W\d_]"  # one letter, any script
# kind of token: n = number, w = word, p = punctuation (a clause boundary)
_TOKEN = re.compile(rf"(?P<n>\d+(?:[.,]\d+)*)|(?P<w>{_L}+(?:['-]{_L}+)*)|(?P<p>[^\w\s'])")
_TOKEN_FR = re.compile(
    rf"(?P<n>\d+(?:[.,]\d+)*)"
    rf"|(?P<w>(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])'(?={_L})|{_L}+(?:-{_L}+)*)"
    rf"|(?P<p>[^\w\s'])"
)

# ---------------------------------------------------------------- French

_FR_BE = frozenset(
    "est sont suis es sommes êtes était étaient étais étions étiez sera seront serai "
    "seras serons serez serait seraient serais serions seriez soit soient sois soyons "
    "soyez fut furent être".split()
)
_FR_HAVE = frozenset(
    "a as ai avons avez ont avait avaient avais avions aviez aura auront aurai auras "
    "aurons aurez aurait auraient aurais aurions auriez ait aient aies ayons ayez eut "
    "eurent avoir ayant".split()
)
_FR_SUBJECT = {"sommes": {"nous"}, "es": {"tu"}, "suis": {"je", "j'"}}
_FR_REFLEXIVE = frozenset({"s'", "se", "me", "m'", "te", "t'"})
_FR_BEFORE_SKIP = frozenset({"ne", "n'", "y", "en"})
_FR_ADVERBS = frozenset(
    "pas plus jamais bien déjà souvent toujours aussi ne n' tout également encore parfois "
    "ensuite alors donc point guère enfin désormais puis vite tôt".split()
)
_FR_SHORT = frozenset(
    _forms("vu", "lu", "mis", "pris", "dit", "fait", "acquis", "requis", "conquis")
)
_FR_NOT_PARTICIPLE = frozenset(
    # passé composé with être: active, not passive
    _forms(
        "allé", "venu", "parti", "arrivé", "né", "mort", "resté", "tombé", "entré", "sorti",
        "monté", "descendu", "retourné", "devenu", "revenu", "rentré", "décédé", "parvenu",
        "intervenu", "survenu", "apparu", "disparu", "passé", "demeuré", "redevenu",
        "reparti", "ressorti", "remonté", "redescendu", "retombé", "advenu", "échu",
    )
    # mostly a state, an adjective or a status after être
    | _forms(
        "gratuit", "petit", "âgé", "aisé", "désolé", "handicapé", "marié", "divorcé",
        "séparé", "retraité", "pensionné", "salarié", "employé", "domicilié", "situé",
        "fermé", "ouvert", "obligé", "intéressé", "concerné", "lié", "basé", "composé",
        "limité", "occupé", "privé", "élevé", "compliqué", "isolé", "endetté",
        "surendetté", "affilié", "assuré", "censé", "sensé", "aîné", "fatigué", "pressé",
        "doué", "éloigné", "réfugié", "diplômé", "inscrit", "tenu", "du", "bienvenu",
        "déçu", "absolu", "inconnu", "continu", "issu", "dépourvu", "assis", "précis",
        "gris", "exquis", "parfait", "satisfait", "abstrait", "distrait", "subit",
        "fortuit", "inédit", "enceint", "vert", "expert", "désert", "transfert", "inert",
        "saint", "adjoint", "conjoint", "ci-joint", "ci-inclus", "réduit", "confus",
    )
    # words that only look like participles
    | set(
        "ici ainsi parmi midi lundi mardi mercredi jeudi vendredi samedi ceci merci souci "
        "voici aujourd dessus ci-dessus avis devis colis paris souris tapis refus abri "
        "défi appui ennui mari année années journée journées idée idées durée durées "
        "soirée soirées matinée matinées plainte plaintes crainte craintes contrainte "
        "contraintes empreinte empreintes perte pertes alerte alertes certes individu "
        "individus crédit crédits profit profits esprit habit circuit fruit fruits bruit "
        "nuit nuits huit lit débit délit conflit appétit dépit répit point été".split()
    )
)
_FR_PARTICIPLE = re.compile(
    r"(?:é|(?:[^aeiouyéèêq]|qu)i|[^aeiouyéèêqg]u|[^eioy]it|[vf]ert|[aeo]int)(?:e|es|s)?$"
)


def _fr_adverb(word):
    return word in _FR_ADVERBS or (len(word) > 6 and word.endswith("ment"))


def _fr_participle(word):
    if word in _FR_NOT_PARTICIPLE:
        return False
    if word in _FR_SHORT:
        return True
    return len(word) > 3 and _FR_PARTICIPLE.search(word) is not None


def _previous_word(tokens, i, skip):
    """Index of the nearest word before i that is not in skip (None at a boundary)."""
    i -= 1
    while i >= 0 and tokens[i][0] == "w":
        if tokens[i][1] not in skip:
            return i
        i -= 1
    return None


def _after_gap(tokens, i, is_adverb):
    """Index of the first word from i on after at most two adverbs, else None."""
    gap = 0
    for j in range(i, len(tokens)):
        kind, word = tokens[j][0], tokens[j][1]
        if kind != "w":
            return None
        if not is_adverb(word):
            return j
        gap += 1
        if gap > 2:
            return None
    return None


def _be_participle_spans(tokens, have, been, is_be, is_adverb, is_participle):
    """Spans of "be (+ at most two adverbs) + participle", and of the perfect
    "have been + participle": French and English passives have this one
    shape and differ only in their word lists."""
    spans = []
    i, n = 0, len(tokens)
    while i < n:
        kind, word = tokens[i][0], tokens[i][1]
        be = None
        if kind != "w":
            pass
        elif word in have:
            j = _after_gap(tokens, i + 1, is_adverb)
            if j is not None and tokens[j][1] == been:
                be = j
        elif is_be(tokens, i, word):
            be = i
        if be is not None:
            j = _after_gap(tokens, be + 1, is_adverb)
            if j is not None and is_participle(tokens[j][1]):
                spans.append((i, j))
                i = j + 1
                continue
        i += 1
    return spans


def _fr_is_be(tokens, i, word):
    """A form of être that can start a passive: not after a subject it does
    not agree with, and not reflexive."""
    if word not in _FR_BE:
        return False
    before = _previous_word(tokens, i, _FR_BEFORE_SKIP)
    pronoun = tokens[before][1] if before is not None else ""
    if word in _FR_SUBJECT and pronoun not in _FR_SUBJECT[word]:
        return False
    if pronoun in _FR_REFLEXIVE:
        return False
    # "nous nous sommes inscrits": reflexive
    return not (pronoun in ("nous", "vous") and _is_repeated(tokens, before, pronoun))


def _french(tokens):
    return _be_participle_spans(tokens, _FR_HAVE, "été", _fr_is_be, _fr_adverb, _fr_participle)


def _is_repeated(tokens, i, pronoun):
    before = _previous_word(tokens, i, _FR_BEFORE_SKIP)
    return before is not None and tokens[before][1] == pronoun


# ---------------------------------------------------------------- English

_EN_BE = frozenset(
    "am is are was were be been being isn't aren't wasn't weren't".split()
)
_EN_HAVE = frozenset("have has had having haven't hasn't hadn't".split())
_EN_ADVERBS = frozenset(
    "not also then often always never usually already still automatically only just now "
    "normally generally sometimes immediately directly first later all both being".split()
)
_EN_IRREGULAR = frozenset(
    "paid repaid overpaid underpaid sent given made done taken seen known written "
    "rewritten told found kept held withheld upheld built brought bought chosen shown sold "
    "spent lent left lost met read heard put set cut hit won drawn withdrawn driven "
    "eaten forgotten forgiven forbidden frozen hidden ridden shaken spoken stolen sworn "
    "torn thrown worn woken begun understood undertaken overtaken caught taught thought "
    "sought fought dealt meant bound beaten bitten blown broken flown grown hung laid "
    "proven shot struck stuck swept fed led bred".split()
)
_EN_EED = frozenset({"agreed", "freed", "guaranteed", "decreed"})
_EN_NOT_PARTICIPLE = frozenset(
    "interested tired married divorced separated widowed retired unemployed employed "
    "disabled concerned worried pleased satisfied scared bored excited surprised shocked "
    "frightened confused embarrassed ashamed annoyed delighted amazed relaxed motivated "
    "determined supposed accustomed engaged qualified skilled experienced educated "
    "talented crowded complicated sophisticated detailed limited unlimited closed "
    "located situated based entitled insured prepared involved related dedicated "
    "committed advanced aged isolated obliged overwhelmed stressed naked wicked sacred "
    "rugged ragged crooked beloved wretched hundred kindred learned blessed shed sled "
    "sped fled".split()
)


def _en_adverb(word):
    return word in _EN_ADVERBS or (len(word) > 4 and word.endswith("ly"))


def _en_participle(word):
    if word in _EN_NOT_PARTICIPLE or "-" in word:
        return False
    if word in _EN_IRREGULAR:
        return True
    if len(word) > 3 and word.endswith("ed"):
        return word in _EN_EED if word.endswith("eed") else True
    return False


def _en_is_be(tokens, i, word):
    return word in _EN_BE


def _english(tokens):
    return _be_participle_spans(tokens, _EN_HAVE, "been", _en_is_be, _en_adverb, _en_participle)


# ---------------------------------------------------------------- Dutch

_NL_AUX = frozenset("word wordt worden werd werden geworden".split())
# a participle is looked for up to one of these (a new clause starts)
_NL_STOP = frozenset(
    "dat die of omdat als wanneer zodat zodra voordat nadat terwijl hoewel want maar "
    "tenzij indien waardoor waarna waarmee waarvoor wat wie waar om".split()
)
_NL_DETERMINERS = frozenset(
    "de een deze dit uw jouw mijn onze elke ieder iedere alle sommige geen welke beide "
    "enkele meerdere twee drie vier vijf".split()
)
_NL_PREPOSITIONS = frozenset(
    "aan in van door voor met bij op uit naar over tot na per zonder tegen via "
    "binnen buiten onder tussen rond volgens".split()
)
_NL_SEPARABLE = (
    "aan|af|bij|binnen|buiten|door|in|mee|na|neer|om|op|over|rond|samen|tegen|terug|thuis|"
    "toe|tot|uit|vast|voor|vooruit|weg|achter|goed|kwijt|klaar|vrij|dicht|open|stop|teweeg|"
    "voort|terecht|gelijk|kennis|plaats"
)
_NL_GE = rf"ge(?:{_L}{{2,}}(?:d|t|en)|{_L}+(?:aan|ien))"
_NL_GE_FORM = re.compile(rf"(?:{_NL_SEPARABLE})?{_NL_GE}")
_NL_PARTICIPLE = re.compile(
    rf"(?:{_NL_SEPARABLE})?{_NL_GE}"
    rf"|(?:(?:{_NL_SEPARABLE})?(?:be|her|ont|ver|er)|onder|over){_L}{{2,}}(?:d|t|en)"
)
_NL_NOT_PARTICIPLE = frozenset(
    # adjectives and adverbs after worden
    "bekend verplicht bewust gerust gepast geschikt gezond gemiddeld uitgebreid "
    "ingewikkeld verkeerd gehandicapt bejaard beroemd berucht verliefd verwant geliefd "
    "gewend ervaren afgelopen aangezien uitgezonderd uitgerekend toegegeven "
    # verbs that only look like participles
    "geboren geleden gelegen geweest gehad geeft gelooft gebeurt geniet getuigt betreft "
    "geven gelden geloven genieten gebeuren gebruiken geraken getuigen ernst herfst "
    # nouns
    "geest gewest gebied beleid bericht overzicht gezicht gewicht gerecht gedicht "
    "verband verstand bewind verbod bezit overlast onderhoud overeenkomst gemeenten "
    "gezinnen gesprekken gebouwen gevolgen gebieden gedachten gewesten bedragen "
    "bedrijven verzoeken bewijzen berichten behoeften verslagen verhalen vereisten "
    "bezoeken beroepen verschillen".split()
)
_NL_NOT_ENDINGS = ("heid", "heden", "ingen", "geld", "raad", "gebied", "dt")


def _nl_participle(tokens, j, aux):
    word = tokens[j][1]
    if word in _NL_NOT_PARTICIPLE or word.endswith(_NL_NOT_ENDINGS):
        return False
    if _NL_PARTICIPLE.fullmatch(word) is None:
        return False
    if word.endswith("end") and (
        not word.endswith(("kend", "eend", "iend", "wend")) or word == "bekend"
    ):
        return False  # present participle: "volgend", "betreffend"
    if (
        word.endswith("t")
        and not (word[-2] in "kfspxh" or (word[-2] in "aeiou" and word[-3] not in "aeiouij"))
        and _NL_GE_FORM.fullmatch(word) is None
    ):
        return False  # present tense: "betaalt", "verstuurt", "bestaat" (not "gestort")
    before = tokens[j - 1][1] if j and tokens[j - 1][0] == "w" else ""
    if before in _NL_DETERMINERS:
        return False  # a noun: "de gemeenteraad"
    if word.endswith("en") and (before in _NL_PREPOSITIONS or before in ("te", "om")):
        return False  # a plural noun or an infinitive
    return True


def _dutch(tokens):
    return _verb_final(tokens, _NL_AUX, _NL_STOP, _nl_participle)


def _verb_final(tokens, auxiliaries, stops, is_participle):
    """worden/werden + a participle later in the clause, or just before it."""
    spans = []
    used = -1
    n = len(tokens)
    for i in range(n):
        kind, word = tokens[i][0], tokens[i][1]
        if kind != "w" or word not in auxiliaries:
            continue
        found = None
        for j in range(i + 1, n):
            kind, other = tokens[j][0], tokens[j][1]
            if kind == "p" or other in auxiliaries or other in stops:
                break
            if kind == "w" and is_participle(tokens, j, i):
                found = j
                break
        if found is not None:
            spans.append((i, found))
            used = found
        elif i > used + 1 and tokens[i - 1][0] == "w" and is_participle(tokens, i - 1, i):
            spans.append((i - 1, i))
            used = i
    return spans


# ---------------------------------------------------------------- German

_DE_AUX = frozenset(
    "werde wirst wird werden werdet wurde wurdest wurden wurdet worden würde würdest "
    "würden würdet".split()
)
_DE_PAST = frozenset("wurde wurdest wurden wurdet worden".split())
_DE_STOP = frozenset(
    "dass ob weil wenn falls damit sobald bevor nachdem obwohl sodass um".split()
)
_DE_DETERMINERS_PREPOSITIONS = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem "
    "keiner ihre ihren ihrem ihrer ihres seine seinen seinem seiner unsere unseren "
    "unserem unserer diese diesen diesem dieser dieses jede jeden jedem jeder jedes alle "
    "allen aller welche welchen welchem welcher meine meinen meinem meiner "
    "mit von vom für zu zum zur bei beim nach aus auf an am in im über unter durch "
    "gegen ohne um seit bis ab per pro laut gemäß trotz wegen".split()
)
_DE_SEPARABLE = (
    "ab|an|auf|aus|bei|dar|durch|ein|fest|fort|her|hin|los|mit|nach|vor|voraus|weg|weiter|"
    "zu|zurück|zusammen|frei|hoch|heraus|herein|hinzu|hinaus|vorbei|wieder|um|statt|teil|"
    "kennen|bereit|offen|gut|sicher|klar|gleich|nieder"
)
_DE_INSEPARABLE = "be|ver|ent|er|zer|emp|miss|über|unter|hinter|wider|voll"
_DE_PARTICIPLE = re.compile(
    rf"(?:(?:{_DE_SEPARABLE})?ge{_L}{{2,}}(?:t|en))"
    rf"|(?:(?:{_DE_SEPARABLE})?(?:{_DE_INSEPARABLE}){_L}{{2,}}t)"
    rf"|(?:{_L}{{3,}}iert)"
)
_DE_INSEPARABLE_EN = re.compile(rf"(?:{_DE_SEPARABLE})?(?:{_DE_INSEPARABLE}){_L}{{2,}}en")
# inseparable -en participles that differ from the infinitive (no future reading)
_DE_DISTINCT_EN = frozenset(
    "überwiesen übernommen unterschrieben beschrieben entschieden verschoben verboten "
    "bewiesen entzogen erhoben unterbrochen verliehen betrieben verschrieben empfohlen "
    "befohlen besprochen versprochen verwiesen verglichen bezogen vollzogen überzogen "
    "entnommen vernommen erworben ergriffen unterzogen überschrieben unterstrichen "
    "verstanden verbunden verschwiegen erwiesen beschlossen verschlossen erschlossen "
    "angewiesen zugewiesen zurückgewiesen".split()
)
_DE_NOT_PARTICIPLE = frozenset(
    "gesamt geeignet gerecht gescheit gegen gewesen geworden geschehen genesen gefallen "
    "gehören gelingen gewinnen genießen gestehen gebrauchen gewähren gestalten gelten "
    "gewöhnen gedenken gehorchen genügen gewährleisten gefährden gebären geraten gebieten "
    "gestatten geleiten gefrieren gelegen umgekehrt ausgezeichnet angemessen abgesehen "
    "vorausgesetzt ausgerechnet entgegen bekannt bestimmt verrückt berühmt beliebt "
    "bereit ernst verwandt verheiratet bewusst verwitwet verschuldet entspannt erwachsen "
    "verschieden beiden besonderen geschieden behindert erst geboren".split()
)
_DE_NOT_ENDINGS = ("lichen", "igen", "ischen", "enden", "samen", "baren", "haften")


def _de_participle_at(tokens, j, aux, sentence):
    word = tokens[j][1]
    if not sentence[tokens[j][2]].islower():
        return False  # a noun ("Gesetz", "Betrag") or a name
    if word in _DE_NOT_PARTICIPLE or word.endswith(_DE_NOT_ENDINGS):
        return False
    past = tokens[aux][1] in _DE_PAST
    if _DE_PARTICIPLE.fullmatch(word) is None:
        if _DE_INSEPARABLE_EN.fullmatch(word) is None:
            return False
        if not past and word not in _DE_DISTINCT_EN:
            return False  # "Sie werden es bekommen": a future
    if j and tokens[j - 1][0] == "w" and tokens[j - 1][1] in _DE_DETERMINERS_PREPOSITIONS:
        return False
    if j + 1 < len(tokens) and tokens[j + 1][0] == "w" and j + 1 != aux:
        following = tokens[j + 1][1]
        if not sentence[tokens[j + 1][2]].islower():
            return False  # before a noun: "die bewilligten Leistungen"
        if not past and following in ("sein", "haben"):
            return False  # future perfect: "wird bezahlt haben"
    return True


def _german(tokens, sentence):
    def is_participle(tokens, j, aux):
        return _de_participle_at(tokens, j, aux, sentence)

    return _verb_final(tokens, _DE_AUX, _DE_STOP, is_participle)


# ---------------------------------------------------------------- entry point

# a cheap test that skips sentences with no auxiliary at all
_AUXILIARY = {
    "fr": re.compile(
        r"(?<![\w-])(?:est|sont|suis|es|sommes|êtes|ét(?:ai[st]?|aient|ions|iez)|"
        r"ser(?:a|ai|as|ons|ez|ont|ait|aient|ais|ions|iez)|soi[st]|soient|soyons|soyez|"
        r"fut|furent|être|été)(?![\w-])",
        re.I,
    ),
    "nl": re.compile(r"(?<![\w-])(?:word|wordt|worden|werd|werden|geworden)(?![\w-])", re.I),
    "de": re.compile(r"(?<![\w-])(?:w[eiuü]r[dst]\w*|worden)(?![\w-])", re.I),
    "en": re.compile(
        r"(?<![\w-])(?:am|is|are|was|were|be|been|being|isn't|aren't|wasn't|weren't)"
        r"(?![\w-])",
        re.I,
    ),
}


@lru_cache(maxsize=4096)
def _passive_spans(sentence, language):
    quick = _AUXILIARY.get(language)
    if quick is None:
        return ()
    text = sentence.replace("’", "'")
    if quick.search(text) is None:
        return ()
    pattern = _TOKEN_FR if language == "fr" else _TOKEN
    lower = text.lower()
    if len(lower) == len(text):  # one pass; positions still match the text
        tokens = [(m.lastgroup, m[0], *m.span()) for m in pattern.finditer(lower)]
    else:  # rare letters whose lower case is longer ("İ")
        tokens = [
            (m.lastgroup, m[0].lower(), *m.span()) for m in pattern.finditer(text)
        ]
    if language == "fr":
        pairs = _french(tokens)
    elif language == "en":
        pairs = _english(tokens)
    elif language == "nl":
        pairs = _dutch(tokens)
    else:
        pairs = _german(tokens, text)
    return tuple(sentence[tokens[a][2]:tokens[b][3]] for a, b in pairs)


def passive_phrases(sentence: str, language: str) -> list[str]:
    """The passive constructions of one sentence, as written, in order.

    Each is the text from the auxiliary to the participle ("est envoyée",
    "wordt door ons betaald", "wird geprüft", "was not paid"); when the
    participle comes first it is the text from the participle to the
    auxiliary ("geprüft werden", "betaald wordt"). Unknown language: [].
    """
    return list(_passive_spans(sentence, language))
