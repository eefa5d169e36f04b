"""The public site search, in the reader's language."""
