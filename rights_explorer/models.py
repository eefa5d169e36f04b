"""Every model of the rights explorer, for Django's model discovery and for
``from rights_explorer.models import X``; each lives in the module named
after what it holds."""

from .partner_directory import PartnerDirectoryPage
from .partners import PartnerOrganisation
from .personas import Persona, PersonaExpectation
from .questions import Question
from .result_counts import ResultCount
from .right_page import RightPage, RightsExplorerPage

__all__ = ["PartnerDirectoryPage", "PartnerOrganisation", "Persona", "PersonaExpectation",
           "Question", "ResultCount", "RightPage", "RightsExplorerPage"]
