"""Settings for the Balise reference site: ``base`` plus one module per use
(``dev``, ``test``, ``production``), all read from environment variables."""
