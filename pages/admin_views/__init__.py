"""Admin screens of the pages app: the live plain-language check behind the
editor panel, and the reports (plain language, freshness, page feedback)."""
