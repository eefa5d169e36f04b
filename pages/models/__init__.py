from .base import BalisePage
from .home import HomePage
from .organisation import OrganisationDetails
from .site_settings import SiteSettings
from .standard import StandardPage

__all__ = ["BalisePage", "HomePage", "OrganisationDetails", "SiteSettings", "StandardPage"]
