"""The translation-coverage report: per language, how much of the site is
translated and up to date, and what to translate or update next."""
