"""Page types, blocks, the base templates and CSS every Balise app extends."""
