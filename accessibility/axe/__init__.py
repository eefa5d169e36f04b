"""The one axe-core configuration Balise uses everywhere (the CI browser tests,
the audit's runners and the editor's checker), and the axe source it runs."""
