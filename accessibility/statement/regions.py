"""The legal basis of a Belgian public body's statement, and the default
enforcement procedure for each: a CPAS follows its region's text. Editors can
replace the procedure's text on the statement page; these are the defaults.
"""

from django.utils.translation import gettext_lazy as _

FEDERAL = "federal"
BRUSSELS = "brussels"
FLANDERS = "flanders"
WALLONIA = "wallonia"
FWB = "fwb"

LEGAL_BASES = [
    (FEDERAL, _("Federal law of 19 July 2018 on the accessibility of the websites and mobile "
                "applications of public sector bodies")),
    (BRUSSELS, _("Brussels ordinance of 4 October 2018 on the accessibility of the websites "
                 "and mobile applications of regional and local public bodies")),
    (FLANDERS, _("Flemish decree on the accessibility of the websites and mobile "
                 "applications of public sector bodies")),
    (WALLONIA, _("Walloon decree on the accessibility of the websites and mobile "
                 "applications of public sector bodies")),
    (FWB, _("Decree of the Wallonia-Brussels Federation on the accessibility of the websites "
            "and mobile applications of public sector bodies")),
]

# (who handles complaints, their website)
OMBUDSMEN = {
    FEDERAL: (_("the Federal Ombudsman"), "https://www.federaalombudsman.be"),
    BRUSSELS: (_("the Brussels Ombudsman"), "https://www.ombudsman.brussels"),
    FLANDERS: (_("the Flemish Ombudsman"), "https://www.vlaamseombudsdienst.be"),
    WALLONIA: (_("the Ombudsman of Wallonia and the Wallonia-Brussels Federation"),
               "https://www.le-mediateur.be"),
    FWB: (_("the Ombudsman of Wallonia and the Wallonia-Brussels Federation"),
          "https://www.le-mediateur.be"),
}


def default_enforcement(legal_basis):
    """{"text", "name", "url"}: what the statement says when the editor wrote
    no procedure of their own."""
    name, url = OMBUDSMEN.get(legal_basis, OMBUDSMEN[FEDERAL])
    return {
        "text": _("If you are not satisfied with our answer to your message about "
                  "accessibility, you can file a complaint with %(ombudsman)s.")
        % {"ombudsman": name},
        "name": name,
        "url": url,
    }
