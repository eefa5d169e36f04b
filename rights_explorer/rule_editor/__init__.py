"""The rule editor of the admin: a tree of conditions built on the rule's
JSON textarea, which stays what the form posts (and what staff without
JavaScript edit)."""
